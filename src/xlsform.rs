//! XLSForm files: read with calamine, converted by `domain::xlsform`, checked
//! like every template (`surveys check`), and written as a template folder.

use crate::domain::Template;
use crate::domain::xlsform::{Media, Problem, Sheet, convert};
use crate::library::{Files, Imported};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use std::collections::BTreeMap;
use std::io::Cursor;

/// The text of a cell as a spreadsheet shows it (whole numbers without ".0").
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Bool(b) => {
            if *b {
                "yes".into()
            } else {
                "no".into()
            }
        }
        other => other.to_string(),
    }
}

/// Most a workbook may unpack to: a form of a few hundred rows is well
/// under a megabyte; a small file that unpacks to gigabytes is an attack.
pub const MAX_UNPACKED_BYTES: u64 = 50 * 1024 * 1024;

/// Most rows and columns a form's sheet may use.
pub const MAX_ROWS: usize = 5_000;
pub const MAX_COLUMNS: usize = 200;

/// The survey, choices and settings sheets of an `.xlsx` workbook as rows of text.
pub fn read(bytes: &[u8]) -> Result<Vec<Sheet>, String> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("this is not an .xlsx workbook ({e})"))?;
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|e| format!("this is not an .xlsx workbook ({e})"))?;
        unpacked = unpacked.saturating_add(entry.size());
        // Deflate shrinks text at most about a thousand times.
        if unpacked > MAX_UNPACKED_BYTES || entry.size() > entry.compressed_size().saturating_mul(1100).max(1 << 20) {
            return Err(format!(
                "the workbook unpacks to more than {} MB: it is not a form",
                MAX_UNPACKED_BYTES / 1024 / 1024
            ));
        }
    }
    let mut book: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| format!("this is not an .xlsx workbook ({e})"))?;
    let names = book.sheet_names().to_owned();
    let mut sheets = Vec::new();
    // Only the sheets of a form are read, cell by cell: a sheet is never laid
    // out as a grid from its first to its last cell (one cell at A1 and one
    // at XFD1048576 would ask for billions).
    for name in
        names.into_iter().filter(|n| ["survey", "choices", "settings"].iter().any(|f| n.trim().eq_ignore_ascii_case(f)))
    {
        let mut reader =
            book.worksheet_cells_reader(&name).map_err(|e| format!("sheet {name} cannot be read ({e})"))?;
        let mut rows: Vec<Vec<String>> = Vec::new();
        while let Some(cell) = reader.next_cell().map_err(|e| format!("sheet {name} cannot be read ({e})"))? {
            let (r, c) = cell.get_position();
            let value = text(&Data::from(cell.get_value().clone()));
            if value.trim().is_empty() {
                continue;
            }
            let (r, c) = (r as usize, c as usize);
            if r >= MAX_ROWS || c >= MAX_COLUMNS {
                return Err(format!(
                    "sheet {name} has a value at row {}, column {}: a form has at most {MAX_ROWS} rows and {MAX_COLUMNS} columns",
                    r + 1,
                    c + 1
                ));
            }
            if rows.len() <= r {
                rows.resize(r + 1, Vec::new());
            }
            if rows[r].len() <= c {
                rows[r].resize(c + 1, String::new());
            }
            rows[r][c] = value;
        }
        // The header row is the first non-empty one; rows keep their numbers.
        let skip = rows.iter().position(|r| r.iter().any(|c| !c.trim().is_empty())).unwrap_or(0);
        for row in rows.iter_mut().take(skip) {
            row.clear();
        }
        sheets.push(Sheet { name, rows: rows.split_off(skip), first_row: skip });
    }
    Ok(sheets)
}

/// Reads, converts and checks a workbook. Every problem comes back at once,
/// each with its sheet, row and column where it has one.
pub fn import(bytes: &[u8], fallback_id: &str) -> Result<Imported, Vec<String>> {
    import_with_media(bytes, fallback_id, &Files::new())
}

