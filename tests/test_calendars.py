"""Calendar converters against published tables: official Norouz dates and Umm al-Qura month starts."""
from datetime import date, timedelta
from pathlib import Path

import pytest

from khabar.errors import UnknownName
from khabar.mentions.calendars import convert
from khabar.registry import calendars

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


NOROUZ = [(int(y), leap == "1", date.fromisoformat(d)) for y, leap, d in _rows("persian_norouz.tsv")]
HIJRI_MONTHS = [(int(y), int(m), date.fromisoformat(d)) for y, m, d in _rows("hijri_month_starts.tsv")]
PERSIAN_PAIRS = [(tuple(map(int, j.split("-"))), None if g == "-" else date.fromisoformat(g))
                 for j, g in _rows("persian_pairs.tsv")]
#: Solar Hijri month lengths after 1 Farvardin: six months of 31 days, five of 30, then Esfand (29 or 30)
PERSIAN_MONTH_ENDS = [(m, sum(min(31, 30 + (k <= 6)) for k in range(1, m + 1)) - 1) for m in range(1, 12)]


def test_tables_are_large_enough():
    assert len(NOROUZ) >= 199 and len(HIJRI_MONTHS) >= 240 and len(PERSIAN_PAIRS) >= 12


@pytest.mark.parametrize(("year", "leap", "norouz"), NOROUZ)
def test_persian_month_ends_follow_from_norouz(year, leap, norouz):
    """The last day of every month of the year, counted from the official Norouz, and the day after it."""
    for month, offset in PERSIAN_MONTH_ENDS:
        last = 31 if month <= 6 else 30
        assert convert("persian", year, month, last) == norouz + timedelta(days=offset)
        assert convert("persian", year, month, last + 1) is None
    following = next((d for y, _, d in NOROUZ if y == year + 1), None)
    if following is not None:
        assert convert("persian", year, 12, 30 if leap else 29) == following - timedelta(days=1)


@pytest.mark.parametrize(("jalali", "gregorian"), PERSIAN_PAIRS)
def test_persian_pairs_from_persiantools(jalali, gregorian):
    assert convert("persian", *jalali) == gregorian
    if gregorian is not None:
        assert calendars.get("persian").from_gregorian(gregorian) == jalali


@pytest.mark.parametrize(("start", "following"), list(zip(HIJRI_MONTHS, HIJRI_MONTHS[1:])))
def test_hijri_month_ends_umm_al_qura(start, following):
    """The last day of each month is the day before the next month starts; the day after it does not exist."""
    year, month, first = start
    length = (following[2] - first).days
    assert convert("hijri", year, month, length) == following[2] - timedelta(days=1)
    assert length == 30 or convert("hijri", year, month, 30) is None


@pytest.mark.parametrize(("year", "leap", "norouz"), NOROUZ)
def test_persian_new_year_and_leap_year_end(year, leap, norouz):
    persian = calendars.get("persian")
    assert persian.to_gregorian(year, 1, 1) == norouz
    assert persian.from_gregorian(norouz) == (year, 1, 1)
    last = 30 if leap else 29
    assert persian.month_length(year, 12) == last
    assert persian.from_gregorian(norouz - timedelta(days=1))[1:] in ((12, 29), (12, 30))
    assert (convert("persian", year, 12, 30) is not None) == leap


@pytest.mark.parametrize(("year", "month", "first"), HIJRI_MONTHS)
def test_hijri_month_starts_umm_al_qura(year, month, first):
    hijri = calendars.get("hijri")
    assert hijri.to_gregorian(year, month, 1) == first
    assert hijri.from_gregorian(first) == (year, month, 1)
    assert hijri.from_gregorian(first - timedelta(days=1))[2] in (29, 30)


def test_hijri_month_lengths_follow_the_table():
    for (y1, m1, first), (_, _, following) in zip(HIJRI_MONTHS, HIJRI_MONTHS[1:]):
        assert calendars.get("hijri").month_length(y1, m1) == (following - first).days


@pytest.mark.parametrize(("name", "ymd", "iso"), [
    ("persian", (1400, 10, 10), "2021-12-31"),
    ("persian", (1403, 6, 31), "2024-09-21"),
    ("persian", (1399, 3, 30), "2020-06-19"),
    ("persian", (1357, 11, 22), "1979-02-11"),
    ("hijri", (1445, 9, 15), "2024-03-25"),
    ("hijri", (1436, 10, 25), "2015-08-10"),
    ("gregorian", (2024, 2, 29), "2024-02-29"),
])
def test_known_days(name, ymd, iso):
    assert convert(name, *ymd).isoformat() == iso


@pytest.mark.parametrize(("name", "ymd"), [
    ("persian", (1402, 12, 30)),  # 1402 is not a leap year
    ("persian", (1403, 7, 31)),  # Mehr has 30 days
    ("hijri", (1200, 1, 1)),  # outside the Umm al-Qura tables
    ("hijri", (1445, 13, 1)),
    ("gregorian", (2023, 2, 29)),
])
def test_days_that_do_not_exist(name, ymd):
    assert convert(name, *ymd) is None


def test_unknown_calendar_lists_the_known_ones():
    with pytest.raises(UnknownName, match="gregorian, hijri, persian"):
        calendars.get("julian")
