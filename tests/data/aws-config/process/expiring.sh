#!/bin/sh
# Credentials that expire $1 seconds from now; each run prints a new key id (run count).
counter="${DESK_PROCESS_COUNTER:?}"
echo run >> "$counter"
n=$(wc -l < "$counter" | tr -d ' ')
exp=$(date -u -d "@$(( $(date +%s) + ${1:-8} ))" +%Y-%m-%dT%H:%M:%SZ)
printf '{"Version": 1, "AccessKeyId": "AKIDEXPIRING%s", "SecretAccessKey": "expiring-secret-%s", "SessionToken": "expiring-token", "Expiration": "%s"}\n' "$n" "$n" "$exp"
