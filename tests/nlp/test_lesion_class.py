"""Lesion class (CPT simple/complex) from the lesion's own words and measurements, on synthetic charts."""

from __future__ import annotations

from srscheck.nlp import read_text


def test_gyral_places_name_lesions_and_an_adjective_names_the_same_structure() -> None:
    # "precuneus"/"cuneus" are places in the brain; "the pontine lesion" of the visit note is the "pons" target
    # of the list, not a second brainstem lesion
    chart = ("RADIOSURGERY NOTE\n"
             "Targets prescribed in one fraction: 1. left precuneus, 0.8 cm, 20 Gy; 2. right cuneus, 1.0 cm, 20 Gy; "
             "3. pons, left paramedian, 0.4 cm, 14 Gy.\n"
             "Delivered on the Edge with a thermoplastic mask after CT simulation fused with MRI.\n"
             "VISIT: seen after radiosurgery today; the pontine lesion received 14 Gy and the other two 20 Gy each.\n")
    les = read_text(chart).facts.lesions
    assert [(x.name, x.complexity) for x in les] == [("left precuneus", "simple"), ("right cuneus", "simple"),
                                                     ("pons", "complex")]


def test_a_lesion_followed_since_an_earlier_year_is_classified_by_its_sentence() -> None:
    # "watched since 2021" starts a period still going on: the sentence is the lesion's present description
    # (its 3 mm from the optic nerve makes it complex), not an earlier course's history
    chart = ("STEREOTACTIC RADIOTHERAPY NOTE 09/14/2026\n"
             "HPI: planum sphenoidale meningioma watched since 2021, now 2.0 cm and lying 3 mm from the left optic "
             "nerve on the planning MRI.\n"
             "Treatment: 25 Gy in 5 fractions on the TrueBeam, 5 of 5 fractions delivered 09/08/2026 to 09/14/2026.\n"
             "Mask, CT simulation fused with MRI, daily CBCT.\n")
    (les,) = read_text(chart).facts.lesions
    assert les.complexity == "complex" and les.complexity_reasons == ("within 5 mm of the optic apparatus",)


def test_a_distance_to_the_optic_nerve_with_the_side_written_short_makes_the_lesion_complex() -> None:
    # "3 mm from R optic nerve": the side written as a letter is still a side, and the distance is to the optic
    # apparatus
    chart = ("SRS PLAN SUMMARY 05/04/2026\n"
             "Single fraction on the TrueBeam with an open-face mask; CT simulation fused with MRI.\n"
             "Targets treated in one fraction:\n"
             "1. Right orbitofrontal metastasis, 3 mm from R optic nerve, 18 Gy\n"
             "2. Left parietal metastasis, 20 Gy\n")
    les = read_text(chart).facts.lesions
    assert [x.complexity for x in les] == ["complex", "simple"]
    assert les[0].complexity_reasons == ("within 5 mm of the optic apparatus",)


def test_a_distance_to_a_segment_of_the_optic_nerve_makes_the_lesion_complex() -> None:
    # "3 mm from the intracranial segment of the right optic nerve": measured to a part of the structure, as to its
    # edge
    chart = ("SRS PLAN SUMMARY 05/04/2026\n"
             "Single fraction on the TrueBeam with an open-face mask; CT simulation fused with MRI.\n"
             "Targets treated in one fraction:\n"
             "1. Right gyrus rectus metastasis, 3 mm from the intracranial segment of the right optic nerve, 16 Gy\n"
             "2. Left parietal metastasis, 20 Gy\n")
    les = read_text(chart).facts.lesions
    assert [x.complexity for x in les] == ["complex", "simple"]
    assert les[0].complexity_reasons == ("within 5 mm of the optic apparatus",)


def test_a_distance_written_after_the_structure_without_a_colon_makes_the_lesion_complex() -> None:
    # "distance to the left optic nerve (N. opticus li.) 2 mm": the structure first, then its distance, in running
    # words (a translated letter), as a field "Distance to the left optic nerve: 2 mm" would write it
    chart = ("FSRT TREATMENT SUMMARY 05/19/2026\n"
             "Diagnosis: meningioma of the left anterior clinoid process, 2,4 x 1,9 x 1,7 cm, distance to the left "
             "optic nerve (N. opticus li.) 2 mm.\n"
             "Treatment: 25 Gy in 5 fractions on the robotic-arm linac in a mask, completed 05/15/2026.\n")
    (les,) = read_text(chart).facts.lesions
    assert les.complexity == "complex" and les.complexity_reasons == ("within 5 mm of the optic apparatus",)


