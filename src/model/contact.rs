//! A contact: what a business card says about someone, plus what the user
//! notes about them (alias, tags, description, where they met).

use super::{ContactId, EventId, Millis, PhotoId, TagId};
use serde::{Deserialize, Serialize};

/// One person in the address book.
///
/// Text fields use an empty string for "not known": forms bind to them
/// directly and JSON stays short (empty fields are not written).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    #[serde(rename = "id")]
    pub id: ContactId,
    /// Bumped on every change; the store rejects a write whose revision is
    /// not the one it holds (optimistic concurrency between tabs/devices).
    #[serde(rename = "revision")]
    pub revision: u64,
    #[serde(rename = "created")]
    pub created: Millis,
    #[serde(rename = "updated")]
    pub updated: Millis,

    /// The user's own name for this person (WeChat's "remark"); lists show it.
    #[serde(rename = "alias", skip_serializing_if = "String::is_empty")]
    pub alias: String,
    /// Their name as their card gives it.
    #[serde(rename = "name", skip_serializing_if = "PersonName::is_empty")]
    pub name: PersonName,
    #[serde(rename = "organization", skip_serializing_if = "String::is_empty")]
    pub organization: String,
    #[serde(rename = "department", skip_serializing_if = "String::is_empty")]
    pub department: String,
    #[serde(rename = "title", skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(rename = "phones", skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    #[serde(rename = "emails", skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<Email>,
    #[serde(rename = "urls", skip_serializing_if = "Vec::is_empty")]
    pub urls: Vec<WebLink>,
    #[serde(rename = "addresses", skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<PostalAddress>,
    #[serde(rename = "wechat_id", skip_serializing_if = "String::is_empty")]
    pub wechat_id: String,
    /// The link a WeChat "My QR code" encodes (`https://u.wechat.com/…`).
    #[serde(rename = "wechat_qr", skip_serializing_if = "String::is_empty")]
    pub wechat_qr: String,
    #[serde(rename = "linkedin", skip_serializing_if = "String::is_empty")]
    pub linkedin: String,
    /// Other social or messaging profiles (Twitter/X, GitHub, Telegram…).
    #[serde(rename = "profiles", skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<ProfileLink>,
    /// Free multi-line notes (vCard `NOTE`).
    #[serde(rename = "description", skip_serializing_if = "String::is_empty")]
    pub description: String,

    #[serde(rename = "tags", skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<TagId>,
    /// Where we met.
    #[serde(rename = "event", skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    /// When their card was scanned (or the contact added at an event).
    #[serde(rename = "met_at", skip_serializing_if = "Option::is_none")]
    pub met_at: Option<Millis>,

    /// Photo of the paper business card.
    #[serde(rename = "card_photo", skip_serializing_if = "Option::is_none")]
    pub card_photo: Option<PhotoId>,
    #[serde(rename = "portrait", skip_serializing_if = "Option::is_none")]
    pub portrait: Option<PhotoId>,

    /// The QR payload exactly as scanned, so a better parser can re-read it later.
    #[serde(rename = "raw_payload", skip_serializing_if = "Option::is_none")]
    pub raw_payload: Option<String>,
    /// vCard properties this model has no field for, kept so that
    /// import → export loses nothing.
    #[serde(rename = "vcard_extra", skip_serializing_if = "Vec::is_empty")]
    pub vcard_extra: Vec<VcardProperty>,
}

impl Contact {
    /// An empty contact created at `now`, revision 1.
    pub fn new(id: impl Into<ContactId>, now: Millis) -> Self {
        Contact {
            id: id.into(),
            revision: 1,
            created: now,
            updated: now,
            ..Contact::default()
        }
    }

    /// Records a change: next revision, updated at `now`. `updated` never
    /// goes backwards, even if the device clock does.
    pub fn touch(&mut self, now: Millis) {
        self.revision = self.revision.saturating_add(1);
        self.updated = self.updated.max(now);
    }

    /// Whether this copy should win over `other`, a copy of the same
    /// contact: the higher revision, then the later update.
    pub fn is_newer_than(&self, other: &Contact) -> bool {
        (self.revision, self.updated) > (other.revision, other.updated)
    }

    /// What lists show: the alias, else their name, else their organisation,
    /// else how to reach them. Empty only for a contact with nothing in it.
    pub fn display_name(&self) -> String {
        let candidates = [
            self.alias.trim().to_owned(),
            self.name.display(),
            self.organization.trim().to_owned(),
            self.emails
                .first()
                .map(|e| e.address.trim().to_owned())
                .unwrap_or_default(),
            self.phones
                .first()
                .map(|p| p.number.trim().to_owned())
                .unwrap_or_default(),
            self.wechat_id.trim().to_owned(),
        ];
        candidates
            .into_iter()
            .find(|c| !c.is_empty())
            .unwrap_or_default()
    }

    pub fn has_tag(&self, tag: &TagId) -> bool {
        self.tags.contains(tag)
    }

