//! Signed, single-use form tokens. A token travels in the form from the assent
//! screen to the final POST; the server remembers only its random id once it
//! has let a response in, so a double tap or a resubmission stores nothing new.

use crate::domain::Audience;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// How long a form may stay open before its token must be renewed.
pub const LIFETIME_SECS: i64 = 7 * 24 * 3600;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormToken {
    pub nonce: String,
    pub consultation_id: i32,
    pub audience: Audience,
    /// Unix seconds when the form was first shown (kept in the form only).
    pub issued_at: i64,
    pub channel_id: Option<i32>,
    /// A one-use access code was accepted (and spent) when this form started.
    pub coded: bool,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the form token is missing or damaged")]
    Invalid,
    #[error("the form token has expired")]
    Expired,
    #[error("the form token belongs to another form")]
    OtherForm,
}

fn mac(secret: &str, payload: &str) -> Hmac<Sha256> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(b"childvoice-form-token-v1:");
    mac.update(payload.as_bytes());
    mac
}

impl FormToken {
    pub fn new(consultation_id: i32, audience: Audience, channel_id: Option<i32>, now: i64) -> Self {
        let mut bytes = [0u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        FormToken {
            nonce: bytes.iter().map(|b| format!("{b:02x}")).collect(),
            consultation_id,
            audience,
            issued_at: now,
            channel_id,
            coded: false,
        }
    }

    pub fn encode(&self, secret: &str) -> String {
        let payload = format!(
            "{}:{}:{}:{}:{}:{}",
            self.nonce,
            self.consultation_id,
            self.audience.as_str(),
            self.issued_at,
            self.channel_id.map_or_else(String::new, |c| c.to_string()),
            if self.coded { "1" } else { "" }
        );
        let payload = URL_SAFE_NO_PAD.encode(payload);
        let sig = URL_SAFE_NO_PAD.encode(mac(secret, &payload).finalize().into_bytes());
        format!("{payload}.{sig}")
    }

    /// Checks the signature, the age and that the token belongs to this form.
    pub fn verify(
        secret: &str,
        token: &str,
        consultation_id: i32,
        audience: Audience,
        now: i64,
    ) -> Result<Self, TokenError> {
        let (payload, sig) = token.split_once('.').ok_or(TokenError::Invalid)?;
        let sig = URL_SAFE_NO_PAD.decode(sig).map_err(|_| TokenError::Invalid)?;
        mac(secret, payload).verify_slice(&sig).map_err(|_| TokenError::Invalid)?;
        let raw = URL_SAFE_NO_PAD.decode(payload).map_err(|_| TokenError::Invalid)?;
        let raw = String::from_utf8(raw).map_err(|_| TokenError::Invalid)?;
        let parts: Vec<&str> = raw.split(':').collect();
        let [nonce, cid, aud, issued, channel, coded] = parts.as_slice() else {
            return Err(TokenError::Invalid);
        };
        let t = FormToken {
            nonce: (*nonce).to_owned(),
            consultation_id: cid.parse().map_err(|_| TokenError::Invalid)?,
            audience: aud.parse().map_err(|_| TokenError::Invalid)?,
            issued_at: issued.parse().map_err(|_| TokenError::Invalid)?,
            channel_id: if channel.is_empty() { None } else { Some(channel.parse().map_err(|_| TokenError::Invalid)?) },
            coded: *coded == "1",
        };
        if t.consultation_id != consultation_id || t.audience != audience {
            return Err(TokenError::OtherForm);
        }
        if now - t.issued_at > LIFETIME_SECS || t.issued_at - now > 300 {
            return Err(TokenError::Expired);
        }
        Ok(t)
    }
}

/// A signed timestamp for forms shown before sign-in (sign-in, forgotten
/// password): a cross-site page cannot forge it, so it serves as CSRF token.
pub fn signed_stamp(secret: &str, purpose: &str, now: i64) -> String {
    let payload = URL_SAFE_NO_PAD.encode(format!("{purpose}:{now}"));
    let sig = URL_SAFE_NO_PAD.encode(mac(secret, &payload).finalize().into_bytes());
    format!("{payload}.{sig}")
}

/// Whether `stamp` was made by `signed_stamp` for `purpose` within `max_age` seconds.
pub fn verify_stamp(secret: &str, purpose: &str, stamp: &str, now: i64, max_age: i64) -> bool {
    let Some((payload, sig)) = stamp.split_once('.') else { return false };
    let Ok(sig) = URL_SAFE_NO_PAD.decode(sig) else { return false };
    if mac(secret, payload).verify_slice(&sig).is_err() {
        return false;
    }
    let Some(text) = URL_SAFE_NO_PAD.decode(payload).ok().and_then(|b| String::from_utf8(b).ok()) else { return false };
    // The time is last: a purpose may itself hold a ':' (`login:{nonce}`).
    match text.rsplit_once(':') {
        Some((p, t)) if p == purpose => t.parse::<i64>().is_ok_and(|t| now - t <= max_age && t - now <= 300),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_stamp_holds_for_its_purpose_and_age_only() {
        let s = signed_stamp(SECRET, "login", 1000);
        assert!(verify_stamp(SECRET, "login", &s, 1100, 3600));
        assert!(!verify_stamp(SECRET, "forgot", &s, 1100, 3600));
        assert!(!verify_stamp(SECRET, "login", &s, 10_000, 3600));
        assert!(!verify_stamp(SECRET, "login", "x.y", 1100, 3600));
    }

    use super::*;

    const SECRET: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn a_token_round_trips_and_tampering_is_detected() {
        let t = FormToken::new(7, Audience::Age9to12, Some(3), 1_000_000);
        let s = t.encode(SECRET);
        assert_eq!(FormToken::verify(SECRET, &s, 7, Audience::Age9to12, 1_000_100), Ok(t.clone()));
        assert_eq!(
            FormToken::verify("another secret of sufficient length!", &s, 7, Audience::Age9to12, 1_000_100),
            Err(TokenError::Invalid)
        );
        let forged = t.encode(SECRET).replacen('A', "B", 1);
        assert!(FormToken::verify(SECRET, &forged, 7, Audience::Age9to12, 1_000_100).is_err() || forged == s);
        assert_eq!(FormToken::verify(SECRET, "garbage", 7, Audience::Age9to12, 0), Err(TokenError::Invalid));
    }

    #[test]
    fn a_token_is_bound_to_its_form_and_expires() {
        let s = FormToken::new(7, Audience::Parent, None, 0).encode(SECRET);
        assert_eq!(FormToken::verify(SECRET, &s, 8, Audience::Parent, 10), Err(TokenError::OtherForm));
        assert_eq!(FormToken::verify(SECRET, &s, 7, Audience::Age5to8, 10), Err(TokenError::OtherForm));
        assert_eq!(FormToken::verify(SECRET, &s, 7, Audience::Parent, LIFETIME_SECS + 1), Err(TokenError::Expired));
    }
}
