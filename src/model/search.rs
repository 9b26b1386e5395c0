//! Search as you type over everything a contact holds: alias, name,
//! organisation, title, description, phones, emails, WeChat, tags and event
//! names. Chinese text is also found by full pinyin ("zhangwei") and by
//! initials ("zw"); case and accents are ignored. Every word of the query
//! must match somewhere; best matches first (alias and name before
//! description).

use std::collections::HashMap;

use super::text_key::{fold, has_han, romanize};
use super::{Contact, Event, EventId, Tag, TagId};

/// How much a match in each field counts.
const ALIAS: u32 = 100;
const NAME: u32 = 90;
const ORGANIZATION: u32 = 60;
const TITLE: u32 = 50;
const TAG: u32 = 45;
const WECHAT: u32 = 45;
const EVENT: u32 = 40;
const REACH: u32 = 35;
const DESCRIPTION: u32 = 20;

/// One searchable piece of a contact, pre-folded.
struct Field {
    weight: u32,
    text: String,
    /// Pinyin reading and initials, for fields with Chinese characters.
    pinyin: Option<(String, String)>,
}

/// The contacts prepared for fast searching; rebuild it when they change.
pub struct SearchIndex {
    fields: Vec<Vec<Field>>,
    /// Digits of each contact's phone numbers, for number searches.
    digits: Vec<Vec<String>>,
}

impl SearchIndex {
    pub fn build(contacts: &[Contact], tags: &[Tag], events: &[Event]) -> SearchIndex {
        let tag_names: HashMap<&TagId, &str> = tags.iter().map(|t| (&t.id, t.name.as_str())).collect();
        let event_names: HashMap<&EventId, &str> = events.iter().map(|e| (&e.id, e.name.as_str())).collect();
        let mut fields = Vec::with_capacity(contacts.len());
        let mut digits = Vec::with_capacity(contacts.len());
        for contact in contacts {
            let mut own = Vec::new();
            let mut add = |weight: u32, text: &str, with_pinyin: bool| {
                let folded = fold(text);
                if folded.is_empty() {
                    return;
                }
                let pinyin = (with_pinyin && has_han(text)).then(|| romanize(text));
                own.push(Field { weight, text: folded, pinyin });
            };
            add(ALIAS, &contact.alias, true);
            add(NAME, &contact.name.display(), true);
            add(ORGANIZATION, &contact.organization, true);
            add(ORGANIZATION, &contact.department, false);
            add(TITLE, &contact.title, false);
            add(WECHAT, &contact.wechat_id, false);
            for email in &contact.emails {
                add(REACH, &email.address, false);
            }
            for tag in &contact.tags {
                if let Some(name) = tag_names.get(tag) {
                    add(TAG, name, true);
                }
            }
            if let Some(name) = contact.event.as_ref().and_then(|e| event_names.get(e)) {
                add(EVENT, name, true);
            }
            add(DESCRIPTION, &contact.description, false);
            fields.push(own);
            digits.push(
                contact
                    .phones
                    .iter()
                    .map(|p| p.number.chars().filter(char::is_ascii_digit).collect())
                    .collect(),
            );
        }
        SearchIndex { fields, digits }
    }

    /// Positions (in the `contacts` given to [`build`](Self::build)) of the
    /// contacts matching `query` with their scores, best first; stable for
    /// equal scores. An empty query matches nothing: callers show the
    /// unfiltered list instead.
    pub fn search(&self, query: &str) -> Vec<(usize, u32)> {
        let folded = fold(query);
        let terms: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(usize, u32)> = (0..self.fields.len())
            .filter_map(|i| {
                let mut total = 0;
                for term in &terms {
                    let best = self.score_term(i, term);
                    if best == 0 {
                        return None;
                    }
                    total += best;
                }
                Some((i, total))
            })
            .collect();
        hits.sort_by(|a, b| b.1.cmp(&a.1));
        hits
    }

    fn score_term(&self, contact: usize, term: &str) -> u32 {
        let mut best = self.fields[contact]
            .iter()
            .map(|field| field.weight * quality(field, term) / 100)
            .max()
            .unwrap_or(0);
        let term_digits: String = term.chars().filter(char::is_ascii_digit).collect();
        if term_digits.len() >= 3 && term_digits.len() * 2 >= term.len() {
            if self.digits[contact].iter().any(|d| d.contains(&term_digits)) {
                best = best.max(REACH);
            }
        }
        best
    }
}

