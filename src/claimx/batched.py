"""Components that take each batch whole: ``pipe`` runs one component over a batch of Docs before the next
component sees any of them.

A spaCy component with only ``__call__`` is chained doc by doc: the first Doc of a batch passes through every
rule component, then the second... Each component's code and data (patterns, word lists, caches) is then
reloaded into the CPU caches once per Doc. With ``pipe`` each one runs over the whole batch in turn: the
same Docs, the same calls in the same order per component, so the same annotations (``tests/test_batched.py``);
measured ~8% less time in claimx's rule components on the benchmark corpus (benchmarks/README.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc
from spacy.util import minibatch


class BatchedPipe:
    """Mixin for a component with ``__call__(doc) -> doc``."""

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            yield from [self(doc) for doc in batch]  # type: ignore[operator]
