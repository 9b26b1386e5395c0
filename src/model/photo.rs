//! Photos (the paper card, a portrait). Contacts hold a [`PhotoId`]; bytes
//! live in their own records so lists of contacts stay light.

use super::PhotoId;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// An image's bytes and type. In JSON (backups) the bytes are base64 text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Photo {
    #[serde(rename = "id")]
    pub id: PhotoId,
    /// e.g. `image/jpeg`.
    #[serde(rename = "mime")]
    pub mime: String,
    #[serde(rename = "bytes", with = "base64_bytes")]
    pub bytes: Vec<u8>,
}

/// Image bytes without an id yet: what a vCard's `PHOTO` yields before the
/// caller stores it under an id of its choosing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoData {
    #[serde(rename = "mime")]
    pub mime: String,
    #[serde(rename = "bytes", with = "base64_bytes")]
    pub bytes: Vec<u8>,
}

impl PhotoData {
    pub fn into_photo(self, id: PhotoId) -> Photo {
        Photo {
            id,
            mime: self.mime,
            bytes: self.bytes,
        }
    }
}

/// Guesses an image's MIME type from its first bytes; files often lie
/// about (or omit) their type, the bytes do not.
pub fn sniff_image_mime(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xD8, 0xFF, ..] => Some("image/jpeg"),
        [0x89, b'P', b'N', b'G', ..] => Some("image/png"),
        [b'G', b'I', b'F', b'8', ..] => Some("image/gif"),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some("image/webp"),
        [b'B', b'M', ..] => Some("image/bmp"),
        _ => None,
    }
}

/// Serde helper: `Vec<u8>` as standard base64 text.
pub(crate) mod base64_bytes {
    use super::*;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        STANDARD
            .decode(text.trim())
            .map_err(|e| serde::de::Error::custom(format!("not valid base64: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_are_base64_in_json() {
        let p = Photo {
            id: "p1".into(),
            mime: "image/png".into(),
            bytes: vec![0x89, b'P', b'N', b'G'],
        };
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, r#"{"id":"p1","mime":"image/png","bytes":"iVBORw=="}"#);
        assert_eq!(serde_json::from_str::<Photo>(&json).unwrap(), p);
        let err = serde_json::from_str::<Photo>(r#"{"id":"p1","bytes":"***"}"#).unwrap_err();
        assert!(err.to_string().contains("base64"), "{err}");
    }

    #[test]
    fn sniffs_common_formats() {
        assert_eq!(
            sniff_image_mime(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some("image/jpeg")
        );
        assert_eq!(sniff_image_mime(b"\x89PNG\r\n"), Some("image/png"));
        assert_eq!(sniff_image_mime(b"RIFF\0\0\0\0WEBPVP8"), Some("image/webp"));
        assert_eq!(sniff_image_mime(b"hello"), None);
        assert_eq!(sniff_image_mime(b""), None);
    }
}
