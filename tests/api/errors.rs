//! Bad input anywhere gets a clear, localized page: never a 500 or a panic.

use crate::helpers::{backends, form_state, spawn_app};
use childvoice::i18n::locales;
use childvoice::store::entities::response;
use sea_orm::{EntityTrait, PaginatorTrait};

#[tokio::test]
async fn unknown_consultations_and_audiences_get_a_localized_404() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        for (path, lang) in [
            ("/s/nowhere?lang=fr", "fr"),
            ("/s/play/age-99?lang=es", "es"),
            ("/s/play/parent/extra", "en"),
            ("/s/Bad%20Slug!", "en"),
        ] {
            let page = app.get(path).await;
            assert_eq!(page.status, 404, "{path}");
            assert_eq!(page.text_of("h1"), Some(locales().t(lang, "error-not-found-title")), "{path}");
        }
        let page = app.get_with("/nothing-here", &[("accept-language", "ar")]).await;
        assert_eq!(page.status, 404);
        assert_eq!(page.attr("html", "dir").as_deref(), Some("rtl"));
    }
}

#[tokio::test]
async fn malformed_and_oversized_bodies_get_400_and_413_pages() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let path = "/s/play/age-13-17?lang=fr";
        let huge = vec![b'a'; 300 * 1024];
        let too_large = app.post_raw(path, "application/x-www-form-urlencoded", huge).await;
        assert_eq!(too_large.status, 413);
        assert_eq!(too_large.text_of("h1"), Some(locales().t("fr", "error-too-large-title")));

        let json = app.post_raw(path, "application/json", b"{\"nav\":\"submit\"}".to_vec()).await;
        assert_eq!(json.status, 400);
        assert_eq!(json.text_of("h1"), Some(locales().t("fr", "error-bad-request-title")));

        for body in
            [&b"%%%==&&&=%ZZ"[..], &[0xff, 0xfe, 0x00, 0x80][..], b"nav=submit&page=99999999999999999999&token=x.y"]
        {
            let page = app.post_raw(path, "application/x-www-form-urlencoded", body.to_vec()).await;
            assert!(page.status < 500, "{:?} gave {}", String::from_utf8_lossy(body), page.status);
        }
        assert_eq!(response::Entity::find().count(&app.db).await.unwrap(), 0, "junk never becomes a response");
    }
}

#[tokio::test]
async fn a_forged_or_foreign_token_never_stores_a_response() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let assent = app.get("/s/play/parent?lang=en").await;
        let token = form_state(&assent).fields.into_iter().find(|(k, _)| k == "token").unwrap().1;
        for (path, token) in [("/s/play/parent?lang=en", "forged.token"), ("/s/play/age-9-12?lang=en", token.as_str())]
        {
            let fields = vec![
                ("token".to_owned(), token.to_owned()),
                ("nav".into(), "submit".into()),
                ("page".into(), "99".into()),
            ];
            let page = app.post_form(path, &fields).await;
            assert_eq!(page.status, 200, "the last screen is shown again");
            assert!(page.contains(&locales().t("en", "form-token-renewed")));
        }
        assert_eq!(response::Entity::find().count(&app.db).await.unwrap(), 0);
    }
}

#[tokio::test]
async fn a_nul_byte_never_refuses_a_childs_answers_nor_an_officers_form_it_is_removed() {
    use crate::helpers::{PASSWORD, bootstrap, post_admin, sign_in};
    use childvoice::store::entities::{answer, channel};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    for backend in crate::helpers::backends() {
        let app = crate::helpers::spawn_app(backend).await;
        let mut w = crate::helpers::walk(&app, "play", childvoice::domain::Audience::Age13to17, "en", 0, false).await;
        let idea = w.final_fields.iter().position(|(k, _)| k == "q.your-idea").expect("the idea field");
        w.final_fields[idea].1 = "more\0 benches\u{1} please".into();
        let sent = app.post_form(&w.final_action, &w.final_fields).await;
        assert_eq!(sent.status, 303, "the answers are taken: {}", sent.html);
        let texts: Vec<String> = answer::Entity::find()
            .filter(answer::Column::Question.eq("your-idea"))
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .filter_map(|a| a.text)
            .collect();
        assert_eq!(texts, ["more benches please"], "stored without the control characters");

        bootstrap(&app, "nultown", "owner@nul.example", "owner");
        let owner = sign_in(&app, "owner@nul.example", PASSWORD).await;
        let id = crate::helpers::create_consultation(&owner, "play", "nul-play").await;
        let detail = format!("/admin/consultations/{id}");
        let added = post_admin(&owner, &format!("{detail}/channels"), &detail, &[("name", "Oak\0 School")]).await;
        assert_eq!(added.status, 303, "{}", added.html);
        let names: Vec<String> =
            channel::Entity::find().all(&app.db).await.unwrap().into_iter().map(|c| c.name).collect();
        assert!(names.contains(&"Oak School".to_owned()), "{names:?}");
    }
}

