//! My card › save, share and print: the code as PNG or SVG, the card as a
//! `.vcf` through the share sheet (a download where sharing files is not
//! possible), and a business-card-sized print view.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, File, FilePropertyBag, HtmlCanvasElement};

use super::my_card_code::{CardCodes, QrSvg};
use crate::context::use_i18n;
use crate::files;
use crate::i18n::Text;
use crate::model::{MyCard, QrMatrix};

/// Pixels per module in the saved PNG: a version-12 code comes out at
/// 1,168 px, sharp on any print or slide.
const PNG_MODULE_PX: usize = 16;

#[derive(Clone, Copy)]
enum Action {
    Png,
    Svg,
    ShareVcf,
}

#[component]
pub fn MyCardShare(codes: Memo<CardCodes>, current: Memo<Option<MyCard>>) -> impl IntoView {
    let t = use_i18n();
    let message = RwSignal::new(None::<Result<String, String>>);
    let no_code = move || codes.with(|c| c.matrix().is_none());
    let run = move |action: Action| {
        let locale = t.locale.get_untracked();
        let codes = codes.get_untracked();
        let Some(card) = current.get_untracked() else { return };
        spawn_local(async move {
            let outcome = match action {
                Action::Png => save_png(&codes, &card).await,
                Action::Svg => save_svg(&codes, &card),
                Action::ShareVcf => share_vcf(&card).await,
            };
            message.set(match outcome {
                Ok(Some(file)) => Some(Ok(locale.fill(Text::ExportDone, &[("file", &file)]))),
                // Shared (or the share sheet was dismissed): the sheet said all there is to say.
                Ok(None) => None,
                Err(reason) => Some(Err(locale.fill(Text::ErrorGeneric, &[("reason", &reason)]))),
            });
        });
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };

    view! {
        <section class="card my-card-share" aria-labelledby="my-card-share-heading">
            <h2 id="my-card-share-heading">{t.t(Text::MyCardShareHeading)}</h2>
            <div class="button-row">
                <button type="button" class="button" prop:disabled=no_code on:click=move |_| run(Action::Png)>{t.t(Text::MyCardSavePng)}</button>
                <button type="button" class="button" prop:disabled=no_code on:click=move |_| run(Action::Svg)>{t.t(Text::MyCardSaveSvg)}</button>
                <button type="button" class="button" prop:disabled=no_code on:click=move |_| run(Action::ShareVcf)>{t.t(Text::MyCardShareVcf)}</button>
            </div>
            <p class="help">{t.t(Text::MyCardPrintHelp)}</p>
            <div class="button-row">
                <button type="button" class="button" prop:disabled=no_code on:click=print>{t.t(Text::MyCardPrint)}</button>
            </div>
            {move || message.get().map(|m| match m {
                Ok(text) => view! { <p class="notice" role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p class="notice error" role="alert">{text}</p> }.into_any(),
            })}
        </section>
    }
}

