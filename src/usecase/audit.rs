//! The audit log as administrators read it: who did what, when, about which Gemeinde —
//! never what was written. A global administrator sees every entry; a scoped one the
//! entries about their Gemeinden (an offer, a client, a manager, a Gemeinde of theirs)
//! and their own.
//! Telegram ids never show: a person is named as a manager, or by their log id.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate, Utc};

use super::Ctx;
use crate::bot::roles::Who;
use crate::store::StoreError;
use crate::store::orgs::Gemeinde;
use crate::store::privacy::AuditEntry;

/// The most entries read for one page (newest first).
pub const LIMIT: i64 = 5000;

/// Who acted, as the page names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Manager(String),
    /// Someone on Telegram who is not a manager (an administrator, a client): their log id.
    Person(String),
    Cli,
    System,
    Deleted,
}

impl Actor {
    /// As a text to filter and to download.
    pub fn label(&self) -> &str {
        match self {
            Actor::Manager(n) | Actor::Person(n) => n,
            Actor::Cli => "cli",
            Actor::System => "system",
            Actor::Deleted => "deleted",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub at: DateTime<Utc>,
    pub actor: Actor,
    pub action: String,
    /// What it was about (`offer:12`, `client:3`); a person by their log id.
    pub subject: String,
    /// The Gemeinden it concerns, by name.
    pub gemeinden: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Part of the actor's name.
    pub actor: Option<String>,
    /// The start of the action (`offer`, `client.create`).
    pub action: Option<String>,
    pub gemeinde: Option<i64>,
    /// Local days, both included.
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

fn tg(s: &str) -> Option<i64> {
    s.strip_prefix("tg:")?.parse().ok()
}

/// How many entries are read at a time: a page wants the newest few hundred that pass
/// its filters, so reading stops as soon as it has them.
const BATCH: i64 = 600;

/// The entries `who` may read that pass `filter`, newest first: at most `want` of them,
/// among the newest [`LIMIT`] entries. The store is read [`BATCH`] entries at a time, and
/// only until `want` rows passed.
pub async fn entries(
    ctx: &Ctx,
    who: &Who,
    filter: &Filter,
    want: usize,
) -> Result<Vec<Row>, StoreError> {
    let scope = who.administered(ctx).await?;
    let gemeinden: BTreeMap<i64, Gemeinde> = ctx
        .store
        .gemeinden()
        .await?
        .into_iter()
        .map(|g| (g.id, g))
        .collect();
    let by_ags: HashMap<&str, i64> = gemeinden.values().map(|g| (g.ags.as_str(), g.id)).collect();
    let mut by_landkreis: HashMap<&str, Vec<i64>> = HashMap::new();
    for g in gemeinden.values() {
        by_landkreis
            .entry(g.landkreis.as_str())
            .or_default()
            .push(g.id);
    }
    let mut reader = Reader {
        scope: scope.as_ref(),
        gemeinden: &gemeinden,
        managers: None,
        clients: None,
        names: HashMap::new(),
    };
    let mut out = vec![];
    let (mut before, mut read) = (None, 0);
    while out.len() < want && read < LIMIT {
        let batch = ctx
            .store
            .audit_log_before(before, BATCH.min(LIMIT - read))
            .await?;
        let Some((last, _)) = batch.last() else {
            break;
        };
        before = Some(*last);
        read += batch.len() as i64;
        // The Gemeinden of the offers this batch names (only those): two queries.
        let named: Vec<i64> = batch
            .iter()
            .filter_map(|(_, e)| e.subject.strip_prefix("offer:")?.parse().ok())
            .collect::<BTreeSet<i64>>()
            .into_iter()
            .collect();
        let offers: HashMap<i64, BTreeSet<i64>> = ctx
            .store
            .offer_places(&named)
            .await?
            .into_iter()
            .map(|(id, (landkreis, named))| {
                let mut ids: BTreeSet<i64> = named
                    .iter()
                    .filter_map(|a| by_ags.get(a.as_str()).copied())
                    .collect();
                if let Some(all) = landkreis.as_deref().and_then(|l| by_landkreis.get(l)) {
                    ids.extend(all.iter().copied());
                }
                (id, ids)
            })
            .collect();
        for (_, e) in batch {
            if out.len() == want {
                break;
            }
            if let Some(row) = reader.row(ctx, who, filter, &offers, e).await? {
                out.push(row);
            }
        }
    }
    Ok(out)
}

/// What the rows of several batches share: whose Gemeinden an entry concerns, read once
/// for all entries (on the first entry about a client or a manager), not once per client
/// or manager; and the names of the people who acted.
struct Reader<'a> {
    /// The Gemeinden `who` administers (`None`: all).
    scope: Option<&'a BTreeSet<i64>>,
    gemeinden: &'a BTreeMap<i64, Gemeinde>,
    managers: Option<HashMap<i64, BTreeSet<i64>>>,
    clients: Option<HashMap<i64, i64>>,
    names: HashMap<i64, Actor>,
}

impl Reader<'_> {
    /// The row of entry `e`, if `who` may read it and it passes `filter`.
    async fn row(
        &mut self,
        ctx: &Ctx,
        who: &Who,
        filter: &Filter,
        offers: &HashMap<i64, BTreeSet<i64>>,
        e: AuditEntry,
    ) -> Result<Option<Row>, StoreError> {
        let tz = ctx.config.time_zone;
        let day = e.at.with_timezone(&tz).date_naive();
        if filter.from.is_some_and(|d| day < d) || filter.until.is_some_and(|d| day > d) {
            return Ok(None);
        }
        if filter
            .action
            .as_deref()
            .is_some_and(|a| !e.action.starts_with(a))
        {
            return Ok(None);
        }
        let (kind, id) = e
            .subject
            .split_once(':')
            .unwrap_or((e.subject.as_str(), ""));
        let id: Option<i64> = id.parse().ok();
        let concerns: BTreeSet<i64> = match (kind, id) {
            ("gemeinde", Some(g)) => BTreeSet::from([g]),
            ("offer", Some(o)) => offers.get(&o).cloned().unwrap_or_default(),
            ("client", Some(c)) => {
                if self.clients.is_none() {
                    self.clients = Some(ctx.store.client_gemeinden().await?);
                }
                self.clients
                    .as_ref()
                    .and_then(|all| all.get(&c))
                    .map(|g| BTreeSet::from([*g]))
                    .unwrap_or_default()
            }
            ("manager", Some(m)) => {
                if self.managers.is_none() {
                    let all = ctx.store.all_manager_gemeinden().await?;
                    self.managers = Some(
                        all.into_iter()
                            .map(|(m, gs)| (m, gs.iter().map(|g| g.id).collect()))
                            .collect(),
                    );
                }
                self.managers
                    .as_ref()
                    .and_then(|all| all.get(&m).cloned())
                    .unwrap_or_default()
            }
            _ => BTreeSet::new(),
        };
        if let Some(own) = self.scope
            && concerns.is_disjoint(own)
            && tg(&e.actor) != Some(who.telegram_id)
        {
            return Ok(None);
        }
        if filter.gemeinde.is_some_and(|g| !concerns.contains(&g)) {
            return Ok(None);
        }
        let actor = match tg(&e.actor) {
            Some(t) => {
                if let Entry::Vacant(slot) = self.names.entry(t) {
                    slot.insert(match ctx.store.manager_by_telegram(t).await? {
                        Some(m) => Actor::Manager(m.display_name),
                        None => Actor::Person(crate::logid::of(t).to_string()),
                    });
                }
                self.names[&t].clone()
            }
            None => match e.actor.as_str() {
                "cli" => Actor::Cli,
                "system" => Actor::System,
                _ => Actor::Deleted,
            },
        };
        if let Some(part) = &filter.actor
            && !actor.label().to_lowercase().contains(&part.to_lowercase())
        {
            return Ok(None);
        }
        let subject = match tg(&e.subject) {
            Some(t) => format!("person:{}", crate::logid::of(t)),
            None => e.subject,
        };
        Ok(Some(Row {
            at: e.at,
            actor,
            action: e.action,
            subject,
            gemeinden: concerns
                .iter()
                .filter_map(|g| self.gemeinden.get(g).map(|g| g.name.clone()))
                .collect(),
        }))
    }
}
