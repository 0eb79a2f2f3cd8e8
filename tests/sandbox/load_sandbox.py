#!/usr/bin/env python3
"""Load on the sandbox's HTTP edge: hostile connections held open while real clients are served.

500 idle connections (connected, silent) and 100 slow senders (a partial request head, one more
byte every half second) are held open against artifact-desk-sandbox while 1,000 signed boto3
requests complete on 8 threads. Every request must be answered within MAX_LATENCY_S, the whole
within MAX_TOTAL_S, and the 600 held connections must all still be open at the end (the sandbox
runs with --max-connections 1024, and the run ends well inside its 30 s idle timeout).

The sandbox gets its secret from ARTIFACT_DESK_SANDBOX_SECRET_ACCESS_KEY, and the script checks
that the secret is not in its /proc/PID/cmdline.

Measured on the shared 2-core build machine (Debian 12, load average 4-7 from other builds):
the 1,000 requests took 1.3-3.2 s (300-740 a second), the slowest 54-180 ms, the sandbox's peak
RSS 20 MiB, the whole script 4-5 s. The bounds below (2 s a request, 30 s in all) leave a
tenfold margin for a slower or busier machine.
"""

import os
import select
import socket
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sandboxproc  # noqa: E402
from sandboxproc import Checker, SandboxProcess, client  # noqa: E402

IDLE = 500
SLOW = 100
REQUESTS = 1000
WORKERS = 8
MAX_LATENCY_S = 2.0
MAX_TOTAL_S = 30.0
ACCESS_KEY_ID = "AKIDLOADTEST"
SECRET = "load-test-secret-from-the-environment"


def open_connections(port, count):
    connections = []
    for _ in range(count):
        connections.append(socket.create_connection(("127.0.0.1", port), timeout=10))
    return connections


def still_open(connection):
    """True unless the peer closed it (readable with nothing to read, or reset)."""
    readable, _, _ = select.select([connection], [], [], 0)
    if not readable:
        return True
    try:
        return connection.recv(1, socket.MSG_PEEK) != b""
    except OSError:
        return False


class SlowSenders:
    """Each connection sends a request head one byte at a time, every half second."""

    HEAD = (b"POST /v1/domains HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Date: 20261201T000000Z\r\n"
            b"Content-Type: application/json\r\nX-Padding: " + b"p" * 200 + b"\r\n\r\n")

    def __init__(self, connections):
        self.connections = connections
        self.stop = threading.Event()
        self.sent = 0
        self.errors = 0
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        offset = 0
        while not self.stop.wait(0.5) and offset < len(self.HEAD) - 1:
            for connection in self.connections:
                try:
                    connection.send(self.HEAD[offset:offset + 1])
                    self.sent += 1
                except OSError:
                    self.errors += 1
            offset += 1


def run_requests(sandbox, c):
    ca = client(sandbox, pool=WORKERS, timeout=10, access_key=ACCESS_KEY_ID, secret_key=SECRET)
    latencies = []
    failures = []
    lock = threading.Lock()
    per_worker = REQUESTS // WORKERS

    def worker(index):
        for i in range(per_worker):
            started = time.monotonic()
            try:
                if i % 2:
                    ca.describe_domain(domain="acme-prod")
                else:
                    ca.list_domains(maxResults=5)
            except Exception as e:  # reported below
                with lock:
                    failures.append(f"{type(e).__name__}: {e}")
                continue
            with lock:
                latencies.append(time.monotonic() - started)

    ca.list_domains()   # the client's set-up (endpoint, signer) is not a request's latency
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(WORKERS)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(MAX_TOTAL_S * 3)
    total = time.monotonic() - started
    c.check(not any(t.is_alive() for t in threads), "every worker finished")
    c.check(not failures, f"{len(failures)} requests failed: {failures[:3]}")
    c.equal(len(latencies), per_worker * WORKERS, "requests answered")
    return latencies, total


def main():
    args = sandboxproc.arguments(__doc__)
    c = Checker("load_sandbox")
    env = dict(os.environ)
    env["ARTIFACT_DESK_SANDBOX_SECRET_ACCESS_KEY"] = SECRET
    try:
        with SandboxProcess(args.sandbox, ["--seed", "demo", "--max-connections", "1024",
                                           "--access-key-id", ACCESS_KEY_ID], env=env) as sandbox:
            with open(f"/proc/{sandbox.process.pid}/cmdline", "rb") as f:
                c.check(SECRET.encode() not in f.read(), "the secret is not in /proc/PID/cmdline")
            held_started = time.monotonic()
            idle = open_connections(sandbox.port, IDLE)
            slow = SlowSenders(open_connections(sandbox.port, SLOW))
            slow.thread.start()
            latencies, total = run_requests(sandbox, c)
            slow.stop.set()
            slow.thread.join(5)
            held_for = time.monotonic() - held_started
            c.check(held_for < 25, f"the run ended inside the idle timeout ({held_for:.1f} s)")
            open_count = sum(still_open(s) for s in idle + slow.connections)
            c.equal(open_count, IDLE + SLOW, "held connections still open")
            c.equal(slow.errors, 0, "slow sender errors")
            if latencies:
                latencies.sort()
                slowest = latencies[-1]
                p99 = latencies[int(len(latencies) * 0.99) - 1]
                print(f"load_sandbox: {len(latencies)} requests in {total:.2f} s "
                      f"({len(latencies) / total:.0f}/s) beside {IDLE} idle and {SLOW} slow connections; "
                      f"median {statistics.median(latencies) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
                      f"slowest {slowest * 1000:.0f} ms; slow senders sent {slow.sent} bytes", flush=True)
                c.check(slowest < MAX_LATENCY_S, f"slowest request {slowest:.2f} s < {MAX_LATENCY_S} s")
                c.check(total < MAX_TOTAL_S, f"all requests in {total:.2f} s < {MAX_TOTAL_S} s")
            with open(f"/proc/{sandbox.process.pid}/status") as f:
                peak = [line.split()[1] for line in f if line.startswith("VmHWM")]
            print(f"load_sandbox: sandbox peak RSS {int(peak[0]) // 1024} MiB", flush=True)
            for s in idle + slow.connections:
                s.close()
            c.equal(sandbox.stop(), 0, "sandbox stops cleanly")
    except Exception as e:
        c.check(False, f"unexpected {type(e).__name__}: {e}")
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
