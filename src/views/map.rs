//! Maps drawn on the server as SVG: the respondent's map (an image a tap on
//! which is sent as x and y, with no script, no tiles and no outside
//! request), and choropleths of published figures, with a legend, a scale
//! bar and a north arrow. A few kilobytes each.

use super::Page;
use crate::domain::map::{ConsultationMap, Frame};
use base64::Engine;
use maud::{Markup, PreEscaped, html};

const LAND: &str = "#eef2e6";
const EDGE: &str = "#4d5a4d";
const CHOSEN: &str = "#9cc7e6";
const MARK: &str = "#b3410e";
/// Sequential blues (ColorBrewer "Blues", 5 classes), light to dark.
const CLASSES: [&str; 5] = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
/// Areas are labelled on the map only when they fit; the list beside always names them.
const MAX_LABELS: usize = 25;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A round distance for the scale bar, about a quarter of the map wide.
fn scale_bar(frame: &Frame) -> (f64, f64) {
    let target = frame.width / 4.0 / frame.scale;
    let nice = [20.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0, 2000.0, 2500.0, 5000.0, 10_000.0, 20_000.0, 50_000.0]
        .into_iter()
        .rev()
        .find(|n| *n <= target)
        .unwrap_or(20.0);
    (nice, nice * frame.scale)
}

fn distance_label(page: &Page, metres: f64) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    if metres >= 1000.0 {
        args.set("n", metres / 1000.0);
        page.t_args("map-km", &args)
    } else {
        args.set("n", metres);
        page.t_args("map-metres", &args)
    }
}

/// The scale bar (bottom left) and north arrow (top right), as SVG elements,
/// with text of `size` pixels (16 in a page, where all text is at least 16 px).
fn furniture(page: &Page, frame: &Frame, size: u32) -> String {
    let (metres, px) = scale_bar(frame);
    let y = frame.height - 8.0;
    let size = f64::from(size);
    let label = esc(&distance_label(page, metres));
    let north = esc(&page.t("map-north"));
    let nx = frame.width - 18.0;
    format!(
        concat!(
            r##"<g font-family="sans-serif" font-size="{size}" fill="#222">"##,
            r##"<rect x="6" y="{y0:.1}" width="{px:.1}" height="4" fill="#222"/>"##,
            r##"<text x="6" y="{ty:.1}" stroke="#fff" stroke-width="3" paint-order="stroke">{label}</text>"##,
            r##"<path d="M{nx:.1} 8 L{nl:.1} 26 L{nx:.1} 21 L{nr:.1} 26 Z" fill="#222"/>"##,
            r##"<text x="{nx:.1}" y="{ny:.1}" text-anchor="middle" font-weight="bold" stroke="#fff" stroke-width="3" paint-order="stroke">{north}</text>"##,
            "</g>"
        ),
        size = size,
        y0 = y - 4.0,
        px = px,
        ty = y - 7.0,
        ny = 28.0 + size,
        label = label,
        nx = nx,
        nl = nx - 6.0,
        nr = nx + 6.0,
        north = north,
    )
}

/// A grid cell's corners in pixels, as an SVG `points` list.
fn cell_points(map: &ConsultationMap, col: i64, row: i64) -> String {
    let corners: Vec<String> = map
        .grid
        .corners(col, row)
        .into_iter()
        .map(|(x, y)| {
            let (px, py) = map.frame.metres_to_px(x, y);
            format!("{px:.1},{py:.1}")
        })
        .collect();
    corners.join(" ")
}

/// The respondent's map as a standalone SVG document: areas with their
/// names, the chosen area shaded, marked cells numbered.
pub fn respondent_svg(
    page: &Page,
    map: &ConsultationMap,
    names: &dyn Fn(&str) -> String,
    chosen: Option<&str>,
    cells: &[String],
) -> String {
    let f = &map.frame;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}"><rect width="{w}" height="{h}" fill="#f8f8f5"/>"##,
        w = f.width,
        h = f.height
    );
    for a in &map.set.areas {
        let fill = if chosen == Some(a.id.as_str()) { CHOSEN } else { LAND };
        svg.push_str(&format!(
            r#"<path d="{}" fill="{fill}" stroke="{EDGE}" stroke-width="1" fill-rule="evenodd"/>"#,
            f.path(&a.shape)
        ));
    }
    if map.set.areas.len() <= MAX_LABELS {
        for a in &map.set.areas {
            if let Some((x, y)) = f.label_at(&a.shape) {
                svg.push_str(&format!(
                    r##"<text x="{x:.1}" y="{y:.1}" text-anchor="middle" font-family="sans-serif" font-size="11" fill="#1a1a1a" stroke="#fff" stroke-width="3" paint-order="stroke">{}</text>"##,
                    esc(&names(&a.id))
                ));
            }
        }
    }
    for (i, cell) in cells.iter().enumerate() {
        let Some((col, row)) = map.grid.parse(cell) else { continue };
        let (cx, cy) = map.grid.centre(col, row);
        let (px, py) = f.metres_to_px(cx, cy);
        svg.push_str(&format!(
            r##"<polygon points="{}" fill="{MARK}" fill-opacity="0.75" stroke="#fff" stroke-width="1.5"/><circle cx="{px:.1}" cy="{py:.1}" r="8" fill="{MARK}" stroke="#fff" stroke-width="1.5"/><text x="{px:.1}" y="{:.1}" text-anchor="middle" font-family="sans-serif" font-size="11" font-weight="bold" fill="#fff">{}</text>"##,
            cell_points(map, col, row),
            py + 4.0,
            i + 1
        ));
    }
    svg.push_str(&furniture(page, f, 10));
    svg.push_str("</svg>");
    svg
}

