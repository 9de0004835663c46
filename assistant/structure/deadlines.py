"""The deadline grammar of commitments: find the time words a minister used ("voor de zomer",
"in het najaar", "binnen twee weken", "voor het kerstreces") and normalise them to an ISO date or
range, relative to the debate date.

A `Deadline` is either a bound ("by this date": ``end`` only), a window ("within this window":
``start`` and ``end``), or undatable (the words are kept, the value is ``None``: "in de volgende
voortgangsrapportage", "binnenkort", "voor de begrotingsbehandeling"). The rules are the ones the
gold labels use (`eval/commitments/README.md`, "rules D"): a season is its meteorological window,
"voor de zomer" is the day before the Tweede Kamer's summer recess, "voor de Miljoenennota" the day
before Prinsjesdag (the third Tuesday of September).

Beyond the words of rules D the grammar reads what everyday Dutch says of a time (3 December
2026, written from the language, none from a labelled debate): the thirds of a month ("begin /
medio / eind september"), a named year ("in het najaar van 2026", "in april volgend jaar"), "volgend
jaar", "dit / volgend kwartaal", "deze / volgende maand", "over twee weken", "voor de kerst", "na het
kerstreces", "rond de zomer / Prinsjesdag", "voor de jaarwisseling"; recesses whose dates move
("voor het voorjaarsreces", which read as "het voorjaar" before) and the Voorjaarsnota are kept
undated. On the debates outside the test split, none of the finder's deadlines changed.

Several expressions in one phrase combine: a bound clips a window ("na de zomer en ruim voor het
verkiezingsreces" = autumn up to the day before the election), two windows span ("nog dit najaar,
dan wel begin volgend jaar" = autumn to the end of Q1). Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.models import Transcript
from ingest.sentences import split_sentences

# The first day of the Tweede Kamer's summer recess, per year. 2025 is confirmed in the corpus
# ("De Kamer gaat morgen met reces" on 3 July 2025); 2017 and 2022 are from the published recess
# schedule. Other years fall back to the first Friday of July, which the recess usually starts on.
SUMMER_RECESS_START: dict[int, date] = {2017: date(2017, 7, 7), 2022: date(2022, 7, 8), 2025: date(2025, 7, 4)}
# The first day of the Christmas recess; other years: the third Friday of December.
CHRISTMAS_RECESS_START: dict[int, date] = {2025: date(2025, 12, 19)}
# Election days that start a "verkiezingsreces"; the recess date itself is not in the corpus, so
# "voor het verkiezingsreces" is read as the day before the election. Unknown years stay undated.
ELECTION_DAY: dict[int, date] = {2025: date(2025, 10, 29)}

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december")
NUMBERS = {"a": 1, "two": 2, "three": 3, "four": 4, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "acht": 8, "tien": 10}
UNITS = {"dag": 1, "dagen": 1, "week": 7, "weken": 7, "maand": 30, "maanden": 30, "halfjaar": 182, "half jaar": 182,
         "day": 1, "days": 1, "weeks": 7, "months": 30, "fortnight": 14, "fortnight’s": 14, "fortnight's": 14}


@dataclass(frozen=True)
class Deadline:
    """Time words as spoken and their normalised value (``end`` only: by that date; ``start`` and
    ``end``: within that window; neither: the words cannot be dated)."""

    text: str
    start: date | None = None
    end: date | None = None

    @property
    def iso(self) -> str | None:
        if self.end is None:
            return None
        if self.start is None:
            return self.end.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


Span = tuple[date | None, date | None]  # (start, end); (None, end) is a bound; (None, None) undated
Resolver = Callable[[re.Match[str], date], Span]


def _friday(year: int, month: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(4 - first.weekday()) % 7 + 7 * (nth - 1))


def summer_recess_start(year: int) -> date:
    return SUMMER_RECESS_START.get(year) or _friday(year, 7, 1)


def christmas_recess_start(year: int) -> date:
    return CHRISTMAS_RECESS_START.get(year) or _friday(year, 12, 3)


def prinsjesdag(year: int) -> date:
    """The third Tuesday of September (the budget day)."""
    first = date(year, 9, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 14)


def _year(match: re.Match[str], day: date, default: int) -> int:
    """The year the words name ("van 2026", "(van) volgend jaar", "van dit jaar"), else ``default``."""
    named = match.groupdict()
    if named.get("year"):
        return int(named["year"])
    if named.get("nextyear"):
        return day.year + 1
    return day.year if named.get("thisyear") else default


def _before_summer(match: re.Match[str], day: date) -> Span:
    year = _year(match, day, day.year if day < summer_recess_start(day.year) else day.year + 1)
    return None, summer_recess_start(year) - timedelta(days=1)


def _autumn(match: re.Match[str], day: date) -> Span:
    year = _year(match, day, day.year + 1 if day.month == 12 else day.year)
    return date(year, 9, 1), date(year, 11, 30)


def _summer(match: re.Match[str], day: date) -> Span:
    """"deze zomer", "in de zomer", "rond de zomer": the meteorological summer of the debate's year,
    or of the next year once it is past."""
    year = _year(match, day, day.year + 1 if day.month > 8 else day.year)
    return date(year, 6, 1), date(year, 8, 31)


def _spring(match: re.Match[str], day: date) -> Span:
    year = _year(match, day, day.year + 1 if day.month > 5 else day.year)
    return date(year, 3, 1), date(year, 5, 31)


def _next_spring(match: re.Match[str], day: date) -> Span:
    """"volgend voorjaar", "volgend jaar voorjaar": the spring of the year after the debate's."""
    return date(day.year + 1, 3, 1), date(day.year + 1, 5, 31)


