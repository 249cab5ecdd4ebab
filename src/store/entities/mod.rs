//! sea-orm entities, one per table; column types match `migrations/`.

pub mod access_code;
pub mod answer;
pub mod answer_tally;
pub mod api_token;
pub mod area_set;
pub mod audit_entry;
pub mod channel;
pub mod consultation;
pub mod flag;
pub mod network;
pub mod network_member;
pub mod network_share;
pub mod network_template;
pub mod organisation;
pub mod response;
pub mod response_tally;
pub mod result_update;
pub mod session;
pub mod setting;
pub mod template;
pub mod used_token;
pub mod user;
pub mod user_token;
