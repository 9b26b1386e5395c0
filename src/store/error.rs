//! What can go wrong when reading or writing the address book, in terms the
//! UI can explain. Every failed write has rolled back: the old data is intact.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser has no IndexedDB (e.g. some private modes) or refused to open it.
    Unavailable(String),
    /// The device or the browser's quota is full.
    QuotaExceeded,
    /// The contact was changed elsewhere (another tab) since it was opened;
    /// `current` is the revision now stored.
    Conflict { current: u64 },
    /// A record that must exist does not (deleted elsewhere).
    NotFound,
    /// A record with the same id exists already, or an index rule was broken.
    Constraint(String),
    /// A stored record could not be read back (written by a newer version,
    /// or damaged).
    Corrupt(String),
    /// Another tab upgraded the database; this tab must reload.
    VersionChanged,
    /// Anything else the browser reported.
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable(why) => write!(f, "storage unavailable: {why}"),
            StoreError::QuotaExceeded => f.write_str("storage is full"),
            StoreError::Conflict { current } => {
                write!(f, "changed elsewhere (now at revision {current})")
            }
            StoreError::NotFound => f.write_str("not found"),
            StoreError::Constraint(why) => write!(f, "constraint failed: {why}"),
            StoreError::Corrupt(why) => write!(f, "unreadable record: {why}"),
            StoreError::VersionChanged => f.write_str("database upgraded in another tab"),
            StoreError::Other(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<indexed_db_futures::error::Error> for StoreError {
    fn from(error: indexed_db_futures::error::Error) -> Self {
        use indexed_db_futures::error::{DomException, Error};
        match error {
            Error::DomException(exception) => {
                let message = exception.message();
                match exception {
                    DomException::ConstraintError(_) => StoreError::Constraint(message),
                    DomException::NotFoundError(_) => StoreError::NotFound,
                    DomException::Other(ref raw) if raw.name() == "QuotaExceededError" => {
                        StoreError::QuotaExceeded
                    }
                    DomException::AbortError(_) if message.to_lowercase().contains("quota") => {
                        StoreError::QuotaExceeded
                    }
                    _ => StoreError::Other(message),
                }
            }
            Error::Serialisation(e) => StoreError::Corrupt(e.to_string()),
            Error::MissingData(e) => StoreError::Corrupt(e.to_string()),
            Error::Unknown(e) => StoreError::Other(e.to_string()),
        }
    }
}

impl From<indexed_db_futures::error::OpenDbError> for StoreError {
    fn from(error: indexed_db_futures::error::OpenDbError) -> Self {
        StoreError::Unavailable(error.to_string())
    }
}

impl From<wasm_bindgen::JsValue> for StoreError {
    fn from(value: wasm_bindgen::JsValue) -> Self {
        indexed_db_futures::error::Error::from(value).into()
    }
}

pub type StoreResult<T> = Result<T, StoreError>;
