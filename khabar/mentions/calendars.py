"""Calendar converters behind one interface, registered as `gregorian`, `persian` and `hijri`."""
from __future__ import annotations

import calendar as _stdlib
from datetime import date
from functools import lru_cache
from typing import Protocol

import hijridate
import jdatetime

from ..registry import calendars


class Calendar(Protocol):
    """Convert (year, month, day) of one calendar to and from a Gregorian `date`."""

    name: str

    def to_gregorian(self, year: int, month: int, day: int) -> date: ...

    def from_gregorian(self, day: date) -> tuple[int, int, int]: ...

    def month_length(self, year: int, month: int) -> int: ...


class Gregorian:
    """The proleptic Gregorian calendar (stdlib)."""

    name = "gregorian"

    def to_gregorian(self, year: int, month: int, day: int) -> date:
        return date(year, month, day)

    def from_gregorian(self, day: date) -> tuple[int, int, int]:
        return day.year, day.month, day.day

    def month_length(self, year: int, month: int) -> int:
        return _stdlib.monthrange(year, month)[1]


class Persian:
    """The Solar Hijri calendar of Iran and Afghanistan (jdatetime)."""

    name = "persian"

    def to_gregorian(self, year: int, month: int, day: int) -> date:
        return jdatetime.date(year, month, day).togregorian()

    def from_gregorian(self, day: date) -> tuple[int, int, int]:
        j = jdatetime.date.fromgregorian(date=day)
        return j.year, j.month, j.day

    def month_length(self, year: int, month: int) -> int:
        if month == 12:
            return 30 if jdatetime.date(year, 1, 1).isleap() else 29
        return jdatetime.j_days_in_month[month - 1]


class Hijri:
    """The lunar Hijri calendar, Umm al-Qura tables (hijridate; years 1343-1500)."""

    name = "hijri"

    def to_gregorian(self, year: int, month: int, day: int) -> date:
        g = hijridate.Hijri(year, month, day).to_gregorian()
        return date(g.year, g.month, g.day)

    def from_gregorian(self, day: date) -> tuple[int, int, int]:
        h = hijridate.Gregorian(day.year, day.month, day.day).to_hijri()
        return h.year, h.month, h.day

    def month_length(self, year: int, month: int) -> int:
        return hijridate.Hijri(year, month, 1).month_length()


for _cal in (Gregorian(), Persian(), Hijri()):
    calendars.add(_cal.name, _cal)


@lru_cache(maxsize=1 << 16)
def convert(name: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a day in calendar `name`, or None when the day does not exist there."""
    cal = calendars.get(name)
    try:
        if not 1 <= month <= 12 or not 1 <= day <= cal.month_length(year, month):
            return None
        return cal.to_gregorian(year, month, day)
    except (ValueError, OverflowError):
        return None
