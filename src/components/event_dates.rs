//! Dates as the user reads them, in the interface language's format
//! (`Intl` through `Date.toLocaleDateString`).

use js_sys::Date;
use wasm_bindgen::JsValue;

use crate::i18n::Locale;
use crate::model::{CalendarDate, Millis};

/// A calendar day, e.g. "Sep 2, 2025" or "2025年9月2日".
pub fn local_date(locale: Locale, date: CalendarDate) -> String {
    // Local midnight of that day, so no time zone moves it to the day before.
    let day = Date::new_with_year_month_day(date.year as u32, i32::from(date.month) - 1, i32::from(date.day));
    format(locale, &day)
}

/// The day an instant falls on where the user is.
pub fn local_day(locale: Locale, at: Millis) -> String {
    format(locale, &Date::new(&JsValue::from_f64(at as f64)))
}

/// An event's dates: one day, or first – last day.
pub fn local_date_range(locale: Locale, starts: Option<CalendarDate>, ends: Option<CalendarDate>) -> String {
    match (starts, ends) {
        (Some(first), Some(last)) if last != first => {
            format!("{} – {}", local_date(locale, first), local_date(locale, last))
        }
        (Some(day), _) | (None, Some(day)) => local_date(locale, day),
        (None, None) => String::new(),
    }
}

fn format(locale: Locale, date: &Date) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    date.to_locale_date_string(locale.tag(), &options).into()
}