/// [`import`], with the media files uploaded beside the workbook (by file
/// name, as KoboToolbox and ODK take a form's media): the pictures of
/// choices and the recordings its media columns name.
pub fn import_with_media(bytes: &[u8], fallback_id: &str, media: &Files) -> Result<Imported, Vec<String>> {
    let sheets = read(bytes).map_err(|e| vec![e])?;
    let locales = crate::i18n::locales();
    let ui = |lang: &str, id: &str| locales.t(lang, id);
    let mut converted =
        convert(&sheets, fallback_id, &ui).map_err(|p| p.iter().map(Problem::to_string).collect::<Vec<_>>())?;
    let (mut pictures, mut images, mut audio) = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
    let mut media_problems = Vec::new();
    let mut audio_toml: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (at, m) in &converted.media {
        let file = match m {
            Media::Picture { file, .. } | Media::Audio { file, .. } => file,
        };
        let base = file.rsplit('/').next().unwrap_or(file);
        let Some(bytes) = media.get(file).or_else(|| media.get(base)) else {
            converted.warnings.push(Problem {
                message: format!(
                    "'{file}' did not come with the workbook: upload the workbook and its media files together in one zip{}",
                    if matches!(m, Media::Picture { .. }) { ", or add the picture in the editor" } else { "" }
                ),
                ..at.clone()
            });
            continue;
        };
        match m {
            Media::Picture { option, .. } => match crate::pictures::prepare(bytes) {
                Ok(crate::pictures::Prepared::Svg(svg)) => {
                    pictures.insert(option.clone(), svg);
                }
                Ok(crate::pictures::Prepared::Png(clip)) => {
                    images.insert(option.clone(), clip);
                }
                Err(e) => media_problems.push(Problem { message: format!("'{file}': {e}"), ..at.clone() }),
            },
            Media::Audio { lang, key, file } => {
                use base64::Engine;
                // Where the template folder keeps it: as named, or by language.
                let path = if file.starts_with("audio/") { file.clone() } else { format!("audio/{lang}/{base}") };
                if bytes.len() > crate::domain::template::MAX_AUDIO_BYTES {
                    media_problems.push(Problem {
                        message: format!(
                            "'{file}': recordings may be at most {} KB",
                            crate::domain::template::MAX_AUDIO_BYTES / 1024
                        ),
                        ..at.clone()
                    });
                    continue;
                }
                let base64 = base64::engine::general_purpose::STANDARD.encode(bytes);
                audio.insert(
                    path.clone(),
                    crate::domain::template::AudioClip {
                        mime: crate::domain::template::AudioClip::mime_for(&path).to_owned(),
                        base64,
                    },
                );
                audio_toml.entry(lang.clone()).or_default().push((key.clone(), path));
            }
        }
    }
    if !media_problems.is_empty() {
        return Err(media_problems.iter().map(ToString::to_string).collect());
    }
    for (lang, entries) in &audio_toml {
        let toml_string = crate::domain::xlsform::toml_string;
        converted.survey_toml.push_str(&format!("\n[audio.{}]\n", toml_string(lang)));
        for (key, path) in entries {
            converted.survey_toml.push_str(&format!("{} = {}\n", toml_string(key), toml_string(path)));
        }
    }
    let (survey, mut errors) =
        crate::domain::survey::parse_survey_partial(&converted.id, "survey.toml", &converted.survey_toml)
            .map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let template = Template { survey, texts: converted.texts.clone(), pictures, audio, images };
    let mut missing_pictures = Vec::new();
    let mut warnings = Vec::new();
    match template.check(&converted.id, &|lang| locales.rules(lang)) {
        Ok(texts) => warnings.extend(texts.warnings().iter().cloned()),
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
            // Pictures come later, on the web: the words' warnings still count.
            if errors.is_empty()
                && let Ok(texts) = crate::domain::texts::SurveyTexts::build(
                    &template.survey,
                    &template.texts,
                    &converted.id,
                    &|lang| locales.rules(lang),
                )
            {
                warnings.extend(texts.warnings().iter().cloned());
            }
        }
    }
    // Place what the template checks found on the survey sheet's rows.
    let place = |e: &crate::domain::SurveyError| {
        let question =
            e.key.strip_prefix("question.").and_then(|k| k.split('.').next()).map(str::to_owned).or_else(|| {
                e.key.strip_prefix("q-").map(|k| {
                    converted
                        .rows
                        .keys()
                        .filter(|id| k.starts_with(id.as_str()))
                        .max_by_key(|id| id.len())
                        .cloned()
                        .unwrap_or_default()
                })
            });
        match question.and_then(|q| converted.rows.get(&q).map(|r| (q, *r))) {
            Some((q, row)) => Problem {
                sheet: "survey".into(),
                row,
                column: String::new(),
                message: format!("('{q}') {}", e.message),
            },
            None => Problem { sheet: String::new(), row: 0, column: String::new(), message: e.to_string() },
        }
    };
    if !errors.is_empty() {
        return Err(errors.iter().map(|e| place(e).to_string()).collect());
    }
    // The folder as `surveys/` holds it: the workbook's words and its media.
    let mut files = crate::library::to_files(&template);
    files.insert("survey.toml".to_owned(), converted.survey_toml.clone().into_bytes());
    Ok(Imported {
        id: converted.id.clone(),
        files,
        warnings: converted
            .warnings
            .iter()
            .chain(&warnings.iter().map(place).collect::<Vec<_>>())
            .map(ToString::to_string)
            .collect(),
        template,
        missing_pictures,
        format: "XLSForm",
    })
}

