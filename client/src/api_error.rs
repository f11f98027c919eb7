//! [`ApiError`]: one typed error from an HTTP response of the Picsart APIs.

use core::fmt;
use std::time::Duration;

use crate::body::Body;
use crate::header::ResponseHeaders;
use crate::retry::{RetryAfter, RetryPolicy};
use crate::status::{class_phrase, reason_phrase};
use crate::{ErrorCode, RateLimit};

/// Statuses outside the table that still get retry advice: gateways and proxies in front
/// of the API send them for a request that may well succeed when sent again (408 Request
/// Timeout, 502 Bad Gateway, 504 Gateway Timeout; the official Java SDK retries them too).
const RETRYABLE_OUTSIDE_TABLE: [u16; 3] = [408, 502, 504];

/// An error response of the Picsart APIs: its status, what the body and headers say, and
/// whether and when to retry.
///
/// Building one never fails and loses nothing: a status missing from the table keeps its
/// number, a body that is not JSON is kept as text, a body `code` that disagrees with the
/// status is kept beside it.
///
/// ```
/// use picsart_api_error::{ApiError, ErrorCode, RetryPolicy};
///
/// let body = br#"{"code": 422, "detail": "format TIFF is not supported"}"#;
/// let error = ApiError::new(422, body)
///     .with_headers([("X-Picsart-Correlation-Id", "abc-123")]);
/// assert_eq!(error.code(), Some(ErrorCode::UnprocessableContent));
/// assert_eq!(
///     error.to_string(),
///     "422 Unprocessable Content: format TIFF is not supported \
///      (correlation id abc-123)",
/// );
/// assert_eq!(error.retry_delay(&RetryPolicy::new(), 1), None, "fix the request instead");
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
    headers: ResponseHeaders,
    body_truncated: bool,
}

impl ApiError {
    /// An error from a response's status and body; add headers with
    /// [`with_headers`](Self::with_headers).
    ///
    /// With the `json` feature the body is parsed; without it, or when it is not JSON of a
    /// known shape, it is kept as (lossily decoded) text in [`body`](Self::body).
    ///
    /// The body is copied once; [`body_message`](Self::body_message) and [`body_detail`](Self::body_detail)
    /// point into that copy, so an error keeps about the body's size alive, whatever its
    /// size. The exception is a JSON string with escapes (`\n`, `\u00e9`): it is kept as
    /// a decoded copy too, up to about twice the body's size in all.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let error = ApiError::new(502, b"<html>Bad Gateway</html>");
    /// assert_eq!(error.body(), "<html>Bad Gateway</html>");
    /// ```
    #[must_use]
    pub fn new(status: u16, body: &[u8]) -> Self {
        ApiError {
            inner: Box::new(Inner {
                status,
                body: Body::read(body),
                headers: ResponseHeaders::default(),
                body_truncated: false,
            }),
        }
    }

