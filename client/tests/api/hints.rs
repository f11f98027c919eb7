//! Hints as servers really write them, sent as raw bytes by a server on 127.0.0.1 and read
//! through reqwest: numbers of seconds in other forms (urllib3/urllib3#2861), Unicode
//! whitespace that is not HTTP's (dotnet/corefx#4194), a `Retry-After` date measured from
//! the response's `Date`, and hints that cannot be read.

use std::time::Duration;

use backon::Retryable;
use picsart_api_error::backon::advice;
use picsart_api_error::{ApiError, RetryBudget, RetryPolicy};

use crate::support::raw_once;

/// A policy without jitter that honours hints of up to five minutes.
fn policy() -> RetryPolicy {
    RetryPolicy::new()
        .without_jitter()
        .with_max_delay(Duration::from_secs(300))
}

/// The `ApiError` reqwest reads from a response of `status` with these raw header lines.
async fn error_with(status: u16, headers: &[&[u8]]) -> ApiError {
    let mut response = format!("HTTP/1.1 {status} Whatever\r\nContent-Length: 0\r\n").into_bytes();
    for header in headers {
        response.extend_from_slice(header);
        response.extend_from_slice(b"\r\n");
    }
    response.extend_from_slice(b"\r\n");
    let url = raw_once(response);
    let response = reqwest::get(&url).await.expect("loopback");
    picsart_api_error::reqwest::error_for_status(response)
        .await
        .expect_err("an error status")
}

#[tokio::test]
async fn a_number_of_seconds_in_any_form_is_waited_in_full() {
    let secs = |s: f64| Some(Duration::from_secs_f64(s));
    for (header, wait) in [
        (&b"Retry-After: 120.5"[..], secs(120.5)),
        (b"Retry-After: +120", secs(120.0)),
        (b"Retry-After: 0120", secs(120.0)),
        (b"Retry-After: 1.205e2", secs(120.5)),
        (b"Retry-After:\t 7 \t", secs(7.0)),
        (b"X-Picsart-Ratelimit-Reset-Time: 2.5", secs(2.5)),
        (b"X-Picsart-Ratelimit-Reset-Time: 25E-1", secs(2.5)),
        (b"X-Picsart-Ratelimit-Reset-Time: +3", secs(3.0)),
        // A thousandth of a nanosecond more than a second: never cut to one second.
        (
            b"X-Picsart-Ratelimit-Reset-Time: 1.000000000001",
            Some(Duration::new(1, 1)),
        ),
    ] {
        let error = error_with(429, &[header]).await;
        let header = String::from_utf8_lossy(header);
        assert_eq!(error.retry_delay(&policy(), 1), wait, "{header}");
    }
}

#[tokio::test]
async fn a_hint_sent_but_unreadable_means_no_retry_not_a_quick_one() {
    for header in [
        &b"Retry-After: soon"[..],
        b"Retry-After: -1",
        b"Retry-After: 30\xc2\xa0",     // U+00A0 is not HTTP whitespace
        b"Retry-After: \xe3\x80\x8030", // nor is U+3000
        b"Retry-After: Sun, 31 Feb 2027 00:00:00 GMT",
        b"X-Picsart-Ratelimit-Reset-Time: in a minute",
        b"X-Picsart-Ratelimit-Reset-Time: \xff",
    ] {
        let error = error_with(429, &[header]).await;
        let header = String::from_utf8_lossy(header);
        assert!(error.is_retryable(), "{header}");
        assert_eq!(error.retry_delay(&policy(), 1), None, "{header}");
    }
    // Without any hint, the policy's own backoff.
    let error = error_with(429, &[]).await;
    assert_eq!(
        error.retry_delay(&policy(), 1),
        Some(RetryPolicy::DEFAULT_MIN_DELAY)
    );
}

#[tokio::test]
async fn a_retry_after_date_is_measured_from_the_servers_date_not_our_clock() {
    // The server's clock is decades behind ours: measured from our clock the date would be
    // long past (no wait at all); from the response's Date it is the 90 s the server meant.
    let error = error_with(
        503,
        &[
            b"Date: Sun, 06 Nov 1994 08:49:37 GMT",
            b"Retry-After: Sun, 06 Nov 1994 08:51:07 GMT",
        ],
    )
    .await;
    assert_eq!(
        error.retry_delay(&policy(), 1),
        Some(Duration::from_secs(90))
    );
    // The same date in RFC 850 form with a leap second in the Date.
    let error = error_with(
        503,
        &[
            b"Date: Sat, 31 Dec 2016 23:59:60 GMT",
            b"Retry-After: Sunday, 01-Jan-17 00:00:30 GMT",
        ],
    )
    .await;
    assert_eq!(
        error.retry_delay(&policy(), 1),
        Some(Duration::from_secs(30))
    );
}

#[tokio::test]
async fn a_correlation_id_keeps_what_only_unicode_calls_whitespace() {
    for (header, id) in [
        (&b"X-Picsart-Correlation-Id: abc\xc2\xa0"[..], "abc\u{a0}"),
        (b"X-Picsart-Correlation-Id: \xe3\x80\x80abc", "\u{3000}abc"),
        (b"X-Picsart-Correlation-Id: abc\xe2\x80\xa8", "abc\u{2028}"),
        (b"X-Picsart-Correlation-Id: \t abc \t", "abc"),
    ] {
        let error = error_with(500, &[header]).await;
        assert_eq!(error.correlation_id(), Some(id));
    }
}

#[tokio::test(start_paused = true)]
async fn the_runner_waits_a_fractional_retry_after_in_full() {
    // urllib3/urllib3#2861: `Retry-After: 120.5` was dropped for a one-second backoff.
    let url = crate::support::raw_once(
        b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120.5\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .to_vec(),
    );
    let client = reqwest::Client::new();
    let waits = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let recorded = std::sync::Arc::clone(&waits);
    let (backoff, when) = advice(policy().with_max_times(1), &RetryBudget::new());

    let error = (|| async {
        let response = client.get(&url).send().await?;
        Ok::<_, anyhow::Error>(picsart_api_error::reqwest::error_for_status(response).await?)
    })
    .retry(backoff)
    .when(when)
    .sleep(move |wait| {
        recorded.lock().unwrap().push(wait);
        tokio::time::sleep(wait)
    })
    .await
    .unwrap_err();

    assert_eq!(*waits.lock().unwrap(), [Duration::from_millis(120_500)]);
    // The server answers once: the retry finds it gone, a transport error, not retried.
    assert!(error.downcast_ref::<reqwest::Error>().is_some(), "{error}");
}
