//! A mistake in the attribute's arguments: one error, and the real one.
#![deny(warnings, missing_docs)]

/// Error codes.
#[picsart_error_codes_macros::error_codes(path = "ui/tables/no-cascade-valid.toml", file = "x")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCode {}

include!("no-cascade/uses.rs");

/// A real mistake elsewhere in the crate: it must still be reported.
pub fn unrelated() -> u32 {
    "not a number"
}

fn main() {}
