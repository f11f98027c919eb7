//! [`ApiError`]: one typed error from an HTTP response of the Picsart APIs.

use core::fmt;
use std::time::{Duration, SystemTime};

use crate::body::Body;
use crate::rate_limit::{header_str, headers, RateLimit};
use crate::retry::{RetryAfter, RetryPolicy};
use crate::ErrorCode;

/// The message used when neither the body nor the table has one (a status the table lacks).
const UNKNOWN_MESSAGE: &str = "Unknown Status";

/// How much of a body that is not understood the `Display` output shows.
const DISPLAYED_BODY_CHARS: usize = 200;

/// An error response of the Picsart APIs: its status, what the body and headers say, and
/// whether and when to retry.
///
/// Building one never fails and loses nothing: a status missing from the table keeps its
/// number, a body that is not JSON is kept as text, a body `code` that disagrees with the
/// status is kept beside it.
///
/// ```
/// use picsart_error_codes::{ApiError, ErrorCode};
///
/// let body = br#"{"code": 422, "message": "Unprocessable Content", "detail": "format TIFF is not supported"}"#;
/// let error = ApiError::from_parts(422, body)
///     .with_headers([("X-Picsart-Correlation-Id", "abc-123")]);
/// assert_eq!(error.code(), Some(ErrorCode::UnprocessableContent));
/// # #[cfg(feature = "json")]
/// assert_eq!(
///     error.to_string(),
///     "422 Unprocessable Content: format TIFF is not supported (correlation id abc-123)"
/// );
/// assert_eq!(error.retry_after(1), None, "fix the request instead");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    // Boxed so that `Result<T, ApiError>` stays one pointer wide on the happy path.
    inner: Box<Inner>,
}

#[derive(Debug, Clone, PartialEq)]
struct Inner {
    status: u16,
    body: Body,
    raw_body: String,
    correlation_id: Option<String>,
    rate_limit: RateLimit,
    retry_after: Option<RetryAfter>,
    body_truncated: bool,
}

impl ApiError {
    /// An error from a response's status and body; add headers with
    /// [`with_headers`](Self::with_headers).
    ///
    /// With the `json` feature the body is parsed; without it, or when it is not JSON of a
    /// known shape, it is kept as (lossily decoded) text in [`body`](Self::body).
    #[must_use]
    pub fn from_parts(status: u16, body: &[u8]) -> Self {
        ApiError {
            inner: Box::new(Inner {
                status,
                body: Body::parse(body),
                raw_body: String::from_utf8_lossy(body).into_owned(),
                correlation_id: None,
                rate_limit: RateLimit::default(),
                retry_after: None,
                body_truncated: false,
            }),
        }
    }

    /// Reads the correlation id, rate-limit headers and `Retry-After` out of `(name, value)`
    /// pairs; names are matched without regard to case, unreadable values are ignored.
    ///
    /// ```
    /// use picsart_error_codes::ApiError;
    ///
    /// let error = ApiError::from_parts(429, b"").with_headers([
    ///     ("x-picsart-correlation-id", "c0ffee"),
    ///     ("x-picsart-ratelimit-available", "0"),
    ///     ("retry-after", "3"),
    /// ]);
    /// assert_eq!(error.correlation_id(), Some("c0ffee"));
    /// assert_eq!(error.rate_limit().available, Some(0));
    /// ```
    #[must_use]
    pub fn with_headers<I, K, V>(mut self, headers: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<[u8]>,
    {
        for (name, value) in headers {
            let (name, value) = (name.as_ref(), value.as_ref());
            self.inner.rate_limit.read(name, value);
            if name.eq_ignore_ascii_case(headers::CORRELATION_ID) {
                self.inner.correlation_id = header_str(value).map(String::from);
            } else if name.eq_ignore_ascii_case(headers::RETRY_AFTER) {
                self.inner.retry_after = header_str(value).and_then(RetryAfter::parse);
            }
        }
        self
    }

    /// An error from an `http` response, headers included.
    ///
    /// ```
    /// use picsart_error_codes::{ApiError, ErrorCode};
    ///
    /// let response = http::Response::builder()
    ///     .status(503)
    ///     .header("X-Picsart-Correlation-Id", "id-1")
    ///     .body(Vec::new())
    ///     .unwrap();
    /// let error = ApiError::from_response(&response);
    /// assert_eq!(error.code(), Some(ErrorCode::ServiceUnavailable));
    /// assert_eq!(error.correlation_id(), Some("id-1"));
    /// ```
    #[cfg(feature = "http")]
    #[must_use]
    pub fn from_response<B: AsRef<[u8]>>(response: &http::Response<B>) -> Self {
        ApiError::from_parts(response.status().as_u16(), response.body().as_ref())
            .with_headers(response.headers())
    }

    /// Marks the body as cut short: the client kept only its first bytes (a size limit such
    /// as [`ApiError::DEFAULT_BODY_LIMIT`]) or the connection broke while reading it.
    /// [`is_body_truncated`](Self::is_body_truncated) and `Display` then say so.
    ///
    /// ```
    /// use picsart_error_codes::ApiError;
    ///
    /// let error = ApiError::from_parts(500, b"<html>first bytes of a long pa").with_truncated_body();
    /// assert!(error.is_body_truncated());
    /// assert!(error.to_string().ends_with("[body truncated]"));
    /// ```
    #[must_use]
    pub fn with_truncated_body(mut self) -> Self {
        self.inner.body_truncated = true;
        self
    }

    /// Whether [`body`](Self::body) holds only the first part of what the server sent.
    #[must_use]
    pub fn is_body_truncated(&self) -> bool {
        self.inner.body_truncated
    }

    /// The HTTP status, exactly as received.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.inner.status
    }

