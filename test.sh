#!/usr/bin/env bash
# Artifact Desk's whole test suite, headless: installs what is missing (Debian 12), builds with
# warnings as errors, and runs CTest inside a private D-Bus session with an unlocked
# gnome-keyring (the real Secret Service) and a throwaway HOME. Ends with CTest's summary.
#
#   ./test.sh [CTEST_ARGS...]             the suite, built into build/ (gcc)
#   ./test.sh --sanitize [CTEST_ARGS...]  the same suite, built into build-sanitize/ with
#                                         AddressSanitizer, LeakSanitizer and UBSan (gcc); any
#                                         report, from a test or a process it started, fails
#   ./test.sh --fuzz SECONDS              builds the libFuzzer targets (tests/fuzz, clang 14) into
#                                         build-fuzz/ and runs each for SECONDS; any crash, hang,
#                                         leak or sanitizer report fails, and the input is saved
#                                         in build-fuzz/crashes/TARGET/
# Every step runs under `timeout`. .ci/run runs all three (README.md, Tests).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

mode=normal
case "${1:-}" in
  --sanitize)
    mode=sanitize
    shift
    ;;
  --fuzz)
    mode=fuzz
    fuzz_seconds=${2:-}
    if ! [[ "$fuzz_seconds" =~ ^[1-9][0-9]*$ ]]; then
      echo "test.sh: --fuzz needs a number of seconds per target, e.g. ./test.sh --fuzz 30" >&2
      exit 2
    fi
    shift 2
    ;;
esac

# Test-only packages: the Secret Service, secret-tool, the AWS CLI v2 and boto3 for conformance.
test_packages="dbus dbus-x11 gnome-keyring libsecret-tools awscli python3 xauth xvfb openssl"

# build_in DIR TARGET CMAKE_OPTIONS...: a build folder of its own, configured once, then built.
build_in() {
  local dir=$1 target=$2
  shift 2
  if [ ! -f "$dir/build.ninja" ]; then
    timeout 600 cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
  fi
  timeout 3000 cmake --build "$dir" --target "$target" --parallel "$(nproc)" | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
  test "${PIPESTATUS[0]}" -eq 0
}

# run_suite DIR SECONDS [CTEST_ARGS...]: CTest in DIR, in a private D-Bus session with an unlocked
# gnome-keyring, a throwaway HOME and no display; SECONDS bounds the whole run.
run_suite() {
  local dir=$1 seconds=$2
  shift 2
  # boto3 judges the sandbox; use the first python3 that has it, install Debian's if none does.
  if ! python3 -c 'import boto3' 2>/dev/null && ! /usr/bin/python3 -c 'import boto3' 2>/dev/null; then
    local sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
    DEBIAN_FRONTEND=noninteractive timeout 900 "${sudo_cmd[@]}" apt-get install -y -qq python3-boto3 >/dev/null
  fi

  test_home=$(mktemp -d)
  trap 'rm -rf "$test_home"' EXIT
  export HOME="$test_home" XDG_DATA_HOME="$test_home/.local/share" XDG_CONFIG_HOME="$test_home/.config" \
         XDG_RUNTIME_DIR="$test_home/run" QT_QPA_PLATFORM=offscreen DESK_THROWAWAY_HOME=1
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  unset DISPLAY WAYLAND_DISPLAY AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE \
        AWS_ENDPOINT_URL AWS_ENDPOINT_URL_CODEARTIFACT AWS_REGION AWS_DEFAULT_REGION || true

  # shellcheck disable=SC2016
  timeout "$seconds" dbus-run-session -- bash -c '
    set -euo pipefail
    dir=$1 seconds=$2
    shift 2
    printf "%s" "desk-test-keyring" | timeout 20 gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd "$dir"
    timeout "$((seconds - 60))" ctest --output-on-failure --timeout 300 -j "$(nproc)" "$@"
  ' bash "$dir" "$seconds" "$@"
}

# run_fuzzers SECONDS: each target of build-fuzz/fuzz/targets.txt for SECONDS, nproc at a time.
run_fuzzers() {
  local seconds=$1 dir=build-fuzz
  local -a targets pids
  mapfile -t targets < <(grep -v '^$' "$dir/fuzz/targets.txt")
  if [ "${#targets[@]}" -eq 0 ]; then
    echo "test.sh: no fuzz target in $dir/fuzz/targets.txt" >&2
    return 1
  fi
  mkdir -p "$dir/logs"
  # A report stops the target, which saves the input; LeakSanitizer skips Qt's own leaks.
  export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=0"
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
  local passed=0 failed=0 i=0
  while [ "$i" -lt "${#targets[@]}" ]; do
    pids=()
    local batch=("${targets[@]:i:$(nproc)}")
    for t in "${batch[@]}"; do
      mkdir -p "$dir/corpus/$t" "$dir/crashes/$t"
      local regressions=()
      if [ -d "tests/fuzz/regressions/$t" ]; then regressions=("tests/fuzz/regressions/$t"); fi
      # New inputs go to the first folder (build-fuzz/corpus/TARGET), never into the checkout.
      timeout --kill-after=30 "$((seconds + 300))" "$dir/fuzz/fuzz_$t" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$dir/crashes/$t/" "$dir/corpus/$t" "tests/fuzz/corpus/$t" "${regressions[@]}" \
        >"$dir/logs/$t.log" 2>&1 &
      pids+=($!)
    done
    local k
    for k in "${!batch[@]}"; do
      local t=${batch[$k]} status=0
      wait "${pids[$k]}" || status=$?
      local runs cov
      runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/logs/$t.log" | tail -1 || true)
      cov=$(grep -oE 'cov: [0-9]+' "$dir/logs/$t.log" | tail -1 | cut -d' ' -f2 || true)
      if [ "$status" -eq 0 ]; then
        passed=$((passed + 1))
        echo "fuzz_$t: ok, ${runs:-?} inputs in ${seconds} s, ${cov:-?} coverage points"
      else
        failed=$((failed + 1))
        echo "fuzz_$t: FAILED (exit $status); the end of $dir/logs/$t.log:" >&2
        tail -n 60 "$dir/logs/$t.log" >&2
        local saved
        saved=$(find "$dir/crashes/$t" -type f | head -5)
        if [ -n "$saved" ]; then
          echo "fuzz_$t: the input is saved as: $saved" >&2
          echo "fuzz_$t: once fixed, keep it as a regression case: cp it into tests/fuzz/regressions/$t/" >&2
        fi
      fi
    done
    i=$((i + ${#batch[@]}))
  done
  echo "fuzz: $passed passed, $failed failed"
  test "$failed" -eq 0
}

case "$mode" in
  normal)
    DESK_EXTRA_PACKAGES="$test_packages" DESK_WERROR=ON DESK_SETUP_ONLY=1 ./run.sh
    run_suite build 1200 "$@"
    ;;
  sanitize)
    DESK_EXTRA_PACKAGES="$test_packages" DESK_SETUP_ONLY=packages ./run.sh
    # -O1 and line tables only: the build takes about as long as the normal one, and a report
    # still names file and line.
    build_in build-sanitize all -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
      -DDESK_SANITIZE=ON -DDESK_WERROR=ON
    run_suite build-sanitize 2400 "$@"
    ;;
  fuzz)
    DESK_EXTRA_PACKAGES="clang-14 libclang-rt-14-dev" DESK_SETUP_ONLY=packages ./run.sh
    build_in build-fuzz desk_fuzz_targets -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DDESK_FUZZ=ON -DDESK_WERROR=ON
    run_fuzzers "$fuzz_seconds"
    ;;
esac
