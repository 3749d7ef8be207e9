"""`khabar bench serve`: requests/s and latency of the REST API on loopback, against a generated store."""
from __future__ import annotations

import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..document import ActorMention, Document, Event, Paragraph, Span
from ..store.sqlite import Store

#: countries the generated events are drawn from, so that a dyad query matches a realistic share of rows
COUNTRIES = ["USA", "CHN", "RUS", "IRN", "IRQ", "SAU", "TUR", "UKR", "ISR", "EGY", "IND", "PAK", "FRA", "DEU", "GBR"]
TYPES = ["CONSULT", "AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "COOPERATE", "ASSAULT", "SUPPORT"]
EVENTS_PER_DOC = 10


@dataclass
class ServeBench:
    """Load-test figures for one path."""

    path: str
    events_in_store: int
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float

    @property
    def requests_per_s(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def fill_store(path: Path, events: int = 100_000, seed: int = 0) -> int:
    """A store of generated documents, each with EVENTS_PER_DOC events between random country pairs."""
    rng = random.Random(seed)
    sentence = "The two governments held talks on trade and security."
    with Store(path) as store:
        for d in range(events // EVENTS_PER_DOC):
            text = "\n".join([sentence] * EVENTS_PER_DOC)
            doc = Document(doc_id=f"gen{d:06d}", raw=f"{d}\n{text}", text=text, lang=rng.choice(["fa", "ar", "en"]),
                           published=f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                           source="<bench>", raw_spans=[(0, len(str(d)) + 1, len(text))])
            doc.paragraphs = [Paragraph(0, len(text), doc.lang)]
            for k in range(EVENTS_PER_DOC):
                span = Span(k * (len(sentence) + 1), k * (len(sentence) + 1) + len(sentence))
                doc.sentences.append(span)
                a, b = rng.sample(COUNTRIES, 2)
                doc.events.append(Event(rng.choice(TYPES), [ActorMention(span.start, span.start + 3, "The", a, None, a, "GOV")],
                                        [ActorMention(span.start + 4, span.start + 7, "two", b, None, b, "GOV")], [span],
                                        date=doc.published, coder="bench:generated", confidence=0.5))
            store.add(doc)
        return store.conn.execute("SELECT count(*) FROM events").fetchone()[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load(url: str, *, requests: int, threads: int) -> tuple[list[float], int, float]:
    """Send `requests` GETs from `threads` keep-alive clients; latencies in ms, error count, wall seconds."""
    import httpx

    latencies: list[float] = []
    errors = [0]
    per_thread = requests // threads
    lock = threading.Lock()

    def worker() -> None:
        mine, bad = [], 0
        with httpx.Client(timeout=10) as client:
            for _ in range(per_thread):
                began = time.perf_counter()
                ok = client.get(url).status_code == 200
                mine.append(1000 * (time.perf_counter() - began))
                bad += not ok
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    began = time.perf_counter()
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return latencies, errors[0], time.perf_counter() - began


def run_serve_bench(db: Path, *, path: str = "/api/events?dyad=USA,CHN", requests: int = 3000, threads: int = 4,
                    warmup: int = 50) -> ServeBench:
    """Start `khabar serve` on 127.0.0.1 in a subprocess, load one path, stop the server."""
    with Store(db) as store:
        events = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "khabar", "serve", "--db", str(db), "--host", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}{path}"
    try:
        _wait_for(port)
        load(url, requests=warmup, threads=1)
        latencies, errors, seconds = load(url, requests=requests, threads=threads)
    finally:
        server.terminate()
        server.wait(10)
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]
    return ServeBench(path, events, len(latencies), errors, seconds, statistics.median(latencies), p99)


def _wait_for(port: int, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"khabar serve did not start on 127.0.0.1:{port}")
