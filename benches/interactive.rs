//! Interactive benchmark (not a test): `cargo bench --bench interactive`.
//!
//! The release build of the bot (`wegweiser run`, its own process) against the Telegram
//! emulator (in this process), with many distinct people (`BENCH_USERS`, 3,000) sending
//! at an open-loop offered load of 20, 100 and 400 updates a second (`BENCH_LOADS`), each
//! level for `BENCH_SECONDS` (15) seconds: every other update a `/help`, the others a tap
//! on a button (of the bot's last message, with data the bot no longer knows: it answers
//! the tap with a short notice). `telegram.global_rate` is raised to 10,000 so the gate's
//! global budget is not what is measured. Reported per level: p50, p99 and max of update →
//! reply (the emulator's clock: update queued → the reply's request arrived), CPU seconds
//! of the bot process per 1,000 updates (`/proc/<pid>/stat`), and its resident memory.
//! Then, with `sqlx::query` logging on, the database statements per update.

use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use wegweiser::fake_telegram::{FakeTelegram, FakeUser};

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

const TOKEN: &str = "424242:bench";

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Kind {
    Help,
    Tap,
}

impl Kind {
    fn reply_method(self) -> &'static str {
        match self {
            Kind::Help => "sendMessage",
            Kind::Tap => "answerCallbackQuery",
        }
    }
}

struct Bot {
    child: std::process::Child,
}

impl Bot {
    fn start(fake: &FakeTelegram, db: &str, dir: &std::path::Path, log: &str) -> Bot {
        let stderr = std::fs::File::create(dir.join(format!("{log}.log"))).unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_wegweiser"));
        for (k, _) in std::env::vars() {
            if k.starts_with("WEGWEISER_") || k == "RUST_LOG" {
                cmd.env_remove(k);
            }
        }
        let filter = if log == "statements" {
            "warn,sqlx::query=debug"
        } else {
            "warn"
        };
        let child = cmd
            .arg("run")
            .current_dir(dir)
            .env("WEGWEISER_TELEGRAM_TOKEN", TOKEN)
            .env("WEGWEISER_TELEGRAM_API_URL", fake.api_url().as_str())
            .env("WEGWEISER_DATABASE_URL", db)
            .env("WEGWEISER_TELEGRAM_GLOBAL_RATE", "10000")
            .env("RUST_LOG", filter)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .unwrap();
        Bot { child }
    }

    /// User and system CPU seconds so far.
    fn cpu_seconds(&self, ticks_per_second: f64) -> f64 {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap();
        // The fields after the command name (which is in parentheses).
        let rest = &stat[stat.rfind(')').unwrap() + 2..];
        let fields: Vec<&str> = rest.split(' ').collect();
        let utime: f64 = fields[11].parse().unwrap();
        let stime: f64 = fields[12].parse().unwrap();
        (utime + stime) / ticks_per_second
    }

    /// (resident now, highest resident) in MiB.
    fn rss_mib(&self) -> (f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let kib = |key: &str| -> f64 {
            status
                .lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
                .unwrap_or(0.0)
        };
        (kib("VmRSS:") / 1024.0, kib("VmHWM:") / 1024.0)
    }

