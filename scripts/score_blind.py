#!/usr/bin/env python3
"""Score a chart-checking command on a blind corpus that may hold multi-document bundles and .txt charts.

    python scripts/score_blind.py [--corpus tests/blind_corpus6] [--cmd TEMPLATE] [--merge-bundles]
                                  [--timeout SEC] [--jobs N] [--report FILE] [--note TEXT]

For every NAME.gold.json in the corpus folder the command is run once. The chart is NAME.pdf or NAME.txt,
or, when the gold has a ``"documents"`` list (paths relative to the corpus folder), that bundle of files.
Placeholders in TEMPLATE (replaced inside each shell-split word):
    {pdf}    the chart file; for a bundle every document path, each as its own argv word (a word such as
             --chart={pdf} is repeated once per document)
    {codes}  the claimed codes, comma-joined
    {out}    path of a fresh JSON output file (without {out} the JSON is read from standard output)
    {name}   chart name
--merge-bundles: for a tool that reads one file only, each bundle is concatenated into ONE temporary PDF
(.txt documents rendered with tests/pdfmaker.make_text_pdf in Helvetica, pages merged with pypdfium2) and
that file is passed as {pdf}. Only this option needs anything beyond the standard library.

Points per chart, as in ../shared/tools/score.py:
  * facts: modality, sites, lesion_count, fractions, imaging, positioning                6
  * complexity: sorted multiset of the cranial lesions' complexities                     1
  * consistent: one per claimed code                                                    1 per code
  * cat.<plan|imaging|positioning|delivery_verification> for each claimed delivery code 4 per code
  * delivery_code: the one of 77371/77372/77373 in suggested_codes (or none)             1
  * expect_error charts: 1 point for a clean error (non-zero exit, 1-5 line message, no traceback, no JSON)
plus
  * lesion_dose: one per gold lesion: a predicted lesion (facts.lesions[]) with dose_gy within 0.05 Gy and
    the same fractions (the lesion's own "fractions", or the course's fractions fact when the lesion has
    none); matched greedily in gold order, each predicted lesion used once
  * review: for "review_expected": true, the JSON's "review" list is non-empty; for false, it is empty or
    absent                                                                                1
A timeout, crash (signal or Python traceback), missing or unparseable JSON scores 0 for all of that chart's
points. The last line printed is always 'score: P/T (X.X%)'.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CMD = "srscheck check {pdf} --codes {codes} --json {out}"
DEFAULT_CORPUS = os.path.join(ROOT, "tests", "blind_corpus6")
DELIVERY = ("77371", "77372", "77373")
FACT_FIELDS = ("modality", "sites", "lesion_count", "fractions", "imaging", "positioning")
SET_FIELDS = ("sites", "imaging", "positioning")
CATEGORIES = ("plan", "imaging", "positioning", "delivery_verification")
FIELD_ORDER = list(FACT_FIELDS) + ["complexity", "consistent"] + ["cat." + c for c in CATEGORIES] + \
    ["delivery_code", "lesion_dose", "review", "error_handling"]
TRACEBACK = "Traceback (most recent call last)"
DOSE_TOL = 0.05


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def load_gold(path):
    with open(path, encoding="utf-8") as fh:
        g = json.load(fh)
    if not isinstance(g, dict) or not isinstance(g.get("codes"), list):
        raise ValueError("%s: 'codes' list missing" % path)
    g["codes"] = [str(c) for c in g["codes"]]
    if not g.get("expect_error"):
        for key in ("facts", "lesions", "categories", "consistent"):
            if key not in g:
                raise ValueError("%s: '%s' missing" % (path, key))
        for f in FACT_FIELDS:
            if f not in g["facts"]:
                raise ValueError("%s: facts.%s missing" % (path, f))
        for c in g["codes"]:
            if c not in g["consistent"]:
                raise ValueError("%s: consistent[%s] missing" % (path, c))
        if any(c in DELIVERY for c in g["codes"]):
            for c in CATEGORIES:
                if c not in g["categories"]:
                    raise ValueError("%s: categories.%s missing" % (path, c))
        for i, les in enumerate(g["lesions"]):
            if "dose_gy" not in les or "fractions" not in les:
                raise ValueError("%s: lesions[%d] needs dose_gy and fractions" % (path, i))
    if "documents" in g and (not isinstance(g["documents"], list) or not g["documents"]):
        raise ValueError("%s: 'documents' must be a non-empty list" % path)
    return g


def chart_files(name, gold, corpus):
    """The chart's file(s): the bundle's documents, or NAME.pdf / NAME.txt. Returns (paths, problem)."""
    if gold.get("documents"):
        paths = [os.path.join(corpus, d) for d in gold["documents"]]
        missing = [p for p in paths if not os.path.exists(p)]
        return paths, ("missing document(s): " + ", ".join(missing) if missing else None)
    for ext in (".pdf", ".txt"):
        p = os.path.join(corpus, name + ext)
        if os.path.exists(p):
            return [p], None
    return [], "chart file missing (%s.pdf or %s.txt)" % (name, name)


def point_names(g):
    if g.get("expect_error"):
        return [("error_handling", "error_handling")]
    pts = [(f, f) for f in FACT_FIELDS]
    pts.append(("complexity", "complexity"))
    pts += [("consistent", "consistent[%s]" % c) for c in g["codes"]]
    for code in g["codes"]:
        if code in DELIVERY:
            pts += [("cat." + c, "%s:%s" % (code, c)) for c in CATEGORIES]
    pts.append(("delivery_code", "delivery_code"))
    pts += [("lesion_dose", "lesion_dose[%d]" % i) for i in range(len(g["lesions"]))]
    pts.append(("review", "review"))
    return pts


# ---------------------------------------------------------------------------
# bundles merged into one PDF (only with --merge-bundles)
# ---------------------------------------------------------------------------
def merge_bundle(paths, out_pdf, tmpdir):
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    import pypdfium2 as pdfium  # noqa: PLC0415
    from pdfmaker import make_text_pdf  # noqa: PLC0415

    dst = pdfium.PdfDocument.new()
    try:
        for i, p in enumerate(paths):
            src_path = p
            if p.lower().endswith(".txt"):
                with open(p, encoding="utf-8") as fh:
                    text = fh.read()
                src_path = os.path.join(tmpdir, "%s.doc%d.pdf" % (os.path.basename(out_pdf), i))
                make_text_pdf(src_path, text, font="Helvetica", page_numbers=None)
            src = pdfium.PdfDocument(src_path)
            try:
                dst.import_pages(src)
            finally:
                src.close()
        dst.save(out_pdf)
    finally:
        dst.close()
    return out_pdf


# ---------------------------------------------------------------------------
# running the command
# ---------------------------------------------------------------------------
def build_argv(template, files, codes, out, name):
    argv = []
    for w in shlex.split(template):
        for k, v in (("{codes}", codes), ("{out}", out or ""), ("{name}", name)):
            w = w.replace(k, v)
        if "{pdf}" in w:
            argv += [w.replace("{pdf}", f) for f in files]
        else:
            argv.append(w)
    return argv


def run_cmd(argv, timeout):
    try:
        p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        return {"rc": None, "stdout": "", "stderr": "", "timeout": False,
                "launch_error": "%s: %s" % (type(e).__name__, e)}
    timed_out = False
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            out, err = p.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            p.kill()
            out, err = b"", b""
    return {"rc": p.returncode, "stdout": out.decode("utf-8", "replace"),
            "stderr": err.decode("utf-8", "replace"), "timeout": timed_out, "launch_error": None}


def read_json_output(res, out_path):
    if out_path is not None:
        if not os.path.exists(out_path):
            return None, "no JSON written"
        try:
            with open(out_path, encoding="utf-8") as fh:
                text = fh.read()
        except OSError as e:
            return None, "JSON unreadable (%s)" % e
    else:
        text = res["stdout"]
    if not text.strip():
        return None, "empty JSON output"
    try:
        obj = json.loads(text)
    except ValueError as e:
        return None, "unparseable JSON (%s)" % str(e)[:80]
    if not isinstance(obj, dict):
        return None, "JSON is not an object"
    return obj, None


# ---------------------------------------------------------------------------
# comparing
# ---------------------------------------------------------------------------
def unwrap(v):
    if isinstance(v, dict) and "value" in v:
        return v["value"]
    return v


def fact_value(facts, field):
    return unwrap(facts.get(field)) if isinstance(facts, dict) else None


def same_int(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, float) and a.is_integer():
        a = int(a)
    return isinstance(a, int) and a == b


def as_set(v):
    if v is None:
        return set()
    if isinstance(v, (list, tuple)):
        return {str(x) for x in v}
    return None


def cranial_complexities(lesions):
    out = []
    for les in lesions or []:
        if isinstance(les, dict) and les.get("site") == "cranial":
            c = les.get("complexity")
            out.append("null" if c is None else str(c))
    return sorted(out)


def as_float(v):
    v = unwrap(v)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return float(v)


def fmt_lesion(les, course_fx):
    d = as_float(les.get("dose_gy"))
    fx = unwrap(les.get("fractions"))
    fx_note = "" if fx is not None else "(course)"
    fx = course_fx if fx is None else fx
    return "%s %s Gy/%s%s" % (les.get("name") or les.get("site") or "?", "?" if d is None else "%g" % d,
                              fx, fx_note)


def match_lesion_doses(gold_lesions, pred_lesions, course_fx):
    """Greedy: each gold lesion (in order) takes the first unused predicted lesion with the same dose and
    fractions. Returns a list of (ok, detail) per gold lesion."""
    preds = [p for p in pred_lesions if isinstance(p, dict)]
    used = set()
    out = []
    for gl in gold_lesions:
        want_d, want_fx = float(gl["dose_gy"]), gl["fractions"]
        hit = None
        for i, p in enumerate(preds):
            if i in used:
                continue
            d = as_float(p.get("dose_gy"))
            fx = unwrap(p.get("fractions"))
            if fx is None:
                fx = course_fx
            if d is not None and abs(d - want_d) <= DOSE_TOL and same_int(fx, want_fx):
                hit = i
                break
        want = "%s %g Gy/%s" % (gl.get("name", gl.get("site")), want_d, want_fx)
        if hit is not None:
            used.add(hit)
            out.append((True, "want %s, got %s" % (want, fmt_lesion(preds[hit], course_fx))))
        else:
            got = "; ".join(fmt_lesion(p, course_fx) for i, p in enumerate(preds) if i not in used) or "none"
            out.append((False, "want %s, unmatched predicted: %s" % (want, got)))
    return out


def score_output(g, obj):
    res = []
    facts = obj.get("facts") if isinstance(obj.get("facts"), dict) else {}
    gf = g["facts"]
    for f in FACT_FIELDS:
        got = fact_value(facts, f)
        want = gf[f]
        if f in SET_FIELDS:
            gs = as_set(got)
            ok = gs is not None and gs == set(want)
        elif f in ("lesion_count", "fractions"):
            ok = same_int(got, want)
        else:
            ok = got == want
        res.append((f, f, ok, "got %s, want %s" % (json.dumps(got), json.dumps(want))))
    tool_lesions = facts.get("lesions") if isinstance(facts.get("lesions"), list) else []
    got_cx = cranial_complexities(tool_lesions)
    want_cx = cranial_complexities(g.get("lesions", []))
    res.append(("complexity", "complexity", got_cx == want_cx,
                "got %s, want %s" % (json.dumps(got_cx), json.dumps(want_cx))))
    entries = {}
    for e in obj.get("codes") or []:
        if isinstance(e, dict) and e.get("code") is not None:
            entries.setdefault(str(e.get("code")), e)
    for code in g["codes"]:
        e = entries.get(code)
        got = e.get("consistent") if e else None
        want = g["consistent"][code]
        ok = isinstance(got, bool) and got == want
        probs = ""
        if e and isinstance(e.get("problems"), list) and e["problems"] and not ok:
            probs = " (problems: %s)" % "; ".join(str(p) for p in e["problems"])[:200]
        res.append(("consistent", "consistent[%s]" % code, ok,
                    "got %s, want %s%s" % (json.dumps(got) if e else "no entry", json.dumps(want), probs)))
    for code in g["codes"]:
        if code not in DELIVERY:
            continue
        e = entries.get(code)
        reqs = e.get("requirements") if e and isinstance(e.get("requirements"), list) else []
        for cat in CATEGORIES:
            rs = [r for r in reqs if isinstance(r, dict) and r.get("category") == cat]
            want = bool(g["categories"][cat])
            if not rs:
                res.append(("cat." + cat, "%s:%s" % (code, cat), False, "category missing, want %s"
                            % ("met" if want else "not met")))
                continue
            met = all(r.get("status") == "met" for r in rs)
            unmet = [str(r.get("id")) for r in rs if r.get("status") != "met"]
            res.append(("cat." + cat, "%s:%s" % (code, cat), met == want,
                        "got %s%s, want %s" % ("met" if met else "not met",
                                               "" if met else " (%s)" % ", ".join(unmet),
                                               "met" if want else "not met")))
    sc = obj.get("suggested_codes")
    sc = sc if isinstance(sc, list) else []
    d = sorted({str(c) for c in sc if str(c) in DELIVERY})
    got_dc = d[0] if len(d) == 1 else (None if not d else "+".join(d))
    want_dc = g.get("delivery_code")
    res.append(("delivery_code", "delivery_code", got_dc == want_dc,
                "got %s, want %s" % (json.dumps(got_dc), json.dumps(want_dc))))
    course_fx = fact_value(facts, "fractions")
    for i, (ok, det) in enumerate(match_lesion_doses(g["lesions"], tool_lesions, course_fx)):
        res.append(("lesion_dose", "lesion_dose[%d]" % i, ok, det))
    review = obj.get("review")
    flagged = isinstance(review, list) and len(review) > 0
    want_rv = bool(g.get("review_expected"))
    msgs = ""
    if flagged:
        msgs = "; ".join(str(r.get("message") if isinstance(r, dict) else r) for r in review)[:240]
    res.append(("review", "review", flagged == want_rv,
                "got %s, want %s%s" % ("flagged" if flagged else "none", "flagged" if want_rv else "none",
                                       (" (%s)" % msgs) if msgs else "")))
    return res


def score_chart(name, gold, corpus, template, timeout, tmpdir, merge):
    use_file = "{out}" in template
    out_path = os.path.join(tmpdir, name + ".json") if use_file else None
    points = point_names(gold)
    r = {"name": name, "total": len(points), "got": 0, "fields": [], "status": "", "notes": [],
         "kind": "bundle" if gold.get("documents") else "single"}
    files, problem = chart_files(name, gold, corpus)
    if problem:
        r["status"] = problem
        r["fields"] = [(f, lab, False, problem) for f, lab in points]
        return r
    if merge and gold.get("documents"):
        try:
            files = [merge_bundle(files, os.path.join(tmpdir, name + ".merged.pdf"), tmpdir)]
            r["notes"].append("bundle merged into one PDF")
        except Exception as e:  # noqa: BLE001 - report, do not stop the run
            r["status"] = "could not merge bundle: %s: %s" % (type(e).__name__, e)
            r["fields"] = [(f, lab, False, r["status"]) for f, lab in points]
            return r
    argv = build_argv(template, files, ",".join(gold["codes"]), out_path, name)
    res = run_cmd(argv, timeout)
    stderr = res["stderr"]
    traceback = TRACEBACK in stderr or TRACEBACK in res["stdout"]
    if gold.get("expect_error"):
        obj, _ = read_json_output(res, out_path)
        if use_file and out_path and os.path.exists(out_path) and os.path.getsize(out_path) > 0:
            wrote_json = True
        else:
            wrote_json = obj is not None
        lines = [ln for ln in stderr.splitlines() if ln.strip()]
        why = []
        if res["launch_error"]:
            why.append("could not run command: " + res["launch_error"])
        if res["timeout"]:
            why.append("timeout")
        elif res["rc"] is not None and res["rc"] < 0:
            why.append("killed by signal %d" % -res["rc"])
        elif res["rc"] == 0:
            why.append("exit status 0")
        if traceback:
            why.append("Python traceback")
        if not lines:
            why.append("no error message on stderr")
        elif len(lines) > 5:
            why.append("error message too long (%d lines)" % len(lines))
        if wrote_json:
            why.append("wrote JSON")
        ok = not why
        r["status"] = "error handled" if ok else "error not handled"
        r["fields"] = [("error_handling", "error_handling", ok, "; ".join(why) or "ok: " + lines[0][:100])]
        r["got"] = 1 if ok else 0
        return r
    problem = None
    if res["launch_error"]:
        problem = "could not run command: " + res["launch_error"]
    elif res["timeout"]:
        problem = "timeout after %gs" % timeout
    elif res["rc"] is not None and res["rc"] < 0:
        problem = "crash (killed by signal %d)" % -res["rc"]
    elif traceback:
        problem = "crash (Python traceback)"
    obj = None
    if problem is None:
        obj, jp = read_json_output(res, out_path)
        if obj is None:
            problem = jp + ("" if res["rc"] == 0 else " (exit status %s)" % res["rc"])
    if problem:
        last = [ln for ln in stderr.splitlines() if ln.strip()][-1:] or [""]
        r["status"] = problem
        if last[0]:
            r["notes"].append("stderr: " + last[0][:160])
        r["fields"] = [(f, lab, False, problem) for f, lab in points]
        return r
    if res["rc"] != 0:
        r["notes"].append("exit status %s with valid JSON" % res["rc"])
    r["fields"] = score_output(gold, obj)
    r["got"] = sum(1 for x in r["fields"] if x[2])
    r["status"] = "ok"
    assert len(r["fields"]) == r["total"], (name, len(r["fields"]), r["total"])
    return r


# ---------------------------------------------------------------------------
# reporting
# ---------------------------------------------------------------------------
def md_escape(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def pct(c, t):
    return 100.0 * c / t if t else 0.0


def write_report(path, results, per_field, got, total, template, corpus, merge, notes):
    lines = ["# Blind corpus scoring report", "",
             "- Date: %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
             "- Corpus: `%s` (%d charts)" % (corpus, len(results)),
             "- Command: `%s`%s" % (template.replace("`", "'"), " with `--merge-bundles`" if merge else "")]
    lines += ["- %s" % n for n in notes]
    lines += ["", "**score: %d/%d (%.1f%%)**" % (got, total, pct(got, total)), "",
              "| field | correct | total | accuracy |", "| --- | ---: | ---: | ---: |"]
    for f in FIELD_ORDER:
        if f in per_field:
            c, t = per_field[f]
            lines.append("| %s | %d | %d | %.1f%% |" % (f, c, t, pct(c, t)))
    lines += ["", "## Charts", "", "| chart | status | points | notes |", "| --- | --- | ---: | --- |"]
    for r in results:
        lines.append("| %s | %s | %d/%d | %s |" % (md_escape(r["name"]), md_escape(r["status"]), r["got"],
                                                   r["total"], md_escape("; ".join(r["notes"]))))
    lines += ["", "## Every missed point", "", "| chart | point | detail |", "| --- | --- | --- |"]
    for r in results:
        for _f, lab, ok, det in r["fields"]:
            if not ok:
                lines.append("| %s | %s | %s |" % (md_escape(r["name"]), md_escape(lab), md_escape(det)))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Score a chart-checking command on a blind corpus with bundles.")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="folder with NAME.gold.json (default: %(default)s)")
    ap.add_argument("--cmd", default=DEFAULT_CMD,
                    help="command template with {pdf} {codes} {out} {name} (default: %(default)r)")
    ap.add_argument("--merge-bundles", action="store_true",
                    help="pass each bundle as ONE merged PDF (for tools that read a single file)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per chart (default 60)")
    ap.add_argument("--jobs", type=int, default=1, help="charts run in parallel (default 1)")
    ap.add_argument("--report", help="write a markdown report listing every missed point")
    ap.add_argument("--note", action="append", default=[], help="extra line for the report header (repeatable)")
    args = ap.parse_args(argv)
    if args.timeout <= 0:
        ap.error("--timeout must be positive")
    if args.jobs < 1:
        ap.error("--jobs must be at least 1")
    if not args.cmd.strip():
        ap.error("--cmd is empty")
    try:
        shlex.split(args.cmd)
    except ValueError as e:
        ap.error("--cmd cannot be split into words: %s" % e)
    if not os.path.isdir(args.corpus):
        ap.error("--corpus %s is not a folder" % args.corpus)
    names = sorted(f[:-len(".gold.json")] for f in os.listdir(args.corpus) if f.endswith(".gold.json"))
    if not names:
        ap.error("--corpus %s has no *.gold.json files" % args.corpus)
    golds = {}
    for n in names:
        try:
            golds[n] = load_gold(os.path.join(args.corpus, n + ".gold.json"))
        except (OSError, ValueError) as e:
            ap.error("bad gold file: %s" % e)

    tmpdir = tempfile.mkdtemp(prefix="blind-score-")
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
            futs = [ex.submit(score_chart, n, golds[n], args.corpus, args.cmd, args.timeout, tmpdir,
                              args.merge_bundles) for n in names]
            results = [f.result() for f in futs]
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    per_field = {}
    for r in results:
        for f, _lab, ok, _det in r["fields"]:
            c, t = per_field.get(f, (0, 0))
            per_field[f] = (c + (1 if ok else 0), t + 1)
    got = sum(r["got"] for r in results)
    total = sum(r["total"] for r in results)

    w = max(len(n) for n in names)
    print("charts: %d   command: %s%s" % (len(names), args.cmd, "   (bundles merged)" if args.merge_bundles else ""))
    for r in results:
        print("  %-*s  %3d/%-3d  %s" % (w, r["name"], r["got"], r["total"], r["status"]))
    print()
    print("%-24s %8s %6s %8s" % ("field", "correct", "total", "acc"))
    for f in FIELD_ORDER:
        if f in per_field:
            c, t = per_field[f]
            print("%-24s %8d %6d %7.1f%%" % (f, c, t, pct(c, t)))
    print("%-24s %8d %6d %7.1f%%" % ("ALL", got, total, pct(got, total)))
    if args.report:
        try:
            write_report(args.report, results, per_field, got, total, args.cmd, args.corpus,
                         args.merge_bundles, args.note)
            print("report written to %s" % args.report)
        except OSError as e:
            print("report not written: %s" % e)
    print("score: %d/%d (%.1f%%)" % (got, total, pct(got, total)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
