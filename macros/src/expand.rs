//! From the attribute's input to the generated tokens: [`error_codes`] runs the whole
//! pipeline (arguments, enum, table, rules), [`expand`] only writes tokens.
//!
//! Every path in the output is absolute (`::core::...`, including primitive types), so the
//! code compiles whatever the invoking crate has in scope, even under
//! `#![no_implicit_prelude]`. Everything is generated from one list of rows, in table order.

use std::path::PathBuf;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::DeriveInput;

use crate::diagnostic::Diagnostics;
use crate::docs::{self, MethodDocs};
use crate::input::{fallback, parse_args, parse_enum};
use crate::table::{load, read};
use crate::validate::{validate, Code, STATUS_RANGE};

/// Runs the attribute: `args` and `item` are its two token streams, `search_dirs` the
/// directories the table's `path` is relative to, tried in order (the invoking crate's
/// manifest directory first).
///
/// On any mistake the output is one compile error per mistake and, in place of the enum,
/// a type that silences every error about code using it (see [`fallback`]).
pub fn error_codes(args: TokenStream, item: TokenStream, search_dirs: &[PathBuf]) -> TokenStream {
    match generate(args, item.clone(), search_dirs) {
        Ok(tokens) => tokens,
        Err(err) => fallback(item, err),
    }
}

fn generate(
    args: TokenStream,
    item: TokenStream,
    search_dirs: &[PathBuf],
) -> syn::Result<TokenStream> {
    let args = parse_args(args)?;
    let item = parse_enum(item)?;
    let shown_path = args.path.value();
    let path = resolve(search_dirs, &shown_path);
    let (source, codes) = check(&path);
    match codes {
        Ok(codes) => {
            let example_path = args.example_path.as_ref().map(syn::LitStr::value);
            Ok(expand(&item, &codes, &path.to_string_lossy(), example_path))
        }
        Err(diagnostics) => {
            // Each mistake is a compile error of its own, in file order, at `path = "..."`.
            let error = |message: String| syn::Error::new(args.path.span(), message);
            let mut errors = (diagnostics.into_sorted().into_iter())
                .map(|d| error(d.render(&shown_path, &source)));
            // `check` fails with at least one diagnostic; the default only avoids a panic.
            let mut combined =
                (errors.next()).unwrap_or_else(|| error("invalid error-code table".to_owned()));
            errors.for_each(|e| combined.combine(e));
            Err(combined)
        }
    }
}

/// Reads, loads and validates the table at `path`: its text (empty if it cannot be read)
/// and its codes, or every mistake found in it.
pub fn check(path: &std::path::Path) -> (String, Result<Vec<Code>, Diagnostics>) {
    let mut diagnostics = Diagnostics::default();
    let Some(source) = read(path, &mut diagnostics) else {
        return (String::new(), Err(diagnostics));
    };
    if !diagnostics.is_empty() {
        return (source, Err(diagnostics));
    }
    let codes = check_text(&source);
    (source, codes)
}

/// Loads and validates the text of a table: its codes, or every mistake found in it.
pub fn check_text(source: &str) -> Result<Vec<Code>, Diagnostics> {
    let mut diagnostics = Diagnostics::default();
    let table = load(source, &mut diagnostics);
    let codes = validate(&table, &mut diagnostics);
    if diagnostics.is_empty() {
        Ok(codes)
    } else {
        Err(diagnostics)
    }
}

/// The first of `search_dirs` that has a file at `path`; if none has, the path in the last
/// directory, which is the one the "cannot read" error names.
fn resolve(search_dirs: &[PathBuf], path: &str) -> PathBuf {
    let mut candidates = search_dirs.iter().map(|dir| dir.join(path));
    let last = candidates
        .next_back()
        .unwrap_or_else(|| PathBuf::from(path));
    candidates
        .find(|candidate| candidate.is_file())
        .unwrap_or(last)
}

