#!/bin/sh
echo '{"Version": 2, "AccessKeyId": "AKIDV2", "SecretAccessKey": "v2-secret-value"}'
