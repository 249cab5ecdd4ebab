//! `/admin`: officers and planners. Every handler takes an `Officer`, and
//! every query is scoped to the officer's organisation, so another
//! organisation's consultation is "not found" whatever URL is typed.

mod api_tokens;
mod auth;
mod consultations;
mod people;
mod results;
mod safeguarding;
mod session;

pub use results::{channel_names, close_passed, filter_of, report};
pub use safeguarding::notify_leads as notify_safeguarding_leads;
pub use session::{AdminError, Officer, SESSION_COOKIE, current};

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

/// An admin page: never cached, so a shared computer's back button shows nothing.
fn html(status: StatusCode, markup: maud::Markup) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header(("cache-control", "no-store"))
        .content_type("text/html; charset=utf-8")
        .body(markup.into_string())
}

fn see_other(location: String) -> HttpResponse {
    HttpResponse::SeeOther().insert_header(("location", location)).finish()
}

/// The first value of a posted field, or "".
fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/admin")
            .route("", web::get().to(consultations::index))
            .route("/", web::get().to(consultations::index))
            .route("/login", web::get().to(auth::login_page))
            .route("/login", web::post().to(auth::login))
            .route("/logout", web::post().to(auth::logout))
            .route("/forgot", web::get().to(auth::forgot_page))
            .route("/forgot", web::post().to(auth::forgot))
            .route("/invite/{token}", web::get().to(auth::invite_page))
            .route("/invite/{token}", web::post().to(auth::accept_invite))
            .route("/reset/{token}", web::get().to(auth::reset_page))
            .route("/reset/{token}", web::post().to(auth::reset))
            .route("/consultations/new", web::get().to(consultations::new_page))
            .route("/consultations", web::post().to(consultations::create))
            .route("/consultations/{id}", web::get().to(consultations::detail))
            .route("/consultations/{id}/edit", web::get().to(consultations::edit_page))
            .route("/consultations/{id}/edit", web::post().to(consultations::update))
            .route("/consultations/{id}/state", web::post().to(consultations::change_state))
            .route("/consultations/{id}/channels", web::post().to(consultations::add_channel))
            .route("/people", web::get().to(people::index))
            .route("/people", web::post().to(people::invite))
            .route("/people/{id}/lead", web::post().to(safeguarding::set_lead))
            .route("/safeguarding", web::get().to(safeguarding::queue))
            .route("/safeguarding/{id}/reviewed", web::post().to(safeguarding::reviewed))
            .route("/consultations/{id}/channels/{channel}/codes", web::get().to(consultations::code_cards))
            .route("/consultations/{id}/channels/{channel}/codes", web::post().to(consultations::make_codes))
            .route("/consultations/{id}/results", web::get().to(results::dashboard))
            .route("/consultations/{id}/results.csv", web::get().to(results::export_csv))
            .route("/consultations/{id}/results.json", web::get().to(results::export_json))
            .route("/consultations/{id}/responses.csv", web::get().to(results::export_responses))
            .route("/consultations/{id}/texts", web::get().to(results::texts))
            .route("/consultations/{id}/texts/{text_ref}", web::post().to(results::hide_text))
            .route("/consultations/{id}/publication", web::get().to(results::publication))
            .route("/consultations/{id}/publication", web::post().to(results::save_publication))
            .route("/consultations/{id}/updates", web::post().to(results::add_update))
            .route("/consultations/{id}/updates/{update}/delete", web::post().to(results::delete_update))
            .route("/api", web::get().to(api_tokens::index))
            .route("/api", web::post().to(api_tokens::create))
            .route("/api/{id}/revoke", web::post().to(api_tokens::revoke))
            .route("/audit", web::get().to(people::audit))
            .route("/languages", web::get().to(people::languages)),
    );
}
