//! Every audience of every shipped survey, in every language, walks landing →
//! assent → form → thanks; then the stored rows are read back and compared
//! with what was answered.

use crate::helpers::{LANGUAGES, PAGE_BUDGET, SURVEYS, stored_rows, walk};
use crate::helpers::{
    Options, Page, backends, form_state, primary_nav, spawn_app, spawn_app_with, template, visible_fields,
};
use childvoice::domain::Audience;
use childvoice::store::entities::response;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

#[tokio::test]
async fn every_audience_answers_every_survey_in_every_language_and_the_answers_are_stored() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let mut heaviest = (0, String::new());
        let mut walks = 0;
        for slug in SURVEYS {
            for (a, audience) in Audience::ALL.into_iter().enumerate() {
                for (l, lang) in LANGUAGES.into_iter().enumerate() {
                    let w = walk(&app, slug, audience, lang, a + l, true).await;
                    let stored = stored_rows(&app, slug, audience, lang).await;
                    assert_eq!(stored.len(), 1, "one response for {slug}/{audience}/{lang} on {backend:?}");
                    assert_eq!(stored[0], w.expected, "stored answers of {slug}/{audience}/{lang} on {backend:?}");
                    if w.heaviest.0 > heaviest.0 {
                        heaviest = w.heaviest;
                    }
                    walks += 1;
                }
            }
        }
        let cid = app.consultation_id("play").await;
        let r = response::Entity::find()
            .filter(response::Column::ConsultationId.eq(cid))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(r.submitted_on, chrono::Utc::now().date_naive(), "only the day is kept");
        crate::helpers::say(&format!(
            "{backend:?}: {walks} journeys walked; heaviest respondent page {} bytes compressed with its CSS ({}), budget {PAGE_BUDGET}",
            heaviest.0, heaviest.1
        ));
    }
}

#[tokio::test]
async fn a_question_appears_only_when_its_condition_holds() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let checked = template("journeys");
        let q = checked.template.survey.question("unsafe-things").expect("conditional question");
        let cond = q.show_if.clone().expect("condition").clauses[0].clone();
        // Walk until the screen of the question the condition depends on, answer it both ways.
        for (answer, shown) in [(cond.any_of[0].clone(), true), ("5".to_owned(), false)] {
            let assent = app.get("/s/journeys/age-9-12?lang=en").await;
            let mut fields = form_state(&assent).fields;
            fields.push(("nav".into(), "start".into()));
            let mut page = app.post_form("/s/journeys/age-9-12?lang=en", &fields).await;
            loop {
                let visible = visible_fields(&page);
                let mut fields = form_state(&page).fields;
                if visible.iter().any(|f| f == &format!("q.{}", cond.question)) {
                    fields.push((format!("q.{}", cond.question), answer.clone()));
                    fields.push(("nav".into(), "next".into()));
                    let next = app.post_form("/s/journeys/age-9-12?lang=en", &fields).await;
                    assert_eq!(next.status, 200);
                    assert_eq!(visible_fields(&next).iter().any(|f| f == "q.unsafe-things"), shown, "answer {answer}");
                    break;
                }
                fields.push(("nav".into(), "next".into()));
                page = app.post_form("/s/journeys/age-9-12?lang=en", &fields).await;
                assert_eq!(page.status, 200);
            }
        }
    }
}

