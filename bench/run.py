#!/usr/bin/env python3
"""RoleGraph benchmark runner (issue 7); bench/run.sh installs and builds, then calls this.

For each data set (the shipped corpus/, then one generated corpus per --sizes
entry, then every --corpus DIR) it measures, in this order:
  ingest      `rolegraph ingest` into a fresh database: wall and CPU time, MB/s, docs/s,
              peak RSS; the database size on disk
  xapian      `xapian_baseline index` on the same files: the same figures
  answer      `rolegraph_bench`: in-process QueryEngine::Ask latency over bench/questions.txt
  xapian q    `xapian_baseline query`: the same questions, the same repetitions
  http        `rolegraph serve`: start-up to the first answer, `wrk -t2 -c32` on /healthz and
              on POST /v1/ask (cycling through the questions), peak RSS (VmHWM)
and writes OUT/latest.json and OUT/latest.md. Times are reported, never asserted.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN_CORPUS = os.environ.get("ROLEGRAPH_GEN_CORPUS",
                            os.path.join(os.path.dirname(ROOT), "shared", "bench", "gen_corpus.py"))
if not os.path.exists(GEN_CORPUS):
    GEN_CORPUS = "/work/shared/bench/gen_corpus.py"

# Targets from issue 7, checked (not asserted) in the markdown.
TARGET_P99_MS = 2.0
TARGET_HEALTHZ_RPS = 30000
TARGET_ASK_SHARE = 0.5
TARGET_RSS_MB = 200
TARGET_STARTUP_S = 1.0


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def run_measured(cmd, cwd=None):
    """Runs cmd to completion; returns (rc, stdout, stderr, wall_s, cpu_s, maxrss_mb)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (proc.returncode, out.read().decode(errors="replace"), err.read().decode(errors="replace"),
                wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0)


def dir_bytes(path):
    total = 0
    for base, _, files in os.walk(path):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(base, name))
            except OSError:
                pass
    return total


def rocksdb_breakdown(path):
    """Bytes by file kind: sst (data), log (write-ahead log), info (LOG files), other."""
    parts = {"sst": 0, "wal": 0, "info_log": 0, "other": 0}
    for name in os.listdir(path):
        size = os.path.getsize(os.path.join(path, name))
        if name.endswith(".sst"):
            parts["sst"] += size
        elif name.endswith(".log"):
            parts["wal"] += size
        elif name.startswith("LOG"):
            parts["info_log"] += size
        else:
            parts["other"] += size
    return parts


def corpus_files(path):
    files = []
    for base, _, names in os.walk(path):
        files += [os.path.join(base, n) for n in names if n.endswith((".txt", ".md"))]
    return files


def ensure_corpus(work, size):
    path = os.path.join(work, f"corpus-{size}")
    marker = os.path.join(path, ".complete")
    if not os.path.exists(marker):
        shutil.rmtree(path, ignore_errors=True)
        log(f"generating {size} documents into {path}")
        subprocess.run([sys.executable, GEN_CORPUS, path, str(size)], check=True, stdout=subprocess.DEVNULL)
        open(marker, "w").close()
    return path


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def read_questions(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]


def proc_status_mb(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
    return None


def parse_wrk(text):
    def ms(value):
        m = re.match(r"([\d.]+)(us|ms|s|m)", value)
        if not m:
            return None
        scale = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[m.group(2)]
        return float(m.group(1)) * scale

    result = {"rps": None, "requests": None, "non2xx": 0, "socket_errors": 0}
    if m := re.search(r"Requests/sec:\s+([\d.]+)", text):
        result["rps"] = float(m.group(1))
    if m := re.search(r"(\d+) requests in", text):
        result["requests"] = int(m.group(1))
    if m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text):
        result["non2xx"] = int(m.group(1))
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text):
        result["socket_errors"] = sum(int(g) for g in m.groups())
    for pct in ("50", "90", "99"):
        if m := re.search(rf"^\s+{pct}(?:\.000)?%\s+(\S+)", text, re.M):
            result[f"p{pct}_ms"] = ms(m.group(1))
    return result


def wrk_lua(questions, path):
    """A wrk script that POSTs the questions in turn (each thread its own cycle)."""
    bodies = ",\n".join("[==[" + json.dumps({"question": q}) + "]==]" for q in questions)
    with open(path, "w", encoding="utf-8") as f:
        f.write("local bodies = {\n" + bodies + "\n}\n"
                "local i = 0\n"
                "wrk.method = 'POST'\n"
                "wrk.headers['Content-Type'] = 'application/json'\n"
                "request = function()\n"
                "  i = i % #bodies + 1\n"
                "  return wrk.format(nil, '/v1/ask', nil, bodies[i])\n"
                "end\n")


