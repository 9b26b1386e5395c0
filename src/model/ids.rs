//! Typed record ids, so a tag id can never be passed where a contact id is
//! expected. Ids are opaque strings made by the caller (UUIDs in the app):
//! the model has no randomness of its own.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// An id the caller has not filled in yet (e.g. a freshly parsed card).
            pub fn is_empty(&self) -> bool {
                self.0.is_empty()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }
    };
}

record_id!(
    /// Identifies a [`Contact`](super::Contact).
    ContactId
);
record_id!(
    /// Identifies a [`Tag`](super::Tag).
    TagId
);
record_id!(
    /// Identifies an [`Event`](super::Event).
    EventId
);
record_id!(
    /// Identifies a [`Photo`](super::Photo); contacts hold only this, the bytes live apart.
    PhotoId
);
record_id!(
    /// Identifies a [`Broadcast`](super::Broadcast): one message sent to a tag set.
    BroadcastId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_serialise_as_plain_strings() {
        let id = ContactId::new("c-1");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"c-1\"");
        let back: TagId = serde_json::from_str("\"t-9\"").unwrap();
        assert_eq!(back, TagId::from("t-9"));
        assert_eq!(back.to_string(), "t-9");
        assert!(PhotoId::default().is_empty());
    }
}