#[tokio::test]
async fn back_and_next_keep_every_earlier_answer() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let assent = app.get("/s/play/age-5-8?lang=en").await;
        let mut fields = form_state(&assent).fields;
        fields.push(("nav".into(), "start".into()));
        let first = app.post_form("/s/play/age-5-8?lang=en", &fields).await;
        let q = visible_fields(&first)[0].clone();
        let checked = template("play");
        let qid = q.trim_start_matches("q.");
        let option = checked.template.survey.question(qid).unwrap().kind.options()[1].clone();
        let mut fields = form_state(&first).fields;
        fields.push((q.clone(), option.clone()));
        fields.push(("nav".into(), "next".into()));
        let second = app.post_form("/s/play/age-5-8?lang=en", &fields).await;
        assert!(!visible_fields(&second).contains(&q), "moved on to the next screen");
        assert!(
            form_state(&second).fields.contains(&(q.clone(), option.clone())),
            "the first answer travels with the form"
        );
        let mut fields = form_state(&second).fields;
        fields.push(("nav".into(), "back".into()));
        let back = app.post_form("/s/play/age-5-8?lang=en", &fields).await;
        assert_eq!(back.status, 200);
        let checked_box = back.attr(&format!("input[name=\"{q}\"][value=\"{option}\"]"), "checked");
        assert!(checked_box.is_some(), "going back shows the answer still ticked");
    }
}

/// The reproduction: a `scale` question `feel`, then a `text` question
/// `why-happy` shown when `feel` is 4 or 5; a parent answers 5 on the last
/// screen and sends. The follow-up must be shown before anything is stored.
#[tokio::test]
async fn a_follow_up_opened_on_the_last_screen_is_shown_before_the_form_is_stored() {
    let surveys = crate::helpers::TempDir::new();
    let dir = surveys.0.join("feelings");
    std::fs::create_dir_all(&dir).expect("template folder");
    std::fs::write(
        dir.join("survey.toml"),
        "default_language = \"en\"\nlanguages = [\"en\"]\naudiences = [\"parent\"]\n\n\
         [[question]]\nid = \"feel\"\ntype = \"scale\"\n\n\
         [[question]]\nid = \"why-happy\"\ntype = \"text\"\nshow_if = { question = \"feel\", any_of = [\"4\", \"5\"] }\n",
    )
    .expect("survey.toml");
    std::fs::write(
        dir.join("en.ftl"),
        "title = Feelings\nintro = How do you feel about the park?\nduration = It takes a minute.\n\
         results-when = We will publish what we heard.\nq-feel = How do you feel about the park?\n\
         q-why-happy = What makes you happy there?\n",
    )
    .expect("en.ftl");
    for backend in backends() {
        let app = spawn_app_with(backend, Options { surveys_dir: Some(surveys.0.clone()), ..Default::default() }).await;
        let b = app.new_browser();
        let assent = b.get("/s/feelings/parent?lang=en").await;
        assert_eq!(assent.status, 200, "{}", assent.html);
        let mut fields = form_state(&assent).fields;
        fields.push(("nav".into(), "start".into()));
        let first = b.post_form("/s/feelings/parent?lang=en", &fields).await;
        assert_eq!(primary_nav(&first), "submit", "feel alone is the last screen");
        let mut fields = form_state(&first).fields;
        fields.push(("q.feel".into(), "5".into()));
        fields.push(("nav".into(), "submit".into()));
        let next = b.post_form("/s/feelings/parent?lang=en", &fields).await;
        assert_eq!(next.status, 200, "nothing is stored yet:\n{}", next.html);
        assert!(next.html.contains("name=\"q.why-happy\""), "the follow-up is shown:\n{}", next.html);
        assert_eq!(stored_rows(&app, "feelings", Audience::Parent, "en").await.len(), 0);

        let mut fields = form_state(&next).fields;
        fields.push(("q.why-happy".into(), "The swings".into()));
        fields.push(("nav".into(), primary_nav(&next)));
        let sent = b.post_form("/s/feelings/parent?lang=en", &fields).await;
        assert_eq!(sent.status, 303, "{}", sent.html);
        let rows = stored_rows(&app, "feelings", Audience::Parent, "en").await;
        assert_eq!(rows.len(), 1);
        assert!(rows[0].contains(&("feel".to_owned(), None, Some(5), None)), "{rows:?}");
        assert!(rows[0].contains(&("why-happy".to_owned(), None, None, Some("The swings".to_owned()))), "{rows:?}");
    }
}

