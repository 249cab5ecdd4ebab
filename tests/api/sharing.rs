//! Pre-readers and shared tablets: read-aloud is one small external script,
//! only for the youngest audiences; kiosk mode returns to the start by itself.

use crate::helpers::walk_as;
use crate::helpers::{Backend, Options, form_state, spawn_app_with};
use childvoice::domain::Audience;
use childvoice::i18n::locales;

#[tokio::test]
async fn young_audiences_get_one_small_read_aloud_script_and_older_ones_none() {
    let app = spawn_app_with(Backend::Sqlite, Options::default()).await;
    for (audience, listens) in [("age-5-8", true), ("age-9-12", true), ("age-13-17", false), ("parent", false)] {
        let assent = app.get(&format!("/s/play/{audience}?lang=ar")).await;
        let mut fields = form_state(&assent).fields;
        fields.push(("nav".into(), "start".into()));
        let screen = app.post_form(&format!("/s/play/{audience}?lang=ar"), &fields).await;
        let script = screen.attr("script[src]", "src");
        assert_eq!(script.is_some(), listens, "{audience}");
        assert_eq!(screen.html.contains("data-say"), listens, "{audience}");
        if let Some(src) = script {
            assert_eq!(screen.attr("main", "data-listen"), Some(locales().t("ar", "listen")));
            let js = app.get(&src).await;
            assert_eq!(js.status, 200);
            assert!(js.headers.get("content-type").unwrap().to_str().unwrap().starts_with("text/javascript"));
            assert!(js.compressed_bytes < 3 * 1024, "{} bytes compressed", js.compressed_bytes);
        }
    }
}

#[tokio::test]
async fn a_kiosk_returns_to_the_start_and_never_keeps_the_last_childs_answers() {
    let app = spawn_app_with(Backend::Sqlite, Options::default()).await;
    let landing = app.get("/s/journeys?lang=fr&kiosk=1").await;
    let link = landing.attr("a.audience[href*=\"age-5-8\"]", "href").unwrap();
    assert!(link.contains("kiosk=1"));
    let assent = app.get(&link).await;
    assert!(form_state(&assent).fields.contains(&("kiosk".into(), "1".into())));
    let w = walk_as(&app, "journeys", "journeys", None, Audience::Age5to8, "fr", 0, false).await;
    let mut fields = w.final_fields.clone();
    fields.push(("kiosk".into(), "1".into()));
    let sent = app.post_form(&w.final_action, &fields).await;
    assert_eq!(sent.status, 303);
    let thanks = app.get(sent.location.as_deref().unwrap()).await;
    assert_eq!(thanks.attr("[data-kiosk-return]", "data-kiosk-return").as_deref(), Some("/s/journeys?lang=fr&kiosk=1"));
    assert_eq!(
        thanks.attr("a.button.primary", "href").as_deref(),
        Some("/s/journeys?lang=fr&kiosk=1"),
        "without JavaScript, one tap starts again"
    );
    assert!(thanks.contains(&locales().t("fr", "kiosk-next")));
    assert!(
        thanks.attr("meta[http-equiv=refresh]", "content").is_none(),
        "no timed refresh a child cannot stop (WCAG 2.2.1)"
    );
    assert!(thanks.attr("script[src]", "src").is_some(), "the one small script runs the countdown");
    let plain = app.get("/s/journeys/thanks?lang=fr").await;
    assert!(plain.attr("[data-kiosk-return]", "data-kiosk-return").is_none(), "only kiosks move on by themselves");
}

