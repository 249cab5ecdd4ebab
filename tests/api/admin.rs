//! Municipalities run consultations: through HTTP as an officer would, from the
//! command line to posters, channels and closing.

use crate::helpers::walk_as;
use crate::helpers::{Backend, Options, PUBLIC_URL, backends, spawn_app_with, template};
use crate::helpers::{PASSWORD, bootstrap, create_consultation, decode_svg, hidden, post_admin, sign_in};
use childvoice::domain::Audience;
use childvoice::i18n::locales;
use childvoice::store::entities::{consultation, response};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

fn link_in(mail: &str, prefix: &str) -> String {
    let start = mail.find(prefix).unwrap_or_else(|| panic!("no {prefix} link in:\n{mail}"));
    mail[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || "-_/:.".contains(*c)).collect()
}

#[tokio::test]
async fn an_officer_goes_from_the_command_line_to_a_closed_consultation() {
    for backend in backends() {
        let app = spawn_app_with(backend, Options { smtp: true, ..Default::default() }).await;
        bootstrap(&app, "riverton", "owner@riverton.example", "owner");
        let owner = sign_in(&app, "owner@riverton.example", PASSWORD).await;
        assert_eq!(owner.get("/admin").await.status, 200);

        // The owner invites an editor; the invitation arrives over SMTP, in French.
        let sent = post_admin(
            &owner,
            "/admin/people",
            "/admin/people",
            &[("email", "Editor@Riverton.example"), ("role", "editor"), ("language", "fr")],
        )
        .await;
        assert_eq!(sent.status, 200, "{}", sent.html);
        let mail = app.mail.as_ref().expect("mail sink").messages();
        assert_eq!(mail.len(), 1, "one invitation");
        assert!(mail[0].contains("To: editor@riverton.example"), "{}", mail[0]);
        assert!(mail[0].contains(&locales().t("fr", "email-invite-action")), "a French invitation:\n{}", mail[0]);
        let link = link_in(&mail[0], &format!("{PUBLIC_URL}/admin/invite/"));
        let path = link.trim_start_matches(PUBLIC_URL).to_owned();

        // The editor accepts it and is signed in.
        let editor = app.new_browser();
        let form = editor.get(&path).await;
        assert_eq!(form.status, 200);
        assert!(form.contains("editor@riverton.example"));
        let too_short =
            editor.post_form(&path, &[("password".into(), "short".into()), ("confirm".into(), "short".into())]).await;
        assert_eq!(too_short.status, 422);
        let accepted =
            editor.post_form(&path, &[("password".into(), PASSWORD.into()), ("confirm".into(), PASSWORD.into())]).await;
        assert_eq!(accepted.status, 303);
        assert_eq!(editor.get(&path).await.status, 410, "the link works once");
        let editor = sign_in(&app, "editor@riverton.example", PASSWORD).await;

        for (template_id, slug) in [("play", "riverton-play"), ("journeys", "riverton-routes")] {
            let id = create_consultation(&editor, template_id, slug).await;
            let detail = format!("/admin/consultations/{id}");
            assert_eq!(app.new_browser().get(&format!("/s/{slug}")).await.status, 404, "a draft is not public");
            assert_eq!(editor.get(&format!("/s/{slug}")).await.status, 200, "its organisation can preview it");

            let launched = post_admin(&editor, &format!("{detail}/state"), &detail, &[("to", "open")]).await;
            assert_eq!(launched.status, 303);
            let added =
                post_admin(&editor, &format!("{detail}/channels"), &detail, &[("name", "Oak Primary, Year 4")]).await;
            assert_eq!(added.status, 303);
            let page = editor.get(&detail).await;
            let code = page.text_of("td code").expect("the channel's code");

            // A child answers through the channel's link.
            let child = app.new_browser();
            let redirect = child.get(&format!("/c/{code}")).await;
            assert_eq!(redirect.status, 303);
            assert_eq!(redirect.location.as_deref(), Some(format!("/s/{slug}?c={code}").as_str()));
            walk_as(&child, template_id, slug, Some(&code), Audience::Age9to12, "en", 1, true).await;
            let cid = app.consultation_id(slug).await;
            let stored =
                response::Entity::find().filter(response::Column::ConsultationId.eq(cid)).all(&app.db).await.unwrap();
            assert_eq!(stored.len(), 1);
            assert!(stored[0].channel_id.is_some(), "the response records its channel");
            let page = editor.get(&detail).await;
            assert!(
                page.contains(&locales().t("fr", "results-figures-later"))
                    && !page.html.contains("<td class=\"num\">1</td>"),
                "while children answer, the channel's count is not shown at all:\n{}",
                page.html
            );

            let closed = post_admin(&editor, &format!("{detail}/state"), &detail, &[("to", "closed")]).await;
            assert_eq!(closed.status, 303);
            let public = app.new_browser().get(&format!("/s/{slug}?lang=ar")).await;
            assert_eq!(public.text_of("h1"), Some(locales().t("ar", "closed-title")));
        }
        let audit = owner.get("/admin/audit").await;
        for needle in ["editor@riverton.example", "riverton-play", "Oak Primary, Year 4"] {
            assert!(audit.contains(needle), "the audit log mentions {needle}");
        }
    }
}

