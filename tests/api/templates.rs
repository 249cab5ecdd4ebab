//! The organisation's template library through HTTP: a shipped template
//! copied in, its words edited language by language (each save a new
//! version), the changes between versions, and a version with problems kept
//! but never used for a consultation until they are fixed.

use crate::helpers::{Options, backends, spawn_app_with};
use crate::helpers::{PASSWORD, bootstrap, hidden, post_admin, sign_in};

#[tokio::test]
async fn a_city_adapts_the_words_of_a_shipped_template_version_by_version() {
    for backend in backends() {
        let app = spawn_app_with(backend, Options { many_sign_ins: true, ..Default::default() }).await;
        bootstrap(&app, "hillside", "owner@hillside.example", "owner");
        bootstrap(&app, "hillside", "analyst@hillside.example", "analyst");
        let owner = sign_in(&app, "owner@hillside.example", PASSWORD).await;

        let copied = post_admin(&owner, "/admin/templates/copy", "/admin/templates", &[("from", "play")]).await;
        assert_eq!(copied.status, 303, "{}", copied.html);
        let v1 = copied.location.unwrap();
        let page = owner.get(&format!("{v1}?language=fr")).await;
        assert_eq!(page.status, 200, "{}", page.html);
        assert!(page.html.contains("name=\"t:q-city-listens\""), "a field per key");
        assert!(page.html.contains("name=\"v:q-city-listens:age-9-12\""), "and per audience where the words differ");

        // Every field sent back as shown, with one sentence changed in French.
        let doc = page.doc();
        let areas = scraper::Selector::parse("textarea").unwrap();
        let mut fields: Vec<(String, String)> = vec![("csrf".into(), hidden(&page, "csrf"))];
        for t in doc.select(&areas) {
            let name = t.value().attr("name").unwrap().to_owned();
            let mut text: String = t.text().collect();
            if name == "t:title" {
                text = "Jouer dehors à Hillside".into();
            }
            fields.push((name, text));
        }
        let saved = owner.post_form(&format!("{v1}?language=fr"), &fields).await;
        assert_eq!(saved.status, 303, "{}", saved.html);
        let v2 = saved.location.clone().unwrap();
        assert_ne!(v2.split('?').next(), Some(v1.as_str()), "a new version");
        let v2_base = v2.split("/texts").next().unwrap().to_owned();
        let diff = owner.get(&format!("{v2_base}/diff")).await;
        assert_eq!(diff.status, 200);
        assert!(diff.html.contains("<ins>+ title = Jouer dehors à Hillside</ins>"), "{}", diff.html);
        assert_eq!(diff.html.matches("<ins>").count(), 1, "nothing else changed:\n{}", diff.html);

        // A French key left empty: saved, listed as a problem, not usable.
        let page = owner.get(&v2).await;
        let mut fields: Vec<(String, String)> = vec![("csrf".into(), hidden(&page, "csrf"))];
        let doc = page.doc();
        for t in doc.select(&areas) {
            let name = t.value().attr("name").unwrap().to_owned();
            let text: String = if name == "t:intro" { String::new() } else { t.text().collect() };
            if name.starts_with("v:intro:") {
                continue;
            }
            fields.push((name, text));
        }
        let v3 = owner.post_form(&v2, &fields).await.location.unwrap();
        let page = owner.get(&v3).await;
        assert!(page.html.contains("href=\"#k-intro\""), "the problem points at its field:\n{}", page.html);
        let library = owner.get("/admin/templates").await;
        let uses: Vec<String> = library
            .doc()
            .select(&scraper::Selector::parse("form[action$=\"/use\"]").unwrap())
            .filter_map(|f| f.value().attr("action").map(str::to_owned))
            .collect();
        assert_eq!(uses.len(), 3);
        let refused = post_admin(&owner, &uses[0], "/admin/templates", &[]).await;
        assert_eq!(refused.status, 422, "the newest version has a missing translation");
        assert!(refused.contains("intro"), "{}", refused.html);
        let used = post_admin(&owner, &uses[1], "/admin/templates", &[]).await;
        assert_eq!(used.status, 303, "version 2 is whole: {}", used.html);
        let audit = owner.get("/admin/audit").await.html;
        assert!(audit.contains("copied a shipped template") && audit.contains("edited the words of a template"));

        // Analysts read, and cannot save.
        let analyst = sign_in(&app, "analyst@hillside.example", PASSWORD).await;
        let seen = analyst.get(&v2).await;
        assert_eq!(seen.status, 200);
        assert!(seen.html.contains("readonly") && !seen.html.contains("Save as a new version"));
        let form = analyst.get(&v2).await;
        let tried = analyst.post_form(&v2, &[("csrf".into(), hidden(&form, "csrf"))]).await;
        assert_eq!(tried.status, 403);
        // Another organisation's version does not exist.
        bootstrap(&app, "elsewhere", "owner@elsewhere.example", "owner");
        let other = sign_in(&app, "owner@elsewhere.example", PASSWORD).await;
        assert_eq!(other.get(&v2).await.status, 404);
    }
}