    /// Reads the correlation id, rate-limit headers and `Retry-After` out of `(name, value)`
    /// pairs, by the rules of [`header`](crate::header): names without regard to case,
    /// unreadable values ignored (never erasing a readable one), the last readable value of
    /// a header counting.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let error = ApiError::new(429, b"").with_headers([
    ///     ("x-picsart-correlation-id", "c0ffee"),
    ///     ("x-picsart-ratelimit-available", "0"),
    ///     ("retry-after", "3"),
    ///     ("retry-after", ""),
    /// ]);
    /// assert_eq!(error.correlation_id(), Some("c0ffee"));
    /// assert_eq!(error.rate_limit().available, Some(0));
    /// assert!(error.retry_after().is_some(), "the empty duplicate is ignored");
    /// ```
    #[must_use]
    pub fn with_headers<I, K, V>(mut self, headers: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<[u8]>,
    {
        self.inner.headers.read(headers);
        self
    }

    /// An error from an `http` response, headers included.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, ErrorCode};
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
    #[must_use]
    pub fn from_response<B: AsRef<[u8]>>(response: &http::Response<B>) -> Self {
        ApiError::new(response.status().as_u16(), response.body().as_ref())
            .with_headers(response.headers())
    }

    /// Marks the body as cut short: the client kept only its first bytes (a size limit such
    /// as [`ApiError::DEFAULT_BODY_LIMIT`]) or the connection broke while reading it.
    /// [`is_body_truncated`](Self::is_body_truncated) and `Display` then say so.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let error = ApiError::new(500, b"<html>first bytes of a long pa")
    ///     .with_truncated_body();
    /// assert!(error.is_body_truncated());
    /// assert!(error.to_string().ends_with("[body truncated]"));
    /// ```
    #[must_use]
    pub fn with_truncated_body(mut self) -> Self {
        self.inner.body_truncated = true;
        self
    }

    /// Whether [`body`](Self::body) holds only the first part of what the server sent:
    /// set by [`with_truncated_body`](Self::with_truncated_body), which the client
    /// integrations call when the body exceeds their limit.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// assert!(!ApiError::new(500, b"all of it").is_body_truncated());
    /// ```
    #[must_use]
    pub fn is_body_truncated(&self) -> bool {
        self.inner.body_truncated
    }

    /// The HTTP status (RFC 9110 §15), exactly as received, whether or not the table
    /// lists it.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// assert_eq!(ApiError::new(429, b"").status(), 429);
    /// assert_eq!(ApiError::new(1000, b"").status(), 1000);
    /// ```
    #[must_use]
    pub fn status(&self) -> u16 {
        self.inner.status
    }

    /// The status as a code of the table, or `None` if the table does not list it.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, ErrorCode};
    ///
    /// let error = ApiError::new(503, b"");
    /// assert_eq!(error.code(), Some(ErrorCode::ServiceUnavailable));
    /// assert_eq!(ApiError::new(502, b"").code(), None);
    /// ```
    #[must_use]
    pub fn code(&self) -> Option<ErrorCode> {
        ErrorCode::from_u16(self.inner.status)
    }

    /// The status's reason phrase: the table's message for a code it lists, else the
    /// phrase the IANA registry gives the status (RFC 9110 §15), else its class
    /// (`"Server Error"` for an unregistered 5xx), else `"Unknown Status"` outside
    /// 100..=599.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// assert_eq!(ApiError::new(429, b"").reason_phrase(), "Too Many Requests");
    /// assert_eq!(ApiError::new(502, b"").reason_phrase(), "Bad Gateway");
    /// assert_eq!(ApiError::new(599, b"").reason_phrase(), "Server Error");
    /// assert_eq!(ApiError::new(1000, b"").reason_phrase(), "Unknown Status");
    /// ```
    #[must_use]
    pub fn reason_phrase(&self) -> &'static str {
        let status = self.inner.status;
        match self.code() {
            Some(code) => code.reason_phrase(),
            None => match reason_phrase(status) {
                Some(phrase) => phrase,
                None => class_phrase(status),
            },
        }
    }

    /// The `code` field of the body, kept even when it disagrees with the status. `None`
    /// without the `json` feature, or when the field is missing or not an integer.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let error = ApiError::new(400, br#"{"code": 422, "detail": "bad"}"#);
    /// assert_eq!((error.status(), error.body_code()), (400, Some(422)));
    /// ```
    #[must_use]
    pub fn body_code(&self) -> Option<i64> {
        self.inner.body.code
    }

    /// The body's `message` (or a gateway fault's `faultstring`), as sent.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let error = ApiError::new(401, br#"{"message": "token_error"}"#);
    /// assert_eq!(error.body_message(), Some("token_error"));
    /// assert_eq!(ApiError::new(401, b"").body_message(), None);
    /// ```
    #[must_use]
    pub fn body_message(&self) -> Option<&str> {
        self.inner.body.message()
    }

    /// The body's `detail`: a string as is; any other shape (an object, an array of field
    /// errors) as its JSON text exactly as sent. For a gateway fault, its `errorcode`.
    /// Needs the `json` feature.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let detail = r#"[{"loc": ["body", "image"], "msg": "field required"}]"#;
    /// let body = format!(r#"{{"detail": {detail}}}"#);
    /// let error = ApiError::new(422, body.as_bytes());
    /// assert_eq!(error.body_detail(), Some(detail));
    /// ```
    #[must_use]
    pub fn body_detail(&self) -> Option<&str> {
        self.inner.body.detail()
    }

    /// The `errorcode` of a gateway fault body, such as `policies.ratelimit.QuotaViolation`,
    /// with every set of features.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let code = "policies.ratelimit.SpikeArrestViolation";
    /// let body = format!(
    ///     r#"{{"fault": {{"faultstring": "Spike arrest violation",
    ///         "detail": {{"errorcode": "{code}"}}}}}}"#
    /// );
    /// let error = ApiError::new(429, body.as_bytes());
    /// assert_eq!(error.fault_code(), Some(code));
    /// assert!(!error.is_quota_exhausted(), "a burst: retried");
    /// ```
    #[must_use]
    pub fn fault_code(&self) -> Option<&str> {
        self.inner.body.fault_code()
    }

    /// The whole body as text, whatever its shape, with invalid UTF-8 replaced by
    /// U+FFFD. Unlike the log line, it is neither escaped nor cut.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let error = ApiError::new(502, b"<html>\nBad Gateway\xff</html>");
    /// assert_eq!(error.body(), "<html>\nBad Gateway\u{FFFD}</html>");
    /// ```
    #[must_use]
    pub fn body(&self) -> &str {
        self.inner.body.text()
    }

