"""Coded columns: the answers of a data set as small whole numbers per item and phase,
and the passes in C over them that ``summary`` builds every count and key sum from
(``code_sums``), without Python code per row where a pass per column or per code will do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from itertools import compress, repeat
from operator import add, itemgetter
from typing import NamedTuple

Answers = Mapping[str, int | None]
_ASKED_NOT = object()  # the item was not in the response's instrument version

#: A cell: how many records, and the sum of their record keys (its cell key before the
#: modulo, ``cellkey.cell_key``). The cell of a union of disjoint cells is their sum.
Cell = tuple[int, int]


class Coded(NamedTuple):
    """A column as small whole numbers: ``codes`` (one per row; ``bytes`` when there are
    at most 256 distinct values) and ``values``, the value each code stands for, in the
    order the values first appear. Counting rows and summing their record keys by code
    is one pass over the codes, without hashing a value per row."""

    codes: bytes | list[int]
    values: list


def _coded(codes: list[int], values: list) -> Coded:
    return Coded(bytes(codes) if len(values) <= 256 else codes, values)


def encode(column: Iterable[Hashable]) -> Coded:
    """``column`` as a :class:`Coded` column (equal values get one code, as in a dict)."""
    column = column if isinstance(column, list | tuple) else list(column)
    values = list(dict.fromkeys(column))
    code = {value: i for i, value in enumerate(values)}
    return _coded(list(map(code.__getitem__, column)), values)


#: Up to this many distinct codes, key sums are one pass in C per code (and a pass per
#: list of keys) rather than one Python step per row: at 50,000 rows a pass per code
#: took about 0.5 ms and the loop over the rows 4.5 to 10 ms (benchmarks/README.md).
_FEW_CODES = 8
#: _NOT maps byte 0 to 1 and every other byte to 0.
_NOT = bytes(int(i == 0) for i in range(256))
#: _MASKS[c] maps byte c to 1 and every other byte to 0 (``bytes.translate``).
_MASKS = [bytes(int(i == c) for i in range(256)) for c in range(256)]


def code_cells(codes: bytes | list[int], keys: Sequence[int], size: int) -> list[Cell]:
    """The cell (count, sum of record keys) of each code below ``size``, in one pass."""
    counts, (sums,) = code_sums(codes, (keys,), size)
    return list(zip(counts, sums, strict=True))


def code_sums(
    codes: bytes | list[int], keys: Sequence[Sequence[int]], size: int
) -> tuple[list[int], list[list[int]]]:
    """How many rows have each code below ``size``, and for each list of record keys in
    ``keys`` (one key per row in each) the sum of the rows' keys by code: one pass."""
    for some in keys:
        if len(some) != len(codes):
            raise ValueError(f"{len(codes)} codes but {len(some)} record keys")
    if isinstance(codes, bytes):  # the codes present, then one count of each, in C
        counts = [0] * size
        for c in set(codes):
            counts[c] = codes.count(c)
    else:
        counter = Counter(codes)
        counts = [counter.get(c, 0) for c in range(size)]
    present = [c for c in range(size) if counts[c]]
    found = [[0] * size for _ in keys]
    if len(present) <= _FEW_CODES and isinstance(codes, bytes):
        # Few codes: each but the commonest is one pass in C (the rows' keys picked by a
        # mask of the code); the commonest's sum is what is left of the whole.
        commonest = max(present, key=counts.__getitem__, default=None)
        for some, sums in zip(keys, found, strict=True):
            rest = 0
            for c in present:
                if c != commonest:
                    sums[c] = part = sum(compress(some, codes.translate(_MASKS[c])))
                    rest += part
            if commonest is not None:
                sums[commonest] = sum(some) - rest
    elif len(keys) == 1:
        sums = found[0]
        for c, key in zip(codes, keys[0], strict=True):
            sums[c] += key
    elif len(keys) == 2:
        first, second = found
        for c, key, other in zip(codes, keys[0], keys[1], strict=True):
            first[c] += key
            second[c] += other
    else:
        for some, sums in zip(keys, found, strict=True):
            for c, key in zip(codes, some, strict=True):
                sums[c] += key
    return counts, found


def _digits(pattern: int, tables: Sequence[list]) -> tuple:
    """The values of a pattern number (``_Columns.patterns``)."""
    found = []
    for table in reversed(tables):
        pattern, code = divmod(pattern, len(table))
        found.append(table[code])
    return tuple(reversed(found))


