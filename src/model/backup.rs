//! The backup file: one JSON document with everything in it.
//!
//! ```json
//! {"format":"mingpian-backup","version":1,"exported":1700000000000,
//!  "contacts":[…],"tags":[…],"events":[…],"photos":[…],"broadcasts":[…],"settings":{…}}
//! ```

use super::{Book, Millis};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// The value of `"format"` in every backup: tells our files from other JSON.
pub const BACKUP_FORMAT: &str = "mingpian-backup";
/// The newest backup version this build writes and reads.
pub const BACKUP_VERSION: u32 = 1;

/// A whole backup: the book, the user's settings, when it was made.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub exported: Millis,
    pub book: Book,
    /// The settings object as the settings service stores it; opaque here.
    pub settings: serde_json::Map<String, serde_json::Value>,
}

/// The file's layout. Field order is the order written.
#[derive(Serialize, Deserialize)]
struct BackupFile {
    #[serde(rename = "format")]
    format: String,
    #[serde(rename = "version")]
    version: u32,
    #[serde(rename = "exported", default)]
    exported: Millis,
    #[serde(rename = "contacts", default)]
    contacts: Vec<super::Contact>,
    #[serde(rename = "tags", default)]
    tags: Vec<super::Tag>,
    #[serde(rename = "events", default)]
    events: Vec<super::Event>,
    #[serde(rename = "photos", default)]
    photos: Vec<super::Photo>,
    #[serde(rename = "broadcasts", default)]
    broadcasts: Vec<super::Broadcast>,
    #[serde(rename = "settings", default)]
    settings: serde_json::Map<String, serde_json::Value>,
}

/// Why a file is not a backup we can restore. The messages are meant to be
/// shown to the user as they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Not JSON at all (or cut short).
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but not one of our backups (`format` missing or different).
    ForeignFormat { found: Option<String> },
    /// A backup from a newer version of the app.
    UnsupportedVersion { found: u64 },
    /// A backup whose content is damaged: `path` names the field,
    /// e.g. `contacts[3].phones[0].number`.
    InvalidField { path: String, message: String },
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::NotJson { line, column, message } => {
                write!(f, "not a backup file: invalid JSON at line {line}, column {column} ({message})")
            }
            BackupError::ForeignFormat { found: None } => {
                write!(f, "not a Mingpian backup (no \"format\": \"{BACKUP_FORMAT}\" field)")
            }
            BackupError::ForeignFormat { found: Some(found) } => {
                write!(f, "not a Mingpian backup (format is {found:?}, expected {BACKUP_FORMAT:?})")
            }
            BackupError::UnsupportedVersion { found } => write!(
                f,
                "this backup is version {found}, made by a newer Mingpian; this one reads up to version {BACKUP_VERSION}"
            ),
            BackupError::InvalidField { path, message } => {
                write!(f, "damaged backup: {path}: {message}")
            }
        }
    }
}

impl std::error::Error for BackupError {}

impl Backup {
    pub fn new(
        book: Book,
        settings: serde_json::Map<String, serde_json::Value>,
        exported: Millis,
    ) -> Self {
        Backup {
            exported,
            book,
            settings,
        }
    }

