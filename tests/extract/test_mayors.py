"""A mayor's post is in the commune of his city: «نائبة عمدة مدينة الرباط» is a post in «جماعة الرباط» (or
«بلدية …») the document names. A sentence from the develop split (inst_rabat_oujda_shared_governance_2021) and
a made-up variant; and a variant that must not give a post (no commune of that city named)."""

import pytest

from kg.extract.pipeline import extract


def mayors(result) -> set[tuple[str, str]]:
    return {(f"«{result.quote(f.args[0][1])}»", f"«{result.quote(f.args[1][1])}»")
            for f in result.facts if f.kind == "post" and "عمدة" in (f.title or "")}


@pytest.mark.parametrize("text, expected", [
    ("وقّعت جماعة الرباط وجماعة وجدة اتفاقية. وتناولت الكلمة السيدة صباح بوشام، نائبة عمدة مدينة الرباط، والسيد "
     "عمر حجيرة، رئيس جماعة وجدة.", {("«صباح بوشام»", "«جماعة الرباط»")}),
    ("وأكد السيد خالد بنعلي، عمدة طنجة، أن بلدية طنجة تدعم المشروع.", {("«خالد بنعلي»", "«بلدية طنجة»")}),
    ("وأكد السيد خالد بنعلي، عمدة مدينة طنجة، أهمية المشروع.", set()),        # no commune named
])
def test_a_mayor_holds_a_post_in_the_commune_of_his_city(gazetteer, text, expected):
    assert mayors(extract(text, gazetteer)) == expected
