"""A cranial nerve written with a dose is an organ at risk (its dose is no prescription and names no target), unless
the chart treats the nerve itself: a functional indication written anywhere in the chart (neuralgia, facial pain, a
shot placed on the nerve) makes the nerve the target (quantity_roles.yaml, ``unless_chart``)."""

from __future__ import annotations

from srscheck.nlp import read_text

_TUMOUR = """GAMMA KNIFE PROCEDURE NOTE
Indication: enlarging right vestibular schwannoma, 1.5 cm, serviceable hearing.
A Leksell frame was applied. The tumour was outlined on the stereotactic MRI along with the cochlea, the brainstem
and the trigeminal and facial nerves. Prescription 13 Gy to the 50% isodose line, 14 shots. Organ doses:
cochlea mean 4.0 Gy, brainstem max 10.9 Gy, trigeminal nerve 8.7 Gy, facial nerve 11.2 Gy.
Treated in one session on the Perfexion on 09/22/2026.
"""


def test_a_nerve_in_a_list_of_organ_doses_is_no_target() -> None:
    (les,) = read_text(_TUMOUR).facts.lesions
    assert "schwannoma" in les.name and les.dose_gy == 13.0 and les.fractions == 1
    assert les.complexity_reasons == ("schwannoma",)  # the nerve's dose makes no functional target


_NEURALGIA = """GAMMA KNIFE PROCEDURE NOTE
Indication: left trigeminal neuralgia, refractory to carbamazepine.
A Leksell frame was applied and a CISS MRI obtained. Target: left trigeminal nerve root 85 Gy maximum at the 100%
isodose line, one 4 mm shot. Brainstem 12 Gy at its surface. Treated in one session on 09/22/2026.
"""


def test_the_nerve_of_a_functional_chart_is_its_target() -> None:
    (les,) = read_text(_NEURALGIA).facts.lesions
    assert "trigeminal" in les.name and les.dose_gy == 85.0
    assert "functional target" in les.complexity_reasons


class _CountingPattern:
    """A chart test that counts how often it is asked (a compiled pattern cannot be watched)."""

    def __init__(self, rx) -> None:
        self.rx, self.calls = rx, 0

    def search(self, text, *args):
        self.calls += 1
        return self.rx.search(text, *args)


def test_whether_the_chart_treats_the_nerve_is_decided_once_per_chart(monkeypatch) -> None:
    # the chart's whole text is searched for a functional indication once, not once per dose or per cue
    from dataclasses import replace

    from srscheck.nlp import get_reader
    reader = get_reader()
    vocab = reader.vocab
    spies = []

    def spy(cue):
        if cue.unless_chart is None:
            return cue
        spies.append(_CountingPattern(cue.unless_chart))
        return replace(cue, unless_chart=spies[-1])

    roles = replace(vocab.roles, cues=tuple(spy(c) for c in vocab.roles.cues))
    monkeypatch.setattr(reader, "vocab", replace(vocab, roles=roles))
    more = _TUMOUR + "Cochlea max 4.4 Gy, optic chiasm max 2.0 Gy, abducens nerve 3.1 Gy.\n"
    for chart in (_TUMOUR, _NEURALGIA, more):
        before = [s.calls for s in spies]
        read_text(chart)
        assert spies and [s.calls - b for s, b in zip(spies, before)] == [1] * len(spies)
    (les,) = read_text(_TUMOUR).facts.lesions
    assert "schwannoma" in les.name  # the decision still reads the nerve as an organ at risk
