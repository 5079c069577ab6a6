//! Appointments and deadlines as stored. Every change that sends something writes its
//! outbox rows in the same transaction (the rows are built by the caller, once the id is
//! known), and replaces the pending rows of the same subject.

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use super::StoreError;
use super::outbox::NewOutbox;
use super::people::Actor;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appointment {
    pub id: i64,
    pub client_id: i64,
    pub starts_at: DateTime<Utc>,
    /// The IANA zone it was entered in.
    pub time_zone: String,
    pub place: String,
    /// A preset key or free text (see `domain::appointment::Topic`).
    pub topic: String,
    /// Reminder leads, `1d,2h`.
    pub leads: String,
    /// `planned`, `cancelled`, `attended`, `missed`.
    pub status: String,
    /// The client's answer: `yes`, `no`, or none yet.
    pub answer: Option<String>,
    /// Raised by every reschedule; buttons carry it.
    pub version: i64,
}

pub(crate) type AppointmentTuple = (
    i64,
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    i64,
);

impl From<AppointmentTuple> for Appointment {
    fn from(t: AppointmentTuple) -> Self {
        Appointment {
            id: t.0,
            client_id: t.1,
            starts_at: super::from_millis(t.2),
            time_zone: t.3,
            place: t.4,
            topic: t.5,
            leads: t.6,
            status: t.7,
            answer: t.8,
            version: t.9,
        }
    }
}

