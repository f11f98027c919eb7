//! Error bodies a gateway compresses although the HTTP client does not decode them (reqwest
//! and ureq without their `gzip` features, hyper through `http-body`): real clients
//! against a server on 127.0.0.1 that sends them, read as if they were sent plain.

use std::io::Write;
use std::time::Duration;

use crate::support::{Answer, Server};
use backon::{BlockingRetryable, ConstantBuilder, Retryable};
use picsart_api_error::backon::AsApiError;
use picsart_api_error::{ApiError, RetryPolicy};

type Error = Box<dyn std::error::Error + Send + Sync>;

const QUOTA_FAULT: &str = r#"{"fault": {"faultstring": "Rate limit quota violation. Quota limit exceeded.", "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}"#;

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

/// A 429 whose body is `body`, sent with `Content-Encoding: coding`, then success.
fn encoded(coding: &str, body: Vec<u8>) -> Vec<Answer> {
    let fault = http::Response::builder()
        .status(429)
        .header("Content-Encoding", coding)
        .header("Content-Type", "application/json")
        .body(body)
        .unwrap();
    vec![fault.into(), http::Response::new(b"done".to_vec()).into()]
}

/// No wait between attempts: only whether a retry happens matters here.
/// backon's `when`: whether the error is an `ApiError` worth retrying.
fn is_retryable(error: &Error) -> bool {
    error.as_api_error().is_some_and(ApiError::is_retryable)
}

/// Sends to `server` with reqwest under backon, retrying what our hook retries: the quota
/// fault it answers must be recognised, and sent once.
async fn assert_sent_once_and_not_retried(server: &Server) {
    let client = reqwest::Client::new();
    let error = (|| send_reqwest(&client, &server.url))
        .retry(attempts())
        .when(is_retryable)
        .sleep(tokio::time::sleep)
        .await
        .unwrap_err();
    assert_quota_fault(&error.downcast::<ApiError>().expect("an ApiError"));
    assert_eq!(server.requests(), 1, "exactly one attempt");
}

fn attempts() -> ConstantBuilder {
    ConstantBuilder::new()
        .with_delay(Duration::ZERO)
        .with_max_times(3)
}

async fn send_reqwest(client: &reqwest::Client, url: &str) -> Result<reqwest::Response, Error> {
    let response = client.get(url).send().await?;
    Ok(picsart_api_error::reqwest::error_for_status(response).await?)
}

fn send_ureq(url: &str) -> Result<http::Response<ureq::Body>, Error> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let response = agent.get(url).call()?;
    Ok(picsart_api_error::ureq::error_for_status(response)?)
}

fn assert_quota_fault(error: &ApiError) {
    assert!(error.is_quota_exhausted(), "{error}");
    assert_eq!(error.body(), QUOTA_FAULT);
    assert_eq!(error.body_encoding(), None);
    assert!(!error.is_body_truncated());
    assert_eq!(error.retry_delay(&RetryPolicy::new(), 1), None);
    assert!(
        !error.to_string().contains(r"\u{"),
        "no escaped binary: {error}"
    );
}

#[tokio::test]
async fn reqwest_reads_a_gzipped_quota_fault_and_does_not_retry_it() {
    let server = Server::start(encoded("gzip", gzip(QUOTA_FAULT.as_bytes())));
    assert_sent_once_and_not_retried(&server).await;
}

#[test]
fn ureq_reads_a_deflated_quota_fault_and_does_not_retry_it() {
    let server = Server::start(encoded("deflate", zlib(QUOTA_FAULT.as_bytes())));

    let error = (|| send_ureq(&server.url))
        .retry(attempts())
        .when(is_retryable)
        .sleep(|_| {})
        .call()
        .unwrap_err();

    assert_quota_fault(&error.downcast::<ApiError>().expect("an ApiError"));
    assert_eq!(server.requests(), 1, "exactly one attempt");
}

#[test]
fn ureq_undoes_stacked_codings_last_first() {
    let twice = zlib(&gzip(QUOTA_FAULT.as_bytes()));
    let server = Server::start(encoded("gzip, deflate", twice));

    let error = send_ureq(&server.url).unwrap_err();

    assert_quota_fault(&error.downcast::<ApiError>().expect("an ApiError"));
}

/// A gateway that gzips the fault and leaves out `Content-Encoding`
/// (apache/trafficcontrol#1737): still read as the quota fault it is, not retried.
#[tokio::test]
async fn reqwest_reads_a_gzipped_quota_fault_sent_without_a_label() {
    let fault = http::Response::builder()
        .status(429)
        .body(gzip(QUOTA_FAULT.as_bytes()))
        .unwrap();
    let server = Server::start(vec![
        fault.into(),
        http::Response::new(b"done".to_vec()).into(),
    ]);
    assert_sent_once_and_not_retried(&server).await;
}

/// Four megabytes of spaces gzip to a few kilobytes, under the limit as sent: the limit
/// counts the bytes they expand to.
#[tokio::test]
async fn a_gzip_bomb_is_cut_at_the_limit_of_decoded_bytes() {
    let bomb = gzip(&vec![b' '; 4 << 20]);
    assert!(bomb.len() < ApiError::DEFAULT_BODY_LIMIT, "{}", bomb.len());
    let server = Server::start(encoded("gzip", bomb.clone()));
    let client = reqwest::Client::new();
    let error = send_reqwest(&client, &server.url).await.unwrap_err();
    let error = error.downcast::<ApiError>().unwrap();
    assert_eq!(error.body().len(), ApiError::DEFAULT_BODY_LIMIT);
    assert!(error.is_body_truncated());

    let server = Server::start(encoded("gzip", bomb));
    let error = send_ureq(&server.url).unwrap_err();
    let error = error.downcast::<ApiError>().unwrap();
    assert_eq!(error.body().len(), ApiError::DEFAULT_BODY_LIMIT);
    assert!(error.is_body_truncated());
}

#[tokio::test]
async fn a_coding_nobody_decodes_is_kept_as_sent_and_said() {
    let frame = b"\x28\xb5\x2f\xfd not really zstd".to_vec();
    let server = Server::start(encoded("zstd", frame.clone()));
    let client = reqwest::Client::new();

    let error = send_reqwest(&client, &server.url).await.unwrap_err();

    let error = error.downcast::<ApiError>().unwrap();
    assert_eq!(error.body_encoding(), Some("zstd"));
    assert_eq!(error.body(), String::from_utf8_lossy(&frame));
    assert!(
        error.to_string().contains(r#"[body encoded "zstd"]"#),
        "{error}"
    );
}
