//! Sign in, forgotten password, and choosing a password from an emailed link.

use crate::domain::account::MIN_PASSWORD_CHARS;
use crate::views::Page;
use crate::views::layout::layout;
use fluent_bundle::FluentArgs;
use maud::{Markup, html};

pub fn login(page: &Page, email: &str, error: Option<&str>, login_token: &str) -> Markup {
    let title = page.t("admin-login-title");
    layout(
        page,
        &title,
        html! {
            h1 { (title) }
            @if let Some(e) = error { p.error-summary role="alert" { (page.t(e)) } }
            form.admin-form method="post" action="/admin/login" {
                input type="hidden" name="login_token" value=(login_token);
                label for="email" { (page.t("admin-email")) }
                input #email type="email" name="email" autocomplete="username" required value=(email);
                label for="password" { (page.t("admin-password")) }
                input #password type="password" name="password" autocomplete="current-password" required;
                div.nav { button.primary type="submit" { (page.t("admin-login-submit")) } }
            }
            p { a href="/admin/forgot" { (page.t("admin-login-forgot")) } }
        },
    )
}

pub fn forgot(page: &Page, sent: bool, login_token: &str) -> Markup {
    let title = page.t("admin-forgot-title");
    layout(
        page,
        &title,
        html! {
            h1 { (title) }
            @if sent {
                p.notice role="status" { (page.t("admin-forgot-sent")) }
            } @else {
                p { (page.t("admin-forgot-intro")) }
                form.admin-form method="post" action="/admin/forgot" {
                    input type="hidden" name="login_token" value=(login_token);
                    label for="email" { (page.t("admin-email")) }
                    input #email type="email" name="email" autocomplete="username" required;
                    div.nav { button.primary type="submit" { (page.t("admin-forgot-submit")) } }
                }
            }
        },
    )
}

/// Choosing a password from an invitation or reset link.
pub fn set_password(page: &Page, action: &str, email: Option<&str>, error: Option<&str>) -> Markup {
    let title = page.t("admin-set-password-title");
    let mut args = FluentArgs::new();
    args.set("email", email.unwrap_or_default().to_owned());
    args.set("min", MIN_PASSWORD_CHARS);
    layout(
        page,
        &title,
        html! {
            h1 { (title) }
            @match email {
                None => p.error-summary role="alert" { (page.t("admin-link-invalid")) },
                Some(_) => {
                    p { (page.t_args("admin-set-password-intro", &args)) }
                    @if let Some(e) = error { p.error-summary role="alert" { (page.t_args(e, &args)) } }
                    form.admin-form method="post" action=(action) {
                        label for="password" { (page.t("admin-new-password")) }
                        input #password type="password" name="password" autocomplete="new-password" required minlength=(MIN_PASSWORD_CHARS);
                        label for="confirm" { (page.t("admin-confirm-password")) }
                        input #confirm type="password" name="confirm" autocomplete="new-password" required minlength=(MIN_PASSWORD_CHARS);
                        div.nav { button.primary type="submit" { (page.t("admin-set-password-submit")) } }
                    }
                }
            }
        },
    )
}
