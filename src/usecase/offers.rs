//! Local offers for administrators, once for the bot, the web workplace and the file
//! import: which offers a person may change ([`Scope`]), (de)activating one, saving an
//! edited one with the import's rules, and which offers a Gemeinde's list shows.

use std::collections::BTreeSet;

use super::Ctx;
use crate::bot::roles::Who;
use crate::domain::offer::{Category, FieldProblem, Offer, Problem, REFERENCE};
use crate::store::StoreError;
use crate::store::offers::StoredOffer;
use crate::store::orgs::Gemeinde;
use crate::store::people::Actor;

/// What a person may change: every offer (a global administrator, the command line), or
/// the offers whose Gemeinden they all administer; an offer for a whole Landkreis only a
/// global administrator may change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    Gemeinden {
        ids: BTreeSet<i64>,
        ags: BTreeSet<String>,
    },
}

impl Scope {
    /// The scope of `who` (nothing, for someone who administers nothing).
    pub async fn of(ctx: &Ctx, who: &Who) -> Result<Scope, StoreError> {
        let Some(ids) = who.administered(ctx).await? else {
            return Ok(Scope::All);
        };
        let ags = ctx
            .store
            .gemeinden()
            .await?
            .into_iter()
            .filter(|g| ids.contains(&g.id))
            .map(|g| g.ags)
            .collect();
        Ok(Scope::Gemeinden { ids, ags })
    }

    /// Whether this scope may change `offer`.
    pub fn permits(&self, offer: &Offer) -> bool {
        match self {
            Scope::All => true,
            Scope::Gemeinden { ags, .. } => {
                offer.landkreis.is_none()
                    && !offer.gemeinden.is_empty()
                    && offer.gemeinden.iter().all(|g| ags.contains(g))
            }
        }
    }

    pub fn has_gemeinde(&self, id: i64) -> bool {
        match self {
            Scope::All => true,
            Scope::Gemeinden { ids, .. } => ids.contains(&id),
        }
    }
}

/// Whether an offer is one of Gemeinde `g`'s (named, or for its Landkreis).
pub fn belongs_to(o: &Offer, g: &Gemeinde) -> bool {
    o.gemeinden.contains(&g.ags) || o.landkreis.as_deref() == Some(g.landkreis.as_str())
}

/// The Gemeinden `who` administers, by name.
pub async fn gemeinden(ctx: &Ctx, who: &Who) -> Result<Vec<Gemeinde>, StoreError> {
    let scope = Scope::of(ctx, who).await?;
    let mut out: Vec<Gemeinde> = ctx
        .store
        .gemeinden()
        .await?
        .into_iter()
        .filter(|g| scope.has_gemeinde(g.id))
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    Ok(out)
}

/// A person tried to open or change something outside their scope: audited (who, what,
/// which subject), never with content.
pub async fn refused(ctx: &Ctx, who: &Who, subject: &str) -> Result<(), StoreError> {
    refused_in(&*ctx.store, who, subject, ctx.clock.now()).await
}

/// [`refused`], written to a store at `now`.
pub async fn refused_in(
    store: &dyn crate::store::Store,
    who: &Who,
    subject: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StoreError> {
    tracing::warn!(user = %crate::logid::of(who.telegram_id), "outside the administrator's scope");
    store
        .audit(
            Actor::Telegram(who.telegram_id),
            "scope.refused",
            subject,
            now,
        )
        .await
}

/// Which of a Gemeinde's offers a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub category: Option<Category>,
    /// `Some(true)`: only active ones; `Some(false)`: only inactive ones.
    pub active: Option<bool>,
    /// Only offers whose title or description is missing in this language (where the
    /// German one has it).
    pub lacks: Option<String>,
}

impl Filter {
    pub fn keeps(&self, o: &Offer) -> bool {
        self.category.is_none_or(|c| o.category == c)
            && self.active.is_none_or(|a| o.active == a)
            && self.lacks.as_deref().is_none_or(|l| lacks(o, l))
    }
}

/// Whether `o` lacks its title or description in `lang`.
pub fn lacks(o: &Offer, lang: &str) -> bool {
    if lang == REFERENCE {
        return false;
    }
    let de = o.texts.get(REFERENCE).cloned().unwrap_or_default();
    match o.texts.get(lang) {
        None => true,
        Some(t) => {
            t.title.trim().is_empty()
                || (t.description.trim().is_empty() && !de.description.trim().is_empty())
        }
    }
}

/// The offers of Gemeinde `g` an administrator sees (inactive ones too), by German title.
pub async fn list(
    ctx: &Ctx,
    g: &Gemeinde,
    filter: &Filter,
) -> Result<Vec<StoredOffer>, StoreError> {
    let mut out: Vec<StoredOffer> = ctx
        .store
        .offers_of(g.id)
        .await?
        .into_iter()
        .filter(|s| belongs_to(&s.offer, g) && filter.keeps(&s.offer))
        .collect();
    let title = |s: &StoredOffer| s.offer.text_in(REFERENCE).0.title.to_lowercase();
    out.sort_by_key(|s| (title(s), s.id));
    Ok(out)
}

/// An offer someone asked to change, if it exists and they may.
pub enum Editable {
    Yes(Box<StoredOffer>),
    NotYours,
    Missing,
}

