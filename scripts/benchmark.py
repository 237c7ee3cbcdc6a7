#!/usr/bin/env python
"""How fast is srscheck? A Markdown report for the README (not a test; numbers depend on the machine).

Measures, in one run:

* **cold start**: a whole ``srscheck check CHART --json OUT`` process against the floor
  ``python -c "import spacy; spacy.blank('en')"``, the two alternated (and a check without the start-up
  cache, i.e. the first start after an install or a vocabulary change), median of ``--starts`` each,
  wall-clock and CPU time (CPU time is what the other jobs on a shared machine disturb least);
* **app to facts**: ``srscheck-gui CHART`` (offscreen) from process launch until the chart's facts are
  on screen, median of ``--starts``;
* per chart and per page (median, p95) of the whole check once loaded, by stage: read PDF
  (``nlp.reader``), NLP and checks, on the bundled samples and the shared corpus if present, next to
  ``pdftotext -layout`` on the same files;
* **batch**: ``srscheck batch`` of generated small charts with 1 and 2 workers, the two alternated in
  fresh processes, median of ``--batch-runs``.
* the coding audit of 2,000 charts (``srscheck audit``): reading their per-chart JSON and computing
  the figures, then drawing the PDF (a generated batch folder, ``tests/auditgen.py``).
* **course figures** (``--only course``; also in the full run): a whole check (``srscheck.api.analyze``,
  pipeline loaded) of 3-page charts against ``pdftotext -layout`` on the same file, the two alternated,
  median of ``--rounds``; and a 6-page bundle of three documents checked as one course (blind corpus 6's
  b6_03, plan / treatment record / summary, written by the corpora's library with each document on two
  pages), median of ``--rounds``.
* with ``--hostile``: wall time, peak memory and outcome of ``srscheck check`` (and ``templates
  list``) on hostile inputs built on the spot (tests/hostile/_build.py): streams that inflate to
  hundreds of MB, an oversized scanned page, a 1.2-million-character chart on one page and
  course + follow-up logs of 1.2 and 2.9 million characters on many (read in pieces), a Type3 font without
  ToUnicode, an alias bomb. The bounds (srscheck.core.limits) must stop each within seconds and well
  under the memory bound; tests/hostile asserts the outcomes, this measures them.

Usage::

    python scripts/benchmark.py                 # everything, Markdown on stdout
    python scripts/benchmark.py --only start    # just the cold start and the app
    python scripts/benchmark.py --only course   # 3-page chart vs pdftotext, 6-page 3-document bundle
    python scripts/benchmark.py --no-batch --profile profile.txt
    python scripts/benchmark.py --only-audit --audit-charts 2000
    python scripts/benchmark.py --out docs/benchmark.md
    python scripts/benchmark.py --hostile-only   # just the hostile inputs

The aims (see the README): a check within 1.3x the spaCy floor, the app's facts within 1.2 s, 2 workers
in at most 0.65x the time of 1 on 210 small charts, a 3-page chart < 0.3 s once loaded and < 10x
``pdftotext`` on the same file, a 6-page bundle of three documents < 1 s once loaded.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]  # the real packages first: tests/nlp must not shadow nlp
sys.path.append(str(ROOT / "tests"))
sys.path.append(str(ROOT / "tests" / "cli"))

CORPUS = ROOT.parent / "shared" / "corpus"

_LOAD = """
import time
t0 = time.perf_counter()
from srscheck.runtime import quiet_third_party
quiet_third_party()
from srscheck.nlp import get_reader
get_reader()
print(time.perf_counter() - t0)
"""


@dataclass(frozen=True)
class Timing:
    file: str
    pages: int
    read: float  # PDF -> Document
    nlp: float  # Document -> Reading (the rest of nlp.read_chart)
    checks: float  # Reading -> Result
    pdftotext: float | None

    @property
    def total(self) -> float:
        return self.read + self.nlp + self.checks


# --------------------------------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------------------------------


def load_time(runs: int = 3) -> list[float]:
    out = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONWARNINGS": "ignore"})
        out.append(float(proc.stdout.strip().splitlines()[-1]))
    return out


def _child_env(**extra: str) -> dict[str, str]:
    """A user's environment: bytecode may be cached (an installed package has it), warnings quiet."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONWARNINGS="ignore", **extra)
    return env