def _christmas(match: re.Match[str], day: date) -> Span:
    return None, christmas_recess_start(_year(match, day, day.year)) - timedelta(days=1)


def _budget_day(match: re.Match[str], day: date) -> Span:
    year = day.year if day <= prinsjesdag(day.year) else day.year + 1
    offset = 1 if match.group("prep").lower() == "voor" else 0  # "bij", "op", "met", "rond": that day
    return None, prinsjesdag(year) - timedelta(days=offset)


def _election(match: re.Match[str], day: date) -> Span:
    known = [d for d in sorted(ELECTION_DAY.values()) if d > day]
    return (None, known[0] - timedelta(days=1)) if known else (None, None)


def _month_window(year: int, month: int) -> tuple[date, date]:
    """The first and last day of ``month`` (1-12) of ``year``; a month past December rolls over."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date(year, month, 1), following - timedelta(days=1)


def _quarter_window(year: int, quarter: int) -> tuple[date, date]:
    """The first and last day of ``quarter`` (0-3) of ``year``."""
    return _month_window(year, 3 * quarter + 1)[0], _month_window(year, 3 * quarter + 3)[1]


def _month_of(match: re.Match[str], day: date) -> tuple[date, date]:
    """The first and last day of the month ``match`` names: this year's, or next year's once past."""
    month = MONTHS.index(match.group("month").lower()) + 1
    return _month_window(_year(match, day, day.year + 1 if month < day.month else day.year), month)


def _before_day(match: re.Match[str], day: date) -> Span:
    month = MONTHS.index(match.group("month").lower()) + 1
    year = _year(match, day, day.year + 1 if month < day.month else day.year)
    return None, date(year, month, int(match.group("day"))) - timedelta(days=1)


def _before_day_of_month(match: re.Match[str], day: date) -> Span:
    """"voor de 23ste" = by the day before the next 23rd; "een week voor de 23ste" = seven days before it."""
    target = int(match.group("day"))
    year, month = (day.year, day.month) if target > day.day else (day.year + (day.month == 12), day.month % 12 + 1)
    try:
        when = date(year, month, target)
    except ValueError:  # "de 31ste" of a shorter month
        return None, None
    count = (match.group("n") or "").lower()
    if not count:
        return None, when - timedelta(days=1)
    n = int(count) if count.isdigit() else NUMBERS.get(count, 1)
    return None, when - timedelta(days=n * UNITS[match.group("unit").lower()])


def _on_day(match: re.Match[str], day: date) -> Span:
    """"uiterlijk 16 juli", "op 1 oktober": by that day, this year or, if past, the next."""
    month = MONTHS.index(match.group("month").lower()) + 1
    year = _year(match, day, day.year + 1 if month < day.month else day.year)
    return None, date(year, month, int(match.group("day")))


def _end_of_year(match: re.Match[str], day: date) -> Span:
    return None, date(_year(match, day, day.year), 12, 31)


def _year_window(match: re.Match[str], day: date) -> Span:
    """"(in de loop van) volgend jaar", "in de loop van 2026": the whole year."""
    year = _year(match, day, day.year)
    return date(year, 1, 1), date(year, 12, 31)


def _half_year(match: re.Match[str], day: date) -> Span:
    year = _year(match, day, day.year)
    if match.group("half").lower() == "eerste":
        return date(year, 1, 1), date(year, 6, 30)
    return date(year, 7, 1), date(year, 12, 31)


def _next_year_start(match: re.Match[str], day: date) -> Span:
    year = _year(match, day, day.year + 1)
    return date(year, 1, 1), date(year, 3, 31)


def _quarter(match: re.Match[str], day: date) -> Span:
    """"in het derde kwartaal (van 2026 / van volgend jaar)"; without a year, the next such quarter
    that has not ended ("in het eerste kwartaal", said in July, is next year's)."""
    quarter = ("eerste", "tweede", "derde", "vierde").index(match.group("q").lower())
    return _quarter_window(_year(match, day, day.year + 1 if 3 * quarter + 3 < day.month else day.year), quarter)


def _this_quarter(match: re.Match[str], day: date) -> Span:
    """"dit kwartaal" = the debate's quarter; "volgend kwartaal" = the one after it."""
    index = (day.month - 1) // 3 + (1 if match.group("which").lower().startswith("volgend") else 0)
    return _quarter_window(day.year + index // 4, index % 4)


def _within(match: re.Match[str], day: date) -> Span:
    count = match.group("n").lower()
    n = int(count) if count.isdigit() else NUMBERS.get(count, 1)
    return None, day + timedelta(days=n * UNITS[" ".join(match.group("unit").lower().split())])


def _weekday(match: re.Match[str], day: date) -> Span:
    target = WEEKDAYS.index(match.group("weekday").lower())
    return None, day + timedelta(days=(target - day.weekday() - 1) % 7 + 1)


def _tomorrow(match: re.Match[str], day: date) -> Span:
    """"morgen" = the day after the debate, "overmorgen" the day after that."""
    return None, day + timedelta(days=2 if match.group(0).lower().startswith("over") else 1)


def _week(match: re.Match[str], day: date) -> Span:
    """"deze/van de week" = by this week's Sunday; "volgende week" = next Monday to Sunday, and with
    "uiterlijk" by that Sunday."""
    sunday = day + timedelta(days=6 - day.weekday())
    if not match.group("next"):
        return None, sunday
    end = sunday + timedelta(days=7)
    return (None, end) if match.group("latest") else (end - timedelta(days=6), end)


def _end_of_month(match: re.Match[str], day: date) -> Span:
    """"uiterlijk in september" = by the last day of that month."""
    return None, _month_of(match, day)[1]


MONTH_PARTS = {"begin": (1, 10), "half": (11, 20), "medio": (11, 20), "eind": (21, 31), "einde": (21, 31)}
"""The thirds of a month that "begin", "half" / "medio" and "eind" name (the 31 stands for the last day)."""


def _month_part(match: re.Match[str], day: date) -> Span:
    """"begin september" = the 1st to the 10th, "half / medio september" the 11th to the 20th: a
    window, as "begin volgend jaar" is the first quarter. "eind september" = by its last day, as
    "eind dit jaar" is by 31 December. "uiterlijk half september" = by the part's last day, "voor
    begin / half september" by the day before it starts, "voor eind september" by the month's end."""
    first, last = MONTH_PARTS[match.group("part").lower()]
    month_start, month_end = _month_of(match, day)
    start = month_start.replace(day=first)
    end = month_end if last == 31 else month_start.replace(day=last)
    by = (match.group("by") or "").lower()
    if by == "voor" and last < 31:
        return None, start - timedelta(days=1)
    if by or last == 31:
        return None, end
    return start, end


def _this_month(match: re.Match[str], day: date) -> Span:
    """"deze maand (nog)", "voor het eind van de maand" = by the debate month's last day."""
    return None, _month_window(day.year, day.month)[1]


def _next_month(match: re.Match[str], day: date) -> Span:
    """"volgende maand" = the month after the debate's."""
    return _month_window(day.year, day.month + 1)


def _date(match: re.Match[str], day: date) -> Span:
    """"on 31 October" (English sittings): that day, this year or, if past, the next."""
    month = EN_MONTHS.index(match.group("month").lower()) + 1
    year = _year(match, day, day.year + 1 if month < day.month else day.year)
    return None, date(year, month, int(match.group("day")))


def _undated(match: re.Match[str], day: date) -> Span:
    return None, None


_MONTH = "|".join(MONTHS)
_YEAR = r"(?:\s+(?:van\s+)?(?:(?P<year>20\d\d)|(?P<nextyear>volgend\s+jaar)|(?P<thisyear>dit\s+jaar)))?"
"""The year a time names, if it names one: "in het najaar van 2026", "in april volgend jaar", "medio mei
van dit jaar"."""
_MONTH_PART = r"(?P<part>begin|half|medio|eind|einde)"
# (pattern, resolver), tried in order; earlier patterns win where matches overlap.
GRAMMAR: tuple[tuple[re.Pattern[str], Resolver], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), resolver) for pattern, resolver in (
        (r"\b(?:een|het)\s+debat\s+in\s+het\s+najaar\b", _undated),
        (r"\b(?:(?:nog|ruim|ver)\s+)?voor\s+(?:het\s+kerstreces|(?:de\s+)?kerst(?:mis)?)\b" + _YEAR, _christmas),
        # The other recesses move from year to year: their words are kept, undated (and "het
        # voorjaarsreces" is no "het voorjaar").
        (r"\b(?:voor|na|tijdens|in|rond)\s+het\s+(?:voorjaars|krokus|paas|mei|herfst)reces\b", _undated),
        (r"\b(?:na|vlak\s+na)\s+(?:het\s+kerstreces|de\s+kerst(?:vakantie)?|de\s+jaarwisseling)\b", _next_year_start),
        (r"\b(?:voor|rond|bij)\s+de\s+jaarwisseling\b", _end_of_year),
        (r"\b(?:voor|bij|met|in|rond)\s+de\s+Voorjaarsnota\b", _undated),
        (r"\b(?:ruim\s+)?voor\s+(?:het\s+verkiezingsreces|de\s+(?:tweede\s*kamer)?verkiezingen)\b", _election),
        (r"\b(?:(?P<n>\d+|een|één|twee|drie|vier)\s+(?P<unit>dagen|dag|weken|week)\s+)?voor\s+de\s+(?P<day>[1-3]?\d)(?:ste|de|e)\b", _before_day_of_month),
        (r"\b(?:(?:nog|ruim|ver)\s+)?voor\s+(?:de\s+zomer(?:vakantie)?|het\s+(?:zomer)?reces)\b" + _YEAR, _before_summer),
        (r"\b(?:(?:vlak|spoedig|kort|snel|direct)\s+)?na\s+(?:de\s+zomer(?:vakantie)?|het\s+(?:zomer)?reces)\b" + _YEAR, _autumn),
        (r"\b(?:(?:nog|ook)\s+)?(?:dit|in\s+het|het|komend|komende)\s+najaar\b" + _YEAR, _autumn),
        (r"\b(?:(?:nog|ook)\s+)?(?:deze|in\s+de|komende|rond\s+de)\s+zomer\b(?!\w)" + _YEAR, _summer),
        (r"\b(?:dit|in\s+het|het|komend|komende)\s+voorjaar(?!\w)" + _YEAR, _spring),
        (r"\b(?:(?:in\s+het\s+)?volgend(?:e)?\s+voorjaar|volgend\s+jaar\s+(?:in\s+het\s+)?voorjaar)\b", _next_spring),
        (r"\b(?P<prep>voor|bij|op|met|rond)\s+(?:de\s+)?(?:Miljoenennota|Prinsjesdag)\b", _budget_day),
        (r"\b(?:(?P<by>voor|uiterlijk)\s+)?" + _MONTH_PART + r"\s+(?P<month>" + _MONTH + r")\b" + _YEAR, _month_part),
        (r"\bvoor\s+(?P<day>[1-3]?\d)\s+(?P<month>" + _MONTH + r")\b" + _YEAR, _before_day),
        # a meeting with its day: "vóór de Raad Handel van 20 maart" (a fifteenth probe set of the commitment finder)
        (r"\bvoor\s+(?:de|het)\s+(?:[\w-]+\s+){1,4}van\s+(?P<day>[1-3]?\d)\s+(?P<month>" + _MONTH + r")\b" + _YEAR, _before_day),
        (r"\buiterlijk\s+in\s+(?P<month>" + _MONTH + r")\b" + _YEAR, _end_of_month),
        (r"\b(?:uiterlijk|op)\s+(?P<day>[1-3]?\d)\s+(?P<month>" + _MONTH + r")\b" + _YEAR, _on_day),
        (r"\bin\s+(?P<month>" + _MONTH + r")\b" + _YEAR, _month_of),
        (r"\b(?:(?P<latest>uiterlijk)\s+)?(?:deze|van\s+de|(?P<next>volgende))\s+week\b", _week),
        (r"\bin\s+de\s+(?P<half>eerste|tweede)\s+helft\s+van\s+(?:(?:dit|het)\s+jaar|(?P<nextyear>volgend\s+jaar)|(?P<year>20\d\d))\b",
         _half_year),
        (r"\b(?:(?:later|nog|eind)\s+)?dit\s+jaar\b"
         r"|\b(?:voor|aan|tegen)\s+het\s+eind(?:e)?\s+van\s+(?:het|dit)\s+(?:kalender)?jaar\b|\beind(?:e)?\s+van\s+dit\s+jaar\b"
         r"|\beind(?:e)?\s+(?:van\s+)?(?P<nextyear>volgend\s+jaar)\b", _end_of_year),
        (r"\b(?:(?:nog\s+)?deze\s+maand|(?:voor|aan|tegen)\s+het\s+eind(?:e)?\s+van\s+(?:de|deze)\s+maand)\b", _this_month),
        (r"\bvolgende\s+maand\b", _next_month),
        (r"\b(?P<which>dit|volgend|komend)e?\s+kwartaal\b", _this_quarter),
        (r"\bbegin\s+(?:volgend\s+jaar|(?P<year>20\d\d))\b", _next_year_start),
        (r"\b(?:in\s+het\s+)?(?P<q>eerste|tweede|derde|vierde)\s+kwartaal" + _YEAR, _quarter),
        (r"\b(?:in\s+)?de\s+loop\s+van\s+(?:(?P<nextyear>volgend\s+jaar)|(?P<year>20\d\d))\b", _year_window),
        # not "de begroting van volgend jaar", "de plannen voor volgend jaar"; a bare "in 2026" is left out,
        # as often what a promise is about ("wat we in 2024 hebben gedaan") as when it is due
        (r"(?<!van\s)(?<!voor\s)(?<!het\s)\b(?P<nextyear>volgend\s+jaar)\b(?!\s+(?:in\s+het\s+)?voorjaar)", _year_window),
        (r"\b(?:binnen|over)\s+(?P<n>\d+|een|één|twee|drie|vier|vijf|zes|acht|tien)\s+(?P<unit>dagen|dag|weken|week|maanden|maand"
         r"|half\s*jaar)\b", _within),
        (r"(?<!vorige )(?<!afgelopen )\b(?:(?:aanstaande|komende|a\.s\.)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", _weekday),
        # "morgen" as a day, not a morning ("morgenochtend" is one word; "vanmorgen", "de (hele) morgen" are the past
        # or a part of a day): a letter promised in a plenary for the next day (ParlaMint-NL 2022-04-06).
        (r"(?<![\w-])(?<!de\s)(?<!hele\s)(?<!een\s)(?<!die\s)(?<!deze\s)(?:over)?morgen\b(?!\s+(?:ochtend|middag|avond)\b)",
         _tomorrow),
        (r"\bin\s+(?:de|het|een)\s+(?:eerst)?(?:volgende\s+)?(?:voortgangs\w+|halfjaarbericht\w*)(?:\s+(?:over\s+)?[A-Z][\w-]*|\s+[a-z]+(?=[.,;]))?", _undated),
        (r"\bin\s+het\s+volgende\s+bericht\b", _undated),
        # the budget debate, whose day the debate does not give: "voor de begrotingsbehandeling", "voor
        # behandeling van de Defensiebegroting 2026" (the chair's list, MIVD)
        (r"\b(?:voor|bij|tijdens)\s+(?:de\s+)?(?:\w*begrotingsbehandeling(?:\s+van\s+dit\s+departement)?"
         r"|behandeling\s+van\s+de\s+\w*begroting(?:\s+20\d\d)?)\b", _undated),
        # A meeting whose date the debate does not give: "voor het BO MIRT", "na de BO's MIRT", "tijdens het
        # tweeminutendebat", "voor het volgende commissiedebat", "voor het volgende AO vreemdelingenbeleid" (the
        # 2015-2019 idiom, a twenty-fourth probe set, round 17).
        (r"\b(?:voor|na|bij|tijdens|in)\s+(?:het|de)\s+(?:volgende\s+)?(?:BO|NO|AO|algemeen\s+overleg|bestuurlijk\s+overleg|notaoverleg"
         r"|commissiedebat|wetgevingsoverleg|tweeminutendebat)(?:'s)?\b(?:\s+(?-i:[A-Z]{2,})\b)?", _undated),
        (r"\b(?:binnenkort|op\s+korte\s+termijn|de\s+komende\s+(?:maanden|weken)|bij\s+de\s+evaluatie"
         r"|over\s+een\s+(?:paar|aantal)\s+(?:weken|maanden))\b", _undated),
        (r"\bna\s+afloop\s+van\s+de\s+lopende\s+onderhandelingen\b", _undated),
        # English sittings (ParlaMint-GB).
        (r"\b(?:on|by)\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>" + "|".join(EN_MONTHS) + r")\b" + _YEAR, _date),
        (r"\b(?:with)?in\s+(?P<n>a|two|three|four|\d+)\s+(?P<unit>fortnight(?:’s|'s)?|days?|weeks|months)(?:’|')?(?:\s+time)?", _within),
        (r"\b(?:shortly|in\s+due\s+course|soon)\b", _undated),
        (r"\b(?:by|before)\s+the\s+end\s+of\s+(?:the|this)\s+year\b|\blater\s+this\s+year\b", _end_of_year),
        (r"\b(?:by|before)\s+the\s+end\s+of\s+(?:the|this)\s+month\b", _this_month),
        (r"\bnext\s+month\b", _next_month),
        (r"\b(?:in\s+the|this)\s+autumn\b", _autumn),
        (r"\b(?:(?P<latest>by\s+the\s+end\s+of)\s+)?(?:this|(?P<next>next))\s+week\b", _week),
        (r"\bbefore\s+the\s+(?:summer\s+|Christmas\s+|conference\s+)?recess\b", _undated),  # the Commons' recess dates are not known here
    )
)
# Two expressions this close (joined by "en", "dan wel", a comma) are one deadline.
JOIN = re.compile(r"^[\s,]*(?:en|dan\s+wel|of|maar)?[\s,]*(?:uiterlijk\s+)?$", re.IGNORECASE)


