//! Integration tests: each starts the real server on a random port against a
//! fresh database (SQLite, and PostgreSQL when CHILDVOICE_TEST_POSTGRES is
//! set) and talks HTTP to it, as a respondent's phone would.

#![allow(clippy::unwrap_used)]

mod helpers;

mod abuse;
mod admin;
mod backup;
mod disclosure;
mod errors;
mod faults;
mod journey;
mod languages;
mod mail;
mod maps;
mod networks;
mod privacy;
mod results;
mod safeguarding;
mod sharing;
mod submissions;
mod surveys_check;
mod templates;
mod xlsform;
