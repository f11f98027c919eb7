#!/usr/bin/env bash
# What a downstream crate pays to build picsart-error-codes, next to the obvious
# hand-written alternative: the same enum with strum derives (Display, EnumString,
# FromRepr, EnumIter, EnumMessage) plus serde derives.
#
#   benches/build-cost.sh            # prints a table of wall times and crate counts
#
# Everything runs in a temporary copy with its own target directories, so the checkout and
# its target/ are left alone. Needs network access to crates.io (or a warm cargo cache),
# git, and python3 (to write the alternative's enum from error-codes.toml).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
# Runs cargo, prints "<seconds> <crates compiled>".
measure() {
    local start end log
    log="$work/log"
    start=$(now)
    "$@" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
    end=$(now)
    awk -v s="$start" -v e="$end" -v n="$(grep -c '^ *Compiling ' "$log" || true)" 'BEGIN { printf "%.2f %d\n", e - s, n }'
}

# --- ours: a copy of the workspace (tracked files only) -------------------------------
mkdir -p "$work/ours"
(cd "$root" && git ls-files -z | xargs -0 tar -cf - 2>/dev/null) | tar -xf - -C "$work/ours"
cd "$work/ours"
export CARGO_TARGET_DIR="$work/ours-target"
cargo fetch --quiet

read -r ours_cold ours_cold_n < <(measure cargo build -p picsart-error-codes)
cargo clean --quiet -p picsart-error-codes -p picsart-error-codes-macros
read -r ours_warm ours_warm_n < <(measure cargo build -p picsart-error-codes)
printf '\n# a maintainer edits the table\n' >>error-codes.toml
read -r ours_edit ours_edit_n < <(measure cargo build -p picsart-error-codes)

# --- the alternative: strum + serde derives ---------------------------------------------
mkdir -p "$work/alt/src"
cd "$work/alt"
cat >Cargo.toml <<'TOML'
[package]
name = "strum-alternative"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
serde = { version = "1", features = ["derive"] }
strum = { version = "0.28", features = ["derive"] }

[workspace]
TOML
{
    echo 'use serde::{Deserialize, Serialize};'
    echo 'use strum::{Display, EnumIter, EnumMessage, EnumString, FromRepr};'
    echo '/// Error codes of the Picsart Creative APIs.'
    echo '#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Display, EnumString, FromRepr, EnumIter, EnumMessage, Serialize, Deserialize)]'
    echo '#[repr(u16)]'
    echo 'pub enum ErrorCode {'
    # One variant per row of the real table, with its message and description.
    python3 - "$root/error-codes.toml" <<'PY'
import json, re, sys, tomllib
for row in tomllib.load(open(sys.argv[1], "rb"))["code"]:
    words = re.split(r"[^A-Za-z0-9]+", row["message"])
    name = row.get("name") or "".join(w[:1].upper() + w[1:].lower() for w in words if w)
    # JSON string literals are valid Rust string literals for this text.
    message = json.dumps(row["message"], ensure_ascii=False)
    detail = json.dumps(row["description"], ensure_ascii=False)
    print(f"    #[strum(message = {message}, detailed_message = {detail})]")
    print(f"    {name} = {row['status']},")
PY
    echo '}'
} >src/lib.rs
export CARGO_TARGET_DIR="$work/alt-target"
cargo generate-lockfile --quiet
cargo fetch --quiet
read -r alt_cold alt_cold_n < <(measure cargo build)
cargo clean --quiet -p strum-alternative
read -r alt_warm alt_warm_n < <(measure cargo build)
printf '\n// a maintainer edits the enum\n' >>src/lib.rs
read -r alt_edit alt_edit_n < <(measure cargo build)

cat <<TABLE

| dev build of the crate a downstream depends on | picsart-error-codes | strum + serde derives |
|---|---:|---:|
| clean (all dependencies)                       | ${ours_cold} s, ${ours_cold_n} crates | ${alt_cold} s, ${alt_cold_n} crates |
| dependencies warm, our crates rebuilt          | ${ours_warm} s, ${ours_warm_n} crates | ${alt_warm} s, ${alt_warm_n} crate |
| after editing the table / the enum             | ${ours_edit} s, ${ours_edit_n} crate | ${alt_edit} s, ${alt_edit_n} crate |

$(rustc --version), $(nproc) cores
TABLE
