//! The other side: the error responses the Picsart APIs send, for mock servers, test
//! doubles and gateways that answer in the APIs' name.

use http::header::{HeaderValue, CONTENT_TYPE};

use crate::header;
use crate::{ErrorCode, RateLimit};

/// Builds an error response as the APIs document it: the code's status, a JSON body
/// `{"code": <status>, "message": "...", "detail": "..."}`, and the rate-limit, credit and
/// correlation-id headers that were set.
///
/// [`ApiError::from_response`](crate::ApiError::from_response) of the result gives back
/// every field.
///
/// ```
/// use picsart_api_error::{ApiError, ErrorCode, ErrorResponse, RateLimit};
/// use std::time::Duration;
///
/// let response = ErrorResponse::new(ErrorCode::TooManyRequests)
///     .detail("slow down")
///     .rate_limit(RateLimit {
///         available: Some(0),
///         limit: Some(500),
///         reset: Some(Duration::from_secs(1)),
///         credits: Some(120.0),
///     })
///     .correlation_id(http::HeaderValue::from_static("mock-1"))
///     .into_http_response();
/// assert_eq!(response.status(), 429);
/// assert_eq!(response.headers()["X-Picsart-Ratelimit-Reset-Time"], "1");
///
/// let error = ApiError::from_response(&response);
/// assert_eq!(error.body_detail(), Some("slow down"));
/// assert_eq!(error.correlation_id(), Some("mock-1"));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct ErrorResponse {
    code: ErrorCode,
    message: String,
    detail: Option<String>,
    rate_limit: RateLimit,
    correlation_id: Option<HeaderValue>,
}

impl ErrorResponse {
    /// The response for `code`: its reason phrase as the message, no detail, and no
    /// headers but `Content-Type`.
    ///
    /// ```
    /// use picsart_api_error::{ErrorCode, ErrorResponse};
    ///
    /// let response = ErrorResponse::new(ErrorCode::NotFound).into_http_response();
    /// let body = format!(
    ///     r#"{{"code":404,"message":"{}"}}"#,
    ///     ErrorCode::NotFound.reason_phrase()
    /// );
    /// assert_eq!(response.body(), body.as_bytes());
    /// ```
    pub fn new(code: ErrorCode) -> Self {
        ErrorResponse {
            code,
            message: code.reason_phrase().to_owned(),
            detail: None,
            rate_limit: RateLimit::default(),
            correlation_id: None,
        }
    }

    /// Replaces the reason phrase in the body's `message` field.
    ///
    /// ```
    /// use picsart_api_error::{ErrorCode, ErrorResponse};
    ///
    /// let response = ErrorResponse::new(ErrorCode::Unauthorized)
    ///     .message("token_error")
    ///     .into_http_response();
    /// assert_eq!(response.body(), br#"{"code":401,"message":"token_error"}"#);
    /// ```
    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    /// The body's `detail` field: what was wrong with this request.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, ErrorCode, ErrorResponse};
    ///
    /// let response = ErrorResponse::new(ErrorCode::BadRequest)
    ///     .detail("image_url is required")
    ///     .into_http_response();
    /// let error = ApiError::from_response(&response);
    /// assert_eq!(error.body_detail(), Some("image_url is required"));
    /// ```
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Sends each rate-limit and credit header whose field is `Some`. The reset time is
    /// written in seconds, as a decimal number when it is not whole; credits that are not
    /// a finite number (`NaN`, infinity) are not sent, since no header can say them.
    ///
    /// ```
    /// use std::time::Duration;
    /// use picsart_api_error::{ErrorCode, ErrorResponse, RateLimit};
    ///
    /// let response = ErrorResponse::new(ErrorCode::TooManyRequests)
    ///     .rate_limit(RateLimit {
    ///         reset: Some(Duration::from_millis(1500)),
    ///         credits: Some(f64::NAN),
    ///         ..RateLimit::default()
    ///     })
    ///     .into_http_response();
    /// let headers = response.headers();
    /// assert_eq!(headers["X-Picsart-Ratelimit-Reset-Time"], "1.5");
    /// assert!(!headers.contains_key("X-Picsart-Credit-Available"));
    /// ```
    pub fn rate_limit(mut self, rate_limit: RateLimit) -> Self {
        self.rate_limit = rate_limit;
        self
    }

    /// Sends `X-Picsart-Correlation-Id`.
    ///
    /// [`ApiError::correlation_id`](crate::ApiError::correlation_id) reads back any id as
    /// sent, with the spaces at either end trimmed: an id is an opaque token (the APIs send
    /// UUIDs), so a comma in it is kept, never read as duplicate lines joined.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, ErrorCode, ErrorResponse};
    ///
    /// let id = |id| ErrorResponse::new(ErrorCode::BadRequest)
    ///     .correlation_id(http::HeaderValue::from_static(id))
    ///     .into_http_response();
    /// let read = |response| {
    ///     let error = ApiError::from_response(&response);
    ///     error.correlation_id().map(str::to_owned)
    /// };
    /// let uuid = "3f2c8a1e-6b1d-4c2a-9a57-0e4b8d1c2f90";
    /// assert_eq!(read(id(uuid)).as_deref(), Some(uuid));
    /// assert_eq!(read(id("first, second")).as_deref(), Some("first, second"));
    /// ```
    pub fn correlation_id(mut self, id: HeaderValue) -> Self {
        self.correlation_id = Some(id);
        self
    }

