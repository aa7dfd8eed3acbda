"""Readings found by the fifteenth round (five helpers wrote 40 made-up releases of new genres: refugee responses in
the Mashriq, women and children on the move, employment and entrepreneurship of migrants, news digests and
interviews, climate and disaster displacement; no sentence of the measure split), and by the review of its diff.
Each with a variant that must not give the fact."""

import pytest

from kg.extract.pipeline import extract

from .conftest import assert_linear


def posts(result) -> set[tuple[str, str | None]]:
    return {(result.quote(f.arg("person")), f.arg("organization").entity) for f in result.facts if f.kind == "post"}


# Whose minister: the news agency's country, and the country a minister is said to represent --------------------

@pytest.mark.parametrize("tag, country", [
    ("(و م ع)", "country/morocco"),      # Morocco's agency writes of its own ministers from abroad
    ("(بترا)", "country/jordan"),
    ("", "country/ethiopia"),            # no agency: the dateline's country, as before
])
def test_a_minister_without_a_nation_is_the_agencys_countrys(gazetteer, tag, country):
    text = (f"أديس أبابا، 5 فبراير 2023 {tag} – شارك وزير الشؤون الخارجية السيد ناصر بوريطة في أشغال المؤتمر "
            "الوزاري الإفريقي حول الهجرة.")
    assert posts(extract(text, gazetteer)) == {("ناصر بوريطة", country)}


@pytest.mark.parametrize("text", [
    "شاركت المملكة المغربية، ممثلة بوزير الشؤون الخارجية السيد ناصر بوريطة، في أشغال المؤتمر الوزاري.",
    "شاركت المملكة المغربية، ممثلة في شخص وزير الشؤون الخارجية، السيد ناصر بوريطة، في أشغال المؤتمر الوزاري.",
    "ومثل المغرب في هذا الاجتماع وزير الشؤون الخارجية السيد ناصر بوريطة.",
    "ومثّل المملكة المغربية في هذا الاجتماع السيد ناصر بوريطة، وزير الشؤون الخارجية.",
])
def test_a_minister_holds_his_post_in_the_country_he_represents(gazetteer, text):
    assert posts(extract(text, gazetteer)) == {("ناصر بوريطة", "country/morocco")}


@pytest.mark.parametrize("text", [
    "شاركت المملكة المغربية في أشغال المؤتمر، وحضر وزير الشؤون الخارجية السيد ناصر بوريطة.",   # not «ممثلة ب»
    "ومثل المغرب في هذا الاجتماع السيد ناصر بوريطة، المدير العام.",    # no minister's title: which body, unsaid
])
def test_no_represented_country_no_post_there(gazetteer, text):
    assert ("ناصر بوريطة", "country/morocco") not in posts(extract(text, gazetteer))


def test_ali_spelled_with_ya_is_a_second_name(gazetteer):
    text = ("أكد السفير خلال لقائه بوزير الشؤون الخارجية السيد محمد علي النفطي أن الاتحاد سيواصل دعمه. "
            "وكان السيد محمد على رأس الوفد.")
    result = extract(text, gazetteer)
    assert [result.quote(m) for m in result.mentions if m.kind == "person"] == ["محمد علي النفطي", "محمد"]


# Hostile input: each of the round's readings repeated finishes in linear time ---------------------------------

@pytest.mark.parametrize("unit", [
    "المملكة المغربية، ممثلة في شخص وزير الشؤون الخارجية، السيد ناصر بوريطة، و",
    "ومثل المغرب في هذا الاجتماع وزير الداخلية السيد محمد علي النفطي، و",
])
def test_this_rounds_readings_stay_linear(gazetteer, unit):
    assert_linear(unit, gazetteer)
