#!/usr/bin/env python3
"""200 concurrent clients on loopback against artifact-desk-sandbox: every answer is correct.

200 threads start together (a barrier) on their own connections; each creates its own
repository, describes it, reads the domain, and provokes one error. Then the totals must add up.
"""

import os
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandboxproc  # noqa: E402
from sandboxproc import Checker, SandboxProcess, client  # noqa: E402

from botocore.exceptions import ClientError  # noqa: E402

CLIENTS = 200


def main():
    args = sandboxproc.arguments(__doc__)
    c = Checker("concurrency_sandbox")
    with sandboxproc.temp_dir() as tmp:
        try:
            state = os.path.join(tmp, "state.json")
            with SandboxProcess(args.sandbox, ["--state", state, "--seed", "demo"]) as sandbox:
                ca = client(sandbox, pool=CLIENTS, timeout=60)
                barrier = threading.Barrier(CLIENTS, timeout=60)
                results = [None] * CLIENTS
                lock = threading.Lock()

                def worker(i):
                    problems = []
                    try:
                        barrier.wait()
                        name = f"concurrent-{i:03d}"
                        created = ca.create_repository(domain="acme-experiments", repository=name,
                                                       description=f"client {i}")["repository"]
                        if created["name"] != name or created["description"] != f"client {i}":
                            problems.append(f"create answered {created['name']}/{created['description']}")
                        described = ca.describe_repository(domain="acme-experiments", repository=name)["repository"]
                        expected_arn = f"arn:aws:codeartifact:us-east-1:111122223333:repository/acme-experiments/{name}"
                        if described["arn"] != expected_arn:
                            problems.append(f"describe answered {described['arn']}")
                        prod = ca.describe_domain(domain="acme-prod")["domain"]
                        if prod["repositoryCount"] != 17:
                            problems.append(f"acme-prod repositoryCount {prod['repositoryCount']}")
                        try:
                            ca.create_repository(domain="acme-experiments", repository=name)
                            problems.append("second create succeeded")
                        except ClientError as e:
                            if e.response["Error"]["Code"] != "ConflictException":
                                problems.append(f"second create: {e.response['Error']['Code']}")
                    except Exception as e:  # reported per client
                        problems.append(f"{type(e).__name__}: {e}")
                    with lock:
                        results[i] = problems

                threads = [threading.Thread(target=worker, args=(i,)) for i in range(CLIENTS)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join(90)
                c.check(not any(t.is_alive() for t in threads), "every client finished")
                failed = {i: p for i, p in enumerate(results) if p}
                c.check(not failed, f"{len(failed)} clients got wrong answers: {dict(list(failed.items())[:5])}")
                domain = ca.describe_domain(domain="acme-experiments")["domain"]
                c.equal(domain["repositoryCount"], CLIENTS + 1, "repositoryCount after 200 concurrent creates")
                listed = [r["name"] for page in ca.get_paginator("list_repositories_in_domain").paginate(
                    domain="acme-experiments", PaginationConfig={"PageSize": 50}) for r in page["repositories"]]
                c.equal(len(listed), CLIENTS + 1, "listed repositories")
                c.equal(sandbox.stop(), 0, "sandbox stops cleanly")
        except Exception as e:
            c.check(False, f"unexpected {type(e).__name__}: {e}")
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
