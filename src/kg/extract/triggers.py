"""Triggers of relations and where their arguments stand: a lexicon of verbs, verbal nouns and
participles, each matched through its morphology (conjunction و/ف, future س, the imperfect ت/ي, the
feminine ت, an object pronoun ـه/ـها/ـهما) on the normalized text (``kg.extract.text``: no diacritics,
ة → ه, ى → ي, أ/إ/آ → ا), and the roles its clause gives:

    agents   "after": the list right after the trigger (verb–subject order, or a preposition that
             marks the agent: من طرف، بتمويل من، مع، بحضور)
    item     "before": what the trigger's pronoun refers to (مشروع نفذته X) or what the clause is
             about; "after": the object after the agents (وتمول السويد البرنامج); "near": the nearest;
             each falls back to the document's most salient item of the kind (``relations._Topic``)

    funding         مول/تمول/موله، بتمويله، تمويل يقدمه، بمساهمة من، مساهمة من (about an item its sentence names
                    before it)، تسهم فيه، خصص، رصد (with an amount after them)، منح، قدّم (منحة، تمويلا …)، تكفّلت بتمويله،
                    بمنحة من
    implementing    نفذته/تنفذهما/انجزتها/تنجزه، تشرف على تنفيذه، يتولى تنفيذه، تنفذ/تنجز X، تتكفل فيه/تسهر عليه/تشرف عليه X
                    (بمبادرة من، تحت قيادة/إشراف were tried: the item nearest before is as often another one)
    signatory       وقع/ابرم X (الوثيقة) … AGREEMENT مع Y، اتفاق ابرمته X مع Y، (تم) توقيع AGREEMENT … X (persons
                    sign as signatories, organizations and countries as parties; «نيابة عن Y» signs for Y too)
    participant     شارك (فيها)، بمشاركة، حضر/حضره (الاجتماع)، بحضور (ممثلين عن)، الكلمة … كل من،
                    إلى جانب ممثلين عن، ممثلو/ممثلون عن، برئاسة مشتركة (co-chairs; ترأس/برئاسة alone was tried: it cost
                    precision on unseen text, and so did «تحت الرئاسة المشتركة»); also ``SPEAKING`` … ``DURING`` EVENT
                    (``relations._Sentence.spoken``)

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
    named: bool = False    # the item must be named in the sentence: the document's topic does not stand in
    money: bool = False    # only with an amount after it (خصص، رصد: what is allocated may be time or a session)


def _t(name: str, pattern: str, kind: str, role: str, item: str, items: str, confidence: float,
       with_: bool = False, pronoun: bool | None = None, named: bool = False, money: bool = False) -> Trigger:
    if pronoun is None:
        pronoun = _PRONOUN in pattern and item == "before"
    return Trigger(name, re.compile((_W + pattern).translate(LETTERS)), kind, role, item, items, confidence, with_,
                   pronoun, named, money)


TRIGGERS = [
    # funding: the funder after the trigger
    _t("funding:mawwala", _CONJ + r"(?:س?[تي])?مول(?:ت)?\s", "funding", "funding", "after", "funded", 0.75),
    _t("funding:mawwalahu", r"(?:الذي |التي )?(?:س?[تي])?مول(?:ت)?" + _PRONOUN + r"\s", "funding", "funding", "before",
       "funded", 0.8),
    _t("funding:bi-tamwilihi", _CONJ + r"ب?تمويل" + _PRONOUN + r"\s", "funding", "funding", "before", "funded", 0.7),
    _t("funding:tamwil-yuqaddimuhu", r"تمويل(?:ا)? (?:مشترك(?:ا)? )?[يت]?قدم(?:ت)?" + _PRONOUN + r"\s", "funding",
       "funding", "before", "funded", 0.8, pronoun=False),   # يقدمه: the funding itself
    _t("funding:musahama-min", _CONJ + r"(?:ب)?مساهمة (?:مالية )?(?:مشتركة )?(?:من|من طرف|من قبل)\s", "funding",
       "funding", "before", "funded", 0.75, named=True),
    _t("funding:tusahim-fihi", _CONJ + r"[تي](?:سهم|ساهم) في" + _PRONOUN + r"\s", "funding", "funding", "before",
       "funded", 0.75),
    _t("funding:khassasa", _CONJ + r"(?:س?[تي])?(?:خصص|رصد)(?:ت)?\s", "funding", "funding", "after", "funded", 0.7,
       money=True),
    # «وقدّم الصندوق منحة بقيمة … لدعم Y»: offering, when what is offered is money (a grant, funding, a loan)
    _t("funding:qaddama", _CONJ + r"(?:س?[تي])?قدم(?:ت)?\s(?=[^.;]{0,80}?(?:منحة|تمويلا|دعما ماليا|مساهمة مالية|هبة|قرضا)\s)",
       "funding", "funding", "after", "funded", 0.65),
    # «فقد تكفّلت بتمويله X»: X took the funding of what the pronoun refers to upon itself
    _t("funding:takaffala-bi-tamwilihi", _CONJ + r"(?:[تي])?تكفل(?:ت)? بتمويل" + _PRONOUN + r"\s", "funding", "funding",
       "before", "funded", 0.75),
    # «بمنحة (مقدمة) من X»: a grant of X
    _t("funding:minha-min", _CONJ + r"ب?منحة (?:مالية )?(?:مقدمة )?(?:من|من طرف|من قبل)\s", "funding", "funding", "before",
       "funded", 0.75),
    _t("funding:manaha", _CONJ + r"(?:س?[تي])?منح(?:ت)?\s", "funding", "funding", "after", "funded", 0.65),
    # implementing: the implementer after the trigger
    _t("implementing:naffadhahu", r"(?:الذي |التي )?(?:(?:س?[تي])?(?:نفذ|نجز)|أنجز)(?:ت)?" + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.8),
    _t("implementing:ala-tanfidhihi", _CONJ + r"(?:[تي](?:شرف|سهر) على |[تي]تولى )تنفيذ" + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.8),
    _t("implementing:naffadha", _CONJ + r"(?:(?:س?[تي])?(?:نفذ|نجز)|أنجز)(?:ت)?\s", "participation", "implementing",
       "after", "activities", 0.7),
    # «تتكفل فيه X بالشق الطبي»، «تسهر عليه X»: the item is what the pronoun refers to
    _t("implementing:tatakaffal-fihi", _CONJ + r"(?:[تي]تكفل|[تي]سهر|[تي]شرف) (?:في|ب|علي)" + _PRONOUN + r"\s",
       "participation", "implementing", "before", "activities", 0.75),
    # signing: the signatories after the verb, the agreement after them (or before a pronoun)
    _t("signatory:waqqaa", _CONJ + r"(?:وقع|أبرم)(?:ت)?\s(?:(?:على )?(?:الوثيقة|الاتفاق|الاتفاقية|المذكرة) )?",
       "participation", "party", "after", "agreements", 0.75, with_=True),
    # «وتم توقيع الاتفاقية من طرف X و Y»، «بعد توقيع اتفاقية Z بين …»: the agreement after the noun, who signs after it
    _t("signatory:tawqi", r"(?:(?:تم|جرى|يتم|سيتم) )?(?:توقيع|التوقيع على)\s", "participation", "party", "after",
       "agreements", 0.7, with_=True),
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
    _t("participant:mumaththilin", r"(?:إلى جانب |رفقة |و)?ممثل(?:ين|ي|و|ون) عن\s", "participation", "participant", "near",
       "events", 0.6),
    # «برئاسة مشتركة للسيد X، … والسيد Y»: the co-chairs of a meeting take part in it
    _t("participant:ri-asa-mushtaraka", _CONJ + r"ب?رئاسة مشتركة\s(?:بين\s)?", "participation", "participant", "near",
       "events", 0.65),
]

# «وقال/وأكد X … خلال EVENT»: a person who speaks during an event the clause names takes part in it
SPEAKING = re.compile((_W + _CONJ + r"(?:قال|أكد|أوضح|أشار|أضاف|اعتبر|صرح|أعلن|دعا|شدد|أبرز|كشف|أفاد|نوه|ألقى)(?:ت)?\s")
                      .translate(LETTERS))
DURING = re.compile(r"(?:^|\s)(?:و)?(?:خلال|في كلم\S*\s+(?:ل(?:ه|ها)\s+)?(?:خلال|في|ب)|اثناء|علي هامش|(?:في|عند)\s+(?:ختام|مستهل)\s+|(?:في|عند|لدي)\s+(?=(?:افتتاح|اختتام|اشغال|اعمال)\s))\s*")
# «X ، نيابة عن Y و Z ،»: Y and Z sign through X
ON_BEHALF = re.compile(r"[\s,]*نيابه عن\s")
# «… في تمويل»: taking part in funding is funding
IN_FUNDING = re.compile(r"\s*في تمويل\s")
WITH = re.compile(r"[^,.;]{0,60}?\sمع\s")   # «… اتفاق منحة بقيمة … مع Y»: Y signs too