/// The order of the questions on a version's editor page.
fn order(page: &crate::helpers::Page) -> Vec<String> {
    page.doc()
        .select(&scraper::Selector::parse("ol.editor-items > li").unwrap())
        .filter_map(|li| li.value().attr("id").map(|id| id.trim_start_matches("q-").to_owned()))
        .collect()
}

#[tokio::test]
async fn the_questions_of_a_template_are_added_changed_moved_and_deleted_without_script() {
    for backend in backends() {
        let app = spawn_app_with(backend, Options { many_sign_ins: true, ..Default::default() }).await;
        bootstrap(&app, "brookside", "owner@brookside.example", "owner");
        let owner = sign_in(&app, "owner@brookside.example", PASSWORD).await;
        let copied = post_admin(&owner, "/admin/templates/copy", "/admin/templates", &[("from", "journeys")]).await;
        let v1 = copied.location.unwrap().replace("/texts", "/questions");
        let page = owner.get(&v1).await;
        assert_eq!(page.status, 200, "{}", page.html);
        let before = order(&page);
        assert_eq!(before.first().map(String::as_str), Some("travel-mode"));

        // A new question with a bad id: refused, shown again as typed.
        let add = |id: &'static str| {
            vec![
                ("action", "add"),
                ("id", id),
                ("kind", "single"),
                ("options", "yes\nno"),
                ("audiences", "parent"),
                ("show_if", "unsafe-anywhere"),
                ("any_of", "yes"),
            ]
        };
        let bad = post_admin(&owner, &v1, &v1, &add("Crossing_Guard")).await;
        assert_eq!(bad.status, 422, "{}", bad.html);
        assert!(bad.html.contains("value=\"crossing_guard\""), "what was typed is kept");
        assert!(bad.contains("must start with a lowercase letter"), "{}", bad.html);
        let good = post_admin(&owner, &v1, &v1, &add("crossing-guard")).await;
        assert_eq!(good.status, 303, "{}", good.html);
        let v2 = good.location.unwrap();
        let v2 = v2.split('#').next().unwrap().to_owned();
        let page = owner.get(&v2).await;
        assert_eq!(order(&page).last().map(String::as_str), Some("crossing-guard"));
        assert!(page.html.contains("q-crossing-guard"), "its missing words are listed as problems:\n{}", page.html);

        // A change made on an older version is refused: it would drop the newer one's.
        let stale = post_admin(&owner, &v1, &v1, &[("action", "down"), ("id", "travel-mode")]).await;
        assert_eq!(stale.status, 409, "{}", stale.html);
        assert!(stale.html.replace(['\u{2068}', '\u{2069}'], "").contains("version 2 is newer"), "{}", stale.html);
        // Move the first question down, then delete it.
        let moved = post_admin(&owner, &v2, &v2, &[("action", "down"), ("id", "travel-mode")]).await;
        let v3 = moved.location.unwrap().split('#').next().unwrap().to_owned();
        let now = order(&owner.get(&v3).await);
        assert_eq!(&now[..2], &["travel-with".to_owned(), "travel-mode".to_owned()]);
        // A question others depend on cannot go: the check says why, nothing is saved.
        let refused = post_admin(&owner, &v3, &v3, &[("action", "delete"), ("id", "unsafe-anywhere")]).await;
        assert_eq!(refused.status, 422);
        assert!(refused.contains("unsafe-anywhere"), "{}", refused.html);
        let deleted = post_admin(&owner, &v3, &v3, &[("action", "delete"), ("id", "wish-mode")]).await;
        assert_eq!(deleted.status, 303, "{}", deleted.html);
        let v4 = deleted.location.unwrap();
        assert!(!order(&owner.get(&v4).await).contains(&"wish-mode".to_owned()));

        // Changing a question keeps what the form does not show, and each change is a version.
        let change = post_admin(
            &owner,
            &v4,
            &v4,
            &[
                ("action", "save"),
                ("id", "travel-with"),
                ("kind", "single"),
                ("options", "adult\nolder-child\nfriends\nalone"),
                ("audiences", "age-5-8"),
                ("audiences", "age-9-12"),
                ("audiences", "age-13-17"),
                ("audiences", "parent"),
                ("new_page", "yes"),
            ],
        )
        .await;
        assert_eq!(change.status, 303, "{}", change.html);
        let library = owner.get("/admin/templates").await;
        assert_eq!(library.html.matches("/use\"").count(), 5, "five versions, each usable or not");
        let diff_url = change.location.unwrap().split('#').next().unwrap().replace("/questions", "/diff");
        let diff = owner.get(&diff_url).await;
        assert!(diff.html.contains("&quot;new_page&quot;: true</ins>"), "{}", diff.html);

        // A condition of several rows, one of them enough: each row sends
        // `show_if` and `any_of`, paired in order; a row left empty is no clause.
        let v5 = diff_url.replace("/diff", "/questions");
        let either = post_admin(
            &owner,
            &v5,
            &v5,
            &[
                ("action", "add"),
                ("id", "lollipop-person"),
                ("kind", "single"),
                ("options", "yes no"),
                ("audiences", "parent"),
                ("join", "any"),
                ("show_if", "unsafe-anywhere"),
                ("any_of", "yes"),
                ("show_if", ""),
                ("any_of", ""),
                ("show_if", "allowed-alone"),
                ("any_of", "some-places, no"),
            ],
        )
        .await;
        assert_eq!(either.status, 303, "{}", either.html);
        let v6 = either.location.unwrap().split('#').next().unwrap().to_owned();
        let diff = owner.get(&v6.replace("/questions", "/diff")).await;
        let diff = diff.html.replace("&quot;", "\"");
        for expected in ["\"any\": [", "\"question\": \"unsafe-anywhere\"", "\"question\": \"allowed-alone\""] {
            assert!(diff.contains(expected), "{expected} in\n{diff}");
        }
        assert!(diff.contains("\"some-places\",") && diff.contains("\"no\""), "{diff}");
    }
}

