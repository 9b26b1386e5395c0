//! The installable, offline half of the app: registers the service worker
//! (`public/sw.js`) and tells the UI when a new version is waiting.
//!
//! A new version never takes over by itself: the waiting worker is only told
//! to activate (`SKIP_WAITING`) when the user presses Reload, so nobody loses
//! a half-typed contact to an update.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// Whether the app can open without a network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfflineStatus {
    /// No service worker support (old browser, or a page not served over HTTPS).
    Unavailable,
    /// The worker is installing and caching the app.
    Preparing,
    /// Every file is cached; the app opens in airplane mode.
    Ready,
}

/// Reactive view of the service worker, shared through context.
#[derive(Clone, Copy)]
pub struct Pwa {
    pub offline: RwSignal<OfflineStatus>,
    /// A new version is installed and waits for the user's go-ahead.
    pub update_waiting: RwSignal<bool>,
}

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static RELOAD_REQUESTED: Cell<bool> = const { Cell::new(false) };
}

impl Pwa {
    /// Registers the worker in release builds. Debug builds (`trunk serve`)
    /// skip it so a cached copy never hides the code being edited.
    pub fn start() -> Pwa {
        let pwa = Pwa {
            offline: RwSignal::new(OfflineStatus::Preparing),
            update_waiting: RwSignal::new(false),
        };
        match service_worker_container() {
            Some(container) if !cfg!(debug_assertions) => register(pwa, container),
            _ => pwa.offline.set(OfflineStatus::Unavailable),
        }
        pwa
    }

    /// Activates the waiting version; the page reloads once it controls it.
    pub fn apply_update(self) {
        RELOAD_REQUESTED.with(|r| r.set(true));
        let waiting = REGISTRATION.with_borrow(|reg| reg.as_ref().and_then(|r| r.waiting()));
        match waiting {
            Some(worker) => {
                if worker.post_message(&JsValue::from_str("SKIP_WAITING")).is_err() {
                    reload();
                }
            }
            // Another tab already activated it: this page only needs a reload.
            None => reload(),
        }
    }

    pub fn dismiss_update(self) {
        self.update_waiting.set(false);
    }
}

fn service_worker_container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // `navigator.serviceWorker` is absent outside secure contexts.
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .map(|v| !v.is_undefined())
        .unwrap_or(false);
    present.then(|| navigator.service_worker())
}

fn register(pwa: Pwa, container: ServiceWorkerContainer) {
    listen_for_controller_change(&container);
    // Relative to the document's <base>, so a sub-path deployment registers
    // its own worker with its own scope.
    let registering = container.register("sw.js");
    spawn_local(async move {
        let registration = match JsFuture::from(registering).await {
            Ok(value) => value.unchecked_into::<ServiceWorkerRegistration>(),
            Err(error) => {
                web_sys::console::warn_2(&"Service worker registration failed:".into(), &error);
                pwa.offline.set(OfflineStatus::Unavailable);
                return;
            }
        };
        if registration.waiting().is_some() && container.controller().is_some() {
            pwa.update_waiting.set(true);
        }
        watch_for_updates(pwa, &registration, &container);
        check_for_updates_when_shown(&registration);
        REGISTRATION.with_borrow_mut(|slot| *slot = Some(registration));

        if let Ok(ready) = container.ready() {
            if JsFuture::from(ready).await.is_ok() {
                pwa.offline.set(OfflineStatus::Ready);
            }
        }
    });
}

/// A worker that finishes installing while another one controls this page is
/// a new version: offer it.
fn watch_for_updates(pwa: Pwa, registration: &ServiceWorkerRegistration, container: &ServiceWorkerContainer) {
    let reg = registration.clone();
    let container = container.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = reg.installing() else { return };
        let worker = installing.clone();
        let container = container.clone();
        let on_state_change = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                pwa.update_waiting.set(true);
            }
        });
        installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

/// Phones keep PWAs open for days: look for a new version whenever the app
/// comes back to the foreground.
fn check_for_updates_when_shown(registration: &ServiceWorkerRegistration) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let reg = registration.clone();
    let doc = document.clone();
    let on_visibility = Closure::<dyn FnMut()>::new(move || {
        if doc.visibility_state() == web_sys::VisibilityState::Visible {
            // Offline, the check fails quietly; the next one will retry.
            if let Ok(promise) = reg.update() {
                spawn_local(async move {
                    let _ = JsFuture::from(promise).await;
                });
            }
        }
    });
    let _ = document
        .add_event_listener_with_callback("visibilitychange", on_visibility.as_ref().unchecked_ref());
    on_visibility.forget();
}

/// The first install also fires `controllerchange` (clients.claim); only a
/// change the user asked for reloads the page.
fn listen_for_controller_change(container: &ServiceWorkerContainer) {
    let on_change = Closure::<dyn FnMut()>::new(|| {
        if RELOAD_REQUESTED.with(Cell::get) {
            reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
