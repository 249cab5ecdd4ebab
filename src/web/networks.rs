//! Public pages of networks and open data: `/networks/{slug}` (members'
//! published consultations with what the city heard and will do), and
//! Frictionless Data Packages of a network's indicators and of each published
//! consultation's results. Also the one computation of a network's indicator
//! values that the dashboard, its exports and the API share.

use crate::domain::Audience;
use crate::domain::indicators::{self, Point};
use crate::domain::results::{Filter, Report};
use crate::store::consultations::LoadError;
use crate::store::networks::{self, Network};
use crate::views::Page;
use crate::views::pages::ErrorKind;
use crate::web::{AppState, PageError, lang_cookie, request_lang, ui_languages};
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::json;

/// Every indicator value of the consultations members shared with `network`
/// (closed or published; only published when `published_only`), computed from
/// each consultation's published report and nothing else.
pub async fn points(state: &AppState, network: &Network, published_only: bool) -> Result<Vec<Point>, LoadError> {
    let mut out = Vec::new();
    for (c, member) in networks::shared_consultations(&state.db, network.id, published_only).await? {
        let live = state.live_survey(&c).await?;
        let report = super::admin::report(state, &c, &live, &Filter::default()).await?;
        for (indicator, audience, value) in indicators::values_of(live.survey(), &report, &c.audiences) {
            let v = value.as_ref().ok();
            out.push(Point {
                indicator: indicator.id.clone(),
                member: member.slug.clone(),
                city: member.name.clone(),
                consultation: c.slug.clone(),
                wave: c.closed_on,
                audience,
                k: c.k(),
                x: v.map(|v| v.x),
                n: v.map(|v| v.n),
                share: v.map(|v| v.share),
                low: v.map(|v| v.low),
                high: v.map(|v| v.high),
                missing: value.err(),
            });
        }
    }
    let order = |id: &str| indicators::bank().iter().position(|i| i.id == id).unwrap_or(usize::MAX);
    out.sort_by(|a, b| {
        (order(&a.indicator), &a.city, &a.member, a.wave, &a.consultation, a.audience).cmp(&(
            order(&b.indicator),
            &b.city,
            &b.member,
            b.wave,
            &b.consultation,
            b.audience,
        ))
    });
    Ok(out)
}

fn csv_line(fields: &[String]) -> String {
    crate::views::export::line(&fields.iter().map(String::as_str).collect::<Vec<_>>())
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn share(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.4}")).unwrap_or_default()
}

pub const INDICATOR_COLUMNS: [&str; 13] = [
    "indicator",
    "member",
    "city",
    "consultation",
    "wave",
    "audience",
    "k",
    "x",
    "n",
    "share",
    "ci_low",
    "ci_high",
    "missing",
];

/// Indicator values as CSV (UTF-8, no byte order mark: open data tools read it as is).
pub fn indicators_csv(points: &[Point]) -> String {
    let mut out = csv_line(&INDICATOR_COLUMNS.map(str::to_owned));
    for p in points {
        out.push_str(&csv_line(&[
            p.indicator.clone(),
            p.member.clone(),
            p.city.clone(),
            p.consultation.clone(),
            opt(p.wave),
            p.audience.as_str().to_owned(),
            p.k.to_string(),
            opt(p.x),
            opt(p.n),
            share(p.share),
            share(p.low),
            share(p.high),
            p.missing
                .map(|m| serde_json::to_value(m).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default())
                .unwrap_or_default(),
        ]));
    }
    out
}

