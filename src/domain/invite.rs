//! Invite links: `https://t.me/<bot>?start=<payload>`.
//!
//! A payload is a kind prefix (`m_` manager, `c_` client) and 144 random bits in base64url
//! (26 characters in all, within Telegram's 64-character `start` limit and alphabet).
//! Only the SHA-256 of the payload is stored, so a copy of the database cannot be used to
//! link anyone. An invite is used once, expires, and can be revoked.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

const RANDOM_BYTES: usize = 18;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteKind {
    Manager,
    Client,
}

impl InviteKind {
    fn prefix(self) -> &'static str {
        match self {
            InviteKind::Manager => "m_",
            InviteKind::Client => "c_",
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            InviteKind::Manager => "manager",
            InviteKind::Client => "client",
        }
    }
    pub fn parse(s: &str) -> Option<InviteKind> {
        match s {
            "manager" => Some(InviteKind::Manager),
            "client" => Some(InviteKind::Client),
            _ => None,
        }
    }
}

/// A freshly made invite: the payload goes into the link, only the hash into the database.
#[derive(Debug, Clone)]
pub struct NewInvite {
    pub payload: String,
    pub hash: String,
}

/// Makes a new invite payload from the operating system's random source.
pub fn new_invite(kind: InviteKind) -> NewInvite {
    let mut bytes = [0u8; RANDOM_BYTES];
    getrandom::fill(&mut bytes).expect("the operating system's random source works");
    let payload = format!("{}{}", kind.prefix(), URL_SAFE_NO_PAD.encode(bytes));
    let hash = hash(&payload);
    NewInvite { payload, hash }
}

/// The stored form of a payload.
pub fn hash(payload: &str) -> String {
    Sha256::digest(payload.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What a `/start` payload claims to be, if it has the shape of an invite at all.
pub fn parse_payload(payload: &str) -> Option<InviteKind> {
    let kind = if payload.starts_with("m_") {
        InviteKind::Manager
    } else if payload.starts_with("c_") {
        InviteKind::Client
    } else {
        return None;
    };
    let body = &payload[2..];
    let well_formed = body.len() == RANDOM_BYTES.div_ceil(3) * 4
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    well_formed.then_some(kind)
}

/// The link a person opens.
pub fn link(bot_username: &str, payload: &str) -> String {
    format!("https://t.me/{bot_username}?start={payload}")
}

/// What the database knows about an invite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteState {
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Why an invite cannot be used; each has a message for the person who tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InviteProblem {
    #[error("no such invite")]
    Unknown,
    #[error("invite already used")]
    Used,
    #[error("invite expired")]
    Expired,
    #[error("invite revoked")]
    Revoked,
}

impl InviteProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            InviteProblem::Unknown => "invite-unknown",
            InviteProblem::Used => "invite-used",
            InviteProblem::Expired => "invite-expired",
            InviteProblem::Revoked => "invite-revoked",
        }
    }
}

/// Whether an invite may be used now.
pub fn check(state: &InviteState, now: DateTime<Utc>) -> Result<(), InviteProblem> {
    if state.revoked_at.is_some() {
        Err(InviteProblem::Revoked)
    } else if state.used_at.is_some() {
        Err(InviteProblem::Used)
    } else if now >= state.expires_at {
        Err(InviteProblem::Expired)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn payloads_are_random_well_formed_and_short() {
        let a = new_invite(InviteKind::Client);
        let b = new_invite(InviteKind::Client);
        assert_ne!(a.payload, b.payload);
        assert!(a.payload.len() <= 64);
        assert_eq!(parse_payload(&a.payload), Some(InviteKind::Client));
        assert_eq!(
            parse_payload(&new_invite(InviteKind::Manager).payload),
            Some(InviteKind::Manager)
        );
        assert_eq!(a.hash, hash(&a.payload));
        assert_eq!(a.hash.len(), 64);
        assert!(!a.hash.contains(&a.payload[2..]));
    }

    #[test]
    fn made_up_payloads_are_not_invites() {
        for p in [
            "",
            "c_",
            "c_short",
            "x_AAAAAAAAAAAAAAAAAAAAAAAA",
            "c_AAAAAAAAAAAAAAAAAAAAAA!A",
        ] {
            assert_eq!(parse_payload(p), None, "{p}");
        }
    }

    #[test]
    fn invites_are_single_use_expiring_and_revocable() {
        let now = Utc::now();
        let fresh = InviteState {
            expires_at: now + Duration::days(14),
            used_at: None,
            revoked_at: None,
        };
        assert_eq!(check(&fresh, now), Ok(()));
        assert_eq!(
            check(&fresh, now + Duration::days(14)),
            Err(InviteProblem::Expired)
        );
        let used = InviteState {
            used_at: Some(now),
            ..fresh.clone()
        };
        assert_eq!(check(&used, now), Err(InviteProblem::Used));
        let revoked = InviteState {
            revoked_at: Some(now),
            ..fresh
        };
        assert_eq!(check(&revoked, now), Err(InviteProblem::Revoked));
    }
}
