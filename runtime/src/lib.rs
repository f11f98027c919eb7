//! Typed error codes of the [Picsart Creative APIs](https://docs.picsart.io/).
//!
//! [`ErrorCode`] has one variant per HTTP status the APIs document, generated at compile
//! time from the project's `error-codes.toml`, each with its message, a description of what
//! it means and what to do, and whether a retry may help. Everything is `const` and works
//! without `std`.
//!
//! ```
//! use picsart_error_codes::ErrorCode;
//!
//! let code = ErrorCode::from_u16(429).unwrap();
//! assert_eq!(code, ErrorCode::TooManyRequests);
//! assert_eq!(code.to_string(), "429 Too Many Requests");
//! assert!(code.is_retryable());
//! assert_eq!("NotFound".parse::<ErrorCode>(), Ok(ErrorCode::NotFound));
//! ```
//!
//! # Features
//!
//! - `std` (default): the client-side layer ([`ApiError`], [`RetryPolicy`],
//!   [`RetryAfter`], HTTP dates read with `httpdate`). Without it the crate is `no_std` and
//!   has [`ErrorCode`], [`RateLimit`] and [`headers`].
//! - `serde`: [`ErrorCode`] serializes as its numeric status and deserializes from one;
//!   an unknown status is an error.
//! - `http`: conversions between [`ErrorCode`] and `http::StatusCode`, and
//!   `ApiError::from_response`.
//! - `json`: `ApiError` parses the APIs' JSON error bodies (with `serde_json`). Without
//!   it a body is kept as text, but a gateway fault's code is still found, so telling an
//!   exhausted quota from a burst never depends on a feature.
//! - `reqwest`, `ureq`, `http-body`: `error_for_status` in the module of that name turns
//!   a client's response into `Ok(response)` or `Err(ApiError)`, reading at most
//!   `ApiError::DEFAULT_BODY_LIMIT` bytes of an error body.
//! - `backon`: [`RetryPolicy`] as a `backon` backoff, with `when` and `adjust` hooks, so
//!   its retry runner follows our advice.
//! - `server`: `ErrorResponse` builds the APIs' error responses, for mock servers and
//!   gateways.
//!
//! # The client-side layer
//!
//! With `std`, [`ApiError`] turns a response (status, body, headers) into one error to
//! log, match, report and retry on:
//!
//! - its `Display` is one log line, `STATUS REASON: what the server said`, whatever the
//!   body holds;
//! - [`headers`] reads the rate-limit headers ([`RateLimit`]), `Retry-After`
//!   ([`RetryAfter`]) and the correlation id, by one set of rules;
//! - [`ApiError::retry_delay`] says whether and how long to wait before a retry, by the
//!   waiting rules of [`RetryPolicy`]. Retries cost credits, so the advice is conservative.
//!
//! ```
//! # #[cfg(feature = "json")] {
//! use picsart_error_codes::{ApiError, ErrorCode};
//!
//! let error = ApiError::from_parts(429, br#"{"detail": "slow down"}"#)
//!     .with_headers([
//!         ("X-Picsart-Ratelimit-Reset-Time", "2"),
//!         ("X-Picsart-Correlation-Id", "id-7"),
//!     ]);
//! assert_eq!(error.code(), Some(ErrorCode::TooManyRequests));
//! assert_eq!(
//!     error.to_string(),
//!     "429 Too Many Requests: slow down (correlation id id-7)",
//! );
//! assert!(error.retry_delay(1).is_some());
//! # }
//! ```
#![cfg_attr(not(feature = "std"), no_std)]
// The crate docs link the `std`-only client layer.
#![cfg_attr(not(feature = "std"), allow(rustdoc::broken_intra_doc_links))]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

#[cfg(feature = "std")]
mod api_error;
#[cfg(feature = "std")]
mod body;
#[cfg(any(feature = "http-body", feature = "ureq"))]
mod body_limit;
pub mod headers;
#[cfg(feature = "http")]
mod http;
mod rate_limit;
#[cfg(feature = "std")]
mod retry;
#[cfg(feature = "serde")]
mod serde;
#[cfg(feature = "std")]
mod status;

#[cfg(feature = "backon")]
#[cfg_attr(docsrs, doc(cfg(feature = "backon")))]
pub mod backon;
#[cfg(feature = "http-body")]
#[cfg_attr(docsrs, doc(cfg(feature = "http-body")))]
pub mod http_body;
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub mod reqwest;
#[cfg(feature = "server")]
mod response;
#[cfg(feature = "ureq")]
#[cfg_attr(docsrs, doc(cfg(feature = "ureq")))]
pub mod ureq;

#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
pub use api_error::ApiError;
pub use rate_limit::RateLimit;
#[cfg(feature = "server")]
#[cfg_attr(docsrs, doc(cfg(feature = "server")))]
pub use response::ErrorResponse;
#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
pub use retry::{RetryAfter, RetryPolicy};

/// Error codes of the Picsart Creative APIs, one variant per documented HTTP status.
///
/// Generated from `error-codes.toml`: see each variant for what the code means and what
/// to do about it. The enum is `#[non_exhaustive]` since the API may document more codes;
/// its discriminant is the status, so `code as u16` and [`ErrorCode::as_u16`] agree.
///
/// ```
/// use picsart_error_codes::ErrorCode;
///
/// let code = ErrorCode::ServiceUnavailable;
/// assert_eq!((code as u16, code.as_u16()), (503, 503));
/// assert_eq!(ErrorCode::from_u16(503), Some(code));
/// ```
#[picsart_error_codes_macros::error_codes(
    path = "error-codes.toml",
    example_path = "picsart_error_codes::ErrorCode"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCode {}

// The README is the crate's crates.io page: its examples run as doctests when every
// feature its dependency lines name is on (`--all-features`).
#[cfg(all(
    doctest,
    feature = "json",
    feature = "reqwest",
    feature = "ureq",
    feature = "backon",
    feature = "server"
))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
