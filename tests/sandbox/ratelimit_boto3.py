#!/usr/bin/env python3
"""The sandbox's --rate-limit as boto3 sees it: the real client is the judge.

Against `artifact-desk-sandbox --rate-limit 2`: without retries, botocore reports the burst's
third call as ThrottlingException (429, Retry-After, the model's retryAfterSeconds) while STS is
not limited; with botocore's default retries, calls beyond the limit are retried and succeed.
Exits non-zero and prints each failed check.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandboxproc  # noqa: E402
from sandboxproc import SandboxProcess, client  # noqa: E402

import boto3  # noqa: E402
from botocore.exceptions import ClientError  # noqa: E402

RATE = 2


def default_client(sandbox):
    """A client with botocore's default retry configuration (nothing set in code or environment)."""
    session = boto3.session.Session(aws_access_key_id=sandboxproc.ACCESS_KEY_ID,
                                    aws_secret_access_key=sandboxproc.SECRET_ACCESS_KEY,
                                    region_name=sandboxproc.REGION)
    return session.client("codeartifact", endpoint_url=sandbox.url)


def scenario(c, program):
    with SandboxProcess(program, ["--seed", "demo", "--rate-limit", str(RATE)]) as sandbox:
        # One attempt. botocore's max_attempts counts retries (the first attempt not included),
        # so {"max_attempts": 1} would still retry once.
        once = client(sandbox, retries=0)
        sts = client(sandbox, service="sts")
        retrying = default_client(sandbox)
        c.check("max_attempts" not in (retrying.meta.config.retries or {}),
                f"botocore's default retries ({retrying.meta.config.retries})")

        # The burst: at least RATE calls, then ThrottlingException. (A token comes back every
        # 1/RATE s, so a slow machine may get a few more calls through; the C++ tests count
        # exactly, on a fake clock.)
        admitted, throttled = 0, None
        started = time.monotonic()
        while admitted < 50 and throttled is None:
            try:
                c.check("domains" in once.list_domains(), f"call {admitted + 1} of the burst answers")
                admitted += 1
            except ClientError as e:
                throttled = e
        refused_at = time.monotonic()   # the bucket holds less than a token now
        c.check(RATE <= admitted <= RATE + (refused_at - started) * RATE + 1,
                f"{admitted} calls admitted in {refused_at - started:.2f} s before the first 429")
        if c.check(throttled is not None, "a call beyond the burst is throttled"):
            response = throttled.response
            c.equal(response["Error"]["Code"], "ThrottlingException", "error code")
            c.equal(response["Error"]["Message"], "Rate exceeded", "message")
            c.equal(response["ResponseMetadata"]["HTTPStatusCode"], 429, "HTTP status")
            c.equal(response["ResponseMetadata"]["RetryAttempts"], 0, "no retries")
            headers = response["ResponseMetadata"]["HTTPHeaders"]
            c.equal(headers.get("retry-after"), "1", "Retry-After header")
            c.equal(headers.get("x-amzn-errortype"), "ThrottlingException", "x-amzn-ErrorType header")
            c.equal(response.get("retryAfterSeconds"), 1, "the model's retryAfterSeconds, parsed by botocore")
            c.check(isinstance(throttled, once.exceptions.ThrottlingException),
                    "botocore raises the modelled ThrottlingException")
        c.equal(sts.get_caller_identity()["Account"], sandboxproc.ACCOUNT, "STS is not rate limited")

        # Default retries: each call beyond the limit is retried until a token is there.
        retried = 0
        for i in range(2 * RATE):
            response = retrying.list_domains()
            c.check("domains" in response, f"call {i + 1} with default retries succeeds")
            retried += response["ResponseMetadata"]["RetryAttempts"]
        elapsed = time.monotonic() - refused_at
        c.check(retried >= 1, f"calls beyond the limit were retried ({retried} retries)")
        # With less than a token left, 2 * RATE calls need more than 2 * RATE - 1 tokens' time.
        c.check(elapsed >= (2 * RATE - 1) / RATE, f"the calls waited for tokens ({elapsed:.2f} s)")


def main():
    args = sandboxproc.arguments(__doc__)
    # botocore's defaults, whatever the environment says.
    for name in ("AWS_RETRY_MODE", "AWS_MAX_ATTEMPTS", "AWS_NEW_RETRIES_2026", "AWS_PROFILE", "AWS_DEFAULT_PROFILE"):
        os.environ.pop(name, None)
    with sandboxproc.temp_dir() as tmp:
        sandboxproc.isolate_aws_files(tmp)
        return sandboxproc.run_checks("ratelimit_boto3", scenario, args.sandbox)


if __name__ == "__main__":
    sys.exit(main())
