//! Every code of the real table through every conversion the runtime offers.

use std::collections::HashSet;

use picsart_error_codes::{ErrorCode, InvalidErrorCode};

/// The real table, read with `toml` rather than through the macro: what the generated
/// enum must say, taken from its one home so that adding a code breaks no test.
fn table_rows() -> Vec<toml::Table> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../error-codes.toml");
    let text = std::fs::read_to_string(path).expect("the workspace's table");
    let mut table: toml::Table = text.parse().expect("the table is TOML");
    let Some(toml::Value::Array(rows)) = table.remove("code") else {
        panic!("the table has `[[code]]` rows")
    };
    rows.into_iter()
        .map(|row| match row {
            toml::Value::Table(row) => row,
            other => panic!("a row is a table, not {other}"),
        })
        .collect()
}

/// A status in 100..=599 that the table does not list, for tests of what is rejected.
fn unlisted_status() -> u16 {
    (100..=599)
        .find(|&status| ErrorCode::from_u16(status).is_none())
        .expect("the table does not list every status")
}

#[test]
fn all_lists_the_rows_of_the_table_in_its_order() {
    let rows = table_rows();
    assert_eq!(ErrorCode::ALL.len(), rows.len());
    for (&code, row) in ErrorCode::ALL.iter().zip(&rows) {
        let text = |key: &str| row.get(key).and_then(toml::Value::as_str);
        assert_eq!(
            Some(i64::from(code.as_u16())),
            row["status"].as_integer(),
            "{code}"
        );
        assert_eq!(Some(code.reason_phrase()), text("reason_phrase"), "{code}");
        assert_eq!(Some(code.description()), text("description"), "{code}");
        let retryable = row.get("retryable").and_then(toml::Value::as_bool);
        assert_eq!(code.is_retryable(), retryable.unwrap_or(false), "{code}");
        if let Some(name) = text("name") {
            assert_eq!(code.name(), name, "{code}");
        }
        let aliases: Vec<&str> = row
            .get("aliases")
            .and_then(toml::Value::as_array)
            .map_or(Vec::new(), |a| {
                a.iter().filter_map(toml::Value::as_str).collect()
            });
        assert_eq!(code.aliases(), aliases, "{code}");
    }
}

#[test]
fn all_is_in_ascending_status_order() {
    assert!(
        ErrorCode::ALL
            .windows(2)
            .all(|w| w[0].as_u16() < w[1].as_u16()),
        "{:?}",
        ErrorCode::ALL
    );
}

#[test]
fn every_code_round_trips_through_numbers_names_and_display() {
    for &code in ErrorCode::ALL {
        let status = code.as_u16();
        assert_eq!(code as u16, status, "the discriminant is the status");
        assert_eq!(u16::from(code), status);
        assert_eq!(ErrorCode::from_u16(status), Some(code));
        assert_eq!(ErrorCode::try_from(status), Ok(code));
        assert_eq!(status.to_string().parse::<ErrorCode>(), Ok(code));
        assert_eq!(code.name().parse::<ErrorCode>(), Ok(code));
        assert_eq!(format!("{code:?}"), code.name());
        assert_eq!(
            code.to_string(),
            format!("{status} {}", code.reason_phrase())
        );
        assert!(!code.reason_phrase().trim().is_empty() && !code.description().trim().is_empty());
    }
}

#[test]
fn display_honours_width_and_alignment() {
    for &code in ErrorCode::ALL {
        let line = code.to_string();
        let width = line.chars().count() + 2;
        assert_eq!(format!("{code:>width$}|"), format!("  {line}|"));
        assert_eq!(format!("{code:<width$}|"), format!("{line}  |"));
    }
}

#[test]
fn status_classes_follow_the_number() {
    for &code in ErrorCode::ALL {
        let status = code.as_u16();
        assert_eq!(code.is_success(), (200..300).contains(&status), "{code}");
        assert_eq!(
            code.is_client_error(),
            (400..500).contains(&status),
            "{code}"
        );
        assert_eq!(
            code.is_server_error(),
            (500..600).contains(&status),
            "{code}"
        );
    }
}

