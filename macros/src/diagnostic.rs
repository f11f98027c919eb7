//! Located errors in the table and how they are printed.
//!
//! Rust spans cannot point into a TOML file, so a [`Diagnostic`] carries a byte range of the
//! table and [`Diagnostic::render`] turns it into the `path:line:col: message` form compilers
//! use, followed by the offending line with a caret under the value.

use std::fmt::Write as _;
use std::ops::Range;

/// One mistake in the table: where it is (bytes of the file) and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte range of the offending text in the table's source.
    pub span: Range<usize>,
    /// What is wrong, in one line.
    pub message: String,
    /// How to fix it, if there is more to say than the message.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic without help text.
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            span,
            message: message.into(),
            help: None,
        }
    }

    /// Adds a line of help, printed as `= help: ...`.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Prints the diagnostic the way rustc does, with `path` as the file name:
    ///
    /// ```text
    /// error-codes.toml:12:10: duplicate status 404 (first defined at line 9)
    ///    |
    /// 12 | status = 404
    ///    |          ^^^
    ///    = help: give each row its own status
    /// ```
    pub fn render(&self, path: &str, source: &str) -> String {
        let start = floor_char_boundary(source, self.span.start);
        let (line_no, column) = locate(source, start);
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let line = source[line_start..line_end].trim_end_matches('\r');
        let end = floor_char_boundary(
            source,
            self.span.end.min(line_start + line.len()).max(start),
        );
        let width = source[start..end].chars().count().max(1);
        // Keep tabs in the caret's indentation so it lines up under the value.
        // A span may start on the `\r` of a CRLF line ending, past the trimmed line.
        let indent: String = line[..(start - line_start).min(line.len())]
            .chars()
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        let gutter = " ".repeat(line_no.to_string().len());

        let mut out = format!("{path}:{line_no}:{column}: {}\n", self.message);
        let _ = writeln!(out, "{gutter} |");
        let _ = writeln!(out, "{line_no} | {line}");
        let _ = write!(out, "{gutter} | {indent}{}", "^".repeat(width));
        if let Some(help) = &self.help {
            let _ = write!(out, "\n{gutter} = help: {help}");
        }
        out
    }
}

/// 1-based line and column (in characters) of byte `offset` in `source`.
pub fn locate(source: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(source, offset);
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// 1-based line of byte `offset` in `source`.
pub fn line_of(source: &str, offset: usize) -> usize {
    locate(source, offset).0
}

/// The largest char boundary at or below `offset`, clamped to the source.
fn floor_char_boundary(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_counts_lines_and_characters_from_one() {
        let source = "a = 1\nbé = 2\n";
        assert_eq!(locate(source, 0), (1, 1));
        assert_eq!(locate(source, 6), (2, 1));
        // `=` after the two-byte `é` is the fourth character of line 2.
        assert_eq!(locate(source, 10), (2, 4));
        assert_eq!(locate(source, 999), (3, 1));
    }

    #[test]
    fn render_points_a_caret_under_the_span() {
        let source = "[[code]]\nstatus = 404\n";
        let diagnostic = Diagnostic::new(18..21, "bad status").help("fix it");
        assert_eq!(
            diagnostic.render("t.toml", source),
            "t.toml:2:10: bad status\n  |\n2 | status = 404\n  |          ^^^\n  = help: fix it"
        );
    }

    #[test]
    fn render_keeps_tabs_and_stops_the_caret_at_the_end_of_the_line() {
        let source = "\tname = \"a\nb\"";
        let diagnostic = Diagnostic::new(8..13, "x");
        assert_eq!(
            diagnostic.render("t", source),
            "t:1:9: x\n  |\n1 | \tname = \"a\n  | \t       ^^"
        );
    }

    #[test]
    fn render_survives_a_span_on_the_carriage_return_of_a_crlf_line() {
        let rendered = Diagnostic::new(3..4, "x").render("t", "abc\r\nd");
        assert_eq!(rendered, "t:1:4: x\n  |\n1 | abc\n  |    ^");
    }

    #[test]
    fn render_survives_spans_outside_the_source_or_inside_a_character() {
        let source = "é";
        assert!(Diagnostic::new(1..50, "x")
            .render("t", source)
            .starts_with("t:1:1: x"));
        assert!(Diagnostic::new(Range { start: 9, end: 3 }, "x")
            .render("t", source)
            .starts_with("t:1:2: x"));
    }
}
