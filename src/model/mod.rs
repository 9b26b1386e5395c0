//! Pure domain model: contacts, tags, events, photos, and their file
//! formats (vCard, backup JSON, CSV). No web-sys, no clock, no randomness:
//! ids and "now" are passed in, so everything here runs and is tested natively.

mod backup;
mod broadcast;
mod contact;
mod contact_filter;
mod contact_list;
mod contact_reach;
mod csv_export;
mod duplicate;
mod event;
mod event_group_code;
mod ids;
mod merge;
mod message_link;
mod message_template;
mod my_card;
mod payload;
mod photo;
mod scan_notes;
mod search;
mod tag;
mod tag_merge;
mod text_key;
mod time;
pub mod vcard;

pub use backup::{Backup, BackupError, BACKUP_FORMAT, BACKUP_VERSION};
pub use broadcast::{newest_first, Audience, Broadcast, Progress, Recipient, RecipientState};
pub use contact::{
    Contact, Email, PersonName, Phone, PhoneKind, PlaceKind, PostalAddress, ProfileLink,
    VcardParam, VcardProperty, WebLink,
};
pub use contact_filter::{ContactFilter, TagMode};
pub use contact_list::{ContactList, ListOrder, ListQuery, ListRow};
pub use contact_reach::{Channel, ContactReach};
pub use csv_export::{contacts_to_csv, CSV_HEADER};
pub use duplicate::{find_duplicate, merge_scanned, phone_digits, DuplicateReason};
pub use event::Event;
pub use event_group_code::{GroupCode, GROUP_CODE_LIFETIME_MS};
pub use ids::{BroadcastId, ContactId, EventId, PhotoId, TagId};
pub use merge::{Book, MergeReport};
pub use message_link::{bcc_drafts, mailto_link, sms_link, BccDraft, MessageTooLong, MAILTO_LIMIT};
pub use message_template::{first_name, MessageTemplate, Placeholder};
pub use my_card::{
    mecard_escape, personal_wechat_link, vcard_escape, wechat_qr_link, CardField, CardFormat,
    MyCard, MyCards, QrMatrix, QrTooLong, WechatQrProblem, COMFORTABLE_VERSION, DENSE_VERSION,
    MY_CARDS_SETTING, QUIET_ZONE,
};
pub use payload::{
    decode_qr_text, linkedin_profile, parse_file, parse_payload, read_scanned, safe_link,
    scan_text, web_host, wechat_link, ParseError, ScannedPayload, WeChatLink, WifiNetwork,
    WifiSecurity, SAFE_SCHEMES,
};
pub use photo::{sniff_image_mime, Photo, PhotoData};
pub use search::SearchIndex;
pub use scan_notes::{event_tag, file_scanned_card, FiledCard, ScanNotes};
pub use tag::{find_tag, find_tag_by_name, Tag};
pub use tag_merge::retag;
pub use text_key::{fold, has_han, romanize, section_letter, sort_key};
pub use time::{format_millis_utc, CalendarDate, Millis};
pub use vcard::{
    read_vcards, read_vcards_str, write_vcard, write_vcards, ImportedCard, VcardError,
};
