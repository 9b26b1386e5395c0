//! A broadcast: one message sent individually to everyone under a
//! combination of tags (WeChat's "send to tag", without a group chat). The
//! phone cannot send on its own, so the record tracks who has been sent
//! it, through which channel and when, and can be resumed later.

use serde::{Deserialize, Serialize};

use super::{sort_key, BroadcastId, Channel, Contact, ContactFilter, ContactId, EventId, Millis, TagId, TagMode};

/// Who a broadcast is for, as chosen in the composer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Audience {
    #[serde(rename = "tags", skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<TagId>,
    /// Every tag ("all") or at least one ("any").
    #[serde(rename = "match_any", skip_serializing_if = "std::ops::Not::not")]
    pub match_any: bool,
    #[serde(rename = "event", skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
}

impl Audience {
    pub fn from_filter(filter: &ContactFilter) -> Audience {
        Audience {
            tags: filter.tags.clone(),
            match_any: filter.mode == TagMode::Any,
            event: filter.event.clone(),
        }
    }

    pub fn filter(&self) -> ContactFilter {
        ContactFilter {
            tags: self.tags.clone(),
            mode: if self.match_any { TagMode::Any } else { TagMode::All },
            event: self.event.clone(),
        }
    }

    /// The contacts it selects, A–Z as the list shows them (Chinese by pinyin).
    /// An empty audience (no tag, no event) selects nobody: sending to the
    /// whole book is never one tap away.
    pub fn select<'a>(&self, contacts: &'a [Contact]) -> Vec<&'a Contact> {
        if self.tags.is_empty() && self.event.is_none() {
            return Vec::new();
        }
        let filter = self.filter();
        let mut chosen: Vec<(String, &Contact)> = contacts
            .iter()
            .filter(|c| filter.matches(c))
            .map(|c| (sort_key(&c.display_name()), c))
            .collect();
        chosen.sort_by(|a, b| a.0.cmp(&b.0));
        chosen.into_iter().map(|(_, c)| c).collect()
    }
}

/// Where one recipient stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RecipientState {
    #[default]
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "sent")]
    Sent,
    #[serde(rename = "skipped")]
    Skipped,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Recipient {
    #[serde(rename = "contact")]
    pub contact: ContactId,
    /// Their name when the broadcast was made, so the record still reads
    /// well if the contact is later renamed or deleted.
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "state")]
    pub state: RecipientState,
    #[serde(rename = "channel", skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// When it was marked sent or skipped.
    #[serde(rename = "at", skip_serializing_if = "Option::is_none")]
    pub at: Option<Millis>,
}

/// How far a broadcast has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub sent: usize,
    pub skipped: usize,
    pub pending: usize,
}

impl Progress {
    pub fn total(&self) -> usize {
        self.sent + self.skipped + self.pending
    }

