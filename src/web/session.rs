//! Sign-in without passwords and the browser session.
//!
//! `/web` in the bot makes a one-time link: 256 random bits, only their SHA-256 hash
//! stored, valid [`LINK_VALID`], used once. Opening it shows a button (a link preview or
//! a scanner that fetches the address uses nothing up); pressing it starts a session: a
//! random id in an `HttpOnly; SameSite=Strict` cookie (`Secure` under https), stored
//! hashed, ending after [`IDLE`] without use or [`MAX_AGE`] in all.

use axum::extract::{Form, FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use chrono::{DateTime, Utc};
use maud::html;
use sha2::{Digest, Sha256};

use super::pages::{self, Page};
use crate::bot::roles::Who;
use crate::store::StoreError;

pub use crate::config::web::{
    SESSION_IDLE as IDLE, SESSION_MAX_AGE as MAX_AGE, SIGN_IN_VALID as LINK_VALID,
};
const COOKIE: &str = "wg_session";

/// A new secret: 256 random bits, URL-safe.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the system's random source works");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored of a secret.
pub fn hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Makes a sign-in link for a person (the bot's `/web`); the link itself is only
/// returned, never stored or logged.
pub async fn new_link(
    ctx: &crate::bot::Ctx,
    telegram_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<String>, StoreError> {
    let Some(base) = ctx.config.web.base_url() else {
        return Ok(None);
    };
    let token = new_secret();
    ctx.store
        .create_sign_in(&hash(&token), telegram_id, now + LINK_VALID, now)
        .await?;
    Ok(base
        .join(&format!("sign-in/{token}"))
        .ok()
        .map(|u| u.to_string()))
}

/// The signed-in person of a request.
#[derive(Debug, Clone)]
pub struct Me {
    pub who: Who,
    pub lang: String,
    pub csrf: String,
    session_hash: String,
}

impl Me {
    pub fn telegram_id(&self) -> i64 {
        self.who.telegram_id
    }
}

fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| {
            c.trim()
                .strip_prefix(&format!("{COOKIE}="))
                .map(str::to_owned)
        })
        .find(|v| !v.is_empty())
}

/// The language for someone signed out: the best of the offered ones their browser asks
/// for (`Accept-Language`), else the default (German).
pub fn browser_language(ctx: &crate::bot::Ctx, headers: &HeaderMap) -> String {
    crate::i18n::Texts::from_accept_language(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
        &ctx.config.locales.offered,
        &ctx.config.locales.default,
    )
    .to_owned()
}

/// The language of whoever is signed in with these headers; signed out, the browser's.
pub async fn language(ctx: &crate::bot::Ctx, headers: &HeaderMap) -> String {
    let default = browser_language(ctx, headers);
    let Some(id) = session_cookie(headers) else {
        return default;
    };
    let now = ctx.clock.now();
    match ctx.store.touch_session(&hash(&id), now - IDLE, now).await {
        Ok(Some(s)) => ctx
            .language_of(s.telegram_id, None)
            .await
            .unwrap_or(default),
        _ => default,
    }
}

impl FromRequestParts<super::State> for Me {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        ctx: &super::State,
    ) -> Result<Self, Self::Rejection> {
        let to_sign_in = || Redirect::to("/signed-out").into_response();
        let Some(id) = session_cookie(&parts.headers) else {
            return Err(to_sign_in());
        };
        let now = ctx.clock.now();
        let session_hash = hash(&id);
        let session = ctx
            .store
            .touch_session(&session_hash, now - IDLE, now)
            .await
            .map_err(|e| pages::internal(ctx, e))?;
        let Some(session) = session else {
            return Err(to_sign_in());
        };
        let who = Who::of(ctx, session.telegram_id)
            .await
            .map_err(|e| pages::internal(ctx, e))?;
        let lang = ctx
            .language_of(session.telegram_id, None)
            .await
            .map_err(|e| pages::internal(ctx, e))?;
        if who.active_manager().is_none() && !who.is_admin() {
            return Err(pages::error(
                ctx,
                &lang,
                StatusCode::FORBIDDEN,
                "web-forbidden",
            ));
        }
        Ok(Me {
            who,
            lang,
            csrf: session.csrf,
            session_hash,
        })
    }
}

