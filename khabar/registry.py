"""Registries by name: readers, components, calendars, exporters. Built-ins register like plugins."""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, Callable, Generic, Iterator, TypeVar

from .errors import ConfigError, UnknownName

T = TypeVar("T")

#: modules and packages (every module inside) that register built-ins when imported
BUILTIN_PACKAGES = ("khabar.readers", "khabar.clean", "khabar.sentences", "khabar.mentions", "khabar.events",
                    "khabar.exports")


class Registry(Generic[T]):
    """A name -> object table that fails with the list of known names."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def add(self, name: str, item: T) -> T:
        if name in self._items:
            raise ConfigError(f"{self.kind} {name!r} is already registered")
        self._items[name] = item
        return item

    def get(self, name: str) -> T:
        load_builtins()
        try:
            return self._items[name]
        except KeyError:
            raise UnknownName(self.kind, name, list(self._items)) from None

    def names(self) -> list[str]:
        load_builtins()
        return sorted(self._items)

    def items(self) -> Iterator[tuple[str, T]]:
        load_builtins()
        return iter(sorted(self._items.items()))

    def __contains__(self, name: str) -> bool:
        load_builtins()
        return name in self._items


@dataclass(frozen=True)
class Component:
    """A pipeline stage: a callable Document -> Document with what it needs and what it sets."""

    name: str
    factory: Callable[..., Callable[[Any], Any]]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""


@dataclass(frozen=True)
class Reader:
    """An input format: the file endings it claims and a function path -> documents or errors."""

    name: str
    extensions: tuple[str, ...]
    read: Callable[..., Iterator[Any]]
    doc: str = ""


readers: Registry[Reader] = Registry("reader")
components: Registry[Component] = Registry("component")
calendars: Registry[Any] = Registry("calendar")
exporters: Registry[Any] = Registry("exporter")


def component(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()):
    """Register a component factory under a versioned name (`clean.boilerplate.v1`)."""

    def register(factory: Callable[..., Callable[[Any], Any]]):
        components.add(name, Component(name, factory, requires, assigns, (factory.__doc__ or "").strip()))
        return factory

    return register


def reader(name: str, *, extensions: tuple[str, ...]):
    """Register a reader for files with the given endings (`.jsonl`, `.warc.gz`)."""

    def register(fn: Callable[..., Iterator[Any]]):
        readers.add(name, Reader(name, extensions, fn, (fn.__doc__ or "").strip()))
        return fn

    return register


@dataclass
class _Loaded:
    done: bool = False
    modules: list[str] = field(default_factory=list)


_loaded = _Loaded()


def load_builtins() -> None:
    """Import every built-in module once (they register themselves), then `khabar.plugins` entry points."""
    if _loaded.done:
        return
    _loaded.done = True
    for package_name in BUILTIN_PACKAGES:
        try:
            package = importlib.import_module(package_name)
        except ModuleNotFoundError:
            continue
        _loaded.modules.append(package_name)
        for info in pkgutil.walk_packages(getattr(package, "__path__", []), package_name + "."):
            importlib.import_module(info.name)
            _loaded.modules.append(info.name)
    for ep in entry_points(group="khabar.plugins"):
        ep.load()
        _loaded.modules.append(ep.value)
