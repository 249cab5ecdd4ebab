//! Every address the service writes into its pages, emails and redirects,
//! built in one place, beside the route patterns they must match.

/// `/admin/consultations/{id}`
pub fn consultation(id: crate::domain::ConsultationId) -> String {
    format!("/admin/consultations/{id}")
}

/// `/admin/consultations/{id}/{page}`: `edit`, `state`, `channels`, `results`,
/// `texts`, `publication`, `networks`, `results.csv`…
pub fn consultation_page(id: crate::domain::ConsultationId, page: &str) -> String {
    format!("/admin/consultations/{id}/{page}")
}

/// `/admin/templates/{id}/{page}` of a version of an organisation's library
/// (or of a shipped template, by its name, for the downloads).
pub fn template(id: impl std::fmt::Display, page: &str) -> String {
    format!("/admin/templates/{id}/{page}")
}

/// `/admin/networks/{slug}`
pub fn network(slug: impl std::fmt::Display) -> String {
    format!("/admin/networks/{slug}")
}

/// `/admin/networks/{slug}/{page}`
pub fn network_page(slug: impl std::fmt::Display, page: &str) -> String {
    format!("/admin/networks/{slug}/{page}")
}

/// `/admin/areas/{id}`
pub fn area_set(id: i32) -> String {
    format!("/admin/areas/{id}")
}

/// A consultation's landing page in a language: `/s/{slug}?lang={lang}`.
pub fn landing(slug: impl std::fmt::Display, lang: impl std::fmt::Display) -> String {
    format!("/s/{slug}?lang={lang}")
}

/// A consultation's public results page: `/s/{slug}/results?lang={lang}`.
pub fn public_results(slug: impl std::fmt::Display, lang: impl std::fmt::Display) -> String {
    format!("/s/{slug}/results?lang={lang}")
}

/// `/admin/templates/{id}`: a version of an organisation's library.
pub fn template_version(id: impl std::fmt::Display) -> String {
    format!("/admin/templates/{id}")
}

/// `/s/{slug}`: a consultation's respondent pages start here.
pub fn respondent(slug: impl std::fmt::Display) -> String {
    format!("/s/{slug}")
}

/// A form of one audience: `/s/{slug}/{audience}?lang={lang}`.
pub fn form(slug: impl std::fmt::Display, audience: &str, lang: impl std::fmt::Display) -> String {
    format!("/s/{slug}/{audience}?lang={lang}")
}

/// `/c/{code}`: a channel's short link.
pub fn channel(code: impl std::fmt::Display) -> String {
    format!("/c/{code}")
}

/// `/networks/{slug}`: a network's public pages.
pub fn public_network_base(slug: impl std::fmt::Display) -> String {
    format!("/networks/{slug}")
}

/// `/open-data/{slug}`: a consultation's open data.
pub fn open_data(slug: impl std::fmt::Display) -> String {
    format!("/open-data/{slug}")
}

/// `/admin/{section}/{id}`: one item of an admin list (`safeguarding`, `api`, `people`).
pub fn admin_item(section: &str, id: impl std::fmt::Display) -> String {
    format!("/admin/{section}/{id}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_match_the_route_patterns() {
        assert_eq!(
            super::consultation_page(crate::domain::ConsultationId(7), "results"),
            "/admin/consultations/7/results"
        );
        assert_eq!(super::template(3, "texts?language=fr"), "/admin/templates/3/texts?language=fr");
        assert_eq!(super::template("play", "folder.zip"), "/admin/templates/play/folder.zip");
        assert_eq!(super::landing("play", "ar"), "/s/play?lang=ar");
    }
}
