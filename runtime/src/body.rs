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

/// An error response's body: its text, kept once, and the fields understood from it.
///
/// A field that appears in the body as is (a string without escapes, or a non-string
/// `detail`'s JSON) is kept as its position in the text, so that a large body is held once
/// rather than copied into its fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Body {
    /// The body as text: exactly the bytes received when they are UTF-8, else a lossy
    /// decoding (and then nothing is understood, since JSON is UTF-8).
    text: String,
    /// Whether the body was a JSON object of a known shape.
    pub understood: bool,
    pub code: Option<i64>,
    message: Option<Text>,
    /// A string `detail` as is, any other as its JSON text exactly as sent.
    detail: Option<Text>,
    /// `fault.detail.errorcode` of a gateway fault body.
    fault_code: Option<Text>,
}

/// A field's text: where it is in the body's text, or, when it differs from the bytes sent
/// (a JSON string with escapes), its own copy.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Text {
    Span(core::ops::Range<usize>),
    // Only the JSON reader unescapes strings.
    #[cfg_attr(not(feature = "json"), allow(dead_code))]
    Owned(Box<str>),
}

impl Body {
    /// Reads a body: one copy of its bytes, and the fields of the shapes above.
    pub(crate) fn read(bytes: &[u8]) -> Body {
        match core::str::from_utf8(bytes) {
            Ok(text) => {
                let mut body = Body::parse(text);
                body.text = text.to_owned();
                body
            }
            // `from_utf8_lossy` only for bytes that need it: it is slower on valid text.
            Err(_) => Body {
                text: String::from_utf8_lossy(bytes).into_owned(),
                ..Body::default()
            },
        }
    }

    /// The whole body as text.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    pub(crate) fn message(&self) -> Option<&str> {
        self.field(self.message.as_ref())
    }

    pub(crate) fn detail(&self) -> Option<&str> {
        self.field(self.detail.as_ref())
    }

    pub(crate) fn fault_code(&self) -> Option<&str> {
        self.field(self.fault_code.as_ref())
    }

    fn field<'a>(&'a self, text: Option<&'a Text>) -> Option<&'a str> {
        match text? {
            Text::Span(range) => self.text.get(range.clone()),
            Text::Owned(text) => Some(text),
        }
    }

    /// Whether the body is a gateway fault for an exhausted quota.
    pub(crate) fn is_quota_fault(&self) -> bool {
        self.fault_code() == Some(QUOTA_VIOLATION)
    }
}

/// Where `part`, a slice of `whole`, starts and ends in it.
fn span(whole: &str, part: &str) -> Text {
    let start = part.as_ptr() as usize - whole.as_ptr() as usize;
    Text::Span(start..start + part.len())
}

/// The byte order mark RFC 8259 §8.1 allows a parser to ignore.
const BOM: &str = "\u{FEFF}";

#[cfg(feature = "json")]
impl Body {
    /// The fields of `text`; the body's own text is left for the caller to fill in.
    fn parse(text: &str) -> Body {
        use serde_json::value::RawValue;

        // A string without escapes as its position, with escapes as a copy; any other
        // non-null value as the position of its JSON text, so nothing is lost.
        let field = |value: Option<&RawValue>| -> Option<Text> {
            let json = value?.get();
            match json.strip_prefix('"').and_then(|j| j.strip_suffix('"')) {
                Some(inner) if !inner.contains('\\') => Some(span(text, inner)),
                Some(_) => serde_json::from_str::<String>(json)
                    .ok()
                    .map(|s| Text::Owned(s.into_boxed_str())),
                None if json == "null" => None,
                None => Some(span(text, json)),
            }
        };
        let code = |value: Option<&RawValue>| -> Option<i64> {
            let json = value?.get();
            serde_json::from_str::<i64>(json).ok().or_else(|| {
                serde_json::from_str::<String>(json)
                    .ok()?
                    .trim()
                    .parse()
                    .ok()
            })
        };

        let json = text.strip_prefix(BOM).unwrap_or(text);
        let Some([code_value, message, detail, fault]) =
            json::members(json, ["code", "message", "detail", "fault"])
        else {
            // Not JSON (a truncated fault, say): whatever the scan finds, as without `json`.
            return Body::scanned(text);
        };
        if let Some([faultstring, fault_detail]) =
            fault.and_then(|f| json::members(f.get(), ["faultstring", "detail"]))
        {
            let fault_code = fault_detail
                .and_then(|d| json::members(d.get(), ["errorcode"]))
                .and_then(|[errorcode]| field(errorcode));
            return Body {
                understood: true,
                message: field(faultstring),
                detail: fault_code.clone().or_else(|| field(fault_detail)),
                fault_code,
                ..Body::default()
            };
        }
        Body {
            understood: code_value.is_some() || message.is_some() || detail.is_some(),
            code: code(code_value),
            message: field(message),
            detail: field(detail),
            ..Body::default()
        }
    }
}

/// Reading only the wanted members of a JSON object, without building a map of them.
#[cfg(feature = "json")]
mod json {
    use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
    use serde_json::value::RawValue;

    /// The values of the members named `names` of the JSON object `json`, as sent (the last
    /// one where a name repeats), or `None` if `json` is not an object. Other members are
    /// checked and skipped without being stored.
    pub(super) fn members<'a, const N: usize>(
        json: &'a str,
        names: [&'static str; N],
    ) -> Option<[Option<&'a RawValue>; N]> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let values = Members(names).deserialize(&mut deserializer).ok()?;
        deserializer.end().ok()?;
        Some(values)
    }

