//! `/away` and `/back`: a manager's absence, with or without a colleague standing in.
//! The typed date is the last day away (see `domain::absence`); each mistake gets its
//! own answer, and the numbers of the colleagues who may stand in are shown with it.

use super::super::{Ctx, HandlerResult, WBot};
use super::common::Person;
use super::manager::say;
use crate::domain::absence::{self, AbsenceProblem};
use crate::i18n::{Arg, format};
use crate::store::people::Manager;

/// Active colleagues of the same organisation who have joined: the ones who may stand
/// in, by number (their manager id) and name.
async fn colleagues(ctx: &Ctx, m: &Manager) -> Result<Vec<Manager>, crate::store::StoreError> {
    Ok(ctx
        .store
        .managers()
        .await?
        .into_iter()
        .map(|(other, _)| other)
        .filter(|other| m.may_be_replaced_by(other) && other.telegram_id.is_some())
        .collect())
}

/// "Who can stand in for you: 2 · Herr Weber, 3 · Frau Roth", or that nobody can.
async fn colleagues_line(
    ctx: &Ctx,
    p: &Person<'_>,
    m: &Manager,
) -> Result<String, crate::store::StoreError> {
    let list = colleagues(ctx, m).await?;
    Ok(if list.is_empty() {
        ctx.texts.t(&p.lang, "away-no-colleagues")
    } else {
        let names: Vec<String> = list
            .iter()
            .map(|c| format!("{} · {}", c.id, c.display_name))
            .collect();
        ctx.texts.t_with(
            &p.lang,
            "away-colleagues",
            &[("list", Arg::text(names.join(", ")))],
        )
    })
}

/// `/away 20.12.2026` or `/away 20.12.2026 7` (with manager no. 7 standing in).
pub async fn away(bot: &WBot, ctx: &Ctx, p: &Person<'_>, m: &Manager, args: &str) -> HandlerResult {
    let parts: Vec<&str> = args.split_whitespace().collect();
    let now = ctx.clock.now();
    let tz = ctx.config.time_zone;
    let today = now.with_timezone(&tz).date_naive();
    let (Some(date_text), rest) = (parts.first(), parts.get(1..).unwrap_or_default()) else {
        let colleagues = colleagues_line(ctx, p, m).await?;
        return say(
            bot,
            ctx,
            p,
            "away-usage",
            &[("colleagues", Arg::text(colleagues))],
        )
        .await;
    };
    let last_day = match absence::last_day(date_text, today) {
        Ok(d) => d,
        Err(problem) => {
            let shown = match &problem {
                AbsenceProblem::Past(d) => format::date(&p.lang, *d),
                AbsenceProblem::NotADate => (*date_text).to_owned(),
            };
            let arg = match problem {
                AbsenceProblem::Past(_) => "date",
                AbsenceProblem::NotADate => "text",
            };
            return say(
                bot,
                ctx,
                p,
                problem.message_id(),
                &[(arg, Arg::text(shown))],
            )
            .await;
        }
    };
    let substitute = match rest {
        [] => None,
        [number] => {
            let colleagues_text = || colleagues_line(ctx, p, m);
            let found = match number.parse::<i64>() {
                Ok(id) if id == m.id => {
                    let c = colleagues_text().await?;
                    return say(
                        bot,
                        ctx,
                        p,
                        "away-self-substitute",
                        &[("colleagues", Arg::text(c))],
                    )
                    .await;
                }
                Ok(id) => ctx.store.manager(id).await?,
                Err(_) => None,
            };
            match found.filter(|s| m.may_be_replaced_by(s) && s.telegram_id.is_some()) {
                Some(s) => Some(s),
                None => {
                    let c = colleagues_text().await?;
                    return say(
                        bot,
                        ctx,
                        p,
                        "away-unknown-substitute",
                        &[("number", Arg::text(*number)), ("colleagues", Arg::text(c))],
                    )
                    .await;
                }
            }
        }
        _ => {
            let colleagues = colleagues_line(ctx, p, m).await?;
            return say(
                bot,
                ctx,
                p,
                "away-usage",
                &[("colleagues", Arg::text(colleagues))],
            )
            .await;
        }
    };
    let until = absence::ends_at(last_day, tz);
    ctx.store
        .start_absence(m, until, last_day, substitute.as_ref(), now)
        .await?;
    ctx.wake.notify_one();
    tracing::info!(
        manager_id = m.id,
        substitute = substitute.is_some(),
        "absence set"
    );
    let (last, back) = absence::days(until, tz);
    let until_arg = Arg::text(format::date(&p.lang, last));
    let back_arg = Arg::text(format::date(&p.lang, back));
    match substitute {
        Some(s) => {
            say(
                bot,
                ctx,
                p,
                "away-set",
                &[
                    ("until", until_arg),
                    ("back", back_arg),
                    ("substitute", Arg::text(s.display_name)),
                ],
            )
            .await
        }
        None => {
            say(
                bot,
                ctx,
                p,
                "away-set-alone",
                &[("until", until_arg), ("back", back_arg)],
            )
            .await
        }
    }
}

/// `/back`: the absence ends now. Who stood in is kept (without power: that needs the
/// absence), so that a late reply of theirs can be told why it did not go out.
pub async fn back(bot: &WBot, ctx: &Ctx, p: &Person<'_>, m: &Manager) -> HandlerResult {
    ctx.store
        .set_absence(m.id, None, m.substitute_id, ctx.clock.now())
        .await?;
    say(bot, ctx, p, "back-done", &[]).await
}
