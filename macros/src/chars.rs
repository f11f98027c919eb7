//! Characters the table's rules and the error snippets both treat specially. They live
//! apart so that [`crate::validate`] and [`crate::diagnostic`] both depend on them, and
//! not on each other.

/// Line breaks in any convention, including Unicode's line and paragraph separators.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// A control character (Unicode's `Cc`), or one of the invisible controls of text
/// direction that reorder the text around them (U+202A..=U+202E, U+2066..=U+2069): rustc
/// denies those in hand-written literals and comments (`text_direction_codepoint_in_literal`),
/// and the generated ones would carry them into the page and the consumer's code.
pub fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `U+000D carriage return`, for the messages about unwanted characters.
pub fn describe(c: char) -> String {
    let name = match c {
        '\0' => " null",
        '\n' => " line feed",
        '\r' => " carriage return",
        '\u{b}' => " vertical tab",
        '\u{c}' => " form feed",
        '\u{1b}' => " escape",
        '\u{7f}' => " delete",
        '\u{85}' => " next line",
        '\u{2028}' => " line separator",
        '\u{2029}' => " paragraph separator",
        '\u{202a}' => " left-to-right embedding",
        '\u{202b}' => " right-to-left embedding",
        '\u{202c}' => " pop directional formatting",
        '\u{202d}' => " left-to-right override",
        '\u{202e}' => " right-to-left override",
        '\u{2066}' => " left-to-right isolate",
        '\u{2067}' => " right-to-left isolate",
        '\u{2068}' => " first strong isolate",
        '\u{2069}' => " pop directional isolate",
        _ => "",
    };
    format!("U+{:04X}{name}", u32::from(c))
}
