//! The proc-macro behind [`picsart-error-codes`](https://docs.rs/picsart-error-codes): it
//! reads a TOML table of HTTP error codes at compile time, checks it, and turns an empty
//! enum into one variant per code with lookups, `Display`, conversions and rustdoc.
//!
//! You normally depend on `picsart-error-codes`, which applies this macro to
//! `error-codes.toml`; use this crate directly only to generate an enum from a table of
//! your own.
//!
//! ```
//! /// Error codes of the Picsart Creative APIs.
//! // Here the small table of this crate's tests; yours goes beside your Cargo.toml.
//! #[picsart_error_codes_macros::error_codes(path = "snapshots/table.toml")]
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
//! #[non_exhaustive]
//! pub enum ErrorCode {}
//!
//! assert_eq!(ErrorCode::NotFound.as_u16(), 404);
//! assert_eq!(ErrorCode::from_u16(503), Some(ErrorCode::ServiceUnavailable));
//! assert_eq!(ErrorCode::ServiceUnavailable.to_string(), "503 Service Unavailable");
//! ```
//!
//! # Arguments
//!
//! - `path = "..."` (required): the table, relative to the invoking crate's
//!   `CARGO_MANIFEST_DIR` (an absolute path is taken as it is). The output includes it
//!   with `include_bytes!`, so rustc tracks it; the macro reads nothing else, not even an
//!   environment variable, so no build goes stale.
//! - `example_path = "my_crate::ErrorCode"` (optional): how doctests name the enum. With it,
//!   the docs of the generated methods carry runnable examples.
//!
//! # The table
//!
//! ```toml
//! [[code]]
//! status = 404                  # HTTP status, 100..=599, unique, rows in ascending order
//! reason_phrase = "Not Found"   # the text after the status in a status line
//! description = """
//! What it means and what the caller should do (Markdown)."""
//! retryable = false             # optional, default false
//! name = "NotFound"             # optional, default: `reason_phrase` in UpperCamelCase
//! aliases = ["Missing"]         # optional: other reason phrases of the code
//! formerly = ["Missing"]        # optional: the variant's names before a rename
//! ```
//!
//! ## Renames and aliases
//!
//! Tables of codes live for years, and names change: RFC 9110 renamed 413 *Payload Too
//! Large* to *Content Too Large* and 422 *Unprocessable Entity* to *Unprocessable
//! Content*. A rename that follows keeps the old names in the row:
//!
//! ```toml
//! [[code]]
//! status = 413
//! reason_phrase = "Content Too Large"      # the variant is now `ContentTooLarge`
//! formerly = ["PayloadTooLarge"]           # the old variant name keeps working
//! aliases = ["Payload Too Large"]          # the old reason phrase is still found
//! description = "..."
//! ```
//!
//! - Each name in `formerly` becomes an associated constant equal to the renamed variant,
//!   `#[deprecated(note = "renamed to `ContentTooLarge`")]`: code that names
//!   `ErrorCode::PayloadTooLarge` in an expression or a `match` arm still builds, with a
//!   warning that names the new variant (a constant in a pattern needs the enum to derive
//!   `PartialEq` and `Eq`), and `FromStr` still accepts the old name, so values stored by
//!   name keep parsing. `name()` gives the name of today. The variant's docs list its
//!   former names. A former name is checked like a `name` (an UpperCamelCase identifier,
//!   not `Self` or `ALL`), is not the row's own name, and no other row has it as a name or
//!   a former name, nor, in any case, spacing or punctuation, as a reason phrase, name,
//!   former name or alias (`FromStr` would read `NotFound` as one code and explain `not
//!   found` as another).
//! - A former name is a constant, not a variant, and `use` cannot import a constant from
//!   an enum: `use ErrorCode::PayloadTooLarge;` fails (E0432, with no hint of the new name),
//!   and after `use ErrorCode::*;` a bare `PayloadTooLarge` in a pattern binds a new
//!   variable that matches every code, with warnings only (`unreachable pattern`, `unused
//!   variable`). Code that imports variants by name must be moved to the new name, so a
//!   rename is breaking for it even with `formerly`.
//! - `aliases` are other reason phrases of the code, given by the generated `aliases()`
//!   and in the variant's docs, and found by `picsart-explain`. `FromStr` accepts none of
//!   them, as it accepts no reason phrase: a phrase is text for people, which explain looks
//!   up forgivingly. An alias follows the rules of a reason phrase, has a letter (explain
//!   reads `404` as a status, and punctuation alone as nothing), and is not, in any case,
//!   spacing or punctuation, the reason phrase of its row, an alias listed before it, or a
//!   reason phrase, name, former name or alias of another row.
//!
//! # What is generated
//!
//! The enum keeps its attributes, docs and visibility, gains `#[repr(u16)]`, one variant
//! per row (discriminant = status, docs starting with `**404 Not Found**`) and a table of
//! all codes in its docs. It gets the `const fn`s `as_u16`, `from_u16`, `name`,
//! `reason_phrase`, `aliases`, `description`, `is_retryable`, `is_success`,
//! `is_client_error`, `is_server_error`, the constant `ALL`, a deprecated constant per
//! former name, `Display` (`404 Not Found`), `From<Enum> for u16`, `TryFrom<u16>` and
//! `FromStr` (the status, the variant name or a former name), both with the error type
//! `Invalid<Enum>` (`input()` gives what was rejected). Every path in the
//! output is absolute, so the code compiles under
//! `#![no_implicit_prelude]` and whatever names the crate defines. The output includes the
//! table with `include_bytes!`, so editing the table rebuilds the crate that uses it.
//!
//! # Errors
//!
//! A mistake never panics the macro nor produces broken code. Every mistake in the table
//! is a compile error of its own, all of them in the first build, each once: a row missing
//! a key still has its other keys checked, independent mistakes in one value are each
//! reported, and a value that breaks one rule is not checked by the rules that depend on
//! it, so nothing that follows from a mistake is reported again (an empty `reason_phrase` is
//! not also a reason phrase without a variant name). Each error is drawn by rustc's own
//! renderer (`annotate-snippets`): the message, a `--> path:line:column` line, the line
//! with carets under the offending value (aligned by display width, so wide characters do
//! not shift them; control characters shown as their control pictures), a secondary label
//! `first defined here` on the first definition of a duplicate, and, where useful, an
//! `= help:` line. rustc prints it at the `path = "..."` argument. For a table that gives
//! status 404 to two rows (`tests/broken-tables/duplicate-status.toml`; this sample is that
//! fixture's checked output, included here, so it cannot go stale):
//!
#![doc = "```text"]
#![doc = include_str!("../tests/broken-tables/duplicate-status.stderr")]
#![doc = "```"]
//!
//! When the table is broken, the enum becomes a type that rustc already knows to be in
//! error, so code that uses it (matching its variants, calling its methods, implementing
//! traits for it, storing it) adds no errors of its own, while real mistakes elsewhere
//! in the crate are still reported. The one exception is importing its variants
//! (`use ErrorCode::*;`): the broken enum is a type alias, which `use` cannot enter, so
//! rustc reports each such `use` once (and nothing that uses the names it imports).
//!
//! | Mistake | Message |
//! |---|---|
//! | TOML syntax (unterminated string, bad escape, duplicate key...) | `invalid TOML: ...`, at the parser's position, with `first defined here` on the first of a duplicate key, and a label at the start of a multi-line string left open that ran on into the next row; nothing else is checked |
//! | a row pasted without its `[[code]]` header (a duplicate key where the keys from it on repeat the row above, or a second `status` after a complete row) | `invalid TOML: duplicate key` with ``help: these keys start a new row: add a `[[code]]` line above line 12`` rather than "remove one of the two" |
//! | an unknown top-level key | ``unknown key `codes`, expected `code` `` |
//! | an unknown key in a row | ``unknown key `messgae` in a `[[code]]` row, expected one of `status`, `reason_phrase`, ...`` (every row key) with ``help: did you mean `reason_phrase`?`` for a misspelling, an abbreviation (`desc`, `retry`) or another common name (`code`, `message`, `msg`, `reason`, `phrase`), and no "missing" error for the key it stands for |
//! | a value of the wrong type | ``invalid type for `status`: expected an integer, found string`` |
//! | `[code]` instead of `[[code]]` | ``` `code` must be an array of tables, one per code ```; beside `[[code]]` rows, TOML's `duplicate key` with the `[code]` header labelled and help |
//! | a missing key | ``missing `reason_phrase` in this `[[code]]` row``, at the row's header |
//! | an empty or blank `reason_phrase`, `description` or `name` | ``` `description` is empty ``` |
//! | a status outside HTTP | `status 700 is out of range: expected an HTTP status in 100..=599` |
//! | an integer beyond 64 bits | ``` `status` does not fit in a 64-bit integer ``` |
//! | the same status twice | `duplicate status 404`, with `first defined here` on the first |
//! | rows out of ascending status order | `status 408 is out of order: rows go in ascending status order`, with `it belongs after this row` on the status it goes after and the help `move the row after the row of status 406`; only the fewest rows whose move sorts the table are reported |
//! | two rows with one variant name | ``duplicate variant name `NotFound` ``, with `first defined here` on the first; a `name` that spells another row's reason phrase, name or alias in another case, spacing or punctuation is an error too (two rows may share a reason phrase, their names telling them apart) |
//! | a `name` that cannot name a variant | ``` `type` cannot name a variant ``` |
//! | `formerly` or `aliases` not an array of strings | ``invalid type for `aliases`: expected an array of strings, found string`` with the list to write, or ``invalid type in `aliases`: expected a string, found integer`` at the item |
//! | a former name that cannot name a variant, or that is the row's name | ``` `Payload Too Large` cannot be a former variant name ```, ``` `ContentTooLarge` is the row's variant name, not a former one ``` |
//! | a former name listed twice in its row | ``duplicate former name `PayloadTooLarge` ``, with `first listed here` |
//! | a former name another row has as a name or a former name | ``duplicate variant name `NotFound` ``, with `first defined here` (`, as a former name`) |
//! | a former name or a `name` that is another row's phrase or name in another case, spacing or punctuation | `this former name is also the reason phrase of status 404`, `this name is also the reason phrase of status 404`, with the other labelled |
//! | an alias that breaks a rule of reason phrases | `an alias is empty`, `an alias contains a line break (U+000A line feed)`, `an alias ends with whitespace`... |
//! | an alias without a letter (`404`, `!!!`) | ``alias `404` has no letters`` |
//! | an alias that is its row's reason phrase, listed twice, or another row's phrase or name (in any case, spacing and punctuation) | `this alias is the row's reason phrase`, `duplicate alias`, `this alias is also the reason phrase of status 404`, with the other labelled |
//! | a reason phrase with no letters and no `name` | ``cannot derive a variant name from reason phrase `???` `` |
//! | a reason phrase with a line break (`\n`, `\r`, U+2028...) | ``` `reason_phrase` contains a line break (U+000A line feed) ```, with the reason-phrase grammar of RFC 9112, section 4 |
//! | a reason phrase with another control character than a tab, or a text-direction control (U+202A..=U+202E, U+2066..=U+2069, denied by rustc in literals) | ``` `reason_phrase` contains a control character (U+0007) ``` |
//! | a reason phrase with whitespace at either end | ``` `reason_phrase` ends with whitespace ``` with the trimmed value to write |
//! | a description with a control character other than line breaks and tabs, or a text-direction control | ``` `description` contains a control character (U+000D carriage return) ``` |
//! | a code fence in a description that is never closed | ``this code block in `description` is never closed`` |
//! | a link, image or autolink (`<localhost:8080>`) in a description whose target is not `scheme://...` or `mailto:` | ``link to `Foo` in `description`: a link must go to a full URL`` |
//! | an HTML comment in a description | ``HTML comment in `description`: the docs would not show it`` |
//! | a URL in a description that cannot be made a link, or that Markdown inside it (`&amp;`, `--`, `\_`, `_emphasis_`) would cut short | ``a URL in `description` cannot be made a link`` |
//! | Markdown whose safe rewrite (below) would change the page | ``` `description` cannot be shown in rustdoc as written ``` |
//! | no rows | `the table has no codes` |
//! | a missing file | ``cannot read the error-code table `/abs/path/error-codes.toml`: No such file or directory (os error 2)`` |
//! | a file that is not UTF-8 | `the error-code table is not valid UTF-8 (byte 0xff)`, at the byte; nothing else is checked |
//!
//! Errors about part of a description point at that part when the string is written
//! without escape sequences (a `"""` or `'''` string, typically), else at the whole value;
//! each of its Markdown problems is an error of its own. `tests/broken-tables/` in this
//! crate's repository holds one table per mistake with the exact output beside it.
//!
//! # Descriptions and reason phrases in rustdoc
//!
//! A description is Markdown read with `pulldown-cmark` and rustdoc's extensions, and it
//! lands in the docs of the crate applying the macro, where rustdoc would run code blocks
//! as doctests and warn about HTML, bare URLs and unresolved links. So the variant's docs
//! get the description rewritten to show the same page with nothing to compile or warn
//! about (`description()` still returns it as written):
//!
//! - every code block, fenced with any tag (`rust`, `ignore`, `should_panic`, `sh`...) or
//!   indented by four spaces or a tab, becomes a ```` ```text ```` block: shown as code,
//!   never compiled, and lines starting with `#` are not hidden;
//! - HTML (`<html>`, the `<u8>` of `Vec<u8>`, a `<div>` block) is escaped and shows as
//!   written;
//! - bare URLs become links (a URL that Markdown inside it would cut short, so that the
//!   link would go to another page, is an error: write it as `<https://...>`);
//! - brackets that are no link (`[Foo]`, `[x][y]`, `[^1]` without a footnote) are escaped,
//!   so rustdoc never resolves them as intra-doc links or footnotes.
//!
//! Links, footnotes, tables, headings, lists, quotes and emphasis are kept as written.
//! The reason phrase in `**404 Not Found**` and in the table of codes has its Markdown
//! characters escaped and its URLs linked. The generated examples pick their sample code
//! from the table and show rejection with a text no row has, so they hold for any table.
//!
//! Mistakes in the Rust code point at the Rust source: a missing `path`, an unknown or
//! repeated argument, the attribute on something other than an enum, an enum that already
//! has variants, generics or a `#[repr]`.

