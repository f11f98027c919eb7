//! What an error response's body says, in the shapes the Picsart APIs use:
//!
//! - `{"code": 429, "message": "...", "detail": ...}`, every field optional, `detail` a
//!   string or any other JSON value (an object, an array of field errors);
//! - the older gateways' (Apigee's) `{"fault": {"faultstring": "...", "detail": {"errorcode": "..."}}}`.
//!
//! A UTF-8 byte order mark before the JSON is skipped (RFC 8259 §8.1 lets a parser ignore
//! it). Anything else (not JSON, or JSON of another shape) is kept only as raw text.
//!
//! Without the `json` feature nothing is parsed, except that a gateway fault's `errorcode`
//! is still found by a targeted scan: whether a 429 is an exhausted quota or a burst decides
//! whether to spend credits on a retry, so it must not depend on a feature.

/// The gateway's fault code for an exhausted quota (Apigee's Quota policy): the count for
/// the quota's period, which may be a day or a month, is used up, and only the end of the
/// period or a top-up helps. It is the one fault code with a meaning of its own here; any
/// other follows its status's rules. Notably `policies.ratelimit.SpikeArrestViolation`
/// (Apigee's SpikeArrest policy) is a burst: requests came faster than the smoothed rate
/// allows, and a moment later the same request passes, so its 429 is retried.
pub(crate) const QUOTA_VIOLATION: &str = "policies.ratelimit.QuotaViolation";

/// The fields understood from a body; all `None` if it was not understood.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Body {
    /// Whether the body was a JSON object of a known shape.
    pub understood: bool,
    pub code: Option<i64>,
    pub message: Option<String>,
    /// A string `detail` as is, any other as its JSON text exactly as sent.
    pub detail: Option<String>,
    /// `fault.detail.errorcode` of a gateway fault body.
    pub fault_code: Option<String>,
}

impl Body {
    /// Whether the body is a gateway fault for an exhausted quota.
    pub(crate) fn is_quota_fault(&self) -> bool {
        self.fault_code.as_deref() == Some(QUOTA_VIOLATION)
    }
}

/// The byte order mark RFC 8259 §8.1 allows a parser to ignore.
const BOM: &[u8] = b"\xEF\xBB\xBF";

#[cfg(feature = "json")]
impl Body {
    pub(crate) fn parse(bytes: &[u8]) -> Body {
        use serde_json::value::RawValue;
        use std::collections::BTreeMap;

        /// A JSON object with its values left as they were sent.
        type Object<'a> = BTreeMap<String, &'a RawValue>;

        fn object(json: &str) -> Option<Object<'_>> {
            serde_json::from_str(json).ok()
        }

        /// A string as is; any other non-null value as its JSON text, so nothing is lost.
        fn text(value: Option<&&RawValue>) -> Option<String> {
            let json = value?.get();
            match json.as_bytes().first() {
                Some(b'"') => serde_json::from_str(json).ok(),
                _ if json == "null" => None,
                _ => Some(json.to_owned()),
            }
        }

        fn code(value: Option<&&RawValue>) -> Option<i64> {
            let json = value?.get();
            serde_json::from_str::<i64>(json).ok().or_else(|| {
                serde_json::from_str::<String>(json)
                    .ok()?
                    .trim()
                    .parse()
                    .ok()
            })
        }

        let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
        let Some(body) = core::str::from_utf8(bytes).ok().and_then(object) else {
            // Not JSON (a truncated fault, say): whatever the scan finds, as without `json`.
            return Body::scanned(bytes);
        };
        if let Some(fault) = body.get("fault").and_then(|f| object(f.get())) {
            let detail = fault.get("detail");
            let fault_code = detail
                .and_then(|d| object(d.get()))
                .and_then(|d| text(d.get("errorcode")));
            return Body {
                understood: true,
                code: None,
                message: text(fault.get("faultstring")),
                detail: fault_code.clone().or_else(|| text(detail)),
                fault_code,
            };
        }
        Body {
            understood: ["code", "message", "detail"]
                .iter()
                .any(|k| body.contains_key(*k)),
            code: code(body.get("code")),
            message: text(body.get("message")),
            detail: text(body.get("detail")),
            fault_code: None,
        }
    }
}

impl Body {
    /// A body that is not parsed: only a gateway fault's code is looked for; the raw text
    /// is all there is otherwise.
    fn scanned(bytes: &[u8]) -> Body {
        Body {
            fault_code: scan_fault_code(bytes).map(String::from),
            ..Body::default()
        }
    }
}

#[cfg(not(feature = "json"))]
impl Body {
    pub(crate) fn parse(bytes: &[u8]) -> Body {
        Body::scanned(bytes)
    }
}

