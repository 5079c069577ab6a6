//! Administrators' pages benchmark (not a test): `cargo bench --bench admin`.
//!
//! A global administrator over 1,100 Gemeinden (`BENCH_GEMEINDEN`, in 11 Landkreise),
//! 5,000 offers (`BENCH_OFFERS`: German and Arabic texts, most for one Gemeinde, every
//! twentieth for a whole Landkreis), 200 managers (`BENCH_MANAGERS`) of four
//! organisations serving six Gemeinden each, ten clients per manager with appointments,
//! interests and one announcement delivered to all, and 5,000 audit entries, in SQLite.
//! Each page in [`PAGES`] is requested through the workplace's router (session check,
//! store, rendering; no network) `BENCH_RUNS` times; p50 and p99 server time printed.
//! Target: ≤ 50 ms. A page is one line of [`PAGES`]; `BENCH_ONLY=Audit` measures only the
//! pages whose name starts so.

mod common;

use std::time::Instant;

use chrono::Utc;
use common::{context, env_or, insert, measure, quantile, report, session_of};
use wegweiser::store;

/// The pages measured: a name and an address (`{o}` is an offer's id, `{m}` a manager's,
/// `{g}` a Gemeinde's).
const PAGES: &[(&str, &str)] = &[
    ("Offers, unfiltered", "/admin/offers"),
    ("Offers of a Gemeinde", "/admin/offers?gemeinde={g}"),
    (
        "Offers lacking Arabic",
        "/admin/offers?gemeinde={g}&lacks=ar",
    ),
    ("Offer editor", "/admin/offers/{o}"),
    ("Upload page", "/admin/offers/upload"),
    ("Export CSV (all offers)", "/admin/offers/export.csv"),
    ("Managers", "/admin/managers"),
    ("A manager", "/admin/managers/{m}"),
    (
        "Deactivation confirm",
        "/admin/managers/{m}/deactivate?successor=11",
    ),
    ("Audit log", "/admin/audit"),
    ("Figures", "/admin/figures"),
    ("Figures of a Gemeinde", "/admin/figures?of=g:{g}"),
    ("Figures CSV", "/admin/figures.csv"),
    ("Announcements compose", "/announcements"),
    ("Organisations", "/admin/organisations"),
    ("Gemeinden", "/admin/gemeinden"),
    ("Scoped administrators", "/admin/administrators"),
    ("New offer", "/admin/offers/new"),
    (
        "Offer editor, Arabic preview",
        "/admin/offers/{o}?preview=ar",
    ),
];

const ADMIN: i64 = 424_242;

struct Sizes {
    gemeinden: usize,
    offers: usize,
    managers: usize,
    clients: usize,
}

