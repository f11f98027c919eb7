//! An [`ApiError`] from any [`http_body::Body`] response: hyper, axum and tower clients.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! use http_body_util::Full;
//! use picsart_api_error::{http_body::error_for_status, ErrorCode};
//!
//! let response = http::Response::builder()
//!     .status(503)
//!     .body(Full::new(bytes::Bytes::from_static(br#"{"detail": "busy"}"#)))
//!     .unwrap();
//! let error = error_for_status(response).await.unwrap_err();
//! assert_eq!(error.code(), Some(ErrorCode::ServiceUnavailable));
//! # }
//! ```

use bytes::Buf;
use http_body::Body;

use crate::body_limit::{is_error, LimitedBody};
use crate::ApiError;

/// `Ok(response)`, untouched, unless the status is 4xx or 5xx (as for reqwest's own
/// `error_for_status`); for those, `Err` with the [`ApiError`] read from the status, the
/// headers and at most [`ApiError::DEFAULT_BODY_LIMIT`] bytes of the body.
///
/// The body is read frame by frame and reading stops once the limit is passed, so memory
/// stays within the limit plus one frame whatever the server sends. A body cut at the
/// limit, or by a failure while reading it (the transport error is dropped: the status
/// already says what went wrong), is marked
/// [`is_body_truncated`](ApiError::is_body_truncated). A body sent with a
/// `Content-Encoding` is decoded (hyper undoes none), the limit counting decoded bytes. A
/// response does not say which request it answers: name it with
/// [`ApiError::with_request`].
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use http_body_util::Full;
/// use picsart_api_error::{http_body::error_for_status, ApiError};
///
/// let ok = http::Response::new(Full::new(bytes::Bytes::from_static(b"{}")));
/// let ok = error_for_status(ok).await.expect("a 200 is not an error");
/// assert_eq!(ok.status(), 200);
///
/// let page = vec![b'x'; ApiError::DEFAULT_BODY_LIMIT + 1];
/// let response = http::Response::builder()
///     .status(502)
///     .body(Full::new(bytes::Bytes::from(page)))
///     .unwrap();
/// let error = error_for_status(response).await.unwrap_err();
/// assert_eq!(error.body().len(), ApiError::DEFAULT_BODY_LIMIT);
/// assert!(error.is_body_truncated());
/// # }
/// ```
///
/// # Errors
///
/// An [`ApiError`] for every 4xx and 5xx response.
pub async fn error_for_status<B: Body>(
    response: http::Response<B>,
) -> Result<http::Response<B>, ApiError> {
    if is_error(response.status()) {
        Err(read_error(response, ApiError::DEFAULT_BODY_LIMIT).await)
    } else {
        Ok(response)
    }
}

/// The [`ApiError`] of a response, whatever its status, from at most `limit` bytes of body.
pub(crate) async fn read_error<B: Body>(response: http::Response<B>, limit: usize) -> ApiError {
    let (parts, body) = response.into_parts();
    let mut limited = LimitedBody::new(limit, body.size_hint().exact());
    let mut body = core::pin::pin!(body);
    while let Some(frame) = core::future::poll_fn(|cx| body.as_mut().poll_frame(cx)).await {
        let Ok(frame) = frame else {
            limited.cut_short();
            break;
        };
        // Trailers carry nothing we read.
        let Ok(mut data) = frame.into_data() else {
            continue;
        };
        if !push_all(&mut limited, &mut data) {
            break;
        }
    }
    limited.into_error(parts.status, &parts.headers)
}

