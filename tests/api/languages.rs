//! Locale negotiation: `?lang=`, then the cookie, then `Accept-Language`, then
//! the consultation's default; Arabic pages are right-to-left.

use crate::helpers::{backends, spawn_app, template};

#[tokio::test]
async fn the_language_comes_from_the_query_then_the_cookie_then_the_browser_then_the_default() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let texts = template("play").texts;
        let title = |lang: &str| texts.text(lang, "title", None);

        let page = app.get_with("/s/play", &[("accept-language", "es-MX,es;q=0.9,en;q=0.5")]).await;
        assert_eq!(page.attr("html", "lang").as_deref(), Some("es"));
        assert_eq!(page.text_of("h1"), Some(title("es")));

        let page = app.get_with("/s/play", &[("accept-language", "de-DE,de;q=0.9")]).await;
        assert_eq!(page.attr("html", "lang").as_deref(), Some("en"), "unknown languages fall back to the default");

        let page = app.get_with("/s/play?lang=ar", &[("accept-language", "fr")]).await;
        assert_eq!(page.attr("html", "lang").as_deref(), Some("ar"));
        assert_eq!(page.attr("html", "dir").as_deref(), Some("rtl"));
        assert_eq!(page.text_of("h1"), Some(title("ar")));

        let page = app.get_with("/s/play", &[("accept-language", "fr")]).await;
        assert_eq!(page.attr("html", "lang").as_deref(), Some("ar"), "the choice is remembered by a cookie");
        let page = app.get_with("/s/play?lang=fr", &[]).await;
        assert_eq!(page.attr("html", "dir").as_deref(), Some("ltr"));
    }
}

#[tokio::test]
async fn the_home_page_lists_the_demo_consultations() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app.get("/?lang=fr").await;
        assert_eq!(page.status, 200);
        assert!(page.html.contains("href=\"/s/play?lang=fr\""));
        assert!(page.html.contains("href=\"/s/journeys?lang=fr\""));
        let health = app.get("/healthz").await;
        assert_eq!(health.status, 200);
    }
}
