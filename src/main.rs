//! The `wegweiser` command: parse the CLI, set up logging, load the configuration, and
//! hand over to the library. Configuration problems exit with code 2 and one clear line.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use wegweiser::config::{Config, LogFormat};
use wegweiser::{app, cli as admin_cli, clock, i18n, store};

#[derive(Parser)]
#[command(
    name = "wegweiser",
    version,
    about = "Wegweiser: Telegram bot linking refugees with their Integrationsmanager"
)]
struct Cli {
    /// The configuration file (default: ./config.toml; defaults apply if it does not exist).
    /// The Debian package's service sets WEGWEISER_CONFIG=/etc/wegweiser/config.toml.
    #[arg(long, global = true, value_name = "PATH", env = "WEGWEISER_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the bot (the default).
    Run,
    /// Apply database migrations and exit.
    Migrate,
    /// Validate the configuration, the database, the locales and the token, then exit.
    CheckConfig,
    /// Copy the database to FILE while the bot runs (SQLite; PostgreSQL: says how with pg_dump).
    Backup {
        /// Where the copy goes; must not exist yet.
        file: PathBuf,
    },
    /// Restore a backup FILE into the configured database, which must be new or empty.
    Restore {
        /// A file made by `wegweiser backup`.
        file: PathBuf,
    },
    /// Run a local Telegram Bot API emulator, for trying Wegweiser without Telegram.
    FakeTelegram {
        /// The port to listen on (127.0.0.1).
        #[arg(long, default_value_t = 8081)]
        port: u16,
        /// The bot token the emulator accepts.
        #[arg(long, default_value = "123456:local-trial")]
        token: String,
    },
    /// Administration: organisations, Gemeinden, managers, scoped administrators, audit log.
    Admin {
        #[command(subcommand)]
        cmd: admin_cli::admin::AdminCommand,
    },
    /// Local offers: import a file of offers (TOML or CSV), export them all.
    Offers {
        #[command(subcommand)]
        cmd: admin_cli::offers::OffersCommand,
    },
    /// Translations: export a spreadsheet for a translator, import it back (checked).
    Locales {
        #[command(subcommand)]
        cmd: admin_cli::locales::LocalesCommand,
    },
}

/// Exit code for a problem the person running the service must fix (configuration).
const EXIT_CONFIG: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The configuration is read before logging starts, because it says how to log; its
    // errors are one line on stderr either way.
    let config = match cli.command {
        Some(Command::FakeTelegram { .. }) => None,
        _ => match load_config(&cli) {
            Ok(c) => Some(c),
            Err(code) => return code,
        },
    };
    init_logging(config.as_ref().map_or(LogFormat::Text, |c| c.log_format));
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async_main(cli, config))
}

/// Logs to stderr: text (ANSI colours only when stderr is a terminal, so journald and
/// log files get plain lines) or one JSON object per line.
fn init_logging(format: LogFormat) {
    use std::io::IsTerminal;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(log_filter())
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.with_ansi(std::io::stderr().is_terminal()).init(),
        LogFormat::Json => builder.json().with_ansi(false).init(),
    }
}

/// `RUST_LOG` (default `info`), with the libraries that could print a request URL (which
/// holds the bot token) or an update (which holds what a person wrote) capped at `info`,
/// whatever `RUST_LOG` asks for.
fn log_filter() -> tracing_subscriber::EnvFilter {
    let mut filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,teloxide=warn,sqlx=warn".into());
    for capped in [
        "teloxide=info",
        "teloxide_core=info",
        "reqwest=info",
        "hyper=info",
        "hyper_util=info",
        "h2=info",
        "rustls=info",
        "axum=info",
        // It logs an update it cannot parse in full (with what the person wrote).
        "teloxide::dispatching::dispatcher=off",
    ] {
        filter = filter.add_directive(capped.parse().expect("a valid directive"));
    }
    filter
}

