//! How a form is cut into screens: one question per screen for young children,
//! short pages for the others, and a new page wherever a question depends on an
//! answer given on the same page (conditions are applied on the server, so the
//! form works without JavaScript).

use super::answers::{Answers, RawAnswers};
use super::audience::Audience;
use super::survey::{Question, Survey};

/// The screens of the form for this audience, given the answers so far.
/// Pages before the one that holds a question depend only on earlier answers,
/// so going back and forth is stable.
pub fn pages<'s>(survey: &'s Survey, audience: Audience, answers: &Answers) -> Vec<Vec<&'s Question>> {
    pages_on_map(survey, audience, answers, false)
}

/// [`pages`] of a consultation that has a map (`has_map`) or not: place
/// questions are asked only on a map.
pub fn pages_on_map<'s>(
    survey: &'s Survey,
    audience: Audience,
    answers: &Answers,
    has_map: bool,
) -> Vec<Vec<&'s Question>> {
    let per_page = audience.questions_per_page();
    let mut pages: Vec<Vec<&Question>> = Vec::new();
    let mut current: Vec<&Question> = Vec::new();
    for q in survey.questions_for(audience) {
        if matches!(q.kind, super::QuestionKind::Place { .. }) && !has_map {
            continue;
        }
        if let Some(cond) = &q.show_if {
            if current.iter().any(|c| cond.questions().any(|q| q == c.id)) {
                pages.push(std::mem::take(&mut current));
            }
            if !cond.holds(answers) {
                continue;
            }
        }
        // Notes are read, not answered: they do not fill a screen, but one
        // that introduces what follows opens the next screen when this one is full.
        let answered = current.iter().filter(|c| c.is_answered()).count();
        // A grid's statements stay together in one table, except for young
        // children, who get one statement per screen.
        let same_grid = !audience.is_young()
            && q.grid
                .as_ref()
                .is_some_and(|g| current.last().is_some_and(|l| l.grid.as_ref() == Some(g) || &l.id == g));
        // "Other, please say" stays with its question.
        let same_grid =
            same_grid || q.other_of.as_ref().is_some_and(|(parent, _)| current.last().is_some_and(|l| &l.id == parent));
        if !same_grid && (answered >= per_page || (q.new_page && !current.is_empty())) {
            pages.push(std::mem::take(&mut current));
        }
        current.push(q);
    }
    if !current.is_empty() {
        pages.push(current);
    }
    pages
}

