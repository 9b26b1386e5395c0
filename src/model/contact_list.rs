//! What the Contacts page shows for a given search, filter and order: the
//! rows (A–Z section headers and contacts) and the count. Everything that
//! depends only on the contacts is computed once per book, not per
//! keystroke: the A–Z and recently-met orders in [`ContactList::new`], the
//! search index on first use (or ahead of it, with
//! [`ContactList::prepare_search`], so opening the page does not wait for
//! it). Each keystroke only runs [`ContactList::rows`], which narrows the
//! previous search's candidates when the query grows.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

use super::search::SearchState;
use super::text_key::sort_key_and_section;
use super::{Contact, ContactFilter, EventId, Event, SearchIndex, Tag, TagId, TagMode};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ListOrder {
    /// A–Z by alias or name, Chinese by pinyin, with section letters.
    #[default]
    Alphabetical,
    /// Most recently met (or added) first.
    RecentlyMet,
}

/// The list's state as it lives in the URL query (`?q=&tags=a,b&mode=any&event=&order=recent`),
/// so reload and the back button keep it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListQuery {
    pub search: String,
    pub filter: ContactFilter,
    pub order: ListOrder,
}

impl ListQuery {
    /// Reads the query's parameters; unknown or malformed ones are ignored.
    pub fn from_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> ListQuery {
        let mut query = ListQuery::default();
        for (key, value) in params {
            match key {
                "q" => query.search = value.to_owned(),
                "tags" => {
                    query.filter.tags =
                        value.split(',').filter(|t| !t.is_empty()).map(TagId::new).collect()
                }
                "mode" => query.filter.mode = TagMode::parse(value).unwrap_or_default(),
                "event" if !value.is_empty() => query.filter.event = Some(EventId::new(value)),
                "order" if value == "recent" => query.order = ListOrder::RecentlyMet,
                _ => {}
            }
        }
        query
    }

    /// The parameters to put in the URL, defaults left out.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if !self.search.is_empty() {
            params.push(("q", self.search.clone()));
        }
        if !self.filter.tags.is_empty() {
            let ids: Vec<&str> = self.filter.tags.iter().map(TagId::as_str).collect();
            params.push(("tags", ids.join(",")));
            if self.filter.mode == TagMode::Any {
                params.push(("mode", "any".to_owned()));
            }
        }
        if let Some(event) = &self.filter.event {
            params.push(("event", event.as_str().to_owned()));
        }
        if self.order == ListOrder::RecentlyMet {
            params.push(("order", "recent".to_owned()));
        }
        params
    }
}

/// One line of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListRow {
    Section(char),
    /// Position of the contact in the slice given to [`ContactList::new`].
    Contact(usize),
}

pub struct ContactList {
    /// Built on first search from the contacts given to `rows`, with these.
    index: OnceLock<SearchIndex>,
    tags: Vec<Tag>,
    events: Vec<Event>,
    /// The last search, which the next one narrows while the user types.
    last_search: Mutex<Option<SearchState>>,
    /// Contact positions in A–Z order, with each one's section letter.
    alphabetical: Vec<(u32, char)>,
    /// Contact positions, most recently met first.
    recent: Vec<u32>,
    /// Each contact's tags as bits, so a tag filter tests 10,000 contacts
    /// without comparing tag ids; made on the first filter, `None` if the
    /// contacts use more than 64 tags.
    tag_bits: OnceLock<Option<TagBits>>,
}

struct TagBits {
    bit: HashMap<TagId, u32>,
    /// Per contact, in the order given to [`ContactList::new`].
    of_contact: Vec<u64>,
}

impl TagBits {
    fn new(contacts: &[Contact]) -> Option<TagBits> {
        let mut bit = HashMap::new();
        let mut of_contact = Vec::with_capacity(contacts.len());
        for contact in contacts {
            let mut bits = 0_u64;
            for tag in &contact.tags {
                let next = bit.len() as u32;
                let at = *bit.entry(tag.clone()).or_insert(next);
                if at >= 64 {
                    return None;
                }
                bits |= 1 << at;
            }
            of_contact.push(bits);
        }
        Some(TagBits { bit, of_contact })
    }

