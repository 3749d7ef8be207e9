"""Known gaps of the Arabic rule table (tests/rules/ar.tsv), read by tests/test_rules.py.

KNOWN_GAPS: rows the pipeline still gets wrong, with the reason; each must keep failing, so the list stays
honest. PASS_FLOOR: the share of all rows that must pass.
"""
from __future__ import annotations


#: share of all rows (positives and negatives) passing when the table was last tuned (372/391 = 0.951), minus 2 points
PASS_FLOOR = 0.931

#: rows the coder does not get right yet, with the reason. "KB": an actor mention is not recognised (mostly a demonym
#: adjective after a noun: السياسة الأمريكية, السفن الإسرائيلية); "roles": it is recognised but not assigned as
#: expected; "engine", "aux": a rule the engine or aux.yaml does not have.
KNOWN_GAPS: dict[str, str] = {
    "threaten-06": "roles: a complement opening with a subject pronoun (من أنه سيفرض ... على روسيا) gives its "
                   "subject, the warner, as addressee, so the warning's target after على is not taken",
    "agree-11": "aux: ستجري is not a future marker (used for exchanges under way): COOPERATE stays",
    "agree-13": "KB: USA not recognised",
    "consult-09": "engine: venue city (جنيف) is a place, so no third-party mode; KB: SDN not recognised",
    "agree-19": "roles: a bare دعوة من X is no `by` marker (other verbs take it as object: رفض دعوة من X), so the "
                "inviter of a received invitation is found only after دعوة رسمية من",
    "support-03": "roles: SAU recognised but not assigned",
    "concede-04": "roles: VEN recognised but not assigned",
    "aid-12": "engine: no frame for receiving (تسلم ... من X: X is the giver); no trigger for it",
    "request-09": "KB: USA not recognised",
    "request-11": "KB: VAT not recognised; roles: direction",
    "accuse-07": "roles: NER recognised but not assigned",
    "reject-02": "KB: EGY not recognised",
    "threaten-09": "KB: AFG not recognised",
    "protest-11": "roles: direction",
    "sanction-08": "KB: مالي (Mali) is a stop alias (also 'financial'), matched only after a title",
    "coerce-02": "KB: AFG not recognised",
    "assault-03": "roles: PSE recognised but not assigned",
}

