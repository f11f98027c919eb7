//! The log line cannot be imitated: it reads back, by the grammar `ApiError`'s `Display`
//! documents, into exactly what it shows (status, tags, codings, correlation id, request,
//! message, detail or body), whatever the server sent. A line with a left inverse is one
//! two different errors never share.

use crate::support::head;
use picsart_api_error::ApiError;
use proptest::prelude::*;

/// What a line shows, read from the error's accessors.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Shown {
    status: u16,
    quota_exhausted: bool,
    body_truncated: bool,
    body_encoding: Option<String>,
    correlation_id: Option<String>,
    method: Option<String>,
    url: Option<String>,
    message: Option<String>,
    detail: Option<String>,
    body: Option<String>,
}

impl Shown {
    fn of(error: &ApiError) -> Shown {
        let (message, detail) = (error.body_message(), error.body_detail());
        // Text under a top-level key the fields do not show (the shapes `body()` makes).
        let other =
            serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(error.body())
                .is_ok_and(|members| {
                    members.iter().any(|(name, value)| {
                        !["code", "message", "detail", "fault"].contains(&name.as_str())
                            && !value.is_null()
                    })
                });
        let body = ((message.is_none() && detail.is_none() || other) && !error.body().is_empty())
            .then(|| error.body().to_owned());
        let (message, detail) = if body.is_some() {
            (None, None)
        } else {
            (message, detail)
        };
        Shown {
            status: error.status(),
            quota_exhausted: error.is_quota_exhausted(),
            body_truncated: error.is_body_truncated(),
            body_encoding: error.body_encoding().map(str::to_owned),
            correlation_id: error.correlation_id().map(str::to_owned),
            method: error.method().map(ToString::to_string),
            url: error.url().map(str::to_owned),
            message: message.map(str::to_owned),
            detail: detail.map(str::to_owned),
            body,
        }
    }
}

/// Reads a quoted text at the start of `line`: the text unescaped and what follows it.
fn quoted(line: &str) -> Option<(String, &str)> {
    let mut chars = line.strip_prefix('"')?.char_indices();
    let mut text = String::new();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((text, &line[at + 2..])),
            '\\' => text.push(match chars.next()?.1 {
                '\\' => '\\',
                '"' => '"',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                '0' => '\0',
                'u' => {
                    let rest = chars.as_str().strip_prefix('{')?;
                    let (hex, _) = rest.split_once('}')?;
                    for _ in 0..hex.len() + 2 {
                        chars.next();
                    }
                    char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
                }
                _ => return None,
            }),
            c => text.push(c),
        }
    }
    None
}

/// Reads a line back by the documented grammar; `None` if it does not follow it.
fn parse(line: &str) -> Option<Shown> {
    let (status, _) = line.split_once(' ')?;
    let status: u16 = status.parse().ok()?;
    let reason = ApiError::new(status, b"").reason_phrase();
    let mut rest = line.strip_prefix(&format!("{status} {reason}"))?;
    let mut shown = Shown {
        status,
        quota_exhausted: false,
        body_truncated: false,
        body_encoding: None,
        correlation_id: None,
        method: None,
        url: None,
        message: None,
        detail: None,
        body: None,
    };
    if let Some(after) = rest.strip_prefix(" [quota exhausted]") {
        (shown.quota_exhausted, rest) = (true, after);
    }
    if let Some(after) = rest.strip_prefix(" [body truncated]") {
        (shown.body_truncated, rest) = (true, after);
    }
    if let Some(after) = rest.strip_prefix(" [body encoded ") {
        let (codings, after) = quoted(after)?;
        (shown.body_encoding, rest) = (Some(codings), after.strip_prefix(']')?);
    }
    if let Some(after) = rest.strip_prefix(" (correlation id ") {
        let (id, after) = quoted(after)?;
        (shown.correlation_id, rest) = (Some(id), after.strip_prefix(')')?);
    }
    if let Some(after) = rest.strip_prefix(" (request ") {
        let after = match after.split_once(' ') {
            Some((method, url)) if !after.starts_with('"') => {
                shown.method = Some(method.to_owned());
                url
            }
            _ => after,
        };
        let (url, after) = quoted(after)?;
        (shown.url, rest) = (Some(url), after.strip_prefix(')')?);
    }
    if rest.is_empty() {
        return Some(shown);
    }
    rest = rest.strip_prefix(": ")?;
    if let Some(after) = rest.strip_prefix("body ") {
        let (body, after) = quoted(after)?;
        shown.body = Some(body);
        return after.is_empty().then_some(shown);
    }
    if let Some(after) = rest.strip_prefix("message ") {
        let (message, after) = quoted(after)?;
        (shown.message, rest) = (Some(message), after);
        if rest.is_empty() {
            return Some(shown);
        }
        rest = rest.strip_prefix(", ")?;
    }
    let (detail, after) = quoted(rest.strip_prefix("detail ")?)?;
    shown.detail = Some(detail);
    after.is_empty().then_some(shown)
}

