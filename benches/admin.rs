//! Administrators' pages benchmark (not a test): `cargo bench --bench admin`.
//!
//! A global administrator over 1,100 Gemeinden (`BENCH_GEMEINDEN`, in 11 Landkreise),
//! 5,000 offers (`BENCH_OFFERS`: German and Arabic texts, most for one Gemeinde, every
//! twentieth for a whole Landkreis), 200 managers (`BENCH_MANAGERS`) of four
//! organisations serving six Gemeinden each, ten clients per manager with appointments,
//! interests and one announcement delivered to all, and 5,000 audit entries, in SQLite.
//! Each page in [`PAGES`] is requested through the workplace's router (session check,
//! store, rendering; no network) `BENCH_RUNS` times; p50 and p99 server time printed.
//! Target: ≤ 50 ms. A page is one line of [`PAGES`].

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, header};
use chrono::Utc;
use tower::ServiceExt;
use wegweiser::clock::{Clock, SystemClock};
use wegweiser::config::Config;
use wegweiser::i18n::Texts;
use wegweiser::store;
use wegweiser::usecase::Ctx;
use wegweiser::web::session;

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
    ("Deactivation confirm", "/admin/managers/{m}/deactivate"),
    ("Audit log", "/admin/audit"),
    ("Figures", "/admin/figures"),
    ("Figures of a Gemeinde", "/admin/figures?of=g:{g}"),
    ("Figures CSV", "/admin/figures.csv"),
    ("Announcements compose", "/announcements"),
];

const ADMIN: i64 = 424_242;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Inserts `rows` (SQL value tuples) into `table (columns)`, 500 at a time.
async fn insert(tx: &mut sqlx::SqliteConnection, table: &str, rows: Vec<String>) {
    for chunk in rows.chunks(500) {
        let sql = format!("INSERT INTO {table} VALUES {}", chunk.join(","));
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&mut *tx)
            .await
            .unwrap();
    }
}

fn quantile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

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
    let audit = (0..5_000)
        .map(|i| {
            format!(
                "({}, 'tg:{ADMIN}', 'offer.update', 'offer:{}')",
                ms - i * 60_000,
                1 + i % 5_000
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

    let env: Vec<(String, String)> = vec![
        ("WEGWEISER_TELEGRAM_TOKEN".into(), "424242:bench".into()),
        ("WEGWEISER_DATABASE_URL".into(), url.clone()),
        ("WEGWEISER_WEB_LISTEN".into(), "127.0.0.1:0".into()),
        ("WEGWEISER_ADMINS".into(), ADMIN.to_string()),
    ];
    let config = Arc::new(Config::from_toml("", &env, Path::new(".")).unwrap());
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let ctx = Arc::new(Ctx {
        store: store.clone(),
        texts: Arc::new(Texts::load().unwrap()),
        clock: clock.clone(),
        config,
        wake: Arc::new(tokio::sync::Notify::new()),
        bot_username: Arc::default(),
    });
    // A session of the global administrator, as the sign-in link makes it.
    let (token, id) = (session::new_secret(), session::new_secret());
    store
        .create_sign_in(
            &session::hash(&token),
            ADMIN,
            now + session::LINK_VALID,
            now,
        )
        .await
        .unwrap();
    store
        .redeem_sign_in(
            &session::hash(&token),
            &session::hash(&id),
            &session::new_secret(),
            now + session::MAX_AGE,
            now,
        )
        .await
        .unwrap()
        .expect("the link works");
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
    for (name, path) in PAGES {
        let path = path
            .replace("{o}", "7")
            .replace("{m}", "7")
            .replace("{g}", "8");
        let mut times = Vec::with_capacity(runs);
        let mut size = 0;
        for _ in 0..runs {
            let req = Request::get(path.as_str())
                .header(header::COOKIE, format!("wg_session={id}"))
                .body(Body::empty())
                .unwrap();
            let started = Instant::now();
            let resp = router.clone().oneshot(req).await.unwrap();
            let status = resp.status();
            let body = axum::body::to_bytes(resp.into_body(), usize::MAX)
                .await
                .unwrap();
            times.push(started.elapsed());
            assert!(status.is_success(), "{path}: {status}");
            size = body.len();
        }
        times.sort();
        println!(
            "  {name:<26} p50 {:>7.2} ms   p99 {:>7.2} ms   {:>6} kB",
            quantile(&times, 0.5).as_secs_f64() * 1e3,
            quantile(&times, 0.99).as_secs_f64() * 1e3,
            size / 1024
        );
    }
    println!(
        "  {:<26} p50 {:>7.2} ms   p99 {:>7.2} ms",
        "Bot: announcement picker",
        picker.0.as_secs_f64() * 1e3,
        picker.1.as_secs_f64() * 1e3
    );
}
