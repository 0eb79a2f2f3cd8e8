#!/usr/bin/env python3
"""Crash safety of artifact-desk-sandbox: SIGKILL during a burst of writes loses nothing that
was acknowledged, and the state file stays readable.

Three rounds: 4 writer threads create (and sometimes delete) repositories as fast as they can;
the sandbox is killed with SIGKILL mid-burst; a restart on the same --state must start, and
every acknowledged create must be there and every acknowledged delete gone.
"""

import json
import os
import signal
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandboxproc  # noqa: E402
from sandboxproc import Checker, SandboxProcess, client  # noqa: E402

ROUNDS = 3
WRITERS = 4


def main():
    args = sandboxproc.arguments(__doc__)
    c = Checker("crashsafety_sandbox")
    with sandboxproc.temp_dir() as tmp:
        state = os.path.join(tmp, "state.json")
        # A delete that was in flight when the sandbox died may or may not have been applied
        # (written, then killed before the answer): such a repository may be present or not.
        created, deleted, delete_sent = set(), set(), set()
        try:
            with SandboxProcess(args.sandbox, ["--state", state]) as sandbox:
                client(sandbox).create_domain(domain="crash")
            for round_ in range(ROUNDS):
                with SandboxProcess(args.sandbox, ["--state", state]) as sandbox:
                    ca = client(sandbox, pool=WRITERS, timeout=5)
                    stop = threading.Event()
                    lock = threading.Lock()

                    def writer(w):
                        n = 0
                        while not stop.is_set():
                            name = f"r{round_}-w{w}-{n:04d}"
                            n += 1
                            try:
                                ca.create_repository(domain="crash", repository=name)
                                with lock:
                                    created.add(name)
                                if n % 5 == 0:
                                    with lock:
                                        delete_sent.add(name)
                                    ca.delete_repository(domain="crash", repository=name)
                                    with lock:
                                        deleted.add(name)
                            except Exception:
                                return  # the sandbox was killed

                    threads = [threading.Thread(target=writer, args=(w,)) for w in range(WRITERS)]
                    for t in threads:
                        t.start()
                    # Kill mid-burst once this round has written enough to matter: a fixed
                    # sleep wrote too little on a loaded machine (the check below then failed).
                    target = len(created) + 15 + 10 * round_
                    deadline = time.monotonic() + 30
                    while time.monotonic() < deadline:
                        with lock:
                            if len(created) >= target:
                                break
                        time.sleep(0.05)
                    time.sleep(0.1 * round_)
                    sandbox.process.send_signal(signal.SIGKILL)
                    sandbox.process.wait(10)
                    stop.set()
                    for t in threads:
                        t.join(20)
                    c.check(not any(t.is_alive() for t in threads), f"round {round_}: writers finished")
                with open(state, "rb") as f:
                    raw = f.read()
                try:
                    json.loads(raw)
                    c.check(True, "state file is JSON")
                except ValueError as e:
                    c.check(False, f"round {round_}: state file is not JSON after SIGKILL: {e}")
                c.check(b"sandbox-secret-key-not-for-production" not in raw, "state file has no secret")
                with SandboxProcess(args.sandbox, ["--state", state]) as sandbox:
                    ca = client(sandbox)
                    present = {r["name"] for page in ca.get_paginator("list_repositories_in_domain").paginate(
                        domain="crash", PaginationConfig={"PageSize": 1000}) for r in page["repositories"]}
                    missing = (created - delete_sent) - present
                    resurrected = deleted & present
                    c.check(not missing, f"round {round_}: acknowledged creates lost: {sorted(missing)[:10]}")
                    c.check(not resurrected, f"round {round_}: acknowledged deletes back: {sorted(resurrected)[:10]}")
                    c.check(len(created) > 10 * (round_ + 1), f"round {round_}: the burst wrote ({len(created)} acks)")
            print(f"acknowledged creates: {len(created)}, deletes: {len(deleted)}")
        except Exception as e:
            c.check(False, f"unexpected {type(e).__name__}: {e}")
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
