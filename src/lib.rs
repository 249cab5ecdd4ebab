//! childvoice: anonymous, multilingual, age-appropriate consultations of
//! children and families for child-friendly cities.

pub mod auth;
pub mod config;
pub mod domain;
pub mod emails;
pub mod i18n;
pub mod jobs;
pub mod library;
pub mod mail;
pub mod metrics;
pub mod paths;
pub mod pictures;
pub mod qr;
pub mod rate_limit;
pub mod startup;
pub mod store;
pub mod telemetry;
pub mod token;
pub mod views;
pub mod web;
pub mod xlsform;
