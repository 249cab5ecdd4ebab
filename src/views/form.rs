//! The form screens: the assent screen, then questions (one per screen for
//! young children), with answers of other screens carried as hidden fields so
//! back and next never lose anything and no JavaScript is needed.

use super::Page;
use super::components::{scale_levels, smiley};
use super::layout::{Extras, layout, layout_with};
use crate::domain::answers::{field_name, rank_field_name};
use crate::domain::template::LiveSurvey;
use crate::domain::{Audience, Consultation, FieldError, Question, QuestionKind, RawAnswers};
use fluent_bundle::FluentArgs;
use maud::{Markup, PreEscaped, html};
use std::collections::BTreeMap;

/// Everything a form screen shows.
pub struct FormScreen<'a> {
    pub consultation: &'a Consultation,
    pub live: &'a LiveSurvey,
    pub audience: Audience,
    pub token: &'a str,
    pub page_index: usize,
    pub page_count: usize,
    pub questions: &'a [&'a Question],
    pub raw: &'a RawAnswers,
    pub errors: &'a BTreeMap<String, FieldError>,
    pub notice: Option<String>,
    /// A shared tablet: the thanks page returns to the start by itself.
    pub kiosk: bool,
    /// A preview for the template editor: the address its buttons go to
    /// (nothing is sent or stored), and the way back to the editor.
    pub preview: Option<(String, String)>,
}

fn form_action(c: &Consultation, audience: Audience, lang: &str) -> String {
    format!("{}/{}?lang={}", crate::paths::respondent(&c.slug), audience.as_str(), lang)
}

/// The assent screen: what this is for, that it is anonymous, that every
/// question can be skipped and stopping is fine, and when they will hear back.
/// What the assent screen shows besides the consultation.
#[derive(Default)]
pub struct AssentExtras<'a> {
    /// The access code to show (from a card's QR code, or as typed).
    pub code: Option<&'a str>,
    /// Why that code was refused.
    pub code_error: Option<&'a str>,
    /// A shared tablet: carried to the thanks page, which returns to the start.
    pub kiosk: bool,
}

/// "You can skip any question", only where that is true: otherwise which
/// questions need an answer.
fn skip_promise(page: &Page, live: &LiveSurvey, audience: Audience) -> String {
    let needed: Vec<String> = live
        .survey()
        .questions_for(audience)
        .filter(|q| q.required)
        .map(|q| live.texts.text(page.lang, &format!("q-{}", q.id), Some(audience)))
        .collect();
    if needed.is_empty() {
        return page.t_for("assent-skip", audience.as_str());
    }
    let mut args = crate::views::arg("n", needed.len());
    args.set("questions", needed.join(" · "));
    page.t_args("assent-skip-except", &args)
}