def _run_timed(cmd: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) for one process."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


@dataclass(frozen=True)
class StartTimes:
    chart: str
    floor: list[tuple[float, float]]
    check: list[tuple[float, float]]
    uncached: list[tuple[float, float]]

    @staticmethod
    def _med(rows: Sequence[tuple[float, float]], k: int) -> float:
        return statistics.median(r[k] for r in rows)

    def wall(self, which: str) -> float:
        return self._med(getattr(self, which), 0)

    def cpu(self, which: str) -> float:
        return self._med(getattr(self, which), 1)

    def ratio(self, which: str = "check", k: int = 0) -> float:
        """Median of the per-round ratios (each round runs the floor and the check back to back)."""
        return statistics.median(c[k] / f[k] for c, f in zip(getattr(self, which), self.floor))


def cold_start(chart: Path, runs: int, cache_dir: Path) -> StartTimes:
    """The floor, a check (warm start-up cache) and a check without the cache, alternated ``runs`` times."""
    out = cache_dir / "out.json"
    floor_cmd = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
    check_cmd = [sys.executable, "-m", "srscheck", "check", str(chart), "--json", str(out)]
    warm = _child_env(SRSCHECK_CACHE=str(cache_dir / "cache"))
    off = _child_env(SRSCHECK_CACHE="off")
    for cmd, env in ((floor_cmd, warm), (check_cmd, warm)):  # bytecode and the cache written once
        _run_timed(cmd, env)
    rows: dict[str, list[tuple[float, float]]] = {"floor": [], "check": [], "uncached": []}
    for _ in range(runs):
        rows["floor"].append(_run_timed(floor_cmd, warm))
        rows["check"].append(_run_timed(check_cmd, warm))
        rows["uncached"].append(_run_timed(check_cmd, off))
    return StartTimes(chart.name, **rows)


_APP = """
import sys, time
t0 = float(sys.argv[2])
from srscheck.desktop import launcher  # what srscheck-gui does first: the worker, sent the chart
args = launcher.parse_args([sys.argv[1]])
engine = launcher.start_engine(args)
from srscheck.desktop import app as A
from PySide6.QtWidgets import QApplication
qapp = QApplication([sys.argv[0]])
A.configure_application(qapp)
win = A.launch(args, qapp, engine)
def cpu_of(pid):  # user + system seconds of a process so far (Linux; 0 elsewhere)
    try:
        import os
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0
def shown(_result):
    import resource
    r = resource.getrusage(resource.RUSAGE_SELF)
    print("facts", time.time() - t0, r.ru_utime + r.ru_stime, cpu_of(engine.pid), flush=True)
    qapp.quit()
win.hub.result_ready.connect(shown)
win.runner.failed.connect(lambda kind, msg: (print("failed", msg, flush=True), qapp.quit()))
qapp.exec()
"""


def app_to_facts(chart: Path, runs: int, tmp: Path) -> tuple[list[float], list[float], list[tuple[float, float]]]:
    """Seconds from launching the app with ``chart`` until its facts are shown (offscreen Qt), the
    spaCy floor's seconds, the two alternated (the first round writes bytecode and the cache), and the
    CPU seconds of the app's process and of its analysis worker at that moment (they run in parallel)."""
    env = _child_env(SRSCHECK_CACHE=str(tmp / "cache"), QT_QPA_PLATFORM="offscreen",
                     XDG_CONFIG_HOME=str(tmp / "config"), SRSCHECK_HOME=str(tmp / "home"))
    floor_cmd = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
    app, floor, cpu = [], [], []
    for i in range(runs + 1):
        t0 = time.time()
        proc = subprocess.run([sys.executable, "-c", _APP, str(chart), repr(t0)], capture_output=True,
                              text=True, env=env, timeout=120)
        line = next((ln for ln in proc.stdout.splitlines() if ln.startswith(("facts", "failed"))), "")
        if not line.startswith("facts"):
            raise RuntimeError(f"the app did not show the facts: {line or proc.stderr[-500:]}")
        f_wall, _ = _run_timed(floor_cmd, env)
        if i:
            fields = line.split()
            app.append(float(fields[1]))
            floor.append(f_wall)
            cpu.append((float(fields[2]), float(fields[3])))
    return app, floor, cpu


