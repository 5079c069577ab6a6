//! Wiring: open the store, build the bot, start the dispatcher; stop it all gracefully.

use std::sync::Arc;
use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::ParseMode;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::bot::{self, Ctx, WBot};
use crate::clock::Clock;
use crate::config::{Config, TelegramMode};
use crate::delivery::gate::Gated;
use crate::delivery::{Gate, SBot, Sender, SenderHandle};
use crate::i18n::{I18nError, Texts};
use crate::scheduler::{Scheduler, SchedulerHandle};
use crate::store::{self, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(
        "no Telegram bot token: set WEGWEISER_TELEGRAM_TOKEN (from @BotFather) or telegram.token in the configuration file"
    )]
    NoToken,
    #[error(
        "telegram.mode = \"webhook\" needs a secret: set WEGWEISER_TELEGRAM_WEBHOOK_SECRET (or telegram.webhook_secret); `wegweiser check-config` proposes one"
    )]
    NoWebhookSecret,
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
    shutdown: watch::Sender<bool>,
    sender: SenderHandle,
    scheduler: SchedulerHandle,
    background: Vec<JoinHandle<()>>,
    /// The per-person queues of updates, once started.
    dispatch: Arc<std::sync::OnceLock<Arc<bot::inbound::Dispatch>>>,
    /// PostgreSQL: this instance's heartbeat (the shared send budget).
    heartbeat: Option<JoinHandle<()>>,
    /// The HTTP server (`[web] listen`), if configured, and how to stop it.
    http: Option<(tokio::sync::watch::Sender<bool>, JoinHandle<()>)>,
    /// SQLite: this process's claim on the file, released when it ends.
    _instance: Option<store::instance::InstanceLock>,
}

fn plain_bot(config: &Config) -> Bot {
    Bot::new(config.telegram.token.expose()).set_api_url(config.telegram.api_url.clone())
}

/// The Telegram client of the handlers (immediate answers): its rate-limited requests
/// wait at `gate` as answers, which go before anything of the outbox.
pub fn make_bot(config: &Config, gate: Arc<Gate>) -> WBot {
    Gated::new(plain_bot(config), gate).parse_mode(ParseMode::Html)
}

/// The outbox sender's client: the sender takes each request's slot at the gate itself.
pub fn make_sender_bot(config: &Config) -> SBot {
    plain_bot(config).parse_mode(ParseMode::Html)
}