pub fn assent(
    page: &Page,
    c: &Consultation,
    live: &LiveSurvey,
    audience: Audience,
    token: &str,
    extras: AssentExtras,
) -> Markup {
    let AssentExtras { code, code_error, kiosk } = extras;
    let a = audience.as_str();
    let texts = &live.texts;
    let title = c.title(live, page.lang);
    layout(
        page,
        &title,
        html! {
            h1 { (title) }
            section.card aria-labelledby="what" {
                h2 #what { (page.t("assent-what")) }
                p { (texts.text(page.lang, "intro", Some(audience))) }
                p { (texts.text(page.lang, "duration", Some(audience))) }
            }
            ul.promises {
                li { (page.t_for("assent-anonymous", a)) }
                li { (skip_promise(page, live, audience)) }
                li { (page.t_for("assent-stop", a)) }
            }
            section.card aria-labelledby="when" {
                h2 #when { (page.t("assent-results")) }
                p { (texts.text(page.lang, "results-when", Some(audience))) }
            }
            form method="post" action=(form_action(c, audience, page.lang)) {
                input type="hidden" name="token" value=(token);
                input type="hidden" name="page" value="0";
                @if kiosk {
                    input type="hidden" name="kiosk" value="1";
                }
                @if c.requires_code {
                    div.question.(if code_error.is_some() { "has-error" } else { "" }) {
                        label.legend for="access_code" { (page.t("code-label")) }
                        span.field-help #code-help { (page.t("code-help")) }
                        @if let Some(e) = code_error { span.field-error #code-error role="alert" { (page.t(e)) } }
                        input.number #access_code name="access_code" value=(code.unwrap_or_default()) autocomplete="off"
                            autocapitalize="characters" spellcheck="false" required
                            aria-describedby=(if code_error.is_some() { "code-help code-error" } else { "code-help" });
                    }
                }
                div.nav {
                    button.primary type="submit" name="nav" value="start" { (page.t_for("assent-start", a)) }
                    a.secondary href=(crate::paths::landing(&c.slug, page.lang)) { (page.t("assent-not-now")) }
                }
            }
        },
    )
}

pub fn screen(page: &Page, s: &FormScreen) -> Markup {
    let audience = s.audience;
    let title = s.consultation.title(s.live, page.lang);
    let on_page: Vec<&str> = s.questions.iter().map(|q| q.id.as_str()).collect();
    let is_last = s.page_index + 1 >= s.page_count;
    let mut progress = FluentArgs::new();
    progress.set("current", s.page_index + 1);
    progress.set("total", s.page_count);
    let page_errors = s.errors.keys().any(|q| on_page.contains(&q.as_str()));
    let stop = match (&s.preview, s.kiosk) {
        (Some((_, back)), _) => back.clone(),
        (None, true) => format!("{}?lang={}&kiosk=1", crate::paths::respondent(&s.consultation.slug), page.lang),
        (None, false) => crate::paths::landing(&s.consultation.slug, page.lang),
    };
    layout_with(
        page,
        &title,
        html! {
            p.progress { (page.t_args("form-progress", &progress)) }
            @if let Some(notice) = &s.notice {
                p.notice role="status" { (notice) }
            }
            @if page_errors {
                p.error-summary role="alert" { (page.t_for("form-errors", audience.as_str())) }
            }
            @if let Some((_, back)) = &s.preview {
                p.notice role="status" { (page.t("form-preview")) " " a href=(back) { (page.t("form-preview-back")) } }
            }
            form.questions.(if audience.is_young() { "young" } else { "" })
                method=(if s.preview.is_some() { "get" } else { "post" })
                action=(s.preview.as_ref().map_or_else(|| form_action(s.consultation, audience, page.lang), |(to, _)| to.clone())) {
                @if s.preview.is_some() {
                    input type="hidden" name="audience" value=(audience.as_str());
                    input type="hidden" name="language" value=(page.lang);
                } @else {
                    input type="hidden" name="token" value=(s.token);
                }
                input type="hidden" name="page" value=(s.page_index);
            @if s.kiosk {
                input type="hidden" name="kiosk" value="1";
            }
                @for q in s.live.survey().questions_for(audience).filter(|q| !on_page.contains(&q.id.as_str())) {
                    @for (name, value) in s.raw.fields_of(q) {
                        input type="hidden" name=(name) value=(value);
                    }
                }
                (items(page, s))
                // Hidden from people (and from screen readers); only scripts fill it in.
                div.hp aria-hidden="true" {
                    label for="website" { (page.t("form-honeypot")) }
                    input #website type="text" name="website" tabindex="-1" autocomplete="off" value="";
                }
                div.nav {
                    @if is_last {
                        button.primary type="submit" name="nav" value="submit" { (page.t("form-send")) }
                    } @else {
                        button.primary type="submit" name="nav" value="next" { (page.t("form-next")) }
                    }
                    @if s.page_index > 0 {
                        button.secondary type="submit" name="nav" value="back" { (page.t("form-back")) }
                    }
                }
            }
            p.stop { a href=(stop) { (page.t("form-stop")) } }
        },
        Extras { listen: reads_aloud(audience), ..Default::default() },
    )
}

/// The URL of the recording of `key` in the page's language, if the survey ships one.
fn recording(page: &Page, s: &FormScreen, key: &str) -> Option<String> {
    let c = s.consultation;
    (reads_aloud(s.audience) && s.live.template.audio_path(page.lang, key).is_some())
        .then(|| format!("{}/audio/{}/{key}?v={}", crate::paths::respondent(&c.slug), page.lang, c.snapshot_version))
}

/// Pre-readers and early readers get "listen" buttons where the browser can speak.
fn reads_aloud(audience: Audience) -> bool {
    matches!(audience, Audience::Age5to8 | Audience::Age9to12)
}

/// A field error in the page's language.
fn error_text(page: &Page, s: &FormScreen, q: &Question, e: &FieldError) -> String {
    let mut args = FluentArgs::new();
    match e {
        FieldError::TooMany { max } | FieldError::TooLong { max } => args.set("max", *max),
        FieldError::OutOfRange { min, max } => {
            args.set("min", *min);
            args.set("max", *max);
        }
        FieldError::Exclusive { option } => {
            args.set("option", s.live.texts.text(page.lang, &q.option_key(option), Some(s.audience)))
        }
        _ => {}
    }
    page.t_args(e.message_id(), &args)
}

/// The questions of a screen: a Likert grid's statements (after its title)
/// as one compact table for readers over 8, everything else one by one.
fn items(page: &Page, s: &FormScreen) -> Markup {
    let qs = s.questions;
    let mut out = Vec::new();
    let mut i = 0;
    while i < qs.len() {
        let q = qs[i];
        let rows: Vec<&Question> =
            qs[i + 1..].iter().take_while(|r| r.grid.as_deref() == Some(q.id.as_str())).copied().collect();
        if q.kind == QuestionKind::Note && rows.len() > 1 && !s.audience.is_young() {
            out.push(grid_table(page, s, q, &rows));
            i += 1 + rows.len();
        } else {
            out.push(question(page, s, q));
            i += 1;
        }
    }
    html! { @for m in out { (m) } }
}

/// A Likert grid: one row per statement, one column per answer; each radio
/// button is named by its row and column headers.
fn grid_table(page: &Page, s: &FormScreen, title: &Question, rows: &[&Question]) -> Markup {
    let texts = &s.live.texts;
    let audience = Some(s.audience);
    let title_id = format!("gt-{}", title.id);
    let hint = texts.get(page.lang, &format!("q-{}-hint", title.id), audience);
    let options = rows[0].kind.options();
    let has_error = rows.iter().any(|r| s.errors.contains_key(&r.id));
    let optional = rows.iter().all(|r| !r.required);
    html! {
        div.question.likert.has-error[has_error] {
            p.legend #(title_id) { span data-say[reads_aloud(s.audience)] { (texts.text(page.lang, &format!("q-{}", title.id), audience)) } }
            @if let Some(hint) = &hint { span.hint { (hint) } }
            @if optional { span.field-help { (page.t("form-optional")) } }
            div.table-scroll role="region" tabindex="0" aria-labelledby=(title_id) {
                table {
                    thead { tr {
                        td {}
                        @for o in options {
                            th scope="col" id=(format!("go-{}-{o}", title.id)) { (texts.text(page.lang, &rows[0].option_key(o), audience)) }
                        }
                    } }
                    tbody {
                        @for r in rows {
                            @let name = field_name(&r.id);
                            @let value = s.raw.first(&name);
                            @let error = s.errors.get(&r.id);
                            @let row_id = format!("gs-{}", r.id);
                            @let error_id = format!("e-{}", r.id);
                            tr {
                                th scope="row" id=(row_id) {
                                    (texts.text(page.lang, &format!("q-{}", r.id), audience))
                                    @if r.required { " " span.required { "(" (page.t("form-required")) ")" } }
                                }
                                @for o in options {
                                    td {
                                        // The whole cell is the tap target.
                                        label.cell for=(format!("{name}-{o}")) {
                                            input type="radio" name=(name) value=(o) id=(format!("{name}-{o}")) checked[value == o.as_str()]
                                                aria-labelledby=(format!("{row_id} go-{}-{o}", title.id))
                                                aria-describedby=[error.map(|_| error_id.clone())];
                                        }
                                    }
                                }
                            }
                            @if let Some(e) = error {
                                tr { td colspan=(options.len() + 1) { span.field-error #(error_id) { (error_text(page, s, r, e)) } } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn question(page: &Page, s: &FormScreen, q: &Question) -> Markup {
    let texts = &s.live.texts;
    let audience = Some(s.audience);
    let qkey = format!("q-{}", q.id);
    let label = texts.text(page.lang, &qkey, audience);
    let hint = texts.get(page.lang, &format!("{qkey}-hint"), audience);
    if q.kind == QuestionKind::Note {
        // Read, not answered: no field, nothing to skip.
        return html! {
            div.note {
                p { span data-say[reads_aloud(s.audience)] data-audio=[recording(page, s, &qkey)] { (label) } }
                @if let Some(hint) = &hint { p.hint { (hint) } }
            }
        };
    }
    let error = s.errors.get(&q.id);
    let name = field_name(&q.id);
    let value = s.raw.first(&name);
    let help_id = format!("h-{}", q.id);
    let error_id = format!("e-{}", q.id);
    let described = match error {
        Some(_) => format!("{help_id} {error_id}"),
        None => help_id.clone(),
    };
    let mut extra_help: Vec<String> = Vec::new();
    // The survey's own hint replaces the generic one, so nothing is read out twice.
    match &q.kind {
        QuestionKind::Multiple { .. } | QuestionKind::Rank { .. } if hint.is_some() => {}
        QuestionKind::Multiple { max: Some(max), .. } => {
            let mut args = FluentArgs::new();
            args.set("max", *max);
            extra_help.push(page.t_args("form-choose-up-to", &args));
        }
        QuestionKind::Multiple { max: None, .. } => extra_help.push(page.t("form-choose-many")),
        QuestionKind::Rank { .. } => extra_help.push(page.t("form-rank-help")),
        QuestionKind::Number { min, max } => {
            let mut args = FluentArgs::new();
            args.set("min", *min);
            args.set("max", *max);
            extra_help.push(page.t_args("form-number-help", &args));
        }
        QuestionKind::Text { .. } => extra_help.push(page.t("form-text-help")),
        _ => {}
    }
    if !q.required {
        extra_help.push(page.t("form-optional"));
    }
    if let QuestionKind::Multiple { exclusive, .. } = &q.kind {
        for option in exclusive {
            let label = texts.text(page.lang, &q.option_key(option), audience);
            extra_help.push(page.t_args("form-exclusive", &crate::views::arg("option", label)));
        }
    }
    let error_message = error.map(|e| error_text(page, s, q, e));
    let is_group = !matches!(q.kind, QuestionKind::Text { .. } | QuestionKind::Number { .. });
    let head = html! {
        @if let Some(hint) = &hint { span.hint { (hint) } }
        span.field-help #(help_id) {
            @for (i, h) in extra_help.iter().enumerate() {
                @if i > 0 { " " }
                (h)
            }
        }
        @if let Some(message) = &error_message {
            span.field-error #(error_id) { (message) }
        }
    };
    let class = if error.is_some() { "question has-error" } else { "question" };
    html! {
        @if is_group {
            fieldset class=(class) aria-describedby=(described) {
                legend { span data-say[reads_aloud(s.audience)] data-audio=[recording(page, s, &qkey)] { (label) } @if q.required { " " span.required { "(" (page.t("form-required")) ")" } } }
                (head)
                (choices(page, s, q, &name, value))
            }
        } @else {
            div class=(class) {
                label.legend for=(name) { span data-say[reads_aloud(s.audience)] data-audio=[recording(page, s, &qkey)] { (label) } @if q.required { " " span.required { "(" (page.t("form-required")) ")" } } }
                (head)
                @match &q.kind {
                    QuestionKind::Text { max_length } if q.other_of.is_some() => {
                        input.other id=(name) name=(name) type="text" maxlength=(max_length) value=(value) aria-describedby=(described) aria-invalid=[error.map(|_| "true")];
                    }
                    QuestionKind::Text { max_length } => {
                        textarea id=(name) name=(name) rows="4" maxlength=(max_length) aria-describedby=(described) aria-invalid=[error.map(|_| "true")] { (value) }
                    }
                    QuestionKind::Number { min, max } => {
                        input.number id=(name) name=(name) type="number" inputmode="numeric" min=(min) max=(max) step="1" value=(value)
                            aria-describedby=(described) aria-invalid=[error.map(|_| "true")];
                    }
                    _ => {}
                }
            }
        }
    }
}

/// The map as an image button: a tap sends its x and y with the form, and
/// the page comes back with the area chosen or the spot marked.
fn map_input(
    page: &Page,
    s: &FormScreen,
    q: &Question,
    map: &crate::domain::map::ConsultationMap,
    chosen: Option<&str>,
    cells: &[String],
) -> Markup {
    let names = |id: &str| s.consultation.area_name(s.live, id, page.lang);
    let svg = super::map::respondent_svg(page, map, &names, chosen, cells);
    let kind = if matches!(q.kind, QuestionKind::Place { .. }) { "place" } else { "area" };
    html! {
        div.map-box {
            input.map-input type="image" name=(format!("map.{}", q.id)) src=(super::map::data_url(&svg))
                width=(map.frame.width) height=(map.frame.height) alt=(page.t(&format!("form-map-alt-{kind}")));
        }
        p.field-help { (page.t_for(&format!("form-map-help-{kind}"), s.audience.as_str())) }
    }
}

/// "Place 2, in Old Town": a marked cell named by its number and its area.
fn place_label(page: &Page, s: &FormScreen, map: &crate::domain::map::ConsultationMap, n: usize, cell: &str) -> String {
    let area = map.area_of_cell(cell).map(|a| s.consultation.area_name(s.live, &a.id, page.lang));
    let mut args = FluentArgs::new();
    args.set("n", n);
    match area {
        Some(area) => {
            args.set("area", area);
            page.t_args("form-place-marked", &args)
        }
        None => page.t_args("form-place-marked-plain", &args),
    }
}

fn choices(page: &Page, s: &FormScreen, q: &Question, name: &str, value: &str) -> Markup {
    let texts = &s.live.texts;
    let audience = Some(s.audience);
    let young = s.audience.is_young();
    let option_label = |o: &str| texts.text(page.lang, &q.option_key(o), audience);
    let tile = |input_type: &str, o: &str, checked: bool| {
        let id = format!("{name}-{o}");
        let picture = if young { s.live.template.picture(o) } else { None };
        let image = young && s.live.template.images.contains_key(o);
        html! {
            div.option.(if picture.is_some() || image { "with-picture" } else { "" }) {
                input type=(input_type) id=(id) name=(name) value=(o) checked[checked];
                label for=(id) {
                    @if let Some(svg) = picture { span.pic aria-hidden="true" { (PreEscaped(svg)) } }
                    @else if image {
                        span.pic aria-hidden="true" {
                            img src=(format!("{}/pictures/{o}?v={}", crate::paths::respondent(&s.consultation.slug), s.consultation.snapshot_version)) alt="" width="64" height="64";
                        }
                    }
                    span data-say[reads_aloud(s.audience)] data-audio=[recording(page, s, &q.option_key(o))] { (option_label(o)) }
                }
            }
        }
    };
    match &q.kind {
        QuestionKind::Single { options } => html! {
            div.options { @for o in options { (tile("radio", o, value == o)) } }
        },
        QuestionKind::Multiple { options, .. } => {
            let chosen = s.raw.values(name);
            html! { div.options { @for o in options { (tile("checkbox", o, chosen.iter().any(|c| c == o))) } } }
        }
        QuestionKind::Area => html! {
            @if let Some(map) = &s.live.map {
                (map_input(page, s, q, map, Some(value).filter(|v| !v.is_empty()), &[]))
            }
            div.options.areas {
                @for area in &s.consultation.areas {
                    @let id = format!("{name}-{}", area.id);
                    div.option {
                        input type="radio" id=(id) name=(name) value=(area.id) checked[value == area.id];
                        label for=(id) { span { (s.consultation.area_name(s.live, &area.id, page.lang)) } }
                    }
                }
            }
        },
        QuestionKind::Place { max } => match &s.live.map {
            Some(map) => {
                let cells: Vec<String> = s.raw.values(name).iter().filter(|c| map.is_cell(c)).cloned().collect();
                let mark = format!("mark.{}", q.id);
                let mut args = FluentArgs::new();
                args.set("max", *max);
                html! {
                    (map_input(page, s, q, map, None, &cells))
                    @if cells.is_empty() {
                        p.places-none { (page.t_for("form-place-none", s.audience.as_str())) }
                    } @else {
                        div.options.places {
                            @for (i, cell) in cells.iter().enumerate() {
                                @let id = format!("{name}-{cell}");
                                div.option {
                                    input type="checkbox" id=(id) name=(name) value=(cell) checked;
                                    label for=(id) { span { (place_label(page, s, map, i + 1, cell)) } }
                                }
                            }
                        }
                    }
                    div.place-by-list {
                        label for=(mark) { (page.t("form-place-by-list")) }
                        select id=(mark) name=(mark) {
                            option value="" { "—" }
                            @for area in &map.set.areas {
                                option value=(area.id) { (s.consultation.area_name(s.live, &area.id, page.lang)) }
                            }
                        }
                        button.secondary type="submit" name="nav" value="mark" { (page.t("form-place-add")) }
                    }
                    p.field-help { (page.t_args("form-place-max", &args)) }
                }
            }
            None => html! {},
        },
        QuestionKind::Scale => html! {
            div.scale.(if young { "scale-3" } else { "scale-5" }) {
                @for (v, level) in scale_levels(s.audience.scale_points()) {
                    @let id = format!("{name}-{v}");
                    @let key = format!("scale-{}-{}", s.audience.scale_points(), v);
                    div.point {
                        input type="radio" id=(id) name=(name) value=(v) checked[value == v.to_string()];
                        label for=(id) { (smiley(level)) span.point-label data-say[reads_aloud(s.audience)] { (page.t(&key)) } }
                    }
                }
            }
        },
        QuestionKind::Rank { options } => html! {
            div.rank {
                @for o in options {
                    @let field = rank_field_name(&q.id, o);
                    @let current = s.raw.first(&field);
                    div.rank-row {
                        select id=(field) name=(field) {
                            option value="" selected[current.is_empty()] { (page.t("form-rank-none")) }
                            @for place in 1..=options.len() {
                                option value=(place) selected[current == place.to_string()] { (place) }
                            }
                        }
                        label for=(field) { (option_label(o)) }
                    }
                }
            }
        },
        QuestionKind::Text { .. } | QuestionKind::Number { .. } | QuestionKind::Note => html! {},
    }
}
