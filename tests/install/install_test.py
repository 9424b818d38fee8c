#!/usr/bin/env python3
"""The installed RoleGraph works away from its build tree (ctest label `install`).

1. `cmake --install BUILD --prefix P`, then the prefix is moved elsewhere
   (relocatable): ingest the corpus, ask on the command line, serve and ask
   over HTTP, fetch the web page.
2. `cpack -G DEB`: the package's Depends name the shared libraries; its files
   are unpacked into a temporary root (`dpkg-deb -x`, no root needed) and
   the systemd unit's own ExecStart/ExecStartPost lines are run from there
   (systemd is absent in CI) with the default config file; one question is
   answered through the service.
In both, `strings` on the installed binary shows no build or source path.

usage: install_test.py BUILD_DIR SOURCE_DIR
"""
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

BUILD, SOURCE = (os.path.realpath(p) for p in sys.argv[1:3])
QUESTION = "who is responsible for marketing"  # any question the shipped corpus answers
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def run(cmd, env=None, **kw):
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, **kw)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_env():
    # Nothing may come from the build's variables: the binary must find its
    # files by itself.
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROLEGRAPH_")}
    env["ROLEGRAPH_CACHE_MB"] = "8"
    return env


def check_no_build_paths(binary, label):
    out = run(["strings", "-n", "6", binary]).stdout
    leaks = sorted({line for line in out.splitlines() if BUILD in line or SOURCE in line})
    check(not leaks, f"{label}: no build/source path in the binary {leaks[:3]}")


