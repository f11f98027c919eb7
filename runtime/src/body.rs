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
//! is still found, by the same small reader every build uses for it: whether a 429 is an
//! exhausted quota or a burst decides whether to spend credits on a retry, so it must not
//! depend on a feature.

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

impl Text {
    /// The text as its own copy, for a `Span` into `bytes` that will not be kept.
    fn owned(self, bytes: &[u8]) -> Text {
        match self {
            // A span is only ever made over UTF-8, so nothing is replaced here.
            Text::Span(range) => Text::Owned(String::from_utf8_lossy(&bytes[range]).into()),
            owned @ Text::Owned(_) => owned,
        }
    }
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
            // `from_utf8_lossy` only for bytes that need it: it is slower on valid text. The
            // fault code is still read, from the bytes: a Latin-1 faultstring or a character
            // a size limit cut in two must not hide an exhausted quota.
            Err(_) => Body {
                fault_code: fault_code(bytes).map(|code| code.owned(bytes)),
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
#[cfg(feature = "json")]
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
        // non-null value, or a string no Rust string can hold (a lone surrogate such as
        // `"\ud800"`), as the position of its JSON text, so nothing is lost.
        let field = |value: Option<&RawValue>| -> Option<Text> {
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
            // Not JSON (a truncated fault, say): whatever the fault reader finds, as without
            // `json`.
            return Body::scanned(text);
        };
        if let Some([faultstring, fault_detail]) =
            fault.and_then(|f| json::members(f.get(), ["faultstring", "detail"]))
        {
            // The same reader as without `json`, so both builds decide alike.
            let fault_code = fault_code(text.as_bytes());
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
    /// A body that is not parsed: only a gateway fault's code is read; the raw text is all
    /// there is otherwise.
    fn scanned(text: &str) -> Body {
        Body {
            fault_code: fault_code(text.as_bytes()),
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

/// The `fault.detail.errorcode` string of a gateway fault body: its place in `bytes` when
/// it is there as is (no escapes, all UTF-8), else its decoded copy. Every build reads it
/// with this one reader, `json` or not, so the quota decision cannot depend on a feature.
///
/// It follows only that path through the objects, decodes escapes in keys and in the value,
/// lets the last of duplicate keys count (as a JSON parser's map does), and skips every
/// other value without recursion, so no other field (a `detail` echoing a request, a nested
/// `errorcode`) can pose as the gateway's code and deep nesting cannot overflow the stack.
/// A body cut short still yields a code read before the cut, and bytes that are not UTF-8
/// (a Latin-1 `faultstring`, a character a size limit cut in two) hide nothing: the reader
/// works on bytes, and a key or value that is not UTF-8 matches nothing.
fn fault_code(bytes: &[u8]) -> Option<Text> {
    let json = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    let mut reader = Reader {
        bytes: json,
        skipped: bytes.len() - json.len(),
        at: 0,
        found: None,
    };
    // A syntax error stops the reading; what was found before it stands.
    let _ = reader.value_at(&["fault", "detail", "errorcode"]);
    reader.found
}

/// A forward-only reader of JSON text, just enough for [`fault_code`].
struct Reader<'a> {
    bytes: &'a [u8],
    /// How many bytes of the body come before `bytes` (a byte order mark).
    skipped: usize,
    at: usize,
    found: Option<Text>,
}

/// The text is not JSON where the reader stands.
struct NotJson;

impl Reader<'_> {
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Result<u8, NotJson> {
        let byte = *self.bytes.get(self.at).ok_or(NotJson)?;
        self.at += 1;
        Ok(byte)
    }

    fn expect(&mut self, byte: u8) -> Result<(), NotJson> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(NotJson)
        }
    }

    /// Reads the value here; `path` names the members still to follow, and at its end the
    /// value (a string, or nothing) becomes `found`.
    fn value_at(&mut self, path: &[&str]) -> Result<(), NotJson> {
        let Some((name, rest)) = path.split_first() else {
            if self.peek() == Some(b'"') {
                let start = self.at + 1;
                let code = self.string()?;
                let sent = start..self.at - 1;
                // Decoding only shortens an escape or replaces bytes that are not UTF-8, so
                // equal bytes mean the code is in the body as is.
                self.found = Some(if self.bytes[sent.clone()] == *code.as_bytes() {
                    Text::Span(self.skipped + sent.start..self.skipped + sent.end)
                } else {
                    Text::Owned(code.into_boxed_str())
                });
                return Ok(());
            }
            return self.skip();
        };
        if self.peek() != Some(b'{') {
            return self.skip();
        }
        self.at += 1;
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(());
        }
        loop {
            let key = self.string()?;
            self.expect(b':')?;
            if key == *name {
                // A later duplicate replaces everything an earlier one said.
                self.found = None;
                self.value_at(rest)?;
            } else {
                self.skip()?;
            }
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(NotJson),
            }
        }
    }

    /// A string, escapes decoded (a lone surrogate as U+FFFD).
    fn string(&mut self) -> Result<String, NotJson> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            let start = self.at;
            while !matches!(self.bytes.get(self.at), Some(b'"' | b'\\') | None) {
                self.at += 1;
            }
            // Split only at ASCII quotes and backslashes, so a piece that is not UTF-8 holds
            // bytes that are not; as U+FFFD they match no key and no fault code.
            out.push_str(&String::from_utf8_lossy(&self.bytes[start..self.at]));
            if self.next()? == b'"' {
                return Ok(out);
            }
            let c = match self.next()? {
                b'u' => {
                    let unit = self.hex4()?;
                    let high = (0xD800..0xDC00).contains(&unit);
                    if high && self.bytes[self.at..].starts_with(b"\\u") {
                        self.at += 2;
                        let low = self.hex4()?;
                        if (0xDC00..0xE000).contains(&low) {
                            let pair = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                            char::from_u32(pair).unwrap_or(char::REPLACEMENT_CHARACTER)
                        } else {
                            out.push(char::REPLACEMENT_CHARACTER);
                            char::from_u32(low).unwrap_or(char::REPLACEMENT_CHARACTER)
                        }
                    } else {
                        char::from_u32(unit).unwrap_or(char::REPLACEMENT_CHARACTER)
                    }
                }
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                byte @ (b'"' | b'\\' | b'/') => char::from(byte),
                _ => return Err(NotJson),
            };
            out.push(c);
        }
    }

    fn hex4(&mut self) -> Result<u32, NotJson> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or(NotJson)?;
        let digits = core::str::from_utf8(digits).map_err(|_| NotJson)?;
        let unit = u32::from_str_radix(digits, 16).map_err(|_| NotJson)?;
        self.at += 4;
        Ok(unit)
    }

    /// Skips one value, however deeply nested, with a counter rather than recursion.
    fn skip(&mut self) -> Result<(), NotJson> {
        let mut depth = 0usize;
        loop {
            match self.peek().ok_or(NotJson)? {
                b'"' => {
                    self.string()?;
                }
                b'{' | b'[' => {
                    self.at += 1;
                    depth += 1;
                }
                b'}' | b']' if depth > 0 => {
                    self.at += 1;
                    depth -= 1;
                }
                b',' | b':' if depth > 0 => self.at += 1,
                b'}' | b']' | b',' | b':' => return Err(NotJson),
                _ => {
                    // A number or literal: up to the next delimiter.
                    let start = self.at;
                    while let Some(byte) = self.bytes.get(self.at) {
                        if b" \t\n\r,:]}[{\"".contains(byte) {
                            break;
                        }
                        self.at += 1;
                    }
                    if self.at == start {
                        return Err(NotJson);
                    }
                }
            }
            if depth == 0 {
                return Ok(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPIKE_ARREST_VIOLATION: &str = "policies.ratelimit.SpikeArrestViolation";
    const QUOTA_FAULT: &[u8] = br#"{"fault": {"faultstring": "Rate limit quota violation. Quota limit exceeded.", "detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}"#;
    const SPIKE_FAULT: &[u8] = br#"{"fault":{"faultstring":"Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=10, periodInMicroseconds=1000000, maxBurstMessageCount=1.0}","detail":{"errorcode":"policies.ratelimit.SpikeArrestViolation"}}}"#;

    /// What the fault reader finds in `bytes`, as text.
    fn code_of(bytes: &[u8]) -> Option<String> {
        match fault_code(bytes)?.owned(bytes) {
            Text::Owned(code) => Some(code.into()),
            Text::Span(_) => unreachable!("owned() copies every span"),
        }
    }

    /// A fault code sent as is is a place in the body, behind a byte order mark too; one
    /// with escapes is its decoded copy.
    #[test]
    fn a_fault_code_as_sent_is_kept_as_its_place() {
        let quota = core::str::from_utf8(QUOTA_FAULT).unwrap();
        let at = quota.find(QUOTA_VIOLATION).unwrap();
        assert_eq!(
            fault_code(QUOTA_FAULT),
            Some(Text::Span(at..at + QUOTA_VIOLATION.len()))
        );
        let with_bom = format!("{BOM}{quota}");
        let at = with_bom.find(QUOTA_VIOLATION).unwrap();
        assert_eq!(
            fault_code(with_bom.as_bytes()),
            Some(Text::Span(at..at + QUOTA_VIOLATION.len()))
        );
        assert_eq!(
            fault_code(br#"{"fault": {"detail": {"errorcode": "a\u002eb"}}}"#),
            Some(Text::Owned("a.b".into()))
        );
        assert_eq!(
            fault_code(b"{\"fault\": {\"detail\": {\"errorcode\": \"a\xe9\"}}}"),
            Some(Text::Owned("a\u{fffd}".into()))
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
                "\u{1f600}\u{fffd}x",
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
        // A lone surrogate (Python's `json.dumps` writes one for bad input) cannot be a Rust
        // string: the text is kept as sent rather than lost.
        let lone = Body::read(br#"{"message": "bad \ud800 input", "detail": "x\udc00"}"#);
        assert_eq!(lone.message(), Some(r#""bad \ud800 input""#));
        assert_eq!(lone.detail(), Some(r#""x\udc00""#));
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
