//! QR codes for posters and cards. Error-correction level H restores up to
//! 30% of a damaged code, so a crumpled or scribbled-on poster still scans.

use image::{ImageEncoder, Luma};
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

pub const MIN_PNG_SIZE: u32 = 128;
pub const MAX_PNG_SIZE: u32 = 2048;
pub const DEFAULT_PNG_SIZE: u32 = 512;

#[derive(Debug, thiserror::Error)]
pub enum QrError {
    #[error("the link is too long for a QR code: {0}")]
    Encode(#[from] qrcode::types::QrError),
    #[error("the PNG could not be written: {0}")]
    Png(#[from] image::ImageError),
}

fn code(url: &str) -> Result<QrCode, QrError> {
    Ok(QrCode::with_error_correction_level(url.as_bytes(), EcLevel::H)?)
}

/// A scalable SVG of the code, with its quiet zone, without an XML
/// declaration (it is inlined in HTML pages, where one is invalid).
pub fn svg(url: &str) -> Result<String, QrError> {
    let svg = code(url)?
        .render::<svg::Color>()
        .min_dimensions(256, 256)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    Ok(match svg.find("<svg") {
        Some(start) => svg[start..].to_owned(),
        None => svg,
    })
}

/// A PNG exactly `size` pixels square (clamped to 128-2048): whole pixels per
/// module, as large as fit, centred on white (a wider quiet zone).
pub fn png(url: &str, size: u32) -> Result<Vec<u8>, QrError> {
    let size = size.clamp(MIN_PNG_SIZE, MAX_PNG_SIZE);
    let code = code(url)?;
    let modules = u32::try_from(code.width()).unwrap_or(u32::MAX).saturating_add(8);
    let module = (size / modules).max(1);
    let drawn = code.render::<Luma<u8>>().module_dimensions(module, module).build();
    // A code too long to fit is never squeezed (it would not scan): it keeps its size.
    let side = size.max(drawn.width());
    let mut img = image::ImageBuffer::from_pixel(side, side, Luma([255u8]));
    let offset = (side - drawn.width()) / 2;
    image::imageops::replace(&mut img, &drawn, i64::from(offset), i64::from(offset));
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out).write_image(
        img.as_raw(),
        img.width(),
        img.height(),
        image::ExtendedColorType::L8,
    )?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_png_is_exactly_the_size_asked_for_and_an_svg_has_no_xml_declaration() {
        for size in [128u32, 300, 512, 1024, 2048] {
            let bytes = png("https://have-your-say.example.org/s/journeys", size).expect("a png");
            let img = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png).expect("decodes");
            assert_eq!((img.width(), img.height()), (size, size), "size {size}");
        }
        let svg = svg("https://example.org/s/play").expect("an svg");
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
    }
}