pub async fn editable(ctx: &Ctx, who: &Who, id: i64) -> Result<Editable, StoreError> {
    let Some(o) = ctx.store.offer(id).await? else {
        return Ok(Editable::Missing);
    };
    Ok(
        if who.is_admin() && Scope::of(ctx, who).await?.permits(&o.offer) {
            Editable::Yes(Box::new(o))
        } else {
            Editable::NotYours
        },
    )
}

/// Activates or deactivates an offer; `false` if `who` may not.
pub async fn set_active(ctx: &Ctx, who: &Who, id: i64, on: bool) -> Result<bool, StoreError> {
    let Editable::Yes(mut o) = editable(ctx, who, id).await? else {
        return Ok(false);
    };
    o.offer.active = on;
    ctx.store
        .save_offers(
            std::slice::from_ref(&o.offer),
            Actor::Telegram(who.telegram_id),
            ctx.clock.now(),
        )
        .await?;
    tracing::info!(
        user = %crate::logid::of(who.telegram_id),
        offer_id = o.id,
        active = on,
        "offer (de)activated"
    );
    Ok(true)
}

/// What saving an edited offer did.
pub enum Saved {
    Done,
    /// Nothing was saved: every rule it breaks, by field.
    Problems(Vec<FieldProblem>),
    NotYours,
}

/// Saves `changed` in place of offer `id` (its id in files stays), after the rules every
/// offer a person saves meets ([`problems`]).
pub async fn save(ctx: &Ctx, who: &Who, id: i64, changed: Offer) -> Result<Saved, StoreError> {
    let Editable::Yes(stored) = editable(ctx, who, id).await? else {
        return Ok(Saved::NotYours);
    };
    let mut changed = changed;
    changed.external_id = stored.offer.external_id;
    let changed = changed.normalized();
    let problems = problems(ctx, who, &changed).await?;
    if !problems.is_empty() {
        return Ok(Saved::Problems(problems));
    }
    match write(ctx, who, &changed).await? {
        Some(p) => Ok(Saved::Problems(p)),
        None => {
            tracing::info!(user = %crate::logid::of(who.telegram_id), offer_id = id, "offer changed");
            Ok(Saved::Done)
        }
    }
}

/// What adding a new offer did.
pub enum Created {
    /// Saved, with this id.
    Done(i64),
    /// Nothing was saved: every rule it breaks, by field.
    Problems(Vec<FieldProblem>),
    /// `who` is no administrator.
    NotYours,
}

/// Adds a new offer — the bot's "new offer" and the editor's — after the same rules as a
/// change ([`problems`]); its id must not be taken yet.
pub async fn create(ctx: &Ctx, who: &Who, offer: Offer) -> Result<Created, StoreError> {
    if !who.is_admin() {
        return Ok(Created::NotYours);
    }
    let offer = offer.normalized();
    let mut problems = problems(ctx, who, &offer).await?;
    if ctx.store.offer_id(&offer.external_id).await?.is_some() {
        problems.push(FieldProblem {
            field: "id".into(),
            problem: Problem::DuplicateId,
        });
    }
    if !problems.is_empty() {
        return Ok(Created::Problems(problems));
    }
    if let Some(p) = write(ctx, who, &offer).await? {
        return Ok(Created::Problems(p));
    }
    let Some(id) = ctx.store.offer_id(&offer.external_id).await? else {
        return Err(StoreError::MissingReference);
    };
    tracing::info!(user = %crate::logid::of(who.telegram_id), offer_id = id, "offer added");
    Ok(Created::Done(id))
}

/// Every rule an offer a person saves breaks, by field — those of the file import:
/// [`Offer::problems`], Gemeinden and a Landkreis that exist, and `who`'s scope (an offer
/// cannot name a Gemeinde they do not administer). `offer` is normalized.
pub async fn problems(
    ctx: &Ctx,
    who: &Who,
    offer: &Offer,
) -> Result<Vec<FieldProblem>, StoreError> {
    let mut problems = offer.problems();
    let known: BTreeSet<String> = ctx
        .store
        .gemeinden()
        .await?
        .into_iter()
        .flat_map(|g| [g.ags, g.landkreis])
        .collect();
    for ags in &offer.gemeinden {
        if !known.contains(ags) {
            problems.push(FieldProblem {
                field: "gemeinden".into(),
                problem: Problem::UnknownGemeinde(ags.clone()),
            });
        }
    }
    if let Some(l) = &offer.landkreis
        && !known.contains(l)
    {
        problems.push(FieldProblem {
            field: "landkreis".into(),
            problem: Problem::NoPlace,
        });
    }
    if problems.is_empty() && !Scope::of(ctx, who).await?.permits(offer) {
        problems.push(FieldProblem {
            field: "gemeinden".into(),
            problem: Problem::OutsideScope,
        });
    }
    Ok(problems)
}

/// Writes one checked offer as `who`; the problem when a Gemeinde went meanwhile.
async fn write(
    ctx: &Ctx,
    who: &Who,
    offer: &Offer,
) -> Result<Option<Vec<FieldProblem>>, StoreError> {
    match ctx
        .store
        .save_offers(
            std::slice::from_ref(offer),
            Actor::Telegram(who.telegram_id),
            ctx.clock.now(),
        )
        .await
    {
        Err(StoreError::MissingReference) => Ok(Some(vec![FieldProblem {
            field: "gemeinden".into(),
            problem: Problem::NoPlace,
        }])),
        Err(e) => Err(e),
        Ok(_) => Ok(None),
    }
}
