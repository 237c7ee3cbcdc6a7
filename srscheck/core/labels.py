"""How facts, values, categories and verdicts are named to a person: one wording for the report,
the app and the rules' sentences."""

from __future__ import annotations

from typing import Any, Iterable

FACT_LABELS = {
    "modality": "Treatment unit",
    "sites": "Treated sites",
    "lesion_count": "Number of lesions",
    "fractions": "Fractions delivered",
    "imaging": "Planning imaging",
    "positioning": "Positioning / immobilization",
    "course_status": "Course status",
}
VALUE_LABELS = {
    "cobalt60": "Cobalt-60 (Gamma Knife)",
    "linac": "Linear accelerator",
    "robotic_linac": "Robotic linear accelerator (CyberKnife)",
    "particle": "Particle therapy (protons / ions)",
    "cranial": "Cranial",
    "spinal": "Spinal",
    "body": "Body",
    "frame": "Stereotactic head frame",
    "mask": "Mask (frameless)",
    "fiducials": "Fiducial markers",
    "body_immobilization": "Body immobilization",
    # facts.course_status
    "delivered": "Delivered",
    "planned": "Planned, not delivered",
    "recommended": "Recommended only (consultation)",
    "follow_up": "Follow-up visit (earlier course)",
}
# A delivery unit as it reads inside a sentence ("77371 is for ... delivery").
MODALITY_PHRASES = {
    "cobalt60": "multi-source Cobalt-60 (Gamma Knife)",
    "linac": "gantry linac",
    "robotic_linac": "robotic linac (CyberKnife)",
    "particle": "particle (proton/ion)",
}
# How far a course got (facts.course_status) and the stage a code's service needs (applies.course_stage), as
# the rules' sentence says them: "77373 is for <stage>, but the chart <status>."
STATUS_PHRASES = {
    "recommended": "is a consultation that recommends, offers or schedules treatment: none of the course was "
                   "performed",
    "follow_up": "is a follow-up visit after an earlier course: it documents no service of this course",
    "planned": "documents a course simulated and planned but not delivered",
    # by the kind of document behind the status (core.model.status_kind)
    "request": "is a request for authorization of treatment: none of the course was performed",
    "other_service": "is another service's note (such as a discharge summary): the radiation treatment it names "
                     "is the patient's history, not a service of this course",
    "not_delivered": "documents a course simulated and planned but closed without any treatment delivered",
    "declined": "documents treatment recommended and then declined by the patient: none of the course was "
                "performed",
    "billing": "is a billing document (charges, codes and units) with no clinical record: charges do not "
               "document that any service of the course was performed",
    "report": "is a diagnostic report (imaging or pathology) that documents no treatment performed",
    "general": "is general text about treatment (a leaflet for patients, a literature review, a clinical trial's "
               "eligibility screening), not a record of this patient's course: none of the course was performed",
    "voided": "is a record marked as entered in error (filed to the wrong patient): nothing in it is this "
              "patient's, and none of the course was performed",
    "qa_test": "is a quality-assurance test of the treatment machine on a phantom: it documents no patient's course",
    "physics_only": "documents only physics checks of a plan before treatment (a second check, patient-specific "
                    "QA): no treatment delivered is documented",
    "unsigned_order": "is an order set never signed or released (a draft): it orders nothing, and none of the "
                      "course was performed",
    "order": "is an order for treatment whose simulation or treatment is still to come: none of the course was "
             "performed",
}
STAGE_PHRASES = {"delivered": "treatment delivered in this course",
                 "planned": "a course that was simulated and planned",
                 "recommended": "a course of treatment decided on"}


def stage_problem(code: str, problems: "Iterable[str]") -> str | None:
    """The sentence of ``problems`` saying that ``code``'s service needs a course stage the chart did not
    reach (the rules' course-stage sentence), or None: what the report and the app show beside the
    course status as the reason the code is not supported."""
    heads = tuple(f"{code} is for {phrase}, but the chart " for phrase in STAGE_PHRASES.values())
    return next((p for p in problems if p.startswith(heads)), None)


CATEGORY_LABELS = {
    "plan": "Treatment plan",
    "imaging": "Imaging",
    "positioning": "Positioning / immobilization",
    "delivery_verification": "Delivery verification",
    "summary": "Treatment summary",
    "medical_necessity": "Medical necessity",
    "signatures": "Signatures",
    "physics": "Physics",
}
VERDICT_LABELS = {"supported": "supported", "gaps": "gaps", "contradicted": "contradicted"}


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("_", " ").capitalize())


def display_value(value: Any) -> str:
    """A fact value in words: ``["CT", "MRI"]`` -> ``CT, MRI``; ``None`` -> ``Not documented``."""
    if value is None:
        return "Not documented"
    if isinstance(value, (list, tuple)):
        return ", ".join(display_value(v) for v in value) if value else "None documented"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return f"{value:g}"
    return VALUE_LABELS.get(str(value), str(value))
