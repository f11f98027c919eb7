//! After `use Renamed::*;`, a former name written bare in a pattern is no constant (a glob
//! import brings variants only): it binds a new variable that matches every code, and
//! rustc only warns. Denied here, the warnings show what a rename does to such code: it
//! builds, and means something else (the macro's docs and CONTRIBUTING.md say so).
#![deny(warnings)]

use picsart_error_codes_tests::Renamed;
use picsart_error_codes_tests::Renamed::*;

fn advice(code: Renamed) -> &'static str {
    match code {
        RequestEntityTooLarge => "send less",
        UnprocessableContent => "fix the parameters",
        _ => "see the docs",
    }
}

fn main() {
    assert_eq!(advice(UnprocessableContent), "send less");
}
