//! One file per route.

mod broadcast;
mod broadcasts;
mod compose;
mod contact;
mod contacts;
mod events;
mod my_card;
mod not_found;
mod scan;
mod settings;
mod tags;

pub use broadcast::BroadcastPage;
pub use broadcasts::BroadcastsPage;
pub use compose::ComposePage;
pub use contact::ContactPage;
pub use contacts::ContactsPage;
pub use events::EventsPage;
pub use my_card::MyCardPage;
pub use not_found::NotFoundPage;
pub use scan::ScanPage;
pub use settings::SettingsPage;
pub use tags::TagsPage;
