//! Pure domain model: contacts, tags, events, photos, and their file
//! formats (vCard, backup JSON, CSV). No web-sys, no clock, no randomness:
//! ids and "now" are passed in, so everything here runs and is tested natively.

mod backup;
mod contact;
mod csv_export;
mod event;
mod ids;
mod merge;
mod payload;
mod photo;
mod tag;
mod time;
pub mod vcard;

pub use backup::{Backup, BackupError, BACKUP_FORMAT, BACKUP_VERSION};
pub use contact::{
    Contact, Email, PersonName, Phone, PhoneKind, PlaceKind, PostalAddress, ProfileLink,
    VcardParam, VcardProperty, WebLink,
};
pub use csv_export::{contacts_to_csv, CSV_HEADER};
pub use event::Event;
pub use ids::{ContactId, EventId, PhotoId, TagId};
pub use merge::{Book, MergeReport};
pub use payload::{
    decode_qr_text, linkedin_profile, parse_file, parse_payload, read_scanned, safe_link,
    scan_text, web_host, wechat_link, ParseError, ScannedPayload, WeChatLink, WifiNetwork,
    WifiSecurity, SAFE_SCHEMES,
};
pub use photo::{sniff_image_mime, Photo, PhotoData};
pub use tag::{find_tag, find_tag_by_name, Tag};
pub use time::{format_millis_utc, CalendarDate, Millis};
pub use vcard::{
    read_vcards, read_vcards_str, write_vcard, write_vcards, ImportedCard, VcardError,
};
