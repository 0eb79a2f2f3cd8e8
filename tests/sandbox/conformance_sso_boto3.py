#!/usr/bin/env python3
"""Conformance of the sandbox's IAM Identity Center with botocore: the real client is the judge.

A sandbox started with --sso-auto-approve is reached the way a user's tools reach it, through
AWS_ENDPOINT_URL_SSO_OIDC and AWS_ENDPOINT_URL_SSO. botocore's sso-oidc client registers,
starts a device authorization and creates a token; its sso client lists accounts and roles and
gets role credentials; a codeartifact client signed with those lists domains. Then botocore's
own credential chain does it from a profile: an sso-session profile with a cached token near
its expiry makes botocore refresh the token (refresh_token grant) and fetch role credentials
itself. Exits non-zero and prints each failed check.
"""

import datetime
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandboxproc  # noqa: E402
from sandboxproc import Checker, SandboxProcess  # noqa: E402

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
START_URL = "https://sandbox.awsapps.com/start"
PARTNER = "444455556666"


def expect_error(c, what, call, code, status):
    from botocore.exceptions import ClientError

    try:
        call()
    except ClientError as e:
        c.equal(e.response["Error"]["Code"], code, f"{what}: error code")
        c.equal(e.response["ResponseMetadata"]["HTTPStatusCode"], status, f"{what}: HTTP status")
        return e.response
    c.check(False, f"{what}: expected {code}, the call succeeded")
    return None


def device_flow(c, session, sandbox):
    """RegisterClient, StartDeviceAuthorization, CreateToken through botocore: the token answer."""
    oidc = session.client("sso-oidc")
    c.equal(oidc.meta.endpoint_url, sandbox.url, "sso-oidc endpoint from AWS_ENDPOINT_URL_SSO_OIDC")
    client = oidc.register_client(clientName="artifact-desk-conformance", clientType="public",
                                  scopes=["sso:account:access"], grantTypes=[DEVICE_GRANT, "refresh_token"])
    c.check(client.get("clientId") and client.get("clientSecret"), "RegisterClient: client id and secret")
    c.equal(client["clientSecretExpiresAt"] - client["clientIdIssuedAt"], 90 * 24 * 3600, "registration lasts 90 days")

    device = oidc.start_device_authorization(clientId=client["clientId"], clientSecret=client["clientSecret"],
                                             startUrl=START_URL)
    c.check(re.fullmatch(r"[B-DF-HJ-NP-TV-XZ]{4}-[B-DF-HJ-NP-TV-XZ]{4}", device["userCode"]),
            f"user code form: {device['userCode']!r}")
    c.equal(device["verificationUri"], sandbox.url + "/sso/verify", "verificationUri")
    c.equal(device["verificationUriComplete"], f"{sandbox.url}/sso/verify?user_code={device['userCode']}",
            "verificationUriComplete")
    c.equal(device["expiresIn"], 600, "expiresIn")
    c.equal(device["interval"], 1, "interval")

    token = oidc.create_token(clientId=client["clientId"], clientSecret=client["clientSecret"],
                              grantType=DEVICE_GRANT, deviceCode=device["deviceCode"])
    c.equal(token["tokenType"], "Bearer", "tokenType")
    c.equal(token["expiresIn"], 3600, "token expiresIn")
    c.check(token.get("accessToken") and token.get("refreshToken"), "access and refresh tokens")
    expect_error(c, "device code reused", lambda: oidc.create_token(
        clientId=client["clientId"], clientSecret=client["clientSecret"], grantType=DEVICE_GRANT,
        deviceCode=device["deviceCode"]), "InvalidGrantException", 400)
    expect_error(c, "wrong client secret", lambda: oidc.start_device_authorization(
        clientId=client["clientId"], clientSecret="guessed", startUrl=START_URL), "InvalidClientException", 401)
    return client, token