def _combine(spans: list[Span]) -> Span:
    """A bound clips a window; windows span; of two bounds the earlier holds. A bound before the window
    begins clips nothing: "Ik spreek de platforms in het voorjaar, en voor de zomer laat ik de Kamer weten
    ..." said in July is next spring and next summer, not a range that ends before it starts (a mini-debate,
    round 19)."""
    windows = [s for s in spans if s[0] is not None and s[1] is not None]
    bounds = [s[1] for s in spans if s[0] is None and s[1] is not None]
    if windows:
        start = min(w[0] for w in windows if w[0] is not None)
        end = max(w[1] for w in windows if w[1] is not None)
        end = min([end, *(bound for bound in bounds if bound >= start)])
        return start, end
    return (None, min(bounds)) if bounds else (None, None)


COUNCIL = re.compile(
    r"\b(?:tijdens|op|bij|in)\s+(?:de|deze)\s+(?:RBZ|RAZ|Eurogroep|Ecofin(?:raad)?|Europese\s+Raad|EU-top"
    r"|Raad(?!\s+van\s+State)(?:\s+(?:Buitenlandse|Algemene)\s+Zaken)?)\b")
"""The EU Council meeting a debate prepares ("Ja, ik kan dat doen tijdens de RBZ"): its date is
in the debate's title ("Raad Buitenlandse Zaken 15 juli 2025", `meeting_date`), not in the
sentence. Read only in such a debate: elsewhere "bij de Raad" is no time, and the finder's test
for a one-off act ("Wij zetten ons daarvoor in bij de Raad" is habitual) stays as it was."""

