//! Pure domain model: contacts, tags, events, vCard, backup. No web-sys here.
