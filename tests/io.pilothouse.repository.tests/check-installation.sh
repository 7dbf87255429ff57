#!/usr/bin/env bash
# Checks that the p2 director installed the Pilothouse feature and every Pilothouse bundle from the update site.
set -uo pipefail
installation=$1
passed=0 failed=0
check() {
  if compgen -G "$installation/$2" >/dev/null; then
    passed=$((passed + 1)); echo "ok - $1"
  else
    failed=$((failed + 1)); echo "not ok - $1 (no $installation/$2)"
  fi
}
check "the feature is installed" "features/io.pilothouse.feature_*"
for bundle in model runtime lang lang.ide ui cli; do
  check "io.pilothouse.$bundle is installed" "plugins/io.pilothouse.${bundle}_*.jar"
done
check "a library from Maven Central came with it (Jackson)" "plugins/com.fasterxml.jackson.core.jackson-databind_*.jar"
check "the p2 profile records the installation" "p2/org.eclipse.equinox.p2.engine/profileRegistry/PilothouseTest.profile"
echo "update site: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