/// `GET /sign-in/{token}`: a button that signs in (nothing is used up yet).
pub async fn confirm_page(
    State(ctx): State<super::State>,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    let lang = browser_language(&ctx, &headers);
    let body = html! {
        p { (pages::t(&ctx, &lang, "web-sign-in-intro")) }
        form method="post" action="/sign-in" {
            input type="hidden" name="token" value=(token);
            button type="submit" id="sign-in" { (pages::t(&ctx, &lang, "web-sign-in-button")) }
        }
    };
    Page::new(&ctx, &lang, "web-sign-in-title").render(None, body)
}

#[derive(serde::Deserialize)]
pub struct SignInForm {
    token: String,
}

/// `POST /sign-in`: uses up the link and starts the session.
pub async fn sign_in(
    State(ctx): State<super::State>,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Response {
    let now = ctx.clock.now();
    let id = new_secret();
    let csrf = new_secret();
    let redeemed = ctx
        .store
        .redeem_sign_in(&hash(&form.token), &hash(&id), &csrf, now + MAX_AGE, now)
        .await;
    let lang = browser_language(&ctx, &headers);
    match redeemed {
        Ok(Some(telegram_id)) => {
            let _ = telegram_id;
            tracing::info!("web session started");
            let secure = if ctx.config.web.secure() {
                "; Secure"
            } else {
                ""
            };
            let cookie = format!(
                "{COOKIE}={id}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{secure}",
                MAX_AGE.num_seconds()
            );
            ([(header::SET_COOKIE, cookie)], Redirect::to("/")).into_response()
        }
        Ok(None) => pages::error(&ctx, &lang, StatusCode::FORBIDDEN, "web-link-used"),
        Err(e) => pages::internal(&ctx, e),
    }
}

fn clear_cookie() -> (header::HeaderName, String) {
    (
        header::SET_COOKIE,
        format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"),
    )
}

#[derive(serde::Deserialize)]
pub struct CsrfForm {
    csrf: Option<String>,
}

/// `POST /sign-out`: ends this session.
pub async fn sign_out(
    State(ctx): State<super::State>,
    me: Me,
    Form(form): Form<CsrfForm>,
) -> Response {
    end(&ctx, &me, &form, false).await
}

/// `POST /sign-out-everywhere`: ends every session of this person.
pub async fn sign_out_everywhere(
    State(ctx): State<super::State>,
    me: Me,
    Form(form): Form<CsrfForm>,
) -> Response {
    end(&ctx, &me, &form, true).await
}

async fn end(ctx: &crate::bot::Ctx, me: &Me, form: &CsrfForm, everywhere: bool) -> Response {
    if !super::csrf::valid(&me.csrf, form.csrf.as_deref()) {
        return pages::csrf_refused(ctx, &me.lang);
    }
    let now = ctx.clock.now();
    let ended = if everywhere {
        ctx.store
            .end_sessions_of(me.telegram_id(), now)
            .await
            .map(|_| ())
    } else {
        ctx.store.end_session(&me.session_hash, now).await
    };
    match ended {
        Ok(()) => ([clear_cookie()], Redirect::to("/signed-out")).into_response(),
        Err(e) => pages::internal(ctx, e),
    }
}

/// `GET /signed-out`: how to sign in.
pub async fn signed_out_page(State(ctx): State<super::State>, headers: HeaderMap) -> Response {
    let lang = browser_language(&ctx, &headers);
    let body = html! { p id="signed-out" { (pages::t(&ctx, &lang, "web-signed-out-body")) } };
    Page::new(&ctx, &lang, "web-signed-out-title").render(None, body)
}
