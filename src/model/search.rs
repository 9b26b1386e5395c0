//! Search as you type over everything a contact holds: alias, name,
//! organisation, title, description, phones, emails, WeChat, tags and event
//! names. Chinese text is also found by full pinyin ("zhangwei") and by
//! initials ("zw"); case and accents are ignored. Every word of the query
//! must match somewhere; best matches first (alias and name before
//! description).
//!
//! Fast enough to run on every keystroke over 10,000 contacts in the
//! browser: each contact's folded fields, readings and phone digits are
//! prepared once, in one text with a mask of the bytes it holds, so most
//! contacts are ruled out by a mask test or one scan before any scoring;
//! and while the user types, each search looks only at the contacts the
//! previous one could match ([`SearchIndex::search_after`]).

use std::collections::HashMap;
use std::ops::Range;

use super::text_key::{fold, fold_into, romanize_folded_into};
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

/// Separates the pieces of a contact's text, so no match spans two of them.
const SEPARATOR: char = '\u{1}';

/// One searchable piece of a contact: byte ranges of its folded text, and of
/// its pinyin reading and initials for fields with Chinese characters, in
/// the contact's [`Entry::text`].
struct Field {
    weight: u32,
    text: Range<u32>,
    pinyin: Option<(Range<u32>, Range<u32>)>,
}

/// A contact as search sees it.
struct Entry {
    /// Every folded field, pinyin reading, initials and phone digits,
    /// separated by [`SEPARATOR`]: whatever a term can match is in here, so
    /// one `contains` rules out most contacts before any scoring.
    text: String,
    fields: Vec<Field>,
    /// Where the digits of each phone number are in `text`.
    digits: Vec<Range<u32>>,
    /// Which bytes occur in `text` ([`byte_mask`]): a term with a byte the
    /// contact lacks is ruled out without reading the text.
    mask: u64,
}

/// A set of bytes in 64 bits: each letter and digit has its own bit, other
/// bytes share the rest. If `a` is part of `b`, `byte_mask(a)` is a subset of
/// `byte_mask(b)`.
fn byte_mask(text: &str) -> u64 {
    text.bytes().fold(0, |mask, b| {
        let bit = match b {
            b'a'..=b'z' => b - b'a',
            b'0'..=b'9' => 26 + b - b'0',
            _ => 36 + b % 28,
        };
        mask | 1 << bit
    })
}

/// Where `needle` (not empty) occurs in `hay`, left to right. A plain scan
/// for the first byte: in WebAssembly, much faster than `str::find` on short
/// texts. Both are UTF-8, so a match never starts inside a character.
fn occurrences<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let mut at = 0;
    std::iter::from_fn(move || {
        let (&first, &last) = (needle.first()?, needle.last()?);
        let n = needle.len();
        while at + n <= hay.len() {
            let p = at + hay[at..=hay.len() - n].iter().position(|&b| b == first)?;
            at = p + 1;
            // The last byte first: most false starts fail there, cheaply.
            if hay[p + n - 1] == last && hay[p..p + n] == *needle {
                return Some(p);
            }
        }
        None
    })
}

fn contains(hay: &str, needle: &str) -> bool {
    needle.is_empty() || occurrences(hay, needle).next().is_some()
}

/// The contacts prepared for fast searching; rebuild it when they change.
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// One word of a query, folded, with what a phone-number match needs.
struct Term {
    text: String,
    mask: u64,
    /// The term's digits, when it reads as (part of) a phone number.
    digits: Option<(String, u64)>,
    /// Whether the term holds a character that splits words (then no word
    /// can start with it).
    has_separator: bool,
}

impl Term {
    fn new(text: &str) -> Term {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let number = digits.len() >= 3 && digits.len() * 2 >= text.len();
        Term {
            text: text.to_owned(),
            mask: byte_mask(text),
            digits: number.then(|| {
                let mask = byte_mask(&digits);
                (digits, mask)
            }),
            has_separator: text.bytes().any(|b| WORD_SEPARATORS.contains(&b)),
        }
    }

