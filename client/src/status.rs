//! Reason phrases of HTTP statuses, for statuses the table does not list.
//!
//! This is HTTP data, not Picsart's: the statuses of the IANA HTTP Status Code Registry
//! (<https://www.iana.org/assignments/http-status-codes>) with the phrases RFC 9110 §15 and
//! the RFCs it cites give them. It lives in the runtime rather than in the generated code,
//! because the table (`error-codes.toml`) stays the vendor's documented codes. It does not
//! depend on the `http` crate, so the text is the same with every set of features.

/// The registered reason phrase of `status`, or `None` if the registry has none: unassigned
/// numbers, the unused 306 and 418, and 104, registered only temporarily for a draft.
pub(crate) const fn reason_phrase(status: u16) -> Option<&'static str> {
    Some(match status {
        100 => "Continue",
        101 => "Switching Protocols",
        102 => "Processing",
        103 => "Early Hints",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        207 => "Multi-Status",
        208 => "Already Reported",
        226 => "IM Used",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        305 => "Use Proxy",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        510 => "Not Extended",
        511 => "Network Authentication Required",
        _ => return None,
    })
}

/// The reason phrase the IANA HTTP Status Code Registry gives `status` (RFC 9110 §15 and the
/// RFCs it cites), whatever the table calls it; `None` for a status the registry does not
/// name: unassigned numbers, the unused 306 and 418, and 104.
///
/// [`ApiError::reason_phrase`](crate::ApiError::reason_phrase) prefers the table's phrase
/// for a status it documents, which may be an older name; this is the standard one, for a
/// tool that also finds a status by it.
///
/// ```
/// use picsart_api_error::registered_reason_phrase;
///
/// assert_eq!(registered_reason_phrase(413), Some("Content Too Large"));
/// assert_eq!(registered_reason_phrase(502), Some("Bad Gateway"));
/// assert_eq!(registered_reason_phrase(418), None);
/// ```
#[must_use]
pub const fn registered_reason_phrase(status: u16) -> Option<&'static str> {
    reason_phrase(status)
}

/// What to call a status that has no registered phrase: its class (RFC 9110 §15 tells
/// recipients to treat an unknown status as the `x00` of its class), or `"Unknown Status"`
/// outside 100..=599.
pub(crate) const fn class_phrase(status: u16) -> &'static str {
    match status {
        100..=199 => "Informational",
        200..=299 => "Successful",
        300..=399 => "Redirection",
        400..=499 => "Client Error",
        500..=599 => "Server Error",
        _ => "Unknown Status",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateway_statuses_have_their_standard_phrases() {
        assert_eq!(reason_phrase(502), Some("Bad Gateway"));
        assert_eq!(reason_phrase(504), Some("Gateway Timeout"));
        assert_eq!(reason_phrase(408), Some("Request Timeout"));
    }

    #[test]
    fn unregistered_statuses_are_named_by_their_class() {
        assert_eq!(reason_phrase(418), None, "(Unused) in the registry");
        assert_eq!(reason_phrase(306), None);
        assert_eq!(reason_phrase(599), None);
        assert_eq!(class_phrase(499), "Client Error");
        assert_eq!(class_phrase(599), "Server Error");
        assert_eq!(class_phrase(99), "Unknown Status");
        assert_eq!(class_phrase(600), "Unknown Status");
    }

    /// The `http` crate knows the same statuses, with the same phrases, except where
    /// RFC 9110 renamed a status (203's hyphen, 413, 422) or the registry marks it unused
    /// (418).
    #[test]
    fn phrases_agree_with_the_http_crate_but_for_rfc_9110_changes() {
        let changed = [203, 413, 418, 422];
        for status in 100..=599 {
            let theirs = http::StatusCode::from_u16(status)
                .ok()
                .and_then(|s| s.canonical_reason());
            if !changed.contains(&status) {
                assert_eq!(reason_phrase(status), theirs, "{status}");
            }
        }
        let ours = changed.map(reason_phrase);
        assert_eq!(
            ours,
            [
                Some("Non-Authoritative Information"),
                Some("Content Too Large"),
                None,
                Some("Unprocessable Content")
            ]
        );
    }
}
