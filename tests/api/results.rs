//! Planners read results: a known set of responses goes in through the form,
//! and every figure on the dashboard, in each export and in the API is checked
//! against counts computed here, independently; with k = 10 a group of 9 is
//! never a number anywhere, nor the difference of two views.

use crate::helpers::parse_csv;
use crate::helpers::{Browser, Options, Page, TestApp, backends, spawn_app_with, template};
use crate::helpers::{PASSWORD, bootstrap, create_consultation_with, post_admin, sign_in};
use crate::helpers::{Row, walk_as};
use childvoice::domain::disclosure::{Count, publish};
use childvoice::domain::results::bins;
use childvoice::domain::{Audience, QuestionKind, Survey};
use childvoice::i18n::locales;
use childvoice::views::arg;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// One response: as it was given (record key unknown: 0), or as it is stored
/// (with its record key).
#[derive(Clone, Debug)]
struct Given {
    audience: Audience,
    lang: String,
    area: String,
    channel: Option<i32>,
    rows: BTreeSet<Row>,
    key: u32,
}

/// The responses of a consultation as stored, with their record keys: what
/// every published figure is computed from, read here without the tallies.
async fn stored(app: &TestApp, consultation_id: i32) -> Vec<Given> {
    use childvoice::store::entities::{answer, response};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let answers = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(consultation_id))
        .all(&app.db)
        .await
        .expect("answers");
    response::Entity::find()
        .filter(response::Column::ConsultationId.eq(consultation_id))
        .all(&app.db)
        .await
        .expect("responses")
        .into_iter()
        .map(|r| Given {
            audience: r.audience.parse().expect("an audience"),
            lang: r.language,
            area: r.area.unwrap_or_default(),
            channel: r.channel_id,
            rows: answers
                .iter()
                .filter(|a| a.response_id == r.id)
                .map(|a| (a.question.clone(), a.option_id.clone(), a.value, a.text.clone()))
                .collect(),
            key: u32::try_from(r.record_key).expect("a record key"),
        })
        .collect()
}

/// Sends a response through the form and remembers what it said.
async fn give(
    app: &TestApp,
    slug: &str,
    channel: Option<(&str, i32)>,
    audience: Audience,
    lang: &'static str,
    seed: usize,
    survey: &Survey,
) -> Given {
    let walk = walk_as(&app.new_browser(), "journeys", slug, channel.map(|c| c.0), audience, lang, seed, true).await;
    // The area a response is counted under: its first area answer.
    let area = survey
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::Area)
        .find_map(|q| walk.expected.iter().find(|r| r.0 == q.id).and_then(|r| r.1.clone()))
        .unwrap_or_default();
    Given { audience, lang: lang.to_owned(), area, channel: channel.map(|c| c.1), rows: walk.expected, key: 0 }
}

/// What a filter selects, computed here.
#[derive(Clone, Default)]
struct Select {
    audience: Option<Audience>,
    lang: Option<&'static str>,
    area: Option<String>,
    channel: Option<i32>,
}

impl Select {
    fn admits(&self, g: &Given) -> bool {
        self.audience.is_none_or(|a| a == g.audience)
            && self.lang.is_none_or(|l| l == g.lang)
            && self.area.as_ref().is_none_or(|a| *a == g.area)
            && self.channel.is_none_or(|c| Some(c) == g.channel)
    }

    fn query(&self) -> String {
        let mut q = Vec::new();
        if let Some(a) = self.audience {
            q.push(format!("audience={a}"));
        }
        if let Some(l) = self.lang {
            q.push(format!("language={l}"));
        }
        if let Some(a) = &self.area {
            q.push(format!("area={a}"));
        }
        if let Some(c) = self.channel {
            q.push(format!("channel={c}"));
        }
        q.join("&")
    }
}

/// Counts (with cell keys) of one question's table for one audience.
fn expected_table(survey: &Survey, given: &[&Given], question: &str, audience: Audience) -> BTreeMap<String, Count> {
    let q = survey.question(question).expect("question");
    let theirs: Vec<&&Given> = given.iter().filter(|g| g.audience == audience).collect();
    let mut out: BTreeMap<String, Count> = BTreeMap::new();
    let mut no_answer = Count::default();
    for g in &theirs {
        let one = Count { n: 1, key: g.key };
        let rows: Vec<&Row> = g.rows.iter().filter(|r| r.0 == question && r.3.is_none()).collect();
        if rows.is_empty() {
            no_answer += one;
            continue;
        }
        for r in rows {
            let key = match &q.kind {
                QuestionKind::Single { .. }
                | QuestionKind::Area
                | QuestionKind::Multiple { .. }
                | QuestionKind::Place { .. } => r.1.clone(),
                QuestionKind::Scale => r.2.map(|v| v.to_string()),
                QuestionKind::Number { min, max } => {
                    let v = r.2.expect("a number");
                    bins(*min, *max)
                        .into_iter()
                        .find(|(lo, hi)| *lo <= v && v <= *hi)
                        .map(|(lo, hi)| if lo == hi { lo.to_string() } else { format!("{lo}-{hi}") })
                }
                QuestionKind::Rank { .. } => r.1.clone().filter(|_| r.2 == Some(1)),
                QuestionKind::Text { .. } | QuestionKind::Note => None,
            };
            if let Some(key) = key {
                *out.entry(key).or_default() += one;
            }
        }
    }
    out.insert("-".into(), no_answer);
    out
}

