#!/bin/sh
echo '{"Version": 1, "AccessKeyId": "AKIDBAD", "SecretAccessKey": "bad-json-secret-value"'
