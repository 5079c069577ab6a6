//! Pure rules, one concept per file: no teloxide, no sqlx. Functions take the current time
//! as an argument and return values or errors; each error maps to a Fluent message id.

pub mod absence;
pub mod appointment;
pub mod consent;
pub mod deadline;
pub mod figures;
pub mod gemeinde;
pub mod ics;
pub mod invite;
pub mod join_request;
pub mod offer;
pub mod offer_edit;
pub mod office_hours;
pub mod privacy;
pub mod relay;
pub mod reminder_plan;
pub mod support_period;
pub mod text;
pub mod when;
