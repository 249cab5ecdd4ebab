//! Easy-read measures: sentences and their length as `surveys check` counts
//! them, in words or, for scripts written without spaces, in characters.

use super::Audience;

/// Latin letters without their accents (é → e, ñ → n); other characters unchanged.
pub fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'œ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ÿ' => 'y',
        c => c,
    }
}

/// A full-width Latin letter, digit or `@ + - .` as its ASCII form (others unchanged).
pub fn half_width(c: char) -> char {
    match c {
        '\u{FF10}'..='\u{FF19}'
        | '\u{FF21}'..='\u{FF3A}'
        | '\u{FF41}'..='\u{FF5A}'
        | '\u{FF20}'
        | '\u{FF0B}'
        | '\u{FF0D}'
        | '\u{FF0E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        c => c,
    }
}

/// Cyrillic letters in Latin (Russian, ICAO 9303 transliteration); `None` for others.
pub fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

/// What the easy-read length of a sentence is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Words between spaces (alphabetic scripts).
    Words,
    /// Letters, ideographs and digits, not punctuation or spaces (Chinese,
    /// Japanese: scripts written without spaces).
    Characters,
}

/// A language's easy-read rules: what is counted, the most per sentence for
/// each audience, and what ends a sentence (besides a line break).
#[derive(Clone, Debug, PartialEq)]
pub struct TextRules {
    pub unit: Unit,
    /// Per audience, in [`Audience::ALL`] order: age-5-8, age-9-12, age-13-17, parent.
    pub limits: [usize; 4],
    pub sentence_end: Vec<char>,
}

impl Default for TextRules {
    /// Words, 10 / 15 / 20 / 30 per sentence (PRODUCT.md's writing rules).
    fn default() -> Self {
        TextRules { unit: Unit::Words, limits: [10, 15, 20, 30], sentence_end: ".!?;…؟".chars().collect() }
    }
}

impl TextRules {
    pub fn limit(&self, audience: Audience) -> usize {
        let i = Audience::ALL.iter().position(|a| *a == audience).unwrap_or(3);
        self.limits[i]
    }

    /// The sentences of a text: split at the language's sentence ends and at
    /// line breaks, but not at the full stop of an abbreviation ("e.g.",
    /// "i.e.", "Dr. Ruiz", "etc. and") or of a number ("2.5").
    pub fn sentences<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        split_sentences(text, &self.sentence_end).into_iter()
    }

    /// A sentence's length in the language's unit.
    pub fn length(&self, sentence: &str) -> usize {
        match self.unit {
            Unit::Words => sentence.split_whitespace().count(),
            Unit::Characters => sentence.chars().filter(|c| c.is_alphanumeric()).count(),
        }
    }

    /// Every sentence of `text` longer than the audience's limit, with its length.
    pub fn too_long<'a>(&'a self, text: &'a str, audience: Audience) -> Vec<(usize, &'a str)> {
        let limit = self.limit(audience);
        self.sentences(text).map(|s| (self.length(s), s)).filter(|(n, _)| *n > limit).collect()
    }

    pub fn unit_name(&self) -> &'static str {
        match self.unit {
            Unit::Words => "words",
            Unit::Characters => "characters",
        }
    }
}

/// Words that take a full stop without ending a sentence when a lowercase
/// word or a number follows (compared without case).
const ABBREVIATIONS: &[&str] = &[
    "etc", "vs", "no", "nr", "approx", "incl", "ca", "cf", "av", "ex", "p", "pp", "fig", "min", "max", "tel", "env",
    "ud", "uds",
];

/// Titles before a name: their full stop never ends a sentence.
const TITLES: &[&str] = &["dr", "mr", "mrs", "ms", "prof", "st", "mme", "mlle", "sr", "sra", "sta", "sto"];