#[tokio::test]
async fn the_assent_screen_promises_skipping_only_where_every_question_may_be_skipped() {
    let surveys = crate::helpers::TempDir::new();
    let dir = surveys.0.join("needed");
    std::fs::create_dir_all(&dir).expect("template folder");
    std::fs::write(
        dir.join("survey.toml"),
        "default_language = \"en\"\nlanguages = [\"en\"]\naudiences = [\"age-9-12\", \"parent\"]\n\n\
         [[question]]\nid = \"feel\"\ntype = \"scale\"\n\n\
         [[question]]\nid = \"school\"\ntype = \"single\"\noptions = [\"yes\", \"no\"]\naudiences = [\"parent\"]\nrequired = true\n",
    )
    .expect("survey.toml");
    std::fs::write(
        dir.join("en.ftl"),
        "title = Needed\nintro = How do you feel about the park?\nduration = It takes a minute.\n\
         results-when = We will publish what we heard.\nq-feel = How do you feel about the park?\n\
         q-school = Does your child go to school here?\nq-school-yes = Yes\nq-school-no = No\n",
    )
    .expect("en.ftl");
    let app = spawn_app_with(
        crate::helpers::Backend::Sqlite,
        Options { surveys_dir: Some(surveys.0.clone()), ..Default::default() },
    )
    .await;
    let t = |key: &str, audience: &str| {
        childvoice::i18n::locales().t_for("en", key, audience).replace(['\u{2068}', '\u{2069}'], "")
    };
    let parent = app.new_browser().get("/s/needed/parent?lang=en").await;
    assert_eq!(parent.status, 200, "{}", parent.html);
    let promises = parent.text_of("ul.promises").unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(!promises.contains(&t("assent-skip", "parent")), "no false promise: {promises}");
    assert!(
        promises.contains("except this one, which needs an answer: Does your child go to school here?"),
        "{promises}"
    );
    let child = app.new_browser().get("/s/needed/age-9-12?lang=en").await;
    let promises = child.text_of("ul.promises").unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(promises.contains(&t("assent-skip", "age-9-12")), "nothing is required of them: {promises}");
}

