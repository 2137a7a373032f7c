"""Stage: time. The words of the trigger's clause and the nearest time expression (when.jsonl)."""

from __future__ import annotations

from spacy.tokens import Span
from spacy.util import filter_spans

from .data import _MONTHS


class TimeMixin:
    """Methods of _DocContext: clause words and time expressions (see the module docstring)."""

    def left_clause_words(self, span: Span, seg: Span) -> list[str]:
        """The lower-case words of the clause before the trigger (at most 8, in the segment, up to a clause break)."""
        out = []
        i = span.start - 1
        breaks = self.lex["clause_breaks"]
        lower = self.lower
        while i >= max(seg.start, span.start - 8):
            if lower[i] in breaks:
                # "called on" / "call for" just before a break still counts; stop here
                break
            if not (lower[i] in _MONTHS and self.month_is_surname(self.doc[i])):  # "May announced": no modal
                out.append(lower[i])
            i -= 1
        return out[::-1]

    # -- when -------------------------------------------------------------
    def when(self, span: Span, seg: Span) -> str | None:
        if self._when is None:
            found = self.comp.when_matcher(self.doc)
            spans = filter_spans([self.doc[s:e] for _, s, e in found])
            self._when = sorted(spans, key=lambda s: s.start)
        best = None
        best_d = None
        for w in self._when:
            if w.start < seg.start or w.end > seg.end:
                continue
            if w.start >= span.end:
                d = w.start - span.end
            else:
                d = (span.start - w.end) + 3  # prefer expressions after the trigger
            if d > 12:
                continue
            if best_d is None or d < best_d:
                best, best_d = w, d
        if best is None:
            return None
        toks = [t for t in best if t.lower_ not in ("on", "since")]
        return self.doc[toks[0].i: toks[-1].i + 1].text if toks else None
