#!/usr/bin/env python3
"""Load soak: wrk -t2 -c64 on POST /v1/ask for SOAK_SECONDS (default 60)
while documents are re-ingested over PUT in a loop. Passes when wrk saw no
errors and no non-2xx, the server's RSS grew < 10% between the end of the
warm-up (first 10 s) and the end, every PUT succeeded, and the server still
answers correctly afterwards.

The same load runs for SOAK_PRELOAD seconds (default 30) before, and the
server's block cache is 4 MB and its memtables 2 MB (ROLEGRAPH_CACHE_MB,
ROLEGRAPH_MEMTABLE_MB): re-ingests fill both up to their size (with the
defaults, 32 + 16 MB take minutes to fill at this rate), which is memory in
use by design, not a leak; small buffers that are already full leave the
RSS measurement to find real growth. With no-op writes (SOAK_UNCHANGED=1)
RSS is flat from the start.

usage: soak.py ROLEGRAPH_BIN CORPUS_DIR"""
import json, os, re, signal, socket, subprocess, sys, tempfile, threading, time
import urllib.request

SECONDS = int(os.environ.get("SOAK_SECONDS", "60"))
PRELOAD = int(os.environ.get("SOAK_PRELOAD", "30"))
WARMUP = 10
# SOAK_UNCHANGED=1 puts the same texts (no-op writes): tells memory the
# writes cost (memtables, block cache) from memory the asks cost.
UNCHANGED = os.environ.get("SOAK_UNCHANGED") == "1"
HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, body=None, content_type="application/json"):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method=method,
                                 headers={"Content-Type": content_type} if body else {})
    try:
        with urllib.request.urlopen(req, timeout=30) as res:
            return res.status, res.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))


def first_answer(port, question):
    status, body = request(port, "POST", "/v1/ask", json.dumps({"question": question}).encode())
    assert status == 200, (status, body[:300])
    answers = json.loads(body)["answers"]
    return answers[0]["role"] if answers else None


def is_role(role, role_id, alias):
    return role is not None and (role["id"] == role_id or alias in role["aliases"])


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    manifest = json.load(open(os.path.join(corpus, "manifest.json")))["documents"]
    texts = {d["id"]: open(os.path.join(corpus, d["file"]), "rb").read() for d in manifest}
    failures = []
    with tempfile.TemporaryDirectory(prefix="rolegraph-soak-") as tmp:
        port = free_port()
        log = open(os.path.join(tmp, "server.log"), "w")
        server = subprocess.Popen([binary, "serve", "--db", os.path.join(tmp, "db"), "--port",
                                   str(port), "--corpus", corpus], stdout=log, stderr=log,
                                  env=dict(os.environ, ROLEGRAPH_CACHE_MB="4",
                                           ROLEGRAPH_MEMTABLE_MB="2",
                                           ROLEGRAPH_POSTING_CACHE_MB="2"))
        try:
            deadline = time.time() + 120
            while True:
                try:
                    # /healthz answers while the lexicon and corpus load; /readyz once asks do.
                    if request(port, "GET", "/readyz")[0] == 200:
                        break
                except OSError:
                    pass
                assert server.poll() is None and time.time() < deadline, "server did not start"
                time.sleep(0.2)
            before = first_answer(port, "who manages vendors for product improvement?")
            assert is_role(before, "cto", "CTO"), before

            stop = threading.Event()
            puts = {"ok": 0, "failed": []}

            def reingest():
                # Alternate each document's text with a trailing newline so
                # every PUT really re-ingests (an unchanged hash is a no-op).
                n = 0
                while not stop.is_set():
                    for doc_id, text in texts.items():
                        body = text + (b"\n" if n % 2 and not UNCHANGED else b"")
                        status, reply = request(port, "PUT", f"/v1/documents/{doc_id}", body,
                                                "text/plain; charset=utf-8")
                        if status in (200, 201):
                            puts["ok"] += 1
                        else:
                            puts["failed"].append((status, reply[:200]))
                    n += 1

            def run_wrk(seconds):
                return subprocess.Popen(["wrk", "-t2", "-c64", f"-d{seconds}s", "--timeout",
                                         "10s", "-s", os.path.join(HERE, "ask.lua"),
                                         f"http://127.0.0.1:{port}"],
                                        stdout=subprocess.PIPE, text=True)

            writer = threading.Thread(target=reingest)
            writer.start()
            if PRELOAD > 0:
                preload_out, _ = run_wrk(PRELOAD).communicate()
                print("soak: pre-load", " ".join(
                    l for l in preload_out.splitlines() if l.startswith("SOAK")))
            wrk = run_wrk(SECONDS)
            # RSS every second, printed as a timeline: growth that flattens is
            # caches filling, growth that keeps going is a leak.
            timeline = []
            start = time.time()
            while wrk.poll() is None:
                timeline.append((round(time.time() - start), rss_kb(server.pid)))
                time.sleep(1)
            out, _ = wrk.communicate()
            stop.set()  # alone, the writer re-ingests 10x faster: another load
            writer.join()
            rss_end = timeline[-1][1]
            # After the load: how memory settles once the connections close.
            after_load = []
            for _ in range(6):
                after_load.append(rss_kb(server.pid))
                time.sleep(0.5)
            print("soak: RSS kB every 0.5 s after wrk ended:", after_load)
            rss_warm = next(kb for t, kb in timeline if t >= WARMUP)
            print("soak: RSS kB by second:", " ".join(f"{t}:{kb}" for t, kb in timeline))
            stop.set()
            writer.join()
            print(out)
            m = re.search(r"SOAK requests=(\d+) non2xx=(\d+) connect=(\d+) read=(\d+) "
                          r"write=(\d+) timeout=(\d+) p99_ms=([\d.]+)", out)
            assert m, "no summary from wrk"
            requests, non2xx, *errors = (int(x) for x in m.groups()[:6])
            growth = (rss_end - rss_warm) / rss_warm
            print(f"soak: {requests} asks ({requests / SECONDS:.0f}/s, p99 {m.group(7)} ms), "
                  f"{puts['ok']} re-ingests, RSS {rss_warm} kB after warm-up -> {rss_end} kB "
                  f"({growth:+.1%})")
            if requests == 0:
                failures.append("wrk made no requests")
            if non2xx:
                failures.append(f"{non2xx} non-2xx responses")
            if sum(errors):
                failures.append(f"socket errors connect/read/write/timeout = {errors}")
            if puts["failed"] or puts["ok"] == 0:
                failures.append(f"re-ingests: {puts['ok']} ok, failed {puts['failed'][:3]}")
            if growth >= 0.10:
                failures.append(f"RSS grew {growth:.1%} after warm-up")
            after = first_answer(port, "who manages vendors for product improvement?")
            if not is_role(after, "cto", "CTO"):
                failures.append(f"after the soak the answer is {after}")
            if server.poll() is not None:
                failures.append(f"server exited with {server.returncode}")
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
    for f in failures:
        print("soak: FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