def http_bench(args, db, questions, work):
    """Starts `rolegraph serve`, times start-up to the first answer, runs wrk, reads VmHWM."""
    port = free_port()
    server_log = open(os.path.join(work, "serve.log"), "w")
    cmd = [args.rolegraph, "serve", "--db", db, "--port", str(port)]
    first = "http://127.0.0.1:%d/v1/ask?q=%s" % (port, urllib.parse.quote(questions[0]))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=server_log, stderr=server_log)
    result = {}
    try:
        startup = None
        while time.perf_counter() - start < 60:
            if proc.poll() is not None:
                raise RuntimeError(f"rolegraph serve exited with {proc.returncode}; see {server_log.name}")
            try:
                with urllib.request.urlopen(first, timeout=5) as resp:
                    if resp.status == 200:
                        startup = time.perf_counter() - start
                        break
            except OSError:
                time.sleep(0.005)
        if startup is None:
            raise RuntimeError("rolegraph serve did not answer within 60 s")
        result["startup_s"] = startup
        result["rss_after_start_mb"] = proc_status_mb(proc.pid, "VmRSS")
        if shutil.which("wrk") is None:
            log("wrk not installed: HTTP throughput skipped")
        else:
            lua = os.path.join(work, "ask.lua")
            wrk_lua(questions, lua)
            # One question asked over and over, beside the distinct ones (issue 18).
            lua_repeat = os.path.join(work, "ask_repeat.lua")
            wrk_lua(questions[:1], lua_repeat)
            base = f"http://127.0.0.1:{port}"
            dur = f"{args.wrk_duration}s"
            for name, extra, url in (("healthz", [], base + "/healthz"),
                                     ("ask", ["-s", lua], base + "/v1/ask"),
                                     ("ask_repeat", ["-s", lua_repeat], base + "/v1/ask")):
                out = subprocess.run(["wrk", "-t2", "-c32", "-d" + dur, "--latency"] + extra + [url],
                                     capture_output=True, text=True, check=True).stdout
                result[name] = parse_wrk(out)
                result[name]["raw"] = out
                log(f"  wrk {name}: {result[name]['rps']} req/s")
        result["peak_rss_mb"] = proc_status_mb(proc.pid, "VmHWM")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        server_log.close()
    return result


def bench_dataset(args, name, corpus, questions):
    work = os.path.join(args.work, name)
    os.makedirs(work, exist_ok=True)
    files = corpus_files(corpus)
    corpus_bytes = sum(os.path.getsize(f) for f in files)
    row = {"name": name, "corpus": corpus, "documents": len(files), "corpus_bytes": corpus_bytes,
           "load_before": load()}
    mb = corpus_bytes / 1e6

    db = os.path.join(work, "rolegraph.db")
    shutil.rmtree(db, ignore_errors=True)
    log(f"{name}: ingest {len(files)} documents ({mb:.1f} MB)")
    rc, out, err, wall, cpu, rss = run_measured([args.rolegraph, "ingest", "--db", db, corpus])
    if rc != 0:
        raise RuntimeError(f"rolegraph ingest failed ({rc}): {err[-2000:]}")
    ingest = {"wall_s": wall, "cpu_s": cpu, "peak_rss_mb": rss, "mb_per_s": mb / wall,
              "docs_per_s": len(files) / wall, "db_bytes": dir_bytes(db), "db_parts": rocksdb_breakdown(db)}
    if m := re.search(r"indexed: (\d+) sentences, (\d+) roles, (\d+) facts", out):
        ingest.update(sentences=int(m.group(1)), roles=int(m.group(2)), facts=int(m.group(3)))
    row["ingest"] = ingest

    if args.xapian:
        xdb = os.path.join(work, "xapian.db")
        shutil.rmtree(xdb, ignore_errors=True)
        log(f"{name}: xapian index")
        rc, out, err, wall, cpu, rss = run_measured([args.xapian, "index", xdb, corpus])
        if rc != 0:
            raise RuntimeError(f"xapian_baseline index failed ({rc}): {err[-2000:]}")
        x = json.loads(out)
        row["xapian_ingest"] = {"wall_s": wall, "cpu_s": cpu, "peak_rss_mb": rss, "mb_per_s": mb / wall,
                                "docs_per_s": len(files) / wall, "db_bytes": dir_bytes(xdb),
                                "sentences": x["sentences"]}

    log(f"{name}: in-process answers ({args.reps} reps)")
    rc, out, err, *_ = run_measured([args.bench, "--db", db, "--questions", args.questions,
                                     "--reps", str(args.reps), "--max-seconds", str(args.max_seconds)])
    if rc != 0:
        raise RuntimeError(f"rolegraph_bench failed ({rc}): {err[-2000:]}")
    row["answer"] = json.loads(out)

    if args.xapian:
        log(f"{name}: xapian queries")
        rc, out, err, *_ = run_measured([args.xapian, "query", xdb, args.questions, "--reps", str(args.reps)])
        if rc != 0:
            raise RuntimeError(f"xapian_baseline query failed ({rc}): {err[-2000:]}")
        row["xapian_answer"] = json.loads(out)

    if not args.no_http:
        log(f"{name}: http")
        row["http"] = http_bench(args, db, questions, work)

    if not args.keep:
        shutil.rmtree(db, ignore_errors=True)
        if args.xapian:
            shutil.rmtree(os.path.join(work, "xapian.db"), ignore_errors=True)
    row["load_after"] = load()
    row["ratios"] = ratios(row)
    return row


