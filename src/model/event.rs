//! Events: where the user met people ("RustConf 2025", "深圳创业周").

use super::{CalendarDate, EventId, GroupCode};
use serde::{Deserialize, Serialize};

/// A conference, meetup or trip that contacts can be filed under.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Event {
    #[serde(rename = "id")]
    pub id: EventId,
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "starts", skip_serializing_if = "Option::is_none")]
    pub starts: Option<CalendarDate>,
    /// Last day, inclusive; `None` for a one-day event.
    #[serde(rename = "ends", skip_serializing_if = "Option::is_none")]
    pub ends: Option<CalendarDate>,
    #[serde(rename = "place", skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(rename = "notes", skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// WeChat group QR codes collected there (absent in older records).
    #[serde(rename = "group_codes", default, skip_serializing_if = "Vec::is_empty")]
    pub group_codes: Vec<GroupCode>,
}

impl Event {
    pub fn new(id: impl Into<EventId>, name: impl Into<String>) -> Self {
        Event {
            id: id.into(),
            name: name.into(),
            ..Event::default()
        }
    }

    /// Whether two events are the same real-world event recorded twice
    /// (e.g. on two phones): same name, as tags compare names, on the same
    /// start day. Used to unify events when restoring a backup.
    pub fn same_occasion(&self, other: &Event) -> bool {
        super::Tag::name_key(&self.name) == super::Tag::name_key(&other.name)
            && self.starts == other.starts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_occasion_needs_name_and_start() {
        let mut a = Event::new("e1", "RustConf");
        a.starts = CalendarDate::new(2025, 9, 2);
        let mut b = Event::new("e2", " rustconf ");
        b.starts = a.starts;
        assert!(a.same_occasion(&b));
        b.starts = CalendarDate::new(2024, 9, 10);
        assert!(!a.same_occasion(&b));
    }

    #[test]
    fn round_trips_through_json() {
        let mut e = Event::new("e1", "深圳创业周");
        e.starts = CalendarDate::new(2025, 5, 20);
        e.ends = CalendarDate::new(2025, 5, 22);
        e.place = "深圳会展中心".into();
        let json = serde_json::to_string(&e).unwrap();
        assert!(json.contains(r#""starts":"2025-05-20""#), "{json}");
        assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), e);
    }

    #[test]
    fn group_codes_are_optional_in_json() {
        let old: Event = serde_json::from_str(r#"{"id":"e1","name":"Demo day"}"#).unwrap();
        assert!(old.group_codes.is_empty());
        assert!(!serde_json::to_string(&old).unwrap().contains("group_codes"));
        let mut e = Event::new("e1", "Demo day");
        e.group_codes.push(GroupCode::new("https://weixin.qq.com/g/abc", "Founders", 42));
        let json = serde_json::to_string(&e).unwrap();
        assert!(json.contains(r#""group_codes":[{"link":"https://weixin.qq.com/g/abc","note":"Founders","added":42}]"#), "{json}");
        assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), e);
    }
}
