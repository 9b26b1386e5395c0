//! My card › show mode: the code as large as the screen allows, black on
//! white whatever the theme, the name under it, and the screen kept awake
//! (Screen Wake Lock) until it is closed with Close or Escape.

use js_sys::{Function, Promise, Reflect};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::my_card_code::{CardCodes, QrSvg};
use super::dialog_focus::single_button_dialog_focus;
use crate::context::use_i18n;
use crate::i18n::Text;

#[component]
pub fn MyCardShow(
    codes: Memo<CardCodes>,
    open: RwSignal<bool>,
    /// Gets focus back when show mode closes.
    return_focus: NodeRef<html::Button>,
) -> impl IntoView {
    let t = use_i18n();
    let close_button = NodeRef::<html::Button>::new();
    let wake_lock = WakeLock::new();

    single_button_dialog_focus(open, close_button, return_focus);
    // The screen stays awake exactly while show mode is open.
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if is_open {
            wake_lock.acquire(move || open.get_untracked());
        } else if was_open == Some(true) {
            wake_lock.release();
        }
        is_open
    });
    // The browser drops the lock whenever the page is hidden; take it again on return.
    let visibility = StoredValue::new_local(Some(on_visibility_change(move || {
        if open.get_untracked() {
            wake_lock.acquire(move || open.get_untracked());
        }
    })));
    on_cleanup(move || {
        if let Some(listener) = visibility.try_update_value(Option::take).flatten() {
            listener.remove();
        }
        wake_lock.release();
    });

    let figures = move || {
        let locale = t.locale.get();
        let c = codes.get();
        let both = c.matrix().is_some() && c.wechat.is_some();
        let card = c.matrix().cloned().map(|matrix| {
            let label = locale.fill(Text::MyCardCodeAlt, &[("name", &c.name)]);
            view! {
                <figure class="my-card-show-figure">
                    <QrSvg matrix label/>
                    {both.then(|| view! { <figcaption>{locale.text(Text::MyCardScanToAdd)}</figcaption> })}
                </figure>
            }
        });
        let wechat = c.wechat.clone().map(|matrix| {
            let label = locale.fill(Text::MyCardWechatCodeAlt, &[("name", &c.name)]);
            view! {
                <figure class="my-card-show-figure">
                    <QrSvg matrix label/>
                    <figcaption>{locale.text(Text::MyCardScanWechat)}</figcaption>
                </figure>
            }
        });
        view! {
            <div class="my-card-show-codes" class:two=both>{card}{wechat}</div>
            <p class="my-card-show-name">{c.name.clone()}</p>
        }
    };

    view! {
        <Show when=move || open.get()>
            <div class="my-card-show" role="dialog" aria-modal="true" aria-label=t.t(Text::MyCardShowLabel)>
                {figures}
                {move || wake_lock.failed.get().then(|| view! {
                    <p class="my-card-show-note">{t.t(Text::MyCardNoWakeLock)}</p>
                })}
                <button type="button" class="my-card-show-close" node_ref=close_button on:click=move |_| open.set(false)>
                    {t.t(Text::MyCardClose)}
                </button>
            </div>
        </Show>
    }
}

/// The screen wake lock, through `navigator.wakeLock` (read dynamically:
/// web-sys only has it behind its unstable-API flag).
#[derive(Clone, Copy)]
struct WakeLock {
    sentinel: StoredValue<Option<JsValue>, LocalStorage>,
    /// The browser has no wake lock or refused it.
    failed: RwSignal<bool>,
}

impl WakeLock {
    fn new() -> WakeLock {
        WakeLock {
            sentinel: StoredValue::new_local(None),
            failed: RwSignal::new(false),
        }
    }

    /// Requests the lock; `still_wanted` is asked once it is granted, so a
    /// lock that arrives after show mode closed is let go at once.
    fn acquire(self, still_wanted: impl Fn() -> bool + 'static) {
        spawn_local(async move {
            match request_screen_lock().await {
                Some(sentinel) => {
                    self.failed.set(false);
                    if still_wanted() {
                        if let Some(old) = self.sentinel.try_update_value(|s| s.replace(sentinel)).flatten() {
                            release_sentinel(&old);
                        }
                    } else {
                        release_sentinel(&sentinel);
                    }
                }
                None => self.failed.set(true),
            }
        });
    }

    fn release(self) {
        if let Some(sentinel) = self.sentinel.try_update_value(Option::take).flatten() {
            release_sentinel(&sentinel);
        }
    }
}

/// `navigator.wakeLock.request('screen')`, or `None` where unsupported or refused.
async fn request_screen_lock() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let wake_lock = Reflect::get(&navigator, &"wakeLock".into()).ok().filter(|v| v.is_object())?;
    let request: Function = Reflect::get(&wake_lock, &"request".into()).ok()?.dyn_into().ok()?;
    let promise: Promise = request.call1(&wake_lock, &"screen".into()).ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()
}

fn release_sentinel(sentinel: &JsValue) {
    let release = Reflect::get(sentinel, &"release".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    if let Some(release) = release {
        // Returns a promise; a failure only means it was already released.
        if let Ok(promise) = release.call0(sentinel).and_then(|p| p.dyn_into::<Promise>()) {
            spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    }
}

/// Calls `on_visible` each time the page becomes visible again.
fn on_visibility_change(on_visible: impl Fn() + 'static) -> ListenerHandle {
    let document = web_sys::window().and_then(|w| w.document());
    let callback = Closure::<dyn Fn()>::new(move || {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
        if visible {
            on_visible();
        }
    });
    if let Some(document) = &document {
        let _ = document.add_event_listener_with_callback("visibilitychange", callback.as_ref().unchecked_ref());
    }
    ListenerHandle {
        document,
        callback: Some(callback),
    }
}

/// Removes the `visibilitychange` listener.
struct ListenerHandle {
    document: Option<web_sys::Document>,
    callback: Option<Closure<dyn Fn()>>,
}

impl ListenerHandle {
    fn remove(mut self) {
        if let (Some(document), Some(callback)) = (&self.document, self.callback.take()) {
            let _ = document.remove_event_listener_with_callback("visibilitychange", callback.as_ref().unchecked_ref());
        }
    }
}
