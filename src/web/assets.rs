//! Serves the stylesheets and the read-aloud script of `views::assets` under
//! their content-hashed paths, cached for good.

use actix_web::{HttpResponse, web};

async fn asset(path: web::Path<String>) -> HttpResponse {
    let Some((body, content_type)) = crate::views::assets::at(&format!("/assets/{}", path.as_str())) else {
        return HttpResponse::NotFound().finish();
    };
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(("cache-control", "public, max-age=31536000, immutable"))
        .body(body)
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(crate::web::resource("/assets/{file}", &["GET"]).route(web::get().to(asset)));
}
