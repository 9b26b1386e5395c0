//! The store against real IndexedDB in headless Chromium: every operation,
//! the schema migration, a failed transaction, and backup round trips.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use mingpian::model::{
    read_vcards_str, Audience, Backup, Book, Broadcast, BroadcastId, Channel, Contact, ContactId, Email, Event,
    EventId, Phone, PhoneKind, Photo, PhotoId, PlaceKind, RecipientState, Tag, TagId,
};
use mingpian::store::{changes, schema, Change, Store, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn fresh_store() -> Store {
    Store::open_named(&format!("test-{}", mingpian::store::new_id()), schema::VERSION)
        .await
        .expect("open")
}

fn person(id: &str, name: &str, phone: &str) -> Contact {
    let mut contact = Contact::new(ContactId::new(id), 1_700_000_000_000);
    contact.name.formatted = name.to_owned();
    contact.phones.push(Phone::new(PhoneKind::Cell, phone));
    contact
}

fn photo(id: &str, bytes: &[u8]) -> Photo {
    Photo { id: PhotoId::new(id), mime: "image/jpeg".into(), bytes: bytes.to_vec() }
}

#[wasm_bindgen_test]
async fn adds_reads_and_deletes_a_contact_with_its_photo() {
    let store = fresh_store().await;
    let leads = Tag::new(TagId::new("t-leads"), "leads");
    let mut li = person("c1", "李娜", "+86 138 0000 0001");
    li.alias = "Li Na, Acme".into();
    li.tags.push(leads.id.clone());
    li.card_photo = Some(PhotoId::new("p1"));
    store.add_contact(&li, &[photo("p1", &[0xFF, 0xD8, 0xFF, 1, 2, 3])], &[leads.clone()]).await.unwrap();

    assert_eq!(store.contact(&li.id).await.unwrap(), Some(li.clone()));
    assert_eq!(store.tags().await.unwrap(), vec![leads.clone()]);
    assert_eq!(store.photo(&PhotoId::new("p1")).await.unwrap().unwrap().bytes, vec![0xFF, 0xD8, 0xFF, 1, 2, 3]);
    assert_eq!(store.photo_blob(&PhotoId::new("p1")).await.unwrap().unwrap().size(), 6.0);
    assert_eq!(store.contacts_with_tag(&leads.id).await.unwrap().len(), 1);

    store.delete_contact(&li.id).await.unwrap();
    assert_eq!(store.contact(&li.id).await.unwrap(), None);
    assert_eq!(store.photo(&PhotoId::new("p1")).await.unwrap(), None, "photo outlived its contact");
    assert_eq!(store.delete_contact(&li.id).await, Err(StoreError::NotFound));
}

#[wasm_bindgen_test]
async fn an_edit_made_elsewhere_is_not_overwritten() {
    let store = fresh_store().await;
    let original = person("c1", "Wang Fang", "+86 139 0000 0002");
    store.add_contact(&original, &[], &[]).await.unwrap();

    // Two tabs open the same contact at revision 1.
    let mut tab_a = original.clone();
    let mut tab_b = original.clone();
    tab_a.alias = "Fang (tab A)".into();
    let saved = store.update_contact(&tab_a, &[], 1_700_000_001_000).await.unwrap();
    assert_eq!(saved.revision, 2);

    tab_b.alias = "Fang (tab B)".into();
    assert_eq!(store.update_contact(&tab_b, &[], 1_700_000_002_000).await, Err(StoreError::Conflict { current: 2 }));
    assert_eq!(store.contact(&original.id).await.unwrap().unwrap().alias, "Fang (tab A)");
}

#[wasm_bindgen_test]
async fn a_failed_write_changes_nothing() {
    let store = fresh_store().await;
    let first = person("c1", "Zhang Wei", "+86 1");
    store.add_contact(&first, &[], &[]).await.unwrap();

    // Same id again, with a new tag and a photo in the same transaction: the
    // constraint error must roll all of it back.
    let mut clash = person("c1", "Impostor", "+86 2");
    clash.tags.push(TagId::new("t-new"));
    let result = store
        .add_contact(&clash, &[photo("p-new", b"x")], &[Tag::new(TagId::new("t-new"), "new")])
        .await;
    assert!(matches!(result, Err(StoreError::Constraint(_))), "{result:?}");
    assert_eq!(store.contact(&first.id).await.unwrap(), Some(first));
    assert_eq!(store.tags().await.unwrap(), vec![]);
    assert_eq!(store.photo(&PhotoId::new("p-new")).await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn deleting_a_tag_removes_it_from_contacts() {
    let store = fresh_store().await;
    let leads = Tag::new(TagId::new("t1"), "leads");
    let shanghai = Tag::new(TagId::new("t2"), "Shanghai");
    let mut a = person("a", "A", "1");
    a.tags = vec![leads.id.clone(), shanghai.id.clone()];
    let mut b = person("b", "B", "2");
    b.tags = vec![leads.id.clone()];
    store.add_contact(&a, &[], &[leads.clone(), shanghai.clone()]).await.unwrap();
    store.add_contact(&b, &[], &[]).await.unwrap();

    let renamed = Tag { name: "hot leads".into(), ..leads.clone() };
    store.put_tag(&renamed).await.unwrap();
    assert!(store.tags().await.unwrap().contains(&renamed));

    assert_eq!(store.delete_tag(&leads.id, 1_700_000_009_000).await.unwrap(), 2);
    assert_eq!(store.tags().await.unwrap(), vec![shanghai.clone()]);
    assert_eq!(store.contact(&a.id).await.unwrap().unwrap().tags, vec![shanghai.id.clone()]);
    assert!(store.contact(&b.id).await.unwrap().unwrap().tags.is_empty());
    assert!(store.contacts_with_tag(&leads.id).await.unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn events_index_contacts_met_there() {
    let store = fresh_store().await;
    let waic = Event::new(EventId::new("e1"), "WAIC 2026");
    store.put_event(&waic).await.unwrap();
    let mut met = person("m", "Met", "1");
    met.event = Some(waic.id.clone());
    store.add_contact(&met, &[], &[]).await.unwrap();
    store.add_contact(&person("n", "Not met", "2"), &[], &[]).await.unwrap();
    assert_eq!(store.events().await.unwrap(), vec![waic.clone()]);
    assert_eq!(store.contacts_at_event(&waic.id).await.unwrap(), vec![met]);
}

#[wasm_bindgen_test]
async fn upgrading_from_schema_1_keeps_every_record() {
    let name = format!("test-migration-{}", mingpian::store::new_id());
    let v1 = Store::open_named(&name, 1).await.unwrap();
    assert!(!v1.store_names().contains(&schema::SETTINGS.to_owned()));
    let tag = Tag::new(TagId::new("t"), "WAIC 2026");
    let mut contact = person("c", "赵敏", "+86 5");
    contact.tags.push(tag.id.clone());
    contact.card_photo = Some(PhotoId::new("p"));
    v1.add_contact(&contact, &[photo("p", b"card")], &[tag.clone()]).await.unwrap();
    v1.put_event(&Event::new(EventId::new("e"), "Demo day")).await.unwrap();
    v1.close();

    let current = Store::open_named(&name, schema::VERSION).await.unwrap();
    assert_eq!(current.version(), schema::VERSION);
    assert!(current.store_names().contains(&schema::SETTINGS.to_owned()));
    assert!(current.store_names().contains(&schema::BROADCASTS.to_owned()));
    assert!(current.broadcasts().await.unwrap().is_empty());
    assert_eq!(current.contacts().await.unwrap(), vec![contact.clone()]);
    assert_eq!(current.tags().await.unwrap(), vec![tag]);
    assert_eq!(current.events().await.unwrap().len(), 1);
    assert_eq!(current.photo(&PhotoId::new("p")).await.unwrap().unwrap().bytes, b"card");
    assert_eq!(current.contacts_with_tag(&TagId::new("t")).await.unwrap(), vec![contact]);
}

#[wasm_bindgen_test]
async fn another_tab_upgrading_closes_this_connection_and_says_so() {
    let name = format!("test-upgrade-{}", mingpian::store::new_id());
    let old_tab = Store::open_named(&name, 1).await.unwrap();
    let told = Rc::new(Cell::new(false));
    let flag = told.clone();
    changes::listen(move |change| {
        if change == Change::SchemaUpgraded {
            flag.set(true);
        }
    });
    // Would block forever if the old connection stayed open.
    let new_tab = Store::open_named(&name, schema::VERSION).await.unwrap();
    assert!(told.get());
    assert_eq!(new_tab.version(), schema::VERSION);
    drop(old_tab);
}

#[wasm_bindgen_test]
async fn imports_a_vcard_file_with_tags_and_photo_once() {
    let store = fresh_store().await;
    let cards = read_vcards_str(include_str!("fixtures/vcard/iphone.vcf")).unwrap();
    let expected = cards.len();
    let report = store.import_cards(cards.clone(), 1_700_000_000_000).await.unwrap();
    assert_eq!(report.added, expected);
    let contacts = store.contacts().await.unwrap();
    assert_eq!(contacts.len(), expected);
    for card in &cards {
        let stored = contacts.iter().find(|c| c.name == card.contact.name).expect("imported");
        let tags = store.tags().await.unwrap();
        let names: Vec<_> = stored.tags.iter().map(|t| tags.iter().find(|x| &x.id == t).unwrap().name.clone()).collect();
        assert_eq!(names, card.tag_names);
        if let Some(portrait) = &card.portrait {
            let photo = store.photo(stored.portrait.as_ref().unwrap()).await.unwrap().unwrap();
            assert_eq!(photo.bytes, portrait.bytes);
        }
    }
    // The same file again adds nothing.
    let again = store.import_cards(cards, 1_700_000_000_001).await.unwrap();
    assert_eq!((again.added, again.skipped_duplicates), (0, expected));
}

#[wasm_bindgen_test]
async fn backup_round_trip_restores_everything_exactly_and_merges_without_duplicates() {
    let source = fresh_store().await;
    let tag = Tag { colour: "#0f6b63".into(), ..Tag::new(TagId::new("t"), "leads") };
    let event = Event::new(EventId::new("e"), "WAIC 2026");
    source.put_event(&event).await.unwrap();
    let mut full = person("c1", "Li Na", "+86 138");
    full.alias = "Li Na, Acme 🚀".into();
    full.emails.push(Email::new(PlaceKind::Work, "li.na@acme.cn"));
    full.description = "Met at the tea break;\nwants a demo, \"soon\"".into();
    full.tags.push(tag.id.clone());
    full.event = Some(event.id.clone());
    full.card_photo = Some(PhotoId::new("p1"));
    full.raw_payload = Some("MECARD:N:Li,Na;TEL:+86138;;".into());
    source.add_contact(&full, &[photo("p1", &[0, 1, 2, 255])], &[tag.clone()]).await.unwrap();
    source.set_setting("cards", serde_json::json!([{ "name": "Work" }])).await.unwrap();
    let audience = Audience { tags: vec![tag.id.clone()], ..Audience::default() };
    let broadcast = Broadcast::new("b1", 5, "Demo day", "Hi {name}", audience, &[&full]);
    source.add_broadcast(&broadcast).await.unwrap();
    source.mark_recipients(&broadcast.id, &[full.id.clone()], RecipientState::Sent, Some(Channel::Sms), 9).await.unwrap();

    let (book, settings) = source.export_book().await.unwrap();
    let json = Backup::new(book.clone(), settings.clone(), 1).to_json();
    let parsed = Backup::from_json(&json).unwrap();

    let target = fresh_store().await;
    let report = target.restore(parsed.book.clone(), parsed.settings.clone()).await.unwrap();
    assert_eq!(report.contacts_added.len(), 1);
    let (restored, restored_settings) = target.export_book().await.unwrap();
    assert_eq!(restored.broadcasts.len(), 1);
    assert_eq!(restored.broadcasts[0].reached(&full.id), Some((9, Some(Channel::Sms))));
    assert_eq!(restored, book);
    assert_eq!(restored_settings, settings);

    // Restoring again, into a book that now has it all, adds nothing.
    let again = target.restore(parsed.book, parsed.settings).await.unwrap();
    assert!(again.is_empty(), "{again:?}");
    assert_eq!(target.contacts().await.unwrap().len(), 1);
}

#[wasm_bindgen_test]
async fn restore_unifies_a_tag_with_the_same_name() {
    let target = fresh_store().await;
    let local = Tag::new(TagId::new("local"), "Leads");
    target.put_tag(&local).await.unwrap();
    let mut contact = person("c", "C", "1");
    contact.tags.push(TagId::new("incoming"));
    let incoming = Book {
        contacts: vec![contact],
        tags: vec![Tag::new(TagId::new("incoming"), "leads")],
        ..Book::default()
    };
    target.restore(incoming, Default::default()).await.unwrap();
    assert_eq!(target.tags().await.unwrap(), vec![local.clone()]);
    assert_eq!(target.contacts_with_tag(&local.id).await.unwrap().len(), 1);
}

#[wasm_bindgen_test]
async fn replacing_a_card_photo_deletes_the_old_one_in_the_same_transaction() {
    let store = fresh_store().await;
    let mut contact = person("c", "Card Holder", "1");
    contact.card_photo = Some(PhotoId::new("old"));
    store.add_contact(&contact, &[photo("old", b"old")], &[]).await.unwrap();

    let saved = store.set_card_photo(&contact, Some(&photo("new", b"new")), 1_700_000_001_000).await.unwrap();
    assert_eq!(saved.card_photo, Some(PhotoId::new("new")));
    assert_eq!(store.photo(&PhotoId::new("old")).await.unwrap(), None);
    assert_eq!(store.photo(&PhotoId::new("new")).await.unwrap().unwrap().bytes, b"new");

    // A stale copy (revision 1) must not clobber the newer one.
    assert_eq!(store.set_card_photo(&contact, None, 1_700_000_002_000).await, Err(StoreError::Conflict { current: 2 }));
    let removed = store.set_card_photo(&saved, None, 1_700_000_003_000).await.unwrap();
    assert_eq!(removed.card_photo, None);
    assert_eq!(store.photo(&PhotoId::new("new")).await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn broadcasts_are_saved_marked_from_two_tabs_and_deleted() {
    let name = format!("test-broadcasts-{}", mingpian::store::new_id());
    let tab_a = Store::open_named(&name, schema::VERSION).await.unwrap();
    let tab_b = Store::open_named(&name, schema::VERSION).await.unwrap();
    let (anna, ben) = (person("anna", "Anna", "+1 1"), person("ben", "Ben", "+1 2"));
    let broadcast = Broadcast::new("b1", 1, "", "Hello", Audience::default(), &[&anna, &ben]);
    tab_a.add_broadcast(&broadcast).await.unwrap();
    // The same id twice is refused and leaves the first intact.
    let again = Broadcast { message: "other".into(), ..broadcast.clone() };
    assert!(matches!(tab_a.add_broadcast(&again).await, Err(StoreError::Constraint(_))));

    // Two tabs each mark a different person: neither mark is lost.
    let (a, b) = futures::future::join(
        tab_a.mark_recipients(&broadcast.id, &[anna.id.clone()], RecipientState::Sent, Some(Channel::Email), 10),
        tab_b.mark_recipients(&broadcast.id, &[ben.id.clone()], RecipientState::Skipped, None, 11),
    )
    .await;
    a.unwrap();
    b.unwrap();
    let stored = tab_a.broadcast(&broadcast.id).await.unwrap().unwrap();
    assert_eq!(stored.message, "Hello");
    assert_eq!(stored.reached(&anna.id), Some((10, Some(Channel::Email))));
    assert_eq!(stored.recipient(&ben.id).unwrap().state, RecipientState::Skipped);
    assert!(stored.progress().is_finished());

    assert!(matches!(
        tab_a.mark_recipients(&BroadcastId::new("missing"), &[anna.id.clone()], RecipientState::Sent, None, 12).await,
        Err(StoreError::NotFound)
    ));
    tab_b.delete_broadcast(&broadcast.id).await.unwrap();
    assert!(tab_a.broadcasts().await.unwrap().is_empty());
}

#[wasm_bindgen_test]
fn the_start_up_preload_reads_the_current_schema_version() {
    // public/preload.js only reads a database at the version it names.
    let script = include_str!("../public/preload.js");
    let line = format!("const SCHEMA_VERSION = {};", schema::VERSION);
    assert!(script.contains(&line), "public/preload.js must say `{line}`");
}

#[wasm_bindgen_test]
async fn the_contacts_snapshot_is_dropped_by_every_contact_write_and_kept_by_a_failed_one() {
    let store = fresh_store().await;
    let first = person("c1", "Zhang Wei", "+86 1");
    store.add_contact(&first, &[], &[]).await.unwrap();
    assert_eq!(store.contacts_snapshot().await.unwrap(), None);

    store.refresh_contacts_snapshot().await.unwrap();
    let text = store.contacts_snapshot().await.unwrap().expect("snapshot written");
    let from_snapshot: Vec<Contact> = serde_json::from_str(&text).unwrap();
    assert_eq!(from_snapshot, store.contacts().await.unwrap());

    // A write that fails rolls back the drop too: the snapshot still matches.
    let clash = person("c1", "Impostor", "+86 2");
    assert!(store.add_contact(&clash, &[], &[]).await.is_err());
    assert_eq!(store.contacts_snapshot().await.unwrap(), Some(text));

    // Writes that touch contacts drop it; others leave it.
    store.put_event(&Event::new(EventId::new("e"), "Expo")).await.unwrap();
    assert!(store.contacts_snapshot().await.unwrap().is_some());
    let mut edited = store.contact(&first.id).await.unwrap().unwrap();
    edited.alias = "Wei".into();
    store.update_contact(&edited, &[], 5).await.unwrap();
    assert_eq!(store.contacts_snapshot().await.unwrap(), None);
    store.refresh_contacts_snapshot().await.unwrap();
    store.delete_tag(&TagId::new("none"), 6).await.unwrap();
    assert_eq!(store.contacts_snapshot().await.unwrap(), None);
}
