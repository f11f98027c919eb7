//! `from_u16` and `FromStr` of every input that could matter, on an enum without derives:
//! the table lookup must not need `Copy` (or anything else) from the user's enum.

use picsart_error_codes::ErrorCode;
use picsart_error_codes_tests::Bare;

/// The status of a lookup's answer, so that `Bare` (no `PartialEq`) can be compared.
fn status(code: Option<Bare>) -> Option<u16> {
    code.map(|code| code.as_u16())
}

#[test]
fn from_u16_without_derives_answers_every_u16_like_the_runtime() {
    for s in 0..=u16::MAX {
        assert_eq!(
            status(Bare::from_u16(s)),
            ErrorCode::from_u16(s).map(|code| code.as_u16()),
            "{s}"
        );
    }
}

#[test]
fn every_three_digit_text_parses_to_its_code_or_an_error_that_keeps_it() {
    for s in 0..=999u16 {
        let text = format!("{s:03}");
        let parsed = text.parse::<Bare>();
        let expected = ErrorCode::from_u16(s).map(|code| code.as_u16());
        match parsed {
            Ok(code) => assert_eq!(Some(code.as_u16()), expected, "{text}"),
            Err(err) => {
                assert_eq!(expected, None, "{text}");
                assert_eq!(err.input(), text);
                assert!(
                    err.to_string()
                        .starts_with(&format!("unknown error code {text:?}: expected")),
                    "{err}"
                );
            }
        }
    }
}

/// What a rejected text's error keeps: its first 12 bytes, cut back to a character boundary.
fn kept(text: &str) -> &str {
    let mut len = text.len().min(12);
    while !text.is_char_boundary(len) {
        len -= 1;
    }
    &text[..len]
}

#[test]
fn a_rejected_text_of_any_length_keeps_its_first_bytes_up_to_a_character_boundary() {
    for filler in ["x", "é", "🦀", "xé", "x🦀"] {
        for repeat in 0..=16 {
            let text = format!("{}?", filler.repeat(repeat));
            let err = text.parse::<ErrorCode>().unwrap_err();
            assert_eq!(err.input(), kept(&text), "{text:?}");
            assert_eq!(
                format!("{err:?}").contains("truncated: true"),
                text.len() > 12
            );
        }
    }
    // The first byte of a character cut off at the boundary is not kept either, so errors
    // that keep the same text are equal (é starts with 0xC3, ф with 0xD1).
    let err = |last: &str| {
        format!("{}{last}", "x".repeat(11))
            .parse::<ErrorCode>()
            .unwrap_err()
    };
    assert_eq!(err("é"), err("ф"));
}
