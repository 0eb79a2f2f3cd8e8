#!/usr/bin/env bash
# Artifact Desk: install what is missing (Debian 12, apt-get), build into build/, start the app.
# Arguments pass through to the app. With no AWS credentials configured, the app starts on its
# built-in sandbox. DESK_SETUP_ONLY=1 installs and builds without starting (test.sh uses it),
# DESK_SETUP_ONLY=packages only installs (test.sh --sanitize and --fuzz build elsewhere);
# DESK_WERROR=ON builds with warnings as errors; DESK_DEBUG_INFO=OFF without debug information.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Build and run-time packages; test-only packages are added by test.sh through DESK_EXTRA_PACKAGES.
packages=(
  build-essential cmake ninja-build pkg-config python3
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6
  qtkeychain-qt6-dev libsecret-1-0 libssl-dev
  qt6-qpa-plugins
)
# shellcheck disable=SC2206
packages+=(${DESK_EXTRA_PACKAGES:-})

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "run.sh: installing ${missing[*]}" >&2
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  timeout 900 "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 1800 "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "${DESK_SETUP_ONLY:-0}" = packages ]; then
  exit 0
fi

build_type=${DESK_BUILD_TYPE:-RelWithDebInfo}
werror=${DESK_WERROR:-OFF}
# DESK_DEBUG_INFO=OFF: the same -O2 code without debug information, which costs about a third of
# the compile time (.ci/run's normal phase uses it).
optimize_flags="-O2 -g -DNDEBUG"
if [ "${DESK_DEBUG_INFO:-ON}" = OFF ]; then
  optimize_flags="-O2 -DNDEBUG"
fi
if [ ! -f build/build.ninja ] || ! grep -q "DESK_WERROR:BOOL=$werror" build/CMakeCache.txt 2>/dev/null \
   || ! grep -qxF "CMAKE_CXX_FLAGS_RELWITHDEBINFO:STRING=$optimize_flags" build/CMakeCache.txt 2>/dev/null; then
  timeout 600 cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DDESK_WERROR="$werror" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$optimize_flags" >/dev/null
fi
timeout 1800 cmake --build build --parallel "$(nproc)" | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
test "${PIPESTATUS[0]}" -eq 0

if [ "${DESK_SETUP_ONLY:-0}" = 1 ]; then
  exit 0
fi

args=("$@")
if [ "${#args[@]}" -eq 0 ] && [ -z "${AWS_ACCESS_KEY_ID:-}" ] && [ -z "${AWS_PROFILE:-}" ] \
   && [ ! -f "${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}" ] \
   && [ ! -f "${AWS_CONFIG_FILE:-$HOME/.aws/config}" ]; then
  echo "run.sh: no AWS credentials configured; starting Artifact Desk on its built-in sandbox" >&2
  args=(--sandbox)
fi
exec build/bin/artifact-desk "${args[@]}"
