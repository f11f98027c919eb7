#!/usr/bin/env bash
# Instructions per operation of each runtime bench case, counted by callgrind: unlike
# time, the count does not change with what else the machine runs, so it backs the
# ratios of benches/ratios.sh on a shared machine. It does not see branch mispredictions
# or cache misses, which time does.
#
#   benches/instructions.sh          # needs valgrind
set -euo pipefail
cd "$(dirname "$0")/.."

binary=$(cargo bench --quiet -p picsart-error-codes-benches --bench instructions \
    --no-run --message-format=json |
    python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "instructions" and m.get("executable"):
        print(m["executable"])')

count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$1" 2>&1 >/dev/null |
        awk '/Collected/ { print $4 }'
}

setup=$(count none)
echo "| case | instructions per operation |"
echo "|---|---:|"
"$binary" list | while read -r case ops; do
    [ "$case" = none ] && continue
    awk -v n="$(count "$case")" -v s="$setup" -v ops="$ops" -v c="$case" \
        'BEGIN { printf "| %s | %.1f |\n", c, (n - s) / (100 * ops) }'
done