_TITLE_COUNCIL = re.compile(r"\b(?:Raad\s+(?:Buitenlandse|Algemene)\s+Zaken|RBZ|RAZ|JBZ-Raad|Eurogroep|Ecofin\w*"
                            r"|Europese\s+Raad|EU-top)\b")
"""A title naming an EU Council meeting (not the Raad van State or any other national "raad")."""
_TITLE_DATE = re.compile(r"\b(?P<day>[1-3]?\d)\s+(?P<month>" + "|".join(MONTHS) + r")\s+(?P<year>20\d\d)\b", re.IGNORECASE)


def meeting_date(title: str | None) -> date | None:
    """The date of the EU Council meeting a debate's title names ("Raad Buitenlandse Zaken 15
    juli 2025"); None for any other title. A commission debate on a Council meeting is held before
    it, so a promise to act "tijdens de RBZ" is dated by it (tuning labels: the RBZ debate of 2 July
    2025, one deadline)."""
    if not title or not _TITLE_COUNCIL.search(title) or (found := _TITLE_DATE.search(title)) is None:
        return None
    try:
        return date(int(found["year"]), MONTHS.index(found["month"].lower()) + 1, int(found["day"]))
    except ValueError:
        return None


BEFORE_THE_VOTE = re.compile(r"\bvoor\s+de\s+stemming(?:en)?\b(?:\s+over\s+(?:de|het|deze|dit)\s+[\w-]+)?", re.IGNORECASE)
"""A promise "voor de stemming(en)" in a plenary: the day before the vote the chair announces
(`vote_date`); undated when the debate gives no day (ParlaMint-NL 2021-12-09, a tuning debate: three
deadlines "voor de stemming over de wet", the chair: "We stemmen dinsdag over de wet")."""

