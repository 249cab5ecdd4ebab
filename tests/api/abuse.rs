//! Abuse that costs children nothing: a class behind one address gets through,
//! a flood does not, forwarded addresses count only from trusted proxies,
//! scripts and too-fast posts store nothing, and every page carries the
//! privacy headers.

use crate::helpers::walk;
use crate::helpers::{Backend, Options, backends, spawn_app_with};
use childvoice::domain::Audience;
use childvoice::i18n::locales;
use childvoice::store::entities::response;
use sea_orm::{EntityTrait, PaginatorTrait};

#[tokio::test]
async fn a_class_of_thirty_behind_one_address_all_get_through_and_a_flood_is_held_back() {
    let app = spawn_app_with(Backend::Sqlite, Options { rate_limits: true, ..Default::default() }).await;
    for child in 0..30 {
        let browser = app.new_browser();
        walk(&browser, "play", Audience::Age9to12, "en", child, true).await;
    }
    assert_eq!(response::Entity::find().count(&app.db).await.unwrap(), 30, "every child of the class is stored");

    let w = walk(&app.new_browser(), "play", Audience::Age9to12, "fr", 0, false).await;
    let mut refused = None;
    for _ in 0..200 {
        let page = app.post_form(&w.final_action, &w.final_fields).await;
        if page.status == 429 {
            refused = Some(page);
            break;
        }
        assert_eq!(page.status, 303);
    }
    let refused = refused.expect("a flood from one address is limited");
    assert!(refused.headers.contains_key("retry-after"));
    assert!(refused.contains(&locales().t("fr", "form-busy")), "a friendly page in French");
    let still_there = crate::helpers::form_values(&refused);
    for pair in w.final_fields.iter().filter(|(k, _)| k.starts_with("q.")) {
        assert!(still_there.contains(pair), "{pair:?} is still in the page");
    }
    let metrics = app.get("/metrics").await;
    assert!(metrics.html.contains("childvoice_rate_limited_total{limit=\"submit\"}"), "{}", metrics.html);
}

#[tokio::test]
async fn the_api_over_its_rate_answers_json_429_as_its_openapi_document_says() {
    let app = spawn_app_with(Backend::Sqlite, Options { rate_limits: true, ..Default::default() }).await;
    let doc = app.get("/api/openapi.json").await;
    let doc: serde_json::Value = serde_json::from_str(&doc.html).expect("the OpenAPI document");
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for status in ["429", "503"] {
            assert!(item["get"]["responses"].get(status).is_some(), "{path} documents {status}");
        }
    }
    let mut refused = None;
    // The production limit: a burst of 600, then 300 a minute.
    for _ in 0..700 {
        let page = app.get("/api/v1/consultations").await;
        if page.status == 429 {
            refused = Some(page);
            break;
        }
        assert_eq!(page.status, 401, "no token");
    }
    let refused = refused.expect("a flood from one address is limited");
    assert!(refused.headers.contains_key("retry-after"));
    let body: serde_json::Value = serde_json::from_str(&refused.html).expect("a JSON answer, as every API answer");
    assert_eq!(body["error"], "too-many-requests");
}

#[tokio::test]
async fn forwarded_addresses_are_believed_only_from_trusted_proxies() {
    for (trusted, expect_limited) in [(vec![], true), (vec!["127.0.0.1/32".parse().unwrap()], false)] {
        let app = spawn_app_with(
            Backend::Sqlite,
            Options { rate_limits: true, trusted_proxies: trusted, ..Default::default() },
        )
        .await;
        let w = walk(&app, "journeys", Audience::Parent, "en", 0, false).await;
        let mut limited = false;
        for i in 0..120 {
            let forwarded = format!("198.51.100.{}", i % 250 + 1);
            let page =
                app.post_form_with(&w.final_action, &w.final_fields, &[("x-forwarded-for", forwarded.as_str())]).await;
            limited |= page.status == 429;
        }
        assert_eq!(limited, expect_limited, "X-Forwarded-For changes the key only behind a trusted proxy");
    }
}