    /// Whether `entry` can match at all: the term (or its digits) is in the
    /// contact's text. True whenever [`score_term`] is not 0.
    fn may_match(&self, entry: &Entry) -> bool {
        let has = |text: &str, mask: u64| entry.mask & mask == mask && contains(&entry.text, text);
        has(&self.text, self.mask) || self.digits.as_ref().is_some_and(|(d, mask)| has(d, *mask))
    }

    /// Whether every contact this term can match, `earlier` could match too
    /// ([`may_match`](Self::may_match) of this term implies it of `earlier`),
    /// so a search for this term only needs to look at `earlier`'s candidates.
    fn narrows(&self, earlier: &Term) -> bool {
        self.text.contains(earlier.text.as_str())
            && match (&self.digits, &earlier.digits) {
                (None, _) => true,
                (Some((digits, _)), Some((before, _))) => digits.contains(before.as_str()),
                (Some(_), None) => false,
            }
    }
}

/// What a search leaves for the next one: typing usually extends the query,
/// and a longer query can only match contacts the shorter one could, so the
/// next search looks only at these. See [`SearchIndex::search_after`].
#[derive(Default)]
pub struct SearchState {
    terms: Vec<Term>,
    /// Contacts whose text holds every term (a superset of the hits).
    candidates: Vec<u32>,
    hits: Vec<(usize, u32)>,
}

impl SearchState {
    /// The result of the search this state comes from (as
    /// [`SearchIndex::search`] returns it).
    pub fn hits(&self) -> &[(usize, u32)] {
        &self.hits
    }
}

fn terms_of(query: &str) -> Vec<Term> {
    fold(query).split(' ').filter(|t| !t.is_empty()).map(Term::new).collect()
}

impl SearchIndex {
    pub fn build(contacts: &[Contact], tags: &[Tag], events: &[Event]) -> SearchIndex {
        let tag_names: HashMap<&TagId, &str> = tags.iter().map(|t| (&t.id, t.name.as_str())).collect();
        let event_names: HashMap<&EventId, &str> = events.iter().map(|e| (&e.id, e.name.as_str())).collect();
        let mut entries = Vec::with_capacity(contacts.len());
        for contact in contacts {
            let mut entry = EntryBuilder::default();
            entry.add(ALIAS, &contact.alias, true);
            entry.add(NAME, &contact.name.display(), true);
            entry.add(ORGANIZATION, &contact.organization, true);
            entry.add(ORGANIZATION, &contact.department, false);
            entry.add(TITLE, &contact.title, false);
            entry.add(WECHAT, &contact.wechat_id, false);
            for email in &contact.emails {
                entry.add(REACH, &email.address, false);
            }
            for tag in &contact.tags {
                if let Some(name) = tag_names.get(tag) {
                    entry.add(TAG, name, true);
                }
            }
            if let Some(name) = contact.event.as_ref().and_then(|e| event_names.get(e)) {
                entry.add(EVENT, name, true);
            }
            entry.add(DESCRIPTION, &contact.description, false);
            for phone in &contact.phones {
                entry.add_digits(&phone.number);
            }
            entries.push(entry.finish());
        }
        SearchIndex { entries }
    }

    /// Positions (in the `contacts` given to [`build`](Self::build)) of the
    /// contacts matching `query` with their scores, best first; stable for
    /// equal scores. An empty query matches nothing: callers show the
    /// unfiltered list instead.
    pub fn search(&self, query: &str) -> Vec<(usize, u32)> {
        self.search_after(query, None).hits
    }