_VOTE_DAY = re.compile(
    r"\b(?:we\s+stemmen|wordt\s+(?:er\s+)?(?:\w+\s+)?gestemd|stemmingen\s+(?:zijn|vinden)|stemming\s+is|stemmen\s+we)\b"
    r"[^.?!]{0,40}?\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
    r"|\b(?P<before>" + "|".join(WEEKDAYS) + r")\b[^.?!]{0,30}?\b(?:stemmen|gestemd|stemmingen)\b", re.IGNORECASE)


def vote_date(chair_texts: Iterable[str], debate_date: date | None) -> date | None:
    """The day of the vote the chair announces ("We stemmen dinsdag over de wet", "Over de moties wordt
    dinsdag gestemd"): that weekday after the debate; None when no chair turn names one."""
    if debate_date is None:
        return None
    for text in chair_texts:
        if (found := _VOTE_DAY.search(text)) is not None:
            target = WEEKDAYS.index((found["weekday"] or found["before"]).lower())
            return debate_date + timedelta(days=(target - debate_date.weekday() - 1) % 7 + 1)
    return None


AT_THE_TWO_MINUTE_DEBATE = re.compile(r"\b(?P<prep>voor|tijdens|in|bij|op)\s+het\s+tweeminutendebat\b", re.IGNORECASE)
"""A promise for the tweeminutendebat, the short plenary that follows a commission debate ("daarop
terug te komen tijdens het tweeminutendebat"): the day the chair says it is planned for
(`two_minute_debate_date`), the day before it for "voor"; undated, as before, when she names none."""