/// What `window.print()` prints from this page (hidden on screen): an
/// 85 × 55 mm card with the details on the left and the code on the right.
#[component]
pub fn MyCardPrintView(codes: Memo<CardCodes>, current: Memo<Option<MyCard>>) -> impl IntoView {
    let t = use_i18n();
    move || {
        let locale = t.locale.get();
        let c = codes.get();
        let card = current.get().unwrap_or_default();
        let lines: Vec<String> = [card.title.trim(), card.organization.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .chain(card.phones.iter().chain(&card.emails).map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()))
            .chain((!card.wechat_id.trim().is_empty()).then(|| {
                format!("{} {}", locale.text(Text::MyCardWechatId), card.wechat_id.trim())
            }))
            .collect();
        let code = c.matrix().cloned().map(|matrix| {
            let label = locale.fill(Text::MyCardCodeAlt, &[("name", &c.name)]);
            view! { <QrSvg matrix label/> }
        });
        view! {
            <div class="my-card-print">
                <div class="my-card-print-text">
                    <p class="my-card-print-name">{card.display_name()}</p>
                    {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                </div>
                <div class="my-card-print-code">{code}</div>
            </div>
        }
    }
}

/// A file name from the card: its name, else its label; characters file
/// systems refuse become dashes.
fn file_stem(codes: &CardCodes, card: &MyCard) -> String {
    let base = if codes.name.is_empty() { card.label.as_str() } else { codes.name.as_str() };
    let clean: String = base
        .trim()
        .chars()
        .map(|c| if c.is_control() || "/\\:*?\"<>|".contains(c) { '-' } else { c })
        .collect();
    if clean.is_empty() { "mingpian-card".to_owned() } else { clean }
}

fn save_svg(codes: &CardCodes, card: &MyCard) -> Result<Option<String>, String> {
    let matrix = codes.matrix().ok_or("no code")?;
    let name = format!("{}-qr.svg", file_stem(codes, card));
    files::save(&name, "image/svg+xml", matrix.to_svg().as_bytes())?;
    Ok(Some(name))
}

async fn save_png(codes: &CardCodes, card: &MyCard) -> Result<Option<String>, String> {
    let matrix = codes.matrix().ok_or("no code")?;
    let bytes = png_bytes(matrix).await?;
    let name = format!("{}-qr.png", file_stem(codes, card));
    files::save(&name, "image/png", &bytes)?;
    Ok(Some(name))
}

/// Draws the code on a canvas, [`PNG_MODULE_PX`] a module, and encodes it.
async fn png_bytes(matrix: &QrMatrix) -> Result<Vec<u8>, String> {
    let js = |e: JsValue| format!("{e:?}");
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").map_err(js)?.unchecked_into();
    let side = matrix.size_with_quiet_zone() * PNG_MODULE_PX;
    canvas.set_width(side as u32);
    canvas.set_height(side as u32);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(js)?
        .ok_or("no 2D canvas")?
        .unchecked_into();
    context.set_fill_style_str("#fff");
    context.fill_rect(0.0, 0.0, side as f64, side as f64);
    context.set_fill_style_str("#000");
    let px = PNG_MODULE_PX as f64;
    for (x, y, len) in matrix.dark_runs() {
        context.fill_rect(x as f64 * px, y as f64 * px, len as f64 * px, px);
    }
    let promise = Promise::new(&mut |resolve, _reject| {
        let _ = canvas.to_blob(&resolve);
    });
    let blob: Blob = JsFuture::from(promise)
        .await
        .map_err(js)?
        .dyn_into()
        .map_err(|_| "the browser could not encode a PNG".to_owned())?;
    let buffer = JsFuture::from(blob.array_buffer()).await.map_err(js)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Offers the card's `.vcf` to the share sheet where the browser can share
/// files (phones), else saves it. `Ok(None)`: handed to the share sheet.
async fn share_vcf(card: &MyCard) -> Result<Option<String>, String> {
    let codes = CardCodes::of(card);
    let name = format!("{}.vcf", file_stem(&codes, card));
    let text = card.to_vcf_file();
    if let Some(data) = shareable(&name, &text) {
        let navigator = web_sys::window().ok_or("no window")?.navigator();
        let share = Reflect::get(&navigator, &"share".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok());
        if let Some(share) = share {
            let shared = share
                .call1(&navigator, &data)
                .and_then(|p| p.dyn_into::<Promise>());
            if let Ok(promise) = shared {
                return match JsFuture::from(promise).await {
                    Ok(_) => Ok(None),
                    // The user closed the share sheet: not an error.
                    Err(e) if error_name(&e).as_deref() == Some("AbortError") => Ok(None),
                    Err(_) => save_vcf(&name, &text),
                };
            }
        }
    }
    save_vcf(&name, &text)
}

fn save_vcf(name: &str, text: &str) -> Result<Option<String>, String> {
    files::save(name, "text/vcard", text.as_bytes())?;
    Ok(Some(name.to_owned()))
}

/// `{files: [card.vcf], title}` if `navigator.canShare` accepts it.
fn shareable(name: &str, text: &str) -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let can_share: Function = Reflect::get(&navigator, &"canShare".into()).ok()?.dyn_into().ok()?;
    let options = FilePropertyBag::new();
    options.set_type("text/vcard");
    let parts = Array::of1(&Uint8Array::from(text.as_bytes()));
    let file = File::new_with_u8_array_sequence_and_options(&parts, name, &options).ok()?;
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &Array::of1(&file)).ok()?;
    Reflect::set(&data, &"title".into(), &name.into()).ok()?;
    let allowed = can_share.call1(&navigator, &data).ok()?.as_bool().unwrap_or(false);
    allowed.then(|| data.into())
}

fn error_name(error: &JsValue) -> Option<String> {
    Reflect::get(error, &"name".into()).ok()?.as_string()
}
