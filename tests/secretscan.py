#!/usr/bin/env python3
"""Fails when a test secret is found in a file the suite wrote.

Runs last in the suite (CTest DEPENDS on every other test). It reads the secrets from
tests/data/test-secrets.txt and searches every file below the given folders: the suite's
throwaway HOME (QSettings, QStandardPaths test locations, state files, logs) and CTest's own
logs (what every test printed, failure messages included). It names the file and which secret
(by line number), never the secret itself.
"""
import os
import sys


def main():
    if len(sys.argv) < 2:
        print("usage: secretscan.py SECRETS_FILE DIR...", file=sys.stderr)
        return 2
    secrets = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if line and not line.startswith("#"):
                secrets.append((number, line.encode()))
    if not secrets:
        print("no secrets to look for: the list is empty", file=sys.stderr)
        return 2

    # HOME is read when the test runs: ./test.sh gives the suite a throwaway one
    # (DESK_THROWAWAY_HOME=1), which is scanned whole; otherwise only Qt's test-mode folders.
    tops = list(sys.argv[2:])
    home = os.environ.get("HOME", "")
    if home:
        if os.environ.get("DESK_THROWAWAY_HOME") == "1":
            tops.append(home)
        else:
            tops.append(os.path.join(home, ".qttest"))
    found = []
    scanned = 0
    for top in tops:
        if not os.path.isdir(top):
            continue
        for folder, _dirs, files in os.walk(top):
            for name in files:
                path = os.path.join(folder, name)
                if os.path.islink(path) or not os.path.isfile(path):
                    continue
                try:
                    if os.path.getsize(path) > 64 * 1024 * 1024:
                        continue
                    with open(path, "rb") as f:
                        data = f.read()
                except OSError:
                    continue
                scanned += 1
                for number, secret in secrets:
                    if secret in data:
                        found.append((path, number))
    for path, number in found:
        print(f"FOUND test secret from line {number} of the list in {path}")
    print(f"secretscan: {scanned} files scanned in {', '.join(tops)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
