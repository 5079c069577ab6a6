//! Fault injection: flood-control answers, server errors and slow answers.

use std::{sync::Arc, time::Duration};

use super::{params::ApiError, state::Shared};

/// Which calls a fault applies to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaultScope {
    /// Every Bot API method except `getUpdates` (so polling keeps working
    /// while sends fail). Use [`FaultScope::method`] to fault `getUpdates`.
    All,
    /// Calls whose `chat_id` is this chat (and `answerCallbackQuery` for a
    /// query from this chat).
    Chat(i64),
    /// Calls of one method (compared case-insensitively), `getUpdates` included.
    Method(String),
}

impl FaultScope {
    pub fn method(name: &str) -> Self {
        FaultScope::Method(name.to_owned())
    }

    fn matches(&self, method: &str, chat: Option<i64>) -> bool {
        match self {
            FaultScope::All => !method.eq_ignore_ascii_case("getUpdates"),
            FaultScope::Chat(id) => chat == Some(*id),
            FaultScope::Method(m) => m.eq_ignore_ascii_case(method),
        }
    }
}

/// What happens to a matching call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// 429 `Too Many Requests: retry after N` with `parameters.retry_after`;
    /// the call has no effect.
    TooManyRequests { retry_after_secs: u32 },
    /// 502 `Bad Gateway`; the call has no effect. (teloxide waits 10 s after
    /// any 5xx before returning the error.)
    Status502,
    /// Answer normally, but only after this delay. Combines with the others.
    Delay(Duration),
}

#[derive(Clone, Debug)]
pub(crate) struct FaultRule {
    scope: FaultScope,
    fault: Fault,
    /// `None` = until cleared.
    remaining: Option<u32>,
}

/// What the server must do for one call.
#[derive(Debug, Default)]
pub(crate) struct FaultPlan {
    pub delay: Duration,
    pub error: Option<ApiError>,
}

/// Consults and consumes the rules for one call. Rules are checked in the
/// order they were added: every matching delay is applied (summed), and the
/// first matching error wins; only applied rules use up their count.
pub(crate) fn plan(rules: &mut Vec<FaultRule>, method: &str, chat: Option<i64>) -> FaultPlan {
    let mut plan = FaultPlan::default();
    for rule in rules.iter_mut() {
        if !rule.scope.matches(method, chat) || rule.remaining == Some(0) {
            continue;
        }
        let applied = match rule.fault {
            Fault::Delay(d) => {
                plan.delay += d;
                true
            }
            _ if plan.error.is_some() => false,
            Fault::TooManyRequests { retry_after_secs } => {
                plan.error = Some(ApiError::too_many_requests(retry_after_secs));
                true
            }
            Fault::Status502 => {
                plan.error = Some(ApiError::new(502, "Bad Gateway"));
                true
            }
        };
        if applied && let Some(n) = rule.remaining.as_mut() {
            *n -= 1;
        }
    }
    rules.retain(|r| r.remaining != Some(0));
    plan
}

/// Handle for injecting faults; get it with [`FakeTelegram::faults`](super::FakeTelegram::faults).
#[derive(Clone)]
pub struct Faults {
    pub(crate) shared: Arc<Shared>,
}

impl Faults {
    /// Applies `fault` to every matching call until cleared.
    pub fn set(&self, scope: FaultScope, fault: Fault) {
        self.push(scope, fault, None);
    }

    /// Applies `fault` to the next `n` matching calls only.
    pub fn next_n(&self, scope: FaultScope, fault: Fault, n: u32) {
        self.push(scope, fault, Some(n));
    }

    /// Removes all rules with exactly this scope.
    pub fn clear(&self, scope: &FaultScope) {
        self.shared
            .update(|s| s.faults.retain(|r| &r.scope != scope));
    }

    /// Removes all rules.
    pub fn clear_all(&self) {
        self.shared.update(|s| s.faults.clear());
    }

    fn push(&self, scope: FaultScope, fault: Fault, remaining: Option<u32>) {
        if remaining == Some(0) {
            return;
        }
        self.shared.update(|s| {
            s.faults.push(FaultRule {
                scope,
                fault,
                remaining,
            })
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_rules_expire_and_delays_combine() {
        let mut rules = vec![
            FaultRule {
                scope: FaultScope::Chat(7),
                fault: Fault::TooManyRequests {
                    retry_after_secs: 3,
                },
                remaining: Some(1),
            },
            FaultRule {
                scope: FaultScope::All,
                fault: Fault::Status502,
                remaining: None,
            },
            FaultRule {
                scope: FaultScope::method("SENDMESSAGE"),
                fault: Fault::Delay(Duration::from_millis(5)),
                remaining: None,
            },
        ];
        let p = plan(&mut rules, "sendMessage", Some(7));
        assert_eq!(p.error.unwrap().code, 429);
        assert_eq!(p.delay, Duration::from_millis(5));
        assert_eq!(rules.len(), 2);
        let p = plan(&mut rules, "sendMessage", Some(7));
        assert_eq!(p.error.unwrap().code, 502);
        let p = plan(&mut rules, "getUpdates", None);
        assert!(p.error.is_none());
        assert_eq!(p.delay, Duration::ZERO);
    }
}
