//! Merging one tag into another: what happens to a single contact. The
//! store applies it to every contact of the first tag in one transaction.

use super::{Contact, TagId};

/// Moves `contact` from tag `from` to tag `into`, keeping the tag order
/// and never listing `into` twice. Returns whether the contact changed.
pub fn retag(contact: &mut Contact, from: &TagId, into: &TagId) -> bool {
    if from == into || !contact.has_tag(from) {
        return false;
    }
    if contact.has_tag(into) {
        contact.remove_tag(from);
    } else {
        for tag in contact.tags.iter_mut().filter(|t| *t == from) {
            *tag = into.clone();
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(tags: &[&str]) -> Contact {
        let mut c = Contact::new("c1", 0);
        c.tags = tags.iter().map(|t| TagId::from(*t)).collect();
        c
    }

    fn ids(c: &Contact) -> Vec<&str> {
        c.tags.iter().map(TagId::as_str).collect()
    }

    #[test]
    fn replaces_the_tag_in_place() {
        let mut c = tagged(&["a", "vip", "b"]);
        assert!(retag(&mut c, &"vip".into(), &"client".into()));
        assert_eq!(ids(&c), ["a", "client", "b"]);
    }

    #[test]
    fn never_duplicates_the_target() {
        let mut c = tagged(&["client", "vip"]);
        assert!(retag(&mut c, &"vip".into(), &"client".into()));
        assert_eq!(ids(&c), ["client"]);
    }

    #[test]
    fn leaves_other_contacts_and_self_merges_alone() {
        let mut c = tagged(&["a"]);
        assert!(!retag(&mut c, &"vip".into(), &"client".into()));
        assert!(!retag(&mut c, &"a".into(), &"a".into()));
        assert_eq!(ids(&c), ["a"]);
    }
}