    /// What [`ContactFilter::matches`] says of contact `i`'s tags.
    fn test(&self, filter: &ContactFilter) -> impl Fn(usize) -> bool + '_ {
        let mut wanted = 0_u64;
        // A tag no contact has: "all of" can never hold, "any of" ignores it.
        let mut unknown = false;
        for tag in &filter.tags {
            match self.bit.get(tag) {
                Some(at) => wanted |= 1 << at,
                None => unknown = true,
            }
        }
        let (all, none_wanted) = (filter.mode == TagMode::All, filter.tags.is_empty());
        move |i| {
            let bits = self.of_contact[i];
            none_wanted || if all { !unknown && bits & wanted == wanted } else { bits & wanted != 0 }
        }
    }
}

impl ContactList {
    /// Prepares the list orders for `contacts`; every later call must pass
    /// the same contacts.
    pub fn new(contacts: &[Contact], tags: &[Tag], events: &[Event]) -> ContactList {
        let mut keyed: Vec<(bool, String, u32, char)> = contacts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (key, letter) = sort_key_and_section(&c.display_name());
                // `#` (digits, symbols) goes last, as in WeChat.
                (letter == '#', key, i as u32, letter)
            })
            .collect();
        keyed.sort_unstable();
        let mut recent: Vec<u32> = (0..contacts.len() as u32).collect();
        recent.sort_by_key(|&i| {
            let c = &contacts[i as usize];
            std::cmp::Reverse(c.met_at.unwrap_or(c.created))
        });
        ContactList {
            index: OnceLock::new(),
            tags: tags.to_vec(),
            events: events.to_vec(),
            last_search: Mutex::new(None),
            alphabetical: keyed.into_iter().map(|(_, _, i, letter)| (i, letter)).collect(),
            recent,
            tag_bits: OnceLock::new(),
        }
    }

    /// Builds the search index now if it is not built yet, so the first
    /// keystroke does not wait for it (call it when the page is idle).
    pub fn prepare_search(&self, contacts: &[Contact]) {
        self.index(contacts);
    }

    fn index(&self, contacts: &[Contact]) -> &SearchIndex {
        self.index.get_or_init(|| SearchIndex::build(contacts, &self.tags, &self.events))
    }

    /// The rows for `query`. While searching, results come best first with
    /// no sections; otherwise in the chosen order.
    pub fn rows(&self, contacts: &[Contact], query: &ListQuery) -> Vec<ListRow> {
        let filter = &query.filter;
        let tags_ok = if filter.tags.is_empty() {
            None
        } else {
            self.tag_bits.get_or_init(|| TagBits::new(contacts)).as_ref().map(|bits| bits.test(filter))
        };
        let shown = |i: &usize| match &tags_ok {
            _ if filter.is_empty() => true,
            Some(tags_ok) => {
                tags_ok(*i) && filter.event.as_ref().is_none_or(|e| contacts[*i].event.as_ref() == Some(e))
            }
            // No tags wanted, or too many tags for bits.
            None => filter.matches(&contacts[*i]),
        };
        if !query.search.trim().is_empty() {
            let index = self.index(contacts);
            let mut last = self.last_search.lock().unwrap_or_else(PoisonError::into_inner);
            let search = index.search_after(&query.search, last.as_ref());
            let rows = search.hits().iter().map(|&(i, _)| i).filter(shown).map(ListRow::Contact).collect();
            *last = Some(search);
            return rows;
        }
        match query.order {
            ListOrder::RecentlyMet => {
                self.recent.iter().map(|&i| i as usize).filter(shown).map(ListRow::Contact).collect()
            }
            ListOrder::Alphabetical => {
                let mut rows = Vec::with_capacity(self.alphabetical.len() + 27);
                let mut current = None;
                for &(i, letter) in &self.alphabetical {
                    let i = i as usize;
                    if !shown(&i) {
                        continue;
                    }
                    if current != Some(letter) {
                        rows.push(ListRow::Section(letter));
                        current = Some(letter);
                    }
                    rows.push(ListRow::Contact(i));
                }
                rows
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContactId;

    fn person(id: &str, name: &str, tags: &[&str], met: i64) -> Contact {
        let mut c = Contact::new(ContactId::new(id), met);
        c.name.formatted = name.into();
        c.tags = tags.iter().map(|t| TagId::new(*t)).collect();
        c.met_at = Some(met);
        c
    }

    fn names(contacts: &[Contact], rows: &[ListRow]) -> Vec<String> {
        rows.iter()
            .map(|r| match r {
                ListRow::Section(c) => format!("[{c}]"),
                ListRow::Contact(i) => contacts[*i].display_name(),
            })
            .collect()
    }

    fn book() -> Vec<Contact> {
        vec![
            person("1", "张伟", &["leads", "ny"], 3),
            person("2", "Anna", &["leads"], 1),
            person("3", "Zoe", &["ny"], 4),
            person("4", "李娜", &[], 2),
            person("5", "007 Agency", &["leads"], 5),
        ]
    }

    #[test]
    fn alphabetical_with_pinyin_sections_and_hash_last() {
        let contacts = book();
        let list = ContactList::new(&contacts, &[], &[]);
        let rows = list.rows(&contacts, &ListQuery::default());
        assert_eq!(names(&contacts, &rows), ["[A]", "Anna", "[L]", "李娜", "[Z]", "张伟", "Zoe", "[#]", "007 Agency"]);
    }

    #[test]
    fn filters_and_orders() {
        let contacts = book();
        let list = ContactList::new(&contacts, &[], &[]);
        let mut query = ListQuery::from_params([("tags", "leads,ny")]);
        assert_eq!(names(&contacts, &list.rows(&contacts, &query)), ["[Z]", "张伟"]);
        query.filter.mode = TagMode::Any;
        query.order = ListOrder::RecentlyMet;
        assert_eq!(names(&contacts, &list.rows(&contacts, &query)), ["007 Agency", "Zoe", "张伟", "Anna"]);
    }

    #[test]
    fn search_ignores_order_and_respects_filter() {
        let contacts = book();
        let list = ContactList::new(&contacts, &[], &[]);
        let query = ListQuery::from_params([("q", "zw"), ("tags", "ny")]);
        assert_eq!(names(&contacts, &list.rows(&contacts, &query)), ["张伟"]);
        let none = ListQuery::from_params([("q", "zw"), ("tags", "nobody")]);
        assert!(list.rows(&contacts, &none).is_empty());
    }

    #[test]
    fn search_while_typing_matches_a_fresh_list() {
        let contacts = book();
        let list = ContactList::new(&contacts, &[], &[]);
        for q in ["z", "zw", "zha", "zhang", "zhangwei", "a", "an", "anna", "anna 1", "", "l", "li"] {
            let query = ListQuery::from_params([("q", q)]);
            let fresh = ContactList::new(&contacts, &[], &[]);
            assert_eq!(list.rows(&contacts, &query), fresh.rows(&contacts, &query), "query {q:?}");
        }
        list.prepare_search(&contacts);
        let query = ListQuery::from_params([("q", "zw")]);
        assert_eq!(names(&contacts, &list.rows(&contacts, &query)), ["张伟"]);
    }

    #[test]
    fn tag_filter_shortcut_agrees_with_the_filter() {
        let mut contacts = book();
        contacts[3].event = Some(EventId::new("waic"));
        contacts[0].event = Some(EventId::new("waic"));
        let list = ContactList::new(&contacts, &[], &[]);
        for tags in [&[][..], &["leads"], &["ny"], &["leads", "ny"], &["leads", "nobody"], &["nobody"]] {
            for mode in [TagMode::All, TagMode::Any] {
                for event in [None, Some(EventId::new("waic")), Some(EventId::new("none"))] {
                    let filter = ContactFilter { tags: tags.iter().map(|t| TagId::new(*t)).collect(), mode, event };
                    let query = ListQuery { filter: filter.clone(), order: ListOrder::RecentlyMet, ..Default::default() };
                    let expected: Vec<ListRow> = list
                        .recent
                        .iter()
                        .map(|&i| i as usize)
                        .filter(|&i| filter.matches(&contacts[i]))
                        .map(ListRow::Contact)
                        .collect();
                    assert_eq!(list.rows(&contacts, &query), expected, "{filter:?}");
                }
            }
        }
        assert!(list.tag_bits.get().is_some_and(Option::is_some));
        // More than 64 tags: the filter itself, same answers.
        let mut many = book();
        many[4].tags.extend((0..70).map(|t| TagId::new(format!("t{t}"))));
        let list = ContactList::new(&many, &[], &[]);
        let query = ListQuery::from_params([("tags", "t69,leads"), ("mode", "all")]);
        assert_eq!(names(&many, &list.rows(&many, &query)), ["[#]", "007 Agency"]);
        assert!(list.tag_bits.get().is_some_and(Option::is_none));
    }

    #[test]
    fn query_round_trips_through_url_params() {
        let query = ListQuery::from_params([("q", "li na"), ("tags", "a,b"), ("mode", "any"), ("event", "e1"), ("order", "recent"), ("junk", "x")]);
        let params = query.to_params();
        let again = ListQuery::from_params(params.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(again, query);
        assert!(ListQuery::default().to_params().is_empty());
    }
}