#[tokio::test]
async fn people_see_only_their_own_organisation_and_what_their_role_allows() {
    for backend in backends() {
        let app = spawn_app_with(backend, Options::default()).await;
        bootstrap(&app, "north", "owner@north.example", "owner");
        bootstrap(&app, "south", "owner@south.example", "owner");
        bootstrap(&app, "south", "analyst@south.example", "analyst");
        let south = sign_in(&app, "owner@south.example", PASSWORD).await;
        let id = create_consultation(&south, "play", "south-play").await;
        let detail = format!("/admin/consultations/{id}");
        assert_eq!(
            post_admin(&south, &format!("{detail}/channels"), &detail, &[("name", "Library")]).await.status,
            303
        );

        let north = sign_in(&app, "owner@north.example", PASSWORD).await;
        assert!(!north.get("/admin").await.contains("south-play"));
        for path in [detail.clone(), format!("{detail}/edit")] {
            assert_eq!(north.get(&path).await.status, 404, "GET {path}");
        }
        for (path, extra) in [
            (format!("{detail}/edit"), ("k", "5")),
            (format!("{detail}/state"), ("to", "open")),
            (format!("{detail}/channels"), ("name", "x")),
        ] {
            assert_eq!(post_admin(&north, &path, "/admin/people", &[extra]).await.status, 404, "POST {path}");
        }
        assert_eq!(north.get("/s/south-play").await.status, 404, "another organisation cannot preview a draft");

        let analyst = sign_in(&app, "analyst@south.example", PASSWORD).await;
        assert_eq!(analyst.get(&detail).await.status, 200, "an analyst reads");
        assert_eq!(analyst.get("/admin/consultations/new").await.status, 403);
        assert_eq!(analyst.get(&format!("{detail}/edit")).await.status, 403);
        assert_eq!(
            post_admin(&analyst, &format!("{detail}/state"), &detail, &[("to", "open")]).await.status,
            403,
            "an analyst cannot launch"
        );
        assert_eq!(analyst.get("/admin/people").await.status, 403);

        let no_csrf = south.post_form(&format!("{detail}/state"), &[("to".into(), "open".into())]).await;
        assert_eq!(no_csrf.status, 403);
        let forged = south
            .post_form(&format!("{detail}/state"), &[("to".into(), "open".into()), ("csrf".into(), "guess".into())])
            .await;
        assert_eq!(forged.status, 403);
        let row = consultation::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        assert_eq!(row.state, "draft", "nothing changed");

        let stranger = app.new_browser();
        let redirected = stranger.get(&detail).await;
        assert_eq!(redirected.status, 303);
        assert_eq!(redirected.location.as_deref(), Some("/admin/login"));
        let wrong = stranger
            .post_form(
                "/admin/login",
                &[
                    ("login_token".into(), hidden(&stranger.get("/admin/login").await, "login_token")),
                    ("email".into(), "owner@south.example".into()),
                    ("password".into(), "wrong password!".into()),
                ],
            )
            .await;
        assert_eq!(wrong.status, 401);
        assert!(wrong.contains(&locales().t("en", "admin-login-failed")));
    }
}

