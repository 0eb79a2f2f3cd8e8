#!/usr/bin/env bash
# Artifact Desk's whole test suite, headless: installs what is missing (Debian 12), builds with
# warnings as errors, and runs CTest inside a private D-Bus session with an unlocked
# gnome-keyring (the real Secret Service) and a throwaway HOME. Ends with CTest's summary.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Test-only packages: the Secret Service, secret-tool, the AWS CLI v2 and boto3 for conformance.
DESK_EXTRA_PACKAGES="dbus dbus-x11 gnome-keyring libsecret-tools awscli python3 xauth xvfb openssl" \
DESK_WERROR=ON DESK_SETUP_ONLY=1 ./run.sh

# boto3 judges the sandbox; use the first python3 that has it, install Debian's if none does.
if ! python3 -c 'import boto3' 2>/dev/null && ! /usr/bin/python3 -c 'import boto3' 2>/dev/null; then
  sudo_cmd=()
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
timeout 1200 dbus-run-session -- bash -c '
  set -euo pipefail
  printf "%s" "desk-test-keyring" | timeout 20 gnome-keyring-daemon --unlock --components=secrets >/dev/null
  cd build
  timeout 1140 ctest --output-on-failure --timeout 300 -j "$(nproc)" "$@"
' bash "$@"