/// The enum with one variant per code, its methods and trait impls, and the two error types.
/// `table_path` is included with `include_bytes!` so that rustc rebuilds the crate when
/// the table changes; `example_path` (`my_crate::ErrorCode`) turns on doc examples.
pub fn expand(
    item: &DeriveInput,
    codes: &[Code],
    table_path: &str,
    example_path: Option<String>,
) -> TokenStream {
    let DeriveInput {
        attrs, vis, ident, ..
    } = item;
    let unknown = format_ident!("Unknown{}", ident);
    let parse_error = format_ident!("Parse{}Error", ident);
    let Some(sample) = codes.iter().find(|c| c.status >= 400).or(codes.first()) else {
        // `validate` never returns an empty list; an enum without variants cannot have
        // the generated `match`es, so say so rather than emit broken code.
        return quote!(::core::compile_error!("the error-code table has no codes"););
    };
    let method_docs = MethodDocs {
        example_path,
        ident: ident.to_string(),
        codes,
    };
    let doc = |item: &str| docs::attrs(&method_docs.of(item));
    let variants: Vec<_> = codes.iter().map(|c| format_ident!("{}", c.name)).collect();
    let statuses: Vec<_> = codes
        .iter()
        .map(|c| Literal::u16_unsuffixed(c.status))
        .collect();
    let names: Vec<_> = codes.iter().map(|c| c.name.as_str()).collect();
    let by_status = by_status(codes);
    let first = Literal::u16_unsuffixed(*STATUS_RANGE.start());
    let span = Literal::usize_unsuffixed(STATUS_RANGE.len());
    let messages = codes.iter().map(|c| c.message.as_str());
    let descriptions = codes.iter().map(|c| c.description.as_str());
    let displays = codes.iter().map(|c| format!("{} {}", c.status, c.message));
    let retryable = codes.iter().map(|c| c.retryable);
    let variant_docs = codes.iter().map(|code| docs::attrs(&docs::variant(code)));
    let table_doc = docs::attrs(&docs::table(codes));
    let [d_all, d_as_u16, d_from_u16, d_name, d_message, d_description, d_retryable, d_success, d_client, d_server, d_display, d_into_u16, d_try_from, d_from_str, d_unknown, d_unknown_display, d_unknown_error, d_parse, d_parse_display, d_parse_debug, d_parse_error] =
        docs::ITEMS.map(doc);
    let expected = format!(
        "expected a status such as {} or a name such as {}",
        sample.status, sample.name
    );

    quote! {
        #(#attrs)*
        #table_doc
        #[repr(u16)]
        #vis enum #ident {
            #(
                #variant_docs
                #variants = #statuses,
            )*
        }

        // Makes rustc track the table, so editing it rebuilds this crate.
        const _: &[::core::primitive::u8] = ::core::include_bytes!(#table_path);

        impl #ident {
            #d_all
            #vis const ALL: &'static [Self] = &[#(Self::#variants),*];

            #d_as_u16
            #[must_use]
            #[inline]
            #vis const fn as_u16(&self) -> ::core::primitive::u16 {
                match self { #(Self::#variants => #statuses,)* }
            }

            #d_from_u16
            #[must_use]
            #[inline]
            #vis const fn from_u16(status: ::core::primitive::u16) -> ::core::option::Option<Self> {
                // One load from a table indexed by the status, clamped to its last entry
                // (a `None`) outside 100..=599. The `match` copies the entry without a
                // `Copy` bound; since each variant's discriminant is its status, it maps
                // every value to itself and compiles to nothing.
                let index = status.wrapping_sub(#first) as ::core::primitive::usize;
                let index = if index < #span { index } else { #span };
                match &Self::__ERROR_CODES_BY_STATUS[index] {
                    #(::core::option::Option::Some(Self::#variants) => ::core::option::Option::Some(Self::#variants),)*
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            #d_name
            #[must_use]
            #[inline]
            #vis const fn name(&self) -> &'static ::core::primitive::str {
                match self { #(Self::#variants => #names,)* }
            }

            #d_message
            #[must_use]
            #[inline]
            #vis const fn message(&self) -> &'static ::core::primitive::str {
                match self { #(Self::#variants => #messages,)* }
            }

            #d_description
            #[must_use]
            #[inline]
            #vis const fn description(&self) -> &'static ::core::primitive::str {
                match self { #(Self::#variants => #descriptions,)* }
            }

            #d_retryable
            #[must_use]
            #[inline]
            #vis const fn is_retryable(&self) -> ::core::primitive::bool {
                match self { #(Self::#variants => #retryable,)* }
            }

            #d_success
            #[must_use]
            #[inline]
            #vis const fn is_success(&self) -> ::core::primitive::bool {
                200 <= self.as_u16() && self.as_u16() <= 299
            }

            #d_client
            #[must_use]
            #[inline]
            #vis const fn is_client_error(&self) -> ::core::primitive::bool {
                400 <= self.as_u16() && self.as_u16() <= 499
            }

            #d_server
            #[must_use]
            #[inline]
            #vis const fn is_server_error(&self) -> ::core::primitive::bool {
                500 <= self.as_u16() && self.as_u16() <= 599
            }

            // Private helpers carry a prefix so that they cannot clash with methods the
            // user writes in an `impl` block of their own.

            /// Entry `i` is the code of status `100 + i`, if any; one more `None` at the end
            /// stands for every status outside 100..=599.
            const __ERROR_CODES_BY_STATUS: &'static [::core::option::Option<Self>; #span + 1] = &[#(#by_status),*];

            /// `from_str` for anything but three digits: a variant name or an error. Out
            /// of line so that the path for numbers inlines into the caller.
            #[inline(never)]
            fn __error_codes_from_name(text: &::core::primitive::str) -> ::core::result::Result<Self, #parse_error> {
                match text {
                    #(#names => ::core::result::Result::Ok(Self::#variants),)*
                    _ => ::core::result::Result::Err(#parse_error::new(text)),
                }
            }

            /// The display text of this code, `"<status> <message>"`.
            const fn __error_codes_display(&self) -> &'static ::core::primitive::str {
                match self { #(Self::#variants => #displays,)* }
            }
        }

        #d_display
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.__error_codes_display())
            }
        }

        #d_into_u16
        impl ::core::convert::From<#ident> for ::core::primitive::u16 {
            #[inline]
            fn from(code: #ident) -> Self {
                code.as_u16()
            }
        }

        #d_try_from
        // The error types are named, not `Self::Error` and `Self::Err`: a variant named
        // `Error` or `Err` would make those paths ambiguous (`ambiguous_associated_items`).
        impl ::core::convert::TryFrom<::core::primitive::u16> for #ident {
            type Error = #unknown;

            #[inline]
            fn try_from(status: ::core::primitive::u16) -> ::core::result::Result<Self, #unknown> {
                match Self::from_u16(status) {
                    ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
                    ::core::option::Option::None => ::core::result::Result::Err(#unknown { status }),
                }
            }
        }

        #d_from_str
        impl ::core::str::FromStr for #ident {
            type Err = #parse_error;

            #[inline]
            fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, #parse_error> {
                // Every status has three digits (100..=599). Their error is built here, from
                // the three bytes in registers, so a caller that drops it pays nothing.
                match *text.as_bytes() {
                    [a @ b'0'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9'] => {
                        let status = (a - b'0') as ::core::primitive::u16 * 100
                            + (b - b'0') as ::core::primitive::u16 * 10
                            + (c - b'0') as ::core::primitive::u16;
                        match Self::from_u16(status) {
                            ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
                            ::core::option::Option::None => ::core::result::Result::Err(#parse_error {
                                input: [a, b, c, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                                len: 3,
                                truncated: false,
                            }),
                        }
                    }
                    _ => Self::__error_codes_from_name(text),
                }
            }
        }

        #d_unknown
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        #vis struct #unknown {
            status: ::core::primitive::u16,
        }

        impl #unknown {
            /// The status that is not in the table.
            #[must_use]
            #vis const fn status(&self) -> ::core::primitive::u16 {
                self.status
            }
        }

        #d_unknown_display
        impl ::core::fmt::Display for #unknown {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "unknown status code {}: not in the error-code table", self.status)
            }
        }

        #d_unknown_error
        impl ::core::error::Error for #unknown {}

        #d_parse
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        #vis struct #parse_error {
            // The start of the rejected text, cut at a character boundary: a copy without
            // allocation, so the type works without `alloc`. Twelve bytes keep
            // `Result<Self, ThisError>` at 14 bytes; `from_str` inlines, so a caller that
            // only looks at the code never builds the error for a number.
            input: [::core::primitive::u8; 12],
            len: ::core::primitive::u8,
            truncated: ::core::primitive::bool,
        }

        impl #parse_error {
            // Only `__error_codes_from_name` calls this, out of line already: numbers
            // build their error inline.
            fn new(text: &::core::primitive::str) -> Self {
                let bytes = text.as_bytes();
                let mut input = [0; 12];
                // Copies of a fixed size, overlapping where the text is shorter than
                // their sum: for a dozen bytes a call to `memcpy` costs more.
                match bytes.len() {
                    0 => {}
                    n @ 1..=3 => {
                        input[0] = bytes[0];
                        input[n / 2] = bytes[n / 2];
                        input[n - 1] = bytes[n - 1];
                    }
                    n @ 4..=7 => {
                        input[..4].copy_from_slice(&bytes[..4]);
                        input[n - 4..n].copy_from_slice(&bytes[n - 4..n]);
                    }
                    n @ 8..=11 => {
                        input[..8].copy_from_slice(&bytes[..8]);
                        input[n - 4..n].copy_from_slice(&bytes[n - 4..n]);
                    }
                    _ => input.copy_from_slice(&bytes[..12]),
                }
                let mut len = if bytes.len() < 12 { bytes.len() } else { 12 };
                while !text.is_char_boundary(len) {
                    len -= 1;
                    input[len] = 0;
                }
                Self { input, len: len as ::core::primitive::u8, truncated: len < bytes.len() }
            }

            /// The rejected text, or its first 12 bytes (cut at a character boundary) if it
            /// was longer; `Display` then adds `...`.
            #[must_use]
            #vis fn input(&self) -> &::core::primitive::str {
                ::core::str::from_utf8(&self.input[..self.len as ::core::primitive::usize]).unwrap_or_default()
            }
        }

        #d_parse_debug
        impl ::core::fmt::Debug for #parse_error {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(::core::stringify!(#parse_error))
                    .field("input", &self.input())
                    .field("truncated", &self.truncated)
                    .finish()
            }
        }

        #d_parse_display
        impl ::core::fmt::Display for #parse_error {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let ellipsis = if self.truncated { "..." } else { "" };
                ::core::write!(f, "unknown error code {:?}{}: {}", self.input(), ellipsis, #expected)
            }
        }

        #d_parse_error
        impl ::core::error::Error for #parse_error {}
    }
}