def batch_alternated(count: int, pages: int, workers: Sequence[int], runs: int,
                     tmp: Path) -> dict[int, list[float]]:
    """``srscheck batch`` wall time per worker count, fresh processes, the counts alternated."""
    from _charts import write_chart

    charts = tmp / "batch_charts"
    charts.mkdir(exist_ok=True)
    for i in range(count):
        write_chart(charts / f"chart_{i:04d}.pdf", lesions=1 + i % 4, pages=pages)
    env = _child_env(SRSCHECK_CACHE=str(tmp / "cache"))
    times: dict[int, list[float]] = {n: [] for n in workers}
    for r in range(runs + 1):  # round 0 warms bytecode, cache and the disk
        for n in workers:
            out = tmp / f"batch_out_{n}_{r}"
            wall, _cpu = _run_timed([sys.executable, "-m", "srscheck", "batch", str(charts), "--out", str(out),
                                    "--workers", str(n), "--codes", "77372,77432"], env)
            if r:
                times[n].append(wall)  # (CPU time would miss the fork server's workers)
            shutil.rmtree(out, ignore_errors=True)
    return times


def start_report(start: StartTimes, app: tuple[list[float], list[float]] | None, batch: dict[int, list[float]] | None,
                 batch_count: int, batch_runs: int) -> list[str]:
    n = len(start.floor)
    lines = [
        "| measure | result | aim |",
        "| --- | ---: | ---: |",
        f"| floor: `python -c \"import spacy; spacy.blank('en')\"`, median of {n} | "
        f"{start.wall('floor'):.2f} s ({start.cpu('floor'):.2f} s CPU) | — |",
        f"| `srscheck check {start.chart} --json out.json`, alternated with the floor | "
        f"{start.wall('check'):.2f} s ({start.cpu('check'):.2f} s CPU) | — |",
        f"| **check / floor** (median of the per-round ratios) | **{start.ratio('check', 0):.2f}x** wall, "
        f"{start.ratio('check', 1):.2f}x CPU | ≤ 1.3x |",
        f"| the same check without the start-up cache (first start after an install or a vocabulary "
        f"change) | {start.wall('uncached'):.2f} s, {start.ratio('uncached', 0):.2f}x "
        f"({start.ratio('uncached', 1):.2f}x CPU) | — |",
    ]
    if app:
        times, floor, cpu = app
        ratio = statistics.median(a / f for a, f in zip(times, floor))
        lines.append(f"| app: `srscheck-gui {start.chart}` to facts shown (offscreen), median of {len(times)}, "
                     f"alternated with the floor | **{statistics.median(times):.2f} s** (min {min(times):.2f}); "
                     f"{ratio:.2f}x the floor's {statistics.median(floor):.2f} s | ≤ 1.2 s |")
        lines.append(f"| CPU until the facts are shown: the analysis worker (on one core) and the window's process "
                     f"(on the other), medians | worker {statistics.median(c[1] for c in cpu):.2f} s, window "
                     f"{statistics.median(c[0] for c in cpu):.2f} s (the floor: {start.cpu('floor'):.2f} s) | — |")
    if batch:
        med = {k: statistics.median(v) for k, v in batch.items()}
        for k in sorted(med):
            lines.append(f"| batch of {batch_count} small charts, {k} worker(s), median of {batch_runs} "
                         f"alternated | {med[k]:.1f} s ({batch_count / med[k]:.0f} charts/s) | — |")
        if 1 in med and 2 in med:
            ratios = [b / a for a, b in zip(batch[1], batch[2])]
            lines.append(f"| **2 workers / 1 worker** (median of the per-round ratios) | "
                         f"**{statistics.median(ratios):.2f}x** the time | ≤ 0.65x |")
    return lines


def chart_files(include_corpus: bool, generated: Path | None = None) -> list[tuple[Path, tuple[str, ...]]]:
    """(chart, claimed codes from its gold file) for the samples, the corpus if present, and the
    generated three-page charts in ``generated``."""
    from importlib.resources import files

    folders = [Path(str(files("srscheck.resources") / "samples"))]
    if include_corpus and CORPUS.is_dir():
        folders.append(CORPUS)
    if generated is not None:
        folders.append(generated)
    out = []
    for folder in folders:
        for chart in sorted(folder.iterdir()):
            if chart.suffix.lower() not in (".pdf", ".txt"):
                continue
            gold = chart.with_name(chart.stem + ".gold.json")
            codes: tuple[str, ...] = ()
            if gold.is_file():
                data = json.loads(gold.read_text(encoding="utf-8"))
                if data.get("expect_error"):
                    continue
                codes = tuple(data.get("codes") or ())
            out.append((chart, codes))
    return out


