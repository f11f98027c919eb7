//! What an error response's body says, in the shapes the Picsart APIs use:
//!
//! - `{"code": 429, "message": "...", "detail": ...}`, every field optional, `detail` a
//!   string or any other JSON value (an object, an array of field errors);
//! - the older gateways' (Apigee's) `{"fault": {"faultstring": "...", "detail": {"errorcode": "..."}}}`.
//!
//! A UTF-8 byte order mark before the JSON is skipped (RFC 8259 §8.1 lets a parser ignore
//! it). Anything else (not JSON, or JSON of another shape) is kept only as raw text.
//!
//! Whether a 429 is an exhausted quota or a burst decides whether to spend credits on a
//! retry, so a gateway fault's `errorcode` is found even where nothing else is: in a body
//! cut short by a size limit (if the code came before the cut), and in a body that is not
//! UTF-8 (a Latin-1 `faultstring`), read through its lossy decoding.

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

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
    /// decoding (and then only the fault code is understood, since JSON is UTF-8).
    text: String,
    /// Whether the body was a JSON object of a known shape.
    pub understood: bool,
    /// Whether the body holds text beyond its `message`, `detail` and number `code` (or a
    /// fault's `faultstring` and `errorcode`): a member under another name that is not
    /// `null`, or a `code` that is not a number. The log line then shows the whole body,
    /// so that nothing the server said is lost from it.
    pub other_text: bool,
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
            // JSON is UTF-8, so of such a body only the fault code is kept: a Latin-1
            // `faultstring` or a character a size limit cut in two must not hide an
            // exhausted quota, and a key or code with a replaced byte matches nothing.
            Err(_) => {
                let text = String::from_utf8_lossy(bytes).into_owned();
                Body {
                    fault_code: Body::parse(&text).fault_code,
                    text,
                    ..Body::default()
                }
            }
        }
    }

    /// Reads a body it may keep: no copy when it is UTF-8.
    pub(crate) fn read_owned(bytes: Vec<u8>) -> Body {
        match String::from_utf8(bytes) {
            Ok(text) => {
                let mut body = Body::parse(&text);
                body.text = text;
                body
            }
            Err(error) => Body::read(error.as_bytes()),
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

impl Body {
    /// The fields of `text`; the body's own text is left for the caller to fill in.
    ///
    /// The JSON is read with `serde_json` member by member, and each member is recorded as
    /// soon as it is read, so a body cut short (by a size limit) still gives the members
    /// read before the cut: above all a gateway fault's code. Such a body is not
    /// `understood`, and only its fault code is kept.
    fn parse(text: &str) -> Body {
        let json = text.strip_prefix(BOM).unwrap_or(text);
        let mut members = Members::default();
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let complete = Top(&mut members)
            .deserialize(&mut deserializer)
            .and_then(|()| deserializer.end())
            .is_ok();
        let field = |value: Option<&RawValue>| field(text, value);
        let fault_code = members.fault_code().and_then(|code| field(Some(code)));
        if !complete {
            return Body {
                fault_code,
                ..Body::default()
            };
        }
        if members.fault {
            // `detail` shows only the `errorcode` when there is one: the rest is other text.
            let detail_beside_code = fault_code.is_some()
                && members
                    .fault_detail
                    .is_some_and(|detail| has_other_members(detail.get(), "errorcode"));
            return Body {
                understood: true,
                other_text: members.other || detail_beside_code,
                message: field(members.faultstring),
                detail: fault_code.clone().or_else(|| field(members.fault_detail)),
                fault_code,
                ..Body::default()
            };
        }
        let number = members.code.and_then(code);
        let code_text = members
            .code
            .is_some_and(|json| number.is_none() && json.get() != "null");
        Body {
            understood: members.code.is_some()
                || members.message.is_some()
                || members.detail.is_some(),
            other_text: members.other || code_text,
            code: number,
            message: field(members.message),
            detail: field(members.detail),
            ..Body::default()
        }
    }
}

/// A member's text: a string without escapes as its position in `text`, with escapes as a
/// decoded copy; any other non-null value, or a string no Rust string can hold (a lone
/// surrogate such as `"\ud800"`), as the position of its JSON text, so nothing is lost.
fn field(text: &str, value: Option<&RawValue>) -> Option<Text> {
    let json = value?.get();
    match json.strip_prefix('"').and_then(|j| j.strip_suffix('"')) {
        Some(inner) if !inner.contains('\\') => Some(span(text, inner)),
        Some(_) => Some(match serde_json::from_str::<String>(json) {
            Ok(s) => Text::Owned(s.into_boxed_str()),
            Err(_) => span(text, json),
        }),
        None if json == "null" => None,
        None => Some(span(text, json)),
    }
}

/// Whether the JSON object `json` has a member not named `name` that is not `null`.
fn has_other_members(json: &str, name: &str) -> bool {
    type Members = std::collections::BTreeMap<String, Option<IgnoredAny>>;
    serde_json::from_str::<Members>(json)
        .is_ok_and(|members| members.iter().any(|(n, v)| n != name && v.is_some()))
}

/// The body's `code`: a JSON integer, or a string holding one.
fn code(value: &RawValue) -> Option<i64> {
    let json = value.get();
    serde_json::from_str::<i64>(json).ok().or_else(|| {
        serde_json::from_str::<String>(json)
            .ok()?
            .trim_matches([' ', '\t'])
            .parse()
            .ok()
    })
}

/// The members of an error body that are read, as sent; of a name that repeats, the last
/// one counts (as in a JSON parser's map).
#[derive(Default)]
struct Members<'j> {
    code: Option<&'j RawValue>,
    message: Option<&'j RawValue>,
    detail: Option<&'j RawValue>,
    /// Whether a member of another name than those read, and not `null`, was seen at the
    /// top level or in `fault`.
    other: bool,
    /// Whether the body has a `fault` object: then the members below are its own.
    fault: bool,
    faultstring: Option<&'j RawValue>,
    fault_detail: Option<&'j RawValue>,
}

impl<'j> Members<'j> {
    /// `fault.detail.errorcode`, when it is a string.
    fn fault_code(&self) -> Option<&'j RawValue> {
        let [code] = object(self.fault_detail?.get(), ["errorcode"])?;
        code.filter(|code| code.get().starts_with('"'))
    }
}