fn load_config(cli: &Cli) -> Result<Config, ExitCode> {
    let (path, explicit) = match &cli.config {
        Some(p) => (p.clone(), true),
        None => (PathBuf::from("config.toml"), false),
    };
    Config::load(&path, explicit).map_err(|e| {
        eprintln!("configuration error: {e}");
        ExitCode::from(EXIT_CONFIG)
    })
}

async fn async_main(cli: Cli, config: Option<Config>) -> ExitCode {
    if let Some(Command::FakeTelegram { port, ref token }) = cli.command {
        return fake_telegram(port, token).await;
    }
    // Every other command has its configuration (loaded by `main`).
    let Some(config) = config else {
        return ExitCode::FAILURE;
    };
    match cli.command {
        Some(Command::FakeTelegram { .. }) => unreachable!("answered above"),
        Some(Command::Migrate) => match store::open(&config.database.url, 1).await {
            Ok(s) => {
                s.close().await;
                println!("database is up to date");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("database error: {e}");
                ExitCode::from(EXIT_CONFIG)
            }
        },
        Some(Command::Admin { ref cmd }) => admin(cmd, &config).await,
        Some(Command::Offers { ref cmd }) => offers(cmd, &config).await,
        Some(Command::Locales { ref cmd }) => match admin_cli::locales::run(cmd, &config.locales) {
            Ok(out) => {
                print!("{out}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(e.exit_code())
            }
        },
        Some(Command::Backup { ref file }) | Some(Command::Restore { ref file }) => {
            let url = &config.database.url;
            let result = match cli.command {
                Some(Command::Backup { .. }) => admin_cli::backup::backup(url, file).await,
                _ => admin_cli::backup::restore(url, file).await,
            };
            match result {
                Ok(out) => {
                    print!("{out}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(e.exit_code())
                }
            }
        }
        Some(Command::CheckConfig) => check_config(&config).await,
        Some(Command::Run) | None => run(config).await,
    }
}

/// `wegweiser admin …`: the result on stdout; an error as one line on stderr, with exit
/// code 2 for bad input (or an unusable database URL) and 1 for a failing database.
async fn admin(cmd: &admin_cli::admin::AdminCommand, config: &Config) -> ExitCode {
    use admin_cli::admin::run;
    let store = match open_for_cli(config).await {
        Ok(s) => s,
        Err(code) => return code,
    };
    let result = run(cmd, &*store, config, &clock::SystemClock).await;
    store.close().await;
    match result {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}", one_line(&e.to_string()));
            ExitCode::from(e.exit_code())
        }
    }
}

/// `wegweiser offers …`: the result on stdout. A rejected file is one line per problem and
/// a summary on stderr (exit code 2); any other error one line (2 for bad input, 1 for a
/// failing database).
async fn offers(cmd: &admin_cli::offers::OffersCommand, config: &Config) -> ExitCode {
    use admin_cli::offers::{OffersError, run};
    let store = match open_for_cli(config).await {
        Ok(s) => s,
        Err(code) => return code,
    };
    let result = run(cmd, &*store, &clock::SystemClock).await;
    store.close().await;
    match result {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(e @ OffersError::Rejected(_)) => {
            eprintln!("{e}");
            ExitCode::from(e.exit_code())
        }
        Err(e) => {
            eprintln!("error: {}", one_line(&e.to_string()));
            ExitCode::from(e.exit_code())
        }
    }
}

