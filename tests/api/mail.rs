//! Email: delivered over SMTP, written to `.eml` files without a server, and a
//! failed delivery is reported to the officer instead of silently dropped.

use crate::helpers::{Backend, Options, PUBLIC_URL, spawn_app_with};
use crate::helpers::{PASSWORD, bootstrap, hidden, post_admin, sign_in};
use childvoice::i18n::locales;

#[tokio::test]
async fn a_failed_delivery_is_reported_to_the_officer() {
    let closed_port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let app = spawn_app_with(
        Backend::Sqlite,
        Options { smtp_url: Some(format!("smtp://127.0.0.1:{closed_port}")), ..Default::default() },
    )
    .await;
    bootstrap(&app, "failtown", "owner@fail.example", "owner");
    let owner = sign_in(&app, "owner@fail.example", PASSWORD).await;
    let page =
        post_admin(&owner, "/admin/people", "/admin/people", &[("email", "new@fail.example"), ("role", "analyst")])
            .await;
    assert_eq!(page.status, 422);
    let expected = locales().t("en", "admin-mail-failed");
    let before_reason = expected.split("{").next().unwrap_or(&expected).split(':').next().unwrap().trim();
    assert!(page.html.contains(before_reason), "the officer is told:\n{}", page.html);
    assert!(page.contains("new@fail.example"), "the invited person is listed, so the invitation can be sent again");
    let again =
        post_admin(&owner, "/admin/people", "/admin/people", &[("email", "new@fail.example"), ("role", "analyst")])
            .await;
    assert_eq!(again.status, 422, "re-sending is allowed and fails the same way, not 'already exists'");
}

