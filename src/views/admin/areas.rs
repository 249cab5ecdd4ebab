//! Area sets: the list with the upload form, and one version with its map
//! and its areas' names.

use super::{admin_layout, csrf, scroll_table};
use crate::auth::Officer;
use crate::domain::map::{ConsultationMap, GeoError, MAX_FEATURES};
use crate::store::areas::AreaSetInfo;
use crate::views::Page;
use maud::{Markup, html};

/// One problem of an uploaded file in the reader's language: "Feature 2
/// (Bow tie): polygon 1, outer ring crosses itself…".
pub fn problem(page: &Page, e: &GeoError) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    let mut ring = (None, None);
    for (name, value) in e.problem.args() {
        match name {
            "polygon" => ring.0 = value.parse::<usize>().ok(),
            "hole" => ring.1 = value.parse::<usize>().ok(),
            _ => {}
        }
        // Whole numbers as numbers (plural forms); coordinates and names as written.
        match value.parse::<i64>() {
            Ok(n) => args.set(name, n),
            Err(_) => args.set(name, value),
        }
    }
    if let (Some(polygon), Some(hole)) = ring {
        let mut place = fluent_bundle::FluentArgs::new();
        place.set("polygon", polygon);
        place.set("hole", hole);
        let key = match (polygon, hole) {
            (0, 0) => "geo-ring-outer",
            (0, _) => "geo-ring-hole",
            (_, 0) => "geo-ring-polygon-outer",
            _ => "geo-ring-polygon-hole",
        };
        args.set("ring", page.t_args(key, &place));
    }
    let text = page.t_args(e.problem.message_id(), &args);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("problem", text.clone());
    match (e.feature, &e.name) {
        (Some(n), Some(name)) => {
            args.set("n", n);
            args.set("name", name.clone());
            page.t_args("geo-feature-named", &args)
        }
        (Some(n), None) => {
            args.set("n", n);
            page.t_args("geo-feature", &args)
        }
        (None, _) => text,
    }
}

/// The upload form as sent, to show again with its problems.
#[derive(Default)]
pub struct Upload {
    pub title: String,
    pub slug: String,
    pub name_property: String,
    pub errors: Vec<GeoError>,
    /// A problem with the form itself (no file, a bad slug): a message id.
    pub form_error: Option<&'static str>,
}

pub fn index(page: &Page, officer: &Officer, sets: &[AreaSetInfo], upload: &Upload) -> Markup {
    let title = page.t("admin-areas-title");
    let can_edit = officer.user.role.can_edit();
    admin_layout(
        page,
        officer,
        &title,
        html! {
            h1 { (title) }
            p { (page.t("admin-areas-intro")) }
            @if sets.is_empty() {
                p { (page.t("admin-areas-none")) }
            } @else {
                (scroll_table(&title, html! { table {
                    thead { tr {
                        th scope="col" { (page.t("admin-areas-col-title")) }
                        th scope="col" { (page.t("admin-field-slug")) }
                        th.num scope="col" { (page.t("admin-areas-col-version")) }
                        th.num scope="col" { (page.t("admin-areas-col-areas")) }
                        th scope="col" { (page.t("admin-areas-col-uploaded")) }
                    } }
                    tbody {
                        @for s in sets {
                            tr {
                                th scope="row" { a href=(crate::paths::area_set(s.id)) { (s.title) } }
                                td { code { (s.slug) } }
                                td.num { (s.version) }
                                td.num { (s.areas) }
                                td { (s.created_on.to_string()) }
                            }
                        }
                    }
                } }))
            }
            @if can_edit {
                h2 #upload-h { (page.t("admin-areas-upload")) }
                @if !upload.errors.is_empty() || upload.form_error.is_some() {
                    div.error-summary role="alert" {
                        p { (page.t("admin-areas-rejected")) }
                        @if let Some(e) = upload.form_error { p { (page.t(e)) } }
                        @if !upload.errors.is_empty() {
                            ul.problems { @for e in &upload.errors { li { (problem(page, e)) } } }
                        }
                    }
                }
                form.admin-form method="post" action="/admin/areas" enctype="multipart/form-data" aria-labelledby="upload-h" {
                    (csrf(officer))
                    label for="file" { (page.t("admin-areas-file")) }
                    input #file type="file" name="file" accept=".geojson,.json,application/geo+json,application/json" required aria-describedby="file-help";
                    span.field-help #file-help { (page.t_args("admin-areas-file-help", &crate::views::arg("max", MAX_FEATURES))) }
                    label for="title" { (page.t("admin-areas-col-title")) }
                    input #title name="title" value=(upload.title) maxlength="200";
                    label for="slug" { (page.t("admin-field-slug")) }
                    input #slug name="slug" value=(upload.slug) pattern="[a-z][a-z0-9-]{0,39}" aria-describedby="set-slug-help";
                    span.field-help #set-slug-help { (page.t("admin-areas-slug-help")) }
                    label for="name_property" { (page.t("admin-areas-name-property")) }
                    input #name_property name="name_property" value=(if upload.name_property.is_empty() { "name" } else { &upload.name_property }) maxlength="60" aria-describedby="name-property-help";
                    span.field-help #name-property-help { (page.t("admin-areas-name-property-help")) }
                    div.nav { button.primary type="submit" { (page.t("admin-areas-upload-button")) } }
                }
            }
        },
    )
}

pub fn detail(
    page: &Page,
    officer: &Officer,
    info: &AreaSetInfo,
    map: &ConsultationMap,
    languages: &[String],
) -> Markup {
    let title =
        format!("{} ({})", info.title, page.t_args("admin-areas-version", &crate::views::arg("n", info.version)));
    let names = |id: &str| map.set.area(id).map(|a| a.name(page.lang).to_owned()).unwrap_or_default();
    let svg = crate::views::map::respondent_svg(page, map, &names, None, &[]);
    admin_layout(
        page,
        officer,
        &title,
        html! {
            p { a href="/admin/areas" { "← " (page.t("admin-areas-title")) } }
            h1 { (title) }
            p { (page.t_args("admin-areas-summary", &crate::views::arg("n", map.set.areas.len()))) }
            img.map-preview src=(crate::views::map::data_url(&svg)) width=(map.frame.width) height=(map.frame.height) alt=(page.t("admin-areas-map-alt"));
            p { a href=(crate::paths::area_set(info.id) + "/areas.geojson") download { (page.t("admin-areas-download")) } }
            (scroll_table(&page.t("admin-areas-names"), html! { table {
                caption { (page.t("admin-areas-names")) }
                thead { tr {
                    th scope="col" { "id" }
                    th scope="col" { (page.t("admin-areas-name")) }
                    @for l in languages { th scope="col" { code { (l) } } }
                } }
                tbody {
                    @for a in &map.set.areas {
                        tr {
                            th scope="row" { code { (a.id) } }
                            td { (a.names.get("").cloned().unwrap_or_default()) }
                            @for l in languages { td lang=(l) dir=(crate::i18n::direction(l)) { (a.names.get(l).cloned().unwrap_or_default()) } }
                        }
                    }
                }
            } }))
        },
    )
}
