"""Gold JSON from :class:`~corpusgen.spec.Gold` labels, and a corpus written to a folder."""

from __future__ import annotations

import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pdfmaker import make_chart_pdf

from corpusgen.rules import DELIVERY, consistency, delivery_code
from corpusgen.spec import CATEGORIES, DERIVED, Chart, Corpus, Gold

SITES = ("cranial", "spinal", "body")
COMPLEXITIES = ("simple", "complex")


class SpecError(ValueError):
    """A chart spec whose labels contradict themselves."""


def _check(ok: object, name: str, what: str) -> None:
    if not ok:
        raise SpecError(f"{name}: {what}")


def _lesion(lesion: Any) -> dict[str, Any]:
    if isinstance(lesion, Mapping):
        return dict(lesion)
    site, complexity = lesion
    return {"site": site, "complexity": complexity}


def gold_json(gold: Gold, name: str = "chart", documents: list[str] | None = None) -> dict[str, Any]:
    """The ``NAME.gold.json`` content of ``gold`` (key order as in the shared corpus format)."""
    lesions = [_lesion(x) for x in gold.lesions]
    sites = sorted({x["site"] for x in lesions})
    if gold.sites is not None:
        _check(sorted(gold.sites) == sites, name, f"sites {list(gold.sites)} but lesions in {sites}")
    lesion_count = len(lesions) if gold.lesion_count is DERIVED else gold.lesion_count
    _check(lesion_count in (None, len(lesions)), name, f"lesion_count {lesion_count}, {len(lesions)} lesions")
    for x in lesions:
        _check(x["site"] in SITES, name, f"unknown site {x['site']!r}")
        _check((x["complexity"] in COMPLEXITIES) == (x["site"] == "cranial"), name,
               f"complexity {x['complexity']!r} for a {x['site']} lesion")
    facts = {
        "modality": gold.modality,
        "sites": sites,
        "lesion_count": lesion_count,
        "fractions": gold.fractions,
        "imaging": sorted(gold.imaging),
        "positioning": sorted(gold.positioning),
    }

    if gold.categories is not None:
        _check(not gold.missing, name, "give categories or missing, not both")
        _check(set(gold.categories) == set(CATEGORIES), name, f"categories {sorted(gold.categories)}")
        categories = {c: bool(gold.categories[c]) for c in CATEGORIES}
    else:
        _check(set(gold.missing) <= set(CATEGORIES), name, f"unknown categories {gold.missing}")
        categories = {c: c not in gold.missing for c in CATEGORIES}

    codes = list(gold.codes)
    _check(len(set(codes)) == len(codes), name, f"a code claimed twice in {codes}")
    if gold.consistent is not None:
        _check(gold.wrong is None, name, "give consistent or wrong, not both")
        _check(set(gold.consistent) == set(codes), name, f"consistent {sorted(gold.consistent)} vs codes {codes}")
        consistent = {c: gold.consistent[c] for c in codes}
    elif gold.wrong is not None:
        _check(set(gold.wrong) <= set(codes), name, f"wrong codes {set(gold.wrong) - set(codes)} not claimed")
        consistent = {c: c not in gold.wrong for c in codes}
    else:
        consistent = {c: consistency(c, facts, lesions) for c in codes}
    delivery = delivery_code(facts, lesions) if gold.delivery_code is DERIVED else gold.delivery_code
    _check(delivery in (*DELIVERY, None), name, f"delivery code {delivery!r}")

    out: dict[str, Any] = {
        "codes": codes,
        "facts": facts,
        "lesions": lesions,
        "categories": categories,
        "consistent": consistent,
        "delivery_code": delivery,
        "expect_error": gold.expect_error,
    }
    for key, value in gold.extra.items():
        _check(key not in out and key not in ("documents", "notes"), name, f"extra key {key!r}")
        out[key] = value
    if documents is not None:
        out["documents"] = documents
    out["notes"] = gold.notes
    return out


def _json_text(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def _pdf(path: Path, pages: Any, corpus: Corpus, options: Mapping[str, Any], name: str) -> None:
    opts = {**corpus.pdf_options, **options}
    if isinstance(opts.get("title"), str):
        opts["title"] = opts["title"].replace("{name}", name)
    make_chart_pdf(path, pages, **opts)


def write_chart(chart: Chart, corpus: Corpus, out: Path) -> list[Path]:
    """Write one chart (its file or bundle folder, and its gold file) into ``out``; returns the paths."""
    written: list[Path] = []
    documents = None
    kind = chart.kind
    _check(sum(x is not None for x in (chart.text, chart.not_pdf)) + bool(chart.documents) + bool(chart.pages) == 1,
           chart.name, "a chart has exactly one of pages, text, documents, not_pdf")
    if kind == "bundle":
        folder = out / chart.name
        if folder.exists():
            shutil.rmtree(folder)  # a bundle folder holds exactly its documents
        folder.mkdir()
        documents = []
        for doc in chart.documents:
            path = folder / doc.file
            _check((doc.text is None) != (doc.pages is None), chart.name, f"{doc.file}: give pages or text")
            if doc.text is not None:
                path.write_text(doc.text, encoding="utf-8")
            else:
                _pdf(path, doc.pages, corpus, doc.options, chart.name)
            documents.append(f"{chart.name}/{doc.file}")
            written.append(path)
    elif kind == "text":
        path = out / f"{chart.name}.txt"
        path.write_text(chart.text or "", encoding="utf-8")
        written.append(path)
    elif kind == "not_pdf":
        path = out / f"{chart.name}.pdf"
        path.write_text(chart.not_pdf or "", encoding="utf-8")
        written.append(path)
    else:
        path = out / f"{chart.name}.pdf"
        _pdf(path, chart.pages, corpus, chart.options, chart.name)
        if chart.truncate is not None:
            path.write_bytes(path.read_bytes()[: chart.truncate])
        written.append(path)
    gold_path = out / f"{chart.name}.gold.json"
    gold_path.write_text(_json_text(gold_json(chart.gold, chart.name, documents)), encoding="utf-8")
    written.append(gold_path)
    return written


def write_corpus(corpus: Corpus, out: Path) -> list[Path]:
    """Write every chart of ``corpus`` and its further files into ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    names: set[str] = set()
    for chart in corpus.chart_list():
        _check(chart.name not in names, chart.name, "chart name used twice")
        names.add(chart.name)
        written += write_chart(chart, corpus, out)
    for fname, text in corpus.files.items():
        (out / fname).write_text(text, encoding="utf-8")
        written.append(out / fname)
    return written
