#!/usr/bin/env python3
"""Conformance of artifact-desk-sandbox with boto3: the real client is the judge.

Runs a full scenario against a fresh sandbox (create, page, associate all ten connections,
every modelled error, deleting an upstream in use, reserved tag keys, KMS key shapes, tokens,
endpoints, STS, clean up), the repository quota in a second sandbox and throttling from a third.
Exits non-zero and prints each failed check.
"""

import datetime
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandboxproc  # noqa: E402
from sandboxproc import SandboxProcess, client  # noqa: E402

from botocore.exceptions import ClientError  # noqa: E402

# The judge's table (API-NOTES.md section 6), written out here rather than read from the code under test.
CONNECTIONS = {
    "public:npmjs": "npm",
    "public:pypi": "pypi",
    "public:maven-central": "maven",
    "public:maven-googleandroid": "maven",
    "public:maven-gradleplugins": "maven",
    "public:maven-commonsware": "maven",
    "public:maven-clojars": "maven",
    "public:nuget-org": "nuget",
    "public:ruby-gems-org": "ruby",
    "public:crates-io": "cargo",
}


def expect_error(c, what, call, code, status, **fields):
    try:
        call()
    except ClientError as e:
        response = e.response
        c.equal(response["Error"]["Code"], code, f"{what}: error code")
        c.equal(response["ResponseMetadata"]["HTTPStatusCode"], status, f"{what}: HTTP status")
        c.check(response["ResponseMetadata"].get("RequestId"), f"{what}: x-amzn-RequestId")
        c.check(response["Error"].get("Message"), f"{what}: message")
        for key, value in fields.items():
            c.equal(response.get(key), value, f"{what}: {key}")
        return response
    c.check(False, f"{what}: expected {code}, the call succeeded")
    return None


def policy_for(account, action="codeartifact:ReadFromRepository"):
    return json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Action": [action], "Resource": "*"}]})


def policies(c, ca, sandbox):
    for kind, target in (("domain", {"domain": "conformance"}),
                         ("repository", {"domain": "conformance", "repository": "team-web"})):
        get = getattr(ca, f"get_{kind}_permissions_policy")
        put = getattr(ca, f"put_{kind}_permissions_policy")
        delete = getattr(ca, f"delete_{kind}_permissions_policy")
        expect_error(c, f"{kind} policy before any", lambda: get(**target), "ResourceNotFoundException", 404)
        first = put(**target, policyDocument=policy_for("444455556666"))["policy"]
        c.check(first.get("revision"), f"{kind} policy revision")
        c.equal(first.get("document"), policy_for("444455556666"), f"{kind} policy document as sent")
        arn = ("arn:aws:codeartifact:us-east-1:%s:domain/conformance" if kind == "domain"
               else "arn:aws:codeartifact:us-east-1:%s:repository/conformance/team-web") % sandboxproc.ACCOUNT
        c.equal(first.get("resourceArn"), arn, f"{kind} policy resourceArn")
        c.equal(get(**target)["policy"], first, f"get_{kind}_permissions_policy")
        second = put(**target, policyRevision=first["revision"], policyDocument=policy_for("777788889999"))["policy"]
        c.check(second["revision"] != first["revision"], f"{kind} policy revision changes on put")
        expect_error(c, f"{kind} policy put with a stale revision",
                     lambda: put(**target, policyRevision=first["revision"], policyDocument=policy_for("121212121212")),
                     "ConflictException", 409)
        expect_error(c, f"{kind} policy delete with a stale revision",
                     lambda: delete(**target, policyRevision=first["revision"]), "ConflictException", 409)
        expect_error(c, f"{kind} policy that is not JSON",
                     lambda: put(**target, policyDocument='{"Statement": ['), "ValidationException", 400)
        expect_error(c, f"{kind} policy without a principal",
                     lambda: put(**target, policyDocument='{"Statement": [{"Effect": "Allow", "Action": "x"}]}'),
                     "ValidationException", 400)
        c.equal(get(**target)["policy"]["revision"], second["revision"], f"{kind} policy unchanged by refused puts")
        deleted = delete(**target, policyRevision=second["revision"])["policy"]
        c.equal(deleted["revision"], second["revision"], f"delete_{kind}_permissions_policy answers the deleted policy")
        expect_error(c, f"{kind} policy after delete", lambda: get(**target), "ResourceNotFoundException", 404)
        expect_error(c, f"{kind} policy delete when none", lambda: delete(**target), "ResourceNotFoundException", 404)
    # boto3 checks the model's length itself; a raw signed request would be needed to see the
    # sandbox's 7168-character limit, which tst_permissionspolicies covers through the client.
    ca.put_repository_permissions_policy(domain="conformance", repository="team-web",
                                         policyDocument=policy_for("444455556666"))


