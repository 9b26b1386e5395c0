//! Counts as the user reads them: "10,000" in English, "10,000" or the
//! locale's own grouping elsewhere (`Intl` through `Number.toLocaleString`).

use crate::i18n::Locale;

pub fn local_number(locale: Locale, n: usize) -> String {
    js_sys::Number::from(n as f64).to_locale_string(locale.tag()).into()
}
