#!/bin/sh
echo "token expired, run 'corp-login' first" >&2
exit 3