    /// The `X-Picsart-Correlation-Id` header ([`header::CORRELATION_ID`]), an opaque
    /// token kept as sent: quote it in every support request.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let error = ApiError::new(500, b"")
    ///     .with_headers([("X-Picsart-Correlation-Id", "c0ffee")]);
    /// assert_eq!(error.correlation_id(), Some("c0ffee"));
    /// ```
    ///
    /// [`header::CORRELATION_ID`]: crate::header::CORRELATION_ID
    #[must_use]
    pub fn correlation_id(&self) -> Option<&str> {
        self.inner.headers.correlation_id.as_deref()
    }

    /// The rate-limit and credit headers of the response (all `None` when none were
    /// given).
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let error = ApiError::new(429, b"")
    ///     .with_headers([("X-Picsart-Ratelimit-Available", "0")]);
    /// assert_eq!(error.rate_limit().available, Some(0));
    /// assert_eq!(error.rate_limit().credits, None);
    /// ```
    #[must_use]
    pub fn rate_limit(&self) -> &RateLimit {
        &self.inner.headers.rate_limit
    }

    /// The `Retry-After` header (RFC 9110 §10.2.3), if one was sent that parses: what the
    /// server asks for, before any [`RetryPolicy`] has its say.
    ///
    /// ```
    /// use std::time::Duration;
    /// use picsart_api_error::{ApiError, RetryAfter, RetryPolicy};
    ///
    /// let error = ApiError::new(503, b"")
    ///     .with_headers([("Retry-After", "120")]);
    /// let hint = RetryAfter::Delay(Duration::from_secs(120));
    /// assert_eq!(error.retry_after(), Some(hint));
    /// assert_eq!(error.retry_delay(&RetryPolicy::new(), 1), None, "longer than the default longest wait");
    /// ```
    #[must_use]
    pub fn retry_after(&self) -> Option<RetryAfter> {
        self.inner.headers.retry_after
    }

    /// Whether this is an exhausted quota rather than a momentary burst: a gateway fault
    /// body saying `policies.ratelimit.QuotaViolation` (with whatever status the gateway
    /// chose), or a 429 whose headers say no calls and no credits are left. Waiting a few
    /// seconds will not fix it, so it is never advised for retry.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, RetryPolicy};
    ///
    /// let error = ApiError::new(429, b"").with_headers([
    ///     ("X-Picsart-Ratelimit-Available", "0"),
    ///     ("X-Picsart-Credit-Available", "0"),
    /// ]);
    /// assert!(error.is_quota_exhausted());
    /// assert_eq!(error.retry_delay(&RetryPolicy::new(), 1), None);
    /// ```
    #[must_use]
    pub fn is_quota_exhausted(&self) -> bool {
        self.inner.body.is_quota_fault()
            || (self.code() == Some(ErrorCode::TooManyRequests)
                && self.inner.headers.rate_limit.is_exhausted())
    }

    /// Whether sending the same request again may succeed: the code is
    /// [retryable](ErrorCode::is_retryable) by the table, or the status is outside the
    /// table and one that gateways send for a passing failure (408 Request Timeout,
    /// 502 Bad Gateway, 504 Gateway Timeout); and the quota is not exhausted.
    ///
    /// For a status the table lists, the table decides: an empty response of that status
    /// is retryable exactly when [`ErrorCode::is_retryable`] says so.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// assert!(ApiError::new(502, b"").is_retryable());
    /// assert!(!ApiError::new(422, b"").is_retryable());
    /// ```
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        let may_help = match self.code() {
            Some(code) => code.is_retryable(),
            None => RETRYABLE_OUTSIDE_TABLE.contains(&self.inner.status),
        };
        may_help && !self.is_quota_exhausted()
    }

    /// How long to wait before retry number `attempt` (1 once the original request has
    /// failed) by `policy`; `None` means do not retry.
    ///
    /// `None` unless [`is_retryable`](Self::is_retryable), past the policy's
    /// [`max_times`](RetryPolicy::with_max_times), or when the server's hint asks for a
    /// wait longer than its [`max_delay`](RetryPolicy::with_max_delay). The hint is
    /// `Retry-After`, else for a 429 the rate-limit reset time; without one the policy's
    /// backoff. The rules, and what attempt 0 means, are on [`RetryPolicy`].
    ///
    /// ```
    /// use std::time::Duration;
    /// use picsart_api_error::{ApiError, RetryPolicy};
    ///
    /// let policy = RetryPolicy::new();
    /// let error = ApiError::new(429, b"")
    ///     .with_headers([("X-Picsart-Ratelimit-Reset-Time", "5")]);
    /// let wait = error.retry_delay(&policy, 1).unwrap();
    /// assert!(wait >= Duration::from_secs(5), "never shorter than the hint");
    /// assert_eq!(error.retry_delay(&policy.with_max_times(0), 1), None);
    ///
    /// let policy = RetryPolicy::new().without_jitter().with_max_times(4);
    /// let error = ApiError::new(500, b"oops");
    /// let waits: Vec<_> = (1..=5)
    ///     .map(|attempt| error.retry_delay(&policy, attempt))
    ///     .collect();
    /// let secs = |s| Some(Duration::from_secs(s));
    /// assert_eq!(waits, [secs(1), secs(2), secs(4), secs(8), None]);
    /// ```
    #[must_use]
    pub fn retry_delay(&self, policy: &RetryPolicy, attempt: u32) -> Option<Duration> {
        if !self.is_retryable() {
            return None;
        }
        policy.delay(attempt, self.server_hint())
    }

    /// How long the server asks us to wait, by the rules of [`header`](crate::header):
    /// `Retry-After`, else the rate-limit reset time of a 429 (the Picsart APIs send no
    /// `Retry-After`).
    fn server_hint(&self) -> Option<Duration> {
        let headers = &self.inner.headers;
        headers.hint(self.code() == Some(ErrorCode::TooManyRequests))
    }
}