    /// [`search`](Self::search), reusing the work of the `previous` search
    /// (if any): when every word of the previous query is part of a word of
    /// this one, as while typing, only the contacts that could match it are
    /// looked at again. The result is the same as [`search`](Self::search)'s.
    /// `previous` must come from this index.
    pub fn search_after(&self, query: &str, previous: Option<&SearchState>) -> SearchState {
        let terms = terms_of(query);
        if terms.is_empty() {
            return SearchState::default();
        }
        let previous = previous.filter(|p| {
            !p.terms.is_empty() && p.terms.iter().all(|before| terms.iter().any(|t| t.narrows(before)))
        });
        let may_match = |&i: &u32| terms.iter().all(|t| t.may_match(&self.entries[i as usize]));
        let candidates: Vec<u32> = match previous {
            Some(p) if same_terms(&p.terms, &terms) => p.candidates.clone(),
            Some(p) => p.candidates.iter().copied().filter(may_match).collect(),
            None => (0..self.entries.len() as u32).filter(may_match).collect(),
        };
        let hits = match previous {
            Some(p) if same_terms(&p.terms, &terms) => p.hits.clone(),
            _ => {
                let mut hits: Vec<(usize, u32)> = candidates
                    .iter()
                    .filter_map(|&i| {
                        let entry = &self.entries[i as usize];
                        let mut total = 0;
                        for term in &terms {
                            let best = score_term(entry, term);
                            if best == 0 {
                                return None;
                            }
                            total += best;
                        }
                        Some((i as usize, total))
                    })
                    .collect();
                // Stable: equal scores keep the contacts' order.
                hits.sort_by_key(|&(_, score)| std::cmp::Reverse(score));
                hits
            }
        };
        SearchState { terms, candidates, hits }
    }
}

fn same_terms(a: &[Term], b: &[Term]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.text == b.text)
}

fn score_term(entry: &Entry, term: &Term) -> u32 {
    let text = entry.text.as_str();
    let slice = |r: &Range<u32>| &text[r.start as usize..r.end as usize];
    let mut best = entry
        .fields
        .iter()
        .map(|field| {
            let pinyin = field.pinyin.as_ref().map(|(full, initials)| (slice(full), slice(initials)));
            field.weight * quality(slice(&field.text), pinyin, term) / 100
        })
        .max()
        .unwrap_or(0);
    if let Some((digits, _)) = &term.digits {
        if entry.digits.iter().any(|r| contains(slice(r), digits)) {
            best = best.max(REACH);
        }
    }
    best
}

/// Characters that split a field into words, for "a word starts with".
const WORD_SEPARATORS: [u8; 5] = [b' ', b'-', b'.', b'@', b','];

/// How well `term` matches a field (its folded text, and its pinyin reading
/// and initials if it has Chinese characters), out of 100.
fn quality(text: &str, pinyin: Option<(&str, &str)>, term: &Term) -> u32 {
    let term_text = term.text.as_str();
    if text == term_text {
        return 100;
    }
    if text.starts_with(term_text) {
        return 85;
    }
    // One scan for both "a word starts with it" and "it is somewhere"; no
    // occurrence is at 0 (that would have been `starts_with`).
    let mut score = 0;
    for at in occurrences(text, term_text) {
        score = 55;
        if !term.has_separator && WORD_SEPARATORS.contains(&text.as_bytes()[at - 1]) {
            return 75;
        }
    }
    if let Some((full, initials)) = pinyin {
        if term_text.is_ascii() {
            let long = term_text.len() >= 2;
            score = score.max(match () {
                _ if full == term_text || initials == term_text => 90,
                _ if full.starts_with(term_text) => 80,
                _ if long && initials.starts_with(term_text) => 70,
                _ if long && contains(full, term_text) => 50,
                _ => 0,
            });
        }
    }
    score
}

/// Builds one [`Entry`], appending each piece to its text.
#[derive(Default)]
struct EntryBuilder {
    text: String,
    fields: Vec<Field>,
    digits: Vec<Range<u32>>,
    full: String,
    initials: String,
}

impl EntryBuilder {
    fn at(&self) -> u32 {
        self.text.len() as u32
    }

    fn add(&mut self, weight: u32, raw: &str, with_pinyin: bool) {
        let start = self.at();
        fold_into(&mut self.text, raw);
        if self.at() == start {
            return;
        }
        let text = start..self.at();
        let mut pinyin = None;
        if with_pinyin {
            self.full.clear();
            self.initials.clear();
            if romanize_folded_into(&self.text[start as usize..], &mut self.full, &mut self.initials) {
                self.text.push(SEPARATOR);
                let full_start = self.at();
                self.text.push_str(&self.full);
                let full = full_start..self.at();
                self.text.push(SEPARATOR);
                let initials_start = self.at();
                self.text.push_str(&self.initials);
                pinyin = Some((full, initials_start..self.at()));
            }
        }
        self.text.push(SEPARATOR);
        self.fields.push(Field { weight, text, pinyin });
    }

