//! Every code of the real table through every conversion the runtime offers.

use std::collections::HashSet;

use picsart_error_codes::{ErrorCode, InvalidErrorCode};

#[test]
fn the_table_has_the_documented_codes_in_ascending_order() {
    let statuses: Vec<u16> = ErrorCode::ALL.iter().map(ErrorCode::as_u16).collect();
    assert_eq!(
        statuses,
        [200, 400, 401, 402, 403, 404, 405, 406, 413, 415, 422, 429, 431, 500, 503]
    );
    let names: Vec<&str> = ErrorCode::ALL.iter().map(ErrorCode::name).collect();
    assert_eq!(
        names,
        [
            "Success",
            "BadRequest",
            "Unauthorized",
            "PaymentRequired",
            "Forbidden",
            "NotFound",
            "MethodNotAllowed",
            "NotAcceptable",
            "RequestEntityTooLarge",
            "UnsupportedMediaType",
            "UnprocessableContent",
            "TooManyRequests",
            "RequestHeaderFieldsTooLarge",
            "InternalServerError",
            "ServiceUnavailable",
        ]
    );
}

#[test]
fn only_429_500_and_503_are_retryable() {
    let retryable: Vec<ErrorCode> = ErrorCode::ALL
        .iter()
        .copied()
        .filter(ErrorCode::is_retryable)
        .collect();
    assert_eq!(
        retryable,
        [
            ErrorCode::TooManyRequests,
            ErrorCode::InternalServerError,
            ErrorCode::ServiceUnavailable
        ]
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
    assert_eq!(format!("{:>15}|", ErrorCode::NotFound), "  404 Not Found|");
    assert_eq!(format!("{:<15}|", ErrorCode::NotFound), "404 Not Found  |");
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
    let err = ErrorCode::try_from(418).unwrap_err();
    assert_eq!(err.input(), "418");
    assert!(
        err.to_string()
            .starts_with("unknown error code \"418\": expected"),
        "{err}"
    );
    assert_eq!(
        err,
        "418".parse::<ErrorCode>().unwrap_err(),
        "one error, either way"
    );
    for text in [
        "418",
        "",
        "notfound",
        "Not Found",
        "0404",
        "+404",
        " 404",
        "4040",
        "NotFound ",
        "ALL",
    ] {
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
    for bad in ["418", "-404", "70000", "\"404\"", "404.0", "null"] {
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
        assert!(status.canonical_reason().is_some());
    }
    let err = ErrorCode::try_from(http::StatusCode::IM_A_TEAPOT).unwrap_err();
    assert_eq!(err.input(), "418");
}

#[test]
fn lookups_are_usable_in_const_contexts() {
    const CODE: Option<ErrorCode> = ErrorCode::from_u16(503);
    const MESSAGE: &str = ErrorCode::ServiceUnavailable.reason_phrase();
    // Evaluated by the compiler: the build fails if these are not const or not true.
    const {
        assert!(ErrorCode::ServiceUnavailable.is_retryable());
        assert!(ErrorCode::NotFound.as_u16() == 404);
    };
    assert_eq!(CODE, Some(ErrorCode::ServiceUnavailable));
    assert_eq!(MESSAGE, "Service Unavailable");
}