/// How much of what the server said a log line shows, in characters after escaping.
const DISPLAYED_CHARS: usize = 300;
/// How much of a correlation id a log line shows; real ones are UUIDs.
const DISPLAYED_ID_CHARS: usize = 100;

/// One log line: `STATUS REASON: what the server said [quota exhausted] (correlation id ID)`,
/// for example `401 Unauthorized: token_error (correlation id c0ffee)`.
///
/// What the server said is the body's message (unless it only repeats the reason phrase)
/// and detail, or a body that was not understood as it came. It is cut after 300
/// characters with `...`; [`ApiError::body`] keeps everything. A body the client cut short
/// ([`ApiError::is_body_truncated`]) ends the line with ` [body truncated]`.
///
/// # Escaping
///
/// What the server said and the correlation id are escaped so the line stays one line and
/// two different bodies never print the same text:
///
/// - the backslash itself as `\\`, so an escape always means what it says;
/// - line breaks and other control characters (Unicode category `Cc`) as `\n`, `\r`, `\t`,
///   `\0` or `\u{HEX}` (NEL is `\u{85}`);
/// - characters that print as nothing or look like a plain space, as `\u{HEX}`: every
///   format character (category `Cf`: bidirectional overrides, zero-width characters,
///   the soft hyphen U+00AD, U+FEFF, tags), the line and paragraph separators U+2028 and
///   U+2029, every space but U+0020 (no-break space U+00A0), private-use and unassigned
///   code points, variation selectors and the other default-ignorable characters.
///
/// Every other character, in any script, is written as it is.
///
/// ```
/// use picsart_api_error::ApiError;
///
/// let body = "C:\\new\nsecond line\u{200B}";
/// let error = ApiError::new(500, body.as_bytes());
/// assert_eq!(
///     error.to_string(),
///     r"500 Internal Server Error: C:\\new\nsecond line\u{200b}",
/// );
/// ```
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = self.reason_phrase();
        write!(f, "{} {reason}", self.inner.status)?;
        let body = &self.inner.body;
        let message = self
            .body_message()
            .map(str::trim)
            .filter(|m| !m.is_empty() && !m.trim_end_matches('.').eq_ignore_ascii_case(reason));
        let detail = self.body_detail().map(str::trim).filter(|d| !d.is_empty());
        let mut line = OneLine::new(f, DISPLAYED_CHARS);
        match (message, detail) {
            (Some(message), Some(detail)) => {
                // `faultstring`s end with a full stop, which reads badly before the colon.
                line.push(": ", message.trim_end_matches('.'))?;
                line.push(": ", detail)?;
            }
            (Some(said), None) | (None, Some(said)) => line.push(": ", said)?,
            (None, None) if !body.understood => line.push(": ", body.text().trim())?,
            (None, None) => {}
        }
        if self.is_quota_exhausted() {
            f.write_str(" [quota exhausted]")?;
        }
        if let Some(id) = self.correlation_id() {
            OneLine::new(f, DISPLAYED_ID_CHARS).push(" (correlation id ", id)?;
            f.write_str(")")?;
        }
        if self.inner.body_truncated {
            f.write_str(" [body truncated]")?;
        }
        Ok(())
    }
}

/// Writes text on one line, escaped, and at most `left` characters of it.
struct OneLine<'a, 'b> {
    f: &'a mut fmt::Formatter<'b>,
    left: usize,
    /// Whether text was left out and `...` written.
    cut: bool,
}

