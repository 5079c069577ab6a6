//! Wiring: open the store, build the bot, start the dispatcher; stop it all gracefully.

use std::sync::Arc;
use std::time::Duration;

use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::Dispatcher;
use teloxide::dispatching::ShutdownToken;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::types::ParseMode;
use teloxide::update_listeners::Polling;
use tokio::task::JoinHandle;

use crate::bot::{self, Ctx, WBot};
use crate::clock::Clock;
use crate::config::Config;
use crate::delivery::{SBot, Sender, SenderHandle};
use crate::i18n::{I18nError, Texts};
use crate::scheduler::{Scheduler, SchedulerHandle};
use crate::store::{self, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(
        "no Telegram bot token: set WEGWEISER_TELEGRAM_TOKEN (from @BotFather) or telegram.token in the configuration file"
    )]
    NoToken,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Locales(#[from] I18nError),
    #[error("cannot listen on web.listen = {addr}: {source}")]
    Listen {
        addr: std::net::SocketAddr,
        source: std::io::Error,
    },
}

/// How long a graceful stop may take before the rest is abandoned.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(9);

/// The running service.
pub struct Running {
    pub store: Arc<dyn Store>,
    dispatcher: JoinHandle<()>,
    shutdown: ShutdownToken,
    sender: SenderHandle,
    scheduler: SchedulerHandle,
    background: Vec<JoinHandle<()>>,
    /// The HTTP server (`[web] listen`), if configured, and how to stop it.
    http: Option<(tokio::sync::watch::Sender<bool>, JoinHandle<()>)>,
    /// SQLite: this process's claim on the file, released when it ends.
    _instance: Option<store::instance::InstanceLock>,
}

/// The part of `telegram.global_rate` kept for immediate answers (two fifths, at least one
/// a second): most of a bot's traffic answers people, and they should not wait behind a
/// broadcast. The outbox sends at the rest, so together they never exceed the setting.
pub fn interactive_rate(config: &Config) -> u32 {
    (config.telegram.global_rate * 2 / 5).max(1)
}

/// The outbox's share of `telegram.global_rate`.
pub fn outbox_rate(config: &Config) -> u32 {
    config
        .telegram
        .global_rate
        .saturating_sub(interactive_rate(config))
        .max(1)
}

fn plain_bot(config: &Config) -> Bot {
    Bot::new(config.telegram.token.expose()).set_api_url(config.telegram.api_url.clone())
}

/// The Telegram client of the handlers (immediate answers): throttled by teloxide at
/// their share of the global rate and one message a second per chat.
pub fn make_bot(config: &Config) -> WBot {
    let limits = Limits {
        messages_per_sec_overall: interactive_rate(config),
        ..Limits::default()
    };
    plain_bot(config)
        .throttle(limits)
        .parse_mode(ParseMode::Html)
}

/// The outbox sender's client: paced by the sender itself (see `delivery::Pacer`).
pub fn make_sender_bot(config: &Config) -> SBot {
    plain_bot(config).parse_mode(ParseMode::Html)
}

/// Starts everything and returns once the dispatcher has been started.
pub async fn start(config: Config, clock: Arc<dyn Clock>) -> Result<Running, AppError> {
    if config.telegram.token.is_empty() {
        return Err(AppError::NoToken);
    }
    crate::logid::init(config.telegram.token.expose());
    let texts = Arc::new(Texts::load()?);
    let instance = store::instance::take(&config.database.url)?;
    let store = store::open(&config.database.url, config.database.max_connections).await?;
    tracing::info!(
        database = %crate::config::redact_url(&config.database.url),
        backend = ?store.backend(),
        "database ready"
    );
    let config = Arc::new(config);
    let bot = make_bot(&config);
    let ops_clock = clock.clone();
    crate::ops::metrics::install();
    let wake = Arc::new(tokio::sync::Notify::new());
    let ctx = Arc::new(Ctx {
        store: store.clone(),
        texts: texts.clone(),
        clock: clock.clone(),
        config: config.clone(),
        wake: wake.clone(),
    });
    let sender = Sender {
        store: store.clone(),
        bot: make_sender_bot(&config),
        texts: texts.clone(),
        clock: clock.clone(),
        config: config.clone(),
        wake: wake.clone(),
    }
    .spawn();
    let scheduler = Scheduler {
        store: store.clone(),
        clock,
        config: config.clone(),
        wake,
    }
    .spawn();

    let background = vec![tokio::spawn(register_commands(
        bot.clone(),
        texts,
        config.clone(),
    ))];

    let web_ctx = ctx.clone();
    let mut dispatcher = Dispatcher::builder(bot.clone(), bot::schema())
        .dependencies(dptree::deps![ctx])
        .default_handler(|update| async move {
            tracing::debug!(update_id = update.id.0, "update not handled");
        })
        .error_handler(LoggingErrorHandler::with_custom_text("handler failed"))
        .build();
    let shutdown = dispatcher.shutdown_token();
    let poll_timeout = Duration::from_secs(config.telegram.poll_timeout_secs.into());
    let dispatcher = tokio::spawn(async move {
        wait_for_telegram(&bot).await;
        let listener = Polling::builder(bot).timeout(poll_timeout).build();
        if let Err(e) = dispatcher
            .try_dispatch_with_listener(
                listener,
                LoggingErrorHandler::with_custom_text("getUpdates failed"),
            )
            .await
        {
            tracing::error!(error = %e, "dispatcher could not start");
        }
    });
    // One HTTP server: the operations routes and the web workplace.
    let http = match config.web.listen {
        Some(addr) => Some(
            serve_http(
                addr,
                crate::ops::routes(crate::ops::OpsState {
                    store: store.clone(),
                    clock: ops_clock,
                    bot: plain_bot(&config),
                })
                .merge(crate::web::router(web_ctx)),
            )
            .await?,
        ),
        None => None,
    };
    tracing::info!("Wegweiser is running");
    Ok(Running {
        http,
        store,
        dispatcher,
        shutdown,
        sender,
        scheduler,
        background,
        _instance: instance,
    })
}

