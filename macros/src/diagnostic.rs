//! Located errors in the table, the collector that gathers them, and how they are printed.
//!
//! Rust spans cannot point into a TOML file, so a [`Diagnostic`] carries byte ranges of the
//! table and [`Diagnostic::render`] turns them into the message, a `--> path:line:col`
//! line and the offending lines with carets under the values, as rustc prints its own
//! errors. Lines and columns are computed here only: the rules work on byte ranges.
//!
//! The drawing is rustc's own: `annotate-snippets`, the renderer rustc uses, so a mistake
//! in the table looks like a mistake in Rust code (its 0.12.16 builds on the minimum Rust;
//! CONTRIBUTING.md, "Minimum Rust").

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

    /// Prints the diagnostic with rustc's renderer (`annotate-snippets`), with `path` as the
    /// file name and without the leading `error: `, which rustc adds when it prints the
    /// message:
    ///
    /// ```text
    /// duplicate status 404
    ///   --> error-codes.toml:12:10
    ///    |
    ///  9 | status = 404
    ///    |          --- first defined here
    /// ...
    /// 12 | status = 404
    ///    |          ^^^
    ///    |
    ///    = help: give each row its own status
    /// ```
    ///
    /// Carets go by display width (a CJK character or an emoji takes two columns, a tab
    /// four), control characters show as their control pictures (`␍`) and text-direction
    /// controls as `�`, as rustc shows source lines; C1 controls, which rustc's list leaves
    /// out, are shown as `�` here. A span is drawn on its first line only.
    pub fn render(&self, path: &str, source: &str) -> String {
        use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

        if !self.located {
            return self.message.clone();
        }
        let (shown, at) = without_c1_controls(source);
        let span = |span: &Range<usize>| {
            let start = floor_char_boundary(source, span.start);
            let line_end = source[start..]
                .find('\n')
                .map_or(source.len(), |i| start + i);
            let end = floor_char_boundary(source, span.end.clamp(start, line_end));
            at(start)..at(end)
        };
        let mut annotations = vec![AnnotationKind::Primary.span(span(&self.span))];
        if let Some((secondary, label)) = &self.secondary {
            annotations.push(AnnotationKind::Context.span(span(secondary)).label(label));
        }
        let snippet = Snippet::source(&shown).path(path).annotations(annotations);
        let mut group = Level::ERROR.primary_title(&self.message).element(snippet);
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help));
        }
        let rendered = Renderer::plain().render(&[group]);
        match rendered.strip_prefix("error: ") {
            Some(rest) => rest.to_owned(),
            None => rendered,
        }
    }
}

