//! How an API client uses `ApiError`: turn each failed response into one typed error, log
//! it, and retry only when and as long as the advice says.
//!
//! The transport here is a stand-in that replays canned responses, so the example runs
//! without network access or an API key:
//!
//! ```text
//! cargo run --example client --features http,json
//! ```

use std::collections::VecDeque;

use picsart_api_error::{ApiError, RetryPolicy};

/// A stand-in for an HTTP client: answers each call with the next canned response.
struct Transport {
    responses: VecDeque<http::Response<Vec<u8>>>,
}

impl Transport {
    fn send(&mut self) -> http::Response<Vec<u8>> {
        self.responses
            .pop_front()
            .expect("the demo has enough responses")
    }
}

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> http::Response<Vec<u8>> {
    let mut builder = http::Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder
        .body(body.as_bytes().to_vec())
        .expect("valid canned response")
}

/// Sends the request until it succeeds, fails for good, or the retry budget is spent.
fn call(transport: &mut Transport, policy: &RetryPolicy) -> Result<Vec<u8>, ApiError> {
    let mut attempt = 0;
    loop {
        let response = transport.send();
        if response.status().is_success() {
            return Ok(response.into_body());
        }
        let error = ApiError::from_response(&response);
        // `attempt` counts retries: 1 once the original request has failed.
        attempt += 1;
        match error.retry_delay(policy, attempt) {
            Some(wait) => {
                let asked = match error.retry_after() {
                    Some(retry_after) => format!(" (Retry-After: {retry_after:?})"),
                    None => String::new(),
                };
                println!("  retry {attempt} in {wait:?}{asked} after: {error}");
                // A real client sleeps here: std::thread::sleep(wait).
            }
            None => return Err(error),
        }
    }
}

fn main() {
    // Seeded so the printed waits are the same on every run.
    let policy = RetryPolicy::default().with_jitter_seed(42);
    let scenarios = [
        (
            "a rate-limit burst, then success",
            vec![
                response(
                    429,
                    &[
                        ("X-Picsart-Ratelimit-Available", "0"),
                        ("X-Picsart-Ratelimit-Reset-Time", "2"),
                        ("X-Picsart-Credit-Available", "140"),
                    ],
                    r#"{"code": 429, "message": "Too Many Requests", "detail": "per-second limit"}"#,
                ),
                response(200, &[], r#"{"status": "success"}"#),
            ],
        ),
        (
            "a spike arrest at the gateway (a burst, not a quota), then success",
            vec![
                response(
                    429,
                    &[],
                    r#"{"fault": {"faultstring": "Spike arrest violation. Allowed rate : 10ps", "detail": {"errorcode": "policies.ratelimit.SpikeArrestViolation"}}}"#,
                ),
                response(200, &[], r#"{"status": "success"}"#),
            ],
        ),
        (
            "a gateway in front of the API asks for a minute, then success",
            vec![
                response(
                    502,
                    &[("Retry-After", "60")],
                    "<html>\r\n<h1>Bad Gateway</h1>\r\n</html>",
                ),
                response(200, &[], r#"{"status": "success"}"#),
            ],
        ),
        (
            "an invalid parameter: not worth retrying",
            vec![response(
                422,
                &[("X-Picsart-Correlation-Id", "4f1c-22")],
                r#"{"code": 422, "detail": [{"loc": ["body", "format"], "msg": "TIFF is not a supported output format"}]}"#,
            )],
        ),
        (
            "the quota is used up",
            vec![response(
                429,
                &[],
                r#"{"fault": {"faultstring": "Rate limit quota violation. Quota limit exceeded.", "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}"#,
            )],
        ),
        (
            "an outage that outlasts the retry budget",
            vec![
                response(503, &[], "<html>Service Unavailable</html>"),
                response(503, &[], "<html>Service Unavailable</html>"),
                response(
                    503,
                    &[("X-Picsart-Correlation-Id", "9a0e-01")],
                    "<html>Service Unavailable</html>",
                ),
            ],
        ),
    ];
    for (name, responses) in scenarios {
        println!("{name}:");
        let mut transport = Transport {
            responses: responses.into(),
        };
        match call(&mut transport, &policy) {
            Ok(body) => println!("  ok: {}", String::from_utf8_lossy(&body)),
            Err(error) => {
                println!("  failed: {error}");
                if error.is_quota_exhausted() {
                    println!("  top up credits or wait for the quota period; retrying now only costs more");
                } else if let Some(code) = error.code().filter(|_| !error.is_retryable()) {
                    println!(
                        "  {} is not retryable. {}",
                        code.name(),
                        first_paragraph(code.description())
                    );
                }
            }
        }
    }
}

/// The first paragraph of a description, on one line.
fn first_paragraph(text: &str) -> String {
    let paragraph = text.trim().split("\n\n").next().unwrap_or_default();
    paragraph.split_whitespace().collect::<Vec<_>>().join(" ")
}
