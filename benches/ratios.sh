#!/usr/bin/env bash
# Runs the runtime benches several times and prints each comparison as a ratio, with its
# spread, so that numbers taken on a machine shared with other work stay meaningful.
#
#   benches/ratios.sh                # 5 rounds; ROUNDS=9 benches/ratios.sh for more
#
# A comparison is a pair of benches `CASE/A` and `CASE/B` in one criterion group (for
# example `from_u16/ours` and `from_u16/http`); criterion runs them back to back, and each
# round runs every pair again, so the two sides alternate. For each pair the table gives
# the median time of each side (median over rounds) and the ratio first / second of each
# round: min / median / max. Needs python3.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${ROUNDS:-5}"
criterion="${CARGO_TARGET_DIR:-$root/target}/criterion"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT

cd "$root"
# Stale results of benches that no longer exist would otherwise be read too.
rm -rf "$criterion/lookups" "$criterion/api_error"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for i in $(seq "$rounds"); do
    echo "round $i of $rounds" >&2
    cargo bench --quiet -p picsart-error-codes-benches --bench lookups --bench api_error -- \
        --warm-up-time 1 --measurement-time 3 --noplot >/dev/null 2>&1
    # One line per bench of this round: round, group, case, side, median in ns.
    python3 - "$criterion" "$i" >>"$results" <<'PY'
import json, pathlib, sys
# In the order criterion wrote them, which is the order of the bench file: ours first.
for path in sorted(pathlib.Path(sys.argv[1]).glob("*/*/new/benchmark.json"), key=lambda p: p.stat().st_mtime):
    bench = json.loads(path.read_text())
    case, _, side = bench["function_id"].rpartition("/")
    median = json.loads((path.parent / "estimates.json").read_text())["median"]["point_estimate"]
    print(sys.argv[2], bench["group_id"], case, side, median, sep="\t")
PY
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$results" <<'PY'
import collections, statistics, sys
times = collections.defaultdict(dict)  # (group, case) -> side -> [ns per round]
order = collections.defaultdict(list)
for line in open(sys.argv[1]):
    rnd, group, case, side, ns = line.rstrip("\n").split("\t")
    times[(group, case)].setdefault(side, []).append(float(ns))
    if side not in order[(group, case)]:
        order[(group, case)].append(side)

def fmt(ns):
    return f"{ns / 1000:.2f} µs" if ns >= 1000 else f"{ns:.1f} ns"

print("| comparison | first (median) | second (median) | first / second: min / median / max |")
print("|---|---:|---:|---:|")
for (group, case), sides in sorted(times.items()):
    names = order[(group, case)]
    if len(names) != 2:
        continue
    a, b = (sides[n] for n in names)
    ratios = sorted(x / y for x, y in zip(a, b))
    print(f"| {group}/{case} | {names[0]} {fmt(statistics.median(a))} | {names[1]} {fmt(statistics.median(b))} "
          f"| {ratios[0]:.2f} / {statistics.median(ratios):.2f} / {ratios[-1]:.2f} |")
PY
echo
echo "$(rustc --version), $(nproc) cores, $rounds rounds, load average $load_before before and $load_after after"
