//! Consent, per purpose. Contact with the manager is what the link is for, so it is
//! needed to link; reminders and announcements are each asked for separately and can be
//! withdrawn at any time.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Purpose {
    /// Messages between the client and their Integrationsmanager.
    Contact,
    /// Reminders of appointments and deadlines.
    Reminders,
    /// Course announcements and other broadcasts.
    Announcements,
}

impl Purpose {
    pub const ALL: [Purpose; 3] = [Purpose::Contact, Purpose::Reminders, Purpose::Announcements];

    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Contact => "contact",
            Purpose::Reminders => "reminders",
            Purpose::Announcements => "announcements",
        }
    }

    pub fn parse(s: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// Whether the link to a manager can exist without this consent.
    pub fn required_for_link(self) -> bool {
        self == Purpose::Contact
    }

    /// The message id naming this purpose for the person.
    pub fn message_id(self) -> &'static str {
        match self {
            Purpose::Contact => "consent-contact",
            Purpose::Reminders => "consent-reminders",
            Purpose::Announcements => "consent-announcements",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purposes_round_trip_and_only_contact_is_required() {
        for p in Purpose::ALL {
            assert_eq!(Purpose::parse(p.as_str()), Some(p));
        }
        assert_eq!(Purpose::parse("marketing"), None);
        let required: Vec<_> = Purpose::ALL
            .into_iter()
            .filter(|p| p.required_for_link())
            .collect();
        assert_eq!(required, [Purpose::Contact]);
    }
}
