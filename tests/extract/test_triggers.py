"""kg.extract.triggers through kg.extract.pipeline.extract: a trigger of the lexicon, its morphology
(clitics, tense, an object pronoun), and the arguments its clause gives (the list after it, persons
with their appositions, «نيابة عن», «مع», the pronoun's antecedent or the document's topic), on
made-up sentences; then hostile input that must stay linear."""

import re
import time

from kg.extract.pipeline import extract

from .test_relations import facts, the_fact

M4SD = "البرنامج العالمي للهجرة من أجل التنمية المستدامة"


def test_funding_verb_subject_then_object(gazetteer):
    result = extract(f"وتموّل السويد {M4SD} منذ 2018.", gazetteer)
    fact = the_fact(result, "funding", "funding", "وتموّل السويد", funder="country/sweden", item="programme/m4sd")
    assert fact.rule == "funding:mawwala"


def test_funding_offered_by_a_list_is_each_funders(gazetteer):
    result = extract(f"ويستفيد {M4SD} من تمويل مشترك يقدمه التعاون الإنمائي السويسري والاتحاد الأوروبي.", gazetteer)
    the_fact(result, "funding", "funding", "يقدمه", funder="organization/sdc", item="programme/m4sd")
    the_fact(result, "funding", "funding", "يقدمه", funder="organization/eu", item="programme/m4sd")


def test_a_pronoun_refers_to_the_salient_item_sentences_before(gazetteer):
    result = extract(f"انطلق {M4SD} سنة 2018. ويركز البرنامج على الجهات. وقد تكفلت بتمويله الوكالة الألمانية للتعاون "
                     "الدولي.", gazetteer)
    the_fact(result, "funding", "funding", "بتمويله", funder="organization/giz", item="programme/m4sd")


def test_a_dual_pronoun_without_its_items_states_nothing(gazetteer):
    result = extract(f"انطلق {M4SD} سنة 2018. وخصص المبلغ لمبادرتين تنفذهما المنظمة الدولية للهجرة.", gazetteer)
    assert not facts(result, "participation", "implementing")


def test_implementing_with_an_object_pronoun(gazetteer):
    result = extract(f"ويعد {M4SD}، الذي نفذته المنظمة الدولية للهجرة، تجربة رائدة.", gazetteer)
    the_fact(result, "participation", "implementing", "نفذته", agent="organization/iom", **{"in": "programme/m4sd"})


def test_signing_on_behalf_of_and_with(gazetteer):
    result = extract("وقّعت المنظمة الدولية للهجرة، نيابة عن منظمة العمل الدولية، اتفاق المقر مع المغرب.", gazetteer)
    for agent in ("organization/iom", "organization/ilo", "country/morocco"):
        fact = the_fact(result, "participation", "party", "وقّعت", agent=agent,
                        **{"in": "agreement/morocco-iom-headquarters"})
        assert fact.rule == "signatory:waqqaa" or agent == "country/morocco"


def test_persons_listed_with_their_titles_take_part_and_the_titles_organizations_do_not(gazetteer):
    result = extract("ونظمت المنظمة الدولية للهجرة ندوة حول الهجرة شارك فيها السيد أحمد العلوي، مدير الوكالة الألمانية "
                     "للتعاون الدولي، والسيدة سلمى بناني، ممثلة الاتحاد الأوروبي.", gazetteer)
    participants = facts(result, "participation", "participant")
    assert sorted(a["agent"] for a, _ in participants) == ["«أحمد العلوي»", "«سلمى بناني»"]
    assert {a["in"] for a, _ in participants} == {"«ندوة حول الهجرة»"}


def test_taking_part_in_funding_is_funding(gazetteer):
    result = extract(f"ويشارك الاتحاد الأوروبي في تمويل {M4SD}.", gazetteer)
    the_fact(result, "funding", "funding", "ويشارك", funder="organization/eu", item="programme/m4sd")
    assert not facts(result, "participation", "participant")


def test_an_event_far_before_is_not_the_one_attended(gazetteer):
    """A meeting named paragraphs before is not the one «بحضور» speaks of."""
    result = extract("وعقدت الوزارة ندوة حول الهجرة. " + "وتحدث المشاركون عن الهجرة. " * 20
                     + "وبحضور ممثلين عن المنظمة الدولية للهجرة.", gazetteer)
    assert not facts(result, "participation", "participant")


def test_a_trigger_without_arguments_states_nothing(gazetteer):
    for text in ("وقع في المغرب حادث.", "وتموّل.", "شارك فيها.", "بحضور.", "نفذته."):
        result = extract(text, gazetteer)
        assert not [f for f in result.facts if f.kind != "post"], text


# Hostile input: linear --------------------------------------------------------------------------

def _fast(text: str, gazetteer, seconds: float):
    start = time.perf_counter()
    result = extract(text, gazetteer)
    elapsed = time.perf_counter() - start
    assert elapsed < seconds, elapsed
    return result


def test_a_thousand_coordinated_names(gazetteer):
    names = " و".join(["المنظمة الدولية للهجرة", "منظمة العمل الدولية", "الاتحاد الأوروبي", "السويد"] * 250)
    result = _fast(f"ندوة حول الهجرة شارك فيها {names}. وتموّل {names} {M4SD}.", gazetteer, 10)
    assert len(result.facts) < 2000


def test_ten_thousand_triggers_in_a_row(gazetteer):
    _fast("وتموّل شارك فيها نفذته وقّعت بحضور " * 2000, gazetteer, 10)
    _fast("وتموّل السويد " * 10000, gazetteer, 20)


def test_every_match_holds_a_word_the_trigger_requires():
    """``required``: a sentence without any of those words is not scanned, so no match may lack them (checked
    on every sentence of the source documents and of the develop split, and on made-up variants)."""

    from kg.config import ROOT
    from kg.extract.relations import RULES
    from kg.extract.text import Text
    from kg.extract.triggers import TRIGGERS, required

    assert required(re.compile("(?:و|ف)?(?:ت|ي)?نظم(?:ت)?\\s")) == ("نظم",)
    assert required(re.compile("(?:وقع|ابرم)")) == ("ابرم", "وقع")
    assert required(re.compile("(?:و)?(?:a|bc)")) == ()           # a one-letter branch: nothing certain
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "sources").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "extraction-dev").glob("*.txt"))
              if p.name.startswith(("fund_", "inst_", "law_"))]
    texts.append("وتموله السويد. ساهمت جماعة طنجة في تمويل مشروع «جسور». أقامت المنظمة حفلا. وشاركت فيه وفود.")
    patterns = [(r.pattern, r.needs) for r in RULES] + [(t.pattern, t.needs) for t in TRIGGERS]
    matched = 0
    for text in texts:
        norm = Text(text).norm
        for pattern, needs in patterns:
            for match in pattern.finditer(norm):
                matched += 1
                assert not needs or any(w in match.group(0) for w in needs), (pattern.pattern, match.group(0))
    assert matched > 100
