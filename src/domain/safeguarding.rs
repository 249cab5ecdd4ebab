//! Words that suggest a child may be at risk. A match decides nothing: it asks
//! the organisation's safeguarding lead to read the text. Phrase lists live in
//! `locales/{lang}/safeguarding.txt`, reviewed as carefully as translations.

/// Lowercase, without accents or Arabic diacritics, Arabic letter variants
/// unified, full-width letters and digits as ASCII, ё as е, punctuation as
/// spaces, whitespace collapsed.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(super::words::half_width).flat_map(char::to_lowercase) {
        let c = match super::words::fold_accent(c) {
            'ё' => 'е',
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            // Arabic tashkeel and tatweel carry no meaning for matching.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => continue,
            c if c.is_alphanumeric() => c,
            '\'' | '’' => ' ',
            _ => ' ',
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end().to_owned()
}

/// Whether a script is written without spaces between words (Chinese,
/// Japanese, Thai…): its phrases are matched anywhere, not as whole words.
fn unspaced(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}')
}

/// Every language's phrases, normalised, each between two spaces so that a
/// plain substring search finds whole words only (phrases in scripts written
/// without spaces are searched as they are).
#[derive(Clone, Debug, Default)]
pub struct PhraseLists {
    phrases: Vec<String>,
    /// All phrases at once: one pass over a text, however long the lists.
    matcher: Option<aho_corasick::AhoCorasick>,
}

impl PhraseLists {
    /// Reads lists in the `safeguarding.txt` format: one phrase a line, `#` comments.
    pub fn parse<'a>(sources: impl IntoIterator<Item = &'a str>) -> Self {
        let mut phrases: Vec<String> = sources
            .into_iter()
            .flat_map(str::lines)
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(normalise)
            .filter(|p| !p.is_empty())
            .map(|p| if p.chars().any(unspaced) { p } else { format!(" {p} ") })
            .collect();
        phrases.sort();
        phrases.dedup();
        let matcher = aho_corasick::AhoCorasick::new(&phrases).ok();
        PhraseLists { phrases, matcher }
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Whether any phrase occurs in `text` as whole words.
    pub fn flags(&self, text: &str) -> bool {
        let normal = normalise(text);
        // Arabic attaches "and", "so", "with", "for" to the next word: try without them too.
        let detached: Vec<&str> = normal
            .split(' ')
            .map(|w| match w.strip_prefix(['و', 'ف', 'ب', 'ل']) {
                Some(rest) if rest.chars().count() >= 3 => rest,
                _ => w,
            })
            .collect();
        let texts = [format!(" {normal} "), format!(" {} ", detached.join(" "))];
        match &self.matcher {
            Some(m) => texts.iter().any(|t| m.is_match(t)),
            None => self.phrases.iter().any(|needle| texts.iter().any(|t| t.contains(needle.as_str()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists() -> PhraseLists {
        PhraseLists::parse(["# test\nhits me\nwant to die\n", "me frappe\nj'ai peur de rentrer", "me pega", "يضربني"])
    }

    #[test]
    fn phrases_match_as_whole_words_whatever_the_accents_and_case() {
        let l = lists();
        assert!(l.flags("My dad HITS me when he is angry"));
        assert!(l.flags("Sometimes I want to die."));
        assert!(l.flags("Mon frère me frappe"));
        assert!(l.flags("J’ai peur de rentrer chez moi"), "typographic apostrophes count");
        assert!(l.flags("mi papá me pega"));
        assert!(l.flags("أبي يَضربُني كل يوم"), "Arabic diacritics are ignored");
        assert!(l.flags("وأخي ويضربني أيضا"), "an attached 'and' is looked through");
        assert!(!l.flags("he whits meat"), "a phrase must not start inside a word");
        assert!(!l.flags("More swings and a bigger slide please"));
    }

    #[test]
    fn chinese_phrases_are_found_inside_a_sentence_without_spaces() {
        let l = PhraseLists::parse(["想死\n爸爸打我\nzisha", "меня бьют"]);
        assert!(l.flags("我每天都想死，没人管我"));
        assert!(l.flags("我爸爸打我，我不敢回家"));
        assert!(l.flags("wo xiang zisha"));
        assert!(!l.flags("我想去公园玩"));
        assert!(l.flags("нет, меня бьют дома"));
        assert!(l.flags("Меня бьЮт"), "any case");
        assert_eq!(normalise("ＺＩＳＨＡ ё"), "zisha е", "full-width letters read as ASCII, ё as е");
    }

    #[test]
    fn the_shipped_lists_flag_a_child_at_risk_in_every_language() {
        let l = PhraseLists::parse(crate::i18n::locales().safeguarding_lists());
        assert!(l.len() > 400, "{} phrases", l.len());
        for text in [
            "My dad hits me when he drinks",
            "Mon beau-père me frappe tous les soirs",
            "Mi tío me pega",
            "أبي يضربني كل يوم",
            "我爸爸每天打我，我不想回家",
            "Отчим меня бьёт каждый день",
            "Meu padrasto me bate todo dia",
        ] {
            assert!(l.flags(text), "{text}");
        }
        for text in [
            "More swings please",
            "Plus de bancs au parc",
            "Más árboles en la plaza",
            "نريد حديقة أكبر",
            "我想要更多的秋千和滑梯",
            "Хочу больше качелей в парке",
            "Quero mais balanços no parque",
        ] {
            assert!(!l.flags(text), "{text}");
        }
    }

    #[test]
    fn normalising_unifies_letters_and_spaces() {
        assert_eq!(normalise("  Éléphant!!  Ça   va? "), "elephant ca va");
        assert_eq!(normalise("إسعاف مدرسة"), "اسعاف مدرسه");
    }
}