def scenario(c, program, tmp):
    state = os.path.join(tmp, "state.json")
    with SandboxProcess(program, ["--state", state]) as sandbox:
        ca = client(sandbox)
        sts = client(sandbox, service="sts")

        # Domains
        domain = ca.create_domain(domain="conformance")["domain"]
        c.equal(domain["arn"], f"arn:aws:codeartifact:us-east-1:{sandboxproc.ACCOUNT}:domain/conformance", "domain arn")
        c.equal(domain["status"], "Active", "domain status")
        c.equal(domain["repositoryCount"], 0, "new domain repositoryCount")
        c.check(isinstance(domain["createdTime"], datetime.datetime), "createdTime parsed as a timestamp")
        for extra in ("conformance-b", "conformance-c"):
            ca.create_domain(domain=extra)

        # Repositories: one per connection, plus teams using them as upstreams
        stores = {}
        for index, connection in enumerate(CONNECTIONS):
            name = f"store-{index:02d}"
            stores[connection] = name
            ca.create_repository(domain="conformance", repository=name, description=f"proxy of {connection}")
        ca.create_repository(domain="conformance", repository="team-web",
                             upstreams=[{"repositoryName": stores["public:npmjs"]}])
        ca.create_repository(domain="conformance", repository="team-all",
                             upstreams=[{"repositoryName": "team-web"}, {"repositoryName": stores["public:pypi"]}])
        described = ca.describe_domain(domain="conformance")["domain"]
        c.equal(described["repositoryCount"], 12, "repositoryCount after creating 12")

        # Pagination by hand (3+ pages) and with the boto3 paginator
        names, token, pages = [], None, 0
        while True:
            kwargs = {"domain": "conformance", "maxResults": 5}
            if token:
                kwargs["nextToken"] = token
            page = ca.list_repositories_in_domain(**kwargs)
            c.check(len(page["repositories"]) <= 5, "page size respects maxResults")
            names += [r["name"] for r in page["repositories"]]
            pages += 1
            token = page.get("nextToken")
            if not token or pages > 10:
                break
        c.equal(pages, 3, "pages of 5 over 12 repositories")
        c.equal(sorted(names), sorted(set(names)), "no repository twice")
        c.equal(len(names), 12, "every repository listed")
        paginator = ca.get_paginator("list_repositories_in_domain")
        paged = list(paginator.paginate(domain="conformance", PaginationConfig={"PageSize": 4}))
        c.check(len(paged) >= 3, f"paginator made 3+ pages ({len(paged)})")
        c.equal(sum(len(p["repositories"]) for p in paged), 12, "paginator total")
        domain_pages = list(ca.get_paginator("list_domains").paginate(PaginationConfig={"PageSize": 1}))
        c.equal(len(domain_pages), 3, "list_domains paginator pages of 1 over 3 domains")
        account_wide = list(ca.get_paginator("list_repositories").paginate(PaginationConfig={"PageSize": 5}))
        c.equal(sum(len(p["repositories"]) for p in account_wide), 12, "list_repositories total")
        c.check(len(account_wide) >= 3, "list_repositories pages")

        # Every connection on its own repository, with its package format
        for connection, name in stores.items():
            repo = ca.associate_external_connection(domain="conformance", repository=name,
                                                    externalConnection=connection)["repository"]
            got = repo["externalConnections"]
            c.equal(len(got), 1, f"{connection}: one connection")
            if got:
                c.equal(got[0]["externalConnectionName"], connection, f"{connection}: name")
                c.equal(got[0]["packageFormat"], CONNECTIONS[connection], f"{connection}: packageFormat")
                c.equal(got[0]["status"].lower(), "available", f"{connection}: status")

        # Errors
        expect_error(c, "bad domain name", lambda: ca.create_domain(domain="Bad_Name"),
                     "ValidationException", 400, reason="FIELD_VALIDATION_FAILED")
        expect_error(c, "bad repository name", lambda: ca.describe_repository(domain="conformance", repository="-x-"),
                     "ValidationException", 400, reason="FIELD_VALIDATION_FAILED")
        expect_error(c, "unknown connection",
                     lambda: ca.associate_external_connection(domain="conformance", repository="team-web",
                                                              externalConnection="public:cpan"),
                     "ValidationException", 400, reason="FIELD_VALIDATION_FAILED")
        expect_error(c, "maxResults out of range",
                     lambda: ca.list_repositories_in_domain(domain="conformance", maxResults=1001),
                     "ValidationException", 400, reason="FIELD_VALIDATION_FAILED")
        expect_error(c, "tampered nextToken",
                     lambda: ca.list_repositories_in_domain(domain="conformance", nextToken="AAAA" + "x" * 20),
                     "ValidationException", 400)
        expect_error(c, "second connection",
                     lambda: ca.associate_external_connection(domain="conformance", repository=stores["public:npmjs"],
                                                              externalConnection="public:pypi"),
                     "ConflictException", 409, resourceId=stores["public:npmjs"], resourceType="repository")
        expect_error(c, "connection on a repository with upstreams",
                     lambda: ca.associate_external_connection(domain="conformance", repository="team-web",
                                                              externalConnection="public:npmjs"),
                     "ConflictException", 409, resourceId="team-web", resourceType="repository")
        expect_error(c, "domain exists", lambda: ca.create_domain(domain="conformance"),
                     "ConflictException", 409, resourceId="conformance", resourceType="domain")
        expect_error(c, "repository exists", lambda: ca.create_repository(domain="conformance", repository="team-web"),
                     "ConflictException", 409, resourceId="team-web", resourceType="repository")
        expect_error(c, "delete non-empty domain", lambda: ca.delete_domain(domain="conformance"),
                     "ConflictException", 409, resourceId="conformance", resourceType="domain")
        expect_error(c, "unknown domain", lambda: ca.describe_domain(domain="no-such-domain"),
                     "ResourceNotFoundException", 404, resourceId="no-such-domain", resourceType="domain")
        expect_error(c, "unknown repository", lambda: ca.describe_repository(domain="conformance", repository="nope"),
                     "ResourceNotFoundException", 404, resourceId="nope", resourceType="repository")
        expect_error(c, "other domain owner",
                     lambda: ca.describe_domain(domain="conformance", domainOwner="444455556666"),
                     "ResourceNotFoundException", 404, resourceType="domain")
        expect_error(c, "missing upstream",
                     lambda: ca.create_repository(domain="conformance", repository="team-x",
                                                  upstreams=[{"repositoryName": "ghost"}]),
                     "ResourceNotFoundException", 404, resourceId="ghost", resourceType="repository")
        expect_error(c, "bad token duration",
                     lambda: ca.get_authorization_token(domain="conformance", durationSeconds=60),
                     "ValidationException", 400)

        # Setup rules: deleting an upstream in use leaves a dangling name; reserved tag keys;
        # the shape of a KMS key.
        ca.create_repository(domain="conformance", repository="lib-old")
        ca.create_repository(domain="conformance", repository="app",
                             upstreams=[{"repositoryName": "lib-old"}, {"repositoryName": stores["public:npmjs"]}],
                             tags=[{"key": "team", "value": "web"}])
        deleted = ca.delete_repository(domain="conformance", repository="lib-old")["repository"]
        c.equal(deleted["name"], "lib-old", "an upstream in use can be deleted")
        app = ca.describe_repository(domain="conformance", repository="app")["repository"]
        c.equal([u["repositoryName"] for u in app["upstreams"]], ["lib-old", stores["public:npmjs"]],
                "the downstream keeps the dangling upstream, in its place")
        listed = [r["name"] for r in ca.list_repositories_in_domain(domain="conformance", repositoryPrefix="app")["repositories"]]
        c.equal(listed, ["app"], "a repository with a dangling upstream is listed")
        updated = ca.update_repository(domain="conformance", repository="app", description="kept")["repository"]
        c.equal(len(updated["upstreams"]), 2, "a description change leaves the upstreams alone")
        expect_error(c, "update naming a missing upstream",
                     lambda: ca.update_repository(domain="conformance", repository="app",
                                                  upstreams=[{"repositoryName": "lib-old"}]),
                     "ResourceNotFoundException", 404, resourceId="lib-old", resourceType="repository")
        updated = ca.update_repository(domain="conformance", repository="app",
                                       upstreams=[{"repositoryName": stores["public:npmjs"]}])["repository"]
        c.equal([u["repositoryName"] for u in updated["upstreams"]], [stores["public:npmjs"]],
                "the dangling name can be dropped")
        ca.delete_repository(domain="conformance", repository="app")
        for key in ("aws:team", "AWS:cost"):
            expect_error(c, f"tag key {key} on a repository",
                         lambda: ca.create_repository(domain="conformance", repository="tagged",
                                                      tags=[{"key": key, "value": "x"}]),
                         "ValidationException", 400, reason="FIELD_VALIDATION_FAILED")
            expect_error(c, f"tag key {key} on a domain",
                         lambda: ca.create_domain(domain="tagged", tags=[{"key": key, "value": "x"}]),
                         "ValidationException", 400, reason="FIELD_VALIDATION_FAILED")
        for key in ("my-key", "arn:aws:s3:::bucket", "alias/", "arn:aws:kms:us-east-1:111122223333:key/short"):
            expect_error(c, f"encryption key {key}", lambda: ca.create_domain(domain="keyed", encryptionKey=key),
                         "ValidationException", 400, reason="ENCRYPTION_KEY_ERROR")
        for key in ("alias/artifacts", "1234abcd-12ab-34cd-56ef-1234567890ab",
                    "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab",
                    "arn:aws:kms:us-east-1:111122223333:alias/artifacts"):
            keyed = ca.create_domain(domain="keyed", encryptionKey=key)["domain"]
            c.equal(keyed["encryptionKey"], key, f"encryption key {key} accepted")
            ca.delete_domain(domain="keyed")

        for i in range(7):
            ca.create_domain(domain=f"quota-{i}")
        expect_error(c, "domain quota", lambda: ca.create_domain(domain="quota-over"),
                     "ServiceQuotaExceededException", 402, resourceId="quota-over", resourceType="domain")

        # Disassociate
        repo = ca.disassociate_external_connection(domain="conformance", repository=stores["public:crates-io"],
                                                   externalConnection="public:crates-io")["repository"]
        c.equal(repo["externalConnections"], [], "disassociate removes the connection")
        expect_error(c, "disassociate twice",
                     lambda: ca.disassociate_external_connection(domain="conformance",
                                                                 repository=stores["public:crates-io"],
                                                                 externalConnection="public:crates-io"),
                     "ResourceNotFoundException", 404)

        # Token and endpoint
        before = datetime.datetime.now(datetime.timezone.utc)
        token = ca.get_authorization_token(domain="conformance", durationSeconds=900)
        c.check(len(token["authorizationToken"]) > 20, "authorization token")
        delta = (token["expiration"] - before).total_seconds()
        c.check(895 <= delta <= 910, f"token expiration is now + 900 s ({delta})")
        default = ca.get_authorization_token(domain="conformance")
        delta = (default["expiration"] - before).total_seconds()
        c.check(43190 <= delta <= 43210, f"default token expiration is now + 12 h ({delta})")
        endpoint = ca.get_repository_endpoint(domain="conformance", repository=stores["public:npmjs"], format="npm")
        c.equal(endpoint["repositoryEndpoint"],
                f"https://conformance-{sandboxproc.ACCOUNT}.d.codeartifact.us-east-1.amazonaws.com/npm/store-00/",
                "repository endpoint")

        # STS
        identity = sts.get_caller_identity()
        c.equal(identity["Account"], sandboxproc.ACCOUNT, "caller account")
        c.equal(identity["Arn"], f"arn:aws:iam::{sandboxproc.ACCOUNT}:user/sandbox-admin", "caller arn")
        assumed = sts.assume_role(RoleArn=f"arn:aws:iam::{sandboxproc.ACCOUNT}:role/desk-conformance",
                                  RoleSessionName="conformance", DurationSeconds=900, ExternalId="ext-1")
        creds = assumed["Credentials"]
        c.check(creds["AccessKeyId"].startswith("ASIA"), "assumed key id starts with ASIA")
        c.check(creds["SessionToken"], "assumed session token")
        role_ca = client(sandbox, access_key=creds["AccessKeyId"], secret_key=creds["SecretAccessKey"],
                         session_token=creds["SessionToken"])
        c.equal(len(role_ca.list_domains()["domains"]), 10, "assumed credentials list the domains")
        role_sts = client(sandbox, service="sts", access_key=creds["AccessKeyId"],
                          secret_key=creds["SecretAccessKey"], session_token=creds["SessionToken"])
        c.equal(role_sts.get_caller_identity()["Arn"],
                f"arn:aws:sts::{sandboxproc.ACCOUNT}:assumed-role/desk-conformance/conformance", "assumed identity")
        bad = client(sandbox, access_key=creds["AccessKeyId"], secret_key=creds["SecretAccessKey"],
                     session_token="forged")
        expect_error(c, "forged session token", lambda: bad.list_domains(), "UnrecognizedClientException", 403)
        wrong = client(sandbox, secret_key="wrong-secret")
        expect_error(c, "wrong secret", lambda: wrong.list_domains(), "InvalidSignatureException", 403)
        stranger = client(sandbox, access_key="AKIDNOBODY")
        expect_error(c, "unknown key", lambda: stranger.list_domains(), "UnrecognizedClientException", 403)
        try:
            client(sandbox, service="sts", secret_key="wrong-secret").get_caller_identity()
            c.check(False, "sts with a wrong secret succeeded")
        except ClientError as e:
            c.equal(e.response["Error"]["Code"], "SignatureDoesNotMatch", "sts error code (XML)")
            c.equal(e.response["Error"].get("Type"), "Sender", "sts error type")

        # Permissions policies: revisions, errors, and gone with their resource
        policies(c, ca, sandbox)

        # Clean up: dependents first, then stores, then domains
        for name in ("team-all", "team-web", *stores.values()):
            deleted = ca.delete_repository(domain="conformance", repository=name)["repository"]
            c.equal(deleted["name"], name, f"delete_repository {name}")
        for d in ca.list_domains()["domains"]:
            ca.delete_domain(domain=d["name"])
        c.equal(ca.list_domains()["domains"], [], "everything deleted")
        c.equal(sandbox.stop(), 0, "sandbox stops cleanly on SIGTERM")

    # The repository quota, in a sandbox that keeps its state in memory (1,000 creations)
    with SandboxProcess(program) as roomy:
        ca = client(roomy)
        ca.create_domain(domain="full")
        for i in range(1000):
            ca.create_repository(domain="full", repository=f"r{i:04d}")
        c.equal(ca.describe_domain(domain="full")["domain"]["repositoryCount"], 1000, "1,000 repositories fit")
        expect_error(c, "repository quota", lambda: ca.create_repository(domain="full", repository="one-too-many"),
                     "ServiceQuotaExceededException", 402, resourceId="one-too-many", resourceType="repository")

    # Throttling, from a second sandbox that throttles everything
    with SandboxProcess(program, ["--fault", "throttle:1.0", "--fault-seed", "1"]) as throttled:
        ca = client(throttled, retries=1)
        response = expect_error(c, "throttling", lambda: ca.list_domains(), "ThrottlingException", 429)
        if response:
            headers = response["ResponseMetadata"]["HTTPHeaders"]
            c.equal(headers.get("retry-after"), "1", "Retry-After header")
            c.equal(headers.get("x-amzn-errortype"), "ThrottlingException", "x-amzn-ErrorType header")
        c.equal(client(throttled, service="sts").get_caller_identity()["Account"], sandboxproc.ACCOUNT,
                "STS is exempt from faults")


def main():
    args = sandboxproc.arguments(__doc__)
    with sandboxproc.temp_dir() as tmp:
        return sandboxproc.run_checks("conformance_boto3", scenario, args.sandbox, tmp)


if __name__ == "__main__":
    sys.exit(main())