    /// The backup as pretty-printed JSON (diffable, and still small next to photos).
    pub fn to_json(&self) -> String {
        let file = BackupFile {
            format: BACKUP_FORMAT.to_owned(),
            version: BACKUP_VERSION,
            exported: self.exported,
            contacts: self.book.contacts.clone(),
            tags: self.book.tags.clone(),
            events: self.book.events.clone(),
            photos: self.book.photos.clone(),
            broadcasts: self.book.broadcasts.clone(),
            settings: self.settings.clone(),
        };
        // Plain data with string keys: serialisation cannot fail.
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    /// Reads a backup. Checks, in order: JSON, our format marker, a version
    /// we know, every field's type, and that ids are unique.
    pub fn from_json(text: &str) -> Result<Backup, BackupError> {
        let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|e| BackupError::NotJson {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            })?;
        let object = value
            .as_object()
            .ok_or(BackupError::ForeignFormat { found: None })?;
        match object.get("format") {
            Some(serde_json::Value::String(f)) if f == BACKUP_FORMAT => {}
            Some(serde_json::Value::String(f)) => {
                return Err(BackupError::ForeignFormat {
                    found: Some(f.clone()),
                })
            }
            Some(other) => {
                return Err(BackupError::ForeignFormat {
                    found: Some(other.to_string()),
                })
            }
            None => return Err(BackupError::ForeignFormat { found: None }),
        }
        match object.get("version").and_then(serde_json::Value::as_u64) {
            Some(v) if v >= 1 && v <= u64::from(BACKUP_VERSION) => {}
            Some(v) if v > u64::from(BACKUP_VERSION) => {
                return Err(BackupError::UnsupportedVersion { found: v })
            }
            _ => {
                return Err(BackupError::InvalidField {
                    path: "version".into(),
                    message: format!(
                        "expected a version number from 1 to {BACKUP_VERSION}, found {}",
                        object
                            .get("version")
                            .map_or("nothing".to_owned(), ToString::to_string)
                    ),
                })
            }
        }
        let file: BackupFile =
            serde_path_to_error::deserialize(&value).map_err(|e| BackupError::InvalidField {
                path: e.path().to_string(),
                message: e.inner().to_string(),
            })?;
        unique_ids("contacts", file.contacts.iter().map(|c| c.id.as_str()))?;
        unique_ids("tags", file.tags.iter().map(|t| t.id.as_str()))?;
        unique_ids("events", file.events.iter().map(|e| e.id.as_str()))?;
        unique_ids("photos", file.photos.iter().map(|p| p.id.as_str()))?;
        unique_ids("broadcasts", file.broadcasts.iter().map(|b| b.id.as_str()))?;
        Ok(Backup {
            exported: file.exported,
            book: Book {
                contacts: file.contacts,
                tags: file.tags,
                events: file.events,
                photos: file.photos,
                broadcasts: file.broadcasts,
            },
            settings: file.settings,
        })
    }
}

