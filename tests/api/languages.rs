//! Locale negotiation: `?lang=`, then the cookie, then `Accept-Language`, then
//! the consultation's default; Arabic pages are right-to-left.

use crate::helpers::{backends, spawn_app, template};

#[tokio::test]
async fn the_language_comes_from_the_query_then_the_cookie_then_the_browser_then_the_default() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let texts = template("play").texts;
        let title = |lang: &str| texts.text(lang, "title", None);

        let page = app.get_with("/s/play", &[("accept-language", "es-MX,es;q=0.9,en;q=0.5")]).await;
        assert_eq!(page.attr("html", "lang").as_deref(), Some("es"));
        assert_eq!(page.text_of("h1"), Some(title("es")));

        let page = app.get_with("/s/play", &[("accept-language", "de-DE,de;q=0.9")]).await;
        assert_eq!(page.attr("html", "lang").as_deref(), Some("en"), "unknown languages fall back to the default");

        let page = app.get_with("/s/play?lang=ar", &[("accept-language", "fr")]).await;
        assert_eq!(page.attr("html", "lang").as_deref(), Some("ar"));
        assert_eq!(page.attr("html", "dir").as_deref(), Some("rtl"));
        assert_eq!(page.text_of("h1"), Some(title("ar")));

        let page = app.get_with("/s/play", &[("accept-language", "fr")]).await;
        assert_eq!(page.attr("html", "lang").as_deref(), Some("ar"), "the choice is remembered by a cookie");
        let page = app.get_with("/s/play?lang=fr", &[]).await;
        assert_eq!(page.attr("html", "dir").as_deref(), Some("ltr"));
    }
}

#[tokio::test]
async fn the_home_page_lists_the_demo_consultations() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let page = app.get("/?lang=fr").await;
        assert_eq!(page.status, 200);
        assert!(page.html.contains("href=\"/s/play?lang=fr\""));
        assert!(page.html.contains("href=\"/s/journeys?lang=fr\""));
        let health = app.get("/healthz").await;
        assert_eq!(health.status, 200);
    }
}

#[tokio::test]
async fn chinese_and_portuguese_requests_find_their_language_and_traditional_chinese_gets_the_default() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let texts = template("play").texts;
        for tag in ["zh-CN", "zh", "zh-SG,en;q=0.5"] {
            let page = app.new_browser().get_with("/s/play", &[("accept-language", tag)]).await;
            assert_eq!(page.attr("html", "lang").as_deref(), Some("zh-Hans"), "{tag}");
            assert_eq!(page.text_of("h1"), Some(texts.text("zh-Hans", "title", None)));
        }
        for tag in ["zh-TW", "zh-HK", "zh-Hant"] {
            let page = app.new_browser().get_with("/s/play", &[("accept-language", tag)]).await;
            assert_eq!(page.attr("html", "lang").as_deref(), Some("en"), "{tag} never silently gets Simplified");
        }
        for tag in ["pt-BR", "pt-PT"] {
            let page = app.new_browser().get_with("/s/play", &[("accept-language", tag)]).await;
            assert_eq!(page.attr("html", "lang").as_deref(), Some("pt"), "{tag}");
        }
        let page = app.new_browser().get("/s/play?lang=ru").await;
        assert_eq!(page.text_of("h1"), Some(texts.text("ru", "title", None)));
        // The language menu names each language in itself, marked with its own language.
        assert!(page.html.contains("lang=\"zh-Hans\""), "the menu marks Chinese as Chinese");
        assert!(page.contains("简体中文") && page.contains("Português") && page.contains("Русский"));
    }
}

