//! Safeguarding: contact details are removed from children's free text before
//! it is stored, so no answer can be used to reach or identify a child.

use regex::Regex;
use std::sync::LazyLock;

pub const PLACEHOLDER: &str = "[removed]";

static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // email addresses, also written "name at host dot com"
        r"(?i)[\w.+-]+@[\w-]+(\.[\w-]+)+",
        r"(?i)\b[\w.+-]+\s*(\(at\)|\[at\])\s*[\w-]+\s*(\(dot\)|\[dot\]|\sdot\s|\.)\s*[a-z]{2,}\b",
        r"(?i)\b[\w.+-]+\s+at\s+[\w-]+\s+dot\s+[a-z]{2,}\b",
        // web addresses
        r"(?i)\b(https?://|www\.)\S+",
        // bare domains: only generic endings, which no sentence typed without a space produces
        r"\b[a-z0-9-]+\.(com|org|net|io|app|info)(/\S*)?\b",
        // social-media handles
        r"(^|\s)@[\w.]{2,}",
        // phone numbers: 7+ digits, with spaces, dots, dashes, brackets or a + prefix
        r"\+?\(?\d[\d\s().\-/]{5,}\d",
        r"[\u0660-\u0669\u06F0-\u06F9][\u0660-\u0669\u06F0-\u06F9\s\-]{5,}[\u0660-\u0669\u06F0-\u06F9]",
    ]
    .iter()
    .filter_map(|p| Regex::new(p).ok())
    .collect()
});

/// Replaces every contact detail in `text` with [`PLACEHOLDER`].
pub fn scrub(text: &str) -> String {
    let mut out = text.to_owned();
    for re in PATTERNS.iter() {
        out = re
            .replace_all(&out, |caps: &regex::Captures| {
                let m = caps.get(0).map_or("", |m| m.as_str());
                let lead: String = m.chars().take_while(|c| c.is_whitespace()).collect();
                format!("{lead}{PLACEHOLDER}")
            })
            .into_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_details_are_removed_and_the_rest_is_kept() {
        let cases = [
            ("write me at sam.k@example.com please", "write me at [removed] please"),
            ("call 07700 900123 after school", "call [removed] after school"),
            ("mon numéro +33 6 12 34 56 78 merci", "mon numéro [removed] merci"),
            ("mi número es 612-345-678", "mi número es [removed]"),
            ("follow @skater_kid on insta", "follow [removed] on insta"),
            ("see www.example.org/me", "see [removed]"),
            ("mail sam at example dot com", "mail [removed]"),
            ("visit skateclub.com now", "visit [removed] now"),
            ("رقمي ٠٥٥٥١٢٣٤٥٦ شكرا", "رقمي [removed] شكرا"),
        ];
        for (input, expected) in cases {
            assert_eq!(scrub(input), expected, "{input}");
        }
    }

    #[test]
    fn ordinary_answers_with_small_numbers_are_left_alone() {
        for t in [
            "I am 9 and walk 10 minutes",
            "more swings, 2 slides",
            "the park at 5 o'clock",
            "I don't feel safe at home. Please help",
            "Mi papá me pega.Es malo",
            "write to sam at example dot",
        ] {
            assert_eq!(scrub(t), t);
        }
    }
}