impl<'a, 'b> OneLine<'a, 'b> {
    fn new(f: &'a mut fmt::Formatter<'b>, limit: usize) -> Self {
        OneLine {
            f,
            left: limit,
            cut: false,
        }
    }

    /// Writes `prefix` as is, then `text` escaped; the first time text is left out for the
    /// limit, `...`, then nothing more.
    fn push(&mut self, prefix: &str, text: &str) -> fmt::Result {
        if self.cut || text.is_empty() {
            return Ok(());
        }
        if self.left == 0 {
            // The limit fell exactly at the end of earlier text: mark what is left out.
            self.cut = true;
            return self.f.write_str("...");
        }
        self.f.write_str(prefix)?;
        for c in text.chars() {
            let escape = Escape::of(c);
            let width = escape.as_ref().map_or(1, Escape::len);
            if width > self.left {
                self.cut = true;
                return self.f.write_str("...");
            }
            self.left -= width;
            match escape {
                Some(Escape::Short(escaped)) => self.f.write_str(escaped)?,
                Some(Escape::Unicode(escaped)) => write!(self.f, "{escaped}")?,
                None => fmt::Write::write_char(self.f, c)?,
            }
        }
        Ok(())
    }
}

/// How a character that could break, disguise or hide part of a log line is written.
enum Escape {
    /// `\\`, `\n`, `\r`, `\t` or `\0`.
    Short(&'static str),
    /// `\u{..}`, lowercase hex without leading zeros.
    Unicode(core::char::EscapeUnicode),
}

impl Escape {
    /// The escape of `c`, or `None` for a character written as it is.
    ///
    /// The backslash itself is escaped, so every escape in a line reads back one way and
    /// two different texts never print the same. Escaped as `\u{..}`: control characters
    /// (CR, LF, NEL and the rest), every format character (category `Cf`: bidirectional
    /// controls, zero-width characters, the soft hyphen, U+FEFF, tags), the line and
    /// paragraph separators, every space but U+0020, private-use and unassigned code
    /// points, and the other characters Unicode marks as default-ignorable (variation
    /// selectors, fillers), which print as nothing.
    fn of(c: char) -> Option<Escape> {
        use unicode_properties::{GeneralCategory as G, UnicodeGeneralCategory};
        let short = match c {
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\0' => "\\0",
            ' ' => return None,
            _ => {
                let hidden = matches!(
                    c.general_category(),
                    G::Control
                        | G::Format
                        | G::LineSeparator
                        | G::ParagraphSeparator
                        | G::SpaceSeparator
                        | G::PrivateUse
                        | G::Surrogate
                        | G::Unassigned
                ) || matches!(
                    c,
                    // Default-ignorable (Unicode's `DerivedCoreProperties.txt`) but not `Cf`:
                    // the combining grapheme joiner, Hangul fillers, Khmer inherent vowels,
                    // variation selectors; and the blank Braille pattern.
                    '\u{34F}'
                        | '\u{115F}'
                        | '\u{1160}'
                        | '\u{17B4}'
                        | '\u{17B5}'
                        | '\u{180B}'..='\u{180F}'
                        | '\u{2800}'
                        | '\u{3164}'
                        | '\u{FE00}'..='\u{FE0F}'
                        | '\u{FFA0}'
                        | '\u{E0100}'..='\u{E01EF}'
                );
                return hidden.then(|| Escape::Unicode(c.escape_unicode()));
            }
        };
        Some(Escape::Short(short))
    }

    /// How many characters the escape writes.
    fn len(&self) -> usize {
        match self {
            Escape::Short(escaped) => escaped.len(),
            Escape::Unicode(escaped) => escaped.len(),
        }
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
        let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(ApiError::new(503, b""));
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
        let error = ApiError::new(418, b"");
        assert_eq!((error.status(), error.code()), (418, None));
        assert_eq!(error.reason_phrase(), "Client Error");
        assert_eq!(error.to_string(), "418 Client Error");
        assert_eq!(error.retry_delay(&RetryPolicy::new(), 1), None);
    }

    #[test]
    fn a_body_that_is_not_json_is_kept_and_shown_on_one_line() {
        let error = ApiError::new(502, b"<html>\nBad Gateway\n</html>");
        assert_eq!(error.body(), "<html>\nBad Gateway\n</html>");
        assert_eq!(
            error.to_string(),
            r"502 Bad Gateway: <html>\nBad Gateway\n</html>"
        );
    }

    #[test]
    fn non_retryable_codes_get_no_advice() {
        for code in ErrorCode::ALL.iter().filter(|c| !c.is_retryable()) {
            assert_eq!(
                ApiError::new(code.as_u16(), b"").retry_delay(&RetryPolicy::new(), 1),
                None,
                "{code}"
            );
        }
    }

