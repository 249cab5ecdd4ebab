//! People of an organisation and what their role lets them do.

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Reads results and exports only.
    Analyst,
    /// Creates and runs consultations.
    Editor,
    /// Manages people and settings, and does everything an editor does.
    Owner,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Owner, Role::Editor, Role::Analyst];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Editor => "editor",
            Role::Analyst => "analyst",
        }
    }

    pub fn can_edit(self) -> bool {
        self >= Role::Editor
    }

    pub fn can_manage_people(self) -> bool {
        self == Role::Owner
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("unknown role '{s}' (owner, editor or analyst)"))
    }
}

/// A role in a network of cities, held by people of its secretariat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NetworkRole {
    /// Reads the network's indicators and library.
    Analyst,
    /// Also invites member organisations.
    Admin,
}

impl NetworkRole {
    pub const ALL: [NetworkRole; 2] = [NetworkRole::Admin, NetworkRole::Analyst];

    pub fn as_str(self) -> &'static str {
        match self {
            NetworkRole::Admin => "network-admin",
            NetworkRole::Analyst => "network-analyst",
        }
    }
}

impl FromStr for NetworkRole {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        NetworkRole::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("unknown network role '{s}' (network-admin or network-analyst)"))
    }
}

/// An email address, trimmed and lower-cased; checked only for a plausible shape
/// (the real test is that the invitation arrives).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let e = raw.trim().to_lowercase();
        let valid = e.len() <= 254
            && e.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
            })
            && !e.chars().any(|c| c.is_whitespace() || c == '<' || c == '>' || c == ',' || c == '"');
        if valid { Ok(Email(e)) } else { Err(format!("'{}' is not an email address", raw.trim())) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Shortest password accepted; long passphrases beat complexity rules.
pub const MIN_PASSWORD_CHARS: usize = 10;

pub fn password_is_acceptable(password: &str) -> bool {
    password.chars().count() >= MIN_PASSWORD_CHARS && password.len() <= 1024
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_nest_owner_over_editor_over_analyst() {
        assert!(Role::Owner.can_edit() && Role::Editor.can_edit() && !Role::Analyst.can_edit());
        assert!(Role::Owner.can_manage_people() && !Role::Editor.can_manage_people());
        assert_eq!("editor".parse::<Role>(), Ok(Role::Editor));
    }

    #[test]
    fn emails_are_normalised_and_nonsense_refused() {
        assert_eq!(Email::parse(" Ana@Example.ORG ").unwrap().as_str(), "ana@example.org");
        for bad in ["", "ana", "ana@", "@x.org", "ana@localhost", "a b@x.org", "a@x.org>"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }
}
