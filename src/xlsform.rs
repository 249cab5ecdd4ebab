//! XLSForm files: read with calamine, converted by `domain::xlsform`, checked
//! like every template (`surveys check`), and written as a template folder.

use crate::domain::Template;
use crate::domain::xlsform::{Converted, Problem, Sheet, convert};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

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

/// Every sheet of an `.xlsx` workbook as rows of text.
pub fn read(bytes: &[u8]) -> Result<Vec<Sheet>, String> {
    let mut book: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| format!("this is not an .xlsx workbook ({e})"))?;
    let names = book.sheet_names().to_owned();
    let mut sheets = Vec::new();
    for name in names {
        let range = book.worksheet_range(&name).map_err(|e| format!("sheet {name} cannot be read ({e})"))?;
        // Rows are numbered from the sheet's first row, as the spreadsheet shows them.
        let (first_row, first_col) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let mut rows: Vec<Vec<String>> = vec![Vec::new(); first_row];
        for r in range.rows() {
            let mut cells = vec![String::new(); first_col];
            cells.extend(r.iter().map(text));
            rows.push(cells);
        }
        // The header row is the first non-empty one.
        let skip = rows.iter().position(|r| r.iter().any(|c| !c.trim().is_empty())).unwrap_or(0);
        sheets.push(Sheet { name, rows: rows.split_off(skip) });
    }
    Ok(sheets)
}

/// An imported form, checked: its folder's files, the checked template, and warnings.
pub struct Imported {
    pub converted: Converted,
    pub template: Template,
}

/// Reads, converts and checks a workbook. Every problem comes back at once,
/// each with its sheet, row and column where it has one.
pub fn import(bytes: &[u8], fallback_id: &str) -> Result<Imported, Vec<String>> {
    let sheets = read(bytes).map_err(|e| vec![e])?;
    let locales = crate::i18n::locales();
    let ui = |lang: &str, id: &str| locales.t(lang, id);
    let converted =
        convert(&sheets, fallback_id, &ui).map_err(|p| p.iter().map(Problem::to_string).collect::<Vec<_>>())?;
    let (survey, mut errors) =
        crate::domain::survey::parse_survey_partial(&converted.id, "survey.toml", &converted.survey_toml)
            .map_err(|e| e.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let template =
        Template { survey, texts: converted.texts.clone(), pictures: BTreeMap::new(), audio: BTreeMap::new() };
    if let Err(mut more) = template.check(&converted.id, &|lang| locales.rules(lang)) {
        errors.append(&mut more);
    }
    if !errors.is_empty() {
        // Place what the template checks found on the survey sheet's rows.
        return Err(errors
            .iter()
            .map(|e| {
                let question =
                    e.key.strip_prefix("question.").and_then(|k| k.split('.').next()).map(str::to_owned).or_else(
                        || {
                            e.key.strip_prefix("q-").map(|k| {
                                converted
                                    .rows
                                    .keys()
                                    .filter(|id| k.starts_with(id.as_str()))
                                    .max_by_key(|id| id.len())
                                    .cloned()
                                    .unwrap_or_default()
                            })
                        },
                    );
                match question.and_then(|q| converted.rows.get(&q).map(|r| (q, *r))) {
                    Some((q, row)) => format!("sheet survey, row {row} ('{q}'): {}", e.message),
                    None => format!("{e}"),
                }
            })
            .collect());
    }
    Ok(Imported { converted, template })
}

/// Writes an imported form as a template folder under `library`; refuses to
/// replace one.
pub fn write_folder(library: &Path, c: &Converted) -> Result<PathBuf, String> {
    let dir = library.join(&c.id);
    if dir.exists() {
        return Err(format!("{} already exists: give the form another form_id, or move the folder", dir.display()));
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    std::fs::write(dir.join("survey.toml"), &c.survey_toml).map_err(|e| e.to_string())?;
    for (lang, text) in &c.texts {
        std::fs::write(dir.join(format!("{lang}.ftl")), text).map_err(|e| e.to_string())?;
    }
    Ok(dir)
}
