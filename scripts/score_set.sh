#!/usr/bin/env bash
# Scores one question set the way the evaluation does, over HTTP: ingests the
# set's docs/ into a fresh database, serves it on a free port, and runs the
# shared scorers (answers; the role list against inventory.json and edges
# against edges.json where the set has them). Prints the score lines only;
# failures stay unread unless SHOW=1.
# usage: scripts/score_set.sh SET_DIR [BINARY]
set -euo pipefail
set_dir=$(cd "$1" && pwd)
bin=${2:-$(cd "$(dirname "$0")/.." && pwd)/build/server/rolegraph}
eval_dir=$(cd "$(dirname "$0")/../../shared/eval" 2>/dev/null && pwd || true)
[ -n "$eval_dir" ] || { echo "score_set: ../shared/eval not found" >&2; exit 1; }
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
"$bin" ingest --db "$work/db" "$set_dir/docs" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" serve --db "$work/db" --port "$port" --access-log off >"$work/log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done
url="http://127.0.0.1:$port"
show=(); [ "${SHOW:-0}" = 1 ] && show=(--show-failures)
python3 "$eval_dir/evaluate.py" --url "$url" --questions "$set_dir/questions.jsonl" --roles "$set_dir/roles.json" \
  --json "$work/report.json" "${show[@]}" | tail -n 1
# role@1 per question kind (counts only).
python3 - "$work/report.json" <<'PY'
import json, sys, collections
rows = json.load(open(sys.argv[1]))["rows"]
by = collections.defaultdict(lambda: [0, 0])
for r in rows:
    if "role@1" in r:
        by[r["kind"]][0] += r["role@1"]
        by[r["kind"]][1] += 1
print("role@1 by kind: " + " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by.items())))
PY
# With SHOW=1 every line: the wrong names ("NOT IN GOLD") come first.
ishow=(); ilines=3; [ "${SHOW:-0}" = 1 ] && ishow=(--show) && ilines=+1
[ -f "$set_dir/inventory.json" ] && python3 "$eval_dir/inventory_score.py" "$url" "$set_dir/inventory.json" "${ishow[@]}" | tail -n "$ilines"
[ -f "$set_dir/edges.json" ] && python3 "$eval_dir/edges_score.py" "$url" "$set_dir/inventory.json" "$set_dir/edges.json" "${ishow[@]}" | tail -n "$ilines"
exit 0