fn count_of<'a>(responses: impl Iterator<Item = &'a &'a Given>) -> Count {
    responses.map(|g| Count { n: 1, key: g.key }).sum()
}

/// Checks a report (as the JSON export and the API give it) against figures
/// computed here: each one exactly as the cell key method publishes the
/// stored responses of its cell (from their record keys, not the tallies),
/// and within the perturbation table's deviation (2) of what was given.
/// Returns how many figures were shown (and so compared).
fn check_report(survey: &Survey, results: &Value, given: &[Given], stored: &[Given], select: &Select, k: u64) -> usize {
    let chosen: Vec<&Given> = given.iter().filter(|g| select.admits(g)).collect();
    let cells: Vec<&Given> = stored.iter().filter(|g| select.admits(g)).collect();
    assert_eq!(chosen.len(), cells.len(), "every response given is stored");
    let figure = |c: Count| publish(c, k).shown();
    let near = |shown: u64, truth: u64, what: &str| {
        assert!(shown.abs_diff(truth) <= 2, "{what}: {shown} is more than 2 from {truth}");
        assert!(shown == 0 || shown >= k, "{what}: {shown} is under k");
        assert!(truth != 0 || shown == 0, "{what}: zeros stay zero");
    };
    let total = figure(count_of(cells.iter())).filter(|n| *n >= k);
    if total.is_none() {
        assert_eq!(results["too_few"], true, "fewer than k published: only that fact is shown");
        assert!(results["questions"].as_array().is_none_or(Vec::is_empty));
        assert!(results["responses"].is_null());
        return 0;
    }
    let mut shown = 0;
    assert_eq!(results["responses"].as_u64(), total, "responses");
    near(total.unwrap_or(0), chosen.len() as u64, "responses");
    for row in results["by_audience"]["rows"].as_array().expect("by audience") {
        let of = |list: &[&Given]| list.iter().filter(|g| g.audience.as_str() == row["key"]).count() as u64;
        let want = figure(count_of(cells.iter().filter(|g| g.audience.as_str() == row["key"])));
        assert_eq!(row["count"].as_u64(), want, "responses of {}", row["key"]);
        if let Some(n) = want {
            near(n, of(&chosen), "an audience");
            shown += 1;
        }
    }
    for q in results["questions"].as_array().expect("questions") {
        let id = q["question"].as_str().expect("id");
        for a in q["audiences"].as_array().expect("audiences") {
            let audience: Audience = a["audience"].as_str().expect("audience").parse().expect("an audience");
            let exact = expected_table(survey, &cells, id, audience);
            let truth = expected_table(survey, &chosen, id, audience);
            for row in a["table"]["rows"].as_array().expect("rows") {
                let key = row["key"].as_str().expect("key");
                let want = figure(exact.get(key).copied().unwrap_or_default());
                assert_eq!(row["count"].as_u64(), want, "{id} / {audience} / {key} under {}", select.query());
                if let Some(n) = want {
                    near(n, truth.get(key).map_or(0, |c| c.n), &format!("{id} / {audience} / {key}"));
                    shown += 1;
                }
            }
        }
    }
    shown
}

/// The count texts of every table row of each question and audience on the dashboard.
fn dashboard_counts(page: &Page) -> BTreeMap<(String, usize), Vec<String>> {
    let doc = page.doc();
    let sel = |s: &str| scraper::Selector::parse(s).expect("selector");
    let mut out = BTreeMap::new();
    for section in doc.select(&sel("section.question-results")) {
        let id = section.value().attr("aria-labelledby").unwrap_or("").trim_start_matches("q-").to_owned();
        for (i, div) in section.select(&sel("div.audience-answers")).enumerate() {
            // The figures' table (a rank question's average places follow in a second one).
            let table = div.select(&sel("table")).next().expect("a table of figures");
            let counts = table
                .select(&sel("tbody tr td.num:nth-of-type(1)"))
                .map(|td| td.text().collect::<String>().trim().to_owned())
                .collect();
            out.insert((id.clone(), i), counts);
        }
    }
    out
}

