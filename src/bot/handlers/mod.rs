//! Handlers, one file per audience: `common` routes and serves everyone, `start` handles
//! `/start` and joining, `client`, `manager` and `admin` what those roles do; `offers` the local offers every
//! role browses.

pub mod admin;
pub mod agenda;
pub mod announcements;
pub mod away;
pub mod broadcast;
pub mod caseload;
pub mod client;
pub mod client_agenda;
pub mod common;
pub mod join;
pub mod manager;
pub mod offers;
pub mod privacy;
pub mod privacy_data;
pub mod start;
pub mod web_link;
