//! Texts that are hard to quote survive TOML -> tokens -> string literals byte for byte.

use picsart_error_codes_tests::TrickyTexts;

/// The rows as an independent TOML parser reads them: (message, description).
fn rows() -> Vec<(String, String)> {
    let source = include_str!("../tables/tricky-texts.toml");
    let table: toml::Table = source.parse().expect("the test table is valid TOML");
    table["code"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|row| {
            let text = |key: &str| row[key].as_str().expect("a string").to_owned();
            (text("reason_phrase"), text("description"))
        })
        .collect()
}

#[test]
fn messages_and_descriptions_come_back_byte_for_byte() {
    let rows = rows();
    assert_eq!(rows.len(), TrickyTexts::ALL.len());
    for (code, (message, description)) in TrickyTexts::ALL.iter().zip(&rows) {
        assert_eq!(code.reason_phrase(), message);
        assert_eq!(code.description(), description);
    }
}

#[test]
fn the_tricky_characters_are_really_there() {
    let first = TrickyTexts::Tricky;
    assert_eq!(
        first.reason_phrase(),
        "Quote \" and backslash \\ and \"# raw-string ends"
    );
    for needle in [
        "*/",
        "/*",
        "#[doc = \"x\"]",
        "\t",
        "🦀",
        "日本語",
        "العربية",
        "r#\"raw\"#",
    ] {
        assert!(first.description().contains(needle), "missing {needle:?}");
    }
    assert_eq!(
        TrickyTexts::ImATeapot.description(),
        r"Literal string: C:\path\n stays as written, with 'single' quotes."
    );
    assert_eq!(TrickyTexts::ImATeapot.to_string(), "418 I'm a teapot");
}
