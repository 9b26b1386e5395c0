//! Reusable pieces of the shell.

mod data_export;
mod data_import;
mod nav_bar;
mod storage_status;
mod update_prompt;

pub use data_export::DataExport;
pub use data_import::DataImport;
pub use nav_bar::NavBar;
pub use storage_status::StorageStatus;
pub use update_prompt::UpdatePrompt;
