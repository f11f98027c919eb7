//! The table of description hazards (`tables/description-hazards.toml`) expands, keeps every
//! text as written, and its generated examples hold although a row is named `Teapot`. Its
//! page is checked by `cargo doc` with `-D warnings`, and its examples run as doctests of
//! this crate (both in `.ci/run`).

use picsart_error_codes_tests::DescriptionHazards;

#[test]
fn descriptions_and_messages_come_back_as_written() {
    let source = include_str!("../tables/description-hazards.toml");
    let table: toml::Table = source.parse().expect("the test table is valid TOML");
    let rows = table["code"].as_array().expect("rows");
    assert_eq!(rows.len(), DescriptionHazards::ALL.len());
    for (code, row) in DescriptionHazards::ALL.iter().zip(rows) {
        assert_eq!(
            code.reason_phrase(),
            row["reason_phrase"].as_str().expect("a string")
        );
        assert_eq!(
            code.description(),
            row["description"].as_str().expect("a string")
        );
    }
    // What rustdoc gets is rewritten; what the API returns is the maintainer's text.
    assert!(DescriptionHazards::UnsupportedMediaType
        .description()
        .contains("\n    $ curl -X POST"));
    assert!(DescriptionHazards::BadRequest
        .description()
        .contains("a Vec<u8> body or an <html> page"));
}

#[test]
fn a_row_named_teapot_parses_like_any_other() {
    assert_eq!("Teapot".parse(), Ok(DescriptionHazards::Teapot));
    assert_eq!("418".parse(), Ok(DescriptionHazards::Teapot));
    assert_eq!(
        DescriptionHazards::UnprocessableContent.to_string(),
        r"422 Unprocessable *Content* | <T> `x` [y] \\ 100% _z_"
    );
}