    /// The response, ready to send: the code's status, `Content-Type: application/json`,
    /// the headers that were set and the JSON body, as an [`http::Response`] any server
    /// framework can send (`From` gives the same). With the `axum` feature an
    /// `ErrorResponse` is also an axum `IntoResponse`, so a handler returns it as is.
    ///
    /// ```
    /// use picsart_api_error::{ErrorCode, ErrorResponse};
    ///
    /// let code = ErrorCode::ServiceUnavailable;
    /// let response = ErrorResponse::new(code).into_http_response();
    /// assert_eq!(response.status(), 503);
    /// assert_eq!(response.headers()["Content-Type"], "application/json");
    /// ```
    #[must_use]
    pub fn into_http_response(self) -> http::Response<Vec<u8>> {
        let mut body = serde_json::Map::new();
        body.insert("code".into(), self.code.as_u16().into());
        body.insert("message".into(), self.message.into());
        if let Some(detail) = self.detail {
            body.insert("detail".into(), detail.into());
        }
        let mut response =
            http::Response::new(serde_json::Value::Object(body).to_string().into_bytes());
        *response.status_mut() = self.code.into();
        let headers_out = response.headers_mut();
        headers_out.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        let RateLimit {
            available,
            limit,
            reset,
            credits,
        } = self.rate_limit;
        let numbers = [
            (
                header::RATELIMIT_AVAILABLE,
                available.map(|n| n.to_string()),
            ),
            (header::RATELIMIT_LIMIT, limit.map(|n| n.to_string())),
            (header::RATELIMIT_RESET_TIME, reset.map(seconds)),
            (
                header::CREDIT_AVAILABLE,
                credits.filter(|n| n.is_finite()).map(|n| n.to_string()),
            ),
        ];
        for (name, value) in numbers {
            if let Some(value) = value {
                // Digits, a dot and a minus sign (`f64`'s `Display` never writes an
                // exponent): always a valid header value.
                if let Ok(value) = HeaderValue::try_from(value) {
                    headers_out.insert(name, value);
                }
            }
        }
        if let Some(id) = self.correlation_id {
            headers_out.insert(header::CORRELATION_ID, id);
        }
        response
    }
}

impl From<ErrorCode> for ErrorResponse {
    fn from(code: ErrorCode) -> Self {
        ErrorResponse::new(code)
    }
}

impl From<ErrorResponse> for http::Response<Vec<u8>> {
    fn from(response: ErrorResponse) -> Self {
        response.into_http_response()
    }
}

/// An axum handler returns an `ErrorResponse` as is (`Result<T, ErrorResponse>` too): the
/// response of [`into_http_response`](ErrorResponse::into_http_response), its body as
/// axum's.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use picsart_api_error::{ErrorCode, ErrorResponse};
///
/// // What `async fn handler() -> Result<String, ErrorResponse>` may return.
/// let returned: Result<String, ErrorResponse> =
///     Err(ErrorResponse::new(ErrorCode::TooManyRequests).detail("slow down"));
/// let response = returned.into_response();
/// assert_eq!(response.status(), 429);
/// assert_eq!(response.headers()["Content-Type"], "application/json");
/// ```
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl axum_core::response::IntoResponse for ErrorResponse {
    fn into_response(self) -> axum_core::response::Response {
        self.into_http_response().map(axum_core::body::Body::from)
    }
}

/// Whole seconds as an integer (what the APIs send), else with the nanoseconds that remain.
fn seconds(duration: core::time::Duration) -> String {
    match duration.subsec_nanos() {
        0 => duration.as_secs().to_string(),
        nanos => {
            let fraction = format!("{nanos:09}");
            format!("{}.{}", duration.as_secs(), fraction.trim_end_matches('0'))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::time::Duration;

    #[test]
    fn reset_times_are_written_in_seconds() {
        assert_eq!(seconds(Duration::from_secs(60)), "60");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5");
        assert_eq!(seconds(Duration::from_nanos(1)), "0.000000001");
    }

    #[test]
    fn text_that_needs_escaping_is_valid_json() {
        let response = ErrorResponse::new(ErrorCode::BadRequest)
            .detail("a \"quoted\"\nline \u{2028} \\")
            .into_http_response();
        let body: serde_json::Value = serde_json::from_slice(response.body()).unwrap();
        assert_eq!(body["detail"], "a \"quoted\"\nline \u{2028} \\");
    }
}
