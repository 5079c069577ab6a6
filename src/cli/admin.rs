//! `wegweiser admin …`: organisations, Gemeinden, Integrationsmanager, scoped
//! administrators and the audit log, from a terminal or a script.
//!
//! Every change is made as [`Actor::Cli`] at the injected clock's time and lands in the
//! audit log. What a person typed wrong (a malformed AGS, an id that does not exist, a
//! duplicate) is an [`AdminError::Input`] (exit code 2) checked before anything is written,
//! so a failed command changes nothing; a failing database is an [`AdminError::Store`]
//! (exit code 1). Output is plain English; lists are aligned columns.
//!
//! A manager invite is shown once: only the hash of its payload is stored. The bot token
//! is used to ask Telegram for the bot's username and is never printed.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{ArgGroup, Subcommand};
use teloxide::requests::Requester;

use crate::clock::Clock;
use crate::config::{Config, TelegramConfig};
use crate::domain::gemeinde::{Ags, OrgKind};
use crate::domain::invite::{self, InviteKind};
use crate::store::people::{Actor, AdminScope, AuditEntry, Gemeinde, Manager, Organisation};
use crate::store::{Store, StoreError};

/// Exit code for a mistake in the command (bad or unknown input).
pub const EXIT_INPUT: u8 = 2;
/// Exit code for a database failure.
pub const EXIT_DATABASE: u8 = 1;

/// How long to wait for Telegram's `getMe` when making an invite link.
const GET_ME_TIMEOUT: StdDuration = StdDuration::from_secs(5);
/// Stands in for the bot's username when Telegram cannot be asked.
pub const BOT_PLACEHOLDER: &str = "<your_bot>";

const MAX_NAME_CHARS: usize = 100;

