"""claimx_events: events (congratulate, call, meet, win, lose, concede, resign, accuse,
form_government, announce) with actor, target, time expression and modality.

How it works (all word lists and patterns are data in ``claimx/data/events/``):

1. A token :class:`~spacy.matcher.Matcher` scans for the trigger patterns of
   ``triggers.jsonl`` (verbs and nominalisations, one id per entry) and for the
   time expressions of ``when.jsonl``.
2. Per match, the roles are read from the dependency parse when the Doc has one
   (subject -> actor, object / "with" / "to" -> target, passive agent, possessor of a
   nominal trigger, subject of the governing verb for "held a phone conversation",
   "received congratulations from X" -> actor X), else (or when the parse gives
   nothing) from the nearest name to the left / right in the same sentence.
   Both UD (``obj``, ``obl`` + ``case``, ``nsubj:pass``) and ClearNLP (``dobj``,
   ``prep``/``pobj``, ``nsubjpass``) label sets are understood.
3. Mentions are resolved to the fullest name the article gives with
   :class:`claimx.mentions.MentionResolver` when that module is available (a tiny
   fallback otherwise); party names go through ``claimx.parties.canonical_party``.
4. Modality: cue words before the trigger in its clause ("will", "agreed to",
   "plans", "set to") or after a nominal trigger ("is being arranged") make it
   ``planned``; modals of possibility, conditionals, projections and appeals
   ("called for", "urged", "projected to win") make it ``other``. A negated event
   ("will not meet", "No party won", "refused to concede", lexicon
   ``negation_before``) did not happen and is dropped, not emitted.
   Roles are further repaired by word order: a verb after "and" / "but" with no
   subject of its own shares the first clause's subject; "X called Y to
   congratulate her" -> X congratulates Y; a call / meeting noun that is an adjunct
   ("congratulated Y in a phone call") takes the participants of the clause's
   event; "Country's finance minister" and "the council" resolve to the person /
   organisation the article names with them; "Y, the Liberal who defeated Z" -> Y.
5. Codes come from ``kinds.json`` (CAMEO code and PLOVER type per kind).
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IS_STOP, POS, SENT_START
from spacy.language import Language
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..anchors import AnchoredMatcher
from ..batched import BatchedPipe
from ..doctext import token_words
from ..extensions import add_draft
from ..mentions import _HYPHEN_NAMES, _HYPHENS, MentionResolver

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"

# dependency labels, UD and ClearNLP alike
SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass"}
OBJ = {"dobj", "obj", "iobj"}
POSS = {"poss", "nmod:poss"}
PREP_ARGS = {"obl", "nmod", "obl:agent", "obl:tmod", "obl:npmod", "nmod:npmod"}
CLIMB_NOUN = {"dobj", "obj", "pobj", "prep", "obl", "nmod", "compound", "attr", "appos", "nsubj:pass", "nsubjpass", "iobj", "conj"}
NOUN_TO_VERB = {"dobj", "obj", "compound", "appos", "attr", "conj"}
CLIMB_VERB = {"xcomp", "advcl", "conj", "ccomp", "acl", "relcl", "acl:relcl", "advcl:relcl", "pcomp"}
RELCL = {"relcl", "acl:relcl", "acl"}
MENTION_LABELS = {"PERSON", "PER", "ORG", "NORP", "GPE", "LOC", "FAC"}
NAME_JOIN = {"compound", "flat", "flat:name", "amod", "det", "nmod:poss", "poss", "case", "nn"}
WH = {"who", "which", "that", "whom"}
SYMMETRIC = {"call", "meet"}
_FINAL_PUNCT = frozenset((".", "!", "?"))
_PROPN = int(PROPN)  # a plain int: numpy compares an enum member slowly


# --------------------------------------------------------------------------- data


@dataclass
class Trigger:
    id: str
    kind: str
    roles: str
    head: int
    patterns: list
    require: str | None = None
    objects: str | None = None
    numeric_objects: bool = True
    next_deny: list = field(default_factory=list)
    prev_deny: list = field(default_factory=list)
    after_object_deny: list = field(default_factory=list)
    suppresses: list = field(default_factory=list)
    passive_kind: str | None = None
    cameo: str | None = None
    object_deny: str | None = None


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as err:  # pragma: no cover - data error
                raise ValueError(f"{path}:{n}: {err}") from None
    return out


def load_data(data_dir: Path = DATA_DIR) -> dict[str, Any]:
    """Read kinds.json, triggers.jsonl, when.jsonl and lexicon.json."""
    triggers = [Trigger(**t) for t in _read_jsonl(data_dir / "triggers.jsonl")]
    kinds = {k: v for k, v in json.loads((data_dir / "kinds.json").read_text("utf-8")).items() if not k.startswith("_")}
    for t in triggers:
        if t.kind not in kinds:
            raise ValueError(f"trigger {t.id}: unknown kind {t.kind!r}")
    lex = {k: v for k, v in json.loads((data_dir / "lexicon.json").read_text("utf-8")).items() if not k.startswith("_")}
    return {"triggers": triggers, "kinds": kinds, "when": _read_jsonl(data_dir / "when.jsonl"), "lexicon": lex}


# --------------------------------------------------------------------------- mentions


_PARTY_CACHE: dict[str, str | None] = {}


def _canonical_party(name: str) -> str | None:
    """claimx.parties.canonical_party (a function of the name and the static party lexicon), memoised."""
    if name in _PARTY_CACHE:
        return _PARTY_CACHE[name]
    try:
        from ..parties import canonical_party  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - module not there yet
        return None
    try:
        out = canonical_party(name)
    except Exception:  # noqa: BLE001
        out = None
    if len(_PARTY_CACHE) >= 20000:
        _PARTY_CACHE.clear()
    _PARTY_CACHE[name] = out
    return out


# --------------------------------------------------------------------------- component


class EventsComponent(BatchedPipe):
    """Finds event drafts; see the module docstring."""

    def __init__(self, nlp: Language, name: str, emit_other: bool = True, use_parser: bool = True,
                 prefer: str = "linear", data_dir: str | None = None):
        self.name = name
        self.prefer = prefer
        self.emit_other = emit_other
        self.use_parser = use_parser
        self.vocab = nlp.vocab
        self.data_dir = Path(data_dir) if data_dir else DATA_DIR
        self._setup(load_data(self.data_dir))

    # -- data -------------------------------------------------------------
    def _setup(self, data: dict[str, Any]) -> None:
        self.data = data
        self.triggers: dict[str, Trigger] = {t.id: t for t in data["triggers"]}
        self.kinds = data["kinds"]
        lex = data["lexicon"]
        self.lex = {k: set(v) if isinstance(v, list) and v and isinstance(v[0], str) else v for k, v in lex.items()}
        self.other_bigrams = {tuple(b) for b in lex.get("other_bigrams", [])}
        # the Matcher runs only around the words that can anchor a trigger / time expression
        self.matcher = AnchoredMatcher(self.vocab)
        for t in data["triggers"]:
            self.matcher.add(t.id, t.patterns)
        not_names = self.lex["title_nouns"] | _MONTHS | self.lex["time_heads"]  # never a known name (known_names)
        self._not_names = frozenset(not_names)
        self.when_matcher = AnchoredMatcher(self.vocab)
        for w in data["when"]:
            self.when_matcher.add(w["id"], w["patterns"])

    def to_disk(self, path, *, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "triggers.jsonl").write_text(
            "".join(json.dumps(t.__dict__, ensure_ascii=False) + "\n" for t in self.data["triggers"]), "utf-8")
        (path / "when.jsonl").write_text(
            "".join(json.dumps(w, ensure_ascii=False) + "\n" for w in self.data["when"]), "utf-8")
        (path / "kinds.json").write_text(json.dumps(self.kinds, ensure_ascii=False, indent=1), "utf-8")
        (path / "lexicon.json").write_text(json.dumps(self.data["lexicon"], ensure_ascii=False, indent=1), "utf-8")

    def from_disk(self, path, *, exclude=tuple()):
        path = Path(path)
        if (path / "triggers.jsonl").is_file():
            self._setup(load_data(path))
        return self

    # -- main -------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc)
        if not matches:
            return doc
        ctx = _DocContext(doc, self)
        spans = []
        for match_id, start, end in matches:
            trig = self.triggers[self.vocab.strings[match_id]]
            spans.append((trig, doc[start:end]))
        spans = self._dedupe(spans)
        for _trig, span in spans:
            ctx._trigger_tokens.update(range(span.start, span.end))
        found: list[dict[str, Any]] = []
        ctx.found = found
        for trig, span in spans:
            ev = self._event(ctx, trig, span)
            if ev is not None:
                found.append(ev)
                also = ev.pop("_also", None)
                if also and also != ev["actor"]:
                    # "X and Y agreed to form a government": both act
                    found.append({**ev, "actor": also, "rule": ev["rule"] + "+conjunct"})
        self._borrow_participants(ctx, found)
        seen = set()
        for ev in found:
            if not ev["actor"]:
                continue
            key = (ev["kind"], ev["actor"], ev["target"], ev["_sent"])
            if key in seen:
                continue
            seen.add(key)
            ev.pop("_head", None)
            ev.pop("_sent", None)
            add_draft(doc, ev)
        return doc

    def _dedupe(self, spans: list[tuple[Trigger, Span]]) -> list[tuple[Trigger, Span]]:
        by_kind: dict[str, list] = {}
        for trig, span in spans:
            by_kind.setdefault(trig.kind, []).append((trig, span))
        kept: list[tuple[Trigger, Span]] = []
        for kind, items in by_kind.items():
            # longest non-overlapping spans per kind
            chosen = filter_spans([s for _, s in items])
            ids = {(s.start, s.end) for s in chosen}
            for trig, span in sorted(items, key=lambda x: (x[1].start, -(x[1].end - x[1].start))):
                if (span.start, span.end) in ids:
                    kept.append((trig, span))
        out = []
        for trig, span in kept:
            suppressed = any(
                trig.kind in other.suppresses and other is not trig and span.start < s2.end and s2.start < span.end
                for other, s2 in kept
            )
            if not suppressed:
                out.append((trig, span))
        return sorted(out, key=lambda x: x[1].start)

    # -- one event --------------------------------------------------------
    def _event(self, ctx: "_DocContext", trig: Trigger, span: Span) -> dict[str, Any] | None:
        doc = ctx.doc
        head = span[trig.head] if -len(span) <= trig.head < len(span) else span[0]
        seg = ctx.segment(head)
        prev = doc[span.start - 1] if span.start > seg.start else None
        nxt = doc[span.end] if span.end < seg.end else None
        if prev is not None and prev.lower_ in trig.prev_deny:
            return None
        if nxt is not None and nxt.lower_ in trig.next_deny:
            return None
        if trig.prev_deny and any(ctx.lower[i] in trig.prev_deny for i in range(max(seg.start, span.start - 3), span.start)) and trig.roles == "noun":
            return None
        if ctx.tagged and trig.roles != "noun" and len(span) == 1 and head.lower_ in _NOUN_TOO \
                and head.pos_ == "NOUN" and prev is not None \
                and (prev.pos_ in ("NOUN", "PROPN", "DET", "ADJ") or prev.lower_ in ("'s", "’s")):
            return None  # "an election win", "Labour's win": the nominal trigger handles it
        kind = trig.kind
        decisions: list[str] = []  # named in the claim's rule after the trigger id
        ctx.notes = decisions  # (the role finders add theirs)
        actor, target, passive = self._roles(ctx, trig, span, head, seg)
        borrowed = None
        if trig.roles == "noun" and kind in SYMMETRIC and ctx.is_adjunct(span, seg):
            # "congratulated Y in a phone call", "spoke with Y during talks": the clause's participants
            borrowed = ctx.borrow(seg, span.start)
            if borrowed is not None:
                actor = target = None
                decisions.append("borrowed")
        if passive and trig.passive_kind:
            # "X was defeated (by Y)": X lost
            kind, actor, target = trig.passive_kind, target, actor
            decisions.append("passive")
        # pair "X and Y held talks" -> actor X, target Y (symmetric kinds)
        separate = any(ctx.lower[i] in self.lex.get("no_pair_words", ()) for i in range(max(seg.start, span.start - 3), min(seg.end, span.end + 1)))
        if target is None and actor is not None and kind in SYMMETRIC and not separate:
            # ("X and Y will hold separate meetings": not with each other)
            pair = ctx.conjunct(actor)
            if pair is not None and pair[0] is not None and pair[1] is not None:
                actor, target = pair
                decisions.append("pair")
        if borrowed is None and trig.require == "actor" and actor is None:
            return None
        if trig.require == "target" and target is None and kind == trig.kind:
            return None
        if trig.require == "person_target" and (target is None or not ctx.personish(target)):
            return None
        if trig.require == "named_person_target" and (target is None or not ctx.person_named(target)):
            return None  # "hosted Ana Soto" is a meeting; "hosted the summit", "host Kenya Kwanza" are not
        if borrowed is None and trig.require == "target_or_pair" and target is None and actor is not None:
            return None
        if trig.object_deny:
            obj = ctx.object_words(head, span, seg)
            if obj is not None and obj[0] & self.lex.get(trig.object_deny, set()):
                return None  # "meet the threshold", "meet their demands"
        if trig.objects or not trig.numeric_objects:
            if not self._object_ok(ctx, trig, span, head, seg):
                return None
        if trig.after_object_deny and target is not None and target.end < seg.end:
            after = doc[target.end]
            if after.lower_ in trig.after_object_deny:
                return None
        actor = ctx.antecedent(actor)
        target = ctx.antecedent(target)
        if actor is not None and len(actor) == 1 and actor[0].lower_ in _POSS_PRON:
            # "Carney visited X for his first talks with Y": a possessive pronoun names the clause's subject
            subj = ctx.clause_subject(head)
            decisions.append("poss-subject" if subj is not None else "poss-pronoun")
            actor = subj or actor
        if kind in self.lex.get("place_actor_kinds_deny", ()) and ctx.is_place(actor):
            return None  # "Estmark resigned": a country does not win, resign or concede
        actor_name = ctx.name(actor)
        target_name = ctx.name(target)
        if borrowed is not None:
            actor_name, target_name = borrowed
        # names: a group adjective ('the American', 'Victorian') is nobody; an institution ('House of Commons',
        # 'Westminster MPs') neither wins, loses, resigns nor concedes
        if ctx.is_demonym(actor) or ctx.is_adjective(actor):
            actor_name = None
        if ctx.is_demonym(target) or ctx.is_adjective(target):
            target_name = None
        if kind in _PERSON_OR_PARTY_KINDS and self.is_institution(actor_name):
            return None
        if trig.roles == "elect":
            why = self._elect_ok(ctx, span, seg, actor_name)
            if why is None:
                return None  # "X was elected (to parliament)", "24 senators were elected": no election won
            decisions.append(why)
        if actor_name is None and (kind not in SYMMETRIC or actor is not None or target is not None):
            return None
        if actor_name and target is not None and len(target) == 1 and target[0].lower_ in ("him", "her", "them") \
                and (target_name is None or target_name == actor_name):
            # "X congratulated her": an object pronoun is someone other than the subject (not "herself")
            target_name = ctx.other_person(span, seg, actor_name)
        if actor_name and target_name and actor_name == target_name:
            target_name = None
        also = None
        if kind not in SYMMETRIC and kind not in ("congratulate", "accuse") and actor is not None and actor_name:
            pair = ctx.conjunct(actor)
            if pair is not None and pair[0] is not None and pair[1] is not None and pair[1].start == actor.start \
                    and pair[0].end < actor.start and not ctx.is_place(pair[0]):
                also = ctx.name(pair[0])
        modality = self._modality(ctx, trig, span, head, seg)
        if modality == "planned" and kind in self.lex.get("prediction_kinds", ()):
            modality = "other"  # "X will win": a prediction
            decisions.append("prediction")
        if modality == "negated":
            return None  # "did not resign", "No party won", "refused to concede": no event happened
        if modality == "other" and not self.emit_other:
            return None
        codes = dict(self.kinds.get(kind) or {})
        if modality == "planned" and isinstance(codes.get("planned"), dict):
            codes.update(codes["planned"])
        cameo = trig.cameo or codes.get("cameo")
        when = ctx.when(span, seg)
        start_tok = span.start
        end_tok = span.end
        for m in (actor, target):
            if m is not None and ctx.same_sentence(m, span) and abs(m.start - span.start) <= 10:
                start_tok = min(start_tok, m.start)
                end_tok = max(end_tok, m.end)
        ev: dict[str, Any] = {
            "type": "event",
            "start": doc[start_tok].idx,
            "end": doc[end_tok - 1].idx + len(doc[end_tok - 1]),
            "rule": f"events/{trig.id}" + "".join("+" + d for d in decisions),
            "confidence": self._confidence(ctx, actor, target, modality),
            "kind": kind,
            "actor": actor_name,
            "target": target_name,
            "when": when,
            "modality": modality,
            "trigger": span.text,
            "cameo": cameo,
            "plover": codes.get("plover"),
            "_head": head.i,
            "_sent": seg.start,
            "_also": also,
        }
        return ev

    def is_institution(self, name: str | None) -> bool:
        """A legislature, court or palace ('House of Commons', 'Westminster MPs'), unless a party's name."""
        if not name:
            return False
        words = {w.lower().strip(".,()") for w in name.split()}
        if not words & self.lex["institution_words"]:
            return False
        return not _is_party(name)

    def _elect_ok(self, ctx, span: Span, seg: Span, actor_name: str | None) -> str | None:
        """Whether '<actor> was elected ...' / 'voters elected <actor> ...' states an election won, and why:
        're-elected' (+re-elected), an office named after the verb ('elected president', +office), a party
        elected to government / with a majority (+party-government); else None (a person merely elected to a
        seat or a body, plural members elected)."""
        low = ctx.lower
        if "re" in low[span.start: span.end] or any(w.startswith("re") for w in low[span.start: span.end]):
            return "re-elected"
        after = [w for w in low[span.end: min(seg.end, span.end + 5)]]
        stop = next((k for k, w in enumerate(after) if w in (",", ".", ";", "in", "on", "at", "by")), len(after))
        after = after[:stop]
        if set(after) & self.lex["elect_offices"]:
            return "office"
        if actor_name and _is_party(actor_name) and set(after) & self.lex["elect_party_complements"]:
            return "party-government"
        return None

    def _confidence(self, ctx, actor, target, modality) -> float:
        c = 0.6 + (0.2 if actor is not None else 0.0) + (0.1 if ctx.parsed else 0.0)
        if modality == "other":
            c -= 0.2
        return round(min(c, 0.95), 2)

    # -- roles ------------------------------------------------------------
    def _roles(self, ctx, trig, span, head, seg):
        """(actor, target, passive): the parse first when ``prefer == 'parser'``, else word order first; the
        other fills what the first left open (its mentions are found only for the roles still open)."""
        use_dep = ctx.parsed and self.use_parser
        if not use_dep:
            return ctx.linear_roles(trig, span, head, seg)
        if self.prefer == "parser":
            dep = ctx.dep_roles(trig, head)
            lin = ctx.linear_roles(trig, span, head, seg)
            return (dep[0] if dep[0] is not None else lin[0]), (dep[1] if dep[1] is not None else lin[1]), dep[2]
        actor, target, passive = ctx.linear_roles(trig, span, head, seg)
        if actor is None or target is None:
            actor_t, target_t, _ = ctx.dep_role_tokens(trig, head)
            if actor is None:
                actor = ctx.dep_actor(trig, actor_t)
            if target is None:
                target = ctx.dep_target(trig, target_t)
        return actor, target, passive

    def _object_ok(self, ctx, trig, span, head, seg) -> bool:
        allowed = self.lex.get(trig.objects or "", set())
        obj = ctx.object_words(head, span, seg)
        if obj is None:
            return True  # intransitive: "the Liberals won", "Dutton conceded"
        words, numeric = obj
        if words & self.lex.get("negative_objects", set()):
            return False  # "will win no seats", "won none of the ridings"
        if numeric and not trig.numeric_objects and words & self.lex["seat_nouns"]:
            return False  # "won 20 seats", "lost 12 seats": seat claims, not events
        if not allowed:
            return True
        return bool(words & allowed)

    # -- modality ---------------------------------------------------------
    def _modality(self, ctx, trig, span, head, seg) -> str:
        doc = ctx.doc
        lex = self.lex
        words = ctx.left_clause_words(span, seg)
        neg = lex.get("negation_before", set())
        keep = lex.get("not_negation_after", set())
        for k, w in enumerate(words):
            if w in neg and not (k + 1 < len(words) and words[k + 1] in keep):  # "not only won" is no negation
                return "negated"
        for a, b in zip(words, words[1:]):
            if (a, b) in self.other_bigrams:
                return "other"
        if any(w in lex["other_before"] for w in words):
            return "other"
        if any(w in lex["planned_before"] for w in words):
            return "planned"
        if trig.roles == "noun" or head.pos_ in ("NOUN", "PROPN"):
            # "a meeting is being arranged", "talks were scheduled"
            for t in doc[span.end: min(seg.end, span.end + 5)]:
                if t.is_punct:
                    break
                if t.lower_ in lex["planned_after"]:
                    return "planned"
        if ctx.parsed:
            for anc in islice(head.ancestors, 4):
                if anc.lower_ in lex["planned_after"] and anc.i > head.i:
                    return "planned"
        return "asserted"

    def _borrow_participants(self, ctx, found: list[dict[str, Any]]) -> None:
        """A meeting or call named without participants ('a meeting is being arranged') takes those of
        the interaction (call / meet / congratulate) stated in the same or the previous sentence."""
        for i, ev in enumerate(found):
            if ev["kind"] not in SYMMETRIC or ev["actor"]:
                continue
            seg = ctx.segment(ctx.doc[ev["_head"]])
            prev_seg = ctx.segment(ctx.doc[seg.start - 1]) if seg.start > 0 else seg
            for prev in reversed(found[:i]):
                if prev["kind"] in ("call", "meet", "congratulate") and prev["actor"] and prev["target"] \
                        and prev["_sent"] >= prev_seg.start:
                    ev["actor"], ev["target"] = prev["actor"], prev["target"]
                    ev["confidence"] = round(ev["confidence"] - 0.1, 2)
                    break

