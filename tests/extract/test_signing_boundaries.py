"""Where a signatory's name and a list of signatories end: a name before the agreement its bearer signs
(«وقّع السيد أحمد العلوي اتفاقية»), a list after «مع» at «، ثم» (the next clause's persons sign nothing).
Made-up sentences. (A signatory's post body as a party too, «وقّع السيد X، المدير العام للوكالة …»: the
body signs, was tried: on the measure split as many wrong facts as right.)"""

import pytest

from kg.extract.pipeline import extract
from tests.extract.test_genre_relations import stated


def test_a_name_ends_before_the_agreement_its_bearer_signs(gazetteer):
    """«وقّع السيد أحمد العلوي اتفاقية تعاون»: the indefinite agreement noun is what he signs, not his name's."""
    result = extract("وقّع السيد أحمد العلوي اتفاقية تعاون في مجال الهجرة.", gazetteer)
    assert stated(result, "signatory_of") == {("«أحمد العلوي»", "«اتفاقية تعاون»")}


@pytest.mark.parametrize("text", [
    "وقّع السيد أحمد العلوي اتفاقية تعاون مع السيد كارلوس مارتين، ثم ألقى السيد باولو روسي، المدير الإقليمي "
    "لمنظمة العمل الدولية، كلمة.",
    "وقّعت وزارة الداخلية اتفاقية تعاون مع السيد كارلوس مارتين، ثم ألقى السيد باولو روسي كلمة.",
])
def test_a_list_after_maa_ends_at_thumma(gazetteer, text):
    signed = stated(extract(text, gazetteer), "signatory_of")
    assert ("«كارلوس مارتين»", "«اتفاقية تعاون»") in signed
    assert not any(who == "«باولو روسي»" for who, _ in signed)
