"""The claimx_events pipeline component: runs the trigger Matcher, then per match the stages (roles, names,
modality, time) and emits one draft per event."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from ...anchors import AnchoredMatcher
from ...batched import BatchedPipe
from ...extensions import add_draft
from ...mentions import _HYPHENS
from .data import _AUX_ADV, _DET_ADJ, _canonical_party, DATA_DIR, OBJ, SYMMETRIC, Trigger, _MONTHS, _demonyms, _NOUN_TOO, _PERSON_OR_PARTY_KINDS, _POSS_PRON, _is_party, load_data
from .context import _DocContext
from .modality import modality


def event_rule(kind: str, trig: Trigger, actor_source: str, decisions: list[str], modality: str) -> str:
    """The claim's rule, naming the decisions that made it: 'events/win/trigger:verb/actor:word-order/conjunct/
    modality:asserted' (the kind, the trigger entry of triggers.jsonl, the stage that found the actor, the
    role repairs taken, the modality)."""
    parts = [f"events/{kind}", "trigger:" + trig.id.split("/", 1)[-1], "actor:" + actor_source, *dict.fromkeys(decisions),
             "modality:" + modality]
    return "/".join(parts)


# words before a bare "win" that make it the verb ("to win", "and win back", "could win")
_VERB_BEFORE = frozenset(("to", "and", "or", "will", "would", "could", "can", "may", "might", "should", "must", "not"))
# plural nouns that count two people after "two" / "both" ("the two leaders", "both men"): a pair the article named
_PAIR_NOUNS = frozenset(("leaders", "men", "women", "presidents", "ministers", "premiers", "politicians", "heads"))


def _has_bigram(words: list[str], pair: tuple[str, str]) -> bool:
    return any((a, b) == pair for a, b in zip(words, words[1:]))


# the offices a legislature elects to form a government ("parliament elected X prime minister")
_HEAD_OF_GOVERNMENT = frozenset(("prime", "premier", "chancellor", "taoiseach", "pm"))

# "Opposition party wins", "ruling party wins most seats": a subject that only describes a party (``_described_party``)
_DESCRIBED_NOUNS = frozenset(("party", "alliance", "coalition", "bloc", "opposition"))
_DESCRIBING_WORDS = frozenset(("opposition", "ruling", "governing", "incumbent", "conservative", "socialist", "centrist",
                               "nationalist", "liberal", "leftist", "left-wing", "right-wing", "far-right", "far-left"))

# after a win phrase, the seats it was won in: "emerged victorious in one seat each", "emerged the winner in 3 seats"
_IN_SEATS = re.compile(r"^(?:in|on) (?:a |one |two |three |four |five |six |seven |eight |nine |ten |\d+ |a single |just |only )*"
                       r"(?:seat|seats|constituency|constituencies|ward|wards|district|districts|riding|ridings)\b")

# verbs of giving: "offer her congratulations", "sent him their condolences": the pronoun after them receives
_GIVING_VERBS = frozenset(("offer", "send", "extend", "convey", "give", "pass", "express", "wish"))



def _attribution_last(ctx, span, seg) -> bool:
    """ "..., the election commission said (on Friday).": a comma, the subject (at most six words), the speech
    verb, then at most four words to the sentence's end."""
    comma = next((k for k in range(span.start - 1, max(seg.start, span.start - 7) - 1, -1) if ctx.texts[k] == ","), None)
    rest = [w for w in ctx.texts[span.end: seg.end] if w.strip() and w not in (".", "!")]
    return comma is not None and len(rest) <= 4 and not any(w in (",", ";", ":") for w in rest)

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
        self.negation_bigrams = {tuple(b) for b in lex.get("negation_bigrams", [])}
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
                led = ev.pop("_led", None)
                if led:
                    # "X led the Y Party to victory": the party led wins too (the leader's win stays)
                    rule = ev["rule"].split("/actor:", 1)
                    rule = rule[0] + "/actor:led-party/" + rule[1].split("/", 1)[1] if len(rule) == 2 else ev["rule"]
                    found.append({k: v for k, v in ev.items() if k != "_also"} | {"actor": led, "target": None, "rule": rule,
                                                                                 "start": doc[ev["_head"]].idx})
                if ev.pop("_loser", False):
                    rule = ev["rule"].replace("events/win/", "events/lose/", 1)
                    rule = rule.replace("/passive-agent", "/passive-agent/loser") if "/passive-agent" in rule \
                        else rule.replace("/modality:", "/defeated-loser/modality:")
                    found.append({k: v for k, v in ev.items() if k != "_also"} | {
                        "kind": "lose", "actor": ev["target"], "target": ev["actor"], "rule": rule,
                        "cameo": self.kinds.get("lose", {}).get("cameo"), "plover": self.kinds.get("lose", {}).get("plover")})
                for second in ev.pop("_also_targets", None) or ():
                    found.append({k: v for k, v in ev.items() if k != "_also"} | {
                        "target": second, "rule": ev["rule"].replace("/modality:", "/conjunct-target/modality:")})
                for also in ev.pop("_also", None) or ():
                    if also and also != ev["actor"]:
                        # "X and Y agreed to form a government", "X, Y and Z signed a coalition deal": all act
                        found.append({**ev, "actor": also, "rule": ev["rule"].replace("/modality:", "/conjunct/modality:")})
        self._borrow_participants(ctx, found)
        self._admitted_losses(ctx, found)
        self._concession_targets(found)
        self._credited_winners(ctx, found)
        self._call_targets(found)
        self._winner_targets(ctx, found)
        self._repeated_resignations(found)
        seen = set()
        # one sentence's "X edged out Y to win": the event with the target stands for the one without
        targeted = {(ev["kind"], ev["actor"], ev["_sent"]) for ev in found if ev["actor"] and ev["target"]}
        for ev in found:
            if not ev["actor"]:
                continue
            key = (ev["kind"], ev["actor"], ev["target"], ev["_sent"])
            if key in seen or (ev["target"] is None and key[:2] + (ev["_sent"],) in targeted):
                continue
            seen.add(key)
            ev.pop("_head", None)
            ev.pop("_sent", None)
            ev.pop("_poss", None)
            ev.pop("_led", None)
            ev.pop("_loser", None)
            ev.pop("_also_targets", None)
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
        if trig.kind == "call" and prev is not None and prev.text == "," and span.start - 2 >= seg.start \
                and ctx.lower[span.start - 2] in trig.prev_deny and nxt is not None and nxt.is_title:
            return None  # "a new Green party, called Politics Can Be Different": the group's name, not a phone call
        if trig.roles != "noun" and prev is not None and prev.text in _HYPHENS and not prev.whitespace_ \
                and span.start - 2 >= seg.start and not doc[span.start - 2].whitespace_ and doc[span.start - 2].is_alpha:
            return None  # "the so-called Vesk Napoleon", "a self-declared winner": part of a hyphenated adjective
        if nxt is not None and nxt.lower_ in trig.next_deny:
            return None
        if trig.prev_deny and any(ctx.lower[i] in trig.prev_deny for i in range(max(seg.start, span.start - 3), span.start)) and trig.roles == "noun" \
                and not self._suffered_after(ctx, span, seg):
            return None  # ("acknowledged defeat": the concession; not "acknowledged the defeat that he suffered": his loss)
        if ctx.tagged and trig.roles != "noun" and len(span) == 1 and head.lower_ in _NOUN_TOO \
                and head.pos_ == "NOUN" and prev is not None \
                and (prev.pos_ in ("NOUN", "PROPN", "DET", "ADJ") or prev.lower_ in ("'s", "’s")) \
                and not (head.lower_ == "wins" and prev.pos_ == "PROPN" and ctx.name_at(prev.i)
                         and (nxt is None or nxt.lower_ not in self.lex.get("plural_win_after", ()))):
            # "an election win", "Labour's win": the nominal trigger handles it. A headline's "Labour wins",
            # "Labour wins big" (a name, then "wins" not followed by "in" / "of" as "Liberal wins in the west" is) is
            # the verb the tagger read as a plural noun (which no nominal trigger takes)
            return None
        if trig.roles == "noun" and head.lower_ in ("win", "wins") and set(ctx.lower[span.end: min(seg.end, span.end + 4)]) \
                & self.lex.get("vote_share_words", set()):
            return None  # "saw Issoufou win 48.4 percent of the vote": a vote share (the verb read as a noun)
        if trig.roles == "noun" and head.lower_ in ("win", "wins") and (
                prev is not None and prev.lower_ in _VERB_BEFORE or nxt is not None and nxt.lower_ == "back"):
            return None  # "to win", "and win back those voters": the verb, which the verbal trigger handles
        # (the report's words after the trigger; or before it, when the sentence ends with its attribution: "The X
        # won 120 seats, the election commission said on Friday.")
        reported = ctx.lower[span.end: seg.end]
        if trig.segment_require and _attribution_last(ctx, span, seg):
            reported = ctx.lower[seg.start: span.start]
        if trig.segment_require and not set(reported) & self.lex.get(trig.segment_require, set()):
            return None  # "the electoral commission said turnout was 60%": no result announced
        if trig.segment_deny and set(ctx.lower[span.end: seg.end]) & self.lex.get(trig.segment_deny, set()):
            return None  # "came to office in a party coup": no election won
        if trig.kind == "win" and trig.roles in ("sv", "svo") and span.start - 2 >= seg.start \
                and ctx.lower[span.start - 1] in ("for", "of", "at") and ctx.lower[span.start - 2] in self.lex.get("win_goal_nouns", set()):
            return None  # "Abe's prospects for winning another term", "its chances of winning": a win hoped for
        if trig.kind == "win" and trig.id != "win/verb" and _IN_SEATS.match(" ".join(ctx.lower[span.end: min(seg.end, span.end + 6)])):
            return None  # "X, Y and Z have emerged victorious in one seat each": seats won, no election
        if trig.kind == "win" and trig.roles == "sv" and "than" in ctx.lower[max(seg.start, span.start - 3): span.start]:
            return None  # "fewer seats than it won in 2017": the seats of a comparison
        if trig.kind in ("win", "lose") and trig.roles in ("sv", "svo") and self._seat_relative(ctx, span, seg):
            return None  # "the 52 seats it won in the last election", "seats that were won by X": a seat count
        if trig.kind == "win" and trig.roles in ("sv", "svo") and _has_bigram(ctx.lower[span.end: min(seg.end, span.end + 12)],
                                                                     ("popular", "vote")):
            return None  # "beat the Unity Party, winning a greater share of the popular vote": a vote count
        if trig.kind == "meet" and self._setting_meeting(ctx, span, seg):
            return None  # "X, during a meeting with Y, said ...": the setting of what X said or did, no meet event
        if trig.kind == "resign" and trig.roles == "noun" and self._reported_resignation(ctx, span, seg):
            return None  # "The news agency confirmed the resignation": not the agency's; the resigner's is told elsewhere
        kind = trig.kind
        decisions: list[str] = []  # named in the claim's rule after the trigger id
        ctx.notes = decisions  # (the role finders add theirs)
        actor, target, passive = self._roles(ctx, trig, span, head, seg)
        if actor is not None and not passive and trig.roles in ("sv", "svo"):
            owner = self._alias_owner(ctx, actor, seg)
            if owner is not None:
                actor = owner
                decisions.append("alias-owner")
        if not passive and trig.roles in ("sv", "svo"):
            # "(as) the head of the commission announced": the subject right before the verb is a role the article
            # gives a person elsewhere ("Ivo Brandt, the head of the commission"); that person, not a name before it
            holder = ctx.role_holder(span, seg)
            if holder is not None:
                actor = holder
                decisions.append("role-holder")
        if actor is not None and trig.roles in ("sv", "svo", "elect"):
            # "X met with President Y to step down", "X wrote to Y since being elected": the nearest name is the
            # main verb's partner; the subjectless adverbial clause is its subject's
            ctrl = ctx.nonfinite_controller(head)
            if ctrl is not None and not actor.start <= ctrl.i < actor.end:
                m = ctx._mention_ok(ctx.mention_at(ctrl))
                if m is not None and ctx.personish(m):
                    actor = m
                    decisions.append("controller")
        borrowed = None
        if trig.roles == "noun" and kind in SYMMETRIC and ctx.is_adjunct(span, seg):
            # "congratulated Y in a phone call", "spoke with Y during talks": the clause's participants
            borrowed = ctx.borrow(seg, span.start)
            if borrowed is not None:
                actor = target = None
                decisions.append("borrowed")
            elif kind == "call" and actor is None and ctx.fronted_adjunct(span, seg):
                # "In a phone call, X congratulated Y", "During a telephone call on Tuesday, X told Y ...": the call
                # phrase opens the sentence, so no event of the clause is found yet to borrow from; the main clause's
                # subject called its object (or the partner 'with' names: "In a phone call with Y, X said ...")
                subj, obj = ctx.fronted_adjunct_roles(span, seg, trig)
                if subj is not None:
                    actor = subj
                    target = target if target is not None else obj
                    decisions.append("fronted-call")
            elif actor is None and target is not None:
                # "Y wished success to Ruritania in a phone call with Z": the clause's (named) subject called Z
                actor = ctx.clause_subject(head)
                if actor is not None:
                    decisions.append("clause-subject")
        if kind == "congratulate" and trig.roles == "noun" and actor is None and target is not None and borrowed is None \
                and span.start > 0 and doc[span.start - 1].is_quote:
            # '"Congratulations to Ivo Brandt on a remarkable victory," Lindqvist wrote': a quotation that opens with
            # the congratulation is its speaker's (as the quotes stage attributes it)
            speaker = ctx.quote_speaker(span[0])
            if speaker is not None:
                borrowed = (speaker, ctx.name(target))
                decisions.append("quote-speaker")
        if kind == "congratulate" and trig.roles == "noun" and actor is None and target is None and borrowed is None \
                and span.start > 0 and doc[span.start - 1].is_quote:
            # '"Congratulations on your result," Roe told Ada Soto': a quotation that opens with the congratulation
            # and has no one named in it is its speaker's, to the person the attribution addresses
            addressee = ctx.quote_addressee(span.start - 1)
            speaker = ctx.quote_speaker(span[0]) if addressee is not None else None
            if speaker is not None and ctx.name(addressee) not in (None, speaker):
                borrowed = (speaker, ctx.name(addressee))
                decisions.append("quote-addressee")
        if kind == "congratulate" and trig.roles == "noun" and target is None and borrowed is None:
            voc = self._vocative_before(ctx, span)
            if voc is not None:
                # "'Mr Prime Minister, congratulations,' Voss said": the quotation's speaker congratulates the person
                # the quotation opens by addressing
                speaker, addressee = ctx.quote_speaker(span[0]), ctx.name(voc)
                if speaker is not None and addressee is not None and addressee != speaker:
                    borrowed = (speaker, addressee)
                    decisions.append("quote-vocative")
        if kind == "congratulate" and (target is None or ctx.name(target) is None) and borrowed is None and (
                trig.roles == "noun" and span.start > 0 and doc[span.start - 1].is_quote
                or actor is not None and len(actor) == 1 and actor[0].lower_ in ("i", "we")):
            # '"Congratulations @AntonVesk on your victory," Kask said', '"CONGRATULATIONS PRESIDENT VESK!"', '"I
            # congratulate @realAntonVesk"': a quoted message (often a post) addresses its congratulation by a handle or
            # in capitals; a person the article names whose surname the handle or the capitals spell is the target
            addressee = self._addressed_after(ctx, span)
            speaker = ctx.quote_speaker(span[0]) if addressee is not None else None
            if speaker is not None and addressee != speaker:
                borrowed = (speaker, addressee)
                decisions.append("quote-handle")
        if actor is not None and borrowed is None and trig.roles in ("sv", "svo"):
            # '"I spoke with president-elect X to congratulate him," Roe said': the subjectless infinitive is the
            # first person's (the quotation's speaker), the name before it the partner
            ctrl = ctx.nonfinite_controller(head)
            if ctrl is not None and ctrl.lower_ in ("i", "we") and not actor.start <= ctrl.i < actor.end:
                speaker = ctx.quote_speaker(ctrl)
                partner = ctx.name(actor)
                if speaker is not None and partner is not None and speaker != partner:
                    borrowed = (speaker, partner)
                    decisions.append("controller-speaker")
        if actor is not None and borrowed is None and not passive and trig.roles in ("sv", "svo"):
            # "X said after the electoral commission announced the results": the verb's own subject, an organisation
            # named by a common noun, acts -- not a name before it in another clause (the organisation's name, when
            # the article gives it, else nobody)
            own = ctx.own_org_subject(head, actor)
            if own is not None:
                actor = own
                decisions.append("org-subject")
        comma_org = None
        if actor is not None and borrowed is None and not passive and kind == "announce" and trig.roles == "sv" \
                and actor.end <= span.start:
            # "..., the country's election commission announced on Wednesday": the organisation after the comma
            # announces (by the name the article gives it, else nobody), not the name before the comma
            comma_org = ctx.comma_subject(span, seg)
            if comma_org is not None and comma_org.start >= actor.end:
                actor = comma_org
            else:
                comma_org = None
        if actor is not None and borrowed is None and not passive and trig.roles in ("sv", "svo") and len(actor) == 1 \
                and actor[0].lower_ in ("he", "she", "they", "it") and actor.start > seg.start and actor.end < span.start \
                and ctx.tagged and doc[actor.end].pos_ == "VERB" and actor.end not in ctx._trigger_tokens \
                and doc[actor.start - 1].pos_ == "NOUN" and doc[actor.start - 1].is_lower:
            # "the coalition she leads obtained a majority", "the party he founded won": the pronoun is the subject of
            # a relative clause on the common noun that acts (no name)
            actor = None
            decisions.append("relative-clause-pronoun")
        if actor is not None and borrowed is None and not passive and trig.roles in ("sv", "svo") \
                and ctx.common_noun_subject(head, actor):
            actor = None  # "10 women came forward to accuse him", "Critics in the party accused X": no name acts
            decisions.append("common-subject")
        # (a nominal trigger: the verb it is the object of, "Soto's coalition won a landslide victory")
        verb = head if trig.roles in ("sv", "svo") else (
            head.head if ctx.parsed and trig.roles == "noun" and head.dep_ in OBJ and head.head.pos_ == "VERB" else None)
        if actor is not None and borrowed is None and not passive and verb is not None \
                and "controller" not in decisions and ctx.modifies_subject(verb, actor):
            # "Ana Soto's ruling coalition won", "the opposition headed by Tomas Reyes won": a group acts -- the party
            # the article ties to the person, when it names one (else nobody the article names)
            led = ctx.party_led_by(actor) if kind in _PERSON_OR_PARTY_KINDS else None
            actor = led
            decisions.append("subject-modifier" if led is None else "subject-modifier/led-party")
        if kind == "accuse" and not passive and trig.roles in ("sv", "svo") and reduced_passive(doc, head):
            # "Anna Voss, accused of corruption in 2019, was cleared", "X accused of fraud resigns": the name before
            # the participle is the one accused; who accused is not said
            actor, target = None, actor
            decisions.append("reduced-passive")
        if passive and trig.passive_kind and actor is not None and target is not None and trig.kind == "win":
            # "X was defeated in the runoff by Y": the agent named, the active reading, Y defeated (won over) X
            decisions.append("passive-agent")
        elif passive and trig.passive_kind:
            # "X was defeated": X lost
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
        if borrowed is None and target is None and kind in SYMMETRIC and (actor is None or len(actor) == 1 and actor[0].is_lower):
            pair = self._pair_subject(ctx, span, seg)
            if pair is not None:
                # "X spoke to Y on Friday. The pair are due to meet next week": the two people just named
                borrowed = pair
                decisions.append("pair-noun")
        if borrowed is None and trig.require == "actor" and actor is None:
            return None
        if trig.require == "target" and target is None and kind == trig.kind:
            return None
        if trig.require == "electoral_body_actor" and not ctx.is_electoral_body(actor):
            return None  # "The Independent Electoral Commission said the X won": the body that counts announces
        if trig.require == "person_target" and (target is None or not ctx.personish(target)):
            return None
        if trig.require == "resolved_person_target" and (target is None or not ctx.resolves_person(target)):
            return None  # "spoke to Ana Soto" is the call; "spoke to Reuters", "spoke to the commission" are not
        if trig.require == "named_person_target" and (target is None or not ctx.person_named(target)):
            return None  # "hosted Ana Soto" is a meeting; "hosted the summit", "host Kenya Kwanza" are not
        if borrowed is None and trig.require == "target_or_pair" and target is None and actor is not None:
            return None
        if trig.object_deny:
            obj = ctx.object_words(head, span, seg)
            if obj is not None and obj[0] & self.lex.get(trig.object_deny, set()):
                return None  # "meet the threshold", "meet their demands"
        top_count: int | None = None  # (a seat count that is a win only when it is the article's largest result)
        if trig.objects or not trig.numeric_objects:
            ok = self._object_ok(ctx, trig, span, head, seg)
            if ok == "seats":
                if kind != "win" or passive:
                    return None  # "lost 12 seats": a seat change, not an event
                top_count = self._object_count(ctx, head, span, seg)
                if top_count is None or self._top_result(ctx) is None or self._top_result(ctx)[1] != top_count:
                    return None
            elif not ok:
                return None
        if trig.after_object_deny and target is not None and target.end < seg.end:
            after = doc[target.end]
            if after.lower_ in trig.after_object_deny or ("ADJ" in trig.after_object_deny and after.pos_ == "ADJ"
                                                          and after.is_lower):
                return None  # ("calling his party strong and united": a description, no phone call)
        actor = ctx.antecedent(actor)
        target = ctx.antecedent(target)
        if trig.id == "win/held-seats" and (actor is None or not ctx._person_entity(actor)):
            # "Ana Voss, Karl Brandt and Jan Ek retained their (respective) seats": each candidate was re-elected;
            # a party that kept its seats ("The Greens retained their seats") states a seat count, no election won
            return None
        actor_other: str | None = None  # (a possessor the subject is not: "poss-other")
        if actor is not None and len(actor) == 1 and actor[0].lower_ in ("her", "him", "them") and actor.start >= 1 \
                and actor.doc[actor.start - 1].lemma_.lower() in _GIVING_VERBS and trig.roles == "noun" \
                and "to" not in ctx.lower[span.end : min(seg.end, span.end + 4)]:
            # (not "extended her warm congratulations to Tomas Reyes": "her" owns them when a "to" names who gets them)
            # "I called Ruiz to offer her congratulations", "sent him his congratulations": the pronoun after a verb
            # of giving is who receives them; the giver is the verb's subject
            verb = actor.doc[actor.start - 1]
            giver = ctx.clause_subject(verb)
            while giver is None and verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.i != verb.i:
                verb = verb.head  # ("I have talked to Ruiz to offer her congratulations": the purpose's subject)
                giver = ctx.clause_subject(verb)
            if giver is not None:
                target, actor = ctx.antecedent(actor), giver
                decisions.append("recipient-pronoun")
        poss = actor is not None and len(actor) == 1 and actor[0].lower_ in _POSS_PRON
        if poss and "intent-possessor" not in decisions:
            # "Carney visited X for his first talks with Y": a possessive pronoun names the clause's subject
            # ("stand down as leader of his party after its defeat": 'its' is no person, the name module reads it)
            subj = ctx.clause_subject(head) if actor[0].lower_ != "its" else None
            told = ctx.addressee(head) if actor[0].lower_ in ("his", "her") else None
            if told is not None:
                # "Roe told Ada Soto that her win was deserved": the one addressed, not the teller
                subj = told
                decisions.append("poss-addressee")
            elif subj is not None and ctx.parsed and any(
                    g.pos_ in ("VERB", "AUX") and g.lower_ in self.lex.get("other_possessor_verbs", ())
                    for g in list(head.ancestors)[:2]):
                # "Z, who accepted his resignation": one accepts (rejects, demands) someone else's resignation --
                # the nearest other person named before, not the subject
                other = ctx.other_person(span, seg, frozenset((ctx.name(subj) or "",)),
                                         person_only=actor[0].lower_ in ("his", "her"))
                decisions.append("poss-other")
                if other is None:
                    return None
                subj = None
                actor_other = other
                target = None  # (the subject accepted it: no one the resignation is aimed at)
            else:
                decisions.append("poss-subject" if subj is not None else "poss-pronoun")
            reporters = self._reporters(ctx, span.start - 2) if trig.roles == "noun" else []
            if reporters:
                # "X and Y, the presidents of A and B, announced their resignation": the announcers, not the subject
                # of another clause ("While Z declared victory, ...")
                borrowed_actor, also_reporters = reporters[0], reporters[1:]
                decisions.append("reporter")
                subj = None
            actor = subj or actor
        if kind in self.lex.get("place_actor_kinds_deny", ()) and ctx.is_place(actor) \
                and not (kind in ("win", "lose", "concede") and self._described_party(ctx, span, seg) is not None):
            # ("Jamaica's ruling party conceded": the party the article calls ruling, not the country)
            return None  # "Estmark resigned": a country does not win, resign or concede
        if kind in self.lex.get("place_actor_kinds_deny", ()) and trig.roles == "noun" and actor is not None \
                and actor.start >= span.end and ctx.place_entity(actor):
            return None  # "a win for Mother Ostria" (the parse's reading too): a place after the noun won nothing
        actor_name = ctx.name(actor) if "poss-other" not in decisions else actor_other
        if actor_name is None and actor is not None and actor[-1].is_lower and ctx.is_electoral_body(actor):
            # "the independent electoral commission said": the body the article names in full (none named: nobody
            # to name)
            actor_name = ctx.electoral_body(actor)
        if comma_org is not None:
            actor_name = ctx.electoral_body(comma_org) or ctx.org_named_before(comma_org)
        if "reporter" in decisions:
            actor_name = borrowed_actor
        elif actor is not None and len(actor) == 1 and actor[0].lower_ in ("he", "she") and trig.roles in ("sv", "svo"):
            v = actor.start - 1
            if v > seg.start and ctx.lower[v] == "that":
                v -= 1
            reporters = self._reporters(ctx, v) if v < actor.start - 1 else []
            if len(reporters) == 1 and reporters[0] != actor_name:
                # "Tomas Berg, the party's president, announced that he will resign": the announcer
                actor_name = reporters[0]
                decisions.append("reporter")
        target_name = ctx.name(target)
        if actor is not None and len(actor) == 1 and actor[0].lower_ in ("its", "their") \
                and (actor_name is None or actor_name.lower() in ("its", "their")) and seg.start > 0:
            # "The Unity Front won the election. Its victory surprised many": an 'its' the resolver left unread opening a
            # sentence is the party the previous sentence names (else nobody)
            actor_name = self._previous_party(ctx, seg)
            decisions.append("its-party")
        if borrowed is not None:
            actor_name, target_name = borrowed
        # names: a group adjective ('the American', 'Victorian') is nobody; an institution ('House of Commons',
        # 'Westminster MPs') neither wins, loses, resigns nor concedes
        if ctx.is_demonym(actor) or ctx.is_adjective(actor):
            actor_name = None
        if actor is not None and len(actor) == 1 and actor[0].lower_ in _MONTHS | {"mar"} and actor.end < len(doc) \
                and doc[actor.end].like_num:
            actor_name = None  # "on Saturday (Mar 12) cruised to victory": a date, no actor
        if actor_name and actor_name.lower() in _demonyms() and not _is_party(actor_name):
            # "The Chinese president said his meeting ...": a pronoun the resolver tied to a nationality word
            actor_name = None
        if kind in _PERSON_OR_PARTY_KINDS and ctx.is_group_plural(actor):
            return None  # "Islamists win big", "Farmers win subsidy fight": a kind of people, no party or person
        if ctx.is_demonym(target) or ctx.is_adjective(target):
            target_name = None
        described = self._described_party(ctx, span, seg) if kind in ("win", "lose", "concede") else None
        if described is not None:
            # "Opposition party wins general election in Anguilla", "Chad's ruling party wins most seats": the party
            # the article describes with the same word ("The main opposition Anguilla Progressive Movement won")
            actor_name = described
            decisions.append("described")
        if kind in _PERSON_OR_PARTY_KINDS and self.is_institution(actor_name):
            return None
        if kind in _PERSON_OR_PARTY_KINDS and actor_name and ctx.is_chamber(actor, actor_name):
            # "a historic win in Punjab Assembly polls by winning a majority", "AAP on Punjab Win": a chamber (a place's
            # name before "Assembly" is one even though "Assembly" may end a party's name) wins, loses or resigns nothing
            return None
        if kind in ("win", "lose") and described is None and actor is not None and actor.start < span.start and ctx.place_entity(actor):
            return None  # "Ostria lost the vote": a country (or region) as the subject of a win or loss is no party
        if trig.id == "form_government/sworn-in" and actor_name and actor_name.split()[-1].lower().strip(".,()") in \
                self.lex["institution_words"] | self.lex.get("member_words", set()):
            # "The National Assembly will be sworn in", "the new MPs were sworn in": a chamber or its members take
            # the oath, no government is formed (even when a party shares the chamber's name)
            return None
        if kind in _PERSON_OR_PARTY_KINDS and self.is_generic(actor_name):
            return None  # "Incoming German government signs coalition agreement", "The PM won": nobody named
        if top_count is not None:
            top = self._top_result(ctx)
            if not actor_name or top is None or not self._same_party(actor_name, top[0]):
                return None  # "the Greens won 12 seats": a count, not the win
            decisions.append("largest-count")
        if trig.roles == "elect":
            why = self._elect_ok(ctx, span, seg, actor_name)
            if why is None:
                return None  # "X was elected (to parliament)", "24 senators were elected": no election won
            decisions.append(why)
            if why == "parliament-vote":
                kind = "form_government"
        stage = None  # (an actor found here, not by a role stage: named in the rule's actor part)
        if kind in ("win", "lose") and trig.roles == "sv" and not passive and (actor is None or actor.end <= span.start):
            # (the bloc right before the verb is its subject: "In Northfield, the left won" -- not the place before)
            bloc = self._bloc_subject(ctx, span, seg)
            if bloc is not None:
                actor_name = bloc
                stage = "bloc-subject"
        led_party = self._led_party(ctx, span, head, seg) if trig.id == "win/led-to" else None
        if led_party is not None and actor_name in (None, led_party):
            # ("The campaign led the Greens to victory": the party alone)
            actor_name, led_party, stage = led_party, None, "led-party"
        defeated_person = trig.id == "win/defeat" and kind == "win" and not passive and target_name is not None \
            and ctx.resolves_person(target)
        if actor_name is None and defeated_person:
            # "A party caucus ousted Prime Minister Ana Soto", "the swing unseated Ana Soto": who defeated her is no
            # one the article names, but the person defeated lost
            kind, actor, actor_name, target, target_name = "lose", target, target_name, None, None
            defeated_person = False
            decisions.append("object-loser")
        if actor_name is None and (kind not in SYMMETRIC or actor is not None or target is not None):
            return None
        if actor_name and target is not None and len(target) == 1 and target[0].lower_ in ("him", "her", "them") \
                and (target_name is None or target_name == actor_name):
            # "X congratulated her": an object pronoun is someone other than the subject (not "herself")
            target_name = ctx.other_person(span, seg, actor_name, person_only=target[0].lower_ != "them")
        if actor_name and target_name and actor_name == target_name:
            target_name = None
        # "congratulated the Labor leader Ana Voss and the Greens leader, Piet Marr": each of two coordinated targets
        also_targets: list[str] = []
        if kind in ("congratulate", "call", "accuse") and target is not None and target_name and borrowed is None:
            pair = ctx.conjunct(target)
            if pair is not None and pair[0] is not None and pair[1] is not None and pair[0].start == target.start \
                    and pair[1].start > target.end:
                second = ctx.name(ctx._titled_apposition(pair[1], seg))  # ("the Greens leader, Piet Marr": the leader)
                if second and second not in (target_name, actor_name) and not ctx.is_place(pair[1]):
                    also_targets.append(second)
        also: list[str | None] = [ctx.name(m) for m in ctx.extra_actors.get(span.start, ())]
        if "reporter" in decisions and trig.roles == "noun":
            also = list(also_reporters)  # (each announcer resigns: "announced their resignation")
        elif kind not in SYMMETRIC and actor is not None and actor_name and not also:
            listed = ctx.earlier_conjuncts(actor)
            if listed:
                also = [ctx.name(m) for m in listed]
            else:
                pair = ctx.conjunct(actor)
                if pair is not None and pair[0] is not None and pair[1] is not None and pair[1].start == actor.start \
                        and pair[0].end < actor.start and not ctx.is_place(pair[0]) and not ctx.after_preposition(pair[0]):
                    also = [ctx.name(pair[0])]  # "X and Y congratulated Z": both act
                elif pair is not None and pair[0] is not None and pair[1] is not None and pair[0].start == actor.start \
                        and actor.start > span.end and ctx.lower[actor.start - 1] in ("from", "by") \
                        and not ctx.is_place(pair[1]):
                    also = [ctx.name(pair[1])]  # "congratulations from X and Y", "was congratulated by X and Y"
        modality = self._modality(ctx, trig, span, head, seg)
        if modality == "planned" and kind in self.lex.get("prediction_kinds", ()):
            modality = "other"  # "X will win": a prediction
            decisions.append("prediction")
        if modality == "negated":
            return None  # "did not resign", "No party won", "refused to concede": no event happened
        if modality == "other" and not self.emit_other:
            return None
        if modality == "other" and kind in self.lex.get("no_other_kinds", ()):
            return None  # "is expected to win", "would have lost", "urged X to resign": no outcome happened
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
            "rule": event_rule(kind, trig, stage or (ctx.actor_source if actor is not None else "none"),
                               decisions, modality),
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
            "_also_targets": also_targets,
            "_poss": poss,
            "_led": led_party,
            # "X was defeated by Y": Y won over X, and X lost to Y (both said, one sentence)
            # "X defeated (ousted, unseated) Ana Soto": she lost to X
            "_loser": ("passive-agent" in decisions or defeated_person) and target_name is not None,
        }
        return ev

    def _reported_resignation(self, ctx, span: Span, seg: Span) -> bool:
        """'The state-run news agency confirmed the resignation', 'President X accepted the resignation on Tuesday':
        a resignation noun with no possessor ('his', "Rahimi's") and no 'of Y' after it, the object of a verb by which
        someone else reports, accepts or rejects it (lexicon resignation_report_verbs). The verb's subject did not
        resign; the one who did is the person whose resignation the article told before (that event stands), else
        the article does not say."""
        low = ctx.lower
        if span.end < seg.end and low[span.end] == "of":
            return False  # ("reported the resignation of Ali Rahimi": the 'of' phrase names the resigner)
        k = span.start - 1
        while k > seg.start and span.start - k <= 3 and (low[k] in ("the", "this", "that") or ctx.texts[k].islower()
                                                         and ctx.doc[k].pos_ == "ADJ"):
            k -= 1
        if k == span.start - 1 or low[k + 1] not in ("the", "this", "that"):
            return False  # ("accepted his resignation", "accepted Rahimi's resignation": the possessor resigned)
        return low[k] in self.lex.get("resignation_report_verbs", ())

    def _vocative_before(self, ctx, span: Span) -> Span | None:
        """The words a quotation opens with to address someone, right before the trigger: an opening mark, one to
        four capitalised words (a title, a name: "Mr Prime Minister", "President Voss"), a comma; None otherwise."""
        doc = ctx.doc
        k = span.start - 1
        if k < 2 or doc[k].text != ",":
            return None
        j = k - 1
        while j >= 0 and k - j <= 4 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j -= 1
        if j < 0 or j == k - 1 or not doc[j].is_quote:
            return None
        return doc[j + 1: k]

    def _addressed_after(self, ctx, span: Span) -> str | None:
        """The person a congratulation right before addresses by a handle ("@AntonVesk", "@realAntonVesk") or by a
        surname in capitals ("PRESIDENT VESK"), within the next five words (titles and "to" passed over): the fullest
        name of a person the article names whose surname (four letters or more) the handle contains or the capitals
        spell; None otherwise (two such people: None)."""
        doc = ctx.doc
        people: dict[str, set[str]] = {}
        # (the people: the NER's, and the name runs of two words or more the resolver ties to a person)
        runs = [e for e in doc.ents if e.label_ == "PERSON"] + [r for r in ctx.name_runs(0, len(doc)) if len(r) >= 2]
        for e in runs:
            if len(e[-1].text) >= 4 and e[-1].is_alpha and e[-1].is_title and e[-1].lower_ not in ctx.lex["title_nouns"] \
                    and ctx.person_named(e):  # (not "Serbian President": a title's last word is no surname)
                name = ctx.name(e)
                if name:
                    people.setdefault(e[-1].lower_, set()).add(name)
        if not people:
            return None
        for tok in doc[span.end : min(span.end + 5, len(doc))]:
            if tok.is_sent_start or tok.text in ("!", ".", "?") or tok.is_quote:
                break
            if tok.text.startswith("@") and len(tok.text) > 4:
                handle = tok.text[1:].lower()
                hits = {n for surname, names in people.items() if surname in handle for n in names}
                return next(iter(hits)) if len(hits) == 1 else None
            if tok.is_upper and tok.is_alpha and tok.lower_ in people:
                hits = people[tok.lower_]
                return next(iter(hits)) if len(hits) == 1 else None
        return None

    def _pair_subject(self, ctx, span: Span, seg: Span) -> tuple[str, str] | None:
        """ "The pair are due to meet", "the two leaders held talks", "both men met": a subject that counts two people
        (right before the trigger in its sentence) stands for the last two people named, in this sentence or the one
        before, in the order the article names them; None when it named fewer than two."""
        words = ctx.lower[seg.start: span.start]
        at = next((seg.start + k for k in range(len(words) - 1, -1, -1)
                   if words[k] in ("pair", "duo") or words[k] in _PAIR_NOUNS and k > 0 and words[k - 1] in ("two", "both")), None)
        if at is None or at - seg.start > 4 or span.start - at > 6:
            return None
        lo = ctx.segment(ctx.doc[seg.start - 1]).start if seg.start > 0 else seg.start
        names: list[str] = []
        for e in ctx.doc.ents:
            if e.label_ == "PERSON" and lo <= e.start and e.end <= at:
                name = ctx.name(e)
                if name and name not in names:
                    names.append(name)
        return (names[-2], names[-1]) if len(names) >= 2 else None

    def _setting_meeting(self, ctx, span: Span, seg: Span) -> bool:
        """'X, in his remarks during a meeting with Y, said ...', 'At a meeting with Y, X said ...', 'X congratulated Y
        during a meeting in Abuja': a meeting noun (lexicon setting_meeting_nouns) in a circumstantial phrase opened by
        'during' / 'at' (lexicon setting_preps; 'in' only before a determiner: 'in a meeting with', not 'in talks
        with', an ongoing negotiation) is the setting of the clause, not a reported meeting. Meetings that are events
        are told by a verb ('met', 'held talks', 'had a meeting with') or by the noun as a clause's subject."""
        if span[-1].lower_ not in self.lex.get("setting_meeting_nouns", ()):
            return False
        low = ctx.lower
        k = span.start - 1
        dets = 0
        while k >= seg.start and span.start - k <= 5 and (low[k] in _DET_ADJ and low[k] not in ("in", "to")
                                                          or ctx._in_hyphenated(k)):
            dets += 1  # (a hyphenated adjective is no preposition: "an in-person meeting is being arranged")
            k -= 1
        if k < seg.start:
            return False
        return low[k] in self.lex.get("setting_preps", ()) or (low[k] == "in" and dets > 0)

    def _bloc_subject(self, ctx, span: Span, seg: Span) -> str | None:
        """'The left suffered a historic defeat', 'the far right won': an ideological bloc written in lower case
        (lexicon bloc_words) as the subject right before the verb (after 'the', opening the sentence or a clause
        after a comma) is the group that won or lost; its name is the phrase as written, without the article (not
        the party 'Left' the lexicon knows, which is written with a capital). 'The government suffered a defeat'
        names no bloc and nobody."""
        low = ctx.lower
        k = span.start - 1
        while k > seg.start and low[k] in _AUX_ADV:
            k -= 1
        j = k
        while j > seg.start and low[j] != "the" and k - j < 4:
            j -= 1
        if low[j] != "the" or j == k or not (j == seg.start or ctx.texts[j - 1] in (",", ";", ":") or ctx.doc[j - 1].is_space):
            return None
        words = ctx.texts[j + 1: k + 1]
        if not all(w.islower() or w in ("-", "‐", "‑") for w in words):
            return None
        phrase = " ".join(words).replace(" - ", "-").replace(" ‐ ", "‐")
        return phrase if phrase.lower() in self.lex.get("bloc_words", set()) else None

    def _led_party(self, ctx, span: Span, head, seg: Span) -> str | None:
        """'X led the Harbour Party to (a thrilling) victory': the capitalised name between the verb (and its
        determiner) and 'to', when it is a party ('led Ostria to victory' names a country, no party)."""
        a = head.i + 1
        while a < span.end and ctx.lower[a] in ("the", "his", "her", "their"):
            a += 1
        b = a
        while b < span.end and ctx.lower[b] != "to":
            b += 1
        if b <= a or ctx.is_place(ctx.doc[a:b]):
            return None
        name = ctx.name(ctx.doc[a:b])
        return name if name and _is_party(name) else None

    def is_institution(self, name: str | None) -> bool:
        """A legislature, court or palace ('House of Commons', 'Westminster MPs'), unless a party's name."""
        if not name:
            return False
        words = {w.lower().strip(".,()") for w in name.split()}
        if not words & self.lex["institution_words"]:
            return False
        return not _is_party(name)

    def _described_party(self, ctx, span: Span, seg: Span) -> str | None:
        """The party a described subject stands for: the subject before the trigger is only a description and a
        party noun ("Opposition party", "Chad's ruling party", "the main opposition party"), and the article names
        a party right after the same describing word elsewhere ("the main opposition Anguilla Progressive
        Movement", "Chad's ruling Patriotic Salvation Movement (MPS)"); None otherwise (no such party, or two)."""
        low = ctx.lower
        lo = seg.start
        # (after a dateline: "KINGSTON, (Reuters) – Jamaica's ruling party conceded": the subject follows its dash)
        lo = max([k + 1 for k in range(seg.start, span.start) if ctx.texts[k] in ("–", "—", "--")], default=lo)
        subject = [w for w in low[lo: span.start] if w not in ("the", "a", "main", "'s", "’s", "'", "’")]
        if not subject or subject[-1] not in _DESCRIBED_NOUNS:
            return None
        words = set(subject[:-1])
        describing = words & _DESCRIBING_WORDS
        if not describing or len(subject) > 4:
            return None
        doc = ctx.doc
        found: set[str] = set()
        for i, w in enumerate(low):
            if w not in describing or seg.start <= i < span.end:
                continue
            k = i + 1
            if k < len(doc) and doc[k].text[:1].isupper() and ctx.name_at(k):
                name = ctx.name(ctx._run(doc[k]))
                if name and _is_party(name) or name and not ctx.personish(ctx._run(doc[k])):
                    found.add(name)
        return found.pop() if len(found) == 1 else None

    def is_generic(self, name: str | None) -> bool:
        """A name made only of nationality words and generic words ('German government', 'PM')."""
        if not name:
            return False
        words = {w.lower().strip(".,()") for w in name.split()}
        return words <= (self.lex.get("generic_actor_words", set()) | _demonyms()) and not _is_party(name)

    def _alias_owner(self, ctx, actor: Span, seg: Span) -> Span | None:
        """'Tomas Berg of the Freedom Party, commonly known as FP, alleged ...': a name right after 'known as' /
        'called' in an inserted phrase is another name of the one before the comma; that one, and when it is the
        party 'of' a person named before it, the person, is the verb's subject."""
        low = ctx.lower
        k = actor.start - 1
        if k - 1 <= seg.start or low[k] != "as" or low[k - 1] not in ("known", "called", "dubbed", "nicknamed"):
            return None
        c = k - 2
        while c > seg.start and k - c <= 4 and ctx.texts[c] != ",":
            c -= 1
        if c <= seg.start or ctx.texts[c] != "," or not ctx.name_at(c - 1):
            return None
        named = ctx._run(ctx.doc[c - 1])
        j = named.start - 1
        if j >= seg.start and low[j] == "the":
            j -= 1
        if j - 1 >= seg.start and low[j] == "of" and ctx.name_at(j - 1) and not ctx._is_time(ctx.doc[j - 1]):
            person = ctx._run(ctx.doc[j - 1])
            if ctx._person_entity(person):
                return person
        return named

    @staticmethod
    def _object_count(ctx, head, span: Span, seg: Span) -> int | None:
        """The first number of the verb's object ('won 78 seats', 'won more than 30 seats' -> 78, 30)."""
        toks = list(ctx._child(head, OBJ).subtree) if ctx.parsed and head.pos_ in ("VERB", "AUX") and ctx._child(head, OBJ) is not None \
            else list(ctx.doc[span.end: min(seg.end, span.end + 6)])
        for t in toks:
            if t.like_num:
                try:
                    return int(t.text.replace(",", ""))
                except ValueError:
                    return None
        return None

    @staticmethod
    def _top_result(ctx) -> tuple[str, int] | None:
        """(party, seats) of the article's largest seat count with the status 'result', when one party alone has it
        and the article gives the chamber's size or the majority threshold (the drafts of claimx_seats, which runs
        before this component); None otherwise."""
        if getattr(ctx, "_top", False) is not False:
            return ctx._top
        all_drafts = ctx.doc._.claimx_drafts or ()
        drafts = [d for d in all_drafts if d.get("type") == "seat_count"
                  and d.get("status") == "result" and d.get("party") and isinstance(d.get("seats"), int)]
        top = None
        # (only an article that sizes the chamber or the majority reports a whole result: "The Greens won 14 seats and
        # the Liberals 9" alone may leave out a larger party)
        sized = any(d.get("type") in ("chamber_size", "majority_threshold") for d in all_drafts)
        if drafts and sized:
            best = max(d["seats"] for d in drafts)
            parties = {d["party"] for d in drafts if d["seats"] == best}
            others = [d["seats"] for d in drafts if d["party"] not in parties]
            if len(parties) == 1 and best >= 2 and others:
                top = (next(iter(parties)), best)
        ctx._top = top
        return top

    @staticmethod
    def _same_party(a: str, b: str) -> bool:
        if a == b:
            return True
        ca, cb = _canonical_party(a) or a, _canonical_party(b) or b
        return ca.lower() == cb.lower()

    def _suffered_after(self, ctx, span: Span, seg: Span) -> bool:
        """'the defeat (that) he and Ana Voss suffered': a relative clause after a loss noun whose verb is 'suffered'."""
        if span.root.lower_ not in ("defeat", "defeats", "loss", "losses"):
            return False
        window = ctx.lower[span.end: min(seg.end, span.end + 9)]
        return any(w in ("suffered", "suffer", "suffers") for w in window) and not any(
            w in (",", ".", ";") for w in window[: next((k for k, w in enumerate(window) if w.startswith("suffer")), 0)])

    @staticmethod
    def _reporters(ctx, v: int) -> list[str]:
        """The actors of the announce events found with their verb at token v, in order ([] when none)."""
        if v < 0:
            return []
        return list(dict.fromkeys(ev["actor"] for ev in ctx.found
                                  if ev.get("_head") == v and ev["kind"] == "announce" and ev["actor"]))

    def _previous_party(self, ctx, seg: Span) -> str | None:
        """The first party named in the sentence before seg (the sentence's subject, as a rule), else None."""
        prev = ctx.segment(ctx.doc[seg.start - 1])
        for run in ctx.name_runs(prev.start, prev.end, ctx._trigger_tokens):
            if ctx.is_place(run):
                continue
            name = ctx.name(ctx.unparen(run))
            if name and _is_party(name):
                return name
        return None

    def _seat_relative(self, ctx, span: Span, seg: Span) -> bool:
        """'the 52 seats it won in the last election', 'the 121 seats the Unity Party won', 'the seats that were won
        by the ministers': a verb of winning / losing in a relative clause whose object is a seat noun before it
        counts seats (as 'won 20 seats' does), it states no event."""
        low = ctx.lower
        k = span.start - 1
        while k > seg.start and low[k] in _AUX_ADV | {"been", "be", "had", "previously", "just", "only"}:
            k -= 1
        passive = k + 1 < span.start and low[k + 1] in ("was", "were", "been")
        if not passive:
            # the relative clause's subject: a pronoun, a name ('the Unity Party'), 'the party' / 'its coalition'
            if low[k] in ("it", "they", "he", "she", "we", "i", "you"):
                k -= 1
            elif ctx.name_at(k):
                k = ctx._run(ctx.doc[k]).start - 1
                if k - 1 >= seg.start and low[k] == "and" and ctx.name_at(k - 1):
                    k = ctx._run(ctx.doc[k - 1]).start - 1  # ("the votes the LDP and Komeito won": two subjects)
                if k >= seg.start and low[k] == "the":
                    k -= 1
            elif low[k] in self.lex["org_heads"] and k - 1 >= seg.start and low[k - 1] in ("the", "its", "his", "her", "their"):
                k -= 2
            else:
                return False
        if k >= seg.start and low[k] in ("that", "which"):
            k -= 1
        elif passive:
            return False
        # (a plural count: "Ana Voss won the seat that Karl Brandt lost" states his loss)
        # (or the votes: "the votes the LDP and Komeito won" states no election won)
        return k >= seg.start and (low[k] in self.lex["seat_nouns"] and low[k] not in ("seat", "mps", "deputies", "members")
                                   or low[k] in self.lex.get("vote_count_nouns", ()))

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
        if self._by_institution(ctx, span, seg) or self._institution_subject(ctx, span, seg):
            # "Poland's parliament has elected Donald Tusk as prime minister", "X was elected chancellor by the
            # Bundestag": a legislature's vote for the head of government forms the government; a vote of a body
            # for any other office (speaker, chair) is no election won
            # (the office may follow the person elected: "elected centrist party leader Donald Tusk as prime minister")
            office = low[span.end: min(seg.end, span.end + 10)]
            office = office[: next((k for k, w in enumerate(office) if w in (",", ".", ";", "by", "on", "in")), len(office))]
            return "parliament-vote" if set(office) & _HEAD_OF_GOVERNMENT else None
        if set(after) & self.lex["elect_offices"]:
            return "office"
        if actor_name and _is_party(actor_name) and set(after) & self.lex["elect_party_complements"]:
            return "party-government"
        return None

    def _institution_subject(self, ctx, span: Span, seg: Span) -> bool:
        """'Poland's parliament has elected X', 'lawmakers on Monday elected X': an active "elected" whose subject
        (the words before it in its segment, back to the segment's start or a comma) names a legislature or its
        members."""
        low = ctx.lower
        k = span.start - 1
        words: set[str] = set()
        while k >= seg.start and low[k] not in (",", ";", ":", "that", "which", "who") and len(words) < 8:
            words.add(low[k])
            k -= 1
        if words & {"was", "were", "been", "being", "is", "are", "be"}:
            return False  # passive: the subject is the one elected
        return bool(words & (self.lex["institution_words"] | self.lex.get("member_words", set())))

    def _by_institution(self, ctx, span: Span, seg: Span) -> bool:
        """'... elected (speaker) by the parliament / by MPs': the agent after 'by' (within 8 words) is a
        legislature or its members."""
        low = ctx.lower
        for k in range(span.end, min(seg.end - 1, span.end + 8)):
            if low[k] == "by":
                agent = {w for w in low[k + 1: min(seg.end, k + 6)]}
                return bool(agent & (self.lex["institution_words"] | self.lex.get("member_words", set())))
        return False

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
        ctx.actor_source = "word-order"  # (named in the claim's rule: which stage found the actor)
        if not use_dep:
            return ctx.linear_roles(trig, span, head, seg)
        if self.prefer == "parser":
            dep = ctx.dep_roles(trig, head)
            lin = ctx.linear_roles(trig, span, head, seg)
            if dep[0] is not None:
                ctx.actor_source = "parse"
            return (dep[0] if dep[0] is not None else lin[0]), (dep[1] if dep[1] is not None else lin[1]), dep[2]
        actor, target, passive = ctx.linear_roles(trig, span, head, seg)
        if actor is None or target is None:
            actor_t, target_t, _ = ctx.dep_role_tokens(trig, head)
            if actor is None:
                actor = ctx.dep_actor(trig, actor_t)
                if actor is not None:
                    ctx.actor_source = "parse"
            if target is None:
                target = ctx.dep_target(trig, target_t)
        return self._alias_head(ctx, actor, seg), target, passive

    @staticmethod
    def _alias_head(ctx, actor, seg):
        """ "The National Republican Association (ANR), known as the Colorado Party, has won": a name given as another
        name's alias ("known as", "dubbed", "nicknamed") after a comma stands for the name before it, the actor."""
        if actor is None or not isinstance(actor, Span):
            return actor
        k = actor.start - 1
        if k >= seg.start and ctx.lower[k] == "the":
            k -= 1
        if k - 1 >= seg.start and ctx.lower[k] == "as" and ctx.lower[k - 1] in ("known", "also"):
            k -= 2
        elif k >= seg.start and ctx.lower[k] in ("dubbed", "nicknamed"):
            k -= 1
        else:
            return actor
        if k < seg.start or ctx.texts[k] != ",":
            return actor
        j = k - 1
        if j > seg.start and ctx.texts[j] == ")":  # (past a bracketed abbreviation: "(ANR)")
            j = next((x - 1 for x in range(j - 1, max(seg.start, j - 6), -1) if ctx.texts[x] == "("), j)
        if j >= seg.start and ctx.name_at(j):
            ctx.notes.append("alias-head")
            return ctx._run(ctx.doc[j])
        return actor

    @staticmethod
    def _votes_against(ctx, span, seg) -> bool:
        """ "won 11,420 votes to 9,870": the votes set against an opponent's, a number after "to" following the votes."""
        low = ctx.lower[span.end: min(seg.end, span.end + 8)]
        for k, w in enumerate(low[:-1]):
            if w in ("votes", "vote", "ballots") and low[k + 1] in ("to", "against") and k + 2 < len(low) \
                    and low[k + 2].replace(",", "").isdigit():
                return True
        return False

    def _object_ok(self, ctx, trig, span, head, seg) -> bool:
        allowed = self.lex.get(trig.objects or "", set())
        obj = ctx.object_words(head, span, seg)
        if obj is None:
            # intransitive: "the Liberals won", "Dutton conceded" (not a verb of taking: "took to the stage")
            return not trig.object_required
        words, numeric = obj
        after = ctx.lower[span.end: min(seg.end, span.end + 5)]
        if not numeric and any(a == "one" and b in self.lex["seat_nouns"] or a == "one" and b.isalpha() and c in self.lex["seat_nouns"]
                               for a, b, c in zip(after, after[1:], after[2:] + [""])):
            numeric = True  # "won one seat", "won just one (parliamentary) seat": a count like "won 2 seats"
        if words & self.lex.get("negative_objects", set()):
            return False  # "will win no seats", "won none of the ridings"
        if trig.kind == "win" and ctx.object_head_words(head, span, seg) & self.lex.get("vote_share_words", set()):
            return False  # "won 13 per cent of the vote": a vote share, not an election won
        if trig.kind == "win" and numeric and not words & self.lex["seat_nouns"] \
                and ctx.object_head_words(head, span, seg) & self.lex.get("vote_count_nouns", set()) \
                and not self._votes_against(ctx, span, seg):
            # "which won around 25.3 million votes": a number of votes, not an election won (as a share); but "won
            # 11,420 votes to 9,870 for Y" sets the winner's votes against the loser's: a contest won
            return False
        if words & self.lex.get("comparative_words", set()) and words & self.lex["seat_nouns"]:
            return False  # "wins more seats than forecast", "lost fewer seats than feared": a comparison of counts
        if numeric and not trig.numeric_objects and words & self.lex["seat_nouns"] \
                and not words & self.lex.get("majority_nouns", set()):
            # "won 20 seats", "lost 12 seats": seat claims, not events ("won a 73-seat majority" is one); the caller
            # keeps a win whose count is the article's largest result (_top_result)
            return "seats" if not words & self.lex.get("limiting_words", set()) else False
        if not allowed:
            return True
        head_words = ctx.object_head_words(head, span, seg) if ctx.parsed and head.pos_ in ("VERB", "AUX") else set()
        if trig.kind == "win" and self._named_district(ctx, head):
            return True  # "Chester Cooper won Exumas and Ragged Island": a constituency named by its place name
        if head_words:
            # the parsed object's own words up to its head, not a phrase hanging on it: "won a ballot for the
            # leadership" but not "won praise for the ballot design"
            return bool(head_words & allowed)
        return bool(words & allowed)

    def _named_district(self, ctx, head) -> bool:
        """The verb's parsed object is a place name (a proper noun the entity layer does not take for a person,
        an organisation or a nationality, with no possessive: not "won Ostria's support"), as a constituency or a
        state is named in election news."""
        if not ctx.parsed or head.pos_ not in ("VERB", "AUX"):
            return False
        obj = ctx._child(head, OBJ)
        if obj is None or obj.pos_ != "PROPN" or not obj.text[:1].isupper() or ctx._is_time(obj):
            return False
        if any(t.lower_ in ("'s", "’s", "'") for t in obj.subtree) or any(t.like_num for t in obj.subtree):
            return False
        ent = ctx._ent_of.get(obj.i)
        if ent is not None and ent.label_ in ("PERSON", "PER", "ORG", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"):
            return False
        if ent is None and (obj.i + 1 < len(ctx.doc) and ctx.lower[obj.i + 1] in ("over", "back")):
            return False  # ("won Ana Voss over": a person persuaded)
        return ent is None or ent.label_ in ("GPE", "LOC", "FAC")

    # -- modality ---------------------------------------------------------
    def _admitted_losses(self, ctx, found: list[dict[str, Any]]) -> None:
        """'X admits (that) his party lost to Z': an asserted loss reported by an admission verb at most 6 words
        before it is X's concession (to Z)."""
        doc = ctx.doc
        for ev in list(found):
            if ev["kind"] != "lose" or ev["modality"] != "asserted":
                continue
            head = doc[ev["_head"]]
            seg = ctx.segment(head)
            for k in range(head.i - 1, max(seg.start, head.i - 7) - 1, -1):
                if ctx.lower[k] in self.lex.get("admit_verbs", ()) and k not in ctx._trigger_tokens:
                    ctx.notes = []
                    m = ctx.antecedent(ctx.left_mention(doc[k: k + 1], seg))
                    name = ctx.name(m)
                    if name and name != ev["actor"] and not ctx.is_place(m):
                        rule = "/".join(["events/concede", "trigger:admitted-loss", "actor:word-order", *ctx.notes,
                                         "modality:asserted"])
                        found.append({**ev, "kind": "concede", "actor": name, "rule": rule,
                                      "trigger": doc[k].text, "cameo": self.kinds["concede"].get("cameo"),
                                      "plover": self.kinds["concede"].get("plover")})
                    break

    def _winner_targets(self, ctx, found: list[dict[str, Any]]) -> None:
        """'X congratulated the winner' / 'congratulates the elections winner': when the article's asserted win
        events name exactly one winner, that winner is the target."""
        winners = {ev["actor"] for ev in found if ev["kind"] == "win" and ev["modality"] == "asserted" and ev["actor"]}
        if len(winners) != 1:
            return
        (winner,) = winners
        for ev in found:
            if ev["kind"] != "congratulate" or ev["target"] or not ev["actor"] or ev["actor"] == winner:
                continue
            head = ev["_head"]
            seg = ctx.segment(ctx.doc[head])
            after = ctx.lower[head + 1: min(seg.end, head + 5)]
            if any(w in self.lex.get("winner_nouns", ()) for w in after):
                ev["target"] = winner
                ev["rule"] = ev["rule"].replace("/modality:", "/target-winner/modality:")

    @staticmethod
    def _repeated_resignations(found: list[dict[str, Any]]) -> None:
        """'Rahimi resigned on Monday. Brandt accepted Rahimi's resignation. Rahimi's resignation was confirmed by his
        office.': a resignation noun ('X's resignation', 'his resignation') in a later sentence than a resign event of
        the same person (asserted, or of the noun's own modality) names that one resignation again and makes no second
        event (its actor is cleared, so it is not emitted)."""
        for i, ev in enumerate(found):
            if ev["kind"] != "resign" or not ev["actor"] or not ev["rule"].startswith("events/resign/trigger:noun/"):
                continue
            if any(o["kind"] == "resign" and o["actor"] == ev["actor"] and o["_sent"] < ev["_sent"]
                   and o["modality"] in ("asserted", ev["modality"]) for o in found[:i]):
                ev["actor"] = None

    @staticmethod
    def _call_targets(found: list[dict[str, Any]]) -> None:
        """'X called (up) Y to offer his congratulations': a congratulation without a target, made by the actor of a
        call with a target earlier in the same sentence, was made to the one called."""
        for ev in found:
            if ev["kind"] != "congratulate" or ev["target"] or not ev["actor"]:
                continue
            for other in found:
                if other["kind"] == "call" and other["_sent"] == ev["_sent"] and other["_head"] < ev["_head"] \
                        and other["actor"] == ev["actor"] and other["target"]:
                    ev["target"] = other["target"]
                    ev["rule"] = ev["rule"].replace("/modality:", "/target-called/modality:")
                    break

    @staticmethod
    def _credited_winners(ctx, found: list[dict[str, Any]]) -> None:
        """'X congratulated Y on his victory', 'X called Y to congratulate him on his win': the possessive pronoun
        of a win (loss) that the congratulation is 'on' / 'for' names the one congratulated, not the clause's
        subject. When the congratulated one has no name ('congratulated his opponent on his win') the winner is
        unknown and the win is dropped."""
        for ev in found:
            if ev["kind"] not in ("win", "lose") or not ev.get("_poss"):
                continue
            head = ev["_head"]
            for c in found:
                if c["kind"] != "congratulate" or c["_sent"] != ev["_sent"] or not 0 < head - c["_head"] <= 12:
                    continue
                between = ctx.lower[c["_head"] + 1: head]
                if c["target"] is None and not set(between[:3]) & ctx.lex["title_nouns"]:
                    continue  # ("congratulated voters on her victory": the subject's; "his rival on his win": unknown)
                if ("on" in between or "for" in between) and c["actor"] != c["target"]:
                    ev["actor"] = c["target"]
                    ev["rule"] = ev["rule"].replace("/modality:", "/credited-target/modality:")
                    break

    @staticmethod
    def _concession_targets(found: list[dict[str, Any]]) -> None:
        """'X conceded defeat and congratulated Y': a concession without a target was made to the person the
        same actor congratulated (or called) in the same sentence."""
        for ev in found:
            if ev["kind"] != "concede" or ev["target"] or not ev["actor"]:
                continue
            for other in found:
                if other["kind"] in ("congratulate", "call") and other["_sent"] == ev["_sent"] \
                        and other["actor"] == ev["actor"] and other["target"] and other["modality"] == "asserted":
                    ev["target"] = other["target"]
                    ev["rule"] = ev["rule"].replace("/modality:", "/target-congratulated/modality:")
                    break

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

    def _modality(self, ctx, trig, span, head, seg) -> str:
        return modality(self, ctx, trig, span, head, seg)


@Language.factory(
    "claimx_events",
    default_config={"emit_other": True, "use_parser": True, "prefer": "linear", "data_dir": None},
)
def make_events(nlp: Language, name: str, emit_other: bool, use_parser: bool, prefer: str,
                data_dir: str | None) -> EventsComponent:
    return EventsComponent(nlp, name, emit_other=emit_other, use_parser=use_parser, prefer=prefer, data_dir=data_dir)


def reduced_passive(doc, head) -> bool:
    """ "X, accused of corruption, ...", "X accused of fraud resigns": a past participle followed by "of" with no
    auxiliary before it ("has accused", "had accused") nor an object after it: the passive of a reduced relative."""
    if head.tag_ != "VBN" or head.i + 1 >= len(doc) or doc[head.i + 1].lower_ != "of":
        return False
    before = [doc[k].lower_ for k in range(max(0, head.i - 3), head.i)]
    return not any(w in ("has", "have", "had", "having", "'s", "'ve", "'d") for w in before)
