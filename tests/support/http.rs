//! Plain HTTP for the stories that look at a running instance from outside, as an
//! operator's `curl` or Prometheus would: a free port to listen on, a GET, a metric.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A free port on loopback for an instance's HTTP server.
pub fn free_addr() -> SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

/// GET `path` (HTTP/1.1, connection closed): status and the whole response, headers
/// included; `None` when nothing answers within 10 s (an instance that is gone).
pub async fn get(addr: SocketAddr, path: &str) -> Option<(u16, String)> {
    let mut s = tokio::net::TcpStream::connect(addr).await.ok()?;
    let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).await.ok()?;
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut raw))
        .await
        .ok()?
        .ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    Some((text.get(9..12)?.parse().ok()?, text))
}

/// The value of a metric line `name{labels} value` (or `name value`).
pub fn metric(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find(|l| l.split_once(' ').is_some_and(|(s, _)| s == series))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

/// One metric of the instance at `addr`, scraped now.
pub async fn scrape(addr: SocketAddr, series: &str) -> Option<f64> {
    match get(addr, "/metrics").await {
        Some((200, text)) => metric(&text, series),
        _ => None,
    }
}
