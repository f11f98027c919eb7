//! What only rustc shows: mistakes in the Rust code (the attribute's arguments, the item
//! it is on), the proof that a broken table causes no cascade of errors in code that
//! uses the enum, the deprecation warning on a former variant name, and the imports a former
//! name does not survive (it is a constant, not a variant). Each compile-fail
//! case gives exactly the errors recorded in `tests/ui/*.stderr`. Mistakes in tables are
//! tested as data in the macro crate (`macros/tests/broken-tables/`), since rustc's
//! framing of them drifts between releases.
//!
//! Set `TRYBUILD=overwrite` to record new expectations, then review the diff.

use std::path::Path;

#[test]
fn misuse_and_broken_tables_fail_with_their_own_errors_only() {
    link_ui_into_the_trybuild_crate();
    let cases = trybuild::TestCases::new();
    cases.pass("ui/control-valid-table.rs");
    cases.pass("ui/renamed-still-builds.rs");
    for pattern in [
        "args-*",
        "item-*",
        "missing-file",
        "no-cascade-*",
        "renamed-deprecated",
        "renamed-import",
        "renamed-glob-import",
    ] {
        cases.compile_fail(format!("ui/{pattern}.rs"));
    }
}

/// trybuild compiles the cases in a crate of its own, `<target>/tests/trybuild/<this
/// crate>/`, and the macro reads a table relative to the manifest directory of the crate it
/// expands in, and nowhere else (so that every input is one rustc tracks). A link there to
/// this crate's `ui/` lets the cases write `path = "ui/tables/..."` as if beside the test.
fn link_ui_into_the_trybuild_crate() {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is <target>/tmp");
    let project = target.join("tests/trybuild").join(env!("CARGO_PKG_NAME"));
    std::fs::create_dir_all(&project).expect("the target directory is writable");
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let link = project.join("ui");
    match std::fs::symlink_metadata(&link) {
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(&link).unwrap(),
        Ok(_) => std::fs::remove_file(&link).unwrap(),
        Err(_) => {}
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink(&ui, &link).expect("a link in the target directory");
    // Without symbolic links, a copy of the tables, made again on every run.
    #[cfg(not(unix))]
    for entry in std::fs::read_dir(ui.join("tables")).unwrap() {
        let entry = entry.unwrap();
        std::fs::create_dir_all(link.join("tables")).unwrap();
        std::fs::copy(entry.path(), link.join("tables").join(entry.file_name())).unwrap();
    }
}
