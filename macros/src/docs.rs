//! The rustdoc text of the generated items: the variants' docs, the table of all codes on
//! the enum, and the docs (with examples, when the enum's path is known) of each method.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;

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

/// `**404 Not Found**`, a blank line, then the row's description.
pub fn variant(code: &Code) -> String {
    let retry = if code.retryable {
        "\n\nRetryable: the same request may succeed if sent again later."
    } else {
        ""
    };
    format!(
        "**{} {}**\n\n{}{retry}",
        code.status,
        code.message,
        code.description.trim()
    )
}

/// The Markdown table of every code, appended to the enum's own docs.
pub fn table(codes: &[Code]) -> String {
    let mut out = String::from(
        "\n# Codes\n\n| Status | Variant | Message | Retryable |\n|---:|---|---|:---:|\n",
    );
    for code in codes {
        let _ = writeln!(
            out,
            "| {} | [`{}`](Self::{}) | {} | {} |",
            code.status,
            code.name,
            code.name,
            code.message.replace('|', "\\|"),
            if code.retryable { "yes" } else { "no" }
        );
    }
    out
}

/// The generated items that get docs, in the order `expand` asks for them.
pub const ITEMS: [&str; 13] = [
    "ALL",
    "as_u16",
    "from_u16",
    "name",
    "message",
    "description",
    "is_retryable",
    "is_success",
    "is_client_error",
    "is_server_error",
    "display",
    "unknown",
    "parse",
];

/// Writes the docs of the generated items: a summary and, when the enum's path is known,
/// an example about one sample code of the table.
pub struct MethodDocs<'a> {
    /// The enum's path as a doctest names it, such as `picsart_error_codes::ErrorCode`;
    /// `None` leaves the examples out.
    pub example_path: Option<String>,
    /// The enum's own name.
    pub ident: String,
    /// The code the docs talk about.
    pub sample: &'a Code,
    /// How many codes the table has.
    pub len: usize,
}

