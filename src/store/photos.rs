//! Photos live in their own store as Blobs (not base64 inside contacts), so
//! the contact list loads without them and the browser keeps the bytes
//! compactly. Record shape: `{ id, mime, blob }`.

use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag};

use crate::model::{Photo, PhotoId};

use super::error::{StoreError, StoreResult};
use super::schema::PHOTOS;
use super::Store;

/// A stored photo before its bytes are read out of the Blob.
pub struct StoredPhoto {
    pub id: PhotoId,
    pub mime: String,
    pub blob: Blob,
}

impl StoredPhoto {
    fn from_js(value: JsValue) -> StoreResult<StoredPhoto> {
        let field = |name: &str| Reflect::get(&value, &name.into()).unwrap_or(JsValue::UNDEFINED);
        let id = field("id").as_string().ok_or_else(|| corrupt("id"))?;
        let mime = field("mime").as_string().unwrap_or_default();
        let blob = field("blob").dyn_into::<Blob>().map_err(|_| corrupt("blob"))?;
        Ok(StoredPhoto { id: PhotoId::new(id), mime, blob })
    }

    /// Reads the bytes. Call after the transaction: awaiting a Blob inside
    /// one would let IndexedDB auto-commit it.
    pub async fn into_photo(self) -> StoreResult<Photo> {
        let buffer = JsFuture::from(self.blob.array_buffer()).await?;
        Ok(Photo { id: self.id, mime: self.mime, bytes: Uint8Array::new(&buffer).to_vec() })
    }
}

fn corrupt(field: &str) -> StoreError {
    StoreError::Corrupt(format!("photo record without {field}"))
}

pub fn blob_of(bytes: &[u8], mime: &str) -> StoreResult<Blob> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Ok(Blob::new_with_u8_array_sequence_and_options(&parts, &options)?)
}

/// Queues a put of `photo` in the store's transaction.
pub fn put(store: &ObjectStore<'_>, photo: &Photo) -> StoreResult<()> {
    let record = Object::new();
    Reflect::set(&record, &"id".into(), &photo.id.as_str().into())?;
    Reflect::set(&record, &"mime".into(), &photo.mime.as_str().into())?;
    Reflect::set(&record, &"blob".into(), &blob_of(&photo.bytes, &photo.mime)?.into())?;
    store.put(JsValue::from(record)).primitive()?;
    Ok(())
}

pub async fn all(store: &ObjectStore<'_>) -> StoreResult<Vec<StoredPhoto>> {
    let values = store.get_all::<JsValue>().primitive()?.await?;
    values.map(|value| StoredPhoto::from_js(value?)).collect()
}

impl Store {
    /// A photo's Blob, for showing it (`URL.createObjectURL`) without
    /// copying its bytes into wasm memory.
    pub async fn photo_blob(&self, id: &PhotoId) -> StoreResult<Option<Blob>> {
        let tx = self.read(&[PHOTOS])?;
        let value: Option<JsValue> = tx.object_store(PHOTOS)?.get(id.as_str().to_owned()).primitive()?.await?;
        drop(tx);
        value.map(|v| StoredPhoto::from_js(v).map(|p| p.blob)).transpose()
    }

    pub async fn photo(&self, id: &PhotoId) -> StoreResult<Option<Photo>> {
        let tx = self.read(&[PHOTOS])?;
        let value: Option<JsValue> = tx.object_store(PHOTOS)?.get(id.as_str().to_owned()).primitive()?.await?;
        drop(tx);
        match value {
            Some(value) => Ok(Some(StoredPhoto::from_js(value)?.into_photo().await?)),
            None => Ok(None),
        }
    }

    /// Stores or replaces one photo (e.g. a new picture of their card).
    pub async fn put_photo(&self, photo: &Photo) -> StoreResult<()> {
        let tx = self.write(&[PHOTOS])?;
        put(&tx.object_store(PHOTOS)?, photo)?;
        tx.commit().await?;
        Ok(())
    }
}