#[tokio::test]
async fn without_an_smtp_server_emails_are_written_as_files() {
    let app = spawn_app_with(Backend::Sqlite, Options::default()).await;
    bootstrap(&app, "filetown", "owner@file.example", "owner");
    let owner = sign_in(&app, "owner@file.example", PASSWORD).await;
    let page =
        post_admin(&owner, "/admin/people", "/admin/people", &[("email", "ed@file.example"), ("role", "editor")]).await;
    assert_eq!(page.status, 200);
    let dir = app.mail_dir();
    let files: Vec<_> = std::fs::read_dir(&dir).expect("mail dir").flatten().collect();
    assert_eq!(files.len(), 1);
    let eml = std::fs::read_to_string(files[0].path()).unwrap();
    assert!(eml.contains("To: ed@file.example") && eml.contains("/admin/invite/"));
    let logs = app.logs();
    assert!(logs.contains("email written to a file"), "the log says where:\n{logs}");
    assert!(!logs.contains("ed@file.example"), "and not to whom");
    assert!(logs.contains("route=/admin/people"), "this app's access lines are its own:\n{logs}");
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_an_emailed_link() {
    let app = spawn_app_with(Backend::Sqlite, Options { smtp: true, ..Default::default() }).await;
    bootstrap(&app, "resettown", "owner@reset.example", "owner");
    let b = app.new_browser();
    let form = b.get("/admin/forgot").await;
    let fields = |email: &str| {
        vec![("login_token".to_owned(), hidden(&form, "login_token")), ("email".to_owned(), email.to_owned())]
    };
    let unknown = b.post_form("/admin/forgot", &fields("nobody@reset.example")).await;
    let known = b.post_form("/admin/forgot", &fields("owner@reset.example")).await;
    assert_eq!(unknown.status, 200);
    assert_eq!(
        unknown.text_of("p.notice"),
        known.text_of("p.notice"),
        "the page never tells whether an account exists"
    );
    // The email goes out after the answer (so both answers take as long).
    let first = app.mail.as_ref().unwrap().wait_for(1).await;
    assert_eq!(first.len(), 1);
    let link_of = |mail: &str| -> String {
        let start = mail.find(&format!("{PUBLIC_URL}/admin/reset/")).expect("reset link");
        let link: String =
            mail[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || "-_/:.".contains(*c)).collect();
        link.trim_start_matches(PUBLIC_URL).to_owned()
    };
    let older = link_of(&first[0]);
    assert_eq!(b.post_form("/admin/forgot", &fields("owner@reset.example")).await.status, 200);
    let mail = app.mail.as_ref().unwrap().wait_for(2).await;
    assert_eq!(mail.len(), 2, "one email per request for the account, none for the unknown address");
    let path = &mail.iter().map(|m| link_of(m)).find(|l| *l != older).expect("a second link");
    let new_password = "a brand new passphrase";
    let done =
        b.post_form(path, &[("password".into(), new_password.into()), ("confirm".into(), new_password.into())]).await;
    assert_eq!(done.status, 303);
    sign_in(&app, "owner@reset.example", new_password).await;
    let old = app.new_browser();
    let token = hidden(&old.get("/admin/login").await, "login_token");
    let refused = old
        .post_form(
            "/admin/login",
            &[
                ("login_token".into(), token),
                ("email".into(), "owner@reset.example".into()),
                ("password".into(), PASSWORD.into()),
            ],
        )
        .await;
    assert_eq!(refused.status, 401, "the old password no longer works");
    let stale = b.get(&older).await;
    assert_eq!(stale.status, 410, "an older reset link dies when the password changes");
}

#[tokio::test]
async fn an_invitation_to_an_arabic_speaker_is_a_whole_arabic_document_with_an_id_and_opens_in_arabic() {
    let app = spawn_app_with(Backend::Sqlite, Options::default()).await;
    bootstrap(&app, "bidiville", "owner@bidi.example", "owner");
    let owner = sign_in(&app, "owner@bidi.example", PASSWORD).await;
    let sent = post_admin(
        &owner,
        "/admin/people",
        "/admin/people",
        &[("email", "layla@bidi.example"), ("role", "analyst"), ("language", "ar")],
    )
    .await;
    assert_eq!(sent.status, 200, "{}", sent.html);
    let dir = app.mail_dir();
    let file = std::fs::read_dir(&dir).unwrap().flatten().next().expect("an email").path();
    let raw = std::fs::read_to_string(file).unwrap();
    let headers = raw.split("\r\n\r\n").next().unwrap_or("");
    assert!(headers.lines().any(|l| l.to_ascii_lowercase().starts_with("message-id: <")), "a Message-ID:\n{headers}");
    // The HTML part (Arabic text is sent base64-encoded).
    let html_part = raw.split("Content-Type: text/html").nth(1).expect("an HTML part");
    let encoded: String =
        html_part.split("\r\n\r\n").nth(1).unwrap_or("").lines().take_while(|l| !l.starts_with("--")).collect();
    use base64::Engine;
    let html = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_else(|_| html_part.to_owned());
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "in Arabic, right to left: {html}");
    assert!(html.contains("<title>"), "the HTML part has a title");
    // The English owner's own emails keep ASCII subjects free of invisible marks.
    let ascii =
        post_admin(&owner, "/admin/people", "/admin/people", &[("email", "ed@bidi.example"), ("role", "editor")]).await;
    assert_eq!(ascii.status, 200);
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let raw = std::fs::read_to_string(entry.path()).unwrap();
        if raw.contains("ed@bidi.example") {
            let subject = raw.lines().find(|l| l.starts_with("Subject:")).expect("a subject");
            assert!(
                subject.is_ascii() && !subject.contains("=?utf-8?"),
                "no bidi marks in an ASCII subject: {subject}"
            );
        }
    }
    // The link opens in the invited person's language, whatever the browser says.
    let start = html.find(&format!("{PUBLIC_URL}/admin/invite/")).expect("an invite link");
    let link: String =
        html[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || "-_/:.".contains(*c)).collect();
    let page = app.new_browser().get_with(link.trim_start_matches(PUBLIC_URL), &[("accept-language", "en")]).await;
    assert_eq!(page.attr("html", "lang").as_deref(), Some("ar"));
}
