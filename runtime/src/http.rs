//! Conversions between [`ErrorCode`] and [`http::StatusCode`].

use http::StatusCode;

use crate::{ErrorCode, InvalidErrorCode};

/// Every code is a valid HTTP status.
///
/// ```
/// use http::StatusCode;
/// use picsart_error_codes::ErrorCode;
///
/// assert_eq!(StatusCode::from(ErrorCode::NotFound), StatusCode::NOT_FOUND);
/// ```
impl From<ErrorCode> for StatusCode {
    fn from(code: ErrorCode) -> Self {
        // The macro only accepts statuses in 100..=599, all of which `http` accepts, so the
        // fallback is never taken.
        StatusCode::from_u16(code.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// Fails for statuses missing from the table.
///
/// ```
/// use http::StatusCode;
/// use picsart_error_codes::ErrorCode;
///
/// let code = ErrorCode::try_from(StatusCode::TOO_MANY_REQUESTS);
/// assert_eq!(code, Ok(ErrorCode::TooManyRequests));
/// // The table holds statuses in 100..=599 only.
/// assert!(ErrorCode::try_from(StatusCode::from_u16(600).unwrap()).is_err());
/// ```
impl TryFrom<StatusCode> for ErrorCode {
    type Error = InvalidErrorCode;

    fn try_from(status: StatusCode) -> Result<Self, Self::Error> {
        ErrorCode::try_from(status.as_u16())
    }
}