/// The sheets of an export: headers in order, and rows of named cells.
#[derive(Default)]
struct SheetOut {
    headers: Vec<String>,
    rows: Vec<BTreeMap<String, String>>,
}

impl SheetOut {
    fn with(headers: &[&str]) -> Self {
        SheetOut { headers: headers.iter().map(|h| (*h).to_owned()).collect(), rows: Vec::new() }
    }

    fn row(&mut self) -> usize {
        self.rows.push(BTreeMap::new());
        self.rows.len() - 1
    }

    fn set(&mut self, row: usize, column: &str, value: impl Into<String>) {
        let value = value.into();
        if value.is_empty() {
            return;
        }
        if !self.headers.iter().any(|h| h == column) {
            self.headers.push(column.to_owned());
        }
        self.rows[row].insert(column.to_owned(), value);
    }
}

/// Writes one text key's words in every language: a column per language,
/// and per-audience columns where an audience reads other words.
fn put_words(
    out: &mut SheetOut,
    row: usize,
    what: &str,
    key: &str,
    readers: &[crate::domain::Audience],
    languages: &[(String, String)],
    texts: &crate::domain::texts::SurveyTexts,
) {
    for (lang, column) in languages {
        let by: Vec<(crate::domain::Audience, String)> =
            readers.iter().filter_map(|a| texts.get_in(lang, key, Some(*a)).map(|t| (*a, t))).collect();
        let generic = texts.get_in(lang, key, None);
        let Some(base) = generic.clone().or_else(|| by.last().map(|(_, t)| t.clone())) else { continue };
        out.set(row, &format!("{what}::{column}"), base.clone());
        for (a, t) in by.iter().filter(|(_, t)| *t != base) {
            out.set(row, &format!("{what}::{column}::{a}"), t.clone());
        }
    }
}

