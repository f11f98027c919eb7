//! Located errors in the table, the collector that gathers them, and how they are printed.
//!
//! Rust spans cannot point into a TOML file, so a [`Diagnostic`] carries byte ranges of the
//! table and [`Diagnostic::render`] turns them into the `path:line:col: message` form
//! compilers use, followed by the offending lines with carets under the values. Lines and
//! columns are computed here only: the rules work on byte ranges.
//!
//! The few lines of drawing live here and `unicode-width` supplies the display widths that
//! align carets under wide characters. `annotate-snippets` (rustc's renderer) would fit the
//! minimum Rust (its 0.12.16 builds on 1.85; CONTRIBUTING.md, "Minimum Rust"), at the cost
//! of re-recording every expected snippet.

use std::fmt::Write as _;
use std::ops::Range;

use unicode_width::UnicodeWidthStr as _;

use crate::chars::is_control;

/// One mistake in the table: where it is (bytes of the file) and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte range of the offending text in the table's source.
    pub span: Range<usize>,
    /// What is wrong, in one line.
    pub message: String,
    /// How to fix it, if there is more to say than the message.
    pub help: Option<String>,
    /// A related place, such as the first definition of a duplicate, and what it is.
    pub secondary: Option<(Range<usize>, String)>,
    /// `false` for a mistake about the file as a whole (it cannot be read): the message
    /// then says everything and no snippet is drawn.
    pub located: bool,
}

impl Diagnostic {
    /// A diagnostic without help text.
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            span,
            message: message.into(),
            help: None,
            secondary: None,
            located: true,
        }
    }

    /// A mistake about the whole file, which has no place in it.
    pub fn unlocated(message: impl Into<String>) -> Self {
        Diagnostic {
            located: false,
            ..Diagnostic::new(0..0, message)
        }
    }

    /// Adds a line of help, printed as `= help: ...`.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a secondary label, drawn with `-` under `span`, such as "first defined here".
    #[must_use]
    pub fn secondary(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.secondary = Some((span, label.into()));
        self
    }

    /// Prints the diagnostic the way rustc does, with `path` as the file name:
    ///
    /// ```text
    /// error-codes.toml:12:10: duplicate status 404
    ///    |
    /// 9  | status = 404
    ///    |          --- first defined here
    /// ...
    /// 12 | status = 404
    ///    |          ^^^
    ///    = help: give each row its own status
    /// ```
    pub fn render(&self, path: &str, source: &str) -> String {
        if !self.located {
            return self.message.clone();
        }
        let primary = Mark::new(source, &self.span, '^', None);
        let (line_no, column) = locate(source, primary.start);
        let mut marks = vec![primary];
        if let Some((span, label)) = &self.secondary {
            marks.push(Mark::new(source, span, '-', Some(label)));
        }
        marks.sort_by_key(|mark| (mark.line_no, mark.start));
        let last_line = marks.iter().map(|m| m.line_no).max().unwrap_or(line_no);
        let gutter = " ".repeat(last_line.to_string().len());

        let mut out = format!("{path}:{line_no}:{column}: {}\n", self.message);
        let _ = write!(out, "{gutter} |");
        let mut previous: Option<usize> = None;
        for mark in &marks {
            if previous.is_some_and(|p| mark.line_no > p + 1) {
                out.push_str("\n...");
            }
            if previous != Some(mark.line_no) {
                let _ = write!(
                    out,
                    "\n{:<width$} | {}",
                    mark.line_no,
                    mark.line,
                    width = gutter.len()
                );
            }
            let label = mark.label.map(|l| format!(" {l}")).unwrap_or_default();
            let _ = write!(out, "\n{gutter} | {}{}{label}", mark.indent, mark.underline);
            previous = Some(mark.line_no);
        }
        if let Some(help) = &self.help {
            let _ = write!(out, "\n{gutter} = help: {help}");
        }
        out
    }
}

/// One underlined span: its line as shown, and the indentation and underline drawn below it.
struct Mark<'a> {
    start: usize,
    line_no: usize,
    line: String,
    indent: String,
    underline: String,
    label: Option<&'a str>,
}

impl<'a> Mark<'a> {
    fn new(source: &str, span: &Range<usize>, symbol: char, label: Option<&'a str>) -> Self {
        let start = floor_char_boundary(source, span.start);
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let line = source[line_start..line_end].trim_end_matches('\r');
        // A span may start on the `\r` of a CRLF line ending, past the trimmed line.
        let before = &line[..(start - line_start).min(line.len())];
        let end = floor_char_boundary(source, span.end.min(line_start + line.len()).max(start));
        // Carets go by display width of the text as shown: a CJK character or an emoji
        // takes two columns, a tab four.
        let width = shown(&source[start..end]).width().max(1);
        Mark {
            start,
            line_no: before_lines(source, start),
            line: shown(line),
            indent: " ".repeat(shown(before).width()),
            underline: symbol.to_string().repeat(width),
            label,
        }
    }
}

