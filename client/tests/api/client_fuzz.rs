//! Arbitrary statuses, bodies and header bytes never make `ApiError` panic, and what it
//! reports stays consistent with its input.

use std::time::Duration;

use picsart_api_error::{ApiError, ErrorCode, RetryPolicy};
use proptest::prelude::*;

/// The longest log line: a status with the longest reason phrase (`431 Request Header Fields
/// Too Large`; longer numbers are `Unknown Status`); the quota and truncation tags; 100
/// characters of codings and of correlation id, each quoted and cut (`"...`) inside its
/// punctuation; then 300 characters of what the server said, in two quoted fields, cut.
const MAX_LINE_CHARS: usize = (3 + 1 + 31)
    + " [quota exhausted]".len()
    + " [body truncated]".len()
    + (" [body encoded \"".len() + 100 + "\"...]".len())
    + (" (correlation id \"".len() + 100 + "\"...)".len())
    + (": message \"".len() + 300 + "\", detail \"".len() + "\"...".len());

/// The bound the property below checks is reached, so it is the real longest line.
#[test]
fn the_longest_log_line_is_exactly_the_bound() {
    let faultstring = "m".repeat(299);
    let body = format!(
        r#"{{"fault": {{"faultstring": "{faultstring}", "detail": {{"errorcode": "policies.ratelimit.QuotaViolation"}}}}}}"#
    );
    let error = ApiError::new(431, body.as_bytes())
        .with_headers([
            ("X-Picsart-Correlation-Id", "i".repeat(200)),
            ("Content-Encoding", "x".repeat(200)),
        ])
        .with_truncated_body();
    assert_eq!(error.to_string().chars().count(), MAX_LINE_CHARS, "{error}");
}

/// What must never reach a log line unescaped: line breaks and other controls, and
/// characters that print as nothing or as a space other than U+0020 (a sample of the class
/// the unit tests of `Display` cover one by one).
fn breaks_line(c: char) -> bool {
    c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(
            c,
            '\u{AD}' | '\u{34F}' | '\u{61C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E007F}'
        )
}

/// Whether every backslash of `line` starts one escape (`\\`, `\"`, `\n`, `\r`, `\t`, `\0`
/// or `\u{HEX}`), so the line reads back one way: a backslash from the body is never taken
/// for the start of an escape.
fn escapes_are_well_formed(line: &str) -> bool {
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            continue;
        }
        match chars.next() {
            Some('\\' | '"' | 'n' | 'r' | 't' | '0') => {}
            Some('u') => {
                if chars.next() != Some('{') {
                    return false;
                }
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                if hex.is_empty()
                    || u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .is_none()
                {
                    return false;
                }
            }
            _ => return false,
        }
    }
    true
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
            "Content-Encoding",
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
    // Text with backslashes and invisible characters, which the line must tell apart.
    let hidden = "[\\\\nu{}a \u{AD}\u{200B}\u{FEFF}\u{2060}\u{E0041}\u{FE0F}\u{A0}]{0,60}"
        .prop_map(String::into_bytes);
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        json,
        documented,
        hidden
    ]
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
        let error = ApiError::new(status, &body).with_headers(headers.iter().map(|(n, v)| (n.as_str(), v.as_slice())));
        prop_assert_eq!(error.status(), status);
        prop_assert_eq!(error.body(), String::from_utf8_lossy(&body));
        let line = error.to_string();
        // One line, whatever the body and headers hold, starting with status and reason.
        let prefix = format!("{status} {}", error.reason_phrase());
        prop_assert!(line.starts_with(&prefix), "{}", line);
        prop_assert!(!line.contains(breaks_line), "{:?}", line);
        // The escaping is unambiguous (a cut never splits an escape).
        prop_assert!(escapes_are_well_formed(&line), "{:?}", line);
        prop_assert!(line.chars().count() <= MAX_LINE_CHARS, "{}", line.len());
        let policy = RetryPolicy::default().with_jitter_seed(seed);
        if let Some(wait) = error.retry_delay(&policy, attempt) {
            prop_assert!(error.is_retryable());
            // Headers and body can only take a retry away, never make a status retryable.
            prop_assert!(ApiError::new(status, b"").is_retryable());
            prop_assert!(wait <= RetryPolicy::DEFAULT_MAX_DELAY && wait >= Duration::ZERO);
            prop_assert!(!error.is_quota_exhausted());
        }
    }
}