def portal(c, session, sandbox, access_token):
    """ListAccounts, ListAccountRoles, GetRoleCredentials through botocore: the credentials."""
    sso = session.client("sso")
    c.equal(sso.meta.endpoint_url, sandbox.url, "sso endpoint from AWS_ENDPOINT_URL_SSO")
    pages = sso.get_paginator("list_accounts").paginate(accessToken=access_token, PaginationConfig={"PageSize": 1})
    accounts = [a for page in pages for a in page["accountList"]]
    c.equal([a["accountId"] for a in accounts], [sandboxproc.ACCOUNT, PARTNER], "ListAccounts, a page at a time")
    c.equal([a["accountName"] for a in accounts], ["Sandbox", "Partner"], "account names")
    roles = sso.list_account_roles(accessToken=access_token, accountId=sandboxproc.ACCOUNT)["roleList"]
    c.equal([r["roleName"] for r in roles], ["ArtifactAdmin", "ReadOnly"], "ListAccountRoles")
    expect_error(c, "unassigned role", lambda: sso.get_role_credentials(
        accessToken=access_token, accountId=PARTNER, roleName="ReadOnly"), "ResourceNotFoundException", 404)
    expect_error(c, "forged access token", lambda: sso.list_accounts(accessToken="forged"), "UnauthorizedException", 401)

    credentials = sso.get_role_credentials(accessToken=access_token, accountId=sandboxproc.ACCOUNT,
                                           roleName="ArtifactAdmin")["roleCredentials"]
    c.check(credentials["accessKeyId"].startswith("ASIA"), "role credentials: ASIA key")
    now_ms = datetime.datetime.now(datetime.timezone.utc).timestamp() * 1000
    c.check(abs(credentials["expiration"] - (now_ms + 3600 * 1000)) < 60 * 1000,
            f"expiration in epoch milliseconds, an hour away: {credentials['expiration']}")
    return sso, credentials


def use_credentials(c, sandbox, credentials, what):
    ca = sandboxproc.client(sandbox, access_key=credentials["accessKeyId"], secret_key=credentials["secretAccessKey"],
                            session_token=credentials["sessionToken"])
    names = sorted(d["name"] for d in ca.list_domains()["domains"])
    c.equal(names, sandbox.visible_domains, f"{what}: ListDomains with the role credentials")
    sts = sandboxproc.client(sandbox, service="sts", access_key=credentials["accessKeyId"],
                             secret_key=credentials["secretAccessKey"], session_token=credentials["sessionToken"])
    arn = sts.get_caller_identity()["Arn"]
    c.check(re.fullmatch(rf"arn:aws:sts::{sandboxproc.ACCOUNT}:assumed-role/AWSReservedSSO_ArtifactAdmin_[0-9a-f]{{16}}"
                         r"/sandbox-user", arn), f"{what}: GetCallerIdentity's ARN: {arn}")


