"""The Parquet output of `khabar batch`: its documents dataset holds whole processed Documents."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from ..document import Document
from ..errors import InputError
from ..registry import reader


@reader("batch-parquet", extensions=(".parquet",))
def read_batch_parquet(path: Path) -> Iterator[Document | InputError]:
    """Documents from `dataset=documents` files (already processed); other datasets hold nothing to read."""
    if "dataset=documents" not in path.parts:
        return
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path, columns=["document"])
    except Exception as err:  # pyarrow raises several types for a damaged file
        yield InputError(str(path), f"not a readable Parquet file ({type(err).__name__})")
        return
    for n, cell in enumerate(table.column("document").to_pylist(), 1):
        if cell:
            yield Document.from_dict(json.loads(cell))
        else:
            yield InputError(str(path), "documents row without its document", n)