#[tokio::test]
async fn a_picture_for_young_children_is_uploaded_made_small_and_served_from_the_consultation() {
    use base64::Engine;
    let app =
        spawn_app_with(crate::helpers::Backend::Sqlite, Options { many_sign_ins: true, ..Default::default() }).await;
    bootstrap(&app, "meadow", "owner@meadow.example", "owner");
    let owner = sign_in(&app, "owner@meadow.example", PASSWORD).await;
    let copied = post_admin(&owner, "/admin/templates/copy", "/admin/templates", &[("from", "play")]).await;
    let v1 = copied.location.unwrap().replace("/texts", "/questions");
    let page = owner.get(&v1).await;
    let csrf = hidden(&page, "csrf");
    let to = v1.replace("/questions", "/pictures");
    let upload = async |file: Vec<u8>| {
        let (ct, body) = crate::helpers::multipart(
            &[("csrf", csrf.as_bytes()), ("option", b"park"), ("question", b"play-places"), ("file", &file)],
            "park.jpg",
        );
        owner.post_raw(&to, &ct, body).await
    };
    // A script in an SVG, and a file that is no picture: refused, said why.
    let bad = upload(b"<svg><script>alert(1)</script></svg>".to_vec()).await;
    assert_eq!(bad.status, 422, "{}", bad.html);
    assert!(bad.contains("must not contain `<script`"), "{}", bad.html);
    assert_eq!(upload(b"%PDF-1.4".to_vec()).await.status, 422);
    // A photograph: made small, re-encoded as PNG.
    let mut photo = image::RgbImage::new(1200, 900);
    for (x, y, p) in photo.enumerate_pixels_mut() {
        *p = image::Rgb([(x / 5 % 255) as u8, (y / 5 % 255) as u8, 120]);
    }
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(photo)
        .write_to(&mut std::io::Cursor::new(&mut jpeg), image::ImageFormat::Jpeg)
        .unwrap();
    let done = upload(jpeg).await;
    assert_eq!(done.status, 303, "{}", done.html);
    let v2 = done.location.unwrap();
    let v2_id: i32 = v2.trim_start_matches("/admin/templates/").split('/').next().unwrap().parse().unwrap();
    let org = childvoice::store::accounts::organisation_by_slug(&app.db, "meadow").await.unwrap().unwrap();
    let (_, t) = childvoice::store::templates::get(&app.db, org, v2_id).await.unwrap().expect("the new version");
    let stored = base64::engine::general_purpose::STANDARD.decode(&t.images["park"].base64).unwrap();
    assert!(stored.starts_with(b"\x89PNG"), "re-encoded as PNG");
    let back = image::load_from_memory(&stored).unwrap();
    assert_eq!((back.width(), back.height()), (192, 144));
    assert!(!t.pictures.contains_key("park"), "the drawing it replaces is gone");
    // A consultation from it shows the picture to children aged 5-8, from its own address.
    let used = post_admin(&owner, &format!("/admin/templates/{v2_id}/use"), "/admin/templates", &[]).await;
    assert_eq!(used.status, 303, "{}", used.html);
    let id: i32 =
        used.location.unwrap().trim_start_matches("/admin/consultations/").trim_end_matches("/edit").parse().unwrap();
    let slug = app.db_slug(id).await;
    let detail = format!("/admin/consultations/{id}");
    assert_eq!(post_admin(&owner, &format!("{detail}/state"), &detail, &[("to", "open")]).await.status, 303);
    let b = app.new_browser();
    let assent = b.get(&format!("/s/{slug}/age-5-8?lang=en")).await;
    let mut fields = crate::helpers::form_state(&assent).fields;
    fields.push(("nav".into(), "start".into()));
    let first = b.post_form(&format!("/s/{slug}/age-5-8?lang=en"), &fields).await;
    let src = first.attr("span.pic img", "src").expect("the picture");
    assert!(src.starts_with(&format!("/s/{slug}/pictures/park")), "{src}");
    let served = b.client.get(b.url(&src)).send().await.unwrap();
    assert_eq!(served.headers()["content-type"], "image/png");
    assert_eq!(served.bytes().await.unwrap().as_ref(), stored.as_slice());
}