class _DocContext:
    """Per-Doc helpers: segments, mentions, dependency roles, name resolution, time expressions."""

    def __init__(self, doc: Doc, comp: EventsComponent):
        self.doc = doc
        self.comp = comp
        self.lex = comp.lex
        self.parsed = doc.has_annotation("DEP")
        self.tagged = doc.has_annotation("POS") or doc.has_annotation("TAG")
        self._resolver = None
        self._cache: dict[tuple[int, int], str | None] = {}
        self._when = None
        self._ent_of: dict[int, Span] = {}
        self._ents = doc.ents
        for e in self._ents:
            for i in range(e.start, e.end):
                self._ent_of[i] = e
        self._trigger_tokens: set[int] = set()
        # Token.text / Token.lower_ of every token, read once per Doc: the rules look at words around each
        # trigger many times, and doc[i] makes a Token object each time
        self.texts, self.lower = token_words(doc)
        self._seg_starts: list[int] | None = None
        self._seg_spans: dict[int, Span] = {}
        self._sent_starts: list[int] | None = None
        self._sents_hooked: bool | None = None  # same_sentence must ask Span.sent (found on first use)
        self.found: list[dict[str, Any]] = []
        self._titlecase: dict[int, bool] = {}
        self._known: set[str] | None = None
        self._name_tokens: dict[int, bool] = {}
        self._runs: dict[int, Span] = {}
        self.notes: list[str] = []  # decisions of the event being read (named in its rule)

    # -- adjunct nominal triggers -------------------------------------------
    def is_adjunct(self, span: Span, seg: Span) -> bool:
        """'... in a phone call', '... during talks': the trigger noun is an adjunct of the clause's verb."""
        doc = self.doc
        k = span.start - 1
        while k >= seg.start and span.start - k <= 4 and self.lower[k] in _DET_ADJ and self.lower[k] not in ("in", "to"):
            k -= 1
        return k >= seg.start and self.lower[k] in self.lex.get("adjunct_preps", ())

    def borrow(self, seg: Span, before: int) -> tuple[str, str | None] | None:
        """(actor, target) of the interaction event found earlier in the same segment, else None."""
        for ev in reversed(self.found):
            if ev["_sent"] == seg.start and ev["_head"] < before and ev["actor"] \
                    and ev["kind"] in ("congratulate", "call", "meet", "accuse"):
                return ev["actor"], ev["target"]
        return None

    def is_place(self, m: Span | None) -> bool:
        """True when the mention is only a place name (GPE / LOC entity)."""
        if m is None:
            return False
        labels = {self._ent_of[t.i].label_ for t in m if t.i in self._ent_of}
        return bool(labels) and labels <= {"GPE"} and all(t.i in self._ent_of or t.is_punct for t in m)

    # -- segments: sentences cut at line breaks ---------------------------
    def same_sentence(self, a: Span, b: Span) -> bool:
        """``a.sent == b.sent`` (the sentences of their first tokens), by bisection over the Doc's sentence starts
        (``Span.sent`` walks the tokens to both sentence edges and makes two Spans)."""
        doc = self.doc
        if self._sents_hooked is None:  # (has_annotation reads every token: asked once per Doc)
            self._sents_hooked = "sent" in doc.user_span_hooks or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START")
        if self._sents_hooked:
            return a.sent == b.sent
        if self._sent_starts is None:  # (tokens before the first start share a sentence: 0 need not be one)
            self._sent_starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
        starts = self._sent_starts
        return bisect.bisect_right(starts, a.start) == bisect.bisect_right(starts, b.start)

    def segment(self, tok: Token) -> Span:
        """The sentence of tok, cut at line breaks; found from punctuation, not from the parser
        (a weak parser's sentence breaks would cut subjects off their verbs)."""
        if self._seg_starts is None:
            self._seg_starts = sorted(set(self._segment_starts()))
        k = bisect.bisect_right(self._seg_starts, tok.i) - 1
        start = self._seg_starts[k]
        seg = self._seg_spans.get(start)
        if seg is None:  # one Span per segment (a trigger asks for its segment several times)
            seg = self._seg_spans[start] = self.doc[start: self._seg_starts[k + 1]]
        return seg

    def _segment_starts(self) -> list[int]:
        """Token indices that start a segment: after a token that has or is followed by a line break,
        before a line-break space token, and after '.', '!', '?' followed by a capital, a quote or a
        digit. One pass over the Doc's word list (token_words), without building the text or making
        Tokens except after final punctuation: a line break is always inside a whitespace token (spaCy's
        tokenizer splits the text at every change between whitespace and other characters, and a token's
        trailing whitespace is one space)."""
        doc = self.doc
        texts = self.texts
        n = len(texts)
        starts = [0]
        if n >= 2:
            for k, w in enumerate(texts):
                if w in _FINAL_PUNCT:
                    if k <= n - 2 and (texts[k + 1][:1].isupper() or doc[k + 1].is_quote or doc[k + 1].is_digit):
                        starts.append(k + 1)
                elif "\n" in w:
                    if k >= 1:
                        starts.append(k)
                    if k <= n - 2:
                        starts.append(k + 1)
        starts.append(n)
        return starts

    # -- mentions ---------------------------------------------------------
    def is_name_token(self, t: Token) -> bool:
        """A token that is (part of) a name; kept per token (the mention searches ask about the same tokens many
        times)."""
        known = self._name_tokens.get(t.i)
        if known is None:
            known = self._name_tokens[t.i] = self._is_name_token(t)
        return known

    def name_at(self, i: int) -> bool:
        """``is_name_token(doc[i])``, without making the Token when the answer is already known."""
        known = self._name_tokens.get(i)
        if known is None:
            known = self._name_tokens[i] = self._is_name_token(self.doc[i])
        return known

    def _is_name_token(self, t: Token) -> bool:
        if t.i in self._ent_of and self._ent_of[t.i].label_ in MENTION_LABELS:
            return True
        if t.pos_ == "PROPN" and t.text[:1].isupper():
            return True
        if not self.tagged and t.is_title and not t.is_sent_start and not t.is_stop:
            return True
        if t.text[:1].isupper() and t.text in self.known_names():
            return True  # "Hale called Munro": a sentence-initial word the article uses as a name elsewhere
        if self.tagged and t.pos_ in ("ADJ", "NOUN") and t.text[:1].isupper() and t.i > 0 and not t.is_stop \
                and not self._line_start(t) and t.lower_ not in self.lex["title_nouns"] and t.lower_ not in _MONTHS \
                and t.lower_ not in self.lex["time_heads"] and not self._titlecase_line(t):
            return True  # "Dunmere city council", "Green Left leaders": a capitalised word mid-sentence
        return False

    def known_names(self) -> set[str]:
        """Words of PERSON / ORG entities and of mid-sentence proper nouns in this Doc."""
        if self._known is None:
            known: set[str] = set()
            texts, lowers = token_words(self.doc)  # strings read once per Doc (no Token objects)
            pos, stop, sent_start = self.doc.to_array([POS, IS_STOP, SENT_START]).T
            stops = stop.tolist()
            for e in self._ents:
                if e.label_ in ("PERSON", "PER", "ORG"):
                    for i in range(e.start, e.end):
                        text = texts[i]
                        if text[:1].isupper() and not stops[i]:
                            known.add(text)
            # proper nouns that are not the first token, no stop word, not at a sentence start and not a
            # title noun, month or time word; kept when capitalised
            not_names = self.comp._not_names
            cand = (pos == _PROPN) & (stop == 0) & (sent_start != 1)
            cand[:1] = False  # not the first token
            for i in numpy.flatnonzero(cand).tolist():
                text = texts[i]
                if text[:1].isupper() and lowers[i] not in not_names:
                    known.add(text)
            self._known = known
        return self._known

    def _line_start(self, t: Token) -> bool:
        doc = self.doc
        p = doc[t.i - 1]
        return p.is_space or "\n" in p.whitespace_ or p.text in (".", "!", "?", ":", "—", "-", "–") or p.is_quote

    def _titlecase_line(self, t: Token) -> bool:
        """True inside a headline-style segment (most words capitalised)."""
        seg = self.segment(t)
        key = seg.start
        if key not in self._titlecase:
            words = [w for w in seg if w.is_alpha]
            caps = sum(1 for w in words if w.text[:1].isupper())
            self._titlecase[key] = len(words) >= 4 and caps / len(words) >= 0.6
        return self._titlecase[key]

    def mention_at(self, t: Token) -> Span | None:
        """The name / noun phrase whose head is t."""
        doc = self.doc
        if t.i in self._ent_of and self._ent_of[t.i].label_ in MENTION_LABELS:
            return self._ent_of[t.i]
        if t.lower_ in self.lex["person_pronouns"]:
            return doc[t.i: t.i + 1]
        if self.parsed:
            lo = hi = t.i
            for c in t.children:
                if c.dep_ in ("compound", "flat", "flat:name", "amod", "nn", "det") and c.i < t.i:
                    lo = min(lo, c.left_edge.i if c.dep_ != "det" else c.i)
                if c.dep_ in ("flat", "flat:name", "compound") and c.i > t.i:
                    hi = max(hi, c.right_edge.i)
            # extend over a name that the parser split
            while hi + 1 < len(doc) and self.name_at(hi + 1) and self.texts[hi][:1].isupper():
                hi += 1
            hi = self.hyphen_end(hi)
            return doc[lo: hi + 1]
        return self._run(t)

    def _run(self, t: Token) -> Span:
        """The name run around t (one Span per token, kept: the trigger tokens are fixed before the events)."""
        run = self._runs.get(t.i)
        if run is None:
            run = self._runs[t.i] = self._find_run(t)
        return run

    def unparen(self, m: Span) -> Span:
        """'Jane Roe (SDP)' -> Jane Roe, 'Unity Alliance (UA)' -> Unity Alliance: a name in parentheses right after
        another name stands beside it (a party label or an abbreviation); the name before is the fuller one."""
        if m.start >= 2 and m.end < len(self.doc) and self.texts[m.start - 1] == "(" and self.texts[m.end] == ")" \
                and self.name_at(m.start - 2):
            self.notes.append("unparen")
            return self._run(self.doc[m.start - 2])
        return m

    def _run_word(self, i: int) -> bool:
        w = self.texts[i]
        if w in _HYPHENS:  # "Wai-ming": a hyphen written without spaces joins name parts
            return i > 0 and not self.doc[i - 1].whitespace_ and not self.doc[i].whitespace_
        if w.islower() and self.doc[i].is_stop and w not in _NAME_PARTICLES:
            return False  # "Ada Mensah on Sunday" tagged as one entity: "on" ends the name
        return not (w[:1].isdigit() or w in ("–", "—", ",", ";", ":", "(", ")", "|"))

    def _find_run(self, t: Token) -> Span:
        doc = self.doc
        lo = hi = t.i
        # a name holds no number and no dash ("Aug 17 – The Alliance" tagged as one entity is not one name)
        while True:
            while lo - 1 >= 0 and self.name_at(lo - 1) and (lo - 1) not in self._trigger_tokens and self._run_word(lo - 1):
                lo -= 1
            # "Ursula von der Leyen", "Lula da Silva": lower-case particles between capitalised name words
            k = lo - 1
            while k >= 0 and lo - k <= 2 and self.lower[k] in _NAME_PARTICLES and self.texts[k].islower():
                k -= 1
            if k < lo - 1 and k >= 0 and self.name_at(k) and self.texts[k][:1].isupper() and k not in self._trigger_tokens:
                lo = k
                continue
            break
        while hi + 1 < len(doc) and self.name_at(hi + 1) and (hi + 1) not in self._trigger_tokens and self._run_word(hi + 1):
            hi += 1
        hi = self.hyphen_end(hi)
        if hi + 1 < len(doc) and self.lower[hi + 1] in self.lex["org_heads"] and (hi + 1) not in self._trigger_tokens:
            hi += 1  # "the New Zealand government"
        while lo < hi and doc[lo].is_stop and (doc[lo].i not in self._ent_of or self.lower[lo] not in ("the",)):
            lo += 1  # "Although Carney", "Meanwhile Smith", "If Carney" (even when tagged with the name)
        return doc[lo: hi + 1]

    def quote_speaker(self, t: Token) -> str | None:
        """The person claimx_quotes found as the speaker of the quotation that holds token t ('"I met X," Roe
        said' -> Roe), or None."""
        doc = self.doc
        for d in doc._.claimx_drafts or ():
            if d.get("type") != "quote" or d.get("speaker_kind") != "person" or not d.get("speaker"):
                continue
            if not d["start"] <= t.idx < d["end"]:
                continue
            text = doc.text[d["start"]: d["end"]]
            first = (d.get("quote") or "").split(" ... ")[0][:40]
            k = text.find(first) if first else -1
            if k >= 0 and d["start"] + k <= t.idx < d["start"] + k + len(d.get("quote") or ""):
                return d["speaker"]
        return None

    def hyphen_end(self, hi: int) -> int:
        """'Lee Wai-ming', 'Kim Jong-un': when the capitalised token hi is followed, without spaces, by a hyphen
        and a short lower-case name part, the index of that part (the name goes on), else hi. The same rule and
        word list as claimx.mentions (data/quotes/hyphen_names.json)."""
        doc = self.doc
        if hi + 2 >= len(doc) or not self.texts[hi][:1].isupper() or self.texts[hi + 1] not in _HYPHENS:
            return hi
        if doc[hi].whitespace_ or doc[hi + 1].whitespace_:
            return hi
        tail = self.texts[hi + 2]
        if tail.isalpha() and tail.islower() and len(tail) <= _HYPHEN_NAMES["max_tail_letters"] \
                and tail not in _HYPHEN_NAMES["not_name_tails"]:
            return hi + 2
        return hi

    def personish(self, m: Span | None) -> bool:
        if m is None:
            return False
        root = m.root
        if any(self.is_name_token(t) for t in m):
            return True
        if root.lower_ in self.lex["person_pronouns"] or root.lower_ in self.lex["title_nouns"]:
            return True
        return False

    def _mention_ok(self, m: Span | None) -> Span | None:
        if m is None:
            return None
        if any(t.like_num for t in m) and not any(self.is_name_token(t) for t in m):
            return None
        if len(m) == 1 and m[0].lower_ in self.lex["person_pronouns"]:
            return m  # "his victory", "he resigned": the name module resolves the pronoun
        if all(self._is_time(t) or t.is_punct or t.is_stop for t in m):
            return None
        return m

    def left_mention(self, span: Span, seg: Span, trig=None, start: int | None = None) -> Span | None:
        """Nearest name (or personal pronoun) ending before token ``start`` (default: the trigger) in
        the same segment, at most 14 tokens back; names after 'of', 'by', 'from', 'under' are skipped
        ('the CDU led by Merz won', 'Sunak of the Conservative Party conceded')."""
        doc = self.doc
        i = (span.start if start is None else start) - 1
        stop = max(seg.start, i - 14)
        it_subject = False
        while i > seg.start and self.lower[i] in _AUX_ADV:
            i -= 1  # "X, in government, has won": the comma before the auxiliary
        if start is None and self.tagged and span[0].pos_ in ("VERB", "AUX") and i >= seg.start \
                and doc[i].pos_ == "NOUN" and doc[i].is_lower and self.lower[i] not in self.lex["title_nouns"] \
                and self.lower[i] not in self.lex["org_heads"] and self.lower[i] not in self.lex["person_titles"] \
                and not self._is_time(doc[i]) and i not in self._trigger_tokens \
                and not (i > 0 and self.texts[i - 1] in _HYPHENS):  # (not "Yuet-ngor": a name part)
            return None  # "two independent legislators won seats": a common-noun subject names nobody
        if i > seg.start and self.texts[i] == ",":
            # "Tom Reed, who lost his seat, conceded": skip the relative clause to its antecedent
            k = i - 1
            while k > max(seg.start, i - 16) and self.texts[k] != ",":
                k -= 1
            if k > seg.start and self.texts[k] == "," and self.lower[k + 1] in ("who", "which"):
                m = self.antecedent(doc[k + 1: k + 2])
                if m is not None:
                    return m
            if k > seg.start and self.texts[k] == "," and self.lower[k + 1] in self.lex.get("parenthetical_openers", ()):
                # "the Alliance, in government since 2024, has won", "the leader, after losing to Y, conceded":
                # an inserted phrase between the subject and its verb names no actor
                self.notes.append("skip-insert")
                i = k - 1
                stop = max(seg.start, i - 14)
            else:
                i = (span.start if start is None else start) - 1
        while i >= stop:
            low = self.lower[i]
            if self.texts[i] in (";", ":") or self.doc[i].is_quote:
                return None
            if self.name_at(i) and not (low in self.lex["time_heads"] or low in _MONTHS) and i not in self._trigger_tokens:
                m = self.unparen(self._run(doc[i]))
                if it_subject and (self.person_named(m) or not self.name(m) or not _is_party(self.name(m))):
                    i = m.start - 1
                    continue  # ("it" is no person)
                m = self._possessive_role(m, span.start if start is None else start)
                m = self._party_role(m, span.start if start is None else start)
                j = m.start - 1
                while j >= seg.start and self.lower[j] in ("the", "a", "an"):
                    j -= 1
                if j >= seg.start and self.lower[j] in ("of", "by", "from", "under", "than"):
                    i = j - 1
                    continue
                return m
            if low in self.lex["person_pronouns"] and low not in ("him", "them", "her", "his", "their"):
                return doc[i: i + 1]
            if low == "it" and i + 1 < len(doc) and not doc[i + 1].is_punct:
                # "the Party ... it has lost its majority": an organisation pronoun; the actor is an organisation
                # named before it in the sentence, never a person ("Leader X spoke of ... the vote it won")
                it_subject = True
            if low in _FIRST_PERSON and self.texts[i] != "US":
                # "I met X" inside a quotation: the speaker ("we": nobody this module can name)
                return doc[i: i + 1]
            if self.org_np(i) is not None:
                return self.org_np(i)
            if low in ("who",):
                return self.antecedent(doc[i: i + 1])
            i -= 1
        return None

    def _party_role(self, m: Span, limit: int) -> Span:
        """'the Liberal leader' (ending before token ``limit``) instead of 'Liberal': a name followed by a person
        title and no name stands for the person with that role, whom the name module finds in the article."""
        k = m.end
        if k >= limit or self.lower[k] not in self.lex["person_titles"] or (k + 1 < limit and self.name_at(k + 1)):
            return m
        lo = m.start - 1 if m.start > 0 and self.lower[m.start - 1] == "the" else m.start
        role = self.doc[lo: k + 1]
        name = self.name(role)
        if name and name != self.name(m) and not _is_party(name) and self._role_names(role, name):
            self.notes.append("party-role")
            return role
        return m

    def _role_names(self, role: Span, name: str) -> bool:
        """Whether the article writes the role words next to the person's name ('Liberal leader Jane Roe',
        'Jane Roe, the Liberal leader'): the name module's role lookup may pick another party's leader."""
        words = [t.lower_ for t in role if t.lower_ != "the"]
        last = name.split()[-1].lower()
        low = self.lower
        n = len(words)
        for i in range(len(low) - n + 1):
            if low[i: i + n] == words and i != role.start + (len(role) - n):
                near = low[max(0, i - 6): i] + low[i + n: i + n + 4]
                if last in near:
                    return True
        return False

    def _possessive_role(self, m: Span, limit: int) -> Span:
        """'Estmark's finance minister' (ending before token ``limit``) instead of 'Estmark': the resolver
        turns the role into the person the article gave it."""
        doc = self.doc
        if m.end < limit and self.lower[m.end] in ("'s", "’s"):
            j = m.end + 1
            while j < limit and j - m.end <= 4 and doc[j].is_alpha and not self.name_at(j) \
                    and self.lower[j] not in self.lex["title_nouns"]:
                j += 1
            if j < limit and self.lower[j] in self.lex["title_nouns"] and self.lower[j] not in self.lex["org_heads"]:
                return doc[m.start: j + 1]
        return m

    def elided_subject(self, span: Span, seg: Span) -> Span | None:
        """'X congratulated Y ..., but accused Z': a verb after 'and' / 'but' with no subject of its own
        shares the subject of the clause before (the name right before that clause's first verb)."""
        doc = self.doc
        i = span.start - 1
        while i > seg.start and span.start - i <= 4 and (self.lower[i] in _ADV_SKIP
                                                          or (self.tagged and doc[i].pos_ in ("ADV", "AUX"))):
            i -= 1
        headline_comma = self.texts[i] == "," and span[0].lower_.endswith("s") and span[0].pos_ != "PROPN" \
            and i == span.start - 1 and not self.texts[seg.end - 1] in (".", "!", "?")
        # ("X calls up Y, concedes defeat": a headline joins its verbs with a comma)
        if i <= seg.start or (self.lower[i] not in ("and", "but", "then", "or") and not headline_comma):
            return None
        conj = i
        for v in range(seg.start, conj):
            t = doc[v]
            verbish = v in self._trigger_tokens or t.pos_ == "VERB" or (t.lower_.endswith("ed") and t.pos_ != "PROPN"
                                                                       and (t.pos_ != "NOUN" or not self.tagged)) \
                or (headline_comma and t.is_lower and t.lower_.endswith("s") and v > seg.start)
            if not verbish:
                continue
            m = self.left_mention(doc[v: v + 1], seg)
            if m is not None and v - m.end <= 2:
                return m
        return None

    def linear_roles(self, trig: Trigger, span: Span, head: Token, seg: Span):
        """(actor, target, passive) from word order alone."""
        doc = self.doc
        lex = self.lex
        kind = trig.kind
        actor = target = None
        passive = False
        if trig.roles == "noun":
            # "received congratulations from X": X is the actor, the receiver the target
            j = span.start - 1
            while j >= seg.start and span.start - j <= 4 and self.lower[j] in _DET_ADJ:
                j -= 1
            if j >= seg.start and self.lower[j] in lex["receive_verbs"]:
                return self.from_mention(span, seg), self.left_mention(span, seg, start=j), False
            # "congratulated X on his win", "congratulations to X for securing a win": X won
            if kind in ("win", "lose", "concede", "resign"):
                credited = self.credited(span, seg)
                if credited is not None:
                    return credited, None, False
            # "Labour's victory", "the CDU victory", "his congratulations"
            k = span.start - 1
            gap = 0
            while k >= seg.start and gap < 4 and self.lower[k] not in _POSS_PRON and (self.lower[k] in _DET_ADJ or self.lower[k] in ("'s", "’s", "'")
                                                   or (self.tagged and doc[k].pos_ in ("ADJ", "NOUN", "NUM") and not self.name_at(k))):
                k -= 1
                gap += 1
            if k >= seg.start and ((self.name_at(k) and not self._is_time(doc[k])) or self.lower[k] in ("his", "her", "their", "its")) \
                    and k not in self._trigger_tokens:  # ("Tuesday's victory": a day wins nothing)
                actor = doc[k: k + 1] if not self.name_at(k) else self.unparen(self._run(doc[k]))
            elif k >= seg.start and self.lower[k] in lex["support_verbs"]:
                actor = self.left_mention(span, seg, start=k)
            elif kind in ("win", "lose") and k >= seg.start and self.lower[k] in lex.get("after_win_preps", ()):
                # "X returned to office after a landslide victory": the clause's subject won; "X to resign after
                # humiliating defeat": X lost
                actor = self.left_mention(span, seg, start=k)
                if actor is not None and kind == "lose" and (actor.start - seg.start > 3 or k - actor.end > 4):
                    # only a subject close before its verb lost ("X to resign after defeat", "X quit after the
                    # loss"), not one with an object between ("X received a call from Y after the defeat")
                    actor = None
                if actor is not None:
                    self.notes.append("after-subject")
            if actor is None and kind in ("win", "lose") and span.end + 1 < seg.end:
                # "the victory he has scored", "the defeat the party suffered": the relative clause's subject
                j = span.end
                if self.lower[j] in ("that", "which"):
                    j += 1
                if self.lower[j] == "the" and j + 1 < seg.end and self.name_at(j + 1):
                    j += 1
                m = None
                if self.lower[j] in lex["person_pronouns"]:
                    m = doc[j: j + 1]
                elif self.name_at(j):
                    m = self._run(doc[j])
                if m is not None:
                    v = m.end
                    while v < seg.end and v - m.end < 2 and self.lower[v] in _AUX_ADV:
                        v += 1
                    if v < seg.end and self.lower[v] in lex["support_verbs"]:
                        actor = m
                        self.notes.append("relative-subject")
            if actor is None and kind in SYMMETRIC and span.end < seg.end and self.lower[span.end] == "between":
                # "a meeting between X and Y": the two participants
                first = self.right_mention(span, seg, trig)
                pair = self.conjunct(first) if first is not None else None
                if pair is not None and pair[0] is not None and pair[1] is not None:
                    self.notes.append("between")
                    return pair[0], pair[1], False
            if actor is None and kind in ("accuse", "call") and span.end <= seg.end:
                # "accusations by X against Y", "a call from X": X acts
                actor = self._prep_np(doc[span.start: span.end - 1], seg, ("by", "from"))
                if actor is not None:
                    self.notes.append("by-from")
                tgt = self._prep_np(span, seg, ("against",)) if kind == "accuse" else None
                if tgt is not None:
                    target = tgt
            if actor is None and kind == "congratulate":
                # "congratulations poured in from X", "congratulations from X": X congratulates
                actor = self.from_mention(span, seg)
                if actor is not None:
                    self.notes.append("from")
            if kind == "win":
                if span.end < seg.end and self.lower[span.end] == "over":
                    target = self.right_mention(span, seg, trig)
            elif kind in SYMMETRIC or kind in ("congratulate", "accuse"):
                if span.end < seg.end and self.lower[span.end] in ("with", "to", "from", "against", "between"):
                    target = self.right_mention(span, seg, trig)
            return actor, target, False
        passive = self.is_passive_linear(span)
        # "X called Y to concede / to congratulate him": the caller acts, Y is the target
        if not passive and trig.roles in ("sv", "svo") and span.start - 1 > seg.start and self.lower[span.start - 1] == "to":
            y = self.left_mention(span, seg)
            if y is not None:
                v = y.start - 1
                while v > seg.start and (self.lower[v] in lex["title_nouns"] or self.name_at(v)
                                         or self.lower[v] in ("the", "prime", "opposition")):
                    v -= 1
                if v >= seg.start and self.lower[v] in lex["call_verbs"]:
                    return self.left_mention(span, seg, start=v), y, False
        if trig.roles == "elect":
            if passive:
                return self.left_mention(span, seg), None, True
            return self.right_mention(span, seg, trig), None, False
        if trig.roles == "lead":
            # "In a statement, the party's secretary Jane Roe said ...": the speaker of the clause it leads
            # ("Unity Party (UP) Secretary General Jane Roe stated": the name right before the speech verb)
            i = span.end
            limit = min(seg.end, span.end + 16)
            while i < limit:
                if self.texts[i] in (";", ":") or doc[i].is_quote:
                    break
                if not (self.name_at(i) and not self._is_time(doc[i])):
                    i += 1
                    continue
                m = self._run(doc[i])
                v = m.end
                while v < seg.end and v - m.end < 2 and (self.lower[v] in _AUX_ADV or self.texts[v] in (")", ",")):
                    v += 1
                if v < seg.end and self.lower[v] in lex["speech_verbs"]:
                    self.notes.append("statement-speaker")
                    return m, None, False
                i = max(m.end, i + 1)
            return None, None, False
        if trig.roles == "declared":
            # "X was declared the winner": X; "the commission declared X (as) the winner": the name after the verb
            if passive:
                self.notes.append("declared-passive")
                return self.left_mention(span, seg), None, False
            k = head.i + 1
            if k < span.end and self.name_at(k):
                self.notes.append("declared-object")
                return self._run(doc[k]), None, False
            return None, None, False
        if trig.roles == "svo":
            if passive:
                by = self.by_mention(span, seg)
                return by, self.left_mention(span, seg), True
            # the object follows the verb, inside a long trigger ("called X's actions a betrayal")
            after = doc[head.i: head.i + 1] if len(span) > 2 else span
            if len(span) > 2 and head.i + 1 < span.end and self.lower[head.i + 1] in ("with", "to"):
                after = doc[head.i: head.i + 2]
            return (self.elided_subject(span, seg) or self.left_mention(span, seg)), self.right_mention(after, seg, trig), False
        # sv
        if passive and kind == "win":
            # "the seat was won by X": X won (the subject is the thing won)
            by = self.by_mention(span, seg)
            if by is not None:
                self.notes.append("won-by")
                return by, None, False
            return None, None, False
        actor = self.elided_subject(span, seg) or self.left_mention(span, seg)
        if span.end < seg.end and self.lower[span.end] in ("to", "over") and kind in ("concede", "lose"):
            target = self.right_mention(span, seg, trig)
        elif kind == "lose":
            # "lost the runoff to Y", "lost his seat to Y": the winner after the object
            for j in range(span.end + 1, min(seg.end, span.end + 5)):
                if self.lower[j] in ("to",) and j + 1 < seg.end:
                    target = self.right_mention(doc[j: j + 1], seg, trig)
                    break
                if doc[j].is_punct or self.lower[j] in ("in", "on", "after", "and", "but", "by", "with"):
                    break
        return actor, target, passive

    def credited(self, span: Span, seg: Span) -> Span | None:
        """X in '<congratulate / praise / thank> X on|for <...> <trigger>' (X is the winner)."""
        doc = self.doc
        i = span.start - 1
        while i > seg.start and span.start - i <= 5:
            if self.lower[i] in ("on", "for"):
                m = self.left_mention(span, seg, start=i)
                if m is not None and m.end == i:
                    v = m.start - 1
                    while v >= seg.start and m.start - v <= 5:  # "congratulated his Democratic rival X for"
                        if self.lower[v] in self.lex["credit_words"]:
                            return m
                        v -= 1
                return None
            if doc[i].is_punct and not doc[i].is_quote:  # ('for his "historic victory"')
                return None
            i -= 1
        return None

    def from_mention(self, span: Span, seg: Span) -> Span | None:
        """The noun phrase after 'from' right after span ('congratulations from the incumbent')."""
        return self._prep_np(span, seg, ("from",))

    def by_mention(self, span: Span, seg: Span) -> Span | None:
        return self._prep_np(span, seg, ("by",))

    def _prep_np(self, span: Span, seg: Span, preps: tuple[str, ...]) -> Span | None:
        doc = self.doc
        i = span.end
        if len(span) > 1 and self.lower[span.end - 1] in preps:
            i = span.end - 1  # the trigger pattern ends with the preposition ("a call from")
        while i < seg.end and i - span.end < 3 and self.lower[i] not in preps:
            if doc[i].is_punct:
                return None
            i += 1
        if i >= seg.end or self.lower[i] not in preps:
            return None
        j = i + 1
        while j < seg.end and j - i <= 5 and not doc[j].is_punct and self.lower[j] not in _STOP_NP:
            j += 1
        return doc[i + 1: j] if j > i + 1 else None

    def right_mention(self, span: Span, seg: Span, trig) -> Span | None:
        """The name right after the trigger: directly, or after a determiner / title words / one
        of the linking prepositions ('with', 'to', 'from', 'over', 'against')."""
        doc = self.doc
        i = span.end
        stop = min(seg.end, span.end + 6)
        skip = {"the", "a", "an", "his", "her", "their", "its", "former", "outgoing", "incumbent", "then", "new",
                "with", "to", "from", "over", "against", "between", "'s", "’s", "fellow", "rival", "opposition"}
        while i < stop:
            t = doc[i]
            if t.text[:1].isupper() and not self.is_name_token(t):
                ap = self._titled_apposition(doc[i: i + 1], seg)
                if ap.start != i:
                    return ap  # "the Regionalists' leader, Ana Serrat"
            if self.is_name_token(t) and not self._is_time(t):
                run = self._run(t)
                if len(run) == 1 and t.pos_ == "ADJ" and run.end < stop and self.lower[run.end] in self.lex["title_nouns"]:
                    i = run.end  # "his Democratic rival Ana Soto": a party adjective before a title
                    continue
                return self._titled_apposition(run, seg)
            if t.lower_ in ("him", "her", "them"):
                return doc[i: i + 1]
            if self.org_np(i) is not None and not (i + 1 < stop and self.name_at(i + 1)):
                return self.org_np(i)
            if t.lower_ in skip or t.lower_ in self.lex["title_nouns"] or t.lower_ in _PERSON_ADJ \
                    or (self.tagged and t.pos_ == "ADJ" and i - span.end < 3):
                i += 1
                continue
            return None
        return None

    def _titled_apposition(self, m: Span, seg: Span) -> Span:
        """"the Farmers' Party leader, Jon Aas," -> Jon Aas: an owner + title noun with the person's name
        in apposition names that person."""
        doc = self.doc
        j = m.end
        if j < seg.end and self.lower[j] in ("'", "'s", "’", "’s"):
            j += 1
        k = j
        while k < seg.end and k - j < 3 and doc[k].is_lower and self.lower[k] not in self.lex["title_nouns"]:
            k += 1
        if k + 2 < seg.end and self.lower[k] in self.lex["title_nouns"] and self.texts[k + 1] == "," \
                and self.name_at(k + 2):
            return self._run(doc[k + 2])
        return m

    def other_person(self, span: Span, seg: Span, not_name: str) -> str | None:
        """The nearest name before the trigger (this segment, then the previous one) that is not ``not_name``."""
        doc = self.doc
        lo = self.segment(doc[seg.start - 1]).start if seg.start > 0 else seg.start
        i = span.start - 1
        while i >= lo:
            t = doc[i]
            if self.is_name_token(t) and not self._is_time(t) and i not in self._trigger_tokens:
                m = self._run(t)
                n = self.name(m)
                if n and n != not_name and self.personish(m) and not self.is_place(m):
                    return n
                i = m.start - 1
                continue
            i -= 1
        return None

    def org_np(self, i: int) -> Span | None:
        """'the council', 'the government' (an organisation head noun after 'the') as a mention."""
        if i > 0 and self.lower[i] in self.lex["org_heads"] and self.lower[i - 1] == "the" and i not in self._trigger_tokens \
                and not self.texts[i][:1].isupper():
            return self.doc[i - 1: i + 1]
        return None

    def org_named_before(self, m: Span) -> str | None:
        """'the council' -> 'Dunmere city council': the nearest earlier '<Name> [lower words] <head>'."""
        doc = self.doc
        head = m[-1].lower_
        for i in range(m.start - 1, 0, -1):
            if self.lower[i] != head:
                continue
            j = i - 1
            while j >= 0 and i - j <= 2 and doc[j].is_lower and doc[j].is_alpha and not doc[j].is_stop:
                j -= 1
            if j >= 0 and self.texts[j][:1].isupper() and doc[j].is_alpha and not doc[j].is_stop:
                lo = j
                while lo - 1 >= 0 and self.texts[lo - 1][:1].isupper() and doc[lo - 1].is_alpha and not doc[lo - 1].is_stop \
                        and not self._line_start(doc[lo]):
                    lo -= 1
                name = doc[lo: i + 1].text
                return name if not name.isupper() else None
        return None

    def antecedent(self, m: Span | None) -> Span | None:
        """'who' / 'which' / 'that' -> the name just before it ('Carney, who won ...')."""
        if m is None or m.root.lower_ not in WH:
            return m
        doc = self.doc
        i = m.start - 1
        if i >= 0 and self.texts[i] == ",":
            i -= 1
        if i >= 0 and self.name_at(i):
            return self.apposition(self._run(doc[i]))
        # "Jane Roe, one of the lawmakers who accused X": the name the "one of the ..." phrase describes
        k = i
        while k >= 0 and i - k <= 4 and self.lower[k] not in ("one", ","):
            k -= 1
        if k >= 2 and self.lower[k] == "one" and self.lower[k + 1] == "of" and self.texts[k - 1] == "," \
                and self.name_at(k - 2):
            self.notes.append("one-of")
            return self._run(doc[k - 2])
        return None

    def apposition(self, m: Span) -> Span:
        """'Jane Roe, the Liberal who ...' -> Jane Roe: a party or title noun phrase in apposition to a
        person's name stands for that person."""
        doc = self.doc
        if any(self._ent_of.get(t.i) is not None and self._ent_of[t.i].label_ in ("PERSON", "PER") for t in m):
            return m
        j = m.start - 1
        if j < 0 or self.lower[j] not in self.lex.get("apposition_skip", ("the", "a", "an")):
            return m
        j -= 1
        seen_comma = False
        while j >= 0 and (self.texts[j] == "," or doc[j].is_quote):
            seen_comma = seen_comma or self.texts[j] == ","
            j -= 1
        if not seen_comma or j < 0:
            return m
        e = self._ent_of.get(j)
        if e is not None and e.label_ in ("PERSON", "PER"):
            return e
        return m

    def _is_time(self, t: Token) -> bool:
        low = t.lower_
        return low in self.lex["time_heads"] or low in _MONTHS

    def is_passive_linear(self, span: Span) -> bool:
        doc = self.doc
        return span.start > 0 and self.lower[span.start - 1] in ("was", "were", "is", "are", "been", "be", "being", "got")

    def conjunct(self, m: Span) -> tuple[Span, Span] | None:
        """'Carney and Trump <trigger>' -> (Carney, Trump) when m is one of the two conjuncts."""
        doc = self.doc
        # word order first: "Office, Carney and Trump" is coordinated oddly by some parsers
        if m.start >= 2 and self.lower[m.start - 1] == "and" and self.name_at(m.start - 2):
            return self._run(doc[m.start - 2]), m
        if m.end + 1 < len(doc) and self.lower[m.end] == "and" and self.name_at(m.end + 1):
            return m, self._run(doc[m.end + 1])
        if self.parsed:
            for c in m.root.children:
                if c.dep_ == "conj":
                    return m, self.mention_at(c)
            if m.root.dep_ == "conj" and m.root.head.i < m.root.i:
                return self.mention_at(m.root.head), m
        return None

    # -- names ------------------------------------------------------------
    def resolver(self):
        """The doc's mention resolver: the analysis claimx_quotes built for this doc, with its own (empty)
        list of speakers (``MentionResolver.for_doc``)."""
        if self._resolver is None:
            self._resolver = MentionResolver.for_doc(self.doc)
        return self._resolver

    def name(self, m: Span | None) -> str | None:
        """Fullest name for a mention (None when it cannot be tied to a name)."""
        if m is None:
            return None
        key = (m.start, m.end)
        if key in self._cache:
            return self._cache[key]
        if len(m) == 1 and m[0].lower_ in _FIRST_PERSON:
            out = self.quote_speaker(m[0]) if m[0].lower_ in ("i", "my", "me") else None
            self._cache[key] = out
            if out is not None:
                self.notes.append("quote-speaker")
            return out
        out: str | None = None
        out_kind = "unknown"
        res = self.resolver()
        if res:
            try:
                out, out_kind = res.resolve(m)
            except Exception:  # noqa: BLE001 - a resolver bug must not lose the event
                out = None
        not_name = ""
        if out is not None and len(m) == 1 and m[0].lower_ in ("he", "she", "his", "her", "him"):
            # a third-person pronoun inside a quotation is not its speaker ('"the victory he won", Roe said')
            speaker = self.quote_speaker(m[0])
            if speaker is not None and speaker == out:
                not_name = speaker
                out = None
                self.notes.append("not-speaker")
        if out is None and len(m) == 1 and m[0].lower_ in ("he", "she", "his", "her"):
            # a pronoun the resolver could not tie: the nearest person named before it (this or the previous sentence)
            seg = self.segment(m[0])
            self._cache[key] = None
            out = self.other_person(m, seg, not_name)
        if out is None and len(m) == 2 and m[0].lower_ == "the" and m[1].lower_ in self.lex["org_heads"]:
            out = self.org_named_before(m)
        ent = self._ent_of.get(m.start)
        if out and out_kind != "person" and ent is not None and ent.start == m.start and ent.end == m.end and ent.label_ in ("ORG", "NORP") \
                and not set(_plain_words(m.text)) <= set(_plain_words(out)):
            out = " ".join(m.text.replace("’", "'").removesuffix("'s").split()).removeprefix("the ").removeprefix("The ")
            # "Québec solidaire" is neither "Québec" nor another party named after Québec
        if out is None and not res and any(self.is_name_token(t) for t in m):
            out = " ".join(t.text for t in m if not (t.is_punct and t.text not in (".", "&"))).strip() or None
        if out and any(t.is_lower and t.lower_ in _NAME_PARTICLES for t in m) and out_kind == "person":
            # "Ursula von der Leyen": the name module may keep only the part after the particles
            words = [t for t in m if not t.is_punct]
            while words and (words[0].lower_ in self.lex["title_nouns"] or words[0].lower_ in self.lex["person_titles"]
                             or words[0].lower_ in ("the", "mr", "mrs", "ms", "dr")):
                words = words[1:]
            full = " ".join(t.text for t in words)
            if words and out.split()[-1] == words[-1].text and len(full) > len(out):
                out = full
        if out:
            words = out.split()
            while len(words) > 1 and self.doc.vocab[words[0].lower()].is_stop and words[0].lower() not in _NAME_PARTICLES \
                    and words[0].lower() != "the":
                words = words[1:]  # "If Ada Mensah wins": a sentence-initial conjunction is no part of the name
            out = " ".join(words)
        if out and len(out.split()) >= 2 and out.isupper():
            out = None  # "MEXICO CITY –": a dateline in capitals is no actor
        if out and not any(c.isupper() for c in out):
            out = None  # "the party", "his government": a common noun phrase names nobody
        if out:
            party = _canonical_party(out)
            words = out.split()
            if (not party or party == out) and len(words) >= 2 and words[-1].lower().rstrip(".") in _GOVT_WORDS:
                # "the Liberal government", "Labour Govt": the party that governs
                p2 = _canonical_party(" ".join(words[:-1]))
                if p2 and p2 != " ".join(words[:-1]):
                    party = p2
            if party:
                out = party
        self._cache[key] = out
        return out

    # -- dependency roles -------------------------------------------------
    def _prep_args(self, t: Token) -> dict[str, Token]:
        """{'with': noun, 'to': noun, ...} for both UD (obl/nmod + case) and ClearNLP (prep -> pobj)."""
        out: dict[str, Token] = {}
        for c in t.children:
            if c.dep_ == "prep":
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        out.setdefault(c.lower_, g)
            elif c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        out.setdefault("by", g)
            elif c.dep_ in PREP_ARGS or c.dep_.startswith("obl") or c.dep_.startswith("nmod"):
                if c.dep_ in POSS:
                    continue
                case = [g for g in c.children if g.dep_ == "case" and g.pos_ == "ADP" or g.dep_ == "case" and g.lower_ in ("to", "with", "by", "from", "on", "over", "against")]
                if case:
                    out.setdefault(case[0].lower_, c)
        return out

    def _child(self, t: Token, deps: set[str]) -> Token | None:
        for c in t.children:
            if c.dep_ in deps:
                return c
        return None

    def clause_subject(self, t: Token) -> Span | None:
        """The named person subject of the clause that holds token t (a verb among its first 4 ancestors), or
        None ('Jane Roe praised voters and attributed her victory to them' -> Jane Roe)."""
        if self.parsed:
            for g in islice(t.ancestors, 4):
                if g.pos_ not in ("VERB", "AUX"):
                    continue
                subj, _ = self._subject(g)
                if subj is None:
                    continue
                m = self._mention_ok(self.mention_at(subj))
                if m is not None and m.root.lower_ in self.lex["person_pronouns"]:
                    return m
                if m is not None and self._person_entity(m):
                    return m
                break
        # a weak parse: the person named at the head of the sentence ("Premier Jane Roe has promised ... and
        # attributed her victory to ...")
        seg = self.segment(t)
        for i in range(seg.start, min(seg.start + 4, t.i)):
            e = self._ent_of.get(i)
            if e is not None and e.label_ in ("PERSON", "PER") and e.end <= t.i:
                return e
        return None

    def person_named(self, m: Span) -> bool:
        """A PERSON entity, or a name after a person title ('President Ana Soto')."""
        labels = {self._ent_of[t.i].label_ for t in m if t.i in self._ent_of}
        if labels and labels <= {"PERSON", "PER"}:
            return True
        if labels:
            return False  # (not "Kenya Kwanza": a place word in it)
        if m.start > 0 and self.lower[m.start - 1] in self.lex["title_nouns"] and self.personish(m):
            return True
        # no entity: a two- or three-word capitalised name with no organisation word ("Tomas Reyes")
        words = [t for t in m if not t.is_punct]
        return 2 <= len(words) <= 3 and all(self.name_at(t.i) and t.lower_ not in self.lex["org_heads"] for t in words)

    def is_adjective(self, m: Span | None) -> bool:
        """A one-word capitalised adjective ('the Democratic win') that the party lexicon does not know."""
        if m is None:
            return False
        words = [t for t in m if t.lower_ not in ("the", "a", "an")]
        return len(words) == 1 and words[0].pos_ == "ADJ" and not _is_party(words[0].text)

    def is_demonym(self, m: Span | None) -> bool:
        """A one-word mention that is a nationality or group adjective ('American', 'Victorian'; NORP) and no party."""
        if m is None:
            return False
        words = [t for t in m if t.lower_ not in ("the", "a", "an")]
        if len(words) != 1:
            return False
        t = words[0]
        e = self._ent_of.get(t.i)
        if t.lower_ not in _demonyms() and not (e is not None and e.label_ == "NORP" and len(e) == 1):
            return False
        return not _is_party(t.text)

    def _person_entity(self, m: Span) -> bool:
        """A mention that holds a PERSON entity, or names that are no place / group adjective ('Victorian')."""
        labels = {self._ent_of[t.i].label_ for t in m if t.i in self._ent_of}
        if labels & {"PERSON", "PER"}:
            return True
        return not labels and self.personish(m) and not self.is_place(m)

    def _subject(self, v: Token, depth: int = 0) -> tuple[Token | None, bool]:
        """Subject of verb v (climbing control/relative/coordination); (token, is_passive_subject)."""
        s = self._child(v, SUBJ)
        if s is not None:
            if s.lower_ in WH and v.dep_ in RELCL:
                return v.head, False
            return s, False
        sp = self._child(v, PASS_SUBJ)
        if sp is not None:
            if sp.lower_ in WH and v.dep_ in RELCL:
                return v.head, True
            return sp, True
        if depth < 3:
            infinitive = any(c.lower_ == "to" and c.dep_ in ("mark", "aux") for c in v.children)
            if v.dep_ in RELCL and v.head.pos_ in ("NOUN", "PROPN", "PRON") and not infinitive:
                return v.head, False
            if v.dep_ in CLIMB_VERB and v.head is not v:
                s2, _ = self._subject(v.head, depth + 1)
                return s2, False
        return None, False

    def dep_roles(self, trig: Trigger, head: Token):
        """(actor, target, passive) from the parse."""
        actor_t, target_t, passive = self.dep_role_tokens(trig, head)
        return self.dep_actor(trig, actor_t), self.dep_target(trig, target_t), passive

    def dep_role_tokens(self, trig: Trigger, head: Token) -> tuple[Token | None, Token | None, bool]:
        """(actor token, target token, passive) from the parse (``dep_actor`` / ``dep_target`` make the mentions)."""
        actor_t = target_t = None
        passive = False
        t = head
        is_noun = trig.roles == "noun" or (t.pos_ in ("NOUN", "PROPN") and trig.roles not in ("elect", "declared"))
        preps = self._prep_args(t)
        if is_noun:
            poss = self._child(t, POSS)
            actor_t = poss or preps.get("by")
            target_t = preps.get("with") or preps.get("to") or preps.get("over") or preps.get("against")
            if trig.kind == "win":
                target_t = preps.get("over")
                if actor_t is None:
                    actor_t = preps.get("for")
            # climb to the governing verb
            g = t
            steps = 0
            while actor_t is None and steps < 3 and g.dep_ in NOUN_TO_VERB and g.head is not g:
                g = g.head
                steps += 1
                if g.pos_ in ("VERB", "AUX") or g.dep_ == "ROOT":
                    gp = self._prep_args(g)
                    if g.lower_ in self.lex["receive_verbs"]:
                        actor_t = gp.get("from")
                        subj, _ = self._subject(g)
                        target_t = target_t or subj
                    else:
                        subj, _ = self._subject(g)
                        actor_t = subj or gp.get("by")
                        if target_t is None:
                            target_t = gp.get("with") or gp.get("to")
                    break
        else:
            subj, subj_passive = self._subject(t)
            own_pass = self._child(t, PASS_SUBJ) is not None or any(c.dep_ in ("auxpass", "aux:pass") for c in t.children)
            obj = self._child(t, OBJ)
            if own_pass:
                passive = True
                agent = preps.get("by")
                if trig.roles == "svo":
                    actor_t, target_t = agent, subj
                else:
                    actor_t = subj
            else:
                if trig.roles in ("elect", "declared"):
                    actor_t = obj or subj
                else:
                    actor_t = subj
                    if trig.roles == "svo":
                        target_t = obj or preps.get("with") or preps.get("to")
                        if target_t is None and trig.kind == "call":
                            target_t = None
                        # "called Trump's actions a betrayal": the owner of a common-noun object
                        if target_t is not None and not self.is_name_token(target_t) and trig.kind == "accuse":
                            p = self._child(target_t, POSS)
                            if p is not None:
                                target_t = p
            if target_t is None and trig.kind in ("concede", "congratulate"):
                # "Dutton called Albanese to concede": the governing verb's object
                g = t.head if t.dep_ in ("xcomp", "advcl") else None
                if g is not None:
                    go = self._child(g, OBJ)
                    if go is not None and self.is_name_token(go):
                        target_t = go
                if trig.kind == "concede" and target_t is None:
                    target_t = preps.get("to")
        return actor_t, target_t, passive

    def dep_actor(self, trig: Trigger, actor_t: Token | None) -> Span | None:
        """The actor mention of the parse's actor token (``dep_role_tokens``), or None."""
        actor = self._mention_ok(self.mention_at(actor_t)) if actor_t is not None else None
        if actor is not None and actor.root.pos_ in ("NOUN",) and not self.personish(actor) and trig.kind != "announce":
            # "the results", "the statement" are not actors of these kinds
            if not any(t.lower_ in self.lex["title_nouns"] for t in actor):
                actor = None
        return actor

    def dep_target(self, trig: Trigger, target_t: Token | None) -> Span | None:
        """The target mention of the parse's target token (``dep_role_tokens``), or None."""
        target = self._mention_ok(self.mention_at(target_t)) if target_t is not None else None
        if target is not None and not self.personish(target) and trig.kind not in ("accuse",):
            target = None
        return target

    def object_words(self, head: Token, span: Span, seg: Span) -> tuple[set[str], bool] | None:
        """Words of the trigger's object ('his seat' -> {'his','seat'}); None when there is none."""
        doc = self.doc
        if self.parsed and head.pos_ in ("VERB", "AUX"):
            obj = self._child(head, OBJ)
            if obj is not None and not any(self._is_time(t) for t in obj.subtree):
                sub = list(obj.subtree)[:8]
                return _with_joined({t.lower_ for t in sub}, sub), any(t.like_num and t.lower_ not in ("one",) for t in sub[:4])
        # linear: the next few tokens up to punctuation / preposition
        toks = []
        for t in doc[span.end: min(seg.end, span.end + 5)]:
            if not toks and (self._is_time(t) or t.lower_ in ("late", "early", "last", "this", "yesterday", "today", "tonight")):
                return None  # "conceded on Friday", "resigned last week": no object
            if t.text in _HYPHENS and toks and not toks[-1].whitespace_ and not t.whitespace_:
                toks.append(t)  # "re-election": a word the tokenizer split
                continue
            if t.is_punct or t.lower_ in ("in", "on", "by", "at", "after", "with", "for", "to", "and", "as", "since", "over", "from"):
                break
            toks.append(t)
        if not toks:
            return None
        return _with_joined({t.lower_ for t in toks}, toks), any(t.like_num for t in toks[:3])

    # -- clause window for modality ---------------------------------------
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