    #[test]
    fn retry_after_header_wins_over_the_reset_time() {
        let policy = RetryPolicy::default().without_jitter();
        let error = ApiError::new(429, b"").with_headers([
            ("Retry-After", "2"),
            ("X-Picsart-Ratelimit-Reset-Time", "9"),
        ]);
        assert_eq!(error.retry_delay(&policy, 1), Some(Duration::from_secs(2)));
        let error = ApiError::new(503, b"").with_headers([("X-Picsart-Ratelimit-Reset-Time", "9")]);
        assert_eq!(
            error.retry_delay(&policy, 1),
            Some(Duration::from_secs(1)),
            "reset time is about 429s"
        );
    }

    const QUOTA_FAULT: &[u8] = br#"{"fault": {"faultstring": "Rate limit quota violation. Quota limit exceeded. Identifier : _default", "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}"#;
    const SPIKE_FAULT: &[u8] = br#"{"fault": {"faultstring": "Spike arrest violation. Allowed rate : 10ps", "detail": {"errorcode": "policies.ratelimit.SpikeArrestViolation"}}}"#;

    #[test]
    fn an_exhausted_quota_fault_is_never_retried_whatever_the_status() {
        // Apigee answers a quota violation with 500 unless told to use 429.
        for status in [429, 500] {
            let error = ApiError::new(status, QUOTA_FAULT);
            assert!(error.is_quota_exhausted(), "{status}");
            assert!(!error.is_retryable());
            assert_eq!(error.retry_delay(&RetryPolicy::new(), 1), None);
            assert!(error.to_string().contains("[quota exhausted]"), "{error}");
        }
    }

    #[test]
    fn a_spike_arrest_is_a_burst_and_retried() {
        let policy = RetryPolicy::default().without_jitter();
        let error = ApiError::new(429, SPIKE_FAULT);
        assert_eq!(
            error.fault_code(),
            Some("policies.ratelimit.SpikeArrestViolation")
        );
        assert!(!error.is_quota_exhausted());
        assert_eq!(error.retry_delay(&policy, 1), Some(Duration::from_secs(1)));
        let with_reset = error.with_headers([("X-Picsart-Ratelimit-Reset-Time", "2")]);
        assert_eq!(
            with_reset.retry_delay(&policy, 1),
            Some(Duration::from_secs(2))
        );
    }

    #[test]
    fn gateway_statuses_outside_the_table_get_the_same_conservative_advice() {
        let policy = RetryPolicy::default().without_jitter().with_max_times(2);
        let outside = RETRYABLE_OUTSIDE_TABLE.map(|status| ApiError::new(status, b""));
        for error in outside.iter().filter(|error| error.code().is_none()) {
            let status = error.status();
            let reason = reason_phrase(status).expect("a registered status");
            assert_eq!(error.to_string(), format!("{status} {reason}"));
            let waits: Vec<_> = (1..=3).map(|a| error.retry_delay(&policy, a)).collect();
            let secs = |s| Some(Duration::from_secs(s));
            assert_eq!(waits, [secs(1), secs(2), None], "{status}");
            let told = error.clone().with_headers([("Retry-After", "61")]);
            let short = policy.with_max_delay(Duration::from_secs(60));
            assert_eq!(told.retry_delay(&short, 1), None, "{status}");
        }
    }

    /// One rule for every status: the table decides for its codes, and outside it only the
    /// gateway statuses are retried; whatever the table holds, an empty response of a
    /// status is retryable exactly when that rule says so.
    #[test]
    fn the_table_decides_for_its_codes_and_gateway_statuses_outside_it_are_retried() {
        for status in 0..=1000 {
            let expected = match ErrorCode::from_u16(status) {
                Some(code) => code.is_retryable(),
                None => RETRYABLE_OUTSIDE_TABLE.contains(&status),
            };
            let error = ApiError::new(status, b"");
            assert_eq!(error.is_retryable(), expected, "{status}");
            let advised = error.retry_delay(&RetryPolicy::new(), 1).is_some();
            assert_eq!(advised, expected, "{status}");
        }
    }

    #[test]
    fn a_server_hint_of_a_minute_is_honoured_by_default() {
        let error = ApiError::new(503, b"").with_headers([("Retry-After", "60")]);
        for _ in 0..100 {
            assert_eq!(
                error.retry_delay(&RetryPolicy::new(), 1),
                Some(Duration::from_secs(60))
            );
        }
        let reset =
            ApiError::new(429, b"").with_headers([("X-Picsart-Ratelimit-Reset-Time", "59.7")]);
        for _ in 0..100 {
            let wait = reset
                .retry_delay(&RetryPolicy::new(), 1)
                .expect("within a minute");
            assert!(wait >= Duration::from_millis(59_700) && wait <= Duration::from_secs(60));
        }
    }

