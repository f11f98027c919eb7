//! `serde` support: an [`ErrorCode`] is its numeric status on the wire.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::ErrorCode;

/// Serializes as the status number, `404`.
///
/// ```
/// # use picsart_error_codes::ErrorCode;
/// assert_eq!(serde_json::to_string(&ErrorCode::NotFound).unwrap(), "404");
/// ```
impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

/// Deserializes from a status number; a number missing from the table is an error.
///
/// ```
/// use picsart_error_codes::ErrorCode;
///
/// let code: ErrorCode = serde_json::from_str("404").unwrap();
/// assert_eq!(code, ErrorCode::NotFound);
/// // The table holds statuses in 100..=599 only.
/// assert!(serde_json::from_str::<ErrorCode>("600").is_err());
/// ```
impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_u16(StatusVisitor)
    }
}

struct StatusVisitor;

impl Visitor<'_> for StatusVisitor {
    type Value = ErrorCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status listed in the Picsart error-code table")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<ErrorCode, E> {
        u16::try_from(value)
            .ok()
            .and_then(ErrorCode::from_u16)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<ErrorCode, E> {
        u16::try_from(value)
            .ok()
            .and_then(ErrorCode::from_u16)
            .ok_or_else(|| E::invalid_value(Unexpected::Signed(value), &self))
    }
}
