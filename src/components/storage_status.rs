//! Settings › Storage: whether the browser promised to keep our data, and
//! how much we use.

use leptos::prelude::*;

use crate::address_book::use_address_book;
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::store::quota;

fn megabytes(bytes: f64) -> String {
    if bytes >= 1e9 {
        format!("{:.1} GB", bytes / 1e9)
    } else {
        format!("{:.1} MB", bytes / 1e6)
    }
}

#[component]
pub fn StorageStatus() -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    // Re-measured whenever the book changes (an import grows it).
    let status = LocalResource::new(move || {
        book.contacts.track();
        quota::status()
    });
    view! {
        <section class="card" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{t.t(Text::SettingsStorage)}</h2>
            {move || status.get().map(|status| {
                let locale = t.locale.get();
                let kept = locale.text(if status.persistent { Text::StoragePersistent } else { Text::StorageBestEffort });
                let used = match (status.used_bytes, status.quota_bytes) {
                    (Some(used), Some(quota)) => Some(locale.fill(Text::StorageUsed, &[("used", &megabytes(used)), ("quota", &megabytes(quota))])),
                    _ => None,
                };
                view! { <p>{kept}</p> {used.map(|u| view! { <p>{u}</p> })} }
            })}
        </section>
    }
}
