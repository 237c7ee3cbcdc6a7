"""A lesion's label is read by one vocabulary definition (patterns.yaml LABELNOUN/LABELID/LABELCODE): the name's
label, a clause opening with it and a sentence referring to it agree on what a label is."""
from srscheck.nlp.vocab import load_vocabulary

V = load_vocabulary()


def test_word_label_is_the_lesion_word_and_its_label_not_a_dose_suffix():
    m = V.patterns["lesion_word_label"].search("PTV_Met1_15Gy")
    assert (m.group("noun"), m.group("ident")) == ("Met", "1")
    m = V.patterns["lesion_word_label"].search("Lesions B")
    assert (m.group("noun"), m.group("ident")) == ("Lesions", "B")
    assert V.patterns["lesion_word_label"].search("metastasis measuring 12 mm") is None


def test_code_label_is_capitals_and_digits_only():
    assert V.patterns["lesion_code_label"].search("target L4 right").group(0) == "L4"
    assert V.patterns["lesion_code_label"].search("the l4 nerve root") is None
    assert V.patterns["lesion_code_label"].search("PTV2x") is None


def test_name_label_opens_the_name():
    assert V.patterns["lesion_name_label"].match("Met 2 right cerebellar").group(0) == "Met 2"
    assert V.patterns["lesion_name_label"].match("Tumour #3").group(0) == "Tumour #3"
    assert V.patterns["lesion_name_label"].match("C").group(0) == "C"
    assert V.patterns["lesion_name_label"].match("Brain metastasis") is None


def test_reference_uses_the_same_label_forms():
    refs = [m.group(0) for m in V.patterns["lesion_label_reference"].finditer(
        "Lesion A was treated; nodules 2 and target L3 too; lesion a is no label")]
    assert refs == ["Lesion A", "nodules 2", "target L3"]


def test_the_clause_of_a_series_labels_place_is_read_by_vocabulary():
    # patterns.yaml label_place_end and size_word, read by lesions.sources.labelled_place
    end = V.patterns["label_place_end"]
    clause = "left frontal met measuring 1.1 cm"
    assert clause[:end.search(clause).start()] == "left frontal met"
    clause = "right cerebellum and received 16 Gy"
    assert clause[:end.search(clause).start()] == "right cerebellum"
    assert all(V.patterns["size_word"].fullmatch(w) for w in "1.2 x 0,8 cm 12mm".split())
    assert V.patterns["size_word"].fullmatch("left") is None
