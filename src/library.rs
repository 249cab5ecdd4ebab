//! The template library: `surveys/{id}/survey.toml`, `{lang}.ftl` and
//! `pictures/*.svg`, read from disk and checked as a whole; a template folder
//! as files, and as a zip to download and upload.

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
    if let Err(e) = std::fs::metadata(&toml_path) {
        return Err(vec![io_error(&toml_path, &e)]);
    }
    let mut files = Files::new();
    let mut errors = Vec::new();
    collect(dir, dir, 0, &mut files, &mut errors);
    let (template, mut more) = from_files(&id, &dir.display().to_string(), &files)?;
    errors.append(&mut more);
    Ok((template, errors))
}

/// A template folder's files: path inside the folder (`/`-separated) → bytes.
pub type Files = BTreeMap<String, Vec<u8>>;

/// The files of a folder on disk, two levels deep (`pictures/`, `audio/…`).
fn collect(root: &Path, dir: &Path, depth: usize, files: &mut Files, errors: &mut Vec<SurveyError>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if depth < 3 {
                collect(root, &path, depth + 1, files, errors);
            }
            continue;
        }
        let Ok(relative) = path.strip_prefix(root) else { continue };
        let key = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        match std::fs::read(&path) {
            Ok(bytes) => {
                files.insert(key, bytes);
            }
            Err(e) => errors.push(io_error(&path, &e)),
        }
    }
}