def _pick(column: Coded, rows: Sequence[int]) -> Coded:
    """The column's values at ``rows``."""
    codes = column.codes
    if isinstance(rows, range) and rows.step == 1:  # a slice (``_Columns``' order)
        return Coded(codes[rows.start : rows.stop], column.values)
    picked = map(codes.__getitem__, rows)
    return Coded(bytes(picked) if isinstance(codes, bytes) else list(picked), column.values)


def _joint(first: Coded, second: Coded) -> Coded:
    """The (first, second) value of each row of two columns of the same rows."""
    width = len(second.values)
    shift = [c * width for c in range(len(first.values))]
    codes = list(map(add, map(shift.__getitem__, first.codes), second.codes))
    combined = [(a, b) for a in first.values for b in second.values]
    if len(combined) > 256:  # (scores) only the combinations some row has, in that order
        present = sorted(set(codes))
        if len(present) <= 256:
            local = {code: i for i, code in enumerate(present)}
            return Coded(bytes(map(local.__getitem__, codes)), [combined[c] for c in present])
    return _coded(codes, combined)


def _columns(ids: list[str], answers: list, taken: bool = False) -> dict[str, Coded]:
    """One coded column per item id, as :func:`encode` codes each column.

    Every response's answers become one row of byte codes at once (``itemgetter`` takes
    all of a response's answers in one call when it has them all, the usual case; a code
    table shared by all items gives each distinct value a byte); the rows joined are cut
    into columns by slicing, and each column's codes renumbered in the order its values
    first appear. No Python code runs per answer, only per response where some item was
    not asked. More than 256 distinct values in all: one column at a time (``encode``).
    ``taken``: each row of ``answers`` is already its values in ``ids`` order (a list or
    tuple, ``_ASKED_NOT`` where not asked), as ``flat`` gives them from blocks."""
    take = itemgetter(*ids) if len(ids) > 1 else (lambda a: (a[ids[0]],))
    codes = _CodeTable()
    get = codes.__getitem__
    if taken:
        try:
            joined = b"".join(
                b"".join(map(bytes, map(map, repeat(get), answers[at : at + _SLICE])))
                for at in range(0, len(answers), _SLICE)
            )
        except ValueError:  # over 256 distinct values
            return _columns_slowly(ids, [tuple(a) for a in answers])
        return _cut(ids, joined, list(codes))
    try:
        # in slices: one C call over 50,000 responses would hold the interpreter (and the
        # window's thread, when this runs on a worker) for about 80 ms
        joined = b"".join(
            b"".join(map(bytes, map(map, repeat(get), map(take, answers[at : at + _SLICE]))))
            for at in range(0, len(answers), _SLICE)
        )
    except KeyError:  # some response was not asked some item: row by row
        rows = [_answers_or_not(a, take, ids) for a in answers]
        try:
            joined = b"".join(bytes(map(codes.__getitem__, row)) for row in rows)
        except ValueError:
            return _columns_slowly(ids, rows)
    except ValueError:  # over 256 distinct values
        return _columns_slowly(ids, [_answers_or_not(a, take, ids) for a in answers])
    return _cut(ids, joined, list(codes))


def _cut(ids: list[str], joined: bytes, values: list) -> dict[str, Coded]:
    """The columns of rows of byte codes joined (``width`` codes a row), each renumbered
    in the order its values first appear."""
    width = len(ids)
    found = {}
    for index, item_id in enumerate(ids):
        column = joined[index::width]
        # the codes, in the order they first appear: one search in C per code in use
        # (values holds every code any column uses; a column uses a few)
        first = [(column.find(code), code) for code in range(len(values))]
        order = [code for at, code in sorted(first) if at >= 0]
        table = bytearray(256)
        for local, code in enumerate(order):
            table[code] = local
        found[item_id] = Coded(column.translate(table), [values[code] for code in order])
    return found


_SLICE = 2048  # responses coded per C call (a few milliseconds)


class _CodeTable(dict):
    """A byte code for every value looked up, given in the order values are first seen."""

    def __missing__(self, value: Hashable) -> int:
        code = len(self)
        if code > 255:
            raise ValueError("more than 256 distinct values")
        self[value] = code
        return code


def _answers_or_not(answers: Answers, take: Callable, ids: list[str]) -> tuple:
    try:
        return take(answers)
    except KeyError:
        return tuple(answers.get(i, _ASKED_NOT) for i in ids)


def _columns_slowly(ids: list[str], rows: list[tuple]) -> dict[str, Coded]:
    columns = zip(*rows, strict=True) if rows else [() for _ in ids]
    return {i: encode(column) for i, column in zip(ids, columns, strict=True)}
