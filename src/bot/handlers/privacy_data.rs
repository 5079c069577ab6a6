//! What `/privacy` shows: what is stored about the person, as a message and as a JSON
//! document — a client's whole record, or for anybody else (someone who only started the
//! bot or asked to be taken on) their user row and requests.

use teloxide::prelude::*;
use teloxide::types::InputFile;

use super::super::{Ctx, HandlerResult, WBot};
use super::common::Person;
use crate::domain::consent::Purpose;
use crate::i18n::{Arg, format};
use crate::store::people::Client;

pub(super) async fn given_consents(
    ctx: &Ctx,
    client_id: i64,
) -> Result<Vec<Purpose>, super::super::HandlerError> {
    Ok(ctx
        .store
        .consents(client_id)
        .await?
        .into_iter()
        .map(|(p, _)| p)
        .collect())
}

/// What is stored about the client: as a readable message and as a JSON document.
pub(super) async fn show_data(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    client: &Client,
) -> HandlerResult {
    let Some(record) = ctx.store.client_record(client.id).await? else {
        return Ok(());
    };
    let lang = p.lang.as_str();
    let tz = ctx.config.time_zone;
    let date = |d: Option<chrono::DateTime<chrono::Utc>>| {
        d.map(|d| format::date(lang, d.with_timezone(&tz).date_naive()))
            .unwrap_or_default()
    };
    let consents = if record.consents.is_empty() {
        ctx.texts.t(lang, "consent-none")
    } else {
        record
            .consents
            .iter()
            .map(|(purpose, _)| ctx.texts.t(lang, purpose.message_id()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let text = ctx.texts.t_with(
        lang,
        "privacy-data",
        &[
            ("label", Arg::text(record.client.label.as_str())),
            ("gemeinde", Arg::text(record.gemeinde.name.as_str())),
            ("language", Arg::text(ctx.texts.language_name(lang))),
            ("manager", Arg::text(record.manager_name.as_str())),
            ("since", Arg::text(date(record.client.linked_at))),
            ("until", Arg::text(date(record.client.support_until))),
            ("consents", Arg::text(consents)),
        ],
    );
    bot.send_message(p.chat, text).await?;
    let (appointments, deadlines) = ctx.store.client_agenda(client.id).await?;
    let mut interests = vec![];
    for id in ctx.store.interests_of(client.id).await? {
        if let Some(o) = ctx.store.offer(id).await? {
            let (text, _) = o.offer.text_in(lang);
            interests
                .push(serde_json::json!({ "offer": o.offer.external_id, "title": text.title }));
        }
    }
    let json = serde_json::json!({
        "telegram_id": p.id,
        "label": record.client.label,
        "gemeinde": { "name": record.gemeinde.name, "ags": record.gemeinde.ags },
        "language": lang,
        "status": record.client.status,
        "integrationsmanager": record.manager_name,
        "linked_at": record.client.linked_at.map(|t| t.to_rfc3339()),
        "support_until": record.client.support_until.map(|t| t.to_rfc3339()),
        "last_contact_at": record.client.last_contact_at.map(|t| t.to_rfc3339()),
        "consents": record.consents.iter().map(|(purpose, at)| {
            serde_json::json!({ "purpose": purpose.as_str(), "granted_at": at.to_rfc3339() })
        }).collect::<Vec<_>>(),
        "appointments": appointments.iter().map(|a| serde_json::json!({
            "starts_at": a.starts_at.to_rfc3339(),
            "time_zone": a.time_zone,
            "place": a.place,
            "topic": a.topic,
            "status": a.status,
            "answer": a.answer,
        })).collect::<Vec<_>>(),
        "deadlines": deadlines.iter().map(|d| serde_json::json!({
            "due_on": d.due_on.to_string(),
            "title": d.title,
            "kind": d.kind,
            "status": d.status,
        })).collect::<Vec<_>>(),
        "interested_in_offers": interests,
    });
    send_file(bot, ctx, p, &json).await
}

/// What is stored about someone who is no client: their language, since when Wegweiser
/// knows them, and their requests to be taken on.
pub(super) async fn show_person(bot: &WBot, ctx: &Ctx, p: &Person<'_>) -> HandlerResult {
    let lang = p.lang.as_str();
    let tz = ctx.config.time_zone;
    let Some(record) = ctx.store.person_record(p.id).await? else {
        bot.send_message(p.chat, ctx.texts.t(lang, "privacy-person-nothing"))
            .await?;
        return Ok(());
    };
    let day =
        |t: chrono::DateTime<chrono::Utc>| format::date(lang, t.with_timezone(&tz).date_naive());
    let status = |s: &str| {
        let id = match s {
            "open" => "privacy-request-open",
            "accepted" => "privacy-request-accepted",
            _ => "privacy-request-declined",
        };
        ctx.texts.t(lang, id)
    };
    let requests = if record.join_requests.is_empty() {
        ctx.texts.t(lang, "privacy-requests-none")
    } else {
        record
            .join_requests
            .iter()
            .map(|(gemeinde, s, at)| format!("{gemeinde} ({}, {})", day(*at), status(s)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let language = record
        .language
        .as_deref()
        .map(|l| ctx.texts.language_name(l))
        .unwrap_or_else(|| ctx.texts.t(lang, "privacy-language-none"));
    let text = ctx.texts.t_with(
        lang,
        "privacy-person-data",
        &[
            ("language", Arg::text(language)),
            ("since", Arg::text(day(record.first_seen))),
            ("requests", Arg::text(requests)),
        ],
    );
    bot.send_message(p.chat, text).await?;
    let json = serde_json::json!({
        "telegram_id": p.id,
        "language": record.language,
        "first_seen": record.first_seen.to_rfc3339(),
        "join_requests": record.join_requests.iter().map(|(gemeinde, status, at)| serde_json::json!({
            "gemeinde": gemeinde,
            "status": status,
            "asked_at": at.to_rfc3339(),
        })).collect::<Vec<_>>(),
    });
    send_file(bot, ctx, p, &json).await
}

/// The data as a JSON document, with its caption in the person's language.
async fn send_file(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    json: &serde_json::Value,
) -> HandlerResult {
    let bytes = serde_json::to_vec_pretty(json).expect("json serializes");
    bot.send_document(
        p.chat,
        InputFile::memory(bytes).file_name("wegweiser-data.json"),
    )
    .caption(ctx.texts.t(&p.lang, "privacy-file-caption"))
    .await?;
    Ok(())
}
