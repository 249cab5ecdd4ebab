//! Disclosure control seen from outside: the same cell reads the same on every
//! surface; no page, export, API answer or log line carries a response id or
//! the order responses came in (ids stay inside the database); response-level data is deleted when its
//! retention ends, and the published figures stay as they were.

use crate::helpers::walk_as;
use crate::helpers::{Browser, TestApp, backends, captured_logs, spawn_app};
use crate::helpers::{PASSWORD, bootstrap, create_consultation_with, post_admin, sign_in};
use childvoice::domain::Audience;
use childvoice::store::entities::{answer, answer_tally, response};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;

/// Opens a consultation of `journeys` with `k` and `extra` settings; its id.
async fn open(owner: &Browser, slug: &str, extra: &[(&str, &str)]) -> i32 {
    let id = create_consultation_with(owner, "journeys", slug, extra).await;
    let detail = format!("/admin/consultations/{id}");
    assert_eq!(post_admin(owner, &format!("{detail}/state"), &detail, &[("to", "open")]).await.status, 303);
    id
}

/// Sends one response per (audience, language), in order; the response id
/// each one got, read from the database right after it was sent.
async fn send_in_order(app: &TestApp, slug: &str, consultation: i32, who: &[(Audience, &str)]) -> Vec<i64> {
    let mut ids = Vec::new();
    for (seed, (audience, lang)) in who.iter().enumerate() {
        let before: Vec<i64> = ids_of(app, consultation).await;
        walk_as(&app.new_browser(), "journeys", slug, None, *audience, lang, seed, true).await;
        let after = ids_of(app, consultation).await;
        let new: Vec<i64> = after.into_iter().filter(|id| !before.contains(id)).collect();
        assert_eq!(new.len(), 1, "one response per walk");
        ids.push(new[0]);
    }
    ids
}

async fn ids_of(app: &TestApp, consultation: i32) -> Vec<i64> {
    response::Entity::find()
        .filter(response::Column::ConsultationId.eq(consultation))
        .all(&app.db)
        .await
        .expect("responses")
        .into_iter()
        .map(|r| r.id)
        .collect()
}

/// Moves the next response and answer ids past 7e12 (a row of another
/// consultation on SQLite, whose next id follows the largest; the sequences on
/// PostgreSQL).
async fn make_ids_distinctive(app: &TestApp) {
    use sea_orm::ConnectionTrait;
    let other = app.consultation_id("play").await;
    let today = chrono::Utc::now().date_naive();
    let db = &app.db;
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        for table in ["responses", "answers"] {
            db.execute_unprepared(&format!("SELECT setval(pg_get_serial_sequence('{table}', 'id'), 7000000000000)"))
                .await
                .expect("a sequence");
        }
    }
    db.execute_unprepared(&format!(
        "INSERT INTO responses (id, consultation_id, audience, language, submitted_on, record_key) VALUES (7000000000000, {other}, 'parent', 'en', '{today}', 0)"
    ))
    .await
    .expect("a far response");
    db.execute_unprepared(&format!(
        "INSERT INTO answers (id, response_id, consultation_id, audience, question, option_id, hidden) VALUES (7000000000000, 7000000000000, {other}, 'parent', 'far', 'far', false)"
    ))
    .await
    .expect("a far answer");
}

