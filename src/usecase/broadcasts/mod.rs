//! Announcements, once for the bot (`/broadcast`, `/broadcasts`) and the web workplace
//! (`/announcements`): who may announce to which audience, how many each audience
//! reaches, what a text may be (counted as Telegram counts), when it may be sent,
//! cancelling, what every recipient gets (the preview renders exactly that), and the
//! report's figures.
//!
//! The rules of who may: a manager announces to their own clients (all of them, or those
//! of one Gemeinde they serve); an administrator to every client of a Gemeinde they
//! administer. Only the author sees, cancels and reads the report of an announcement.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, Utc};

use super::Ctx;
use crate::bot::roles::Who;
use crate::domain::when::{self, WhenError};
use crate::store::StoreError;
use crate::store::broadcasts::{Audience, Broadcast, NewBroadcast};
use crate::store::orgs::AdminScope;
use crate::store::orgs::Gemeinde;
use crate::store::people::Actor;

mod follow;
pub use follow::{Cancel, Report, Scheduled, cancel, report, scheduled, sent};

/// The longest text of one language, in UTF-16 code units (as Telegram counts): with
/// the header, the note for other languages and the preview's heading it stays well
/// within Telegram's 4,096.
pub const MAX_TEXT: usize = 3000;

/// Announcements listed as sent (the newest).
pub const SENT_LISTED: i64 = 20;

/// Whether `who` may compose announcements at all: an active manager or an
/// administrator.
pub fn may_compose(who: &Who) -> bool {
    who.active_manager().is_some() || who.is_admin()
}

/// One audience a person may choose, with its recipients now.
#[derive(Debug, Clone)]
pub struct Choice {
    pub audience: Audience,
    /// The Gemeinde it is limited to (`None`: all of a manager's clients).
    pub gemeinde: Option<Gemeinde>,
    pub recipients: i64,
}

impl Choice {
    /// A manager's own clients (else an administrator's whole Gemeinde).
    pub fn mine(&self) -> bool {
        self.audience.manager_id.is_some()
    }
}

/// The audiences `who` may choose: a manager all their clients and, serving several
/// Gemeinden, those of each; an administrator every Gemeinde they administer (a global
/// one all). The recipients are counted by one grouped query per kind, not one per
/// Gemeinde (a global administrator's picker has every Gemeinde of the Land).
pub async fn audiences(ctx: &Ctx, who: &Who) -> Result<Vec<Choice>, StoreError> {
    let by_name = |a: &Gemeinde, b: &Gemeinde| a.name.cmp(&b.name).then(a.id.cmp(&b.id));
    let mut out = vec![];
    if let Some(m) = who.active_manager() {
        let counts = ctx.store.audience_by_gemeinde(Some(m.id)).await?;
        let mine = Audience {
            manager_id: Some(m.id),
            gemeinde_id: None,
            languages: vec![],
            offer_id: None,
        };
        out.push(Choice {
            recipients: counts.values().sum(),
            audience: mine.clone(),
            gemeinde: None,
        });
        let mut gemeinden = ctx.store.manager_gemeinden(m.id).await?;
        if gemeinden.len() > 1 {
            gemeinden.sort_by(by_name);
            for g in gemeinden {
                out.push(Choice {
                    recipients: counts.get(&g.id).copied().unwrap_or(0),
                    audience: Audience {
                        gemeinde_id: Some(g.id),
                        ..mine.clone()
                    },
                    gemeinde: Some(g),
                });
            }
        }
    }
    if who.is_admin() {
        let mut gemeinden = ctx.store.gemeinden().await?;
        gemeinden.sort_by(by_name);
        // The scope and the counts are read once, not once per Gemeinde.
        let own = who.administered(ctx).await?;
        let counts = ctx.store.audience_by_gemeinde(None).await?;
        for g in gemeinden {
            let mine = who.admin_scopes.contains(&AdminScope::Gemeinde(g.id))
                || own.as_ref().is_none_or(|own| own.contains(&g.id));
            if !mine {
                continue;
            }
            out.push(Choice {
                recipients: counts.get(&g.id).copied().unwrap_or(0),
                audience: Audience {
                    manager_id: None,
                    gemeinde_id: Some(g.id),
                    languages: vec![],
                    offer_id: None,
                },
                gemeinde: Some(g),
            });
        }
    }
    Ok(out)
}

