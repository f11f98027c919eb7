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
//! - `std` (default): nothing in the core needs it; other features build on it.
//! - `serde`: [`ErrorCode`] serializes as its numeric status and deserializes from one;
//!   an unknown status is an error.
//! - `http`: conversions between [`ErrorCode`] and `http::StatusCode`.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(missing_docs)]

#[cfg(feature = "std")]
extern crate std;

#[cfg(feature = "http")]
mod http;
#[cfg(feature = "serde")]
mod serde;

/// Error codes of the Picsart Creative APIs, one variant per documented HTTP status.
///
/// Generated from `error-codes.toml`: see each variant for what the code means and what
/// to do about it. The enum is `#[non_exhaustive]` since the API may document more codes;
/// its discriminant is the status, so `code as u16` and [`ErrorCode::as_u16`] agree.
#[picsart_error_codes_macros::error_codes(
    path = "error-codes.toml",
    example_path = "picsart_error_codes::ErrorCode"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCode {}
