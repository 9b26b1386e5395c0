//! Settings › Export: vCard (all contacts or one tag), CSV, and the
//! lossless backup. Files are saved on the phone; nothing is uploaded.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address_book::{describe_store_error, use_address_book};
use crate::context::use_i18n;
use crate::files;
use crate::i18n::{Locale, Text};
use crate::model::{contacts_to_csv, write_vcards, Backup, TagId};
use crate::store::{now, Store};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Format {
    Vcard,
    Csv,
    Backup,
}

#[component]
pub fn DataExport() -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    // Empty: every contact; otherwise the id of the one tag to export.
    let selection = RwSignal::new(String::new());
    let message = RwSignal::new(None::<Result<String, String>>);
    let run = move |format: Format| {
        let locale = t.locale.get_untracked();
        let tag = Some(selection.get_untracked()).filter(|s| !s.is_empty()).map(TagId::new);
        spawn_local(async move {
            message.try_set(Some(export(locale, format, tag).await));
        });
    };

    view! {
        <section class="card" aria-labelledby="export-heading">
            <h2 id="export-heading">{t.t(Text::SettingsExport)}</h2>
            <label class="field">
                <span>{t.t(Text::ExportWhich)}</span>
                <select on:change=move |ev| selection.set(event_target_value(&ev)) prop:value=move || selection.get()>
                    <option value="">{t.t(Text::ExportAll)}</option>
                    <For each=move || book.tags.get() key=|tag| (tag.id.clone(), tag.name.clone()) let:tag>
                        <option value=tag.id.as_str().to_owned()>{tag.name.clone()}</option>
                    </For>
                </select>
            </label>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| run(Format::Vcard)>{t.t(Text::ExportVcard)}</button>
                <button type="button" class="button" on:click=move |_| run(Format::Csv)>{t.t(Text::ExportCsv)}</button>
            </div>
            <p class="help">{t.t(Text::ExportBackupHelp)}</p>
            <div class="button-row">
                <button type="button" class="button primary" on:click=move |_| run(Format::Backup)>{t.t(Text::ExportBackup)}</button>
            </div>
            {move || message.get().map(|m| match m {
                Ok(text) => view! { <p class="notice" role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p class="notice error" role="alert">{text}</p> }.into_any(),
            })}
        </section>
    }
}

async fn export(locale: Locale, format: Format, tag: Option<TagId>) -> Result<String, String> {
    let store = Store::shared().await.map_err(|e| describe_store_error(locale, &e))?;
    let (mut book, settings) = store.export_book().await.map_err(|e| describe_store_error(locale, &e))?;
    let stamp = files::today_stamp();
    let (name, mime, bytes) = match format {
        Format::Backup => (
            format!("mingpian-backup-{stamp}.json"),
            "application/json",
            Backup::new(book, settings, now()).to_json().into_bytes(),
        ),
        Format::Vcard | Format::Csv => {
            if let Some(tag) = &tag {
                book.contacts.retain(|c| c.has_tag(tag));
            }
            if book.contacts.is_empty() {
                return Err(locale.text(Text::ExportNothing).to_owned());
            }
            if format == Format::Vcard {
                let text = write_vcards(&book.contacts, &book.tags, &book.photos);
                (format!("mingpian-contacts-{stamp}.vcf"), "text/vcard", text.into_bytes())
            } else {
                let csv = contacts_to_csv(&book.contacts, &book.tags, &book.events);
                (format!("mingpian-contacts-{stamp}.csv"), "text/csv", csv)
            }
        }
    };
    files::save(&name, mime, &bytes).map_err(|reason| locale.fill(Text::ErrorGeneric, &[("reason", &reason)]))?;
    Ok(locale.fill(Text::ExportDone, &[("file", &name)]))
}
