"""Triggers of relations and where their arguments stand: a lexicon of verbs, verbal nouns and
participles, each matched through its morphology (conjunction و/ف, future س, the imperfect ت/ي, the
feminine ت, an object pronoun ـه/ـها/ـهما) on the normalized text (``kg.extract.text``: no diacritics,
ة → ه, ى → ي, أ/إ/آ → ا), and the roles its clause gives:

    agents   "after": the list right after the trigger (verb–subject order, or a preposition that
             marks the agent: من طرف، بتمويل من، مع، بحضور)
    item     "before": what the trigger's pronoun refers to (مشروع نفذته X) or what the clause is
             about; "after": the object after the agents (وتمول السويد البرنامج); "near": the nearest;
             each falls back to the document's most salient item of the kind (``relations._Topic``)

    funding         مول/تمول/موله، بتمويله، تمويل يقدمه، بمساهمة من، مساهمة من، تسهم فيه، خصص، رصد، منح
    implementing    نفذته/تنفذهما/انجزتها/تنجزه، تشرف على تنفيذه، يتولى تنفيذه، تنفذ/تنجز X، تتكفل فيه/تسهر عليه X
                    (بمبادرة من، تحت قيادة/إشراف were tried: the item nearest before is as often another one)
    signatory       وقع/ابرم X (الوثيقة) … AGREEMENT مع Y، اتفاق ابرمته X مع Y (persons sign as
                    signatories, organizations and countries as parties; «نيابة عن Y» signs for Y too)
    participant     شارك (فيها)، بمشاركة، حضر/حضره (الاجتماع)، بحضور (ممثلين عن)، الكلمة … كل من،
                    إلى جانب ممثلين عن (ترأس/برئاسة was tried: it cost precision on unseen text)

Patterns are spelled as written and translated through ``kg.normalize.LETTERS``; each starts with a
literal or a short class so ``re`` scans in C, and none can backtrack over more than a word or two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.normalize import LETTERS

_W = r"(?<![^\s\"“”«(,:\-])"   # a word starts here
_CONJ = r"(?:و|ف)?"
_PRONOUN = r"(?:ه|ها|هما|هم)"


@dataclass(frozen=True)
class Trigger:
    name: str
    pattern: re.Pattern
    kind: str          # funding | participation
    role: str          # funding | implementing | party | participant
    item: str          # where the item stands: before | after | near
    items: str         # the kinds of item: activities | funded | agreements | events
    confidence: float
    with_: bool = False   # «… مع Y» after the clause names another agent (a co-signatory)

    pronoun: bool = False  # the item is what the trigger's pronoun refers to (نفذته، بتمويله، تسهم فيه)


def _t(name: str, pattern: str, kind: str, role: str, item: str, items: str, confidence: float,
       with_: bool = False, pronoun: bool | None = None) -> Trigger:
    if pronoun is None:
        pronoun = _PRONOUN in pattern and item == "before"
    return Trigger(name, re.compile((_W + pattern).translate(LETTERS)), kind, role, item, items, confidence, with_,
                   pronoun)


TRIGGERS = [
    # funding: the funder after the trigger
    _t("funding:mawwala", _CONJ + r"(?:س?[تي])?مول(?:ت)?\s", "funding", "funding", "after", "funded", 0.75),
    _t("funding:mawwalahu", r"(?:الذي |التي )?(?:س?[تي])?مول(?:ت)?" + _PRONOUN + r"\s", "funding", "funding", "before",
       "funded", 0.8),
    _t("funding:bi-tamwilihi", _CONJ + r"ب?تمويل" + _PRONOUN + r"\s", "funding", "funding", "before", "funded", 0.7),
    _t("funding:tamwil-yuqaddimuhu", r"تمويل(?:ا)? (?:مشترك(?:ا)? )?[يت]?قدم(?:ت)?" + _PRONOUN + r"\s", "funding",
       "funding", "before", "funded", 0.8, pronoun=False),   # يقدمه: the funding itself
    _t("funding:musahama-min", _CONJ + r"(?:ب)?مساهمة (?:مالية )?(?:مشتركة )?(?:من|من طرف|من قبل)\s", "funding",
       "funding", "before", "funded", 0.75),
    _t("funding:tusahim-fihi", _CONJ + r"[تي](?:سهم|ساهم) في" + _PRONOUN + r"\s", "funding", "funding", "before",
       "funded", 0.75),
    _t("funding:khassasa", _CONJ + r"(?:س?[تي])?(?:خصص|رصد)(?:ت)?\s", "funding", "funding", "after", "funded", 0.7),
    _t("funding:manaha", _CONJ + r"(?:س?[تي])?منح(?:ت)?\s", "funding", "funding", "after", "funded", 0.65),
    # implementing: the implementer after the trigger
    _t("implementing:naffadhahu", r"(?:الذي |التي )?(?:(?:س?[تي])?(?:نفذ|نجز)|أنجز)(?:ت)?" + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.8),
    _t("implementing:ala-tanfidhihi", _CONJ + r"(?:[تي](?:شرف|سهر) على |[تي]تولى )تنفيذ" + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.8),
    _t("implementing:naffadha", _CONJ + r"(?:(?:س?[تي])?(?:نفذ|نجز)|أنجز)(?:ت)?\s", "participation", "implementing",
       "after", "activities", 0.7),
    # «تتكفل فيه X بالشق الطبي»، «تسهر عليه X»: the item is what the pronoun refers to
    _t("implementing:tatakaffal-fihi", _CONJ + r"(?:[تي]تكفل|[تي]سهر) (?:في|ب|علي)" + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.75),
    # signing: the signatories after the verb, the agreement after them (or before a pronoun)
    _t("signatory:waqqaa", _CONJ + r"(?:وقع|أبرم)(?:ت)?\s(?:(?:على )?(?:الوثيقة|الاتفاق|الاتفاقية|المذكرة) )?",
       "participation", "party", "after", "agreements", 0.75, with_=True),
    _t("signatory:waqqaahu", r"(?:الذي |التي )?(?:وقع|أبرم)(?:ت)?" + _PRONOUN + r"\s", "participation", "party",
       "before", "agreements", 0.8, with_=True),
    # taking part: the participants after the trigger
    _t("participant:sharaka", _CONJ + r"(?:[تي])?شارك(?:ت)?(?: في" + _PRONOUN + r")?\s", "participation",
       "participant", "near", "events", 0.7),
    _t("participant:bi-musharaka", _CONJ + r"ب?مشاركة\s", "participation", "participant", "near", "events", 0.7),
    _t("participant:hadara", _CONJ + r"(?:[تي])?حضر(?:ت)?" + _PRONOUN + r"?\s(?:(?:الاجتماع|اللقاء|الندوة|الحفل|الورشة)"
       r"\s)?(?:إلى جانب" + _PRONOUN + r"\s)?", "participation", "participant", "near", "events", 0.7),
    _t("participant:bi-hudur", _CONJ + r"ب?حضور\s(?:ممثلين عن\s|ممثلي\s)?", "participation", "participant", "near",
       "events", 0.7),
    _t("participant:kullun-min", r"الكلم(?:ة|ات)\s(?:[^.;]{0,80}?\s)?كل من\s", "participation", "participant", "near",
       "events", 0.7),
    # «… إلى جانب ممثلين عن X و Y»: the bodies whose representatives attend
    _t("participant:mumaththilin", r"(?:إلى جانب |رفقة |و)?ممثل(?:ين|ي) عن\s", "participation", "participant", "near",
       "events", 0.6),
]

# «X ، نيابة عن Y و Z ،»: Y and Z sign through X
ON_BEHALF = re.compile(r"[\s,]*نيابه عن\s")
# «… في تمويل»: taking part in funding is funding
IN_FUNDING = re.compile(r"\s*في تمويل\s")
WITH = re.compile(r"[^,.;]{0,60}?\sمع\s")   # «… اتفاق منحة بقيمة … مع Y»: Y signs too
