//! SQLite serves one running instance. A second `wegweiser run` on the same file would poll
//! Telegram beside the first (each taking the other's updates) and race it for the outbox,
//! so it is refused at start. The lock is an advisory OS lock on `<file>-instance.lock`,
//! released by the kernel when the process ends, however it ends: a killed instance never
//! leaves a stale lock behind. Commands (`backup`, `admin`, `migrate` …) do not take it.
//! PostgreSQL serves several instances and takes no lock here.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::PathBuf;
use std::str::FromStr;

use sqlx::sqlite::SqliteConnectOptions;

use super::StoreError;

/// Held for as long as the service runs.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
}

/// Takes the instance lock of a `sqlite:` URL; `None` for PostgreSQL and in-memory SQLite.
pub fn take(url: &str) -> Result<Option<InstanceLock>, StoreError> {
    let Some(path) = sqlite_file(url) else {
        return Ok(None);
    };
    let mut name = path.clone().into_os_string();
    name.push("-instance.lock");
    let lock_path = PathBuf::from(name);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| StoreError::Lock {
            path: lock_path.clone(),
            reason: e.to_string(),
        })?;
    match file.try_lock() {
        Ok(()) => Ok(Some(InstanceLock { _file: file })),
        Err(TryLockError::WouldBlock) => Err(StoreError::InUse(path)),
        Err(TryLockError::Error(e)) => Err(StoreError::Lock {
            path: lock_path,
            reason: e.to_string(),
        }),
    }
}

fn sqlite_file(url: &str) -> Option<PathBuf> {
    if !url.starts_with("sqlite:") || url.contains(":memory:") || url.contains("mode=memory") {
        return None;
    }
    let options = SqliteConnectOptions::from_str(url).ok()?;
    let path = options.get_filename().to_owned();
    let memory = path.as_os_str().is_empty() || path.to_string_lossy().contains(":memory:");
    (!memory).then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_instance_on_the_same_file_is_refused_until_the_first_ends() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("w.db").display());
        let first = take(&url).unwrap().expect("a file database is locked");
        let second = take(&url).unwrap_err();
        assert!(second.to_string().contains("another Wegweiser"), "{second}");
        drop(first);
        assert!(
            take(&url).unwrap().is_some(),
            "free again once the first ended"
        );
    }

    #[test]
    fn postgres_and_memory_take_no_lock() {
        assert!(take("postgres://x@localhost/db").unwrap().is_none());
        assert!(take("sqlite::memory:").unwrap().is_none());
    }
}
