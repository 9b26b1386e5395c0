//! Narrowing the list by tags and event, like WeChat's tag filter: "all
//! of" the chosen tags (leads AND New York) or "any of" them (leads OR press).

use super::{Contact, EventId, TagId};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TagMode {
    #[default]
    All,
    Any,
}

impl TagMode {
    pub fn as_str(self) -> &'static str {
        match self {
            TagMode::All => "all",
            TagMode::Any => "any",
        }
    }

    pub fn parse(s: &str) -> Option<TagMode> {
        match s {
            "all" => Some(TagMode::All),
            "any" => Some(TagMode::Any),
            _ => None,
        }
    }
}

/// Which contacts to show. An empty filter shows everyone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactFilter {
    pub tags: Vec<TagId>,
    pub mode: TagMode,
    pub event: Option<EventId>,
}

impl ContactFilter {
    pub fn is_empty(&self) -> bool {
        self.tags.is_empty() && self.event.is_none()
    }

    pub fn matches(&self, contact: &Contact) -> bool {
        let tags_ok = self.tags.is_empty()
            || match self.mode {
                TagMode::All => self.tags.iter().all(|t| contact.has_tag(t)),
                TagMode::Any => self.tags.iter().any(|t| contact.has_tag(t)),
            };
        let event_ok = self.event.as_ref().is_none_or(|e| contact.event.as_ref() == Some(e));
        tags_ok && event_ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContactId;

    fn tagged(id: &str, tags: &[&str], event: Option<&str>) -> Contact {
        let mut c = Contact::new(ContactId::new(id), 0);
        c.tags = tags.iter().map(|t| TagId::new(*t)).collect();
        c.event = event.map(EventId::new);
        c
    }

    fn ids(filter: &ContactFilter, contacts: &[Contact]) -> Vec<String> {
        contacts.iter().filter(|c| filter.matches(c)).map(|c| c.id.as_str().to_owned()).collect()
    }

    #[test]
    fn all_of_and_any_of() {
        let book = [
            tagged("ny-lead", &["leads", "ny"], None),
            tagged("lead", &["leads"], None),
            tagged("ny", &["ny"], None),
            tagged("none", &[], None),
        ];
        let mut filter = ContactFilter { tags: vec![TagId::new("leads"), TagId::new("ny")], ..Default::default() };
        assert_eq!(ids(&filter, &book), ["ny-lead"]);
        filter.mode = TagMode::Any;
        assert_eq!(ids(&filter, &book), ["ny-lead", "lead", "ny"]);
        assert_eq!(ids(&ContactFilter::default(), &book).len(), 4);
    }

    #[test]
    fn event_narrows_further() {
        let book = [tagged("a", &["leads"], Some("waic")), tagged("b", &["leads"], Some("ces")), tagged("c", &[], None)];
        let filter = ContactFilter {
            tags: vec![TagId::new("leads")],
            mode: TagMode::All,
            event: Some(EventId::new("waic")),
        };
        assert_eq!(ids(&filter, &book), ["a"]);
        assert_eq!(TagMode::parse(TagMode::Any.as_str()), Some(TagMode::Any));
    }
}
