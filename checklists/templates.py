"""Checklist templates: the parsed form the engine uses, and the store of bundled and user copies.

A template is a YAML file per billing code (``resources/checklists/CODE.yaml``). A user copy in the user
folder (``$SRSCHECK_HOME/templates`` or ``platformdirs.user_data_dir("srscheck")/templates``) overrides
the bundled one. Whenever a valid user copy is loaded or saved, a copy is kept in ``.last-valid/``; if
the user copy is later broken, the engine keeps using that last valid copy and says so (E041), or the
bundled template when there is none (E045).

The desktop template editor works on the text (:meth:`TemplateStore.load_text`, ``validate_text``,
``save_text``, ``reset``) or on the round-trip document (:func:`checklists.schema.parse_yaml`,
:func:`dump_document`), which keeps comments and key order.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ruamel.yaml import __version__ as ruamel_version
from ruamel.yaml.comments import CommentedMap
from srscheck.nlp.vocab import cache_key as vocab_key

from srscheck.core import cache
from srscheck.core.fileio import write_text_atomic
from srscheck.core.messages import Msg, OutputError, TemplateError

from . import safety, schema
from .schema import Problem, validate_text, yaml_rt

LAST_VALID = ".last-valid"


# --------------------------------------------------------------------------------------------------
# The parsed template
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Alternative:
    """One way to find an element: a concept label, a regex, or a condition on a fact."""

    concept: str | None = None
    pattern: str | None = None
    fact: str | None = None
    condition: tuple[tuple[str, Any], ...] = ()  # (("includes_any", ("CT", "MRI")),)

    @property
    def kind(self) -> str:
        return "concept" if self.concept else ("pattern" if self.pattern else "fact")


@dataclass(frozen=True)
class Element:
    label: str
    alternatives: tuple[Alternative, ...]
    required: bool = True
    # Regexes: a mention whose quotation matches one does not count ("pending", "offered but declined").
    exclude: tuple[str, ...] = ()
    # ConText categories that still count for this element (HISTORICAL for a diagnosis: "recurrent ... (2021)").
    accept: tuple[str, ...] = ()


@dataclass(frozen=True)
class Requirement:
    id: str
    category: str
    label: str
    elements: tuple[Element, ...]
    query: str
    to: str = "physician"  # who answers the query: physician | physicist | dosimetrist | therapist
    question: str = ""  # the open, non-leading question of a compliant query ("" = built from the label)
    gap: str = ""  # the underlying documentation gap; requirements sharing it get one query

    @property
    def gap_id(self) -> str:
        return self.gap or self.id


@dataclass(frozen=True)
class Bundle:
    codes: tuple[str, ...]
    why: str
    modifier: str = ""
    source: str = ""  # where the bundling rule comes from (coding-rules.md section, payer)


@dataclass(frozen=True)
class Applies:
    """When a code fits a course (consistency) and when the engine suggests it."""

    sites: tuple[str, ...] = ()
    sites_only: bool = False
    modalities: tuple[str, ...] = ()
    modality_required: bool = True  # False: an unknown modality does not stop a suggestion
    fractions_min: int | None = None
    fractions_max: int | None = None
    exclude_single_session_cranial: bool = False
    lesion_class: str | None = None  # simple | complex | spinal
    lesion_role: str | None = None  # first | additional
    positioning: str | None = None
    units_per_course_max: int | None = None
    units_per_5_fractions: bool = False  # one unit per 5 fractions (3 or 4 left over make one more)
    why: str = ""  # a sentence added to the suggestion's reason (e.g. the codes that replace SRS/SBRT)
    units_shared_with: tuple[str, ...] = ()
    suggest: str = "never"  # never | when_applies | when_met
    suggest_instead_of: tuple[str, ...] = ()
    # How far the course must have gone for the service to have been performed: "planned" (simulated and
    # planned) or "delivered"; a chart whose course did not get there (a consultation, a follow-up visit, a
    # course not yet delivered) contradicts the code. Unset in a template: from its kind (COURSE_STAGE_OF_KIND).
    course_stage: str | None = None


@dataclass(frozen=True)
class Template:
    code: str
    title: str
    kind: str
    applies: Applies
    requirements: tuple[Requirement, ...]
    version: str
    source: str
    addon_of: tuple[str, ...] = ()
    not_with: tuple[Bundle, ...] = ()
    origin: str = "bundled"  # bundled | user | last-valid
    path: str = ""


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or ()))


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_plain(v) for v in value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    return str(value) if isinstance(value, str) else value


def _alternative(d: dict[str, Any]) -> Alternative:
    cond = tuple((k, _plain(v)) for k, v in d.items() if k not in ("concept", "pattern", "fact"))
    return Alternative(concept=d.get("concept"), pattern=d.get("pattern"), fact=d.get("fact"),
                       condition=cond)


# The course stage a code's service needs, by the template's kind, when its ``applies`` does not say.
COURSE_STAGE_OF_KIND = {"delivery": "delivered", "management": "delivered", "neurosurgical": "delivered",
                        "add-on": "delivered", "planning": "planned", "physics": "planned"}


def _applies(a: dict[str, Any], kind: str = "") -> Applies:
    fr = a.get("fractions") or {}
    return Applies(
        sites=_strs(a.get("sites")),
        sites_only=bool(a.get("sites_only", False)),
        modalities=_strs(a.get("modalities")),
        modality_required=bool(a.get("modality_required", True)),
        fractions_min=fr.get("min"),
        fractions_max=fr.get("max"),
        exclude_single_session_cranial=bool(a.get("exclude_single_session_cranial", False)),
        lesion_class=a.get("lesion_class"),
        lesion_role=a.get("lesion_role"),
        positioning=a.get("positioning"),
        units_per_course_max=a.get("units_per_course_max"),
        units_per_5_fractions=bool(a.get("units_per_5_fractions", False)),
        why=str(a.get("why", "") or ""),
        units_shared_with=_strs(a.get("units_shared_with")),
        suggest=str(a.get("suggest", "never")),
        suggest_instead_of=_strs(a.get("suggest_instead_of")),
        course_stage=a.get("course_stage") or COURSE_STAGE_OF_KIND.get(kind),
    )


def _requirement(r: dict[str, Any]) -> Requirement:
    elements = tuple(Element(label=str(e["label"]), required=bool(e.get("required", True)),
                             alternatives=tuple(_alternative(x) for x in e["any_of"]),
                             exclude=_strs(e.get("exclude")), accept=_strs(e.get("accept")))
                     for e in r["elements"])
    return Requirement(id=str(r["id"]), category=str(r["category"]), label=str(r["label"]),
                       elements=elements, query=str(r["query"]), to=str(r.get("to", "physician")),
                       question=str(r.get("question", "")), gap=str(r.get("gap", "")))


def template_from_document(doc: CommentedMap, origin: str = "bundled", path: str = "") -> Template:
    """The parsed template of a document that :func:`checklists.schema.validate_document` accepted."""
    bundles = tuple(Bundle(_strs(b["codes"]), str(b["why"]), str(b.get("modifier", "")), str(b.get("source", "")))
                    for b in doc.get("not_with") or ())
    return Template(code=str(doc["code"]), title=str(doc["title"]), kind=str(doc["kind"]),
                    applies=_applies(doc.get("applies") or {}, str(doc["kind"])),
                    requirements=tuple(_requirement(r) for r in doc["requirements"]),
                    version=str(doc["version"]), source=str(doc["source"]),
                    addon_of=_strs(doc.get("addon_of")), not_with=bundles, origin=origin, path=path)


def dump_document(doc: CommentedMap) -> str:
    """YAML text of a round-trip document (comments and key order kept)."""
    buf = io.StringIO()
    yaml_rt().dump(doc, buf)
    return buf.getvalue()


def parse_template(text: str, file: str, expect_code: str | None = None, origin: str = "bundled") -> Template:
    """Parse and validate; raises :class:`TemplateError` (E040) naming the first problem."""
    doc, problems = validate_text(text, file, expect_code)
    if problems:
        p = problems[0]
        raise TemplateError("E040", file=p.file, line=p.line, what=p.what)
    return template_from_document(doc, origin=origin, path=file)


# --------------------------------------------------------------------------------------------------
# The store
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateInfo:
    """One row of ``srscheck templates list`` and of the editor's list."""

    code: str
    title: str
    origin: str  # bundled | user
    path: str
    problems: tuple[Problem, ...] = ()

    @property
    def valid(self) -> bool:
        return not self.problems


