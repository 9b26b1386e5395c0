//! WeChat group QR codes collected at an event. WeChat lets a group's code
//! be joined for 7 days after it was generated, so we keep when it was added
//! and show when it stops working.

use super::Millis;
use serde::{Deserialize, Serialize};

/// How long a WeChat group QR code admits new members.
pub const GROUP_CODE_LIFETIME_MS: Millis = 7 * 24 * 60 * 60 * 1000;

/// One group's QR code, kept as the link it encodes (text, never a picture).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GroupCode {
    /// What the code encodes, e.g. `https://weixin.qq.com/g/…`.
    #[serde(rename = "link")]
    pub link: String,
    /// The user's note: which group, who runs it.
    #[serde(rename = "note", skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When it was stored: the earliest it can have been generated is
    /// unknown, so expiry counts from here (a best guess, never later).
    #[serde(rename = "added")]
    pub added: Millis,
}

impl GroupCode {
    pub fn new(link: impl Into<String>, note: impl Into<String>, added: Millis) -> Self {
        GroupCode {
            link: link.into().trim().to_owned(),
            note: note.into().trim().to_owned(),
            added,
        }
    }

    /// When joining through the code stops working.
    pub fn expires(&self) -> Millis {
        self.added.saturating_add(GROUP_CODE_LIFETIME_MS)
    }

    pub fn is_expired(&self, now: Millis) -> bool {
        now >= self.expires()
    }

    /// Whole days left before expiry, rounded up (0 once expired).
    pub fn days_left(&self, now: Millis) -> i64 {
        const DAY: Millis = 24 * 60 * 60 * 1000;
        let left = self.expires() - now;
        if left <= 0 {
            0
        } else {
            (left + DAY - 1) / DAY
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Millis = 86_400_000;

    #[test]
    fn expires_seven_days_after_it_was_added() {
        let code = GroupCode::new(" https://weixin.qq.com/g/abc ", " Rust 深圳 ", 1_000);
        assert_eq!(code.link, "https://weixin.qq.com/g/abc");
        assert_eq!(code.note, "Rust 深圳");
        assert_eq!(code.expires(), 1_000 + 7 * DAY);
        assert!(!code.is_expired(1_000));
        assert!(!code.is_expired(1_000 + 7 * DAY - 1));
        assert!(code.is_expired(1_000 + 7 * DAY));
    }

    #[test]
    fn days_left_round_up_and_stop_at_zero() {
        let code = GroupCode::new("https://weixin.qq.com/g/abc", "", 0);
        assert_eq!(code.days_left(0), 7);
        assert_eq!(code.days_left(1), 7);
        assert_eq!(code.days_left(6 * DAY + 1), 1);
        assert_eq!(code.days_left(7 * DAY), 0);
        assert_eq!(code.days_left(30 * DAY), 0);
        assert_eq!(GroupCode::new("x", "", Millis::MAX).expires(), Millis::MAX);
    }

    #[test]
    fn json_names_are_stable() {
        let code = GroupCode::new("https://weixin.qq.com/g/abc", "", 5);
        assert_eq!(
            serde_json::to_string(&code).unwrap(),
            r#"{"link":"https://weixin.qq.com/g/abc","added":5}"#
        );
        let read: GroupCode = serde_json::from_str(r#"{"link":"l","note":"n","added":9}"#).unwrap();
        assert_eq!(read, GroupCode { link: "l".into(), note: "n".into(), added: 9 });
    }
}