/// Whether `who` may (still) send to `audience`: a manager their own clients (in a
/// Gemeinde they serve), an administrator a Gemeinde they administer.
pub async fn may_send_to(ctx: &Ctx, who: &Who, audience: &Audience) -> Result<bool, StoreError> {
    match (audience.manager_id, audience.gemeinde_id) {
        (Some(m), g) => {
            let Some(me) = who.active_manager().filter(|me| me.id == m) else {
                return Ok(false);
            };
            let Some(g) = g else {
                return Ok(true);
            };
            Ok(ctx
                .store
                .manager_gemeinden(me.id)
                .await?
                .iter()
                .any(|x| x.id == g))
        }
        (None, Some(g)) => Ok(who.is_admin()
            && ctx.store.gemeinde(g).await?.is_some()
            && who.may_manage_gemeinde(ctx, g).await?),
        (None, None) => Ok(false),
    }
}

/// An audience `who` may not send to, refused: logged and audited (`scope.refused`,
/// about its Gemeinde, else its manager) — a forged choice in the browser, or a choice
/// made stale meanwhile.
pub async fn refuse(ctx: &Ctx, who: &Who, audience: &Audience) -> Result<(), StoreError> {
    let subject = match (audience.gemeinde_id, audience.manager_id) {
        (Some(g), _) => format!("gemeinde:{g}"),
        (None, Some(m)) => format!("manager:{m}"),
        (None, None) => "broadcast".to_owned(),
    };
    super::offers::refused(ctx, who, &subject).await
}

/// The recipients `audience` has now, per language (only languages that have some).
pub async fn recipients(
    ctx: &Ctx,
    audience: &Audience,
) -> Result<BTreeMap<String, i64>, StoreError> {
    let mut counts = ctx.store.audience_languages(audience).await?;
    counts.retain(|_, n| *n > 0);
    Ok(counts)
}

/// The recipients of `audience` in every language, its language filter aside (what the
/// filter offers to choose from).
pub async fn all_languages(
    ctx: &Ctx,
    audience: &Audience,
) -> Result<BTreeMap<String, i64>, StoreError> {
    let whole = Audience {
        languages: vec![],
        ..audience.clone()
    };
    recipients(ctx, &whole).await
}

/// Why a text is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    /// Not a text at all (a picture, a file).
    NotText,
    Empty,
    /// Longer than [`MAX_TEXT`]: its length as Telegram counts.
    TooLong(usize),
}

impl TextError {
    /// The Fluent id of the reason (arguments `max` and `length`).
    pub fn id(self) -> &'static str {
        match self {
            TextError::NotText => "broadcast-text-not-text",
            TextError::Empty => "broadcast-text-empty",
            TextError::TooLong(_) => "broadcast-text-too-long",
        }
    }

    pub fn length(self) -> usize {
        match self {
            TextError::TooLong(n) => n,
            _ => 0,
        }
    }
}

/// A text of one language as it will be sent (trimmed), or why not.
pub fn check_text(text: Option<&str>) -> Result<String, TextError> {
    let text = text.ok_or(TextError::NotText)?.trim();
    if text.is_empty() {
        return Err(TextError::Empty);
    }
    // As Telegram counts: an emoji is two units.
    let length = crate::domain::text::utf16_len(text);
    if length > MAX_TEXT {
        return Err(TextError::TooLong(length));
    }
    Ok(text.to_owned())
}

/// The service's local time now (times are typed in it).
pub fn local_now(ctx: &Ctx) -> NaiveDateTime {
    ctx.clock
        .now()
        .with_timezone(&ctx.config.time_zone)
        .naive_local()
}