def ratios(row):
    r = {}
    x, xa = row.get("xapian_ingest"), row.get("xapian_answer")
    if x:
        r["ingest_mb_per_s"] = row["ingest"]["mb_per_s"] / x["mb_per_s"]
        r["ingest_cpu"] = row["ingest"]["cpu_s"] / x["cpu_s"] if x["cpu_s"] else None
        r["db_bytes"] = row["ingest"]["db_bytes"] / x["db_bytes"]
    if xa:
        for k in ("p50_ms", "p99_ms"):
            r[k] = row["answer"][k] / xa[k] if xa[k] else None
    http = row.get("http", {})
    if http.get("healthz", {}).get("rps") and http.get("ask", {}).get("rps"):
        r["ask_over_healthz"] = http["ask"]["rps"] / http["healthz"]["rps"]
    return r


def machine():
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            mem_gb = int(f.readline().split()[1]) / 1024 / 1024
    except OSError:
        mem_gb = None
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip() != ""
    return {"cpu": cpu, "cores": os.cpu_count(), "mem_gb": round(mem_gb, 1) if mem_gb else None,
            "kernel": platform.release(), "commit": commit + ("+dirty" if dirty else "")}


def fmt(v, digits=2, suffix=""):
    if v is None:
        return "-"
    if isinstance(v, float):
        if abs(v) >= 1000:
            return f"{v:,.0f}{suffix}"
        return f"{v:.{digits}f}{suffix}"
    return f"{v:,}{suffix}" if isinstance(v, int) else f"{v}{suffix}"


