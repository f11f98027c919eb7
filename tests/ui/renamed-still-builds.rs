//! Code written before the renames of `tables/renames.toml` still builds (with deprecation
//! warnings) and means the same codes: a former name in an expression, in `match` arms, and
//! parsed from text.

use picsart_error_codes_tests::Renamed;

fn advice(code: Renamed) -> &'static str {
    match code {
        Renamed::RequestEntityTooLarge => "send less",
        Renamed::UnprocessableEntity => "fix the parameters",
        _ => "see the docs",
    }
}

fn main() {
    let old = Renamed::RequestEntityTooLarge;
    assert_eq!(old, Renamed::ContentTooLarge);
    assert_eq!(old.name(), "ContentTooLarge");
    assert_eq!(Renamed::PayloadTooLarge, Renamed::ContentTooLarge);
    assert_eq!(advice(Renamed::ContentTooLarge), "send less");
    assert_eq!(advice(Renamed::UnprocessableContent), "fix the parameters");
    assert_eq!("RequestEntityTooLarge".parse(), Ok(Renamed::ContentTooLarge));
}
