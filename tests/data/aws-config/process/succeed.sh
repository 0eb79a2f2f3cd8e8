#!/bin/sh
# Prints a valid Version 1 answer; counts its runs in $DESK_PROCESS_COUNTER when set.
if [ -n "$DESK_PROCESS_COUNTER" ]; then echo run >> "$DESK_PROCESS_COUNTER"; fi
cat <<JSON
{"Version": 1, "AccessKeyId": "AKIDPROCESS", "SecretAccessKey": "process-secret-value", "SessionToken": "process-session-token"}
JSON