impl Running {
    /// Ends everything at once, with no grace: what a power loss or `kill -9` does.
    /// Requests in flight may or may not have reached Telegram; their rows are still
    /// `sending` and come back when their lease runs out. For crash tests.
    pub fn kill(self) {
        for task in &self.background {
            task.abort();
        }
        if let Some((_, task)) = &self.http {
            task.abort();
        }
        self.dispatcher.abort();
        self.sender.abort();
        self.scheduler.abort();
    }

    /// Stops taking updates, lets in-flight handlers finish (within [`SHUTDOWN_GRACE`]),
    /// and closes the database.
    pub async fn stop(self) {
        for task in &self.background {
            task.abort();
        }
        let Running {
            store,
            mut dispatcher,
            shutdown,
            sender,
            scheduler,
            http,
            ..
        } = self;
        // Health checks and scrapes end first: a stopping instance takes no more requests.
        if let Some((stop, task)) = http {
            let _ = stop.send(true);
            let _ = tokio::time::timeout(Duration::from_secs(2), task).await;
        }
        let graceful = async {
            // The sender stops taking rows at once (what it has not sent waits in the
            // outbox for the next start) while the dispatcher finishes the updates in
            // hand; the rows those write are durable too.
            let updates = async {
                match shutdown.shutdown() {
                    Ok(done) => done.await,
                    // Not dispatching (still waiting for Telegram at start, or already
                    // ended): nothing is in flight, so stopping hard loses nothing.
                    Err(_) => dispatcher.abort(),
                }
                let _ = (&mut dispatcher).await;
                scheduler.stop().await;
            };
            tokio::join!(updates, sender.stop());
        };
        if tokio::time::timeout(SHUTDOWN_GRACE, graceful)
            .await
            .is_err()
        {
            tracing::warn!("in-flight work did not finish in time; stopping anyway");
            dispatcher.abort();
        }
        store.close().await;
        tracing::info!("Wegweiser stopped");
    }
}

/// Binds `addr` (an error if taken) and serves `router` until told to stop.
async fn serve_http(
    addr: std::net::SocketAddr,
    router: axum::Router,
) -> Result<(tokio::sync::watch::Sender<bool>, JoinHandle<()>), AppError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| AppError::Listen { addr, source })?;
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    tracing::info!(%addr, "HTTP server listening");
    let task = tokio::spawn(async move {
        let shutdown = async move {
            let _ = stopped.wait_for(|s| *s).await;
        };
        if let Err(e) = axum::serve(listener, router)
            .with_graceful_shutdown(shutdown)
            .await
        {
            tracing::error!(error = %e, "HTTP server failed");
        }
    });
    Ok((stop, task))
}

/// getMe until it answers: Telegram may be unreachable while the service starts.
async fn wait_for_telegram(bot: &WBot) {
    let mut delay = Duration::from_millis(500);
    loop {
        match bot.get_me().await {
            Ok(me) => {
                tracing::info!(bot = %me.username(), "connected to Telegram");
                return;
            }
            Err(e) => {
                tracing::warn!(error = %e, retry_in = ?delay, "Telegram not reachable yet");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(30));
            }
        }
    }
}

/// The command menu per language (setMyCommands with language_code), plus the default.
async fn register_commands(bot: WBot, texts: Arc<Texts>, config: Arc<Config>) {
    let mut delay = Duration::from_secs(1);
    for attempt in 1..=8 {
        match try_register_commands(&bot, &texts, &config).await {
            Ok(()) => {
                tracing::info!("command menu registered");
                return;
            }
            Err(e) => {
                tracing::warn!(error = %e, attempt, "cannot register the command menu yet");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(60));
            }
        }
    }
}

async fn try_register_commands(
    bot: &WBot,
    texts: &Texts,
    config: &Config,
) -> Result<(), teloxide::RequestError> {
    bot.set_my_commands(bot::commands::menu(texts, &config.locales.default))
        .await?;
    for lang in &config.locales.offered {
        bot.set_my_commands(bot::commands::menu(texts, lang))
            .language_code(lang.clone())
            .await?;
    }
    Ok(())
}

/// Waits for SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("SIGTERM handler");
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
