#!/usr/bin/env python3
"""Dumps every answer of every question set, for a before/after diff (issue 18).

A speed change must not change what is answered. For each set (tests/data with
its docs/, every tests/data/*/ with a questions.jsonl, and corpus/ asked the
evaluation's ../shared/eval/dev.jsonl and bench/questions.txt) this ingests the
set's documents into a fresh database, serves it, asks each question over
HTTP (POST /v1/ask, top_k 3, explain on) and writes one line per question:
the abstention, each answer's role id, confidence and citations (document,
sentence, offsets, highlights), and the explanation's reason and score parts
(rounded to 1e-9, so only a real change shows).

  python3 bench/dump_answers.py BINARY OUT.jsonl [SET_NAME...]   (e.g. blind4, corpus; default all)
  diff <(python3 bench/dump_answers.py OLD_BINARY /dev/stdout) \
       <(python3 bench/dump_answers.py NEW_BINARY /dev/stdout)
"""
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def jsonl_questions(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def text_questions(path):
    # bench/questions.txt: one question a line, '#' lines are comments.
    with open(path, encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    return [{"id": f"bench-{i}", "question": q} for i, q in enumerate(lines)
            if q and not q.startswith("#")]


def sets():
    """(name, docs folder, questions) for each set asked."""
    out = []
    for q in [os.path.join(ROOT, "tests/data/questions.jsonl")] + sorted(
            glob.glob(os.path.join(ROOT, "tests/data/*/questions.jsonl"))):
        d = os.path.dirname(q)
        out.append((os.path.basename(d), os.path.relpath(d, ROOT), os.path.join(d, "docs"),
                    jsonl_questions(q)))
    corpus_questions = text_questions(os.path.join(ROOT, "bench/questions.txt"))
    dev = os.path.join(ROOT, "..", "shared", "eval", "dev.jsonl")
    if os.path.exists(dev):
        corpus_questions = jsonl_questions(dev) + corpus_questions
    out.append(("corpus", "corpus", os.path.join(ROOT, "corpus"), corpus_questions))
    return out


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def rounded(v):
    if isinstance(v, float):
        return round(v, 9)
    if isinstance(v, dict):
        return {k: rounded(x) for k, x in v.items() if k != "took_ms"}
    if isinstance(v, list):
        return [rounded(x) for x in v]
    return v


def summary(status, r):
    if status != 200:
        return {"status": status, "error": r}
    answers = []
    for a in r.get("answers", []):
        answers.append({"role": a.get("role", {}).get("id"), "confidence": a.get("confidence"),
                        "citations": a.get("citations", [])})
    return rounded({"abstained": r.get("abstained"), "answers": answers,
                    "explanation": r.get("explanation", {})})


def dump_set(binary, name, docs, questions, out):
    work = tempfile.mkdtemp(prefix="dump-answers-")
    proc = None
    try:
        db = os.path.join(work, "db")
        subprocess.run([binary, "ingest", "--db", db, docs], check=True, stdout=subprocess.DEVNULL)
        port = free_port()
        log = open(os.path.join(work, "log"), "w")
        proc = subprocess.Popen([binary, "serve", "--db", db, "--port", str(port), "--access-log", "off"],
                                stdout=log, stderr=log)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                with urllib.request.urlopen(base + "/readyz", timeout=2):
                    break
            except OSError:
                time.sleep(0.05)
        for q in questions:
            status, r = post(base + "/v1/ask", {"question": q["question"], "top_k": 3, "explain": True})
            out.write(json.dumps({"set": name, "id": q.get("id"), "question": q["question"],
                                  **summary(status, r)}, ensure_ascii=False, sort_keys=True) + "\n")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, path, only = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(path, "w", encoding="utf-8") as out:
        for short, name, docs, questions in sets():
            if only and short not in only:
                continue
            dump_set(binary, name, docs, questions, out)
            out.flush()


if __name__ == "__main__":
    main()