def user_home() -> Path:
    env = os.environ.get("SRSCHECK_HOME")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("srscheck"))


def default_user_dir() -> Path:
    return user_home() / "templates"


def bundled_dir() -> Path:
    return Path(str(resources.files("srscheck.resources").joinpath("checklists")))


@dataclass
class TemplateStore:
    """Bundled templates plus the user's copies. ``get`` never raises for a broken user copy."""

    bundled: Path = field(default_factory=bundled_dir)
    user: Path | None = field(default_factory=default_user_dir)
    _cache: dict[str, tuple[Any, tuple[Template | None, tuple[str, ...]]]] = field(default_factory=dict,
                                                                                    repr=False)

    # -- where the files are ---------------------------------------------------------------------
    def bundled_path(self, code: str) -> Path:
        return self.bundled / f"{code}.yaml"

    def user_path(self, code: str) -> Path | None:
        """The user copy: ``CODE.yaml``, or a copy the user named ``CODE.yml`` / ``CODE.YAML``."""
        if not self.user:
            return None
        path = self.user / f"{code}.yaml"
        if not path.is_file():
            for other in _spellings(self.user, code):
                return other
        return path

    def last_valid_path(self, code: str) -> Path | None:
        return self.user / LAST_VALID / f"{code}.yaml" if self.user else None

    def _codes_in(self, folder: Path | None) -> set[str]:
        if folder is None or not folder.is_dir():
            return set()
        return {p.stem for p in template_files(folder)}

    def codes(self) -> list[str]:
        return sorted(self._codes_in(self.bundled) | self._codes_in(self.user))

    def has_user_copy(self, code: str) -> bool:
        p = self.user_path(code)
        return bool(p and p.is_file())

    def fingerprint(self) -> str:
        """A hash of every template file the checks may use (bundled, user copies, last valid ones):
        it changes whenever a check's result could, so a batch knows when to re-check a chart."""
        h = hashlib.sha256()
        for label, base in (("bundled", self.bundled), ("user", self.user)):
            try:
                if base is None or not base.is_dir():
                    continue
                for p in sorted(base.rglob("*")):
                    if p.is_file() and p.suffix.lower() in (".yaml", ".yml", ".json") and ".drafts" not in p.parts:
                        name = f"{label}/{p.relative_to(base).as_posix()}"
                        h.update(name.encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
            except OSError:
                continue
        return h.hexdigest()

    # -- reading ---------------------------------------------------------------------------------
    def load_text(self, code: str) -> str:
        """The text in use for a code: the user copy if there is one, else the bundled template."""
        for p in (self.user_path(code), self.bundled_path(code)):
            if p is not None and p.is_file():
                return p.read_text(encoding="utf-8")
        raise TemplateError("E042", code=code)

    def bundled_text(self, code: str) -> str:
        p = self.bundled_path(code)
        if not p.is_file():
            raise TemplateError("E042", code=code)
        return p.read_text(encoding="utf-8")

    def validate_text(self, text: str, code: str | None = None, file: str | None = None) -> list[Problem]:
        """Problems of an edited text (line numbers refer to that text); empty when it can be saved."""
        return validate_text(text, file or f"{code or 'template'}.yaml", code)[1]

    def info(self, code: str) -> TemplateInfo:
        path = self.user_path(code) if self.has_user_copy(code) else self.bundled_path(code)
        if path is None or not path.is_file():
            raise TemplateError("E042", code=code)
        _, doc, problems = _read_and_validate(path, code)
        title = str(doc.get("title", "")) if isinstance(doc, dict) else ""
        origin = "user" if self.has_user_copy(code) else "bundled"
        return TemplateInfo(code, title, origin, str(path), tuple(problems))

    def list(self) -> list[TemplateInfo]:
        return [self.info(c) for c in self.codes()]

    def get(self, code: str) -> tuple[Template | None, tuple[str, ...]]:
        """The template to use for ``code`` and any warnings (E041/E045/E046); ``None`` if there is none."""
        sig = self._signature(code)
        hit = self._cache.get(code)
        if hit is None or hit[0] != sig:
            hit = (sig, self._resolve(code))
            self._cache[code] = hit
        return hit[1]

    def _signature(self, code: str) -> tuple[Any, ...]:
        """Changes whenever a file behind ``code`` changes, so edits made elsewhere are seen."""
        out: list[Any] = []
        for p in (self.user_path(code), self.bundled_path(code)):
            try:
                st = p.stat() if p is not None else None
                out.append((st.st_mtime_ns, st.st_size) if st else None)
            except OSError:
                out.append(None)
        return tuple(out)

    def _resolve(self, code: str) -> tuple[Template | None, tuple[str, ...]]:
        up = self.user_path(code)
        if up is not None and up.is_file():
            text, doc, problems = _read_and_validate(up, code)
            if not problems:
                self._keep_last_valid(code, text)
                return template_from_document(doc, "user", str(up)), ()
            return self._fallback(code, problems[0])
        bp = self.bundled_path(code)
        if not bp.is_file():
            return None, ()
        _, doc, problems = _read_and_validate(bp, code)
        if problems:  # a damaged installation: say so, check the other codes
            return None, (_msg("E046", code=code, detail=str(problems[0])),)
        return template_from_document(doc, "bundled", str(bp)), ()

    def _fallback(self, code: str, problem: Problem) -> tuple[Template | None, tuple[str, ...]]:
        detail = str(problem)
        for path, origin, msg in ((self.last_valid_path(code), "last-valid", "E041"),
                                  (self.bundled_path(code), "bundled", "E045")):
            if path is not None and path.is_file():
                _, doc, problems = _read_and_validate(path, code)
                if not problems:
                    tpl = template_from_document(doc, origin, str(path))
                    return tpl, (_msg(msg, code=code, detail=detail),)
        return None, (_msg("E046", code=code, detail=detail),)

    def _keep_last_valid(self, code: str, text: str) -> None:
        lp = self.last_valid_path(code)
        if lp is None:
            return
        try:
            if not lp.is_file() or lp.read_text(encoding="utf-8") != text:
                lp.parent.mkdir(parents=True, exist_ok=True)
                write_text_atomic(lp, text)
        except (OSError, OutputError):
            pass  # a read-only user folder must not stop a check

    # -- writing ---------------------------------------------------------------------------------
    def save_text(self, code: str, text: str) -> Path:
        """Save a user copy (atomically, and only when valid); raises TemplateError E040 otherwise."""
        if self.user is None:
            raise TemplateError("E044", path="(no user folder)")
        path = self.user_path(code) or self.user / f"{code}.yaml"
        problems = validate_text(text, str(path), code)[1]
        if problems:
            p = problems[0]
            raise TemplateError("E040", file=p.file, line=p.line, what=p.what)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise OutputError("E030", path=str(path), detail=e.strerror or str(e)) from None
        write_text_atomic(path, text)  # temporary file + os.replace; E030 when it cannot be written
        self._keep_last_valid(code, text)
        self._cache.pop(code, None)
        return path

    def reset(self, code: str) -> None:
        """Remove the user copy (and its last valid copy), so the bundled template is used again."""
        if not self.bundled_path(code).is_file() and not self.has_user_copy(code):
            raise TemplateError("E042", code=code)
        if not self.has_user_copy(code):
            raise TemplateError("E043", code=code)
        for p in (self.user_path(code), self.last_valid_path(code)):
            if p is not None and p.is_file():
                p.unlink()
        self._cache.pop(code, None)


TEMPLATE_SUFFIXES = (".yaml", ".yml")


def template_files(folder: Path) -> list[Path]:
    """The template files of a folder: ``*.yaml``, and ``*.yml`` / ``*.YAML`` as users name them."""
    try:
        return sorted(p for p in folder.iterdir()
                      if p.suffix.lower() in TEMPLATE_SUFFIXES and not p.name.startswith(".") and p.is_file())
    except OSError:
        return []


def _spellings(folder: Path, code: str) -> list[Path]:
    return [p for p in template_files(folder) if p.stem == code and p.name != f"{code}.yaml"]


def _read_and_validate(path: Path, code: str) -> tuple[str, Any, list[Problem]]:
    """A template file's text, document and problems (an unreadable file is one problem at line 1)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return "", None, [Problem(str(path), 1, "the file is not UTF-8 text")]
    except OSError as e:
        return "", None, [Problem(str(path), 1, f"the file cannot be read ({e.strerror or e})")]
    key = _validation_key(text, str(path), code)
    hit = cache.load("template-" + cache.digest(str(path))[:20], key) if key else None
    if isinstance(hit, tuple) and len(hit) == 2:
        return text, hit[0], hit[1]
    doc, problems = validate_text(text, str(path), code)
    if key:
        cache.store("template-" + cache.digest(str(path))[:20], key, (doc, problems))
    return text, doc, problems


@lru_cache(maxsize=1)
def _validator_fingerprint() -> str | None:
    """What a template's validation depends on besides its text: the schema, the reader's concepts
    (their labels are valid template concepts), this code, the YAML library and the pattern engine."""
    vocab = vocab_key()
    if vocab is None:
        return None
    here = Path(__file__).resolve().parent
    schema_json = resources.files("srscheck.resources").joinpath("checklists", "schema.json")
    code = sorted(here.glob("*.py"))  # templates, schema, safety (YAML limits, patterns): every checker
    # the pattern engine too: a pattern re2 runs may be refused by the checked subset of re without it
    return cache.digest(vocab, str(ruamel_version), safety.ENGINE, cache.files_digest(
        [*code, Path(schema.__file__).resolve(), Path(str(schema_json))]))


def _validation_key(text: str, file: str, code: str) -> str | None:
    """The cache key of one template's parse and validation (None: do not cache)."""
    base = _validator_fingerprint()
    return cache.digest("template", base, file, str(code), text) if base else None


def _msg(msg_code: str, /, **kw: Any) -> str:
    return f"{msg_code}: " + getattr(Msg, msg_code).format(**kw)


_default: TemplateStore | None = None


def default_store() -> TemplateStore:
    """Bundled templates plus the user folder (re-created when SRSCHECK_HOME changes)."""
    global _default
    user = default_user_dir()
    if _default is None or _default.user != user:
        _default = TemplateStore(user=user)
    return _default


__all__ = [
    "LAST_VALID",
    "Alternative",
    "Applies",
    "Bundle",
    "Element",
    "Requirement",
    "Template",
    "TemplateInfo",
    "TemplateStore",
    "bundled_dir",
    "default_store",
    "default_user_dir",
    "dump_document",
    "parse_template",
    "template_files",
    "template_from_document",
]
