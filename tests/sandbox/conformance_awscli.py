#!/usr/bin/env python3
"""Conformance of artifact-desk-sandbox with the AWS CLI v2 (/usr/bin/aws).

Runs list-domains, list-repositories-in-domain, create-repository,
associate-external-connection, describe-repository and an error case against a sandbox
seeded with the demo. Skips (exit code 77) only when /usr/bin/aws does not exist.
"""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandboxproc  # noqa: E402
from sandboxproc import Checker, SandboxProcess  # noqa: E402

AWS = "/usr/bin/aws"
SKIP = 77


def run_cli(sandbox, tmp, *args):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": tmp,
        "AWS_ACCESS_KEY_ID": sandboxproc.ACCESS_KEY_ID,
        "AWS_SECRET_ACCESS_KEY": sandboxproc.SECRET_ACCESS_KEY,
        "AWS_CONFIG_FILE": os.path.join(tmp, "no-config"),
        "AWS_SHARED_CREDENTIALS_FILE": os.path.join(tmp, "no-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_PAGER": "",
        "AWS_MAX_ATTEMPTS": "1",
    }
    command = [AWS, "codeartifact", *args, "--endpoint-url", sandbox.url, "--region", sandboxproc.REGION,
               "--output", "json"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    data = json.loads(result.stdout) if result.returncode == 0 and result.stdout.strip() else None
    return result.returncode, data, result.stderr


def main():
    args = sandboxproc.arguments(__doc__)
    if not os.path.exists(AWS):
        print(f"SKIPPED: {AWS} (AWS CLI v2) does not exist; the CLI conformance checks did not run")
        return SKIP
    c = Checker("conformance_awscli")
    with sandboxproc.temp_dir() as tmp:
        try:
            with SandboxProcess(args.sandbox, ["--seed", "demo"]) as sandbox:
                code, data, err = run_cli(sandbox, tmp, "list-domains")
                c.equal(code, 0, f"list-domains exit code ({err.strip()})")
                names = sorted(d["name"] for d in (data or {}).get("domains", []))
                c.equal(names, ["acme-experiments", "acme-prod", "acme-staging", "partner-shared",
                                "sandbox-playground"], "list-domains names")

                # The CLI pages on its own: 17 repositories in pages of 5.
                code, data, err = run_cli(sandbox, tmp, "list-repositories-in-domain", "--domain", "acme-prod",
                                          "--page-size", "5")
                c.equal(code, 0, f"list-repositories-in-domain exit code ({err.strip()})")
                c.equal(len((data or {}).get("repositories", [])), 17, "all repositories through the CLI paginator")

                code, data, err = run_cli(sandbox, tmp, "create-repository", "--domain", "acme-experiments",
                                          "--repository", "cli-npm", "--description", "made by the CLI")
                c.equal(code, 0, f"create-repository exit code ({err.strip()})")

                code, data, err = run_cli(sandbox, tmp, "associate-external-connection", "--domain",
                                          "acme-experiments", "--repository", "cli-npm", "--external-connection",
                                          "public:npmjs")
                c.equal(code, 0, f"associate-external-connection exit code ({err.strip()})")
                connections = (data or {}).get("repository", {}).get("externalConnections", [])
                c.equal([(x.get("externalConnectionName"), x.get("packageFormat")) for x in connections],
                        [("public:npmjs", "npm")], "associate-external-connection result")

                code, data, err = run_cli(sandbox, tmp, "describe-repository", "--domain", "acme-experiments",
                                          "--repository", "cli-npm")
                c.equal(code, 0, f"describe-repository exit code ({err.strip()})")
                repo = (data or {}).get("repository", {})
                c.equal(repo.get("description"), "made by the CLI", "describe-repository description")
                c.equal(repo.get("arn"), "arn:aws:codeartifact:us-east-1:111122223333:repository/acme-experiments/cli-npm",
                        "describe-repository arn")

                code, data, err = run_cli(sandbox, tmp, "associate-external-connection", "--domain",
                                          "acme-experiments", "--repository", "cli-npm", "--external-connection",
                                          "public:pypi")
                c.check(code != 0 and "ConflictException" in err, f"second connection refused ({code}, {err.strip()})")
                code, data, err = run_cli(sandbox, tmp, "describe-domain", "--domain", "no-such-domain")
                c.check(code != 0 and "ResourceNotFoundException" in err, f"unknown domain ({code}, {err.strip()})")
                code, data, err = run_cli(sandbox, tmp, "describe-domain", "--domain", "partner-shared",
                                          "--domain-owner", "444455556666")
                c.equal(code, 0, f"shared domain visible with --domain-owner ({err.strip()})")
                c.equal((data or {}).get("domain", {}).get("repositoryCount"), 3, "shared domain repositoryCount")
                c.equal(sandbox.stop(), 0, "sandbox stops cleanly")
        except Exception as e:
            c.check(False, f"unexpected {type(e).__name__}: {e}")
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