/// A line of the table as the snippet shows it, the way rustc shows source lines: a tab
/// is four spaces, since where a terminal's tab stops fall depends on how far rustc
/// indents the snippet, so no underline could follow a tab inside a value. Other control
/// characters, which the terminal would act on (a lone `\r` returns to the start of the
/// line, an escape starts a command), are shown as their control pictures (`␍`), and the
/// other characters the table's rules treat as controls ([`is_control`]: C1 controls, and
/// bidirectional overrides, which would reorder the line) as `�`.
fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => out.push_str("    "),
            '\0'..='\u{1f}' => {
                out.push(char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'))
            }
            '\u{7f}' => out.push('\u{2421}'),
            c if is_control(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

fn before_lines(source: &str, offset: usize) -> usize {
    source[..offset].matches('\n').count() + 1
}

/// 1-based line and column (in characters, as rustc counts them) of byte `offset`.
pub fn locate(source: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(source, offset);
    let before = &source[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before_lines(source, offset),
        before[line_start..].chars().count() + 1,
    )
}

/// The largest char boundary at or below `offset`, clamped to the source.
fn floor_char_boundary(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Every mistake found in one build, gathered through reading, loading and validating
/// the table so that the user fixes them all at once (serde_derive's `Ctxt` is the model).
#[derive(Debug, Default)]
pub struct Diagnostics {
    found: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a mistake.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.found.push(diagnostic);
    }

    /// The value of a check that passed, or `None` with its mistake recorded.
    pub fn ok<T>(&mut self, result: Result<T, Diagnostic>) -> Option<T> {
        result.map_err(|d| self.push(d)).ok()
    }

    /// The value of a check that reports every mistake it finds, or `None` with each of
    /// them recorded.
    pub fn all_ok<T>(&mut self, result: Result<T, Vec<Diagnostic>>) -> Option<T> {
        result.map_err(|found| self.found.extend(found)).ok()
    }

    /// Whether no mistake was recorded.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// The mistakes in the order of the file.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.found
            .sort_by_key(|d| (d.located, d.span.start, d.span.end));
        self.found
    }
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
    fn render_draws_the_secondary_label_in_line_order_with_a_gap_marker() {
        let source = "status = 404\nx = 1\ny = 2\nstatus = 404\n";
        let rendered = Diagnostic::new(34..37, "duplicate status 404")
            .secondary(9..12, "first defined here")
            .render("t", source);
        assert_eq!(
            rendered,
            "t:4:10: duplicate status 404\n  |\n1 | status = 404\n  |          --- first defined here\n...\n4 | status = 404\n  |          ^^^"
        );
        // Two marks on one line share it; adjacent lines need no gap marker.
        let rendered = Diagnostic::new(4..5, "x")
            .secondary(0..1, "here")
            .render("t", "a = b\n");
        assert_eq!(rendered, "t:1:5: x\n  |\n1 | a = b\n  | - here\n  |     ^");
    }

    #[test]
    fn carets_line_up_by_display_width_under_wide_characters() {
        // `日本` and the crab take two columns each, `é` one.
        let source = "message = \"日本 🦀 é\" # x\n";
        let comment = source.find('#').unwrap();
        let rendered = Diagnostic::new(comment..comment + 1, "x").render("t", source);
        let lines: Vec<&str> = rendered.lines().collect();
        let column_of = |line: &str, at: usize| line[..at].width();
        let hash = lines[2].find('#').unwrap();
        let caret = lines[3].find('^').unwrap();
        assert_eq!(column_of(lines[2], hash), column_of(lines[3], caret));
        let (open, close) = (source.find('"').unwrap(), source.rfind('"').unwrap());
        let value = Diagnostic::new(open..close + 1, "x").render("t", source);
        // `"日本 🦀 é"` is 8 characters but 11 columns wide.
        assert!(
            value.ends_with(&format!("| {}{}", " ".repeat(10), "^".repeat(11))),
            "{value}"
        );
        assert!(
            value.starts_with("t:1:11: x"),
            "columns count characters: {value}"
        );
    }

    #[test]
    fn render_shows_tabs_as_four_spaces_and_stops_the_caret_at_the_end_of_the_line() {
        let source = "\tname = \"a\nb\"";
        let diagnostic = Diagnostic::new(8..13, "x");
        assert_eq!(
            diagnostic.render("t", source),
            "t:1:9: x\n  |\n1 |     name = \"a\n  |            ^^"
        );
        // A tab inside the value widens the underline by as much as the line.
        let source = "m = \"a\tb\" #";
        let rendered = Diagnostic::new(4..9, "x").render("t", source);
        assert_eq!(
            rendered,
            "t:1:5: x\n  |\n1 | m = \"a    b\" #\n  |     ^^^^^^^^"
        );
    }

    #[test]
    fn render_shows_control_characters_instead_of_sending_them_to_the_terminal() {
        let source = "a\rb = \u{1b}[2J \u{202e}x\u{7f} y";
        let at = source.find('y').unwrap();
        let rendered = Diagnostic::new(at..at + 1, "x").render("t", source);
        assert_eq!(
            rendered,
            "t:1:16: x\n  |\n1 | a\u{240d}b = \u{241b}[2J \u{fffd}x\u{2421} y\n  |                ^"
        );
        assert!(!rendered.contains(['\r', '\u{1b}', '\u{202e}', '\u{7f}']));
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

    #[test]
    fn an_unlocated_diagnostic_is_its_message() {
        assert_eq!(Diagnostic::unlocated("gone").render("t", ""), "gone");
    }

    #[test]
    fn the_collector_keeps_every_mistake_in_file_order() {
        let mut diagnostics = Diagnostics::default();
        assert!(diagnostics.is_empty());
        assert_eq!(diagnostics.ok(Ok::<_, Diagnostic>(3)), Some(3));
        assert_eq!(diagnostics.ok::<()>(Err(Diagnostic::new(9..10, "b"))), None);
        diagnostics.push(Diagnostic::new(2..3, "a"));
        let messages: Vec<_> = diagnostics
            .into_sorted()
            .into_iter()
            .map(|d| d.message)
            .collect();
        assert_eq!(messages, ["a", "b"]);
    }
}