def _clock(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def pdftotext_time(path: Path) -> float | None:
    if path.suffix.lower() != ".pdf" or not shutil.which("pdftotext"):
        return None
    t0 = time.perf_counter()
    subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return time.perf_counter() - t0


def time_chart(path: Path, codes: Sequence[str], repeat: int) -> Timing:
    """Best-of-``repeat`` for each stage (the least disturbed run on a shared machine)."""
    from srscheck.nlp import get_reader
    from srscheck.nlp.reader import read_document

    from srscheck.api import check_reading

    reader = get_reader()
    reads, charts, checks, texts = [], [], [], []
    pages = 0
    for _ in range(repeat):
        t_read, doc = _clock(lambda: read_document(path))
        t_chart, reading = _clock(lambda: reader.read(path))
        t_check, _ = _clock(lambda r=reading: check_reading(r, codes))
        reads.append(t_read)
        charts.append(t_chart)
        checks.append(t_check)
        texts.append(pdftotext_time(path))
        pages = len(doc.pages)  # type: ignore[attr-defined]
    read = min(reads)
    nlp = max(0.0, min(charts) - read)
    tt = [t for t in texts if t is not None]
    return Timing(path.name, pages, read, nlp, min(checks), min(tt) if tt else None)


def batch_rate(count: int, pages: int, workers: Sequence[int]) -> list[tuple[int, float, float]]:
    """(workers, seconds, charts per second) for a generated set, pool start-up included."""
    from _charts import write_chart

    from srscheck.batch import run_batch

    out = []
    with tempfile.TemporaryDirectory(prefix="srscheck-bench-") as tmp:
        charts = Path(tmp) / "charts"
        charts.mkdir()
        for i in range(count):
            write_chart(charts / f"chart_{i:04d}.pdf", lesions=1 + i % 4, pages=pages)
        for n in workers:
            t0 = time.perf_counter()
            outcome = run_batch([str(charts)], Path(tmp) / f"out{n}", codes=("77372", "77432"), workers=n)
            seconds = time.perf_counter() - t0
            assert outcome.count("checked") == count, "the benchmark charts must all be checked"
            out.append((n, seconds, count / seconds))
    return out


def bundle_of_three(out: Path, chart: str = "b6_03") -> list[Path]:
    """A real course bundle from blind corpus 6 (``chart``: plan, treatment record, summary), written by the
    corpora's own library with every document laid over two pages (its blocks split in half where it has
    one page), so the course is 6 pages in three PDF files. Returns the three paths."""
    from corpusgen.corpora.blind_corpus6 import CORPUS as B6
    from corpusgen.write import _pdf

    spec = next(c for c in B6.chart_list() if c.name == chart)
    docs = [d for d in spec.documents if d.pages is not None][:3]
    assert len(docs) == 3, f"{chart} has no three PDF documents"
    paths = []
    for d in docs:
        pages = [list(p) for p in d.pages or ()]
        if len(pages) == 1:
            blocks = pages[0]
            half = max(1, len(blocks) // 2)
            pages = [blocks[:half], blocks[half:]]
        assert len(pages) == 2, f"{d.file}: {len(pages)} pages"
        path = out / d.file
        _pdf(path, pages, B6, d.options, chart)
        paths.append(path)
    return paths


def _median_alternated(fns: Sequence[Callable[[], object]], rounds: int) -> list[float]:
    """Median wall seconds of each function, the functions called in turn ``rounds`` times."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            times[i].append(_clock(fn)[0])
    return [statistics.median(t) for t in times]


def course_figures(rounds: int = 9) -> list[str]:
    """Rows of the measure table: 3-page charts vs pdftotext (alternated), and the 6-page 3-document bundle."""
    from _charts import write_chart
    from srscheck.checklists.templates import TemplateStore
    from srscheck.nlp import get_reader

    from srscheck.api import analyze

    get_reader()
    store = TemplateStore(user=None)
    rows = []
    with tempfile.TemporaryDirectory(prefix="srscheck-bench-course-") as tmp:
        folder = Path(tmp)
        ratios, checks, texts = [], [], []
        if shutil.which("pdftotext"):
            for i in range(5):
                chart = folder / f"three_pages_{i}.pdf"
                write_chart(chart, lesions=1 + i, pages=3)
                analyze(chart, "77372,77432", templates=store)  # warm: the pipeline's first call
                check, text = _median_alternated(
                    [lambda c=chart: analyze(c, "77372,77432", templates=store),
                     lambda c=chart: pdftotext_time(c)], rounds)
                checks.append(check)
                texts.append(text)
                ratios.append(check / text)
            rows.append(f"| whole check of a 3-page chart / `pdftotext -layout` on the same file, alternated, "
                        f"median of {rounds} rounds, 5 charts | {statistics.median(ratios):.1f}x "
                        f"({', '.join(f'{r:.1f}' for r in ratios)}; check {_ms(statistics.median(checks))}, "
                        f"pdftotext {_ms(statistics.median(texts))}) | < 10x |")
        else:
            rows.append("| whole check of a 3-page chart / `pdftotext -layout` | pdftotext not installed | < 10x |")
        paths = bundle_of_three(folder)
        codes = "77372,77432,61796,61797"
        result = analyze(paths, codes, templates=store)
        pages = sum(p["pages"] for p in result.documents)
        assert pages == 6 and len(result.documents) == 3, (pages, result.documents)
        walls, cpus = [], []
        for _ in range(rounds):
            c0 = time.process_time()
            walls.append(_clock(lambda: analyze(paths, codes, templates=store))[0])
            cpus.append(time.process_time() - c0)
        rows.append(f"| 6-page bundle of 3 documents (b6_03 laid over 2 pages each) checked as one course, "
                    f"pipeline loaded, median of {rounds} | {_ms(statistics.median(walls))} wall, "
                    f"{_ms(statistics.median(cpus))} CPU ({result.facts.lesion_count.value} lesions) | < 1 s |")
    return rows


def audit_time(count: int) -> tuple[float, float, int, int]:
    """(seconds to read the per-chart JSON and compute the figures, seconds to draw the PDF, PDF pages,
    JSON bytes read) for a generated batch folder of ``count`` charts."""
    from auditgen import make_json_batch

    from srscheck.batch.audit import compute_audit, load_results
    from srscheck.batch.audit_pdf import render_audit_pdf

    with tempfile.TemporaryDirectory(prefix="srscheck-bench-audit-") as tmp:
        out = make_json_batch(Path(tmp) / "out", count)
        size = sum(p.stat().st_size for p in out.glob("*.json"))
        t0 = time.perf_counter()
        audit = compute_audit(load_results(out))
        t1 = time.perf_counter()
        pdf = render_audit_pdf(audit)
        t2 = time.perf_counter()
    return t1 - t0, t2 - t1, pdf.count(b"/Type /Page\n"), size


def audit_lines(count: int, figures: tuple[float, float, int, int]) -> list[str]:
    compute, draw, pages, size = figures
    return [f"| audit of {count} charts: read their JSON ({size / 1e6:.0f} MB) and compute | {compute:.1f} s | "
            "< 30 s |",
            f"| audit of {count} charts: draw the PDF ({pages} pages, appendix included) | {draw:.1f} s | < 60 s |"]


# --------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------


def _p(values: Sequence[float], q: float) -> float:
    v = sorted(values)
    if not v:
        return float("nan")
    k = (len(v) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def _ms(s: float) -> str:
    return "n/a" if math.isnan(s) else f"{s * 1000:.0f} ms"


def stage_table(timings: Sequence[Timing]) -> list[str]:
    pdfs = [t for t in timings if t.pdftotext is not None]
    stages: list[tuple[str, Callable[[Timing], float], Sequence[Timing]]] = [
        ("read PDF / text (nlp.reader)", lambda t: t.read, timings),
        ("NLP (spaCy + medspaCy + facts)", lambda t: t.nlp, timings),
        ("checks (templates, consistency, suggestions)", lambda t: t.checks, timings),
        ("**whole check**", lambda t: t.total, timings),
        ("whole check, PDFs only", lambda t: t.total, pdfs),
        ("`pdftotext -layout`, same PDFs", lambda t: t.pdftotext or 0.0, pdfs),
    ]
    lines = ["| stage | per chart, median | per chart, p95 | per page, median | per page, p95 |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for name, fn, rows in stages:
        per_chart = [fn(t) for t in rows]
        per_page = [fn(t) / max(t.pages, 1) for t in rows]
        lines.append(f"| {name} | {_ms(statistics.median(per_chart) if per_chart else float('nan'))} | "
                     f"{_ms(_p(per_chart, 0.95))} | "
                     f"{_ms(statistics.median(per_page) if per_page else float('nan'))} | "
                     f"{_ms(_p(per_page, 0.95))} |")
    return lines


def report(loads: Sequence[float], timings: Sequence[Timing], batch: Sequence[tuple[int, float, float]],
           batch_count: int, batch_pages: int) -> str:
    pdfs = [t for t in timings if t.pdftotext]
    ratio = statistics.median([t.total / t.pdftotext for t in pdfs if t.pdftotext]) if pdfs else float("nan")
    three = [t.total for t in timings if t.pages == 3]
    lines = [
        f"Measured on {platform.machine()} with {os.cpu_count()} CPU(s), Python {platform.python_version()}, "
        f"{len(timings)} charts ({sum(t.pages for t in timings)} pages): the bundled samples, the dev "
        "corpus when present and 5 generated 3-page charts; each stage is the best of its repeats. "
        "The machine is shared, so figures vary between runs.",
        "",
        "| measure | result | aim |",
        "| --- | ---: | ---: |",
        f"| pipeline load (fresh process, imports included), median of {len(loads)} | "
        f"{statistics.median(loads):.2f} s | < 1.5 s |",
        f"| whole check of a 3-page chart, median of {len(three)} | "
        f"{_ms(statistics.median(three)) if three else 'n/a'} | < 300 ms |",
        f"| whole check / pdftotext, per PDF, median | {ratio:.1f}x | < 10x |",
    ]
    for n, seconds, rate in batch:
        lines.append(f"| batch of {batch_count} {batch_pages}-page charts, {n} worker(s) | "
                     f"{seconds:.1f} s ({rate:.1f} charts/s) | < 60 s on 2 workers |")
    lines += ["", *stage_table(timings)]
    return "\n".join(lines) + "\n"


def _measure(argv: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float, int, str]:
    """(wall seconds, peak RSS in MB of the process tree, exit status, last stderr line)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(list(argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    last = (err.strip().splitlines() or [""])[-1]
    return seconds, usage.ru_maxrss / 1024.0, proc.returncode, last


def hostile(work: Path) -> str:
    """Build the hostile inputs in ``work`` and measure srscheck on each (see the module docstring)."""
    sys.path.append(str(ROOT / "tests" / "hostile"))
    from _build import CHART_TEXT, follow_up_log, inflating_stream, one_page_pdf, stream, type3_without_tounicode

    cases: list[tuple[str, list[str], dict[str, str]]] = []
    exe = [sys.executable, "-m", "srscheck"]
    for mb in (64, 512):
        p = one_page_pdf(work / f"bomb{mb}.pdf", inflating_stream(mb))
        cases.append((f"{p.stat().st_size:,}-byte PDF whose stream inflates to {mb} MB", exe + ["check", str(p)], {}))
    image = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray " \
            b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
    big = one_page_pdf(work / "huge_scan.pdf", stream(b"q 14400 0 0 14400 0 0 cm /Im0 Do Q", filters=1),
                       media_box=b"[0 0 14400 14400]", resources=b"<< /XObject << /Im0 5 0 R >> >>",
                       extra_objects=[image])
    cases.append((f"{big.stat().st_size:,}-byte PDF, one scanned page of 200 x 200 inches",
                  exe + ["check", str(big)], {}))
    notes = "".join(f"Nursing note {i}: patient seen in clinic, no new complaints, vital signs stable.\n"
                    for i in range(14000))
    long = work / "long.txt"
    long.write_text(CHART_TEXT + notes, encoding="utf-8")
    cases.append((f"text chart of {len(CHART_TEXT + notes):,} characters",
                  exe + ["check", str(long), "--codes", "77372"], {}))
    for chars in (1_200_000, 2_900_000):  # a course and a follow-up log of 40 notes a page, read in pieces
        log = work / f"log{chars}.txt"
        log.write_text(follow_up_log(chars), encoding="utf-8")
        cases.append((f"course + follow-up log, {log.stat().st_size:,} characters on "
                      f"{log.read_text(encoding='utf-8').count(chr(12)) + 1} pages",
                      exe + ["check", str(log), "--codes", "77372"], {}))
    big = work / "big50.txt"
    big.write_text(follow_up_log(50_000_000), encoding="utf-8")  # over the character bound: refused early
    cases.append((f"text chart of {big.stat().st_size / 1e6:.0f} MB",
                  exe + ["check", str(big), "--codes", "77372"], {}))
    t3 = type3_without_tounicode(work / "type3.pdf", CHART_TEXT * 3)
    cases.append(("Type3 font without ToUnicode (shifted letters)", exe + ["check", str(t3)], {}))
    home = work / "home"
    (home / "templates").mkdir(parents=True)
    bomb = ['code: "77432"', 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    bomb += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    (home / "templates" / "77432.yaml").write_text("\n".join(bomb) + "\n", encoding="utf-8")
    cases.append(("YAML alias bomb as a user template (templates list)", exe + ["templates", "list"],
                  {"SRSCHECK_HOME": str(home)}))
    cases.append(("... and a check that uses it", exe + ["check", str(long.with_name("short.txt")), "--codes", "77432"],
                  {"SRSCHECK_HOME": str(home)}))
    long.with_name("short.txt").write_text(CHART_TEXT, encoding="utf-8")
    lines = ["| hostile input | wall time | peak memory | exit | message |", "| --- | ---: | ---: | ---: | --- |"]
    for label, argv, env in cases:
        print(f"hostile: {label} ...", file=sys.stderr)
        seconds, mb, status, last = _measure(argv, env)
        msg = last.replace("|", "/")[:110]
        lines.append(f"| {label} | {seconds:.1f} s | {mb:.0f} MB | {status} | {msg} |")
    return "\n".join(lines) + "\n"


def profile(charts: Sequence[tuple[Path, tuple[str, ...]]], top: int = 30) -> str:
    from srscheck.api import analyze

    prof = cProfile.Profile()
    prof.enable()
    for path, codes in charts:
        analyze(path, codes)
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return buf.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--only", choices=("start", "batch", "stages", "course"), help="one part of the report")
    ap.add_argument("--rounds", type=int, default=9, help="alternated rounds of the course figures; default 9")
    ap.add_argument("--starts", type=int, default=7, help="alternated cold starts (median); default 7")
    ap.add_argument("--chart", default="s03_truebeam_hyperarc_pacemaker.pdf",
                    help="the sample chart for the cold start and the app")
    ap.add_argument("--batch-runs", type=int, default=3, help="alternated batch runs per worker count")
    ap.add_argument("--repeat", type=int, default=3, help="runs per chart (best kept); default 3")
    ap.add_argument("--no-corpus", action="store_true", help="only the bundled samples")
    ap.add_argument("--no-batch", action="store_true", help="skip the batch throughput figure")
    ap.add_argument("--batch-charts", type=int, default=210)
    ap.add_argument("--batch-pages", type=int, default=1)
    ap.add_argument("--workers", default="1,2", help="worker counts for the batch figure; default 1,2")
    ap.add_argument("--audit-charts", type=int, default=2000, help="charts in the audit figure; default 2000")
    ap.add_argument("--no-audit", action="store_true", help="skip the audit figure")
    ap.add_argument("--only-audit", action="store_true", help="only the audit figure")
    ap.add_argument("--profile", metavar="FILE", help="also write a cProfile report of the samples to FILE")
    ap.add_argument("--out", metavar="FILE.md", help="write the Markdown there as well as to stdout")
    ap.add_argument("--hostile", action="store_true", help="also measure the hostile inputs")
    ap.add_argument("--hostile-only", action="store_true", help="only measure the hostile inputs")
    args = ap.parse_args(argv)
    if args.hostile_only:
        work = Path(tempfile.mkdtemp(prefix="srscheck-bench-hostile-"))
        try:
            text = hostile(work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        sys.stdout.write(text)
        if args.out:
            Path(args.out).write_text(text, encoding="utf-8")
        return 0

    from srscheck.runtime import quiet_third_party

    quiet_third_party()
    if args.only in ("start", "batch"):
        from importlib.resources import files

        chart = Path(str(files("srscheck.resources") / "samples" / args.chart))
        with tempfile.TemporaryDirectory(prefix="srscheck-bench-") as tmp:
            lines = [f"Measured on {platform.machine()} with {os.cpu_count()} CPU(s), Python "
                     f"{platform.python_version()}; processes alternated in one run. The machine may be "
                     "shared, so CPU time is given next to wall-clock time.", ""]
            start, app, batch = None, None, None
            if args.only == "start":
                print(f"cold start x {args.starts} ...", file=sys.stderr)
                start = cold_start(chart, args.starts, Path(tmp))
                print("app to facts ...", file=sys.stderr)
                app = app_to_facts(chart, args.starts, Path(tmp))
                lines += start_report(start, app, None, 0, 0)
            else:
                print(f"batch of {args.batch_charts} x {args.batch_runs} ...", file=sys.stderr)
                batch = batch_alternated(args.batch_charts, args.batch_pages,
                                         [int(w) for w in args.workers.split(",")], args.batch_runs, Path(tmp))
                for k in sorted(batch):
                    med = statistics.median(batch[k])
                    lines.append(f"- {args.batch_charts} charts, {k} worker(s): {med:.1f} s "
                                 f"(runs: {', '.join(f'{x:.1f}' for x in batch[k])})")
                if 1 in batch and 2 in batch:
                    r = statistics.median(b / a for a, b in zip(batch[1], batch[2]))
                    lines.append(f"- 2 workers / 1 worker: {r:.2f}x the time (aim ≤ 0.65x); load average "
                                 f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPU(s) at the end")
        text = "\n".join(lines) + "\n"
        sys.stdout.write(text)
        if args.out:
            Path(args.out).write_text(text, encoding="utf-8")
        return 0
    if args.only == "course":
        text = (f"Measured on {platform.machine()} with {os.cpu_count()} CPU(s), Python {platform.python_version()}"
                f", load average {os.getloadavg()[0]:.1f} at the start.\n\n| measure | result | aim |\n"
                "| --- | ---: | ---: |\n" + "\n".join(course_figures(args.rounds)) + "\n")
        sys.stdout.write(text)
        if args.out:
            Path(args.out).write_text(text, encoding="utf-8")
        return 0
    audit = None if args.no_audit else audit_time(args.audit_charts)
    if args.only_audit:
        text = "| measure | result | aim |\n| --- | ---: | ---: |\n" + \
            "\n".join(audit_lines(args.audit_charts, audit or audit_time(args.audit_charts))) + "\n"
        sys.stdout.write(text)
        return 0
    print("pipeline load ...", file=sys.stderr)
    loads = load_time()
    generated = Path(tempfile.mkdtemp(prefix="srscheck-bench-3p-"))
    from _charts import write_chart

    for i in range(5):  # the "3-page chart" aim needs 3-page charts
        write_chart(generated / f"three_pages_{i}.pdf", lesions=1 + i, pages=3)
    charts = chart_files(not args.no_corpus, generated)
    print(f"{len(charts)} charts x {args.repeat} ...", file=sys.stderr)
    from srscheck.nlp import get_reader

    get_reader()
    timings = [time_chart(path, codes, args.repeat) for path, codes in charts]
    batch: list[tuple[int, float, float]] = []
    if not args.no_batch:
        print(f"batch of {args.batch_charts} charts ...", file=sys.stderr)
        batch = batch_rate(args.batch_charts, args.batch_pages, [int(w) for w in args.workers.split(",")])
    text = report(loads, timings, batch, args.batch_charts, args.batch_pages)
    if args.hostile:
        work = Path(tempfile.mkdtemp(prefix="srscheck-bench-hostile-"))
        try:
            text += "\n" + hostile(work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    extra = course_figures(args.rounds)
    if audit is not None:
        extra += audit_lines(args.audit_charts, audit)
    head, sep, rest = text.partition("\n\n| stage")  # rows of the measure table, before the stage table
    text = head + "\n" + "\n".join(extra) + sep + rest
    sys.stdout.write(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    if args.profile:
        Path(args.profile).write_text(profile(charts), encoding="utf-8")
        print(f"profile written to {args.profile}", file=sys.stderr)
    shutil.rmtree(generated, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