    /// The status as a code of the table, or `None` if the table does not list it.
    #[must_use]
    pub fn code(&self) -> Option<ErrorCode> {
        ErrorCode::from_u16(self.inner.status)
    }

    /// The `code` field of the body, kept even when it disagrees with the status.
    #[must_use]
    pub fn body_code(&self) -> Option<i64> {
        self.inner.body.code
    }

    /// The body's message (or a gateway fault's `faultstring`), else the table's message
    /// for the status, else `"Unknown Status"`.
    #[must_use]
    pub fn message(&self) -> &str {
        match (&self.inner.body.message, self.code()) {
            (Some(message), _) => message,
            (None, Some(code)) => code.message(),
            (None, None) => UNKNOWN_MESSAGE,
        }
    }

    /// The body's `detail`; an object `detail` as compact JSON; for a gateway fault, its
    /// `errorcode`.
    #[must_use]
    pub fn detail(&self) -> Option<&str> {
        self.inner.body.detail.as_deref()
    }

    /// The `errorcode` of a gateway fault body, such as `policies.ratelimit.QuotaViolation`.
    #[must_use]
    pub fn fault_code(&self) -> Option<&str> {
        self.inner.body.fault_code.as_deref()
    }

    /// The whole body as text (invalid UTF-8 replaced), whatever its shape.
    #[must_use]
    pub fn body(&self) -> &str {
        &self.inner.raw_body
    }

    /// The `X-Picsart-Correlation-Id` header: quote it in every support request.
    #[must_use]
    pub fn correlation_id(&self) -> Option<&str> {
        self.inner.correlation_id.as_deref()
    }

    /// The rate-limit and credit headers of the response.
    #[must_use]
    pub fn rate_limit(&self) -> &RateLimit {
        &self.inner.rate_limit
    }

    /// The `Retry-After` header, if a proxy sent one that parses.
    #[must_use]
    pub fn server_retry_after(&self) -> Option<RetryAfter> {
        self.inner.retry_after
    }

    /// Whether this is a 429 for an exhausted quota rather than a momentary burst: a
    /// gateway fault body, or headers saying no calls and no credits are left. Waiting a
    /// few seconds will not fix it, so it is never advised for retry.
    ///
    /// ```
    /// use picsart_error_codes::ApiError;
    ///
    /// let error = ApiError::from_parts(429, b"").with_headers([
    ///     ("X-Picsart-Ratelimit-Available", "0"),
    ///     ("X-Picsart-Credit-Available", "0"),
    /// ]);
    /// assert!(error.is_quota_exhausted());
    /// assert_eq!(error.retry_after(1), None);
    /// ```
    #[must_use]
    pub fn is_quota_exhausted(&self) -> bool {
        self.code() == Some(ErrorCode::TooManyRequests)
            && (self.inner.body.fault || self.inner.rate_limit.is_exhausted())
    }

    /// How long to wait before retry number `attempt` (1 for the first retry), with the
    /// default [`RetryPolicy`]; `None` means do not retry.
    ///
    /// `None` when the table does not mark the code retryable, the quota is exhausted, the
    /// attempt is past the budget (two retries by default), or the server asks for a wait
    /// longer than a minute. Otherwise the server's `Retry-After` or rate-limit reset time,
    /// else a capped exponential backoff, each with a little jitter.
    ///
    /// ```
    /// use std::time::Duration;
    /// use picsart_error_codes::ApiError;
    ///
    /// let error = ApiError::from_parts(429, b"")
    ///     .with_headers([("X-Picsart-Ratelimit-Reset-Time", "5")]);
    /// let wait = error.retry_after(1).unwrap();
    /// assert!(wait >= Duration::from_secs(5) && wait < Duration::from_secs(6));
    /// assert_eq!(error.retry_after(3), None, "past the default budget");
    /// ```
    #[must_use]
    pub fn retry_after(&self, attempt: u32) -> Option<Duration> {
        self.retry_after_with(&RetryPolicy::default(), attempt)
    }