/// `from_u16`'s table: one entry per status of 100..=599, in order, `Some(Self::Variant)`
/// where the table has the status and `None` where it has not, plus a final `None` for
/// the statuses outside that range. `validate` keeps every status in it.
fn by_status(codes: &[Code]) -> Vec<TokenStream> {
    let mut entries = vec![quote!(::core::option::Option::None); STATUS_RANGE.len() + 1];
    for code in codes {
        let variant = format_ident!("{}", code.name);
        entries[usize::from(code.status - STATUS_RANGE.start())] =
            quote!(::core::option::Option::Some(Self::#variant));
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::TempDir;
    use proptest::prelude::*;
    use std::path::Path;

    /// The crate's own directory: its `error-codes.toml` is the workspace's table (a
    /// symbolic link in the repository, a copy in the packaged crate), so these tests pass
    /// in both and read nothing outside the package.
    fn crate_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    fn real_table() -> String {
        std::fs::read_to_string(crate_dir().join("error-codes.toml")).unwrap()
    }

    fn expand_real_table() -> TokenStream {
        error_codes(
            quote!(
                path = "error-codes.toml",
                example_path = "picsart_error_codes::ErrorCode"
            ),
            quote! {
                /// Error codes of the Picsart Creative APIs.
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
                #[non_exhaustive]
                pub enum ErrorCode {}
            },
            &[crate_dir()],
        )
    }

    /// Everything `load` and `validate` report, rendered, or the codes.
    fn check(source: &str) -> Result<Vec<Code>, Vec<String>> {
        check_text(source).map_err(|diagnostics| {
            let errors = diagnostics.into_sorted().into_iter();
            errors.map(|d| d.render("t.toml", source)).collect()
        })
    }

    #[test]
    fn the_real_table_expands_to_the_reviewed_snapshot() {
        // The table's absolute path differs between checkouts: replace it, then format, so
        // that line wrapping does not depend on its length either.
        let tokens = expand_real_table()
            .to_string()
            .replace(&crate_dir().display().to_string(), "$CRATE");
        let file = syn::parse_file(&tokens).expect("the expansion parses as Rust");
        let pretty = prettyplease::unparse(&file);
        expect_test::expect_file!["../snapshots/error-codes.expanded.rs"].assert_eq(&pretty);
    }

    #[test]
    fn expanding_the_same_table_twice_gives_the_same_tokens() {
        assert_eq!(
            expand_real_table().to_string(),
            expand_real_table().to_string()
        );
    }

    #[test]
    fn a_crlf_checkout_of_the_table_expands_to_the_same_code() {
        let dir = TempDir::new("crlf");
        dir.write("error-codes.toml", real_table().replace('\n', "\r\n"));
        let args = quote!(path = "error-codes.toml");
        let item = quote!(
            pub enum E {}
        );
        let crlf = error_codes(args.clone(), item.clone(), &[dir.path().to_path_buf()]).to_string();
        let lf = error_codes(args, item, &[crate_dir()]).to_string();
        let same_path =
            |tokens: String, dir: &Path| tokens.replace(&dir.display().to_string(), "$DIR");
        assert_eq!(same_path(crlf, dir.path()), same_path(lf, &crate_dir()));
    }

    #[test]
    fn the_output_includes_the_table_so_rustc_tracks_it() {
        let expected = format!(
            "include_bytes ! ({:?})",
            crate_dir().join("error-codes.toml").display().to_string()
        );
        assert!(expand_real_table().to_string().contains(&expected));
    }

    #[test]
    fn a_broken_table_gives_one_compile_error_per_mistake_and_an_error_type() {
        let dir = TempDir::new("expand");
        dir.write(
            "t.toml",
            "[[code]]\nstatus = 1\nmessage = \"\"\ndescription = \"x\"\n",
        );
        let output = error_codes(
            quote!(path = "t.toml"),
            quote!(
                pub enum E {}
            ),
            &[dir.path().to_path_buf()],
        )
        .to_string();
        assert_eq!(output.matches("compile_error").count(), 2, "{output}");
        assert!(
            output.contains("t.toml:2:10: status 1 is out of range"),
            "{output}"
        );
        assert!(
            output.contains("pub type E = __ErrorCodesBrokenE"),
            "{output}"
        );
        assert!(!output.contains("enum"), "{output}");
    }

    #[test]
    fn a_missing_table_names_the_path_it_looked_for() {
        let output = error_codes(
            quote!(path = "nope.toml"),
            quote!(
                enum E {}
            ),
            &[PathBuf::from("/no/such/dir")],
        );
        assert!(output
            .to_string()
            .contains("cannot read the error-code table `/no/such/dir/nope.toml`"));
    }

    #[test]
    fn the_real_table_is_valid() {
        let codes = check(&real_table()).unwrap();
        assert_eq!(codes.len(), 15);
    }

    /// Characters that matter to TOML and to our rules, for mutating the real table.
    const INTERESTING: &[&str] = &[
        "\"",
        "'",
        "[",
        "]",
        "[[",
        "]]",
        "=",
        "\n",
        "#",
        "\\",
        "\\u",
        "{",
        "}",
        ",",
        ".",
        "0",
        "9",
        "-",
        "+",
        "a",
        "Z",
        " ",
        "\t",
        "é",
        "🦀",
        "\"\"\"",
        "true",
        "status",
        "name = \"Self\"",
        "\n[[code]]\n",
        "\r",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_text_never_panics(source in any::<String>()) {
            let _ = check(&source);
        }

        #[test]
        fn mutations_of_the_real_table_never_panic_and_stay_located(
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0..3u8, prop::sample::select(INTERESTING)), 1..6),
            crlf in any::<bool>(),
        ) {
            // Windows checkouts have CRLF line endings.
            let mut source = if crlf { real_table().replace('\n', "\r\n") } else { real_table() };
            for (at, kind, text) in edits {
                let mut at = at.index(source.len() + 1);
                while !source.is_char_boundary(at) {
                    at -= 1;
                }
                match kind {
                    0 => source.insert_str(at, text),
                    1 => {
                        let end = (at..=source.len()).find(|&i| source.is_char_boundary(i) && i >= at + text.len().min(source.len() - at)).unwrap_or(source.len());
                        source.replace_range(at..end, text);
                    }
                    _ => {
                        let end = (at + 1..=source.len()).find(|&i| source.is_char_boundary(i)).unwrap_or(source.len());
                        source.replace_range(at..end, "");
                    }
                }
            }
            if let Err(errors) = check(&source) {
                prop_assert!(!errors.is_empty());
                for error in errors {
                    prop_assert!(error.starts_with("t.toml:"), "{}", error);
                }
            }
        }
    }
}
