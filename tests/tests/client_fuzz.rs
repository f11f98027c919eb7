//! Arbitrary statuses, bodies and header bytes never make `ApiError` panic, and what it
//! reports stays consistent with its input.

use std::time::Duration;

use picsart_error_codes::{ApiError, ErrorCode, RetryPolicy};
use proptest::prelude::*;

/// Header names that matter, plus arbitrary ones.
fn header_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "X-Picsart-Ratelimit-Available",
            "x-picsart-ratelimit-limit",
            "X-PICSART-RATELIMIT-RESET-TIME",
            "X-Picsart-Credit-Available",
            "X-Picsart-Correlation-Id",
            "Retry-After",
        ])
        .prop_map(String::from),
        "[a-zA-Z-]{0,20}",
    ]
}

/// Header values: arbitrary bytes, and numbers of every size (huge ones included), since
/// those are what the parser acts on.
fn header_value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..40),
        "-?[0-9]{1,25}(\\.[0-9]{0,4})?".prop_map(String::into_bytes),
        Just(b"Sun, 06 Nov 2994 08:49:37 GMT".to_vec()),
    ]
}

/// Bodies: arbitrary bytes, and JSON-looking text built from the fields the parser reads.
fn body() -> impl Strategy<Value = Vec<u8>> {
    let json = prop::collection::vec(
        (
            prop::sample::select(vec![
                "code",
                "message",
                "detail",
                "fault",
                "faultstring",
                "errorcode",
            ]),
            "[-0-9a-z{}\\[\\]\": ,.]{0,12}",
        ),
        0..5,
    )
    .prop_map(|fields| {
        let fields: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("\"{k}\": {v}"))
            .collect();
        format!("{{{}}}", fields.join(", ")).into_bytes()
    });
    prop_oneof![prop::collection::vec(any::<u8>(), 0..300), json]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_response_gives_an_error_without_panicking(
        // Half the statuses come from the table, so the retry paths are exercised too.
        status in prop_oneof![any::<u16>(), prop::sample::select(ErrorCode::ALL.iter().map(ErrorCode::as_u16).collect::<Vec<_>>())],
        body in body(),
        headers in prop::collection::vec((header_name(), header_value()), 0..8),
        attempt in any::<u32>(),
        seed in any::<u64>(),
    ) {
        let error = ApiError::from_parts(status, &body).with_headers(headers.iter().map(|(n, v)| (n.as_str(), v.as_slice())));
        prop_assert_eq!(error.status(), status);
        prop_assert_eq!(error.body(), String::from_utf8_lossy(&body));
        let line = error.to_string();
        prop_assert!(line.starts_with(&status.to_string()), "{}", line);
        let policy = RetryPolicy::default().with_jitter_seed(seed);
        if let Some(wait) = error.retry_delay_with(&policy, attempt) {
            prop_assert!(error.code().is_some_and(|c| c.is_retryable()));
            prop_assert!(wait <= RetryPolicy::DEFAULT_MAX_WAIT && wait >= Duration::ZERO);
            prop_assert!(!error.is_quota_exhausted());
        }
    }
}
