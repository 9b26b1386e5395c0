//! What the Contacts page shows for a given search, filter and order: the
//! rows (A–Z section headers and contacts) and the count. Everything that
//! depends only on the contacts (search index, pinyin sort keys) is computed
//! once in [`ContactList::new`]; each keystroke only runs [`ContactList::rows`].

use super::text_key::{section_letter, sort_key};
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
    index: SearchIndex,
    /// Contact positions in A–Z order, with each one's section letter.
    alphabetical: Vec<(usize, char)>,
    /// Contact positions, most recently met first.
    recent: Vec<usize>,
}

impl ContactList {
    pub fn new(contacts: &[Contact], tags: &[Tag], events: &[Event]) -> ContactList {
        let mut keyed: Vec<(String, usize, char)> = contacts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let name = c.display_name();
                (sort_key(&name), i, section_letter(&name))
            })
            .collect();
        keyed.sort();
        // `#` (digits, symbols) goes last, as in WeChat.
        keyed.sort_by_key(|(_, _, letter)| *letter == '#');
        let mut recent: Vec<usize> = (0..contacts.len()).collect();
        recent.sort_by_key(|&i| std::cmp::Reverse(contacts[i].met_at.unwrap_or(contacts[i].created)));
        ContactList {
            index: SearchIndex::build(contacts, tags, events),
            alphabetical: keyed.into_iter().map(|(_, i, letter)| (i, letter)).collect(),
            recent,
        }
    }

    /// The rows for `query`. While searching, results come best first with
    /// no sections; otherwise in the chosen order.
    pub fn rows(&self, contacts: &[Contact], query: &ListQuery) -> Vec<ListRow> {
        let shown = |i: &usize| query.filter.matches(&contacts[*i]);
        if !query.search.trim().is_empty() {
            return self
                .index
                .search(&query.search)
                .into_iter()
                .map(|(i, _)| i)
                .filter(shown)
                .map(ListRow::Contact)
                .collect();
        }
        match query.order {
            ListOrder::RecentlyMet => self.recent.iter().copied().filter(shown).map(ListRow::Contact).collect(),
            ListOrder::Alphabetical => {
                let mut rows = Vec::with_capacity(self.alphabetical.len() + 27);
                let mut current = None;
                for &(i, letter) in &self.alphabetical {
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
    fn query_round_trips_through_url_params() {
        let query = ListQuery::from_params([("q", "li na"), ("tags", "a,b"), ("mode", "any"), ("event", "e1"), ("order", "recent"), ("junk", "x")]);
        let params = query.to_params();
        let again = ListQuery::from_params(params.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(again, query);
        assert!(ListQuery::default().to_params().is_empty());
    }
}