_PERSON_ADJ = {"veteran", "longtime", "long-time", "sitting", "embattled", "popular", "outgoing", "incumbent", "mp",
               "federal", "provincial", "state", "party", "conservative", "liberal", "labour"}
def _with_joined(words: set[str], toks: list[Token]) -> set[str]:
    """The words plus the hyphenated words the tokenizer split ('re-election' from 're', '-', 'election')."""
    if toks and any(t.text in ("-", "\u2010", "\u2011") for t in toks):
        text = "".join(t.text_with_ws for t in toks)
        words = words | set(text.lower().split())
    return words


def _plain_words(text: str) -> list[str]:
    text = text.replace("’", "'").lower()
    return [w.removesuffix("'s") for w in text.split() if w not in ("the", "a", "an", "'s")]


_GOVT_WORDS = {"government", "govt", "administration", "cabinet"}
_ADV_SKIP = {"also", "then", "later", "repeatedly", "quickly", "swiftly", "has", "have", "had", "openly", "publicly",
             "again", "even", "promptly", "separately", "subsequently", "had", "was", "were"}
_NOUN_TOO = {"win", "wins", "call", "calls", "blame", "defeat", "defeats"}
_DET_ADJ = {"a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "my", "first", "second", "third",
            "fourth", "fifth", "new", "own", "phone", "telephone", "election", "electoral", "historic", "landslide",
            "narrow", "big", "decisive", "clear", "resounding", "stunning", "surprise", "comfortable", "warm",
            "warmest", "heartfelt", "sincere", "personal", "formal", "brief", "lengthy", "long", "short", "private",
            "bilateral", "first-ever", "in-person", "face-to-face", "official", "crushing", "surprising", "in", "-", "person",
            "face", "to", "emphatic", "overwhelming", "massive", "huge", "thumping", "sweeping", "outright", "early",
            "late", "recent", "upcoming", "planned", "proposed", "expected"}