def test_a_distance_to_the_optic_nerve_beyond_the_limit_in_running_words_keeps_a_lesion_simple() -> None:
    chart = ("FSRT TREATMENT SUMMARY 05/19/2026\n"
             "Diagnosis: left parietal metastasis, 1,4 cm, distance to the left optic nerve 25 mm.\n"
             "Treatment: 25 Gy in 5 fractions on the TrueBeam in a thermoplastic mask, completed 05/15/2026.\n")
    (les,) = read_text(chart).facts.lesions
    assert les.complexity == "simple"


VOLUMES = """COURSE PRINTOUT
SIMULATION 10/08/2026: thermoplastic SRS mask; planning CT 1 mm; MRI 1 mm fused
TARGETS (contoured on fused MRI; measured volumes; no linear measurements recorded)
  Structure        Location              GTV vol (cc)   PTV margin   PTV vol (cc)
  GTV/PTV_LFr      left frontal lobe     26.3           1 mm         31.0
  GTV/PTV_RPar     right parietal lobe    1.8           1 mm          2.6
  Nearest critical structures: L frontal 22 mm from optic chiasm; R parietal 40 mm from brainstem.
PRESCRIPTION
  PTV_LFr   30.00 Gy / 5 fx  (6.00 Gy/fx)  to 80% IDL, 6 MV FFF gantry linac
  PTV_RPar  30.00 Gy / 5 fx  (6.00 Gy/fx)  to 80% IDL
  Brain-GTV V24Gy 17.9 cc; brainstem D0.03cc 12.1 Gy
COMPLETION
  Completed 10/21/2026 as planned: left frontal 30 Gy / 5 fx, right parietal 30 Gy / 5 fx.
"""


def test_a_gross_volume_whose_sphere_is_3_5_cm_across_makes_the_lesion_complex() -> None:
    # a 26.3 cc GTV is at least 3.7 cm in its largest dimension (the sphere is the shape of least extent); 1.8 cc
    # proves nothing; the PTV's volume (its margin too) and the brain's V24Gy are no lesion's volume
    les = read_text(VOLUMES).facts.lesions
    assert [(x.name, x.complexity, x.dose_gy) for x in les] == [("left frontal lobe", "complex", 30.0),
                                                                  ("right parietal lobe", "simple", 30.0)]
    assert "sphere" in les[0].complexity_reasons[0]


def test_a_planning_volume_proves_no_size() -> None:
    # 40 cc is the PTV's (the lesion with its margin): no proof of the lesion's size
    chart = VOLUMES.replace("GTV vol (cc)", "PTV vol (cc)").replace("26.3", "40.0")
    les = read_text(chart).facts.lesions
    assert [x.complexity for x in les] == ["simple", "simple"]


def test_a_gross_tumour_volume_written_in_prose_classifies_its_lesion() -> None:
    chart = ("SRT NOTE\nLeft temporal metastasis, GTV 24.0 cc on the planning MRI; brain minus GTV V12 8.1 cc.\n"
             "25 Gy in 5 fractions to the left temporal metastasis, mask, CT and MRI fused, all 5 fractions given.\n")
    (les,) = read_text(chart).facts.lesions
    assert les.complexity == "complex"
    small = read_text(chart.replace("24.0 cc", "9.0 cc")).facts.lesions[0]
    assert small.complexity == "simple"


def test_a_place_named_with_and_without_its_lobe_is_one_place() -> None:
    from srscheck.nlp.lesions.classification import same_places
    from srscheck.nlp.vocab import load_vocabulary

    v = load_vocabulary()
    assert same_places("left frontal lobe", v) == same_places("left frontal", v)
    assert same_places("right upper lobe", v) != same_places("right lower lobe", v)
    assert "lung" in same_places("right upper lobe", v)