_TWO_MINUTE_DAY = re.compile(
    r"\btweeminutendebat\b[^?!]{0,120}?\b(?:ingepland|gepland|gehouden)\s+(?:voor|op)\s+"
    r"(?:(?P<tonight>vanavond|vandaag)|(?P<tomorrow>over)?morgen|(?:aanstaande\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r"))",
    re.IGNORECASE)


def two_minute_debate_date(chair_texts: Iterable[str], debate_date: date | None) -> date | None:
    """The day the chair plans the tweeminutendebat for ("Ik stel vast dat er een tweeminutendebat
    is aangevraagd door de heer Paternotte. Dat staat ingepland voor morgenavond."): that day after the
    debate; None when no chair turn says it in those words. A guess ("Morgen, denk ik.", after "daar
    ga ik niet over als voorzitter") is no plan: the grammar asks for "ingepland", "gepland" or
    "gehouden". The Raad Buitenlandse Zaken debate of the tuning split dates two promises by it."""
    if debate_date is None:
        return None
    for text in chair_texts:
        if (found := _TWO_MINUTE_DAY.search(text)) is None:
            continue
        if found["tonight"]:
            return debate_date
        if found["weekday"]:
            target = WEEKDAYS.index(found["weekday"].lower())
            return debate_date + timedelta(days=(target - debate_date.weekday() - 1) % 7 + 1)
        return debate_date + timedelta(days=2 if found["tomorrow"] else 1)
    return None


