"""PLOVER-family exports: POLECAT-style TSV (POLECAT's column names) and PLOVER manual JSON records."""
from __future__ import annotations

import json
import re
from typing import Any, Iterable

from ..languages import shared
from . import as_int, exporter

POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
    "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
    "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
    "Story Organizations", "Story Locations", "Language", "Version",
]
_SPACE = re.compile(r"[\t\r\n\v\f\u2028\u2029\x85]+")


def cell(value: Any) -> str:
    """A TSV field: no tabs or line breaks inside, lists joined by ';'."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = ";".join(cell(v) for v in value)
    return _SPACE.sub(" ", str(value)).strip()


def _side(record: dict[str, Any], role: str, prefix: str) -> dict[str, Any]:
    people = record[role]
    sectors = [a.get("sector") for a in people if a.get("sector")]
    return {
        f"{prefix} Name": [a.get("name") or a.get("text") for a in people],
        f"{prefix} Country": sorted({a.get("country") for a in people if a.get("country")}),
        f"Primary {prefix} Sector": sectors[0] if sectors else None,
        f"{prefix} Sectors": sectors,
        f"{prefix} Name Raw": [a.get("text") for a in people],
        f"Wikipedia {prefix} ID": [a.get("wikidata") for a in people if a.get("wikidata")],
    }


def polecat_row(record: dict[str, Any]) -> dict[str, Any]:
    kind = shared("plover/types").get(record["event_type"], {})
    loc = record.get("location") or {}
    return {
        "Event ID": record["id"], "Event Date": record["date"], "Event Type": record["event_type"].lower(),
        "Event Mode": record.get("mode"), "Intensity": kind.get("score"), "Quad Code": kind.get("quad"),
        "Contexts": record.get("context"), **_side(record, "actor", "Actor"), **_side(record, "recipient", "Recipient"),
        "Placename": loc.get("name"), "Country": loc.get("country"), "GeoNames ID": as_int(loc.get("geonameid")),
        "Raw Placename": loc.get("text"), "Source": record.get("source_url") or record.get("doc_id"),
        "Publication Date": record.get("published"), "Language": record.get("lang"), "Version": record.get("coder"),
    }


@exporter("polecat-tsv")
def write_polecat(records: Iterable[dict[str, Any]], path: str) -> int:
    """Tab-separated, POLECAT's column names, one event per line, no stray tabs or newlines in fields."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\t".join(POLECAT_COLUMNS) + "\n")
        for n, r in enumerate(records, 1):
            row = polecat_row(r)
            out.write("\t".join(cell(row.get(c)) for c in POLECAT_COLUMNS) + "\n")
    return n


def plover_record(record: dict[str, Any]) -> dict[str, Any]:
    """The PLOVER manual's event record (section 8): entity objects, event list, event_text, citation."""
    def entities(role: str) -> list[dict[str, Any]]:
        return [{"code": a.get("country"), "sector": a.get("sector"), "entity_text": a.get("text"),
                 "identifier_id": a.get("wikidata"), "identifier_text": a.get("name")} for a in record[role]]

    kind = shared("plover/types").get(record["event_type"], {})
    loc = record.get("location")
    return {
        "id": record["id"], "date": record["date"], "actor": entities("actor"), "recipient": entities("recipient"),
        "event": [record["event_type"]], "mode": [record["mode"]] if record.get("mode") else [],
        "context": record.get("context") or [], "quad_code": kind.get("quad"), "event_scale": kind.get("score"),
        "event_loc": {"extracted_place": loc.get("text"), "resolved_place": loc.get("name"),
                      "geonameid": loc.get("geonameid"), "country_code": loc.get("country")} if loc else None,
        "event_text": [{"sequence": m.get("sentence"), "start": m["start"], "end": m["end"], "text_story": [m["text"]]}
                       for m in record.get("mentions") or []],
        "aux": record.get("aux"), "coder": record.get("coder"), "comment": f"confidence {record.get('confidence')}",
        "cite_info": {"url": record.get("source_url"), "language": record.get("lang"),
                      "publication": record.get("published"), "codebook": "PLOVER 2.0"},
    }


@exporter("plover-json")
def write_plover(records: Iterable[dict[str, Any]], path: str) -> int:
    """PLOVER manual records as JSONL."""
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for n, r in enumerate(records, 1):
            out.write(json.dumps(plover_record(r), ensure_ascii=False) + "\n")
    return n