#[tokio::test]
async fn honeypot_and_too_fast_posts_store_nothing() {
    for backend in backends() {
        let app = spawn_app_with(backend, Options::default()).await;
        let assent = app.get("/s/play/parent?lang=es").await;
        let mut start = crate::helpers::form_state(&assent).fields;
        start.push(("nav".into(), "start".into()));
        let screen = app.post_form("/s/play/parent?lang=es", &start).await;
        assert_eq!(
            screen.attr("div.hp[aria-hidden=true] input[name=website]", "tabindex").as_deref(),
            Some("-1"),
            "the honeypot is on the form, hidden from people"
        );
        let mut w = walk(&app, "play", Audience::Parent, "es", 0, false).await;
        w.final_fields.push(("website".into(), "http://spam.example".into()));
        let bot = app.post_form(&w.final_action, &w.final_fields).await;
        assert_eq!(bot.status, 303, "the script is thanked");
        assert_eq!(response::Entity::find().count(&app.db).await.unwrap(), 0, "and forgotten");
        assert!(app.get("/metrics").await.html.contains("childvoice_submissions_total{outcome=\"honeypot\"} 1"));

        let slow = spawn_app_with(backend, Options { min_form_seconds: 3600, ..Default::default() }).await;
        let w = walk(&slow, "play", Audience::Parent, "es", 0, false).await;
        let fast = slow.post_form(&w.final_action, &w.final_fields).await;
        assert_eq!(fast.status, 200);
        assert!(fast.contains(&locales().t("es", "form-check-again")));
        assert_eq!(response::Entity::find().count(&slow.db).await.unwrap(), 0);
    }
}

#[tokio::test]
async fn every_page_carries_the_privacy_headers() {
    let app = spawn_app_with(Backend::Sqlite, Options::default()).await;
    let w = walk(&app, "journeys", Audience::Age5to8, "ar", 0, false).await;
    let mut pages = Vec::new();
    for path in [
        "/",
        "/s/play",
        "/s/play/parent",
        "/s/play/thanks",
        "/s/play/results",
        "/s/play/poster",
        "/s/play/qr.svg",
        "/admin/login",
        "/nowhere",
        "/healthz",
    ] {
        pages.push((path.to_owned(), app.get(path).await));
    }
    pages.push((
        "form".into(),
        app.post_form(&w.final_action, &w.final_fields.iter().filter(|(k, _)| k != "nav").cloned().collect::<Vec<_>>())
            .await,
    ));
    for (path, page) in &pages {
        let h = &page.headers;
        let csp =
            h.get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_else(|| panic!("CSP on {path}"));
        assert!(
            csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline")
                && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert_eq!(h.get("referrer-policy").unwrap(), "no-referrer", "{path}");
        let permissions = h.get("permissions-policy").unwrap().to_str().unwrap();
        for feature in ["geolocation=()", "camera=()", "microphone=()"] {
            assert!(permissions.contains(feature), "{path}: {permissions}");
        }
        assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff", "{path}");
        assert!(
            !page.html.contains("<script>") && !page.html.contains("<style>"),
            "{path} has no inline script or style"
        );
    }
    assert_eq!(
        pages.last().unwrap().1.headers.get("cache-control").unwrap(),
        "no-store",
        "form pages are never cached"
    );
    assert_eq!(app.get("/s/play/age-9-12").await.headers.get("cache-control").unwrap(), "no-store");
}

#[tokio::test]
async fn metrics_are_for_operators_not_for_the_public_behind_a_balancer() {
    let app = spawn_app_with(
        Backend::Sqlite,
        Options { trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()], ..Default::default() },
    )
    .await;
    assert_eq!(app.get("/metrics").await.status, 200, "an operator on the machine");
    let public = app.get_with("/metrics", &[("x-forwarded-for", "203.0.113.5")]).await;
    assert_eq!(public.status, 404, "a visitor forwarded by the balancer");
}
