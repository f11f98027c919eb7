//! Scratch crates built with the real cargo, for the tests of what a user's build does
//! (`broken_table.rs`, `rebuild.rs`).

use std::path::Path;
use std::process::Command;

/// The workspace root: its macro crate and lock file are what the scratch crates use.
pub fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is in the workspace")
}

/// `cargo` for the scratch crate in `dir`, with its own `target` directory and without
/// the environment of this workspace's test run that would change what it builds (the
/// trybuild table directory, `RUSTFLAGS`).
///
/// It is the `CARGO` of the test process, read at run time, so that running a built test
/// with another toolchain's cargo (and `RUSTUP_TOOLCHAIN`) checks that toolchain, such as
/// the minimum Rust.
pub fn cargo(dir: &Path, target: &Path) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| env!("CARGO").into());
    let mut command = Command::new(cargo);
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("PICSART_ERROR_CODES_TABLE_DIR")
        .env_remove("RUSTFLAGS");
    command
}