/// A JSON value as written, duplicate keys and all.
#[derive(Debug, Clone)]
enum Json {
    Str(String),
    Num(i64),
    Null,
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// The text, with the characters of strings and keys whose bit in `escapes` is set
    /// written as `\uXXXX` (the bits are reused cyclically).
    fn write(&self, escapes: u64, at: &mut u32, out: &mut String) {
        let string = |s: &str, at: &mut u32, out: &mut String| {
            out.push('"');
            for c in s.chars() {
                let escape = escapes.rotate_right(*at) & 1 == 1;
                *at += 1;
                if escape || c == '"' || c == '\\' || c.is_control() {
                    let mut units = [0; 2];
                    for unit in c.encode_utf16(&mut units) {
                        out.push_str(&format!("\\u{unit:04x}"));
                    }
                } else {
                    out.push(c);
                }
            }
            out.push('"');
        };
        match self {
            Json::Str(s) => string(s, at, out),
            Json::Num(n) => out.push_str(&n.to_string()),
            Json::Null => out.push_str("null"),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "" } else { ", " });
                    item.write(escapes, at, out);
                }
                out.push(']');
            }
            Json::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    out.push_str(if i == 0 { "" } else { ", " });
                    string(key, at, out);
                    out.push_str(": ");
                    value.write(escapes, at, out);
                }
                out.push('}');
            }
        }
    }
}

/// JSON made of the keys and codes the fault reader looks for, nested and duplicated.
fn json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        prop::sample::select(vec![
            "policies.ratelimit.QuotaViolation",
            "policies.ratelimit.SpikeArrestViolation",
            "a\"b\\c",
            "é\n😀",
        ])
        .prop_map(|s| Json::Str(s.into())),
        any::<i64>().prop_map(Json::Num),
        Just(Json::Null),
    ];
    leaf.prop_recursive(5, 48, 4, |inner| {
        let key = prop::sample::select(vec!["fault", "detail", "errorcode", "x"]);
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Arr),
            prop::collection::vec((key.prop_map(String::from), inner), 0..5).prop_map(Json::Obj),
        ]
    })
}

/// Gateway-fault-shaped JSON: `{"fault": {"detail": {"errorcode": ...}}}` with arbitrary
/// members (duplicates among them) around each level.
fn fault_like() -> impl Strategy<Value = Json> {
    let members = || {
        prop::collection::vec(
            (
                prop::sample::select(vec!["fault", "detail", "errorcode", "x"])
                    .prop_map(String::from),
                json(),
            ),
            0..3,
        )
    };
    (json(), members(), members(), members(), 0usize..3).prop_map(
        |(code, mut top, mut fault, mut detail, at)| {
            detail.insert(at.min(detail.len()), ("errorcode".into(), code));
            fault.insert(at.min(fault.len()), ("detail".into(), Json::Obj(detail)));
            top.insert(at.min(top.len()), ("fault".into(), Json::Obj(fault)));
            Json::Obj(top)
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    /// The fault code (what decides "exhausted quota, do not retry") is what a JSON parser
    /// finds at `fault.detail.errorcode`, the last duplicate counting, whatever the escapes
    /// and whatever else the body nests; so the build without `json`, which has no parser,
    /// decides the same.
    #[test]
    fn the_fault_code_is_what_a_json_parser_finds(
        json in prop_oneof![json(), fault_like()],
        escapes in any::<u64>(),
    ) {
        let mut text = String::new();
        json.write(escapes, &mut 0, &mut text);
        let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        let expected = parsed.pointer("/fault/detail/errorcode").and_then(serde_json::Value::as_str);
        let error = ApiError::new(429, text.as_bytes());
        prop_assert_eq!(error.fault_code(), expected, "{}", text);
        prop_assert_eq!(error.is_quota_exhausted(), expected == Some("policies.ratelimit.QuotaViolation"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    /// A client that joins duplicate field lines with commas (RFC 9110 §5.3) hands over the
    /// same information as one that keeps them apart, so numbers and HTTP dates (with their
    /// own comma) read alike, empty and unreadable lines among them. The correlation id is
    /// not among them: it is an opaque token, kept as sent, commas included.
    #[test]
    fn joined_duplicates_read_like_separate_lines(
        name in prop::sample::select(vec![
            "Retry-After",
            "X-Picsart-Ratelimit-Available",
            "X-Picsart-Ratelimit-Reset-Time",
            "X-Picsart-Credit-Available",
        ]),
        values in prop::collection::vec(prop_oneof![
            "[0-9]{1,4}(\\.[0-9]{1,2})?",
            Just("Sun, 06 Nov 1994 08:49:37 GMT".to_owned()),
            Just("Sunday, 06-Nov-94 08:49:37 GMT".to_owned()),
            Just("Sun Nov  6 08:49:37 1994".to_owned()),
            "[a-z/ -]{0,8}",
        ], 1..5),
    ) {
        let apart = ApiError::new(503, b"")
            .with_headers(values.iter().map(|value| (name, value.as_str())));
        let joined = ApiError::new(503, b"").with_headers([(name, values.join(", "))]);
        prop_assert_eq!(joined.retry_after(), apart.retry_after(), "{:?}", values);
        prop_assert_eq!(joined.rate_limit(), apart.rate_limit(), "{:?}", values);
    }
}
