"""The pipeline is built from config, checks component order, and runs registered components in order."""
import pytest

from khabar import registry
from khabar.document import Document
from khabar.errors import ConfigError, KhabarError, UnknownName
from khabar.pipeline import StageError, load_pipeline


@registry.component("test.shout.v1", requires=("raw",), assigns=("text",))
def _shout(*, suffix: str = "!"):
    def run(doc: Document) -> Document:
        doc.text = doc.raw.upper() + suffix
        return doc
    return run


@registry.component("test.count.v1", requires=("text",), assigns=("sentences",))
def _count():
    def run(doc: Document) -> Document:
        doc.meta["length"] = len(doc.text)
        return doc
    return run


@registry.component("test.broken.v1")
def _broken():
    def run(doc: Document) -> Document:
        raise ValueError("boom")
    return run


def test_components_run_in_config_order_with_options():
    pipe = load_pipeline({"pipeline": ["test.shout.v1", "test.count.v1"], "options": {"test.shout.v1": {"suffix": "?"}}})
    doc = pipe(Document(doc_id="d", raw="salam"))
    assert doc.text == "SALAM?"
    assert doc.meta["length"] == 6
    assert doc.steps == ["test.shout.v1", "test.count.v1"]
    assert set(pipe.timings) == {"test.shout.v1", "test.count.v1"}


def test_order_is_checked_when_built():
    with pytest.raises(ConfigError, match="requires text"):
        load_pipeline({"pipeline": ["test.count.v1", "test.shout.v1"]})


def test_unknown_component_lists_known_names():
    with pytest.raises(UnknownName) as err:
        load_pipeline({"pipeline": ["test.shuot.v1"]})
    assert "unknown component 'test.shuot.v1'" in str(err.value)
    assert "test.shout.v1" in str(err.value)


def test_registering_a_name_twice_fails():
    with pytest.raises(ConfigError, match="already registered"):
        registry.component("test.shout.v1")(_shout)


def test_until_stops_after_a_component():
    pipe = load_pipeline({"pipeline": ["test.shout.v1", "test.count.v1"]}, until="test.shout.v1")
    assert pipe.names == ["test.shout.v1"]


def test_a_failing_document_does_not_stop_the_others():
    pipe = load_pipeline({"pipeline": ["test.shout.v1", "test.broken.v1"]})
    out = list(pipe.pipe([Document(doc_id="a", raw="x"), KhabarError("earlier problem"), Document(doc_id="b", raw="y")]))
    assert [type(o) for o in out] == [StageError, KhabarError, StageError]
    assert str(out[0]) == "a: test.broken.v1: ValueError: boom"


def test_skipped_documents_stop_early():
    pipe = load_pipeline({"pipeline": ["test.shout.v1"]})
    doc = Document(doc_id="d", raw="x", skipped="empty after cleaning")
    assert pipe(doc).steps == []
