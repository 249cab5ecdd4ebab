//! Small reusable pieces: smiley faces, audience pictures, the help box.

use super::Page;
use maud::{Markup, PreEscaped, html};

const FACE_COLOURS: [&str; 5] = ["#f28b82", "#fbbc74", "#fde293", "#c5e1a5", "#81c995"];
const MOUTHS: [&str; 5] =
    ["M12 29Q20 20 28 29", "M13 28Q20 24 27 28", "M13 26H27", "M13 25Q20 30 27 25", "M12 24Q20 34 28 24"];

/// Face `level` (0 = very unhappy … 4 = very happy), decorative: the label is text.
pub fn smiley(level: usize) -> Markup {
    let level = level.min(4);
    html! {
        svg.face viewBox="0 0 40 40" aria-hidden="true" focusable="false" {
            circle cx="20" cy="20" r="18" fill=(FACE_COLOURS[level]) stroke="#222" stroke-width="2" {}
            circle cx="14" cy="16" r="2.5" fill="#222" {}
            circle cx="26" cy="16" r="2.5" fill="#222" {}
            path d=(MOUTHS[level]) fill="none" stroke="#222" stroke-width="2.5" stroke-linecap="round" {}
        }
    }
}

/// Face levels for a scale of `points` (3 or 5) values.
pub fn scale_levels(points: u8) -> Vec<(u8, usize)> {
    if points == 3 { vec![(1, 0), (2, 2), (3, 4)] } else { (1..=5).map(|v| (v, usize::from(v - 1))).collect() }
}

/// A picture for each audience on the "who are you?" screen.
pub fn audience_picture(audience: &str) -> Markup {
    let figure = |x: f32, scale: f32, colour: &str| {
        let head_r = 5.0 * scale;
        let head_y = 48.0 - 34.0 * scale;
        let body_top = head_y + head_r + 1.0;
        format!(
            r##"<circle cx="{x:.1}" cy="{head_y:.1}" r="{head_r:.1}" fill="#f1c27d"/><rect x="{bx:.1}" y="{body_top:.1}" width="{bw:.1}" height="{bh:.1}" rx="{rx:.1}" fill="{colour}"/>"##,
            bx = x - 6.0 * scale,
            bw = 12.0 * scale,
            bh = 46.0 - body_top,
            rx = 4.0 * scale,
        )
    };
    let shapes = match audience {
        "age-5-8" => figure(24.0, 0.75, "#f57c00"),
        "age-9-12" => figure(24.0, 0.95, "#1e88e5"),
        "age-13-17" => figure(24.0, 1.15, "#8e24aa"),
        _ => format!("{}{}", figure(18.0, 1.2, "#00897b"), figure(34.0, 0.7, "#f57c00")),
    };
    html! {
        svg.pic viewBox="0 0 48 48" aria-hidden="true" focusable="false" { (PreEscaped(shapes)) }
    }
}

/// Where to get help: the consultation's own text, or Child Helpline International.
pub fn help_box(page: &Page, help_text: Option<&str>) -> Markup {
    html! {
        aside.help aria-labelledby="help-title" {
            h2 #help-title { (page.t("help-title")) }
            @match help_text {
                Some(text) => p { (text) },
                None => p { (page.t("help-default")) },
            }
        }
    }
}
