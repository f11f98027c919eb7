//! What only rustc shows: mistakes in the Rust code (the attribute's arguments, the item
//! it is on) and the proof that a broken table causes no cascade of errors in code that
//! uses the enum. Each compile-fail case gives exactly the errors recorded in
//! `tests/ui/*.stderr`. Mistakes in tables are tested as data in the macro crate
//! (`macros/tests/broken-tables/`), since rustc's framing of them drifts between releases.
//!
//! Set `TRYBUILD=overwrite` to record new expectations, then review the diff.

#[test]
fn misuse_and_broken_tables_fail_with_their_own_errors_only() {
    // trybuild compiles the cases in a crate of its own under `target/`; point the macro
    // at this crate's directory so `path = "ui/tables/..."` resolves as written.
    // SAFETY: this binary's only test sets the variable before it starts any thread.
    unsafe { std::env::set_var("PICSART_ERROR_CODES_TABLE_DIR", env!("CARGO_MANIFEST_DIR")) };
    let cases = trybuild::TestCases::new();
    cases.pass("ui/control-valid-table.rs");
    for pattern in ["args-*", "item-*", "missing-file", "no-cascade-*"] {
        cases.compile_fail(format!("ui/{pattern}.rs"));
    }
}
