//! Languages of the interface: English and Simplified Chinese.
//!
//! Every user-visible string is a [`Text`] key. Translations live in one
//! exhaustive `match` per language (see `messages.rs`), so a key missing in
//! either language is a compile error, not a blank label at run time.

mod messages;

pub use messages::Text;

use serde::{Deserialize, Serialize};

/// A language the interface can be shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhHans,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::ZhHans];

    /// BCP 47 tag, for `<html lang>` and `Intl` APIs.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhHans => "zh-CN",
        }
    }

    /// The language's own name, shown in the language picker so a reader of
    /// either language can find theirs.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::ZhHans => "简体中文",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Locale::En),
            // Traditional-script readers still read Simplified far better than English.
            "zh" => Some(Locale::ZhHans),
            _ => None,
        }
    }

    /// Picks the interface language from the browser's preference list
    /// (`navigator.languages`, best first): the first one we have wins,
    /// English when none matches.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or(Locale::En)
    }

    pub fn text(self, key: Text) -> &'static str {
        messages::text(self, key)
    }

    /// A text with its `{name}` placeholders filled in.
    pub fn fill(self, key: Text, values: &[(&str, &str)]) -> String {
        fill(self.text(key), values)
    }
}

/// Replaces each `{name}` in `template`; unknown placeholders stay visible
/// so a missing value is noticed rather than silently dropped.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_first_supported_language() {
        assert_eq!(Locale::negotiate(["zh-CN", "en-US"]), Locale::ZhHans);
        assert_eq!(Locale::negotiate(["fr-FR", "zh-TW", "en"]), Locale::ZhHans);
        assert_eq!(Locale::negotiate(["en-GB", "zh"]), Locale::En);
        assert_eq!(Locale::negotiate(["de", "fr"]), Locale::En);
        assert_eq!(Locale::negotiate([]), Locale::En);
        assert_eq!(Locale::negotiate(["ZH_hans_CN"]), Locale::ZhHans);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("{n} contacts", &[("n", "37")]), "37 contacts");
        assert_eq!(fill("新增 {added}，更新 {updated}", &[("added", "2"), ("updated", "0")]), "新增 2，更新 0");
        assert_eq!(fill("{missing}", &[]), "{missing}");
        assert_eq!(Locale::ZhHans.fill(Text::ContactsCountMany, &[("n", "3")]), "3 位联系人");
    }

    #[test]
    fn placeholders_match_across_languages() {
        let names = |s: &str| {
            let mut found: Vec<String> = s.split('{').skip(1).filter_map(|p| p.split_once('}')).map(|(n, _)| n.to_owned()).collect();
            found.sort();
            found
        };
        for &key in Text::ALL {
            assert_eq!(names(Locale::En.text(key)), names(Locale::ZhHans.text(key)), "{key:?}");
        }
    }

    #[test]
    fn tags_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
    }

    #[test]
    fn serialises_as_language_tag() {
        assert_eq!(serde_json::to_string(&Locale::ZhHans).unwrap(), "\"zh-CN\"");
        assert_eq!(serde_json::from_str::<Locale>("\"en\"").unwrap(), Locale::En);
    }
}
