//! One file per route.

mod contacts;
mod my_card;
mod not_found;
mod scan;
mod settings;

pub use contacts::ContactsPage;
pub use my_card::MyCardPage;
pub use not_found::NotFoundPage;
pub use scan::ScanPage;
pub use settings::SettingsPage;
