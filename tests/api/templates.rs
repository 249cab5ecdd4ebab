//! The organisation's template library through HTTP: a shipped template
//! copied in, its words edited language by language (each save a new
//! version), the changes between versions, and a version with problems kept
//! but never used for a consultation until they are fixed.

use crate::admin::{PASSWORD, bootstrap, hidden, post_admin, sign_in};
use crate::helpers::{Options, backends, spawn_app_with};

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
        let page = owner.get(&format!("{v1}?lang=fr")).await;
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
        let saved = owner.post_form(&format!("{v1}?lang=fr"), &fields).await;
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
