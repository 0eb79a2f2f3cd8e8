"""Start and stop artifact-desk-sandbox for the Python scenarios (boto3, AWS CLI, stress)."""

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time

# The sandbox's documented default key pair (a test value, not a secret).
ACCESS_KEY_ID = "AKIDSANDBOX"
SECRET_ACCESS_KEY = "sandbox-secret-key-not-for-production"
ACCOUNT = "111122223333"
REGION = "us-east-1"

_LISTENING = re.compile(r"^listening on (https?://127\.0\.0\.1:(\d+))$")


class SandboxProcess:
    """One running sandbox; use as a context manager so it is always stopped."""

    def __init__(self, program, args=(), start_timeout=15.0, env=None):
        self.program = program
        self.args = list(args)
        self.start_timeout = start_timeout
        self.env = env
        self.process = None
        self.url = None
        self.port = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def start(self):
        self.process = subprocess.Popen([self.program, *self.args], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, env=self.env)
        line = {}

        def read_line():
            line["text"] = self.process.stdout.readline()

        reader = threading.Thread(target=read_line, daemon=True)
        reader.start()
        reader.join(self.start_timeout)
        text = line.get("text", "")
        match = _LISTENING.match(text.rstrip("\n"))
        if not match or not text.endswith("\n"):
            self.kill()
            err = self.process.stderr.read() if self.process.stderr else ""
            raise RuntimeError(f"sandbox did not print its listening line: {text!r} stderr={err!r}")
        self.url = match.group(1)
        self.port = int(match.group(2))

    def stop(self, sig=signal.SIGTERM, timeout=10.0):
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(sig)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return None

    def kill(self):
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def client(sandbox, service="codeartifact", retries=1, pool=10, access_key=ACCESS_KEY_ID,
           secret_key=SECRET_ACCESS_KEY, session_token=None, timeout=30):
    import boto3
    import botocore.config

    config = botocore.config.Config(retries={"max_attempts": retries, "mode": "standard"},
                                    max_pool_connections=pool, connect_timeout=timeout,
                                    read_timeout=timeout)
    session = boto3.session.Session(aws_access_key_id=access_key, aws_secret_access_key=secret_key,
                                    aws_session_token=session_token, region_name=REGION)
    return session.client(service, endpoint_url=sandbox.url, config=config)


def arguments(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sandbox", required=True, help="path to artifact-desk-sandbox")
    return parser.parse_args()


class Checker:
    """Collects failures instead of stopping at the first, and prints them at the end."""

    def __init__(self, name):
        self.name = name
        self.failures = []
        self.checks = 0

    def check(self, condition, what):
        self.checks += 1
        if not condition:
            self.failures.append(what)
            print(f"FAIL: {what}", flush=True)
        return condition

    def equal(self, actual, expected, what):
        return self.check(actual == expected, f"{what}: expected {expected!r}, got {actual!r}")

    def finish(self):
        if self.failures:
            print(f"{self.name}: {len(self.failures)} of {self.checks} checks failed", flush=True)
            return 1
        print(f"{self.name}: all {self.checks} checks passed", flush=True)
        return 0


def temp_dir():
    return tempfile.TemporaryDirectory(prefix="desk-sandbox-")


def isolate_aws_files(folder, drop=()):
    """Points the AWS SDKs at no shared config or credentials file (both under `folder`, absent)
    and removes the environment variables named in `drop`, so this machine's AWS setup cannot
    change what a script checks."""
    os.environ["AWS_CONFIG_FILE"] = os.path.join(folder, "no-config")
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.path.join(folder, "no-credentials")
    for name in drop:
        os.environ.pop(name, None)


def run_checks(name, scenario, *args):
    """Runs scenario(checker, *args) under a Checker called `name`; an exception it did not expect
    is a failed check, reported with its type. Returns the script's exit code."""
    c = Checker(name)
    try:
        scenario(c, *args)
    except Exception as e:
        c.check(False, f"unexpected {type(e).__name__}: {e}")
    return c.finish()
