"""Every message a user sees, with a stable code (like spaCy's ``Errors.E097``).

A message is one sentence a coder can act on. Tests assert on the codes; the report and the
desktop dialogs show ``str(error)``, which starts with the code.
"""

from __future__ import annotations


class Msg:
    # Unreadable input (CLI exit status 3)
    E001 = "{file} was not found."
    E002 = ("{file} is not a PDF, text or image file (it starts with neither a PDF header nor the mark of a TIFF, "
            "PNG or JPEG image).")
    E003 = "{file} is encrypted; remove the password protection and try again."
    E004 = "{file} is damaged or truncated and cannot be read ({detail})."
    E005 = "{file} has no pages."
    E006 = ("{file} has no text layer (it looks like a scan) and OCR is not installed; install Tesseract "
            "with 'apt-get install tesseract-ocr' and try again.")
    E007 = "{file} has no readable text, even after OCR."
    E008 = "{file} cannot be read: {detail}."
    E009 = "{file} is a folder, not a chart file."
    E010 = "{file} is not readable text (it holds binary data or an unknown encoding)."
    E011 = "{file} is too large to check: {what} exceeds the limit of {limit} (raise it with {option} or {env})."
    E012 = ("{file} was stopped after {limit}: checking it took too long (raise the limit with --max-seconds "
            "or SRSCHECK_MAX_SECONDS).")
    E013 = ("{file} has a text layer that cannot be read ({detail}) and OCR is not installed; install "
            "Tesseract with 'apt-get install tesseract-ocr' and try again.")
    E014 = "{file} is not a regular file (it is a {kind}); give a PDF, .txt or image file."
    E015 = "{file} is a symbolic link that {what}."
    # Usage (CLI exit status 2)
    E020 = "Unknown code {code!r}: there is no checklist template for it (see 'srscheck templates list')."
    E021 = ("Cannot read the claimed code {part!r} in {codes!r}: write codes such as 77372, 77373x5 or "
            "61796-59, separated by commas, semicolons or spaces.")
    E022 = "Unknown fact {name!r}: choose one of {choices}."
    E023 = "Invalid value {value!r} for {name}: {why}."
    E024 = "No chart file given: name one or more PDF, .txt or image (TIFF, PNG, JPEG) files of the course."
    # Output
    E030 = "Cannot write {path}: {detail}."
    E031 = "Refusing to write {path}: it is the input chart {chart}; choose another output file."
    # Templates
    E040 = "{file}:{line}: {what}"
    E041 = "Template {code} is broken ({detail}); using the last valid version."
    E042 = "No template for code {code}."
    E043 = "Template {code} has no user copy to reset; it is already the bundled version."
    E044 = "{path} is not a folder of templates."
    # Batch runs (srscheck batch)
    E050 = "No charts found in {inputs}: give PDF, .txt or image (TIFF, PNG, JPEG) files, folders or glob patterns."
    E051 = "Claims file {file} was not found."
    E052 = "{file}:{line}: {what}"
    E053 = "{file} could not be checked because of an internal error ({detail}); please report it."
    E054 = "{file} could not be checked: the worker process stopped while reading it (out of memory?)."
    E055 = "Cannot use {path} as the output folder: {detail}."
    E056 = "The course {course!r} has the name of a chart of the batch; give the course another name."
    # Audit of a batch (srscheck audit, srscheck batch --audit)
    E070 = "Cannot audit {path}: {detail}."
    E058 = ("Another srscheck batch (process {pid}) is writing to {path}; wait for it to finish or choose "
            "another --out folder.")
    E059 = "Claims file {file} is not a text CSV file (it holds binary data)."
    # The desktop app's analysis worker
    E066 = "Checking {file} was cancelled."
    # The installation (CLI exit status 1; batch status failed)
    E090 = ("srscheck is not installed completely: a module it needs cannot be loaded ({detail}); reinstall "
            "it (pip install --force-reinstall srscheck).")


class SrsError(Exception):
    """An error with a message code; ``str()`` is the user-facing sentence."""

    exit_status = 1

    def __init__(self, code: str, /, **kw: object) -> None:  # "/": messages may use {code} too
        self.code = code
        self.params = kw
        text = getattr(Msg, code).format(**kw)
        super().__init__(f"{code}: {text}")

    @property
    def sentence(self) -> str:
        return str(self).split(": ", 1)[1]

    def __reduce__(self):  # an error raised in a child process arrives whole in the parent
        return _rebuild, (type(self), self.code, self.params)


def _rebuild(cls: type, code: str, params: dict) -> "SrsError":
    return cls(code, **params)


class UnreadableChart(SrsError):
    exit_status = 3


class TooLarge(UnreadableChart):
    """A chart over one of the per-chart bounds (:mod:`srscheck.core.limits`): batch status too_large."""

    status = "too_large"


class TimedOut(UnreadableChart):
    """A chart that ran past the wall-time bound: batch status timed_out."""

    status = "timed_out"


class Cancelled(SrsError):
    """A check the user stopped (the desktop app's Cancel); nothing is shown but a status line."""

    status = "cancelled"


class InstallationError(SrsError):
    """A module srscheck needs cannot be loaded (not a chart's fault, not memory): batch status failed."""

    status = "failed"


class UsageError(SrsError):
    exit_status = 2


class OutputError(SrsError):
    exit_status = 4


class TemplateError(SrsError):
    exit_status = 5


# Templates (checklists): appended by the checklist engine
Msg.E045 = "Template {code} is broken ({detail}); using the bundled version."
Msg.E046 = "Template {code} is broken ({detail}) and has no valid version; the code was not checked."
Msg.E047 = "Your edit of template {code} was not saved ({why}); it is kept in {draft}."
Msg.E048 = "{count} template problem(s) found."
Msg.E049 = "The editor {editor!r} did not run ({detail}); the template was not changed."
