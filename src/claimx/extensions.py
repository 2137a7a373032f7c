"""Custom attributes claimx sets on spaCy objects, registered once at import.

- ``Doc._.claimx_drafts``: list of draft claims (plain dicts, so Docs stay
  serialisable across processes) appended by the claimx components. Each draft
  has ``type``, ``start``, ``end`` (character offsets of the evidence in
  ``doc.text``), ``rule``, ``confidence`` and the type's own fields
  (see :mod:`claimx.claims`). :mod:`claimx.extract` turns them into claims.
- ``Span._.claimx_party``: normalised party / alliance name of an entity span
  (set by the ``claimx_entities`` component), else None.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

if not Doc.has_extension("claimx_drafts"):
    Doc.set_extension("claimx_drafts", default=None)
if not Span.has_extension("claimx_party"):
    Span.set_extension("claimx_party", default=None)


def add_draft(doc: Doc, draft: dict[str, Any]) -> None:
    """Append one draft claim to ``doc._.claimx_drafts``.

    Required keys: type, start, end, rule, confidence; the rest are the claim
    type's fields (e.g. party, seats, approximate, qualifier, status, body).
    """
    for key in ("type", "start", "end", "rule", "confidence"):
        if key not in draft:
            raise ValueError(f"draft claim is missing {key!r}: {draft!r}")
    found = doc._.claimx_drafts  # (each ``doc._`` makes an Underscore object: read once)
    if found is None:
        found = doc._.claimx_drafts = []
    found.append(draft)


def drafts(doc: Doc) -> list[dict[str, Any]]:
    return list(doc._.claimx_drafts or [])


# Added by the entities/seats engineer (additive):
# - ``Span._.claimx_body``: canonical legislature name of an entity span (set by ``claimx_entities``), else None.
# - ``Doc._.claimx_countries``: country codes the article is about, most mentioned first (set by ``claimx_entities``).
if not Span.has_extension("claimx_body"):
    Span.set_extension("claimx_body", default=None)
if not Doc.has_extension("claimx_countries"):
    Doc.set_extension("claimx_countries", default=None)
# - ``Doc._.claimx_party_abbrs``: {canonical party name: abbreviation} for the abbreviations the article defines
#   ("the Party of Ostrian Renewal (PRO)") that the name alone does not give (not its initials, not in the
#   lexicon); set by ``claimx_entities``, read when drafts become claims (see ``claimx.extract``).
if not Doc.has_extension("claimx_party_abbrs"):
    Doc.set_extension("claimx_party_abbrs", default=None)
