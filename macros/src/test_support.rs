//! Helpers shared by the unit tests.

use std::path::{Path, PathBuf};

/// A directory of table files for one test, removed when dropped (even if the test fails).
pub struct TempDir(PathBuf);

impl TempDir {
    /// An empty directory whose name includes `tag` and the process id, so parallel tests
    /// and test runs do not share one.
    pub fn new(tag: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("error-codes-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("the temporary directory is writable");
        TempDir(dir)
    }

    /// Writes `contents` to `name` in the directory and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, contents).expect("the temporary directory is writable");
        path
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