def find_deadline(text: str, debate_date: date | None, meeting: date | None = None,
                  vote: date | None = None, two_minute: date | None = None) -> Deadline | None:
    """The first deadline phrase in ``text`` (with any expression joined to it), normalised
    against ``debate_date``; None if the text names no time. Without a date, only the words.
    ``meeting`` is the Council meeting the debate prepares (`meeting_date`): it dates `COUNCIL`;
    ``vote`` the plenary vote the chair announced (`vote_date`): it dates `BEFORE_THE_VOTE`;
    ``two_minute`` the tweeminutendebat she planned (`two_minute_debate_date`): it dates
    `AT_THE_TWO_MINUTE_DEBATE`, ahead of the grammar's undated meetings."""
    hits: list[tuple[int, int, Resolver, re.Match[str]]] = []
    words = _unstressed(text)  # same length, so offsets into it are offsets into ``text``
    grammar = GRAMMAR if two_minute is None else ((AT_THE_TWO_MINUTE_DEBATE, _by_the_day(two_minute)), *GRAMMAR)
    grammar = grammar if meeting is None else (*grammar, (COUNCIL, lambda _match, _day: (None, meeting)))
    grammar = (*grammar, (BEFORE_THE_VOTE, _undated if vote is None else lambda _match, _day: (None, vote - timedelta(days=1))))
    for pattern, resolver in grammar:
        for match in pattern.finditer(words):
            if not any(s < match.end() and match.start() < e for s, e, _, _ in hits):
                hits.append((match.start(), match.end(), resolver, match))
    if not hits:
        return None
    hits.sort(key=lambda hit: hit[0])
    groups: list[list[tuple[int, int, Resolver, re.Match[str]]]] = [[hits[0]]]
    for hit in hits[1:]:
        if JOIN.match(text[groups[-1][-1][1]:hit[0]]):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    if debate_date is None:
        return Deadline(text[groups[0][0][0]:groups[0][-1][1]])
    # The first group that can be dated wins over undated words before it: "zeer binnenkort ... (dat
    # betekent) voor het zomerreces" is dated by its second phrase.
    for group in groups:
        start, end = _combine([resolver(match, debate_date) for _, _, resolver, match in group])
        if end is not None:
            return Deadline(text[group[0][0]:group[-1][1]], start, end)
    return Deadline(text[groups[0][0][0]:groups[0][-1][1]])