/// Feeds every chunk of `data` (a `Buf` need not be contiguous); `false` once past the limit.
fn push_all(limited: &mut LimitedBody, data: &mut impl Buf) -> bool {
    while data.has_remaining() {
        let chunk = data.chunk();
        let len = chunk.len();
        if !limited.push(chunk) {
            return false;
        }
        data.advance(len);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::buf::Chain;
    use bytes::Bytes;
    use core::pin::Pin;
    use core::task::{Context, Poll};
    use http_body::Frame;
    use std::collections::VecDeque;

    /// A body that yields scripted frames: data made of two separate pieces, or an error.
    struct Scripted(VecDeque<Result<(&'static str, &'static str), &'static str>>);

    impl Body for Scripted {
        type Data = Chain<Bytes, Bytes>;
        type Error = &'static str;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
            Poll::Ready(self.0.pop_front().map(|next| {
                next.map(|(a, b)| {
                    Frame::data(
                        Bytes::from_static(a.as_bytes()).chain(Bytes::from_static(b.as_bytes())),
                    )
                })
            }))
        }
    }

    fn response(
        frames: Vec<Result<(&'static str, &'static str), &'static str>>,
    ) -> http::Response<Scripted> {
        let mut response = http::Response::new(Scripted(frames.into()));
        *response.status_mut() = http::StatusCode::SERVICE_UNAVAILABLE;
        response
    }

    /// hyper decodes no `Content-Encoding`: a gzipped quota fault, split across frames,
    /// is read as the fault it is, and the limit counts the bytes it decodes to.
    #[tokio::test]
    async fn a_gzipped_body_in_several_frames_is_decoded_within_the_limit() {
        use std::io::Write;
        let fault = r#"{"fault": {"detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}"#;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(fault.as_bytes()).unwrap();
        let gzipped: &'static [u8] = encoder.finish().unwrap().leak();
        let (first, second) = gzipped.split_at(gzipped.len() / 2);
        let body = Frames(VecDeque::from([first, second]));
        let response = http::Response::builder()
            .status(429)
            .header("Content-Encoding", "gzip")
            .body(body)
            .unwrap();
        let error = read_error(response, 1000).await;
        assert!(error.is_quota_exhausted(), "{error}");
        assert_eq!(error.body(), fault);

        // A long page compresses well: its few compressed bytes are within the limit,
        // what they expand to is cut there.
        let page = "<html>".repeat(1000);
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(page.as_bytes()).unwrap();
        let gzipped: &'static [u8] = encoder.finish().unwrap().leak();
        assert!(gzipped.len() < 200, "{}", gzipped.len());
        let cut = read_error(
            http::Response::builder()
                .status(502)
                .header("Content-Encoding", "gzip")
                .body(Frames(VecDeque::from([gzipped])))
                .unwrap(),
            200,
        )
        .await;
        assert_eq!(cut.body(), &page[..200], "200 decoded bytes");
        assert!(cut.is_body_truncated());
        assert_eq!(cut.body_encoding(), None);
    }

    /// A body of byte frames.
    struct Frames(VecDeque<&'static [u8]>);

    impl Body for Frames {
        type Data = Bytes;
        type Error = &'static str;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, &'static str>>> {
            Poll::Ready(
                self.0
                    .pop_front()
                    .map(|bytes| Ok(Frame::data(Bytes::from_static(bytes)))),
            )
        }
    }

    #[tokio::test]
    async fn every_piece_of_a_non_contiguous_frame_is_read() {
        let error = read_error(response(vec![Ok(("ab", "cd")), Ok(("e", ""))]), 100).await;
        assert_eq!(error.body(), "abcde");
        assert!(!error.is_body_truncated());
    }

    #[tokio::test]
    async fn the_limit_can_fall_inside_a_frame_and_its_second_piece() {
        let error = read_error(response(vec![Ok(("ab", "cd"))]), 3).await;
        assert_eq!(error.body(), "abc");
        assert!(error.is_body_truncated());
    }

    #[tokio::test]
    async fn a_body_that_fails_midway_keeps_what_was_read_and_says_it_is_cut() {
        let error = read_error(
            response(vec![Ok(("ab", "")), Err("reset"), Ok(("never", ""))]),
            100,
        )
        .await;
        assert_eq!(error.status(), 503);
        assert_eq!(error.body(), "ab");
        assert!(error.is_body_truncated());
    }
}
