//! Dates and instants, without a clock: callers pass "now" in, so the model
//! stays pure and tests are deterministic.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Milliseconds since the Unix epoch (UTC), as `Date.now()` gives them.
pub type Millis = i64;

/// A calendar day with no time zone, as an event's start or end
/// ("the meetup was on 2025-03-14"). Serialised as `"YYYY-MM-DD"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl CalendarDate {
    /// A valid date, or `None` (month 13, 30 February…).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(CalendarDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (and the compact `YYYYMMDD` vCard uses).
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let digits: String = s.chars().filter(|c| *c != '-').collect();
        let well_formed = match s.len() {
            10 => s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-',
            8 => true,
            _ => false,
        };
        if !well_formed || digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        CalendarDate::new(
            digits[0..4].parse().ok()?,
            digits[4..6].parse().ok()?,
            digits[6..8].parse().ok()?,
        )
    }

    /// The UTC day an instant falls on.
    pub fn from_millis_utc(ms: Millis) -> Self {
        let days = ms.div_euclid(86_400_000);
        let (year, month, day) = civil_from_days(days);
        CalendarDate { year, month, day }
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CalendarDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        CalendarDate::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {text:?}")))
    }
}

/// An instant as ISO 8601 UTC with seconds, e.g. `2025-03-14T09:30:00Z`:
/// readable in spreadsheets, and sortable as text.
pub fn format_millis_utc(ms: Millis) -> String {
    let date = CalendarDate::from_millis_utc(ms);
    let in_day = ms.rem_euclid(86_400_000) / 1000;
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        in_day / 3600,
        in_day / 60 % 60,
        in_day % 60
    )
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year.clamp(i32::MIN as i64, i32::MAX as i64) as i32,
        month,
        day,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_dates() {
        let d = CalendarDate::parse("2024-02-29").unwrap();
        assert_eq!(d.to_string(), "2024-02-29");
        assert_eq!(CalendarDate::parse("20240229"), Some(d));
        assert_eq!(CalendarDate::parse("2023-02-29"), None);
        assert_eq!(CalendarDate::parse("2024-13-01"), None);
        assert_eq!(CalendarDate::parse("2024/01/01"), None);
        assert_eq!(CalendarDate::parse("二〇二四"), None);
        assert_eq!(CalendarDate::parse(""), None);
    }

    #[test]
    fn serde_uses_iso_text_and_explains_bad_dates() {
        let d = CalendarDate::new(2025, 3, 14).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2025-03-14\"");
        let err = serde_json::from_str::<CalendarDate>("\"14/03/2025\"").unwrap_err();
        assert!(err.to_string().contains("not a date"), "{err}");
    }

    #[test]
    fn formats_instants_in_utc() {
        assert_eq!(format_millis_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_millis_utc(1_710_408_600_000), "2024-03-14T09:30:00Z");
        assert_eq!(format_millis_utc(-1000), "1969-12-31T23:59:59Z");
        // Extreme values must not panic.
        let _ = format_millis_utc(i64::MAX);
        let _ = format_millis_utc(i64::MIN);
    }
}
