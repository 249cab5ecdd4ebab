//! Submitting: a token lets exactly one response in, a bad answer keeps the
//! others, a closed consultation refuses answers without losing stored ones.

use crate::helpers::{backends, form_state, primary_nav, spawn_app, template, visible_fields};
use crate::helpers::{stored_rows, walk};
use childvoice::domain::Audience;
use childvoice::i18n::locales;
use childvoice::store::entities::{consultation, response};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

#[tokio::test]
async fn sending_the_same_form_twice_stores_one_response() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let w = walk(&app, "play", Audience::Age9to12, "en", 0, false).await;
        let first = app.post_form(&w.final_action, &w.final_fields).await;
        let second = app.post_form(&w.final_action, &w.final_fields).await;
        assert_eq!(first.status, 303);
        assert_eq!(second.status, 303, "a double tap still ends on the thanks page");
        assert_eq!(first.location, second.location);
        let stored = stored_rows(&app, "play", Audience::Age9to12, "en").await;
        assert_eq!(stored.len(), 1, "one response on {backend:?}");
        assert_eq!(stored[0], w.expected);
    }
}

#[tokio::test]
async fn an_invalid_answer_reshows_the_page_with_a_localized_message_and_keeps_the_others() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let checked = template("journeys");
        let number_q = checked
            .template
            .survey
            .questions_for(Audience::Parent)
            .find(|q| q.kind.name() == "number")
            .expect("journeys asks parents a number")
            .id
            .clone();
        let path = "/s/journeys/parent?lang=fr";
        let assent = app.get(path).await;
        let mut fields = form_state(&assent).fields;
        fields.push(("nav".into(), "start".into()));
        let mut page = app.post_form(path, &fields).await;
        // Move to the screen with the number question, answering nothing else.
        while !visible_fields(&page).contains(&format!("q.{number_q}")) {
            let mut fields = form_state(&page).fields;
            fields.push(("nav".into(), primary_nav(&page)));
            page = app.post_form(path, &fields).await;
            assert_eq!(page.status, 200);
        }
        let mut fields = form_state(&page).fields;
        let others: Vec<String> = visible_fields(&page).into_iter().filter(|f| f != &format!("q.{number_q}")).collect();
        let mut kept = Vec::new();
        for f in &others {
            let qid = f.trim_start_matches("q.");
            if let Some(q) = checked.template.survey.question(qid)
                && let Some(o) = q.kind.options().first()
            {
                fields.push((f.clone(), o.clone()));
                kept.push((f.clone(), o.clone()));
            }
        }
        fields.push((format!("q.{number_q}"), "beaucoup".into()));
        fields.push(("nav".into(), "next".into()));
        let again = app.post_form(path, &fields).await;
        assert_eq!(again.status, 422);
        let message = locales().t("fr", "error-not-a-number");
        assert!(again.contains(&message), "the French message «{message}» is shown:\n{}", again.html);
        assert_eq!(
            again.attr(&format!("input[name=\"q.{number_q}\"]"), "value").as_deref(),
            Some("beaucoup"),
            "what was typed is kept"
        );
        for (f, o) in kept {
            assert!(
                again.attr(&format!("input[name=\"{f}\"][value=\"{o}\"]"), "checked").is_some(),
                "{f} stays answered"
            );
        }
        assert_eq!(response::Entity::find().count(&app.db).await.unwrap(), 0, "nothing stored yet");
    }
}

#[tokio::test]
async fn a_closed_consultation_refuses_answers_and_keeps_what_it_has() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        walk(&app, "play", Audience::Parent, "es", 1, true).await;
        let w = walk(&app, "play", Audience::Parent, "es", 2, false).await;
        let cid = app.consultation_id("play").await;
        let row = consultation::Entity::find_by_id(cid).one(&app.db).await.unwrap().unwrap();
        let mut active: consultation::ActiveModel = row.into();
        active.state = Set("closed".into());
        active.update(&app.db).await.unwrap();

        let refused = app.post_form(&w.final_action, &w.final_fields).await;
        assert_eq!(refused.status, 410);
        assert!(refused.contains(&locales().t("es", "closed-title")), "a friendly closed page in Spanish");
        let landing = app.get("/s/play?lang=es").await;
        assert!(landing.contains(&locales().t("es", "closed-title")));
        let kept =
            response::Entity::find().filter(response::Column::ConsultationId.eq(cid)).count(&app.db).await.unwrap();
        assert_eq!(kept, 1, "the response stored before closing is still there");
    }
}

#[tokio::test]
async fn a_young_child_may_send_an_empty_form() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let path = "/s/journeys/age-5-8?lang=ar";
        let assent = app.get(path).await;
        let mut fields = form_state(&assent).fields;
        fields.push(("nav".into(), "start".into()));
        let mut page = app.post_form(path, &fields).await;
        loop {
            let nav = primary_nav(&page);
            let mut fields = form_state(&page).fields;
            fields.push(("nav".into(), nav.clone()));
            let next = app.post_form(path, &fields).await;
            if nav == "submit" {
                assert_eq!(next.status, 303, "skipping everything is fine:\n{}", next.html);
                break;
            }
            assert_eq!(next.status, 200, "never stuck:\n{}", next.html);
            page = next;
        }
        assert_eq!(response::Entity::find().count(&app.db).await.unwrap(), 1);
    }
}
