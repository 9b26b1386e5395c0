//! Organising the address book against real IndexedDB in headless
//! Chromium: merging tags in one transaction, events keeping their group
//! codes, and card photos shrunk before they are stored.
#![cfg(target_arch = "wasm32")]

use mingpian::model::{Contact, ContactId, Event, EventId, GroupCode, Tag, TagId};
use mingpian::photos::{fit_within, prepare_card_photo, CARD_PHOTO_MAX_SIDE};
use mingpian::store::{schema, Store, StoreError};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn fresh_store() -> Store {
    Store::open_named(&format!("test-{}", mingpian::store::new_id()), schema::VERSION)
        .await
        .expect("open")
}

fn tagged(id: &str, tags: &[&str]) -> Contact {
    let mut contact = Contact::new(ContactId::new(id), 1_700_000_000_000);
    contact.name.formatted = format!("Person {id}");
    contact.tags = tags.iter().map(|t| TagId::new(*t)).collect();
    contact
}

fn tag_ids(contact: &Contact) -> Vec<&str> {
    contact.tags.iter().map(TagId::as_str).collect()
}

#[wasm_bindgen_test]
async fn merging_moves_every_contact_and_deletes_the_first_tag() {
    let store = fresh_store().await;
    let vip = Tag::new(TagId::new("vip"), "VIP");
    let client = Tag::new(TagId::new("client"), "Client");
    let other = Tag::new(TagId::new("other"), "Other");
    store.add_contact(&tagged("a", &["vip", "other"]), &[], &[vip.clone(), client.clone(), other.clone()]).await.unwrap();
    store.add_contact(&tagged("b", &["client", "vip"]), &[], &[]).await.unwrap();
    store.add_contact(&tagged("c", &["other"]), &[], &[]).await.unwrap();

    let changed = store.merge_tags(&vip.id, &client.id, 1_700_000_100_000).await.unwrap();
    assert_eq!(changed, 2);

    let a = store.contact(&ContactId::new("a")).await.unwrap().unwrap();
    let b = store.contact(&ContactId::new("b")).await.unwrap().unwrap();
    let c = store.contact(&ContactId::new("c")).await.unwrap().unwrap();
    assert_eq!(tag_ids(&a), ["client", "other"]);
    assert_eq!(tag_ids(&b), ["client"], "merged tag listed twice");
    assert_eq!(tag_ids(&c), ["other"]);
    assert_eq!((a.revision, b.revision, c.revision), (2, 2, 1), "only changed contacts are touched");
    assert_eq!(a.updated, 1_700_000_100_000);

    let mut names: Vec<String> = store.tags().await.unwrap().into_iter().map(|t| t.name).collect();
    names.sort();
    assert_eq!(names, ["Client", "Other"]);
    assert!(store.contacts_with_tag(&vip.id).await.unwrap().is_empty(), "index still lists the old tag");
    assert_eq!(store.contacts_with_tag(&client.id).await.unwrap().len(), 2);
}

#[wasm_bindgen_test]
async fn merging_into_a_missing_tag_changes_nothing() {
    let store = fresh_store().await;
    let vip = Tag::new(TagId::new("vip"), "VIP");
    store.add_contact(&tagged("a", &["vip"]), &[], std::slice::from_ref(&vip)).await.unwrap();

    assert_eq!(store.merge_tags(&vip.id, &TagId::new("gone"), 5).await, Err(StoreError::NotFound));
    assert_eq!(store.merge_tags(&TagId::new("gone"), &vip.id, 5).await, Err(StoreError::NotFound));
    assert_eq!(store.merge_tags(&vip.id, &vip.id, 5).await, Ok(0));
    assert_eq!(store.tags().await.unwrap(), vec![vip]);
    let a = store.contact(&ContactId::new("a")).await.unwrap().unwrap();
    assert_eq!((tag_ids(&a), a.revision), (vec!["vip"], 1));
}

#[wasm_bindgen_test]
async fn events_keep_their_group_codes() {
    let store = fresh_store().await;
    let mut event = Event::new(EventId::new("e1"), "Demo day");
    event.group_codes.push(GroupCode::new("https://weixin.qq.com/g/abc", "Founders", 1_700_000_000_000));
    store.put_event(&event).await.unwrap();
    assert_eq!(store.events().await.unwrap(), vec![event]);
}

#[wasm_bindgen_test]
async fn a_card_photo_is_shrunk_to_a_jpeg() {
    // A 3200×1200 PNG drawn on a canvas, as a phone photo stands in for.
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").unwrap().unchecked_into();
    canvas.set_width(3200);
    canvas.set_height(1200);
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    context.set_fill_style_str("#0f6b63");
    context.fill_rect(0.0, 0.0, 3200.0, 1200.0);
    let png = js_sys::Promise::new(&mut |resolve, _| {
        let done = wasm_bindgen::closure::Closure::once_into_js(move |blob: wasm_bindgen::JsValue| {
            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &blob);
        });
        canvas.to_blob(done.unchecked_ref()).unwrap();
    });
    let png: web_sys::Blob = JsFuture::from(png).await.unwrap().unchecked_into();

    let photo = prepare_card_photo(&png).await.expect("prepared");
    assert_eq!(photo.mime, "image/jpeg");
    assert_eq!(&photo.bytes[..3], &[0xFF, 0xD8, 0xFF], "not a JPEG");
    assert!(!photo.id.as_str().is_empty());

    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(photo.bytes.as_slice()));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).unwrap();
    let window = web_sys::window().unwrap();
    let bitmap: web_sys::ImageBitmap =
        JsFuture::from(window.create_image_bitmap_with_blob(&blob).unwrap()).await.unwrap().unchecked_into();
    assert_eq!((bitmap.width(), bitmap.height()), (CARD_PHOTO_MAX_SIDE, 600));
}

#[wasm_bindgen_test]
fn sizes_fit_the_long_side() {
    assert_eq!(fit_within(4032, 3024, 1600), (1600, 1200));
    assert_eq!(fit_within(3024, 4032, 1600), (1200, 1600));
    assert_eq!(fit_within(800, 600, 1600), (800, 600), "never enlarged");
    assert_eq!(fit_within(10_000, 1, 1600), (1600, 1));
    assert_eq!(fit_within(0, 0, 1600), (1, 1));
}
