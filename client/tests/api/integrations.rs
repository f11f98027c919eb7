//! The client integrations against a real server on 127.0.0.1: reqwest (tokio) and ureq
//! fetch scripted answers of the API, backon's runners retry them with our hooks, and the
//! server counts the attempts.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::support::{head, Answer, Server};
use backon::{BlockingRetryable, Retryable};
use picsart_api_error::backon::advice;
use picsart_api_error::{ApiError, ErrorCode, ErrorResponse, RateLimit, RetryBudget, RetryPolicy};

type Error = Box<dyn std::error::Error + Send + Sync>;

const SECOND: Duration = Duration::from_secs(1);
/// Our own first backoff in these tests, far from the server's one-second hint so that a
/// wait tells which of the two it came from.
const BACKOFF: Duration = Duration::from_millis(100);

/// The default policy with a short backoff.
fn policy() -> RetryPolicy {
    RetryPolicy::new().with_min_delay(BACKOFF)
}

/// A burst 429 with a one-second reset time, then a 503 without a hint, then success.
fn burst_outage_success() -> Vec<Answer> {
    let burst = ErrorResponse::new(ErrorCode::TooManyRequests)
        .detail("per-second limit")
        .rate_limit(RateLimit {
            available: Some(0),
            limit: Some(500),
            reset: Some(SECOND),
            credits: Some(100.0),
        })
        .into_http_response();
    let outage = ErrorResponse::new(ErrorCode::ServiceUnavailable).into_http_response();
    vec![
        burst.into(),
        outage.into(),
        http::Response::new(b"done".to_vec()).into(),
    ]
}

/// A 429 saying no calls and no credits are left, then (never reached) success.
fn exhausted_quota() -> Vec<Answer> {
    let exhausted = ErrorResponse::new(ErrorCode::TooManyRequests)
        .rate_limit(RateLimit {
            available: Some(0),
            limit: Some(500),
            reset: Some(SECOND),
            credits: Some(0.0),
        })
        .into_http_response();
    vec![
        exhausted.into(),
        http::Response::new(b"done".to_vec()).into(),
    ]
}

/// Waits a runner was told to make, recorded by its sleeper.
#[derive(Clone, Default)]
struct Waits(Arc<Mutex<Vec<Duration>>>);

impl Waits {
    fn record(&self, wait: Duration) {
        self.0.lock().unwrap().push(wait);
    }

    fn all(&self) -> Vec<Duration> {
        self.0.lock().unwrap().clone()
    }
}

async fn send_reqwest(client: &reqwest::Client, url: &str) -> Result<reqwest::Response, Error> {
    let response = client.get(url).send().await?;
    Ok(picsart_api_error::reqwest::error_for_status(response).await?)
}

/// backon's async runner with our hooks; its sleeper records each wait and sleeps it on
/// tokio's clock.
async fn retry_reqwest(
    server: &Server,
    policy: RetryPolicy,
    waits: &Waits,
) -> Result<reqwest::Response, Error> {
    let client = reqwest::Client::new();
    let recorder = waits.clone();
    let (backoff, when) = advice(policy, &RetryBudget::new());
    (|| send_reqwest(&client, &server.url))
        .retry(backoff)
        .when(when)
        .sleep(move |wait| {
            recorder.record(wait);
            tokio::time::sleep(wait)
        })
        .await
}

#[tokio::test(start_paused = true)]
async fn reqwest_with_backon_waits_the_reset_time_then_backs_off_then_succeeds() {
    let server = Server::start(burst_outage_success());
    let waits = Waits::default();
    let started = tokio::time::Instant::now();
    let policy = policy().without_jitter();

    let response = retry_reqwest(&server, policy, &waits)
        .await
        .expect("the third attempt succeeds");

    assert_eq!(response.text().await.unwrap(), "done");
    assert_eq!(server.requests(), 3, "exactly three attempts");
    // The 429's reset time, then our own second backoff for the hint-less 503.
    assert_eq!(waits.all(), [SECOND, 2 * BACKOFF]);
    assert!(
        started.elapsed() >= SECOND + 2 * BACKOFF,
        "the runner slept (on tokio's paused clock)"
    );
}

