//! An [`ApiError`] straight from a [`ureq`] 3 response.
//!
//! ureq reports a 4xx or 5xx status as `ureq::Error::StatusCode`, without the body or
//! headers; configure the agent with `http_status_as_error(false)` so the response reaches
//! [`error_for_status`], which keeps what they say.
//!
//! ```no_run
//! # fn demo() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
//! use picsart_api_error::ureq::error_for_status;
//!
//! let agent: ureq::Agent = ureq::Agent::config_builder()
//!     .http_status_as_error(false)
//!     .build()
//!     .into();
//! let response = agent
//!     .get("https://api.picsart.io/tools/1.0/balance")
//!     .header("X-Picsart-API-Key", "...")
//!     .call()?; // transport errors: ureq::Error
//! let mut response = error_for_status(response)?; // 4xx and 5xx: ApiError
//! println!("{}", response.body_mut().read_to_string()?);
//! # Ok(()) }
//! ```

use std::io::{ErrorKind, Read};

use crate::body_limit::{is_error, LimitedBody};
use crate::ApiError;

/// Bytes read from the body at a time.
const CHUNK: usize = 8 * 1024;

/// `Ok(response)`, untouched, unless the status is 4xx or 5xx (as for reqwest's own
/// `error_for_status`); for those, `Err` with the [`ApiError`] read from the status, the
/// headers and at most [`ApiError::DEFAULT_BODY_LIMIT`] bytes of the body.
///
/// The body is read 8 KiB at a time and reading stops once the limit is passed, so memory
/// stays within the limit plus 8 KiB whatever the server sends. A body cut at the limit,
/// or by a failure while reading it (the transport error is dropped: the status already
/// says what went wrong), is marked [`is_body_truncated`](ApiError::is_body_truncated). A
/// body sent with a `Content-Encoding` ureq did not undo (without its `gzip` or `brotli`
/// features) is decoded, the limit counting decoded bytes. When the agent saves its
/// redirect history (`save_redirect_history(true)`), the error names the last URL
/// ([`url`](ApiError::url)), without secrets.
///
/// ```
/// use picsart_api_error::{ureq::error_for_status, ApiError, ErrorCode};
///
/// // A response as `Agent::run` returns it, built here without a server.
/// let body = ureq::Body::builder().data(r#"{"detail": "busy"}"#);
/// let response = http::Response::builder().status(503).body(body).unwrap();
/// let error = error_for_status(response).unwrap_err();
/// assert_eq!(error.code(), Some(ErrorCode::ServiceUnavailable));
///
/// let body = ureq::Body::builder().data(vec![b'x'; ApiError::DEFAULT_BODY_LIMIT + 1]);
/// let response = http::Response::builder().status(500).body(body).unwrap();
/// let error = error_for_status(response).unwrap_err();
/// assert_eq!(error.body().len(), ApiError::DEFAULT_BODY_LIMIT);
/// assert!(error.is_body_truncated());
/// ```
///
/// # Errors
///
/// An [`ApiError`] for every 4xx and 5xx response.
pub fn error_for_status(
    response: http::Response<ureq::Body>,
) -> Result<http::Response<ureq::Body>, ApiError> {
    let limit = ApiError::DEFAULT_BODY_LIMIT;
    if !is_error(response.status()) {
        return Ok(response);
    }
    let url = ureq::ResponseExt::get_redirect_history(&response)
        .and_then(<[_]>::last)
        .map(ToString::to_string);
    let (parts, body) = response.into_parts();
    let mut limited = LimitedBody::new(limit, body.content_length());
    let mut reader = body.into_reader();
    let mut buffer = [0; CHUNK];
    loop {
        match reader.read(&mut buffer) {
            Ok(0) => break,
            Ok(read) => {
                if !limited.push(&buffer[..read]) {
                    break;
                }
            }
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(_) => {
                limited.cut_short();
                break;
            }
        }
    }
    let error = limited.into_error(parts.status, &parts.headers);
    Err(match url {
        Some(url) => error.with_url(&url),
        None => error,
    })
}