/// The body's top level, an object: its members recorded into `Members` as they are read.
struct Top<'m, 'j>(&'m mut Members<'j>);

impl<'de> DeserializeSeed<'de> for Top<'_, 'de> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Top<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        const NAMES: [&str; 4] = ["code", "message", "detail", "fault"];
        while let Some(index) = map.next_key_seed(Name(&NAMES))? {
            match index {
                Some(0) => self.0.code = Some(map.next_value()?),
                Some(1) => self.0.message = Some(map.next_value()?),
                Some(2) => self.0.detail = Some(map.next_value()?),
                Some(_) => map.next_value_seed(Fault(&mut *self.0))?,
                None => self.0.other |= map.next_value::<Option<IgnoredAny>>()?.is_some(),
            }
        }
        Ok(())
    }
}

/// The `fault` member: an object whose `faultstring` and `detail` are recorded as they
/// are read. Any other value is skipped, and the body is read as a body without a fault.
struct Fault<'m, 'j>(&'m mut Members<'j>);

impl<'de> DeserializeSeed<'de> for Fault<'_, 'de> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Fault<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // A later `fault` replaces an earlier one whole.
        let members = self.0;
        (members.fault, members.faultstring, members.fault_detail) = (true, None, None);
        while let Some(index) = map.next_key_seed(Name(&["faultstring", "detail"]))? {
            match index {
                Some(0) => members.faultstring = Some(map.next_value()?),
                Some(_) => members.fault_detail = Some(map.next_value()?),
                None => members.other |= map.next_value::<Option<IgnoredAny>>()?.is_some(),
            }
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        self.replaced_by_another_value();
        IgnoredAny.visit_seq(seq).map(|_| ())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.replaced_by_another_value();
        Ok(())
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.replaced_by_another_value();
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.replaced_by_another_value();
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.replaced_by_another_value();
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.replaced_by_another_value();
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.replaced_by_another_value();
        Ok(())
    }
}

impl Fault<'_, '_> {
    /// A `fault` that is not an object: it replaces an earlier fault object whole (the
    /// last of duplicate names counts), so the body has no fault.
    fn replaced_by_another_value(self) {
        let members = self.0;
        (members.fault, members.faultstring, members.fault_detail) = (false, None, None);
    }
}

