//! `/admin`: officers and planners. Every handler takes an `Officer`, and
//! every query is scoped to the officer's organisation, so another
//! organisation's consultation is "not found" whatever URL is typed.

mod api_tokens;
mod areas;
mod auth;
mod consultations;
mod networks;
mod people;
mod results;
mod safeguarding;
mod session;
mod templates;

pub use results::{channel_names, filter_of, report};
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
            .service(crate::web::resource("", &["GET"]).route(web::get().to(consultations::index)))
            .service(crate::web::resource("/", &["GET"]).route(web::get().to(consultations::index)))
            .service(
                crate::web::resource("/login", &["GET", "POST"])
                    .route(web::get().to(auth::login_page))
                    .route(web::post().to(auth::login)),
            )
            .service(crate::web::resource("/logout", &["POST"]).route(web::post().to(auth::logout)))
            .service(
                crate::web::resource("/forgot", &["GET", "POST"])
                    .route(web::get().to(auth::forgot_page))
                    .route(web::post().to(auth::forgot)),
            )
            .service(
                crate::web::resource("/invite/{token}", &["GET", "POST"])
                    .route(web::get().to(auth::invite_page))
                    .route(web::post().to(auth::accept_invite)),
            )
            .service(
                crate::web::resource("/reset/{token}", &["GET", "POST"])
                    .route(web::get().to(auth::reset_page))
                    .route(web::post().to(auth::reset)),
            )
            .service(crate::web::resource("/consultations", &["POST"]).route(web::post().to(consultations::create)))
            .service(
                crate::web::resource("/consultations/{id:\\d+}", &["GET"]).route(web::get().to(consultations::detail)),
            )
            .service(crate::web::resource("/consultations/new", &["GET"]).route(web::get().to(consultations::new_page)))
            .service(
                crate::web::resource("/consultations/{id:\\d+}/edit", &["GET", "POST"])
                    .route(web::get().to(consultations::edit_page))
                    .route(web::post().to(consultations::update)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/state", &["POST"])
                    .route(web::post().to(consultations::change_state)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/channels", &["POST"])
                    .route(web::post().to(consultations::add_channel)),
            )
            .service(
                crate::web::resource("/people", &["GET", "POST"])
                    .route(web::get().to(people::index))
                    .route(web::post().to(people::invite)),
            )
            .service(
                crate::web::resource("/people/{id:\\d+}/lead", &["POST"]).route(web::post().to(safeguarding::set_lead)),
            )
            .service(crate::web::resource("/safeguarding", &["GET"]).route(web::get().to(safeguarding::queue)))
            .service(
                crate::web::resource("/safeguarding/{id:\\d+}/reviewed", &["POST"])
                    .route(web::post().to(safeguarding::reviewed)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/channels/{channel:\\d+}/codes", &["GET", "POST"])
                    .route(web::get().to(consultations::code_cards))
                    .route(web::post().to(consultations::make_codes)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/results", &["GET"])
                    .route(web::get().to(results::dashboard)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/results.csv", &["GET"])
                    .route(web::get().to(results::export_csv)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/results.json", &["GET"])
                    .route(web::get().to(results::export_json)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/results.geojson", &["GET"])
                    .route(web::get().to(results::export_geojson)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/responses.csv", &["GET"])
                    .route(web::get().to(results::export_responses)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/texts", &["GET"]).route(web::get().to(results::texts)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/texts/{text_ref}", &["POST"])
                    .route(web::post().to(results::hide_text)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/publication", &["GET", "POST"])
                    .route(web::get().to(results::publication))
                    .route(web::post().to(results::save_publication)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/updates", &["POST"])
                    .route(web::post().to(results::add_update)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/updates/{update:\\d+}/delete", &["POST"])
                    .route(web::post().to(results::delete_update)),
            )
            .service(
                crate::web::resource("/api", &["GET", "POST"])
                    .route(web::get().to(api_tokens::index))
                    .route(web::post().to(api_tokens::create)),
            )
            .service(crate::web::resource("/api/{id:\\d+}/revoke", &["POST"]).route(web::post().to(api_tokens::revoke)))
            .service(
                crate::web::resource("/areas", &["GET", "POST"])
                    .route(web::get().to(areas::index))
                    .route(web::post().to(areas::upload)),
            )
            .service(crate::web::resource("/areas/{id:\\d+}", &["GET"]).route(web::get().to(areas::detail)))
            .service(
                crate::web::resource("/areas/{id:\\d+}/areas.geojson", &["GET"]).route(web::get().to(areas::download)),
            )
            .service(
                crate::web::resource("/templates", &["GET", "POST"])
                    .route(web::get().to(templates::index))
                    .route(web::post().to(templates::import)),
            )
            .service(
                crate::web::resource("/templates/{id:\\d+}/use", &["POST"])
                    .route(web::post().to(templates::use_template)),
            )
            .service(crate::web::resource("/templates/copy", &["POST"]).route(web::post().to(templates::copy_shipped)))
            .service(crate::web::resource("/templates/new", &["POST"]).route(web::post().to(templates::new_template)))
            .service(
                crate::web::resource("/templates/{id:\\d+}/settings", &["GET", "POST"])
                    .route(web::get().to(templates::settings))
                    .route(web::post().to(templates::save_settings)),
            )
            .service(
                crate::web::resource("/templates/{id:\\d+}/texts", &["GET", "POST"])
                    .route(web::get().to(templates::texts))
                    .route(web::post().to(templates::save_texts)),
            )
            .service(crate::web::resource("/templates/{id:\\d+}/diff", &["GET"]).route(web::get().to(templates::diff)))
            .service(
                crate::web::resource("/templates/{id:\\d+}/preview", &["GET"]).route(web::get().to(templates::preview)),
            )
            .service(
                crate::web::resource("/templates/{id:\\d+}/pictures", &["POST"])
                    .route(web::post().to(templates::upload_picture)),
            )
            .service(
                crate::web::resource("/templates/{id:\\d+}/questions", &["GET", "POST"])
                    .route(web::get().to(templates::questions))
                    .route(web::post().to(templates::edit_questions)),
            )
            .service(
                crate::web::resource("/templates/{id}/{file:xlsform\\.xlsx|folder\\.zip}", &["GET"])
                    .route(web::get().to(templates::download)),
            )
            .service(crate::web::resource("/networks", &["GET"]).route(web::get().to(networks::index)))
            .service(crate::web::resource("/networks/{slug}", &["GET"]).route(web::get().to(networks::dashboard)))
            .service(
                crate::web::resource("/networks/{slug}/members", &["POST"]).route(web::post().to(networks::invite)),
            )
            .service(crate::web::resource("/networks/{slug}/accept", &["POST"]).route(web::post().to(networks::accept)))
            .service(
                crate::web::resource("/networks/{slug}/indicators.csv", &["GET"])
                    .route(web::get().to(networks::export_csv)),
            )
            .service(
                crate::web::resource("/networks/{slug}/indicators.json", &["GET"])
                    .route(web::get().to(networks::export_json)),
            )
            .service(
                crate::web::resource("/networks/{slug}/library", &["GET", "POST"])
                    .route(web::get().to(networks::library))
                    .route(web::post().to(networks::publish)),
            )
            .service(
                crate::web::resource("/networks/{slug}/library/{id:\\d+}/copy", &["POST"])
                    .route(web::post().to(networks::copy)),
            )
            .service(
                crate::web::resource("/consultations/{id:\\d+}/networks", &["POST"])
                    .route(web::post().to(networks::share)),
            )
            .service(crate::web::resource("/audit", &["GET"]).route(web::get().to(people::audit)))
            .service(crate::web::resource("/languages", &["GET"]).route(web::get().to(people::languages))),
    );
}
