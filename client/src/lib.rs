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
//! - **correlation id**: the `X-Picsart-Correlation-Id` header, the id support asks for
//!   ([`ApiError::correlation_id`]).
//! - **hint**: how long the server asks the client to wait ([`ApiError::retry_after`]):
//!   `Retry-After`, or the rate-limit reset time of a 429. Read in every form of a number
//!   of seconds, rounded up; one sent but unreadable means no retry.
//! - **backoff**: the wait the client chooses when there is no hint.
//! - **delay**: the wait before one retry: the hint or the backoff, with jitter.
//! - **attempt**: the number of the retry being considered, from 1.
//! - **budget**: the [`RetryBudget`] the requests of a client share: a retry withdraws
//!   from it, a success deposits back, and an empty one means no more retries.
//!
//! # How headers are read
//!
//! The `X-Picsart-*` headers (each named where it is read: [`ApiError::correlation_id`],
//! the fields of [`RateLimit`]) and `Retry-After` are read the same way by
//! [`ApiError::from_response`], the integrations and [`RateLimit::from_headers`]. Names are
//! matched without regard to case, and:
//!
//! - each header is looked at once, in the order given;
//! - a value is what lies between the spaces and tabs around it (RFC 9110 §5.6.3), and
//!   nothing else is taken off: a correlation id `abc\u{a0}` stays `abc\u{a0}`, and a
//!   number followed by U+00A0 or U+3000 is not a number;
//! - a value that is not UTF-8, is empty or does not parse is ignored, and never erases a
//!   readable value of the same header sent earlier;
//! - except that a hint (`Retry-After`, `X-Picsart-Ratelimit-Reset-Time`) that is present
//!   but unreadable, with no readable value beside it, still counts for the retry
//!   advice: as a wait longer than any [`RetryPolicy::with_max_delay`], so no retry
//!   (retries cost credits; a server that asked for a wait is never retried sooner);
//! - a number of seconds (`Retry-After`, `X-Picsart-Ratelimit-Reset-Time`) may have a
//!   fraction, a leading `+` or zeros, an exponent (`1.5`, `+30`, `007`, `1e2`), and is
//!   read to the nanosecond, rounded up: never shorter than the server asked;
//! - a `Retry-After` date is measured from the response's `Date` header when it has a
//!   readable one (RFC 9110 §10.2.3), else from the local clock, so a client whose clock
//!   is off still waits what the server meant;
//! - of several readable values of one header, the last one counts, whether they come as
//!   separate lines or joined into one with commas (`30, ` for `30` and an empty line),
//!   except for a hint, of which the longest counts (`120, 30` is 120 seconds: a
//!   duplicate never makes the wait shorter than one the server asked for; a date is
//!   compared with a number of seconds by the local clock), and the correlation id, an
//!   opaque token kept as sent, commas included;
//! - a number too large to represent is read as the largest one, never as absent: a
//!   `Retry-After` of 10<sup>30</sup> seconds is "too long", not "no hint".
//!
//! ```
//! use std::time::Duration;
//! use picsart_api_error::RateLimit;
//!
//! let limit = RateLimit::from_headers([
//!     ("X-Picsart-Ratelimit-Reset-Time", "30"),
//!     ("X-Picsart-Ratelimit-Reset-Time", ""),
//!     ("X-Picsart-Ratelimit-Available", "99999999999999999999999"),
//! ]);
//! let reset = Some(Duration::from_secs(30));
//! assert_eq!(limit.reset, reset, "the empty duplicate is ignored");
//! assert_eq!(limit.available, Some(u64::MAX), "too large, not absent");
//! ```
//!
//! [`RateLimit::from_headers`]: crate::RateLimit::from_headers
//! [`RetryPolicy::with_max_delay`]: crate::RetryPolicy::with_max_delay
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
mod header;
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
pub(crate) use retry::RetryAfter;
pub use retry::RetryPolicy;
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