/// Starts everything and returns once the dispatcher has been started.
pub async fn start(config: Config, clock: Arc<dyn Clock>) -> Result<Running, AppError> {
    if config.telegram.token.is_empty() {
        return Err(AppError::NoToken);
    }
    let webhook_mode = config.telegram.mode == TelegramMode::Webhook;
    if webhook_mode && config.telegram.webhook_secret.is_empty() {
        return Err(AppError::NoWebhookSecret);
    }
    crate::logid::init(config.telegram.token.expose());
    let texts = Arc::new(Texts::load_configured(&config.locales)?);
    let instance_lock = store::instance::take(&config.database.url)?;
    let store = store::open(&config.database.url, config.database.max_connections).await?;
    tracing::info!(
        database = %crate::config::redact_url(&config.database.url),
        backend = ?store.backend(),
        "database ready"
    );
    let config = Arc::new(config);
    let instance: Arc<str> = crate::ops::instances::new_id().into();
    tracing::info!(instance = %instance, "instance started");
    // One gate for everything that reaches Telegram: answers, outbox, broadcasts. On
    // PostgreSQL other instances may be running: this one starts slow and takes its share
    // of the rate once they know of it (see `ops::instances`).
    let shared_budget = store.backend() == store::Backend::Postgres;
    let gate = Gate::new(if shared_budget {
        crate::ops::instances::JOINING_RATE
    } else {
        config.telegram.global_rate
    });
    let bot = make_bot(&config, gate.clone());
    let ops_clock = clock.clone();
    crate::ops::metrics::install();
    let wake = Arc::new(tokio::sync::Notify::new());
    let ctx = Arc::new(Ctx {
        store: store.clone(),
        texts: texts.clone(),
        clock: clock.clone(),
        config: config.clone(),
        wake: wake.clone(),
        bot_username: Arc::default(),
    });
    let (shutdown, stopped) = watch::channel(false);
    let heartbeat = shared_budget.then(|| {
        tokio::spawn(crate::ops::instances::run(
            store.clone(),
            gate.clone(),
            instance.clone(),
            config.telegram.global_rate,
            stopped.clone(),
        ))
    });
    let sender = Sender {
        store: store.clone(),
        bot: make_sender_bot(&config),
        gate,
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
    let bot_username = ctx.bot_username.clone();
    let inbound = bot::inbound::Inbound {
        bot: bot.clone(),
        ctx,
        handler: Arc::new(bot::schema()),
        poll_timeout: Duration::from_secs(config.telegram.poll_timeout_secs.into()),
        instance: instance.clone(),
    };
    // The per-person dispatch, once Telegram answered getMe.
    let dispatch_cell: Arc<std::sync::OnceLock<Arc<bot::inbound::Dispatch>>> = Arc::default();
    let webhook = webhook_mode.then(|| {
        bot::webhook::Webhook::new(
            dispatch_cell.clone(),
            store.clone(),
            instance.clone(),
            config.telegram.webhook_secret.expose(),
        )
    });
    let dispatcher = {
        let webhook = webhook.clone();
        let config = config.clone();
        let cell = dispatch_cell.clone();
        tokio::spawn(async move {
            let mut stopped = stopped;
            let me = tokio::select! {
                me = wait_for_telegram(&bot) => me,
                // Still waiting for Telegram: nothing is in flight.
                _ = stopped.wait_for(|s| *s) => return,
            };
            let _ = bot_username.set(me.username().to_owned());
            let dispatch = bot::inbound::Dispatch::new(inbound, me);
            let _ = cell.set(dispatch.clone());
            match (webhook, config.telegram.webhook_url.clone()) {
                (Some(hook), Some(url)) => {
                    let secret = config.telegram.webhook_secret.expose().to_owned();
                    bot::webhook::run(hook, dispatch, url, secret, stopped).await;
                }
                _ => bot::poll::run(dispatch, stopped).await,
            }
        })
    };
    // One HTTP server: the operations routes and the web workplace.
    let http = match config.web.listen {
        Some(addr) => {
            let mut router = crate::ops::routes(crate::ops::OpsState {
                store: store.clone(),
                clock: ops_clock,
                bot: plain_bot(&config),
            })
            .merge(crate::web::router(web_ctx));
            if let (Some(hook), Some(url)) = (webhook, &config.telegram.webhook_url) {
                router = router.merge(hook.routes(url.path()));
            }
            Some(serve_http(addr, router).await?)
        }
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
        heartbeat,
        dispatch: dispatch_cell,
        _instance: instance_lock,
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
        if let Some(task) = &self.heartbeat {
            task.abort();
        }
        self.dispatcher.abort();
        if let Some(dispatch) = self.dispatch.get() {
            dispatch.abort();
        }
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
            heartbeat,
            ..
        } = self;
        // Health checks and scrapes end first: a stopping instance takes no more requests.
        if let Some((stop, task)) = http {
            let _ = stop.send(true);
            let _ = tokio::time::timeout(Duration::from_secs(2), task).await;
        }
        let claims = sender.claims();
        let graceful = async {
            // The sender stops taking rows at once and finishes the requests it started
            // (what it claimed and did not start is given back below) while the
            // dispatcher finishes the updates in hand; the rows those write are durable
            // too.
            let updates = async {
                // The long poll is cancelled at once; updates in hand are finished.
                let _ = shutdown.send(true);
                let _ = (&mut dispatcher).await;
                scheduler.stop().await;
                // Leaves the instances table: the others take its share at once.
                if let Some(task) = heartbeat {
                    let _ = task.await;
                }
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
        // The sender takes no more rows: what it claimed and did not start goes back to
        // the outbox, for another instance (or the next start) to send at once.
        claims.release(&*store).await;
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
async fn wait_for_telegram(bot: &WBot) -> teloxide::types::Me {
    let mut delay = Duration::from_millis(500);
    loop {
        match bot.get_me().await {
            Ok(me) => {
                tracing::info!(bot = %me.username(), "connected to Telegram");
                return me;
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