/// Whether the full stop at byte `at` of `text` ends a sentence.
fn full_stop_ends(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let after = &text[at + 1..];
    let next = after.chars().next();
    // 2.5, 1.000: a number goes on.
    if before.chars().next_back().is_some_and(|c| c.is_ascii_digit()) && next.is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    let word = before.rsplit(|c: char| c.is_whitespace() || "(\"'“«".contains(c)).next().unwrap_or("");
    // e.g. i.e. U.S. z.B.: single letters, each with its full stop.
    if word.contains('.')
        && word.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
    {
        return false;
    }
    let lower = word.to_lowercase();
    if TITLES.contains(&lower.as_str()) {
        return false;
    }
    let following = after.trim_start().chars().next();
    if ABBREVIATIONS.contains(&lower.as_str()) && following.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit()) {
        return false;
    }
    // A full stop followed by a letter at once ("e.g" read on, "www.city"): no sentence ends.
    !next.is_some_and(char::is_alphanumeric)
}

fn split_sentences<'a>(text: &'a str, ends: &[char]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let ends_here = c == '\n' || (ends.contains(&c) && (c != '.' || full_stop_ends(text, i)));
        if ends_here {
            out.push(text[start..i].trim());
            start = i + c.len_utf8();
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// Splits a text into sentences at `.`, `!`, `?`, `؟`, `;`, `…` and line
/// breaks (not at the full stop of an abbreviation or a number).
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    split_sentences(text, &['.', '!', '?', '؟', ';', '…']).into_iter()
}

/// Words of the longest sentence of `text`, and that sentence.
pub fn longest_sentence(text: &str) -> Option<(usize, &str)> {
    sentences(text).map(|s| (s.split_whitespace().count(), s)).max_by_key(|(n, _)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_longest_sentence() {
        let (n, s) = longest_sentence("Hello there. How do you get to school today?").unwrap();
        assert_eq!(n, 7);
        assert!(s.starts_with("How"));
    }

    #[test]
    fn chinese_is_counted_in_characters_and_ends_sentences_at_full_width_marks() {
        let zh =
            TextRules {
                unit: Unit::Characters, limits: [15, 25, 35, 50], sentence_end: "。！？.!?".chars().collect()
            };
        assert_eq!(zh.sentences("你怎么去上学？走路。").collect::<Vec<_>>(), ["你怎么去上学", "走路"]);
        assert_eq!(zh.length("你怎么去上学，走路还是坐车"), 12, "punctuation is not counted");
        assert!(zh.too_long("你每天早上怎么去学校上课呢，是走路还是坐车？", Audience::Age5to8).len() == 1);
        assert!(zh.too_long("你怎么去上学？", Audience::Age5to8).is_empty());
    }

    #[test]
    fn every_over_long_sentence_is_listed() {
        let en = TextRules::default();
        let text = "One two three four five six seven eight nine ten eleven. Short. One two three four five six seven eight nine ten eleven twelve.";
        assert_eq!(en.too_long(text, Audience::Age5to8).len(), 2);
    }

    #[test]
    fn abbreviations_and_numbers_do_not_end_a_sentence() {
        let en = TextRules::default();
        let s: Vec<&str> = en.sentences("Think of places, e.g. a park or a square. Dr. Ruiz asks. It is 2.5 km, i.e. far. Buses, trams etc. are fine.").collect();
        assert_eq!(
            s,
            [
                "Think of places, e.g. a park or a square",
                "Dr. Ruiz asks",
                "It is 2.5 km, i.e. far",
                "Buses, trams etc. are fine"
            ]
        );
        let s: Vec<&str> = en.sentences("We like buses, trams etc. The park is big.").collect();
        assert_eq!(s, ["We like buses, trams etc", "The park is big"], "etc. before a capital ends the sentence");
        let s: Vec<&str> = en.sentences("See no. 4 on the map. Go to www.city.example now.").collect();
        assert_eq!(s, ["See no. 4 on the map", "Go to www.city.example now"]);
    }

    #[test]
    fn arabic_question_mark_ends_a_sentence() {
        let (n, _) = longest_sentence("أين تلعب؟ في الحديقة").unwrap();
        assert_eq!(n, 2);
    }
}
