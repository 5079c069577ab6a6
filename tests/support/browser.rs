//! A real browser for the web workplace's stories: Debian's Chromium, headless, driven
//! through chromedriver (WebDriver) with fantoccini. The harness starts chromedriver on
//! a free port; the app's web server listens on another free loopback port.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};

pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// A free TCP port on the loopback interface.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub struct Browser {
    pub client: Client,
    /// The web workplace's address, `http://127.0.0.1:PORT`.
    pub base: String,
    _driver: tokio::process::Child,
}

impl Browser {
    pub async fn start(base: &str) -> Browser {
        assert!(
            std::path::Path::new(CHROMEDRIVER).exists(),
            "{CHROMEDRIVER} is missing: apt-get install chromium chromium-driver"
        );
        let port = free_port();
        let driver = tokio::process::Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromedriver starts");
        let caps: serde_json::Map<String, serde_json::Value> =
            serde_json::from_value(serde_json::json!({
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": CHROMIUM,
                    "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                             "--disable-dev-shm-usage", "--window-size=1280,1000",
                             "--lang=de-DE"],
                    // A German browser: headless Chromium sends `en-US` otherwise.
                    "prefs": { "intl.accept_languages": "de-DE,de" }
                }
            }))
            .unwrap();
        let url = format!("http://127.0.0.1:{port}");
        let mut last = None;
        for _ in 0..100 {
            // chromedriver listens on plain http on this machine: no TLS needed.
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => {
                    return Browser {
                        client,
                        base: base.trim_end_matches('/').to_owned(),
                        _driver: driver,
                    };
                }
                Err(e) => last = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("chromedriver did not answer: {last:?}");
    }

    /// Opens a path of the workplace (or a full URL).
    pub async fn open(&self, path: &str) {
        let url = if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{path}", self.base)
        };
        self.client.goto(&url).await.unwrap();
    }

    pub async fn path(&self) -> String {
        self.client.current_url().await.unwrap().path().to_owned()
    }

    /// Waits (up to 15 s) until the page is at `path`, as after a form was sent.
    pub async fn wait_path(&self, path: &str) {
        for _ in 0..150 {
            if self.path().await == path {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.screenshot("failure").await;
        panic!(
            "the browser stayed at {} instead of {path}",
            self.path().await
        );
    }

    /// Waits (up to 15 s) until the page's address contains `part`, as after a filter
    /// form (a GET to the same path) was sent: reading the page before that reads the old
    /// one.
    pub async fn wait_url(&self, part: &str) {
        for _ in 0..150 {
            if self
                .client
                .current_url()
                .await
                .unwrap()
                .as_str()
                .contains(part)
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.screenshot("failure").await;
        panic!(
            "the browser stayed at {} instead of an address with {part}",
            self.client.current_url().await.unwrap()
        );
    }

    /// The first element matching `css`, waiting (up to 15 s) for a page that is still
    /// loading after a click: reading at once reads nothing, or the old page.
    async fn find(&self, css: &str) -> Option<fantoccini::elements::Element> {
        for _ in 0..150 {
            if let Ok(e) = self.client.find(Locator::Css(css)).await {
                return Some(e);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        None
    }

    /// The visible text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        match self.find(css).await {
            Some(e) => e.text().await.unwrap(),
            None => {
                self.screenshot("failure").await;
                panic!("no element {css} on {}", self.path().await)
            }
        }
    }

    pub async fn click(&self, css: &str) {
        let Some(e) = self.find(css).await else {
            self.screenshot("failure").await;
            panic!("no element {css} on {}", self.path().await);
        };
        e.click().await.unwrap();
    }

    pub async fn fill(&self, css: &str, text: &str) {
        let Some(e) = self.find(css).await else {
            self.screenshot("failure").await;
            panic!("no element {css} on {}", self.path().await);
        };
        e.clear().await.unwrap();
        e.send_keys(text).await.unwrap();
    }

    pub async fn select(&self, css: &str, value: &str) {
        let e = self.client.find(Locator::Css(css)).await.unwrap();
        e.select_by_value(value).await.unwrap();
    }

    /// Sets an input's value directly (date and time pickers differ by locale when typed).
    pub async fn set_value(&self, id: &str, value: &str) {
        self.client
            .execute(
                "document.getElementById(arguments[0]).value = arguments[1];",
                vec![id.into(), value.into()],
            )
            .await
            .unwrap();
    }

    /// Takes the CSRF token out of the form matching `form_css`, as a forged post lacks it.
    pub async fn drop_csrf(&self, form_css: &str) {
        self.client
            .execute(
                "document.querySelector(arguments[0] + ' input[name=csrf]').remove();",
                vec![form_css.into()],
            )
            .await
            .unwrap();
    }

    pub async fn source(&self) -> String {
        self.client.source().await.unwrap()
    }

    /// Saves a PNG of the page under `target/web-screenshots/NAME.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/web-screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        if let Ok(png) = self.client.screenshot().await {
            std::fs::write(&path, png).unwrap();
        }
        path
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}
