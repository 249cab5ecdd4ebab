//! Anonymous but bounded, and protective: one-use codes let exactly one
//! response in and are never linked to it; words that suggest a child is at
//! risk reach the safeguarding lead, and the child is shown where to get help.

use crate::helpers::{Browser, Options, PUBLIC_URL, Page, backends, form_values, primary_nav, spawn_app_with};
use crate::helpers::{PASSWORD, bootstrap, create_consultation_with, decode_svg, hidden, post_admin, sign_in};
use childvoice::i18n::locales;
use childvoice::store::entities::{access_code, answer, response};
use sea_orm::{EntityTrait, PaginatorTrait};

/// From the assent screen (code already filled in or typed), through every screen, to the send.
async fn answer_with_code(child: &Browser, assent_path: &str, code: Option<&str>) -> Page {
    let assent = child.get(assent_path).await;
    assert_eq!(assent.status, 200, "{}", assent.html);
    let mut fields: Vec<(String, String)> =
        form_values(&assent).into_iter().filter(|(k, _)| k != "access_code").collect();
    let code = code.map(str::to_owned).or_else(|| assent.attr("input#access_code", "value")).unwrap_or_default();
    fields.push(("access_code".into(), code));
    fields.push(("nav".into(), "start".into()));
    let action = assent.attr("form[method=post]", "action").expect("form");
    let mut page = child.post_form(&action, &fields).await;
    while page.status == 200 {
        let mut fields = form_values(&page);
        fields.push(("nav".into(), primary_nav(&page)));
        page = child.post_form(&action, &fields).await;
    }
    page
}

#[tokio::test]
async fn a_class_code_admits_exactly_one_response_and_nothing_links_the_two() {
    for backend in backends() {
        let app = spawn_app_with(backend, Options::default()).await;
        bootstrap(&app, "codetown", "owner@code.example", "owner");
        let owner = sign_in(&app, "owner@code.example", PASSWORD).await;
        let id = create_consultation_with(&owner, "journeys", "class-routes", &[("requires_code", "yes")]).await;
        let detail = format!("/admin/consultations/{id}");
        post_admin(&owner, &format!("{detail}/state"), &detail, &[("to", "open")]).await;
        post_admin(&owner, &format!("{detail}/channels"), &detail, &[("name", "Year 5, Oak School")]).await;
        let page = owner.get(&detail).await;
        let code_action = page.attr("form.inline[action$=\"/codes\"]", "action").expect("a form to make codes");
        let made = post_admin(&owner, &code_action, &detail, &[("count", "3")]).await;
        assert_eq!(made.status, 303);
        let sheet = owner.get(made.location.as_deref().unwrap()).await;
        let doc = sheet.doc();
        let codes: Vec<String> =
            doc.select(&scraper::Selector::parse(".card-code").unwrap()).map(|e| e.text().collect()).collect();
        assert_eq!(codes.len(), 3, "three cut-out cards");
        let channel = page.text_of("td code").unwrap();
        let first_card_qr = doc.select(&scraper::Selector::parse(".card-qr").unwrap()).next().unwrap().inner_html();
        assert_eq!(
            decode_svg(&first_card_qr),
            format!("{PUBLIC_URL}/c/{channel}?k={}", codes[0]),
            "the card's QR code carries its code"
        );

        // The card's link leads a child to the form with the code filled in.
        let child = app.new_browser();
        let landing = child.get(&format!("/c/{channel}?k={}", codes[0])).await.location.unwrap();
        let landing = child.get(&landing).await;
        let assent_link = landing.attr("a.audience[href*=\"age-9-12\"]", "href").unwrap();
        assert!(assent_link.contains(&format!("k={}", codes[0])));
        let sent = answer_with_code(&child, &assent_link, None).await;
        assert_eq!(sent.status, 303, "{}", sent.html);

        let again = app.new_browser();
        let refused =
            answer_with_code(&again, "/s/class-routes/parent?lang=fr", Some(&codes[0].to_lowercase().replace('-', "")))
                .await;
        assert_eq!(refused.status, 422, "a used code is refused, however it is typed");
        // The same words as for a code that never existed: trying a code never
        // tells whether a child has answered with it.
        assert!(refused.contains(&locales().t("fr", "code-unknown")));
        let wrong = answer_with_code(&again, "/s/class-routes/parent?lang=es", Some("ZZZZ-9999")).await;
        assert_eq!(wrong.status, 422);
        assert!(wrong.contains(&locales().t("es", "code-unknown")));
        let second = answer_with_code(&again, "/s/class-routes/parent?lang=en", Some(&codes[1])).await;
        assert_eq!(second.status, 303);
        assert_eq!(response::Entity::find().count(&app.db).await.unwrap(), 2);

        // The card sheet and the consultation page do not change as codes are
        // used; the count of used codes appears only once the consultation has
        // closed, published like any other count.
        let sheet_after = owner.get(made.location.as_deref().unwrap()).await;
        let doc_after = sheet_after.doc();
        let codes_after: Vec<String> =
            doc_after.select(&scraper::Selector::parse(".card-code").unwrap()).map(|e| e.text().collect()).collect();
        assert_eq!(codes_after, codes, "used codes stay on the sheet");
        let used_label = locales().t("en", "admin-codes-used");
        assert!(!owner.get(&detail).await.contains(&used_label), "no used count while children answer");
        post_admin(&owner, &format!("{detail}/state"), &detail, &[("to", "closed")]).await;
        let closed = owner.get(&detail).await;
        assert!(closed.contains(&used_label), "the used count once closed");

        let rows = access_code::Entity::find().into_json().all(&app.db).await.unwrap();
        for row in &rows {
            let keys: Vec<&String> = row.as_object().unwrap().keys().collect();
            assert_eq!(
                keys,
                ["channel_id", "code", "consultation_id", "id", "record_key", "used"],
                "a code knows only whether it was used (and its random key for publishing counts)"
            );
        }
        let responses =
            serde_json::to_string(&response::Entity::find().into_json().all(&app.db).await.unwrap()).unwrap();
        for code in &codes {
            assert!(!responses.contains(code.as_str()), "no response mentions a code");
        }
        assert!(!crate::helpers::captured_logs().contains(codes[0].as_str()), "no log line names a code");
    }
}

