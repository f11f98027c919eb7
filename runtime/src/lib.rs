//! Typed error codes of the [Picsart Creative APIs](https://docs.picsart.io/).
//!
//! [`ErrorCode`] has one variant per HTTP status the APIs document, generated at compile
//! time from the project's `error-codes.toml`, each with its reason phrase, a description
//! of what it means and what to do, and whether a retry may help. Everything is `const`,
//! and the crate is `no_std` and allocates nothing.
//!
//! ```
//! use picsart_error_codes::ErrorCode;
//!
//! let code = ErrorCode::ALL[0];
//! assert_eq!(ErrorCode::from_u16(code.as_u16()), Some(code));
//! assert_eq!(code.name().parse::<ErrorCode>(), Ok(code));
//! assert_eq!(code.to_string(), format!("{} {}", code.as_u16(), code.reason_phrase()));
//! ```
//!
//! To read a failed response (its body, rate-limit headers and retry advice), use the
//! client crate `picsart-api-error`, which re-exports [`ErrorCode`].
//!
//! # Features
#![doc = document_features::document_features!()]
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

#[cfg(feature = "http")]
mod http;
#[cfg(feature = "serde")]
mod serde;

/// Error codes of the Picsart Creative APIs, one variant per documented HTTP status.
///
/// Generated from `error-codes.toml`: see each variant for what the code means and what
/// to do about it. The enum is `#[non_exhaustive]` since the API may document more codes;
/// its discriminant is the status, so `code as u16` and [`ErrorCode::as_u16`] agree.
///
/// ```
/// use picsart_error_codes::ErrorCode;
///
/// for &code in ErrorCode::ALL {
///     assert_eq!(code as u16, code.as_u16());
///     assert_eq!(ErrorCode::from_u16(code.as_u16()), Some(code));
/// }
/// ```
#[picsart_error_codes_macros::error_codes(
    path = "error-codes.toml",
    example_path = "picsart_error_codes::ErrorCode"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCode {}

// The README is the crate's crates.io page: its examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
