//! What `ApiError` reads from a body (`body_code`, `message`, `detail`, `fault_code`,
//! `body`) is what a full parse into `serde_json::Value` gives, for JSON written every way
//! a server may write it: escapes anywhere, whitespace between tokens, duplicate keys, a
//! byte order mark, numbers of every shape as `code`, `detail` of every JSON type, and
//! values that are not objects at all.

use picsart_api_error::ApiError;
use proptest::prelude::*;
use serde_json::Value;

/// A JSON value as written: numbers keep their text, objects their duplicates and order.
#[derive(Debug, Clone)]
enum Json {
    Str(String),
    Num(String),
    Lit(&'static str),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// How to write the text: which characters to escape and what whitespace to put where
/// (both bit patterns, used cyclically).
struct Style {
    escapes: u64,
    spaces: u64,
    at: u32,
}

impl Style {
    fn bit(&mut self, bits: u64) -> u64 {
        self.at = self.at.wrapping_add(1);
        bits.rotate_right(self.at)
    }

    fn space(&mut self, out: &mut String) {
        let pick = self.bit(self.spaces) & 7;
        out.push_str(["", "", "", " ", "\n", "\t", "\r\n  ", " "][pick as usize]);
    }

    fn string(&mut self, s: &str, out: &mut String) {
        out.push('"');
        for c in s.chars() {
            let escape = self.bit(self.escapes) & 1 == 1;
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' if !escape => out.push_str("\\n"),
                '/' if escape => out.push_str("\\/"),
                c if escape || c.is_control() => {
                    let mut units = [0; 2];
                    for unit in c.encode_utf16(&mut units) {
                        out.push_str(&format!("\\u{unit:04X}"));
                    }
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }

    fn write(&mut self, json: &Json, out: &mut String) {
        self.space(out);
        match json {
            Json::Str(s) => self.string(s, out),
            Json::Num(n) => out.push_str(n),
            Json::Lit(l) => out.push_str(l),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "" } else { "," });
                    self.write(item, out);
                }
                self.space(out);
                out.push(']');
            }
            Json::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    out.push_str(if i == 0 { "" } else { "," });
                    self.space(out);
                    self.string(key, out);
                    self.space(out);
                    out.push(':');
                    self.write(value, out);
                }
                self.space(out);
                out.push('}');
            }
        }
        self.space(out);
    }
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| f.to_string()),
        prop::sample::select(vec![
            "422",
            "-422",
            "0",
            "-0",
            "1.50",
            "4.0",
            "1e3",
            "1E+2",
            "-1e-7",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "-9223372036854775809",
            "18446744073709551616",
            "123456789012345678901234567890",
        ])
        .prop_map(String::from),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "",
            "422",
            " 429 ",
            "+400",
            "4.2",
            "Unprocessable",
            "a\"b\\c/d",
            "line\nbreak\ttab",
            "é 😀 ٤٠٤ \u{FEFF}",
            "policies.ratelimit.QuotaViolation",
            "{\"message\": \"inner\"}",
        ])
        .prop_map(String::from),
        any::<String>(),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "code",
        "message",
        "detail",
        "fault",
        "faultstring",
        "errorcode",
        "x",
        "Message",
        "",
    ])
    .prop_map(String::from)
}

fn json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        text().prop_map(Json::Str),
        number().prop_map(Json::Num),
        prop::sample::select(vec!["null", "true", "false"]).prop_map(Json::Lit),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Arr),
            prop::collection::vec((key(), inner), 0..6).prop_map(Json::Obj),
        ]
    })
}

/// Objects shaped like the two documented bodies, with arbitrary members and duplicates.
fn body_like() -> impl Strategy<Value = Json> {
    let members = || prop::collection::vec((key(), json()), 0..6);
    (members(), members(), any::<bool>()).prop_map(|(mut top, fault, is_fault)| {
        if is_fault {
            top.push(("fault".into(), Json::Obj(fault)));
        }
        Json::Obj(top)
    })
}

