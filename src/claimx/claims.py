"""Claim records: the single source of truth for what claimx emits.

Every line of claimx's JSONL output is one of the models below, discriminated
on ``type``.  ``schemas/claim.schema.json`` is generated from :data:`Record`.
Field names are a public interface (users' scripts and dashboards read them):
add fields freely, never rename or remove one.
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SeatStatus = Literal["result", "projected", "previous", "needed", "other"]
MajorityKind = Literal["majority", "minority", "short_of_majority", "supermajority"]
SpeakerKind = Literal["person", "organization", "unknown"]
EventKind = Literal[
    "congratulate",
    "call",
    "meet",
    "win",
    "lose",
    "concede",
    "resign",
    "accuse",
    "form_government",
    "announce",
]
Modality = Literal["asserted", "planned", "other"]

CLAIM_TYPES: tuple[str, ...] = (
    "seat_count",
    "seat_change",
    "chamber_size",
    "majority_threshold",
    "majority_status",
    "quote",
    "event",
)
SEAT_TYPES: tuple[str, ...] = CLAIM_TYPES[:5]


class CharSpan(BaseModel):
    """Half-open character offsets ``[start, end)`` into the file's text."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ClaimBase(BaseModel):
    """Fields every claim carries: where it is and what found it."""

    model_config = ConfigDict(extra="forbid")

    record: Literal["claim"] = Field("claim", description="'claim' on every claim, 'document' on document records: the two kinds of line in claims.jsonl.")
    id: str = Field(description="Stable id: the same input gives the same id.")
    doc: str = Field(description="Path of the article, relative to the input root.")
    type: str
    text: str = Field(description="The sentence that states the claim.")
    span: CharSpan = Field(description="Character offsets of the evidence in the file's text.")
    evidence: str = Field(description="The words of the text at `span`.")
    line: int = Field(ge=1, description="1-based line of span.start.")
    rule: str = Field(description="The pattern or component that produced the claim.")
    confidence: float = Field(ge=0.0, le=1.0)


class SeatCount(ClaimBase):
    type: Literal["seat_count"] = "seat_count"
    party: str = Field(description="Normalised party (or alliance) name.")
    party_text: str | None = Field(None, description="The party as written in the text.")
    seats: int = Field(ge=0)
    approximate: bool = False
    qualifier: str | None = Field(None, description="The hedge word(s), e.g. 'roughly', 'more than'.")
    upper: int | None = Field(None, description="Upper bound of a range ('230 to 240').")
    status: SeatStatus = "result"
    body: str | None = Field(None, description="Chamber, when the text ties the count to one.")
    rank: int | None = Field(None, ge=1, description="Place the text gives the party ('ended second' = 2), if any.")


class SeatChange(ClaimBase):
    type: Literal["seat_change"] = "seat_change"
    party: str
    party_text: str | None = None
    delta: int
    approximate: bool = False
    qualifier: str | None = None


class ChamberSize(ClaimBase):
    type: Literal["chamber_size"] = "chamber_size"
    body: str | None = Field(None, description="Normalised chamber name, or null when unnamed.")
    seats: int = Field(gt=0)


class MajorityThreshold(ClaimBase):
    type: Literal["majority_threshold"] = "majority_threshold"
    body: str | None = None
    seats: int = Field(gt=0)


class MajorityStatus(ClaimBase):
    type: Literal["majority_status"] = "majority_status"
    party: str | None = Field(None, description="Null when the text names no party ('no party won a majority').")
    party_text: str | None = None
    status: MajorityKind
    short_by: int | None = Field(None, description="'N short of a majority': N.")


class Quote(ClaimBase):
    type: Literal["quote"] = "quote"
    quote: str = Field(description="The quoted words without quotation marks; split parts joined by ' ... '.")
    speaker: str | None = Field(None, description="Fullest name the article gives, or the organisation.")
    speaker_kind: SpeakerKind = "unknown"
    cue: str | None = Field(None, description="The attribution words, e.g. 'Carney said'.")


class Event(ClaimBase):
    type: Literal["event"] = "event"
    kind: EventKind
    actor: str | None = None
    target: str | None = None
    when: str | None = None
    modality: Modality = "asserted"
    trigger: str = Field(description="The word(s) that signal the event.")
    cameo: str | None = Field(None, description="CAMEO event code, where one corresponds.")
    plover: str | None = Field(None, description="PLOVER event type, where one corresponds.")


class DocumentRecord(BaseModel):
    """One per input file, before its claims: what was read and whether it could be."""

    model_config = ConfigDict(extra="forbid")

    record: Literal["document"] = Field("document", description="'document' (claims have record 'claim').")
    type: Literal["document"] = "document"
    doc: str
    status: Literal["ok", "error"]
    reason: str | None = Field(None, description="Why the file could not be processed.")
    chars: int = 0
    words: int = 0
    sha256: str | None = None
    claims: int = 0


Claim = Annotated[
    Union[SeatCount, SeatChange, ChamberSize, MajorityThreshold, MajorityStatus, Quote, Event],
    Field(discriminator="type"),
]
Record = Annotated[
    Union[SeatCount, SeatChange, ChamberSize, MajorityThreshold, MajorityStatus, Quote, Event, DocumentRecord],
    Field(discriminator="type"),
]

CLAIM_ADAPTER: TypeAdapter[Any] = TypeAdapter(Claim)
RECORD_ADAPTER: TypeAdapter[Any] = TypeAdapter(Record)

# Fields that are bookkeeping, not content: left out of the stable id.
_ID_EXCLUDE = {"id", "doc", "text", "evidence", "line", "confidence", "span"}
# what json.dumps(..., ensure_ascii=False, sort_keys=True, default=str) builds at every call, built once
_ID_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def claim_id(doc: str, type_: str, start: int, end: int, fields: dict[str, Any]) -> str:
    """A stable id from the document, the evidence span and the claim's content."""
    content = {k: v for k, v in sorted(fields.items()) if k not in _ID_EXCLUDE}
    key = _ID_ENCODER.encode([doc, type_, start, end, content])
    return "cx-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def parse_record(data: dict[str, Any]) -> Any:
    """Validate one JSON object as a claim or document record."""
    return RECORD_ADAPTER.validate_python(data)
