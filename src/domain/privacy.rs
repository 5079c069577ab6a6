//! The one list of what Wegweiser stores about people: the README's privacy table and
//! the privacy notice clients consent to are both checked against it
//! (`tests/locales.rs`, `privacy_inventory_*`), so neither can name a kind of data the
//! other leaves out.

/// Who can see a kind of data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeenBy {
    /// The client's manager, a stand-in during an absence, the organisation's administrators.
    ManagerStandInAdmins,
    /// Only the system (routing, hashes); no person reads it in the bot.
    NobodyInTheBot,
    /// Bare counts without a person, for the yearly report.
    AggregateOnly,
}

/// How long it is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// While support lasts, then `retention.delete_after_days`; deleted at once on request.
    WithTheClient,
    /// Until the person deletes it, or `retention.inactive_days` without activity.
    UntilInactive,
    /// Until withdrawn (or deleted with the client).
    UntilWithdrawn,
    /// Kept as a record; anonymised when the client is deleted.
    KeptAnonymised,
    /// Operating data, kept for hours (the README's table says how long).
    Briefly,
}

/// One kind of stored data.
#[derive(Debug, Clone, Copy)]
pub struct Stored {
    /// The tables that hold it, exactly as the README's privacy table names them.
    pub tables: &'static [&'static str],
    pub seen_by: SeenBy,
    pub kept: Kept,
    /// The words of the German privacy notice that name it (each part of a row: a
    /// notice that leaves out one fails the test), or `None` when it is not about the
    /// client who reads the notice (with the reason in `why_not`).
    pub notice_de: Option<&'static [&'static str]>,
    pub why_not: &'static str,
}

const fn about_client(
    tables: &'static [&'static str],
    kept: Kept,
    words: &'static [&'static str],
) -> Stored {
    Stored {
        tables,
        seen_by: SeenBy::ManagerStandInAdmins,
        kept,
        notice_de: Some(words),
        why_not: "",
    }
}

/// Everything Wegweiser stores, one entry per row of the README's privacy table.
pub const STORED: &[Stored] = &[
    about_client(
        &["users"],
        Kept::WithTheClient,
        &["Kennung Ihres Telegram-Kontos", "Ihre Sprache"],
    ),
    about_client(
        &["clients"],
        Kept::WithTheClient,
        &[
            "ein Kürzel",
            "Ihre Gemeinde",
            "Beginn und geplantes Ende der Begleitung",
            "wann Sie zuletzt Kontakt hatten",
        ],
    ),
    about_client(&["consents"], Kept::UntilWithdrawn, &["Ihre Zustimmungen"]),
    Stored {
        tables: &["users", "join_requests"],
        seen_by: SeenBy::ManagerStandInAdmins,
        kept: Kept::UntilInactive,
        notice_de: None,
        why_not: "people who are no clients; they see it in /privacy",
    },
    Stored {
        tables: &["invites"],
        seen_by: SeenBy::NobodyInTheBot,
        kept: Kept::WithTheClient,
        notice_de: Some(&["Einladung"]),
        why_not: "",
    },
    Stored {
        tables: &["relay_messages"],
        seen_by: SeenBy::NobodyInTheBot,
        kept: Kept::WithTheClient,
        notice_de: Some(&["Nummern Ihrer Nachrichten"]),
        why_not: "",
    },
    about_client(
        &["appointments", "deadlines"],
        Kept::WithTheClient,
        &["Ihre Termine und Fristen", "ob Sie gekommen sind"],
    ),
    about_client(
        &["offer_interests"],
        Kept::WithTheClient,
        &["Angebote Sie sich interessieren"],
    ),
    Stored {
        tables: &["broadcasts"],
        seen_by: SeenBy::ManagerStandInAdmins,
        kept: Kept::KeptAnonymised,
        notice_de: None,
        why_not: "a manager's own texts and audiences, no list of recipients",
    },
    Stored {
        tables: &["web_sign_ins", "web_sessions"],
        seen_by: SeenBy::NobodyInTheBot,
        kept: Kept::UntilInactive,
        notice_de: None,
        why_not: "the web workplace's sign-ins of managers and administrators, not of clients",
    },
    Stored {
        tables: &["inbound_updates"],
        seen_by: SeenBy::NobodyInTheBot,
        kept: Kept::Briefly,
        notice_de: None,
        why_not: "webhook mode's record of each update until it is handled (then only its number, 24 hours): what the person sent reaches its place as before",
    },
    Stored {
        tables: &["instances"],
        seen_by: SeenBy::NobodyInTheBot,
        kept: Kept::Briefly,
        notice_de: None,
        why_not: "the running instances, nothing about people",
    },
    about_client(
        &["audit_log"],
        Kept::KeptAnonymised,
        &["wer wann etwas geändert hat"],
    ),
    Stored {
        tables: &["archived_figures"],
        seen_by: SeenBy::AggregateOnly,
        kept: Kept::KeptAnonymised,
        notice_de: Some(&["nur Zahlen ohne Namen"]),
        why_not: "",
    },
];
