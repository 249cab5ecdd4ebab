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
        // messenger links
        r"(?i)\b(t\.me|telegram\.me|vk\.me|vk\.cc|wa\.me|weixin\.qq\.com|u\.wechat\.com)/\S+",
        // social-media handles, also right after punctuation or a label ("тг:@vanya")
        r"(^|[\s:：,，(（])@[\w.]{2,}",
        // WeChat ids: "微信：lily_2012", "wx lily2012", "V信 …"
        r"(?i)(微信号?|微訊|威信|薇信|v信|vx|wx|wechat|weixin)\s*(号|是|id|:|：)?\s*[:：]?\s*[a-z][a-z0-9_\-]{4,19}",
        // QQ numbers: "QQ 12345678", "扣扣号是…"
        r"(?i)(qq|扣扣|企鹅)\s*(号码|号|是|:|：)*\s*[:：]?\s*\d{5,11}",
        // Telegram and VK usernames after their name: "телеграм: vanya_2010", "вк id12345"
        r"(?i)(telegram|телеграм\w*|телега|тг|tg|vk|вк|вконтакте)\s*[:：]?\s*(id\d+|@?[a-z][a-z0-9_.]{4,31})",
        // phone numbers: 7+ digits, with spaces, dots, dashes, brackets or a + prefix
        r"\+?\(?\d[\d\s().\-/]{5,}\d",
        r"[\u0660-\u0669\u06F0-\u06F9][\u0660-\u0669\u06F0-\u06F9\s\-]{5,}[\u0660-\u0669\u06F0-\u06F9]",
    ]
    .iter()
    .filter_map(|p| Regex::new(p).ok())
    .collect()
});

/// Replaces every contact detail in `text` with [`PLACEHOLDER`]. Full-width
/// letters and digits (ｑｑ １２３…) are read as ASCII first.
pub fn scrub(text: &str) -> String {
    let mut out: String = text.chars().map(super::words::half_width).collect();
    for re in PATTERNS.iter() {
        out = re
            .replace_all(&out, |caps: &regex::Captures| {
                let m = caps.get(0).map_or("", |m| m.as_str());
                // A handle keeps the punctuation or space before its '@'.
                let lead: String = if m.contains('@') && !m.starts_with('@') && !m.contains('.') {
                    m.chars().take_while(|c| *c != '@').collect()
                } else {
                    m.chars().take_while(|c| c.is_whitespace()).collect()
                };
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
            ("我的电话是１３８１２３４５６７８，找我玩", "我的电话是[removed]，找我玩"),
            ("加我微信：lily_2012 好吗", "加我[removed] 好吗"),
            ("我的QQ是123456789", "我的[removed]"),
            ("ＱＱ：８７６５４３２１", "[removed]"),
            ("пиши в тг:@vanya_2010 после школы", "пиши в тг:[removed] после школы"),
            ("мой телеграм vanya_2010", "мой [removed]"),
            ("добавь меня вк id12345678", "добавь меня [removed]"),
            ("t.me/vanya_2010 пиши", "[removed] пиши"),
            ("meu zap é (11) 98765-4321", "meu zap é [removed]"),
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
            "我想要更多的秋千和滑梯，还有2个篮球架",
            "Хочу больше качелей и 2 горки",
            "Vk и тг я не скажу",
        ] {
            assert_eq!(scrub(t), t);
        }
    }
}
