//! A message written once and personalised for each recipient:
//! "Hi {first_name}, thanks for stopping by at {event}!".
//!
//! Placeholders are English words or their Chinese equivalents (`{name}` or
//! `{名字}`), so either language's users can type them. `{{` and `}}` are
//! literal braces. A placeholder we do not know is kept as typed and
//! reported, so a typo like `{nmae}` is caught before anything is sent.

use super::{has_han, Contact};

/// A value taken from the recipient's contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Placeholder {
    /// The alias (remark) if set, else their name: what the list shows.
    Name,
    /// How one would greet them: the given name; a Chinese name whole.
    FirstName,
    Organisation,
    /// The event where they were met.
    Event,
}

impl Placeholder {
    pub const ALL: [Placeholder; 4] = [
        Placeholder::Name,
        Placeholder::FirstName,
        Placeholder::Organisation,
        Placeholder::Event,
    ];

    /// The canonical spelling, as inserted by the composer's buttons.
    pub fn token(self) -> &'static str {
        match self {
            Placeholder::Name => "{name}",
            Placeholder::FirstName => "{first_name}",
            Placeholder::Organisation => "{organisation}",
            Placeholder::Event => "{event}",
        }
    }

    fn from_word(word: &str) -> Option<Placeholder> {
        let word = word.trim().to_ascii_lowercase();
        Some(match word.as_str() {
            "name" | "名字" | "姓名" => Placeholder::Name,
            "first_name" | "firstname" | "first name" | "名" => Placeholder::FirstName,
            "organisation" | "organization" | "company" | "公司" | "单位" => Placeholder::Organisation,
            "event" | "活动" => Placeholder::Event,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Text(String),
    Value(Placeholder),
}

/// A parsed message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageTemplate {
    parts: Vec<Part>,
    unknown: Vec<String>,
}

impl MessageTemplate {
    pub fn parse(text: &str) -> MessageTemplate {
        let mut parts = Vec::new();
        let mut unknown = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(i) = rest.find(['{', '}']) {
            literal.push_str(&rest[..i]);
            let tail = &rest[i..];
            if tail.starts_with("{{") || tail.starts_with("}}") {
                literal.push_str(&tail[..1]);
                rest = &tail[2..];
                continue;
            }
            if let Some(after) = tail.strip_prefix('}') {
                literal.push('}');
                rest = after;
                continue;
            }
            // A `{`: a placeholder if it closes before the next `{` or line end.
            let close = tail[1..].find(['}', '{', '\n']).map(|j| j + 1);
            match close {
                Some(j) if tail.as_bytes()[j] == b'}' => {
                    let word = &tail[1..j];
                    match Placeholder::from_word(word) {
                        Some(placeholder) => {
                            if !literal.is_empty() {
                                parts.push(Part::Text(std::mem::take(&mut literal)));
                            }
                            parts.push(Part::Value(placeholder));
                        }
                        None => {
                            literal.push_str(&tail[..=j]);
                            if !unknown.iter().any(|u| u == &tail[..=j]) {
                                unknown.push(tail[..=j].to_owned());
                            }
                        }
                    }
                    rest = &tail[j + 1..];
                }
                _ => {
                    literal.push('{');
                    rest = &tail[1..];
                }
            }
        }
        literal.push_str(rest);
        if !literal.is_empty() {
            parts.push(Part::Text(literal));
        }
        MessageTemplate { parts, unknown }
    }

    /// Whether the text is the same for everyone (so one Bcc email can carry it).
    pub fn is_personalised(&self) -> bool {
        self.parts.iter().any(|p| matches!(p, Part::Value(_)))
    }

    /// `{words}` that are not placeholders, as typed, each once.
    pub fn unknown_placeholders(&self) -> &[String] {
        &self.unknown
    }

    /// The placeholders used, each once, in order of appearance.
    pub fn placeholders(&self) -> Vec<Placeholder> {
        let mut used = Vec::new();
        for part in &self.parts {
            if let Part::Value(p) = part {
                if !used.contains(p) {
                    used.push(*p);
                }
            }
        }
        used
    }

    /// The message for one recipient. `event` is the name of the event the
    /// contact was met at, if any. A missing value renders as nothing, and
    /// the space or punctuation that only separated it is dropped, so
    /// "Hi {first_name}," becomes "Hi," rather than "Hi ,".
    pub fn render(&self, contact: &Contact, event: Option<&str>) -> String {
        let mut out = String::new();
        // Set after an empty value: the next text's leading spaces go too.
        let mut after_gap = false;
        for part in &self.parts {
            match part {
                Part::Text(text) if after_gap => {
                    // "Hi {first_name}, …" → "Hi, …"; "Hi {first_name} (x)" → "Hi (x)".
                    let trimmed = text.trim_start_matches(SPACES);
                    let closes = trimmed.starts_with(CLOSING) || out.is_empty() || out.ends_with('\n');
                    out.push_str(if closes { trimmed } else { text });
                }
                Part::Text(text) => out.push_str(text),
                Part::Value(placeholder) => {
                    let value = value_of(*placeholder, contact, event);
                    if value.is_empty() {
                        out.truncate(out.trim_end_matches(SPACES).len());
                    }
                    out.push_str(&value);
                    after_gap = value.is_empty();
                    continue;
                }
            }
            after_gap = false;
        }
        out
    }

    /// The placeholders that have no value for this recipient.
    pub fn missing(&self, contact: &Contact, event: Option<&str>) -> Vec<Placeholder> {
        self.placeholders()
            .into_iter()
            .filter(|p| value_of(*p, contact, event).is_empty())
            .collect()
    }
}

/// Spaces around an empty value (ASCII and the ideographic space).
const SPACES: [char; 2] = [' ', '\u{3000}'];
/// Punctuation that attaches to the word before it.
const CLOSING: [char; 16] = [',', '.', '!', '?', ';', ':', ')', '，', '。', '！', '？', '；', '：', '）', '、', '\n'];

fn value_of(placeholder: Placeholder, contact: &Contact, event: Option<&str>) -> String {
    match placeholder {
        Placeholder::Name => contact.display_name(),
        Placeholder::FirstName => first_name(contact),
        Placeholder::Organisation => contact.organization.trim().to_owned(),
        Placeholder::Event => event.unwrap_or("").trim().to_owned(),
    }
}

/// How to greet someone by name. The structured given name when there is
/// one; a Chinese name is used whole (张伟, not 伟, which would be too
/// familiar); otherwise the first word of the name. Without a name, the
/// alias's first part ("Li Na" of "Li Na, Acme").
pub fn first_name(contact: &Contact) -> String {
    let name = &contact.name;
    if has_han(&name.family) || has_han(&name.given) {
        return name.display();
    }
    if !name.given.trim().is_empty() {
        return name.given.trim().to_owned();
    }
    let formatted = name.formatted.trim();
    if !formatted.is_empty() {
        if has_han(formatted) {
            return formatted.to_owned();
        }
        return formatted.split_whitespace().next().unwrap_or("").to_owned();
    }
    let alias = contact.alias.split([',', '，', '(', '（', '/']).next().unwrap_or("").trim();
    alias.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContactId;

    fn person(alias: &str, formatted: &str, org: &str) -> Contact {
        let mut c = Contact::new(ContactId::new("c"), 0);
        c.alias = alias.into();
        c.name.formatted = formatted.into();
        c.organization = org.into();
        c
    }

    #[test]
    fn fills_each_placeholder() {
        let t = MessageTemplate::parse("Hi {first_name} ({name}) of {organisation}, from {event}.");
        let c = person("Annie, Lumen", "Anna Müller", "Lumen GmbH");
        assert_eq!(
            t.render(&c, Some("WAIC 2026")),
            "Hi Anna (Annie, Lumen) of Lumen GmbH, from WAIC 2026."
        );
        assert!(t.is_personalised());
        assert_eq!(
            t.placeholders(),
            [Placeholder::FirstName, Placeholder::Name, Placeholder::Organisation, Placeholder::Event]
        );
    }

    #[test]
    fn chinese_names_and_chinese_placeholders() {
        let t = MessageTemplate::parse("{名}您好，感谢在{活动}交流！{公司}的资料已发送。");
        let c = person("", "张伟", "阿里巴巴");
        assert_eq!(t.render(&c, Some("世界人工智能大会")), "张伟您好，感谢在世界人工智能大会交流！阿里巴巴的资料已发送。");
        let mut structured = Contact::new(ContactId::new("s"), 0);
        structured.name.family = "李".into();
        structured.name.given = "娜".into();
        assert_eq!(first_name(&structured), "李娜");
        assert_eq!(MessageTemplate::parse("{name}").render(&structured, None), "李娜");
    }

    #[test]
    fn name_prefers_alias_and_first_name_falls_back() {
        let c = person("Li Na, Acme", "", "");
        assert_eq!(MessageTemplate::parse("{name}").render(&c, None), "Li Na, Acme");
        assert_eq!(first_name(&c), "Li Na");
        let mut given = person("", "Dr. Ben Okafor", "");
        given.name.given = "Ben".into();
        assert_eq!(first_name(&given), "Ben");
        assert_eq!(first_name(&person("", "Carla Rossi", "")), "Carla");
    }

    #[test]
    fn missing_values_leave_no_stray_spaces() {
        let t = MessageTemplate::parse("Hi {first_name}, great to meet you at {event}. Regards");
        let nobody = Contact::new(ContactId::new("x"), 0);
        assert_eq!(t.render(&nobody, None), "Hi, great to meet you at. Regards");
        assert_eq!(t.missing(&nobody, None), [Placeholder::FirstName, Placeholder::Event]);
        assert!(t.missing(&person("", "Anna", ""), Some("Expo")).is_empty());
        let end = MessageTemplate::parse("Thanks {first_name}");
        assert_eq!(end.render(&nobody, None), "Thanks");
        let middle = MessageTemplate::parse("{first_name} hello {name} (from {organisation})");
        assert_eq!(middle.render(&nobody, None), "hello (from)");
        let kept = MessageTemplate::parse("Hi {organisation} team");
        assert_eq!(kept.render(&nobody, None), "Hi team");
    }

    #[test]
    fn unknown_placeholders_and_braces_are_literal() {
        let t = MessageTemplate::parse("Hello {nmae}, set {{x}} = {name} {nmae} {unclosed");
        assert_eq!(t.unknown_placeholders(), ["{nmae}"]);
        assert_eq!(
            t.render(&person("", "Anna", ""), None),
            "Hello {nmae}, set {x} = Anna {nmae} {unclosed"
        );
        let plain = MessageTemplate::parse("See you at the demo day } ok");
        assert!(!plain.is_personalised());
        assert_eq!(plain.render(&person("", "A", ""), None), "See you at the demo day } ok");
    }

    #[test]
    fn placeholder_words_are_forgiving() {
        let t = MessageTemplate::parse("{Name} {FIRST_NAME} {organization} {company} {姓名}");
        assert!(t.unknown_placeholders().is_empty());
        assert_eq!(t.render(&person("", "Anna Berg", "Lumen"), None), "Anna Berg Anna Lumen Lumen Anna Berg");
    }

    #[test]
    fn multiline_text_is_kept() {
        let t = MessageTemplate::parse("Dear {name},\n\nthe slides: https://example.com/a?b=1&c=2\n— Li");
        assert_eq!(
            t.render(&person("", "Anna", ""), None),
            "Dear Anna,\n\nthe slides: https://example.com/a?b=1&c=2\n— Li"
        );
    }
}