#[derive(Debug, Clone, Subcommand)]
pub enum AdminCommand {
    /// Organisations that employ Integrationsmanager.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Gemeinden, identified by their Amtlicher Gemeindeschlüssel (AGS).
    #[command(subcommand)]
    Gemeinde(GemeindeCommand),
    /// Integrationsmanager: invite, list, assign Gemeinden, deactivate.
    #[command(subcommand)]
    Manager(ManagerCommand),
    /// Administrators limited to one organisation or one Gemeinde.
    #[command(subcommand)]
    Scope(ScopeCommand),
    /// Show the audit log (who changed what, when), newest first.
    Audit {
        /// How many entries to show.
        #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=10_000))]
        limit: i64,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum OrgCommand {
    /// Add an organisation and print its id.
    Add {
        /// Its name, e.g. "Caritas Ludwigsburg".
        #[arg(long)]
        name: String,
        /// What kind of organisation it is.
        #[arg(long, value_parser = org_kind_parser())]
        kind: OrgKind,
    },
    /// List the organisations.
    List,
}

#[derive(Debug, Clone, Subcommand)]
pub enum GemeindeCommand {
    /// Add a Gemeinde.
    Add {
        /// Its Amtlicher Gemeindeschlüssel: 8 digits, e.g. 08118011.
        #[arg(long)]
        ags: String,
        /// Its name, e.g. Hemmingen.
        #[arg(long)]
        name: String,
        /// The Landkreis (or Stadtkreis) it belongs to, e.g. Ludwigsburg.
        #[arg(long)]
        landkreis: String,
    },
    /// List the Gemeinden.
    List,
}

#[derive(Debug, Clone, Subcommand)]
pub enum ManagerCommand {
    /// Create a manager and print the invite link that connects their Telegram account.
    Invite {
        /// The id of the organisation employing them (see `admin org list`).
        #[arg(long, value_name = "ID")]
        org: i64,
        /// The AGS of a Gemeinde they serve; repeat for several.
        #[arg(long = "gemeinde", value_name = "AGS", required = true)]
        gemeinden: Vec<String>,
        /// The name their clients see, e.g. "Frau Keller".
        #[arg(long)]
        name: String,
        /// Days until the invite link expires.
        #[arg(long, default_value_t = 14, value_parser = clap::value_parser!(u32).range(1..=90))]
        days: u32,
    },
    /// List the managers with their status, Gemeinden and caseload.
    List,
    /// Let a manager also serve a Gemeinde.
    Assign {
        /// The manager's id (see `admin manager list`).
        #[arg(long, value_name = "ID")]
        manager: i64,
        /// The Gemeinde's AGS.
        #[arg(long, value_name = "AGS")]
        gemeinde: String,
    },
    /// Deactivate a manager and hand all their clients to a successor.
    Deactivate {
        /// The id of the manager leaving.
        #[arg(long, value_name = "ID")]
        manager: i64,
        /// The id of the active manager who takes over their clients.
        #[arg(long, value_name = "ID")]
        successor: i64,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum ScopeCommand {
    /// Make a Telegram user an administrator of one organisation or one Gemeinde.
    #[command(group(ArgGroup::new("scope").required(true).args(["org", "gemeinde"])))]
    Add {
        /// The administrator's numeric Telegram user id.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
        telegram_id: i64,
        /// The organisation they administer (its id).
        #[arg(long, value_name = "ID")]
        org: Option<i64>,
        /// The Gemeinde they administer (its AGS).
        #[arg(long, value_name = "AGS")]
        gemeinde: Option<String>,
    },
}

fn org_kind_parser() -> impl TypedValueParser<Value = OrgKind> {
    PossibleValuesParser::new([
        PossibleValue::new("gemeinde").help("a Gemeinde employing its own managers"),
        PossibleValue::new("landkreis").help("a Landkreis serving its Gemeinden"),
        PossibleValue::new("traeger").help("a welfare organisation (freier Träger)"),
        PossibleValue::new("verbund").help("neighbouring Gemeinden sharing managers"),
    ])
    .map(|s| s.parse::<OrgKind>().expect("one of the possible values"))
}

/// Why a command failed; its `Display` is one line for stderr.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// The command asks for something wrong or unknown; nothing was changed.
    #[error("{0}")]
    Input(String),
    /// The database failed.
    #[error("{0}")]
    Store(#[source] StoreError),
}

impl AdminError {
    pub fn exit_code(&self) -> u8 {
        match self {
            AdminError::Input(_) => EXIT_INPUT,
            AdminError::Store(_) => EXIT_DATABASE,
        }
    }
}

impl From<StoreError> for AdminError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Duplicate | StoreError::MissingReference => {
                AdminError::Input(e.to_string())
            }
            e => AdminError::Store(e),
        }
    }
}

fn input(message: impl Into<String>) -> AdminError {
    AdminError::Input(message.into())
}

/// Runs one admin command; the text to print on success.
pub async fn run(
    cmd: &AdminCommand,
    store: &dyn Store,
    config: &Config,
    clock: &dyn Clock,
) -> Result<String, AdminError> {
    let tz = config.time_zone;
    match cmd {
        AdminCommand::Org(OrgCommand::Add { name, kind }) => {
            let name = required_text("--name", name)?;
            let org = store
                .add_organisation(&name, kind.as_str(), Actor::Cli, clock.now())
                .await?;
            Ok(format!(
                "Added organisation {} ({}, kind {}).\n",
                org.id, org.name, org.kind
            ))
        }
        AdminCommand::Org(OrgCommand::List) => {
            Ok(organisation_table(&store.organisations().await?))
        }
        AdminCommand::Gemeinde(GemeindeCommand::Add {
            ags,
            name,
            landkreis,
        }) => {
            let ags = parse_ags(ags)?;
            let name = required_text("--name", name)?;
            let landkreis = required_text("--landkreis", landkreis)?;
            if let Some(existing) = store.gemeinde_by_ags(ags.as_str()).await? {
                return Err(duplicate_ags(&existing));
            }
            let g = match store
                .add_gemeinde(ags.as_str(), &name, &landkreis, Actor::Cli, clock.now())
                .await
            {
                Err(StoreError::Duplicate) => {
                    return Err(input(format!("a Gemeinde with AGS {ags} exists already")));
                }
                other => other?,
            };
            Ok(format!(
                "Added Gemeinde {} (AGS {}, Landkreis {}).\n",
                g.name, g.ags, g.landkreis
            ))
        }
        AdminCommand::Gemeinde(GemeindeCommand::List) => {
            Ok(gemeinde_table(&store.gemeinden().await?))
        }
        AdminCommand::Manager(ManagerCommand::Invite {
            org,
            gemeinden,
            name,
            days,
        }) => {
            let org = organisation(store, *org).await?;
            let name = required_text("--name", name)?;
            let mut served: Vec<Gemeinde> = Vec::new();
            for ags in gemeinden {
                let g = gemeinde(store, ags).await?;
                if !served.iter().any(|s| s.id == g.id) {
                    served.push(g);
                }
            }
            let bot = bot_username(&config.telegram).await;
            let now = clock.now();
            let expires_at = now + Duration::days(i64::from(*days));
            let new = invite::new_invite(InviteKind::Manager);
            let ids: Vec<i64> = served.iter().map(|g| g.id).collect();
            let manager = store
                .invite_manager(org.id, &name, &ids, &new.hash, expires_at, Actor::Cli, now)
                .await?;
            Ok(invite_report(&InviteReport {
                manager: &manager,
                organisation: &org,
                gemeinden: &served,
                bot: bot.as_deref().map_err(String::as_str),
                payload: &new.payload,
                expires_at,
                tz,
            }))
        }
        AdminCommand::Manager(ManagerCommand::List) => {
            let orgs = store.organisations().await?;
            let mut rows = Vec::new();
            for (m, caseload) in store.managers().await? {
                let served = store.manager_gemeinden(m.id).await?;
                rows.push((m, caseload, served));
            }
            Ok(manager_table(&rows, &orgs))
        }
        AdminCommand::Manager(ManagerCommand::Assign {
            manager,
            gemeinde: ags,
        }) => {
            let m = manager_by_id(store, *manager).await?;
            if m.status == "inactive" {
                return Err(input(format!(
                    "manager {} is inactive; only invited or active managers can be given a Gemeinde",
                    who(&m)
                )));
            }
            let g = gemeinde(store, ags).await?;
            if store
                .manager_gemeinden(m.id)
                .await?
                .iter()
                .any(|s| s.id == g.id)
            {
                return Ok(format!(
                    "Manager {} already serves {}; nothing changed.\n",
                    who(&m),
                    place(&g)
                ));
            }
            store
                .assign_gemeinde(m.id, g.id, Actor::Cli, clock.now())
                .await?;
            Ok(format!(
                "Manager {} now also serves {}.\n",
                who(&m),
                place(&g)
            ))
        }
        AdminCommand::Manager(ManagerCommand::Deactivate { manager, successor }) => {
            if manager == successor {
                return Err(input("a manager cannot be their own successor"));
            }
            let m = manager_by_id(store, *manager).await?;
            if m.status == "inactive" {
                return Err(input(format!("manager {} is inactive already", who(&m))));
            }
            let s = manager_by_id(store, *successor).await?;
            if s.status != "active" {
                return Err(input(format!(
                    "the successor must be an active manager, but manager {} is {}",
                    who(&s),
                    s.status
                )));
            }
            let moved = store
                .deactivate_manager(m.id, s.id, Actor::Cli, clock.now())
                .await?;
            Ok(format!(
                "Deactivated manager {}; {} handed over to manager {}.\n",
                who(&m),
                clients_were(moved),
                who(&s)
            ))
        }
        AdminCommand::Scope(ScopeCommand::Add {
            telegram_id,
            org,
            gemeinde: ags,
        }) => {
            let (scope, what) = match (org, ags) {
                (Some(id), None) => {
                    let o = organisation(store, *id).await?;
                    (
                        AdminScope::Organisation(o.id),
                        format!("organisation {} ({})", o.id, o.name),
                    )
                }
                (None, Some(ags)) => {
                    let g = gemeinde(store, ags).await?;
                    (
                        AdminScope::Gemeinde(g.id),
                        format!("Gemeinde {}", place(&g)),
                    )
                }
                _ => return Err(input("give exactly one of --org and --gemeinde")),
            };
            if store.admin_scopes(*telegram_id).await?.contains(&scope) {
                return Ok(format!(
                    "Telegram user {telegram_id} administers {what} already; nothing changed.\n"
                ));
            }
            store
                .add_admin_scope(*telegram_id, scope, Actor::Cli, clock.now())
                .await?;
            Ok(format!(
                "Telegram user {telegram_id} now administers {what}.\n"
            ))
        }
        AdminCommand::Audit { limit } => Ok(audit_table(&store.audit_log(*limit).await?, tz)),
    }
}

// ---- looking things up, with messages a person can act on ---------------------------

async fn organisation(store: &dyn Store, id: i64) -> Result<Organisation, AdminError> {
    store
        .organisations()
        .await?
        .into_iter()
        .find(|o| o.id == id)
        .ok_or_else(|| {
            input(format!(
                "no organisation with id {id} (see: wegweiser admin org list)"
            ))
        })
}

async fn gemeinde(store: &dyn Store, ags: &str) -> Result<Gemeinde, AdminError> {
    let ags = parse_ags(ags)?;
    store.gemeinde_by_ags(ags.as_str()).await?.ok_or_else(|| {
        input(format!(
            "no Gemeinde with AGS {ags} (add it with: wegweiser admin gemeinde add --ags {ags} --name NAME --landkreis NAME)"
        ))
    })
}

async fn manager_by_id(store: &dyn Store, id: i64) -> Result<Manager, AdminError> {
    store.manager(id).await?.ok_or_else(|| {
        input(format!(
            "no manager with id {id} (see: wegweiser admin manager list)"
        ))
    })
}

// ---- pure validation and formatting -------------------------------------------------

/// An AGS as typed, or a one-line explanation.
pub fn parse_ags(text: &str) -> Result<Ags, AdminError> {
    text.parse::<Ags>()
        .map_err(|e| input(format!("bad AGS {text:?}: {e}")))
}

/// A name as typed: trimmed, not empty, one line, at most [`MAX_NAME_CHARS`] characters.
pub fn required_text(flag: &str, text: &str) -> Result<String, AdminError> {
    let text = text.trim();
    if text.is_empty() {
        Err(input(format!("{flag} must not be empty")))
    } else if text.chars().any(char::is_control) {
        Err(input(format!("{flag} must be one line of text")))
    } else if text.chars().count() > MAX_NAME_CHARS {
        Err(input(format!(
            "{flag} is too long (at most {MAX_NAME_CHARS} characters)"
        )))
    } else {
        Ok(text.to_owned())
    }
}

fn duplicate_ags(existing: &Gemeinde) -> AdminError {
    input(format!(
        "a Gemeinde with AGS {} exists already ({})",
        existing.ags, existing.name
    ))
}

/// "3 (Frau Keller)".
fn who(m: &Manager) -> String {
    format!("{} ({})", m.id, m.display_name)
}

/// "Hemmingen (08118011)".
fn place(g: &Gemeinde) -> String {
    format!("{} ({})", g.name, g.ags)
}

/// "no clients were", "1 client was", "5 clients were".
pub fn clients_were(n: u64) -> String {
    match n {
        0 => "no clients were".to_owned(),
        1 => "1 client was".to_owned(),
        n => format!("{n} clients were"),
    }
}

/// A time as the administrators read it: in the configured zone, with its abbreviation.
pub fn local_time(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz)
        .format("%Y-%m-%d %H:%M %Z")
        .to_string()
}

