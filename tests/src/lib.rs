//! A downstream-style consumer of `picsart-error-codes-macros`, written to be as hostile to
//! generated code as a crate can be: no implicit prelude, every lint denied, and local
//! items shadowing the names generated code might lean on. If the expansion relied on
//! anything but absolute paths, or produced a warning, this crate would not build (CI runs
//! clippy on it with `-D warnings`).
//!
//! It also expands the tables the tests read back: texts that are hard to quote,
//! descriptions that are hard to render, rows worded like the texts the generated examples
//! pick, and a table with every HTTP status.
#![no_implicit_prelude]
#![deny(warnings, missing_docs, clippy::all, clippy::pedantic)]
#![forbid(unsafe_code)]

/// Shadows `core::option::Option`.
pub struct Option;
/// Shadows `Option::Some`.
pub struct Some;
/// Shadows `core::result::Result`.
pub struct Result;
/// Shadows the `core` crate for relative paths.
pub mod core {}
/// Shadows `core::fmt`.
pub mod fmt {}
/// Shadows the primitive `str`.
#[allow(non_camel_case_types)]
pub struct str;
/// Shadows the primitive `u16`.
#[allow(non_camel_case_types)]
pub struct u16;

/// The real table, expanded in this hostile crate.
#[::picsart_error_codes_macros::error_codes(path = "../error-codes.toml")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCode {}

impl ErrorCode {
    /// A method of the user's own, named like a helper the expansion could have used.
    #[must_use]
    pub fn display(&self) -> &'static ::core::primitive::str {
        self.name()
    }
}

/// The real table on an enum with no derives at all: the lookups ask nothing of it (not
/// even `Copy`).
#[::picsart_error_codes_macros::error_codes(path = "../error-codes.toml")]
pub enum Bare {}

/// Texts with quotes, backslashes, comment and attribute look-alikes, Markdown, tabs,
/// emoji and non-Latin scripts.
#[::picsart_error_codes_macros::error_codes(path = "tables/tricky-texts.toml")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrickyTexts {}

/// Descriptions and reason phrases holding everything rustdoc would compile, hide, warn
/// about or misread. With `example_path`, the generated examples are doctests of this
/// crate, and its page is checked by `RUSTDOCFLAGS="-D warnings" cargo doc`.
#[::picsart_error_codes_macros::error_codes(
    path = "tables/description-hazards.toml",
    example_path = "picsart_error_codes_tests::DescriptionHazards"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DescriptionHazards {}

::core::include!(::core::concat!(::core::env!("OUT_DIR"), "/every_status.rs"));

/// Runs the Rust examples of README.md as doctests, so the README stays true.
#[doc = ::core::include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// Rows worded like the texts the generated examples show being rejected; the examples
/// are doctests of this crate and must still hold.
#[::picsart_error_codes_macros::error_codes(
    path = "tables/sample-collisions.toml",
    example_path = "picsart_error_codes_tests::SampleCollisions"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleCollisions {}

/// Rows named like the associated types, prelude items and the enum that the generated
/// code and examples refer to.
#[::picsart_error_codes_macros::error_codes(
    path = "tables/name-collisions.toml",
    example_path = "picsart_error_codes_tests::NameCollisions"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameCollisions {}

/// The edges of the status range and a sparse middle, on a `#[non_exhaustive]` enum
/// without derives: `from_u16`'s index table must answer exactly these statuses.
#[::picsart_error_codes_macros::error_codes(path = "tables/edges.toml")]
#[non_exhaustive]
pub enum Edges {}

/// Rows renamed by RFC 9110, with their former variant names (deprecated constants that
/// still parse) and their older reason phrases as aliases. Nothing here uses a former
/// name, so the crate builds under `deny(warnings)`; `ui/renamed-*.rs` use them.
#[::picsart_error_codes_macros::error_codes(
    path = "tables/renames.toml",
    example_path = "picsart_error_codes_tests::Renamed"
)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Renamed {}

/// A table of a single row.
#[::picsart_error_codes_macros::error_codes(path = "tables/one-row.toml")]
pub enum OneRow {}
