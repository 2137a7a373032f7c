"""The claimx_seats component: seat counts, seat changes, chamber sizes and majority thresholds, as a pipeline
of stages (majority-status statements are a component of their own, ``components/majority.py``).

Per doc, ``_run`` does:

1. scan: one pass of the data-built Matchers (``data/seats/numbers.jsonl`` finds numbers,
   ``party_shapes.jsonl`` capitalised runs and shaped names), then
   - ``mentions.party_mentions``: the article's party mentions (lexicon / NER parties, registry of full names
     and abbreviations, leaders' parties, named combinations), minus names that are never parties;
   - ``candidates.NumberReader``: the numbers, their hedges ("more than", "about") and ranges;
   - ``context._Ctx``: the per-doc context every stage reads (sentences, parties by token, chamber names);
2. per number, ``kinds.classify`` decides, in stage order:
   candidates (``candidates``: names, dates, labels, units) -> what it counts (``kinds``, ``chambers``,
   ``changes``: a chamber, a threshold, a change, a distance or nothing, a count) -> whose
   (``owners.party_for``) -> status and hedge (``status.status_of``); a count shared by coordinated parties
   ("X and Y, with 58 seats each", ``owners.each_parties``; a change too: "X and Y each picked up one"), a
   bracketed signed change after a count ("61
   seats (+9)", ``kinds.signed_change_after``) and a bare "up from N" after a count
   (``changes.up_from_previous``) and "from N to M" after N (``changes.from_n_to_m``) are read here too;
3. per doc, after every number: lists (``lists.fractions``: "X: 32/72"; ``lists.respectively``: "12 and 9
   seats, respectively", for counts and for changes; ``lists.coordinated_pairs``: the same without the word), projections carried into a continuing bracketed list (``status.carry_projection``)
   and year-framed counts that contradict a party's other result (``status.previous_by_conflict``).

With the ``count_model`` flag (or ``CLAIMX_SEATS_MODEL``), a kept candidate the steps above made nothing of is
asked of the trained classifier (``count_model``, ``_model_gap``): a likely count with an owner becomes a draft.

Each draft's ``rule`` names the construction that fired and the decisions of the stages that shaped it
("seats/count-dep-subject/status:previous-from", "seats/count-left/region", ".../owner:each").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ... import extensions  # noqa: F401
from ...anchors import SentenceMatcher, pattern_anchor
from ...batched import BatchedPipe
from ...doctext import doc_text, span_text
from ...extensions import add_draft
from ...lexflags import compile_patterns
from ...lexicon import load_lexicon
from ...onepass import GroupedMatcher
from ...parties import same_party
from ...treepatterns import AnchoredTreeMatcher
from . import candidates, chambers, changes, count_model, kinds, lists, mentions, model_features, owners, status
from .context import DATA, PartyRef, _Ctx, _most_common, _read_jsonl, _sentences, _Table, _table, count_draft, load_cues, rule_with_status


# the trained seat-figure classifier (``count_model``) fills the rules' gaps by default? (config flag
# ``count_model`` of claimx_seats; ``CLAIMX_SEATS_MODEL`` overrides it)
COUNT_MODEL_DEFAULT = False


class SeatsComponent(BatchedPipe):
    def __init__(self, nlp: Language, name: str, data_dir: str | None = None, count_model: bool = COUNT_MODEL_DEFAULT):
        self.name = name
        self.nlp = nlp
        self.data_dir = Path(data_dir) if data_dir else DATA
        self.use_count_model = count_model
        # the training recipe sets this: each kept candidate's features and the rules' drafts go to
        # ``doc.user_data["claimx_seat_candidates"]`` (see claimx/training/seats_classifier.py)
        self.record_candidates = False
        self._build()

    def _build(self) -> None:
        vocab = self.nlp.vocab
        self.cues = load_cues(str(self.data_dir))
        # the patterns that run over whole documents (numbers, party shapes): one pass per Doc (see onepass).
        # Word-level predicates become lexeme flags (see lexflags): first tokens first, whole-doc patterns first.
        number_patterns = _read_jsonl(self.data_dir / "numbers.jsonl")
        shape_patterns = _read_jsonl(self.data_dir / "party_shapes.jsonl")
        everything = number_patterns + shape_patterns
        flagged = dict(zip((id(p) for p in everything), compile_patterns(vocab, [p["pattern"] for p in everything])))
        self.whole_doc = GroupedMatcher(vocab)
        # a number pattern that needs a word ("one", "dozen", "none", a seat noun, "(") runs only over the
        # sentences holding one (see anchors.SentenceMatcher), not at every token of the doc: only the digits
        # stay in the whole-doc pass. (No two number patterns match the same span, and NumberReader orders
        # the matches itself, so where a match comes from changes nothing.)
        self.worded_numbers = SentenceMatcher(vocab)
        self.number_meta: dict[str, dict[str, Any]] = {}
        for p in number_patterns:
            if pattern_anchor(p["pattern"]) is not None:
                self.worded_numbers.add(p["id"], flagged[id(p)], p["pattern"])
            else:
                self.whole_doc.add("numbers", p["id"], [flagged[id(p)]])
            self.number_meta[p["id"]] = p
        # maximal capitalised runs with lowercase connectors ("Greens of the Coast"): each run pattern in a group
        # of its own, so that "party-run" (a greedy-LONGEST run of two flags) is read from two flag arrays instead
        # of the Matcher (see onepass: in one group with "party-run-particle" it went through the Matcher, which
        # makes every sub-run of every run); _run joins the groups in file order, the order in which the Matcher
        # gives them (its greedy keys come in the order of their first raw match, and every particle run starts
        # with a capitalised word, where a party run has already matched)
        self.run_groups: list[str] = []
        for p in shape_patterns:
            if p["id"].startswith("party-run"):
                self.whole_doc.add(p["id"], p["id"], [flagged[id(p)]], greedy=p.get("greedy"))
                self.run_groups.append(p["id"])
            else:
                self.whole_doc.add("weak", p["id"], [flagged[id(p)]])
        # the parser path: who won / took / holds / owns the seats (used when the doc has DEP)
        self.dep = AnchoredTreeMatcher("num")  # DependencyMatcher patterns, matched from each number outward
        dep_file = self.data_dir / "dep_patterns.jsonl"
        for p in _read_jsonl(dep_file if dep_file.exists() else DATA / "dep_patterns.jsonl"):
            self.dep.add(p["id"], p["pattern"])
        self.pseudo = PhraseMatcher(vocab, attr="LOWER")
        self.pseudo.add("pseudo", [self.nlp.make_doc(t) for t in self.cues.raw["pseudo_parties"] + self.cues.raw["camp_nouns"]])
        self.numbers = candidates.NumberReader(self.cues, self.number_meta)  # stage 1: values, hedges, ranges

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        tb = _table(doc)
        tb.read_ents(doc)  # the entities as they are now (claimx_seats does not change them)
        try:
            self._run(doc, tb)
        finally:
            tb.forget_ents()
        return doc

    def _run(self, doc: Doc, tb: "_Table") -> None:
        c = self.cues
        found = self.whole_doc(doc)
        found["runs"] = [m for group in self.run_groups for m in found[group]]
        parties = mentions.party_mentions(doc, c, self.pseudo, found)
        party_at = {i: p for p in parties for i in range(p.start, p.end)}
        # (not a chamber named only for another election: "39% in the Lok Sabha polls two years ago" in news of a
        # state assembly's vote, "a prelude to the House of Councillors election" in news of a city assembly's)
        bodies = [b for b in (tb.body(e) for e in tb.ents if not _election_modifier(tb, e)) if b]
        main_body = _most_common([b for b in bodies if b != "Parliament"]) or _most_common(bodies)
        if main_body is None:
            # "299 of the 300 parliamentary seats" in an article that names no chamber at all: the national chamber of
            # the article's country, when the lexicon knows one (not where "Parliament" is named: such articles also
            # count a state or regional assembly's seats, which a national chamber would set against each other)
            main_body = national_chamber(doc._.claimx_countries or [], tb.doc_text) or main_body
        sents = _sentences(doc)
        sent_of: list[int | None] = [None] * len(doc)  # token -> its sentence (None: a whitespace-only stretch)
        for k, s in enumerate(sents):
            sent_of[s.start : s.end] = [k] * (s.end - s.start)
        ctx = _Ctx(doc, c, parties, party_at, sents, sent_of, main_body)
        nums = self.numbers.read(doc, found["numbers"] + self.worded_numbers(doc))
        ctx.nums = nums
        ctx.leader_of = owners.leaders(doc, parties)
        if doc.has_annotation("DEP"):
            ctx.dep_owner = lambda i: self._dep_owner(doc, party_at, i)
        counts: list[dict[str, Any]] = []
        moves: list[dict[str, Any]] = []  # the seat changes, for "gained ten, seven and three seats, respectively"
        used: set[int] = set()
        num_char: dict[int, int] = {}
        position = {id(n): k for k, n in enumerate(nums)}
        model = count_model.chosen(self.use_count_model)
        record: list[dict[str, Any]] | None = doc.user_data.setdefault("claimx_seat_candidates", []) if self.record_candidates else None
        for num in nums:
            if num.start in used or num.start in ctx.consumed:
                continue
            drafts = kinds.classify(ctx, num, nums) + ctx.extra
            ctx.extra = []
            if num.change_only:  # "won an extra seat": one seat more, whatever the verb; never a tally of one
                drafts = [d for d in drafts if d["type"] == "seat_change"]
                near = {t.lower_ for t in doc[max(0, num.start - 4) : num.start]}
                if near & c["zero_negators"] or near & {"n’t"}:
                    drafts = []  # "failed to gain a seat", "did not pick up a seat": no seat changed hands
            if num.start in ctx.headline_gains:
                for d in drafts:
                    if d["type"] == "seat_count":
                        d["rule"] += "/headline-gain"
            if candidates.contested_count(doc, num.start, c["contest_verbs"]):  # "its candidates ran for 90 seats"
                drafts = [d for d in drafts if d["type"] != "seat_count"]
            if not drafts:  # "X with 118 deputies and 66 senators": the same party's count in the upper chamber
                second = owners.second_chamber_count(ctx, num, counts, num_char)
                drafts = [second] if second is not None else []
            shared = [d for d in drafts if d["type"] == "seat_count"]
            if shared and not any("count-each-to" in d["rule"] or "count-from-party" in d["rule"] for d in shared):  # (those name their parties already)  # "X ... and Y, with 58 seats each": one count per party of the sentence
                sent = ctx.sents[ctx.sent_of[num.start]]
                zero = shared[0]["seats"] == 0 and doc[num.start].lower_ in ("any", "no")  # "X and Y won no seats"
                each = owners.each_parties(doc, ctx.parties, sent.start, num.qstart, num.end, c["seat_nouns"], zero)
                for p in each:
                    # "X and the Y, consisting of the Z and the W, each secured four seats": members of an aside share no "each"
                    if not same_party(p.name, shared[0]["party"]) and not owners.in_member_aside(ctx, p, num, sent):
                        drafts.append({**shared[0], "party": p.name, "party_text": p.text, "rule": shared[0]["rule"] + "/owner:each"})
                if len(each) >= 2 and shared[0] in drafts and not any(same_party(p.name, shared[0]["party"]) for p in each):
                    # "X won 50 seats, followed by Y and Z, both with 14": the count is the group's members' only
                    drafts.remove(shared[0])
                elif " and " in shared[0]["party"] and len(each) >= 2 and any(
                        p.name != shared[0]["party"] and p.text in (shared[0].get("party_text") or "") for p in each):
                    # "the Green Front and Civic Union with five seats each": the joined name was its parts'
                    drafts.remove(shared[0])
                for p in owners.as_do_parties(ctx, num, sent):  # "X gets 3, as do the Y and the Z": the same count each
                    if not same_party(p.name, shared[0]["party"]):
                        drafts.append({**shared[0], "party": p.name, "party_text": p.text, "rule": shared[0]["rule"] + "/owner:as-do"})
            moved = [d for d in drafts if d["type"] == "seat_change" and "owner:" not in d["rule"]]
            if moved and not shared:  # "X and Y each picked up one": one change per party (after any earlier number)
                sent = ctx.sents[ctx.sent_of[num.start]]
                j = position[id(num)] - 1  # the sentence's number before this one, if any (a walk back of one step)
                lo = nums[j].end if j >= 0 and nums[j].start >= sent.start and nums[j].end <= num.qstart else sent.start
                for p in owners.each_parties(doc, ctx.parties, lo, num.qstart, num.end, c["seat_nouns"]):
                    if not same_party(p.name, moved[0]["party"]):
                        drafts.append({**moved[0], "party": p.name, "party_text": p.text, "rule": moved[0]["rule"] + "/owner:each"})
            both = [d for d in drafts if "both-previous" in d["rule"]]
            if both and "respectively" in span_text(ctx.sents[ctx.sent_of[num.start]]).lower():
                both = []  # "Both of them are likely to get 40 and 35 seats, respectively": lists.respectively pairs them
            if both:  # "X lost seats, except the Y and the Z. Both gained three": the second party's claim too
                for p in owners.both_previous(ctx, ctx.sents[ctx.sent_of[num.start]])[1:]:
                    drafts.append({**both[0], "party": p.name, "party_text": p.text})
            if not drafts and counts:
                last, last_char = counts[-1], num_char[id(counts[-1])]
                drafts = changes.up_from_previous(ctx, num, last, last_char) or changes.from_n_to_m(ctx, num, last, last_char)
            if model is not None or record is not None:
                drafts = self._model_gap(ctx, num, drafts, model, record)
            for d in drafts:
                add_draft(doc, d)
                if d["type"] == "seat_change":
                    moves.append(d)
                    num_char[id(d)] = doc[num.start].idx
                if d["type"] == "seat_count":
                    counts.append(d)
                    num_char[id(d)] = doc[num.start].idx
                    signed = kinds.signed_change_after(doc_text(doc)[d["end"] : d["end"] + 40])
                    if signed is not None:  # "61 seats (+9)"
                        add_draft(doc, {"type": "seat_change", "start": d["start"], "end": d["end"] + signed[1],
                                        "rule": "seats/change-signed-bracket", "confidence": 0.8, "party": d["party"],
                                        "party_text": d.get("party_text"), "delta": signed[0], "approximate": False,
                                        "qualifier": None})
        for d in lists.fractions(ctx):  # "Iron Guild: 32/72"
            add_draft(doc, d)
        chambers.drop_subset_totals(ctx, doc._.claimx_drafts or [])  # "20 out of 26 constituencies" of a 35-member body
        lists.respectively(ctx, num_char, counts)
        lists.respectively(ctx, num_char, moves)
        lists.coordinated_pairs(ctx, num_char, counts)  # "X and Y have won 45 and 30 seats"
        lists.parallel_body(ctx, num_char, counts)  # "24 senators ... compared to 23 of Y"
        lists.carried_body(ctx, num_char, counts)  # "... in the Senate with 57 seats. // While LP has six seats, ..."
        _headline_gains_as_changes(doc, counts)  # "X gains 5 seats" over an article that gives X 13
        status.carry_projection(ctx, num_char, counts)
        status.carry_previous(ctx, num_char, counts)  # "Labor went into the election holding 14 seats, the CLP seven"
        status.carry_list_frame(ctx, num_char, counts)  # "Exit polls give:" over "X 71 MPs" rows
        status.previous_by_conflict(ctx, num_char, counts)  # "the X won 61 in 2020" beside its 51 now

    def _model_gap(self, ctx: _Ctx, num: Any, drafts: list[dict[str, Any]], model: Any, record: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
        """The trained classifier where the rules made nothing of a kept candidate: called a seat count with
        P >= the model's threshold, and with a party the owners stage finds, it becomes a count whose rule
        names the model and its probability ("seats/model-count(p=0.93)/owner:subject")."""
        sent = ctx.sents[ctx.sent_of[num.start]]
        if kinds.dropped_at_candidates(ctx, num, sent):
            return drafts
        feats = model_features.features(ctx, num, sent)
        if record is not None:
            tb = _table(ctx.doc)
            record.append({"start": tb.starts[num.start], "end": tb.char_bounds(num.start, num.end)[1], "value": num.value,
                           "sent": list(tb.char_bounds(sent.start, sent.end)), "features": feats,
                           "rules": sorted({d["type"] for d in drafts})})
        if drafts or model is None:
            return drafts
        p = model.proba(feats)["seat_count"]
        if p < model.threshold:
            return drafts
        noun = kinds.seat_noun_after(ctx, num, sent)
        party, how = owners.party_for(ctx, num, sent, noun, elliptical=noun is None)
        if party is None:
            return drafts
        st, cue = status.status_of(ctx, num, sent, noun)
        body = ctx.body_in(sent) or ctx.body_in_paragraph(sent) or ctx.main_body
        end = (noun if noun is not None else num.end - 1) + 1
        rule = rule_with_status(f"model-count(p={p:.2f})/owner:{how}", cue)
        return [count_draft(ctx, num, party, num.qstart, end, rule, st, body, round(p, 2))]

    def _dep_owner(self, doc: Doc, party_at: dict[int, PartyRef], i: int) -> PartyRef | None:
        """The party that is the subject of the verb of number token ``i`` ("The Alliance, a pact of ...,
        controls 97 of the 180 seats") or the owner of its seats ("the Greens' 14 seats"), read from the parse:
        the first pattern of ``dep_patterns.jsonl`` (in file order) that matches from the token with a party
        as its ``subj``. Asked for only by the constructions that need it (see ``_Ctx.owner``)."""
        for _key, toks in self.dep(doc, i):
            ref = party_at.get(toks["subj"])
            if ref is not None:
                return ref
        return None

    # ------------------------------------------------------------------ serialisation
    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        import shutil

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for f in ("cues.json", "numbers.jsonl", "numbers.json", "party_shapes.jsonl", "dep_patterns.jsonl"):
            shutil.copyfile(self.data_dir / f, path / f)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> "SeatsComponent":
        self.data_dir = Path(path)
        self._build()
        return self


# ---------------------------------------------------------------------------------------------


@Language.factory("claimx_seats", default_config={"data_dir": None, "count_model": COUNT_MODEL_DEFAULT})
def make_seats(nlp: Language, name: str, data_dir: str | None, count_model: bool) -> SeatsComponent:
    return SeatsComponent(nlp, name, data_dir, count_model)


def _headline_gains_as_changes(doc: Doc, counts: list[dict[str, Any]]) -> None:
    """A headline's "X gains N seats" was read as X's count; when the article gives X another result (in the same
    chamber) and never N, the headline's N is the change: the draft becomes a seat change of +N."""
    drafts = doc._.claimx_drafts or []
    for d in [d for d in counts if d["rule"].endswith("/headline-gain")]:
        others = [e for e in counts if e is not d and e.get("status") == "result" and e.get("body") == d.get("body")
                  and same_party(e["party"], d["party"])]
        if not others or any(e["seats"] == d["seats"] for e in others):
            continue
        change = {"type": "seat_change", "start": d["start"], "end": d["end"], "rule": d["rule"].replace("/headline-gain", "/headline-gain-change"),
                  "confidence": 0.75, "party": d["party"], "party_text": d.get("party_text"), "delta": d["seats"],
                  "approximate": d.get("approximate", False), "qualifier": d.get("qualifier")}
        drafts[:] = [change if x is d else x for x in drafts]
        counts.remove(d)


_ELECTION_NOUNS = frozenset(("election", "elections", "polls", "poll", "vote", "race", "races", "campaign", "by-election"))


def _election_modifier(tb, ent) -> bool:
    """A chamber's name modifying an election noun ("the Lok Sabha polls", "the upper house election")."""
    return ent.end < len(tb.lower) and tb.lower[ent.end] in _ELECTION_NOUNS


def national_chamber(countries: list[str], text: str | None = None) -> str | None:
    """The chamber "parliament" means in news of the article's most mentioned country: its only lower house,
    else its only national legislature (a unicameral parliament: "Riksdag", "Jatiya Sangsad"); None when the
    lexicon knows none, or several of the kind (a devolved "Scottish Parliament" is no British lower house).
    With the article's ``text``, only when the text names the country or its people (a country inferred from a
    party's name alone is no evidence of which parliament is meant)."""
    if not countries:
        return None
    if text is not None:
        if not any(f in text for f in _country_words().get(countries[0], ())):
            return None
    chambers = [leg for leg in load_lexicon().legislatures if countries[0] in leg.country]
    for kind in ("lower", "legislature"):
        of_kind = [leg.name for leg in chambers if leg.kind == kind]
        if of_kind:
            name = of_kind[0] if len(of_kind) == 1 else None
            # ("the 140-member Assembly" in news of India, whose lower house is no assembly: a state's assembly)
            if name is not None and text is not None and "assembly" not in name.lower() and _ASSEMBLY.search(text):
                return None
            return name
    return None


_ASSEMBLY = re.compile(r"\bassembly\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_words() -> dict[str, tuple[str, ...]]:
    """ISO code -> the country's names and its people's names ("Sweden", "Swedish", "Swedes")."""
    lex = load_lexicon()
    out: dict[str, list[str]] = {}
    for e in (*lex.places, *lex.nationalities):
        if getattr(e, "kind", "country") == "country" and e.code:
            out.setdefault(e.code, []).extend((e.name, *e.aliases))
    return {k: tuple(v) for k, v in out.items()}