// One crate, not typify's library + thin proc-macro crate: that library would be one
// more published crate (the macro depends on it), and its public items would count
// against the budget of public items across the published crates. The expansion bench
// compiles these modules into itself instead (see its header).

// `pipeline` runs the stages in order, each on what the one before produced:
// `input` (the arguments and the enum), `read` (`path` to the table's text), `table`
// (text to typed rows with spans), `validate` (rows to codes: every rule, located errors),
// `expand` (codes to tokens, only `quote!`, with the rustdoc text from `docs`); on a
// mistake, `fallback`. `chars`, `diagnostic` and `markdown` serve the stages.
mod chars;
mod diagnostic;
mod docs;
mod expand;
mod fallback;
mod input;
mod markdown;
mod pipeline;
mod read;
mod table;
mod validate;

#[cfg(test)]
mod broken_tables;
#[cfg(test)]
mod editor_schema;
#[cfg(test)]
mod test_support;

/// Generates the variants and API of an empty enum from a TOML table of error codes.
///
/// See the [crate docs](crate) for the arguments, the table's schema, what is generated
/// and the errors a broken table gives.
#[proc_macro_attribute]
pub fn error_codes(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    pipeline::error_codes(args.into(), item.into(), &read::manifest_dir()).into()
}

// The README is the crate's crates.io page: its example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