/// The values of the members named `names` of the JSON object `json`, as sent (the last
/// one where a name repeats), or `None` if `json` is not an object.
fn object<'a, const N: usize>(
    json: &'a str,
    names: [&'static str; N],
) -> Option<[Option<&'a RawValue>; N]> {
    struct Object<const N: usize>([&'static str; N]);

    impl<'de, const N: usize> Visitor<'de> for Object<N> {
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
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            Ok(values)
        }
    }

    let mut deserializer = serde_json::Deserializer::from_str(json);
    let values = deserializer.deserialize_map(Object(names)).ok()?;
    deserializer.end().ok()?;
    Some(values)
}

/// A member's name, read as the index of the wanted name it is, if any; escapes in the
/// name are decoded first (`"error\u0063ode"` is `errorcode`).
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

#[cfg(test)]
mod tests {
    use super::*;

    const SPIKE_ARREST_VIOLATION: &str = "policies.ratelimit.SpikeArrestViolation";
    const QUOTA_FAULT: &[u8] = br#"{"fault": {"faultstring": "Rate limit quota violation. Quota limit exceeded.", "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}"#;
    const SPIKE_FAULT: &[u8] = br#"{"fault":{"faultstring":"Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=10, periodInMicroseconds=1000000, maxBurstMessageCount=1.0}","detail":{"errorcode":"policies.ratelimit.SpikeArrestViolation"}}}"#;

    /// The fault code found in `bytes`, as text.
    fn code_of(bytes: &[u8]) -> Option<String> {
        Body::read(bytes).fault_code().map(String::from)
    }

    /// A fault code sent as is is a place in the body, behind a byte order mark too; one
    /// with escapes is its decoded copy.
    #[test]
    fn a_fault_code_as_sent_is_kept_as_its_place() {
        let quota = core::str::from_utf8(QUOTA_FAULT).unwrap();
        let at = quota.find(QUOTA_VIOLATION).unwrap();
        assert_eq!(
            Body::read(QUOTA_FAULT).fault_code,
            Some(Text::Span(at..at + QUOTA_VIOLATION.len()))
        );
        let with_bom = format!("{BOM}{quota}");
        let at = with_bom.find(QUOTA_VIOLATION).unwrap();
        assert_eq!(
            Body::read(with_bom.as_bytes()).fault_code,
            Some(Text::Span(at..at + QUOTA_VIOLATION.len()))
        );
        assert_eq!(
            Body::read(br#"{"fault": {"detail": {"errorcode": "a\u002eb"}}}"#).fault_code,
            Some(Text::Owned("a.b".into()))
        );
        assert_eq!(
            code_of(b"{\"fault\": {\"detail\": {\"errorcode\": \"a\xe9\"}}}").as_deref(),
            Some("a\u{fffd}")
        );
    }

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
    fn the_reader_finds_only_a_fault_code() {
        let mut with_bom = BOM.as_bytes().to_vec();
        with_bom.extend_from_slice(QUOTA_FAULT);
        assert_eq!(code_of(&with_bom).as_deref(), Some(QUOTA_VIOLATION));
        for (bytes, code) in [
            (
                &br#"{"fault":{"detail":{"errorcode" :  "a.b"}}}"#[..],
                "a.b",
            ),
            (br#"{"fault": {"detail": {"errorcode": "a\"b"}}}"#, "a\"b"),
            (
                br#" {"fault":{"detail":{"errorcode":"\ud83d\ude00\ud800x"}}}"#,
                r#""\ud83d\ude00\ud800x""#,
            ),
            (
                br#"{"fault": {"detail": {"errorcode": "a.b"}, "faultstring": "cut sho"#,
                "a.b",
            ),
        ] {
            assert_eq!(code_of(bytes).as_deref(), Some(code), "{bytes:?}");
        }
        for bytes in [
            &br#"{"detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}"#[..],
            br#"<html>"fault" "errorcode": "x"</html>"#,
            br#"{"fault": {"detail": {"errorcode": 7}}}"#,
            br#"{"fault": {"detail": {"errorcode": "unterminated"#,
            br#"{"fault": {"detail": {"errorcode": "bad \escape"}}}"#,
            b"\xff{\"fault\"",
        ] {
            assert_eq!(code_of(bytes), None, "{bytes:?}");
        }
    }

    /// Whether a body is an exhausted quota decides whether credits are spent on a retry, so
    /// every build must read the same fault code from it, and only from
    /// `fault.detail.errorcode`: escapes decoded, the last of duplicate keys counting (as a
    /// JSON parser does), and nothing taken from another field that merely looks like it.
    #[test]
    fn the_fault_code_comes_from_its_place_only_the_same_in_every_build() {
        let quota = Some(QUOTA_VIOLATION);
        for (body, expected) in [
            (
                &br#"{"fault": {"detail": {"errorcode": "policies.ratelimit.Quota\u0056iolation"}}}"#[..],
                quota,
            ),
            (
                br#"{"fault": {"detail": {"error\u0063ode": "policies.ratelimit.QuotaViolation"}}}"#,
                quota,
            ),
            (
                br#"{"fault": {"detail": {"errorcode": "policies.ratelimit.SpikeArrestViolation", "errorcode": "policies.ratelimit.QuotaViolation"}}}"#,
                quota,
            ),
            (
                br#"{"fault": {"detail": {"errorcode": "policies.ratelimit.QuotaViolation"}, "detail": {}}}"#,
                None,
            ),
            (
                br#"{"message": "fault", "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}"#,
                None,
            ),
            (
                br#"{"fault": {"detail": {"source": {"errorcode": "policies.ratelimit.QuotaViolation"}, "errorcode": "policies.ratelimit.SpikeArrestViolation"}}}"#,
                Some(SPIKE_ARREST_VIOLATION),
            ),
            (
                br#"{"fault": {"faultstring": "{\"errorcode\": \"policies.ratelimit.QuotaViolation\"}", "detail": {}}}"#,
                None,
            ),
            (br#"{"fault": {"detail": {"errorcode": 7}}}"#, None),
            (
                br#"{"fault": {"detail": {"errorcode": " policies.ratelimit.QuotaViolation "}}}"#,
                Some(" policies.ratelimit.QuotaViolation "),
            ),
        ] {
            let read = Body::read(body);
            assert_eq!(
                read.fault_code(),
                expected,
                "{}",
                String::from_utf8_lossy(body)
            );
            assert_eq!(read.is_quota_fault(), expected == quota);
        }
    }

    /// Bytes that are not UTF-8 elsewhere in the body (a faultstring in Latin-1, a
    /// character cut in two by a client's size limit) do not hide the fault code: losing it
    /// would turn an exhausted quota into a retried burst, with every build.
    #[test]
    fn bytes_that_are_not_utf8_elsewhere_do_not_hide_the_fault_code() {
        let fault = r#"{"fault": {"detail": {"errorcode": "policies.ratelimit.QuotaViolation"}, "faultstring": "Quota é exceeded"}}"#;
        let cut_mid_char = &fault.as_bytes()[..fault.find('é').unwrap() + 1];
        let latin1 = fault.replace('é', "\u{0}").replace('\u{0}', "\u{e9}");
        let mut latin1 = latin1.into_bytes();
        let at = latin1.iter().position(|&b| b == 0xC3).unwrap();
        latin1.remove(at); // 0xE9 alone: é in Latin-1
        let invalid_key =
            b"{\"fault\": {\"\xff\": 1, \"detail\": {\"errorcode\": \"policies.ratelimit.QuotaViolation\"}}}";
        for bytes in [cut_mid_char, &latin1, invalid_key] {
            assert!(core::str::from_utf8(bytes).is_err());
            let body = Body::read(bytes);
            assert_eq!(
                body.fault_code(),
                Some(QUOTA_VIOLATION),
                "{}",
                String::from_utf8_lossy(bytes)
            );
        }
        // A key or code that is not UTF-8 matches nothing.
        for bytes in [
            &b"{\"fault\": {\"detail\": {\"errorcod\xe9\": \"policies.ratelimit.QuotaViolation\"}}}"[..],
            b"{\"fault\": {\"detail\": {\"errorcode\": \"policies.ratelimit.QuotaViolation\xff\"}}}",
        ] {
            assert!(!Body::read(bytes).is_quota_fault());
        }
    }

    #[test]
    fn deep_or_huge_bodies_are_read_without_overflowing_the_stack() {
        // serde_json skips a value it ignores without recursion, so depth costs nothing.
        let deep = format!(
            r#"{{"fault": {{"x": {}{}, "detail": {{"errorcode": "a.b"}}}}}}"#,
            "[".repeat(200_000),
            "]".repeat(200_000)
        );
        assert_eq!(Body::read(deep.as_bytes()).fault_code(), Some("a.b"));
        assert_eq!(
            Body::read("[{".repeat(500_000).as_bytes()).fault_code(),
            None
        );
    }

    #[test]
    fn the_documented_body_is_read_field_by_field() {
        let body = Body::read(br#"{"code": 422, "message": "Unprocessable", "detail": "format: TIFF is not supported"}"#);
        assert!(body.understood && body.fault_code.is_none());
        assert_eq!(body.code, Some(422));
        assert_eq!(body.message(), Some("Unprocessable"));
        assert_eq!(body.detail(), Some("format: TIFF is not supported"));
    }

    #[test]
    fn a_byte_order_mark_before_the_json_is_skipped() {
        let body = Body::read(b"\xEF\xBB\xBF{\"code\": 401, \"message\": \"token_error\"}");
        assert!(body.understood);
        assert_eq!(
            (body.code, body.message()),
            (Some(401), Some("token_error"))
        );
    }

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
        // A lone surrogate (Python's `json.dumps` writes one for bad input) cannot be a Rust
        // string: the text is kept as sent rather than lost.
        let lone = Body::read(br#"{"message": "bad \ud800 input", "detail": "x\udc00"}"#);
        assert_eq!(lone.message(), Some(r#""bad \ud800 input""#));
        assert_eq!(lone.detail(), Some(r#""x\udc00""#));
    }

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
