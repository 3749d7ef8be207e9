"""Place mentions (doc.places) attached to the triggers they locate, and the host they make."""
from __future__ import annotations

from typing import Any

from ..document import ActorMention, Document, PlaceMention, Span
from .patterns import norm_index, norm_text
from .roles import Roles, clauses, markers, tag_of
from .triggers import Trigger

#: function words that make a place the scene or destination of an event (در/به, في/إلى, in/at/to)
LOCATIVES = ("at", "to")
#: how many words may separate a place from the trigger it locates
PLACE_WORDS = 12
#: PLOVER codes of international organisations: their meetings are multilateral, not visits to the venue
INTERNATIONAL = frozenset({"IGO", "UNO", "EUR"})
#: the record keys copied from a place mention into `event.location`
LOCATION_KEYS = ("text", "name", "country", "geonameid")


def place_owners(doc: Document, triggers: list[Trigger]) -> dict[int, PlaceMention]:
    """Trigger index -> the place a locative attaches to it: the nearest trigger in the place's clause owns it, else
    the nearest in its sentence, so in 'talks on the war in Ukraine' the place locates the war, not the talks (a
    topic, not a venue), and in 'X said at talks with Y in Berlin that Z must ...' the talks, not what was said."""
    owned: dict[int, PlaceMention] = {}
    text = doc.text or ""
    for place in doc.places:
        span = Span(place.start, place.end)
        sent = doc.sentence_of(span.start) or Span(0, len(text))
        if tag_of(doc, span) not in LOCATIVES and not _visited(doc, triggers, span):
            continue
        clause = next((c for c in clauses(doc, sent) if c.start <= span.start < c.end), sent)
        near = [(not clause.start <= t.start < clause.end, _gap(text, span, t), i) for i, t in enumerate(triggers)
                if sent.start <= t.start < sent.end and not _topic_between(doc, t, span)]
        near = [item for item in near if item[1] <= PLACE_WORDS]
        if near:
            owned.setdefault(min(near)[2], place)
    return owned


def _visited(doc: Document, triggers: list[Trigger], span: Span) -> bool:
    """Whether the place is the bare object of a visit trigger right before it ("to visit Cairo")."""
    text = doc.text or ""
    return any(t.entry.frame == "visit" and t.end <= span.start and not text[t.end:span.start].strip() for t in triggers)


def _topic_between(doc: Document, trigger: Trigger, span: Span) -> bool:
    """Whether a topic word (`about`, `درباره`) stands between a trigger and a later place: talks about the war in X."""
    regex = markers(doc.lang or "").topic
    if regex is None or span.start < trigger.end:
        return False
    return regex.search(norm_text(doc), norm_index(doc, trigger.end), norm_index(doc, span.start)) is not None


def _gap(text: str, span: Span, trigger: Trigger) -> int:
    a, b = (trigger.end, span.start) if trigger.end <= span.start else (span.end, trigger.start)
    return len(text[a:max(a, b)].split())


def location(place: PlaceMention | None) -> dict[str, Any] | None:
    """The event's location record from its attached place."""
    return {k: getattr(place, k) for k in LOCATION_KEYS} if place else None


def host_mention(place: PlaceMention) -> ActorMention:
    """The host state a place stands for (`به تهران سفر کرد`: Iran hosts)."""
    return ActorMention(place.start, place.end, place.text, place.name, None, place.country, None, "events.v1:place")


def host_roles(roles: Roles, mode: str | None, place: PlaceMention | None) -> tuple[Roles, str | None]:
    """PLOVER §4.6: with a known host among the parties, the visitor is actor and the host recipient; a
    venue in a third country makes the meeting `third-party`, an organisation meeting there `multilateral`; remote
    and multilateral meetings keep their mode."""
    if mode in ("phone", "multilateral"):
        return roles, mode
    hosts = {m.country for m in roles.host} | ({place.country} if place and place.country else set())
    if not hosts:
        return roles, mode
    parties = roles.actor + roles.recipient
    visitors = [m for m in parties if m.country not in hosts]
    hosting = [m for m in parties if m.country in hosts]
    if visitors and hosting:
        return Roles(visitors, hosting, roles.host), "visit"
    if hosting or not visitors:
        return roles, mode
    venue = min(([place.start] if place else []) + [m.start for m in roles.host], default=0)
    if mode is None and all(m.country in INTERNATIONAL and m.end <= venue for m in visitors):
        return roles, "multilateral"  # an organisation meeting at a venue named after it (EU ministers met in X)
    if len({m.country for m in visitors}) == 1 and place is not None:
        return Roles(visitors, [host_mention(place)], roles.host), "visit"
    return roles, "third-party"