#[tokio::test]
async fn an_exclusive_option_is_refused_with_others_keeping_the_other_answers_and_a_section_starts_a_new_screen() {
    let surveys = crate::helpers::TempDir::new();
    let dir = surveys.0.join("sections");
    std::fs::create_dir_all(&dir).expect("template folder");
    std::fs::write(
        dir.join("survey.toml"),
        "default_language = \"en\"\nlanguages = [\"en\"]\naudiences = [\"parent\"]\n\n\
         [lists]\nyes-no = [\"yes\", \"no\"]\n\n\
         [[question]]\nid = \"stops\"\ntype = \"multiple\"\noptions = [\"traffic\", \"dark\", \"nothing\"]\nexclusive = [\"nothing\"]\n\n\
         [[question]]\nid = \"outside\"\ntype = \"single\"\nlist = \"yes-no\"\n\n\
         [[question]]\nid = \"next-year\"\ntype = \"note\"\nnew_page = true\n\n\
         [[question]]\nid = \"later\"\ntype = \"single\"\nlist = \"yes-no\"\n",
    )
    .expect("survey.toml");
    std::fs::write(
        dir.join("en.ftl"),
        "title = Sections\nintro = About playing outside.\nduration = It takes a minute.\n\
         results-when = We will publish what we heard.\nq-stops = What stops your child playing outside?\n\
         q-stops-traffic = Traffic\nq-stops-dark = The dark\nq-stops-nothing = Nothing stops them\n\
         q-outside = Does your child play outside?\nlist-yes-no-yes = Yes, sure\nlist-yes-no-no = No\n\
         q-next-year = Now a question about next year.\n\
         q-later = Would you answer again next year?\n",
    )
    .expect("en.ftl");
    for backend in backends() {
        let app = spawn_app_with(backend, Options { surveys_dir: Some(surveys.0.clone()), ..Default::default() }).await;
        let b = app.new_browser();
        let assent = b.get("/s/sections/parent?lang=en").await;
        let mut fields = form_state(&assent).fields;
        fields.push(("nav".into(), "start".into()));
        let first = b.post_form("/s/sections/parent?lang=en", &fields).await;
        let shown = visible_fields(&first);
        assert!(shown.contains(&"q.stops".to_owned()) && shown.contains(&"q.outside".to_owned()), "{shown:?}");
        assert!(!shown.contains(&"q.later".to_owned()), "`new_page` starts a screen of its own: {shown:?}");
        assert!(first.contains("Yes, sure"), "a shared list's words, written once");
        let plain = |p: &Page| p.html.replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            plain(&first).contains("“Nothing stops them” goes alone"),
            "the form says so before anyone errs:\n{}",
            first.html
        );

        let mut fields = form_state(&first).fields;
        fields.extend([
            ("q.stops".to_owned(), "traffic".to_owned()),
            ("q.stops".into(), "nothing".into()),
            ("q.outside".into(), "yes".into()),
            ("nav".into(), primary_nav(&first)),
        ]);
        let refused = b.post_form("/s/sections/parent?lang=en", &fields).await;
        assert!(
            plain(&refused).contains("“Nothing stops them” cannot be chosen with other answers"),
            "{}",
            refused.html
        );
        assert!(visible_fields(&refused).contains(&"q.stops".to_owned()), "the same screen again");
        let doc = refused.doc();
        let checked = scraper::Selector::parse("input[name=\"q.outside\"][value=\"yes\"][checked]").unwrap();
        assert_eq!(doc.select(&checked).count(), 1, "the other answer is kept");

        let mut fields = form_state(&refused).fields;
        fields.retain(|(k, _)| !k.starts_with("q.stops") && !k.starts_with("q.outside"));
        fields.extend([
            ("q.stops".to_owned(), "nothing".to_owned()),
            ("q.outside".into(), "yes".into()),
            ("nav".into(), primary_nav(&refused)),
        ]);
        let second = b.post_form("/s/sections/parent?lang=en", &fields).await;
        let shown: Vec<String> = visible_fields(&second).into_iter().filter(|f| f.starts_with("q.")).collect();
        assert_eq!(shown, vec!["q.later".to_owned()], "{}", second.html);
        assert!(
            second.text_of("div.note").is_some_and(|t| t.contains("Now a question about next year.")),
            "the note opens the section"
        );
        let mut with_note = form_state(&second).fields;
        with_note.push(("q.next-year".to_owned(), "sneaked in".to_owned()));
        let mut fields = with_note;
        fields.extend([("q.later".to_owned(), "yes".to_owned()), ("nav".into(), primary_nav(&second))]);
        let sent = b.post_form("/s/sections/parent?lang=en", &fields).await;
        assert_eq!(sent.status, 303, "{}", sent.html);
        let rows = stored_rows(&app, "sections", Audience::Parent, "en").await;
        assert_eq!(rows.len(), 1);
        assert!(rows[0].contains(&("stops".to_owned(), Some("nothing".to_owned()), None, None)), "{rows:?}");
        assert!(!rows[0].iter().any(|r| r.0 == "next-year"), "a note stores nothing: {rows:?}");
    }
}

