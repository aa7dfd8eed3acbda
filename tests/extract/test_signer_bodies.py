"""The body a signatory signs for: the organization or country of the post the document gives him (in his
apposition, «وقّع السيد X، المدير العام للوكالة …») is a party to what he signs, as the gold records it
(«via» the person). Sentences from the develop split (fund_jica_unhcr_refugees_2021) and made-up variants;
and variants that must not give the fact (one who attends a signing, a post of someone who does not sign, a
department a director's title names)."""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated

JICA = ("وقّع السيد محمد بنشعبون، وزير الاقتصاد والمالية وإصلاح الإدارة، والسيد تاكاشي شينوزوكا، سفير اليابان "
        "بالمغرب، يوم ٢ دجنبر ٢٠٢٠ بالرباط، تبادل مذكرات بشأن قرض ياباني بقيمة ٢٠٠ مليون دولار، ثم أبرم الوزير "
        "اتفاق القرض مع السيد كنجي يوكوتا، الممثل المقيم المساعد للوكالة اليابانية بالمغرب.")


def parties(result) -> set[tuple[str, str]]:
    return {(f.args[0][1].entity or f"«{result.quote(f.args[0][1])}»", f"«{result.quote(f.args[1][1])}»")
            for f in result.facts if f.rule == "party:signer-post"}


def test_the_body_of_whom_an_agreement_is_made_with_signs_it(gazetteer):
    """(develop) «اتفاق القرض مع السيد كنجي يوكوتا، الممثل المقيم المساعد للوكالة اليابانية بالمغرب»."""
    result = extract(JICA, gazetteer)
    assert ("«للوكالة اليابانية بالمغرب»", "«اتفاق القرض»") in parties(result)
    assert ("«للوكالة اليابانية بالمغرب»", "«اتفاق القرض»") in stated(result, "signatory_of")


@pytest.mark.parametrize("text, expected", [
    ("وقّع السيد كارلوس مارتين، المدير العام للوكالة الإسبانية للتعاون الدولي، والسيد أحمد العلوي، الكاتب العام "
     "لوزارة الداخلية، اتفاقية تعاون في مجال الهجرة.",
     {("«للوكالة الإسبانية للتعاون الدولي»", "«اتفاقية تعاون»"), ("«لوزارة الداخلية»", "«اتفاقية تعاون»")}),
    ("ووقّعت السيدة ماريا روسي، رئيسة بعثة المنظمة الدولية للهجرة، مذكرة تفاهم لتعزيز الحماية.",
     {("organization/iom-morocco", "«مذكرة تفاهم لتعزيز الحماية»")}),    # the mission: the known office
    # a name given with its post before, signing later
    ("استقبل السيد أحمد العلوي، الكاتب العام لوزارة الداخلية، وفدا إسبانيا. ووقّع السيد أحمد العلوي "
     "اتفاقية تعاون في مجال الهجرة.", {("«لوزارة الداخلية»", "«اتفاقية تعاون»")}),
])
def test_a_signatory_signs_for_the_body_of_his_post(gazetteer, text, expected):
    assert parties(extract(text, gazetteer)) == expected


@pytest.mark.parametrize("text", [
    # one who attends the signing does not sign
    "وحضر السيد كارلوس مارتين، المدير العام للوكالة الإسبانية للتعاون الدولي، حفل توقيع اتفاقية تعاون.",
    # a post of a speaker after the signing's clause («، ثم»: the list of «مع» ends there)
    "وقّعت وزارة الداخلية اتفاقية تعاون، ثم ألقى السيد باولو روسي، المدير الإقليمي لمنظمة العمل الدولية، كلمة.",
    "وقّع السيد أحمد العلوي اتفاقية تعاون مع السيد كارلوس مارتين، ثم ألقى السيد باولو روسي، المدير الإقليمي "
    "لمنظمة العمل الدولية، كلمة.",
    # a department a director's title names signs nothing
    "ووقّع السيد خالد بنعلي، مدير الهجرة بوزارة الداخلية، مذكرة تفاهم لتعزيز الحماية.",
])
def test_no_party_without_a_signatory_of_that_post(gazetteer, text):
    assert parties(extract(text, gazetteer)) == set()


def test_a_name_ends_before_the_agreement_its_bearer_signs(gazetteer):
    """«وقّع السيد أحمد العلوي اتفاقية تعاون»: the indefinite agreement noun is what he signs, not his name's."""
    result = extract("وقّع السيد أحمد العلوي اتفاقية تعاون في مجال الهجرة.", gazetteer)
    assert stated(result, "signatory_of") == {("«أحمد العلوي»", "«اتفاقية تعاون»")}
