//! Store benchmark (not a test): 10,000 generated contacts with tags, 10%
//! with a 100 KB photo, in headless Chromium against real IndexedDB.
//! Prints timings; run by `scripts/bench.sh store`.
//!
//! Baseline, measured in the same run: one transaction putting 10,000
//! minimal records (`{id}`) straight through indexed_db_futures, the floor
//! IndexedDB itself sets on this machine.
#![cfg(target_arch = "wasm32")]

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use indexed_db_futures::KeyPath;
use mingpian::model::{Backup, Contact, ContactId, Email, ImportedCard, Phone, PhoneKind, PhotoData, PlaceKind};
use mingpian::store::{quota, schema, Store};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CONTACTS: usize = 10_000;
const PHOTO_EVERY: usize = 10;
const PHOTO_BYTES: usize = 100 * 1024;
const TAGS: [&str; 8] = ["WAIC 2026", "leads", "Shanghai", "New York", "investors", "press", "hiring", "partners"];

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

fn generated_cards() -> Vec<ImportedCard> {
    let surnames = ["王", "李", "张", "刘", "陈", "Smith", "García", "Müller", "Tanaka", "Kim"];
    (0..CONTACTS)
        .map(|i| {
            let mut contact = Contact::new(ContactId::new(""), 0);
            contact.name.formatted = format!("{} {}", surnames[i % surnames.len()], i);
            contact.organization = format!("Company {}", i % 700);
            contact.title = "Director of Partnerships".into();
            contact.phones.push(Phone::new(PhoneKind::Cell, format!("+86 138 {:04} {:04}", i / 10_000, i % 10_000)));
            contact.emails.push(Email::new(PlaceKind::Work, format!("person{i}@example.com")));
            contact.description = format!("Met at booth {} — interested in the pilot; follow up in Q{}.", i % 90, i % 4 + 1);
            let tag_names = (0..1 + i % 3).map(|k| TAGS[(i + k * 3) % TAGS.len()].to_owned()).collect();
            let portrait = (i % PHOTO_EVERY == 0).then(|| PhotoData {
                mime: "image/jpeg".into(),
                bytes: (0..PHOTO_BYTES).map(|b| ((b * 31 + i) % 251) as u8).collect(),
            });
            ImportedCard { contact, tag_names, portrait }
        })
        .collect()
}

async fn baseline_ms(name: &str) -> f64 {
    let db = Database::open(name)
        .with_version(1u32)
        .with_on_upgrade_needed(|_, db| {
            db.create_object_store("plain").with_key_path(KeyPath::One("id")).build()?;
            Ok(())
        })
        .await
        .unwrap();
    let start = now_ms();
    let tx = db.transaction("plain").with_mode(TransactionMode::Readwrite).build().unwrap();
    let store = tx.object_store("plain").unwrap();
    for i in 0..CONTACTS {
        let record = js_sys::Object::new();
        js_sys::Reflect::set(&record, &"id".into(), &JsValue::from(i as u32)).unwrap();
        store.put(JsValue::from(record)).primitive().unwrap();
    }
    tx.commit().await.unwrap();
    let elapsed = now_ms() - start;
    db.close();
    elapsed
}

async fn indexed_db_bytes() -> Option<f64> {
    let manager = web_sys::window()?.navigator().storage();
    let estimate = wasm_bindgen_futures::JsFuture::from(manager.estimate().ok()?).await.ok()?;
    let details = js_sys::Reflect::get(&estimate, &"usageDetails".into()).ok()?;
    js_sys::Reflect::get(&details, &"indexedDB".into()).ok()?.as_f64()
}

fn row(measure: &str, goal: &str, ms: f64, baseline: f64) {
    console_log!("| {measure} | {goal} | {ms:.0} ms | {:.1}× |", ms / baseline);
}

#[wasm_bindgen_test]
async fn store_benchmark() {
    let run = mingpian::store::new_id();
    let baseline = baseline_ms(&format!("bench-baseline-{run}")).await;
    let cards = generated_cards();

    let before = indexed_db_bytes().await.unwrap_or(0.0);
    let store = Store::open_named(&format!("bench-{run}"), schema::VERSION).await.unwrap();
    let start = now_ms();
    let report = store.import_cards(cards, 1_700_000_000_000).await.unwrap();
    let import_ms = now_ms() - start;
    assert_eq!(report.added, CONTACTS);
    assert_eq!(report.photos, CONTACTS / PHOTO_EVERY);

    let mut load_samples = Vec::new();
    for _ in 0..5 {
        let start = now_ms();
        let contacts = store.contacts().await.unwrap();
        let tags = store.tags().await.unwrap();
        let events = store.events().await.unwrap();
        load_samples.push(now_ms() - start);
        assert_eq!((contacts.len(), tags.len(), events.len()), (CONTACTS, TAGS.len(), 0));
    }
    load_samples.sort_by(f64::total_cmp);
    let load_ms = load_samples[2];
    let footprint = indexed_db_bytes().await.map(|after| after - before);

    let start = now_ms();
    let (book, settings) = store.export_book().await.unwrap();
    let json = Backup::new(book, settings, 0).to_json();
    let export_ms = now_ms() - start;

    let target = Store::open_named(&format!("bench-restore-{run}"), schema::VERSION).await.unwrap();
    let start = now_ms();
    let backup = Backup::from_json(&json).unwrap();
    let restored = target.restore(backup.book, backup.settings).await.unwrap();
    let restore_ms = now_ms() - start;
    assert_eq!(restored.contacts_added.len(), CONTACTS);

    console_log!("\n## Store benchmark: {CONTACTS} contacts, {} with a {} KB photo\n", CONTACTS / PHOTO_EVERY, PHOTO_BYTES / 1024);
    console_log!("baseline: {CONTACTS} minimal records in one IndexedDB transaction = {baseline:.0} ms\n");
    console_log!("| measure | goal | measured | vs baseline |");
    console_log!("|---|---|---:|---:|");
    row("bulk import (vCard cards → store, one transaction)", "≤ 3 s", import_ms, baseline);
    row("load whole list into memory (median of 5)", "≤ 300 ms", load_ms, baseline);
    row(&format!("backup export (read all + JSON, {:.0} MB)", json.len() as f64 / 1e6), "≤ 5 s", export_ms, baseline);
    row("backup restore (parse + merge + write)", "≤ 5 s", restore_ms, baseline);
    match footprint {
        Some(bytes) => console_log!("\nIndexedDB footprint: {:.1} MB ({:.0} bytes per contact excluding photos' {:.1} MB)",
            bytes / 1e6,
            (bytes - (CONTACTS / PHOTO_EVERY * PHOTO_BYTES) as f64) / CONTACTS as f64,
            (CONTACTS / PHOTO_EVERY * PHOTO_BYTES) as f64 / 1e6),
        None => console_log!("\nIndexedDB footprint: not reported by this browser"),
    }
    let status = quota::status().await;
    console_log!("origin usage after the run: {:.1} MB", status.used_bytes.unwrap_or(0.0) / 1e6);
    store.close();
    target.close();
}
