//! A manager's deadlines: add one, list the open ones (each with "cancel" and "move"),
//! move one to the day typed.

use super::*;

/// `/deadline LABEL DATE | TITLE | KIND`.
pub async fn deadline_command(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    args: &str,
) -> HandlerResult {
    let (label, due_on, title, kind) = match deadline::parse_one_line(args, local_now(ctx).date()) {
        Ok(f) => f,
        Err(e) => {
            let id = match e {
                DeadlineError::Usage => "deadline-usage",
                DeadlineError::NoSuchDate => "when-no-such-date",
                DeadlineError::InPast => "when-in-past",
                DeadlineError::YearUnclear { past, next } => {
                    let text = year_unclear(ctx, &p.lang, past, next);
                    bot.send_message(p.chat, text).await?;
                    return Ok(());
                }
                DeadlineError::UnknownKind => "deadline-unknown-kind",
                DeadlineError::TooLong => "appointment-too-long",
            };
            return say(bot, ctx, p, id, &[]).await;
        }
    };
    let client = match linked_client_by_label(ctx, m, &label).await? {
        Ok(c) => c,
        Err(id) => return say(bot, ctx, p, id, &[("label", Arg::text(label.as_str()))]).await,
    };
    use crate::usecase::deadlines::{self as uc, DeadlineRequest};
    let req = DeadlineRequest {
        client_id: client.id,
        due_on,
        title,
        kind,
    };
    match uc::add_deadline(ctx, m, Actor::Telegram(p.id), req).await {
        Ok(_) => {}
        Err(uc::DeadlineError::Store(e)) => return Err(e.into()),
        Err(uc::DeadlineError::InPast) => return say(bot, ctx, p, "when-in-past", &[]).await,
        Err(uc::DeadlineError::NotLinked) => {
            return say(bot, ctx, p, "appointment-client-not-linked", &[]).await;
        }
        Err(_) => return say(bot, ctx, p, "stale-button", &[]).await,
    }
    say(
        bot,
        ctx,
        p,
        "deadline-saved",
        &[
            ("label", Arg::text(client.label.as_str())),
            (
                "due",
                Arg::markup(markup::escape(&crate::i18n::format::date(&p.lang, due_on))),
            ),
        ],
    )
    .await
}

/// `/deadlines`: the open ones, each with a cancel button.
pub async fn list_deadlines(bot: &WBot, ctx: &Ctx, p: &Person<'_>, m: &Manager) -> HandlerResult {
    let list = ctx.store.manager_deadlines(m.id).await?;
    if list.is_empty() {
        return say(bot, ctx, p, "deadlines-none-manager", &[]).await;
    }
    let mut lines = vec![ctx.texts.t_with(
        &p.lang,
        "deadlines-title-manager",
        &[("count", Arg::from(list.len()))],
    )];
    let mut keyboard = vec![];
    for (d, label) in list.iter().take(LIST_MAX) {
        lines.push(ctx.texts.t_with(
            &p.lang,
            "deadline-line-manager",
            &[
                ("label", Arg::text(label.as_str())),
                ("title", Arg::text(d.title.as_str())),
                (
                    "due",
                    Arg::markup(markup::escape(&crate::i18n::format::date(
                        &p.lang, d.due_on,
                    ))),
                ),
            ],
        ));
        let args = [
            ("label", Arg::markup(label.as_str())),
            ("date", Arg::markup(d.due_on.format("%d.%m.").to_string())),
        ];
        keyboard.push(vec![
            button(
                ctx.texts.t_with(&p.lang, "deadline-cancel-button", &args),
                Callback::DeadlineCancel(d.id),
            ),
            button(
                ctx.texts.t_with(&p.lang, "deadline-move-button", &args),
                Callback::DeadlineMove(d.id),
            ),
        ]);
    }
    if list.len() > LIST_MAX {
        lines.push(ctx.texts.t_with(
            &p.lang,
            "list-more",
            &[("count", Arg::from(list.len() - LIST_MAX))],
        ));
    }
    bot.send_message(p.chat, lines.join("\n"))
        .reply_markup(InlineKeyboardMarkup::new(keyboard))
        .await?;
    Ok(())
}

/// The day typed after "move" on a deadline (`DD.MM.`, `DD.MM.YYYY`): moved through the
/// use case the web workplace calls too; a day that does not work is asked for again.
pub async fn move_deadline(
    bot: &WBot,
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
    id: i64,
    text: &str,
) -> HandlerResult {
    use crate::usecase::deadlines as uc;
    let due_on = match deadline::parse_date(text, local_now(ctx).date()) {
        Ok(d) => d,
        Err(DeadlineError::YearUnclear { past, next }) => {
            let text = year_unclear(ctx, &p.lang, past, next);
            bot.send_message(p.chat, text).await?;
            return Ok(());
        }
        Err(DeadlineError::InPast) => return say(bot, ctx, p, "when-in-past", &[]).await,
        Err(_) => return say(bot, ctx, p, "when-no-such-date", &[]).await,
    };
    let moved = uc::move_deadline(ctx, m, Actor::Telegram(p.id), id, due_on).await;
    let (d, client) = match moved {
        Ok(done) => done,
        Err(uc::DeadlineError::InPast) => return say(bot, ctx, p, "when-in-past", &[]).await,
        Err(uc::DeadlineError::Store(e)) => return Err(e.into()),
        Err(e) => {
            dialogue::clear(ctx, p.id).await?;
            let id = match e {
                uc::DeadlineError::NotLinked => "appointment-client-not-linked",
                _ => "deadline-gone-manager",
            };
            return say(bot, ctx, p, id, &[]).await;
        }
    };
    dialogue::clear(ctx, p.id).await?;
    say(
        bot,
        ctx,
        p,
        "deadline-moved-manager",
        &[
            ("label", Arg::text(client.label.as_str())),
            (
                "due",
                Arg::markup(markup::escape(&crate::i18n::format::date(
                    &p.lang, d.due_on,
                ))),
            ),
        ],
    )
    .await
}
