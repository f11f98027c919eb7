//! What an error response's body says, in the shapes the Picsart APIs use:
//!
//! - `{"code": 429, "message": "...", "detail": "..."}`, every field optional, `detail`
//!   sometimes an object;
//! - the older gateways' `{"fault": {"faultstring": "...", "detail": {"errorcode": "..."}}}`.
//!
//! Anything else (not JSON, or JSON of another shape) is kept only as raw text.

/// The fields understood from a body; all `None` if it was not understood.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Body {
    /// Whether the body was a JSON object of a known shape.
    pub understood: bool,
    pub code: Option<i64>,
    pub message: Option<String>,
    pub detail: Option<String>,
    /// `fault.detail.errorcode` of a gateway fault body.
    pub fault_code: Option<String>,
    /// Whether the body was a gateway fault.
    pub fault: bool,
}

impl Body {
    /// Whether the body is a gateway fault for an exhausted quota.
    pub(crate) fn is_quota_fault(&self) -> bool {
        self.fault
    }
}

#[cfg(feature = "json")]
impl Body {
    pub(crate) fn parse(bytes: &[u8]) -> Body {
        use serde_json::{Map, Value};

        /// A string as is; any other non-null value as compact JSON, so nothing is lost.
        fn text(value: Option<&Value>) -> Option<String> {
            match value? {
                Value::Null => None,
                Value::String(text) => Some(text.clone()),
                other => Some(other.to_string()),
            }
        }

        fn code(value: Option<&Value>) -> Option<i64> {
            match value? {
                Value::Number(number) => number.as_i64(),
                Value::String(text) => text.trim().parse().ok(),
                _ => None,
            }
        }

        let Ok(Value::Object(object)) = serde_json::from_slice::<Value>(bytes) else {
            return Body::default();
        };
        if let Some(Value::Object(fault)) = object.get("fault") {
            let detail = fault.get("detail");
            let fault_code = detail
                .and_then(Value::as_object)
                .and_then(|d| text(d.get("errorcode")));
            return Body {
                understood: true,
                code: None,
                message: text(fault.get("faultstring")),
                detail: fault_code.clone().or_else(|| text(detail)),
                fault_code,
                fault: true,
            };
        }
        let known = |object: &Map<String, Value>| {
            ["code", "message", "detail"]
                .iter()
                .any(|k| object.contains_key(*k))
        };
        Body {
            understood: known(&object),
            code: code(object.get("code")),
            message: text(object.get("message")),
            detail: text(object.get("detail")),
            fault_code: None,
            fault: false,
        }
    }
}

#[cfg(not(feature = "json"))]
impl Body {
    /// Without the `json` feature nothing is parsed; the raw text is all there is.
    pub(crate) fn parse(_bytes: &[u8]) -> Body {
        Body::default()
    }
}

#[cfg(all(test, feature = "json"))]
mod tests {
    use super::*;

    #[test]
    fn the_documented_body_is_read_field_by_field() {
        let body = Body::parse(br#"{"code": 422, "message": "Unprocessable", "detail": "format: TIFF is not supported"}"#);
        assert!(body.understood && !body.fault);
        assert_eq!(body.code, Some(422));
        assert_eq!(body.message.as_deref(), Some("Unprocessable"));
        assert_eq!(
            body.detail.as_deref(),
            Some("format: TIFF is not supported")
        );
    }

    #[test]
    fn every_field_is_optional_and_an_object_detail_is_kept_as_json() {
        let body = Body::parse(br#"{"message": "Payment Required"}"#);
        assert_eq!((body.code, body.detail), (None, None));
        let body = Body::parse(br#"{"detail": {"field": "image", "reason": "missing"}}"#);
        assert_eq!(
            body.detail.as_deref(),
            Some(r#"{"field":"image","reason":"missing"}"#)
        );
    }

    #[test]
    fn a_gateway_fault_is_understood() {
        let body = Body::parse(
            br#"{"fault": {"faultstring": "Rate limit quota violation. Quota limit exceeded.", "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}"#,
        );
        assert!(body.fault);
        assert_eq!(
            body.message.as_deref(),
            Some("Rate limit quota violation. Quota limit exceeded.")
        );
        assert_eq!(
            body.fault_code.as_deref(),
            Some("policies.ratelimit.QuotaViolation")
        );
        assert_eq!(body.detail, body.fault_code);
    }

    #[test]
    fn other_bodies_are_not_understood() {
        for bytes in [
            &b"<html>502</html>"[..],
            b"[1, 2]",
            b"\"text\"",
            br#"{"error": "x"}"#,
            b"",
            b"\xff",
        ] {
            assert!(!Body::parse(bytes).understood, "{bytes:?}");
        }
    }
}
