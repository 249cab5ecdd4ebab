//! Pure types and rules of childvoice: no actix, no sea-orm.
//! Everything a request brings in becomes one of these types at the boundary.

pub mod account;
pub mod anonymise;
pub mod answers;
#[cfg(test)]
mod attack;
pub mod audience;
pub mod consultation;
pub mod disclosure;
pub mod editor;
mod fuzz;
pub mod ids;
pub mod indicators;
pub mod map;
pub mod pages;
pub mod redaction;
pub mod results;
pub mod safeguarding;
pub mod setup;
pub mod survey;
pub mod template;
pub mod texts;
pub mod words;
pub mod xlsform;

pub use answers::{AnswerValue, Answers, FieldError, RawAnswers};
pub use audience::Audience;
pub use consultation::{Consultation, State};
pub use ids::{ConsultationId, OrganisationId};
pub use survey::{Clause, Condition, Join, Question, QuestionKind, Survey, SurveyError};
pub use template::Template;