def http_get(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.status, r.read().decode("utf-8", "replace")


def ask_over_http(port, label):
    status, body = http_get(f"http://127.0.0.1:{port}/v1/ask?q=" + urllib.parse.quote(QUESTION))
    answer = json.loads(body)
    check(status == 200 and not answer.get("abstained") and answer.get("answers"),
          f"{label}: /v1/ask answered ({body[:120]})")
    status, page = http_get(f"http://127.0.0.1:{port}/")
    check(status == 200 and "<html" in page.lower(), f"{label}: web page served")


def serve_and_ask(argv, env, probe_argv, label):
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        probed = run(probe_argv, env=env)
        check(probed.returncode == 0, f"{label}: probe /readyz ({probed.stderr.strip()})")
        if probed.returncode == 0:
            port = int(re.search(r":(\d+)/readyz", " ".join(probe_argv)).group(1))
            ask_over_http(port, label)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
        check(proc.returncode == 0, f"{label}: serve exits 0 on SIGTERM (stderr: {err[-300:]})")


def test_prefix(tmp):
    prefix = os.path.join(tmp, "prefix")
    r = run(["cmake", "--install", BUILD, "--prefix", prefix])
    check(r.returncode == 0, f"cmake --install ({r.stderr[-300:]})")
    moved = os.path.join(tmp, "moved", "elsewhere")
    os.makedirs(os.path.dirname(moved))
    shutil.move(prefix, moved)  # relocatable: nothing remembers the prefix
    binary = os.path.join(moved, "bin", "rolegraph")
    check_no_build_paths(binary, "prefix")
    env = clean_env()
    db = os.path.join(tmp, "prefix.db")
    r = run([binary, "ingest", "--db", db, os.path.join(SOURCE, "corpus")], env=env)
    check(r.returncode == 0, f"prefix: ingest ({r.stderr[-300:]})")
    r = run([binary, "ask", "--db", db, "--json", QUESTION], env=env, cwd=tmp)
    check(r.returncode == 0 and '"abstained":false' in r.stdout.replace(" ", ""),
          f"prefix: ask answered ({r.stdout[:120]} {r.stderr[-200:]})")
    check("building one" not in r.stderr, "prefix: the installed lexicon.bin is found")
    port = free_port()
    serve_and_ask([binary, "serve", "--db", db, "--port", str(port), "--access-log", "off"], env,
                  [binary, "probe", "--wait", "60", f"http://127.0.0.1:{port}/readyz"], "prefix")


def unit_lines(unit_text, key):
    return [line.split("=", 1)[1] for line in unit_text.splitlines() if line.startswith(key + "=")]


def expand(line, variables):
    # systemd: ${VAR} is one word, $VAR splits into words.
    line = re.sub(r"\$\{(\w+)\}", lambda m: variables.get(m.group(1), ""), line)
    return [w for part in shlex.split(line)
            for w in (variables.get(part[1:], "").split() if re.fullmatch(r"\$\w+", part) else [part])]


def test_package(tmp):
    r = run(["cpack", "-G", "DEB", "-B", os.path.join(tmp, "cpack")], cwd=BUILD)
    check(r.returncode == 0, f"cpack -G DEB ({r.stdout[-300:]} {r.stderr[-300:]})")
    debs = [os.path.join(tmp, "cpack", f) for f in os.listdir(os.path.join(tmp, "cpack")) if f.endswith(".deb")]
    check(len(debs) == 1, f"one .deb built {debs}")
    if not debs:
        return
    print("package:", os.path.basename(debs[0]), os.path.getsize(debs[0]), "bytes", flush=True)
    depends = run(["dpkg-deb", "-f", debs[0], "Depends"]).stdout
    for lib in ("librocksdb", "libicu", "libstemmer", "libcpp-httplib"):
        check(lib in depends, f"package depends on {lib} ({depends.strip()})")
    if shutil.which("apt-get"):
        # What `apt install ./rolegraph_*.deb` would do, without doing it:
        # every Depends resolves from the configured archives.
        r = run(["apt-get", "install", "-s", debs[0]])
        check(r.returncode == 0 and "Inst rolegraph" in r.stdout,
              f"apt-get install -s resolves the package ({(r.stdout + r.stderr).strip()[-300:]})")
    root = os.path.join(tmp, "root")
    r = run(["dpkg-deb", "-x", debs[0], root])
    check(r.returncode == 0, f"dpkg-deb -x ({r.stderr})")
    binary = os.path.join(root, "usr/bin/rolegraph")
    check_no_build_paths(binary, "package")
    unit_path = os.path.join(root, "usr/lib/systemd/system/rolegraph.service")
    check(os.path.isfile(unit_path), "package ships the systemd unit")
    unit = open(unit_path).read()
    if shutil.which("systemd-analyze"):
        # Warnings about the missing binary are expected off a real root; a
        # syntax error is not.
        r = run(["systemd-analyze", "verify", unit_path])
        check("Unknown key" not in r.stderr and "Invalid" not in r.stderr,
              f"systemd-analyze verify: no unknown keys ({r.stderr.strip()[:300]})")
    # The unit's commands with the default config, /usr and /var/lib mapped
    # into the temporary root.
    port = free_port()
    variables = {}
    for assignment in unit_lines(unit, "Environment"):
        for word in shlex.split(assignment):
            k, _, v = word.partition("=")
            variables[k] = v
    for line in open(os.path.join(root, "usr/share/rolegraph/rolegraph.env")):
        if re.match(r"^\w+=", line):
            k, _, v = line.strip().partition("=")
            variables[k] = v
    variables["ROLEGRAPH_PORT"] = str(port)
    state = os.path.join(tmp, "var-lib-rolegraph")
    os.makedirs(state)
    # Ingest first, as an operator would (PUT or --corpus); then the unit's command.
    env = clean_env()
    r = run([binary, "ingest", "--db", os.path.join(state, "db"), os.path.join(SOURCE, "corpus")], env=env)
    check(r.returncode == 0, f"package: ingest ({r.stderr[-300:]})")

    def mapped(words):
        return [w.replace("/usr/", root + "/usr/").replace("/var/lib/rolegraph", state) for w in words]

    start = mapped(expand(unit_lines(unit, "ExecStart")[0], variables))
    post = mapped(expand(unit_lines(unit, "ExecStartPost")[0], variables))
    print("unit command:", " ".join(start), flush=True)
    serve_and_ask(start, env, post, "package")


def main():
    tmp = tempfile.mkdtemp(prefix="rolegraph-install-")
    try:
        test_prefix(tmp)
        test_package(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("install test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
