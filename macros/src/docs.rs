//! The rustdoc text of the generated items: the variants' docs, the table of all codes on
//! the enum, and the docs (with examples, when the enum's path is known) of each method.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;

use crate::markdown::{code_span, literal, render};
use crate::validate::Code;

/// `text` as one `#[doc = " line"]` attribute per line, as `///` comments would give, so
/// the expansion reads like hand-written docs.
pub fn attrs(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        }
    });
    quote!(#(#[doc = #lines])*)
}

/// `**404 Not Found**`, a blank line, then the row's description (as rewritten for
/// rustdoc: the same page, nothing compiled, nothing rustdoc warns about; see
/// [`render`]). Markdown characters of the reason phrase show as written.
pub fn variant(code: &Code) -> String {
    let retry = if code.retryable {
        "\n\nRetryable: the same request may succeed if sent again later."
    } else {
        ""
    };
    let aliases = match code.aliases.as_slice() {
        [] => String::new(),
        aliases => format!(
            "\n\nAlso known as {}.",
            list(aliases.iter().map(|alias| format!("*{}*", literal(alias))))
        ),
    };
    let formerly = match code.formerly.as_slice() {
        [] => String::new(),
        names => format!(
            "\n\nFormerly named {}: {} still works, deprecated.",
            list(names.iter().map(|name| format!("`{name}`"))),
            if names.len() == 1 {
                "that name"
            } else {
                "each of those names"
            }
        ),
    };
    format!(
        "**{} {}**\n\n{}{aliases}{formerly}{retry}",
        code.status,
        literal(&code.reason_phrase),
        render(&code.description)
    )
}

/// The docs of the deprecated constant kept for a former name of `code`.
pub fn former_name(code: &Code) -> String {
    format!(
        "The former name of [`{name}`](Self::{name}), {status} {phrase}: code written \
         against it still builds, with a deprecation warning. Use `{name}`.",
        name = code.name,
        status = code.status,
        phrase = literal(&code.reason_phrase),
    )
}

/// `a`, `a and b`, `a, b and c`.
fn list(items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.collect();
    match items.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The Markdown table of every code, appended to the enum's own docs.
pub fn table(codes: &[Code]) -> String {
    let mut out = String::from(
        "\n# Codes\n\n| Status | Variant | Reason phrase | Retryable |\n|---:|---|---|:---:|\n",
    );
    for code in codes {
        let _ = writeln!(
            out,
            "| {} | [`{}`](Self::{}) | {} | {} |",
            code.status,
            code.name,
            code.name,
            literal(&code.reason_phrase),
            if code.retryable { "yes" } else { "no" }
        );
    }
    out
}

/// A generated item or trait impl that has docs: [`MethodDocs::of`] writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// The constant `ALL`.
    All,
    /// `as_u16`.
    AsU16,
    /// `from_u16`.
    FromU16,
    /// `name`.
    Name,
    /// `reason_phrase`.
    ReasonPhrase,
    /// `aliases`.
    Aliases,
    /// `description`.
    Description,
    /// `is_retryable`.
    IsRetryable,
    /// `is_success`.
    IsSuccess,
    /// `is_client_error`.
    IsClientError,
    /// `is_server_error`.
    IsServerError,
    /// `impl Display for Enum`.
    Display,
    /// `impl From<Enum> for u16`.
    IntoU16,
    /// `impl TryFrom<u16> for Enum`.
    TryFrom,
    /// `impl FromStr for Enum`.
    FromStr,
    /// The type `Invalid<Enum>`, the error of `TryFrom<u16>` and `FromStr`.
    Invalid,
    /// `impl Debug for Invalid<Enum>`.
    InvalidDebug,
    /// `impl Display for Invalid<Enum>`.
    InvalidDisplay,
    /// `impl Error for Invalid<Enum>`.
    InvalidError,
}

impl Item {
    /// Every item, in the order they are generated.
    #[cfg(test)]
    pub const EVERY: [Item; 19] = [
        Item::All,
        Item::AsU16,
        Item::FromU16,
        Item::Name,
        Item::ReasonPhrase,
        Item::Aliases,
        Item::Description,
        Item::IsRetryable,
        Item::IsSuccess,
        Item::IsClientError,
        Item::IsServerError,
        Item::Display,
        Item::IntoU16,
        Item::TryFrom,
        Item::FromStr,
        Item::Invalid,
        Item::InvalidDebug,
        Item::InvalidDisplay,
        Item::InvalidError,
    ];
}

