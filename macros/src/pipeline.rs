//! The stages in order, each fed what the previous one produced: the attribute's
//! arguments and enum ([`crate::input`]), the table's text ([`crate::read`]), its typed
//! rows ([`crate::table`]), the codes that pass every rule ([`crate::validate`]), and the
//! tokens ([`crate::expand`]); or, on any mistake, the errors and [`crate::fallback`].
//! One [`Diagnostics`] collects the table's mistakes through every stage.

use std::path::Path;

use proc_macro2::TokenStream;
use syn::LitStr;

use crate::diagnostic::Diagnostics;
use crate::expand::expand;
use crate::fallback;
use crate::input::{parse_args, parse_enum};
use crate::read::read;
use crate::table::load;
use crate::validate::{validate, Code};

/// Runs the attribute: `args` and `item` are its two token streams, `dir` the directory
/// the table's `path` is relative to (the invoking crate's manifest directory).
///
/// On any mistake the output is one compile error per mistake and, in place of the enum,
/// a type that silences every error about code using it (see [`fallback::expand`]).
pub fn error_codes(args: TokenStream, item: TokenStream, dir: &Path) -> TokenStream {
    match generate(args, item.clone(), dir) {
        Ok(tokens) => tokens,
        Err(err) => fallback::expand(item, err),
    }
}

fn generate(args: TokenStream, item: TokenStream, dir: &Path) -> syn::Result<TokenStream> {
    let args = parse_args(args)?;
    let item = parse_enum(item)?;
    let path = dir.join(args.path.value());
    let (source, codes) = check(&path);
    let codes = codes.map_err(|found| compile_errors(found, &args.path, &source))?;
    let example_path = args.example_path.as_ref().map(LitStr::value);
    Ok(expand(&item, &codes, &path.to_string_lossy(), example_path))
}

/// Each mistake as a compile error of its own, in file order, at `path = "..."`, with the
/// table's path as the user wrote it.
fn compile_errors(diagnostics: Diagnostics, path: &LitStr, source: &str) -> syn::Error {
    let shown_path = path.value();
    let error = |message: String| syn::Error::new(path.span(), message);
    let mut errors =
        (diagnostics.into_sorted().into_iter()).map(|d| error(d.render(&shown_path, source)));
    // `check` fails with at least one diagnostic; the default only avoids a panic.
    let mut combined =
        (errors.next()).unwrap_or_else(|| error("invalid error-code table".to_owned()));
    errors.for_each(|e| combined.combine(e));
    combined
}

/// Reads, loads and validates the table at `path`: its text (empty if it cannot be read)
/// and its codes, or every mistake found in it.
pub fn check(path: &Path) -> (String, Result<Vec<Code>, Diagnostics>) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::TempDir;
    use proptest::prelude::*;
    use quote::quote;
    use std::path::PathBuf;

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
            &crate_dir(),
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
    fn the_snapshot_table_expands_to_the_reviewed_code() {
        // A fixture, not the real table: adding a code to the real table must not mean
        // re-blessing a snapshot. Its absolute path differs between checkouts: replace it,
        // then format, so that line wrapping does not depend on its length either.
        let dir = crate_dir().join("snapshots");
        let tokens = error_codes(
            quote!(path = "table.toml", example_path = "my_crate::ErrorCode"),
            quote! {
                /// Error codes of a small API.
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
                #[non_exhaustive]
                pub enum ErrorCode {}
            },
            &dir,
        )
        .to_string()
        .replace(&dir.display().to_string(), "$DIR");
        let file = syn::parse_file(&tokens).expect("the expansion parses as Rust");
        let pretty = prettyplease::unparse(&file);
        expect_test::expect_file!["../snapshots/table.expanded.rs"].assert_eq(&pretty);
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
        let crlf = error_codes(args.clone(), item.clone(), dir.path()).to_string();
        let lf = error_codes(args, item, &crate_dir()).to_string();
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
            "[[code]]\nstatus = 1\nreason_phrase = \"\"\ndescription = \"x\"\n",
        );
        let output = error_codes(
            quote!(path = "t.toml"),
            quote!(
                pub enum E {}
            ),
            dir.path(),
        )
        .to_string();
        assert_eq!(output.matches("compile_error").count(), 2, "{output}");
        assert!(
            output.contains(
                "status 1 is out of range: expected an HTTP status in 100..=599\\n --> t.toml:2:10"
            ),
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
            Path::new("/no/such/dir"),
        );
        assert!(output
            .to_string()
            .contains("cannot read the error-code table `/no/such/dir/nope.toml`"));
    }

    #[test]
    fn the_real_table_is_valid_and_every_row_becomes_a_code() {
        let table = real_table();
        let codes = check(&table).unwrap();
        // Counted by the TOML parser alone, so the macro cannot drop a row unnoticed.
        let parsed = toml::de::DeTable::parse(&table).unwrap();
        let rows = match parsed.get_ref().get("code").map(toml::Spanned::get_ref) {
            Some(toml::de::DeValue::Array(rows)) => rows.len(),
            other => panic!("no `[[code]]` rows: {other:?}"),
        };
        assert_eq!(codes.len(), rows);
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
                    prop_assert!(error.lines().nth(1).is_some_and(|l| l.trim_start().starts_with("--> t.toml:")), "{}", error);
                }
            }
        }
    }
}
