//! XLSForm import, against forms built from the XLSForm specification's own
//! example tables (xlsform.org: the pizza questions, groups, or_other,
//! relevant, constraint) written as real .xlsx files: a form childvoice can
//! express becomes a template answered end to end over HTTP; the
//! specification's constructs it cannot express are each refused with sheet,
//! row and column.

use crate::helpers::stored_rows;
use crate::helpers::{Options, TempDir, backends, form_state, primary_nav, spawn_app_with, visible_fields};
use childvoice::domain::Audience;
use std::path::Path;
use std::process::Command;

/// An .xlsx workbook with these sheets, each a list of rows of cells.
fn workbook(sheets: &[(&str, &[&[&str]])]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !cell.is_empty() {
                    sheet.write_string(r as u32, c as u16, *cell).unwrap();
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

const SURVEY_HEAD: &[&str] = &[
    "type",
    "name",
    "label::English (en)",
    "label::Français (fr)",
    "hint::English (en)",
    "hint::Français (fr)",
    "required",
    "relevant",
    "constraint",
    "audiences",
];

/// The specification's pizza form, with a group, a note, or_other, relevant
/// and constraints, in English and French, plus childvoice's columns.
fn pizza() -> Vec<u8> {
    workbook(&[
        (
            "survey",
            &[
                SURVEY_HEAD,
                &[
                    "select_one yes_no",
                    "likes_pizza",
                    "Do you like pizza?",
                    "Aimez-vous la pizza ?",
                    "",
                    "",
                    "yes",
                    "",
                    "",
                    "parent",
                ],
                &[
                    "select_multiple pizza_toppings or_other",
                    "favorite_topping",
                    "Favorite toppings",
                    "Garnitures préférées",
                    "Choose up to two.",
                    "Choisissez-en deux au plus.",
                    "",
                    "${likes_pizza} = 'yes'",
                    "count-selected(.) <= 2",
                    "parent",
                ],
                &[
                    "begin group",
                    "details",
                    "A few more questions",
                    "Encore quelques questions",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "parent",
                ],
                &[
                    "integer",
                    "age",
                    "How old is your child?",
                    "Quel âge a votre enfant ?",
                    "",
                    "",
                    "",
                    "",
                    ". >= 0 and . <= 17",
                    "parent",
                ],
                &[
                    "note",
                    "thanks_note",
                    "Thank you for your answers.",
                    "Merci pour vos réponses.",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "parent",
                ],
                &["end group", "", "", "", "", "", "", "", "", ""],
                &[
                    "text",
                    "comments",
                    "Any comments?",
                    "Des commentaires ?",
                    "",
                    "",
                    "",
                    "${likes_pizza} = 'yes' and (selected(${favorite_topping}, 'cheese') or selected(${favorite_topping}, 'pepperoni'))",
                    "string-length(.) <= 300",
                    "parent",
                ],
            ],
        ),
        (
            "choices",
            &[
                &["list_name", "name", "label::English (en)", "label::Français (fr)", "exclusive"],
                &["yes_no", "yes", "Yes", "Oui", ""],
                &["yes_no", "no", "No", "Non", ""],
                &["pizza_toppings", "cheese", "Cheese", "Fromage", ""],
                &["pizza_toppings", "pepperoni", "Pepperoni", "Pepperoni", ""],
                &["pizza_toppings", "none", "None of these", "Aucune", "yes"],
            ],
        ),
        (
            "settings",
            &[
                &[
                    "form_title::English (en)",
                    "form_title::Français (fr)",
                    "form_id",
                    "default_language",
                    "intro::English (en)",
                    "intro::Français (fr)",
                    "duration::English (en)",
                    "duration::Français (fr)",
                    "results_when::English (en)",
                    "results_when::Français (fr)",
                ],
                &[
                    "Pizza at school",
                    "La pizza à l'école",
                    "pizza_at_school",
                    "English (en)",
                    "The city asks what families think of school lunches.",
                    "La ville demande l'avis des familles sur les repas.",
                    "It takes two minutes.",
                    "Cela prend deux minutes.",
                    "We will publish what we heard in June.",
                    "Nous publierons ce que nous avons entendu en juin.",
                ],
            ],
        ),
    ])
}

/// A form whose choices have pictures and whose question has a recording,
/// named in XLSForm's media columns (the files travel beside the workbook).
fn with_media() -> Vec<u8> {
    workbook(&[
        (
            "survey",
            &[
                &["type", "name", "label::English (en)", "audiences", "media::audio::English (en)"],
                &["select_one yes_no", "likes_park", "Do you like the park?", "age-5-8 parent", "likes.mp3"],
            ],
        ),
        (
            "choices",
            &[
                &["list_name", "name", "label::English (en)", "media::image"],
                &["yes_no", "yes", "Yes", "media/yes.png"],
                &["yes_no", "no", "No", "no.svg"],
            ],
        ),
        (
            "settings",
            &[
                &["form_title", "form_id", "intro", "duration", "results_when"],
                &["The park", "the_park", "Tell us about the park.", "One minute.", "In June."],
            ],
        ),
    ])
}

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    for (name, bytes) in files {
        zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

#[test]
fn media_columns_bring_the_pictures_and_recordings_uploaded_with_the_workbook() {
    let tmp = TempDir::new();
    // The workbook alone: mapped, with what is missing said, not dropped.
    let (ok, out) = import(&tmp.0, "park.xlsx", &with_media(), &tmp.0.join("alone"));
    assert!(!ok, "pictures for age-5-8 are still needed: {out}");
    assert!(out.contains("needs a picture: pictures/yes.svg"), "{out}");

    // The workbook and its media in one zip, as KoboToolbox keeps a form.
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(400, 300, image::Rgba([20, 120, 200, 255]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>"#;
    let bundle = zip_of(&[
        ("park/form.xlsx", &with_media()),
        ("park/media/yes.png", &png),
        ("park/no.svg", svg),
        ("park/likes.mp3", b"ID3 not really a song"),
    ]);
    let library = tmp.0.join("library");
    let (ok, out) = import(&tmp.0, "park.zip", &bundle, &library);
    assert!(ok, "{out}");
    let folder = library.join("the-park");
    let toml = std::fs::read_to_string(folder.join("survey.toml")).unwrap();
    assert!(toml.contains("[audio.\"en\"]\n\"q-likes-park\" = \"audio/en/likes.mp3\""), "{toml}");
    assert!(folder.join("audio/en/likes.mp3").is_file() && folder.join("pictures/no.svg").is_file());
    let small = image::open(folder.join("pictures/yes.png")).expect("a PNG");
    assert!(small.width() <= 192 && small.height() <= 192, "re-encoded, at most 192 px a side");
    let (ok, out) = cli(&["surveys", "check", folder.to_str().unwrap()]);
    assert!(ok, "{out}");

    // Exported, the workbook names each file by its place in the template
    // folder: zipped with them, it comes back the same.
    let checked = childvoice::library::load_template(&folder).expect("checked");
    let xlsx = childvoice::xlsform::export(&checked.template, &checked.texts).unwrap();
    let sheets = childvoice::xlsform::read(&xlsx).unwrap();
    let choices = &sheets[1];
    assert!(choices.rows[0].iter().any(|h| h == "media::image"), "{:?}", choices.rows[0]);
    let media: Vec<(String, Vec<u8>)> = childvoice::library::to_files(&checked.template)
        .into_iter()
        .filter(|(path, _)| path.starts_with("pictures/") || path.starts_with("audio/"))
        .collect();
    let mut entries: Vec<(&str, &[u8])> = vec![("form.xlsx", &xlsx)];
    entries.extend(media.iter().map(|(p, b)| (p.as_str(), b.as_slice())));
    let again = childvoice::library::import(&zip_of(&entries), "x").expect("imported again");
    assert_eq!(again.template.survey, checked.template.survey);
    assert_eq!(again.template.pictures, checked.template.pictures);
    assert_eq!(again.template.images, checked.template.images);
    assert_eq!(again.template.audio, checked.template.audio);

    // What childvoice cannot show is refused with its place.
    let refused = workbook(&[
        (
            "survey",
            &[
                &["type", "name", "label::English (en)", "media::image", "media::video"],
                &["select_one yes_no", "q", "Q?", "q.png", ""],
                &["select_one yes_no", "r", "R?", "", "r.mp4"],
            ],
        ),
        (
            "choices",
            &[
                &["list_name", "name", "label::English (en)", "media::audio"],
                &["yes_no", "yes", "Yes", "yes.exe"],
                &["yes_no", "no", "No", ""],
            ],
        ),
    ]);
    let (ok, out) = import(&tmp.0, "refused.xlsx", &refused, &tmp.0.join("refused"));
    assert!(!ok, "{out}");
    for expected in [
        "sheet survey, row 2, column D (media::image): childvoice shows pictures on answers",
        "sheet survey, row 3, column E (media::video): videos are not shown",
        "sheet choices, row 2, column D (media::audio): 'yes.exe' is not a recording",
    ] {
        assert!(out.contains(expected), "reports {expected:?}:\n{out}");
    }
}

fn cli(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_childvoice")).args(args).output().expect("run childvoice");
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

fn import(dir: &Path, name: &str, bytes: &[u8], library: &Path) -> (bool, String) {
    let file = dir.join(name);
    std::fs::write(&file, bytes).unwrap();
    cli(&["surveys", "import", file.to_str().unwrap(), "--out", library.to_str().unwrap()])
}

#[test]
fn every_construct_of_the_specification_childvoice_cannot_express_is_refused_with_sheet_row_and_column() {
    let tmp = TempDir::new();
    let book = workbook(&[
        (
            "survey",
            &[
                &[
                    "type",
                    "name",
                    "label::English (en)",
                    "relevant",
                    "constraint",
                    "calculation",
                    "media::image::English (en)",
                ],
                &["start", "start", "", "", "", "", ""],
                &["deviceid", "deviceid", "", "", "", "", ""],
                &["begin repeat", "child", "Each child", "", "", "", ""],
                &["geopoint", "where", "Where are you?", "", "", "", ""],
                &["decimal", "weight", "Weight", "", "", "", ""],
                &["calculate", "double", "", "", "", "${age} * 2", ""],
                &["integer", "age", "Age", "", "regex(., '^[0-9]+$')", "", ""],
                &["select_one yes_no", "adult", "Adult?", "${age} > 18", "", "", "adult.png"],
                &["select_one yes_no", "both", "Both?", "${adult} = 'yes' and ${age} > 3", "", "", ""],
                &["select_one nowhere", "lost", "Lost?", "", "", "", ""],
                &["end repeat", "", "", "", "", "", ""],
            ],
        ),
        (
            "choices",
            &[
                &["list_name", "name", "label::English (en)", "choice_filter"],
                &["yes_no", "yes", "Yes", "x = 1"],
                &["yes_no", "no", "No", ""],
            ],
        ),
    ]);
    let (ok, out) = import(&tmp.0, "refused.xlsx", &book, &tmp.0.join("library"));
    assert!(!ok, "{out}");
    for expected in [
        "sheet survey, row 2, column A (type): 'start' records when, where or on which device",
        "sheet survey, row 3, column A (type): 'deviceid' records",
        "sheet survey, row 4, column A (type): repeats are not supported",
        "sheet survey, row 5, column A (type): GPS positions are never recorded",
        "sheet survey, row 6, column A (type): childvoice counts whole numbers only",
        "sheet survey, row 7, column F (calculation): the column 'calculation' has no equivalent",
        "sheet survey, row 7, column A (type): 'calculate' has no equivalent",
        "sheet survey, row 8, column E (constraint): 'regex(., '^[0-9]+$')' cannot be expressed",
        "sheet survey, row 9, column D (relevant): '${age} > 18' cannot be expressed",
        "sheet survey, row 9, column G (media::image::English (en)): childvoice shows pictures on answers",
        "sheet survey, row 10, column D (relevant)",
        "sheet survey, row 11, column A (type): there is no list 'nowhere' on the choices sheet",
        "sheet choices, row 2, column D (choice_filter): the column 'choice_filter' has no equivalent",
    ] {
        assert!(out.contains(expected), "reports {expected:?}:\n{out}");
    }
    assert!(out.contains("nothing was written") && !tmp.0.join("library").exists(), "{out}");
    let (ok, out) = import(&tmp.0, "not.xlsx", b"not a workbook", &tmp.0.join("library"));
    assert!(!ok && out.contains("this is not an .xlsx workbook"), "{out}");
}

#[tokio::test]
async fn the_specifications_pizza_form_is_imported_and_answered_end_to_end() {
    let tmp = TempDir::new();
    let library = tmp.0.join("library");
    let (ok, out) = import(&tmp.0, "pizza.xlsx", &pizza(), &library);
    assert!(ok, "{out}");
    assert!(out.contains("ok  pizza-at-school"), "{out}");
    let toml = std::fs::read_to_string(library.join("pizza-at-school/survey.toml")).unwrap();
    assert!(
        toml.contains(
            "show_if = { all = [{ question = \"likes-pizza\", any_of = [\"yes\"] }, { question = \"favorite-topping\", any_of = [\"cheese\", \"pepperoni\"] }] }"
        ),
        "relevant with and: {toml}"
    );
    assert!(toml.contains("show_if = { question = \"likes-pizza\", any_of = [\"yes\"] }"), "{toml}");
    assert!(
        toml.contains("other = \"other\"") && toml.contains("exclusive = [\"none\"]") && toml.contains("max = 2"),
        "{toml}"
    );
    assert!(toml.contains("min = 0\nmax = 17") && toml.contains("max_length = 300"), "{toml}");
    assert!(toml.contains("new_page = true"), "a group is a section: {toml}");
    // The folder passes `surveys check` as it stands.
    let (ok, out) = cli(&["surveys", "check", library.to_str().unwrap()]);
    assert!(ok, "{out}");
    // Importing again does not overwrite it.
    let (ok, out) = import(&tmp.0, "pizza.xlsx", &pizza(), &library);
    assert!(!ok && out.contains("already exists"), "{out}");

    for backend in backends() {
        let app = spawn_app_with(backend, Options { surveys_dir: Some(library.clone()), ..Default::default() }).await;
        let b = app.new_browser();
        let assent = b.get("/s/pizza-at-school/parent?lang=fr").await;
        assert_eq!(assent.status, 200, "{}", assent.html);
        assert!(assent.contains("Aimez-vous la pizza ?"), "the assent names the required question, in French");
        let mut fields = form_state(&assent).fields;
        fields.push(("nav".into(), "start".into()));
        let mut page = b.post_form("/s/pizza-at-school/parent?lang=fr", &fields).await;
        let mut sent = None;
        for _ in 0..8 {
            assert_eq!(page.status, 200, "{}", page.html);
            let shown = visible_fields(&page);
            let mut fields = form_state(&page).fields;
            for f in &shown {
                match f.as_str() {
                    "q.likes-pizza" => fields.push((f.clone(), "yes".into())),
                    "q.favorite-topping" => {
                        fields.push((f.clone(), "cheese".into()));
                        fields.push((f.clone(), "other".into()));
                    }
                    "q.favorite-topping-other-text" => fields.push((f.clone(), "Ananas".into())),
                    "q.age" => fields.push((f.clone(), "9".into())),
                    "q.comments" => fields.push((f.clone(), "Plus de légumes".into())),
                    _ => {}
                }
            }
            let nav = primary_nav(&page);
            fields.push(("nav".into(), nav.clone()));
            let next = b.post_form("/s/pizza-at-school/parent?lang=fr", &fields).await;
            if nav == "submit" {
                sent = Some(next);
                break;
            }
            page = next;
        }
        let sent = sent.expect("the form ends");
        assert_eq!(sent.status, 303, "{}", sent.html);
        let rows = stored_rows(&app, "pizza-at-school", Audience::Parent, "fr").await;
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        for expected in [
            ("likes-pizza".to_owned(), Some("yes".to_owned()), None, None),
            ("favorite-topping".into(), Some("cheese".into()), None, None),
            ("favorite-topping".into(), Some("other".into()), None, None),
            ("favorite-topping-other-text".into(), None, None, Some("Ananas".into())),
            ("age".into(), None, Some(9), None),
        ] {
            assert!(row.contains(&expected), "{expected:?} in {row:?}");
        }
    }
}

#[test]
fn exporting_the_shipped_templates_and_importing_them_again_gives_the_same_templates() {
    use childvoice::domain::texts::{SurveyTexts, required_keys};
    for id in ["journeys", "play"] {
        let original = crate::helpers::template(id);
        let bytes = childvoice::xlsform::export(&original.template, &original.texts).expect("export");
        // A real workbook: calamine reads it, as any spreadsheet program would.
        let sheets = childvoice::xlsform::read(&bytes).expect("an .xlsx workbook");
        assert_eq!(sheets.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["survey", "choices", "settings"]);
        let ui = |lang: &str, key: &str| childvoice::i18n::locales().t(lang, key);
        let converted = childvoice::domain::xlsform::convert(&sheets, id, &ui)
            .unwrap_or_else(|p| panic!("{id}: {}", p.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")));
        let survey = childvoice::domain::survey::parse_survey(id, "survey.toml", &converted.survey_toml)
            .unwrap_or_else(|e| panic!("{id}: {e:?}\n{}", converted.survey_toml));
        let mut expected = original.template.survey.clone();
        expected.audio.clear();
        assert_eq!(survey, expected, "{id}: the same structure\n{}", converted.survey_toml);
        let texts = SurveyTexts::from_checked(&survey, &converted.texts);
        let mut compared = 0;
        let hints: Vec<(String, Vec<Audience>)> =
            survey.questions.iter().map(|q| (format!("q-{}-hint", q.id), q.audiences.clone())).collect();
        for (key, readers) in required_keys(&survey).into_iter().chain(hints) {
            for lang in &survey.languages {
                for a in &readers {
                    assert_eq!(
                        texts.get_in(lang, &key, Some(*a)),
                        original.texts.get_in(lang, &key, Some(*a)),
                        "{id}: {key} in {lang} for {a}"
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 500, "{id}: {compared} texts compared");
    }
}

#[test]
fn a_questions_own_options_and_a_shared_list_of_the_same_name_both_survive_the_round_trip() {
    use childvoice::domain::texts::SurveyTexts;
    let toml = "default_language = \"en\"\nlanguages = [\"en\"]\naudiences = [\"parent\"]\n\n[lists]\nagree = [\"yes\", \"no\"]\n\n[[question]]\nid = \"park\"\ntype = \"single\"\nlist = \"agree\"\n\n[[question]]\nid = \"agree\"\ntype = \"single\"\noptions = [\"often\", \"never\"]\n";
    let survey = childvoice::domain::survey::parse_survey("t", "survey.toml", toml).unwrap();
    let ftl = "title = T\nintro = I.\nduration = D.\nresults-when = R.\nq-park = Park?\nlist-agree-yes = Yes\nlist-agree-no = No\nq-agree = Agree?\nq-agree-often = Often\nq-agree-never = Never\n";
    let template = childvoice::domain::Template {
        survey: survey.clone(),
        texts: [("en".to_owned(), ftl.to_owned())].into(),
        pictures: Default::default(),
        audio: Default::default(),
        images: Default::default(),
    };
    let texts = SurveyTexts::from_checked(&survey, &template.texts);
    let bytes = childvoice::xlsform::export(&template, &texts).unwrap();
    let sheets = childvoice::xlsform::read(&bytes).unwrap();
    let lists: std::collections::BTreeSet<&str> = sheets[1].rows.iter().skip(1).map(|r| r[0].as_str()).collect();
    assert_eq!(lists, ["agree", "agree-own"].into(), "two lists, neither lost");
    let ui = |lang: &str, key: &str| childvoice::i18n::locales().t(lang, key);
    let converted = childvoice::domain::xlsform::convert(&sheets, "t", &ui).unwrap();
    let again = childvoice::domain::survey::parse_survey("t", "survey.toml", &converted.survey_toml).unwrap();
    assert_eq!(again.questions, survey.questions, "{}", converted.survey_toml);
    assert!(converted.texts["en"].contains("q-agree-often = Often"), "{}", converted.texts["en"]);
}

async fn upload_xlsform(b: &crate::helpers::Browser, file: &[u8]) -> crate::helpers::Page {
    let form = b.get("/admin/templates").await;
    assert_eq!(form.status, 200, "{}", form.html);
    let csrf = crate::helpers::hidden(&form, "csrf");
    let (content_type, body) = crate::helpers::multipart(&[("csrf", csrf.as_bytes()), ("file", file)], "form.xlsx");
    b.post_raw("/admin/templates", &content_type, body).await
}

#[tokio::test]
async fn a_city_imports_its_xlsform_into_its_own_library_and_runs_a_consultation_from_it() {
    use crate::helpers::{PASSWORD, bootstrap, post_admin, sign_in};
    for backend in backends() {
        let app = spawn_app_with(backend, Options { many_sign_ins: true, ..Default::default() }).await;
        bootstrap(&app, "lakeside", "owner@lakeside.example", "owner");
        bootstrap(&app, "lakeside", "analyst@lakeside.example", "analyst");
        let owner = sign_in(&app, "owner@lakeside.example", PASSWORD).await;

        // A workbook with problems: every one listed, nothing saved.
        let broken = workbook(&[(
            "survey",
            &[&["type", "name", "label::English (en)"], &["geopoint", "where", "Where?"], &["decimal", "w", "Weight"]],
        )]);
        let refused = upload_xlsform(&owner, &broken).await;
        assert_eq!(refused.status, 422, "{}", refused.html);
        assert!(
            refused.contains("sheet survey, row 2, column A (type): GPS positions are never recorded"),
            "{}",
            refused.html
        );
        assert!(refused.contains("sheet survey, row 3, column A (type)"));
        assert!(!refused.html.contains("<table"), "nothing was saved");

        // The pizza form: saved as version 1, then 2.
        for version in ["1", "2"] {
            let done = upload_xlsform(&owner, &pizza()).await;
            assert_eq!(done.status, 200, "{}", done.html);
            let plain = done.html.replace(['\u{2068}', '\u{2069}'], "");
            assert!(plain.contains(&format!("Imported Pizza at school, version {version}.")), "{plain}");
        }
        let audit = owner.get("/admin/audit").await.html.replace(['\u{2068}', '\u{2069}'], "");
        assert!(audit.contains("imported the template pizza-at-school · version 2"), "{audit}");

        // Analysts read the library, and nothing more.
        let analyst = sign_in(&app, "analyst@lakeside.example", PASSWORD).await;
        let list = analyst.get("/admin/templates").await;
        assert_eq!(list.status, 200);
        assert!(list.contains("Pizza at school") && !list.html.contains("type=\"file\""));
        assert_eq!(upload_xlsform(&owner, &pizza()).await.status, 200);
        let form = analyst.get("/admin/templates").await;
        let csrf = crate::helpers::hidden(&form, "csrf");
        let (ct, body) = crate::helpers::multipart(&[("csrf", csrf.as_bytes()), ("file", &pizza())], "form.xlsx");
        assert_eq!(analyst.post_raw("/admin/templates", &ct, body).await.status, 403);

        // The command line saves into the same library.
        let dir = TempDir::new();
        let path = dir.0.join("pizza.xlsx");
        std::fs::write(&path, pizza()).unwrap();
        let (ok, out) = app.cli(&["surveys", "import", path.to_str().unwrap(), "--org", "lakeside"], None);
        assert!(ok && out.contains("pizza-at-school version 4 saved in the library of lakeside"), "{out}");
        let (ok, out) = app.cli(&["surveys", "import", path.to_str().unwrap(), "--org", "nowhere"], None);
        assert!(!ok && out.contains("no organisation with slug 'nowhere'"), "{out}");
        // A draft consultation from version 1, launched and answered.
        let list = owner.get("/admin/templates").await;
        let doc = list.doc();
        let actions: Vec<String> = doc
            .select(&scraper::Selector::parse("form[action$=\"/use\"]").unwrap())
            .filter_map(|f| f.value().attr("action").map(str::to_owned))
            .collect();
        assert_eq!(actions.len(), 4, "four versions");
        let used = post_admin(&owner, actions.last().unwrap(), "/admin/templates", &[]).await;
        assert_eq!(used.status, 303, "{}", used.html);
        let id: i32 = used
            .location
            .unwrap()
            .trim_start_matches("/admin/consultations/")
            .trim_end_matches("/edit")
            .parse()
            .unwrap();
        let detail = format!("/admin/consultations/{id}");
        assert!(owner.get(&detail).await.contains("pizza-at-school · version 1"), "the draft names its source");
        assert_eq!(post_admin(&owner, &format!("{detail}/state"), &detail, &[("to", "open")]).await.status, 303);
        let slug = app.db_slug(id).await;
        let b = app.new_browser();
        let assent = b.get(&format!("/s/{slug}/parent?lang=en")).await;
        assert_eq!(assent.status, 200, "{}", assent.html);
        let mut fields = form_state(&assent).fields;
        fields.push(("nav".into(), "start".into()));
        let first = b.post_form(&format!("/s/{slug}/parent?lang=en"), &fields).await;
        let mut fields = form_state(&first).fields;
        fields.extend([("q.likes-pizza".to_owned(), "no".to_owned()), ("nav".into(), primary_nav(&first))]);
        let mut page = b.post_form(&format!("/s/{slug}/parent?lang=en"), &fields).await;
        for _ in 0..5 {
            if page.status == 303 {
                break;
            }
            let mut fields = form_state(&page).fields;
            fields.push(("nav".into(), primary_nav(&page)));
            page = b.post_form(&format!("/s/{slug}/parent?lang=en"), &fields).await;
        }
        assert_eq!(page.status, 303, "{}", page.html);
        let rows = stored_rows(&app, &slug, Audience::Parent, "en").await;
        assert_eq!(rows.len(), 1);
        assert!(rows[0].contains(&("likes-pizza".to_owned(), Some("no".to_owned()), None, None)), "{rows:?}");
    }
}

#[test]
fn a_sheet_that_claims_a_billion_cells_is_refused_without_reading_them_as_a_grid() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("survey").unwrap();
    sheet.write_string(0, 0, "type").unwrap();
    sheet.write_string(1_048_575, 16_383, "far away").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    assert!(bytes.len() < 20_000);
    let refused = childvoice::xlsform::read(&bytes).err().expect("refused");
    assert!(refused.contains("row 1048576, column 16384") && refused.contains("at most 5000 rows"), "{refused}");
}