/// The longest line a generated example may have, so that it fits the box rustdoc draws
/// around code without a scroll bar: about 72 characters in a 1000-pixel-wide window
/// (rustfmt's 100 would overflow it).
pub const MAX_LINE: usize = 72;

/// Writes the docs of the generated items: a summary and, when the enum's path is known,
/// an example about one sample code of the table. Every example holds for any table: the
/// sample comes from the table, and a text or status it shows being rejected is one the
/// table cannot have.
pub struct MethodDocs<'a> {
    /// The enum's path as a doctest names it, such as `picsart_error_codes::ErrorCode`;
    /// `None` leaves the examples out.
    pub example_path: Option<String>,
    /// The enum's own name.
    pub ident: String,
    /// The codes of the table, in table order.
    pub codes: &'a [Code],
}

impl<'a> MethodDocs<'a> {
    /// The code the examples are about: the first error code (or the first code) whose
    /// name and reason phrase keep the example's lines short, else the one with the shortest.
    fn sample(&self) -> &'a Code {
        let length = |code: &&Code| code.name.len() + code.reason_phrase.len();
        let codes = self.codes;
        let errors = || codes.iter().filter(|code| code.status >= 400);
        errors()
            .chain(codes)
            .find(|code| length(code) <= 40)
            .or_else(|| codes.iter().min_by_key(length))
            .expect("validate never returns an empty table")
    }

    /// A text that no `FromStr` of this table accepts, for the examples of rejection: a
    /// name-like word that is no code's name or reason phrase, in any letter case.
    fn absent_name(&self) -> String {
        let taken = |candidate: &str| {
            self.codes.iter().any(|code| {
                code.name.eq_ignore_ascii_case(candidate)
                    || code.reason_phrase.eq_ignore_ascii_case(candidate)
                    || (code.formerly.iter().chain(&code.aliases))
                        .any(|other| other.eq_ignore_ascii_case(candidate))
            })
        };
        ["Teapot", "NoSuchCode", "NotACode"]
            .into_iter()
            .map(str::to_owned)
            .chain((2..).map(|n| format!("NotACode{n}")))
            .find(|candidate| !taken(candidate))
            .expect("a table has fewer codes than candidates")
    }

    /// Whether the generated `FromStr` accepts `text`: a variant name or a former one, in
    /// its letter case, or the three digits of a status in the table.
    fn parses(&self, text: &str) -> bool {
        (self.codes.iter()).any(|code| {
            code.name == text
                || code.formerly.iter().any(|f| f == text)
                || code.status.to_string() == text
        })
    }

    /// The docs of the generated `item`.
    pub fn of(&self, item: Item) -> String {
        let body = self.example(item);
        let example = match &self.example_path {
            Some(path) if !body.is_empty() => {
                format!("\n\n# Examples\n\n```\nuse {path};\n\n{body}\n```")
            }
            _ => String::new(),
        };
        format!("{}{example}", self.summary(item))
    }

    /// The summary of `item`: what it accepts and what it produces.
    fn summary(&self, item: Item) -> String {
        let (e, s) = (&self.ident, self.sample());
        let display = code_span(&format!("{} {}", s.status, s.reason_phrase));
        match item {
            Item::All => "Every code of the table, in table order.".into(),
            Item::AsU16 => "The HTTP status of this code, which is also its discriminant.".into(),
            Item::FromU16 => "The code of an HTTP status, or `None` if the table has no such status.".into(),
            Item::Name => "The variant's name, as `FromStr` accepts it.".into(),
            Item::ReasonPhrase => "The reason phrase of this code, as the table documents it: the text after the status in a status line (RFC 9110), as in `404 Not Found`.".into(),
            Item::Aliases => "Other reason phrases of this code, as the table lists them (`aliases`): older or newer names of the status that responses, logs and other documents use, such as RFC 9110's `Content Too Large` for what RFC 7231 called `Payload Too Large`. Empty if the table lists none; the reason phrase itself is not among them. `FromStr` accepts none of them (nor the reason phrase): they are words for people, looked up forgivingly by `picsart-explain`.".into(),
            Item::Description => "What this code means and what the caller should do, in Markdown, as written in the table.".into(),
            Item::IsRetryable => "Whether sending the same request again later may succeed.".into(),
            Item::IsSuccess => "Whether this is a success status (`200..=299`).".into(),
            Item::IsClientError => "Whether this is a client error status (`400..=499`).".into(),
            Item::IsServerError => "Whether this is a server error status (`500..=599`).".into(),
            Item::Display => format!(
                "Writes the status, one space and the reason phrase, such as {display}. \
                 Width, fill and alignment apply to the whole text (`{{:>24}}`)."
            ),
            Item::IntoU16 => format!("The HTTP status of a code, as [`{e}::as_u16`] gives it."),
            Item::TryFrom => format!(
                "The code of an HTTP status, as [`{e}::from_u16`] finds it; any `u16` the \
                 table does not have, including those outside `100..=599`, is an \
                 [`Invalid{e}`] error holding the status."
            ),
            Item::FromStr => format!(
                "Parses a code from its status or its variant name.\n\n\
                 Exactly two forms are accepted: the status as three ASCII digits, such as \
                 `\"{status}\"`, and the variant name as [`{e}::name`] gives it, such as \
                 `\"{name}\"`, in the same letter case, or a name the variant had before \
                 a rename (the table's `formerly`), which gives the renamed code, so values \
                 stored by name keep parsing. Nothing else is: no surrounding \
                 whitespace, sign or leading zero, neither the reason phrase, its \
                 [aliases](Self::aliases) nor the \
                 `Display` text ({display}) as such, and no status the table does not have. \
                 The error is an [`Invalid{e}`] holding the rejected text.",
                status = s.status,
                name = s.name,
            ),
            Item::Invalid => format!(
                "The error of `{e}::try_from(u16)` and of parsing a `{e}`: the status or \
                 the text is no code of the table. [`input`](Self::input) gives what was \
                 rejected."
            ),
            Item::InvalidDebug => format!(
                "Shows the rejected input (at most its first 12 bytes, cut at a character boundary) and whether it was longer, as \
                 `Invalid{e} {{ input: \"Tea\", truncated: false }}`."
            ),
            Item::InvalidDisplay => "Writes `unknown error code \"<input>\": expected a status such as ... or a name such as ...`, \
                                with at most the input's first 12 bytes (cut at a character boundary) and `...` after them if it was longer, and an example \
                                of each accepted form taken from the table.".into(),
            Item::InvalidError => "An error with no source: the rejected input is the whole story.".into(),
        }
    }

    /// The body of `item`'s example; empty for items without one.
    fn example(&self, item: Item) -> String {
        let (e, s) = (&self.ident, self.sample());
        let v = format!("{e}::{}", s.name);
        let status = s.status;
        let flag = |method: &str, value: bool| {
            let not = if value { "" } else { "!" };
            format!("let code = {v};\nassert!({not}code.{method}());")
        };
        // `let code = Enum::Variant;` then `assert_eq!(left, right);`.
        let about_code =
            |left: &str, right: &str| format!("let code = {v};\n{}", assert_eq(left, right));
        let absent = self.absent_name();
        match item {
            Item::All => format!(
                "let all = {e}::ALL;\n\
                 assert_eq!(all.len(), {});\n\
                 assert!(all.iter().any(|code| code.as_u16() == {status}));",
                self.codes.len()
            ),
            Item::AsU16 => about_code("code.as_u16()", &status.to_string()),
            Item::FromU16 => format!(
                "let code = {e}::from_u16({status});\n{}\n\
                 // Not an HTTP status, so in no table:\n\
                 assert!({e}::from_u16(999).is_none());",
                assert_eq(
                    "code.map(|code| code.name())",
                    &format!("Some({:?})", s.name)
                )
            ),
            Item::Name => about_code("code.name()", &format!("{:?}", s.name)),
            Item::ReasonPhrase => {
                about_code("code.reason_phrase()", &format!("{:?}", s.reason_phrase))
            }
            Item::Aliases if s.aliases.is_empty() => {
                format!("let code = {v};\nassert!(code.aliases().is_empty());")
            }
            Item::Aliases => about_code("code.aliases()", &format!("{:?}", s.aliases)),
            Item::Description => {
                format!("let code = {v};\nassert!(!code.description().is_empty());")
            }
            Item::IsRetryable => flag("is_retryable", s.retryable),
            Item::IsSuccess => flag("is_success", (200..300).contains(&status)),
            Item::IsClientError => flag("is_client_error", (400..500).contains(&status)),
            Item::IsServerError => flag("is_server_error", (500..600).contains(&status)),
            Item::Display => about_code(
                "code.to_string()",
                &format!("{:?}", format!("{status} {}", s.reason_phrase)),
            ),
            Item::IntoU16 => about_code("u16::from(code)", &status.to_string()),
            Item::TryFrom => format!(
                "let code = {e}::try_from({status});\n{}\n\
                 assert!({e}::try_from(999).is_err());",
                assert_eq("code.map(|code| code.as_u16())", &format!("Ok({status})"))
            ),
            Item::FromStr => self.example_of_from_str(),
            Item::Invalid => format!(
                "let err = {e}::try_from(999).unwrap_err();\n\
                 assert_eq!(err.input(), \"999\");\n\
                 let err = {absent:?}.parse::<{e}>().unwrap_err();\n\
                 assert_eq!(err.input(), {absent:?});\n\
                 let text = err.to_string();\n\
                 assert!(text.starts_with(\"unknown error code \\\"{absent}\\\"\"));"
            ),
            Item::InvalidDebug | Item::InvalidDisplay | Item::InvalidError => String::new(),
        }
    }

    /// `FromStr`'s example: the two accepted forms of the sample code, and texts close to
    /// them that are rejected.
    fn example_of_from_str(&self) -> String {
        let (e, s) = (&self.ident, self.sample());
        let status = s.status;
        let mut rejected = vec![
            format!("{:?}", s.name.to_lowercase()),
            format!("\" {status}\""),
            format!("\"0{status}\""),
            format!("\"+{status}\""),
            format!("{:?}", format!("{status} {}", s.reason_phrase)),
        ];
        if !self.parses(&s.reason_phrase) {
            rejected.push(format!("{:?}", s.reason_phrase));
        }
        let rejected: String = rejected
            .iter()
            .map(|text| format!("    {text},\n"))
            .collect();
        // A former name, if the table has one: it parses to the renamed code.
        let renamed = (self.codes.iter())
            .find_map(|code| Some((code, code.formerly.first()?)))
            .map_or_else(String::new, |(code, former)| {
                format!(
                    "\n// Renamed to {}, and still parsed:\nlet code = {former:?}.parse::<{e}>();\n{}",
                    code.name,
                    assert_eq("code.map(|code| code.as_u16())", &format!("Ok({})", code.status)),
                )
            });
        format!(
            "let code = \"{status}\".parse::<{e}>();\n{}\n\
             let name = {:?};\n\
             let code = name.parse::<{e}>();\n{}{renamed}\n\
             for text in [\n{rejected}] {{\n    assert!(text.parse::<{e}>().is_err());\n}}",
            assert_eq("code.map(|code| code.as_u16())", &format!("Ok({status})")),
            s.name,
            assert_eq("code.map(|code| code.as_u16())", &format!("Ok({status})")),
        )
    }
}