/// Short texts (the line cuts what the server said after 300 characters) full of what
/// could imitate our part: quotes, brackets, our tags and field names, escapes, spaces of
/// every kind, any character.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "\"",
            "\\",
            "\\\"",
            "\"...",
            "...",
            ": ",
            ", ",
            "[quota exhausted]",
            " [body truncated]",
            "\", detail \"",
            "message ",
            "body ",
            " (correlation id \"",
            ")",
            "]",
            " ",
            "\u{a0}",
            "\u{2028}",
            "\u{85}",
            "\u{3000}",
            "\t",
            "\n",
            "\\u{2028}",
            "\u{200b}",
        ])
        .prop_map(str::to_owned),
        any::<char>().prop_map(String::from),
        "[a-z]{1,3}",
    ];
    prop::collection::vec(piece, 0..5).prop_map(|pieces| pieces.concat())
}

/// A body: the documented shape with any of its fields, a fault, other JSON, or text.
fn body() -> impl Strategy<Value = String> {
    prop_oneof![
        (prop::option::of(text()), prop::option::of(text())).prop_map(|(message, detail)| {
            let mut body = serde_json::Map::new();
            if let Some(message) = message {
                body.insert("message".into(), message.into());
            }
            if let Some(detail) = detail {
                body.insert("detail".into(), detail.into());
            }
            serde_json::Value::Object(body).to_string()
        }),
        (text(), prop::bool::ANY).prop_map(|(faultstring, quota)| {
            let code = if quota { "policies.ratelimit.QuotaViolation" } else { "x" };
            serde_json::json!({"fault": {"faultstring": faultstring, "detail": {"errorcode": code}}})
                .to_string()
        }),
        text().prop_map(|error| serde_json::json!({"code": 500, "error": error}).to_string()),
        (text(), text()).prop_map(|(message, error)| {
            serde_json::json!({"message": message, "error": error}).to_string()
        }),
        text(),
    ]
}

fn error() -> impl Strategy<Value = ApiError> {
    let headers = prop::collection::vec(
        (
            prop::sample::select(vec![
                "X-Picsart-Correlation-Id",
                "Content-Encoding",
                "X-Picsart-Ratelimit-Available",
                "X-Picsart-Credit-Available",
            ]),
            prop_oneof![text(), Just("0".to_owned())],
        ),
        0..4,
    );
    let request = prop::option::of((
        prop::option::of(prop::sample::select(vec!["GET", "POST", "PURGE"])),
        text(),
    ));
    (
        prop::sample::select(vec![200, 400, 429, 500, 502, 999]),
        body(),
        headers,
        prop::bool::ANY,
        request,
    )
        .prop_map(|(status, body, headers, truncated, request)| {
            let mut error = ApiError::new(status, body.as_bytes()).with_headers(headers);
            if truncated {
                error = error.with_truncated_body();
            }
            match request {
                Some((Some(method), url)) => error.with_request(method.parse().unwrap(), &url),
                // Only an integration names a URL alone: a request without a method is
                // shown by the same grammar, covered by the integration tests.
                Some((None, url)) => error.with_request(http::Method::GET, &url),
                None => error,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_line_reads_back_into_exactly_what_it_shows(error in error()) {
        let line = error.to_string();
        prop_assert_eq!(parse(&line), Some(Shown::of(&error)), "{}", line);
    }

    #[test]
    fn two_errors_that_show_differently_never_print_the_same_line(a in error(), b in error()) {
        if Shown::of(&a) != Shown::of(&b) {
            prop_assert_ne!(a.to_string(), b.to_string());
        }
    }

    /// A cut is marked where no text can put it: right after a closing quote.
    #[test]
    fn a_cut_and_only_a_cut_ends_the_line_with_a_quote_and_dots(texts in prop::collection::vec(text(), 1..80)) {
        let long = texts.concat();
        let error = ApiError::new(500, long.as_bytes());
        let line = error.to_string();
        let uncut = parse(&line).is_some();
        prop_assert_eq!(uncut, !line.ends_with("\"..."), "{}", line);
    }
}

#[test]
fn the_parser_reads_what_the_docs_show() {
    let line = format!(
        r#"{} (correlation id "c0ffee"): message "token_error", detail "expired""#,
        head(401)
    );
    let shown = parse(&line).unwrap();
    assert_eq!(shown.correlation_id.as_deref(), Some("c0ffee"));
    assert_eq!(shown.message.as_deref(), Some("token_error"));
    assert_eq!(shown.detail.as_deref(), Some("expired"));
    assert_eq!(
        parse(&format!(r#"{}: message "a"..."#, head(401))),
        None,
        "a cut line"
    );
}