#[tokio::test]
async fn a_language_added_as_a_folder_is_offered_and_answered_without_a_rebuild() {
    use crate::helpers::copy_dir;
    use crate::helpers::{Options, TempDir, spawn_app_with, surveys_dir};
    use crate::helpers::{PASSWORD, bootstrap, create_consultation_with, sign_in};
    use childvoice::domain::Audience;
    let tmp = TempDir::new();
    // Malay, as an operator would add it: a folder with its three files.
    let ms = tmp.0.join("locales/ms");
    std::fs::create_dir_all(&ms).unwrap();
    let english = std::fs::read_to_string("locales/en/main.ftl").unwrap();
    let malay = english
        .replace("language-name = English", "language-name = Bahasa Melayu")
        .replace("choose-language = ", "choose-language = Pilih bahasa\nold-choose-language = ");
    let malay: String = malay.lines().filter(|l| !l.starts_with("old-choose-language")).collect::<Vec<_>>().join("\n");
    std::fs::write(ms.join("main.ftl"), malay).unwrap();
    std::fs::write(
        ms.join("safeguarding.txt"),
        "# Needs review by a safeguarding professional who speaks Malay.\nayah pukul saya\n",
    )
    .unwrap();
    std::fs::write(
        ms.join("language.toml"),
        "name = \"Bahasa Melayu\"\ndirection = \"ltr\"\nunit = \"words\"\nlimits = { \"age-5-8\" = 10, \"age-9-12\" = 15, \"age-13-17\" = 20, parent = 30 }\nsentence_end = \".!?\"\nnumber_locale = \"ms\"\n",
    )
    .unwrap();
    // A template translated into Malay.
    let surveys = tmp.0.join("surveys");
    copy_dir(&surveys_dir().join("play"), &surveys.join("play"));
    let toml = std::fs::read_to_string(surveys.join("play/survey.toml")).unwrap();
    std::fs::write(surveys.join("play/survey.toml"), toml.replace("\"pt\"]", "\"pt\", \"ms\"]")).unwrap();
    let en = std::fs::read_to_string(surveys.join("play/en.ftl")).unwrap();
    let malay_play = en.replacen("*[other] Places to play and meet", "*[other] Di mana kamu bermain?", 1);
    std::fs::write(surveys.join("play/ms.ftl"), malay_play).unwrap();

    for backend in backends() {
        let app = spawn_app_with(
            backend,
            Options {
                locales_dir: Some(tmp.0.join("locales")),
                surveys_dir: Some(surveys.clone()),
                ..Default::default()
            },
        )
        .await;
        let page = app.get("/s/play?lang=ms").await;
        assert_eq!(page.attr("html", "lang").as_deref(), Some("ms"), "?lang= finds the new language: {}", page.html);
        assert_eq!(page.text_of("h1").as_deref(), Some("Di mana kamu bermain?"));
        assert!(page.contains("Pilih bahasa"), "its interface strings are used");
        assert!(app.get("/s/play?lang=en").await.contains("Bahasa Melayu"), "the language menu offers it");
        let browser = app.new_browser().get_with("/s/play", &[("accept-language", "ms-MY")]).await;
        assert_eq!(browser.attr("html", "lang").as_deref(), Some("ms"));

        // Template authors can launch a consultation in it, and it is answered.
        bootstrap(&app, "kota", "owner@kota.example", "owner");
        let owner = sign_in(&app, "owner@kota.example", PASSWORD).await;
        let form = owner.get("/admin/consultations/new?template=play").await;
        assert!(form.contains("Bahasa Melayu"), "authors see the new language");
        let id = create_consultation_with(&owner, "play", "main-ms", &[("languages", "ms")]).await;
        let detail = format!("/admin/consultations/{id}");
        let opened = crate::helpers::post_admin(&owner, &format!("{detail}/state"), &detail, &[("to", "open")]).await;
        assert_eq!(opened.status, 303);
        crate::helpers::walk_as(&app.new_browser(), "play", "main-ms", None, Audience::Parent, "ms", 3, true).await;
        let languages = owner.get("/admin/languages").await;
        assert!(languages.contains("Bahasa Melayu"), "translators see it on the languages page");
    }
}

#[test]
fn an_invalid_language_folder_is_refused_by_locales_check_and_by_serve_naming_file_line_and_key() {
    use crate::helpers::TempDir;
    let tmp = TempDir::new();
    let ru = tmp.0.join("ru");
    std::fs::create_dir_all(&ru).unwrap();
    let russian = std::fs::read_to_string("locales/ru/main.ftl").unwrap();
    // A plural with only "one" and "other", a dropped key, and a syntax error.
    let broken: String = russian
        .lines()
        .filter(|l| !l.starts_with("admin-sign-out"))
        .filter(|l| !(l.contains("[few]") || l.contains("[many]")))
        .collect::<Vec<_>>()
        .join("\n")
        + "\nbroken = { $n\n";
    std::fs::write(ru.join("main.ftl"), broken).unwrap();
    let run = |args: &[&str], env: &[(&str, &std::path::Path)]| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_childvoice"));
        cmd.args(args).env("DATABASE_URL", format!("sqlite://{}/x.db?mode=rwc", tmp.0.display()));
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("run childvoice");
        (
            out.status.success(),
            format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)),
        )
    };
    let (ok, out) = run(&["locales", "check"], &[("CHILDVOICE_LOCALES_DIR", &tmp.0)]);
    assert!(!ok, "{out}");
    assert!(out.contains("ru/main.ftl: admin-sign-out: missing (English has it)"), "{out}");
    assert!(
        out.contains("results-public-count: selects on a number but lacks the plural categories [\"few\", \"many\"]"),
        "{out}"
    );
    assert!(out.contains("ru/main.ftl:") && out.contains("syntax: Fluent syntax error"), "{out}");
    let (ok, out) = run(&["serve"], &[("CHILDVOICE_LOCALES_DIR", &tmp.0)]);
    assert!(!ok, "serve refuses to start");
    assert!(out.contains("the interface languages are not valid") && out.contains("admin-sign-out"), "{out}");
    let (ok, out) = run(&["locales", "check", "locales"], &[]);
    assert!(ok, "the shipped folders pass: {out}");
    assert!(out.contains("ok  zh-Hans") && out.contains("ok  ru") && out.contains("ok  pt"), "{out}");
}
