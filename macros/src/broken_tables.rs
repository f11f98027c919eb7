//! Every mistake a table can have, tested as data: each `tests/broken-tables/NAME.toml` is
//! a table with one mistake (or several, where the case is about reporting them together)
//! and `NAME.stderr` beside it is what the macro prints for it, one `error:` per mistake,
//! as rustc shows it above the `-->` line that points at `path = "..."`.
//!
//! After changing a message, record the new expectations and review the diff:
//!
//! ```text
//! UPDATE_EXPECT=1 cargo test -p picsart-error-codes-macros broken_tables
//! ```

use std::path::{Path, PathBuf};

use crate::pipeline::check;

fn broken_tables() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken-tables");
    let mut tables: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the folder of broken tables")
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    tables.sort();
    tables
}

/// What the macro prints for the table at `path`, or `None` if the table is valid.
fn rendered_errors(path: &Path) -> Option<String> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let (source, codes) = check(path);
    let diagnostics = codes.err()?.into_sorted();
    let errors: Vec<String> = (diagnostics.iter())
        .map(|d| format!("error: {}\n", d.render(&name, &source)))
        .collect();
    Some(errors.join("\n"))
}

#[test]
fn each_broken_table_gives_the_errors_recorded_beside_it() {
    let tables = broken_tables();
    assert!(tables.len() > 20, "the folder lost its tables: {tables:?}");
    for table in tables {
        let rendered = rendered_errors(&table)
            .unwrap_or_else(|| panic!("{} is a valid table", table.display()));
        expect_test::expect_file![table.with_extension("stderr")].assert_eq(&rendered);
    }
}
