//! `ApiError` from real HTTP: a server on 127.0.0.1 answers like the Picsart APIs (each code
//! of the table, an unknown code, a body that is not JSON, gateway faults, rate-limit
//! headers, duplicate headers, a byte order mark), a real HTTP client fetches each answer,
//! and the resulting errors are checked field by field.

use std::thread;
use std::time::Duration;

use crate::support::head;
use picsart_api_error::{ApiError, ErrorCode, RetryPolicy};

/// What the server answers on one path.
struct Answer {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
}

/// The answer for a request path: `/code/<status>`, `/teapot`, `/html`, `/fault`.
fn answer(path: &str) -> Answer {
    let standard = |status: u16| Answer {
        status,
        headers: vec![
            ("X-Picsart-Correlation-Id", format!("corr-{status}")),
            ("X-Picsart-Ratelimit-Available", "17".into()),
            ("X-Picsart-Ratelimit-Limit", "500".into()),
            ("X-Picsart-Ratelimit-Reset-Time", "3".into()),
            ("X-Picsart-Credit-Available", "42.5".into()),
            ("Content-Type", "application/json".into()),
        ],
        body: format!(r#"{{"code": {status}, "message": "m{status}", "detail": "d{status}"}}"#),
    };
    match path {
        "/teapot" => Answer { status: 418, headers: vec![], body: r#"{"message": "I'm a teapot"}"#.into() },
        "/html" => Answer {
            status: 502,
            headers: vec![("X-Picsart-Ratelimit-Available", "lots".into())],
            body: "<html><body>Bad Gateway</body></html>".into(),
        },
        "/fault" => Answer {
            status: 429,
            headers: vec![("X-Picsart-Correlation-Id", "corr-fault".into())],
            body: r#"{"fault": {"faultstring": "Rate limit quota violation. Quota limit exceeded. Identifier : abc", "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}"#.into(),
        },
        "/spike" => Answer {
            status: 429,
            headers: vec![("X-Picsart-Ratelimit-Reset-Time", "1".into())],
            body: r#"{"fault":{"faultstring":"Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=10, periodInMicroseconds=1000000}","detail":{"errorcode":"policies.ratelimit.SpikeArrestViolation"}}}"#.into(),
        },
        "/duplicates" => Answer {
            status: 503,
            headers: vec![
                ("Retry-After", "30".into()),
                ("Retry-After", "".into()),
                ("X-Picsart-Correlation-Id", "corr-dup".into()),
                ("X-Picsart-Correlation-Id", "".into()),
            ],
            body: "\u{feff}{\"message\": \"maintenance\", \"detail\": \"back at 10:00\\nsharp\"}".into(),
        },
        "/payment" => Answer { status: 402, headers: vec![], body: r#"{"message": "Payment Required"}"#.into() },
        "/disagree" => Answer { status: 400, headers: vec![], body: r#"{"code": 40012, "detail": {"field": "image_url"}}"#.into() },
        path => standard(path.trim_start_matches("/code/").parse().expect("a status")),
    }
}

/// Starts the server on a free port and returns its base URL; it serves until the test
/// process ends.
fn start_server() -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1");
    let url = format!(
        "http://{}",
        server.server_addr().to_ip().expect("an IP address")
    );
    thread::spawn(move || {
        for request in server.incoming_requests() {
            let answer = answer(request.url());
            let mut response =
                tiny_http::Response::from_string(answer.body).with_status_code(answer.status);
            for (name, value) in answer.headers {
                response
                    .add_header(tiny_http::Header::from_bytes(name, value).expect("valid header"));
            }
            let _ = request.respond(response);
        }
    });
    url
}

/// Fetches `path` with a real HTTP client and turns the response into an `ApiError`.
fn fetch(agent: &ureq::Agent, base: &str, path: &str) -> ApiError {
    let response = agent
        .get(format!("{base}{path}"))
        .call()
        .expect("the request completes");
    let (parts, mut body) = response.into_parts();
    let bytes = body.read_to_vec().expect("the body is read");
    ApiError::from_response(&http::Response::from_parts(parts, bytes))
}

#[test]
fn responses_from_a_real_server_become_complete_api_errors() {
    let base = start_server();
    // 4xx and 5xx are answers to inspect here, not transport errors.
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        // A 3xx row of the table is an answer to inspect too, not a redirect to follow.
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into();

    for &code in ErrorCode::ALL {
        let status = code.as_u16();
        let error = fetch(&agent, &base, &format!("/code/{status}"));
        assert_eq!(error.status(), status);
        assert_eq!(error.code(), Some(code));
        assert_eq!(error.body_code(), Some(i64::from(status)));
        assert_eq!(error.body_message(), Some(format!("m{status}").as_str()));
        assert_eq!(error.body_detail(), Some(format!("d{status}").as_str()));
        assert_eq!(
            error.correlation_id(),
            Some(format!("corr-{status}").as_str())
        );
        let limit = error.rate_limit();
        assert_eq!((limit.available, limit.limit), (Some(17), Some(500)));
        assert_eq!(limit.reset, Some(Duration::from_secs(3)));
        assert_eq!(limit.credits, Some(42.5));
        assert!(!error.is_quota_exhausted());
        assert_eq!(
            error.to_string(),
            format!(
                r#"{status} {} (correlation id "corr-{status}"): message "m{status}", detail "d{status}""#,
                code.reason_phrase()
            )
        );
        let policy = RetryPolicy::default().without_jitter();
        // The reset time is the hint of a 429; other retryable codes get the backoff.
        let expected = match code {
            ErrorCode::TooManyRequests => Some(Duration::from_secs(3)),
            code if code.is_retryable() => Some(Duration::from_secs(1)),
            _ => None,
        };
        assert_eq!(error.retry_delay(&policy, 1), expected, "{code}");
    }

    let teapot = fetch(&agent, &base, "/teapot");
    // Whether the table lists 418 or not: its row, else the status kept as a number.
    assert_eq!(
        (teapot.status(), teapot.code()),
        (418, ErrorCode::from_u16(418))
    );
    assert_eq!(teapot.body_message(), Some("I'm a teapot"));
    assert_eq!(
        teapot.to_string(),
        format!(r#"{}: message "I'm a teapot""#, head(418))
    );
    if ErrorCode::from_u16(418).is_none_or(|code| !code.is_retryable()) {
        assert_eq!(teapot.retry_delay(&RetryPolicy::new(), 1), None);
    }

    let html = fetch(&agent, &base, "/html");
    assert_eq!(
        (html.status(), html.code(), html.body_detail()),
        (502, ErrorCode::from_u16(502), None)
    );
    assert_eq!(html.body(), "<html><body>Bad Gateway</body></html>");
    assert_eq!(
        html.rate_limit().available,
        None,
        "a garbled header is ignored"
    );
    assert_eq!(
        html.to_string(),
        format!(
            r#"{}: body "<html><body>Bad Gateway</body></html>""#,
            head(502)
        )
    );
    let policy = RetryPolicy::default().without_jitter();
    // A gateway's 502 is worth a retry, unless the table says otherwise.
    let retryable = ErrorCode::from_u16(502).is_none_or(|code| code.is_retryable());
    assert_eq!(
        html.retry_delay(&policy, 1),
        retryable.then_some(Duration::from_secs(1)),
    );

    let spike = fetch(&agent, &base, "/spike");
    assert!(!spike.is_quota_exhausted(), "a burst, not a quota");
    assert_eq!(
        spike.retry_delay(&policy, 1),
        Some(Duration::from_secs(1)),
        "after the reset time"
    );

    let duplicates = fetch(&agent, &base, "/duplicates");
    assert_eq!(
        duplicates.retry_delay(&policy, 1),
        Some(Duration::from_secs(30)),
        "the empty duplicate Retry-After is ignored"
    );
    assert_eq!(duplicates.correlation_id(), Some("corr-dup"));
    assert_eq!(
        duplicates.to_string(),
        format!(
            r#"{} (correlation id "corr-dup"): message "maintenance", detail "back at 10:00\nsharp""#,
            head(503)
        ),
        "the byte order mark is skipped and the line break escaped"
    );

    let fault = fetch(&agent, &base, "/fault");
    assert_eq!(fault.code(), Some(ErrorCode::TooManyRequests));
    assert!(fault.is_quota_exhausted());
    assert_eq!(
        fault.fault_code(),
        Some("policies.ratelimit.QuotaViolation")
    );
    assert_eq!(
        fault.body_message(),
        Some("Rate limit quota violation. Quota limit exceeded. Identifier : abc")
    );
    assert_eq!(
        fault.retry_delay(&RetryPolicy::new(), 1),
        None,
        "an exhausted quota is not retried blindly"
    );
    assert!(
        fault
            .to_string()
            .contains(r#"[quota exhausted] (correlation id "corr-fault"): message "Rate"#),
        "{fault}"
    );

    let payment = fetch(&agent, &base, "/payment");
    assert_eq!(payment.code(), Some(ErrorCode::PaymentRequired));
    assert_eq!(
        (
            payment.body_message(),
            payment.body_code(),
            payment.body_detail()
        ),
        (Some("Payment Required"), None, None)
    );
    assert_eq!(
        payment.to_string(),
        format!(r#"{}: message "Payment Required""#, head(402)),
        "every field the server sent is shown, even one that repeats the reason phrase"
    );

    let disagree = fetch(&agent, &base, "/disagree");
    assert_eq!(
        (disagree.status(), disagree.body_code()),
        (400, Some(40012))
    );
    assert_eq!(disagree.body_message(), None);
    assert_eq!(
        disagree.to_string(),
        format!(r#"{}: detail "{{\"field\": \"image_url\"}}""#, head(400))
    );
    assert_eq!(
        disagree.body_detail(),
        Some(r#"{"field": "image_url"}"#),
        "exactly as sent"
    );
}
