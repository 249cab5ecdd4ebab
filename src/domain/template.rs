//! A survey template as a whole: structure, texts and pictures. A consultation
//! keeps a snapshot of one, so later edits to the template never change it.

use super::audience::Audience;
use super::survey::{QuestionKind, Survey, SurveyError};
use super::texts::SurveyTexts;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Largest picture accepted: pictures are inlined in pages with a 30 KB budget.
pub const MAX_PICTURE_BYTES: usize = 2048;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Template {
    pub survey: Survey,
    /// Fluent source per language.
    pub texts: BTreeMap<String, String>,
    /// Inline SVG per option id.
    pub pictures: BTreeMap<String, String>,
    /// Recorded audio named in the survey: path → clip.
    #[serde(default)]
    pub audio: BTreeMap<String, AudioClip>,
    /// Photographs and drawings uploaded in the editor, per option id:
    /// re-encoded as PNG, at most [`MAX_IMAGE_SIDE`] px a side (served from
    /// the consultation's own address, never inlined).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub images: BTreeMap<String, AudioClip>,
}

/// Longest side of an uploaded picture, in pixels (shown at about 64 CSS px).
pub const MAX_IMAGE_SIDE: u32 = 192;

/// Largest recording accepted; clips are short (one question or option).
pub const MAX_AUDIO_BYTES: usize = 300 * 1024;

/// A recorded clip, kept in the snapshot (base64) so a launched form never changes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AudioClip {
    pub mime: String,
    pub base64: String,
}

impl AudioClip {
    pub fn mime_for(path: &str) -> &'static str {
        match path.rsplit('.').next() {
            Some("ogg") | Some("opus") => "audio/ogg",
            Some("mp3") => "audio/mpeg",
            Some("m4a") => "audio/mp4",
            _ => "audio/wav",
        }
    }
}

impl Template {
    /// Checks texts and pictures against the structure; returns the ready texts.
    /// How complete each language's texts are: (language, keys it has of the
    /// default language's, keys of the default language).
    pub fn translation_status(&self) -> Vec<(String, usize, usize)> {
        let ids = super::texts::message_ids_of;
        let reference = self.texts.get(&self.survey.default_language).map(|s| ids(s)).unwrap_or_default();
        self.survey
            .languages
            .iter()
            .map(|l| {
                let have = self.texts.get(l).map(|s| ids(s)).unwrap_or_default();
                (l.clone(), reference.intersection(&have).count(), reference.len())
            })
            .collect()
    }

    /// Checks the template; `rules` gives each language's easy-read rules.
    pub fn check(
        &self,
        dir: &str,
        rules: &dyn Fn(&str) -> super::words::TextRules,
    ) -> Result<SurveyTexts, Vec<SurveyError>> {
        let mut errors = Vec::new();
        for (option, svg) in &self.pictures {
            if let Err(message) = check_picture(svg) {
                errors.push(SurveyError {
                    file: format!("{dir}/pictures/{option}.svg"),
                    line: None,
                    key: option.clone(),
                    message,
                });
            }
        }
        for files in self.survey.audio.values() {
            for (key, path) in files {
                match self.audio.get(path) {
                    None => errors.push(SurveyError {
                        file: format!("{dir}/{path}"),
                        line: None,
                        key: key.clone(),
                        message: "the recording named in survey.toml is missing".into(),
                    }),
                    Some(clip) if clip.base64.len() / 4 * 3 > MAX_AUDIO_BYTES => errors.push(SurveyError {
                        file: format!("{dir}/{path}"),
                        line: None,
                        key: key.clone(),
                        message: format!("recordings may be at most {} KB", MAX_AUDIO_BYTES / 1024),
                    }),
                    Some(_) => {}
                }
            }
        }
        for q in self.survey.questions_for(Audience::Age5to8) {
            if !matches!(q.kind, QuestionKind::Single { .. } | QuestionKind::Multiple { .. }) {
                continue;
            }
            for o in q.kind.options() {
                if !self.pictures.contains_key(o) && !self.images.contains_key(o) {
                    errors.push(SurveyError {
                        file: format!("{dir}/pictures/{o}.svg"),
                        line: None,
                        key: format!("question.{}.options", q.id),
                        message: format!("option '{o}' is shown to age-5-8 and needs a picture"),
                    });
                }
            }
        }
        match SurveyTexts::build(&self.survey, &self.texts, dir, rules) {
            Ok(texts) if errors.is_empty() => Ok(texts),
            Ok(_) => Err(errors),
            Err(mut e) => {
                errors.append(&mut e);
                Err(errors)
            }
        }
    }

    /// The file of the recording of `key` in `lang`, if the survey ships one.
    pub fn audio_path(&self, lang: &str, key: &str) -> Option<&str> {
        let path = self.survey.audio.get(lang)?.get(key)?;
        self.audio.contains_key(path).then_some(path.as_str())
    }

    pub fn picture(&self, option: &str) -> Option<&str> {
        self.pictures.get(option).map(String::as_str)
    }
}

/// A picture is inlined into pages, so it must be small, self-contained SVG.
pub fn check_picture(svg: &str) -> Result<(), String> {
    let lower = svg.to_ascii_lowercase();
    if svg.len() > MAX_PICTURE_BYTES {
        return Err(format!(
            "{} bytes; pictures are inlined in pages and may be at most {MAX_PICTURE_BYTES}",
            svg.len()
        ));
    }
    if !lower.trim_start().starts_with("<svg") || !lower.trim_end().ends_with("</svg>") {
        return Err("must be a single <svg> element".into());
    }
    for banned in ["<script", "href", "<style", "<foreignobject", "javascript:", "<!entity", "<!doctype"] {
        if lower.contains(banned) {
            return Err(format!("must not contain `{banned}`"));
        }
    }
    // An attribute named on… after a space, a slash or a quote (`<svg/onload=`).
    static HANDLER: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r#"[\s/"']on[a-z]+\s*="#).expect("valid pattern"));
    if HANDLER.is_match(&lower) {
        return Err("must not contain event handlers".into());
    }
    Ok(())
}

/// A launched consultation's template with its texts ready to format.
pub struct LiveSurvey {
    pub template: Template,
    pub texts: SurveyTexts,
    /// The consultation's map, when it takes its areas from an area set.
    pub map: Option<std::sync::Arc<super::map::ConsultationMap>>,
}

impl LiveSurvey {
    pub fn survey(&self) -> &Survey {
        &self.template.survey
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_must_be_small_plain_svg() {
        assert!(
            check_picture(
                r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20"/></svg>"#
            )
            .is_ok()
        );
        assert!(check_picture("<svg><script>alert(1)</script></svg>").is_err());
        assert!(check_picture(r#"<svg onload="x()"></svg>"#).is_err());
        assert!(check_picture("<svg/onload=alert(1)></svg>").is_err());
        assert!(check_picture(r#"<svg><circle r="2" fill="red"/onclick="x()"/></svg>"#).is_err());
        assert!(check_picture("<img src=x>").is_err());
    }
}