async fn json(b: &Browser, path: &str) -> Value {
    let page = b.get(path).await;
    assert_eq!(page.status, 200, "{path}");
    serde_json::from_str(&page.html).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[tokio::test]
async fn no_page_export_api_answer_or_log_line_reveals_response_ids_or_their_order() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        bootstrap(&app, "ordertown", "owner@order.example", "owner");
        let owner = sign_in(&app, "owner@order.example", PASSWORD).await;
        let id = open(&owner, "order-journeys", &[("k", "3")]).await;
        let who: Vec<(Audience, &str)> =
            (0..12).map(|i| ([Audience::Parent, Audience::Age13to17][i % 2], ["en", "fr", "es"][i % 3])).collect();
        // Ids far from any number a page shows, so that finding one in a page means it leaked.
        make_ids_distinctive(&app).await;
        let ids = send_in_order(&app, "order-journeys", id, &who).await;
        let answers =
            answer::Entity::find().filter(answer::Column::ConsultationId.eq(id)).all(&app.db).await.expect("answers");
        let answer_ids: Vec<i64> = answers.iter().map(|a| a.id).collect();

        // Everything an officer or the public can read.
        let base = format!("/admin/consultations/{id}");
        assert_eq!(post_admin(&owner, &format!("{base}/state"), &base, &[("to", "closed")]).await.status, 303);
        let mut seen = String::new();
        for path in [
            base.clone(),
            format!("{base}/results"),
            format!("{base}/results.csv"),
            format!("{base}/results.json"),
            format!("{base}/responses.csv"),
            format!("{base}/texts"),
            format!("{base}/publication"),
            "/admin".to_owned(),
            "/admin/audit".to_owned(),
        ] {
            let page = owner.get(&path).await;
            assert_eq!(page.status, 200, "{path}");
            seen.push_str(&page.html);
        }
        assert_eq!(post_admin(&owner, &format!("{base}/state"), &base, &[("to", "published")]).await.status, 303);
        seen.push_str(&app.new_browser().get("/s/order-journeys/results?lang=en").await.html);
        let made = post_admin(&owner, "/admin/api", "/admin/api", &[("name", "Portal")]).await;
        let token = made.text_of("code#new-token").expect("a token");
        let api = app.new_browser();
        let res = api
            .client
            .get(api.url("/api/v1/consultations/order-journeys/results"))
            .bearer_auth(&token)
            .send()
            .await
            .expect("api");
        seen.push_str(&res.text().await.expect("body"));
        let logs = captured_logs();
        assert!(ids.iter().chain(&answer_ids).all(|id| *id > 7_000_000_000_000), "distinctive ids");
        for id in ids.iter().chain(&answer_ids) {
            let id = id.to_string();
            assert!(!seen.contains(&id), "response or answer id {id} is shown");
            assert!(!logs.contains(&id), "response or answer id {id} is logged");
        }
        for a in answers.iter().filter(|a| a.text.is_some()) {
            let r = a.text_ref.as_deref().expect("a text has an opaque reference");
            assert_eq!(r.len(), 16);
        }

        // The response-level rows do not come in the order responses arrived:
        // the travel mode column, in file order, against arrival order.
        let csv = owner.get(&format!("{base}/responses.csv")).await.html;
        let rows: Vec<&str> = csv.lines().skip(1).collect();
        assert_eq!(rows.len(), ids.len());
        assert!(
            rows.iter().all(|r| r.split(',').next().is_some_and(|n| n.parse::<u64>().is_ok())),
            "a row number, no id"
        );
        let by_key: Vec<i64> = {
            let mut stored = response::Entity::find()
                .filter(response::Column::ConsultationId.eq(id))
                .all(&app.db)
                .await
                .expect("responses");
            stored.sort_by_key(|r| (r.record_key, r.id));
            stored.into_iter().map(|r| r.id).collect()
        };
        assert_ne!(by_key, ids, "the file's order (by random record key) is not the arrival order");
    }
}

#[tokio::test]
async fn every_surface_publishes_the_same_figure_for_the_same_cell() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        bootstrap(&app, "sametown", "owner@same.example", "owner");
        let owner = sign_in(&app, "owner@same.example", PASSWORD).await;
        let id = open(&owner, "same-journeys", &[("k", "3")]).await;
        let who: Vec<(Audience, &str)> =
            (0..16).map(|i| ([Audience::Parent, Audience::Age9to12][i % 2], ["en", "fr"][i % 2])).collect();
        send_in_order(&app, "same-journeys", id, &who).await;
        let base = format!("/admin/consultations/{id}");
        // Figures beyond the total come once answers have stopped.
        assert_eq!(owner.get(&format!("{base}/results.json")).await.status, 409, "not while children answer");
        assert_eq!(post_admin(&owner, &format!("{base}/state"), &base, &[("to", "closed")]).await.status, 303);
        let all = json(&owner, &format!("{base}/results.json")).await;
        let report = &all["results"];
        // The parents' row of the audience table, four ways.
        let parents = report["by_audience"]["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| r["key"] == "parent")
            .expect("parents")["count"]
            .as_u64();
        let filtered = json(&owner, &format!("{base}/results.json?audience=parent")).await;
        assert_eq!(filtered["results"]["responses"].as_u64(), parents, "the filtered view's total");
        let by_lang = json(&owner, &format!("{base}/results.json?language=en")).await;
        assert_eq!(by_lang["results"]["responses"].as_u64(), parents, "all parents answered in English: same people");
        for q in report["questions"].as_array().expect("questions") {
            if let Some(a) = q["audiences"].as_array().expect("audiences").iter().find(|a| a["audience"] == "parent") {
                assert_eq!(a["table"]["total"].as_u64(), parents, "{}: the audience total", q["question"]);
            }
        }
        // The consultation page and the list.
        let detail = owner.get(&base).await;
        let total = report["responses"].as_u64().expect("a total");
        let said = childvoice::i18n::locales().t_args(
            "en",
            "admin-responses-total",
            Some(&childvoice::views::arg("n", total)),
        );
        assert!(detail.contains(&said), "the consultation page's total");
        let rows: Vec<(String, String)> = detail
            .doc()
            .select(&scraper::Selector::parse("tbody tr").expect("selector"))
            .filter_map(|tr| {
                let th = tr.select(&scraper::Selector::parse("th").ok()?).next()?.text().collect::<String>();
                let td = tr.select(&scraper::Selector::parse("td.num").ok()?).next()?.text().collect::<String>();
                Some((th, td))
            })
            .collect();
        let parent_label = childvoice::i18n::locales().t("en", "admin-audience-parent");
        let on_page = rows.iter().find(|(th, _)| *th == parent_label).map(|(_, td)| td.clone()).expect("parents' row");
        if let Some(n) = parents {
            assert_eq!(on_page, n.to_string(), "the consultation page's parents row");
        }
        assert!(owner.get("/admin").await.html.contains(&format!("<td class=\"num\">{total}</td>")));
        // The published page: each parent question's figures as the children read them.
        assert_eq!(post_admin(&owner, &format!("{base}/state"), &base, &[("to", "published")]).await.status, 303);
        let public = app.new_browser().get("/s/same-journeys/results?lang=en&a=parent").await;
        assert!(public.contains(&childvoice::i18n::locales().t_args(
            "en",
            "results-public-count",
            Some(&childvoice::views::arg("n", total))
        )));
        let after = json(&owner, &format!("{base}/results.json")).await;
        assert_eq!(after["results"], *report, "publishing changes no figure");
    }
}

