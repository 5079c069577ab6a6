//! The web workplace: one axum server for Integrationsmanager and administrators
//! (`/admin/…`: local offers, the offer file, the audit log), rendered on the server
//! (maud), without any script. Sign-in comes from the bot (`/web`), see [`session`].
//!
//! [`router`] returns the workplace's routes; `app.rs` merges it with the routes of other
//! capabilities (`ops`: health, metrics) and serves them on `[web] listen`.

pub mod csrf;
pub mod pages;
pub mod session;
pub mod telegram_html;

use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::usecase::Ctx;

/// What every page handler gets: the same dependencies the bot's handlers have.
pub type State = Arc<Ctx>;

const CSS: &str = include_str!("assets/style.css");

/// The routes of the web workplace, with their security headers.
pub fn router(state: State) -> Router {
    Router::new()
        .route("/", get(pages::today::page))
        .route("/sign-in/{token}", get(session::confirm_page))
        .route("/sign-in", post(session::sign_in))
        .route("/sign-out", post(session::sign_out))
        .route("/sign-out-everywhere", post(session::sign_out_everywhere))
        .route("/signed-out", get(session::signed_out_page))
        .route("/clients", get(pages::caseload::page))
        .route("/clients/{id}", get(pages::client::page))
        .route(
            "/clients/{id}/gemeinde",
            post(pages::client_actions::gemeinde),
        )
        .route(
            "/clients/{id}/handover",
            post(pages::client_actions::hand_over),
        )
        .route("/clients/{id}/extend", post(pages::client_actions::extend))
        .route("/clients/{id}/invite", post(pages::invite::renew))
        .route(
            "/clients/{id}/end",
            get(pages::client_actions::confirm_end).post(pages::client_actions::end),
        )
        .route("/appointments/new", get(pages::appointment::form))
        .route("/appointments", post(pages::appointment::plan))
        .route("/appointments/{id}", get(pages::change::page))
        .route("/appointments/{id}/move", post(pages::change::move_))
        .route(
            "/appointments/{id}/cancel",
            get(pages::change::confirm_cancel).post(pages::change::cancel),
        )
        .route("/week", get(pages::week::page))
        .route(
            "/announcements",
            get(pages::announce::page).post(pages::announce::send),
        )
        .route("/announcements/preview", post(pages::announce::preview))
        .route("/announcements/{id}", get(pages::announce::report))
        .route("/announcements/{id}/cancel", post(pages::announce::cancel))
        .route("/deadlines/new", get(pages::deadline::form))
        .route("/deadlines", post(pages::deadline::add))
        .route("/deadlines/{id}", get(pages::deadline::page))
        .route("/deadlines/{id}/move", post(pages::deadline::move_))
        .route("/deadlines/{id}/cancel", post(pages::deadline::cancel))
        .route("/joins", get(pages::joins::page))
        .route("/joins/{id}/accept", post(pages::joins::accept))
        .route("/joins/{id}/decline", post(pages::joins::decline))
        .route("/admin/offers", get(pages::admin::offers::page))
        .route(
            "/admin/offers/upload",
            get(pages::admin::upload::page).post(pages::admin::upload::check),
        )
        .route("/admin/offers/import", post(pages::admin::upload::import))
        .route(
            "/admin/offers/new",
            get(pages::admin::new_offer::page).post(pages::admin::new_offer::create),
        )
        .route(
            "/admin/offers/export.csv",
            get(pages::admin::upload::export_csv),
        )
        .route(
            "/admin/offers/export.toml",
            get(pages::admin::upload::export_toml),
        )
        .route(
            "/admin/offers/{id}",
            get(pages::admin::edit::page).post(pages::admin::edit::save),
        )
        .route(
            "/admin/offers/{id}/active",
            post(pages::admin::edit::set_active),
        )
        .route(
            "/admin/managers",
            get(pages::admin::managers::page).post(pages::admin::managers::invite),
        )
        .route("/admin/managers/{id}", get(pages::admin::manager::page))
        .route(
            "/admin/managers/{id}/assign",
            post(pages::admin::manager::assign),
        )
        .route(
            "/admin/managers/{id}/deactivate",
            get(pages::admin::manager::confirm).post(pages::admin::manager::deactivate),
        )
        .route(
            "/admin/organisations",
            get(pages::admin::organisations::page).post(pages::admin::organisations::add),
        )
        .route(
            "/admin/gemeinden",
            get(pages::admin::gemeinden::page).post(pages::admin::gemeinden::add),
        )
        .route(
            "/admin/administrators",
            get(pages::admin::administrators::page).post(pages::admin::administrators::add),
        )
        .route(
            "/admin/administrators/{id}/remove",
            get(pages::admin::administrators::confirm).post(pages::admin::administrators::remove),
        )
        .route("/admin/audit", get(pages::admin::audit::page))
        .route("/admin/audit.csv", get(pages::admin::audit::csv))
        .route("/admin/figures", get(pages::admin::figures::page))
        .route("/admin/figures.csv", get(pages::admin::figures::csv))
        .route("/static/style.css", get(style))
        .fallback(pages::not_found)
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

async fn style() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        CSS,
    )
        .into_response()
}

/// No script at all, nothing from elsewhere, never in a frame; personal pages are not
/// cached, and no address (sign-in links!) travels on in a Referer.
async fn security_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
             base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