/// The Table Schema of [`indicators_csv`].
pub fn indicators_schema() -> serde_json::Value {
    json!({
        "fields": [
            {"name": "indicator", "type": "string", "description": "Indicator id in the bank, e.g. cfc.safe-journey", "constraints": {"required": true}},
            {"name": "member", "type": "string", "description": "Member organisation's slug", "constraints": {"required": true}},
            {"name": "city", "type": "string", "description": "Member organisation's name"},
            {"name": "consultation", "type": "string", "description": "Consultation slug: one wave of the city"},
            {"name": "wave", "type": "date", "description": "Day the consultation closed"},
            {"name": "audience", "type": "string", "constraints": {"enum": ["age-5-8", "age-9-12", "age-13-17", "parent"]}},
            {"name": "k", "type": "integer", "description": "The consultation's threshold: no figure under k is published", "constraints": {"minimum": 1}},
            {"name": "x", "type": "integer", "description": "Published answers that count towards the indicator", "constraints": {"minimum": 0}},
            {"name": "n", "type": "integer", "description": "All published answers to the question", "constraints": {"minimum": 0}},
            {"name": "share", "type": "number", "description": "x / n", "constraints": {"minimum": 0, "maximum": 1}},
            {"name": "ci_low", "type": "number", "description": "95% Wilson score interval, lower bound", "constraints": {"minimum": 0, "maximum": 1}},
            {"name": "ci_high", "type": "number", "description": "95% Wilson score interval, upper bound", "constraints": {"minimum": 0, "maximum": 1}},
            {"name": "missing", "type": "string", "description": "Why there is no value: fewer-than-k or no-answers", "constraints": {"enum": ["fewer-than-k", "no-answers"]}}
        ],
        "missingValues": [""]
    })
}

pub const METHOD: &str = "Each value is the share of a question's answers that count towards the indicator, for one audience of one consultation (a wave, dated by its close). It is computed only from the consultation's published figures: counts perturbed by the cell key method, none under k. x is the sum of the published counts of the answers that count, n the sum of the published counts of every answer (not answering is not an answer). When any of those figures reads fewer than k, or n is under k, no value is given. The interval is Wilson's 95% score interval on x and n.";

fn no_store_csv(body: String, name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(("content-type", "text/csv; charset=utf-8"))
        .insert_header(("content-disposition", format!("attachment; filename=\"{name}\"")))
        .insert_header(("cache-control", "no-store"))
        .body(body)
}

fn page_lang(req: &HttpRequest) -> String {
    request_lang(req, &ui_languages(), crate::i18n::DEFAULT_LANGUAGE)
}

async fn network_of(req: &HttpRequest, state: &AppState, slug: &str) -> Result<Network, PageError> {
    networks::by_slug(&state.db, slug).await?.ok_or_else(|| PageError::new(ErrorKind::NotFound, page_lang(req)))
}

/// `/networks/{slug}`: members' published consultations that they shared,
/// with their statements and dated updates, in the reader's language where
/// the city wrote one.
pub async fn public_page(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let lang = page_lang(&req);
    let network = network_of(&req, &state, &slug).await?;
    let members = networks::members(&state.db, network.id).await?;
    let mut entries = Vec::new();
    for (c, member) in networks::shared_consultations(&state.db, network.id, true).await? {
        let live = state.live_survey(&c).await?;
        let text_lang = if c.languages.contains(&lang) { lang.clone() } else { c.default_language.clone() };
        let updates = crate::store::results::updates(&state.db, c.id).await?;
        let statement = c.statements.get(&text_lang).or_else(|| c.statements.get(&c.default_language)).cloned();
        let shown_lang = if c.statements.contains_key(&text_lang) || statement.is_none() {
            text_lang.clone()
        } else {
            c.default_language.clone()
        };
        entries.push(crate::views::network::PublicEntry {
            city: member.name.clone(),
            slug: c.slug.clone(),
            title: c.title(&live, &shown_lang),
            closed_on: c.closed_on,
            statement,
            shown_in: (shown_lang != lang).then_some(shown_lang.clone()),
            languages: c.languages.clone(),
            updates: updates
                .iter()
                .filter_map(|u| {
                    u.texts
                        .get(&shown_lang)
                        .or_else(|| u.texts.get(&c.default_language))
                        .map(|t| (u.happened_on, t.clone()))
                })
                .collect(),
        });
    }
    entries.sort_by(|a, b| b.closed_on.cmp(&a.closed_on).then(a.city.cmp(&b.city)));
    let page = Page { locales: state.locales, lang: &lang };
    let mut res = HttpResponse::Ok();
    if let Some(cookie) = lang_cookie(&req, &lang) {
        res.cookie(cookie);
    }
    Ok(res
        .content_type("text/html; charset=utf-8")
        .body(crate::views::network::public(&page, &network, &members, &entries).into_string()))
}