def _by_the_day(day: date) -> Resolver:
    """A resolver for a meeting on ``day``: "voor" it is the day before, any other preposition that day."""
    def resolve(match: re.Match[str], _debate: date) -> Span:
        return None, day - timedelta(days=1) if match.group("prep").lower() == "voor" else day
    return resolve


_STRESSED = str.maketrans("óÓéÉ", "oOeE")


def _unstressed(text: str) -> str:
    """``text`` without the stress accents Dutch writes to tell "vóór" (before) from "voor" (for) and
    "één" from "een": the grammar's "voor" and "een" match both ("Vóór 22 juni ...", ParlaMint-NL
    2021-06-09, was missed). One character for one, so offsets stay valid."""
    return text.translate(_STRESSED)


@dataclass(frozen=True)
class DebateDates:
    """What dates a debate's time words besides the words themselves: the debate's own date, the
    Council meeting its title names (`meeting_date`), the vote its chair announces (`vote_date`) and
    the tweeminutendebat she plans (`two_minute_debate_date`)."""

    day: date | None
    meeting: date | None = None
    vote: date | None = None
    two_minute: date | None = None

    def find(self, text: str) -> Deadline | None:
        return find_deadline(text, self.day, self.meeting, self.vote, self.two_minute)


def debate_dates(transcript: Transcript) -> DebateDates:
    day = parse_debate_date(transcript.date)
    chair = [turn.text for turn in transcript.turns if turn.is_chair]
    return DebateDates(day, meeting_date(transcript.title), vote_date(chair, day), two_minute_debate_date(chair, day))


def parse_debate_date(value: str | None) -> date | None:
    """The transcript's ISO date, or None when it has none or it is malformed."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


MAX_DEADLINE_SENTENCE_CHARS = 300
"""A neighbouring sentence joins a promise only when short: the deadline sentences of the
development set are 60 to 140 characters; a 300-character one is a new point, not the timing."""


def timed_span(text: str, start: int, end: int, find: Callable[[str], Deadline | None]) -> tuple[int, int]:
    """The promise at ``start:end`` of ``text``, widened to the neighbouring sentence of the same
    paragraph that says when ("Ik kan u melden dat ik kort na het zomerreces een brief stuur. Daarin
    zal ik ingaan op de monitor ...") where its own words name no time by ``find``. The sentence
    before is tried first (the promise usually follows its timing), then the one after; each at most
    `MAX_DEADLINE_SENTENCE_CHARS` long. Unchanged when no neighbour names a time."""
    if find(text[start:end]) is not None:
        return start, end
    sentences = split_sentences(text)
    inside = [i for i, s in enumerate(sentences) if s.start < end and s.end > start]
    if not inside:
        return start, end
    first, last = inside[0], inside[-1]
    for i in (first - 1, last + 1):
        if not 0 <= i < len(sentences):
            continue
        near = sentences[i]
        same_paragraph = near.paragraph == sentences[first if i < first else last].paragraph
        if same_paragraph and len(near.text) <= MAX_DEADLINE_SENTENCE_CHARS and find(near.text) is not None:
            return min(start, near.start), max(end, near.end)
    return start, end
