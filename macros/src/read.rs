//! The first stage: from the attribute's `path` to the table's text. Names the directory
//! the path is relative to, and reads the file as text the later stages can locate errors
//! in (UTF-8, LF line endings, no byte order mark).

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};

/// The directory a table's `path` is relative to: the invoking crate's
/// `CARGO_MANIFEST_DIR`, which cargo sets for every crate it compiles.
///
/// It is the only directory tried, so every input of the expansion is one rustc tracks:
/// the table, through the `include_bytes!` of its path in the output, and the crate's own
/// directory. A second directory tried after it, named by an environment variable, made
/// builds stale: rustc tracks neither an environment variable that a proc-macro reads nor
/// a file that is absent, so switching the variable, or adding a table at the path tried
/// first, did not rebuild (clap-rs/clap#6346 is the same class of bug).
pub fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from)
}

/// Reads the table at `path`, or `None` if it cannot be read (the error names the path it
/// looked for).
///
/// A file that is not UTF-8 is reported at its first bad byte and returned with that byte
/// replaced, so the error can show its line; the caller loads only a file read without
/// errors. CRLF line endings become LF, so that a checkout with Windows line endings
/// generates the same texts (multi-line strings would otherwise keep the `\r`). Lines and
/// columns do not change; an escaped `\r\n` inside a string is untouched. A leading byte
/// order mark is dropped, as rustc drops it from Rust sources.
pub fn read(path: &Path, diagnostics: &mut Diagnostics) -> Option<String> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            diagnostics.push(Diagnostic::unlocated(format!(
                "cannot read the error-code table `{}`: {err}",
                real_path(path).display()
            )));
            return None;
        }
    };
    // A byte order mark (some Windows editors write one) is no part of the text: kept, it
    // would shift every column of the first line by one.
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(text) => text.to_vec(),
        None => bytes,
    };
    let source = String::from_utf8(bytes).unwrap_or_else(|err| {
        let valid = err.utf8_error().valid_up_to();
        let byte = err.as_bytes()[valid];
        let lossy = String::from_utf8_lossy(err.as_bytes()).into_owned();
        // The text before the bad byte is the same in the lossy copy, which has U+FFFD
        // (three bytes) in its place, less the `\r`s that CRLF line endings lose below.
        let before = std::str::from_utf8(&err.as_bytes()[..valid]).unwrap_or_default();
        let at = valid - before.matches("\r\n").count();
        diagnostics.push(
            Diagnostic::new(
                at..at + '\u{fffd}'.len_utf8(),
                format!("the error-code table is not valid UTF-8 (byte 0x{byte:02x})"),
            )
            .help("save the file as UTF-8"),
        );
        lossy
    });
    Some(if source.contains('\r') {
        source.replace("\r\n", "\n")
    } else {
        source
    })
}

/// `path` with the symbolic links of its directory resolved, where that directory exists:
/// the place to create a missing table, where the path goes through a link.
fn real_path(path: &Path) -> PathBuf {
    let real_dir = (path.parent()).and_then(|dir| std::fs::canonicalize(dir).ok());
    match (real_dir, path.file_name()) {
        (Some(dir), Some(name)) => dir.join(name),
        _ => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::TempDir;

    const ROW: &str =
        "[[code]]\nstatus = 404\nreason_phrase = \"Not Found\"\ndescription = \"Gone.\"\n";

    #[test]
    fn read_turns_crlf_line_endings_into_lf_and_locates_bad_utf8() {
        let dir = TempDir::new("read");
        let crlf = dir.write("crlf.toml", ROW.replace('\n', "\r\n"));
        let latin1 = dir.write("latin1.toml", b"[[code]]\r\nreason_phrase = \"caf\xe9\"\n");
        let mut diagnostics = Diagnostics::default();
        assert_eq!(read(&crlf, &mut diagnostics).unwrap(), ROW);
        assert!(diagnostics.is_empty());

        let source = read(&latin1, &mut diagnostics).unwrap();
        let errors = std::mem::take(&mut diagnostics).into_sorted();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].render("l.toml", &source),
            "the error-code table is not valid UTF-8 (byte 0xe9)\n --> l.toml:2:21\n  |\n\
             2 | reason_phrase = \"caf\u{fffd}\"\n  |                     ^\n  |\n  = help: save the file as UTF-8"
        );

        assert!(read(&dir.path().join("gone.toml"), &mut diagnostics).is_none());
        let errors = diagnostics.into_sorted();
        assert!(errors[0]
            .render("g.toml", "")
            .starts_with("cannot read the error-code table `"));
    }
}
