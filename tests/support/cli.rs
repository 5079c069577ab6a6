//! The real `wegweiser` binary, as a script or an administrator at a terminal runs it:
//! a clean environment (nothing `WEGWEISER_*` from the caller) on a given database.

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The binary in `dir`, on `db_url`.
pub fn wegweiser(dir: &Path, db_url: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wegweiser"));
    for (k, _) in std::env::vars() {
        if k.starts_with("WEGWEISER_") || k == "RUST_LOG" {
            cmd.env_remove(k);
        }
    }
    cmd.current_dir(dir)
        .stdin(Stdio::null())
        .env("WEGWEISER_DATABASE_URL", db_url);
    cmd
}

/// How a run ended.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Exit code 0; stdout returned.
    pub fn ok(self) -> String {
        assert_eq!(self.code, Some(0), "{}{}", self.stdout, self.stderr);
        self.stdout
    }

    /// Exit code 2 (bad input), nothing on stdout; stderr returned.
    pub fn rejected(self) -> String {
        assert_eq!(self.code, Some(2), "{}{}", self.stdout, self.stderr);
        assert_eq!(self.stdout, "");
        self.stderr
    }

    /// Like [`Run::rejected`], with exactly one line on stderr.
    pub fn bad_input(self) -> String {
        let err = self.rejected();
        assert_eq!(err.lines().count(), 1, "{err}");
        err
    }
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code(),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}
