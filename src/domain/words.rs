//! Easy-read measures: sentences and words as `surveys check` counts them.

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

/// Splits a text into sentences at `.`, `!`, `?`, `؟`, `;`, `…` and line breaks.
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?', '؟', ';', '…', '\n']).map(str::trim).filter(|s| !s.is_empty())
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
    fn arabic_question_mark_ends_a_sentence() {
        let (n, _) = longest_sentence("أين تلعب؟ في الحديقة").unwrap();
        assert_eq!(n, 2);
    }
}