async fn seed(pool: &sqlx::SqlitePool, n: &Sizes, ms: i64) {
    let mut tx = pool.begin().await.unwrap();
    let kinds = ["landkreis", "gemeinde", "traeger", "verbund"];
    let orgs = (0..4)
        .map(|i| format!("('Organisation {i}', '{}', 0)", kinds[i]))
        .collect();
    insert(&mut tx, "organisations (name, kind, created_at)", orgs).await;
    let gemeinden = (0..n.gemeinden)
        .map(|i| {
            format!(
                "('08{:06}', 'Gemeinde {i:04}', 'Landkreis {}', 0)",
                i,
                i % 11
            )
        })
        .collect();
    insert(
        &mut tx,
        "gemeinden (ags, name, landkreis, created_at)",
        gemeinden,
    )
    .await;
    let managers = (0..n.managers)
        .map(|i| format!("({}, {}, 'Manager {i}', 'active', 0)", 1 + i % 4, 1_000 + i))
        .collect();
    let columns = "organisation_id, telegram_id, display_name, status, created_at";
    insert(&mut tx, &format!("managers ({columns})"), managers).await;
    let served = (0..n.managers)
        .flat_map(|m| {
            (0..6).map(move |k| format!("({}, {})", m + 1, 1 + (m * 6 + k) % n.gemeinden))
        })
        .collect();
    insert(
        &mut tx,
        "manager_gemeinden (manager_id, gemeinde_id)",
        served,
    )
    .await;
    let categories = ["sprache", "arbeit", "beratung", "familie", "gesundheit"];
    let offers = (0..n.offers)
        .map(|i| {
            let landkreis = if i % 20 == 0 {
                format!("'Landkreis {}'", i % 11)
            } else {
                "NULL".to_owned()
            };
            format!(
                "('offer-{i}', '{}', {landkreis}, 'Rathausplatz {i}', 'https://example.org/{i}', 'de,ar', 1, 0, 0)",
                categories[i % categories.len()]
            )
        })
        .collect();
    let columns =
        "external_id, category, landkreis, address, web, languages, active, created_at, updated_at";
    insert(&mut tx, &format!("offers ({columns})"), offers).await;
    let texts = (0..n.offers)
        .flat_map(|i| {
            let de = format!(
                "({}, 'de', 'Angebot {i}', 'Beschreibung {i}', 'Mo 10-12')",
                i + 1
            );
            let ar = format!("({}, 'ar', 'عرض {i}', 'وصف {i}', '')", i + 1);
            if i % 3 == 0 { vec![de] } else { vec![de, ar] }
        })
        .collect();
    let columns = "offer_id, language, title, description, times";
    insert(&mut tx, &format!("offer_texts ({columns})"), texts).await;
    let named = (0..n.offers)
        .filter(|i| i % 20 != 0)
        .map(|i| format!("({}, {})", i + 1, 1 + i % n.gemeinden))
        .collect();
    insert(&mut tx, "offer_gemeinden (offer_id, gemeinde_id)", named).await;
    let langs = ["de", "ar", "fa", "ti", "uk", "en"];
    let clients = (0..n.clients)
        .map(|i| {
            let m = i % n.managers;
            format!(
                "({}, {}, 'C-{i}', '{}', 'active', {}, {ms}, {ms}, 0)",
                m + 1,
                1 + (m * 6 + i % 6) % n.gemeinden,
                langs[i % langs.len()],
                1_000_000 + i
            )
        })
        .collect();
    let columns = "manager_id, gemeinde_id, label, language, status, telegram_id, linked_at, last_contact_at, created_at";
    insert(&mut tx, &format!("clients ({columns})"), clients).await;
    let consents = (0..n.clients)
        .map(|i| format!("({}, 'announcements', 0)", i + 1))
        .collect();
    insert(
        &mut tx,
        "consents (client_id, purpose, granted_at)",
        consents,
    )
    .await;
    let statuses = ["planned", "attended", "missed", "cancelled"];
    let appointments = (0..n.clients * 2)
        .map(|i| {
            format!(
                "({}, {}, 'Europe/Berlin', 'Rathaus', 'jobcenter', '1d', '{}', 0)",
                1 + i % n.clients,
                ms - (i as i64 % 300) * 86_400_000,
                statuses[i % statuses.len()]
            )
        })
        .collect();
    let columns = "client_id, starts_at, time_zone, place, topic, leads, status, created_at";
    insert(&mut tx, &format!("appointments ({columns})"), appointments).await;
    let interests = (0..n.clients / 2)
        .map(|i| format!("({}, {}, {ms})", 1 + i % n.offers, 1 + i * 2))
        .collect();
    insert(
        &mut tx,
        "offer_interests (offer_id, client_id, created_at)",
        interests,
    )
    .await;
    // One announcement of the administrator's, delivered to every client.
    insert(
        &mut tx,
        "broadcasts (author_id, gemeinde_id, texts, status, send_at, recipients, created_at)",
        vec![format!(
            "({ADMIN}, 1, '{{\"de\":\"Hallo\"}}', 'done', {ms}, {}, {ms})",
            n.clients
        )],
    )
    .await;
    let rows = (0..n.clients)
        .map(|i| {
            format!(
                "('announcement', {}, 'broadcast-message', {ms}, 'broadcast:1:{}', 'sent', {ms}, {}, 'broadcast:1')",
                1_000_000 + i,
                i + 1,
                i + 1
            )
        })
        .collect();
    let columns =
        "kind, recipient_id, template, due_at, dedupe_key, state, created_at, client_id, subject";
    insert(&mut tx, &format!("outbox ({columns})"), rows).await;
    // The audit log: about offers, clients and managers in turn.
    let audit = (0..5_000)
        .map(|i| {
            let (action, subject) = match i % 3 {
                0 => ("offer.update", format!("offer:{}", 1 + i % n.offers)),
                1 => ("client.end", format!("client:{}", 1 + i % n.clients)),
                _ => ("manager.assign", format!("manager:{}", 1 + i % n.managers)),
            };
            format!(
                "({}, 'tg:{ADMIN}', '{action}', '{subject}')",
                ms - i as i64 * 60_000
            )
        })
        .collect();
    insert(&mut tx, "audit_log (at, actor, action, subject)", audit).await;
    tx.commit().await.unwrap();
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let n = Sizes {
        gemeinden: env_or("BENCH_GEMEINDEN", 1_100),
        offers: env_or("BENCH_OFFERS", 5_000),
        managers: env_or("BENCH_MANAGERS", 200),
        clients: env_or("BENCH_MANAGERS", 200) * 10,
    };
    let runs = env_or("BENCH_RUNS", 100);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("admin.db").display());
    let store = store::open(&url, 5).await.unwrap();
    let now = Utc::now();
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    seed(&pool, &n, now.timestamp_millis()).await;

    let ctx = context(
        store.clone(),
        &url,
        &[("WEGWEISER_ADMINS", ADMIN.to_string())],
    );
    // A session of the global administrator, as the sign-in link makes it.
    let session = session_of(&*store, ADMIN, now).await;
    // The bot's announcement picker for the global administrator: every Gemeinde with its
    // recipients (the use case the keyboard and the compose page show).
    let who = wegweiser::bot::roles::Who::of(&ctx, ADMIN).await.unwrap();
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        let choices = wegweiser::usecase::broadcasts::audiences(&ctx, &who)
            .await
            .unwrap();
        times.push(started.elapsed());
        assert_eq!(choices.len(), n.gemeinden);
    }
    times.sort();
    let picker = (quantile(&times, 0.5), quantile(&times, 0.99));
    let router = wegweiser::web::router(ctx);
    println!(
        "admin pages, global administrator, {} Gemeinden, {} offers, {} managers, {} clients, {runs} runs each (SQLite):",
        n.gemeinden, n.offers, n.managers, n.clients
    );
    // `BENCH_ONLY=Figures` measures only the pages whose name starts so (for a profiler).
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    for (name, path) in PAGES.iter().filter(|(name, _)| name.starts_with(&only)) {
        let path = path
            .replace("{o}", "7")
            .replace("{m}", "7")
            .replace("{g}", "8");
        match measure(&router, &session, &path, runs).await {
            Ok((p50, p99, size)) => report(&format!("{name} ({} kB)", size / 1024), p50, p99),
            // Not open to a global administrator who is not a manager (yet).
            Err(status) => println!("  {name:<34} {status}"),
        }
    }
    report("Bot: announcement picker", picker.0, picker.1);
}
