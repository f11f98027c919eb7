//! The code of `no-cascade/uses.rs` compiles when the table is valid, so the silence of the other cases hides no mistake of its own.
#![deny(warnings, missing_docs)]

/// Error codes.
#[picsart_error_codes_macros::error_codes(path = "ui/tables/no-cascade-valid.toml")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCode {}

include!("no-cascade/uses.rs");

fn main() {
    assert_eq!(advice(DEFAULT), "check the URL");
    assert_eq!(every_method(ErrorCode::FAVOURITE).len(), 8);
}