    fn add_digits(&mut self, number: &str) {
        let start = self.at();
        self.text.extend(number.chars().filter(char::is_ascii_digit));
        self.digits.push(start..self.at());
        self.text.push(SEPARATOR);
    }

    fn finish(self) -> Entry {
        let mut text = self.text;
        text.shrink_to_fit();
        let mask = byte_mask(&text);
        Entry { text, fields: self.fields, digits: self.digits, mask }
    }
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

    /// A book with the cases incremental search must get right: Chinese
    /// names (pinyin, initials), accents, phone numbers, tags and events.
    fn generated_book(count: usize) -> (Vec<Contact>, Vec<Tag>, Vec<Event>) {
        const SURNAMES: [&str; 8] = ["王", "李", "张", "Smith", "García", "Müller", "Nguyen", "欧阳"];
        const GIVEN: [&str; 7] = ["伟", "芳", "娜", "Anna", "Ben", "Zoë", "Wei"];
        let tags = vec![Tag::new(TagId::new("t0"), "WAIC 2026"), Tag::new(TagId::new("t1"), "上海 leads")];
        let events = vec![Event::new(EventId::new("e0"), "CES Las Vegas")];
        let contacts = (0..count)
            .map(|i| {
                let mut c = contact(&format!("c{i}"), if i % 5 == 0 { "Boss" } else { "" }, "");
                c.name.formatted = format!("{} {} {i}", SURNAMES[i % 8], GIVEN[(i * 3) % 7]);
                c.organization = format!("Company {} 公司", i % 13);
                c.title = ["Director", "CTO", "经理"][i % 3].into();
                c.phones.push(Phone::new(PhoneKind::Cell, &format!("+86 138-{:04}-{:04}", i % 97, i)));
                c.description = format!("Met at booth {}; zhang's pilot", i % 11);
                c.tags.push(tags[i % 2].id.clone());
                c.event = (i % 3 == 0).then(|| events[0].id.clone());
                c
            })
            .collect();
        (contacts, tags, events)
    }

    #[test]
    fn narrowing_search_gives_the_same_results_as_a_full_search() {
        let (contacts, tags, events) = generated_book(300);
        let index = SearchIndex::build(&contacts, &tags, &events);
        // Sequences of queries as a user edits them: typing forwards, typing
        // at the start, adding and removing words, digits, deleting.
        let sessions: [&[&str]; 9] = [
            &["z", "zh", "zha", "zhan", "zhang", "zhangw", "zhangwe", "zhangwei"],
            &["w", "zw", "ozw", "oyf"],
            &["a", "an", "ann", "anna", "anna ", "anna s", "anna sm", "anna smith", "anna smit", "anna"],
            &["1", "13", "138", "138-", "138-0", "138-00", "13800", "0013", "+86 138-0001"],
            &["g", "ga", "gar", "garc", "garci", "garcia", "garcía", "GARCIA c", "garcia co"],
            &["上", "上海", "shanghai", "sh", "s"],
            &["boss", "boss 1", "boss 10", "boss 105", "boss"],
            &["di", "dir", "director", "director 公", "director 公司", "director gs"],
            &["5", "55", "555", "5555", "5 55", "c55", "c"],
        ];
        for session in sessions {
            let mut state: Option<SearchState> = None;
            for query in session {
                let next = index.search_after(query, state.as_ref());
                assert_eq!(next.hits(), index.search(query).as_slice(), "query {query:?} in {session:?}");
                state = Some(next);
            }
        }
        // Some of those must have found people, or the test proves little.
        assert!(index.search("zhangwei").len() > 10);
        assert!(!index.search("138-0001").is_empty());
        assert!(!index.search("shanghai").is_empty());
    }

    #[test]
    fn alias_outranks_name_match_of_others() {
        let contacts = vec![contact("by-name", "", "Acme Smith"), contact("by-alias", "Acme", "Bob")];
        let index = SearchIndex::build(&contacts, &[], &[]);
        assert_eq!(found(&index, &contacts, "acme"), ["by-alias", "by-name"]);
    }
}
