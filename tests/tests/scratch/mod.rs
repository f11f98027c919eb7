//! Scratch crates built with the real cargo, for the tests of what a user's build does
//! (`broken_table.rs`, `rebuild.rs`).

use std::io::Write as _;
use std::path::Path;
use std::process::Command;

/// The workspace root: its macro crate and lock file are what the scratch crates use.
pub fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is in the workspace")
}

/// `cargo` for the scratch crate in `dir`, with its own `target` directory and without
/// the environment of this workspace's test run that would change what it builds
/// (`RUSTFLAGS`).
///
/// It is the `CARGO` of the test process, read at run time, so that running a built test
/// with another toolchain's cargo (and `RUSTUP_TOOLCHAIN`) checks that toolchain, such as
/// the minimum Rust.
///
/// It says on stderr what it builds, past the test harness's capture, so a test that
/// runs for a minute is never silent about why.
pub fn cargo(dir: &Path, target: &Path) -> Command {
    // `io::stderr()` directly: `eprintln!` would be captured until the test ends.
    let _ = writeln!(
        std::io::stderr(),
        "note: building the scratch crate {} with cargo (target {})",
        dir.display(),
        target.display()
    );
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| env!("CARGO").into());
    let mut command = Command::new(cargo);
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS");
    command
}