#[tokio::test]
async fn a_likert_grid_is_one_table_for_parents_and_keeps_one_answer_per_statement() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        // The grid's screen, reached by going on without answering.
        let b = app.new_browser();
        let assent = b.get("/s/play/parent?lang=en").await;
        let mut fields = form_state(&assent).fields;
        fields.push(("nav".into(), "start".into()));
        let mut page = b.post_form("/s/play/parent?lang=en", &fields).await;
        for _ in 0..10 {
            if page.html.contains("class=\"question likert") {
                break;
            }
            let mut fields = form_state(&page).fields;
            fields.push(("nav".into(), primary_nav(&page)));
            page = b.post_form("/s/play/parent?lang=en", &fields).await;
        }
        let doc = page.doc();
        let count = |sel: &str| doc.select(&scraper::Selector::parse(sel).unwrap()).count();
        assert_eq!(count("div.likert tbody th[scope=row]"), 4, "one row per statement:\n{}", page.html);
        assert_eq!(count("div.likert thead th[scope=col]"), 3, "one column per answer");
        assert_eq!(count("div.likert input[type=radio][aria-labelledby]"), 12, "each named by its row and column");
        assert!(page.contains("It is well lit at night."));

        // A whole walk stores one answer per statement.
        let walk = walk(&app.new_browser(), "play", Audience::Parent, "en", 1, true).await;
        let statements: Vec<_> = walk.expected.iter().filter(|r| r.0.starts_with("my-street-")).cloned().collect();
        assert_eq!(statements.len(), 4, "{:?}", walk.expected);
        let stored = stored_rows(&app, "play", Audience::Parent, "en").await;
        assert_eq!(stored.len(), 1);
        assert!(statements.iter().all(|s| stored[0].contains(s)), "{stored:?}");
    }
}

#[tokio::test]
async fn other_please_say_is_kept_only_with_its_option() {
    let surveys = crate::helpers::TempDir::new();
    let dir = surveys.0.join("other");
    std::fs::create_dir_all(&dir).expect("template folder");
    std::fs::write(
        dir.join("survey.toml"),
        "default_language = \"en\"\nlanguages = [\"en\"]\naudiences = [\"parent\"]\n\n\
         [[question]]\nid = \"travel\"\ntype = \"single\"\noptions = [\"walk\", \"bus\", \"other\"]\nother = \"other\"\n\n\
         [[question]]\nid = \"feel\"\ntype = \"scale\"\n",
    )
    .expect("survey.toml");
    std::fs::write(
        dir.join("en.ftl"),
        "title = Other\nintro = How you travel.\nduration = It takes a minute.\n\
         results-when = We will publish what we heard.\nq-travel = How does your child get to school?\n\
         q-travel-walk = Walking\nq-travel-bus = By bus\nq-travel-other = Another way\n\
         q-travel-other-text = Which other way?\nq-feel = How do you feel about it?\n",
    )
    .expect("en.ftl");
    for backend in backends() {
        let app = spawn_app_with(backend, Options { surveys_dir: Some(surveys.0.clone()), ..Default::default() }).await;
        for choice in ["walk", "other"] {
            let b = app.new_browser();
            let assent = b.get("/s/other/parent?lang=en").await;
            let mut fields = form_state(&assent).fields;
            fields.push(("nav".into(), "start".into()));
            let first = b.post_form("/s/other/parent?lang=en", &fields).await;
            let shown = visible_fields(&first);
            assert!(
                shown.contains(&"q.travel-other-text".to_owned()),
                "the text field is beside its option: {shown:?}"
            );
            assert!(first.contains("Which other way?"));
            let mut fields = form_state(&first).fields;
            fields.extend([
                ("q.travel".to_owned(), choice.to_owned()),
                ("q.travel-other-text".into(), "By kayak on the river".into()),
                ("q.feel".into(), "4".into()),
                ("nav".into(), primary_nav(&first)),
            ]);
            let sent = b.post_form("/s/other/parent?lang=en", &fields).await;
            assert_eq!(sent.status, 303, "{}", sent.html);
        }
        let rows = stored_rows(&app, "other", Audience::Parent, "en").await;
        assert_eq!(rows.len(), 2);
        let texts: Vec<Option<String>> =
            rows.iter().map(|r| r.iter().find(|x| x.0 == "travel-other-text").and_then(|x| x.3.clone())).collect();
        assert!(texts.contains(&None), "typed, then left behind by another choice: not kept");
        assert!(texts.contains(&Some("By kayak on the river".to_owned())), "kept with its option: {rows:?}");
    }
}
