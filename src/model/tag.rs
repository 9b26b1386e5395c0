//! Tags are records of their own: contacts refer to them by id, so renaming a
//! tag renames it on every contact at once.

use super::TagId;
use serde::{Deserialize, Serialize};

/// A label the user puts on contacts ("Investor", "客户").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tag {
    #[serde(rename = "id")]
    pub id: TagId,
    #[serde(rename = "name")]
    pub name: String,
    /// CSS colour, e.g. `#e5484d`; empty means the UI's default colour.
    #[serde(rename = "colour", skip_serializing_if = "String::is_empty")]
    pub colour: String,
}

impl Tag {
    pub fn new(id: impl Into<TagId>, name: impl Into<String>) -> Self {
        Tag {
            id: id.into(),
            name: name.into(),
            colour: String::new(),
        }
    }

    /// The key under which two tag names count as the same tag: trimmed,
    /// case-folded, inner whitespace collapsed ("  Investor " = "investor").
    pub fn name_key(name: &str) -> String {
        name.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    }
}

/// Finds the tag with this name (as [`Tag::name_key`] compares names).
pub fn find_tag_by_name<'a>(tags: &'a [Tag], name: &str) -> Option<&'a Tag> {
    let key = Tag::name_key(name);
    tags.iter().find(|t| Tag::name_key(&t.name) == key)
}

/// Finds the tag with this id.
pub fn find_tag<'a>(tags: &'a [Tag], id: &TagId) -> Option<&'a Tag> {
    tags.iter().find(|t| &t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_loosely() {
        let tags = vec![Tag::new("t1", "Investor"), Tag::new("t2", "客户")];
        assert_eq!(
            find_tag_by_name(&tags, "  investor ").unwrap().id,
            TagId::from("t1")
        );
        assert_eq!(
            find_tag_by_name(&tags, "客户").unwrap().id,
            TagId::from("t2")
        );
        assert!(find_tag_by_name(&tags, "invest").is_none());
        assert_eq!(Tag::name_key("Big   Fish"), "big fish");
    }

    #[test]
    fn serialises_with_stable_names() {
        let mut t = Tag::new("t1", "VIP");
        t.colour = "#ff0000".into();
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r##"{"id":"t1","name":"VIP","colour":"#ff0000"}"##
        );
        let old: Tag = serde_json::from_str(r#"{"id":"t1","name":"VIP"}"#).unwrap();
        assert_eq!(old.colour, "");
    }
}