    /// Adds a tag once; returns whether it was new.
    pub fn add_tag(&mut self, tag: TagId) -> bool {
        if self.has_tag(&tag) {
            return false;
        }
        self.tags.push(tag);
        true
    }

    pub fn remove_tag(&mut self, tag: &TagId) -> bool {
        let before = self.tags.len();
        self.tags.retain(|t| t != tag);
        before != self.tags.len()
    }

    /// Ids of every photo this contact refers to.
    pub fn photo_ids(&self) -> impl Iterator<Item = &PhotoId> {
        self.card_photo.iter().chain(self.portrait.iter())
    }
}

/// A person's name as written on their card.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonName {
    /// The whole name as they write it ("张伟", "Dr. Jane Q. Doe").
    #[serde(rename = "formatted", skip_serializing_if = "String::is_empty")]
    pub formatted: String,
    #[serde(rename = "family", skip_serializing_if = "String::is_empty")]
    pub family: String,
    #[serde(rename = "given", skip_serializing_if = "String::is_empty")]
    pub given: String,
    /// Middle names.
    #[serde(rename = "additional", skip_serializing_if = "String::is_empty")]
    pub additional: String,
    #[serde(rename = "prefix", skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    #[serde(rename = "suffix", skip_serializing_if = "String::is_empty")]
    pub suffix: String,
}

impl PersonName {
    pub fn is_empty(&self) -> bool {
        [
            &self.formatted,
            &self.family,
            &self.given,
            &self.additional,
            &self.prefix,
            &self.suffix,
        ]
        .iter()
        .all(|s| s.trim().is_empty())
    }

    /// The formatted name, else one built from the parts: family name first
    /// with no space for CJK names ("张伟"), given name first otherwise.
    pub fn display(&self) -> String {
        if !self.formatted.trim().is_empty() {
            return self.formatted.trim().to_owned();
        }
        let (family, given) = (self.family.trim(), self.given.trim());
        if is_cjk(family) || is_cjk(given) {
            return format!("{family}{given}");
        }
        [
            self.prefix.trim(),
            given,
            self.additional.trim(),
            family,
            self.suffix.trim(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
    }
}

fn is_cjk(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c as u32,
            0x3040..=0x30FF      // kana
            | 0x3400..=0x4DBF    // CJK extension A
            | 0x4E00..=0x9FFF    // CJK unified ideographs
            | 0xAC00..=0xD7AF    // Hangul
            | 0x20000..=0x2FA1F) // CJK extensions B+
    })
}

/// What a phone number is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PhoneKind {
    #[serde(rename = "cell")]
    Cell,
    #[serde(rename = "work")]
    Work,
    #[serde(rename = "home")]
    Home,
    #[serde(rename = "fax")]
    Fax,
    #[default]
    #[serde(rename = "other")]
    Other,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Phone {
    #[serde(rename = "kind")]
    pub kind: PhoneKind,
    #[serde(rename = "number")]
    pub number: String,
    /// A custom label the card gave ("Assistant", "深圳办公室").
    #[serde(rename = "label", skip_serializing_if = "String::is_empty")]
    pub label: String,
}

impl Phone {
    pub fn new(kind: PhoneKind, number: impl Into<String>) -> Self {
        Phone {
            kind,
            number: number.into(),
            label: String::new(),
        }
    }
}

/// What an email address (or postal address) is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PlaceKind {
    #[serde(rename = "work")]
    Work,
    #[serde(rename = "home")]
    Home,
    #[default]
    #[serde(rename = "other")]
    Other,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Email {
    #[serde(rename = "kind")]
    pub kind: PlaceKind,
    #[serde(rename = "address")]
    pub address: String,
    #[serde(rename = "label", skip_serializing_if = "String::is_empty")]
    pub label: String,
}

impl Email {
    pub fn new(kind: PlaceKind, address: impl Into<String>) -> Self {
        Email {
            kind,
            address: address.into(),
            label: String::new(),
        }
    }
}

/// A web address with an optional label ("Blog", "Company").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WebLink {
    #[serde(rename = "url")]
    pub url: String,
    #[serde(rename = "label", skip_serializing_if = "String::is_empty")]
    pub label: String,
}

impl WebLink {
    pub fn new(url: impl Into<String>) -> Self {
        WebLink {
            url: url.into(),
            label: String::new(),
        }
    }
}

/// A profile on a service other than WeChat and LinkedIn, which have fields of their own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileLink {
    /// Lower-case service name: `twitter`, `github`, `telegram`…
    #[serde(rename = "service")]
    pub service: String,
    /// URL, or user name where the service has no URL form.
    #[serde(rename = "url")]
    pub url: String,
}

