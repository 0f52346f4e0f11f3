#!/usr/bin/env bash
# The one test command: installs what the tests need, restores, builds, runs every test project,
# and ends with one line "N passed, N failed, N skipped" totalled over all of them.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

./scripts/install-deps.sh
./scripts/install-test-deps.sh

echo "== build"
buildlog=$(mktemp)
if ! dotnet build Stemma.slnx -c Release --nologo -v quiet >"$buildlog" 2>&1; then
  cat "$buildlog"; rm -f "$buildlog"
  echo "build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
rm -f "$buildlog"

passed=0; failed=0; skipped=0; status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  log=$(mktemp)
  dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  # "Passed!  - Failed:     0, Passed:    42, Skipped:     1, Total:    43, Duration: …"
  line=$(grep -E '(Passed|Failed)! +- +Failed: ' "$log" | tail -1)
  if [ -z "$line" ]; then
    echo "$name: no test summary (crashed?)"
    failed=$((failed + 1)); status=1
  else
    f=$(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$line")
    p=$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")
    s=$(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$line")
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  fi
  [ "$rc" -ne 0 ] && status=1
  rm -f "$log"
done

echo "$passed passed, $failed failed, $skipped skipped"
exit $status