    #[test]
    fn a_hint_too_long_to_represent_is_too_long_not_absent() {
        for (name, value) in [
            ("Retry-After", "99999999999999999999999"),
            ("Retry-After", "18446744073709551615"),
            ("Retry-After", "18446744073709551614"),
            ("X-Picsart-Ratelimit-Reset-Time", "99999999999999999999999"),
            ("X-Picsart-Ratelimit-Reset-Time", "18446744073709551615.9"),
        ] {
            let error = ApiError::new(429, b"").with_headers([(name, value)]);
            assert_eq!(
                error.retry_delay(&RetryPolicy::new(), 1),
                None,
                "{name}: {value}"
            );
        }
    }

    #[test]
    fn an_empty_duplicate_retry_after_does_not_erase_the_first() {
        let policy = RetryPolicy::default().without_jitter();
        let error =
            ApiError::new(503, b"").with_headers([("Retry-After", "30"), ("Retry-After", "")]);
        assert_eq!(error.retry_delay(&policy, 1), Some(Duration::from_secs(30)));
        let exhausted = ApiError::new(429, b"").with_headers([
            ("X-Picsart-Ratelimit-Available", "0"),
            ("X-Picsart-Credit-Available", "0"),
            ("X-Picsart-Ratelimit-Available", "n/a"),
            ("X-Picsart-Credit-Available", ""),
        ]);
        assert!(exhausted.is_quota_exhausted());
        assert_eq!(exhausted.retry_delay(&RetryPolicy::new(), 1), None);
    }

    #[test]
    fn the_log_line_escapes_everything_that_could_break_or_disguise_it() {
        let body = "a\rb\nc\u{85}d\u{2028}e\u{2029}f\u{1b}[31mg\u{7f}h\u{202e}i\u{0}j\tk";
        let error = ApiError::new(500, body.as_bytes())
            .with_headers([("X-Picsart-Correlation-Id", "id\u{2028}x")]);
        assert_eq!(
            error.to_string(),
            r"500 Internal Server Error: a\rb\nc\u{85}d\u{2028}e\u{2029}f\u{1b}[31mg\u{7f}h\u{202e}i\0j\tk (correlation id id\u{2028}x)"
        );
        assert_eq!(error.body(), body, "the body keeps everything");
    }