async fn get_json(b: &Browser, path: &str, token: Option<&str>) -> (u16, Value) {
    let mut req = b.client.get(b.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.expect("request");
    let status = res.status().as_u16();
    let text = res.text().await.expect("body");
    (status, serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not JSON ({e}): {text}")))
}

/// Adds a channel to the consultation; its code.
async fn channel(owner: &Browser, id: i32, name: &str) -> String {
    let detail = format!("/admin/consultations/{id}");
    let res = post_admin(owner, &format!("{detail}/channels"), &detail, &[("name", name)]).await;
    assert_eq!(res.status, 303);
    let page = owner.get(&detail).await;
    let doc = page.doc();
    let row = doc
        .select(&scraper::Selector::parse("tr").expect("selector"))
        .find(|tr| tr.text().any(|t| t == name))
        .expect("the channel's row");
    let code = row.select(&scraper::Selector::parse("code").expect("selector")).next().expect("code");
    code.text().collect::<String>()
}

async fn launch(owner: &Browser, slug: &str, k: &str) -> i32 {
    let id = create_consultation_with(owner, "journeys", slug, &[("k", k)]).await;
    let detail = format!("/admin/consultations/{id}");
    assert_eq!(post_admin(owner, &format!("{detail}/state"), &detail, &[("to", "open")]).await.status, 303);
    id
}

#[tokio::test]
async fn every_figure_on_the_dashboard_in_exports_and_in_the_api_matches_the_responses_sent() {
    let survey = template("journeys").template.survey.clone();
    for backend in backends() {
        let app = spawn_app_with(backend, Options::default()).await;
        bootstrap(&app, "figtown", "owner@fig.example", "owner");
        bootstrap(&app, "figtown", "analyst@fig.example", "analyst");
        let owner = sign_in(&app, "owner@fig.example", PASSWORD).await;
        let id = launch(&owner, "fig-journeys", "3").await;
        let code = channel(&owner, id, "Riverside school").await;
        let channel_id: i32 = childvoice::store::channels::of(&app.db, childvoice::domain::ConsultationId(id))
            .await
            .expect("channels")
            .into_iter()
            .find(|ch| ch.code == code)
            .expect("the channel")
            .id;

        let mut given = Vec::new();
        let plan: [(Audience, &'static str, usize, bool); 6] = [
            (Audience::Parent, "en", 7, true),
            (Audience::Parent, "fr", 3, false),
            (Audience::Age9to12, "en", 6, true),
            (Audience::Age13to17, "es", 4, false),
            (Audience::Age5to8, "ar", 3, false),
            (Audience::Age5to8, "en", 2, false),
        ];
        let mut seed = 0;
        for (audience, lang, n, via) in plan {
            for _ in 0..n {
                let ch = via.then_some((code.as_str(), channel_id));
                given.push(give(&app, "fig-journeys", ch, audience, lang, seed, &survey).await);
                seed += 1;
            }
        }
        let k = 3;
        let kept = stored(&app, id).await;
        let analyst = sign_in(&app, "analyst@fig.example", PASSWORD).await;
        let base = format!("/admin/consultations/{id}");

        // While children answer: only the total, nothing that could be compared later.
        assert_eq!(analyst.get(&format!("{base}/results.json")).await.status, 409);
        assert_eq!(analyst.get(&format!("{base}/responses.csv")).await.status, 409);
        let interim = analyst.get(&format!("{base}/results")).await;
        assert!(interim.contains(&locales().t("en", "results-figures-later")));
        assert!(!interim.html.contains("<svg class=\"chart\""), "no chart yet");
        assert_eq!(analyst.get(&format!("{base}/results?audience=parent")).await.status, 409, "no filtered total");
        assert_eq!(post_admin(&owner, &format!("{base}/state"), &base, &[("to", "closed")]).await.status, 303);

        // The JSON export, against counts computed here.
        let (status, export) = get_json(&analyst, &format!("{base}/results.json"), None).await;
        assert_eq!(status, 200);
        let shown = check_report(&survey, &export["results"], &given, &kept, &Select::default(), k);
        assert!(shown > 40, "enough figures are shown to mean something: {shown}");

        // The dashboard shows the same figures in the same places, in the officer's language.
        let dash = analyst.get(&format!("{base}/results")).await;
        assert_eq!(dash.status, 200);
        assert!(dash.html.contains("<svg class=\"chart\""), "server-rendered charts");
        let total = export["results"]["responses"].as_u64().expect("a total");
        assert!(dash.contains(&locales().t_args("en", "admin-responses-total", Some(&arg("n", total)))));
        assert!(dash.contains(&locales().t("en", "results-perturbed-note")), "the page says why tables may not add up");
        let on_page = dashboard_counts(&dash);
        let fewer = locales().t_args("en", "results-fewer-than", Some(&arg("k", k)));
        for q in export["results"]["questions"].as_array().expect("questions") {
            for (i, a) in q["audiences"].as_array().expect("audiences").iter().enumerate() {
                let want: Vec<String> = a["table"]["rows"]
                    .as_array()
                    .expect("rows")
                    .iter()
                    .map(|r| r["count"].as_u64().map_or_else(|| fewer.clone(), |n| n.to_string()))
                    .collect();
                let key = (q["question"].as_str().expect("id").to_owned(), i);
                assert_eq!(on_page.get(&key), Some(&want), "dashboard figures of {key:?}");
            }
        }
        // Questions asked of several audiences sit side by side.
        let travel = on_page.keys().filter(|(q, _)| q == "travel-mode").count();
        // Every audience whose own published total is at least k (the others
        // show no answers: see `an_audience_of_one_shows_no_answers…`).
        let big_enough = export["results"]["by_audience"]["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .filter(|r| r["count"].as_u64().is_some_and(|n| n >= k))
            .count();
        assert!(big_enough >= 2, "parents and 9-12s are far above k");
        assert_eq!(travel, big_enough, "travel-mode is shown for every audience big enough");

        // Combined filters, against counts computed here.
        let area = given.iter().find(|g| !g.area.is_empty()).expect("an area").area.clone();
        for select in [
            Select { audience: Some(Audience::Parent), ..Default::default() },
            Select { audience: Some(Audience::Parent), lang: Some("en"), ..Default::default() },
            Select { lang: Some("en"), channel: Some(channel_id), ..Default::default() },
            Select { area: Some(area.clone()), ..Default::default() },
            Select { audience: Some(Audience::Age5to8), lang: Some("ar"), ..Default::default() },
        ] {
            let (status, v) = get_json(&analyst, &format!("{base}/results.json?{}", select.query()), None).await;
            assert_eq!(status, 200);
            check_report(&survey, &v["results"], &given, &kept, &select, k);
            let page = analyst.get(&format!("{base}/results?{}", select.query())).await;
            assert_eq!(page.status, 200);
        }

        // The CSV export: long format, BOM, English ids, localized labels, the same figures.
        let csv = analyst.client.get(analyst.url(&format!("{base}/results.csv"))).send().await.expect("csv");
        assert!(csv.headers()["content-type"].to_str().unwrap_or("").starts_with("text/csv"));
        let text = csv.text().await.expect("csv body");
        assert!(text.starts_with('\u{feff}'), "a byte order mark for spreadsheets");
        let records = parse_csv(text.trim_start_matches('\u{feff}'));
        assert_eq!(records[0], ["question", "option", "audience", "language", "area", "channel", "count", "label"]);
        let mut compared = 0;
        for q in export["results"]["questions"].as_array().expect("questions") {
            for a in q["audiences"].as_array().expect("audiences") {
                for row in a["table"]["rows"].as_array().expect("rows") {
                    let rec = records
                        .iter()
                        .find(|r| r[0] == q["question"] && r[1] == row["key"] && r[2] == a["audience"])
                        .unwrap_or_else(|| panic!("no CSV row for {} {} {}", q["question"], row["key"], a["audience"]));
                    let want = row["count"].as_u64().map_or_else(|| format!("<{k}"), |n| n.to_string());
                    assert_eq!(rec[6], want);
                    compared += 1;
                }
            }
        }
        assert!(compared > 60, "{compared}");
        let walk_label = locales().t("en", "results-no-answer");
        assert!(records.iter().any(|r| r[7] == walk_label), "labels are localized");

        // The response-level export: only once the consultation has closed, and
        // never for editors.
        // One row per response, in random order, no id, no free text, BOM; k-anonymous
        // over audience, language, area, channel and every area answer.
        let text = analyst.get(&format!("{base}/responses.csv")).await.html;
        assert!(text.starts_with('\u{feff}'));
        let records = parse_csv(text.trim_start_matches('\u{feff}'));
        assert_eq!(records.len(), given.len() + 1, "a header and one row per response");
        assert_eq!(records[0][..5], ["row", "audience", "language", "area", "channel"]);
        assert!(!records[0].contains(&"idea".to_owned()), "no free-text column");
        assert!(!text.contains("walk "), "no free text at all");
        let identifying: Vec<usize> = records[0]
            .iter()
            .enumerate()
            .filter(|(i, h)| (1..=4).contains(i) || survey.question(h).is_some_and(|q| q.kind == QuestionKind::Area))
            .map(|(i, _)| i)
            .collect();
        assert!(identifying.len() > 4, "area answers count as identifying");
        let mut combos: BTreeMap<Vec<&str>, usize> = BTreeMap::new();
        for r in &records[1..] {
            *combos.entry(identifying.iter().map(|i| r[*i].as_str()).collect()).or_default() += 1;
        }
        for (combo, n) in &combos {
            assert!(*n as u64 >= k, "{combo:?} is shared by {n} rows only");
        }
        let audit = owner.get("/admin/audit").await;
        assert!(audit.contains("responses-csv"), "each download is audited");

        // Free texts: analysts read them; an editor hides one and then nobody sees it but editors.
        let texts = analyst.get(&format!("{base}/texts")).await;
        assert_eq!(texts.status, 200);
        let idea = given
            .iter()
            .flat_map(|g| g.rows.iter())
            .find_map(|r| r.3.clone().filter(|_| r.0 == "idea"))
            .expect("an idea was written");
        assert!(texts.contains(&idea), "the analyst reads the free texts");
        assert!(!texts.html.contains("/texts/"), "analysts cannot hide texts");
        let owner_texts = owner.get(&format!("{base}/texts")).await;
        let action = owner_texts.attr("form[action*=\"/texts/\"]", "action").expect("a hide button");
        let hid = post_admin(&owner, &action, &format!("{base}/texts"), &[("hidden", "yes")]).await;
        assert_eq!(hid.status, 303);
        let hidden_count = owner.get(&format!("{base}/texts")).await.html.matches("hidden-text").count();
        assert_eq!(hidden_count, 1, "the editor still sees it, marked hidden");
        let before = texts.html.matches("<blockquote>").count();
        let after = analyst.get(&format!("{base}/texts")).await.html.matches("<blockquote>").count();
        assert_eq!(after, before - 1, "hidden texts are excluded for analysts");

        // Searching the free texts: any piece of a text, whatever its case,
        // through the trigram index (three characters or more) or without it;
        // a word nobody wrote finds nothing; what is typed is never read as
        // search syntax.
        let search = async |q: &str| {
            let query = serde_urlencoded::to_string([("q", q)]).unwrap();
            let page = owner.get(&format!("{base}/texts?{query}")).await;
            assert_eq!(page.status, 200, "{q}: {}", app.logs());
            page
        };
        let piece: String = idea.chars().skip(1).take(6).collect();
        assert!(search(&piece.to_uppercase()).await.contains(&idea), "{piece} finds {idea}");
        assert!(search(&idea.chars().skip(1).take(2).collect::<String>()).await.contains(&idea));
        assert_eq!(search("zqxjv").await.html.matches("<blockquote>").count(), 0);
        for odd in ["\"", "a\"b OR c*", "NEAR(x y", "walk\" AND \"", "%_\\"] {
            search(odd).await;
        }

        // The API: tokens made by owners, the same figures, described by OpenAPI.
        assert_eq!(analyst.get("/admin/api").await.status, 403, "only owners manage tokens");
        let made = post_admin(&owner, "/admin/api", "/admin/api", &[("name", "Open data portal")]).await;
        assert_eq!(made.status, 200);
        let token = made.text_of("code#new-token").expect("the new token is shown once");
        assert!(!owner.get("/admin/api").await.contains(&token), "and never again");
        let api = app.new_browser();
        let (status, err) = get_json(&api, "/api/v1/consultations", None).await;
        assert_eq!(status, 401);
        assert_eq!(err["error"], "unauthorized");
        let (status, list) = get_json(&api, "/api/v1/consultations", Some(&token)).await;
        assert_eq!(status, 200);
        assert_eq!(list[0]["slug"], "fig-journeys");
        assert_eq!(list[0]["k"], 3);
        let (status, api_results) = get_json(&api, "/api/v1/consultations/fig-journeys/results", Some(&token)).await;
        assert_eq!(status, 200);
        assert_eq!(api_results["results"], export["results"], "the API gives what the export gives");
        let select = Select { audience: Some(Audience::Parent), lang: Some("en"), ..Default::default() };
        let (_, filtered) =
            get_json(&api, &format!("/api/v1/consultations/fig-journeys/results?{}", select.query()), Some(&token))
                .await;
        check_report(&survey, &filtered["results"], &given, &kept, &select, k);
        let (status, _) = get_json(&api, "/api/v1/consultations/play/results", Some(&token)).await;
        assert_eq!(status, 404, "another organisation's consultation does not exist for this token");

        // The OpenAPI document describes what the API answers.
        let (status, doc) = get_json(&api, "/api/openapi.json", None).await;
        assert_eq!(status, 200);
        for path in ["/api/v1/consultations", "/api/v1/consultations/{slug}/results"] {
            assert!(doc["paths"][path]["get"].is_object(), "{path} is documented");
        }
        let schemas = &doc["components"]["schemas"];
        for (schema, value) in [
            ("Results", &api_results),
            ("Report", &api_results["results"]),
            ("ConsultationSummary", &list[0]),
            ("ApiError", &err),
        ] {
            let s = &schemas[schema];
            assert!(s.is_object(), "{schema} is in the document");
            for field in s["required"].as_array().into_iter().flatten() {
                let field = field.as_str().expect("a name");
                assert!(value.get(field).is_some(), "{schema}.{field} is in the answer: {value}");
            }
            for field in value.as_object().expect("an object").keys() {
                assert!(s["properties"][field].is_object(), "{schema}.{field} is documented");
            }
        }

        // A revoked token no longer works.
        let tokens = owner.get("/admin/api").await;
        let revoke = tokens.attr("form[action$=\"/revoke\"]", "action").expect("a revoke button");
        assert_eq!(post_admin(&owner, &revoke, "/admin/api", &[]).await.status, 303);
        assert_eq!(get_json(&api, "/api/v1/consultations", Some(&token)).await.0, 401);
    }
}

#[tokio::test]
async fn with_k_ten_a_group_of_nine_never_reads_nine_anywhere() {
    let survey = template("journeys").template.survey.clone();
    for backend in backends() {
        let app = spawn_app_with(backend, Options { smtp: true, ..Default::default() }).await;
        bootstrap(&app, "ninetown", "owner@nine.example", "owner");
        bootstrap(&app, "ninetown", "analyst@nine.example", "analyst");
        let owner = sign_in(&app, "owner@nine.example", PASSWORD).await;
        let id = launch(&owner, "nine-journeys", "10").await;
        let base = format!("/admin/consultations/{id}");

        // Before publication, children are told when results are expected.
        let set = post_admin(
            &owner,
            &format!("{base}/publication"),
            &format!("{base}/publication"),
            &[("expected", "2027-03-01"), ("statement-en", "We heard you. We will build two crossings.")],
        )
        .await;
        assert_eq!(set.status, 303);
        let pending = app.new_browser().get("/s/nine-journeys/results?lang=en").await;
        assert!(pending.contains("2027-03-01"), "{}", pending.html);
        assert!(!pending.contains("two crossings"), "nothing is published before the editor publishes");

        let mut given = Vec::new();
        for seed in 0..9 {
            given.push(give(&app, "nine-journeys", None, Audience::Age9to12, "en", seed, &survey).await);
        }
        for seed in 9..21 {
            given.push(give(&app, "nine-journeys", None, Audience::Parent, "en", seed, &survey).await);
        }
        let k = 10;
        let kept = stored(&app, id).await;
        let detail = format!("/admin/consultations/{id}");
        assert_eq!(post_admin(&owner, &format!("{detail}/state"), &detail, &[("to", "closed")]).await.status, 303);

        // Dashboard, JSON, CSV, API: the 9 is never a 9 (it reads "fewer than
        // 10", or a perturbed 10 or 11), and every figure shown is right.
        let analyst = sign_in(&app, "analyst@nine.example", PASSWORD).await;
        let (_, export) = get_json(&analyst, &format!("{base}/results.json"), None).await;
        check_report(&survey, &export["results"], &given, &kept, &Select::default(), k);
        let total = export["results"]["responses"].as_u64().expect("21 people are published");
        let kids_row = |v: &Value| {
            v["results"]["by_audience"]["rows"]
                .as_array()
                .expect("rows")
                .iter()
                .find(|r| r["key"] == "age-9-12")
                .expect("kids")["count"]
                .as_u64()
        };
        let kids = kids_row(&export);
        assert!(kids.is_none_or(|n| n >= 10), "9 children read fewer than 10, or 10 or 11: {kids:?}");
        let dash = analyst.get(&format!("{base}/results")).await;
        assert!(!dash.html.contains(">9<"), "no 9 on the dashboard");
        let (_, kids_view) = get_json(&analyst, &format!("{base}/results.json?audience=age-9-12"), None).await;
        assert_eq!(
            kids_view["results"]["responses"].as_u64(),
            kids,
            "the same 9 children, the same figure in both views"
        );
        assert_eq!(kids_view["results"]["too_few"], kids.is_none(), "fewer than 10 published: nothing but that fact");
        if kids.is_none() {
            let kids_page = analyst.get(&format!("{base}/results?audience=age-9-12")).await;
            assert!(kids_page.contains(&locales().t_args("en", "results-too-few", Some(&arg("k", k)))));
            assert!(!kids_page.html.contains("<svg class=\"chart\""), "and no chart");
        }
        let csv = analyst.get(&format!("{base}/results.csv")).await.html;
        let records = parse_csv(csv.trim_start_matches('\u{feff}'));
        for r in records.iter().filter(|r| r[2] == "age-9-12") {
            assert_ne!(r[6], "9", "{r:?}");
        }
        assert!(records.iter().any(|r| r[6] == "<10"), "hidden figures read <10");

        // Views: each figure is right, and the same people give the same figure.
        let owner_token = post_admin(&owner, "/admin/api", "/admin/api", &[("name", "Dashboard")]).await;
        let token = owner_token.text_of("code#new-token").expect("token");
        let api = app.new_browser();
        let (_, all) = get_json(&api, "/api/v1/consultations/nine-journeys/results", Some(&token)).await;
        for narrow in ["audience=parent", "language=en", "audience=parent&language=en", "audience=age-9-12"] {
            let (_, part) =
                get_json(&api, &format!("/api/v1/consultations/nine-journeys/results?{narrow}"), Some(&token)).await;
            check_report(&survey, &part["results"], &given, &kept, &select_of(narrow), k);
            if narrow == "language=en" {
                // Everyone answered in English: the same cells, the same figures.
                assert_eq!(pairs(&all["results"], &part["results"]).iter().filter(|(a, b)| a != b).count(), 0);
            }
        }

        // The close summary (sent when it closed above): to analysts and owners, over SMTP.
        let mail = app.mail.as_ref().expect("mail sink").wait_for(2).await;
        assert_eq!(mail.len(), 2, "the owner and the analyst:\n{}", crate::helpers::captured_logs());
        for m in &mail {
            let m = crate::helpers::decode_quoted_printable(m);
            assert!(m.contains(&locales().t_args("en", "admin-responses-total", Some(&arg("n", total)))), "{m}");
            assert!(m.contains(&format!("/admin/consultations/{id}/results")), "links to the dashboard");
            assert!(!m.contains(": 9\n") && !m.contains(": 9<"), "no small group: {m}");
        }

        // Publication: the children's page, the statement, a dated update.
        let up = post_admin(
            &owner,
            &format!("{base}/updates"),
            &format!("{base}/publication"),
            &[("happened", "2027-05-12"), ("update-en", "We built the crossing by the school.")],
        )
        .await;
        assert_eq!(up.status, 303);
        assert_eq!(post_admin(&owner, &format!("{detail}/state"), &detail, &[("to", "published")]).await.status, 303);
        for lang in ["en", "fr", "es", "ar"] {
            let page = app.new_browser().get(&format!("/s/nine-journeys/results?lang={lang}")).await;
            assert_eq!(page.status, 200);
            assert_eq!(page.attr("html", "lang").as_deref(), Some(lang));
            assert!(page.contains(&locales().t_args(lang, "results-public-count", Some(&arg("n", total)))));
            assert!(!page.html.contains(">9<"), "no 9 on the public page");
            assert!(!page.html.contains("walk "), "never a free text");
            assert!(page.contains(&locales().t(lang, "results-public-audience-parent")));
        }
        let page = app.new_browser().get("/s/nine-journeys/results?lang=en").await;
        assert!(page.contains("We heard you. We will build two crossings."));
        assert!(page.contains("We built the crossing by the school."));
        assert!(page.html.contains("2027-05-12"));
        let thanks = app.new_browser().get("/s/nine-journeys/thanks?lang=en&a=parent").await;
        assert!(thanks.html.contains("/s/nine-journeys/results?lang=en&amp;a=parent"), "thanks links to results");
    }
}

fn select_of(query: &str) -> Select {
    let mut s = Select::default();
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("audience", a)) => s.audience = a.parse().ok(),
            Some(("language", "en")) => s.lang = Some("en"),
            _ => {}
        }
    }
    s
}

/// Every (wide, narrow) pair of the same figure in two reports.
fn pairs(wide: &Value, narrow: &Value) -> Vec<(Option<u64>, Option<u64>)> {
    let mut out = Vec::new();
    let rows = |v: &Value| -> BTreeMap<String, Option<u64>> {
        let mut m = BTreeMap::new();
        for t in ["by_audience", "by_language", "by_area", "by_channel", "by_day"] {
            for r in v[t]["rows"].as_array().into_iter().flatten() {
                m.insert(format!("{t}/{}", r["key"]), r["count"].as_u64());
            }
        }
        for q in v["questions"].as_array().into_iter().flatten() {
            for a in q["audiences"].as_array().into_iter().flatten() {
                for r in a["table"]["rows"].as_array().into_iter().flatten() {
                    m.insert(format!("{}/{}/{}", q["question"], a["audience"], r["key"]), r["count"].as_u64());
                }
            }
        }
        m
    };
    let w = rows(wide);
    for (key, b) in rows(narrow) {
        if let Some(a) = w.get(&key) {
            out.push((*a, b));
        }
    }
    out
}

#[tokio::test]
async fn a_batch_stores_each_token_once_keeps_tallies_equal_to_the_answers_and_nothing_for_a_closed_consultation() {
    use childvoice::domain::{AnswerValue, Answers};
    use childvoice::store::entities::{answer_tally, consultation, response};
    use childvoice::store::responses::{NewResponse, Stored, Submission, store_batch};
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
    for backend in backends() {
        let app = spawn_app_with(backend, Options::default()).await;
        let today = chrono::Utc::now().date_naive();
        let open = app.consultation_id("journeys").await;
        let closed = app.consultation_id("play").await;
        let row = consultation::Entity::find_by_id(closed).one(&app.db).await.expect("query").expect("play");
        let mut active: consultation::ActiveModel = row.into();
        active.state = Set("closed".into());
        active.update(&app.db).await.expect("close play");
        let submission = |consultation_id: i32, nonce: &str, mode: &str| {
            let mut answers = Answers::default();
            answers.0.insert("travel-mode".into(), AnswerValue::Choice(mode.into()));
            answers.0.insert("unsafe-things".into(), AnswerValue::Choices(vec!["dark".into(), "dogs".into()]));
            answers.0.insert("journey-feeling".into(), AnswerValue::Scale(2));
            Submission {
                response: NewResponse {
                    organisation_id: childvoice::domain::OrganisationId(1),
                    consultation_id: childvoice::domain::ConsultationId(consultation_id),
                    audience: Audience::Parent,
                    language: "en".into(),
                    area: Some("riverside".into()),
                    channel_id: None,
                    submitted_on: today,
                    answers,
                    flagged: vec![],
                },
                nonce: nonce.into(),
                token_expires_on: today,
            }
        };
        let batch = [
            submission(open, "n-1", "walk"),
            submission(open, "n-2", "bike"),
            submission(open, "n-1", "car"),
            submission(closed, "n-3", "bus"),
        ];
        let refs: Vec<&Submission> = batch.iter().collect();
        let out = store_batch(&app.db, &refs).await.expect("a batch");
        assert!(matches!(out[0], Stored::New(_)) && matches!(out[1], Stored::New(_)));
        assert_eq!(out[2], Stored::AlreadyStored, "a token lets one response in, even within one batch");
        assert_eq!(out[3], Stored::Closed, "a closed consultation takes nothing");
        let again = store_batch(&app.db, &[&batch[1]]).await.expect("again");
        assert_eq!(again, vec![Stored::AlreadyStored]);
        assert_eq!(response::Entity::find().count(&app.db).await.expect("count"), 2);
        let tally = |option: &'static str| {
            let db = app.db.clone();
            async move {
                answer_tally::Entity::find()
                    .filter(answer_tally::Column::ConsultationId.eq(open))
                    .filter(answer_tally::Column::Question.eq("travel-mode"))
                    .filter(answer_tally::Column::OptionId.eq(option))
                    .one(&db)
                    .await
                    .expect("query")
                    .map_or(0, |t| t.count)
            }
        };
        assert_eq!((tally("walk").await, tally("bike").await, tally("car").await), (1, 1, 0));
        assert_eq!(tally("").await, 2, "two answered travel-mode");
        // Tallies equal a recount of the stored answers, row for row.
        let mut recount: BTreeMap<(String, String, i64), i64> = BTreeMap::new();
        for a in childvoice::store::entities::answer::Entity::find()
            .filter(childvoice::store::entities::answer::Column::ConsultationId.eq(open))
            .all(&app.db)
            .await
            .expect("answers")
        {
            let (o, v) = match (a.option_id, a.value) {
                (Some(o), None) => (o, 0),
                (Some(o), Some(v)) => (o, v),
                (None, Some(v)) => ("=".to_owned(), v),
                (None, None) => continue,
            };
            *recount.entry((a.question, o, v)).or_default() += 1;
        }
        let tallies: BTreeMap<(String, String, i64), i64> = answer_tally::Entity::find()
            .filter(answer_tally::Column::ConsultationId.eq(open))
            .all(&app.db)
            .await
            .expect("tallies")
            .into_iter()
            .filter(|t| !t.option_id.is_empty())
            .map(|t| ((t.question, t.option_id, t.value), t.count))
            .collect();
        assert_eq!(tallies, recount);
    }
}
