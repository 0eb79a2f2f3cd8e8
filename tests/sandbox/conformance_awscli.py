#!/usr/bin/env python3
"""Conformance of artifact-desk-sandbox with the AWS CLI v2 (/usr/bin/aws).

Runs list-domains, list-repositories-in-domain, create-repository,
associate-external-connection, describe-repository, delete-repository of an upstream in use
(the downstream keeps the name) and error cases against a sandbox seeded with the demo,
checked against the sandbox's own state file. Skips (exit code 77) only when /usr/bin/aws does not exist.
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


def load_state(path):
    """The sandbox's state file: {(owner, name): domain}."""
    with open(path, encoding="utf-8") as f:
        return {(d["owner"], d["name"]): d for d in json.load(f)["domains"]}


def main():
    args = sandboxproc.arguments(__doc__)
    if not os.path.exists(AWS):
        print(f"SKIPPED: {AWS} (AWS CLI v2) does not exist; the CLI conformance checks did not run")
        return SKIP
    c = Checker("conformance_awscli")
    with sandboxproc.temp_dir() as tmp:
        try:
            state_file = os.path.join(tmp, "state.json")
            with SandboxProcess(args.sandbox, ["--state", state_file, "--seed", "demo"]) as sandbox:
                # What the seed holds, from the sandbox's own state file (written before it listens).
                seeded = load_state(state_file)

                code, data, err = run_cli(sandbox, tmp, "list-domains")
                c.equal(code, 0, f"list-domains exit code ({err.strip()})")
                names = sorted(d["name"] for d in (data or {}).get("domains", []))
                visible = sorted(name for (owner, name), d in seeded.items()
                                 if owner == sandboxproc.ACCOUNT or sandboxproc.ACCOUNT in d.get("sharedWith", []))
                c.check(len(visible) >= 5, f"the seed has domains ({visible})")
                c.equal(names, visible, "list-domains names")

                # The CLI pages on its own, in pages of 5.
                code, data, err = run_cli(sandbox, tmp, "list-repositories-in-domain", "--domain", "acme-prod",
                                          "--page-size", "5")
                c.equal(code, 0, f"list-repositories-in-domain exit code ({err.strip()})")
                expected = len(seeded[(sandboxproc.ACCOUNT, "acme-prod")]["repositories"])
                c.check(expected > 10, f"acme-prod has more than two pages ({expected})")
                c.equal(len((data or {}).get("repositories", [])), expected, "all repositories through the CLI paginator")

                # The seed's dangling upstream is described as it is.
                dangling = [(d["name"], r["name"], r["upstreams"])
                            for (owner, _), d in seeded.items() if owner == sandboxproc.ACCOUNT
                            for r in d["repositories"]
                            if any(u not in {x["name"] for x in d["repositories"]} for u in r.get("upstreams", []))]
                c.equal(len(dangling), 1, "the seed has one repository with a dangling upstream")
                for domain, name, upstreams in dangling:
                    code, data, err = run_cli(sandbox, tmp, "describe-repository", "--domain", domain,
                                              "--repository", name)
                    c.equal(code, 0, f"describe-repository {name} exit code ({err.strip()})")
                    c.equal([u.get("repositoryName") for u in (data or {}).get("repository", {}).get("upstreams", [])],
                            upstreams, "a dangling upstream is described as it is")

                # Deleting a repository another one uses as an upstream is allowed; the
                # downstream keeps the name.
                platform = {r["name"]: r for r in seeded[(sandboxproc.ACCOUNT, "platform")]["repositories"]}
                downstream = next(r for r in platform.values()
                                  if len(r.get("upstreams", [])) > 1 and all(u in platform for u in r["upstreams"]))
                gone = downstream["upstreams"][0]
                code, data, err = run_cli(sandbox, tmp, "delete-repository", "--domain", "platform", "--repository", gone)
                c.equal(code, 0, f"delete-repository of an upstream in use ({err.strip()})")
                code, data, err = run_cli(sandbox, tmp, "describe-repository", "--domain", "platform",
                                          "--repository", downstream["name"])
                c.equal([u.get("repositoryName") for u in (data or {}).get("repository", {}).get("upstreams", [])],
                        downstream["upstreams"], "the downstream keeps the deleted upstream's name")
                # (The refusals of the new rules, and their error shapes, are in conformance_boto3:
                # each CLI start costs seconds.)

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
                c.equal((data or {}).get("domain", {}).get("repositoryCount"),
                        len(seeded[("444455556666", "partner-shared")]["repositories"]), "shared domain repositoryCount")
                c.equal(sandbox.stop(), 0, "sandbox stops cleanly")
        except Exception as e:
            c.check(False, f"unexpected {type(e).__name__}: {e}")
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