#[tokio::test]
async fn sign_in_attempts_from_one_address_are_limited() {
    let app = spawn_app_with(Backend::Sqlite, Options::default()).await;
    let b = app.new_browser();
    let token = hidden(&b.get("/admin/login").await, "login_token");
    let mut statuses = Vec::new();
    for _ in 0..12 {
        let fields = vec![
            ("login_token".to_owned(), token.clone()),
            ("email".into(), "nobody@example.org".into()),
            ("password".into(), "guess guess guess".into()),
        ];
        let res = b.post_form("/admin/login", &fields).await;
        if res.status == 429 {
            assert!(res.headers.contains_key("retry-after"));
        }
        statuses.push(res.status);
    }
    assert!(statuses.contains(&429), "{statuses:?}");
}

fn decode_png(bytes: &[u8]) -> String {
    let img = image::load_from_memory(bytes).expect("png").to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().expect("decodes").1
}

#[tokio::test]
async fn qr_codes_decode_to_the_exact_links() {
    let app = spawn_app_with(Backend::Sqlite, Options::default()).await;
    let png = app.client.get(app.url("/s/play/qr.png?size=400")).send().await.unwrap();
    assert_eq!(png.headers()["content-type"], "image/png");
    assert_eq!(decode_png(&png.bytes().await.unwrap()), format!("{PUBLIC_URL}/s/play"));
    let svg = app.get("/s/journeys/qr.svg").await;
    assert_eq!(decode_svg(&svg.html), format!("{PUBLIC_URL}/s/journeys"));

    bootstrap(&app, "qrtown", "owner@qr.example", "owner");
    let owner = sign_in(&app, "owner@qr.example", PASSWORD).await;
    let id = create_consultation(&owner, "play", "qr-play").await;
    let detail = format!("/admin/consultations/{id}");
    post_admin(&owner, &format!("{detail}/state"), &detail, &[("to", "open")]).await;
    post_admin(&owner, &format!("{detail}/channels"), &detail, &[("name", "Town hall poster")]).await;
    let code = owner.get(&detail).await.text_of("td code").unwrap();
    let png = app.client.get(app.url(&format!("/c/{code}/qr.png"))).send().await.unwrap().bytes().await.unwrap();
    assert_eq!(decode_png(&png), format!("{PUBLIC_URL}/c/{code}"));
    let svg = app.get(&format!("/c/{code}/qr.svg")).await;
    assert_eq!(decode_svg(&svg.html), format!("{PUBLIC_URL}/c/{code}"));

    let poster = app.get(&format!("/c/{code}/poster?lang=es")).await;
    assert_eq!(poster.status, 200);
    assert!(poster.contains(&locales().t("es", "poster-call")));
    assert!(poster.contains(&format!("localhost:8080/c/{code}")), "the short address is written out");
}

#[tokio::test]
async fn a_template_edited_after_launch_leaves_the_live_form_unchanged() {
    for backend in backends() {
        let surveys = crate::helpers::TempDir::new();
        crate::helpers::copy_dir(&crate::helpers::surveys_dir().join("play"), &surveys.0.join("play"));
        let first =
            spawn_app_with(backend, Options { surveys_dir: Some(surveys.0.clone()), ..Default::default() }).await;
        let before = template("play").texts.text("en", "q-play-places", Some(Audience::Parent));
        let en = surveys.0.join("play/en.ftl");
        let text = std::fs::read_to_string(&en).unwrap();
        let start = text.find("\nq-play-places =").expect("the question's text") + 1;
        let end = start + 1 + text[start + 1..].find("\nq-").expect("a next message") + 1;
        std::fs::write(&en, format!("{}q-play-places = Edited question text\n{}", &text[..start], &text[end..]))
            .unwrap();

        // Another instance starts on the edited library, against the same database.
        let db = (first.database_url.clone(), backend);
        let second = spawn_app_with(
            backend,
            Options { surveys_dir: Some(surveys.0.clone()), database_of: Some(db), ..Default::default() },
        )
        .await;
        let assent = second.get("/s/play/parent?lang=en").await;
        let mut fields = crate::helpers::form_state(&assent).fields;
        fields.push(("nav".into(), "start".into()));
        let form = second.post_form("/s/play/parent?lang=en", &fields).await;
        assert!(form.contains(before.lines().next().unwrap()), "the live form keeps the launched wording");
        assert!(!form.contains("Edited question text"));
        drop(second);
        drop(first);
    }
}

