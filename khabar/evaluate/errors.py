"""Error lists for one document: the gold events and actors missed, the predictions that match nothing,
and for each lenient match the strict fields that differ. They say where the scores in the tables come from."""
from __future__ import annotations

from typing import Any

from .matching import max_matching, normalise
from .score import Record, _countries, direction_matches, event_matches, span_text

Gold = dict[str, Any]


def event_errors(gold: Gold, records: list[Record]) -> list[str]:
    """One line per missed gold event, unmatched prediction, and lenient match that fails the strict test."""
    text = next((r.get("text") or "" for r in records if r.get("kind") == "document"), "")
    lang = gold["lang"]
    required = [g for g in gold["events"] if not g.get("optional")]
    predicted = [r for r in records if r.get("kind") == "event"]
    lenient = [[i for i, g in enumerate(required) if event_matches(p, g, text, lang)] for p in predicted]
    strict = [[i for i in lenient[k] if direction_matches(p, required[i])] for k, p in enumerate(predicted)]
    pairs = dict(max_matching(strict))
    free = [[i for i in lenient[k] if i not in pairs.values()] if k not in pairs else [] for k in range(len(predicted))]
    pairs.update(max_matching(free))
    lines = [f"miss  {_gold_line(g)}" for i, g in enumerate(required) if i not in pairs.values()]
    for k, p in enumerate(predicted):
        if k not in pairs:
            label = "dup " if lenient[k] else "fp  "
            if not lenient[k] and any(event_matches(p, g, text, lang) for g in gold["events"] if g.get("optional")):
                continue
            lines.append(f"{label}  {_pred_line(p, text)}")
        elif pairs[k] not in strict[k]:
            lines.append(f"loose {_pred_line(p, text)}  <- {', '.join(strict_differences(p, required[pairs[k]]))}")
    return lines


def strict_differences(pred: Record, gold: Gold) -> list[str]:
    """The strict fields where a lenient match disagrees with its gold event, as `field pred!=gold`."""
    checks = {
        "actor": (sorted(_countries(pred, "actor")), gold["actor"]),
        "recipient": (sorted(_countries(pred, "recipient")), gold["recipient"]),
        "mode": (pred.get("mode"), gold.get("mode")),
        "aux": (pred.get("aux"), gold.get("aux")),
    }
    out = [f"{name} {got}!={want}" for name, (got, want) in checks.items()
           if not _agrees(name, set(got or []) if isinstance(got, list) else got, want)]
    if pred.get("date") not in {gold.get("date"), *(gold.get("date_ok") or [])}:
        out.append(f"date {pred.get('date')}!={gold.get('date')}")
    return out


def _agrees(name: str, got: Any, want: Any) -> bool:
    if name in ("actor", "recipient"):
        return bool(got & set(want)) or not (got or want)
    return got == want


def actor_errors(gold: Gold, records: list[Record]) -> list[str]:
    """(surface, country) pairs in gold but not predicted, and predicted but not in gold."""
    lang = gold["lang"]
    want = {(normalise(s, lang), a["country"]) for a in gold["actors"] for s in a["surface"]}
    got = {(normalise(r.get("text") or "", lang), r.get("country")) for r in records if r.get("kind") == "actor"}
    return ([f"actor miss  {s} {c}" for s, c in sorted(want - got, key=str)]
            + [f"actor fp    {s} {c}" for s, c in sorted(got - want, key=str)])


def _gold_line(g: Gold) -> str:
    return (f"{g['type']}/{g.get('mode')} {g['actor']}->{g['recipient']} aux={g.get('aux')} "
            f"| {(g['evidence'] or [''])[0][:90]}")


def _pred_line(p: Record, text: str) -> str:
    ev = span_text(p["evidence"], text) if isinstance(p.get("evidence"), dict) else str(p.get("evidence") or "")
    return (f"{p.get('event_type')}/{p.get('mode')} {sorted(_countries(p, 'actor'))}->"
            f"{sorted(_countries(p, 'recipient'))} aux={p.get('aux')} [{p.get('coder')}] | {ev[:90]}")