/// An SVG document as a `data:` URL, for an `<img>` or `<input type="image">`
/// (the CSP allows `img-src data:`; nothing is fetched).
pub fn data_url(svg: &str) -> String {
    format!("data:image/svg+xml;base64,{}", base64::engine::general_purpose::STANDARD.encode(svg))
}

/// What a choropleth shows: one published figure per area or grid cell.
pub struct Choropleth<'a> {
    /// Unique within the page (pattern ids).
    pub id: &'a str,
    pub title: &'a str,
    /// (area id or cell id, published count: `None` is fewer than k).
    pub rows: &'a [(String, Option<u64>)],
    /// Whether rows are grid cells (otherwise areas).
    pub cells: bool,
    pub k: u64,
}

fn class_of(n: u64, max: u64) -> usize {
    if max == 0 {
        return 0;
    }
    (((n as f64 / max as f64) * 5.0).ceil() as usize).clamp(1, 5) - 1
}

/// Class bounds for the legend: (from, to) per class, in published counts.
fn class_bounds(max: u64) -> Vec<(u64, u64)> {
    (0..5u64)
        .map(|i| {
            let lo = (max as f64 * i as f64 / 5.0).floor() as u64 + 1;
            let hi = (max as f64 * (i + 1) as f64 / 5.0).floor() as u64;
            (lo, hi)
        })
        .filter(|(lo, hi)| lo <= hi)
        .collect()
}

fn swatch(fill: &str) -> Markup {
    html! { svg.swatch width="16" height="16" viewBox="0 0 16 16" focusable="false" { rect width="16" height="16" fill=(fill) stroke="#4d5a4d" {} } }
}

/// A choropleth of published figures, inline in the page, with its legend.
/// Decorative for screen readers: the same figures are in the table beside it.
pub fn choropleth(page: &Page, map: &ConsultationMap, c: &Choropleth) -> Markup {
    let f = &map.frame;
    let max = c.rows.iter().filter_map(|(_, n)| *n).max().unwrap_or(0);
    let hatch = format!("hatch-{}", c.id);
    let fill_of = |n: Option<u64>| match n {
        None => format!("url(#{hatch})"),
        Some(0) => LAND.to_owned(),
        Some(n) => CLASSES[class_of(n, max)].to_owned(),
    };
    let mut body = String::new();
    body.push_str(&format!(
        r##"<defs><pattern id="{hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#595959" stroke-width="2"/></pattern></defs>"##
    ));
    body.push_str(&format!(r##"<rect width="{}" height="{}" fill="#f8f8f5"/>"##, f.width, f.height));
    for a in &map.set.areas {
        let figure = c.rows.iter().find(|(k, _)| *k == a.id).map(|(_, n)| *n);
        let fill = match figure {
            Some(n) if !c.cells => fill_of(n),
            _ => LAND.to_owned(),
        };
        body.push_str(&format!(
            r#"<path d="{}" fill="{fill}" stroke="{EDGE}" stroke-width="1" fill-rule="evenodd"/>"#,
            f.path(&a.shape)
        ));
    }
    if c.cells {
        for (id, n) in c.rows {
            let Some((col, row)) = map.grid.parse(id) else { continue };
            if *n == Some(0) {
                continue;
            }
            body.push_str(&format!(
                r#"<polygon points="{}" fill="{}" stroke="{EDGE}" stroke-width="0.5"/>"#,
                cell_points(map, col, row),
                fill_of(*n)
            ));
        }
    }
    body.push_str(&furniture(page, f, 16));
    let fewer = super::results::fewer(page, c.k);
    html! {
        figure.map-figure {
            svg.map viewBox=(format!("0 0 {} {}", f.width, f.height)) width=(f.width) height=(f.height) role="presentation" aria-hidden="true" focusable="false" {
                (PreEscaped(body))
            }
            figcaption {
                span.visually-hidden { (c.title) }
                ul.legend aria-hidden="true" {
                    @for (lo, hi) in class_bounds(max) {
                        li { (swatch(CLASSES[class_of(hi, max)])) " " (if lo == hi { lo.to_string() } else { format!("{lo}–{hi}") }) }
                    }
                    li { (swatch(&format!("url(#{hatch})"))) " " (fewer) }
                    @if !c.cells { li { (swatch(LAND)) " " (page.t("map-legend-none")) } }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legend_classes_cover_every_count_once() {
        for max in [1u64, 3, 7, 10, 11, 250] {
            let bounds = class_bounds(max);
            let mut next = 1;
            for (lo, hi) in &bounds {
                assert_eq!(*lo, next, "max {max}: {bounds:?}");
                next = hi + 1;
            }
            assert_eq!(next, max + 1);
            for (lo, hi) in &bounds {
                assert_eq!(class_of(*lo, max), class_of(*hi, max), "max {max}: {bounds:?}");
            }
        }
    }
}