impl Appointment {
    pub fn subject(&self) -> String {
        format!("appointment:{}", self.id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub id: i64,
    pub client_id: i64,
    pub due_on: NaiveDate,
    pub time_zone: String,
    pub title: String,
    pub kind: String,
    /// `open`, `done`, `cancelled`.
    pub status: String,
}

pub(crate) type DeadlineTuple = (i64, i64, String, String, String, String, String);

impl From<DeadlineTuple> for Deadline {
    fn from(t: DeadlineTuple) -> Self {
        Deadline {
            id: t.0,
            client_id: t.1,
            due_on: NaiveDate::parse_from_str(&t.2, "%Y-%m-%d").unwrap_or_default(),
            time_zone: t.3,
            title: t.4,
            kind: t.5,
            status: t.6,
        }
    }
}

impl Deadline {
    pub fn subject(&self) -> String {
        format!("deadline:{}", self.id)
    }
}

/// A new appointment.
#[derive(Debug, Clone)]
pub struct NewAppointment {
    pub client_id: i64,
    pub starts_at: DateTime<Utc>,
    pub time_zone: String,
    pub place: String,
    pub topic: String,
    pub leads: String,
    /// When to tell the manager there is no answer yet (the first reminder), if ever.
    pub answer_check_at: Option<DateTime<Utc>>,
    pub followup_at: DateTime<Utc>,
}

/// A new deadline.
#[derive(Debug, Clone)]
pub struct NewDeadline {
    pub client_id: i64,
    pub due_on: NaiveDate,
    pub time_zone: String,
    pub title: String,
    pub kind: &'static str,
    pub overdue_at: DateTime<Utc>,
}

/// The timed checks the scheduler completes (each once per appointment or deadline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// No answer from the client by the first reminder.
    Unanswered,
    /// The morning after: did the client come?
    Followup,
    /// A deadline passed undone.
    Overdue,
}

/// Builds the outbox rows of a change once the id (and version) is known.
pub type Rows<'a> = &'a (dyn Fn(i64, i64) -> Vec<NewOutbox> + Send + Sync);

/// What a manager's digest lists.
#[derive(Debug, Clone, Default)]
pub struct DigestItems {
    /// Today's planned appointments, with the client's label.
    pub today: Vec<(Appointment, String)>,
    /// Upcoming appointments the client has not answered.
    pub unanswered: Vec<(Appointment, String)>,
    /// Open deadlines whose day has passed.
    pub overdue: Vec<(Deadline, String)>,
    /// Labels of clients marked unreachable.
    pub unreachable: Vec<String>,
}

impl DigestItems {
    pub fn is_empty(&self) -> bool {
        self.today.is_empty()
            && self.unanswered.is_empty()
            && self.overdue.is_empty()
            && self.unreachable.is_empty()
    }
}

#[async_trait]
pub trait AppointmentStore: Send + Sync {
    /// Saves an appointment and the rows `rows(id, version)` in one transaction.
    async fn add_appointment(
        &self,
        new: NewAppointment,
        rows: Rows<'_>,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;
    async fn appointment(&self, id: i64) -> Result<Option<Appointment>, StoreError>;
    /// Moves a planned appointment of `version`: the answer is reset, pending rows about it
    /// are replaced by `rows(id, new version)`. `false` if it changed meanwhile.
    #[allow(clippy::too_many_arguments)]
    async fn reschedule_appointment(
        &self,
        id: i64,
        version: i64,
        starts_at: DateTime<Utc>,
        answer_check_at: Option<DateTime<Utc>>,
        followup_at: DateTime<Utc>,
        rows: Rows<'_>,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// Cancels a planned appointment; pending rows about it are replaced by `rows`.
    async fn cancel_appointment(
        &self,
        id: i64,
        rows: Rows<'_>,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// The client's answer to a planned, future appointment of `version`. A "no" drops
    /// the pending reminders. `false` if the appointment changed or has begun.
    async fn answer_appointment(
        &self,
        id: i64,
        version: i64,
        yes: bool,
        rows: Rows<'_>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// Attended or missed, for a planned appointment that has begun.
    async fn set_attendance(
        &self,
        id: i64,
        attended: bool,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// A client's planned appointments from `from` on, earliest first.
    async fn client_appointments(
        &self,
        client_id: i64,
        from: DateTime<Utc>,
    ) -> Result<Vec<Appointment>, StoreError>;
    /// A manager's clients' planned appointments from `from` on, with the client's label.
    async fn manager_appointments(
        &self,
        manager_id: i64,
        from: DateTime<Utc>,
    ) -> Result<Vec<(Appointment, String)>, StoreError>;
    /// The same, starting before `until`.
    async fn manager_appointments_before(
        &self,
        manager_id: i64,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<(Appointment, String)>, StoreError>;
}

#[async_trait]
pub trait DeadlineStore: Send + Sync {
    async fn add_deadline(
        &self,
        new: NewDeadline,
        rows: Rows<'_>,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError>;
    async fn deadline(&self, id: i64) -> Result<Option<Deadline>, StoreError>;
    /// Done (by the client) or cancelled (by the manager): pending reminders are dropped
    /// and `rows` written. `false` if it was not open.
    async fn close_deadline(
        &self,
        id: i64,
        done: bool,
        rows: Rows<'_>,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// Moves an open deadline to `due_on` (alerted as overdue at `overdue_at`): pending
    /// rows about it are replaced by `rows(id, 0)`. `false` if it was not open.
    async fn move_deadline(
        &self,
        id: i64,
        due_on: NaiveDate,
        overdue_at: DateTime<Utc>,
        rows: Rows<'_>,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// A client's open deadlines, earliest first.
    async fn client_deadlines(&self, client_id: i64) -> Result<Vec<Deadline>, StoreError>;
    /// A manager's clients' open deadlines, with the client's label.
    async fn manager_deadlines(
        &self,
        manager_id: i64,
    ) -> Result<Vec<(Deadline, String)>, StoreError>;
}

/// The scheduler's side: timed checks, the digest, the clock of timed jobs; and what a
/// client may see of their own agenda.
#[async_trait]
pub trait AgendaStore: Send + Sync {
    /// Ids whose `check` is due at `now` (and still applies), at most `limit`.
    async fn due_checks(
        &self,
        check: Check,
        now: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<i64>, StoreError>;
    /// Marks `check` of `id` done and writes `rows`, in one transaction; `false` if it
    /// was done already (by another instance).
    async fn complete_check(
        &self,
        check: Check,
        id: i64,
        rows: Vec<NewOutbox>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError>;
    /// Everything stored about a client's appointments and deadlines (past, cancelled and
    /// done included), for the client's own view of their data.
    async fn client_agenda(
        &self,
        client_id: i64,
    ) -> Result<(Vec<Appointment>, Vec<Deadline>), StoreError>;
    /// Drops a client's pending reminders (consent to reminders withdrawn).
    async fn drop_pending_reminders(&self, client_id: i64) -> Result<u64, StoreError>;

    /// What a manager's digest lists: appointments in `[day_start, day_end)`, unanswered
    /// ones after `now`, deadlines before `today`, unreachable clients.
    async fn digest_items(
        &self,
        manager_id: i64,
        day_start: DateTime<Utc>,
        day_end: DateTime<Utc>,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<DigestItems, StoreError>;
    /// Active managers who have joined: (manager id, Telegram id).
    async fn digest_recipients(&self) -> Result<Vec<(i64, i64)>, StoreError>;
    /// The last handled occurrence of a timed job.
    async fn job_last_run(&self, name: &str) -> Result<Option<DateTime<Utc>>, StoreError>;
    async fn set_job_last_run(&self, name: &str, at: DateTime<Utc>) -> Result<(), StoreError>;
}