#[tokio::test]
async fn a_wrong_method_answers_405_with_allow_and_an_unknown_filter_answers_400_with_the_allowed_values() {
    use crate::helpers::{PASSWORD, bootstrap, post_admin, sign_in};
    let app = spawn_app(crate::helpers::Backend::Sqlite).await;
    for (method, path) in
        [("PUT", "/s/play/parent"), ("DELETE", "/s/play"), ("POST", "/healthz"), ("PATCH", "/api/v1/consultations")]
    {
        let res = app
            .client
            .request(reqwest::Method::from_bytes(method.as_bytes()).unwrap(), app.url(path))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 405, "{method} {path}");
        assert!(res.headers().get("allow").is_some(), "{method} {path} says what is allowed");
    }
    assert_eq!(app.get("/nowhere").await.status, 404, "an unknown address is still 404");

    bootstrap(&app, "filtertown", "owner@filter.example", "owner");
    let owner = sign_in(&app, "owner@filter.example", PASSWORD).await;
    let made = post_admin(&owner, "/admin/api", "/admin/api", &[("name", "Probe")]).await;
    let token = made.text_of("code#new-token").expect("a token");
    let id = crate::helpers::create_consultation(&owner, "play", "filter-play").await;
    let detail = format!("/admin/consultations/{id}");
    assert_eq!(post_admin(&owner, &format!("{detail}/state"), &detail, &[("to", "open")]).await.status, 303);
    for (query, parameter) in [
        ("audience=foo", "audience"),
        ("channel=abc", "channel"),
        ("language=xx", "language"),
        ("area=nowhere", "area"),
    ] {
        let res = app
            .client
            .get(app.url(&format!("/api/v1/consultations/filter-play/results?{query}")))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 400, "{query}");
        let body: serde_json::Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
        assert_eq!(body["error"], "bad-filter");
        assert_eq!(body["parameter"], parameter);
        assert!(body["allowed"].as_array().is_some(), "{body}");
        assert_eq!(owner.get(&format!("{detail}/results?{query}")).await.status, 400, "the dashboard too");
    }
    let early = app
        .client
        .get(app.url("/api/v1/consultations/filter-play/results?audience=parent"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(early.status().as_u16(), 409, "no results while children answer");
    assert_eq!(post_admin(&owner, &format!("{detail}/state"), &detail, &[("to", "closed")]).await.status, 303);
    let ok = app
        .client
        .get(app.url("/api/v1/consultations/filter-play/results?audience=parent&language="))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status().as_u16(), 200, "a known value, and an empty one, are fine");
    let doc: serde_json::Value =
        serde_json::from_str(&app.client.get(app.url("/api/openapi.json")).send().await.unwrap().text().await.unwrap())
            .unwrap();
    assert!(
        doc["paths"]["/api/v1/consultations/{slug}/results"]["get"]["responses"]["400"].is_object(),
        "the 400 is documented"
    );
}

#[tokio::test]
async fn a_body_sent_too_slowly_is_cut_off_with_408() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app(crate::helpers::Backend::Sqlite).await;
    let address = app.url("/").trim_start_matches("http://").trim_end_matches('/').to_owned();
    let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    let head = format!(
        "POST /s/play/parent HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nq.a=1"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    // The rest never comes; the server gives up on its own (after 10 s) instead of waiting for ever.
    let mut answer = vec![0u8; 256];
    let n = tokio::time::timeout(std::time::Duration::from_secs(60), stream.read(&mut answer))
        .await
        .expect("the server answers within a minute")
        .unwrap();
    let text = String::from_utf8_lossy(&answer[..n]);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
}
