"""Match codes: normalising answers, keyed hashes, and the matching rule."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_kit.records.matchcode import (
    HASH_LENGTH,
    MATCH_ELEMENTS,
    distance,
    hash_code,
    match,
    normalise,
)

LETTER, DAY, OLDER, PLACE, YOUNGER = MATCH_ELEMENTS
SECRET = bytes(range(32))

# ----------------------------------------------------------------------------- normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("M", "m"),
        ("  maria ", "m"),
        ("Ｍ", "m"),  # full-width, from some input methods
        ("É", "e"),
        ("émile", "e"),
        ("'M'", "m"),
        ("أحمد", "ا"),
        ("إيمان", "ا"),
        ("آمنة", "ا"),
        ("ٱ", "ا"),
        ("احمد", "ا"),
        ("أَحْمَد", "ا"),  # with tashkeel
        ("ـأحمد", "ا"),  # with tatweel
        ("ﺃ", "ا"),  # presentation form, folded by NFKC
        ("ة", "ه"),
        ("ى", "ي"),
        ("ی", "ي"),
        ("", None),
        ("   ", None),
        ("skip", None),
        (" SKIP ", None),
        ("7", None),
        ("-", None),
    ],
)
def test_letters_normalise(raw, expected):
    assert normalise(LETTER, raw) == expected


@pytest.mark.parametrize(
    ("element", "raw", "expected"),
    [
        (DAY, "7", "7"),
        (DAY, " 07 ", "7"),
        (DAY, "٧", "7"),  # Arabic-Indic
        (DAY, "۷", "7"),  # Extended Arabic-Indic (Persian, Urdu)
        (DAY, "٢٨", "28"),
        (DAY, "۳۱", "31"),
        (DAY, "７", "7"),  # full-width
        (DAY, "31", "31"),
        (DAY, "32", None),
        (DAY, "0", None),
        (OLDER, "0", "0"),
        (OLDER, "20", "20"),
        (OLDER, "21", None),
        (OLDER, "-1", None),
        (OLDER, "2.0", None),
        (OLDER, "two", None),
        (OLDER, "", None),
        (OLDER, "skip", None),
        (OLDER, "9" * 5000, None),
    ],
)
def test_numbers_normalise(element, raw, expected):
    assert normalise(element, raw) == expected


DIGIT_SCRIPTS = [string.digits, "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]


@given(
    value=st.integers(0, 20),
    script=st.sampled_from(DIGIT_SCRIPTS),
    zeros=st.integers(0, 2),
    pad=st.sampled_from(["", " ", "\t", "\u00a0"]),
)
def test_any_digit_script_gives_the_same_number(value, script, zeros, pad):
    written = "".join(script[int(d)] for d in "0" * zeros + str(value))
    assert normalise(OLDER, pad + written + pad) == str(value)


@pytest.mark.slow
@given(st.text())
def test_normalising_any_text_gives_none_or_one_folded_letter(raw):
    result = normalise(LETTER, raw)
    assert result is None or (len(result) == 1 and result.isalpha())
    if result is not None:
        assert normalise(LETTER, result) == result  # idempotent
        assert result == result.casefold()


@given(st.text())
def test_normalising_any_text_as_a_number_never_fails(raw):
    result = normalise(DAY, raw)
    assert result is None or 1 <= int(result) <= 31


ARABIC_WORDS = ["أحمد", "إيمان", "آمنة", "زينب", "عمان", "ةلا", "ىى", "فاطمة"]
MARKS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b", "\u0640"]


@given(word=st.sampled_from(ARABIC_WORDS), marks=st.lists(st.sampled_from(MARKS), max_size=4))
def test_tashkeel_and_tatweel_never_change_the_letter(word, marks):
    decorated = word[0] + "".join(marks) + word[1:]
    assert normalise(LETTER, decorated) == normalise(LETTER, word)


@given(st.text(alphabet=string.ascii_letters, min_size=1))
def test_case_never_changes_the_letter(word):
    assert normalise(LETTER, word.upper()) == normalise(LETTER, word.lower())


# ----------------------------------------------------------------------------- hashing


def test_hash_code_gives_one_short_hex_hash_per_element_and_none_where_unusable():
    hashes = hash_code(SECRET, {"mother_initial": "M", "birth_day": "40", "older_siblings": "2"})
    assert len(hashes) == len(MATCH_ELEMENTS)
    assert hashes[1] is None and hashes[3] is None and hashes[4] is None
    assert all(len(h) == HASH_LENGTH and int(h, 16) >= 0 for h in (hashes[0], hashes[2]))


def test_the_same_code_written_differently_gives_the_same_hashes():
    kiosk = {"mother_initial": "أمل", "birth_day": "٧", "older_siblings": "2"}
    paper = {"mother_initial": "امل", "birth_day": "07", "older_siblings": "٢"}
    assert hash_code(SECRET, kiosk) == hash_code(SECRET, paper)


def test_another_workshop_secret_gives_unrelated_hashes():
    code = {e.id: "3" if e.kind == "number" else "m" for e in MATCH_ELEMENTS}
    first, second = hash_code(SECRET, code), hash_code(bytes(32), code)
    assert not set(first) & set(second)


def test_the_same_answer_to_two_questions_gives_two_hashes():
    hashes = hash_code(SECRET, {"older_siblings": "3", "younger_siblings": "3"})
    assert hashes[2] != hashes[4]


def test_hash_code_refuses_unknown_elements_and_weak_secrets():
    with pytest.raises(ValueError, match="unknown match-code elements: name"):
        hash_code(SECRET, {"name": "Maria"})
    with pytest.raises(ValueError, match="secret"):
        hash_code(b"short", {})


# ----------------------------------------------------------------------------- matching


def code(*values):
    return tuple(values)


def test_distance_counts_differing_elements_and_none_never_agrees():
    assert distance(code("a", "b"), code("a", "b")) == 0
    assert distance(code("a", "b"), code("a", "c")) == 1
    assert distance(code(None, "b"), code(None, "b")) == 1


def test_exact_pairs_come_first_and_a_near_miss_of_a_taken_code_is_unmatched():
    pre = [("A", code("a", "b", "c")), ("B", code("a", "b", "x"))]
    result = match(pre, [("Q", code("a", "b", "c"))])
    assert result.pairs == (("A", "Q"),)
    assert result.unmatched_pre == ("B",)
    assert result.ambiguous_pre == result.ambiguous_post == ()


def test_one_typo_still_pairs():
    result = match([("A", code("a", "b", "c"))], [("Q", code("a", "b", "d"))])
    assert result.pairs == (("A", "Q"),)


def test_two_differences_do_not_pair():
    result = match([("A", code("a", "b", "c"))], [("Q", code("a", "y", "d"))])
    assert result.pairs == ()
    assert (result.unmatched_pre, result.unmatched_post) == (("A",), ("Q",))


def test_one_skipped_element_may_differ_but_two_may_not():
    one = match([("A", code(None, "b", "c"))], [("Q", code("a", "b", "c"))])
    two = match([("A", code(None, "b", "c"))], [("Q", code("a", "b", "x"))])
    assert one.pairs == (("A", "Q"),)
    assert two.pairs == ()


def test_two_candidates_make_everyone_involved_ambiguous():
    result = match(
        [("A", code("a", "b", "c"))], [("Q", code("a", "b", "x")), ("R", code("a", "b", "y"))]
    )
    assert result.pairs == ()
    assert result.ambiguous_pre == ("A",)
    assert result.ambiguous_post == ("Q", "R")


def test_a_response_whose_only_candidate_is_contested_is_ambiguous():
    result = match(
        [("A", code("a", "b", "x")), ("B", code("a", "b", "y"))], [("Q", code("a", "b", "c"))]
    )
    assert result.ambiguous_pre == ("A", "B")
    assert result.ambiguous_post == ("Q",)


def test_duplicated_codes_in_one_phase_are_ambiguous_even_without_a_partner():
    result = match([("A", code("a", "b", "c")), ("B", code("a", "b", "c"))], [])
    assert result.ambiguous_pre == ("A", "B")
    assert result.unmatched_pre == ()


def test_no_code_never_matches():
    result = match([("A", None)], [("Q", None)])
    assert (result.unmatched_pre, result.unmatched_post) == (("A",), ("Q",))


def test_match_refuses_repeated_ids_and_mixed_code_lengths():
    with pytest.raises(ValueError, match="twice"):
        match([("A", code("a")), ("A", code("b"))], [])
    with pytest.raises(ValueError, match="different lengths"):
        match([("A", code("a"))], [("Q", code("a", "b"))])


def test_synthetic_workshop_of_30_reports_the_right_counts():
    """20 exact codes (written differently), 4 with one typo, 2 did only the before
    survey, 2 only the after survey, 2 with identical codes who did both."""
    rng = random.Random(20240501)
    letters = string.ascii_uppercase + "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"

    def random_code():
        return {
            "mother_initial": rng.choice(letters),
            "birth_day": str(rng.randint(1, 31)),
            "older_siblings": str(rng.randint(0, 6)),
            "birthplace_initial": rng.choice(letters),
            "younger_siblings": str(rng.randint(0, 6)),
        }

    def hashed(answers):
        return hash_code(SECRET, answers)

    people: list[dict[str, str]] = []
    while len(people) < 29:  # 28 distinct people + 1 code shared by two
        candidate = random_code()
        if all(distance(hashed(candidate), hashed(p)) >= 3 for p in people):
            people.append(candidate)
    shared = people.pop()
    pre, post, truth = [], [], set()
    for i, person in enumerate(people[:20]):
        written = {**person, "mother_initial": person["mother_initial"].lower()}
        written["birth_day"] = "".join("٠١٢٣٤٥٦٧٨٩"[int(d)] for d in person["birth_day"])
        pre.append((f"pre{i}", hashed(person)))
        post.append((f"post{i}", hashed(written)))
        truth.add((f"pre{i}", f"post{i}"))
    for i, person in enumerate(people[20:24], start=20):
        element = MATCH_ELEMENTS[i % len(MATCH_ELEMENTS)]
        typo = {**person, element.id: "Q" if element.kind == "letter" else "5"}
        if typo == person:
            typo[element.id] = "Z" if element.kind == "letter" else "6"
        pre.append((f"pre{i}", hashed(person)))
        post.append((f"post{i}", hashed(typo)))
        truth.add((f"pre{i}", f"post{i}"))
    pre += [("only-pre-1", hashed(people[24])), ("only-pre-2", hashed(people[25]))]
    post += [("only-post-1", hashed(people[26])), ("only-post-2", hashed(people[27]))]
    pre += [("twin-pre-1", hashed(shared)), ("twin-pre-2", hashed(shared))]
    post += [("twin-post-1", hashed(shared)), ("twin-post-2", hashed(shared))]
    rng.shuffle(pre)
    rng.shuffle(post)

    result = match(pre, post)

    assert result.counts() == {
        "pairs": 24,
        "unmatched_pre": 2,
        "unmatched_post": 2,
        "ambiguous_pre": 2,
        "ambiguous_post": 2,
    }
    assert set(result.pairs) == truth
    assert set(result.unmatched_pre) == {"only-pre-1", "only-pre-2"}
    assert set(result.ambiguous_post) == {"twin-post-1", "twin-post-2"}


# ----------------------------------------------------------------------------- properties

SMALL = st.sampled_from(["a", "b", None])


@st.composite
def sides(draw):
    length = draw(st.integers(1, 4))
    codes = st.one_of(st.none(), st.tuples(*[SMALL] * length))
    pre = draw(st.lists(codes, max_size=8))
    post = draw(st.lists(codes, max_size=8))
    return [(f"p{i}", c) for i, c in enumerate(pre)], [(f"q{i}", c) for i, c in enumerate(post)]


@pytest.mark.slow
@settings(max_examples=300)
@given(sides())
def test_every_response_lands_in_exactly_one_place_and_no_one_is_paired_twice(data):
    pre, post = data
    result = match(pre, post)
    paired_pre = [p for p, _ in result.pairs]
    paired_post = [q for _, q in result.pairs]
    assert len(set(paired_pre)) == len(paired_pre)
    assert len(set(paired_post)) == len(paired_post)
    placed_pre = paired_pre + list(result.unmatched_pre) + list(result.ambiguous_pre)
    placed_post = paired_post + list(result.unmatched_post) + list(result.ambiguous_post)
    assert sorted(placed_pre) == sorted(i for i, _ in pre)
    assert sorted(placed_post) == sorted(i for i, _ in post)
    codes = dict(pre) | dict(post)
    for p, q in result.pairs:
        assert distance(codes[p], codes[q]) <= 1


@pytest.mark.slow
@settings(max_examples=300)
@given(sides())
def test_swapping_before_and_after_mirrors_the_result(data):
    pre, post = data
    forward, backward = match(pre, post), match(post, pre)
    assert set(backward.pairs) == {(q, p) for p, q in forward.pairs}
    assert backward.unmatched_pre == forward.unmatched_post
    assert backward.unmatched_post == forward.unmatched_pre
    assert backward.ambiguous_pre == forward.ambiguous_post
    assert backward.ambiguous_post == forward.ambiguous_pre


@pytest.mark.slow
@settings(max_examples=200)
@given(sides(), st.randoms())
def test_input_order_does_not_change_the_result(data, rnd):
    pre, post = data
    shuffled_pre, shuffled_post = pre[:], post[:]
    rnd.shuffle(shuffled_pre)
    rnd.shuffle(shuffled_post)
    a, b = match(pre, post), match(shuffled_pre, shuffled_post)
    assert set(a.pairs) == set(b.pairs)
    assert set(a.ambiguous_pre) == set(b.ambiguous_pre)
    assert set(a.ambiguous_post) == set(b.ambiguous_post)
