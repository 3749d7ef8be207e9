"""Order-preserving parallel map over a stream with a bounded window, so memory stays flat."""
from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def bounded_map(fn: Callable[[T], R], items: Iterable[T], *, workers: int = 1,
                initializer: Callable[..., Any] | None = None, initargs: tuple = (), window: int = 0) -> Iterator[R]:
    """fn over items in order; with workers > 1 a process pool keeps at most `window` items in flight."""
    if workers <= 1:
        if initializer:
            initializer(*initargs)
        yield from map(fn, items)
        return
    window = window or workers * 8
    with ProcessPoolExecutor(workers, initializer=initializer, initargs=initargs) as pool:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
