"""A post stated by «يشغل منصب TITLE BODY»: the subject before the verb (an aside between, «وكان اليزمي، عند
تعيينه، يشغل منصب …») or right after it («وتشغل السيدة X منصب …») holds the post in the organization after the
title. A sentence from the develop split (inst_ccme_appointments_2007) and made-up variants; and variants that
must not give a post (no person subject, another name between)."""

import pytest

from kg.extract.pipeline import extract


def occupied(result) -> set[tuple[str, str]]:
    return {(f"«{result.quote(f.args[0][1])}»", f.args[1][1].entity or f"«{result.quote(f.args[1][1])}»")
            for f in result.facts if f.rule == "post:occupies"}


@pytest.mark.parametrize("text, expected", [
    # (develop) the family name again, an aside before the verb
    ("استقبل الملك بالرباط السيد إدريس اليزمي. وكان اليزمي، عند تعيينه، يشغل منصب الأمين العام للفيدرالية "
     "الدولية لرابطات حقوق الإنسان.", {("«إدريس اليزمي»", "«للفيدرالية الدولية لرابطات حقوق الإنسان»")}),
    ("وتشغل السيدة فاطمة بنعلي منصب المديرة العامة للوكالة الوطنية للتشغيل.",
     {("«فاطمة بنعلي»", "organization/anapec")}),
])
def test_who_occupies_a_post(gazetteer, text, expected):
    assert occupied(extract(text, gazetteer)) == expected


@pytest.mark.parametrize("text", [
    "ويشغل منصب المدير العام للوكالة الوطنية للتشغيل حاليا شخص بالنيابة.",          # no person subject
    "التقى السيد أحمد العلوي بوزارة الداخلية التي يشغل منصب الكاتب العام لها.",    # another name between
])
def test_no_post_without_its_subject(gazetteer, text):
    assert occupied(extract(text, gazetteer)) == set()
