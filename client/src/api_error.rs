//! [`ApiError`]: one typed error from an HTTP response of the Picsart APIs.

use core::fmt;
use std::time::Duration;

use crate::body::Body;
use crate::content_encoding;
use crate::header::ResponseHeaders;
use crate::retry::RetryPolicy;
use crate::status::{class_phrase, reason_phrase};
use crate::{ErrorCode, RateLimit};

/// Statuses outside the table that still get retry advice: gateways and proxies in front
/// of the API send them for a request that may well succeed when sent again (408 Request
/// Timeout, 502 Bad Gateway, 504 Gateway Timeout; the official Java SDK retries them too).
const RETRYABLE_OUTSIDE_TABLE: [u16; 3] = [408, 502, 504];

/// An error response of the Picsart APIs: its status, what the body and headers say, and
/// whether and when to retry.
///
/// Its `Display` is one log line, our part first and the server's quoted after a colon:
/// `STATUS REASON [ANNOTATIONS]: message "...", detail "..."`; the grammar is on
/// [`Display`](#impl-Display-for-ApiError).
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
/// // The code (`422` and its reason phrase), our annotations, then what the server sent.
/// assert_eq!(
///     error.to_string(),
///     format!(
///         r#"{} (correlation id "abc-123"): detail "format TIFF is not supported""#,
///         ErrorCode::UnprocessableContent,
///     ),
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
    /// The `Content-Encoding` codings the body is still in.
    body_encoding: Option<Box<str>>,
    /// The request's method, when known.
    method: Option<http::Method>,
    /// The request's URL without userinfo, query values or fragment, when known.
    url: Option<Box<str>>,
}

impl ApiError {
    /// The most bytes of an error body the HTTP-client integrations read: 64 KiB.
    ///
    /// The APIs' error bodies are a few hundred bytes; a gateway's HTML page a few KiB.
    /// Anything longer is cut here and the error says so
    /// ([`is_body_truncated`](ApiError::is_body_truncated)). Every integration's
    /// `error_for_status` reads up to this limit; none takes another. It is kept well above
    /// a few KiB because a gateway fault usually names an exhausted quota
    /// (`policies.ratelimit.QuotaViolation`) after its `faultstring`, and a body cut before
    /// that name reads as a burst, which is retried (unless the rate-limit headers say no
    /// calls and no credits are left).
    ///
    /// The limit counts decoded bytes: a body sent with a `Content-Encoding` (RFC 9110
    /// §8.4) is decoded first, and decoding stops at the limit, so a small compressed body
    /// cannot expand past it (a megabyte of zeros gzips to a kilobyte). The integrations
    /// read at most as many bytes off the connection too.
    ///
    /// ```
    /// # #[cfg(feature = "ureq")] {
    /// use picsart_api_error::{ureq::error_for_status, ApiError};
    ///
    /// let page = vec![b'x'; ApiError::DEFAULT_BODY_LIMIT + 1];
    /// let body = ureq::Body::builder().data(page);
    /// let response = http::Response::builder().status(502).body(body).unwrap();
    /// let error = error_for_status(response).unwrap_err();
    /// assert_eq!(error.body().len(), ApiError::DEFAULT_BODY_LIMIT);
    /// assert!(error.is_body_truncated());
    /// # }
    /// ```
    pub const DEFAULT_BODY_LIMIT: usize = 64 * 1024;

