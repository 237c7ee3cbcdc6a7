"""The start-up cache (srscheck.core.cache): the compiled vocabulary, the ruler's phrase words and the
parsed templates are reused only when everything they were built from is unchanged, only from the
user's own private folder, and never change a result."""

from __future__ import annotations

import json
import os
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from srscheck.nlp import vocab as V

from srscheck.core import cache


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SRSCHECK_CACHE", str(folder))
    V.forget_compiled()
    yield folder
    V.forget_compiled()


def _entry(folder: Path) -> Path:
    return folder / "reader.pickle"


def test_vocabulary_is_stored_then_loaded_without_reading_yaml(cache_dir: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    built = V.load_vocabulary()
    assert _entry(cache_dir).is_file()
    assert oct(_entry(cache_dir).stat().st_mode & 0o777) == oct(0o600)
    V.forget_compiled()

    def no_yaml(name: str) -> None:
        raise AssertionError(f"read {name} although the cache is warm")

    monkeypatch.setattr(V, "_load_yaml", no_yaml)
    loaded = V.load_vocabulary()
    assert loaded == built  # dataclass equality: every pattern (source, flags and compiled code) too
    assert all(loaded.patterns[k] == built.patterns[k] for k in built.patterns)
    assert loaded.site_terms["cranial"].search("a lesion in the left frontal lobe") is not None


def test_concept_entries_come_from_the_vocabulary(cache_dir: Path) -> None:
    assert V.concept_entries() == V.concept_entries(V._load_yaml("concepts.yaml"))


def test_corrupt_or_truncated_entry_is_rebuilt_silently(cache_dir: Path) -> None:
    good = V.load_vocabulary()
    data = _entry(cache_dir).read_bytes()
    for bad in (data[: len(data) // 2], b"garbage", data[:-10] + b"0123456789", b""):
        _entry(cache_dir).write_bytes(bad)
        V.forget_compiled()
        assert V.load_vocabulary() == good
        assert _entry(cache_dir).read_bytes() != bad  # overwritten with a good entry
        assert cache.load("reader", V.cache_key()) is not None


def test_entry_with_another_key_is_not_used(cache_dir: Path) -> None:
    cache.store("reader", "0" * 64, {"vocabulary": "stale"})
    assert V.load_vocabulary() != "stale"
    assert cache.load("reader", "0" * 64) is None  # replaced by the current key's entry


def test_key_covers_every_vocab_file_including_new_ones(tmp_path: Path) -> None:
    folder = tmp_path / "vocab"
    shutil.copytree(Path(str(V.resources.files(V.VOCAB_PACKAGE).joinpath("vocab"))), folder)
    k0 = V.cache_key(folder)
    assert k0 and V.cache_key(folder) == k0
    (folder / "extra_terms.yaml").write_text("terms: [a]\n", encoding="utf-8")
    k1 = V.cache_key(folder)
    assert k1 != k0
    (folder / "extra_terms.yaml").write_text("terms: [b]\n", encoding="utf-8")
    k2 = V.cache_key(folder)
    assert k2 not in (k0, k1)
    (folder / "sub").mkdir()
    (folder / "sub" / "more.yaml").write_text("x: 1\n", encoding="utf-8")
    assert V.cache_key(folder) not in (k0, k1, k2)


def test_changed_vocabulary_is_rebuilt(cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A data change gives a new key, so the stored entry is not used and a new one replaces it."""
    V.load_vocabulary()
    old_key = V.cache_key()
    monkeypatch.setattr(V, "cache_key", lambda folder=None: cache.digest("changed", old_key or ""))
    V.forget_compiled()
    calls = []
    real = V.build_vocabulary
    monkeypatch.setattr(V, "build_vocabulary", lambda: calls.append(1) or real())
    V.load_vocabulary()
    assert calls == [1]
    assert cache.load("reader", V.cache_key()) is not None
    assert cache.load("reader", old_key) is None


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_entries_others_could_write_are_never_loaded(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    V.load_vocabulary()
    key = V.cache_key()
    assert cache.load("reader", key) is not None
    entry = _entry(cache_dir)
    entry.chmod(0o666)  # a file anyone may rewrite
    assert cache.load("reader", key) is None
    entry.chmod(0o600)
    cache_dir.chmod(0o777)  # a folder anyone may write into
    assert cache.load("reader", key) is None
    assert cache.store("reader", key, {}) is False
    cache_dir.chmod(0o700)
    assert cache.load("reader", key) is not None
    link_dir = cache_dir.parent / "linked"
    link_dir.mkdir(mode=0o700)
    (link_dir / "reader.pickle").symlink_to(entry)  # an entry that is a link
    monkeypatch.setenv("SRSCHECK_CACHE", str(link_dir))
    assert cache.load("reader", key) is None


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to chown")
def test_entries_of_another_user_are_never_loaded(cache_dir: Path) -> None:
    V.load_vocabulary()
    key = V.cache_key()
    os.chown(_entry(cache_dir), 65534, -1)
    assert cache.load("reader", key) is None
    os.chown(_entry(cache_dir), 0, -1)
    os.chown(cache_dir, 65534, -1)
    assert cache.load("reader", key) is None


def test_cache_off_stores_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SRSCHECK_CACHE", "off")
    assert cache.cache_dir() is None
    assert cache.store("reader", "k", 1) is False
    assert cache.load("reader", "k") is None


def test_default_folder_follows_srscheck_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SRSCHECK_CACHE", raising=False)
    monkeypatch.setenv("SRSCHECK_HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / "cache"


def test_compiled_patterns_round_trip_exactly() -> None:
    pats = [re.compile(r"(?<![\w])(?:left|right)[\s-]+(?P<site>frontal|parietal)(?![\w])", re.I),
            re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:Gy|cGy)\b"), re.compile("(?x) a  b # comment"),
            re.compile(r"(?i)(?P<y>\d{4})-(?P=y)")]
    for p in pats:
        q = pickle.loads(cache.dumps(p))
        assert q == p and q.groupindex == p.groupindex and q.flags == p.flags and q.groups == p.groups
        assert [m.span() for m in q.finditer("Left-Frontal 12 Gy 2020-2020")] == \
               [m.span() for m in p.finditer("Left-Frontal 12 Gy 2020-2020")]


def test_ruler_from_cached_words_equals_the_ruler_spacy_builds(cache_dir: Path) -> None:
    from srscheck.nlp import pipeline as P

    vocab = V.load_vocabulary()
    cached = P.build_nlp(vocab)
    V.forget_compiled()
    cached_again = P.build_nlp(V.load_vocabulary())  # phrase words from the warm entry
    assert (cache_dir / "reader.pickle").is_file()
    plain = P.build_nlp(vocab)
    ruler = plain.get_pipe("entity_ruler")
    ruler.clear()
    ruler.add_patterns(P._entity_patterns(vocab))  # spaCy's own path: tokenizes every phrase
    for nlp in (cached, cached_again):
        r = nlp.get_pipe("entity_ruler")
        assert r.patterns == ruler.patterns
        assert r._ent_ids == ruler._ent_ids
    text = "Gamma Knife SRS, 24 Gy in 3 fractions with CBCT; thermoplastic mask. No frame."
    assert [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in cached_again(text).ents] == \
           [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in plain(text).ents]


def test_template_validation_is_cached_and_redone_when_the_text_changes(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from srscheck.checklists import templates as T

    monkeypatch.setenv("SRSCHECK_CACHE", str(tmp_path / "cache"))
    store = T.TemplateStore(user=tmp_path / "user")
    code = store.codes()[0]
    first = store.get(code)
    assert any((tmp_path / "cache").glob("template-*.pickle"))
    again = T.TemplateStore(user=tmp_path / "user").get(code)
    assert again == first
    text = store.bundled_path(code).read_text(encoding="utf-8")
    broken = text.replace("requirements:", "requirement:", 1)
    path = tmp_path / "user" / f"{code}.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(broken, encoding="utf-8")
    tpl, warnings = T.TemplateStore(user=tmp_path / "user").get(code)
    assert warnings and tpl is not None and tpl.origin == "bundled"  # the broken copy is seen as broken


def test_results_identical_with_and_without_cache(samples_dir: Path, tmp_path: Path) -> None:
    """Fresh processes, like a user's start: no cache, cold cache, warm cache give the same bytes."""
    charts = sorted(p for p in samples_dir.iterdir() if p.suffix in (".pdf", ".txt"))[:4]
    code = ("import sys, json\nfrom srscheck.api import analyze\n"
            "for p in sys.argv[1:]:\n    sys.stdout.write(analyze(p, ('77372',)).to_json())\n")
    outs = []
    for where in ("off", str(tmp_path / "c"), str(tmp_path / "c")):
        env = {**os.environ, "SRSCHECK_CACHE": where, "PYTHONWARNINGS": "ignore"}
        proc = subprocess.run([sys.executable, "-c", code, *map(str, charts)], capture_output=True, env=env,
                              check=True)
        outs.append(proc.stdout)
    assert outs[0] == outs[1] == outs[2]
    assert json.loads(outs[0].split(b"\n}\n")[0] + b"\n}")["source"]["file"] == charts[0].name


def test_unwritable_cache_folder_changes_nothing_and_says_nothing(samples_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x", encoding="utf-8")
    chart = next(p for p in sorted(samples_dir.iterdir()) if p.suffix == ".pdf")
    env = {**os.environ, "SRSCHECK_CACHE": str(blocker / "cache"), "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run([sys.executable, "-m", "srscheck", "check", str(chart), "--json", "-"],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0 and proc.stderr == ""
    assert json.loads(proc.stdout)["source"]["file"] == chart.name


def test_batch_pool_size_adapts_to_the_number_of_charts(monkeypatch: pytest.MonkeyPatch) -> None:
    from srscheck.batch import run

    monkeypatch.setattr(run, "_start_method", lambda: "forkserver")
    assert [run.pool_size(2, n) for n in (1, 2, 3, 210)] == [1, 2, 2, 2]
    assert run.pool_size(4, 3) == 3
    monkeypatch.setattr(run, "_start_method", lambda: "spawn")  # each worker loads the reader itself
    assert [run.pool_size(2, n) for n in (1, 8, 15, 16, 210)] == [1, 1, 1, 2, 2]


def test_batch_fork_server_preloads_the_reader() -> None:
    """The module the fork server imports loads the pipeline, so forked workers start with it."""
    code = ("import sys\nimport srscheck.batch.preload\n"
            "import srscheck.nlp as n\nprint(n._reader is not None, 'srscheck.checklists.templates' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert proc.stdout.split() == ["True", "True"]


def test_a_warm_check_imports_only_what_it_needs(samples_dir: Path, tmp_path: Path) -> None:
    """A text chart checked with a warm cache: no report, table-finder, schema, progress-bar, PyRuSH,
    QuickUMLS/NLTK or spaCy command-line libraries are imported."""
    chart = samples_dir / "s17_rib_sbrt_text.txt"
    heavy = ("reportlab", "pdfplumber", "jsonschema", "rich", "nltk", "quickumls", "PyRuSH", "loguru",
             "spacy.cli", "requests", "typer")
    code = ("import sys\nfrom srscheck.cli import main\n"
            f"assert main(['check', {str(chart)!r}, '--json', {str(tmp_path / 'o.json')!r}]) == 0\n"
            f"print([m for m in {heavy!r} if m in sys.modules])\n")
    env = {**os.environ, "SRSCHECK_CACHE": str(tmp_path / "cache"), "PYTHONWARNINGS": "ignore"}
    for _ in range(2):  # the first run fills the cache
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert proc.stdout.strip() == "[]"
    assert json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))["source"]["file"] == chart.name


def test_template_validation_key_depends_on_the_pattern_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """A verdict reached with google-re2 is never reused where only Python's re (the checked subset)
    runs, nor the other way round: the engine is part of the key."""
    from srscheck.checklists import safety, templates

    templates._validator_fingerprint.cache_clear()
    with_re2 = templates._validation_key("code: '77373'\n", "77373.yaml", "77373")
    monkeypatch.setattr(safety, "ENGINE", "re" if safety.ENGINE == "re2" else "re2")
    templates._validator_fingerprint.cache_clear()
    try:
        other = templates._validation_key("code: '77373'\n", "77373.yaml", "77373")
    finally:
        templates._validator_fingerprint.cache_clear()
    assert with_re2 and other and with_re2 != other
