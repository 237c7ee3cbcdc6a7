"""Lesion mentions on unseen layouts: tables printed without column titles, names in dose lines."""

from __future__ import annotations

from srscheck.nlp import read_text


def test_a_headerless_target_table_is_read_by_its_columns_contents() -> None:
    # a flowsheet export without column titles: the first row is a target, not a header; the layout breaks
    # the table where a longer name shifts the columns, and the part below continues it
    chart = """SRS FLOWSHEET EXPORT
  Sim: CT simulation, thermoplastic SRS mask, fused with MRI.
  Treatment complete, 1 fraction, CBCT before treatment.

DOSE SUMMARY (per target)
  PTV1_Rfrontal   20 Gy x 1   D95 >= 100%   delivered 20 Gy   OK
  PTV2_Lparietal   18 Gy x 1   D95 >= 100%   delivered 18 Gy   OK
  PTV3_Roccipital   20 Gy x 1   D95 >= 100%   delivered 20 Gy   OK
  PTV4_Rcerebellum   20 Gy x 1   D95 >= 100%   delivered 20 Gy   OK
  PTV5_Lcerebellum   20 Gy x 1   D95 >= 100%   delivered 20 Gy   OK
  Brainstem Dmax 7.4 Gy
"""
    les = read_text(chart).facts.lesions
    assert [x.name for x in les] == ["PTV1_Rfrontal", "PTV2_Lparietal", "PTV3_Roccipital", "PTV4_Rcerebellum",
                                     "PTV5_Lcerebellum"]
    assert [x.dose_gy for x in les] == [20.0, 18.0, 20.0, 20.0, 20.0]
    assert {x.site for x in les} == {"cranial"}


def test_a_decimal_point_does_not_cut_the_clause_that_names_the_target() -> None:
    # "3.0 cm" ends no sentence: the clause of the dose starts at "Order:", and names the metastasis
    chart = """PRESCRIPTION ORDER
Order: Fractionated SRS, R frontal metastasis (3.8 x 3.2 x 3.0 cm, breast primary), 27 Gy in 3 fractions to PTV
Immobilization: SRS mask. Simulation: CT 1 mm fused with MRI.
Summary: right frontal metastasis treated to 27 Gy in 3 fractions on the Edge with CBCT.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.site == "cranial" and les.dose_gy == 27.0 and les.fractions == 3


def test_a_parenthesis_after_a_named_place_qualifies_it() -> None:
    # "(L2 level)" says where the node lies; the lesion is the node, a body target, not the L2 vertebra
    chart = """SABR PLAN SUMMARY
Planning CT 4DCT, vacuum bag. PET-CT fused.
PTV1\tright adrenal, 35 Gy / 5 fx
PTV2\tleft para-aortic node (L2 level), 35 Gy / 5 fx
Totals: adrenal 35 Gy / 5, node 35 Gy / 5. Daily MVCT before each fraction.
"""
    les = read_text(chart).facts.lesions
    assert [(x.name, x.site) for x in les] == [("right adrenal", "body"), ("left para-aortic node", "body")]


def test_a_dose_line_that_starts_with_other_words_is_named_by_its_place() -> None:
    chart = """RX / ORDERS
  RX-2   SBRT RUL  3400 cGy / 1 fx   COMPLETED
         site: RUL peripheral nodule (1.4 cm)
  SIM    4D-CT simulation, BodyFIX vacuum bag
TREATMENT-DAY FLOWSHEET
  07:30  Time-out (2 identifiers, site RUL, Rx 3400 cGy x1)
  07:36  CBCT shifts applied; 3400 cGy delivered. Fraction 1 of 1.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.site == "body" and les.dose_gy == 34.0 and les.fractions == 1


def test_a_parenthesis_after_a_named_place_qualifies_it_in_prose() -> None:
    chart = """SABR NOTE
Plan: right adrenal metastasis 35 Gy / 5 fx; left para-aortic node (L2 level) 35 Gy / 5 fx. Vacuum bag, 4DCT.
Completed both targets with daily MVCT, 5 of 5 fractions.
"""
    les = read_text(chart).facts.lesions
    assert sorted((x.name, x.site) for x in les) == [("left para-aortic node", "body"),
                                                     ("right adrenal metastasis", "body")]


def test_structure_names_in_a_prescription_line_are_the_targets_and_abbreviations_place_them() -> None:
    # "PTV_RCPA" and "PTV_LOCC" name the two targets of the prescription; the chart defines RCPA and LOCC as
    # places, and the one extending into the pons is complex
    chart = """CYBERKNIFE TREATMENT-DAY FLOWSHEET
Prescription\tPTV_RCPA 24 Gy / 3 fx to 78% IDL; PTV_LOCC 24 Gy / 3 fx to 80% IDL
Immobilization\tAquaplast open-face SRS mask. CT sim fused with MRI.
RCPA (right cerebellopontine angle) target: 2.3 cm, extends into the right middle cerebellar peduncle and lateral
pons. LOCC (left occipital): 1.1 cm.
Course complete, 24 Gy to each target in 3 fractions.
"""
    les = read_text(chart).facts.lesions
    assert [(x.site, x.dose_gy, x.fractions, x.complexity) for x in les] == [
        ("cranial", 24.0, 3, "complex"), ("cranial", 24.0, 3, "simple")]
    assert les[0].name.startswith("right cerebellopontine angle") and les[1].name.startswith("left occipital")
    assert les[0].complexity_reasons == ("brainstem",)


