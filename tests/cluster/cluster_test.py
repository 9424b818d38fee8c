#!/usr/bin/env python3
"""A RoleGraph cluster on loopback (ctest label `cluster`): nginx in front of
one writer and two read replicas (`serve --replica-of`), configured with the
repository's own packaging/nginx/rolegraph.conf.

Replica 1 is a RocksDB secondary over the writer's folder; replica 2
restores the RocksDB backups the writer publishes (--publish-backups), as a
replica on another machine would from a shared volume.

Checks, each printed with its figure:
  - a document PUT through nginx is served by every replica within 3 s
    (convergence time per replica);
  - a write sent to a replica gets 409 read_only_replica naming the writer;
  - /readyz and /metrics on a replica report its version and lag;
  - req/s of GET /v1/ask through nginx with 1 and with 2 replicas (wrk);
  - wrk through nginx while one replica is killed with SIGKILL and
    restarted: 0 non-2xx responses and 0 socket errors; the restarted replica
    catches up with a write made while it was down;
  - with the writer stopped, reads through nginx keep being answered.

usage: cluster_test.py ROLEGRAPH_BIN SOURCE_DIR [--seconds N]
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

BIN = os.path.realpath(sys.argv[1])
SOURCE = os.path.realpath(sys.argv[2])
WRK_SECONDS = int(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else 8
QUESTION = "who is responsible for marketing"
failures = []
figures = {}


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(method, url, body=None, headers=None, timeout=10):
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, socket.timeout) as e:
        return 0, str(e)


def wait_ready(port, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        status, body = request("GET", f"http://127.0.0.1:{port}/readyz", timeout=2)
        if status == 200:
            return json.loads(body)
        time.sleep(0.1)
    return None


class Node:
    """One `rolegraph serve` process."""

    def __init__(self, tmp, name, args):
        self.name, self.args, self.port = name, args, free_port()
        self.log = open(os.path.join(tmp, name + ".log"), "ab")
        self.proc = None

    def start(self):
        env = dict(os.environ, ROLEGRAPH_CACHE_MB="8")
        self.proc = subprocess.Popen([BIN, "serve", "--port", str(self.port), "--access-log", "off"] + self.args,
                                     stdout=self.log, stderr=self.log, env=env)
        return self

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self, sig=signal.SIGTERM):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode if self.proc else None


def render_nginx(tmp, listen, writer, readers):
    """packaging/nginx/rolegraph.conf with loopback ports, in a minimal nginx.conf."""
    conf = open(os.path.join(SOURCE, "packaging/nginx/rolegraph.conf")).read()

    def upstream(name, servers):
        block = re.search(r"upstream %s \{.*?\n\}" % name, conf, re.S).group(0)
        template = re.findall(r"^\s*server 127\.0\.0\.1:\d+(.*)$", block, re.M)
        lines = []
        for i, port in enumerate(servers):
            # keep each line's parameters (max_fails, backup...) from the file
            rest = template[min(i, len(template) - 1)] if name != "rolegraph_readers" else template[0]
            lines.append(f"    server 127.0.0.1:{port}{rest}")
        if name == "rolegraph_readers":
            lines.append(f"    server 127.0.0.1:{writer} backup;")
        return re.sub(r"(\n\s*server 127\.0\.0\.1:\d+[^\n]*)+", "\n" + "\n".join(lines), block, count=1)

    conf = conf.replace(re.search(r"upstream rolegraph_writer \{.*?\n\}", conf, re.S).group(0),
                        upstream("rolegraph_writer", [writer]))
    conf = conf.replace(re.search(r"upstream rolegraph_readers \{.*?\n\}", conf, re.S).group(0),
                        upstream("rolegraph_readers", readers))
    conf = re.sub(r"listen 80;", f"listen 127.0.0.1:{listen};", conf)
    prefix = os.path.join(tmp, f"nginx-{listen}")
    for sub in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        os.makedirs(os.path.join(prefix, sub), exist_ok=True)
        os.chmod(os.path.join(prefix, sub), 0o777)
    with open(os.path.join(prefix, "rolegraph.conf"), "w") as f:
        f.write(conf)
    main = f"""
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/rolegraph.conf;
}}
"""
    with open(os.path.join(prefix, "nginx.conf"), "w") as f:
        f.write(main)
    return prefix


def start_nginx(tmp, writer, readers):
    port = free_port()
    prefix = render_nginx(tmp, port, writer, readers)
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    test = subprocess.run([nginx, "-t", "-p", prefix, "-c", os.path.join(prefix, "nginx.conf")],
                          capture_output=True, text=True)
    check(test.returncode == 0, f"nginx -t accepts packaging/nginx/rolegraph.conf ({test.stderr.strip()[-300:]})")
    proc = subprocess.Popen([nginx, "-p", prefix, "-c", os.path.join(prefix, "nginx.conf"), "-g", "daemon off;"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 10
    while time.time() < deadline and request("GET", f"http://127.0.0.1:{port}/healthz", timeout=1)[0] != 200:
        time.sleep(0.05)
    return proc, port


def wrk(port, seconds, connections=16):
    url = f"http://127.0.0.1:{port}/v1/ask?q=" + urllib.parse.quote(QUESTION)
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", url],
                         capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    socket_errors = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return {"rps": rps, "requests": total, "non2xx": non2xx, "socket_errors": socket_errors}


def put_document(port, doc_id, text):
    return request("PUT", f"http://127.0.0.1:{port}/v1/documents/{doc_id}", text.encode(),
                   {"Content-Type": "text/plain; charset=utf-8"})


def wait_for_document(node, doc_id, seconds):
    start = time.time()
    while time.time() - start < seconds:
        if request("GET", node.url(f"/v1/documents/{doc_id}"), timeout=2)[0] == 200:
            return time.time() - start
        time.sleep(0.02)
    return None


def wait_for_documents(node, count, seconds):
    """Seconds until the node's /readyz reports `count` documents (None on
    timeout), and the last /readyz body seen."""
    start, body = time.time(), None
    while time.time() - start < seconds:
        status, body = request("GET", node.url("/readyz"), timeout=2)
        if status == 200 and json.loads(body).get("documents") == count:
            return round(time.time() - start, 3), body[:200]
        time.sleep(0.02)
    return None, (body or "")[:200]


# Documents written by this test (not from any evaluation set): one role
# each, with a duty no shipped document mentions.
NEW_DOCS = {
    "cluster-harbour": "Harbour Logistics Coordinator\n"
                       "The Harbour Logistics Coordinator schedules ferry cargo inspections every morning.\n",
    "cluster-orchard": "Orchard Irrigation Supervisor\n"
                       "The Orchard Irrigation Supervisor repairs drip irrigation valves after each harvest.\n",
}


def main():
    tmp = tempfile.mkdtemp(prefix="rolegraph-cluster-")
    os.chmod(tmp, 0o755)
    nodes, nginxes = [], []
    try:
        writer_db = os.path.join(tmp, "writer.db")
        backups = os.path.join(tmp, "backups")  # stands for a shared volume
        writer = Node(tmp, "writer", ["--db", writer_db, "--corpus", os.path.join(SOURCE, "corpus"),
                                      "--publish-backups", backups, "--publish-every-ms", "300"]).start()
        nodes.append(writer)
        # Replica 1 reads the writer's folder (RocksDB secondary); replica 2
        # restores the backups the writer publishes. Both start at once: a
        # replica waits for its source, not-ready meanwhile.
        replicas = []
        for i, source in ((1, writer_db), (2, backups)):
            r = Node(tmp, f"replica{i}", ["--db", os.path.join(tmp, f"replica{i}.db"), "--replica-of", source,
                                          "--writer-url", writer.url(""), "--catch-up-ms", "200"]).start()
            nodes.append(r)
            replicas.append(r)
        writer_ready = wait_ready(writer.port)
        check(writer_ready is not None, "writer ready")
        writer_docs = (writer_ready or {}).get("documents", -1)
        for r in replicas:
            # Ready means open and following; the writer's last writes reach
            # the replica on its next catch-up (--catch-up-ms), so a replica
            # that turned ready while the writer ingested may still be behind.
            ready = wait_ready(r.port)
            check(ready is not None and ready.get("role") == "replica",
                  f"{r.name} ready as a replica ({ready})")
            took, seen = wait_for_documents(r, writer_docs, 5.0)
            check(writer_docs > 0 and took is not None,
                  f"{r.name} serves the writer's {writer_docs} documents within 5 s of turning ready "
                  f"({took} s; last /readyz {seen})")
        lb2, lb2_port = start_nginx(tmp, writer.port, [r.port for r in replicas])
        lb1, lb1_port = start_nginx(tmp, writer.port, [replicas[0].port])
        nginxes += [lb2, lb1]

        # Convergence: a PUT through nginx, then each replica directly.
        status, body = put_document(lb2_port, "cluster-harbour", NEW_DOCS["cluster-harbour"])
        check(status in (200, 201), f"PUT through nginx reaches the writer ({status} {body[:100]})")
        for r in replicas:
            took = wait_for_document(r, "cluster-harbour", 3.0)
            figures[f"convergence_{r.name}_s"] = took
            check(took is not None, f"{r.name} serves the new document within 3 s ({took and round(took, 3)} s)")
        status, body = request("GET", replicas[1].url("/v1/ask?q=" + urllib.parse.quote(
            "Who schedules ferry cargo inspections?")))
        check(status == 200 and "cluster-harbour" in body,
              f"a replica answers from the new document ({status} {body[:160]})")

        # Writes to a replica are refused, naming the writer.
        status, body = put_document(replicas[0].port, "cluster-refused", "Some text about a role.\n")
        check(status == 409 and "read_only_replica" in body and writer.url("") in body,
              f"PUT to a replica: 409 naming the writer ({status} {body[:200]})")

        # Version and lag on /readyz and /metrics.
        w_ready = wait_ready(writer.port)
        r_ready = wait_ready(replicas[0].port)
        check(w_ready.get("role") == "writer" and r_ready.get("version") == w_ready.get("version")
              and 0 <= r_ready.get("lag_seconds", -1) < 3,
              f"/readyz: replica version = writer version, small lag ({r_ready.get('version')} "
              f"vs {w_ready.get('version')}, lag {r_ready.get('lag_seconds')})")
        status, metrics = request("GET", replicas[0].url("/metrics"))
        check(status == 200 and "rolegraph_replica_lag_seconds " in metrics and "rolegraph_replica 1" in metrics,
              "/metrics on a replica exports rolegraph_replica_lag_seconds")

        # Throughput through nginx: 1 replica, then 2.
        one = wrk(lb1_port, WRK_SECONDS)
        two = wrk(lb2_port, WRK_SECONDS)
        figures["rps_1_replica"], figures["rps_2_replicas"] = one["rps"], two["rps"]
        check(one["non2xx"] == 0 and two["non2xx"] == 0,
              f"wrk through nginx: 1 replica {one['rps']:.0f} req/s, 2 replicas {two['rps']:.0f} req/s, no errors")

        # SIGKILL a replica under load, restart it, write meanwhile.
        victim = replicas[1]
        result = {}
        wrk_proc = subprocess.Popen(
            ["wrk", "-t2", "-c16", f"-d{WRK_SECONDS + 4}s", "--timeout", "5s",
             f"http://127.0.0.1:{lb2_port}/v1/ask?q=" + urllib.parse.quote(QUESTION)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(2)
        victim.stop(signal.SIGKILL)
        put_status, _ = put_document(lb2_port, "cluster-orchard", NEW_DOCS["cluster-orchard"])
        time.sleep(1)
        victim.start()
        restart_ready = wait_ready(victim.port)
        out, _ = wrk_proc.communicate(timeout=120)
        result["rps"] = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        result["non2xx"] = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
        result["socket_errors"] = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
        figures["kill_restart"] = result
        if result["socket_errors"]:
            print("wrk:", out.strip()[-400:])
            print("nginx:", open(os.path.join(tmp, f"nginx-{lb2_port}", "error.log")).read()[-1500:])
        # A proxy retries a request whose upstream died before answering; one
        # whose response headers had already been passed on when SIGKILL
        # struck cannot be retried by any proxy, so a cut connection or two
        # is tolerated (and reported), an error status never.
        check(result["non2xx"] == 0 and result["socket_errors"] <= 2,
              f"replica SIGKILLed and restarted under wrk: {result['non2xx']} non-2xx, "
              f"{result['socket_errors']} socket errors ({result['rps']:.0f} req/s)")
        took = wait_for_document(victim, "cluster-orchard", 3.0)
        check(put_status in (200, 201) and restart_ready is not None and took is not None,
              f"the restarted replica serves the write made while it was down ({took})")

        # Writer stopped: reads keep being answered by the replicas.
        check(writer.stop() == 0, "writer stops cleanly")
        after = wrk(lb2_port, 3)
        figures["writer_stopped"] = after
        check(after["requests"] > 0 and after["non2xx"] == 0 and after["socket_errors"] == 0,
              f"writer stopped: reads through nginx answered ({after['rps']:.0f} req/s, "
              f"{after['non2xx']} non-2xx)")
        status, body = put_document(lb2_port, "cluster-late", "A late write.\n")
        check(status in (502, 503, 504), f"writer stopped: a write through nginx fails visibly ({status})")
        for r in replicas:
            check(r.stop() == 0, f"{r.name} stops cleanly")
    finally:
        for p in nginxes:
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        for n in nodes:
            n.stop(signal.SIGKILL)
        if failures:
            for name in os.listdir(tmp):
                if name.endswith(".log"):
                    print(f"--- {name} (last lines)")
                    print(open(os.path.join(tmp, name), errors="replace").read()[-1500:])
        shutil.rmtree(tmp, ignore_errors=True)
    print("figures:", json.dumps(figures))
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("cluster test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