/// A free-text answer that should alarm a reader, per shipped language.
const WORRYING: [(&str, &str); 4] = [
    ("en", "I don't like going home because my dad hits me"),
    ("fr", "Je n'aime pas rentrer, mon beau-père me frappe"),
    ("es", "No quiero volver a casa porque mi tío me pega"),
    ("ar", "لا أحب العودة إلى البيت لأن أبي يضربني"),
];

#[tokio::test]
async fn words_that_suggest_a_child_is_at_risk_reach_the_safeguarding_lead_in_every_language() {
    for backend in backends() {
        let app = spawn_app_with(backend, Options { smtp: true, ..Default::default() }).await;
        bootstrap(&app, "demo", "lead@demo.example", "owner");
        let owner = sign_in(&app, "lead@demo.example", PASSWORD).await;
        let people = owner.get("/admin/people").await;
        let lead_form = people.attr("form.inline[action$=\"/lead\"]", "action").unwrap();
        let named = owner
            .post_form(&lead_form, &[("csrf".into(), hidden(&people, "csrf")), ("lead".into(), "yes".into())])
            .await;
        assert_eq!(named.status, 303);
        let lead = sign_in(&app, "lead@demo.example", PASSWORD).await;

        for (i, (lang, text)) in WORRYING.iter().enumerate() {
            let child = app.new_browser();
            let mut w =
                crate::helpers::walk(&child, "play", childvoice::domain::Audience::Age13to17, lang, i, false).await;
            let field =
                w.final_fields.iter().position(|(k, _)| k == "q.your-idea").expect("free text on the last screen");
            w.final_fields[field].1 = (*text).to_owned();
            let sent = child.post_form(&w.final_action, &w.final_fields).await;
            assert_eq!(sent.status, 303);
            let thanks = child.get(sent.location.as_deref().unwrap()).await;
            assert_eq!(
                thanks.text_of(".care h2"),
                Some(locales().t(lang, "thanks-care-title")),
                "a warm message in {lang}"
            );
            assert!(thanks.contains(&locales().t(lang, "help-default")), "with where to get help");
        }
        let queue = lead.get("/admin/safeguarding").await;
        assert_eq!(queue.status, 200);
        for (_, text) in WORRYING {
            assert!(queue.contains(text), "{text} is in the queue");
        }
        let mail = app.mail.as_ref().unwrap().wait_for(WORRYING.len()).await;
        assert_eq!(mail.len(), WORRYING.len(), "the lead is emailed for each");
        for m in &mail {
            assert!(m.contains("To: lead@demo.example") && m.contains("/admin/safeguarding"));
            for (_, text) in WORRYING {
                assert!(!m.contains(text), "the child's words are never in the email");
            }
        }
        let ordinary = app.new_browser();
        let w = crate::helpers::walk(&ordinary, "play", childvoice::domain::Audience::Age13to17, "en", 0, true).await;
        drop(w);
        assert_eq!(app.mail.as_ref().unwrap().messages().len(), WORRYING.len(), "an ordinary answer flags nothing");
        assert!(answer::Entity::find().count(&app.db).await.unwrap() > 0);

        let reviewed = queue.attr("form.inline[action$=\"/reviewed\"]", "action").unwrap();
        let done = lead.post_form(&reviewed, &[("csrf".into(), hidden(&queue, "csrf"))]).await;
        assert_eq!(done.status, 303);
        assert!(lead.get("/admin/safeguarding").await.contains(&locales().t("en", "admin-reviewed-done")));
        let analyst_view = owner.get("/admin/safeguarding").await;
        assert_eq!(analyst_view.status, 200, "the owner here is also the lead");
    }
}