    async fn stop(mut self) {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        for _ in 0..100 {
            if self.child.try_wait().unwrap().is_some() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = self.child.kill();
    }
}

/// Sends `count` updates at `load` a second (open loop: on schedule, whatever the bot
/// does), person `i % users` each time; returns what was sent when.
async fn offer(
    users: &[FakeUser],
    last_message: &HashMap<i64, i32>,
    load: f64,
    count: usize,
    kinds: &[Kind],
) -> Vec<(i64, Kind, Instant)> {
    let start = tokio::time::Instant::now();
    let mut sent = Vec::with_capacity(count);
    for k in 0..count {
        tokio::time::sleep_until(start + Duration::from_secs_f64(k as f64 / load)).await;
        let user = &users[k % users.len()];
        let kind = kinds[k % kinds.len()];
        let at = Instant::now();
        match kind {
            Kind::Help => {
                user.send_text("/help");
            }
            Kind::Tap => {
                user.tap_data(last_message[&user.id()], "bench:gone");
            }
        }
        sent.push((user.id(), kind, at));
    }
    sent
}

/// Update → reply for each update sent (`None`: no reply within the wait).
async fn replies(fake: &FakeTelegram, sent: &[(i64, Kind, Instant)]) -> Vec<Option<Duration>> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let calls = fake.calls();
        let mut seen: HashMap<(i64, &str), Vec<Instant>> = HashMap::new();
        for c in &calls {
            if let Some(chat) = c.chat_id {
                seen.entry((chat, c.method.as_str()))
                    .or_default()
                    .push(c.at);
            }
        }
        // Each person has one update outstanding at a time: the first reply after it.
        let out: Vec<Option<Duration>> = sent
            .iter()
            .map(|(chat, kind, at)| {
                seen.get(&(*chat, kind.reply_method()))
                    .and_then(|times| times.iter().find(|t| *t >= at))
                    .map(|t| t.duration_since(*at))
            })
            .collect();
        if out.iter().all(Option::is_some) || Instant::now() > deadline {
            return out;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn statements(dir: &std::path::Path) -> usize {
    std::fs::read_to_string(dir.join("statements.log"))
        .unwrap_or_default()
        .lines()
        .filter(|l| l.contains("sqlx::query"))
        .count()
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let user_count = env_or("BENCH_USERS", 3_000);
    let seconds = env_or("BENCH_SECONDS", 15);
    let loads: Vec<usize> = std::env::var("BENCH_LOADS")
        .unwrap_or_else(|_| "20,100,400".into())
        .split(',')
        .filter_map(|v| v.trim().parse().ok())
        .collect();
    let ticks: f64 = String::from_utf8(
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap()
    .trim()
    .parse()
    .unwrap_or(100.0);

    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("interactive.db").display());
    let fake = FakeTelegram::start(TOKEN).await.unwrap();
    let users: Vec<FakeUser> = (0..user_count)
        .map(|i| {
            let u = fake.user(1_000_000 + i as i64, "Person", Some("de"));
            u.started_before();
            u
        })
        .collect();
    let bot = Bot::start(&fake, &db, dir.path(), "bot");

    // Everyone has talked to the bot once (their row exists) and has a message of the
    // bot's to tap on.
    let warm = offer(&users, &HashMap::new(), 200.0, user_count, &[Kind::Help]).await;
    let warmed = replies(&fake, &warm).await;
    assert!(
        warmed.iter().all(Option::is_some),
        "the bot did not answer everyone while warming up"
    );
    let last_message: HashMap<i64, i32> = users
        .iter()
        .map(|u| (u.id(), u.last_message().expect("an answer").message_id))
        .collect();

    println!(
        "interactive: {user_count} people, release build, global_rate 10000, SQLite; \
         half /help, half taps"
    );
    println!(
        "| offered | updates | p50 | p99 | max | unanswered | CPU s / 1,000 updates | RSS (peak) |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for load in &loads {
        fake.clear_calls();
        let count = load * seconds;
        let cpu_before = bot.cpu_seconds(ticks);
        let sent = offer(
            &users,
            &last_message,
            *load as f64,
            count,
            &[Kind::Help, Kind::Tap],
        )
        .await;
        let got = replies(&fake, &sent).await;
        let cpu = bot.cpu_seconds(ticks) - cpu_before;
        let mut times: Vec<Duration> = got.iter().flatten().copied().collect();
        times.sort();
        let (rss, peak) = bot.rss_mib();
        println!(
            "| {load}/s | {count} | {:.1} ms | {:.1} ms | {:.1} ms | {} | {:.2} | {rss:.0} MiB ({peak:.0}) |",
            percentile(&times, 0.5).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3,
            times.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
            got.len() - times.len(),
            cpu / count as f64 * 1_000.0,
        );
    }
    bot.stop().await;

    // Statements per update: the same bot with `sqlx::query` logged, first idle (what the
    // background jobs run meanwhile), then each kind of update alone.
    let bot = Bot::start(&fake, &db, dir.path(), "statements");
    tokio::time::sleep(Duration::from_secs(3)).await;
    let base = statements(dir.path());
    tokio::time::sleep(Duration::from_secs(5)).await;
    let idle = statements(dir.path()) - base;
    let n = 200.min(user_count);
    for (name, kind) in [("/help", Kind::Help), ("tap", Kind::Tap)] {
        fake.clear_calls();
        let before = statements(dir.path());
        let sent = offer(&users[..n], &last_message, 40.0, n, &[kind]).await;
        replies(&fake, &sent).await;
        let ran = statements(dir.path()) - before;
        println!(
            "statements per {name}: {:.2} ({ran} for {n} updates in {:.0} s; idle the bot runs {idle} in 5 s)",
            ran as f64 / n as f64,
            n as f64 / 40.0
        );
    }
    bot.stop().await;
    fake.shutdown().await;
}