/// The `errorcode` of a gateway fault body, found without a JSON parser: the body is an
/// object naming `"fault"`, and `"errorcode"` is followed by `:` and a string without
/// escapes. Good enough for the fixed codes the gateway sends; anything unusual is `None`.
fn scan_fault_code(bytes: &[u8]) -> Option<&str> {
    let text = core::str::from_utf8(bytes.strip_prefix(BOM).unwrap_or(bytes)).ok()?;
    if !text.trim_start().starts_with('{') || !text.contains("\"fault\"") {
        return None;
    }
    let (_, rest) = text.split_once("\"errorcode\"")?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let (code, _) = rest.strip_prefix('"')?.split_once('"')?;
    (!code.contains('\\')).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPIKE_ARREST_VIOLATION: &str = "policies.ratelimit.SpikeArrestViolation";
    const QUOTA_FAULT: &[u8] = br#"{"fault": {"faultstring": "Rate limit quota violation. Quota limit exceeded.", "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}"#;
    const SPIKE_FAULT: &[u8] = br#"{"fault":{"faultstring":"Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=10, periodInMicroseconds=1000000, maxBurstMessageCount=1.0}","detail":{"errorcode":"policies.ratelimit.SpikeArrestViolation"}}}"#;

    #[test]
    fn fault_codes_are_found_with_every_feature_set() {
        let quota = Body::parse(QUOTA_FAULT);
        assert_eq!(quota.fault_code.as_deref(), Some(QUOTA_VIOLATION));
        assert!(quota.is_quota_fault());
        let spike = Body::parse(SPIKE_FAULT);
        assert_eq!(spike.fault_code.as_deref(), Some(SPIKE_ARREST_VIOLATION));
        assert!(!spike.is_quota_fault(), "a burst is not an exhausted quota");
    }

    #[test]
    fn the_scan_finds_only_a_fault_code() {
        let mut with_bom = BOM.to_vec();
        with_bom.extend_from_slice(QUOTA_FAULT);
        assert_eq!(scan_fault_code(&with_bom), Some(QUOTA_VIOLATION));
        assert_eq!(
            scan_fault_code(br#"{"fault":{"detail":{"errorcode" :  "a.b"}}}"#),
            Some("a.b")
        );
        for bytes in [
            &br#"{"detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}"#[..],
            br#"<html>"fault" "errorcode": "x"</html>"#,
            br#"{"fault": {"detail": {"errorcode": 7}}}"#,
            br#"{"fault": {"detail": {"errorcode": "a\"b"}}}"#,
            br#"{"fault": {"detail": {"errorcode": "unterminated"#,
            b"\xff{\"fault\"",
        ] {
            assert_eq!(scan_fault_code(bytes), None, "{bytes:?}");
        }
    }

    #[cfg(feature = "json")]
    #[test]
    fn the_documented_body_is_read_field_by_field() {
        let body = Body::parse(br#"{"code": 422, "message": "Unprocessable", "detail": "format: TIFF is not supported"}"#);
        assert!(body.understood && body.fault_code.is_none());
        assert_eq!(body.code, Some(422));
        assert_eq!(body.message.as_deref(), Some("Unprocessable"));
        assert_eq!(
            body.detail.as_deref(),
            Some("format: TIFF is not supported")
        );
    }

    #[cfg(feature = "json")]
    #[test]
    fn a_byte_order_mark_before_the_json_is_skipped() {
        let body = Body::parse(b"\xEF\xBB\xBF{\"code\": 401, \"message\": \"token_error\"}");
        assert!(body.understood);
        assert_eq!(
            (body.code, body.message.as_deref()),
            (Some(401), Some("token_error"))
        );
    }

    #[cfg(feature = "json")]
    #[test]
    fn every_field_is_optional_and_any_detail_is_kept_exactly() {
        let body = Body::parse(br#"{"message": "Payment Required"}"#);
        assert_eq!((body.code, body.detail), (None, None));
        for detail in [
            r#"{"reason": "missing", "field": "image"}"#,
            r#"[{"loc": ["body", "image"], "msg": "field required", "type": "value_error.missing"}]"#,
            "1.50",
            "true",
            r#""""#,
        ] {
            let body = Body::parse(format!(r#"{{"detail": {detail}}}"#).as_bytes());
            let expected = if detail == r#""""# { "" } else { detail };
            assert_eq!(body.detail.as_deref(), Some(expected));
        }
        assert_eq!(Body::parse(br#"{"detail": null}"#).detail, None);
        let escaped = Body::parse(br#"{"detail": "line\nbreak \u00e9"}"#);
        assert_eq!(escaped.detail.as_deref(), Some("line\nbreak é"));
    }

    #[cfg(feature = "json")]
    #[test]
    fn a_gateway_fault_is_understood() {
        let body = Body::parse(QUOTA_FAULT);
        assert!(body.understood);
        assert_eq!(
            body.message.as_deref(),
            Some("Rate limit quota violation. Quota limit exceeded.")
        );
        assert_eq!(body.detail, body.fault_code);
    }

    #[cfg(feature = "json")]
    #[test]
    fn other_bodies_are_not_understood() {
        for bytes in [
            &b"<html>502</html>"[..],
            b"[1, 2]",
            b"\"text\"",
            br#"{"error": "x"}"#,
            b"",
            b"\xff",
            b"\xEF\xBB\xBF",
        ] {
            assert!(!Body::parse(bytes).understood, "{bytes:?}");
        }
    }
}
