//! `ErrorResponse` builds what the APIs send; `ApiError::from_response` of it gives back
//! every field, for any code and any text.

use std::time::Duration;

use picsart_api_error::{ApiError, ErrorCode, ErrorResponse, RateLimit};
use proptest::prelude::*;

fn code() -> impl Strategy<Value = ErrorCode> {
    proptest::sample::select(ErrorCode::ALL)
}

/// Any duration a header can carry: the reader keeps every digit to the nanosecond.
fn reset() -> impl Strategy<Value = Duration> {
    (any::<u64>(), 0u32..1_000_000_000).prop_map(|(secs, nanos)| Duration::new(secs, nanos))
}

fn rate_limit() -> impl Strategy<Value = RateLimit> {
    (
        any::<Option<u64>>(),
        any::<Option<u64>>(),
        proptest::option::of(reset()),
        proptest::option::of(-1e12f64..1e12),
    )
        .prop_map(|(available, limit, reset, credits)| RateLimit {
            available,
            limit,
            reset,
            credits,
        })
}

/// Any id a header value can carry (visible ASCII, commas included: an id is kept as
/// sent), and real ones (UUIDs).
fn correlation_id() -> impl Strategy<Value = String> {
    prop_oneof![
        "[!-~]{1,64}",
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    ]
}

proptest! {
    #[test]
    fn every_field_survives_the_round_trip(
        code in code(),
        message in proptest::option::of(any::<String>()),
        detail in proptest::option::of(any::<String>()),
        rate_limit in rate_limit(),
        correlation_id in proptest::option::of(correlation_id()),
    ) {
        let mut response = ErrorResponse::new(code).rate_limit(rate_limit);
        if let Some(message) = &message {
            response = response.message(message.clone());
        }
        if let Some(detail) = &detail {
            response = response.detail(detail.clone());
        }
        if let Some(id) = &correlation_id {
            response = response.correlation_id(id.parse().unwrap());
        }
        let response = response.into_http_response();
        let error = ApiError::from_response(&response);

        prop_assert_eq!(error.status(), code.as_u16());
        prop_assert_eq!(error.code(), Some(code));
        prop_assert_eq!(error.body_code(), Some(i64::from(code.as_u16())));
        let message = message.unwrap_or_else(|| code.reason_phrase().to_owned());
        prop_assert_eq!(error.body_message(), Some(message.as_str()));
        prop_assert_eq!(error.body_detail(), detail.as_deref());
        prop_assert_eq!(error.correlation_id(), correlation_id.as_deref());
        prop_assert_eq!(error.rate_limit(), &rate_limit);
        prop_assert!(!error.is_body_truncated());
    }
}

#[test]
fn the_documented_shape_for_a_quota_429() {
    let response = ErrorResponse::new(ErrorCode::TooManyRequests)
        .rate_limit(RateLimit {
            available: Some(0),
            limit: Some(500),
            reset: Some(Duration::from_millis(1500)),
            credits: Some(0.0),
        })
        .into_http_response();
    assert_eq!(response.status(), 429);
    let headers = response.headers();
    assert_eq!(headers["content-type"], "application/json");
    assert_eq!(headers["x-picsart-ratelimit-available"], "0");
    assert_eq!(headers["x-picsart-ratelimit-limit"], "500");
    assert_eq!(headers["x-picsart-ratelimit-reset-time"], "1.5");
    assert_eq!(headers["x-picsart-credit-available"], "0");
    assert_eq!(
        response.body(),
        format!(
            r#"{{"code":429,"message":"{}"}}"#,
            ErrorCode::TooManyRequests.reason_phrase()
        )
        .as_bytes()
    );
    assert!(ApiError::from_response(&response).is_quota_exhausted());
}

#[test]
fn credits_no_header_can_say_are_left_out() {
    for credits in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let response = ErrorResponse::new(ErrorCode::PaymentRequired)
            .rate_limit(RateLimit {
                credits: Some(credits),
                ..RateLimit::default()
            })
            .into_http_response();
        assert!(!response
            .headers()
            .contains_key("x-picsart-credit-available"));
    }
}
