//! Compile-fail cases: every kind of broken table, and every misuse of the attribute,
//! gives exactly the error recorded in `tests/ui/*.stderr`.
//!
//! Set `TRYBUILD=overwrite` to record new expectations, then review the diff.

#[test]
fn broken_tables_and_misuse_fail_with_one_located_error_each() {
    // trybuild compiles the cases in a crate of its own under `target/`; point the macro
    // at this crate's directory so `path = "ui/tables/..."` resolves as written.
    std::env::set_var("PICSART_ERROR_CODES_TABLE_DIR", env!("CARGO_MANIFEST_DIR"));
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}
