"""roles.tag_of reads every function word in one search: the same tag as one search per tag, leftmost first."""
import re
from pathlib import Path

import pytest

from khabar.bench.pipeline import example_sentences
from khabar.clean.script import normalise
from khabar.events.roles import LOOKBACK, markers

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))


def _one_search_per_tag(mk, before: str) -> str | None:
    found = [(m.start(), tag) for tag, regex in mk.before.items() if (m := regex.search(before))]
    return min(found)[1] if found else None


@pytest.mark.parametrize("lang", ["ar", "en", "fa"])
def test_one_search_finds_the_tag_of_one_search_per_tag(lang):
    text = " ".join(example_sentences(lang)) + " ".join(p.read_text(encoding="utf-8") for p in EXAMPLES)
    norm, mk = normalise(text, lang)[0], markers(lang)
    tags = []
    for word in re.finditer(r"\w+", norm):
        before = norm[max(0, word.start() - LOOKBACK):word.start()]
        found = mk.tags.search(before)
        tags.append(found.lastgroup if found else None)
        assert tags[-1] == _one_search_per_tag(mk, before), before
    assert len(set(tags)) >= 3
