//! A former variant name is an associated constant, not a variant, and `use` cannot
//! import a constant from an enum: code that imported the old name fails to build (the
//! macro's docs and CONTRIBUTING.md say so). Such code must name the new variant.

use picsart_error_codes_tests::Renamed::RequestEntityTooLarge;

fn main() {
    let _ = RequestEntityTooLarge;
}
