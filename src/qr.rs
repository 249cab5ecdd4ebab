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

/// A scalable SVG of the code, with its quiet zone.
pub fn svg(url: &str) -> Result<String, QrError> {
    Ok(code(url)?
        .render::<svg::Color>()
        .min_dimensions(256, 256)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

/// A PNG about `size` pixels wide (clamped to 128-2048).
pub fn png(url: &str, size: u32) -> Result<Vec<u8>, QrError> {
    let size = size.clamp(MIN_PNG_SIZE, MAX_PNG_SIZE);
    let img = code(url)?.render::<Luma<u8>>().min_dimensions(size, size).max_dimensions(size, size).build();
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out).write_image(
        img.as_raw(),
        img.width(),
        img.height(),
        image::ExtendedColorType::L8,
    )?;
    Ok(out)
}
