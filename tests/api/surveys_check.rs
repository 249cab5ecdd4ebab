//! `childvoice surveys check`: the shipped templates pass; broken copies fail
//! with the file, line and key of each problem.

use crate::helpers::copy_dir;
use crate::helpers::{TempDir, surveys_dir};
use std::path::Path;
use std::process::Command;

fn check(dir: &Path) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_childvoice"))
        .args(["surveys", "check"])
        .arg(dir)
        .output()
        .expect("run childvoice");
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

fn broken_copy(edit: impl FnOnce(&Path)) -> (TempDir, bool, String) {
    let tmp = TempDir::new();
    copy_dir(&surveys_dir().join("play"), &tmp.0.join("play"));
    edit(&tmp.0.join("play"));
    let (ok, out) = check(&tmp.0);
    (tmp, ok, out)
}

#[test]
fn the_shipped_templates_pass_the_check() {
    let (ok, out) = check(&surveys_dir());
    assert!(ok, "{out}");
    assert!(out.contains("ok  play") && out.contains("ok  journeys"), "{out}");
}

#[test]
fn a_missing_translation_key_fails_the_check_naming_file_and_key() {
    let (_tmp, ok, out) = broken_copy(|dir| {
        let path = dir.join("fr.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("results-when")).collect();
        std::fs::write(&path, kept.join("\n")).unwrap();
    });
    assert!(!ok);
    assert!(out.contains("play/fr.ftl: `results-when`: missing translation"), "{out}");
}

#[test]
fn a_condition_on_a_later_question_fails_the_check_with_its_line() {
    let (_tmp, ok, out) = broken_copy(|dir| {
        let path = dir.join("survey.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let first_cond = text.lines().position(|l| l.starts_with("show_if")).expect("play has a condition");
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        lines[first_cond] = "show_if = { question = \"your-idea\", any_of = [\"x\"] }".into();
        std::fs::write(&path, lines.join("\n")).unwrap();
    });
    assert!(!ok);
    assert!(out.contains("comes later"), "{out}");
    assert!(out.contains("survey.toml:"), "the line is given: {out}");
}

#[test]
fn an_option_used_twice_fails_the_check() {
    let (_tmp, ok, out) = broken_copy(|dir| {
        let path = dir.join("survey.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let line = text.lines().position(|l| l.starts_with("options = [\"")).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let first = lines[line].split('"').nth(1).unwrap().to_owned();
        lines[line] = lines[line].replacen('[', &format!("[\"{first}\", "), 1);
        std::fs::write(&path, lines.join("\n")).unwrap();
    });
    assert!(!ok);
    assert!(out.contains("is used twice") && out.contains("survey.toml:"), "{out}");
}

#[test]
fn a_missing_picture_for_young_children_fails_the_check() {
    let (_tmp, ok, out) = broken_copy(|dir| {
        let pic = std::fs::read_dir(dir.join("pictures")).unwrap().flatten().next().unwrap().path();
        std::fs::remove_file(pic).unwrap();
    });
    assert!(!ok);
    assert!(out.contains("needs a picture"), "{out}");
}

#[test]
fn serve_refuses_to_start_on_an_invalid_template_and_says_why() {
    let tmp = TempDir::new();
    copy_dir(&surveys_dir().join("play"), &tmp.0.join("play"));
    std::fs::write(tmp.0.join("play/survey.toml"), "default_language = \"en\"\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_childvoice"))
        .arg("serve")
        .env("CHILDVOICE_SURVEYS_DIR", &tmp.0)
        .env("DATABASE_URL", format!("sqlite://{}?mode=rwc", tmp.0.join("x.db").display()))
        .env("CHILDVOICE_BIND", "127.0.0.1:0")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("play/survey.toml") && err.contains("not valid"), "{err}");
}

#[test]
fn a_chinese_sentence_over_the_character_limit_for_young_children_is_rejected() {
    let long = "城市想知道你每天放学以后最喜欢在哪里和朋友一起玩";
    let (_tmp, ok, out) = broken_copy(|dir| {
        let path = dir.join("zh-Hans.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen("[age-5-8] 你在哪里玩？", &format!("[age-5-8] {long}？"), 1)).unwrap();
    });
    assert!(!ok, "{out}");
    assert!(out.contains("play/zh-Hans.ftl"), "{out}");
    assert!(out.contains("for age-5-8, a sentence has 24 characters (at most 15)"), "{out}");
    let (_tmp, ok, out) = broken_copy(|dir| {
        let path = dir.join("zh-Hans.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen("[age-5-8] 你在哪里玩？", "[age-5-8] 你放学后在哪里玩？", 1)).unwrap();
    });
    assert!(ok, "a sentence of 8 characters is fine: {out}");
}

#[test]
fn one_run_lists_every_problem_of_structure_and_texts_and_a_single_template_folder_can_be_checked() {
    let (tmp, ok, out) = broken_copy(|dir| {
        let path = dir.join("survey.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text
            // A rejected id, and a problem further down the same question.
            .replace("id = \"free-place\"", "id = \"Free_Place\"")
            .replace("options = [\"yes\", \"no\", \"not-sure\"]", "options = [\"yes\"]")
            // A scale value age-5-8 can never give (their scale is 1-3).
            .replace(
                "id = \"add-to-place\"\n",
                "id = \"add-to-place\"\nshow_if = { question = \"feel-safe\", any_of = [\"1\", \"4\"] }\n",
            );
        std::fs::write(&path, text).unwrap();
        let fr = dir.join("fr.ftl");
        let kept: Vec<String> = std::fs::read_to_string(&fr)
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with("results-when"))
            .map(String::from)
            .collect();
        std::fs::write(&fr, kept.join("\n")).unwrap();
        // Two over-long sentences for 5-8, and an abbreviation that ends none.
        let en = dir.join("en.ftl");
        let text = std::fs::read_to_string(&en).unwrap().replace(
            "[age-5-8] What stops you playing outside?",
            "[age-5-8] What stops you, e.g. cars or rain, when you want to go and play outside? Tell us what stops you when you want to go and play outside.",
        );
        std::fs::write(&en, text).unwrap();
    });
    assert!(!ok);
    assert!(!out.contains("unknown key"), "a rejected id is not repeated as unknown text keys:\n{out}");
    for expected in [
        "question id 'Free_Place' must start with a lowercase letter (a-z), then use only a-z, 0-9 and '-'",
        "at least two options are needed",
        "'4' is not a point of age-5-8's scale (1-3)",
        "play/fr.ftl: `results-when`: missing translation",
        "a sentence has 15 words (at most 10): \"What stops you, e.g. cars or rain, when you want to go and play outside\"",
        "a sentence has 13 words (at most 10): \"Tell us what stops you when you want to go and play outside\"",
    ] {
        assert!(out.contains(expected), "one run reports {expected:?}:\n{out}");
    }
    // The same template folder, checked on its own.
    let (ok_one, out_one) = check(&tmp.0.join("play"));
    assert!(!ok_one);
    assert!(out_one.contains("'4' is not a point of age-5-8's scale"), "{out_one}");
    let (ok, out) = check(&surveys_dir().join("journeys"));
    assert!(ok && out.contains("ok  journeys"), "{out}");
}
