//! `from_u16` and `FromStr` of every input that could matter, on an enum without derives:
//! the table lookup must not need `Copy` (or anything else) from the user's enum.

use picsart_error_codes::ErrorCode;
use picsart_error_codes_tests::{Bare, Edges, OneRow};

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

/// The naive lookup: the code of `ALL` with this status, if any.
fn naive(all: &[u16], status: u16) -> Option<u16> {
    all.iter().copied().find(|&s| s == status)
}

/// Tables at the edges of 100..=599, sparse, and of one row answer every `u16` and every
/// text of up to four digits (with and without leading zeros) like a search of `ALL`.
#[test]
fn from_u16_and_from_str_of_edge_and_one_row_tables_match_a_search_of_all() {
    let edges: Vec<u16> = Edges::ALL.iter().map(Edges::as_u16).collect();
    let one_row: Vec<u16> = OneRow::ALL.iter().map(OneRow::as_u16).collect();
    assert_eq!(edges, [100, 101, 355, 598, 599]);
    assert_eq!(one_row, [599]);
    for s in 0..=u16::MAX {
        assert_eq!(
            Edges::from_u16(s).map(|c| c.as_u16()),
            naive(&edges, s),
            "{s}"
        );
        assert_eq!(
            OneRow::from_u16(s).map(|c| c.as_u16()),
            naive(&one_row, s),
            "{s}"
        );
    }
    for s in 0..=9999u16 {
        for text in [s.to_string(), format!("{s:03}"), format!("{s:04}")] {
            // Only three digits are a status; "0100" and "1000" are not.
            let expected = if text.len() == 3 {
                naive(&edges, s)
            } else {
                None
            };
            let parsed = text.parse::<Edges>();
            assert_eq!(parsed.as_ref().ok().map(Edges::as_u16), expected, "{text}");
            if let Err(err) = parsed {
                assert_eq!(err.input(), text);
            }
            let expected = if text.len() == 3 {
                naive(&one_row, s)
            } else {
                None
            };
            assert_eq!(
                text.parse::<OneRow>().ok().map(|c| c.as_u16()),
                expected,
                "{text}"
            );
        }
    }
}

/// Anything but three ASCII digits or a name in its own case is rejected, and the error
/// keeps the text: signs, whitespace, other scripts' digits, full-width digits, a NUL.
#[test]
fn near_misses_of_a_status_or_a_name_are_rejected_and_kept() {
    for text in [
        "+100",
        "-100",
        " 100",
        "100 ",
        "100\n",
        "0100",
        "1e2",
        "١٠٠",
        "٤٠٤",
        "１００",
        "100\0",
        "",
        "EdgeFirst ",
        "edgefirst",
        "EDGEFIRST",
        "Edge First",
        "100 Edge",
    ] {
        let Err(err) = text.parse::<Edges>() else {
            panic!("{text:?} parsed");
        };
        assert_eq!(err.input(), text, "{text:?}");
    }
    assert!(matches!("EdgeFirst".parse::<Edges>(), Ok(Edges::EdgeFirst)));
    assert!(matches!("OnlyRow".parse::<OneRow>(), Ok(OneRow::OnlyRow)));
}