/// `assert_eq!(left, right);`, on one line if it fits [`MAX_LINE`], else one argument a
/// line, as rustfmt writes it.
fn assert_eq(left: &str, right: &str) -> String {
    let line = format!("assert_eq!({left}, {right});");
    if line.chars().count() <= MAX_LINE {
        line
    } else {
        format!("assert_eq!(\n    {left},\n    {right},\n);")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(status: u16, name: &str, reason_phrase: &str, retryable: bool) -> Code {
        Code {
            status,
            name: name.into(),
            reason_phrase: reason_phrase.into(),
            description: "Check the URL.".into(),
            retryable,
            formerly: Vec::new(),
            aliases: Vec::new(),
        }
    }

    fn docs(codes: &[Code]) -> MethodDocs<'_> {
        MethodDocs {
            example_path: Some("c::E".into()),
            ident: "E".into(),
            codes,
        }
    }

    /// Every line of `item`'s example but the `use` line, which names the path given.
    fn example_lines(docs: &MethodDocs<'_>, item: Item) -> Vec<String> {
        let text = docs.of(item);
        let code = text.split("```").nth(1).unwrap_or_default();
        code.lines()
            .filter(|line| !line.starts_with("use "))
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn attrs_give_one_doc_attribute_per_line() {
        let attrs = attrs("a \"b\"\n\n  c").to_string();
        assert_eq!(
            attrs,
            r#"# [doc = " a \"b\""] # [doc = ""] # [doc = "   c"]"#
        );
    }

    #[test]
    fn variant_docs_start_with_the_bold_status_line() {
        assert_eq!(
            variant(&code(404, "NotFound", "Not Found", false)),
            "**404 Not Found**\n\nCheck the URL."
        );
        assert!(variant(&code(404, "NotFound", "Not Found", true))
            .ends_with("may succeed if sent again later."));
    }

    #[test]
    fn variant_docs_name_the_aliases_and_the_former_names() {
        let renamed = Code {
            formerly: vec!["RequestEntityTooLarge".into(), "PayloadTooLarge".into()],
            aliases: vec!["Payload *Too* Large".into()],
            ..code(413, "ContentTooLarge", "Content Too Large", false)
        };
        assert_eq!(
            variant(&renamed),
            "**413 Content Too Large**\n\nCheck the URL.\n\nAlso known as *Payload \\*Too\\* Large*.\n\n\
             Formerly named `RequestEntityTooLarge` and `PayloadTooLarge`: each of those names still works, deprecated."
        );
        assert!(former_name(&renamed).starts_with(
            "The former name of [`ContentTooLarge`](Self::ContentTooLarge), 413 Content Too Large"
        ));
    }

    #[test]
    fn variant_docs_carry_the_description_rewritten_for_rustdoc() {
        let description =
            "For example:\n\n    curl -d '' https://api.picsart.io\n\nA Vec<u8> body.";
        let row = Code {
            description: description.into(),
            ..code(415, "UnsupportedMediaType", "Unsupported Media Type", false)
        };
        assert_eq!(
            variant(&row),
            "**415 Unsupported Media Type**\n\nFor example:\n\n```text\ncurl -d '' https://api.picsart.io\n```\n\nA Vec\\<u8\\> body."
        );
        assert!(
            row.description.contains("    curl"),
            "the code keeps it as written"
        );
    }

    #[test]
    fn markdown_characters_of_reason_phrases_show_as_written() {
        let odd = code(404, "NotFound", "Not *Found* | <b>", false);
        assert!(variant(&odd).starts_with(r"**404 Not \*Found\* \| \<b\>**"));
        let table = table(&[odd]);
        assert!(
            table.ends_with(
                "| 404 | [`NotFound`](Self::NotFound) | Not \\*Found\\* \\| \\<b\\> | no |\n"
            ),
            "{table}"
        );
    }

    #[test]
    fn method_docs_have_a_summary_and_an_example_about_the_sample_code() {
        let codes = [
            code(200, "Ok", "OK", false),
            code(404, "NotFound", "Not \"Found\"", false),
        ];
        let examples = docs(&codes);
        let reason_phrase = examples.of(Item::ReasonPhrase);
        assert!(reason_phrase.contains("use c::E;"));
        assert!(reason_phrase.contains("let code = E::NotFound;"));
        assert!(reason_phrase.contains(r#"assert_eq!(code.reason_phrase(), "Not \"Found\"");"#));
        assert!(examples
            .of(Item::IsClientError)
            .contains("let code = E::NotFound;\nassert!(code.is_client_error());"));
        assert!(examples
            .of(Item::IsRetryable)
            .contains("assert!(!code.is_retryable());"));
        for item in Item::EVERY {
            assert!(
                !examples.summary(item).is_empty(),
                "{item:?} has no summary"
            );
        }
        let without = MethodDocs {
            example_path: None,
            ..examples
        };
        assert_eq!(
            without.of(Item::Name),
            "The variant's name, as `FromStr` accepts it."
        );
    }

    #[test]
    fn rejection_examples_use_a_name_the_table_does_not_have() {
        let plain = [code(404, "NotFound", "Not Found", false)];
        assert_eq!(docs(&plain).absent_name(), "Teapot");
        let teapots = [
            code(418, "Teapot", "I'm a teapot", false),
            code(419, "NotACode", "nosuchcode", false),
        ];
        assert_eq!(docs(&teapots).absent_name(), "NotACode2");
        assert!(docs(&teapots)
            .of(Item::Invalid)
            .contains(r#""NotACode2".parse::<E>()"#));
    }

    #[test]
    fn examples_prefer_a_sample_whose_lines_are_short() {
        let codes = [
            code(400, "A".repeat(40).as_str(), "long", false),
            code(401, "Short", "Short", false),
        ];
        assert_eq!(docs(&codes).sample().status, 401);
    }

    #[test]
    fn example_lines_fit_the_box_unless_a_single_text_is_longer() {
        let long = "Request Header Fields Too Large For This Particular Server";
        let codes = [code(431, "RequestHeaderFieldsTooLarge", long, true)];
        let examples = MethodDocs {
            ident: "PicsartCreativeApiErrorCode".into(),
            ..docs(&codes)
        };
        for item in Item::EVERY {
            for line in example_lines(&examples, item) {
                if !line.contains(long) {
                    assert!(line.chars().count() <= MAX_LINE, "{item:?}: {line}");
                }
            }
        }
        assert!(examples
            .of(Item::ReasonPhrase)
            .contains(&format!("\n    {long:?},\n")));
    }

    #[test]
    fn from_str_docs_name_only_texts_that_cannot_parse() {
        // The reason phrase equals another variant's name: then it is not shown as rejected.
        let codes = [code(410, "Gone", "Gone", false)];
        let doc = docs(&codes).of(Item::FromStr);
        assert!(!doc.contains("    \"Gone\",\n"), "{doc}");
        assert!(doc.contains("    \"gone\",\n"), "{doc}");
        // The reason phrase is another code's status, which parses.
        let codes = [
            code(404, "Teapot", "418", false),
            code(418, "Other", "I'm a teapot", false),
        ];
        let doc = docs(&codes).of(Item::FromStr);
        assert!(!doc.contains("    \"418\",\n"), "{doc}");
        // A status the table does not have does not parse.
        let codes = [code(404, "Teapot", "419", false)];
        assert!(docs(&codes).of(Item::FromStr).contains("    \"419\",\n"));
    }

    /// The text of each table cell and of each `Strong` span that `markdown` renders.
    fn rendered_texts(markdown: &str) -> (Vec<String>, Vec<String>) {
        use pulldown_cmark::{Event, Parser, Tag, TagEnd};
        let (mut cells, mut strong) = (Vec::new(), Vec::new());
        let mut current: Option<String> = None;
        for event in Parser::new_ext(markdown, crate::markdown::rustdoc_options()) {
            match event {
                Event::Start(Tag::TableCell | Tag::Strong) => current = Some(String::new()),
                Event::Text(text) | Event::Code(text) => {
                    if let Some(current) = &mut current {
                        current.push_str(&text);
                    }
                }
                Event::End(TagEnd::TableCell) => cells.extend(current.take()),
                Event::End(TagEnd::Strong) => strong.extend(current.take()),
                _ => {}
            }
        }
        (cells, strong)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 1000, failure_persistence: None, ..Default::default() })]

        #[test]
        fn any_reason_phrase_shows_as_written_in_the_table_and_the_bold_line(
            phrase in r#"[!-~é🦀日][ -~\t]{0,30}[!-~é🦀日]"#,
        ) {
            let row = code(404, "NotFound", &phrase, false);
            let table = table(std::slice::from_ref(&row));
            let (cells, _) = rendered_texts(&table);
            proptest::prop_assert_eq!(&cells[6], &phrase, "{}", table);
            let (_, strong) = rendered_texts(&variant(&row));
            proptest::prop_assert_eq!(&strong[0], &format!("404 {phrase}"), "{}", variant(&row));
        }
    }
}
