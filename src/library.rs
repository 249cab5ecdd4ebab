//! The template library: `surveys/{id}/survey.toml`, `{lang}.ftl` and
//! `pictures/*.svg`, read from disk and checked as a whole.

use crate::domain::survey::parse_survey_partial;
use crate::domain::template::AudioClip;
use crate::domain::texts::SurveyTexts;
use crate::domain::{SurveyError, Template};
use std::collections::BTreeMap;
use std::path::Path;

/// A checked template with its ready-to-use texts.
pub struct Checked {
    pub template: Template,
    pub texts: SurveyTexts,
}

fn io_error(file: &Path, e: &std::io::Error) -> SurveyError {
    SurveyError { file: file.display().to_string(), line: None, key: "file".into(), message: e.to_string() }
}

/// Loads and checks one template folder.
pub fn load_template(dir: &Path) -> Result<Checked, Vec<SurveyError>> {
    let shown = dir.display().to_string();
    let (template, mut errors) = read_template(dir)?;
    let locales = crate::i18n::locales();
    match template.check(&shown, &|lang| locales.rules(lang)) {
        Ok(texts) if errors.is_empty() => Ok(Checked { template, texts }),
        Ok(_) => Err(errors),
        Err(mut more) => {
            // While a question's id is rejected, its texts cannot be matched
            // to it: "unknown key" would only repeat that error, once per language.
            if errors.iter().any(|e| e.key == "question.id") {
                more.retain(|e| !e.message.starts_with("unknown key"));
            }
            errors.append(&mut more);
            Err(errors)
        }
    }
}

/// Every template folder under `dir` as it is, checked or not (for
/// translators' progress).
pub fn read_library(dir: &Path) -> Vec<Template> {
    let Ok(entries) = std::fs::read_dir(dir) else { return vec![] };
    let mut folders: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.join("survey.toml").is_file()).collect();
    folders.sort();
    folders.iter().filter_map(|f| read_template(f).ok().map(|(t, _)| t)).collect()
}

/// Reads a template folder, with the problems found reading it (the
/// template's own checks are [`Template::check`]'s).
fn read_template(dir: &Path) -> Result<(Template, Vec<SurveyError>), Vec<SurveyError>> {
    // `surveys check .` inside a template folder: the folder's own name.
    let named = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let id = named.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
    let toml_path = dir.join("survey.toml");
    let source = std::fs::read_to_string(&toml_path).map_err(|e| vec![io_error(&toml_path, &e)])?;
    // Problems of the structure are listed with those of the texts, checked
    // against what could be read: one run shows them all.
    let (survey, mut errors) = parse_survey_partial(&id, &toml_path.display().to_string(), &source)?;

    let mut texts = BTreeMap::new();
    for lang in &survey.languages {
        let path = dir.join(format!("{lang}.ftl"));
        match std::fs::read_to_string(&path) {
            Ok(s) => {
                texts.insert(lang.clone(), s);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => errors.push(io_error(&path, &e)),
        }
        if !crate::i18n::locales().has_language(lang) {
            errors.push(SurveyError {
                file: toml_path.display().to_string(),
                line: None,
                key: "languages".into(),
                message: format!(
                    "'{lang}' is not an interface language: add a locales/{lang}/ folder (main.ftl, safeguarding.txt, language.toml) under CHILDVOICE_LOCALES_DIR"
                ),
            });
        }
    }
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(lang) = name.strip_suffix(".ftl")
                && !survey.languages.iter().any(|l| l == lang)
            {
                errors.push(SurveyError {
                    file: entry.path().display().to_string(),
                    line: None,
                    key: "languages".into(),
                    message: format!("'{lang}' is not listed in survey.toml `languages`"),
                });
            }
        }
    }

    let mut pictures = BTreeMap::new();
    let pictures_dir = dir.join("pictures");
    if let Ok(entries) = std::fs::read_dir(&pictures_dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            let Some(option) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".svg")) else {
                continue;
            };
            match std::fs::read_to_string(&path) {
                Ok(svg) => {
                    pictures.insert(option.to_owned(), svg.trim().to_owned());
                }
                Err(e) => errors.push(io_error(&path, &e)),
            }
        }
    }

    let mut audio = BTreeMap::new();
    for path in survey.audio.values().flat_map(|files| files.values()) {
        if let Ok(bytes) = std::fs::read(dir.join(path)) {
            use base64::Engine;
            let base64 = base64::engine::general_purpose::STANDARD.encode(bytes);
            audio.insert(path.clone(), AudioClip { mime: AudioClip::mime_for(path).to_owned(), base64 });
        }
    }
    Ok((Template { survey, texts, pictures, audio, images: BTreeMap::new() }, errors))
}

/// Loads every template folder under `dir`, in name order.
pub fn load_library(dir: &Path) -> Result<Vec<Checked>, Vec<SurveyError>> {
    // One template folder is a library of one.
    if dir.join("survey.toml").is_file() {
        return load_template(dir).map(|c| vec![c]);
    }
    let entries = std::fs::read_dir(dir).map_err(|e| vec![io_error(dir, &e)])?;
    let mut folders: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.join("survey.toml").is_file()).collect();
    folders.sort();
    if folders.is_empty() {
        return Err(vec![SurveyError {
            file: dir.display().to_string(),
            line: None,
            key: "surveys".into(),
            message: "no template here: a template is a folder with a survey.toml".into(),
        }]);
    }
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for folder in folders {
        match load_template(&folder) {
            Ok(c) => out.push(c),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}
