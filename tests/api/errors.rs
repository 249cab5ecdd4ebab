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