    /// [`retry_after`](Self::retry_after) with a policy of your own: another budget,
    /// backoff or longest wait, or seeded jitter for reproducible advice.
    ///
    /// ```
    /// use std::time::Duration;
    /// use picsart_error_codes::{ApiError, RetryPolicy};
    ///
    /// let policy = RetryPolicy::default().without_jitter().max_retries(4);
    /// let error = ApiError::from_parts(500, b"oops");
    /// let waits: Vec<_> = (1..=5).map(|attempt| error.retry_after_with(&policy, attempt)).collect();
    /// let secs = |s| Some(Duration::from_secs(s));
    /// assert_eq!(waits, [secs(1), secs(2), secs(4), secs(8), None]);
    /// ```
    #[must_use]
    pub fn retry_after_with(&self, policy: &RetryPolicy, attempt: u32) -> Option<Duration> {
        if !self.code().is_some_and(|code| code.is_retryable()) || self.is_quota_exhausted() {
            return None;
        }
        let hint = match self.inner.retry_after {
            Some(retry_after) => Some(retry_after.delay_from(SystemTime::now())),
            None if self.code() == Some(ErrorCode::TooManyRequests) => self.inner.rate_limit.reset,
            None => None,
        };
        policy.advise(attempt, hint)
    }
}

/// One log line: `429 Too Many Requests: <detail> (correlation id <id>)`.
///
/// A body that was not understood is shown, on one line and cut at 200 characters, in
/// place of the detail. A body cut short ends the line with ` [body truncated]`.
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = self.message();
        if let Some(detail) = self.detail() {
            // `faultstring`s end with a full stop, which reads badly before the colon.
            write!(
                f,
                "{} {}: {detail}",
                self.inner.status,
                message.trim_end_matches('.')
            )?;
        } else if !self.inner.body.understood && !self.inner.raw_body.trim().is_empty() {
            write!(f, "{} {message}: ", self.inner.status)?;
            let text = self.inner.raw_body.trim();
            for c in text.chars().take(DISPLAYED_BODY_CHARS) {
                let c = if c.is_control() { ' ' } else { c };
                write!(f, "{c}")?;
            }
            if text.chars().nth(DISPLAYED_BODY_CHARS).is_some() {
                f.write_str("...")?;
            }
        } else {
            write!(f, "{} {message}", self.inner.status)?;
        }
        if self.is_quota_exhausted() {
            f.write_str(" [quota exhausted]")?;
        }
        if let Some(id) = &self.inner.correlation_id {
            write!(f, " (correlation id {id})")?;
        }
        if self.inner.body_truncated {
            f.write_str(" [body truncated]")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_errors_can_cross_threads_and_box_into_dyn_error() {
        fn assert_send_sync<T: Send + Sync + 'static>() {}
        assert_send_sync::<ApiError>();
        let boxed: Box<dyn std::error::Error + Send + Sync> =
            Box::new(ApiError::from_parts(503, b""));
        assert_eq!(boxed.to_string(), "503 Service Unavailable");
    }

    #[test]
    fn results_carrying_an_api_error_stay_small() {
        assert_eq!(
            core::mem::size_of::<ApiError>(),
            core::mem::size_of::<usize>()
        );
    }

    #[test]
    fn an_unknown_status_keeps_its_number() {
        let error = ApiError::from_parts(418, b"");
        assert_eq!((error.status(), error.code()), (418, None));
        assert_eq!(error.message(), "Unknown Status");
        assert_eq!(error.to_string(), "418 Unknown Status");
        assert_eq!(error.retry_after(1), None);
    }

    #[test]
    fn a_body_that_is_not_json_is_kept_and_shown_on_one_line() {
        let error = ApiError::from_parts(502, b"<html>\nBad Gateway\n</html>");
        assert_eq!(error.body(), "<html>\nBad Gateway\n</html>");
        assert_eq!(
            error.to_string(),
            "502 Unknown Status: <html> Bad Gateway </html>"
        );
        let long = ApiError::from_parts(500, "é".repeat(300).as_bytes()).to_string();
        assert!(long.ends_with(&format!("{}...", "é".repeat(200))), "{long}");
    }

    #[test]
    fn non_retryable_codes_get_no_advice() {
        for code in ErrorCode::ALL.iter().filter(|c| !c.is_retryable()) {
            assert_eq!(
                ApiError::from_parts(code.as_u16(), b"").retry_after(1),
                None,
                "{code}"
            );
        }
    }

    #[test]
    fn retry_after_header_wins_over_the_reset_time() {
        let policy = RetryPolicy::default().without_jitter();
        let error = ApiError::from_parts(429, b"").with_headers([
            ("Retry-After", "2"),
            ("X-Picsart-Ratelimit-Reset-Time", "9"),
        ]);
        assert_eq!(
            error.retry_after_with(&policy, 1),
            Some(Duration::from_secs(2))
        );
        let error =
            ApiError::from_parts(503, b"").with_headers([("X-Picsart-Ratelimit-Reset-Time", "9")]);
        assert_eq!(
            error.retry_after_with(&policy, 1),
            Some(Duration::from_secs(1)),
            "reset time is about 429s"
        );
    }
}