/// A postal address, in vCard's structure.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PostalAddress {
    #[serde(rename = "kind")]
    pub kind: PlaceKind,
    #[serde(rename = "label", skip_serializing_if = "String::is_empty")]
    pub label: String,
    #[serde(rename = "po_box", skip_serializing_if = "String::is_empty")]
    pub po_box: String,
    /// Suite, floor, building.
    #[serde(rename = "extended", skip_serializing_if = "String::is_empty")]
    pub extended: String,
    #[serde(rename = "street", skip_serializing_if = "String::is_empty")]
    pub street: String,
    /// City.
    #[serde(rename = "locality", skip_serializing_if = "String::is_empty")]
    pub locality: String,
    /// State or province.
    #[serde(rename = "region", skip_serializing_if = "String::is_empty")]
    pub region: String,
    #[serde(rename = "postal_code", skip_serializing_if = "String::is_empty")]
    pub postal_code: String,
    #[serde(rename = "country", skip_serializing_if = "String::is_empty")]
    pub country: String,
}

impl PostalAddress {
    /// The non-empty parts on one line, comma separated, in vCard order.
    pub fn one_line(&self) -> String {
        [
            &self.po_box,
            &self.extended,
            &self.street,
            &self.locality,
            &self.region,
            &self.postal_code,
            &self.country,
        ]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }

    pub fn is_empty(&self) -> bool {
        self.one_line().is_empty()
    }
}

/// A vCard property kept as found: group (`item1`), name, parameters and
/// the value still in vCard's escaped text form (`\,` `\;` `\n`), decoded
/// only from its transport encoding (quoted-printable, charset).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VcardProperty {
    #[serde(rename = "group", skip_serializing_if = "String::is_empty")]
    pub group: String,
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "params", skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<VcardParam>,
    #[serde(rename = "value")]
    pub value: String,
}

/// One parameter: `TYPE=work,voice` is name `TYPE`, values `work`, `voice`.
/// A vCard 2.1 bare parameter (`;HOME`) is stored as `TYPE=HOME`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VcardParam {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "values", skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_name_prefers_alias_then_name() {
        let mut c = Contact::new("c1", 1000);
        assert_eq!(c.display_name(), "");
        c.phones
            .push(Phone::new(PhoneKind::Cell, "+86 138 0013 8000"));
        assert_eq!(c.display_name(), "+86 138 0013 8000");
        c.organization = "字节跳动".into();
        assert_eq!(c.display_name(), "字节跳动");
        c.name.family = "张".into();
        c.name.given = "伟".into();
        assert_eq!(c.display_name(), "张伟");
        c.name = PersonName {
            family: "Doe".into(),
            given: "Jane".into(),
            ..Default::default()
        };
        assert_eq!(c.display_name(), "Jane Doe");
        c.name.formatted = "Dr. Jane Doe".into();
        assert_eq!(c.display_name(), "Dr. Jane Doe");
        c.alias = "  Jane from RustConf ".into();
        assert_eq!(c.display_name(), "Jane from RustConf");
    }

    #[test]
    fn touch_bumps_revision_and_never_moves_time_back() {
        let mut c = Contact::new("c1", 5000);
        assert_eq!((c.revision, c.created, c.updated), (1, 5000, 5000));
        c.touch(7000);
        assert_eq!((c.revision, c.updated), (2, 7000));
        c.touch(6000);
        assert_eq!((c.revision, c.updated), (3, 7000));
        let older = Contact::new("c1", 1);
        assert!(c.is_newer_than(&older));
        assert!(!older.is_newer_than(&c));
        c.revision = u64::MAX;
        c.touch(8000);
        assert_eq!(c.revision, u64::MAX);
    }

    #[test]
    fn tags_are_a_set() {
        let mut c = Contact::new("c1", 0);
        assert!(c.add_tag("t1".into()));
        assert!(!c.add_tag("t1".into()));
        assert!(c.has_tag(&"t1".into()));
        assert!(c.remove_tag(&"t1".into()));
        assert!(!c.remove_tag(&"t1".into()));
    }

    #[test]
    fn json_uses_explicit_names_and_tolerates_missing_fields() {
        let mut c = Contact::new("c1", 10);
        c.alias = "老张".into();
        c.phones.push(Phone::new(PhoneKind::Work, "010-1234"));
        c.event = Some("e1".into());
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["alias"], "老张");
        assert_eq!(json["phones"][0]["kind"], "work");
        assert_eq!(json["event"], "e1");
        assert!(json.get("emails").is_none());
        // A record written by an older version, lacking most fields, still loads.
        let old: Contact = serde_json::from_str(r#"{"id":"c9","revision":3}"#).unwrap();
        assert_eq!(old.id.as_str(), "c9");
        assert_eq!(old.revision, 3);
        assert_eq!(serde_json::from_value::<Contact>(json).unwrap(), c);
    }

    #[test]
    fn address_one_line() {
        let a = PostalAddress {
            street: "科技园南区 1 号".into(),
            locality: "深圳".into(),
            country: "中国".into(),
            ..Default::default()
        };
        assert_eq!(a.one_line(), "科技园南区 1 号, 深圳, 中国");
        assert!(PostalAddress::default().is_empty());
    }
}
