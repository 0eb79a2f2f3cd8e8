#!/usr/bin/env bash
# Runs one test of a sanitized build (DESK_SANITIZE=ON): tests/CMakeLists.txt puts this before
# every test's command. It sets the sanitizers' options, with every process the test starts (the
# test itself, the sandbox a Python script launches, the app a test runs) writing its reports
# into a folder of this test's own, and fails the test when any process wrote one, even a child
# whose exit code nobody looked at. The reports are printed here, in CTest's output.
#
# run-sanitized.sh COMMAND [ARGS...]
set -uo pipefail
here=$(dirname "$(readlink -f "$0")")
name=$(basename "$1")
logs=$(mktemp -d "${TMPDIR:-/tmp}/desk-sanitizer-$name.XXXXXX")
trap 'rm -rf "$logs"' EXIT

# A report ends the process that found it, with a non-zero exit code (LeakSanitizer's: 23).
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=0:log_path=$logs/asan"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$logs/ubsan"

"$@"
status=$?

shopt -s nullglob
reports=("$logs"/*)
if [ "${#reports[@]}" -gt 0 ]; then
  for report in "${reports[@]}"; do
    echo "==== sanitizer report: $(basename "$report") (log_path.pid) ===="
    cat "$report"
  done >&2
  echo "run-sanitized.sh: $name: ${#reports[@]} sanitizer report(s) from its processes, above" >&2
  if [ "$status" -eq 0 ]; then
    status=1
  fi
fi
exit "$status"