def test_the_resected_tumours_size_does_not_classify_the_cavity() -> None:
    chart = """TRANSFER SUMMARY
PROBLEM LIST: Left frontal brain metastasis s/p gross total resection.
Referred from Lakeview, where the 3.8 cm left frontal mass was resected. Post-op MRI showed no residual.
Plan: 30 Gy in 5 fractions to the resection cavity. Cavity + 2 mm = PTV 21.4 cc. Open-face mask, CT and MRI.
Treatment on TrueBeam, 6 Gy per fraction, 5 of 5 fractions delivered (total 30 Gy).
"""
    (les,) = read_text(chart).facts.lesions
    assert les.site == "cranial" and les.complexity == "simple" and les.size_cm is None


def test_the_cavitys_own_size_classifies_it() -> None:
    chart = """SRT NOTE
Left parietal resection cavity, maximum dimension 4.1 cm, after resection of a metastasis.
27 Gy in 3 fractions to the cavity, frameless mask, CT and MRI fused. All 3 fractions delivered.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.complexity == "complex" and les.size_cm == 4.1


def test_a_dose_range_after_a_metric_names_no_target() -> None:
    # "33.8" is no full stop (the clause reaches "Rectum"), and the range is a metric, not a target's dose
    chart = """MR-LINAC SBRT
PRESCRIPTION: PTV 36.25 Gy in 5 fractions (7.25 Gy/fx) to the prostate.
Rectum D1cc range 33.8-35.6 Gy across fractions (below 36 Gy).
COMPLETION: Prostate SBRT 36.25 Gy in 5 fractions delivered, knee and foot immobilizer, CT and MRI.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.site == "body" and les.dose_gy == 36.25


def test_a_headerless_table_of_organ_doses_below_a_target_table_does_not_continue_it(tmp_path) -> None:
    from pdfmaker import Heading, RuledTable, make_chart_pdf
    from srscheck.nlp import read_chart

    path = make_chart_pdf(tmp_path / "chart.pdf", [[
        Heading("Radiosurgery record"),
        RuledTable([("Target", "Rx dose", "Fx"), ("Left frontal", "20 Gy", "1"), ("Right parietal", "18 Gy", "1")]),
        RuledTable([("Optic pathway", "8 Gy", "1"), ("Cochlea left", "4 Gy", "1")]),
        "Treated on the Varian Edge with a frameless mask, CT and MRI fused, CBCT before treatment."]])
    les = read_chart(path).facts.lesions
    assert sorted(x.name for x in les) == ["Left frontal", "Right parietal"]


def test_the_cavity_is_sized_by_its_own_dimension_not_the_tumour_resected_before() -> None:
    # the tumour's size and "resected" are one clause across a wrapped line, and a line naming the cavity
    # before it is another clause; the cavity's size is its own
    chart = """FSRT TREATMENT SUMMARY
Target: right temporal resection cavity
History: new right temporal metastasis 3.2 cm
resected 10/05/2026 (GTR) at the outside hospital, post-op MRI 10/21/2026 with rim enhancement
Right temporal cavity maximal dimension 4.1 cm on the planning MRI
Plan: 30 Gy in 5 fractions, HyperArc, mask, CT and MRI fused. 5 of 5 fractions delivered.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.size_cm == 4.1 and les.complexity == "complex"


def test_a_size_that_measures_the_removed_tumour_does_not_size_the_cavity() -> None:
    # the words about the removal end a line that a blank line separates from the size: the size still
    # measures the metastasis it stands before, not the cavity treated
    chart = """STEREOTACTIC RADIOTHERAPY NOTE

DIAGNOSIS:\tMetastatic lung cancer,\tstatus post subtotal removal of a

4.2 cm right parietal metastasis on 08/12/2026.

The cavity was outlined as the CTV, 2.4 cm in greatest extent, with a 1 mm margin.

IMPRESSION: Completed SRT to the right parietal resection cavity, 27 Gy in 3

fractions. Mask, CT simulation fused with MRI.
"""
    (les,) = read_text(chart).facts.lesions
    assert les.size_cm == 2.4 and les.complexity == "simple"



def test_a_size_written_after_the_removed_tumours_noun_does_not_size_the_cavity() -> None:
    # the size stands after its noun as an apposition ("mass, 3.8 x 3.3 x 3.0 cm"), and the resection is told in the
    # next sentence: the size is the tumour's; the cavity's own measurement sizes the cavity
    chart = ("POST-OPERATIVE CONSULTATION\n"
             "MRI 10/05/2026 showed a single right frontal mass, three point eight by three point three by three point "
             "zero centimeters, with edema. She underwent gross total resection on 10/09/2026.\n"
             "Post operative MRI: resection cavity without residual enhancement, cavity measures two point nine by two "
             "point one by one point eight centimeters.\n"
             "Completed 11/20/2026: right frontal resection cavity 27 Gy in 3 fractions, mask, CT and MRI fused.\n")
    (les,) = read_text(chart).facts.lesions
    assert les.size_cm == 2.9 and les.complexity == "simple"

def test_a_vertebral_level_that_places_a_body_target_is_a_landmark() -> None:
    # "at the L2 level" says where the node lies: a body target, not the L2 vertebra
    chart = """SBRT TREATMENT SUMMARY
Left adrenal metastasis 40 Gy in 5 fractions; para-aortic node at the L2 level 35 Gy in 5 fractions. Daily CBCT,
BodyFIX, PET/CT fused.
Plan: PTV_LAdrenal 40 Gy and PTV_PAN (L2 level node) 35 Gy, each in 5 fractions.
"""
    les = read_text(chart).facts.lesions
    assert len(les) == 2 and {x.site for x in les} == {"body"}
