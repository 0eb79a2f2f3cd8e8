#!/usr/bin/env python3
"""The sandbox's --tls as the real clients see it: boto3 and the AWS CLI v2 are the judges.

Against `artifact-desk-sandbox --tls --tls-certificate-out FILE`: the certificate file is a
self-signed CA certificate for 127.0.0.1; boto3 with verify=FILE and the AWS CLI v2 with
--ca-bundle FILE list the demo's domains; boto3 with the system's trust store refuses the
certificate (SSLError), and so does a plain-HTTP request to the HTTPS port. Exits non-zero and
prints each failed check.
"""

import os
import shutil
import ssl
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandboxproc  # noqa: E402
from sandboxproc import SandboxProcess  # noqa: E402

import boto3  # noqa: E402
import botocore.config  # noqa: E402
from botocore.exceptions import ClientError, ConnectionClosedError, EndpointConnectionError, SSLError  # noqa: E402


def boto_client(url, verify):
    session = boto3.session.Session(aws_access_key_id=sandboxproc.ACCESS_KEY_ID,
                                    aws_secret_access_key=sandboxproc.SECRET_ACCESS_KEY,
                                    region_name=sandboxproc.REGION)
    config = botocore.config.Config(retries={"max_attempts": 0, "mode": "standard"}, connect_timeout=10,
                                    read_timeout=10)
    return session.client("codeartifact", endpoint_url=url, verify=verify, config=config)


def scenario(c, program, tmp):
    certificate = os.path.join(tmp, "sandbox-ca.pem")
    with SandboxProcess(program, ["--seed", "demo", "--tls", "--tls-certificate-out", certificate]) as sandbox:
        c.check(sandbox.url.startswith("https://127.0.0.1:"), f"the listening line names https ({sandbox.url})")
        c.check(os.path.isfile(certificate), "the certificate file was written before the listening line")
        pem = open(certificate).read()
        c.equal(pem.count("BEGIN CERTIFICATE"), 1, "one certificate in the file")
        c.check("PRIVATE KEY" not in pem, "no private key in the certificate file")
        decoded = ssl._ssl._test_decode_cert(certificate)  # the stdlib's own X.509 reader
        c.equal(dict(x[0] for x in decoded["subject"]), dict(x[0] for x in decoded["issuer"]),
                "the certificate is self-signed")
        names = decoded.get("subjectAltName", ())
        for name in (("IP Address", "127.0.0.1"), ("DNS", "localhost")):
            c.check(name in names, f"subjectAltName has {name} ({names})")

        domains = boto_client(sandbox.url, certificate).list_domains()["domains"]
        c.check(len(domains) > 0, f"boto3 with verify=FILE lists the demo's domains ({len(domains)})")
        created = boto_client(sandbox.url, certificate).create_domain(domain="tls-domain")["domain"]
        c.equal(created["name"], "tls-domain", "a signed mutation over TLS")

        try:
            boto_client(sandbox.url, True).list_domains()
            c.check(False, "boto3 with the system's trust store must refuse the sandbox's certificate")
        except SSLError as e:
            c.check("CERTIFICATE_VERIFY_FAILED" in str(e), f"refused as an unknown certificate ({e})")

        try:
            boto_client(sandbox.url.replace("https://", "http://"), certificate).list_domains()
            c.check(False, "plain HTTP to the HTTPS port must not be answered as a request")
        except ClientError as e:
            c.check(False, f"plain HTTP got an answer ({e})")
        except (ConnectionClosedError, EndpointConnectionError):
            pass  # closed unanswered: the TLS handshake failed on the sandbox's side

        aws = "/usr/bin/aws"
        if shutil.which(aws):
            env = dict(os.environ, AWS_ACCESS_KEY_ID=sandboxproc.ACCESS_KEY_ID,
                       AWS_SECRET_ACCESS_KEY=sandboxproc.SECRET_ACCESS_KEY)
            run = subprocess.run([aws, "codeartifact", "describe-domain", "--domain", "tls-domain", "--region",
                                  sandboxproc.REGION, "--endpoint-url", sandbox.url, "--ca-bundle", certificate,
                                  "--output", "text", "--query", "domain.name"],
                                 capture_output=True, text=True, env=env, timeout=60)
            c.equal((run.returncode, run.stdout.strip()), (0, "tls-domain"),
                    f"AWS CLI v2 with --ca-bundle (stderr: {run.stderr.strip()[-300:]})")


def main():
    args = sandboxproc.arguments(__doc__)
    with sandboxproc.temp_dir() as tmp:
        sandboxproc.isolate_aws_files(tmp, drop=("AWS_CA_BUNDLE", "REQUESTS_CA_BUNDLE", "AWS_PROFILE"))
        return sandboxproc.run_checks("tls_clients", scenario, args.sandbox, tmp)


if __name__ == "__main__":
    sys.exit(main())