/// A template from its folder's files, wherever they come from (a folder of
/// the shipped library, or a zip uploaded to an organisation's library).
/// `shown` names the folder in errors. Problems of the structure are listed
/// with those of the texts, checked against what could be read: one run shows them all.
pub fn from_files(id: &str, shown: &str, files: &Files) -> Result<(Template, Vec<SurveyError>), Vec<SurveyError>> {
    let file = |path: &str| format!("{shown}/{path}");
    let text = |path: &str| -> Result<Option<String>, SurveyError> {
        files
            .get(path)
            .map(|b| {
                String::from_utf8(b.clone()).map_err(|_| SurveyError {
                    file: file(path),
                    line: None,
                    key: "file".into(),
                    message: "is not UTF-8 text".into(),
                })
            })
            .transpose()
    };
    let source = text("survey.toml").map_err(|e| vec![e])?.ok_or_else(|| {
        vec![SurveyError {
            file: file("survey.toml"),
            line: None,
            key: "file".into(),
            message: "missing: a template is a folder with a survey.toml".into(),
        }]
    })?;
    let (survey, mut errors) = parse_survey_partial(id, &file("survey.toml"), &source)?;

    let mut texts = BTreeMap::new();
    for lang in &survey.languages {
        match text(&format!("{lang}.ftl")) {
            Ok(Some(s)) => {
                texts.insert(lang.clone(), s);
            }
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
        if !crate::i18n::locales().has_language(lang) {
            errors.push(SurveyError {
                file: file("survey.toml"),
                line: None,
                key: "languages".into(),
                message: format!(
                    "'{lang}' is not an interface language: add a locales/{lang}/ folder (main.ftl, safeguarding.txt, language.toml) under CHILDVOICE_LOCALES_DIR"
                ),
            });
        }
    }
    for name in files.keys() {
        if let Some(lang) = name.strip_suffix(".ftl")
            && !lang.contains('/')
            && !survey.languages.iter().any(|l| l == lang)
        {
            errors.push(SurveyError {
                file: file(name),
                line: None,
                key: "languages".into(),
                message: format!("'{lang}' is not listed in survey.toml `languages`"),
            });
        }
    }

    let mut pictures = BTreeMap::new();
    let mut images = BTreeMap::new();
    for (name, bytes) in files.range("pictures/".to_owned()..) {
        let Some(picture) = name.strip_prefix("pictures/") else { break };
        let Some((option, ext)) = picture.rsplit_once('.') else { continue };
        match ext {
            "svg" => match text(name) {
                Ok(Some(svg)) => {
                    pictures.insert(option.to_owned(), svg.trim().to_owned());
                }
                Ok(None) => {}
                Err(e) => errors.push(e),
            },
            // Photographs and drawings are re-encoded, as in the editor.
            "png" | "jpg" | "jpeg" | "webp" => match crate::pictures::prepare(bytes) {
                Ok(crate::pictures::Prepared::Png(clip)) => {
                    images.insert(option.to_owned(), clip);
                }
                Ok(crate::pictures::Prepared::Svg(svg)) => {
                    pictures.insert(option.to_owned(), svg);
                }
                Err(message) => {
                    errors.push(SurveyError { file: file(name), line: None, key: option.to_owned(), message })
                }
            },
            _ => {}
        }
    }

    let mut audio = BTreeMap::new();
    for path in survey.audio.values().flat_map(|files| files.values()) {
        if let Some(bytes) = files.get(path) {
            use base64::Engine;
            let base64 = base64::engine::general_purpose::STANDARD.encode(bytes);
            audio.insert(path.clone(), AudioClip { mime: AudioClip::mime_for(path).to_owned(), base64 });
        }
    }
    Ok((Template { survey, texts, pictures, audio, images }, errors))
}

/// A template as its folder's files: `survey.toml`, `{lang}.ftl`,
/// `pictures/{option}.svg|png` and its recordings.
pub fn to_files(t: &Template) -> Files {
    use base64::Engine;
    let decode = |b64: &str| base64::engine::general_purpose::STANDARD.decode(b64).unwrap_or_default();
    let s = &t.survey;
    let mut files = Files::new();
    files.insert(
        "survey.toml".into(),
        crate::domain::editor::survey_toml(s, &crate::domain::editor::items(s)).into_bytes(),
    );
    for (lang, ftl) in &t.texts {
        files.insert(format!("{lang}.ftl"), ftl.clone().into_bytes());
    }
    for (option, svg) in &t.pictures {
        files.insert(format!("pictures/{option}.svg"), format!("{svg}\n").into_bytes());
    }
    for (option, png) in &t.images {
        files.insert(format!("pictures/{option}.png"), decode(&png.base64));
    }
    for (path, clip) in &t.audio {
        files.insert(path.clone(), decode(&clip.base64));
    }
    files
}

/// Largest template folder unpacked from a zip: words, pictures and short recordings.
pub const MAX_FOLDER_BYTES: u64 = 20 * 1024 * 1024;
const MAX_FOLDER_FILES: usize = 1000;

/// A template folder as a zip, inside a folder named by its id.
pub fn to_zip(t: &Template) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (path, bytes) in to_files(t) {
        zip.start_file(format!("{}/{path}", t.survey.id), options).map_err(|e| e.to_string())?;
        zip.write_all(&bytes).map_err(|e| e.to_string())?;
    }
    zip.finish().map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

/// Whether `bytes` is a zip holding a template folder (rather than, say, a workbook).
pub fn is_folder_zip(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(std::io::Cursor::new(bytes)).is_ok_and(|a| {
        a.file_names()
            .flatten()
            .any(|n| n == "survey.toml" || n.split_once('/').is_some_and(|(_, rest)| rest == "survey.toml"))
    })
}

/// Every file of a zip by its path, unpacking at most [`MAX_FOLDER_BYTES`];
/// a path that leaves the zip's folder is refused.
fn unzip(bytes: &[u8]) -> Result<Files, String> {
    use std::io::Read;
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| format!("this is not a zip file ({e})"))?;
    if archive.len() > MAX_FOLDER_FILES {
        return Err(format!("the zip holds more than {MAX_FOLDER_FILES} files: it is not a template folder"));
    }
    let mut files = Files::new();
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let entry = archive.by_index(i).map_err(|e| format!("the zip cannot be read ({e})"))?;
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().map_err(|e| format!("the zip cannot be read ({e})"))?.into_owned();
        if entry.enclosed_name().is_none() || name.split('/').any(|p| p == ".." || p.is_empty()) {
            return Err(format!("'{name}' is not a path inside the template folder"));
        }
        let room = MAX_FOLDER_BYTES.saturating_sub(unpacked);
        let mut bytes = Vec::new();
        entry.take(room + 1).read_to_end(&mut bytes).map_err(|e| format!("'{name}' cannot be unpacked ({e})"))?;
        unpacked += bytes.len() as u64;
        if unpacked > MAX_FOLDER_BYTES {
            return Err(format!("the folder unpacks to more than {} MB", MAX_FOLDER_BYTES / 1024 / 1024));
        }
        files.insert(name, bytes);
    }
    Ok(files)
}