/// How well `term` matches a field, out of 100.
fn quality(field: &Field, term: &str) -> u32 {
    let text = &field.text;
    if text == term {
        return 100;
    }
    if text.starts_with(term) {
        return 85;
    }
    if text.split([' ', '-', '.', '@', ',']).any(|word| word.starts_with(term)) {
        return 75;
    }
    let mut score = if text.contains(term) { 55 } else { 0 };
    if let Some((full, initials)) = &field.pinyin {
        if term.is_ascii() {
            score = score.max(match () {
                _ if full == term || initials == term => 90,
                _ if full.starts_with(term) => 80,
                _ if initials.starts_with(term) && term.len() >= 2 => 70,
                _ if full.contains(term) && term.len() >= 2 => 50,
                _ => 0,
            });
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContactId, Email, Phone, PhoneKind, PlaceKind};

    fn contact(id: &str, alias: &str, name: &str) -> Contact {
        let mut c = Contact::new(ContactId::new(id), 0);
        c.alias = alias.into();
        c.name.formatted = name.into();
        c
    }

    fn found(index: &SearchIndex, contacts: &[Contact], query: &str) -> Vec<String> {
        index.search(query).into_iter().map(|(i, _)| contacts[i].id.as_str().to_owned()).collect()
    }

    fn book() -> (Vec<Contact>, Vec<Tag>, Vec<Event>) {
        let leads = Tag::new(TagId::new("t1"), "leads");
        let waic = Event::new(EventId::new("e1"), "WAIC 2026");
        let mut zhang = contact("zhang", "", "张伟");
        zhang.organization = "阿里巴巴".into();
        zhang.phones.push(Phone::new(PhoneKind::Cell, "+86 138-0013-8000"));
        let mut li = contact("li", "Li Na, Acme", "李娜");
        li.tags.push(leads.id.clone());
        li.event = Some(waic.id.clone());
        let mut maria = contact("maria", "", "María García");
        maria.emails.push(Email::new(PlaceKind::Work, "maria@lumen.example"));
        maria.description = "Interested in Zhang's demo".into();
        let mut wei = contact("wei", "", "Wei Zhang");
        wei.title = "CTO".into();
        (vec![zhang, li, maria, wei], vec![leads], vec![waic])
    }

    #[test]
    fn finds_chinese_names_by_characters_pinyin_and_initials() {
        let (contacts, tags, events) = book();
        let index = SearchIndex::build(&contacts, &tags, &events);
        assert_eq!(found(&index, &contacts, "张伟"), ["zhang"]);
        assert_eq!(found(&index, &contacts, "zhangwei"), ["zhang"]);
        assert_eq!(found(&index, &contacts, "zw"), ["zhang"]);
        assert_eq!(found(&index, &contacts, "ZW"), ["zhang"]);
        assert_eq!(found(&index, &contacts, "alibaba")[0], "zhang");
    }

    #[test]
    fn name_beats_description() {
        let (contacts, tags, events) = book();
        let index = SearchIndex::build(&contacts, &tags, &events);
        // "Wei Zhang" by name, 张伟 by pinyin, María only in her description.
        let order = found(&index, &contacts, "zhang");
        assert_eq!(order.last().map(String::as_str), Some("maria"));
        assert!(order.contains(&"wei".to_owned()) && order.contains(&"zhang".to_owned()));
    }

    #[test]
    fn ignores_case_and_accents_and_needs_every_word() {
        let (contacts, tags, events) = book();
        let index = SearchIndex::build(&contacts, &tags, &events);
        assert_eq!(found(&index, &contacts, "garcia"), ["maria"]);
        assert_eq!(found(&index, &contacts, "MARIA garc"), ["maria"]);
        assert!(found(&index, &contacts, "maria zhangwei").is_empty());
        assert!(found(&index, &contacts, "   ").is_empty());
    }

    #[test]
    fn searches_alias_tags_events_phones_and_emails() {
        let (contacts, tags, events) = book();
        let index = SearchIndex::build(&contacts, &tags, &events);
        assert_eq!(found(&index, &contacts, "acme"), ["li"]);
        assert_eq!(found(&index, &contacts, "leads"), ["li"]);
        assert_eq!(found(&index, &contacts, "waic"), ["li"]);
        assert_eq!(found(&index, &contacts, "0013 8000"), ["zhang"]);
        assert_eq!(found(&index, &contacts, "13800138000"), ["zhang"]);
        assert_eq!(found(&index, &contacts, "lumen"), ["maria"]);
        assert_eq!(found(&index, &contacts, "cto"), ["wei"]);
    }

    #[test]
    fn alias_outranks_name_match_of_others() {
        let contacts = vec![contact("by-name", "", "Acme Smith"), contact("by-alias", "Acme", "Bob")];
        let index = SearchIndex::build(&contacts, &[], &[]);
        assert_eq!(found(&index, &contacts, "acme"), ["by-alias", "by-name"]);
    }
}