    /// An error from a response's status and body; add headers with
    /// [`with_headers`](Self::with_headers).
    ///
    /// The body is parsed as JSON; whatever it is, it is also kept as (lossily decoded)
    /// text in [`body`](Self::body).
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
                body_encoding: None,
                method: None,
                url: None,
            }),
        }
    }

    /// Reads the correlation id, rate-limit headers and `Retry-After` out of `(name, value)`
    /// pairs, by the [crate's rules](crate#how-headers-are-read): names without regard to case,
    /// unreadable values ignored (never erasing a readable one), the last readable value of
    /// a header counting (the longest, for a hint). A `Content-Encoding` among them is
    /// taken to apply to the body as given, which is not decoded here:
    /// [`body_encoding`](Self::body_encoding) reports it ([`from_response`](Self::from_response)
    /// and the integrations decode).
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
        let mut codings = Vec::new();
        self.inner
            .headers
            .read(headers.into_iter().inspect(|(name, value)| {
                if name.as_ref().eq_ignore_ascii_case("content-encoding") {
                    codings.push(String::from_utf8_lossy(value.as_ref()).into_owned());
                }
            }));
        // The body was given as sent: it is in every coding named (`identity` is none),
        // read as decoding reads them; an empty body is in none.
        let listed: Vec<&str> = codings
            .iter()
            .flat_map(|value| content_encoding::tokens(value))
            .filter(|coding| !coding.eq_ignore_ascii_case("identity"))
            .collect();
        if !listed.is_empty() && !self.inner.body.text().is_empty() {
            self.inner.body_encoding = Some(listed.join(", ").into());
        }
        self
    }

    /// An error from an `http` response, headers included.
    ///
    /// A body sent with a `Content-Encoding` is decoded (`gzip`, `deflate`, `br`, stacked
    /// in any order; see [`body_encoding`](Self::body_encoding) for the others), keeping
    /// at most [`DEFAULT_BODY_LIMIT`](Self::DEFAULT_BODY_LIMIT) decoded bytes or the body's
    /// own size, whichever is larger; past that the body is
    /// [truncated](Self::is_body_truncated).
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
        let body = response.body().as_ref();
        let limit = body.len().max(ApiError::DEFAULT_BODY_LIMIT);
        ApiError::from_parts(
            response.status().as_u16(),
            response.headers(),
            body.into(),
            limit,
            false,
        )
    }

    /// The error of a response whose body, as sent, is `body`: its `Content-Encoding`
    /// undone, keeping at most `limit` decoded bytes; `cut` when the client already cut
    /// the body short.
    pub(crate) fn from_parts(
        status: u16,
        headers: &http::HeaderMap,
        body: std::borrow::Cow<'_, [u8]>,
        limit: usize,
        cut: bool,
    ) -> ApiError {
        let decoded = content_encoding::decode(headers, body, limit);
        let mut error = ApiError {
            inner: Box::new(Inner {
                status,
                body: Body::read_owned(decoded.bytes),
                headers: ResponseHeaders::default(),
                body_truncated: false,
                body_encoding: None,
                method: None,
                url: None,
            }),
        }
        .with_headers(headers);
        error.inner.body_encoding = decoded.still_encoded;
        error.inner.body_truncated = cut || decoded.truncated;
        error
    }

    /// Marks the body as cut short: the client kept only its first bytes (a size limit such
    /// as [`ApiError::DEFAULT_BODY_LIMIT`]) or the connection broke while reading it.
    /// [`is_body_truncated`](Self::is_body_truncated) and `Display` then say so.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, ErrorCode};
    ///
    /// let error = ApiError::new(500, b"<html>first bytes of a long pa")
    ///     .with_truncated_body();
    /// assert!(error.is_body_truncated());
    /// let head = format!("{} [body truncated]: ", ErrorCode::InternalServerError);
    /// assert!(error.to_string().starts_with(&head));
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

    /// Names the request that failed: its method and URL, for [`method`](Self::method),
    /// [`url`](Self::url) and the log line.
    ///
    /// The URL is kept without what may be secret: the userinfo (`user:password@`, also
    /// in a URL that starts with `//`), the value of every query parameter (a Picsart API
    /// key may travel as one; the names are kept, each value written `*`) and the
    /// fragment. The integrations call this with what they know: reqwest gives the URL
    /// (after redirects), ureq the last URL of its redirect history when the agent saves
    /// it; neither knows the method, so a client that wants it in the log line names the
    /// request itself.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, ErrorCode};
    ///
    /// let error = ApiError::new(429, b"").with_request(
    ///     http::Method::POST,
    ///     "https://me:pw@api.picsart.io/tools/1.0/upscale?apikey=SECRET&format=PNG#top",
    /// );
    /// assert_eq!(error.method(), Some(&http::Method::POST));
    /// let url = "https://api.picsart.io/tools/1.0/upscale?apikey=*&format=*";
    /// assert_eq!(error.url(), Some(url));
    /// assert_eq!(
    ///     error.to_string(),
    ///     format!(r#"{} (request POST "{url}")"#, ErrorCode::TooManyRequests),
    /// );
    /// ```
    #[must_use]
    pub fn with_request(mut self, method: http::Method, url: &str) -> Self {
        self.inner.method = Some(method);
        self.with_url(url)
    }

    /// Names the request's URL only, as an integration knows it.
    pub(crate) fn with_url(mut self, url: &str) -> Self {
        self.inner.url = Some(redacted(url).into());
        self
    }

    /// The method of the request that failed, when known: set by
    /// [`with_request`](Self::with_request).
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// assert_eq!(ApiError::new(500, b"").method(), None);
    /// let error = ApiError::new(500, b"").with_request(http::Method::GET, "https://x.test/");
    /// assert_eq!(error.method(), Some(&http::Method::GET));
    /// ```
    #[must_use]
    pub fn method(&self) -> Option<&http::Method> {
        self.inner.method.as_ref()
    }

    /// The URL of the request that failed, when known, without userinfo, query values or
    /// fragment (see [`with_request`](Self::with_request)).
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let error = ApiError::new(401, b"")
    ///     .with_request(http::Method::GET, "https://api.picsart.io/tools/1.0/balance?key=abc");
    /// assert_eq!(error.url(), Some("https://api.picsart.io/tools/1.0/balance?key=*"));
    /// ```
    #[must_use]
    pub fn url(&self) -> Option<&str> {
        self.inner.url.as_deref()
    }

    /// The `Content-Encoding` codings (RFC 9110 §8.4) the body is still in, as the header
    /// listed them (joined with `, `; empty ones and `identity` left out): `None` once
    /// every coding is undone, and for an empty body, which is in none.
    ///
    /// [`from_response`](Self::from_response) and the integrations undo `gzip` (or
    /// `x-gzip`), `deflate` (zlib, or raw DEFLATE) and `br`, from the last listed to the
    /// first. Decoding stops at any other coding (`zstd`, `compress`), and at data that is
    /// not in the coding named: the body is then kept as it was at that point, and this
    /// says which codings it is still in. A body with no coding named that is a whole
    /// gzip member (it starts `1f 8b 08`, as no text does) is decoded too: gateways gzip
    /// error bodies and leave the label out. [`with_headers`](Self::with_headers) decodes
    /// nothing, so a `Content-Encoding` among its headers is reported here as is.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let response = http::Response::builder()
    ///     .status(429)
    ///     .header("Content-Encoding", "zstd")
    ///     .body(b"(zstd frame)".to_vec())
    ///     .unwrap();
    /// let error = ApiError::from_response(&response);
    /// assert_eq!(error.body_encoding(), Some("zstd"));
    /// assert!(error.to_string().contains(r#"[body encoded "zstd"]"#));
    /// ```
    #[must_use]
    pub fn body_encoding(&self) -> Option<&str> {
        self.inner.body_encoding.as_deref()
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
    /// // The table holds statuses in 100..=599 only.
    /// assert_eq!(ApiError::new(600, b"").code(), None);
    /// ```
    #[must_use]
    pub fn code(&self) -> Option<ErrorCode> {
        ErrorCode::from_u16(self.inner.status)
    }

    /// The status's reason phrase: the table's for a code it lists, else the
    /// phrase the IANA registry gives the status (RFC 9110 §15), else its class
    /// (`"Server Error"` for an unregistered 5xx), else `"Unknown Status"` outside
    /// 100..=599.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, ErrorCode};
    ///
    /// let phrase = ErrorCode::TooManyRequests.reason_phrase();
    /// assert_eq!(ApiError::new(429, b"").reason_phrase(), phrase);
    /// // Outside the table (the table may list any status): the registry's, else the class.
    /// for (status, phrase) in [(502, "Bad Gateway"), (599, "Server Error")] {
    ///     if ErrorCode::from_u16(status).is_none() {
    ///         assert_eq!(ApiError::new(status, b"").reason_phrase(), phrase);
    ///     }
    /// }
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

    /// The `code` field of the body, kept even when it disagrees with the status; `None`
    /// when the field is missing or not an integer (or a string of one).
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

    /// The `X-Picsart-Correlation-Id` header, an opaque token kept as sent: quote it in every support request.
    ///
    /// ```
    /// use picsart_api_error::ApiError;
    ///
    /// let error = ApiError::new(500, b"")
    ///     .with_headers([("X-Picsart-Correlation-Id", "c0ffee")]);
    /// assert_eq!(error.correlation_id(), Some("c0ffee"));
    /// ```
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

    /// The hint: how long the server asks the client to wait before sending the request
    /// again, before any [`RetryPolicy`] has its say. It is the `Retry-After` header
    /// (RFC 9110 §10.2.3), or for a 429 without one, `X-Picsart-Ratelimit-Reset-Time` (the
    /// seconds until the rate-limit window resets); `None` when neither was sent.
    ///
    /// # What each form means
    ///
    /// - **Seconds**: RFC 9110's `delay-seconds` is whole seconds (`120`), but servers send
    ///   other forms of a number, and each is read as the number it writes: a fraction
    ///   (`120.5`, `.5`), a leading `+` or zeros (`+30`, `007`), an exponent (`1.2e2`). The
    ///   value is kept to the nanosecond, **rounded up**, so the wait is never shorter than
    ///   the server asked; one too large for a `Duration` is `Duration::MAX`.
    /// - **An HTTP date** (`Retry-After` only): any of RFC 9110 §5.6.7's three forms
    ///   (IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, RFC 850 `Sunday, 06-Nov-94 08:49:37
    ///   GMT`, asctime `Sun Nov  6 08:49:37 1994`), read with `httpdate`, so dates that do
    ///   not exist are refused. A leap second `23:59:60` is the second after `23:59:59`,
    ///   and an RFC 850 two-digit year is the year with those digits that is at most 50
    ///   years after the current one (§5.6.7). The wait is measured from the response's
    ///   `Date` header when it has a readable one (§10.2.3), else from the local clock, so
    ///   a client whose clock is off still waits what the server meant; zero for a date in
    ///   the past.
    /// - **Anything else** (a negative number, `soon`, a date that does not exist), with no
    ///   readable value of the same header beside it, is `Duration::MAX`: a hint sent but
    ///   unreadable is longer than any [`RetryPolicy::with_max_delay`], so no retry, never
    ///   "no hint".
    ///
    /// Surrounding spaces and tabs are not part of a value (RFC 9110 §5.6.3); other
    /// whitespace, such as U+00A0, is, and makes a number unreadable.
    ///
    /// ```
    /// use std::time::Duration;
    /// use picsart_api_error::{ApiError, RetryPolicy};
    ///
    /// let hint = |name, value| ApiError::new(503, b"").with_headers([(name, value)]).retry_after();
    /// let minutes = Some(Duration::from_secs(120));
    /// assert_eq!(hint("Retry-After", "120"), minutes);
    /// assert_eq!(hint("Retry-After", "+1.2e2"), minutes);
    /// assert_eq!(hint("Retry-After", "120.5"), Some(Duration::from_millis(120_500)));
    /// assert_eq!(hint("Retry-After", "soon"), Some(Duration::MAX), "sent but unreadable");
    /// assert_eq!(hint("X-Picsart-Ratelimit-Reset-Time", "5"), None, "a 429's only");
    ///
    /// // A date, measured from the response's own `Date`.
    /// let dated = |retry_after, date| {
    ///     let headers = [("Retry-After", retry_after), ("Date", date)];
    ///     ApiError::new(503, b"").with_headers(headers).retry_after()
    /// };
    /// let date = "Sun, 06 Nov 1994 08:49:37 GMT";
    /// assert_eq!(dated("Sun, 06 Nov 1994 08:51:37 GMT", date), minutes);
    /// assert_eq!(dated("Sunday, 06-Nov-94 08:51:37 GMT", date), minutes);
    /// assert_eq!(dated("Sun Nov  6 08:51:37 1994", date), minutes);
    /// let leap = dated("Sat, 31 Dec 2016 23:59:60 GMT", "Sat, 31 Dec 2016 23:59:59 GMT");
    /// assert_eq!(leap, Some(Duration::from_secs(1)), "the second after 23:59:59");
    /// let impossible = dated("Thu, 31 Feb 2028 00:00:00 GMT", date);
    /// assert_eq!(impossible, Some(Duration::MAX));
    ///
    /// let error = ApiError::new(503, b"").with_headers([("Retry-After", "120")]);
    /// assert_eq!(error.retry_delay(&RetryPolicy::new(), 1), None, "longer than the default longest wait");
    /// ```
    #[must_use]
    pub fn retry_after(&self) -> Option<Duration> {
        self.server_hint()
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
            || (self.is_too_many_requests() && self.inner.headers.rate_limit.is_exhausted())
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
    /// use picsart_api_error::{ApiError, ErrorCode, RetryPolicy};
    ///
    /// let policy = RetryPolicy::new();
    /// let error = ApiError::new(429, b"")
    ///     .with_headers([("X-Picsart-Ratelimit-Reset-Time", "5")]);
    /// let wait = error.retry_delay(&policy, 1).unwrap();
    /// assert!(wait >= Duration::from_secs(5), "never shorter than the hint");
    /// assert_eq!(error.retry_delay(&policy.with_max_times(0), 1), None);
    ///
    /// let policy = RetryPolicy::new().without_jitter().with_max_times(4);
    /// // A retryable code without a hint: the policy's backoff.
    /// let code = ErrorCode::ALL.iter().find(|code| code.is_retryable()).unwrap();
    /// let error = ApiError::new(code.as_u16(), b"oops");
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

    /// How long the server asks us to wait, by the [crate's rules](crate#how-headers-are-read):
    /// `Retry-After`, else the rate-limit reset time of a 429 (the Picsart APIs send no
    /// `Retry-After`).
    fn server_hint(&self) -> Option<Duration> {
        let headers = &self.inner.headers;
        headers.hint(self.is_too_many_requests())
    }

    /// Whether the status is HTTP's 429 (RFC 6585 §4), the one the rate-limit headers are
    /// about: asked of the status, not the table, so that the client builds and reads rate
    /// limits whatever the table's 429 row is called, or if it has none.
    fn is_too_many_requests(&self) -> bool {
        self.inner.status == http::StatusCode::TOO_MANY_REQUESTS.as_u16()
    }
}

/// How much of what the server said a log line shows, in characters after escaping.
const DISPLAYED_CHARS: usize = 300;
/// How much of a correlation id or of codings a log line shows; ids are UUIDs.
const DISPLAYED_ID_CHARS: usize = 100;
/// How much of a request's URL a log line shows.
const DISPLAYED_URL_CHARS: usize = 200;

/// One log line, in which what we say comes first and what the server said last, quoted:
///
/// ```text
/// STATUS REASON [ANNOTATIONS]: message "MESSAGE", detail "DETAIL"
/// 401 Unauthorized (correlation id "c0ffee"): message "token_error", detail "expired"
/// ```
///
/// - `STATUS REASON`: the status and its [reason phrase](ApiError::reason_phrase).
/// - Then, each only when it applies, in this order: `[quota exhausted]`
///   ([`ApiError::is_quota_exhausted`]), `[body truncated]`
///   ([`ApiError::is_body_truncated`]), `[body encoded "CODINGS"]`
///   ([`ApiError::body_encoding`]), `(correlation id "ID")`, and
///   `(request METHOD "URL")` ([`ApiError::method`], [`ApiError::url`]; without
///   `METHOD` when it is not known).
/// - Then, after `: `, what the server said: `message "..."` and `detail "..."` for the
///   fields the body has (a gateway fault's `faultstring` and `errorcode`), or, when it
///   has neither or also has text they do not hold (a member of another name that is
///   not `null`, a `code` that is not a number, a fault `detail` with more than its
///   `errorcode`), `body "..."`: the whole body as it came (any JSON, under any key, or a
///   page). Nothing is left out for looking empty or repeating the reason phrase. An
///   empty body shows nothing, and no colon.
///
/// What the server sent (texts, the correlation id, the codings) appears only between
/// double quotes, escaped, so it can never look like the rest of the line: an
/// annotation, a second field, the end of the line or a cut. What the server said is cut
/// after 300 characters, an id or the codings after 100, a URL after 200, with `...` right after the
/// closing quote, where no text can put it; [`ApiError::body`] keeps everything. Two
/// errors that differ in anything the line shows print different lines.
///
/// # Escaping
///
/// Inside the quotes, the line stays one line and two different texts never print the
/// same:
///
/// - the backslash itself as `\\` and the double quote as `\"`, so an escape always means
///   what it says and a quote always ends the text;
/// - line breaks and other control characters (Unicode category `Cc`) as `\n`, `\r`, `\t`,
///   `\0` or `\u{HEX}` (NEL is `\u{85}`);
/// - characters that print as nothing or look like a plain space, as `\u{HEX}`: every
///   format character (category `Cf`: bidirectional overrides, zero-width characters,
///   the soft hyphen U+00AD, U+FEFF, tags), the line and paragraph separators U+2028 and
///   U+2029, every space but U+0020 (no-break space U+00A0), private-use and unassigned
///   code points, variation selectors and the other default-ignorable characters.
///
/// Every other character, in any script, is written as it is; spaces at either end are
/// kept, inside the quotes.
///
/// ```
/// use picsart_api_error::{ApiError, ErrorCode};
///
/// let body = "C:\\new\n\"second\" line\u{200B}";
/// let error = ApiError::new(500, body.as_bytes());
/// assert_eq!(
///     error.to_string(),
///     format!(
///         r#"{}: body "C:\\new\n\"second\" line\u{{200b}}""#,
///         ErrorCode::InternalServerError,
///     ),
/// );
/// let body = br#"{"code": 500, "error": "database is down"}"#;
/// let error = ApiError::new(500, body)
///     .with_headers([("X-Picsart-Correlation-Id", "c0ffee")]);
/// assert_eq!(
///     error.to_string(),
///     format!(
///         r#"{} (correlation id "c0ffee"): body "{{\"code\": 500, \"error\": \"database is down\"}}""#,
///         ErrorCode::InternalServerError,
///     ),
/// );
/// ```
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        write!(f, "{} {}", inner.status, self.reason_phrase())?;
        if self.is_quota_exhausted() {
            f.write_str(" [quota exhausted]")?;
        }
        if inner.body_truncated {
            f.write_str(" [body truncated]")?;
        }
        if let Some(codings) = self.body_encoding() {
            Quoted::new(f, DISPLAYED_ID_CHARS).push(" [body encoded ", codings)?;
            f.write_str("]")?;
        }
        if let Some(id) = self.correlation_id() {
            Quoted::new(f, DISPLAYED_ID_CHARS).push(" (correlation id ", id)?;
            f.write_str(")")?;
        }
        if let Some(url) = self.url() {
            f.write_str(" (request")?;
            if let Some(method) = self.method() {
                // A method is a token (RFC 9110 §9.1): no space, quote or control.
                write!(f, " {method}")?;
            }
            Quoted::new(f, DISPLAYED_URL_CHARS).push(" ", url)?;
            f.write_str(")")?;
        }
        let body = &inner.body;
        let mut said = Quoted::new(f, DISPLAYED_CHARS);
        match (body.message(), body.detail()) {
            (None, None) if !body.text().is_empty() => said.push(": body ", body.text())?,
            _ if body.other_text => said.push(": body ", body.text())?,
            (message, detail) => {
                if let Some(message) = message {
                    said.push(": message ", message)?;
                }
                if let Some(detail) = detail {
                    let prefix = if message.is_some() {
                        ", detail "
                    } else {
                        ": detail "
                    };
                    said.push(prefix, detail)?;
                }
            }
        }
        Ok(())
    }
}

