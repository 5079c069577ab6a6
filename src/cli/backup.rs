//! `wegweiser backup FILE` and `wegweiser restore FILE`.
//!
//! SQLite: an online copy with `VACUUM INTO` (a consistent snapshot taken while the bot
//! runs: readers never wait in WAL mode, and the copy holds no WAL), checked with
//! `PRAGMA integrity_check`; a restore copies such a file into an empty database the same
//! way and then applies the migrations the backup is older than. PostgreSQL has its own
//! tools for this (`pg_dump`, `pg_restore`); the commands say how to use them.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, SqliteConnection};

/// Why a backup or restore was not made. Every message is one line without secrets.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// PostgreSQL: use its own tools (the text says how). Exit code 2.
    #[error("{0}")]
    UsePgTools(String),
    /// Something the operator must change (a file that exists, a database not empty).
    /// Exit code 2.
    #[error("{0}")]
    Refused(String),
    /// The database or the file failed. Exit code 1.
    #[error("{0}")]
    Failed(String),
}

impl BackupError {
    pub fn exit_code(&self) -> u8 {
        match self {
            BackupError::UsePgTools(_) | BackupError::Refused(_) => 2,
            BackupError::Failed(_) => 1,
        }
    }
}

fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// The file of a `sqlite://` URL.
fn sqlite_path(url: &str) -> Result<PathBuf, BackupError> {
    let options = SqliteConnectOptions::from_str(url)
        .map_err(|e| BackupError::Refused(format!("database.url is not usable: {e}")))?;
    let path = options.get_filename().to_owned();
    if path.as_os_str().is_empty() || path.to_string_lossy().contains(":memory:") {
        return Err(BackupError::Refused(
            "an in-memory database cannot be backed up or restored".to_owned(),
        ));
    }
    Ok(path)
}

async fn open_existing(path: &Path, read_only: bool) -> Result<SqliteConnection, BackupError> {
    // No journal mode is set: the file keeps its own (WAL for a Wegweiser database).
    SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false)
        .read_only(read_only)
        .connect()
        .await
        .map_err(|e| BackupError::Failed(format!("cannot open {}: {e}", path.display())))
}

/// Checks that `path` is an intact Wegweiser database; returns its newest migration.
async fn check_copy(path: &Path) -> Result<i64, BackupError> {
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await
        .map_err(|e| {
            BackupError::Refused(format!("{} is not a SQLite database: {e}", path.display()))
        })?;
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut conn)
        .await
        .map_err(|e| {
            BackupError::Refused(format!("{} is not a SQLite database: {e}", path.display()))
        })?;
    if integrity != "ok" {
        return Err(BackupError::Refused(format!(
            "{} is damaged (integrity check: {integrity})",
            path.display()
        )));
    }
    let version: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut conn)
            .await
            .map_err(|_| {
                BackupError::Refused(format!(
                    "{} is not a Wegweiser database (it has no migrations table)",
                    path.display()
                ))
            })?;
    let _ = conn.close().await;
    version.ok_or_else(|| {
        BackupError::Refused(format!(
            "{} is not a Wegweiser database (no migration was applied)",
            path.display()
        ))
    })
}

fn sqlite_string(path: &Path) -> Result<String, BackupError> {
    path.to_str()
        .map(str::to_owned)
        .ok_or_else(|| BackupError::Refused(format!("{} is not valid UTF-8", path.display())))
}

/// `wegweiser backup FILE`: an online copy of the database in `FILE` (which must not
/// exist yet). Returns what to tell the operator.
pub async fn backup(db_url: &str, file: &Path) -> Result<String, BackupError> {
    if is_postgres(db_url) {
        return Err(BackupError::UsePgTools(
            "the database is PostgreSQL: back it up with its own tool while Wegweiser runs, e.g. `pg_dump --format=custom --file=wegweiser.dump \"$WEGWEISER_DATABASE_URL\"` (see the README's operations section)".to_owned(),
        ));
    }
    let db = sqlite_path(db_url)?;
    if !db.exists() {
        return Err(BackupError::Refused(format!(
            "there is no database at {} to back up",
            db.display()
        )));
    }
    if file.exists() {
        return Err(BackupError::Refused(format!(
            "{} exists already; a backup never overwrites a file",
            file.display()
        )));
    }
    let mut conn = open_existing(&db, false).await?;
    sqlx::query("VACUUM INTO $1")
        .bind(sqlite_string(file)?)
        .execute(&mut conn)
        .await
        .map_err(|e| BackupError::Failed(format!("the backup failed: {e}")))?;
    let _ = conn.close().await;
    let version = check_copy(file).await?;
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    Ok(format!(
        "backup written to {} ({size} bytes, schema version {version}, integrity ok)\n",
        file.display()
    ))
}

/// Whether the SQLite file at `path` is absent or holds no table at all.
async fn is_empty_database(path: &Path) -> Result<bool, BackupError> {
    if !path.exists() {
        return Ok(true);
    }
    if std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) == 0 {
        return Ok(true);
    }
    let mut conn = open_existing(path, true).await?;
    let tables: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")
        .fetch_one(&mut conn)
        .await
        .map_err(|e| BackupError::Failed(format!("cannot read {}: {e}", path.display())))?;
    let _ = conn.close().await;
    Ok(tables == 0)
}

/// `wegweiser restore FILE`: the backup `FILE` becomes the database of `database.url`,
/// which must be empty (or not exist). The migrations newer than the backup are applied.
/// Wegweiser must not be running on that database meanwhile.
pub async fn restore(db_url: &str, file: &Path) -> Result<String, BackupError> {
    if is_postgres(db_url) {
        return Err(BackupError::UsePgTools(
            "the database is PostgreSQL: restore a pg_dump file into an empty database with its own tool, e.g. `pg_restore --no-owner --dbname=\"$WEGWEISER_DATABASE_URL\" wegweiser.dump`, then run `wegweiser migrate`".to_owned(),
        ));
    }
    if !file.exists() {
        return Err(BackupError::Refused(format!(
            "there is no backup at {}",
            file.display()
        )));
    }
    let version = check_copy(file).await?;
    let db = sqlite_path(db_url)?;
    if !is_empty_database(&db).await? {
        return Err(BackupError::Refused(format!(
            "the database {} is not empty; restore only into a new or empty database (move the old file away first)",
            db.display()
        )));
    }
    // An empty file (or its WAL leftovers) is replaced by the copy.
    for leftover in [db.clone(), wal_file(&db, "-wal"), wal_file(&db, "-shm")] {
        if leftover.exists() {
            std::fs::remove_file(&leftover).map_err(|e| {
                BackupError::Failed(format!("cannot remove {}: {e}", leftover.display()))
            })?;
        }
    }
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| BackupError::Failed(format!("cannot create {}: {e}", dir.display())))?;
    }
    let mut conn = open_existing(file, true).await?;
    sqlx::query("VACUUM INTO $1")
        .bind(sqlite_string(&db)?)
        .execute(&mut conn)
        .await
        .map_err(|e| BackupError::Failed(format!("the restore failed: {e}")))?;
    let _ = conn.close().await;
    // Bring the schema up to date, as `run` would.
    let store = crate::store::open(db_url, 1)
        .await
        .map_err(|e| BackupError::Failed(format!("the restored database does not open: {e}")))?;
    store.close().await;
    Ok(format!(
        "restored {} (schema version {version}) into {}; the database is up to date\n",
        file.display(),
        db.display()
    ))
}

fn wal_file(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