/// `/networks/{slug}/indicators.csv`: values of published consultations only.
pub async fn public_indicators(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let network = network_of(&req, &state, &slug).await?;
    let points = points(&state, &network, true).await?;
    Ok(no_store_csv(indicators_csv(&points), &format!("{}-indicators.csv", network.slug)))
}

/// `/networks/{slug}/datapackage.json`.
pub async fn network_package(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let network = network_of(&req, &state, &slug).await?;
    let package = json!({
        "profile": "tabular-data-package",
        "name": format!("{}-indicators", network.slug),
        "title": format!("{}: child-friendly city indicators", network.name),
        "description": METHOD,
        "homepage": format!("{}/networks/{}", state.public_url, network.slug),
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "resources": [{
            "profile": "tabular-data-resource",
            "name": "indicators",
            "path": "indicators.csv",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": indicators_schema(),
        }],
    });
    Ok(HttpResponse::Ok().insert_header(("cache-control", "no-store")).json(package))
}

/// The published consultation at `slug`, with its template and report.
async fn published(
    req: &HttpRequest,
    state: &AppState,
    slug: &str,
) -> Result<
    (crate::domain::Consultation, std::sync::Arc<crate::domain::template::LiveSurvey>, std::sync::Arc<Report>),
    PageError,
> {
    let lang = page_lang(req);
    let c = crate::store::consultations::by_slug(&state.db, slug)
        .await?
        .filter(|c| c.state == crate::domain::State::Published)
        .ok_or_else(|| PageError::new(ErrorKind::NotFound, lang.clone()))?;
    let live = state.live_survey(&c).await?;
    let report = state.published_report(&c, &live).await?;
    Ok((c, live, report))
}

/// `/open-data/{slug}/answers.csv`: every published answer figure, with
/// labels in the consultation's default language.
pub async fn open_answers(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (c, live, report) = published(&req, &state, &slug).await?;
    let page = Page { locales: state.locales, lang: &c.default_language };
    let labels = crate::views::results::Labels { page: &page, consultation: &c, live: &live, channels: &[] };
    let mut out = csv_line(&ANSWER_COLUMNS.map(str::to_owned));
    for q in &report.questions {
        for a in q.audiences.iter().map(|a| a.for_public(q.kind)) {
            for row in &a.table.rows {
                out.push_str(&csv_line(&[
                    q.question.clone(),
                    q.kind.as_str().to_owned(),
                    labels.question(&q.question, a.audience),
                    a.audience.as_str().to_owned(),
                    if row.is_no_answer() { String::new() } else { row.key.clone() },
                    labels.answer(q, a.audience, &row.key),
                    opt(row.count),
                    (row.count.is_none()).to_string(),
                    opt(row.percent),
                ]));
            }
        }
    }
    Ok(no_store_csv(out, &format!("{}-answers.csv", c.slug)))
}

const ANSWER_COLUMNS: [&str; 9] =
    ["question", "kind", "question_text", "audience", "answer", "label", "count", "fewer_than_k", "percent"];

