#!/usr/bin/env bash
# Tests ./pilothouse against the product that `./mvnw verify` materialized: the CLI commands, the JDK search and the
# messages for what is missing. Ends with "launcher: N passed, N failed" and exits non-zero on any failure.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LAUNCHER=$ROOT/pilothouse
JDK=$(ls -d /usr/lib/jvm/*/ | while read -r d; do
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release" 2>/dev/null); [[ ${v:-0} -ge 21 ]] && echo "${d%/}"
done | head -n 1)
passed=0 failed=0

# check NAME EXPECTED_EXIT REGEX -- COMMAND...: runs COMMAND, checks its exit code and that stdout+stderr match REGEX.
check() {
  local name=$1 expected=$2 pattern=$3 output code
  shift 4
  output=$("$@" 2>&1)
  code=$?
  if [[ $code -eq $expected ]] && grep -Eq -- "$pattern" <<<"$output"; then
    passed=$((passed + 1))
    echo "ok - $name"
  else
    failed=$((failed + 1))
    echo "not ok - $name (exit $code, expected $expected; output did not match /$pattern/)"
    sed 's/^/    | /' <<<"$output"
  fi
}

check "--help prints the usage" 0 '^Usage: pilothouse' -- "$LAUNCHER" --help
check "--help lists the ide command" 0 'ide \[WORKSPACE\]' -- "$LAUNCHER" --help
check "--version prints the version" 0 '^pilothouse [0-9]+\.[0-9]+\.[0-9]+' -- "$LAUNCHER" --version
check "an unknown option is a usage error" 2 "Unknown option: '--bogus'" -- "$LAUNCHER" --bogus
check "ide takes at most one workspace" 2 'usage: pilothouse ide \[WORKSPACE\]' -- "$LAUNCHER" ide a b
check "a JDK 21+ is found under the JVM folder when JAVA_HOME and PATH have none" 0 '^pilothouse ' -- \
  env -u JAVA_HOME PATH=/usr/bin:/bin PILOTHOUSE_JVM_DIRS=/usr/lib/jvm "$LAUNCHER" --version
check "JAVA_HOME is used first" 0 "^Java [0-9]+" -- env JAVA_HOME="$JDK" "$LAUNCHER" --version
check "no JDK at all names what is missing" 2 'no JDK 21 or newer found.*JAVA_HOME' -- \
  env -u JAVA_HOME PATH=/nonexistent PILOTHOUSE_JVM_DIRS=/nonexistent /bin/bash "$LAUNCHER" --version
check "an unbuilt checkout says which command to run" 2 'not built yet.*Run: \./mvnw verify' -- \
  env PILOTHOUSE_PRODUCT=/nonexistent "$LAUNCHER" --version

echo "launcher: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
