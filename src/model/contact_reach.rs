//! The ways a phone can get a message to a contact without a server: an
//! SMS, an email, or WeChat (the user pastes the text there themselves).

use serde::{Deserialize, Serialize};

use super::{Contact, PhoneKind};

/// How one message is delivered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "email")]
    Email,
    /// Copied to the clipboard and pasted into WeChat by the user.
    #[serde(rename = "wechat")]
    WeChat,
    /// The system share sheet (any app the user picks).
    #[serde(rename = "share")]
    Share,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Email => "email",
            Channel::WeChat => "wechat",
            Channel::Share => "share",
        }
    }
}

/// Where a contact can be reached, best address per channel.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactReach {
    /// A number that can take a text message.
    pub sms: Option<String>,
    pub email: Option<String>,
    /// Their WeChat ID, or failing that their WeChat QR link.
    pub wechat: Option<String>,
}

impl ContactReach {
    pub fn of(contact: &Contact) -> ContactReach {
        // Mobiles first; a fax never takes a text, other kinds might.
        let rank = |kind: PhoneKind| match kind {
            PhoneKind::Cell => 0,
            PhoneKind::Other => 1,
            PhoneKind::Work => 2,
            PhoneKind::Home => 3,
            PhoneKind::Fax => 4,
        };
        let sms = contact
            .phones
            .iter()
            .filter(|p| p.kind != PhoneKind::Fax && p.number.chars().any(|c| c.is_ascii_digit()))
            .min_by_key(|p| rank(p.kind))
            .map(|p| p.number.trim().to_owned());
        let email = contact
            .emails
            .iter()
            .map(|e| e.address.trim())
            .find(|a| a.contains('@'))
            .map(str::to_owned);
        let wechat = [contact.wechat_id.trim(), contact.wechat_qr.trim()]
            .into_iter()
            .find(|w| !w.is_empty())
            .map(str::to_owned);
        ContactReach { sms, email, wechat }
    }

    pub fn has(&self, channel: Channel) -> bool {
        match channel {
            Channel::Sms => self.sms.is_some(),
            Channel::Email => self.email.is_some(),
            Channel::WeChat => self.wechat.is_some(),
            Channel::Share => true,
        }
    }

    /// Whether any direct channel exists (sharing always does, but needs
    /// the user to know where to send it).
    pub fn is_reachable(&self) -> bool {
        self.sms.is_some() || self.email.is_some() || self.wechat.is_some()
    }

    /// The channels they have, in `preferred` order first.
    pub fn channels(&self, preferred: Channel) -> Vec<Channel> {
        let mut order = vec![preferred];
        order.extend([Channel::WeChat, Channel::Sms, Channel::Email].into_iter().filter(|c| *c != preferred));
        order.into_iter().filter(|c| *c != Channel::Share && self.has(*c)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContactId, Email, Phone, PlaceKind};

    #[test]
    fn picks_a_mobile_over_a_landline_and_never_a_fax() {
        let mut c = Contact::new(ContactId::new("c"), 0);
        c.phones.push(Phone::new(PhoneKind::Fax, "+86 21 5555 0000"));
        assert_eq!(ContactReach::of(&c).sms, None);
        c.phones.push(Phone::new(PhoneKind::Work, "+86 21 5555 0001"));
        c.phones.push(Phone::new(PhoneKind::Cell, " +86 138 0013 8000 "));
        assert_eq!(ContactReach::of(&c).sms.as_deref(), Some("+86 138 0013 8000"));
    }

    #[test]
    fn email_and_wechat() {
        let mut c = Contact::new(ContactId::new("c"), 0);
        assert!(!ContactReach::of(&c).is_reachable());
        c.emails.push(Email::new(PlaceKind::Work, "not an address"));
        c.emails.push(Email::new(PlaceKind::Work, "li@acme.example"));
        c.wechat_qr = "https://u.wechat.com/abc".into();
        let reach = ContactReach::of(&c);
        assert_eq!(reach.email.as_deref(), Some("li@acme.example"));
        assert_eq!(reach.wechat.as_deref(), Some("https://u.wechat.com/abc"));
        c.wechat_id = "lina_acme".into();
        let reach = ContactReach::of(&c);
        assert_eq!(reach.wechat.as_deref(), Some("lina_acme"));
        assert_eq!(reach.channels(Channel::Email), [Channel::Email, Channel::WeChat]);
        assert_eq!(reach.channels(Channel::Sms), [Channel::WeChat, Channel::Email]);
    }
}
