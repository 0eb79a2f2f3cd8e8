#!/usr/bin/env python3
"""Conformance of artifact-desk-sandbox's permissions policies with the AWS CLI v2 (/usr/bin/aws).

The six policy operations as the CLI sends them (the domain's put is all JSON body, the
repository's puts the policy in the body and the names in the query, the deletes take
--policy-revision in the query): no policy yet, put, put with the current revision, a stale
revision refused, a document that is not JSON refused, delete with the revision, and a put on
another account's domain refused. Kept apart from conformance_awscli.py, with few calls: each
CLI start costs seconds on a loaded machine. Skips (exit code 77) when /usr/bin/aws does not exist.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandboxproc  # noqa: E402
from sandboxproc import Checker, SandboxProcess  # noqa: E402
from conformance_awscli import AWS, SKIP, run_cli  # noqa: E402

DOCUMENT = json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
    "Action": ["codeartifact:ReadFromRepository"], "Resource": "*"}]}, indent=2)
REPOSITORY = ["--domain", "acme-prod", "--repository", "web-frontend"]
DOMAIN = ["--domain", "acme-prod"]


def scenario(c, sandbox, tmp):
    code, data, err = run_cli(sandbox, tmp, "get-repository-permissions-policy", *REPOSITORY)
    c.check(code != 0 and "ResourceNotFoundException" in err, f"no repository policy yet ({code}, {err.strip()})")
    code, data, err = run_cli(sandbox, tmp, "put-repository-permissions-policy", *REPOSITORY,
                              "--policy-document", DOCUMENT)
    c.equal(code, 0, f"put-repository-permissions-policy ({err.strip()})")
    first = (data or {}).get("policy", {})
    c.equal(first.get("document"), DOCUMENT, "the document as sent")
    c.equal(first.get("resourceArn"), "arn:aws:codeartifact:us-east-1:111122223333:repository/acme-prod/web-frontend",
            "resourceArn")
    code, data, err = run_cli(sandbox, tmp, "put-repository-permissions-policy", *REPOSITORY,
                              "--policy-document", DOCUMENT, "--policy-revision", first.get("revision", "x"))
    c.equal(code, 0, f"put with the current revision ({err.strip()})")
    second = (data or {}).get("policy", {})
    c.check(second.get("revision") and second.get("revision") != first.get("revision"), "a new revision on every put")
    code, data, err = run_cli(sandbox, tmp, "put-repository-permissions-policy", *REPOSITORY,
                              "--policy-document", DOCUMENT, "--policy-revision", first.get("revision", "x"))
    c.check(code != 0 and "ConflictException" in err, f"a stale revision refused ({code}, {err.strip()})")
    code, data, err = run_cli(sandbox, tmp, "put-repository-permissions-policy", *REPOSITORY, "--policy-document", "{")
    c.check(code != 0 and "ValidationException" in err, f"a document that is not JSON refused ({code}, {err.strip()})")
    code, data, err = run_cli(sandbox, tmp, "delete-repository-permissions-policy", *REPOSITORY,
                              "--policy-revision", second.get("revision", "x"))
    c.equal(code, 0, f"delete-repository-permissions-policy with the revision ({err.strip()})")
    c.equal((data or {}).get("policy", {}).get("revision"), second.get("revision"), "the deleted policy is answered")

    code, data, err = run_cli(sandbox, tmp, "put-domain-permissions-policy", *DOMAIN, "--policy-document", DOCUMENT)
    c.equal(code, 0, f"put-domain-permissions-policy ({err.strip()})")
    domain_policy = (data or {}).get("policy", {})
    code, data, err = run_cli(sandbox, tmp, "get-domain-permissions-policy", *DOMAIN)
    c.equal((data or {}).get("policy"), domain_policy, f"get-domain-permissions-policy ({err.strip()})")
    code, data, err = run_cli(sandbox, tmp, "delete-domain-permissions-policy", *DOMAIN,
                              "--policy-revision", domain_policy.get("revision", "x"))
    c.equal(code, 0, f"delete-domain-permissions-policy ({err.strip()})")

    code, data, err = run_cli(sandbox, tmp, "put-domain-permissions-policy", "--domain", "partner-shared",
                              "--domain-owner", "444455556666", "--policy-document", DOCUMENT)
    c.check(code != 0 and "AccessDeniedException" in err, f"a put on another account's domain ({code}, {err.strip()})")


def main():
    args = sandboxproc.arguments(__doc__)
    if not os.path.exists(AWS):
        print(f"SKIPPED: {AWS} (AWS CLI v2) does not exist; the CLI conformance checks did not run")
        return SKIP
    c = Checker("conformance_policies_awscli")
    with sandboxproc.temp_dir() as tmp:
        try:
            with SandboxProcess(args.sandbox, ["--seed", "demo"]) as sandbox:
                scenario(c, sandbox, tmp)
                c.equal(sandbox.stop(), 0, "sandbox stops cleanly")
        except Exception as e:
            c.check(False, f"unexpected {type(e).__name__}: {e}")
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
