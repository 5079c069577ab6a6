//! A tiny load balancer for the several-instances stories: every request to its address
//! goes to the next of its backends in turn (round robin), as nginx's `upstream` does;
//! a backend that does not answer gives 502 (Telegram then delivers the update again,
//! and the next attempt goes to the next backend).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};

#[derive(Clone)]
struct Balancer {
    backends: Arc<Vec<SocketAddr>>,
    next: Arc<AtomicUsize>,
    client: reqwest::Client,
}

/// Starts the forwarder on a free loopback port; returns its address.
pub async fn round_robin(backends: Vec<SocketAddr>) -> SocketAddr {
    let state = Balancer {
        backends: Arc::new(backends),
        next: Arc::default(),
        // A connection per request, as nginx's upstreams have by default.
        client: reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .unwrap(),
    };
    let app = axum::Router::new()
        .fallback(axum::routing::post(forward))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

async fn forward(
    State(b): State<Balancer>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, Bytes) {
    let i = b.next.fetch_add(1, Ordering::SeqCst) % b.backends.len();
    let mut request = b
        .client
        .post(format!("http://{}{}", b.backends[i], uri.path()))
        .body(body);
    for name in ["content-type", "x-telegram-bot-api-secret-token"] {
        if let Some(v) = headers.get(name).and_then(|v| v.to_str().ok()) {
            request = request.header(name, v);
        }
    }
    match request.send().await {
        Ok(r) => {
            let status = StatusCode::from_u16(r.status().as_u16()).unwrap_or(StatusCode::OK);
            (status, r.bytes().await.unwrap_or_default())
        }
        Err(_) => (StatusCode::BAD_GATEWAY, Bytes::new()),
    }
}
