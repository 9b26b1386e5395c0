//! Mingpian (名片): an offline business-card and contacts app.
//!
//! Layers, bottom to top (see ARCHITECTURE.md):
//! - pure domain code (`i18n`, `model`, `decoder`): no web-sys, tested natively;
//! - browser services (`store`, `files`, `pwa`, `settings`): talk to the
//!   browser, never render;
//! - UI (`app`, `address_book`, `components`, `pages`): Leptos views over the services.
//!
//! Browser layers are compiled only for wasm32 so `cargo test` on the host
//! never builds Leptos or web-sys.

pub mod decoder;
pub mod i18n;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod address_book;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod broadcast_list;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod context;
#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod photos;
#[cfg(target_arch = "wasm32")]
pub mod pwa;
#[cfg(target_arch = "wasm32")]
pub mod scan;
#[cfg(target_arch = "wasm32")]
pub mod settings;
#[cfg(target_arch = "wasm32")]
pub mod share;
#[cfg(target_arch = "wasm32")]
pub mod store;