#[tokio::test]
async fn after_sending_going_back_and_resubmitting_never_shows_the_answers_again() {
    let app = spawn_app_with(Backend::Sqlite, Options::default()).await;
    let assent = app.get("/s/play/age-9-12?lang=en").await;
    let mut fields = form_state(&assent).fields;
    fields.push(("nav".into(), "start".into()));
    let first = app.post_form("/s/play/age-9-12?lang=en", &fields).await;
    let mut earlier = form_state(&first).fields;
    earlier.push(("q.your-idea".into(), "a secret wish of the last child".into()));
    earlier.push(("nav".into(), "next".into()));
    let w = walk_as(&app, "play", "play", None, Audience::Age9to12, "en", 0, false).await;
    let token = form_state(&first).fields.into_iter().find(|(k, _)| k == "token").unwrap();
    let mut final_fields: Vec<(String, String)> = w.final_fields.into_iter().filter(|(k, _)| k != "token").collect();
    final_fields.push(token);
    assert_eq!(app.post_form(&w.final_action, &final_fields).await.status, 303);
    // The browser's Back, then "resubmit", re-sends an earlier screen of the same form.
    let again = app.post_form("/s/play/age-9-12?lang=en", &earlier).await;
    assert_eq!(again.status, 200);
    assert!(!again.html.contains("a secret wish"), "the answers are not shown again");
    assert!(again.attr("button[value=start]", "value").is_some(), "a fresh start instead");
}

/// A tiny valid WAV file: 0.1 s of silence.
fn wav() -> Vec<u8> {
    let samples = 800u32;
    let mut w = Vec::new();
    w.extend_from_slice(b"RIFF");
    w.extend_from_slice(&(36 + samples * 2).to_le_bytes());
    w.extend_from_slice(b"WAVEfmt ");
    w.extend_from_slice(&16u32.to_le_bytes());
    w.extend_from_slice(&1u16.to_le_bytes());
    w.extend_from_slice(&1u16.to_le_bytes());
    w.extend_from_slice(&8000u32.to_le_bytes());
    w.extend_from_slice(&16000u32.to_le_bytes());
    w.extend_from_slice(&2u16.to_le_bytes());
    w.extend_from_slice(&16u16.to_le_bytes());
    w.extend_from_slice(b"data");
    w.extend_from_slice(&(samples * 2).to_le_bytes());
    w.resize(w.len() + samples as usize * 2, 0);
    w
}

#[tokio::test]
async fn recordings_named_in_the_survey_are_checked_snapshotted_and_played() {
    let surveys = crate::helpers::TempDir::new();
    let dir = surveys.0.join("play");
    crate::helpers::copy_dir(&crate::helpers::surveys_dir().join("play"), &dir);
    std::fs::create_dir_all(dir.join("audio/en")).unwrap();
    std::fs::write(dir.join("audio/en/play-places.wav"), wav()).unwrap();
    let toml = dir.join("survey.toml");
    let original = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(&toml, format!("{original}\n[audio.en]\nq-play-places = \"audio/en/nowhere.wav\"\n")).unwrap();
    let check = |dir: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_childvoice"))
            .args(["surveys", "check"])
            .arg(dir)
            .output()
            .unwrap()
    };
    let out = check(&surveys.0);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("the recording named in survey.toml is missing"));
    std::fs::write(&toml, format!("{original}\n[audio.en]\nq-play-places = \"audio/en/play-places.wav\"\n")).unwrap();
    assert!(check(&surveys.0).status.success());

    let app =
        spawn_app_with(Backend::Sqlite, Options { surveys_dir: Some(surveys.0.clone()), ..Default::default() }).await;
    let assent = app.get("/s/play/age-5-8?lang=en").await;
    let mut fields = form_state(&assent).fields;
    fields.push(("nav".into(), "start".into()));
    let screen = app.post_form("/s/play/age-5-8?lang=en", &fields).await;
    let url = screen.attr("[data-audio]", "data-audio").expect("the question has its recording");
    let clip = app.client.get(app.url(&url)).send().await.unwrap();
    assert_eq!(clip.headers()["content-type"], "audio/wav");
    assert_eq!(clip.bytes().await.unwrap().to_vec(), wav(), "the recording is served as shipped");
    let french = app.post_form("/s/play/age-5-8?lang=fr", &fields).await;
    assert!(french.attr("[data-audio]", "data-audio").is_none(), "no French recording: the browser's voice is used");
}
