//! Every email the service sends, written in the recipient's language (a
//! whole HTML document with its title, and plain text beside it) and sent in
//! the background, so no request waits for, or fails because of, the mail server.

use crate::domain::Consultation;
use crate::domain::results::{Filter, ResultKind};
use crate::mail::Outgoing;
use crate::store::accounts::Purpose;
use crate::store::safeguarding;
use crate::views::Page;
use crate::views::results::Labels;
use crate::web::AppState;
use crate::web::admin::{channel_names, report};
use actix_web::web;
use fluent_bundle::FluentArgs;
use maud::html;
use tracing::Instrument;

/// An invitation or password-reset email in the recipient's language.
pub fn link_email(
    state: &AppState,
    to: &str,
    lang: &str,
    purpose: Purpose,
    link: &str,
    org: &str,
    role: &str,
) -> Outgoing {
    let t = |key: &str| state.locales.t(lang, key);
    let mut args = FluentArgs::new();
    args.set("org", org.to_owned());
    args.set("role", role.to_owned());
    let (subject, body, action) = match purpose {
        Purpose::Invite => ("email-invite-subject", "email-invite-body", "email-invite-action"),
        Purpose::Reset => ("email-reset-subject", "email-reset-body", "email-reset-action"),
    };
    let subject = state.locales.t_args(lang, subject, Some(&args));
    let body = state.locales.t_args(lang, body, Some(&args));
    let text = format!("{body}\n\n{link}\n\n{}\n{}\n", t("email-link-expiry"), t("email-ignore"));
    let html = crate::views::email::document(
        lang,
        &subject,
        html! {
            p { (body) }
            p { a href=(link) style="display:inline-block;padding:12px 20px;background:#0b5cad;color:#fff;border-radius:8px;text-decoration:none" { (t(action)) } }
            p { (link) }
            p style="color:#555" { (t("email-link-expiry")) " " (t("email-ignore")) }
        },
    );
    Outgoing { to: to.to_owned(), subject, text, html }
}

/// Emails every lead of the organisation, in the background: a child's
/// submission never waits for, or fails because of, the mail server.
pub fn notify_safeguarding_leads(state: web::Data<AppState>, organisation_id: crate::domain::OrganisationId) {
    tokio::spawn(
        async move {
            let leads = match safeguarding::leads(&state.db, organisation_id).await {
                Ok(leads) => leads,
                Err(e) => {
                    tracing::error!(error = %e, "could not find the safeguarding leads to notify");
                    return;
                }
            };
            if leads.is_empty() {
                tracing::warn!(
                    organisation = organisation_id.0,
                    "a text was flagged but the organisation has no safeguarding lead"
                );
            }
            for lead in leads {
                let lang = lead.language.as_str();
                let t = |key: &str| state.locales.t(lang, key);
                let body = state.locales.t_args(
                    lang,
                    "email-safeguarding-body",
                    Some(&crate::views::arg("org", lead.organisation_name.clone())),
                );
                let link = format!("{}/admin/safeguarding", state.public_url);
                let subject = t("email-safeguarding-subject");
                let html = crate::views::email::document(
                    lang,
                    &subject,
                    html! { p { (body) } p { a href=(link) { (t("email-safeguarding-action")) } } },
                );
                let message = Outgoing { to: lead.email.clone(), subject, text: format!("{body}\n\n{link}\n"), html };
                if let Err(e) = state.mailer.send(message).await {
                    tracing::error!(error = %e, "the safeguarding lead could not be emailed; the flag is in the queue");
                }
            }
        }
        .in_current_span(),
    );
}

/// Emails the close summary of a consultation to its organisation's analysts
/// and owners, each in their language, in the background: headline counts and
/// top answers, published like everything else, and a link to the dashboard.
pub fn send_close_summary(state: web::Data<AppState>, c: Consultation) {
    tokio::spawn(
        async move {
            if let Err(e) = close_summary(&state, &c).await {
                tracing::error!(error = %e, consultation = c.id.0, "the close summary could not be sent");
            }
        }
        .in_current_span(),
    );
}

async fn close_summary(state: &AppState, c: &Consultation) -> anyhow::Result<()> {
    use crate::domain::account::Role;
    use maud::html;
    let live = state.live_survey(c).await?;
    let report = report(state, c, &live, &Filter::default()).await?;
    let channels = channel_names(state, c).await?;
    let people = crate::store::accounts::people(&state.db, c.organisation_id).await?;
    let link = format!("{}/admin/consultations/{}/results", state.public_url, c.id);
    for person in people.iter().filter(|p| p.active && p.has_password && matches!(p.role, Role::Analyst | Role::Owner))
    {
        let page = Page { locales: state.locales, lang: &person.language };
        let labels = Labels { page: &page, consultation: c, live: &live, channels: &channels };
        let title = c.title(&live, labels.text_lang());
        let k = report.k;
        let headline = match report.responses {
            Some(n) => page.t_args("admin-responses-total", &crate::views::arg("n", n)),
            None => page.t_args("admin-responses-few", &crate::views::arg("k", k)),
        };
        let audiences: Vec<(String, String)> = report
            .by_audience
            .rows
            .iter()
            .map(|r| {
                (
                    labels.audience(&r.key),
                    r.count.map_or_else(|| crate::views::results::fewer(&page, k), |n| n.to_string()),
                )
            })
            .collect();
        let tops: Vec<(String, String, String)> = report
            .questions
            .iter()
            .filter(|q| {
                matches!(q.kind, ResultKind::Single | ResultKind::Multiple | ResultKind::Rank | ResultKind::Area)
            })
            .flat_map(|q| {
                q.audiences.iter().filter_map(|a| {
                    crate::views::results::top(&a.table).map(|row| {
                        (
                            labels.question(&q.question, a.audience),
                            labels.audience(a.audience.as_str()),
                            labels.answer(q, a.audience, &row.key),
                        )
                    })
                })
            })
            .take(12)
            .collect();
        let subject = page.t_args("email-close-subject", &crate::views::arg("title", title.clone()));
        let mut text =
            format!("{}\n\n{headline}\n", page.t_args("email-close-body", &crate::views::arg("title", title.clone())));
        for (a, n) in &audiences {
            text.push_str(&format!("- {a}: {n}\n"));
        }
        if !tops.is_empty() {
            text.push_str(&format!("\n{}\n", page.t("email-close-top")));
            for (q, a, o) in &tops {
                text.push_str(&format!("- {q} ({a}): {o}\n"));
            }
        }
        text.push_str(&format!(
            "\n{}\n{link}\n\n{} {}\n",
            page.t("email-close-action"),
            page.t_args("admin-suppressed-note", &crate::views::arg("k", k)),
            page.t("results-perturbed-note")
        ));
        let body = crate::views::email::document(
            page.lang,
            &subject,
            html! {
                p { (page.t_args("email-close-body", &crate::views::arg("title", title.clone()))) }
                p { strong { (headline) } }
                ul { @for (a, n) in &audiences { li { (a) ": " (n) } } }
                @if !tops.is_empty() {
                    p { (page.t("email-close-top")) }
                    ul { @for (q, a, o) in &tops { li { (q) " (" (a) "): " strong { (o) } } } }
                }
                p { a href=(link) { (page.t("email-close-action")) } }
                p { small { (page.t_args("admin-suppressed-note", &crate::views::arg("k", k))) " " (page.t("results-perturbed-note")) } }
            },
        );
        let message = crate::mail::Outgoing { to: person.email.clone(), subject, text, html: body };
        if let Err(e) = state.mailer.send(message).await {
            tracing::error!(error = %e, "a close summary could not be emailed");
        }
    }
    Ok(())
}