#[tokio::test(start_paused = true)]
async fn with_jitter_the_reset_time_is_still_honoured() {
    let server = Server::start(burst_outage_success());
    let waits = Waits::default();

    retry_reqwest(&server, policy(), &waits)
        .await
        .expect("success");

    let waits = waits.all();
    assert_eq!(server.requests(), 3);
    assert_eq!(waits.len(), 2);
    assert!(
        waits[0] >= SECOND && waits[0] < 2 * SECOND, // jitter on a hint: under a second
        "{waits:?}"
    );
    assert!(
        waits[1] >= BACKOFF && waits[1] <= 2 * BACKOFF,
        "equal jitter on the second backoff: {waits:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn reqwest_with_backon_makes_one_attempt_on_an_exhausted_quota() {
    let server = Server::start(exhausted_quota());
    let waits = Waits::default();

    let error = retry_reqwest(&server, policy(), &waits).await.unwrap_err();

    let error = error.downcast::<ApiError>().expect("an ApiError");
    assert!(error.is_quota_exhausted(), "{error}");
    assert_eq!(server.requests(), 1, "exactly one attempt");
    assert_eq!(waits.all(), []);
}

/// A gateway's quota fault longer than the default body limit, whose faultstring has a
/// two-byte character that the limit cuts in two.
fn quota_fault_cut_mid_character() -> Vec<Answer> {
    let start = r#"{"fault": {"detail": {"errorcode": "policies.ratelimit.QuotaViolation"}, "faultstring": ""#;
    let pad = "a".repeat(ApiError::DEFAULT_BODY_LIMIT - 1 - start.len());
    let body = format!(r#"{start}{pad}é quota exceeded"}}}}"#);
    assert_eq!(body.find('é'), Some(ApiError::DEFAULT_BODY_LIMIT - 1));
    let fault = http::Response::builder()
        .status(429)
        .body(body.into_bytes())
        .unwrap();
    vec![fault.into(), http::Response::new(b"done".to_vec()).into()]
}

#[tokio::test(start_paused = true)]
async fn a_quota_fault_cut_inside_a_character_by_the_limit_gets_one_attempt() {
    let server = Server::start(quota_fault_cut_mid_character());
    let waits = Waits::default();

    let error = retry_reqwest(&server, policy(), &waits).await.unwrap_err();

    let error = error.downcast::<ApiError>().expect("an ApiError");
    assert!(error.is_body_truncated());
    assert!(error.is_quota_exhausted(), "{error}");
    assert_eq!(server.requests(), 1, "exactly one attempt");
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into()
}

fn send_ureq(agent: &ureq::Agent, url: &str) -> Result<http::Response<ureq::Body>, Error> {
    let response = agent.get(url).call()?;
    Ok(picsart_api_error::ureq::error_for_status(response)?)
}

/// backon's blocking runner with our hooks; its sleeper records each wait.
fn retry_ureq(
    server: &Server,
    policy: RetryPolicy,
    waits: &Waits,
) -> Result<http::Response<ureq::Body>, Error> {
    let agent = agent();
    let recorder = waits.clone();
    let (backoff, when) = advice(policy, &RetryBudget::new());
    (|| send_ureq(&agent, &server.url))
        .retry(backoff)
        .when(when)
        .sleep(move |wait| recorder.record(wait))
        .call()
}

#[test]
fn ureq_with_backon_waits_the_reset_time_then_backs_off_then_succeeds() {
    let server = Server::start(burst_outage_success());
    let waits = Waits::default();

    let mut response =
        retry_ureq(&server, policy().without_jitter(), &waits).expect("the third attempt succeeds");

    assert_eq!(response.body_mut().read_to_string().unwrap(), "done");
    assert_eq!(server.requests(), 3, "exactly three attempts");
    assert_eq!(waits.all(), [SECOND, 2 * BACKOFF]);
}

#[test]
fn ureq_with_backon_makes_one_attempt_on_an_exhausted_quota() {
    let server = Server::start(exhausted_quota());
    let waits = Waits::default();

    let error = retry_ureq(&server, policy(), &waits).unwrap_err();

    assert!(error.downcast::<ApiError>().unwrap().is_quota_exhausted());
    assert_eq!(server.requests(), 1, "exactly one attempt");
    assert_eq!(waits.all(), []);
}

#[test]
fn ureq_a_quota_fault_cut_inside_a_character_by_the_limit_gets_one_attempt() {
    let server = Server::start(quota_fault_cut_mid_character());
    let waits = Waits::default();

    let error = retry_ureq(&server, policy(), &waits).unwrap_err();

    assert!(error.downcast::<ApiError>().unwrap().is_quota_exhausted());
    assert_eq!(server.requests(), 1, "exactly one attempt");
}

#[test]
fn ureq_errors_keep_every_field_the_server_sent() {
    let response = ErrorResponse::new(ErrorCode::UnprocessableContent)
        .detail("format TIFF is not supported")
        .correlation_id(http::HeaderValue::from_static("corr-9"))
        .into_http_response();
    let server = Server::start(vec![response.into()]);

    let error = send_ureq(&agent(), &server.url)
        .unwrap_err()
        .downcast::<ApiError>()
        .unwrap();

    assert_eq!(error.code(), Some(ErrorCode::UnprocessableContent));
    assert_eq!(error.body_detail(), Some("format TIFF is not supported"));
    assert_eq!(error.correlation_id(), Some("corr-9"));
    assert!(!error.is_body_truncated());
}

/// A body far past the limit, streamed by the server.
const HUGE: u64 = 32 * 1024 * 1024;

#[tokio::test]
async fn reqwest_cuts_a_body_past_the_limit_and_says_so() {
    let server = Server::start(vec![Answer::Endless {
        status: 502,
        len: HUGE,
    }]);
    let response = reqwest::get(&server.url).await.unwrap();

    let error = picsart_api_error::reqwest::error_for_status(response)
        .await
        .unwrap_err();

    assert_eq!(error.status(), 502);
    assert_eq!(error.body(), "x".repeat(ApiError::DEFAULT_BODY_LIMIT));
    assert!(error.is_body_truncated());
    assert!(
        error
            .to_string()
            .starts_with(&format!("{} [body truncated] ", head(502))),
        "{error}"
    );
}

#[test]
fn ureq_cuts_a_body_past_the_limit_and_says_so() {
    let server = Server::start(vec![Answer::Endless {
        status: 500,
        len: HUGE,
    }]);
    let response = agent().get(&server.url).call().unwrap();

    let error = picsart_api_error::ureq::error_for_status(response).unwrap_err();

    assert_eq!(error.body(), "x".repeat(ApiError::DEFAULT_BODY_LIMIT));
    assert!(error.is_body_truncated());
}

#[tokio::test]
async fn a_body_exactly_at_the_limit_is_whole() {
    let server = Server::start(vec![Answer::Endless {
        status: 500,
        len: ApiError::DEFAULT_BODY_LIMIT as u64,
    }]);
    let response = reqwest::get(&server.url).await.unwrap();

    let error = picsart_api_error::reqwest::error_for_status(response)
        .await
        .unwrap_err();

    assert_eq!(error.body().len(), ApiError::DEFAULT_BODY_LIMIT);
    assert!(!error.is_body_truncated());
}

#[tokio::test]
async fn successes_pass_through_untouched() {
    let server = Server::start(vec![http::Response::new(b"hello".to_vec()).into()]);
    let response = reqwest::get(&server.url).await.unwrap();

    let response = picsart_api_error::reqwest::error_for_status(response)
        .await
        .unwrap();

    assert_eq!(response.text().await.unwrap(), "hello");
}

/// A response with `status`, these headers and an empty body.
fn answer(status: u16, headers: &[(&str, &str)]) -> Answer {
    let mut response = http::Response::builder().status(status);
    for (name, value) in headers {
        response = response.header(*name, *value);
    }
    response.body(Vec::new()).unwrap().into()
}

/// An IMF-fixdate `secs` seconds from now, as `httpdate` writes it.
fn http_date_in(secs: u64) -> String {
    httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(secs))
}

#[tokio::test(start_paused = true)]
async fn retry_after_in_seconds_or_as_a_date_is_honoured_through_the_advice() {
    let date = http_date_in(5);
    let server = Server::start(vec![
        answer(503, &[("Retry-After", "3")]),
        answer(502, &[("Retry-After", &date)]),
        http::Response::new(b"done".to_vec()).into(),
    ]);
    let waits = Waits::default();

    retry_reqwest(&server, policy().without_jitter(), &waits)
        .await
        .expect("the third attempt succeeds");

    let waits = waits.all();
    assert_eq!(server.requests(), 3);
    assert_eq!(waits[0], 3 * SECOND);
    // The date is whole seconds and read a moment after it was written.
    assert!(waits[1] > 3 * SECOND && waits[1] <= 5 * SECOND, "{waits:?}");
}

#[tokio::test(start_paused = true)]
async fn gateway_statuses_and_a_zero_hint_are_retried() {
    let server = Server::start(vec![
        answer(429, &[("X-Picsart-Ratelimit-Reset-Time", "0")]),
        answer(408, &[]),
        answer(504, &[]),
        http::Response::new(b"done".to_vec()).into(),
    ]);
    let waits = Waits::default();

    retry_reqwest(&server, policy().without_jitter().with_max_times(3), &waits)
        .await
        .expect("the fourth attempt succeeds");

    assert_eq!(server.requests(), 4);
    assert_eq!(waits.all(), [Duration::ZERO, 2 * BACKOFF, 4 * BACKOFF]);
}

/// A hint past the longest wait, and a policy without retries: one attempt each, whichever
/// runner.
fn one_attempt_cases() -> [(Vec<Answer>, RetryPolicy); 2] {
    let done = || http::Response::new(b"done".to_vec()).into();
    [
        (
            vec![
                answer(429, &[("X-Picsart-Ratelimit-Reset-Time", "61")]),
                done(),
            ],
            policy(),
        ),
        (vec![answer(503, &[]), done()], policy().with_max_times(0)),
    ]
}

#[tokio::test(start_paused = true)]
async fn a_hint_past_the_longest_wait_or_no_budget_gets_one_attempt() {
    for (script, policy) in one_attempt_cases() {
        let server = Server::start(script);
        let waits = Waits::default();
        retry_reqwest(&server, policy, &waits).await.unwrap_err();
        assert_eq!(server.requests(), 1, "{policy:?}");
        assert_eq!(waits.all(), []);
    }
}

#[test]
fn ureq_a_hint_past_the_longest_wait_or_no_budget_gets_one_attempt() {
    for (script, policy) in one_attempt_cases() {
        let server = Server::start(script);
        let waits = Waits::default();
        retry_ureq(&server, policy, &waits).unwrap_err();
        assert_eq!(server.requests(), 1, "{policy:?}");
        assert_eq!(waits.all(), []);
    }
}

/// Whether the request reached the server is unknown for most transport errors, and a
/// request that did may have cost credits: `when` retries only an `ApiError`.
#[tokio::test]
async fn a_transport_error_is_not_retried() {
    let url = crate::support::raw_once(Vec::new()); // closes without answering
    let client = reqwest::Client::new();
    let attempts = std::sync::atomic::AtomicUsize::new(0);
    let (backoff, when) = advice(policy(), &RetryBudget::new());

    let error = (|| async {
        attempts.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        send_reqwest(&client, &url).await
    })
    .retry(backoff)
    .when(when)
    .sleep(tokio::time::sleep)
    .await
    .unwrap_err();

    assert!(error.downcast_ref::<reqwest::Error>().is_some(), "{error}");
    assert_eq!(attempts.into_inner(), 1);
}

#[tokio::test]
async fn a_body_that_breaks_off_keeps_what_came_and_says_it_is_cut() {
    let url = crate::support::raw_once(
        b"HTTP/1.1 503 Service Unavailable\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n5\r\nwo"
            .to_vec(),
    );
    let response = reqwest::get(&url).await.unwrap();

    let error = picsart_api_error::reqwest::error_for_status(response)
        .await
        .unwrap_err();

    assert_eq!(error.status(), 503);
    assert!(error.body().starts_with("hello"), "{:?}", error.body());
    assert!(error.is_body_truncated());
}

#[tokio::test]
async fn a_huge_success_passes_through_unread() {
    let len = 16 * ApiError::DEFAULT_BODY_LIMIT;
    let server = Server::start(vec![Answer::Endless {
        status: 200,
        len: len as u64,
    }]);
    let response = reqwest::get(&server.url).await.unwrap();

    let response = picsart_api_error::reqwest::error_for_status(response)
        .await
        .unwrap();

    assert_eq!(response.bytes().await.unwrap().len(), len);
}