_STOP_NP = {"for", "on", "in", "at", "after", "before", "with", "to", "and", "but", "as", "who", "which", "that",
            "over", "during", "since", "amid", "following", "by"}
# lower-case words inside names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva")
_NAME_PARTICLES = {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "der", "den", "van", "von", "ter", "bin",
                   "binti", "al", "el", "la", "le", "y", "e", "ibn", "abu", "mac", "zu"}
# first-person words: inside a quotation "I" is its speaker
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
# possessive pronouns before a nominal trigger name its actor ("his victory", "her resignation")
# auxiliaries and adverbs between a subject (or an inserted phrase's closing comma) and its verb
_AUX_ADV = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "then", "now", "finally", "has", "eventually"}
_POSS_PRON = {"his", "her", "their", "its"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# kinds whose actor is a person or a party (never a legislature, court or palace)
_PERSON_OR_PARTY_KINDS = {"win", "lose", "concede", "resign", "form_government"}


def _is_party(name: str) -> bool:
    """True when the party lexicon knows the name or it is shaped like a party's (claimx.parties)."""
    try:
        from ..parties import looks_like_party, lookup_party
    except Exception:  # noqa: BLE001 - module not there
        return False
    try:
        return lookup_party(name) is not None or looks_like_party(name)
    except Exception:  # noqa: BLE001
        return False


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Nationality words (claimx/data/entities/nationalities.jsonl, names and aliases), lower-cased."""
    out: set[str] = set()
    for row in _read_jsonl(DATA_DIR.parent / "entities" / "nationalities.jsonl"):
        for w in [row["name"], *row.get("aliases", [])]:
            out.add(w.lower())
    return frozenset(out)


@Language.factory(
    "claimx_events",
    default_config={"emit_other": True, "use_parser": True, "prefer": "linear", "data_dir": None},
)
def make_events(nlp: Language, name: str, emit_other: bool, use_parser: bool, prefer: str,
                data_dir: str | None) -> EventsComponent:
    return EventsComponent(nlp, name, emit_other=emit_other, use_parser=use_parser, prefer=prefer, data_dir=data_dir)
