"""Build a Document as the pipeline would before events.v1: normalised, sentences, dates, hand-placed actors."""
from __future__ import annotations

import khabar.sentences  # noqa: F401  (registers sentences.v1)
from khabar import registry
from khabar.document import ActorMention, Document

STAGES = ("clean.normalise.v1", "clean.paragraphs.v1", "sentences.v1", "dates.v1")


def make_doc(text: str, lang: str, actors: dict[str, str], published: str = "2024-03-10") -> Document:
    """`actors` maps a surface form to its country; every occurrence becomes an ActorMention."""
    doc = Document(doc_id="t", raw=text, lang=lang, text=text, published=published)
    for name in STAGES:
        doc = registry.components.get(name).factory()(doc)
    for surface in sorted(actors, key=len, reverse=True):
        i = text.find(surface)
        while i >= 0:
            if not any(a.start < i + len(surface) and i < a.end for a in doc.actors):
                doc.actors.append(ActorMention(i, i + len(surface), surface, surface, None, actors[surface], "GOV"))
            i = text.find(surface, i + len(surface))
    doc.actors.sort(key=lambda a: a.start)
    return doc
