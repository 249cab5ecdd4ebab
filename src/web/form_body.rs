//! Reading a form body: URL-encoded only, size-limited while it streams and
//! time-limited as a whole, so a huge, malformed or trickled body is a clear
//! 413, 400 or 408 page and never a crash or a held connection. NUL and other
//! control characters are removed from every value (a database refuses NUL
//! in text, and a child's other answers must not be lost for one).

use crate::views::pages::ErrorKind;
use actix_web::{HttpRequest, web};
use futures_util::StreamExt;

/// Largest form body accepted: several long free-text answers in Arabic script,
/// percent-encoded, fit well inside it.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// Longest a client may take to send a whole form body.
pub const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// A value without NUL and the other C0 control characters (tabs and line breaks kept).
pub fn clean(value: &str) -> String {
    value.chars().filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r')).collect()
}

/// Refuses a body of another type than `expected`, or one declared larger than `max`.
fn check_headers(req: &HttpRequest, expected: &str, max: usize) -> Result<(), ErrorKind> {
    let content_type = req.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
    if !content_type.to_ascii_lowercase().starts_with(expected) {
        return Err(ErrorKind::BadRequest);
    }
    let declared =
        req.headers().get("content-length").and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > max) {
        return Err(ErrorKind::TooLarge);
    }
    Ok(())
}

pub async fn read_form(req: &HttpRequest, mut payload: web::Payload) -> Result<Vec<(String, String)>, ErrorKind> {
    check_headers(req, "application/x-www-form-urlencoded", MAX_BODY_BYTES)?;
    let read = async {
        let mut body = web::BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|_| ErrorKind::BadRequest)?;
            if body.len() + chunk.len() > MAX_BODY_BYTES {
                return Err(ErrorKind::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    };
    let body = tokio::time::timeout(BODY_TIMEOUT, read).await.map_err(|_| ErrorKind::TimedOut)??;
    let pairs = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&body).map_err(|_| ErrorKind::BadRequest)?;
    Ok(pairs.into_iter().map(|(k, v)| (clean(&k), clean(&v))).collect())
}

/// Fields, cleaned as by [`read_form`], as `T`; repeated fields (check boxes)
/// fill a `Vec`, and fields `T` does not name are ignored. A form that does
/// not fit `T` is a bad request.
pub fn typed<T: serde::de::DeserializeOwned>(fields: &[(String, String)]) -> Result<T, ErrorKind> {
    let encoded = serde_urlencoded::to_string(fields).map_err(|_| ErrorKind::BadRequest)?;
    serde_html_form::from_str(&encoded).map_err(|_| ErrorKind::BadRequest)
}

/// A posted form as `T` (see [`read_form`] and [`typed`]).
pub async fn read_typed<T: serde::de::DeserializeOwned>(
    req: &HttpRequest,
    payload: web::Payload,
) -> Result<T, ErrorKind> {
    typed(&read_form(req, payload).await?)
}

/// Largest file upload (an area set's GeoJSON).
pub const MAX_UPLOAD_BYTES: usize = crate::domain::map::MAX_BYTES + 64 * 1024;

/// Longest a client may take to send an upload.
pub const UPLOAD_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Reads a `multipart/form-data` body (a form with a file) into its parts by
/// name, size- and time-limited like [`read_form`].
pub async fn read_multipart(req: &HttpRequest, payload: web::Payload) -> Result<Vec<(String, Vec<u8>)>, ErrorKind> {
    check_headers(req, "multipart/form-data", MAX_UPLOAD_BYTES)?;
    let mut multipart = actix_multipart::Multipart::new(req.headers(), payload);
    let read = async {
        let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
        let mut total = 0usize;
        while let Some(field) = multipart.next().await {
            let mut field = field.map_err(|_| ErrorKind::BadRequest)?;
            let name = field.name().map(clean).unwrap_or_default();
            let mut bytes = Vec::new();
            while let Some(chunk) = field.next().await {
                let chunk = chunk.map_err(|_| ErrorKind::BadRequest)?;
                total += chunk.len();
                if total > MAX_UPLOAD_BYTES {
                    return Err(ErrorKind::TooLarge);
                }
                bytes.extend_from_slice(&chunk);
            }
            if parts.len() < 32 {
                parts.push((name, bytes));
            }
        }
        Ok(parts)
    };
    tokio::time::timeout(UPLOAD_TIMEOUT, read).await.map_err(|_| ErrorKind::TimedOut)?
}
