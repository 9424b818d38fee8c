#!/usr/bin/env python3
"""Reliability of answer confidence: over question sets, the share of first
answers that are right in each confidence bucket, and how often an abstention
was right. Scoring as ../shared/eval/evaluate.py (role of the first answer).

usage: reliability.py ROLEGRAPH_BIN SET_DIR... [--dev CORPUS DEV.jsonl ROLES.json]
A SET_DIR holds docs/, questions.jsonl and roles.json (tests/data/<set>).
Each set is ingested into a temporary database and served on a free port.
"""
import json, os, socket, subprocess, sys, tempfile, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
sys.path.insert(0, "/work/shared/eval")
from evaluate import ask, matches_role  # noqa: E402

BUCKETS = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_set(binary, docs, questions, roles_path, rows):
    roles = json.load(open(roles_path)) if roles_path else {}
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "db")
        subprocess.run([binary, "ingest", "--db", db, docs], check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen([binary, "serve", "--db", db, "--port", str(port), "--access-log", "off"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    urllib.request.urlopen(url + "/readyz", timeout=1)
                    break
                except Exception:
                    time.sleep(0.1)
            for line in open(questions):
                if not line.strip():
                    continue
                gold = json.loads(line)
                _, data, _ = ask(url, gold["question"], 30)
                answers = data.get("answers") or []
                if data.get("abstained") or not answers:
                    rows.append((None, not gold["answer"]))
                    continue
                conf = float(answers[0].get("confidence", 0))
                keys = gold["answer"]
                right = bool(keys) and all(any(matches_role(a, k, roles) for a in answers[:len(keys)]) for k in keys)
                rows.append((conf, right))
        finally:
            server.terminate()
            server.wait()


def main():
    binary, args = sys.argv[1], sys.argv[2:]
    rows = []
    i = 0
    while i < len(args):
        if args[i] == "--dev":
            run_set(binary, args[i + 1], args[i + 2], args[i + 3], rows)
            i += 4
            continue
        d = args[i]
        roles = os.path.join(d, "roles.json")
        run_set(binary, os.path.join(d, "docs"), os.path.join(d, "questions.jsonl"),
                roles if os.path.exists(roles) else None, rows)
        i += 1
    print("| first-answer confidence | answers | right | share right |")
    print("|---|---|---|---|")
    for lo, hi in BUCKETS:
        got = [r for c, r in rows if c is not None and lo <= c < hi]
        share = f"{sum(got) / len(got):.2f}" if got else "-"
        print(f"| {lo:.1f}-{min(hi, 1.0):.1f} | {len(got)} | {sum(got)} | {share} |")
    abst = [r for c, r in rows if c is None]
    share = f"{sum(abst) / len(abst):.2f}" if abst else "-"
    print(f"| abstained (right = nothing to answer) | {len(abst)} | {sum(abst)} | {share} |")


if __name__ == "__main__":
    main()
