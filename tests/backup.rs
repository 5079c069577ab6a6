//! Backups as an operator makes them: `wegweiser backup FILE` while the bot runs, and
//! `wegweiser restore FILE` into an empty database that a bot then serves.

mod support;

use support::cli::{Run, wegweiser};
use support::people::{link_client, manager_joins, wait_source};
use support::{Db, count, say};
use wegweiser::app;

fn cli(dir: &std::path::Path, db_url: &str, args: &[&str]) -> Run {
    wegweiser(dir, db_url).args(args).output().unwrap().into()
}

story!(
    backup_while_running_and_restore_into_an_empty_database,
    |app| {
        let mut app = app;
        let manager = manager_joins(&app, 501, "Frau Keller").await;
        let client = app.user(601, "Olena", Some("uk"));
        link_client(&app, &manager, &client, "AB-12", "uk", true).await;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("backup.db");
        let file_arg = file.to_str().unwrap();
        let db_url = app.config.database.url.clone();

        if app.db == Db::Postgres {
            // PostgreSQL has its own tools; the command says which and changes nothing.
            let err = cli(dir.path(), &db_url, &["backup", file_arg]).rejected();
            assert!(err.contains("pg_dump"), "{err}");
            let err = cli(dir.path(), &db_url, &["restore", file_arg]).rejected();
            assert!(err.contains("pg_restore"), "{err}");
            assert!(!file.exists());
            app.finish().await;
            return;
        }

        // An online copy while the bot runs and answers.
        let out = cli(dir.path(), &db_url, &["backup", file_arg]).ok();
        assert!(out.contains("integrity ok"), "{out}");
        say(&client, "/menu").await;
        // A backup never overwrites a file.
        let err = cli(dir.path(), &db_url, &["backup", file_arg]).bad_input();
        assert!(err.contains("exists already"), "{err}");

        // Restore into a database that is not empty: refused, nothing changed.
        let err = cli(dir.path(), &db_url, &["restore", file_arg]).bad_input();
        assert!(err.contains("not empty"), "{err}");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM clients").await, 1);

        // The service moves to a new machine: restore into a new file and run the bot on it.
        app.stop().await;
        let restored_url = format!(
            "sqlite://{}",
            dir.path().join("new").join("wegweiser.db").display()
        );
        let out = cli(dir.path(), &restored_url, &["restore", file_arg]).ok();
        assert!(out.contains("up to date"), "{out}");
        let mut config = app.config.clone();
        config.database.url = restored_url.clone();
        let restored = app::start(config, app.clock.clone())
            .await
            .expect("the bot starts on the restored database");
        // The client is known to the restored bot: their menu, in Ukrainian.
        client.send_text("/menu");
        wait_source(&client, &app.t("uk", "client-menu")).await;
        restored.stop().await;
        let pool = sqlx::SqlitePool::connect(&restored_url).await.unwrap();
        let labels: Vec<String> = sqlx::query_scalar("SELECT label FROM clients")
            .fetch_all(&pool)
            .await
            .unwrap();
        pool.close().await;
        assert_eq!(labels, ["AB-12"]);
        // Restoring a second time over it is refused.
        let err = cli(dir.path(), &restored_url, &["restore", file_arg]).bad_input();
        assert!(err.contains("not empty"), "{err}");
        app.finish().await;
    }
);

#[test]
fn a_file_that_is_not_a_backup_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"this is not a database").unwrap();
    let url = format!("sqlite://{}", dir.path().join("w.db").display());
    let err = cli(dir.path(), &url, &["restore", junk.to_str().unwrap()]).bad_input();
    assert!(err.contains("not a SQLite database"), "{err}");
    assert!(!dir.path().join("w.db").exists(), "nothing was created");
    let err = cli(dir.path(), &url, &["restore", "missing.db"]).bad_input();
    assert!(err.contains("no backup"), "{err}");
    let err = cli(dir.path(), &url, &["backup", "copy.db"]).bad_input();
    assert!(err.contains("no database"), "{err}");
}
