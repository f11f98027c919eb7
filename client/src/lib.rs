//! One typed error for a failed response of the
//! [Picsart Creative APIs](https://docs.picsart.io/): what the body and headers say, the
//! rate-limit state, and conservative retry advice.
//!
//! [`ApiError`] turns a response (status, body, headers) into one error to log, match,
//! report and retry on. Building one never fails and loses nothing: a status missing from
//! the table keeps its number, a body that is not JSON is kept as text.
//!
//! ```
//! use picsart_api_error::{ApiError, ErrorCode, RetryPolicy};
//!
//! let response = http::Response::builder()
//!     .status(429)
//!     .header("X-Picsart-Ratelimit-Reset-Time", "2")
//!     .header("X-Picsart-Correlation-Id", "id-7")
//!     .body(br#"{"detail": "slow down"}"#.to_vec())
//!     .unwrap();
//! let error = ApiError::from_response(&response);
//! assert_eq!(error.code(), Some(ErrorCode::TooManyRequests));
//! assert_eq!(error.body_detail(), Some("slow down"));
//! assert_eq!(error.correlation_id(), Some("id-7"));
//! assert!(error.retry_delay(&RetryPolicy::new(), 1).is_some());
//! ```
//!
//! The crate re-exports [`ErrorCode`] from `picsart-error-codes`, so a client needs this
//! one dependency.
//!
//! # Glossary
//!
//! The words below mean one thing each, in names and in docs.
//!
//! - **status**: the HTTP status code of the response, a number (`429`).
//! - **code**: the [`ErrorCode`] of a status the table documents ([`ApiError::code`]).
//! - **reason phrase**: the standard text of a status, RFC 9110 §15 (`Too Many Requests`):
//!   [`ErrorCode::reason_phrase`], [`ApiError::reason_phrase`].
//! - **body code**, **message**, **detail**: the `code`, `message` and `detail` fields of
//!   the JSON error body, as the server sent them ([`ApiError::body_code`],
//!   [`ApiError::body_message`], [`ApiError::body_detail`]).
//! - **fault code**: `fault.detail.errorcode` of an older gateway's fault body
//!   ([`ApiError::fault_code`]); `policies.ratelimit.QuotaViolation` is an exhausted quota.
//! - **correlation id**: the `X-Picsart-Correlation-Id` header, the id support asks for.
//! - **hint**: how long the server asks the client to wait: `Retry-After`, or the
//!   rate-limit reset time of a 429. Read in every form of a number of seconds, rounded
//!   up; one sent but unreadable means no retry ([`header`] gives the rules).
//! - **backoff**: the wait the client chooses when there is no hint.
//! - **delay**: the wait before one retry: the hint or the backoff, with jitter.
//! - **attempt**: the number of the retry being considered, from 1.
//! - **budget**: the [`RetryBudget`] the requests of a client share: a retry withdraws
//!   from it, a success deposits back, and an empty one means no more retries.
//!
//! # Features
#![doc = document_features::document_features!()]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

mod api_error;
mod body;
#[cfg(any(feature = "http-body", feature = "ureq"))]
mod body_limit;
mod budget;
mod content_encoding;
pub mod header;
mod rate_limit;
mod retry;
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

pub use api_error::ApiError;
pub use budget::RetryBudget;
pub use picsart_error_codes::ErrorCode;
pub use rate_limit::RateLimit;
#[cfg(feature = "server")]
#[cfg_attr(docsrs, doc(cfg(feature = "server")))]
pub use response::ErrorResponse;
pub use retry::{RetryAfter, RetryPolicy};
pub use status::registered_reason_phrase;

// The README is the crate's crates.io page: its examples run as doctests when every
// feature they use is on (`--all-features`).
#[cfg(all(
    doctest,
    feature = "reqwest",
    feature = "ureq",
    feature = "backon",
    feature = "server"
))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