def markdown(report):
    rows = report["datasets"]
    m = report["machine"]
    lines = [f"Benchmarks of {report['date']} on {m['cores']} cores ({m['cpu']}, {m['mem_gb']} GB), "
             f"commit {m['commit']}, mode {report['mode']} (up to {report['reps']} passes over "
             f"{rows[0]['answer']['questions'] if rows else 0} questions in process, "
             f"wrk -t2 -c32 for {report['wrk_duration']} s).",
             "Medians and ratios come from the same run; wall times on a shared machine are noisy "
             "(load average shown).", ""]
    head = "| | " + " | ".join(r["name"] for r in rows) + " |"
    lines += [head, "|---" * (len(rows) + 1) + "|"]

    def line(label, fn, digits=2, suffix=""):
        vals = []
        for r in rows:
            try:
                vals.append(fmt(fn(r), digits, suffix))
            except (KeyError, TypeError, ZeroDivisionError):
                vals.append("-")
        lines.append(f"| {label} | " + " | ".join(vals) + " |")

    line("documents", lambda r: r["documents"])
    line("corpus MB", lambda r: r["corpus_bytes"] / 1e6)
    line("sentences / facts", lambda r: f"{r['ingest']['sentences']:,} / {r['ingest']['facts']:,}")
    line("load avg (before → after)", lambda r: f"{r['load_before']:.1f} → {r['load_after']:.1f}")
    line("**ingest** MB/s (docs/s)", lambda r: f"{r['ingest']['mb_per_s']:.2f} ({r['ingest']['docs_per_s']:,.0f})")
    line("Xapian ingest MB/s (docs/s)",
         lambda r: f"{r['xapian_ingest']['mb_per_s']:.2f} ({r['xapian_ingest']['docs_per_s']:,.0f})")
    line("ingest ours/Xapian (wall; CPU)",
         lambda r: f"{r['ratios']['ingest_mb_per_s']:.2f}× ; {1 / r['ratios']['ingest_cpu']:.2f}×")
    line("ingest peak RSS MB (Xapian)",
         lambda r: f"{r['ingest']['peak_rss_mb']:.0f} ({r['xapian_ingest']['peak_rss_mb']:.0f})")
    line("**DB size** MB (Xapian)",
         lambda r: f"{r['ingest']['db_bytes'] / 1e6:.1f} ({r['xapian_ingest']['db_bytes'] / 1e6:.1f})")
    line("DB size ours/Xapian", lambda r: r["ratios"]["db_bytes"], suffix="×")
    line("**answer p50 / p99** ms", lambda r: f"{r['answer']['p50_ms']:.3f} / {r['answer']['p99_ms']:.3f}")
    line("Xapian p50 / p99 ms",
         lambda r: f"{r['xapian_answer']['p50_ms']:.3f} / {r['xapian_answer']['p99_ms']:.3f}")
    line("p50 / p99 ours/Xapian", lambda r: f"{r['ratios']['p50_ms']:.1f}× / {r['ratios']['p99_ms']:.1f}×")
    line("stage p50 ms: analysis / retrieval / scoring / assembly",
         lambda r: " / ".join(f"{r['answer']['stages_p50_ms'][k]:.3f}"
                              for k in ("analysis", "retrieval", "scoring", "assembly")))
    line("answered (of questions)", lambda r: f"{r['answer']['answered']} / {r['answer']['questions']}")
    line("**/healthz** req/s (p99 ms)",
         lambda r: f"{r['http']['healthz']['rps']:,.0f} ({r['http']['healthz']['p99_ms']:.2f})")
    line("**/v1/ask** req/s (p99 ms)",
         lambda r: f"{r['http']['ask']['rps']:,.0f} ({r['http']['ask']['p99_ms']:.2f})")
    line("ask/healthz", lambda r: r["ratios"]["ask_over_healthz"], digits=3)
    line("/v1/ask one repeated question req/s (p99 ms)",
         lambda r: f"{r['http']['ask_repeat']['rps']:,.0f} ({r['http']['ask_repeat']['p99_ms']:.2f})")
    line("HTTP errors (non-2xx, socket, 2 s timeouts)",
         lambda r: sum(r["http"][k]["non2xx"] + r["http"][k]["socket_errors"] for k in ("healthz", "ask", "ask_repeat") if k in r["http"]))
    line("**server peak RSS** MB", lambda r: r["http"]["peak_rss_mb"], digits=0)
    line("**start-up to first answer** s", lambda r: r["http"]["startup_s"], digits=3)

    lines += ["", "Targets (issue 7): " + "; ".join(targets(report)) + "."]
    return "\n".join(lines) + "\n"


def targets(report):
    """One 'ok'/'MISSED' phrase per target, measured on the data set the target names."""
    by = {r["name"]: r for r in report["datasets"]}
    gen = [r for r in report["datasets"] if r["name"].endswith("k") and r["name"][:-1].isdigit()]
    largest = max(gen, key=lambda r: r["documents"]) if gen else None
    out = []

    def verdict(ok):
        return "ok" if ok else "MISSED"

    try:
        r = by.get("10k") or largest
        out.append(f"ingest ≥ Xapian on {r['name']}: {verdict(r['ratios']['ingest_mb_per_s'] >= 1)}")
        out.append(f"DB ≤ Xapian on {r['name']}: {verdict(r['ratios']['db_bytes'] <= 1)}")
    except (KeyError, TypeError):
        pass
    try:
        r = by.get("50k") or largest
        out.append(f"p99 ≤ {TARGET_P99_MS} ms on {r['name']}: {verdict(r['answer']['p99_ms'] <= TARGET_P99_MS)}")
        out.append(f"p99 ≤ Xapian on {r['name']}: {verdict(r['ratios']['p99_ms'] <= 1)}")
        out.append(f"RSS ≤ {TARGET_RSS_MB} MB on {r['name']}: {verdict(r['http']['peak_rss_mb'] <= TARGET_RSS_MB)}")
        out.append(f"start-up ≤ {TARGET_STARTUP_S} s on {r['name']}: "
                   f"{verdict(r['http']['startup_s'] <= TARGET_STARTUP_S)}")
    except (KeyError, TypeError):
        pass
    try:
        r = by.get("shipped") or largest
        h = r["http"]
        errors = sum(h[k]["non2xx"] + h[k]["socket_errors"] for k in ("healthz", "ask", "ask_repeat") if k in r["http"])
        out.append(f"/healthz ≥ {TARGET_HEALTHZ_RPS:,} req/s: {verdict(h['healthz']['rps'] >= TARGET_HEALTHZ_RPS)}")
        out.append(f"/v1/ask ≥ {TARGET_ASK_SHARE:.0%} of it, 0 errors on {r['name']}: "
                   f"{verdict(r['ratios']['ask_over_healthz'] >= TARGET_ASK_SHARE and errors == 0)}")
    except (KeyError, TypeError):
        pass
    return out