/// The instant to send at, from a local time in the service's zone: it must exist (a
/// time skipped when clocks change does not) and lie in the future.
pub fn send_at(ctx: &Ctx, local: NaiveDateTime) -> Result<DateTime<Utc>, WhenError> {
    let at = when::to_instant(local, ctx.config.time_zone)?;
    if at <= ctx.clock.now() {
        return Err(WhenError::InPast);
    }
    Ok(at)
}

/// An announcement as composed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// Who gets it; its `offer_id` is the offer announced, if any.
    pub audience: Audience,
    /// The text per language; German (`de`) is required.
    pub texts: BTreeMap<String, String>,
}

impl Draft {
    /// The draft as the broadcast it will be, for rendering what recipients get.
    fn as_broadcast(&self, author_id: i64, send_at: DateTime<Utc>) -> Broadcast {
        Broadcast {
            id: 0,
            author_id,
            audience: self.audience.clone(),
            texts: self.texts.clone(),
            offer_id: self.audience.offer_id,
            status: "scheduled".into(),
            send_at,
            recipients: 0,
        }
    }

    /// The languages that go out without a text of their own (`counts`: the recipients
    /// per language).
    pub fn missing(&self, counts: &BTreeMap<String, i64>) -> Vec<String> {
        counts
            .keys()
            .filter(|l| !self.texts.contains_key(*l))
            .cloned()
            .collect()
    }
}

/// What a recipient reading `lang` gets: exactly what the sender renders (Telegram's
/// HTML; every typed text escaped).
pub fn rendered(ctx: &Ctx, b: &Broadcast, lang: &str) -> String {
    crate::delivery::render::message(
        &ctx.texts,
        lang,
        "broadcast-message",
        &crate::delivery::broadcast::announcement_args(b),
    )
}

/// The preview: per language that goes out, its recipients and the message exactly as
/// they get it.
pub async fn preview(
    ctx: &Ctx,
    who: &Who,
    draft: &Draft,
) -> Result<Vec<(String, i64, String)>, StoreError> {
    let b = draft.as_broadcast(who.telegram_id, ctx.clock.now());
    Ok(recipients(ctx, &draft.audience)
        .await?
        .into_iter()
        .map(|(lang, n)| {
            let body = rendered(ctx, &b, &lang);
            (lang, n, body)
        })
        .collect())
}

/// Why an announcement is not sent.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// `who` may not (or no longer) send to this audience.
    #[error("audience not allowed")]
    NotAllowed,
    /// Nobody to reach now (only for "send now"; a scheduled one may find some later).
    #[error("no recipients")]
    NoRecipients,
    /// A text (German is required) is not taken.
    #[error("text {0}: {1:?}")]
    Text(String, TextError),
    /// The time is not in the future.
    #[error("in the past")]
    InPast,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Written: its id and its recipients now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sent {
    pub id: i64,
    pub recipients: i64,
}