    /// Two different bodies never print the same line: a backslash in the body is escaped
    /// too, so a backslash followed by `n` and a line break print differently.
    #[test]
    fn a_literal_backslash_never_reads_as_an_escape() {
        let literal = ApiError::new(500, br"a\nb \u{202e} c:\dir\");
        let line_break = ApiError::new(500, "a\nb \u{202e} c:\\dir\\".as_bytes());
        assert_eq!(
            literal.to_string(),
            r"500 Internal Server Error: a\\nb \\u{202e} c:\\dir\\"
        );
        assert_eq!(
            line_break.to_string(),
            r"500 Internal Server Error: a\nb \u{202e} c:\\dir\\"
        );
    }

    /// Characters that print as nothing or as a space other than U+0020 would hide text or
    /// make two bodies look alike: invisible format characters (Unicode category `Cf`),
    /// other spaces, fillers, variation selectors, tags, private-use and unassigned code
    /// points all print as `\u{..}`.
    #[test]
    fn the_log_line_shows_every_invisible_character() {
        let cases = [
            ("zero\u{200B}width", r"zero\u{200b}width"),
            ("\u{FEFF}bom inside", r"\u{feff}bom inside"),
            ("soft\u{AD}hyphen", r"soft\u{ad}hyphen"),
            ("join\u{200D}er", r"join\u{200d}er"),
            ("word\u{2060}joiner", r"word\u{2060}joiner"),
            ("invisible\u{2062}times", r"invisible\u{2062}times"),
            ("tag\u{E0041}", r"tag\u{e0041}"),
            ("no\u{A0}break\u{3000}space", r"no\u{a0}break\u{3000}space"),
            ("filler\u{3164}", r"filler\u{3164}"),
            ("selector\u{FE0F}", r"selector\u{fe0f}"),
            ("grapheme\u{34F}joiner", r"grapheme\u{34f}joiner"),
            ("private\u{E000}use", r"private\u{e000}use"),
            ("unassigned\u{378}", r"unassigned\u{378}"),
            ("arabic\u{600}sign", r"arabic\u{600}sign"),
            ("braille\u{2800}blank", r"braille\u{2800}blank"),
        ];
        for (body, shown) in cases {
            let error = ApiError::new(500, body.as_bytes())
                .with_headers([("X-Picsart-Correlation-Id", body)]);
            assert_eq!(
                error.to_string(),
                format!("500 Internal Server Error: {shown} (correlation id {shown})"),
            );
            assert_eq!(error.body(), body, "the body keeps everything");
        }
        let visible = "café naïve 日本語 Ελληνικά emoji 🦀 a b";
        let error = ApiError::new(500, visible.as_bytes());
        assert_eq!(
            error.to_string(),
            format!("500 Internal Server Error: {visible}"),
            "visible text is left as it is",
        );
    }

    #[test]
    fn the_log_line_is_bounded_while_the_body_keeps_everything() {
        let body = "é\n".repeat(5_000);
        let error = ApiError::new(500, body.as_bytes())
            .with_headers([("X-Picsart-Correlation-Id", "x".repeat(10_000))]);
        let line = error.to_string();
        assert!(line.chars().count() < 500, "{}", line.len());
        assert!(
            line.starts_with(r"500 Internal Server Error: é\né\n"),
            "{line}"
        );
        assert!(line.contains(r"é\n... (correlation id xxx"), "{line}");
        assert!(line.ends_with("...)"), "{line}");
        assert_eq!(error.body(), body);
    }

    /// Whatever is left out once the limit is reached is marked, even when the limit falls
    /// exactly at the end of the message, with the detail still to come.
    #[test]
    fn a_cut_at_the_limit_is_always_marked() {
        for len in [DISPLAYED_CHARS - 1, DISPLAYED_CHARS] {
            let message = "m".repeat(len);
            let body = format!(r#"{{"message": "{message}", "detail": "the cause"}}"#);
            let line = ApiError::new(500, body.as_bytes()).to_string();
            assert!(line.ends_with("..."), "{len}: {line}");
        }
        let exact = ApiError::new(500, "b".repeat(DISPLAYED_CHARS).as_bytes());
        assert!(!exact.to_string().ends_with("..."), "nothing was cut");
    }

    #[test]
    fn a_detail_cannot_forge_a_second_log_line() {
        let body = br#"{"code": 400, "detail": "bad image\n429 Too Many Requests: fake entry"}"#;
        let line = ApiError::new(400, body).to_string();
        assert_eq!(
            line,
            r"400 Bad Request: bad image\n429 Too Many Requests: fake entry"
        );
        assert_eq!(line.lines().count(), 1);
    }

    #[test]
    fn the_line_keeps_the_reason_phrase_before_what_the_server_said() {
        let line = |status, body: &str| ApiError::new(status, body.as_bytes()).to_string();
        assert_eq!(
            line(401, r#"{"message": "token_error"}"#),
            "401 Unauthorized: token_error"
        );
        assert_eq!(
            line(
                401,
                r#"{"code": 401, "message": "token_error", "detail": "expired"}"#
            ),
            "401 Unauthorized: token_error: expired"
        );
        assert_eq!(
            line(
                404,
                r#"{"message": "Not Found.", "detail": "no such image"}"#
            ),
            "404 Not Found: no such image",
            "a message that only repeats the reason phrase"
        );
        assert_eq!(
            line(
                422,
                r#"{"detail": [{"loc": ["body", "format"], "msg": "bad"}]}"#
            ),
            r#"422 Unprocessable Content: [{"loc": ["body", "format"], "msg": "bad"}]"#
        );
        assert_eq!(
            line(502, r#"{"message": "upstream"}"#),
            "502 Bad Gateway: upstream"
        );
        assert_eq!(
            line(500, r#"{"message": " ", "detail": ""}"#),
            "500 Internal Server Error"
        );
    }

    #[test]
    fn a_body_behind_a_byte_order_mark_is_understood() {
        let error = ApiError::new(401, b"\xEF\xBB\xBF{\"message\": \"token_error\"}");
        assert_eq!(error.body_message(), Some("token_error"));
        assert_eq!(error.to_string(), "401 Unauthorized: token_error");
    }

    #[test]
    fn every_registered_status_outside_the_table_shows_its_reason_phrase() {
        let mut shown = 0;
        for status in 100..=599 {
            let line = ApiError::new(status, b"").to_string();
            match (ErrorCode::from_u16(status), reason_phrase(status)) {
                (Some(code), _) => assert_eq!(line, code.to_string(), "the table's own text"),
                (None, Some(phrase)) => {
                    assert_eq!(line, format!("{status} {phrase}"));
                    shown += 1;
                }
                (None, None) => assert_eq!(line, format!("{status} {}", class_phrase(status))),
            }
        }
        assert_eq!(
            shown,
            61 - ErrorCode::ALL.len(),
            "61 registered statuses with a phrase"
        );
    }
}