/// A template as an XLSForm workbook: importing it again gives the same
/// template. What XLSForm has no words for travels in the extension columns
/// the import reads (`audiences`, `other`, `new_page`, `indicator`,
/// `exclusive`, the settings' `intro`, `duration`, `results_when`) and in
/// appearances (`smileys` for a scale, `childvoice-area`, `childvoice-place`,
/// and `table-list` groups for grids, as ODK draws them).
pub fn export(template: &Template, texts: &crate::domain::texts::SurveyTexts) -> Result<Vec<u8>, String> {
    use crate::domain::QuestionKind;
    let s = &template.survey;
    let locales = crate::i18n::locales();
    let languages: Vec<(String, String)> =
        s.languages.iter().map(|l| (l.clone(), format!("{} ({l})", locales.t(l, "language-name")))).collect();
    let mut survey = SheetOut::with(&["type", "name"]);
    for (_, c) in &languages {
        survey.headers.push(format!("label::{c}"));
    }
    for (_, c) in &languages {
        survey.headers.push(format!("hint::{c}"));
    }
    for h in [
        "required",
        "relevant",
        "constraint",
        "appearance",
        "parameters",
        "audiences",
        "other",
        "new_page",
        "indicator",
    ] {
        survey.headers.push(h.to_owned());
    }
    let mut choices = SheetOut::with(&["list_name", "name"]);
    for (_, c) in &languages {
        choices.headers.push(format!("label::{c}"));
    }
    choices.headers.push("exclusive".into());
    let mut written_lists: Vec<String> = Vec::new();
    // A question's own options are a list named after it, unless a shared
    // list has that name: then `{id}-own` (read back the same way).
    let own_list = |id: &str| {
        if s.questions.iter().any(|o| o.list.as_deref() == Some(id)) { format!("{id}-own") } else { id.to_owned() }
    };
    let put_audio = |out: &mut SheetOut, row: usize, key: &str| {
        for (lang, column) in &languages {
            if let Some(path) = template.audio_path(lang, key) {
                out.set(row, &format!("media::audio::{column}"), path);
            }
        }
    };
    let audiences_of =
        |q: &crate::domain::Question| q.audiences.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(" ");
    let relevant = |q: &crate::domain::Question| {
        q.show_if.as_ref().map_or(String::new(), |c| {
            let clause = |c: &crate::domain::Clause| {
                let multiple = s.question(&c.question).is_some_and(|t| matches!(t.kind, QuestionKind::Multiple { .. }));
                c.any_of
                    .iter()
                    .map(|v| {
                        if multiple {
                            format!("selected(${{{}}}, '{v}')", c.question)
                        } else {
                            format!("${{{}}} = '{v}'", c.question)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" or ")
            };
            match (c.join, c.clauses.as_slice()) {
                (_, [one]) => clause(one),
                (crate::domain::Join::Any, many) => many.iter().map(clause).collect::<Vec<_>>().join(" or "),
                (crate::domain::Join::All, many) => many
                    .iter()
                    .map(|c| if c.any_of.len() > 1 { format!("({})", clause(c)) } else { clause(c) })
                    .collect::<Vec<_>>()
                    .join(" and "),
            }
        })
    };

    let mut add_list = |choices: &mut SheetOut, name: &str, q: &crate::domain::Question, exclusive: &[String]| {
        if written_lists.iter().any(|l| l == name) {
            return;
        }
        written_lists.push(name.to_owned());
        let readers: Vec<crate::domain::Audience> = s
            .questions
            .iter()
            .filter(|o| {
                o.list.as_deref() == Some(name)
                    || o.id == q.id
                    || o.grid.as_deref() == q.grid.as_deref().filter(|_| q.list.is_none())
            })
            .flat_map(|o| o.audiences.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        for o in q.kind.options() {
            let row = choices.row();
            choices.set(row, "list_name", name);
            choices.set(row, "name", o.as_str());
            put_words(choices, row, "label", &q.option_key(o), &readers, &languages, texts);
            if exclusive.contains(o) {
                choices.set(row, "exclusive", "yes");
            }
            // Media by their place in the template folder (download it beside the workbook).
            if template.pictures.contains_key(o) {
                choices.set(row, "media::image", format!("pictures/{o}.svg"));
            } else if template.images.contains_key(o) {
                choices.set(row, "media::image", format!("pictures/{o}.png"));
            }
            put_audio(choices, row, &q.option_key(o));
        }
    };
    let question_words = |out: &mut SheetOut, row: usize, q: &crate::domain::Question| {
        put_words(out, row, "label", &format!("q-{}", q.id), &q.audiences, &languages, texts);
        put_words(out, row, "hint", &format!("q-{}-hint", q.id), &q.audiences, &languages, texts);
        put_audio(out, row, &format!("q-{}", q.id));
        if q.validated_wording {
            out.set(row, "validated_wording", "yes");
        }
    };
    let mut areas_written = false;
    let mut i = 0;
    while i < s.questions.len() {
        let q = &s.questions[i];
        let grid_rows: Vec<&crate::domain::Question> =
            s.questions[i + 1..].iter().take_while(|r| r.grid.as_deref() == Some(q.id.as_str())).collect();
        if q.kind == QuestionKind::Note && !grid_rows.is_empty() {
            let row = survey.row();
            survey.set(row, "type", "begin group");
            survey.set(row, "name", q.id.as_str());
            survey.set(row, "appearance", "table-list");
            survey.set(row, "audiences", audiences_of(q));
            survey.set(row, "relevant", relevant(q));
            // A grid's statements share its settings, which go on its group's row.
            if grid_rows[0].required {
                survey.set(row, "required", "yes");
            }
            question_words(&mut survey, row, q);
            let list = grid_rows[0].list.clone().unwrap_or_else(|| own_list(&q.id));
            add_list(&mut choices, &list, grid_rows[0], &[]);
            for r in &grid_rows {
                let row = survey.row();
                survey.set(row, "type", format!("select_one {list}"));
                survey.set(row, "name", r.id.as_str());
                put_words(&mut survey, row, "label", &format!("q-{}", r.id), &r.audiences, &languages, texts);
            }
            let row = survey.row();
            survey.set(row, "type", "end group");
            i += 1 + grid_rows.len();
            continue;
        }
        let row = survey.row();
        survey.set(row, "name", q.id.as_str());
        survey.set(row, "audiences", audiences_of(q));
        survey.set(row, "relevant", relevant(q));
        if q.required {
            survey.set(row, "required", "yes");
        }
        if q.new_page {
            survey.set(row, "new_page", "yes");
        }
        if let Some(ind) = &q.indicator {
            survey.set(row, "indicator", ind.as_str());
        }
        question_words(&mut survey, row, q);
        let list = q.list.clone().unwrap_or_else(|| own_list(&q.id));
        match &q.kind {
            QuestionKind::Single { .. } => {
                survey.set(row, "type", format!("select_one {list}"));
                add_list(&mut choices, &list, q, &[]);
            }
            QuestionKind::Multiple { max, exclusive, .. } => {
                survey.set(row, "type", format!("select_multiple {list}"));
                if let Some(m) = max {
                    survey.set(row, "constraint", format!("count-selected(.) <= {m}"));
                }
                add_list(&mut choices, &list, q, exclusive);
            }
            QuestionKind::Rank { .. } => {
                survey.set(row, "type", format!("rank {list}"));
                add_list(&mut choices, &list, q, &[]);
            }
            QuestionKind::Scale => {
                survey.set(row, "type", "range");
                survey.set(row, "appearance", "smileys");
                survey.set(row, "parameters", "start=1 end=5 step=1");
            }
            QuestionKind::Text { max_length } => {
                survey.set(row, "type", "text");
                if q.other_of.is_none() && *max_length != 1000 {
                    survey.set(row, "constraint", format!("string-length(.) <= {max_length}"));
                }
                if let Some((parent, option)) = &q.other_of {
                    survey.set(row, "relevant", format!("selected(${{{parent}}}, '{option}')"));
                }
            }
            QuestionKind::Number { min, max } => {
                survey.set(row, "type", "integer");
                survey.set(row, "constraint", format!(". >= {min} and . <= {max}"));
            }
            QuestionKind::Area => {
                survey.set(row, "type", "select_one areas");
                survey.set(row, "appearance", "childvoice-area");
                if !areas_written {
                    areas_written = true;
                    let readers: Vec<crate::domain::Audience> = s
                        .questions
                        .iter()
                        .filter(|o| o.kind == QuestionKind::Area)
                        .flat_map(|o| o.audiences.clone())
                        .collect::<std::collections::BTreeSet<_>>()
                        .into_iter()
                        .collect();
                    for a in &s.areas {
                        let row = choices.row();
                        choices.set(row, "list_name", "areas");
                        choices.set(row, "name", a.as_str());
                        put_words(&mut choices, row, "label", &format!("area-{a}"), &readers, &languages, texts);
                    }
                }
            }
            QuestionKind::Place { max } => {
                survey.set(row, "type", "geopoint");
                survey.set(row, "appearance", "childvoice-place");
                survey.set(row, "parameters", format!("max={max}"));
            }
            QuestionKind::Note => survey.set(row, "type", "note"),
        }
        // "Other, please say": the option in the `other` column; the text row follows.
        if let Some(other) = s.questions.get(i + 1).and_then(|n| n.other_of.as_ref().filter(|(p, _)| *p == q.id)) {
            survey.set(row, "other", other.1.as_str());
        }
        i += 1;
    }
    let mut settings = SheetOut::with(&["form_id", "default_language"]);
    let row = settings.row();
    settings.set(row, "form_id", s.id.as_str());
    let default = languages.iter().find(|(l, _)| *l == s.default_language).map_or(String::new(), |(_, c)| c.clone());
    settings.set(row, "default_language", default);
    for (key, what) in
        [("title", "form_title"), ("intro", "intro"), ("duration", "duration"), ("results-when", "results_when")]
    {
        put_words(&mut settings, row, what, key, &s.audiences, &languages, texts);
    }

    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, sheet) in [("survey", &survey), ("choices", &choices), ("settings", &settings)] {
        let ws = book.add_worksheet();
        ws.set_name(name).map_err(|e| e.to_string())?;
        for (c, h) in sheet.headers.iter().enumerate() {
            ws.write_string(0, c as u16, h).map_err(|e| e.to_string())?;
        }
        for (r, cells) in sheet.rows.iter().enumerate() {
            for (c, h) in sheet.headers.iter().enumerate() {
                if let Some(v) = cells.get(h) {
                    ws.write_string(r as u32 + 1, c as u16, v).map_err(|e| e.to_string())?;
                }
            }
        }
    }
    book.save_to_buffer().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_small_file_that_unpacks_to_a_hundred_megabytes_is_refused_before_it_is_read() {
        use std::io::Write;
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
        let zeros = vec![b'0'; 1024 * 1024];
        for _ in 0..100 {
            zip.write_all(&zeros).unwrap();
        }
        zip.finish().unwrap();
        let bytes = out.into_inner();
        assert!(bytes.len() < 1024 * 1024, "{} bytes", bytes.len());
        let refused = super::read(&bytes).err().expect("refused");
        assert!(refused.contains("unpacks to more than 50 MB"), "{refused}");
    }
}