/// A column of a [`table`].
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub title: &'static str,
    /// Numbers are aligned to the right.
    pub right: bool,
}

const fn col(title: &'static str) -> Column {
    Column {
        title,
        right: false,
    }
}

const fn num(title: &'static str) -> Column {
    Column { title, right: true }
}

/// Aligned columns, two spaces apart, a header line first, no trailing spaces. Control
/// characters in cells become spaces, so a stored name cannot break the layout.
pub fn table(columns: &[Column], rows: &[Vec<String>]) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    let mut widths: Vec<usize> = columns.iter().map(|c| c.title.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let titles: Vec<String> = columns.iter().map(|c| c.title.to_owned()).collect();
    for row in std::iter::once(&titles).chain(&rows) {
        let mut line = String::new();
        for ((column, width), cell) in columns.iter().zip(&widths).zip(row) {
            if !line.is_empty() {
                line.push_str("  ");
            }
            let pad = " ".repeat(width - cell.chars().count());
            if column.right {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&pad);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

pub fn organisation_table(orgs: &[Organisation]) -> String {
    if orgs.is_empty() {
        return "No organisations yet. Add one with: wegweiser admin org add --name NAME --kind KIND\n"
            .to_owned();
    }
    let rows: Vec<Vec<String>> = orgs
        .iter()
        .map(|o| vec![o.id.to_string(), o.name.clone(), o.kind.clone()])
        .collect();
    table(&[num("ID"), col("NAME"), col("KIND")], &rows)
}

pub fn gemeinde_table(gemeinden: &[Gemeinde]) -> String {
    if gemeinden.is_empty() {
        return "No Gemeinden yet. Add one with: wegweiser admin gemeinde add --ags AGS --name NAME --landkreis NAME\n"
            .to_owned();
    }
    let rows: Vec<Vec<String>> = gemeinden
        .iter()
        .map(|g| vec![g.ags.clone(), g.name.clone(), g.landkreis.clone()])
        .collect();
    table(&[col("AGS"), col("NAME"), col("LANDKREIS")], &rows)
}

/// Managers with their caseload and the Gemeinden they serve.
pub fn manager_table(managers: &[(Manager, i64, Vec<Gemeinde>)], orgs: &[Organisation]) -> String {
    if managers.is_empty() {
        return "No managers yet. Invite one with: wegweiser admin manager invite --org ID --gemeinde AGS --name NAME\n"
            .to_owned();
    }
    let rows: Vec<Vec<String>> = managers
        .iter()
        .map(|(m, caseload, served)| {
            let org = orgs.iter().find(|o| o.id == m.organisation_id).map_or_else(
                || m.organisation_id.to_string(),
                |o| format!("{} ({})", o.name, o.id),
            );
            let served = if served.is_empty() {
                "-".to_owned()
            } else {
                served.iter().map(place).collect::<Vec<_>>().join(", ")
            };
            vec![
                m.id.to_string(),
                m.display_name.clone(),
                m.status.clone(),
                org,
                served,
                caseload.to_string(),
            ]
        })
        .collect();
    table(
        &[
            num("ID"),
            col("NAME"),
            col("STATUS"),
            col("ORGANISATION"),
            col("GEMEINDEN"),
            num("CASELOAD"),
        ],
        &rows,
    )
}

pub fn audit_table(entries: &[AuditEntry], tz: Tz) -> String {
    if entries.is_empty() {
        return "The audit log is empty.\n".to_owned();
    }
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            vec![
                e.at.with_timezone(&tz)
                    .format("%Y-%m-%d %H:%M:%S %Z")
                    .to_string(),
                e.actor.clone(),
                e.action.clone(),
                e.subject.clone(),
            ]
        })
        .collect();
    table(
        &[col("TIME"), col("ACTOR"), col("ACTION"), col("SUBJECT")],
        &rows,
    )
}

/// What `manager invite` made, for [`invite_report`].
pub struct InviteReport<'a> {
    pub manager: &'a Manager,
    pub organisation: &'a Organisation,
    pub gemeinden: &'a [Gemeinde],
    /// The bot's username, or why it is unknown.
    pub bot: Result<&'a str, &'a str>,
    pub payload: &'a str,
    pub expires_at: DateTime<Utc>,
    pub tz: Tz,
}