#[tokio::test]
async fn a_version_is_previewed_screen_by_screen_for_any_audience_and_language_and_nothing_is_stored() {
    let app =
        spawn_app_with(crate::helpers::Backend::Sqlite, Options { many_sign_ins: true, ..Default::default() }).await;
    bootstrap(&app, "dale", "owner@dale.example", "owner");
    let owner = sign_in(&app, "owner@dale.example", PASSWORD).await;
    let copied = post_admin(&owner, "/admin/templates/copy", "/admin/templates", &[("from", "journeys")]).await;
    let base = copied.location.unwrap().replace("/texts", "");
    let questions = owner.get(&format!("{base}/questions")).await;
    assert!(questions.html.contains(&format!("{base}/preview?audience=age-5-8")), "preview links per audience");
    let before = app.dump_respondent_tables().await;

    // A query string that does not fit (no such audience) is the 400 page, in the page's language.
    let odd = owner.get(&format!("{base}/preview?audience=grown-ups&lang=fr")).await;
    assert_eq!(odd.status, 400, "{}", odd.html);
    let title = childvoice::i18n::locales().t("fr", "error-bad-request-title");
    assert!(odd.html.replace(['\u{2068}', '\u{2069}'], "").contains(&title) && odd.html.contains("lang=\"fr\""));
    let first = owner.get(&format!("{base}/preview?audience=age-5-8&language=ar")).await;
    assert_eq!(first.status, 200, "{}", first.html);
    assert_eq!(first.attr("html", "lang").as_deref(), Some("ar"));
    assert_eq!(first.attr("html", "dir").as_deref(), Some("rtl"));
    let travel = crate::helpers::template("journeys").texts.text(
        "ar",
        "q-travel-mode",
        Some(childvoice::domain::Audience::Age5to8),
    );
    assert!(first.contains(&travel), "the first question, in Arabic, in the words for 5-8");
    assert_eq!(first.attr("form.questions", "method").as_deref(), Some("get"));
    assert!(first.attr("form.questions", "action").unwrap().ends_with("/preview"));
    // Next goes one screen on, Back one screen back; nothing is stored.
    let second = owner.get(&format!("{base}/preview?audience=age-5-8&language=ar&page=0&nav=next")).await;
    assert!(second.html.contains("name=\"page\" value=\"1\""), "{}", second.html);
    let back = owner.get(&format!("{base}/preview?audience=age-5-8&language=ar&page=1&nav=back")).await;
    assert!(back.contains(&travel));
    assert_eq!(app.dump_respondent_tables().await, before, "a preview stores nothing");
    // An audience the template does not ask is refused; another organisation sees nothing.
    assert_eq!(owner.get(&format!("{base}/preview?audience=grown-ups")).await.status, 400);
    bootstrap(&app, "other-dale", "owner@other-dale.example", "owner");
    let other = sign_in(&app, "owner@other-dale.example", PASSWORD).await;
    assert_eq!(other.get(&format!("{base}/preview?audience=parent")).await.status, 404);
}

