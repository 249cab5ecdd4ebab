//! Email: delivered over SMTP, written to `.eml` files without a server, and a
//! failed delivery is reported to the officer instead of silently dropped.

use crate::admin::{PASSWORD, bootstrap, hidden, post_admin, sign_in};
use crate::helpers::{Backend, Options, PUBLIC_URL, spawn_app_with};
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
    assert!(crate::helpers::captured_logs().contains("email written to a file"), "the log says where");
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
    let mail = app.mail.as_ref().unwrap().messages();
    assert_eq!(mail.len(), 1);
    let start = mail[0].find(&format!("{PUBLIC_URL}/admin/reset/")).expect("reset link");
    let link: String =
        mail[0][start..].chars().take_while(|c| c.is_ascii_alphanumeric() || "-_/:.".contains(*c)).collect();
    let path = link.trim_start_matches(PUBLIC_URL);
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
}