def credential_chain(c, sandbox, home, client, token):
    """botocore's SSO token provider and credential provider, from a profile and a cached token."""
    import boto3
    from botocore.utils import SSOTokenLoader, JSONFileCache

    config = os.path.join(home, "config")
    with open(config, "w") as f:
        f.write(f"[sso-session desk]\nsso_start_url = {START_URL}\nsso_region = {sandboxproc.REGION}\n"
                f"sso_registration_scopes = sso:account:access\n\n"
                f"[profile desk-sso]\nsso_session = desk\nsso_account_id = {sandboxproc.ACCOUNT}\n"
                f"sso_role_name = ArtifactAdmin\nregion = {sandboxproc.REGION}\n")
    os.environ["AWS_CONFIG_FILE"] = config
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.path.join(home, "credentials")
    cache_dir = os.path.join(os.path.expanduser("~"), ".aws", "sso", "cache")
    c.check(cache_dir.startswith(home), f"the token cache is in the throwaway home: {cache_dir}")
    now = datetime.datetime.now(datetime.timezone.utc)
    registration_expiry = datetime.datetime.fromtimestamp(client["clientSecretExpiresAt"], datetime.timezone.utc)
    # What `aws sso login` caches, with the access token 5 minutes from expiry: inside botocore's
    # 15-minute refresh window, so botocore refreshes it before use.
    cached = {
        "startUrl": START_URL, "region": sandboxproc.REGION, "accessToken": token["accessToken"],
        "expiresAt": (now + datetime.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "clientId": client["clientId"], "clientSecret": client["clientSecret"],
        "registrationExpiresAt": registration_expiry.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "refreshToken": token["refreshToken"],
    }
    loader = SSOTokenLoader(cache=JSONFileCache(cache_dir))
    loader.save_token(START_URL, cached, session_name="desk")

    session = boto3.session.Session(profile_name="desk-sso")
    ca = session.client("codeartifact", endpoint_url=sandbox.url)
    names = sorted(d["name"] for d in ca.list_domains()["domains"])
    c.check("acme-prod" in names, f"profile desk-sso: ListDomains through botocore's SSO credentials: {names}")
    c.equal(session.get_credentials().method, "sso", "credentials came from the SSO provider")

    refreshed = loader(START_URL, session_name="desk")
    c.check(refreshed["accessToken"] != token["accessToken"], "botocore refreshed the access token")
    c.check(refreshed.get("refreshToken") not in (None, token["refreshToken"]), "and got a new refresh token")
    oidc = session.client("sso-oidc")
    expect_error(c, "the old refresh token", lambda: oidc.create_token(
        clientId=client["clientId"], clientSecret=client["clientSecret"], grantType="refresh_token",
        refreshToken=token["refreshToken"]), "InvalidGrantException", 400)
    return refreshed


def scenario(c, program, home):
    state_file = os.path.join(home, "sandbox-state.json")
    with SandboxProcess(program, ["--state", state_file, "--seed", "demo", "--sso-auto-approve"]) as sandbox:
        # The domains the seeded caller can see, from the sandbox's own state file.
        with open(state_file, encoding="utf-8") as f:
            sandbox.visible_domains = sorted(
                d["name"] for d in json.load(f)["domains"]
                if d["owner"] == sandboxproc.ACCOUNT or sandboxproc.ACCOUNT in d.get("sharedWith", []))
        c.check(len(sandbox.visible_domains) >= 5, f"the seed has domains ({sandbox.visible_domains})")
        # How a user points the SDKs at the sandbox's IAM Identity Center.
        os.environ["AWS_ENDPOINT_URL_SSO_OIDC"] = sandbox.url
        os.environ["AWS_ENDPOINT_URL_SSO"] = sandbox.url
        import boto3

        session = boto3.session.Session(region_name=sandboxproc.REGION)
        client, token = device_flow(c, session, sandbox)
        sso, credentials = portal(c, session, sandbox, token["accessToken"])
        use_credentials(c, sandbox, credentials, "GetRoleCredentials")

        refreshed = credential_chain(c, sandbox, home, client, token)

        sso.logout(accessToken=refreshed["accessToken"])
        expect_error(c, "after Logout", lambda: sso.get_role_credentials(
            accessToken=refreshed["accessToken"], accountId=sandboxproc.ACCOUNT, roleName="ArtifactAdmin"),
            "UnauthorizedException", 401)


def main():
    args = sandboxproc.arguments(__doc__)
    c = Checker("sso conformance (botocore)")
    with tempfile.TemporaryDirectory(prefix="desk-sso-") as home:
        # botocore reads ~ for its token cache when it is imported: a throwaway home, set first.
        os.environ["HOME"] = home
        for name in ("AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                     "AWS_ENDPOINT_URL", "AWS_DEFAULT_PROFILE"):
            os.environ.pop(name, None)
        os.environ["AWS_CONFIG_FILE"] = os.path.join(home, "none")
        os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.path.join(home, "none")
        try:
            scenario(c, args.sandbox, home)
        except Exception as e:  # a crash is a failed check, with its cause
            c.check(False, f"scenario raised {type(e).__name__}: {e}")
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