/// Sends `draft` now (`at` `None`: started at once; the progress and the report follow
/// through the outbox) or schedules it for `at`, if `who` may.
pub async fn send(
    ctx: &Ctx,
    who: &Who,
    draft: &Draft,
    at: Option<DateTime<Utc>>,
    actor: Actor,
) -> Result<Sent, SendError> {
    if !may_compose(who) || !may_send_to(ctx, who, &draft.audience).await? {
        refuse(ctx, who, &draft.audience).await?;
        return Err(SendError::NotAllowed);
    }
    if !draft.texts.contains_key(crate::domain::offer::REFERENCE) {
        return Err(SendError::Text(
            crate::domain::offer::REFERENCE.into(),
            TextError::Empty,
        ));
    }
    for (lang, text) in &draft.texts {
        if let Err(e) = check_text(Some(text)) {
            return Err(SendError::Text(lang.clone(), e));
        }
    }
    let now = ctx.clock.now();
    if at.is_some_and(|at| at <= now) {
        return Err(SendError::InPast);
    }
    let total: i64 = recipients(ctx, &draft.audience).await?.values().sum();
    if at.is_none() && total == 0 {
        return Err(SendError::NoRecipients);
    }
    let new = NewBroadcast {
        author_id: who.telegram_id,
        audience: draft.audience.clone(),
        texts: draft.texts.clone(),
        offer_id: draft.audience.offer_id,
        send_at: at.unwrap_or(now),
    };
    let id = ctx.store.add_broadcast(&new, actor, now).await?;
    if at.is_none() {
        ctx.store.start_due_broadcasts(now).await?;
        ctx.wake.notify_one();
        tracing::info!(user = %crate::logid::of(who.telegram_id), broadcast_id = id, "announcement sent now");
    } else {
        tracing::info!(user = %crate::logid::of(who.telegram_id), broadcast_id = id, "announcement scheduled");
    }
    Ok(Sent {
        id,
        recipients: total,
    })
}

/// An offer's texts as an announcement, per language: the title, a blank line, the
/// description and the times (cut to [`MAX_TEXT`]).
pub fn offer_texts(offer: &crate::domain::offer::Offer) -> BTreeMap<String, String> {
    offer
        .texts
        .iter()
        .filter(|(_, t)| !t.title.trim().is_empty())
        .map(|(lang, t)| {
            let body: Vec<&str> = [t.description.trim(), t.times.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            let mut text = t.title.trim().to_owned();
            if !body.is_empty() {
                text.push_str("\n\n");
                text.push_str(&body.join("\n"));
            }
            let end = crate::domain::text::prefix_end(&text, MAX_TEXT);
            text.truncate(end);
            (lang.clone(), text)
        })
        .collect()
}

/// How an audience is named: in HTML (`plain` false: the Gemeinde escaped) or on a
/// button (`plain` true).
pub fn audience_label(
    ctx: &Ctx,
    lang: &str,
    mine: bool,
    gemeinde: Option<&str>,
    plain: bool,
) -> String {
    use crate::i18n::Arg;
    let name = |g: &str| {
        if plain {
            Arg::markup(g.to_owned())
        } else {
            Arg::text(g.to_owned())
        }
    };
    match (mine, gemeinde) {
        (_, None) => ctx.texts.t(lang, "broadcast-audience-mine"),
        (true, Some(g)) => {
            ctx.texts
                .t_with(lang, "broadcast-audience-mine-in", &[("gemeinde", name(g))])
        }
        (false, Some(g)) => ctx.texts.t_with(
            lang,
            "broadcast-audience-gemeinde",
            &[("gemeinde", name(g))],
        ),
    }
}

/// A stored announcement's audience named (HTML), with its language filter.
pub async fn audience_text(ctx: &Ctx, lang: &str, b: &Broadcast) -> Result<String, StoreError> {
    use crate::i18n::Arg;
    let gemeinde = match b.audience.gemeinde_id {
        Some(g) => ctx.store.gemeinde(g).await?.map(|g| g.name),
        None => None,
    };
    let mut text = audience_label(
        ctx,
        lang,
        b.audience.manager_id.is_some(),
        gemeinde.as_deref(),
        false,
    );
    if !b.audience.languages.is_empty() {
        let names = language_names(ctx, lang, &b.audience.languages);
        text.push(' ');
        text.push_str(&ctx.texts.t_with(
            lang,
            "broadcast-audience-only",
            &[("languages", Arg::text(names))],
        ));
    }
    Ok(text)
}

/// The names of `codes` in the reader's language, or "all languages" for none.
pub fn language_names(ctx: &Ctx, lang: &str, codes: &[String]) -> String {
    if codes.is_empty() {
        return ctx.texts.t(lang, "broadcast-languages-all");
    }
    codes
        .iter()
        .map(|c| ctx.texts.language_for(c, lang))
        .collect::<Vec<_>>()
        .join(", ")
}
