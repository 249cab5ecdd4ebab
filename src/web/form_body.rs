//! Reading a form body: URL-encoded only, size-limited while it streams, so a
//! huge or malformed body is a clear 413 or 400 page and never a crash.

use crate::views::pages::ErrorKind;
use actix_web::{HttpRequest, web};
use futures_util::StreamExt;

/// Largest form body accepted: several long free-text answers in Arabic script,
/// percent-encoded, fit well inside it.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

pub async fn read_form(req: &HttpRequest, mut payload: web::Payload) -> Result<Vec<(String, String)>, ErrorKind> {
    let content_type = req.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
    if !content_type.to_ascii_lowercase().starts_with("application/x-www-form-urlencoded") {
        return Err(ErrorKind::BadRequest);
    }
    let declared =
        req.headers().get("content-length").and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES) {
        return Err(ErrorKind::TooLarge);
    }
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| ErrorKind::BadRequest)?;
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(ErrorKind::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(&body).map_err(|_| ErrorKind::BadRequest)
}