/// The answer to `manager invite`: who was invited, the link, and how long it works.
pub fn invite_report(r: &InviteReport<'_>) -> String {
    let places: Vec<String> = r.gemeinden.iter().map(place).collect();
    let mut out = format!(
        "Invited manager {}, organisation {} ({}), for {}.\n",
        who(r.manager),
        r.organisation.id,
        r.organisation.name,
        places.join(", ")
    );
    out.push_str(&format!(
        "Send them this link; it works once, until {}:\n",
        local_time(r.expires_at, r.tz)
    ));
    match r.bot {
        Ok(username) => {
            out.push_str(&invite::link(username, r.payload));
            out.push('\n');
        }
        Err(reason) => {
            out.push_str(&invite::link(BOT_PLACEHOLDER, r.payload));
            out.push('\n');
            out.push_str(&format!("Payload: {}\n", r.payload));
            out.push_str(&format!(
                "The bot's username is unknown ({reason}): put it in place of {BOT_PLACEHOLDER}.\n"
            ));
        }
    }
    out.push_str("Only a hash of the link is stored: it cannot be shown again.\n");
    out
}

/// Whether `name` has the shape of a Telegram bot username (5–32 of `A-Za-z0-9_`).
pub fn is_bot_username(name: &str) -> bool {
    (5..=32).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The bot's username, asked of Telegram with `getMe`, or why it is unknown. The reason
/// never contains the token (network errors, whose text holds the request URL, are not
/// shown).
pub async fn bot_username(telegram: &TelegramConfig) -> Result<String, String> {
    if telegram.token.is_empty() {
        return Err("no Telegram token is configured".to_owned());
    }
    let bot = teloxide::Bot::new(telegram.token.expose()).set_api_url(telegram.api_url.clone());
    match tokio::time::timeout(GET_ME_TIMEOUT, bot.get_me()).await {
        Err(_) => Err(format!(
            "Telegram did not answer within {} seconds",
            GET_ME_TIMEOUT.as_secs()
        )),
        Ok(Err(teloxide::RequestError::Api(e))) => Err(format!("Telegram refused: {e}")),
        Ok(Err(teloxide::RequestError::Network(_))) => {
            Err("Telegram could not be reached".to_owned())
        }
        Ok(Err(_)) => Err("Telegram gave an unexpected answer".to_owned()),
        Ok(Ok(me)) => match me.user.username {
            Some(name) if is_bot_username(&name) => Ok(name),
            _ => Err("Telegram's answer has no username".to_owned()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use clap::{CommandFactory, Parser};

    #[derive(Parser)]
    struct Cli {
        #[command(subcommand)]
        cmd: AdminCommand,
    }

    fn parse(args: &[&str]) -> Result<AdminCommand, clap::Error> {
        Cli::try_parse_from(std::iter::once("admin").chain(args.iter().copied())).map(|c| c.cmd)
    }

    fn manager(id: i64, name: &str, status: &str) -> Manager {
        Manager {
            id,
            organisation_id: 1,
            telegram_id: None,
            display_name: name.to_owned(),
            status: status.to_owned(),
            absent_until: None,
            substitute_id: None,
        }
    }

    fn hemmingen() -> Gemeinde {
        Gemeinde {
            id: 1,
            ags: "08118011".to_owned(),
            name: "Hemmingen".to_owned(),
            landkreis: "Ludwigsburg".to_owned(),
        }
    }

    fn caritas() -> Organisation {
        Organisation {
            id: 1,
            name: "Caritas".to_owned(),
            kind: "traeger".to_owned(),
        }
    }

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn arguments_parse() {
        let cmd = parse(&[
            "manager",
            "invite",
            "--org",
            "1",
            "--gemeinde",
            "08118011",
            "--gemeinde",
            "08118012",
            "--name",
            "Frau Keller",
        ])
        .unwrap();
        let AdminCommand::Manager(ManagerCommand::Invite {
            org,
            gemeinden,
            name,
            days,
        }) = cmd
        else {
            panic!("{cmd:?}")
        };
        assert_eq!((org, name.as_str(), days), (1, "Frau Keller", 14));
        assert_eq!(gemeinden, ["08118011", "08118012"]);

        assert!(matches!(
            parse(&["org", "add", "--name", "X", "--kind", "verbund"]).unwrap(),
            AdminCommand::Org(OrgCommand::Add {
                kind: OrgKind::Verbund,
                ..
            })
        ));
        assert!(parse(&["org", "add", "--name", "X", "--kind", "verein"]).is_err());
        assert!(parse(&["manager", "invite", "--org", "1", "--name", "X"]).is_err());
        assert!(
            parse(&[
                "manager",
                "invite",
                "--org",
                "1",
                "--gemeinde",
                "1",
                "--name",
                "X",
                "--days",
                "0"
            ])
            .is_err()
        );
        assert!(parse(&["scope", "add", "--telegram-id", "5"]).is_err());
        assert!(
            parse(&[
                "scope",
                "add",
                "--telegram-id",
                "5",
                "--org",
                "1",
                "--gemeinde",
                "08118011"
            ])
            .is_err()
        );
        assert!(parse(&["scope", "add", "--telegram-id", "0", "--org", "1"]).is_err());
        assert!(matches!(
            parse(&["audit"]).unwrap(),
            AdminCommand::Audit { limit: 50 }
        ));
    }

    #[test]
    fn input_is_validated_in_one_line() {
        assert_eq!(parse_ags(" 08118011 ").unwrap().as_str(), "08118011");
        let e = parse_ags("0811801\nx").unwrap_err();
        assert_eq!(e.exit_code(), EXIT_INPUT);
        assert!(!e.to_string().contains('\n'), "{e}");
        assert!(e.to_string().contains("8 digits"), "{e}");

        assert_eq!(
            required_text("--name", "  Frau Keller ").unwrap(),
            "Frau Keller"
        );
        for bad in ["", "   ", "a\nb", &"x".repeat(101)] {
            let e = required_text("--name", bad).unwrap_err();
            assert!(e.to_string().starts_with("--name"), "{e}");
        }
    }

    #[test]
    fn store_errors_map_to_exit_codes() {
        assert_eq!(AdminError::from(StoreError::Duplicate).exit_code(), 2);
        assert_eq!(
            AdminError::from(StoreError::MissingReference).exit_code(),
            2
        );
        let db = StoreError::Database(sqlx::Error::PoolTimedOut);
        assert_eq!(AdminError::from(db).exit_code(), 1);
    }

    #[test]
    fn tables_are_aligned() {
        let t = table(
            &[num("ID"), col("NAME"), col("KIND")],
            &[
                vec!["1".into(), "Caritas".into(), "traeger".into()],
                vec!["12".into(), "Landratsamt\tLB".into(), "landkreis".into()],
            ],
        );
        assert_eq!(
            t,
            "ID  NAME            KIND\n 1  Caritas         traeger\n12  Landratsamt LB  landkreis\n"
        );
    }

    #[test]
    fn umlauts_count_as_one_column() {
        let t = table(
            &[col("NAME"), col("#")],
            &[
                vec!["Mühlacker".into(), "#".into()],
                vec!["Bad Dürrheim".into(), "#".into()],
            ],
        );
        let columns: Vec<Option<usize>> = t
            .lines()
            .map(|l| l.chars().position(|c| c == '#'))
            .collect();
        assert_eq!(columns, [Some(14), Some(14), Some(14)], "{t}");
    }

    #[test]
    fn the_manager_list_shows_status_organisation_gemeinden_and_caseload() {
        let rows = vec![
            (manager(1, "Frau Keller", "invited"), 0, vec![hemmingen()]),
            (manager(2, "Herr Braun", "active"), 17, vec![]),
        ];
        let t = manager_table(&rows, &[caritas()]);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(
            lines[0],
            "ID  NAME         STATUS   ORGANISATION  GEMEINDEN             CASELOAD"
        );
        assert_eq!(
            lines[1],
            " 1  Frau Keller  invited  Caritas (1)   Hemmingen (08118011)         0"
        );
        assert_eq!(
            lines[2],
            " 2  Herr Braun   active   Caritas (1)   -                           17"
        );
        assert!(manager_table(&[], &[]).starts_with("No managers yet"));
    }

    #[test]
    fn audit_times_are_local() {
        let e = AuditEntry {
            at: Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap(),
            actor: "cli".into(),
            action: "gemeinde.add".into(),
            subject: "gemeinde:1".into(),
        };
        let t = audit_table(&[e], chrono_tz::Europe::Berlin);
        assert!(
            t.contains("2026-11-23 09:00:00 CET  cli    gemeinde.add  gemeinde:1"),
            "{t}"
        );
    }

    #[test]
    fn the_invite_report_names_the_link_and_its_expiry() {
        let m = manager(3, "Frau Keller", "invited");
        let payload = "m_AAAAAAAAAAAAAAAAAAAAAAAA";
        let mut r = InviteReport {
            manager: &m,
            organisation: &caritas(),
            gemeinden: &[hemmingen()],
            bot: Ok("wegweiser_bot"),
            payload,
            expires_at: Utc.with_ymd_and_hms(2026, 12, 7, 8, 0, 0).unwrap(),
            tz: chrono_tz::Europe::Berlin,
        };
        let known = invite_report(&r);
        assert!(known.contains("Invited manager 3 (Frau Keller), organisation 1 (Caritas), for Hemmingen (08118011)."), "{known}");
        assert!(known.contains("until 2026-12-07 09:00 CET"), "{known}");
        assert!(
            known.contains(&format!("\nhttps://t.me/wegweiser_bot?start={payload}\n")),
            "{known}"
        );
        assert!(!known.contains(BOT_PLACEHOLDER));

        r.bot = Err("no Telegram token is configured");
        let unknown = invite_report(&r);
        assert!(
            unknown.contains(&format!("https://t.me/<your_bot>?start={payload}\n")),
            "{unknown}"
        );
        assert!(
            unknown.contains(&format!("Payload: {payload}\n")),
            "{unknown}"
        );
        assert_eq!(
            unknown
                .lines()
                .filter(|l| l.contains("no Telegram token"))
                .count(),
            1
        );
    }

    #[test]
    fn bot_usernames_are_checked() {
        assert!(is_bot_username("wegweiser_test_bot"));
        assert!(!is_bot_username("bot"));
        assert!(!is_bot_username("a/b?start=x"));
    }

    #[test]
    fn plural_of_clients() {
        assert_eq!(clients_were(0), "no clients were");
        assert_eq!(clients_were(1), "1 client was");
        assert_eq!(clients_were(5), "5 clients were");
    }
}
