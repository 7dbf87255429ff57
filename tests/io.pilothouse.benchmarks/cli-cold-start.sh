#!/usr/bin/env bash
# Measures the cold start of the CLI: every run is a new JVM, as when `pilothouse` runs in a shell loop or in CI.
# Usage: tests/io.pilothouse.benchmarks/cli-cold-start.sh [RUNS] [ARGS...]   (default: 20 runs of --version)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-20}
shift || true
args=("${@:---version}")
"$ROOT/pilothouse" "${args[@]}" >/dev/null # one untimed run fills the OS file cache
times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  "$ROOT/pilothouse" "${args[@]}" >/dev/null
  times+=($((($(date +%s%N) - start) / 1000000)))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "pilothouse ${args[*]}: $runs runs, ms min $(head -n 1 <<<"$sorted")," \
  "median $(sed -n "$(((runs + 1) / 2))p" <<<"$sorted"), max $(tail -n 1 <<<"$sorted")"