/// Writes texts between double quotes, escaped, and at most `left` characters of them
/// in all (after escaping); once one is cut, nothing more.
struct Quoted<'a, 'b> {
    f: &'a mut fmt::Formatter<'b>,
    left: usize,
    /// Whether text was left out and `...` written.
    cut: bool,
}

impl<'a, 'b> Quoted<'a, 'b> {
    fn new(f: &'a mut fmt::Formatter<'b>, limit: usize) -> Self {
        Quoted {
            f,
            left: limit,
            cut: false,
        }
    }

    /// Writes `prefix` as is, then `text` escaped between quotes; the first time text is
    /// left out for the limit, `...` after the closing quote, then nothing more. An empty
    /// text is written (`""`) unless the limit was already reached.
    fn push(&mut self, prefix: &str, text: &str) -> fmt::Result {
        if self.cut {
            return Ok(());
        }
        if self.left == 0 && !text.is_empty() {
            // The limit fell exactly at the end of earlier text: mark what is left out.
            self.cut = true;
            return self.f.write_str("...");
        }
        self.f.write_str(prefix)?;
        self.f.write_str("\"")?;
        for c in text.chars() {
            let escape = Escape::of(c);
            let width = escape.as_ref().map_or(1, Escape::len);
            if width > self.left {
                self.cut = true;
                return self.f.write_str("\"...");
            }
            self.left -= width;
            match escape {
                Some(Escape::Short(escaped)) => self.f.write_str(escaped)?,
                Some(Escape::Unicode(escaped)) => write!(self.f, "{escaped}")?,
                None => fmt::Write::write_char(self.f, c)?,
            }
        }
        self.f.write_str("\"")
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
            '"' => "\\\"",
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

/// `url` without its userinfo, the values of its query parameters (each written `*`; a
/// parameter without `=` is a value too) or its fragment.
fn redacted(url: &str) -> String {
    let url = url.split('#').next().unwrap_or_default();
    let (before_query, query) = match url.split_once('?') {
        Some((before, query)) => (before, Some(query)),
        None => (url, None),
    };
    let mut out = String::with_capacity(url.len());
    // The authority follows `//`, after a scheme or at the start (a network-path
    // reference, RFC 3986 §4.2); anything else has none.
    let authority_at = if before_query.starts_with("//") {
        Some(2)
    } else {
        before_query.find("://").map(|at| at + 3)
    };
    match authority_at {
        Some(at) => {
            let (scheme, rest) = before_query.split_at(at);
            let authority_end = rest.find('/').unwrap_or(rest.len());
            let (authority, path) = rest.split_at(authority_end);
            let host = authority
                .rsplit_once('@')
                .map_or(authority, |(_, host)| host);
            out.extend([scheme, host, path]);
        }
        None => out.push_str(before_query),
    }
    if let Some(query) = query {
        out.push('?');
        for (i, pair) in query.split('&').enumerate() {
            if i > 0 {
                out.push('&');
            }
            match pair.split_once('=') {
                Some((name, _)) => out.extend([name, "=*"]),
                None if pair.is_empty() => {}
                None => out.push('*'),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a line shows before any annotation: the status and the reason phrase it has
    /// today, from the table or the registry, so that no test restates either.
    fn head(status: u16) -> String {
        format!("{status} {}", ApiError::new(status, b"").reason_phrase())
    }

    #[test]
    fn api_errors_can_cross_threads_and_box_into_dyn_error() {
        fn assert_send_sync<T: Send + Sync + 'static>() {}
        assert_send_sync::<ApiError>();
        let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(ApiError::new(503, b""));
        assert_eq!(boxed.to_string(), head(503));
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
        // A 4xx that neither the table nor the registry names, whatever the table holds.
        let status = (400..500)
            .rev()
            .find(|&s| ErrorCode::from_u16(s).is_none() && reason_phrase(s).is_none())
            .expect("an unnamed 4xx");
        let error = ApiError::new(status, b"");
        assert_eq!((error.status(), error.code()), (status, None));
        assert_eq!(error.reason_phrase(), "Client Error");
        assert_eq!(error.to_string(), format!("{status} Client Error"));
        assert_eq!(error.retry_delay(&RetryPolicy::new(), 1), None);
    }

    #[test]
    fn a_body_that_is_not_json_is_kept_and_shown_on_one_line() {
        let error = ApiError::new(502, b"<html>\nBad Gateway\n</html>");
        assert_eq!(error.body(), "<html>\nBad Gateway\n</html>");
        assert_eq!(
            error.to_string(),
            format!(r#"{}: body "<html>\nBad Gateway\n</html>""#, head(502))
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
            format!(
                r#"{} (correlation id "id\u{{2028}}x"): body "a\rb\nc\u{{85}}d\u{{2028}}e\u{{2029}}f\u{{1b}}[31mg\u{{7f}}h\u{{202e}}i\0j\tk""#,
                head(500)
            )
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
            format!(r#"{}: body "a\\nb \\u{{202e}} c:\\dir\\""#, head(500))
        );
        assert_eq!(
            line_break.to_string(),
            format!(r#"{}: body "a\nb \u{{202e}} c:\\dir\\""#, head(500))
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
                format!(
                    r#"{} (correlation id "{shown}"): body "{shown}""#,
                    head(500)
                ),
            );
            assert_eq!(error.body(), body, "the body keeps everything");
        }
        let visible = "café naïve 日本語 Ελληνικά emoji 🦀 a b";
        let error = ApiError::new(500, visible.as_bytes());
        assert_eq!(
            error.to_string(),
            format!(r#"{}: body "{visible}""#, head(500)),
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
            line.starts_with(&format!(r#"{} (correlation id "xxx"#, head(500))),
            "{line}"
        );
        assert!(line.contains(r#"xxx"...): body "é\né\n"#), "{line}");
        assert!(line.ends_with(r#"é\n"..."#), "{line}");
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
            format!(
                r#"{}: detail "bad image\n429 Too Many Requests: fake entry""#,
                head(400)
            )
        );
        assert_eq!(line.lines().count(), 1);
    }

    #[test]
    fn the_line_shows_every_field_the_server_sent_quoted_after_our_part() {
        let line = |status, body: &str| ApiError::new(status, body.as_bytes()).to_string();
        for (status, body, shown) in [
            (
                401,
                r#"{"message": "token_error"}"#,
                format!(r#"{}: message "token_error""#, head(401)),
            ),
            (
                401,
                r#"{"code": 401, "message": "token_error", "detail": "expired"}"#,
                format!(r#"{}: message "token_error", detail "expired""#, head(401)),
            ),
            (
                404,
                r#"{"message": "Not Found.", "detail": "no such image"}"#,
                format!(
                    r#"{}: message "Not Found.", detail "no such image""#,
                    head(404)
                ),
            ),
            (
                422,
                r#"{"detail": [{"loc": ["body", "format"], "msg": "bad"}]}"#,
                format!(
                    r#"{}: detail "[{{\"loc\": [\"body\", \"format\"], \"msg\": \"bad\"}}]""#,
                    head(422)
                ),
            ),
            (
                500,
                r#"{"message": " ", "detail": ""}"#,
                format!(r#"{}: message " ", detail """#, head(500)),
            ),
            (
                500,
                r#"{"code": 500}"#,
                format!(r#"{}: body "{{\"code\": 500}}""#, head(500)),
            ),
            (500, "", head(500)),
        ] {
            assert_eq!(line(status, body), shown, "{body}");
        }
    }

    /// Nothing the server sent is trimmed, by Unicode's rules (`str::trim` also removes
    /// U+00A0, U+3000, U+0085, U+2028: dotnet/corefx#4194) or by any other: a body or
    /// field made of such characters, or of spaces, prints unlike an empty one and unlike
    /// each other.
    #[test]
    fn texts_are_never_trimmed_so_bodies_of_spaces_print_apart() {
        let spaces = [
            "",
            " ",
            "  ",
            "\t",
            "\r\n",
            "\u{a0}",
            "\u{3000}",
            "\u{85}",
            "\u{2028}",
            "\u{2029}",
            "\u{feff}",
            " \u{2028} ",
            "\u{200b}",
        ];
        let mut lines = std::collections::HashSet::new();
        for space in spaces {
            let bodies = [
                space.to_owned(),
                format!(r#"{{"message": "{space}"}}"#),
                format!(r#"{{"detail": "{space}"}}"#),
                format!(r#"{{"message": "x{space}", "detail": "{space}y"}}"#),
            ];
            for body in bodies {
                let line = ApiError::new(500, body.as_bytes()).to_string();
                assert!(
                    lines.insert(line.clone()),
                    "{body:?} prints like another: {line}"
                );
            }
        }
        assert_eq!(
            ApiError::new(500, "\u{2028}".as_bytes()).to_string(),
            format!(r#"{}: body "\u{{2028}}""#, head(500))
        );
        assert_eq!(
            ApiError::new(500, " ".as_bytes()).to_string(),
            format!(r#"{}: body " ""#, head(500))
        );
    }

    /// Whatever a body says, it cannot print one of our annotations: those come before the
    /// colon, the server's text after it, between quotes it cannot close.
    #[test]
    fn a_body_cannot_imitate_an_annotation_or_another_field() {
        let forged = [
            r#"x" [quota exhausted]"#,
            r#"x", detail "y"#,
            r#"x"..."#,
            r#"x" (correlation id "c")"#,
        ];
        for text in forged {
            let body = serde_json::json!({ "message": text }).to_string();
            let line = ApiError::new(429, body.as_bytes()).to_string();
            let (ours, theirs) = line.split_once(": ").unwrap();
            assert_eq!(ours, head(429), "{line}");
            assert_eq!(theirs, format!("message \"{}\"", text.replace('"', "\\\"")));
        }
        let quota = ApiError::new(429, br#"{"message": "x"}"#).with_headers([
            ("X-Picsart-Ratelimit-Available", "0"),
            ("X-Picsart-Credit-Available", "0"),
        ]);
        assert_eq!(
            quota.to_string(),
            format!(r#"{} [quota exhausted]: message "x""#, head(429))
        );
    }

    #[test]
    fn every_annotation_comes_before_the_colon_in_one_order() {
        let error = ApiError::new(429, br#"{"fault": {"faultstring": "Quota", "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}"#)
            .with_headers([
                ("X-Picsart-Correlation-Id", "c\"0"),
                ("Content-Encoding", "zstd"),
            ])
            .with_truncated_body()
            .with_request(http::Method::GET, "https://u:p@api.test/a?key=s#f");
        assert_eq!(
            error.to_string(),
            format!(
                r#"{} [quota exhausted] [body truncated] [body encoded "zstd"] (correlation id "c\"0") (request GET "https://api.test/a?key=*"): message "Quota", detail "policies.ratelimit.QuotaViolation""#,
                head(429)
            )
        );
    }

    #[test]
    fn a_url_keeps_no_userinfo_query_value_or_fragment() {
        for (url, kept) in [
            (
                "https://api.picsart.io/tools/1.0/upscale",
                "https://api.picsart.io/tools/1.0/upscale",
            ),
            (
                "https://api.picsart.io/x?apikey=SECRET",
                "https://api.picsart.io/x?apikey=*",
            ),
            (
                "https://api.picsart.io/x?a=1&b=&SECRET&&c=x=y",
                "https://api.picsart.io/x?a=*&b=*&*&&c=*",
            ),
            (
                "https://user:pass@api.picsart.io:8443/x",
                "https://api.picsart.io:8443/x",
            ),
            ("https://user@host", "https://host"),
            ("http://a@b@host/p@q?x=@", "http://host/p@q?x=*"),
            ("https://host/p#token=SECRET", "https://host/p"),
            ("https://host/p?k=v#f?x=y", "https://host/p?k=*"),
            ("/relative/path?key=SECRET", "/relative/path?key=*"),
            ("", ""),
        ] {
            assert_eq!(redacted(url), kept, "{url}");
        }
    }

    /// `with_headers` reads `Content-Encoding` as decoding does: tokens between commas and
    /// HTTP whitespace, empty ones skipped, `identity` none; an empty body is in none.
    #[test]
    fn codings_given_as_headers_are_read_as_decoding_reads_them() {
        for (values, expected) in [
            (&[""][..], None),
            (&[" , "], None),
            (&["identity"], None),
            (&["gzip, identity"], Some("gzip")),
            (&["gzip,,br"], Some("gzip, br")),
            (&[" gzip\t", "", "br"], Some("gzip, br")),
        ] {
            let headers = values.iter().map(|v| ("Content-Encoding", *v));
            let error = ApiError::new(500, b"x").with_headers(headers);
            assert_eq!(error.body_encoding(), expected, "{values:?}");
        }
        let empty = ApiError::new(500, b"").with_headers([("Content-Encoding", "gzip")]);
        assert_eq!(empty.body_encoding(), None);
        assert_eq!(empty.to_string(), "500 Internal Server Error");
    }

    /// A URL without a scheme may still have an authority, after `//` (RFC 3986 §4.2, a
    /// network-path reference), and its userinfo is as secret there.
    #[test]
    fn a_url_without_a_scheme_keeps_no_userinfo_either() {
        for (url, kept) in [
            (
                "//user:SECRET@api.picsart.io/x?key=SECRET",
                "//api.picsart.io/x?key=*",
            ),
            ("//SECRET@host", "//host"),
            ("//host/p@q", "//host/p@q"),
            ("/path/a@b", "/path/a@b"),
        ] {
            assert_eq!(redacted(url), kept, "{url}");
        }
    }

    /// The server's text under a key other than `message` and `detail` (OAuth's `error`
    /// and `error_description`, RFC 9457's `title`, a nested `error.message`, a list of
    /// `errors`) is kept in the line: the whole body is shown when neither field is.
    #[test]
    fn text_under_any_other_key_stays_in_the_line() {
        for body in [
            r#"{"code": 500, "error": "database is down"}"#,
            r#"{"error": "invalid_grant", "error_description": "token expired"}"#,
            r#"{"type": "about:blank", "title": "Out of credits", "status": 402}"#,
            r#"{"error": {"code": 503, "message": "backend unavailable"}}"#,
            r#"{"errors": [{"field": "image", "reason": "too large"}]}"#,
            r#"{"code": 429, "detail": null, "msg": "slow down"}"#,
        ] {
            let error = ApiError::new(500, body.as_bytes());
            let escaped = body.replace('"', "\\\"");
            assert_eq!(
                error.to_string(),
                format!(r#"{}: body "{escaped}""#, head(500))
            );
        }
    }

    /// Text under another key beside `message` or `detail` (a `code` that is not a number
    /// too) would be lost if the line showed only those two: the whole body is shown then.
    #[test]
    fn text_under_another_key_beside_message_or_detail_stays_in_the_line() {
        for body in [
            r#"{"code": 500, "message": "", "error": "database is down"}"#,
            r#"{"message": "Bad Request", "errors": [{"detail": "image is required"}]}"#,
            r#"{"detail": "failed", "reason": "disk full"}"#,
            r#"{"code": "QUOTA_EXCEEDED", "message": "Payment Required"}"#,
            r#"{"fault": {"faultstring": "Spike", "detail": {"errorcode": "x"}}, "hint": "later"}"#,
            r#"{"fault": {"faultstring": "Spike", "detail": {"errorcode": "x"}, "reason": "y"}}"#,
            r#"{"fault": {"faultstring": "Spike", "detail": {"errorcode": "x", "reason": "y"}}}"#,
        ] {
            let error = ApiError::new(500, body.as_bytes());
            let escaped = body.replace('"', "\\\"");
            assert_eq!(
                error.to_string(),
                format!(r#"500 Internal Server Error: body "{escaped}""#)
            );
        }
        // Only the fields shown (a number `code`, nulls): the fields.
        for body in [
            r#"{"code": 422, "message": "m", "detail": "d"}"#,
            r#"{"code": "422", "message": "m", "detail": "d", "extra": null}"#,
            r#"{"fault": {"faultstring": "m", "detail": {"errorcode": "d"}}}"#,
        ] {
            let error = ApiError::new(500, body.as_bytes());
            let line = r#"500 Internal Server Error: message "m", detail "d""#;
            assert_eq!(error.to_string(), line, "{body}");
        }
    }

    #[test]
    fn a_body_behind_a_byte_order_mark_is_understood() {
        let error = ApiError::new(401, b"\xEF\xBB\xBF{\"message\": \"token_error\"}");
        assert_eq!(error.body_message(), Some("token_error"));
        assert_eq!(
            error.to_string(),
            format!(r#"{}: message "token_error""#, head(401))
        );
    }

    #[test]
    fn every_registered_status_outside_the_table_shows_its_reason_phrase() {
        for status in 100..=599 {
            let line = ApiError::new(status, b"").to_string();
            match (ErrorCode::from_u16(status), reason_phrase(status)) {
                (Some(code), _) => assert_eq!(line, code.to_string(), "the table's own text"),
                (None, Some(phrase)) => assert_eq!(line, format!("{status} {phrase}")),
                (None, None) => assert_eq!(line, format!("{status} {}", class_phrase(status))),
            }
        }
        // Counted over the registry alone: the table may list unregistered statuses (599)
        // and leave out registered ones.
        let registered = (100..=599).filter(|&s| reason_phrase(s).is_some()).count();
        assert_eq!(registered, 61, "61 registered statuses with a phrase");
    }
}