#[test]
fn every_u16_maps_to_its_code_or_to_none() {
    let known: HashSet<u16> = ErrorCode::ALL.iter().map(ErrorCode::as_u16).collect();
    for status in 0..=u16::MAX {
        match ErrorCode::from_u16(status) {
            Some(code) => assert_eq!(code.as_u16(), status),
            None => assert!(!known.contains(&status), "{status} is in the table"),
        }
        let err = ErrorCode::try_from(status).err();
        assert_eq!(
            err.map(|e: InvalidErrorCode| e.input().to_owned()),
            (!known.contains(&status)).then(|| status.to_string())
        );
    }
}

#[test]
fn unknown_statuses_and_texts_are_errors_that_name_the_input() {
    let unlisted = unlisted_status();
    let err = ErrorCode::try_from(unlisted).unwrap_err();
    assert_eq!(err.input(), unlisted.to_string());
    assert!(
        err.to_string()
            .starts_with(&format!("unknown error code \"{unlisted}\": expected")),
        "{err}"
    );
    assert_eq!(
        err,
        unlisted.to_string().parse::<ErrorCode>().unwrap_err(),
        "one error, either way"
    );
    let code = ErrorCode::ALL[0];
    let (status, name) = (code.as_u16(), code.name());
    for text in [
        unlisted.to_string(),
        String::new(),
        name.to_lowercase(),
        name.to_uppercase(),
        format!("0{status}"),
        format!("+{status}"),
        format!(" {status}"),
        format!("{status}0"),
        format!("{name} "),
        "ALL".to_owned(),
    ] {
        let text = &*text;
        let err: InvalidErrorCode = text.parse::<ErrorCode>().unwrap_err();
        assert_eq!(err.input(), text);
        assert!(
            err.to_string()
                .starts_with(&format!("unknown error code {text:?}: expected")),
            "{err}"
        );
    }
}

#[test]
fn a_long_rejected_text_is_kept_up_to_a_character_boundary() {
    let text = format!("{}é", "x".repeat(11));
    let err = text.parse::<ErrorCode>().unwrap_err();
    assert_eq!(err.input(), "x".repeat(11));
    assert!(err.to_string().contains("\"...:"), "{err}");
    assert!(format!("{err:?}").contains("truncated: true"));
    let err_from_error: &dyn std::error::Error = &err;
    assert_eq!(err_from_error.to_string(), err.to_string());
    // The reason for the short copy: the error stays small and needs no allocation.
    assert_eq!(
        std::mem::size_of::<Result<ErrorCode, InvalidErrorCode>>(),
        14
    );
}

#[test]
fn serde_writes_and_reads_the_status_number() {
    for &code in ErrorCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, code.as_u16().to_string());
        assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
    }
    let (listed, unlisted) = (ErrorCode::ALL[0].as_u16(), unlisted_status());
    let bad = [
        unlisted.to_string(),
        format!("-{listed}"),
        "70000".to_owned(),
        format!("\"{listed}\""),
        format!("{listed}.0"),
        "null".to_owned(),
    ];
    for bad in &bad {
        let err = serde_json::from_str::<ErrorCode>(bad).unwrap_err();
        assert!(
            err.to_string().contains("expected an HTTP status listed"),
            "{bad}: {err}"
        );
    }
}

#[test]
fn http_status_codes_convert_both_ways() {
    for &code in ErrorCode::ALL {
        let status = http::StatusCode::from(code);
        assert_eq!(status.as_u16(), code.as_u16());
        assert_eq!(ErrorCode::try_from(status), Ok(code));
    }
    let unlisted = http::StatusCode::from_u16(unlisted_status()).unwrap();
    let err = ErrorCode::try_from(unlisted).unwrap_err();
    assert_eq!(err.input(), unlisted.as_str());
}

#[test]
fn lookups_are_usable_in_const_contexts() {
    const FIRST: ErrorCode = ErrorCode::ALL[0];
    const CODE: Option<ErrorCode> = ErrorCode::from_u16(FIRST.as_u16());
    const PHRASE: &str = FIRST.reason_phrase();
    const RETRYABLE: bool = FIRST.is_retryable();
    // Evaluated by the compiler: the build fails if these are not const or not true.
    const {
        assert!(FIRST.as_u16() == ErrorCode::ALL[0] as u16);
        assert!(ErrorCode::from_u16(0).is_none());
    };
    assert_eq!(CODE, Some(FIRST));
    assert_eq!(PHRASE, FIRST.to_string().split_once(' ').unwrap().1);
    assert_eq!(RETRYABLE, FIRST.is_retryable());
}