/// A zip holding these files.
fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    for (name, bytes) in files {
        zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

#[tokio::test]
async fn a_template_folder_is_downloaded_as_a_zip_and_uploaded_again_unchanged() {
    for backend in backends() {
        let app = spawn_app_with(backend, Options { many_sign_ins: true, ..Default::default() }).await;
        bootstrap(&app, "riverside", "owner@riverside.example", "owner");
        let owner = sign_in(&app, "owner@riverside.example", PASSWORD).await;
        let shipped = crate::helpers::template("play");

        // The shipped folder, as a zip: a folder named by the template's id.
        let (status, content_type, zip) = owner.get_bytes("/admin/templates/play/folder.zip").await;
        assert_eq!((status, content_type.as_str()), (200, "application/zip"));
        let (id, files) = childvoice::library::from_zip(&zip, "x").expect("a template folder");
        assert_eq!(id, "play");
        assert!(
            files.contains_key("survey.toml")
                && files.contains_key("ar.ftl")
                && files.contains_key("pictures/park.svg")
        );

        // Uploaded to the library: the same structure, words and pictures.
        let upload = async |bytes: &[u8]| {
            let form = owner.get("/admin/templates").await;
            let csrf = hidden(&form, "csrf");
            let (ct, body) = crate::helpers::multipart(&[("csrf", csrf.as_bytes()), ("file", bytes)], "play.zip");
            owner.post_raw("/admin/templates", &ct, body).await
        };
        let done = upload(&zip).await;
        assert_eq!(done.status, 200, "{}", done.html);
        let list = owner.get("/admin/templates").await;
        let href = list.attr("a[href$='/folder.zip']", "href").expect("a download link per version");
        let (status, _, again) = owner.get_bytes(&href).await;
        assert_eq!(status, 200);
        let (_, files) = childvoice::library::from_zip(&again, "x").unwrap();
        let (template, errors) = childvoice::library::from_files("play", "play", &files).unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        let mut expected = shipped.template.clone();
        expected.audio.clear();
        let mut got = template.clone();
        got.audio.clear();
        assert_eq!(got.survey, expected.survey, "the same structure");
        assert_eq!(got.texts, expected.texts, "the same words, in every language");
        assert_eq!(got.pictures, expected.pictures, "the same pictures");
        let audit = owner.get("/admin/audit").await.html.replace(['\u{2068}', '\u{2069}'], "");
        assert!(audit.contains("imported the template play · version 1"), "{audit}");

        // The library's version also travels as XLSForm, read back by calamine.
        let (status, _, xlsx) = owner.get_bytes(&href.replace("folder.zip", "xlsform.xlsx")).await;
        assert_eq!(status, 200);
        let sheets = childvoice::xlsform::read(&xlsx).expect("a workbook");
        assert_eq!(sheets.len(), 3);

        // A folder that leaves itself, or breaks the rules, saves nothing.
        let evil = zip_of(&[("play/survey.toml", &files["survey.toml"]), ("play/../../etc/passwd", b"x")]);
        let refused = upload(&evil).await;
        assert_eq!(refused.status, 422, "{}", refused.html);
        assert!(refused.contains("is not a path inside the template folder"), "{}", refused.html);
        let toml =
            String::from_utf8(files["survey.toml"].clone()).unwrap().replace("type = \"scale\"", "type = \"slider\"");
        let broken = zip_of(&[("play/survey.toml", toml.as_bytes()), ("play/en.ftl", &files["en.ftl"])]);
        let refused = upload(&broken).await;
        assert_eq!(refused.status, 422, "{}", refused.html);
        assert!(refused.contains("slider"), "the unknown type is named: {}", refused.html);
        assert!(refused.contains("missing"), "and the missing languages too, in one go");
        assert!(!owner.get("/admin/templates").await.html.contains("version 2"));

        // Another organisation's version is not there for them.
        bootstrap(&app, "elsewhere", "owner@elsewhere.example", "owner");
        let other = sign_in(&app, "owner@elsewhere.example", PASSWORD).await;
        assert_eq!(other.get_bytes(&href).await.0, 404);

        // The command line saves a zip into a library too.
        let dir = crate::helpers::TempDir::new();
        let path = dir.0.join("play.zip");
        std::fs::write(&path, &zip).unwrap();
        let (ok, out) = app.cli(&["templates", "import", "--org", "riverside", path.to_str().unwrap()], None);
        assert!(ok && out.contains("play version 2 saved in the library of riverside"), "{out}");
    }
}

#[tokio::test]
async fn a_template_is_started_from_scratch_and_given_languages_and_audiences_version_by_version() {
    for backend in backends() {
        let app = spawn_app_with(backend, Options { many_sign_ins: true, ..Default::default() }).await;
        bootstrap(&app, "northport", "owner@northport.example", "owner");
        bootstrap(&app, "northport", "analyst@northport.example", "analyst");
        let owner = sign_in(&app, "owner@northport.example", PASSWORD).await;
        let new = async |fields: &[(&str, &str)]| {
            post_admin(&owner, "/admin/templates/new", "/admin/templates", fields).await
        };

        // Nothing to start from: refused, with what to do.
        let refused = new(&[("title", "Our square"), ("default_language", "en"), ("audiences", "parent")]).await;
        assert_eq!(refused.status, 422, "{}", refused.html);
        assert!(refused.contains("choose at least one language"), "{}", refused.html);

        let made = new(&[
            ("title", "Our square"),
            ("languages", "en"),
            ("languages", "fr"),
            ("default_language", "en"),
            ("audiences", "age-9-12"),
            ("audiences", "parent"),
        ])
        .await;
        assert_eq!(made.status, 303, "{}", made.html);
        let questions = made.location.clone().unwrap();
        assert!(questions.ends_with("/questions"), "{questions}");
        let page = owner.get(&questions).await;
        assert_eq!(page.status, 200);
        assert!(page.contains("first-question"), "it starts with one question");
        assert!(page.contains("missing translation"), "and says which words are still to write");
        let again =
            new(&[("title", "Our square"), ("languages", "en"), ("default_language", "en"), ("audiences", "parent")])
                .await;
        assert_eq!(again.status, 422);
        assert!(again.contains("'our-square' is already in your library"), "{}", again.html);

        // Settings: Spanish added, parents removed, as the next version.
        let v1 = questions.replace("/questions", "/settings");
        let form = owner.get(&v1).await;
        assert_eq!(form.status, 200);
        assert!(form.html.contains("value=\"fr\" checked"), "the version's languages are ticked");
        let saved = post_admin(
            &owner,
            &v1,
            &v1,
            &[
                ("languages", "en"),
                ("languages", "fr"),
                ("languages", "es"),
                ("default_language", "en"),
                ("audiences", "age-9-12"),
            ],
        )
        .await;
        assert_eq!(saved.status, 303, "{}", saved.html);
        let v2 = saved.location.unwrap();
        assert_ne!(v2, v1);
        let texts = owner.get(&v2.replace("/settings", "/texts?language=es")).await;
        assert_eq!(texts.status, 200);
        assert!(texts.contains("Español · 0/"), "a language added starts with no words: {}", texts.html);
        let form = owner.get(&v2).await;
        assert!(!form.html.contains("value=\"parent\" checked") && form.html.contains("value=\"age-9-12\" checked"));

        // No audience: refused and shown again as chosen; an old version: 409.
        let refused = post_admin(&owner, &v2, &v2, &[("languages", "en"), ("default_language", "en")]).await;
        assert_eq!(refused.status, 422);
        assert!(refused.contains("choose at least one audience"));
        let stale =
            post_admin(&owner, &v1, &v1, &[("languages", "en"), ("default_language", "en"), ("audiences", "parent")])
                .await;
        assert_eq!(stale.status, 409, "{}", stale.html);

        // Analysts read, and change nothing.
        let analyst = sign_in(&app, "analyst@northport.example", PASSWORD).await;
        let read = analyst.get(&v2).await;
        assert_eq!(read.status, 200);
        assert!(!read.html.contains("<form class=\"admin-form\""), "no form for an analyst");
        let csrf = hidden(&analyst.get("/admin/templates").await, "csrf");
        let posted = analyst
            .post_form(
                &v2,
                &[("csrf".into(), csrf), ("languages".into(), "en".into()), ("audiences".into(), "parent".into())],
            )
            .await;
        assert_eq!(posted.status, 403);
        let audit = owner.get("/admin/audit").await.html.replace(['\u{2068}', '\u{2069}'], "");
        assert!(audit.contains("created the template our-square · version 1"), "{audit}");
    }
}
