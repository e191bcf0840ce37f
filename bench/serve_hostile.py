#!/usr/bin/env python3
"""`ppid serve` under hostile requests, loopback only, bounded counts.

Starts `ppid serve --port 0`, then measures, each on a fresh connection to 127.0.0.1:
  - a GET whose URL is 65 kB long (status and time until the answer or the close),
  - a 1 MB request line sent from several connections at once, while a normal page is fetched,
  - how long SIGINT takes to end the server while those connections are still open.

    python3 bench/serve_hostile.py --content Content --ppid .build/release/ppid
"""
import argparse
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request


def raw_request(port, head, timeout=60):
    """Sends `head` (bytes), returns (status line or '', seconds until the answer or the close)."""
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sender = threading.Thread(target=lambda: _send_all(sock, head), daemon=True)
        sender.start()
        answer = b""
        try:
            while b"\r\n" not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except OSError:
            pass
    return answer.split(b"\r\n", 1)[0].decode("latin-1"), time.monotonic() - start


def _send_all(sock, data):
    try:
        sock.sendall(data)
    except OSError:
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--content", default="Content")
    parser.add_argument("--ppid", default=".build/release/ppid")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--runs", type=int, default=3, help="how many times the 65 kB URL is sent")
    parser.add_argument("--tanggal", default="2026-11-25")
    args = parser.parse_args()

    server = subprocess.Popen([args.ppid, "serve", "--content", args.content, "--port", "0", "--tanggal", args.tanggal],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    port = None
    for line in server.stderr:
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if found:
            port = int(found.group(1))
            break
    if port is None:
        sys.exit("ppid serve did not start")
    threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()
    try:
        for _ in range(args.runs):
            status, seconds = raw_request(port, b"GET /" + b"a" * 65_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
            print(f"65 kB URL: {status or '(closed)'} in {seconds:.2f} s", flush=True)

        results = []
        line = b"GET /" + b"a" * 1_000_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
        threads = [threading.Thread(target=lambda: results.append(raw_request(port, line)), daemon=True)
                   for _ in range(args.connections)]
        for thread in threads:
            thread.start()
        time.sleep(0.2)
        page_start = time.monotonic()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=60) as response:
                page = f"{response.status} in {time.monotonic() - page_start:.2f} s"
        except Exception as error:  # noqa: BLE001 - reported as measured
            page = f"failed after {time.monotonic() - page_start:.2f} s ({error})"
        print(f"normal page during {args.connections} × 1 MB lines: {page}", flush=True)

        # SIGINT while hostile connections may still be open.
        stuck = [socket.create_connection(("127.0.0.1", port)) for _ in range(args.connections)]
        for sock in stuck:
            sock.send(b"GET /" + b"a" * 100)
        stop_start = time.monotonic()
        server.send_signal(2)
        try:
            server.wait(timeout=30)
            print(f"SIGINT: exited in {time.monotonic() - stop_start:.2f} s (status {server.returncode})", flush=True)
        except subprocess.TimeoutExpired:
            print("SIGINT: still running after 30 s", flush=True)
        for thread in threads:
            thread.join(timeout=60)
        for status, seconds in results:
            print(f"1 MB line: {status or '(closed)'} in {seconds:.2f} s")
        for sock in stuck:
            sock.close()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
