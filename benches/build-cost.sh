#!/usr/bin/env bash
# What a downstream crate pays to build picsart-error-codes, next to the obvious
# hand-written alternative: the same enum with strum derives (Display, EnumString,
# FromRepr, EnumIter, EnumMessage) plus serde derives. Both sides get serde support:
# ours is built with its `serde` feature.
#
#   benches/build-cost.sh            # 5 rounds; ROUNDS=9 benches/build-cost.sh for more
#
# Each round builds both sides (ours first, then the alternative) in three situations;
# the table gives min / median / max over the rounds, so that a machine shared with other
# work shows as spread rather than as a wrong number. Everything runs in a temporary copy
# with its own target directories, so the checkout and its target/ are left alone. Needs
# network access to crates.io (or a warm cargo cache), git, and python3 (to write the
# alternative's enum from error-codes.toml).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${ROUNDS:-5}"
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
(cd "$work/ours" && cargo fetch --quiet)

# --- the alternative: strum + serde derives ---------------------------------------------
mkdir -p "$work/alt/src"
cat >"$work/alt/Cargo.toml" <<'TOML'
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
    # One variant per row of the real table, with its reason phrase and description.
    python3 - "$root/error-codes.toml" <<'PY'
import json, re, sys, tomllib
for row in tomllib.load(open(sys.argv[1], "rb"))["code"]:
    words = re.split(r"[^A-Za-z0-9]+", row["reason_phrase"])
    name = row.get("name") or "".join(w[:1].upper() + w[1:].lower() for w in words if w)
    # JSON string literals are valid Rust string literals for this text.
    message = json.dumps(row["reason_phrase"], ensure_ascii=False)
    detail = json.dumps(row["description"], ensure_ascii=False)
    print(f"    #[strum(message = {message}, detailed_message = {detail})]")
    print(f"    {name} = {row['status']},")
PY
    echo '}'
} >"$work/alt/src/lib.rs"
(cd "$work/alt" && cargo generate-lockfile --quiet && cargo fetch --quiet)

# One round of one side: clean build, warm rebuild of its own crates, rebuild after an
# edit; appends "<seconds> <crates>" to $work/<side>-<situation>.
round() {
    local side=$1
    shift
    local build=(cargo build "$@")
    export CARGO_TARGET_DIR="$work/$side-target"
    cd "$work/$side"
    rm -rf "$CARGO_TARGET_DIR"
    measure "${build[@]}" >>"$work/$side-cold"
    if [ "$side" = ours ]; then
        cargo clean --quiet -p picsart-error-codes -p picsart-error-codes-macros
    else
        cargo clean --quiet -p strum-alternative
    fi
    measure "${build[@]}" >>"$work/$side-warm"
    if [ "$side" = ours ]; then
        printf '\n# a maintainer edits the table\n' >>error-codes.toml
    else
        printf '\n// a maintainer edits the enum\n' >>src/lib.rs
    fi
    measure "${build[@]}" >>"$work/$side-edit"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for i in $(seq "$rounds"); do
    echo "round $i of $rounds" >&2
    round ours -p picsart-error-codes --features serde
    round alt
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# "min / median / max s, N crates" of one file of measurements.
spread() {
    sort -n "$work/$1" | awk '{ t[NR] = $1; n = $2 } END {
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "%.2f / %.2f / %.2f s, %d crate%s", t[1], m, t[NR], n, (n == 1 ? "" : "s") }'
}

cat <<TABLE

| \`cargo build\` (min / median / max of $rounds rounds) | picsart-error-codes (\`serde\`) | strum + serde derives |
|---|---:|---:|
| clean, all dependencies | $(spread ours-cold) | $(spread alt-cold) |
| dependencies warm, the crates themselves rebuilt | $(spread ours-warm) | $(spread alt-warm) |
| after editing the table (or the enum) | $(spread ours-edit) | $(spread alt-edit) |

$(rustc --version), $(nproc) cores, load average $load_before before and $load_after after
TABLE
