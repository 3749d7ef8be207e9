"""Script normalisation: per-language folding tables, offset maps, data checks and the component."""
from __future__ import annotations

import random
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from khabar import languages
from khabar.clean.script import ZWNJ, fold, fold_letters, normalise, read_chars
from khabar.document import Document
from khabar.errors import DataFileError
from khabar.registry import components

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))

CASES = [
    # Persian: letter variants
    ("fa", "شهريور", "شهریور"),
    ("fa", "بيروت", "بیروت"),
    ("fa", "مصطفى", "مصطفی"),
    ("fa", "كرمانشاه", "کرمانشاه"),
    ("fa", "خانۀ ما", "خانه ما"),
    ("fa", "خانهٔ ما", "خانه ما"),
    ("fa", "منطقة", "منطقه"),
    ("fa", "أحمد و إسلام", "احمد و اسلام"),
    ("fa", "آمریکا", "آمریکا"),
    ("fa", "\u0627\u0653مریکا", "آمریکا"),
    ("fa", "مؤسسه", "موسسه"),
    ("fa", "رئیس", "رئیس"),
    # Persian: digits, marks, tatweel, presentation forms
    ("fa", "سال ۱۴۰۰", "سال 1400"),
    ("fa", "سال ١٤٠٠", "سال 1400"),
    ("fa", "۲٫۵ درصد", "2.5 درصد"),
    ("fa", "۱٬۲۰۰ نفر", "1,200 نفر"),
    ("fa", "مُحَمَّد", "محمد"),
    ("fa", "تهـــران", "تهران"),
    ("fa", "ﻻریجانی", "لاریجانی"),
    # Persian: ZWNJ kept, other invisible characters dropped, safe space joins
    ("fa", "کتاب\u200cها", "کتاب\u200cها"),
    ("fa", "کتاب\u200bها", "کتاب\u200cها"),
    ("fa", "\u200fتهران\u200d\ufeff", "تهران"),
    ("fa", "دانشگاه ها", "دانشگاه\u200cها"),
    ("fa", "تحریم های تازه", "تحریم\u200cهای تازه"),
    ("fa", "مي گويد", "می\u200cگوید"),
    ("fa", "نمی توانند", "نمی\u200cتوانند"),
    ("fa", "بزرگ ترین شهر", "بزرگ\u200cترین شهر"),
    ("fa", "برنامه هسته ای", "برنامه هسته\u200cای"),
    ("fa", "رفته اند", "رفته\u200cاند"),
    ("fa", "که ای کاش", "که ای کاش"),
    ("fa", "۱۵ می ۲۰۲۲", "15 می 2022"),
    ("fa", "دیدار با ترامپ", "دیدار با ترامپ"),
    ("fa", "میگوید", "میگوید"),
    # Arabic
    ("ar", "الأمريكية", "الامريكيه"),
    ("ar", "إيران وآسيا", "ايران واسيا"),
    ("ar", "الولایات", "الولايات"),
    ("ar", "کتاب", "كتاب"),
    ("ar", "مستشفى", "مستشفي"),
    ("ar", "مسؤول", "مسءول"),
    ("ar", "مسئول", "مسءول"),
    ("ar", "عام ٢٠٢٤", "عام 2024"),
    ("ar", "اَلسَّلَامُ", "السلام"),
    ("ar", "ﷲ", "الله"),
    ("ar", "دانشگاه ها", "دانشگاه ها"),
    # English and language-neutral folding
    ("en", "“Biden’s” plan", "\"Biden's\" plan"),
    ("en", "ﬁnal\u00a0offer", "final offer"),
    ("en", "co\u00adoperation", "cooperation"),
    (None, "شهريور ۱۴۰۰", "شهريور 1400"),
    (None, "مُحَمَّد", "محمد"),
    (None, "ﻻ", "لا"),
    (None, "دانشگاه ها", "دانشگاه ها"),
    (None, "a\u200cb", "a\u200cb"),
    ("xx", "كتاب ١٢", "كتاب 12"),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_normalise_cases(lang: str | None, text: str, expected: str) -> None:
    norm, norm_map = normalise(text, lang)
    assert norm == expected
    assert len(norm_map) == len(norm)


def test_expansion_maps_both_letters_to_the_ligature() -> None:
    norm, norm_map = normalise("x ﻻ y", None)
    assert norm == "x لا y"
    assert norm_map == [0, 1, 2, 2, 3, 4]
    doc = Document(doc_id="d", raw="x ﻻ y", text="x ﻻ y", norm=norm, norm_map=norm_map)
    assert doc.norm_to_text(2, 4) == (2, 3)


def test_a_span_keeps_the_marks_dropped_from_its_last_letter() -> None:
    text = "أفرجت عن 50 أسيراً فلسطينياً، وقالت"
    norm, norm_map = normalise(text, "ar")
    doc = Document(doc_id="d", raw=text, text=text, norm=norm, norm_map=norm_map, lang="ar")
    start = norm.index("فلسطينيا")
    text_start, text_end = doc.norm_to_text(start, start + len("فلسطينيا"))
    assert text[text_start:text_end] == "فلسطينياً"


def test_sequence_maps_to_its_first_character() -> None:
    norm, norm_map = normalise("ب\u0627\u0653ب", "fa")
    assert norm == "بآب"
    assert norm_map == [0, 1, 3]


@pytest.mark.parametrize("lang", ["fa", "ar", "en", None])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name[:3])
def test_map_points_at_source_characters(path: Path, lang: str | None) -> None:
    text = path.read_text(encoding="utf-8")
    norm, norm_map = normalise(text, lang)
    assert len(norm_map) == len(norm)
    assert all(a <= b for a, b in zip(norm_map, norm_map[1:]))
    for i, j in enumerate(norm_map):
        joined = norm[i] == ZWNJ and text[j] == " "
        assert joined or norm[i] in fold(text[j], lang) or norm[i] in fold(text[j : j + 2], lang), (i, text[j])
    for k in set(range(len(text))) - set(norm_map):
        assert fold(text[k], lang) == "", (k, text[k])


