"""What a scale's options mean for analysis: sides, order, agreeing, item scores.

- **Side** places an option on a diverging bar: ``disagree`` (left), ``neutral``
  (centred), ``agree`` (right); ``none`` for single-choice scales, which have no sides.
  Agreement-3 has no neutral: "partly agree" is agreeing. Yes-no-don't-know maps yes to
  the agree side, no to the disagree side and don't know to the centre.
- **Agreeing** (the binary outcome of McNemar's test and of the "share agreeing") is the
  agree side among those who answered; "don't know" counts as not agreeing, as in the DHS
  convention for the wife-beating questions (the Guide to DHS Statistics counts every
  respondent in the denominator and only "yes" in the numerator).
- **Order** is an option's position on an agreement scale (1 = most disagree). Ordinal
  tests (Wilcoxon, sign test) use it; yes-no-don't-know and single-choice are not ordinal.
- **Item score** (for construct scores) is 0..1: the position rescaled on agreement
  scales, yes 1 / no 0 on yes-no-don't-know, and "don't know" 0 like "no": it counts as
  not yes here too, the same way as in the share agreeing and the DHS indicator, so a
  score and an indicator from the same items count the same people the same way.
  Reverse-worded items are flipped (1 - score) so that a higher score always means more of
  the construct. Only "prefer not to answer" (None) gives no score.
"""

from __future__ import annotations

from workshop_kit.content.model import Item, Scale

__all__ = [
    "DONT_KNOW",
    "agrees",
    "has_sides",
    "is_ordinal",
    "item_score",
    "order",
    "sides",
]

DONT_KNOW = 9
"""The value of "don't know" on a yes-no-don't-know scale (yes 1, no 0)."""

_SIDES = {
    "agreement-3": ("disagree", "agree", "agree"),
    "agreement-5": ("disagree", "disagree", "neutral", "agree", "agree"),
}
_YND_SIDES = {1: "agree", 0: "disagree", DONT_KNOW: "neutral"}


def sides(scale: Scale) -> dict[int, str]:
    """Option value -> side."""
    if scale.type == "yes-no-dk":
        return {v: _YND_SIDES.get(v, "neutral") for v in scale.values}
    by_position = _SIDES.get(scale.type)
    if by_position is None:
        return dict.fromkeys(scale.values, "none")
    return dict(zip(scale.values, by_position, strict=True))


def has_sides(scale: Scale) -> bool:
    return scale.type in _SIDES or scale.type == "yes-no-dk"


def is_ordinal(scale: Scale) -> bool:
    return scale.type in _SIDES


def agrees(scale: Scale, value: int) -> bool:
    return sides(scale).get(value) == "agree"


def order(scale: Scale, value: int) -> int:
    """1-based position of ``value`` on the scale."""
    return scale.values.index(value) + 1


def item_score(item: Item, value: int | None) -> float | None:
    """0..1, reverse coding applied; ``None`` when the answer gives no score."""
    if value is None:
        return None
    scale = item.scale
    if scale.type == "yes-no-dk":
        score = {1: 1.0, 0: 0.0, DONT_KNOW: 0.0}.get(value)  # "don't know" is not yes
    elif is_ordinal(scale) and value in scale.values:
        score = (order(scale, value) - 1) / (len(scale.values) - 1)
    else:
        return None
    if score is None:
        return None
    return 1.0 - score if item.reverse else score
