//! Web workplace benchmark (not a test): `cargo bench --bench web`.
//!
//! A manager with 200 clients (`BENCH_CLIENTS`) and 2,000 appointments
//! (`BENCH_APPOINTMENTS`) spread over the coming weeks, a few deadlines and a join
//! request, in SQLite: each main page is requested through the workplace's router (the
//! session check, the store, the rendering — everything but the network) `BENCH_RUNS`
//! times; the p50 and p99 server time per page are printed. The target is ≤ 50 ms.

mod common;

use chrono::Utc;
use common::{context, env_or, insert, measure, report, session_of};
use wegweiser::store;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let clients = env_or("BENCH_CLIENTS", 200);
    let appointments = env_or("BENCH_APPOINTMENTS", 2_000);
    let runs = env_or("BENCH_RUNS", 200);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("web.db").display());
    let store = store::open(&url, 5).await.unwrap();
    let now = Utc::now();
    let ms = now.timestamp_millis();

    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    let mut tx = pool.begin().await.unwrap();
    // The organisation, its Gemeinde, the manager serving it, a request to be taken on.
    for (table, row) in [
        (
            "organisations (name, kind, created_at)",
            "('Bench', 'landkreis', 0)",
        ),
        (
            "gemeinden (ags, name, landkreis, created_at)",
            "('08118011', 'Hemmingen', 'Ludwigsburg', 0)",
        ),
        (
            "managers (organisation_id, telegram_id, display_name, status, created_at)",
            "(1, 1, 'Bench', 'active', 0)",
        ),
        ("manager_gemeinden (manager_id, gemeinde_id)", "(1, 1)"),
        (
            "join_requests (telegram_id, gemeinde_id, language, created_at)",
            "(99, 1, 'ar', 0)",
        ),
    ] {
        insert(&mut tx, table, vec![row.to_owned()]).await;
    }
    let langs = ["de", "ar", "fa", "ti", "uk", "en"];
    let values: Vec<String> = (0..clients)
        .map(|i| {
            format!(
                "(1, 1, 'C-{i}', '{}', 'active', {}, {ms}, {ms}, 0)",
                langs[i % langs.len()],
                1_000_000 + i
            )
        })
        .collect();
    let columns = "manager_id, gemeinde_id, label, language, status, telegram_id, linked_at, last_contact_at, created_at";
    insert(&mut tx, &format!("clients ({columns})"), values).await;
    // Appointments every 45 minutes from an hour ago on: a few today, most later.
    let values: Vec<String> = (0..appointments)
        .map(|i| {
            let at = ms - 3_600_000 + i as i64 * 45 * 60_000;
            let answer = ["NULL", "'yes'", "'no'"][i % 3];
            format!(
                "({}, {at}, 'Europe/Berlin', 'Rathaus, Zimmer {}', 'jobcenter', '1d,2h', {answer}, 0)",
                1 + i % clients,
                i % 20
            )
        })
        .collect();
    let columns = "client_id, starts_at, time_zone, place, topic, leads, answer, created_at";
    insert(&mut tx, &format!("appointments ({columns})"), values).await;
    let values: Vec<String> = (0..clients / 4)
        .map(|i| {
            format!(
                "({}, '{}', 'Europe/Berlin', 'Antrag {i}', 'jobcenter', 0)",
                1 + i,
                (now + chrono::Duration::days(i as i64 % 60 - 5)).format("%Y-%m-%d")
            )
        })
        .collect();
    let columns = "client_id, due_on, time_zone, title, kind, created_at";
    insert(&mut tx, &format!("deadlines ({columns})"), values).await;
    tx.commit().await.unwrap();

    let ctx = context(store.clone(), &url, &[]);
    // A session as the sign-in link makes it.
    let id = session_of(&*store, 1, now).await;
    let router = wegweiser::web::router(ctx);
    let pages = [
        ("Today", "/".to_owned()),
        ("Week", "/week".to_owned()),
        ("Caseload", "/clients".to_owned()),
        (
            "Caseload, search + sort",
            "/clients?q=C-1&sort=last_contact".to_owned(),
        ),
        ("Client", "/clients/7".to_owned()),
        ("Appointment", "/appointments/7".to_owned()),
        ("Plan form", "/appointments/new".to_owned()),
        ("Requests", "/joins".to_owned()),
    ];
    println!(
        "web pages, {clients} clients, {appointments} appointments, {runs} runs each (SQLite):"
    );
    for (name, path) in pages {
        let (p50, p99, _) = measure(&router, &id, &path, runs)
            .await
            .unwrap_or_else(|status| panic!("{path}: {status}"));
        report(name, p50, p99);
    }
}