def update_readme(md):
    path = os.path.join(ROOT, "README.md")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    if begin not in text or end not in text:
        log("README.md has no bench markers; not updated")
        return
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + begin + "\n" + md + end + tail)
    log("README.md updated")


def size_name(n):
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", help="generated corpus sizes, comma-separated (default 1000,10000,50000; "
                                   "--quick: 1000); 'none' for none")
    p.add_argument("--corpus", action="append", default=[], help="also benchmark this folder (repeatable)")
    p.add_argument("--no-shipped", action="store_true", help="skip the shipped corpus/")
    p.add_argument("--quick", action="store_true", help="few repetitions, 3 s wrk runs (CI)")
    p.add_argument("--reps", type=int, help="passes over the question list (default 30; --quick: 5)")
    p.add_argument("--max-seconds", type=float,
                   help="time budget of the timed in-process passes, at least 3 run (default 120; --quick: 15)")
    p.add_argument("--wrk-duration", type=int, help="seconds per wrk run (default 10; --quick: 3)")
    p.add_argument("--no-http", action="store_true", help="skip the server and wrk")
    p.add_argument("--build-dir", default=os.path.join(ROOT, "build"))
    p.add_argument("--no-build", action="store_true", help="(run.sh) use the binaries as built")
    p.add_argument("--out", default=os.path.join(ROOT, "bench", "results"))
    p.add_argument("--work", help="corpora and databases (default BUILD_DIR/bench-work)")
    p.add_argument("--questions", default=os.path.join(ROOT, "bench", "questions.txt"))
    p.add_argument("--keep", action="store_true", help="keep the databases")
    p.add_argument("--update-readme", action="store_true", help="put the table between README's bench markers")
    p.add_argument("--render", metavar="JSON", help="only rewrite the markdown of an earlier latest.json")
    args = p.parse_args()
    if args.render:
        with open(args.render, encoding="utf-8") as f:
            md = markdown(json.load(f))
        with open(os.path.join(os.path.dirname(os.path.abspath(args.render)), "latest.md"), "w",
                  encoding="utf-8") as f:
            f.write(md)
        print(md)
        if args.update_readme:
            update_readme(md)
        return

    args.reps = args.reps or (5 if args.quick else 30)
    args.wrk_duration = args.wrk_duration or (3 if args.quick else 10)
    args.max_seconds = args.max_seconds or (15 if args.quick else 120)
    sizes = args.sizes or ("1000" if args.quick else "1000,10000,50000")
    sizes = [] if sizes == "none" else [int(s) for s in sizes.split(",") if s]
    build = os.path.abspath(args.build_dir)
    args.work = os.path.abspath(args.work or os.path.join(build, "bench-work"))
    args.rolegraph = os.path.join(build, "server", "rolegraph")
    args.bench = os.path.join(build, "bench", "rolegraph_bench")
    args.xapian = os.path.join(build, "bench", "xapian_baseline")
    for exe in (args.rolegraph, args.bench):
        if not os.access(exe, os.X_OK):
            sys.exit(f"bench: {exe} is not built (bash bench/run.sh builds it)")
    if not os.access(args.xapian, os.X_OK):
        log("xapian_baseline is not built: no baseline")
        args.xapian = None
    os.makedirs(args.work, exist_ok=True)
    questions = read_questions(args.questions)

    datasets = []
    if not args.no_shipped:
        datasets.append(("shipped", os.path.join(ROOT, "corpus")))
    datasets += [(size_name(n), ensure_corpus(args.work, n)) for n in sizes]
    datasets += [(os.path.basename(os.path.normpath(d)), os.path.abspath(d)) for d in args.corpus]

    report = {"date": datetime.datetime.now().astimezone().isoformat(timespec="minutes"),
              "machine": machine(), "mode": "quick" if args.quick else "full", "reps": args.reps,
              "wrk_duration": args.wrk_duration, "questions": questions, "datasets": []}
    for name, corpus in datasets:
        report["datasets"].append(bench_dataset(args, name, corpus, questions))

    md = markdown(report)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "latest.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(args.out, "latest.md"), "w", encoding="utf-8") as f:
        f.write(md)
    print(md)
    if args.update_readme:
        update_readme(md)


if __name__ == "__main__":
    main()
