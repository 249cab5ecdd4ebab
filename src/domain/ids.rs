//! Ids of what officers work on, one type each, so that a consultation's id
//! can never be passed where an organisation's is expected (the mix-up that
//! would show one city's consultation to another). They are the database's
//! integer keys; the store converts at its edge, and `web::Path` reads them
//! from URLs as it read the integers (`serde(transparent)`).

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id!(
    /// A consultation.
    ConsultationId
);
id!(
    /// An organisation (a municipality, or the body running a network).
    OrganisationId
);