    /// `members`' reader: a JSON object's members, those named kept as raw JSON.
    struct Members<const N: usize>([&'static str; N]);

    impl<'de, const N: usize> DeserializeSeed<'de> for Members<N> {
        type Value = [Option<&'de RawValue>; N];

        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_map(self)
        }
    }

    impl<'de, const N: usize> Visitor<'de> for Members<N> {
        type Value = [Option<&'de RawValue>; N];

        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("a JSON object")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut values = [None; N];
            while let Some(index) = map.next_key_seed(Name(&self.0))? {
                match index {
                    Some(i) => values[i] = Some(map.next_value()?),
                    None => {
                        map.next_value::<de::IgnoredAny>()?;
                    }
                }
            }
            Ok(values)
        }
    }

    /// A member's name, read as the index of the wanted name it is, if any.
    struct Name<'n>(&'n [&'static str]);

    impl<'de> DeserializeSeed<'de> for Name<'_> {
        type Value = Option<usize>;

        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(self)
        }
    }

    impl Visitor<'_> for Name<'_> {
        type Value = Option<usize>;

        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("a member name")
        }

        fn visit_str<E>(self, name: &str) -> Result<Option<usize>, E> {
            Ok(self.0.iter().position(|wanted| *wanted == name))
        }
    }
}

impl Body {
    /// A body that is not parsed: only a gateway fault's code is looked for; the raw text
    /// is all there is otherwise.
    fn scanned(text: &str) -> Body {
        Body {
            fault_code: scan_fault_code(text).map(|code| span(text, code)),
            ..Body::default()
        }
    }
}

#[cfg(not(feature = "json"))]
impl Body {
    fn parse(text: &str) -> Body {
        Body::scanned(text)
    }
}

/// The `errorcode` of a gateway fault body, found without a JSON parser: the body is an
/// object naming `"fault"`, and `"errorcode"` is followed by `:` and a string without
/// escapes. Good enough for the fixed codes the gateway sends; anything unusual is `None`.
fn scan_fault_code(text: &str) -> Option<&str> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
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
        let quota = Body::read(QUOTA_FAULT);
        assert_eq!(quota.fault_code(), Some(QUOTA_VIOLATION));
        assert!(quota.is_quota_fault());
        let spike = Body::read(SPIKE_FAULT);
        assert_eq!(spike.fault_code(), Some(SPIKE_ARREST_VIOLATION));
        assert!(!spike.is_quota_fault(), "a burst is not an exhausted quota");
    }

    #[test]
    fn the_scan_finds_only_a_fault_code() {
        let quota_fault = core::str::from_utf8(QUOTA_FAULT).unwrap();
        assert_eq!(
            scan_fault_code(&format!("{BOM}{quota_fault}")),
            Some(QUOTA_VIOLATION)
        );
        assert_eq!(
            scan_fault_code(r#"{"fault":{"detail":{"errorcode" :  "a.b"}}}"#),
            Some("a.b")
        );
        for text in [
            r#"{"detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}"#,
            r#"<html>"fault" "errorcode": "x"</html>"#,
            r#"{"fault": {"detail": {"errorcode": 7}}}"#,
            r#"{"fault": {"detail": {"errorcode": "a\"b"}}}"#,
            r#"{"fault": {"detail": {"errorcode": "unterminated"#,
        ] {
            assert_eq!(scan_fault_code(text), None, "{text}");
        }
        assert_eq!(Body::read(b"\xff{\"fault\"").fault_code(), None);
    }

    #[cfg(feature = "json")]
    #[test]
    fn the_documented_body_is_read_field_by_field() {
        let body = Body::read(br#"{"code": 422, "message": "Unprocessable", "detail": "format: TIFF is not supported"}"#);
        assert!(body.understood && body.fault_code.is_none());
        assert_eq!(body.code, Some(422));
        assert_eq!(body.message(), Some("Unprocessable"));
        assert_eq!(body.detail(), Some("format: TIFF is not supported"));
    }

    #[cfg(feature = "json")]
    #[test]
    fn a_byte_order_mark_before_the_json_is_skipped() {
        let body = Body::read(b"\xEF\xBB\xBF{\"code\": 401, \"message\": \"token_error\"}");
        assert!(body.understood);
        assert_eq!(
            (body.code, body.message()),
            (Some(401), Some("token_error"))
        );
    }

    #[cfg(feature = "json")]
    #[test]
    fn every_field_is_optional_and_any_detail_is_kept_exactly() {
        let body = Body::read(br#"{"message": "Payment Required"}"#);
        assert_eq!((body.code, body.detail()), (None, None));
        for detail in [
            r#"{"reason": "missing", "field": "image"}"#,
            r#"[{"loc": ["body", "image"], "msg": "field required", "type": "value_error.missing"}]"#,
            "1.50",
            "true",
            r#""""#,
        ] {
            let body = Body::read(format!(r#"{{"detail": {detail}}}"#).as_bytes());
            let expected = if detail == r#""""# { "" } else { detail };
            assert_eq!(body.detail(), Some(expected));
        }
        assert_eq!(Body::read(br#"{"detail": null}"#).detail(), None);
        let escaped = Body::read(br#"{"detail": "line\nbreak \u00e9"}"#);
        assert_eq!(escaped.detail(), Some("line\nbreak é"));
    }

    #[cfg(feature = "json")]
    #[test]
    fn a_gateway_fault_is_understood() {
        let body = Body::read(QUOTA_FAULT);
        assert!(body.understood);
        assert_eq!(
            body.message(),
            Some("Rate limit quota violation. Quota limit exceeded.")
        );
        assert_eq!(body.detail(), body.fault_code());
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
            assert!(!Body::read(bytes).understood, "{bytes:?}");
        }
    }
}