/// The store for a command-line subcommand, or the exit code after saying why not: 2 for
/// an unusable database URL, 1 for a database that fails.
async fn open_for_cli(config: &Config) -> Result<Arc<dyn store::Store>, ExitCode> {
    store::open(&config.database.url, 1).await.map_err(|e| {
        eprintln!("error: {}", one_line(&e.to_string()));
        ExitCode::from(match e {
            store::StoreError::UnsupportedUrl(_) => EXIT_CONFIG,
            _ => admin_cli::admin::EXIT_DATABASE,
        })
    })
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

async fn check_config(config: &Config) -> ExitCode {
    let mut ok = true;
    println!(
        "configuration: ok (time zone {}, languages {})",
        config.time_zone,
        config.locales.offered.join(", ")
    );
    match i18n::Texts::load_configured(&config.locales) {
        Ok(_) => match &config.locales.dir {
            Some(dir) => println!("locales: ok (from {})", dir.display()),
            None => println!("locales: ok (built in)"),
        },
        Err(e) => {
            ok = false;
            println!("locales: {e}");
        }
    }
    match store::open(&config.database.url, 1).await {
        Ok(s) => {
            println!(
                "database: ok ({})",
                wegweiser::config::redact_url(&config.database.url)
            );
            s.close().await;
        }
        Err(e) => {
            ok = false;
            println!("database: {e}");
        }
    }
    if config.telegram.token.is_empty() {
        ok = false;
        println!(
            "telegram.token: missing. Get a token from @BotFather and set WEGWEISER_TELEGRAM_TOKEN=<token> (or telegram.token in the configuration file)."
        );
    } else {
        println!("telegram.token: present (not shown)");
        // getMe: is the token Telegram's, and which bot is it? The reason of a failure never
        // holds the token.
        match admin_cli::admin::bot_username(&config.telegram).await {
            Ok(name) => println!(
                "telegram: ok, the token belongs to @{name} ({})",
                config.telegram.api_url
            ),
            Err(reason) => {
                ok = false;
                println!("telegram: {reason} ({})", config.telegram.api_url);
            }
        }
    }
    if config.telegram.mode == wegweiser::config::TelegramMode::Webhook {
        ok &= check_webhook(config);
    }
    if ok {
        println!("everything looks fine");
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_CONFIG)
    }
}

/// Webhook mode: where Telegram posts, and the secret (a new one proposed if missing).
fn check_webhook(config: &Config) -> bool {
    let (Some(url), Some(listen)) = (&config.telegram.webhook_url, config.web.listen) else {
        return false; // refused by the configuration already
    };
    println!(
        "webhook: Telegram posts to {url}; the reverse proxy passes {} to web.listen = {listen}",
        url.path()
    );
    if !config.telegram.webhook_secret.is_empty() {
        println!("telegram.webhook_secret: present (not shown)");
        return true;
    }
    use base64::Engine;
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    let secret = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    println!(
        "telegram.webhook_secret: missing. Here is a new one, made just now:\n  {secret}\n\
         Put it where only the service can read it: the line\n  \
         WEGWEISER_TELEGRAM_WEBHOOK_SECRET={secret}\n\
         in /etc/wegweiser/environment (the Debian package's EnvironmentFile), or \
         webhook_secret in [telegram] of the configuration file. Wegweiser registers it with \
         Telegram at its next start."
    );
    false
}

async fn run(config: Config) -> ExitCode {
    let running = match app::start(config, Arc::new(clock::SystemClock)).await {
        Ok(r) => r,
        Err(
            e @ (app::AppError::NoToken
            | app::AppError::NoWebhookSecret
            | app::AppError::Store(_)
            | app::AppError::Listen { .. }),
        ) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_CONFIG);
        }
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    app::shutdown_signal().await;
    tracing::info!("stopping (signal received)");
    running.stop().await;
    ExitCode::SUCCESS
}

async fn fake_telegram(port: u16, token: &str) -> ExitCode {
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let fake = match wegweiser::fake_telegram::FakeTelegram::start_on(addr, token).await {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("Telegram Bot API emulator on {}", fake.api_url());
    println!("Run the bot against it with:");
    println!(
        "  WEGWEISER_TELEGRAM_API_URL={} WEGWEISER_TELEGRAM_TOKEN={token} cargo run",
        fake.api_url()
    );
    app::shutdown_signal().await;
    ExitCode::SUCCESS
}
