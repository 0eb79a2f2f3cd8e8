#!/bin/sh
echo '{"Version": 1, "AccessKeyId": "AKIDOLD", "SecretAccessKey": "expired-secret-value", "Expiration": "2001-01-01T00:00:00Z"}'
