//! Arbitrary statuses, bodies and header bytes never make `ApiError` panic, and what it
//! reports stays consistent with its input.

use std::time::Duration;

use picsart_error_codes::{ApiError, ErrorCode, RetryPolicy};
use proptest::prelude::*;

/// The longest log line: status, the longest reason phrase, 300 characters of what the
/// server said, the quota tag and 100 characters of correlation id, with their punctuation.
const MAX_LINE_CHARS: usize = 5 + 31 + 2 + 300 + 3 + 18 + 17 + 100 + 4;

/// What must never reach a log line unescaped.
fn breaks_line(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

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
    // The documented shape with arbitrary text (line breaks, controls, any Unicode), maybe
    // behind a byte order mark.
    let documented = (any::<bool>(), any::<String>(), any::<String>(), "[\\n\\u{85}\\u{2028}a-z ]{0,500}")
        .prop_map(|(bom, message, detail, long)| {
            let body = serde_json::json!({"code": 400, "message": message, "detail": format!("{detail}{long}")});
            let bom: &[u8] = if bom { b"\xEF\xBB\xBF" } else { b"" };
            [bom, body.to_string().as_bytes()].concat()
        });
    prop_oneof![prop::collection::vec(any::<u8>(), 0..300), json, documented]
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
        // One line, whatever the body and headers hold, starting with status and reason.
        let prefix = format!("{status} {}", error.reason());
        prop_assert!(line.starts_with(&prefix), "{}", line);
        prop_assert!(!line.contains(breaks_line), "{:?}", line);
        prop_assert!(line.chars().count() <= MAX_LINE_CHARS, "{}", line.len());
        let policy = RetryPolicy::default().with_jitter_seed(seed);
        if let Some(wait) = error.retry_delay_with(&policy, attempt) {
            prop_assert!(error.is_retryable());
            prop_assert!(error.code().map_or([408, 502, 504].contains(&status), |c| c.is_retryable()));
            prop_assert!(wait <= RetryPolicy::DEFAULT_MAX_WAIT && wait >= Duration::ZERO);
            prop_assert!(!error.is_quota_exhausted());
        }
    }
}