#[tokio::test]
async fn response_level_data_is_deleted_when_its_retention_ends_and_every_figure_stays() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        bootstrap(&app, "keeptown", "owner@keep.example", "owner");
        bootstrap(&app, "keeptown", "analyst@keep.example", "analyst");
        let owner = sign_in(&app, "owner@keep.example", PASSWORD).await;
        let id = open(&owner, "keep-journeys", &[("k", "5"), ("retention", "0")]).await;
        let who: Vec<(Audience, &str)> = (0..8).map(|_| (Audience::Parent, "en")).collect();
        send_in_order(&app, "keep-journeys", id, &who).await;
        let base = format!("/admin/consultations/{id}");
        assert_eq!(post_admin(&owner, &format!("{base}/state"), &base, &[("to", "closed")]).await.status, 303);
        // Closed with answers: it cannot open again (new answers could be compared with what was read).
        let reopened = post_admin(&owner, &format!("{base}/state"), &base, &[("to", "open")]).await;
        assert_eq!(reopened.status, 409);
        assert!(reopened.contains(&childvoice::i18n::locales().t("en", "error-no-reopen-title")));

        // k never goes down once there are answers.
        let edit = owner.get(&format!("{base}/edit")).await;
        assert_eq!(edit.status, 200);
        let mut fields = crate::helpers::form_values(&edit);
        for f in fields.iter_mut().filter(|(k, _)| k == "k") {
            f.1 = "4".into();
        }
        let lowered = owner.post_form(&format!("{base}/edit"), &fields).await;
        assert_eq!(lowered.status, 422, "k cannot go down once there are answers");
        assert!(lowered.contains(&childvoice::i18n::locales().t("en", "admin-error-k-lower")));
        for f in fields.iter_mut().filter(|(k, _)| k == "k") {
            f.1 = "6".into();
        }
        assert_eq!(owner.post_form(&format!("{base}/edit"), &fields).await.status, 303, "it may go up");

        let analyst = sign_in(&app, "analyst@keep.example", PASSWORD).await;
        let before = json(&analyst, &format!("{base}/results.json")).await;
        let tallies = answer_tally::Entity::find()
            .filter(answer_tally::Column::ConsultationId.eq(id))
            .count(&app.db)
            .await
            .expect("tallies");
        assert_eq!(analyst.get(&format!("{base}/responses.csv")).await.status, 200, "while the data is kept");
        assert_eq!(post_admin(&owner, &format!("{base}/state"), &base, &[("to", "published")]).await.status, 303);

        // Retention 0: deleted on publication.
        assert_eq!(
            response::Entity::find()
                .filter(response::Column::ConsultationId.eq(id))
                .count(&app.db)
                .await
                .expect("count"),
            0
        );
        assert_eq!(
            answer::Entity::find().filter(answer::Column::ConsultationId.eq(id)).count(&app.db).await.expect("count"),
            0
        );
        let kept = answer_tally::Entity::find()
            .filter(answer_tally::Column::ConsultationId.eq(id))
            .count(&app.db)
            .await
            .expect("tallies");
        assert_eq!(kept, tallies, "the tallies stay");
        let after = json(&analyst, &format!("{base}/results.json")).await;
        assert_eq!(after["results"], before["results"], "every published figure stays as it was");
        assert_eq!(analyst.get(&format!("{base}/responses.csv")).await.status, 409, "no response-level file any more");
        assert!(owner.get("/admin/audit").await.contains("responses-deleted"), "the deletion is audited");
        // Another consultation keeps its responses (default: 12 months).
        let other = app.consultation_id("journeys").await;
        assert_ne!(other, id);
    }
}
