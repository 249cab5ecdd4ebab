//! sea-orm entities, one per table; column types match `migrations/`.

pub mod answer;
pub mod channel;
pub mod consultation;
pub mod organisation;
pub mod response;
pub mod setting;
pub mod used_token;