#[tokio::test]
async fn officers_see_response_counts_only_once_groups_are_big_enough() {
    let app = spawn_app_with(Backend::Sqlite, Options::default()).await;
    bootstrap(&app, "counttown", "owner@count.example", "owner");
    let owner = sign_in(&app, "owner@count.example", PASSWORD).await;
    let id = create_consultation(&owner, "play", "count-play").await;
    let detail = format!("/admin/consultations/{id}");
    post_admin(&owner, &format!("{detail}/state"), &detail, &[("to", "open")]).await;
    for seed in 0..9 {
        crate::helpers::walk_as(&app.new_browser(), "play", "count-play", None, Audience::Parent, "en", seed, true)
            .await;
    }
    let page = owner.get(&detail).await;
    assert!(!page.html.contains(">9<"), "a group of 9 is never shown as 9");
    assert!(!owner.get("/admin").await.html.contains("<td class=\"num\">9</td>"), "nor in the list");
    for seed in 9..12 {
        crate::helpers::walk_as(&app.new_browser(), "play", "count-play", None, Audience::Age9to12, "en", seed, true)
            .await;
    }
    // The consultation page, the list and the dashboard publish the same figures.
    let page = owner.get(&detail).await;
    let dashboard = owner.get(&format!("{detail}/results")).await;
    let list = owner.get("/admin").await;
    let total = (8..=16u64)
        .find(|n| {
            page.contains(&locales().t_args("en", "admin-responses-total", Some(&childvoice::views::arg("n", *n))))
        })
        .expect("12 people are published as 12, give or take 2");
    assert!((10..=14).contains(&total));
    assert!(dashboard.contains(&locales().t_args(
        "en",
        "admin-responses-total",
        Some(&childvoice::views::arg("n", total))
    )));
    assert!(list.html.contains(&format!("<td class=\"num\">{total}</td>")), "the list shows the same total");
    assert!(!page.html.contains(">9<") && !page.html.contains(">3<"), "9 parents and 3 children: never 9 or 3");
    assert!(page.contains(&locales().t("en", "results-perturbed-note")));
}

#[tokio::test]
async fn a_sign_in_form_works_only_in_the_browser_it_was_shown_in() {
    let app = spawn_app_with(Backend::Sqlite, Options::default()).await;
    bootstrap(&app, "csrftown", "owner@csrf.example", "owner");
    // An attacker's page posts a token it obtained itself, from the victim's browser.
    let attacker = app.new_browser();
    let token = hidden(&attacker.get("/admin/login").await, "login_token");
    let victim = app.new_browser();
    let fields = vec![
        ("login_token".to_owned(), token.clone()),
        ("email".into(), "owner@csrf.example".into()),
        ("password".into(), PASSWORD.into()),
    ];
    let forged = victim.post_form("/admin/login", &fields).await;
    assert_eq!(forged.status, 403, "login CSRF is refused");
    assert!(victim.get("/admin").await.location.as_deref() == Some("/admin/login"), "the victim is not signed in");
    // The attacker's own browser, which holds the cookie, signs in as usual.
    assert_eq!(attacker.post_form("/admin/login", &fields).await.status, 303);
}

#[tokio::test]
async fn posters_are_valid_html_and_qr_pngs_are_the_size_asked_for() {
    let app = spawn_app_with(Backend::Sqlite, Options::default()).await;
    let poster = app.get("/s/play/poster?lang=fr").await;
    assert_eq!(poster.status, 200);
    assert!(!poster.html.contains("<?xml"), "no XML declaration inside HTML");
    assert!(poster.html.contains("<link rel=\"icon\" href=\"data:,\">"), "no request for /favicon.ico");
    for size in [128u32, 512, 1000] {
        let res = app.client.get(app.url(&format!("/s/play/qr.png?size={size}"))).send().await.unwrap();
        let bytes = res.bytes().await.unwrap();
        let img = image::load_from_memory(&bytes).expect("a PNG");
        assert_eq!((img.width(), img.height()), (size, size));
    }
}