    pub fn is_finished(&self) -> bool {
        self.pending == 0
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Broadcast {
    #[serde(rename = "id")]
    pub id: BroadcastId,
    #[serde(rename = "created")]
    pub created: Millis,
    #[serde(rename = "updated")]
    pub updated: Millis,
    /// Email subject, and what the broadcast is "about" in lists.
    #[serde(rename = "subject", skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// The message with its placeholders, as written.
    #[serde(rename = "message")]
    pub message: String,
    #[serde(rename = "audience")]
    pub audience: Audience,
    #[serde(rename = "recipients")]
    pub recipients: Vec<Recipient>,
}

impl Broadcast {
    /// A new broadcast to `recipients` (in the order given), all pending.
    pub fn new(
        id: impl Into<BroadcastId>,
        now: Millis,
        subject: &str,
        message: &str,
        audience: Audience,
        recipients: &[&Contact],
    ) -> Broadcast {
        Broadcast {
            id: id.into(),
            created: now,
            updated: now,
            subject: subject.trim().to_owned(),
            message: message.to_owned(),
            audience,
            recipients: recipients
                .iter()
                .map(|c| Recipient {
                    contact: c.id.clone(),
                    name: c.display_name(),
                    ..Recipient::default()
                })
                .collect(),
        }
    }

    /// A short line saying what it was about: the subject, else the start
    /// of the message's first line.
    pub fn about(&self) -> String {
        if !self.subject.is_empty() {
            return self.subject.clone();
        }
        let line = self.message.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
        const MAX: usize = 48;
        if line.chars().count() > MAX {
            let cut: String = line.chars().take(MAX - 1).collect();
            // End on a whole word where the text has spaces between words.
            let cut = match cut.rfind(' ') {
                Some(space) if space > cut.len() / 2 => &cut[..space],
                _ => cut.as_str(),
            };
            format!("{}…", cut.trim_end())
        } else {
            line.to_owned()
        }
    }

    pub fn progress(&self) -> Progress {
        let mut progress = Progress::default();
        for r in &self.recipients {
            match r.state {
                RecipientState::Pending => progress.pending += 1,
                RecipientState::Sent => progress.sent += 1,
                RecipientState::Skipped => progress.skipped += 1,
            }
        }
        progress
    }

    pub fn recipient(&self, contact: &ContactId) -> Option<&Recipient> {
        self.recipients.iter().find(|r| &r.contact == contact)
    }

    /// Records the outcome for one recipient. Returns whether anything changed.
    pub fn mark(&mut self, contact: &ContactId, state: RecipientState, channel: Option<Channel>, now: Millis) -> bool {
        let Some(r) = self.recipients.iter_mut().find(|r| &r.contact == contact) else {
            return false;
        };
        if r.state == state && r.channel == channel {
            return false;
        }
        r.state = state;
        r.channel = if state == RecipientState::Pending { None } else { channel };
        r.at = (state != RecipientState::Pending).then_some(now);
        self.updated = now;
        true
    }

    /// The first pending recipient after position `after` (wrapping round),
    /// skipping those `reachable` says cannot be reached.
    pub fn next_pending(&self, after: Option<usize>, reachable: impl Fn(&ContactId) -> bool) -> Option<usize> {
        let n = self.recipients.len();
        let start = after.map_or(0, |a| a + 1);
        (0..n)
            .map(|k| (start + k) % n)
            .find(|&i| self.recipients[i].state == RecipientState::Pending && reachable(&self.recipients[i].contact))
    }

    /// When and how this contact was sent the message, if they were.
    pub fn reached(&self, contact: &ContactId) -> Option<(Millis, Option<Channel>)> {
        self.recipient(contact)
            .filter(|r| r.state == RecipientState::Sent)
            .map(|r| (r.at.unwrap_or(self.updated), r.channel))
    }
}

/// Newest first, as the list of broadcasts shows them.
pub fn newest_first(broadcasts: &mut [Broadcast]) {
    broadcasts.sort_by(|a, b| b.created.cmp(&a.created).then_with(|| a.id.cmp(&b.id)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(id: &str, name: &str, tags: &[&str], event: Option<&str>) -> Contact {
        let mut c = Contact::new(ContactId::new(id), 0);
        c.name.formatted = name.into();
        c.tags = tags.iter().map(|t| TagId::new(*t)).collect();
        c.event = event.map(EventId::new);
        c
    }

    fn book() -> Vec<Contact> {
        vec![
            contact("zhang", "张伟", &["leads", "ny"], None),
            contact("anna", "Anna Berg", &["leads", "ny"], Some("waic")),
            contact("ben", "Ben Okafor", &["leads"], Some("waic")),
            contact("carla", "Carla Rossi", &["ny"], None),
            contact("li", "李娜", &["press"], Some("waic")),
        ]
    }

    fn ids(contacts: Vec<&Contact>) -> Vec<&str> {
        contacts.into_iter().map(|c| c.id.as_str()).collect()
    }

    #[test]
    fn audience_all_of_any_of_and_event() {
        let book = book();
        let and = Audience { tags: vec![TagId::new("leads"), TagId::new("ny")], ..Audience::default() };
        assert_eq!(ids(and.select(&book)), ["anna", "zhang"]);
        let or = Audience { match_any: true, ..and.clone() };
        assert_eq!(ids(or.select(&book)), ["anna", "ben", "carla", "zhang"]);
        let at_waic = Audience { event: Some(EventId::new("waic")), ..Audience::default() };
        assert_eq!(ids(at_waic.select(&book)), ["anna", "ben", "li"]);
        let leads_at_waic = Audience { tags: vec![TagId::new("leads")], event: Some(EventId::new("waic")), match_any: false };
        assert_eq!(ids(leads_at_waic.select(&book)), ["anna", "ben"]);
        assert!(Audience::default().select(&book).is_empty());
        assert_eq!(Audience::from_filter(&or.filter()), or);
    }

    #[test]
    fn marking_and_progress() {
        let book = book();
        let chosen: Vec<&Contact> = book.iter().take(3).collect();
        let mut b = Broadcast::new("b1", 10, " Demo day ", "Hi {name}", Audience::default(), &chosen);
        assert_eq!(b.progress(), Progress { sent: 0, skipped: 0, pending: 3 });
        assert_eq!(b.recipients[0].name, "张伟");
        assert_eq!(b.about(), "Demo day");
        assert!(b.mark(&ContactId::new("anna"), RecipientState::Sent, Some(Channel::Email), 20));
        assert!(!b.mark(&ContactId::new("anna"), RecipientState::Sent, Some(Channel::Email), 30));
        assert!(!b.mark(&ContactId::new("nobody"), RecipientState::Sent, None, 30));
        assert!(b.mark(&ContactId::new("ben"), RecipientState::Skipped, None, 40));
        assert_eq!(b.progress(), Progress { sent: 1, skipped: 1, pending: 1 });
        assert_eq!(b.updated, 40);
        assert_eq!(b.reached(&ContactId::new("anna")), Some((20, Some(Channel::Email))));
        assert_eq!(b.reached(&ContactId::new("ben")), None);
        assert!(b.mark(&ContactId::new("ben"), RecipientState::Pending, Some(Channel::Sms), 50));
        assert_eq!(b.recipients[2].channel, None);
        assert_eq!(b.recipients[2].at, None);
    }

    #[test]
    fn next_pending_wraps_and_skips_the_unreachable() {
        let book = book();
        let chosen: Vec<&Contact> = book.iter().collect();
        let mut b = Broadcast::new("b1", 0, "", "x", Audience::default(), &chosen);
        let all = |_: &ContactId| true;
        assert_eq!(b.next_pending(None, all), Some(0));
        b.mark(&ContactId::new("zhang"), RecipientState::Sent, None, 1);
        assert_eq!(b.next_pending(Some(0), all), Some(1));
        assert_eq!(b.next_pending(Some(4), all), Some(1));
        let not_anna = |c: &ContactId| c.as_str() != "anna";
        assert_eq!(b.next_pending(Some(0), not_anna), Some(2));
        for id in ["anna", "ben", "carla", "li"] {
            b.mark(&ContactId::new(id), RecipientState::Skipped, None, 2);
        }
        assert_eq!(b.next_pending(None, all), None);
        assert!(b.progress().is_finished());
    }

    #[test]
    fn about_falls_back_to_the_first_line() {
        let mut b = Broadcast { message: "\n  Thanks for coming to the demo day at our Shanghai office last week!\nMore".into(), ..Broadcast::default() };
        assert_eq!(b.about(), "Thanks for coming to the demo day at our…");
        assert!(b.about().chars().count() <= 48);
        b.message = "演示日见".into();
        assert_eq!(b.about(), "演示日见");
    }

    #[test]
    fn serialises_compactly_and_reads_back() {
        let book = book();
        let chosen: Vec<&Contact> = book.iter().take(2).collect();
        let mut b = Broadcast::new("b1", 5, "S", "M", Audience { tags: vec![TagId::new("t")], ..Audience::default() }, &chosen);
        b.mark(&ContactId::new("anna"), RecipientState::Sent, Some(Channel::WeChat), 9);
        let json = serde_json::to_string(&b).unwrap();
        assert!(json.contains(r#""audience":{"tags":["t"]}"#), "{json}");
        assert!(json.contains(r#""state":"sent","channel":"wechat","at":9"#), "{json}");
        assert_eq!(serde_json::from_str::<Broadcast>(&json).unwrap(), b);
        let mut list = vec![b.clone(), Broadcast { id: "b2".into(), created: 7, ..b.clone() }];
        newest_first(&mut list);
        assert_eq!(list[0].id.as_str(), "b2");
    }
}
