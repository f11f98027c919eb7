//! Reading an error body with a size limit: a hostile or broken server may send gigabytes,
//! so the HTTP-client integrations keep only the first bytes, read chunk by chunk, and stop
//! reading once the limit is passed.

use crate::ApiError;

/// The first `limit` bytes of a body, fed one chunk at a time; nothing past the limit is
/// ever stored, so memory stays bounded by the limit plus one chunk of the client.
#[derive(Debug)]
pub(crate) struct LimitedBody {
    bytes: Vec<u8>,
    limit: usize,
    truncated: bool,
}

impl LimitedBody {
    /// An empty body that will keep at most `limit` bytes. `expected` (a `Content-Length`)
    /// sizes the buffer up to the limit and [`ApiError::DEFAULT_BODY_LIMIT`]: it is only the
    /// server's claim, so past that the buffer grows with what really arrives.
    pub(crate) fn new(limit: usize, expected: Option<u64>) -> Self {
        let capacity = expected.map_or(0, |len| usize::try_from(len).unwrap_or(usize::MAX));
        LimitedBody {
            bytes: Vec::with_capacity(capacity.min(limit).min(ApiError::DEFAULT_BODY_LIMIT)),
            limit,
            truncated: false,
        }
    }

    /// Keeps what fits of `chunk`; returns whether to read on (`false` once past the limit).
    pub(crate) fn push(&mut self, chunk: &[u8]) -> bool {
        let len = self.bytes.len();
        let room = self.limit - len;
        let needed = len + chunk.len().min(room);
        if needed > self.bytes.capacity() {
            // `Vec`'s own doubling could reserve up to twice the limit: stop it there.
            let target = self
                .bytes
                .capacity()
                .saturating_mul(2)
                .clamp(needed, self.limit);
            self.bytes.reserve_exact(target - len);
        }
        if chunk.len() > room {
            self.bytes.extend_from_slice(&chunk[..room]);
            self.truncated = true;
            return false;
        }
        self.bytes.extend_from_slice(chunk);
        true
    }

    /// Reading failed before the end: what was read is all there is.
    pub(crate) fn cut_short(&mut self) {
        self.truncated = true;
    }

    /// The error for a response of `status` with `headers` and this body, its
    /// `Content-Encoding` undone with the same limit on the decoded bytes.
    pub(crate) fn into_error(
        self,
        status: http::StatusCode,
        headers: &http::HeaderMap,
    ) -> ApiError {
        ApiError::from_parts(
            status.as_u16(),
            headers,
            self.bytes.into(),
            self.limit,
            self.truncated,
        )
    }
}

/// Whether a response is an error to turn into an [`ApiError`]: a 4xx or 5xx status, as
/// `reqwest`'s `error_for_status` decides.
pub(crate) fn is_error(status: http::StatusCode) -> bool {
    status.is_client_error() || status.is_server_error()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(limit: usize, chunks: &[&[u8]]) -> (Vec<u8>, bool, usize) {
        let mut body = LimitedBody::new(limit, None);
        let mut pushed = 0;
        for chunk in chunks {
            pushed += 1;
            if !body.push(chunk) {
                break;
            }
        }
        (body.bytes, body.truncated, pushed)
    }

    #[test]
    fn a_body_within_the_limit_is_kept_whole() {
        assert_eq!(read(4, &[b"ab", b"cd"]), (b"abcd".to_vec(), false, 2));
        assert_eq!(
            read(4, &[b"ab", b"", b"cd", b""]),
            (b"abcd".to_vec(), false, 4)
        );
        assert_eq!(read(0, &[b""]), (Vec::new(), false, 1));
    }

    #[test]
    fn a_body_past_the_limit_is_cut_and_reading_stops() {
        assert_eq!(
            read(4, &[b"ab", b"cde", b"never"]),
            (b"abcd".to_vec(), true, 2)
        );
        assert_eq!(
            read(4, &[b"abcd", b"e", b"never"]),
            (b"abcd".to_vec(), true, 2)
        );
        assert_eq!(read(0, &[b"x"]), (Vec::new(), true, 1));
    }

    /// `Content-Length` is the server's claim, not what arrives: a lying one must not make
    /// the client reserve a large limit's worth of memory (or abort on an impossible size).
    #[test]
    fn a_claimed_length_sizes_the_buffer_only_up_to_the_default_limit() {
        for limit in [usize::MAX, 1 << 30] {
            let body = LimitedBody::new(limit, Some(u64::MAX));
            assert!(body.bytes.capacity() <= ApiError::DEFAULT_BODY_LIMIT);
        }
    }

    #[test]
    fn the_buffer_is_never_sized_past_the_limit() {
        let body = LimitedBody::new(16, Some(u64::MAX));
        assert!(body.bytes.capacity() <= 16);
        assert_eq!(LimitedBody::new(16, Some(3)).bytes.capacity(), 3);
        // Growing as chunks arrive: the doubling stops at the limit too.
        let mut body = LimitedBody::new(100, None);
        while body.push(&[b'x'; 30]) {}
        assert_eq!(body.bytes.len(), 100);
        assert!(body.bytes.capacity() <= 100, "{}", body.bytes.capacity());
    }
}
