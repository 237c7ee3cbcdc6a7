#!/usr/bin/env python3
"""Score documentation-requirement judgements against gold labels (standard library only).

    python scripts/score_requirements.py [--corpus DIR] [--cmd TEMPLATE] [--timeout SEC]
                                         [--jobs N] [--report FILE]

For every ``NAME.gold.json`` in DIR that has a ``"requirements"`` object ({id: "met" | "missing"}) the
command TEMPLATE is run once on the chart ``NAME.pdf`` (or ``NAME.txt``). Placeholders, replaced inside
each shell-split word: ``{pdf}`` chart path, ``{codes}`` the gold's claimed codes comma-joined, ``{out}``
a fresh JSON output path (without ``{out}`` the JSON is read from standard output), ``{name}``.

One point per (chart, gold requirement id). Every claimed code in the output (``codes[]``) whose
``requirements[]`` carries that id is looked at: the point is correct when the tool's status agrees for
every such code (tool ``met`` == gold ``met``; tool ``partial`` or ``missing`` == gold ``missing``). When
no claimed code carries the id the point is skipped (not counted). A chart the command cannot read
(crash, timeout, no JSON) loses all its points.

Printed: per requirement id the points, false missing (gold met, tool not met) and false met (gold
missing, tool met), skipped points; the last line is ``score: P/T (X.X%)``. ``--report FILE`` writes a
markdown list of every miss with the chart, the requirement and the tool's status and evidence.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import shlex
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CMD = "srscheck check {pdf} --codes {codes} --json {out}"
TRACEBACK = "Traceback (most recent call last)"


def load_corpus(corpus: Path) -> list[tuple[str, Path, dict]]:
    charts = []
    for gold_path in sorted(corpus.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not gold.get("requirements"):
            continue
        for label in gold["requirements"].values():
            if label not in ("met", "missing"):
                raise ValueError(f"{gold_path}: requirement label {label!r} is not 'met' or 'missing'")
        chart = next((corpus / (name + ext) for ext in (".pdf", ".txt") if (corpus / (name + ext)).exists()),
                     None)
        if chart is None:
            raise FileNotFoundError(f"{gold_path}: no {name}.pdf or {name}.txt")
        charts.append((name, chart, gold))
    return charts


def build_argv(template: str, chart: Path, codes: str, out: str | None, name: str) -> list[str]:
    subs = {"{pdf}": str(chart), "{codes}": codes, "{out}": out or "", "{name}": name}
    argv = []
    for word in shlex.split(template):
        for key, value in subs.items():
            word = word.replace(key, value)
        argv.append(word)
    return argv


def run_chart(name: str, chart: Path, gold: dict, template: str, timeout: float, tmpdir: str) -> dict:
    """Run the command on one chart; returns {"name", "obj" or None, "problem"}."""
    out = os.path.join(tmpdir, name + ".json") if "{out}" in template else None
    argv = build_argv(template, chart, ",".join(gold["codes"]), out, name)
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as exc:
        return {"name": name, "obj": None, "problem": f"could not run command: {exc}"}
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        proc.communicate()
        return {"name": name, "obj": None, "problem": f"timeout after {timeout:g}s"}
    text_out = stdout.decode("utf-8", "replace")
    text_err = stderr.decode("utf-8", "replace")
    if proc.returncode is not None and proc.returncode < 0:
        return {"name": name, "obj": None, "problem": f"killed by signal {-proc.returncode}"}
    if TRACEBACK in text_err or TRACEBACK in text_out:
        last = [ln for ln in text_err.splitlines() if ln.strip()][-1:] or [""]
        return {"name": name, "obj": None, "problem": "crash (Python traceback): " + last[0][:160]}
    try:
        raw = Path(out).read_text(encoding="utf-8") if out else text_out
        obj = json.loads(raw)
    except (OSError, ValueError) as exc:
        return {"name": name, "obj": None,
                "problem": f"no JSON output (exit status {proc.returncode}): {type(exc).__name__}"}
    if not isinstance(obj, dict):
        return {"name": name, "obj": None, "problem": "JSON output is not an object"}
    return {"name": name, "obj": obj, "problem": None}


def judge(gold: dict, obj: dict | None) -> list[dict]:
    """One entry per gold requirement: outcome correct / false_missing / false_met / skipped / error."""
    results = []
    for rid, label in gold["requirements"].items():
        entry = {"id": rid, "gold": label, "tool": [], "outcome": "", "evidence": []}
        if obj is None:
            entry["outcome"] = "error"
            results.append(entry)
            continue
        for code in obj.get("codes") or []:
            for req in code.get("requirements") or []:
                if req.get("id") == rid:
                    entry["tool"].append((str(code.get("code")), str(req.get("status"))))
                    for ev in (req.get("evidence") or [])[:2]:
                        text = str(ev.get("text", "")).replace("\n", " ")[:100]
                        if text and text not in entry["evidence"]:
                            entry["evidence"].append(text)
        if not entry["tool"]:
            entry["outcome"] = "skipped"
        else:
            tool_met = [status == "met" for _code, status in entry["tool"]]
            if label == "met":
                entry["outcome"] = "correct" if all(tool_met) else "false_missing"
            else:
                entry["outcome"] = "correct" if not any(tool_met) else "false_met"
        results.append(entry)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "blind_corpus7")
    ap.add_argument("--cmd", default=DEFAULT_CMD, help="command template (default: %(default)r)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per chart")
    ap.add_argument("--jobs", type=int, default=4, help="charts run in parallel")
    ap.add_argument("--report", type=Path, help="write a markdown list of every miss to FILE")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        ap.error(f"not a directory: {args.corpus}")
    charts = load_corpus(args.corpus)
    if not charts:
        ap.error(f"no gold files with 'requirements' in {args.corpus}")

    with tempfile.TemporaryDirectory(prefix="score_req_") as tmpdir:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [pool.submit(run_chart, name, chart, gold, args.cmd, args.timeout, tmpdir)
                       for name, chart, gold in charts]
            runs = [f.result() for f in futures]

    per_id: dict[str, dict[str, int]] = {}
    misses = []
    problems = []
    for (name, chart, gold), run in zip(charts, runs):
        if run["problem"]:
            problems.append((name, run["problem"]))
        for entry in judge(gold, run["obj"]):
            row = per_id.setdefault(entry["id"], {"points": 0, "correct": 0, "false_missing": 0,
                                                  "false_met": 0, "error": 0, "skipped": 0})
            outcome = entry["outcome"]
            row[outcome] += 1
            if outcome != "skipped":
                row["points"] += 1
            if outcome in ("false_missing", "false_met", "error"):
                misses.append((name, chart.name, entry, gold.get("notes", "")))

    got = sum(r["correct"] for r in per_id.values())
    total = sum(r["points"] for r in per_id.values())
    fm = sum(r["false_missing"] for r in per_id.values())
    fmet = sum(r["false_met"] for r in per_id.values())
    pct = 100.0 * got / total if total else 0.0

    print(f"corpus: {args.corpus}  charts: {len(charts)}")
    print(f"{'requirement':32s} {'correct':>9s} {'false missing':>14s} {'false met':>10s} {'skipped':>8s}")
    for rid in sorted(per_id):
        r = per_id[rid]
        err = f"  errors {r['error']}" if r["error"] else ""
        print(f"{rid:32s} {r['correct']:>4d}/{r['points']:<4d} {r['false_missing']:>14d} {r['false_met']:>10d} "
              f"{r['skipped']:>8d}{err}")
    for name, problem in problems:
        print(f"! {name}: {problem}")
    print(f"false missing: {fm}   false met: {fmet}   charts not read: {len(problems)}")
    print(f"score: {got}/{total} ({pct:.1f}%)")

    if args.report:
        lines = ["# Requirement scoring report", "", f"Command: `{args.cmd}`", "",
                 f"Score: **{got}/{total} ({pct:.1f}%)**, false missing {fm}, false met {fmet}", "",
                 "| requirement | points | false missing | false met | skipped |", "|---|---|---|---|---|"]
        for rid in sorted(per_id):
            r = per_id[rid]
            lines.append(f"| {rid} | {r['correct']}/{r['points']} | {r['false_missing']} | {r['false_met']} "
                         f"| {r['skipped']} |")
        lines += ["", "## Misses", ""]
        if not misses:
            lines.append("None.")
        for name, chart_file, entry, _notes in misses:
            kind = {"false_missing": "FALSE MISSING", "false_met": "FALSE MET", "error": "ERROR"}[entry["outcome"]]
            tool = ", ".join(f"{code}: {status}" for code, status in entry["tool"]) or "no output"
            ev = "; ".join(f"\"{t}\"" for t in entry["evidence"]) or "none"
            lines.append(f"- **{name}** (`{chart_file}`) `{entry['id']}`: {kind} - gold {entry['gold']}, "
                         f"tool {tool}; tool evidence: {ev}")
        if problems:
            lines += ["", "## Charts not read", ""] + [f"- {n}: {p}" for n, p in problems]
        args.report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
