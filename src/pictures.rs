//! Pictures uploaded in the template editor: SVG drawings pass the same
//! safety rule as the shipped ones and are inlined; PNG, JPEG and WebP are
//! decoded, made at most `MAX_IMAGE_SIDE` px a side and re-encoded as PNG
//! (which also drops whatever metadata a photograph carried: place, camera,
//! time), then served from the consultation's address.

use crate::domain::template::{AudioClip, MAX_IMAGE_SIDE, check_picture};

/// Largest upload read, before re-encoding.
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;
/// Largest picture kept, after re-encoding.
pub const MAX_STORED_BYTES: usize = 120 * 1024;

#[derive(Debug, PartialEq)]
pub enum Prepared {
    Svg(String),
    Png(AudioClip),
}

/// Checks or re-encodes an uploaded picture; the reason when it cannot be used.
pub fn prepare(bytes: &[u8]) -> Result<Prepared, String> {
    use base64::Engine;
    if bytes.is_empty() {
        return Err("no file was sent".into());
    }
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(format!("the file is larger than {} MB", MAX_UPLOAD_BYTES / 1024 / 1024));
    }
    if let Ok(text) = std::str::from_utf8(bytes)
        && text.trim_start().to_ascii_lowercase().starts_with("<svg")
    {
        let svg = text.trim().to_owned();
        check_picture(&svg)?;
        return Ok(Prepared::Svg(svg));
    }
    let format = image::guess_format(bytes).map_err(|_| "not a PNG, JPEG, WebP or SVG picture".to_owned())?;
    if !matches!(format, image::ImageFormat::Png | image::ImageFormat::Jpeg | image::ImageFormat::WebP) {
        return Err("not a PNG, JPEG, WebP or SVG picture".into());
    }
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    // A small picture can declare itself huge: refuse before decoding it.
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(8000);
    limits.max_image_height = Some(8000);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let picture = reader.decode().map_err(|e| format!("the picture cannot be read ({e})"))?;
    let small = picture.thumbnail(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE);
    let mut png = Vec::new();
    small
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| format!("the picture cannot be re-encoded ({e})"))?;
    if png.len() > MAX_STORED_BYTES {
        return Err(format!(
            "even made smaller, the picture takes more than {} KB: choose a simpler one",
            MAX_STORED_BYTES / 1024
        ));
    }
    Ok(Prepared::Png(AudioClip {
        mime: "image/png".into(),
        base64: base64::engine::general_purpose::STANDARD.encode(png),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_photograph_is_made_small_and_re_encoded_and_anything_else_refused() {
        let mut big = image::RgbImage::new(800, 600);
        for (x, y, p) in big.enumerate_pixels_mut() {
            *p = image::Rgb([(x % 255) as u8, (y % 255) as u8, 90]);
        }
        let mut jpeg = Vec::new();
        image::DynamicImage::ImageRgb8(big)
            .write_to(&mut std::io::Cursor::new(&mut jpeg), image::ImageFormat::Jpeg)
            .unwrap();
        let Ok(Prepared::Png(clip)) = prepare(&jpeg) else { panic!("a JPEG is accepted") };
        use base64::Engine;
        let png = base64::engine::general_purpose::STANDARD.decode(clip.base64).unwrap();
        let back = image::load_from_memory(&png).unwrap();
        assert_eq!((back.width(), back.height()), (192, 144), "fits 192 px, keeps its shape");
        assert_eq!(
            prepare(b"<svg viewBox=\"0 0 4 4\"><circle r=\"2\"/></svg>"),
            Ok(Prepared::Svg("<svg viewBox=\"0 0 4 4\"><circle r=\"2\"/></svg>".into()))
        );
        assert!(prepare(b"<svg><script>alert(1)</script></svg>").is_err());
        assert!(prepare(b"GIF89a....").is_err());
        assert!(prepare(b"").is_err());
    }
}