fn unique_ids<'a>(section: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), BackupError> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        let message = if id.is_empty() {
            "empty id".to_owned()
        } else if !seen.insert(id) {
            format!("duplicate id {id:?}")
        } else {
            continue;
        };
        return Err(BackupError::InvalidField {
            path: format!("{section}[{i}].id"),
            message,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn sample() -> Backup {
        let mut c = Contact::new("c1", 1_700_000_000_000);
        c.alias = "老张".into();
        c.name.formatted = "张伟".into();
        c.phones
            .push(Phone::new(PhoneKind::Cell, "+86 138 0013 8000"));
        c.tags = vec!["t1".into()];
        c.event = Some("e1".into());
        c.met_at = Some(1_700_000_100_000);
        c.card_photo = Some("p1".into());
        c.raw_payload = Some("BEGIN:VCARD\nFN:张伟\nEND:VCARD".into());
        let mut e = Event::new("e1", "深圳创业周");
        e.starts = CalendarDate::new(2024, 5, 20);
        let book = Book {
            contacts: vec![c.clone()],
            tags: vec![Tag::new("t1", "投资人")],
            events: vec![e],
            photos: vec![Photo {
                id: "p1".into(),
                mime: "image/jpeg".into(),
                bytes: vec![0xFF, 0xD8, 0xFF, 0],
            }],
            broadcasts: vec![{
                let audience = Audience { tags: vec!["t1".into()], ..Audience::default() };
                let mut b = Broadcast::new("b1", 1_700_000_200_000, "演示日", "{名}您好", audience, &[&c]);
                b.mark(&c.id, RecipientState::Sent, Some(Channel::WeChat), 1_700_000_300_000);
                b
            }],
        };
        let settings = serde_json::json!({"locale": "zh-CN", "theme": {"dark": true}});
        Backup::new(
            book,
            settings.as_object().unwrap().clone(),
            1_700_000_200_000,
        )
    }

    #[test]
    fn round_trips() {
        let backup = sample();
        let json = backup.to_json();
        assert!(
            json.starts_with("{\n  \"format\": \"mingpian-backup\",\n  \"version\": 1,"),
            "{json}"
        );
        assert!(json.contains("\"bytes\": \"/9j/AA==\""), "{json}");
        assert_eq!(Backup::from_json(&json).unwrap(), backup);
        // A BOM added by an editor is fine.
        assert_eq!(
            Backup::from_json(&format!("\u{feff}{json}")).unwrap(),
            backup
        );
    }

    #[test]
    fn minimal_backup_reads() {
        let b = Backup::from_json(r#"{"format":"mingpian-backup","version":1}"#).unwrap();
        assert_eq!(b.book, Book::default());
        assert!(b.settings.is_empty());
    }

    #[test]
    fn explains_what_is_wrong() {
        let err = |text: &str| Backup::from_json(text).unwrap_err();
        assert!(matches!(err(""), BackupError::NotJson { line: 1, .. }));
        assert!(matches!(
            err("{\"format\": \"mingpian-backup\",\n"),
            BackupError::NotJson { line: 2, .. }
        ));
        assert_eq!(err("[1,2]"), BackupError::ForeignFormat { found: None });
        assert_eq!(
            err(r#"{"contacts":[]}"#),
            BackupError::ForeignFormat { found: None }
        );
        assert_eq!(
            err(r#"{"format":"vcard-export","version":1}"#),
            BackupError::ForeignFormat {
                found: Some("vcard-export".into())
            }
        );
        assert_eq!(
            err(r#"{"format":"mingpian-backup","version":7}"#),
            BackupError::UnsupportedVersion { found: 7 }
        );
        let e = err(r#"{"format":"mingpian-backup","version":"1"}"#);
        assert!(
            matches!(&e, BackupError::InvalidField { path, .. } if path == "version"),
            "{e}"
        );

        let e = err(r#"{"format":"mingpian-backup","version":1,
            "contacts":[{"id":"c1"},{"id":"c2","phones":[{"kind":"cell","number":5}]}]}"#);
        match &e {
            BackupError::InvalidField { path, message } => {
                assert_eq!(path, "contacts[1].phones[0].number");
                assert!(message.contains("invalid type"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        assert!(e.to_string().contains("contacts[1].phones[0].number"));

        let e =
            err(r#"{"format":"mingpian-backup","version":1,"photos":[{"id":"p1","bytes":"@@"}]}"#);
        assert!(
            matches!(&e, BackupError::InvalidField { path, message }
            if path == "photos[0].bytes" && message.contains("base64")),
            "{e}"
        );
        let e = err(
            r#"{"format":"mingpian-backup","version":1,"events":[{"id":"e1","starts":"yesterday"}]}"#,
        );
        assert!(
            matches!(&e, BackupError::InvalidField { path, .. } if path == "events[0].starts"),
            "{e}"
        );
        let e = err(r#"{"format":"mingpian-backup","version":1,"tags":[{"id":"t1"},{"id":"t1"}]}"#);
        assert_eq!(
            e,
            BackupError::InvalidField {
                path: "tags[1].id".into(),
                message: "duplicate id \"t1\"".into()
            }
        );
        let e = err(r#"{"format":"mingpian-backup","version":1,"settings":[]}"#);
        assert!(
            matches!(&e, BackupError::InvalidField { path, .. } if path == "settings"),
            "{e}"
        );
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let deep = "[".repeat(100_000);
        let _ = Backup::from_json(&deep);
        let _ = Backup::from_json("\u{0}\u{ffff}");
        let _ = Backup::from_json(r#"{"format":"mingpian-backup","version":18446744073709551615}"#);
        let _ = Backup::from_json(
            r#"{"format":"mingpian-backup","version":1,"contacts":[{"revision":-1}]}"#,
        );
    }

    #[test]
    fn restore_into_non_empty_book() {
        let backup = Backup::from_json(&sample().to_json()).unwrap();
        let mut local = Book {
            tags: vec![Tag::new("t-mine", "投资人")],
            ..Book::default()
        };
        let report = local.merge(backup.book);
        assert_eq!(
            report.tags_unified,
            vec![(TagId::from("t1"), TagId::from("t-mine"))]
        );
        assert_eq!(local.contacts[0].tags, vec![TagId::from("t-mine")]);
        assert_eq!(local.tags.len(), 1);
    }
}