/// `/open-data/{slug}/responses.csv`: how many responded, in all and by
/// audience.
pub async fn open_responses(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (c, live, report) = published(&req, &state, &slug).await?;
    let page = Page { locales: state.locales, lang: &c.default_language };
    let labels = crate::views::results::Labels { page: &page, consultation: &c, live: &live, channels: &[] };
    let mut out = csv_line(&RESPONSE_COLUMNS.map(str::to_owned));
    out.push_str(&csv_line(&[
        "total".into(),
        String::new(),
        page.t("results-total"),
        opt(report.responses),
        report.responses.is_none().to_string(),
    ]));
    type Label<'a> = &'a dyn Fn(&str) -> String;
    // Only breakdowns with a fixed list of rows: the languages and areas
    // someone answered in are listed only when someone did, so their mere
    // presence would say that one child answered in that language.
    let tables: [(&str, &crate::domain::results::Table, Label); 1] =
        [("audience", &report.by_audience, &|a| labels.audience(a))];
    for (dimension, table, label) in tables {
        for row in &table.rows {
            out.push_str(&csv_line(&[
                dimension.to_owned(),
                row.key.clone(),
                label(&row.key),
                opt(row.count),
                row.count.is_none().to_string(),
            ]));
        }
    }
    Ok(no_store_csv(out, &format!("{}-responses.csv", c.slug)))
}

const RESPONSE_COLUMNS: [&str; 5] = ["dimension", "key", "label", "count", "fewer_than_k"];

/// `/open-data/{slug}/datapackage.json`.
pub async fn consultation_package(
    req: HttpRequest,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (c, live, report) = published(&req, &state, &slug).await?;
    let audiences: Vec<&str> = Audience::ALL.iter().map(|a| a.as_str()).collect();
    let kinds = ["single", "multiple", "scale", "number", "area", "rank", "place"];
    let title = c.title(&live, &c.default_language);
    let package = json!({
        "profile": "tabular-data-package",
        "name": c.slug,
        "title": title,
        "description": format!("Published results of a consultation of children and families. Every count is perturbed by the cell key method (at most 2 away from the true count); no count under k = {} is given: such cells are empty, with fewer_than_k true.", report.k),
        "homepage": format!("{}/s/{}/results", state.public_url, c.slug),
        "languages": c.languages,
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": "responses",
                "path": "responses.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {"name": "dimension", "type": "string", "constraints": {"required": true, "enum": ["total", "audience"]}},
                        {"name": "key", "type": "string", "description": "An audience (empty: the total)"},
                        {"name": "label", "type": "string"},
                        {"name": "count", "type": "integer", "constraints": {"minimum": 0}},
                        {"name": "fewer_than_k", "type": "boolean", "constraints": {"required": true}}
                    ],
                    "missingValues": [""]
                }
            },
            {
                "profile": "tabular-data-resource",
                "name": "answers",
                "path": "answers.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {"name": "question", "type": "string", "constraints": {"required": true}},
                        {"name": "kind", "type": "string", "constraints": {"required": true, "enum": kinds}},
                        {"name": "question_text", "type": "string"},
                        {"name": "audience", "type": "string", "constraints": {"required": true, "enum": audiences}},
                        {"name": "answer", "type": "string", "description": "Option id, scale point, area id, grid cell or range of numbers; empty: gave no answer"},
                        {"name": "label", "type": "string"},
                        {"name": "count", "type": "integer", "constraints": {"minimum": 0}},
                        {"name": "fewer_than_k", "type": "boolean", "constraints": {"required": true}},
                        {"name": "percent", "type": "number", "constraints": {"minimum": 0}}
                    ],
                    "missingValues": [""]
                }
            }
        ],
    });
    Ok(HttpResponse::Ok().insert_header(("cache-control", "no-store")).json(package))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(crate::web::resource("/networks/{slug}", &["GET"]).route(web::get().to(public_page)))
        .service(
            crate::web::resource("/networks/{slug}/indicators.csv", &["GET"]).route(web::get().to(public_indicators)),
        )
        .service(
            crate::web::resource("/networks/{slug}/datapackage.json", &["GET"]).route(web::get().to(network_package)),
        )
        .service(
            crate::web::resource("/open-data/{slug}/datapackage.json", &["GET"])
                .route(web::get().to(consultation_package)),
        )
        .service(crate::web::resource("/open-data/{slug}/answers.csv", &["GET"]).route(web::get().to(open_answers)))
        .service(
            crate::web::resource("/open-data/{slug}/responses.csv", &["GET"]).route(web::get().to(open_responses)),
        );
}
