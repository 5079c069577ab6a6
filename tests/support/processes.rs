//! Instances of the binary in processes of their own (`wegweiser run`), for the stories
//! that kill one with SIGKILL: the configuration comes from the environment only, each
//! process's log goes to a file kept for a failure, and a process still running when its
//! story ends (or fails) is killed.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::http::scrape;

/// The binary under test: `WEGWEISER_TEST_BIN` (CI points it at the release build), else
/// the debug build cargo made for the tests.
pub fn binary() -> PathBuf {
    std::env::var_os("WEGWEISER_TEST_BIN")
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_wegweiser").into())
}

/// One running `wegweiser run`, its HTTP server on `addr`.
pub struct Process {
    pub addr: SocketAddr,
    child: Option<Child>,
    log: PathBuf,
}

impl Process {
    /// Starts the binary in `dir` (no configuration file there: defaults and `env`),
    /// listening on `addr`; every `WEGWEISER_*` setting of the test's own environment is
    /// left out.
    pub fn spawn(dir: &Path, addr: SocketAddr, env: &[(&str, String)]) -> Process {
        let log = dir.join(format!("{addr}.log").replace(':', "_"));
        let mut cmd = Command::new(binary());
        for (k, _) in std::env::vars() {
            if k.starts_with("WEGWEISER_") || k == "RUST_LOG" {
                cmd.env_remove(k);
            }
        }
        cmd.arg("run")
            .current_dir(dir)
            .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
            .env("WEGWEISER_WEB_LISTEN", addr.to_string())
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap());
        let child = cmd.spawn().expect("the binary starts");
        Process {
            addr,
            child: Some(child),
            log,
        }
    }

    /// SIGKILL (no goodbye: no heartbeat removed, no claim given back), and waits until
    /// the process is gone.
    pub fn sigkill(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().expect("SIGKILL");
            child.wait().unwrap();
        }
    }

    /// What the process wrote to its log.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        self.sigkill();
    }
}

/// Which of two processes runs the periodic jobs, once both count each other
/// (`wegweiser_instances_live 2`) and exactly one says it leads
/// (`wegweiser_scheduler_leading 1`); `None` if that does not come within 30 s.
pub async fn leader_of_two(procs: &[Process; 2]) -> Option<usize> {
    for _ in 0..300 {
        let mut leading = vec![];
        let mut both = true;
        for (i, p) in procs.iter().enumerate() {
            both &= scrape(p.addr, "wegweiser_instances_live").await == Some(2.0);
            match scrape(p.addr, "wegweiser_scheduler_leading").await {
                Some(1.0) => leading.push(i),
                Some(_) => {}
                None => both = false,
            }
        }
        if both && leading.len() == 1 {
            return Some(leading[0]);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    None
}