/// What a field reads as, by the documented rule: a string as is, `null` as nothing, any
/// other value as its JSON text, which must parse back to the same value and be a part of
/// the body exactly as sent.
fn check_field(
    name: &str,
    got: Option<&str>,
    want: Option<&Value>,
    body: &str,
) -> Result<(), TestCaseError> {
    match want {
        None | Some(Value::Null) => prop_assert_eq!(got, None, "{}: {}", name, body),
        Some(Value::String(s)) => prop_assert_eq!(got, Some(s.as_str()), "{}: {}", name, body),
        Some(other) => {
            let got = got.ok_or_else(|| TestCaseError::fail(format!("{name} missing: {body}")))?;
            prop_assert!(
                body.contains(got),
                "{}: {:?} not as sent in {}",
                name,
                got,
                body
            );
            let reparsed: Value = serde_json::from_str(got)
                .map_err(|e| TestCaseError::fail(format!("{name}: {got:?}: {e}")))?;
            prop_assert_eq!(&reparsed, other, "{}: {}", name, body);
        }
    }
    Ok(())
}

/// `code` by the documented rule: an integer that fits `i64`, or a string holding one
/// (surrounding whitespace allowed).
fn reference_code(value: Option<&Value>) -> Option<i64> {
    match value? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_field_is_what_a_full_json_parse_finds(
        json in prop_oneof![1 => json(), 3 => body_like()],
        escapes in any::<u64>(),
        spaces in any::<u64>(),
        bom in any::<bool>(),
    ) {
        let mut text = String::from(if bom { "\u{FEFF}" } else { "" });
        Style { escapes, spaces, at: 0 }.write(&json, &mut text);
        let parsed: Value = serde_json::from_str(text.trim_start_matches('\u{FEFF}'))
            .expect("the generator writes valid JSON");
        let error = ApiError::new(400, text.as_bytes());
        prop_assert_eq!(error.body(), text.as_str());
        let fault_code = parsed.pointer("/fault/detail/errorcode").and_then(Value::as_str);
        prop_assert_eq!(error.fault_code(), fault_code, "{}", text);
        let object = parsed.as_object();
        let fault = object.and_then(|o| o.get("fault")).and_then(Value::as_object);
        if let Some(fault) = fault {
            prop_assert_eq!(error.body_code(), None, "{}", text);
            check_field("faultstring", error.body_message(), fault.get("faultstring"), &text)?;
            if let Some(code) = fault_code {
                prop_assert_eq!(error.body_detail(), Some(code), "{}", text);
            } else {
                check_field("fault detail", error.body_detail(), fault.get("detail"), &text)?;
            }
        } else {
            let get = |name: &str| object.and_then(|o| o.get(name));
            prop_assert_eq!(error.body_code(), reference_code(get("code")), "{}", text);
            check_field("message", error.body_message(), get("message"), &text)?;
            check_field("detail", error.body_detail(), get("detail"), &text)?;
        }
    }
}

/// Bodies that are not a JSON object, or not JSON: nothing is read but the text itself.
#[test]
fn bodies_that_are_not_an_object_give_no_fields() {
    for body in [
        &b""[..],
        b" ",
        b"\n\t\r ",
        b"\xEF\xBB\xBF",
        b"\xEF\xBB\xBF \n",
        b"null",
        b"422",
        b"\"message\"",
        br#"["message", {"message": "x"}]"#,
        br#"{"message": "x"} {"message": "y"}"#,
        br#"{"message": "x",}"#,
        br#"{"message": "x""#,
        b"\xEF\xBB\xBF\xEF\xBB\xBF{\"message\": \"x\"}",
        b"{\"message\": \"\xff\"}",
        b"{\"x\": \"\xff\", \"message\": \"x\"}",
    ] {
        let error = ApiError::new(400, body);
        let shown = String::from_utf8_lossy(body);
        assert_eq!(error.body_message(), None, "{shown:?}");
        assert_eq!(error.body_detail(), None, "{shown:?}");
        assert_eq!(error.body_code(), None, "{shown:?}");
        assert_eq!(error.fault_code(), None, "{shown:?}");
        assert_eq!(error.body(), shown, "{shown:?}");
    }
}
