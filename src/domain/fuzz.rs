//! Property tests: whatever bytes arrive, parsing never panics.

#[cfg(test)]
mod tests {
    use crate::domain::answers::{RawAnswers, validate};
    use crate::domain::pages::pages;
    use crate::domain::survey::parse_survey;
    use crate::domain::{Audience, Survey};
    use proptest::prelude::*;

    fn shipped(id: &str) -> Survey {
        let path = format!("{}/surveys/{id}/survey.toml", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(&path).expect("shipped survey");
        parse_survey(id, &path, &source).expect("valid")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn any_text_as_survey_toml_is_parsed_or_refused_never_a_panic(source in "\\PC{0,400}") {
            let _ = parse_survey("t", "t/survey.toml", &source);
        }

        #[test]
        fn survey_shaped_toml_with_random_values_never_panics(
            kind in "[a-z]{0,8}", id in "[a-z0-9-]{0,12}", opts in proptest::collection::vec("[a-z0-9-]{0,6}", 0..5),
            cond in "[a-z0-9-]{0,8}", any_of in "[a-z0-9]{0,4}", min in any::<i64>(), max in any::<i64>(),
        ) {
            let source = format!(
                "default_language = \"en\"\nlanguages = [\"en\"]\naudiences = [\"age-5-8\", \"parent\"]\nareas = [\"a\"]\n\
                 [[question]]\nid = \"{id}\"\ntype = \"{kind}\"\noptions = {opts:?}\nmin = {min}\nmax = {max}\n\
                 show_if = {{ question = \"{cond}\", any_of = [\"{any_of}\"] }}\n"
            );
            let _ = parse_survey("t", "t/survey.toml", &source);
        }

        #[test]
        fn any_form_body_is_read_validated_and_paged_never_a_panic(body in proptest::collection::vec(any::<u8>(), 0..600), a in 0usize..4) {
            let audience = Audience::ALL[a];
            for survey in [shipped("play"), shipped("journeys")] {
                let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
                let raw = RawAnswers::from_pairs(&survey, audience, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
                let v = validate(&survey, audience, &raw, &survey.areas);
                let _ = pages(&survey, audience, &v.answers);
            }
        }

        #[test]
        fn form_fields_with_real_names_and_random_values_never_panic(values in proptest::collection::vec("\\PC{0,30}", 0..40), a in 0usize..4) {
            let audience = Audience::ALL[a];
            let survey = shipped("journeys");
            let mut names: Vec<String> = survey.questions.iter().map(|q| format!("q.{}", q.id)).collect();
            names.extend(survey.questions.iter().flat_map(|q| q.kind.options().iter().map(move |o| format!("q.{}.{o}", q.id))));
            let pairs: Vec<(String, String)> = values.into_iter().enumerate().map(|(i, v)| (names[i % names.len()].clone(), v)).collect();
            let raw = RawAnswers::from_pairs(&survey, audience, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            let v = validate(&survey, audience, &raw, &survey.areas);
            let layout = pages(&survey, audience, &v.answers);
            prop_assert!(layout.iter().all(|p| !p.is_empty()));
        }
    }
}