@pytest.mark.parametrize("lang", ["fa", "ar", None])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name[:3])
def test_word_spans_round_trip(path: Path, lang: str | None) -> None:
    text = path.read_text(encoding="utf-8")
    norm, norm_map = normalise(text, lang)
    doc = Document(doc_id=path.stem, raw=text, text=text, norm=norm, norm_map=norm_map)
    words = [m.span() for m in re.finditer(r"\w+", norm)]
    rng = random.Random(path.name)
    for _ in range(150):
        first = rng.randrange(len(words) - 3)
        start, end = words[first][0], words[first + rng.randrange(3)][1]
        text_start, text_end = doc.norm_to_text(start, end)
        assert fold(text[text_start:text_end], lang) == norm[start:end]


def test_digit_table_lists_every_script() -> None:
    zeros = {c for c in range(sys.maxunicode + 1)
             if c != 0x30 and unicodedata.category(chr(c)) == "Nd" and unicodedata.decimal(chr(c)) == 0}
    listed = {int(z[2:], 16) for z in languages.shared("normalise")["digits"]}
    assert listed == zeros


def test_data_files_have_ids_and_fold_stably() -> None:
    for lang in languages.available():
        data = languages.data(lang, "normalise")
        entries = [*data["chars"], *data["joins"]]
        assert all(entry.get("id") for entry in entries), lang
        assert len({entry["id"] for entry in entries}) == len(entries), lang
        for entry in data["joins"]:
            assert all(fold(fold(w, lang), lang) == fold(w, lang) for w in entry["words"])


def test_bad_entry_names_file_and_entry() -> None:
    with pytest.raises(DataFileError, match=r"fa/normalise.yaml: yeh: bad code point"):
        read_chars([{"id": "yeh", "from": ["U+XYZ"], "to": "ی"}], Path("data/lang/fa/normalise.yaml"))
    with pytest.raises(DataFileError, match=r"chars\[0\]"):
        read_chars([{"from": ["ي"], "to": "ی"}], Path("data/lang/fa/normalise.yaml"))


def test_component_sets_norm_and_map() -> None:
    run = components.get("clean.normalise.v1").factory()
    text = "مذاكرات هسته اي در سال ۱۴۰۱"
    doc = run(Document(doc_id="d", raw=text, text=text, lang="fa"))
    assert doc.norm == "مذاکرات هسته\u200cای در سال 1401"
    start = doc.norm.index("هسته")
    assert doc.norm_to_text(start, start + len("هسته\u200cای")) == (text.index("هسته"), text.index("هسته") + 7)


@pytest.mark.parametrize("lang", ["fa", "ar", "en", None])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name[:3])
def test_fold_equals_normalised_text(path: Path, lang: str | None) -> None:
    """fold skips the map (and, without sequences in the text, the token pattern); the text must not change."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in [*lines, "ب\u0627\u0653ب شهريور", "ﻻ ١٢٣ كتاب"]:
        assert fold(line, lang) == normalise(line, lang)[0]



@pytest.mark.parametrize("lang, text", [
    ("fa", "کتاب ها و نمی خواهد"),  # join rules turn these spaces into ZWNJ
    ("ar", "قالت الوزارة إن"),
    ("fa", "مسا\u0653ل ی\u0654"),  # decomposed sequences fold as the letters they spell (آ, ئ), not letter by letter
])
def test_fold_letters_is_fold_without_the_joins(lang, text):
    assert fold_letters(text, lang) == fold(text, lang).replace(ZWNJ, " ")


def test_fold_letters_reads_decomposed_sequences():
    assert fold_letters("ی\u0654", "fa") == fold("ئ", "fa") == "ئ"
    assert fold_letters("ا\u0653", "fa") == "آ"



@pytest.mark.parametrize("text", ["كتاب يوسف", "ﻛﺘﺎﺏ 𝐀𝐁 ي", "plain ascii", "ي 𝟏𝟐 ك"])
def test_fast_folding_paths_agree_with_the_table(text):
    """Text without astral characters is folded by the BMP class alone, with them by the whole table; either way
    each character becomes its table entry, and normalise agrees with fold."""
    from khabar.clean.script import compile_folding
    table = compile_folding("ar").table
    assert fold_letters(text, "ar") == "".join(table.get(c, c) for c in text)
    assert normalise(text, "ar")[0] == fold(text, "ar")


def test_translation_equals_str_translate():
    from khabar.clean.script import Translation
    table = {"ي": "ی", "ك": "ک", "’": "'", "\u200c": " ", "-": "", "]": "}"}
    rng = random.Random(3)
    pool = [*table, "a", " ", "ی", "ب", "^", "\\\\"]
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert Translation(table)(text) == text.translate(str.maketrans(table))
