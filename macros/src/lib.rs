//! The proc-macro behind [`picsart-error-codes`](https://docs.rs/picsart-error-codes): it
//! reads a TOML table of HTTP error codes at compile time, checks it, and turns an empty
//! enum into one variant per code with lookups, `Display`, conversions and rustdoc.
//!
//! You normally depend on `picsart-error-codes`, which applies this macro to
//! `error-codes.toml`; use this crate directly only to generate an enum from a table of
//! your own.
//!
//! ```
//! /// Error codes of the Picsart Creative APIs.
//! #[picsart_error_codes_macros::error_codes(path = "error-codes.toml")]
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
//! #[non_exhaustive]
//! pub enum ErrorCode {}
//!
//! assert_eq!(ErrorCode::NotFound.as_u16(), 404);
//! assert_eq!(ErrorCode::from_u16(429), Some(ErrorCode::TooManyRequests));
//! assert_eq!(ErrorCode::TooManyRequests.to_string(), "429 Too Many Requests");
//! ```
//!
//! # Arguments
//!
//! - `path = "..."` (required): the table, relative to the invoking crate's
//!   `CARGO_MANIFEST_DIR`. A table that is not there is looked for relative to the
//!   environment variable `CARGO_MANIFEST_DIR_OVERRIDE`, if set: `trybuild` builds test
//!   cases in a directory of its own, and this lets them name tables beside the test.
//! - `example_path = "my_crate::ErrorCode"` (optional): how doctests name the enum. With it,
//!   the docs of the generated methods carry runnable examples.
//!
//! # The table
//!
//! ```toml
//! [[code]]
//! status = 404            # HTTP status, 100..=599, unique
//! message = "Not Found"   # the documented reason phrase
//! description = """
//! What it means and what the caller should do (Markdown)."""
//! retryable = false       # optional, default false
//! name = "NotFound"       # optional, default: `message` in UpperCamelCase
//! ```
//!
//! # What is generated
//!
//! The enum keeps its attributes, docs and visibility, gains `#[repr(u16)]`, one variant
//! per row (discriminant = status, docs starting with `**404 Not Found**`) and a table of
//! all codes in its docs. It gets the `const fn`s `as_u16`, `from_u16`, `name`, `message`,
//! `description`, `is_retryable`, `is_success`, `is_client_error`, `is_server_error`, the
//! constant `ALL`, `Display` (`404 Not Found`), `From<Enum> for u16`, `TryFrom<u16>`
//! (error type `Unknown<Enum>`) and `FromStr` (the status or the variant name; error type
//! `Parse<Enum>Error`). Every path in the output is absolute, so the code compiles under
//! `#![no_implicit_prelude]` and whatever names the crate defines. The output includes the
//! table with `include_bytes!`, so editing the table rebuilds the crate that uses it.
//!
//! # Errors
//!
//! A mistake never panics the macro nor produces broken code: each one becomes a compile
//! error located in the table, written `path:line:column: message`, followed by the line
//! and a caret under the offending value and, where useful, a `help` line. The Rust span
//! points at the `path = "..."` argument. Independent mistakes are all reported at once.
//!
//! | Mistake | Message |
//! |---|---|
//! | TOML syntax (unterminated string, bad escape, duplicate key...) | `invalid TOML: ...`, at the parser's position |
//! | an unknown top-level key | ``unknown key `codes`, expected `code` `` |
//! | an unknown key in a row | ``unknown key `messgae` in a `[[code]]` row, expected one of `status`, `message`, `description`, `retryable`, `name` `` with ``help: did you mean `message`?`` |
//! | a value of the wrong type | ``invalid type for `status`: expected an integer, found string`` |
//! | `[code]` instead of `[[code]]` | ``` `code` must be an array of tables, one per code ``` |
//! | a missing key | ``missing `message` in this `[[code]]` row`` |
//! | an empty or blank text | ``` `description` is empty ``` |
//! | a status outside HTTP | `status 700 is out of range: expected an HTTP status in 100..=599` |
//! | an integer beyond 64 bits | ``` `status` does not fit in a 64-bit integer ``` |
//! | the same status twice | `duplicate status 404 (first defined at line 9)` |
//! | two rows with one variant name | ``duplicate variant name `NotFound` (also the name of the row at line 9)`` |
//! | a `name` that cannot name a variant | ``` `type` cannot name a variant ``` |
//! | a message with no letters and no `name` | ``cannot derive a variant name from message `???` `` |
//! | no rows | `the table has no codes` |
//! | a missing file | ``cannot read the error-code table `/abs/path/error-codes.toml`: No such file or directory (os error 2)`` |
//! | a file that is not UTF-8 | `path:3:7: the error-code table is not valid UTF-8 (byte 0xff); save it as UTF-8` |
//!
//! Mistakes in the Rust code point at the Rust source: a missing `path`, an unknown or
//! repeated argument, the attribute on something other than an enum, an enum that already
//! has variants, generics or a `#[repr]`.

mod diagnostic;
mod docs;
mod expand;
mod input;
mod table;
#[cfg(test)]
mod test_support;
mod validate;

use std::path::PathBuf;

/// Generates the variants and API of an empty enum from a TOML table of error codes.
///
/// See the [crate docs](crate) for the arguments, the table's schema, what is generated
/// and the errors a broken table gives.
#[proc_macro_attribute]
pub fn error_codes(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    let search_dirs: Vec<PathBuf> = ["CARGO_MANIFEST_DIR", "CARGO_MANIFEST_DIR_OVERRIDE"]
        .into_iter()
        .filter_map(|var| std::env::var_os(var).map(PathBuf::from))
        .collect();
    expand::error_codes(args.into(), item.into(), &search_dirs).into()
}

// The README is the crate's crates.io page: its example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