/// The first later page holding a question the respondent cannot have seen:
/// one shown because of an answer on page `current`, and given no value.
/// Sending from `current` would store the form without it, so that page
/// must be shown first.
pub fn unseen_follow_up(layout: &[Vec<&Question>], current: usize, raw: &RawAnswers) -> Option<usize> {
    let here: Vec<&str> = layout.get(current)?.iter().map(|q| q.id.as_str()).collect();
    layout.iter().enumerate().skip(current + 1).find_map(|(index, page)| {
        page.iter()
            .any(|q| {
                q.is_answered()
                    && q.show_if.as_ref().is_some_and(|c| c.questions().any(|q| here.contains(&q)))
                    && raw.fields_of(q).next().is_none()
            })
            .then_some(index)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::{RawAnswers, validate};
    use crate::domain::survey::parse_survey;

    fn survey() -> Survey {
        let mut src =
            String::from("default_language = \"en\"\nlanguages = [\"en\"]\naudiences = [\"age-5-8\", \"parent\"]\n");
        src.push_str("[[question]]\nid = \"outside\"\ntype = \"single\"\noptions = [\"yes\", \"no\"]\n");
        src.push_str("[[question]]\nid = \"why-not\"\ntype = \"single\"\noptions = [\"cars\", \"dark\"]\nshow_if = { question = \"outside\", any_of = [\"no\"] }\n");
        for i in 0..5 {
            src.push_str(&format!("[[question]]\nid = \"q{i}\"\ntype = \"scale\"\naudiences = [\"parent\"]\n"));
        }
        parse_survey("t", "t/survey.toml", &src).unwrap()
    }

    fn ids(pages: &[Vec<&Question>]) -> Vec<Vec<String>> {
        pages.iter().map(|p| p.iter().map(|q| q.id.clone()).collect()).collect()
    }

    #[test]
    fn young_children_see_one_question_per_screen() {
        let s = survey();
        let answers =
            validate(&s, Audience::Age5to8, &RawAnswers::from_pairs(&s, Audience::Age5to8, [("q.outside", "no")]), &[])
                .answers;
        assert_eq!(ids(&pages(&s, Audience::Age5to8, &answers)), vec![vec!["outside"], vec!["why-not"]]);
        assert_eq!(ids(&pages(&s, Audience::Age5to8, &Answers::default())), vec![vec!["outside"]]);
    }

    #[test]
    fn a_dependent_question_starts_a_new_page() {
        let s = survey();
        let answers =
            validate(&s, Audience::Parent, &RawAnswers::from_pairs(&s, Audience::Parent, [("q.outside", "no")]), &[])
                .answers;
        assert_eq!(
            ids(&pages(&s, Audience::Parent, &answers)),
            vec![vec!["outside"], vec!["why-not", "q0", "q1"], vec!["q2", "q3", "q4"]]
        );
        assert_eq!(
            ids(&pages(&s, Audience::Parent, &Answers::default())),
            vec![vec!["outside"], vec!["q0", "q1", "q2"], vec!["q3", "q4"]]
        );
    }

    #[test]
    fn a_question_marked_new_page_starts_a_screen_of_its_own() {
        let mut s = survey();
        s.questions.iter_mut().find(|q| q.id == "q1").unwrap().new_page = true;
        assert_eq!(
            ids(&pages(&s, Audience::Parent, &Answers::default())),
            vec![vec!["outside"], vec!["q0"], vec!["q1", "q2", "q3"], vec!["q4"]]
        );
        let src = "default_language = \"en\"\nlanguages = [\"en\"]\naudiences = [\"parent\"]\n[[question]]\nid = \"a\"\ntype = \"scale\"\n[[question]]\nid = \"b\"\ntype = \"scale\"\nnew_page = true\n";
        let parsed = parse_survey("t", "t/survey.toml", src).expect("valid");
        assert!(parsed.questions[1].new_page && !parsed.questions[0].new_page);
    }

    #[test]
    fn a_note_shares_the_screen_of_the_question_it_introduces() {
        let src = "default_language = \"en\"\nlanguages = [\"en\"]\naudiences = [\"age-5-8\", \"parent\"]\n\
            [[question]]\nid = \"a\"\ntype = \"scale\"\n[[question]]\nid = \"intro\"\ntype = \"note\"\n\
            [[question]]\nid = \"b\"\ntype = \"scale\"\n[[question]]\nid = \"c\"\ntype = \"scale\"\n[[question]]\nid = \"d\"\ntype = \"scale\"\n";
        let s = parse_survey("t", "t/survey.toml", src).expect("valid");
        assert_eq!(
            ids(&pages(&s, Audience::Age5to8, &Answers::default())),
            vec![vec!["a"], vec!["intro", "b"], vec!["c"], vec!["d"]]
        );
        assert_eq!(
            ids(&pages(&s, Audience::Parent, &Answers::default())),
            vec![vec!["a", "intro", "b", "c"], vec!["d"]]
        );
        let required = src.replace("type = \"note\"\n", "type = \"note\"\nrequired = true\n");
        assert!(parse_survey("t", "t/survey.toml", &required).is_err(), "a note cannot be required");
    }

    #[test]
    fn a_grid_keeps_its_statements_on_one_screen_except_for_young_children() {
        let src = "default_language = \"en\"\nlanguages = [\"en\"]\naudiences = [\"age-5-8\", \"parent\"]\n\
            [lists]\nagree = [\"no\", \"yes\"]\n\
            [[question]]\nid = \"a\"\ntype = \"scale\"\n[[question]]\nid = \"b\"\ntype = \"scale\"\n\
            [[question]]\nid = \"street\"\ntype = \"grid\"\nlist = \"agree\"\nstatements = [\"safe\", \"clean\", \"lit\"]\n\
            [[question]]\nid = \"c\"\ntype = \"scale\"\n";
        let s = parse_survey("t", "t/survey.toml", src).expect("valid");
        let grid: Vec<&str> =
            s.questions.iter().filter(|q| q.grid.as_deref() == Some("street")).map(|q| q.id.as_str()).collect();
        assert_eq!(grid, ["street-safe", "street-clean", "street-lit"], "one single question per statement");
        assert_eq!(
            s.question("street").map(|q| q.kind.clone()),
            Some(crate::domain::QuestionKind::Note),
            "the title is a note"
        );
        assert_eq!(s.question("street-lit").unwrap().option_key("yes"), "list-agree-yes");
        assert_eq!(
            ids(&pages(&s, Audience::Parent, &Answers::default())),
            vec![vec!["a", "b"], vec!["street", "street-safe", "street-clean", "street-lit"], vec!["c"]]
        );
        let young = pages(&s, Audience::Age5to8, &Answers::default());
        assert_eq!(young[2], vec![s.question("street").unwrap(), s.question("street-safe").unwrap()]);
        assert_eq!(young.len(), 6, "one statement per screen");
        for (from, to, message) in [
            ("statements = [\"safe\", \"clean\", \"lit\"]", "statements = [\"safe\"]", "at least two statements"),
            (
                "statements = [\"safe\", \"clean\", \"lit\"]",
                "statements = [\"safe\", \"yes\"]\noptions = [\"no\", \"yes\"]",
                "not both",
            ),
            ("statements = [\"safe\", \"clean\", \"lit\"]\n", "", "needs `statements`"),
            (
                "id = \"c\"\ntype = \"scale\"",
                "id = \"c\"\ntype = \"scale\"\nstatements = [\"x\", \"y\"]",
                "only a 'grid'",
            ),
        ] {
            let errs = parse_survey("t", "t/survey.toml", &src.replace(from, to)).expect_err(message);
            assert!(errs.iter().any(|e| e.message.contains(message)), "{message}: {errs:?}");
        }
    }

    #[test]
    fn a_follow_up_opened_on_the_last_page_is_shown_before_sending() {
        let s = survey();
        let a = Audience::Parent;
        // Parents: "outside" alone on page 0 (its follow-up starts a page), so
        // answering "no" there adds "why-not" on the next page.
        let raw = RawAnswers::from_pairs(&s, a, [("q.outside", "no")]);
        let answers = validate(&s, a, &raw, &[]).answers;
        let layout = pages(&s, a, &answers);
        assert_eq!(unseen_follow_up(&layout, 0, &raw), Some(1));
        let seen = RawAnswers::from_pairs(&s, a, [("q.outside", "no"), ("q.why-not", "cars")]);
        assert_eq!(unseen_follow_up(&layout, 0, &seen), None, "a value means it was seen (or posted at once)");
        assert_eq!(unseen_follow_up(&layout, 1, &raw), None, "its trigger is not on this page");
    }
}
