"""The route a data analyst would take instead: pandas and SciPy on the project's CSV.

``read`` is ``pandas.read_csv`` of the CSV export (codes, "prefer not to answer" as -9);
``statistics`` computes what ``analysis.summary.summarise`` reports, column by column:

- per item and phase: the distribution over those who answered (option counts and shares),
  "prefer not to answer" count and share, the share agreeing (the agree side of the scale);
- matched pairs (same workshop and pair number, before and after): per agreement item
  Wilcoxon's signed-rank test, the sign test and the mean change in scale position with a
  95% t interval; per item with sides McNemar's test (exact binomial) on agreeing;
- construct scores (mean item score 0-100, reverse-worded items flipped, "don't know" as
  "no", at least half the items answered) per phase and their paired change (Wilcoxon,
  mean and 95% interval);
- the DHS indicator ("yes" to at least one yes/no/don't-know item of a construct) per
  phase, and McNemar's test on it.

What it leaves out, and the project does not: disclosure control (cell-key noise, k
thresholds), bounded intervals (Newcombe's, the bounded mean) and the match audit. So a
ratio of 1 means the project does more work in the same time.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from workshop_kit.analysis import scales
from workshop_kit.content.model import Instrument

__all__ = ["read", "statistics"]

PREFER_NOT = -9


def read(path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig")


def _score_table(instrument: Instrument) -> dict[str, dict[int, float]]:
    """Item -> {code: item score 0..1}, from the project's own scale definitions."""
    table = {}
    for item in instrument.items:
        table[item.id] = {
            value: score
            for value in item.scale.values
            if (score := scales.item_score(item, value)) is not None
        }
    return table


def _paired(differences: np.ndarray) -> dict:
    result: dict = {"n": int(differences.size)}
    if differences.size < 2:
        return result
    nonzero = differences[differences != 0]
    mean, sem = differences.mean(), stats.sem(differences)
    low, high = stats.t.interval(0.95, differences.size - 1, loc=mean, scale=sem)
    result.update(mean=mean, low=low, high=high)
    if nonzero.size:
        result["wilcoxon"] = stats.wilcoxon(nonzero, zero_method="wilcox").pvalue
        up = int((nonzero > 0).sum())
        result["sign"] = stats.binomtest(up, nonzero.size).pvalue
    return result


def _mcnemar(before: np.ndarray, after: np.ndarray) -> dict:
    b = int((before & ~after).sum())
    c = int((~before & after).sum())
    p = stats.binomtest(b, b + c).pvalue if b + c else 1.0
    return {"b": b, "c": c, "p": p, "change": float(after.mean() - before.mean())}


def statistics(frame: pd.DataFrame, instrument: Instrument) -> dict:
    """The same figures as ``summarise`` (less disclosure control), from the CSV's frame."""
    frame = frame[frame["instrument"] == instrument.id]
    items = [item for item in instrument.items if item.id in frame.columns]
    answers = frame[[item.id for item in items]].replace(PREFER_NOT, np.nan)
    phase = frame["phase"]
    out: dict = {"items": {}, "constructs": {}, "indicators": {}}
    agree = {}
    for item in items:
        column = answers[item.id]
        sides = scales.sides(item.scale)
        agreeing = [value for value, side in sides.items() if side == "agree"]
        agree[item.id] = column.isin(agreeing).where(column.notna())
        per_phase = {}
        for name in ("pre", "post"):
            values = column[phase == name]
            counts = values.value_counts()
            per_phase[name] = {
                "counts": counts,
                "shares": counts / counts.sum(),
                "prefer_not": int(values.isna().sum()),
                "prefer_share": float(values.isna().mean()),
                "agreeing": float(agree[item.id][phase == name].mean()),
            }
        out["items"][item.id] = per_phase
    keyed = frame.dropna(subset=["pair"]).set_index(["workshop", "pair"])
    pre, post = keyed[keyed["phase"] == "pre"], keyed[keyed["phase"] == "post"]
    both = pre.index.intersection(post.index)
    orders = {
        item.id: {value: scales.order(item.scale, value) for value in item.scale.values}
        for item in items
        if scales.is_ordinal(item.scale)
    }
    for item in items:
        before = pre.loc[both, item.id].replace(PREFER_NOT, np.nan)
        after = post.loc[both, item.id].replace(PREFER_NOT, np.nan)
        given = before.notna() & after.notna()
        result = out["items"][item.id]
        if item.id in orders:
            change = after[given].map(orders[item.id]) - before[given].map(orders[item.id])
            result["paired"] = _paired(change.to_numpy(dtype=float))
        if scales.has_sides(item.scale):
            sides = scales.sides(item.scale)
            yes = [value for value, side in sides.items() if side == "agree"]
            result["mcnemar"] = _mcnemar(
                before[given].isin(yes).to_numpy(), after[given].isin(yes).to_numpy()
            )
    score_of = _score_table(instrument)
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(item.construct, []).append(item)
    scored = pd.DataFrame({item.id: answers[item.id].map(score_of[item.id]) for item in items})
    for construct, members in groups.items():
        ids = [item.id for item in members]
        block = scored[ids]
        enough = block.notna().sum(axis=1) * 2 >= len(ids)
        score = (block.mean(axis=1) * 100).where(enough)
        paired = frame["pair"].notna().to_numpy()
        key = pd.MultiIndex.from_frame(frame.loc[paired, ["workshop", "pair"]])
        indexed = pd.Series(score.to_numpy()[paired], index=key)
        in_pre = (phase == "pre").to_numpy()[paired]
        pre_score, post_score = indexed[in_pre], indexed[~in_pre]
        change = (post_score.reindex(both) - pre_score.reindex(both)).dropna()
        out["constructs"][construct] = {
            "pre": score[phase == "pre"].describe(),
            "post": score[phase == "post"].describe(),
            "paired": _paired(change.to_numpy(dtype=float)),
        }
        if all(item.scale.type == "yes-no-dk" for item in members):
            raw = answers[ids]
            any_yes = (raw == 1).any(axis=1).where(raw.notna().any(axis=1))
            out["indicators"][construct] = {
                name: float(any_yes[phase == name].mean()) for name in ("pre", "post")
            }
            before = (pre.loc[both, ids] == 1).any(axis=1).to_numpy()
            after = (post.loc[both, ids] == 1).any(axis=1).to_numpy()
            out["indicators"][construct]["mcnemar"] = _mcnemar(before, after)
    out["pairs"] = len(both)
    return out
