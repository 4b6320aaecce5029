"""Titles, acronyms and nouns that say what kind of source a person or body is, for
``source_types``: a title that only says whom someone speaks for, agencies and
international bodies named by their initials, nouns for an unnamed person, members of a
club or firm.
"""

from __future__ import annotations

import re

MEDIA_PEOPLE = frozenset(
    ["reporter", "journalist", "correspondent", "editor", "columnist", "fact checker"]
)
# Titles that only say whom someone speaks for: the organisation decides ("president of
# SpaceX": involved). With no organisation in sight they mean what is given here ("the
# president": a head of state).
AFFILIATION_TITLES = {
    "president": "official",
    "vice president": "official",
    "secretary": "official",
    "press secretary": "official",
    "spokesperson": "official",
    "spokesman": "official",
    "spokeswoman": "official",
    "official": "official",
    "officer": "official",
    "administrator": "official",
    "commissioner": "official",
    "representative": "involved",
    "director": "involved",
    "executive director": "involved",
    "managing director": "involved",
    "chairman": "involved",
    "chairwoman": "involved",
    "chair": "involved",
    "chief": "involved",
    "head": "involved",
    "leader": "involved",
    "member": "involved",
    "manager": "involved",
    "ceo": "involved",
    "cfo": "involved",
    "coo": "involved",
    "chief executive": "involved",
    "chief executive officer": "involved",
    "chief operating officer": "involved",
    "chief financial officer": "involved",
}
TITLE_DEFAULTS = AFFILIATION_TITLES
# Government agencies articles name by their initials alone ("the FDA said").
AGENCY_ACRONYMS = frozenset(
    [
        "NASA",
        "FBI",
        "CIA",
        "NSA",
        "CDC",
        "FDA",
        "EPA",
        "SEC",
        "FTC",
        "FCC",
        "FAA",
        "NTSB",
        "IRS",
        "DOJ",
        "DHS",
        "ICE",
        "CBP",
        "TSA",
        "ATF",
        "DEA",
        "USDA",
        "NIH",
        "NOAA",
        "NHTSA",
        "FEMA",
        "OSHA",
        "USPS",
        "NHS",
        "HMRC",
        "MOD",
        "ECB",
    ]
)
# International bodies named by their initials: independent of any one government.
INTERNATIONAL_ACRONYMS = frozenset(
    ["WHO", "UN", "IMF", "OECD", "WTO", "UNICEF", "UNHCR", "UNESCO", "IAEA"]
)
# Nouns for a person: "a doctor on the scene", "one commenter" leave the person unnamed.
PERSON_NOUNS = frozenset(
    [
        "doctor",
        "physician",
        "nurse",
        "refugee",
        "commenter",
        "resident",
        "witness",
        "person",
        "expert",
        "analyst",
        "official",
        "source",
        "worker",
        "employee",
        "teacher",
        "student",
        "parent",
        "neighbor",
        "neighbour",
        "local",
        "trader",
        "user",
        "fan",
        "supporter",
        "protester",
        "demonstrator",
        "soldier",
        "officer",
        "man",
        "woman",
        "driver",
        "passenger",
        "customer",
        "patient",
        "survivor",
        "victim",
        "relative",
        "insider",
        "diplomat",
        "aide",
        "staffer",
        "member",
        "lawyer",
        "attorney",
        "economist",
        "scientist",
        "researcher",
        "activist",
        "farmer",
        "resident",
        "viewer",
        "reader",
    ]
)
# Who belongs to a club or a firm, not to a place: "Harrow City striker" names a club.
TEAM_MEMBERS = frozenset(
    [
        "striker",
        "forward",
        "midfielder",
        "defender",
        "goalkeeper",
        "goalie",
        "captain",
        "coach",
        "manager",
        "player",
        "quarterback",
        "pitcher",
        "defenseman",
        "teammate",
        "ceo",
        "executive",
        "chairman",
        "shareholder",
    ]
)
# "a provider of automobile data", "an outage tracker": a body whose work is the numbers.
DATA_WORK = re.compile(
    r"\b(provider|supplier|publisher|compiler|tracker)s? of [\w\s,-]{0,40}?data\b"
)
