//! A former variant name is deprecated, and the warning names the new variant: denied
//! here, each use is an error that says what to write instead.
#![deny(deprecated)]

use picsart_error_codes_tests::Renamed;

fn is_too_large(code: Renamed) -> bool {
    match code {
        Renamed::RequestEntityTooLarge => true,
        _ => false,
    }
}

fn main() {
    assert!(is_too_large(Renamed::UnprocessableEntity));
}