/// `source` with each C1 control (U+0080..=U+009F), which a terminal may act on and which
/// rustc's renderer passes through, replaced by `�`, and the function that maps a byte
/// offset of `source` to the same place in the result.
fn without_c1_controls(source: &str) -> (String, impl Fn(usize) -> usize) {
    let c1: Vec<usize> = (source.char_indices())
        .filter(|&(_, c)| ('\u{80}'..='\u{9f}').contains(&c))
        .map(|(i, _)| i)
        .collect();
    let shown = source.replace(|c| ('\u{80}'..='\u{9f}').contains(&c), "\u{fffd}");
    // Each replacement is one byte longer than the two-byte control it replaces.
    let grown = move |offset: usize| offset + c1.iter().filter(|&&i| i < offset).count();
    (shown, grown)
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
    use unicode_width::UnicodeWidthStr as _;

    #[test]
    fn render_points_a_caret_under_the_span() {
        let source = "[[code]]\nstatus = 404\n";
        let diagnostic = Diagnostic::new(18..21, "bad status").help("fix it");
        assert_eq!(
            diagnostic.render("t.toml", source),
            "bad status\n --> t.toml:2:10\n  |\n2 | status = 404\n  |          ^^^\n  |\n  = help: fix it"
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
            "duplicate status 404\n --> t:4:10\n  |\n1 | status = 404\n  |          --- first defined here\n...\n4 | status = 404\n  |          ^^^"
        );
        // Two marks on one line share it, the label below (as rustc draws it); adjacent
        // lines need no gap marker.
        let rendered = Diagnostic::new(4..5, "x")
            .secondary(0..1, "here")
            .render("t", "a = b\n");
        assert_eq!(
            rendered,
            "x\n --> t:1:5\n  |\n1 | a = b\n  | -   ^\n  | |\n  | here"
        );
    }

    #[test]
    fn carets_line_up_by_display_width_under_wide_characters() {
        // `日本` and the crab take two columns each, `é` one.
        let source = "message = \"日本 🦀 é\" # x\n";
        let comment = source.find('#').unwrap();
        let rendered = Diagnostic::new(comment..comment + 1, "x").render("t", source);
        let lines: Vec<&str> = rendered.lines().collect();
        let column_of = |line: &str, at: usize| line[..at].width();
        let hash = lines[3].find('#').unwrap();
        let caret = lines[4].find('^').unwrap();
        assert_eq!(column_of(lines[3], hash), column_of(lines[4], caret));
        let (open, close) = (source.find('"').unwrap(), source.rfind('"').unwrap());
        let value = Diagnostic::new(open..close + 1, "x").render("t", source);
        // `"日本 🦀 é"` is 8 characters but 11 columns wide.
        assert!(
            value.ends_with(&format!("| {}{}", " ".repeat(10), "^".repeat(11))),
            "{value}"
        );
        assert!(
            value.starts_with("x\n --> t:1:11\n"),
            "columns count characters: {value}"
        );
    }

    #[test]
    fn render_shows_tabs_as_four_spaces_and_stops_the_caret_at_the_end_of_the_line() {
        let source = "\tname = \"a\nb\"";
        let diagnostic = Diagnostic::new(8..13, "x");
        assert_eq!(
            diagnostic.render("t", source),
            "x\n --> t:1:9\n  |\n1 |     name = \"a\n  |            ^^"
        );
        // A tab inside the value widens the underline by as much as the line.
        let source = "m = \"a\tb\" #";
        let rendered = Diagnostic::new(4..9, "x").render("t", source);
        assert_eq!(
            rendered,
            "x\n --> t:1:5\n  |\n1 | m = \"a    b\" #\n  |     ^^^^^^^^"
        );
    }

    #[test]
    fn render_shows_control_characters_instead_of_sending_them_to_the_terminal() {
        let source = "a\rb = \u{1b}[2J \u{202e}x\u{7f} y";
        let at = source.find('y').unwrap();
        let rendered = Diagnostic::new(at..at + 1, "x").render("t", source);
        assert_eq!(
            rendered,
            "x\n --> t:1:16\n  |\n1 | a\u{240d}b = \u{241b}[2J \u{fffd}x\u{2421} y\n  |                ^"
        );
        assert!(!rendered.contains(['\r', '\u{1b}', '\u{202e}', '\u{7f}']));
        // C1 controls too (U+009B starts a terminal command), and the carets after them
        // stay under their characters.
        let source = "a\u{9b}2J\u{85} = y";
        let at = source.find('y').unwrap();
        let rendered = Diagnostic::new(at..at + 1, "x").render("t", source);
        assert_eq!(
            rendered,
            "x\n --> t:1:9\n  |\n1 | a\u{fffd}2J\u{fffd} = y\n  |         ^"
        );
    }

    #[test]
    fn render_survives_a_span_on_the_carriage_return_of_a_crlf_line() {
        let rendered = Diagnostic::new(3..4, "x").render("t", "abc\r\nd");
        assert_eq!(rendered, "x\n --> t:1:4\n  |\n1 | abc\n  |    ^");
    }

    #[test]
    fn render_survives_spans_outside_the_source_or_inside_a_character() {
        let source = "é";
        assert!(Diagnostic::new(1..50, "x")
            .render("t", source)
            .starts_with("x\n --> t:1:1\n"));
        assert!(Diagnostic::new(Range { start: 9, end: 3 }, "x")
            .render("t", source)
            .starts_with("x\n --> t:1:2\n"));
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