/// The template folder in a zip: its id (the folder's name inside the zip,
/// else `fallback_id`) and files. Unpacks at most [`MAX_FOLDER_BYTES`],
/// refuses paths that leave the folder.
pub fn from_zip(bytes: &[u8], fallback_id: &str) -> Result<(String, Files), String> {
    let all = unzip(bytes)?;
    // One folder around everything (as a download gives it), or none.
    let top = all
        .keys()
        .find(|n| n.ends_with("/survey.toml") && n.matches('/').count() == 1)
        .and_then(|n| n.split_once('/'))
        .map(|(t, _)| t.to_owned());
    let files = match &top {
        Some(t) => {
            all.into_iter().filter_map(|(n, b)| n.strip_prefix(&format!("{t}/")).map(|r| (r.to_owned(), b))).collect()
        }
        None => all,
    };
    let id = top.unwrap_or_else(|| fallback_id.to_owned());
    Ok((id, files))
}

/// A zip holding one XLSForm workbook and its media files (as a form is
/// kept in KoboToolbox or ODK): the workbook, and the others by file name.
fn workbook_with_media(bytes: &[u8]) -> Option<Result<(Vec<u8>, Files), String>> {
    let names: Vec<String> = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .ok()?
        .file_names()
        .flatten()
        .map(|n| n.into_owned())
        .collect();
    // An .xlsx is itself a zip: its own parts are not a bundle.
    if names.iter().any(|n| n == "[Content_Types].xml") || names.iter().filter(|n| n.ends_with(".xlsx")).count() != 1 {
        return None;
    }
    Some(unzip(bytes).map(|mut files| {
        let name = files.keys().find(|n| n.ends_with(".xlsx")).cloned().unwrap_or_default();
        let workbook = files.remove(&name).unwrap_or_default();
        // By path beside the workbook, and by file name alone.
        let folder = name.rsplit_once('/').map_or(String::new(), |(f, _)| format!("{f}/"));
        let mut media = Files::new();
        for (path, bytes) in files {
            if let Some(base) = path.rsplit('/').next() {
                media.entry(base.to_owned()).or_insert_with(|| bytes.clone());
            }
            media.insert(path.strip_prefix(&folder).unwrap_or(&path).to_owned(), bytes);
        }
        (workbook, media)
    }))
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

/// An uploaded template, checked: what it was, its folder's files, the
/// template, warnings, and the options still needing a picture.
pub struct Imported {
    pub id: String,
    pub files: Files,
    pub template: Template,
    /// Accepted, but worth reading (each with its place in the upload).
    pub warnings: Vec<String>,
    /// Options shown to children aged 5-8 that still need a picture (a
    /// workbook carries none): the version is kept, but not used until they have one.
    pub missing_pictures: Vec<String>,
    /// "XLSForm" or "template folder".
    pub format: &'static str,
}

/// Reads and checks an upload: a template folder as a zip, an XLSForm
/// workbook, or a zip of a workbook and its media files. Every problem
/// comes back at once.
pub fn import(bytes: &[u8], fallback_id: &str) -> Result<Imported, Vec<String>> {
    if !is_folder_zip(bytes) {
        return match workbook_with_media(bytes) {
            Some(Ok((workbook, media))) => crate::xlsform::import_with_media(&workbook, fallback_id, &media),
            Some(Err(e)) => Err(vec![e]),
            None => crate::xlsform::import(bytes, fallback_id),
        };
    }
    let (id, files) = from_zip(bytes, fallback_id).map_err(|e| vec![e])?;
    if !crate::domain::survey::is_valid_id(&id) {
        return Err(vec![format!(
            "'{id}' cannot name a template: the folder's name must start with a letter and hold only a-z, 0-9 and '-'"
        )]);
    }
    let (template, mut errors) =
        from_files(&id, &id, &files).map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let locales = crate::i18n::locales();
    let mut missing_pictures = Vec::new();
    let mut warnings = Vec::new();
    match template.check(&id, &|lang| locales.rules(lang)) {
        Ok(texts) => warnings.extend(texts.warnings().iter().map(ToString::to_string)),
        Err(more) => {
            for e in more {
                match e
                    .message
                    .strip_prefix("option '")
                    .and_then(|m| m.split_once("' is shown to age-5-8 and needs a picture"))
                {
                    Some((option, _)) => missing_pictures.push(option.to_owned()),
                    None => errors.push(e),
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors.iter().map(ToString::to_string).collect());
    }
    Ok(Imported { id, files, template, warnings, missing_pictures, format: "template folder" })
}

/// Writes an imported template as a folder under `library`; refuses to replace one.
pub fn write_folder(library: &Path, imported: &Imported) -> Result<std::path::PathBuf, String> {
    let dir = library.join(&imported.id);
    if dir.exists() {
        return Err(format!("{} already exists: give the form another id, or move the folder", dir.display()));
    }
    for (path, bytes) in &imported.files {
        let file = dir.join(path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&file, bytes).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(dir)
}