impl MethodDocs<'_> {
    /// The docs of the generated item named `item` (one of [`ITEMS`]).
    pub fn of(&self, item: &str) -> String {
        let body = self.example(item);
        let example = match &self.example_path {
            Some(path) if !body.is_empty() => {
                format!("\n\n# Examples\n\n```\nuse {path};\n\n{body}\n```")
            }
            _ => String::new(),
        };
        format!("{}{example}", self.summary(item))
    }

    /// The one-paragraph summary of `item`.
    fn summary(&self, item: &str) -> String {
        let (e, s) = (&self.ident, self.sample);
        match item {
            "ALL" => "Every code of the table, in table order.".into(),
            "as_u16" => "The HTTP status of this code, which is also its discriminant.".into(),
            "from_u16" => "The code of an HTTP status, or `None` if the table has no such status.".into(),
            "name" => "The variant's name, as `FromStr` accepts it.".into(),
            "message" => "The documented message (reason phrase) of this code.".into(),
            "description" => "What this code means and what the caller should do, in Markdown.".into(),
            "is_retryable" => "Whether sending the same request again later may succeed.".into(),
            "is_success" => "Whether this is a success status (`200..=299`).".into(),
            "is_client_error" => "Whether this is a client error status (`400..=499`).".into(),
            "is_server_error" => "Whether this is a server error status (`500..=599`).".into(),
            "display" => format!("Formats the code as its status and message, such as `{} {}`.", s.status, s.message),
            "unknown" => format!("The error of `{e}::try_from(u16)`: the status is not in the table."),
            "parse" => format!("The error of parsing a `{e}`: the text is neither a status in the table nor a variant name."),
            _ => String::new(),
        }
    }

    /// The sample variant as an expression, `ErrorCode::NotFound`.
    fn variant(&self) -> String {
        format!("{}::{}", self.ident, self.sample.name)
    }

    fn assert_flag(&self, method: &str, value: bool) -> String {
        let not = if value { "" } else { "!" };
        format!("assert!({not}{}.{method}());", self.variant())
    }

    /// The body of `item`'s example.
    fn example(&self, item: &str) -> String {
        let (e, v, s) = (&self.ident, self.variant(), self.sample);
        let status = s.status;
        match item {
            "ALL" => format!("assert_eq!({e}::ALL.len(), {});\nassert!({e}::ALL.iter().any(|code| code.as_u16() == {status}));", self.len),
            "as_u16" => format!("assert_eq!({v}.as_u16(), {status});\nassert_eq!(u16::from({v}), {status});"),
            "from_u16" => format!(
                "assert_eq!({e}::from_u16({status}).map(|code| code.name()), Some({:?}));\nassert!({e}::from_u16(999).is_none());",
                s.name
            ),
            "name" => format!("assert_eq!({v}.name(), {:?});", s.name),
            "message" => format!("assert_eq!({v}.message(), {:?});", s.message),
            "description" => format!("assert!(!{v}.description().is_empty());"),
            "is_retryable" => self.assert_flag("is_retryable", s.retryable),
            "is_success" => self.assert_flag("is_success", (200..300).contains(&status)),
            "is_client_error" => self.assert_flag("is_client_error", (400..500).contains(&status)),
            "is_server_error" => self.assert_flag("is_server_error", (500..600).contains(&status)),
            "display" => format!("assert_eq!({v}.to_string(), \"{status} {}\");", s.message.escape_debug()),
            "unknown" => format!(
                "let err = {e}::try_from(999).unwrap_err();\nassert_eq!(err.status(), 999);\nassert_eq!(err.to_string(), \"unknown status code 999: not in the error-code table\");"
            ),
            "parse" => format!(
                "let code: {e} = \"{status}\".parse().unwrap();\nassert_eq!(code.as_u16(), {status});\nlet code: {e} = {:?}.parse().unwrap();\nassert_eq!(code.as_u16(), {status});\nlet err = \"Teapot\".parse::<{e}>().unwrap_err();\nassert_eq!(err.input(), \"Teapot\");",
                s.name
            ),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(message: &str, retryable: bool) -> Code {
        Code {
            status: 404,
            name: "NotFound".into(),
            message: message.into(),
            description: "  Check the URL.\n".into(),
            retryable,
        }
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
            variant(&code("Not Found", false)),
            "**404 Not Found**\n\nCheck the URL."
        );
        assert!(variant(&code("Not Found", true)).ends_with("may succeed if sent again later."));
    }

    #[test]
    fn the_table_lists_every_code_and_escapes_pipes() {
        let table = table(&[code("A|B", true)]);
        assert!(
            table.ends_with("| 404 | [`NotFound`](Self::NotFound) | A\\|B | yes |\n"),
            "{table}"
        );
    }

    #[test]
    fn method_docs_have_a_summary_and_an_example_about_the_sample_code() {
        let sample = code("Not \"Found\"", false);
        let examples = MethodDocs {
            example_path: Some("c::E".into()),
            ident: "E".into(),
            sample: &sample,
            len: 3,
        };
        let message = examples.of("message");
        assert!(message.contains("use c::E;"));
        assert!(message.contains(r#"assert_eq!(E::NotFound.message(), "Not \"Found\"");"#));
        assert!(examples
            .of("is_client_error")
            .contains("assert!(E::NotFound.is_client_error());"));
        assert!(examples
            .of("is_retryable")
            .contains("assert!(!E::NotFound.is_retryable());"));
        assert_eq!(examples.of("no such item"), "");
        for item in ITEMS {
            assert!(!examples.summary(item).is_empty(), "{item} has no summary");
            assert!(!examples.example(item).is_empty(), "{item} has no example");
        }
        let without = MethodDocs {
            example_path: None,
            ..examples
        };
        assert_eq!(
            without.of("name"),
            "The variant's name, as `FromStr` accepts it."
        );
    }
}
