"""claimx_events: kinds, roles, time expressions, modality and codes on realistic news sentences."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import spacy

from claimx.components.events import DATA_DIR, load_data

sys.path.insert(0, str(Path(__file__).parent))
from _events import events  # noqa: E402


def one(evs, kind):
    found = [e for e in evs if e.kind == kind]
    assert found, f"no {kind} event in {[(e.kind, e.actor, e.evidence) for e in evs]}"
    return found[0]


# ---------------------------------------------------------------- data files


def test_data_files_load_and_every_kind_has_codes_and_triggers():
    data = load_data()
    kinds = set(data["kinds"])
    assert kinds == {"congratulate", "call", "meet", "win", "lose", "concede", "resign", "accuse",
                     "form_government", "announce"}
    assert {t.kind for t in data["triggers"]} == kinds
    ids = [t.id for t in data["triggers"]]
    assert len(ids) == len(set(ids))
    assert data["kinds"]["congratulate"]["cameo"] == "051"
    assert data["kinds"]["call"]["cameo"] == "041"
    assert data["kinds"]["meet"]["cameo"] == "040"
    assert data["kinds"]["meet"]["planned"]["cameo"] == "036"
    assert data["kinds"]["accuse"]["cameo"] == "112"
    assert data["kinds"]["accuse"]["plover"] == "ACCUSE"
    # the lexicon is plain JSON lists
    lex = json.loads((DATA_DIR / "lexicon.json").read_text("utf-8"))
    assert "will" in lex["planned_before"] and "not" in lex["other_before"]


# ---------------------------------------------------------------- kinds and roles


def test_congratulate_verb_with_full_names(extract):
    evs = events(extract, "Chancellor Olaf Brandt spoke to reporters in Bonn.\n"
                          "German Chancellor Olaf Brandt congratulated Prime Minister Lena Voss on Monday.")
    e = one(evs, "congratulate")
    assert e.actor == "Olaf Brandt"
    assert e.target == "Lena Voss"
    assert e.when == "Monday"
    assert e.cameo == "051" and e.plover == "SUPPORT"
    assert e.modality == "asserted"


def test_congratulations_extended_and_the_winner_of_the_win(extract):
    text = ("President Helena Marsh extended her warm congratulations to Tomas Reyes for securing "
            "a decisive win in the regional elections.")
    evs = events(extract, text)
    c = one(evs, "congratulate")
    assert c.actor == "Helena Marsh" and c.target == "Tomas Reyes"
    w = one(evs, "win")
    assert w.actor == "Tomas Reyes"


def test_received_congratulations_from_makes_the_giver_the_actor(extract):
    text = "Opposition leader Paul Okafor received congratulations from President Ada Mensah after the vote."
    e = one(events(extract, text), "congratulate")
    assert e.actor == "Ada Mensah"
    assert e.target == "Paul Okafor"


def test_phone_call_pair_and_weekday(extract):
    text = "Maria Lopez and Kenji Sato held a phone call on Thursday to discuss trade."
    e = one(events(extract, text), "call")
    assert {e.actor, e.target} == {"Maria Lopez", "Kenji Sato"}
    assert e.when == "Thursday"
    assert e.cameo == "041" and e.plover == "CONSULT"


def test_called_someone_is_a_call_but_called_for_is_not(extract):
    evs = events(extract, "Labour leader Sam Reid called Premier Joan Tate to concede the election.")
    call = one(evs, "call")
    assert call.actor == "Sam Reid" and call.target == "Joan Tate"
    concede = one(evs, "concede")
    assert concede.actor == "Sam Reid"
    evs = events(extract, "Union leader Mark Olsen called for an inquiry into the ballot count.")
    assert not [e for e in evs if e.kind == "call"]


def test_called_the_race_is_not_a_phone_call(extract):
    evs = events(extract, "The broadcaster called the race shortly after polls closed in the east.")
    assert not [e for e in evs if e.kind == "call"]


def test_called_actions_a_betrayal_is_an_accusation(extract):
    text = "Premier Dana Holt has repeatedly called President Victor Lang's tariffs a betrayal of old allies."
    evs = events(extract, text)
    a = one(evs, "accuse")
    assert a.actor == "Dana Holt"
    assert a.target == "Victor Lang"
    assert a.cameo == "112"
    assert not [e for e in evs if e.kind == "call"]


def test_accused_with_title_resolved(extract):
    text = ("Finnish President Aino Lahti met union leaders on Friday.\n"
            "Opposition leader Marta Virtanen accused the president of ignoring the crisis.")
    evs = events(extract, text)
    a = one(evs, "accuse")
    assert a.actor == "Marta Virtanen"
    assert a.target == "Aino Lahti"


def test_unnamed_accusers_make_no_event(extract):
    # events match on kind and actor: "Critics" names nobody, so no claim is made for it
    text = ("Finnish President Aino Lahti met union leaders on Friday.\n"
            "Critics accused the president of ignoring the crisis.")
    assert not [e for e in events(extract, text) if e.kind == "accuse"]


def test_planned_meeting_takes_participants_of_the_call(extract):
    text = ("Prime Minister Ruth Baker and President Omar Haddad spoke by phone on Wednesday. "
            "Officials said a face-to-face meeting is being arranged.")
    evs = events(extract, text)
    call = one(evs, "call")
    assert call.when == "Wednesday"
    meet = one(evs, "meet")
    assert meet.modality == "planned"
    assert {meet.actor, meet.target} == {"Ruth Baker", "Omar Haddad"}
    assert meet.cameo == "036" and meet.plover == "AGREE"


def test_agreed_to_meet_is_planned(extract):
    e = one(events(extract, "Chancellor Eva Stein agreed to meet President Luis Ortega in Madrid next week."), "meet")
    assert e.modality == "planned"
    assert e.actor == "Eva Stein" and e.target == "Luis Ortega"
    assert e.when == "next week"


def test_meet_the_threshold_is_not_a_meeting(extract):
    evs = events(extract, "The Greens failed to meet the five percent threshold.")
    assert not [e for e in evs if e.kind == "meet"]


def test_win_and_party_actor(extract):
    evs = events(extract, "The Social Democrats won the election on Sunday, ending a decade in opposition.")
    e = one(evs, "win")
    assert "Social Democrat" in e.actor
    assert e.when == "Sunday"


def test_won_seats_is_a_seat_claim_not_a_win_event(extract):
    evs = events(extract, "The Greens won 14 seats and the Liberals won 9 seats.")
    assert not [e for e in evs if e.kind == "win"]


def test_defeated_gives_win_with_target_and_passive_gives_lose(extract):
    evs = events(extract, "Priya Nair defeated veteran MP Colin Hart in the northern riding.")
    w = one(evs, "win")
    assert w.actor == "Priya Nair" and w.target == "Colin Hart"
    evs = events(extract, "Veteran MP Colin Hart was defeated in the northern riding.")
    lose = one(evs, "lose")
    assert lose.actor == "Colin Hart"


def test_lost_seat_and_concede_defeat(extract):
    evs = events(extract, "Conservative leader Anna Brook lost her seat and conceded defeat late on Friday night.")
    assert one(evs, "lose").actor == "Anna Brook"
    c = one(evs, "concede")
    assert c.actor == "Anna Brook"
    assert c.plover == "CONCEDE"


def test_resigned_and_step_down_planned(extract):
    evs = events(extract, "Party leader Ivan Petrov resigned on Tuesday after the heavy defeat.")
    r = one(evs, "resign")
    assert r.actor == "Ivan Petrov" and r.modality == "asserted" and r.when == "Tuesday"
    evs = events(extract, "Finance Minister Clara Wu will step down next month.")
    r = one(evs, "resign")
    assert r.actor == "Clara Wu" and r.modality == "planned"


def test_negated_and_appeal_are_not_asserted(extract):
    # a negated event did not happen: it is dropped, not emitted with modality "other"
    evs = events(extract, "Mayor Tom Fisher did not resign despite the scandal.")
    assert not [e for e in evs if e.kind == "resign"]
    evs = events(extract, "Protesters called on Governor Lisa Grant to resign.")
    assert all(e.modality != "asserted" for e in evs if e.kind == "resign")


def test_form_government_and_announce(extract):
    evs = events(extract, "Prime Minister Jonas Berg formed a minority government on May 3.")
    f = one(evs, "form_government")
    assert f.actor == "Jonas Berg"
    assert f.when == "May 3"
    evs = events(extract, "The Electoral Commission announced the final results on Sunday evening.")
    a = one(evs, "announce")
    assert a.actor and "Electoral Commission" in a.actor
    assert a.when == "Sunday evening"
    assert a.cameo == "010"


def test_pronoun_actor_resolved(extract):
    text = "Senator Rosa Diaz lost the primary in March. She conceded on Wednesday night."
    c = one(events(extract, text), "concede")
    assert c.actor == "Rosa Diaz"


def test_evidence_points_at_the_text(extract):
    text = "Governor Ben Ashe congratulated Mayor Ella Ruiz."
    e = one(events(extract, text), "congratulate")
    assert text[e.span.start:e.span.end] == e.evidence
    assert "congratulated" in e.evidence
    assert e.trigger == "congratulated"
    assert e.rule.startswith("events/congratulate/")


# ---------------------------------------------------------------- without a parser


def test_works_without_parser():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    import claimx.components  # noqa: F401

    nlp.add_pipe("claimx_events")
    doc = nlp("Senator Paul Grey congratulated Governor Ann Lee on Tuesday. Officials said the two will meet in June.")
    drafts = doc._.claimx_drafts or []
    cong = [d for d in drafts if d["kind"] == "congratulate"]
    assert cong and cong[0]["target"] and "Lee" in cong[0]["target"] and "Grey" in cong[0]["actor"]
    assert cong[0]["when"] == "Tuesday"


@pytest.mark.parametrize("phrase", ["called for", "called on"])
def test_appeals_without_parser(phrase):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    import claimx.components  # noqa: F401

    nlp.add_pipe("claimx_events")
    doc = nlp(f"Activist Jo Park {phrase} Minister Ray Stone to resign.")
    assert not [d for d in (doc._.claimx_drafts or []) if d["kind"] == "call"]


# ---------------------------------------------------------------- real-news constructions


def test_negated_events_are_dropped(extract):
    evs = events(extract, "Premier Alma Ruiz and President Gert Lind will not meet before the June summit.")
    assert not [e for e in evs if e.kind == "meet"]
    evs = events(extract, "No candidate won an outright majority in the first round.")
    assert not [e for e in evs if e.kind == "win"]
    evs = events(extract, "Governor Nora Pike refused to concede the race on Sunday.")
    assert not [e for e in evs if e.kind == "concede"]
    # "not only" is no negation
    evs = events(extract, "Senator Iris Vale has not only lost her seat but also her party's leadership.")
    assert [e for e in evs if e.kind == "lose" and e.actor == "Iris Vale"]


def test_actor_of_the_party_is_the_person(extract):
    text = "Premier Helen Carr of the Unity Party conceded defeat on Sunday. The Unity Party lost 12 seats."
    c = one(events(extract, text), "concede")
    assert c.actor == "Helen Carr"


def test_resolver_splits_person_of_party_and_accepts_none(nlp):
    from claimx.mentions import MentionResolver

    doc = nlp("Prime Minister Helen Carr of the Unity Party conceded defeat. Carr thanked voters.")
    r = MentionResolver(doc)
    assert r.resolve("Unity Party")[0] == "Unity Party"
    assert r.resolve("Carr")[0] == "Helen Carr"
    assert r.resolve(None) == (None, "unknown")


def test_elided_subject_after_but_keeps_the_first_subject(extract):
    text = "Senator Ada Holm praised Mayor Ivo Lenz for his campaign, but accused his aides of smearing opponents."
    a = one(events(extract, text), "accuse")
    assert a.actor == "Ada Holm"
    text = ("The Civic Front said in a statement that the count had been \u201cdeeply flawed\u201d and accused "
            "the Unity Party of tampering with ballots.")
    a = one(events(extract, text), "accuse")
    assert a.actor and "Civic Front" in a.actor


def test_called_y_to_congratulate_her_keeps_the_caller_as_actor(extract):
    text = "Opposition leader Rita Moss lost the vote. Premier Karl Abt called Moss late on Monday to congratulate her."
    c = one(events(extract, text), "congratulate")
    assert c.actor == "Karl Abt" and c.target == "Rita Moss"


def test_in_a_phone_call_takes_the_clause_participants(extract):
    text = "Chancellor Mia Ross congratulated President Tom Hale in a phone call on Friday evening, her office said."
    call = one(events(extract, text), "call")
    assert call.actor == "Mia Ross" and call.target == "Tom Hale"


def test_possessive_role_is_resolved_not_the_country(extract):
    text = ("Ireland's finance minister resigns\n"
            "Finance Minister Sean Doyle resigned on Wednesday after a row over the budget.")
    evs = [e for e in events(extract, text) if e.kind == "resign"]
    assert evs and all(e.actor == "Sean Doyle" for e in evs)


def test_quit_without_object_is_a_resignation_but_quit_smoking_is_not(extract):
    evs = events(extract, "The party has no leader after Jan Moss quit, and its board meets in May.")
    assert one(evs, "resign").actor == "Jan Moss"
    evs = events(extract, "Minister Rob Tan quit smoking last year.")
    assert not [e for e in evs if e.kind == "resign"]


def test_meet_the_leader_is_a_meeting(extract):
    text = "Chancellor Eva Stein is expected to meet the Farmers' Party leader, Jon Aas, next week."
    e = one(events(extract, text), "meet")
    assert e.actor == "Eva Stein" and e.modality == "planned"
    assert e.target == "Jon Aas"
    evs = events(extract, "The government failed to meet its own deficit targets.")
    assert not [e for e in evs if e.kind == "meet"]


def test_the_council_is_the_council_named_before(extract):
    text = ("The Harlow district council voted on Monday to raise fares.\n"
            "The council announced on Tuesday that the new fares would apply from June.")
    a = [e for e in events(extract, text) if e.kind == "announce"]
    assert a and a[0].actor == "Harlow district council"
    assert a[0].when == "Tuesday"


def test_apposition_who_defeated(extract):
    text = "Voters backed Lea Brun, the Conservative who defeated Finance Minister Otto Vahl in his riding."
    w = one(events(extract, text), "win")
    assert w.actor == "Lea Brun" and w.target == "Otto Vahl"


def test_return_to_office_after_a_victory(extract):
    text = "Prime Minister Nils Berg is set to return to office after a decisive election victory."
    w = one(events(extract, text), "win")
    assert w.actor == "Nils Berg"


def test_duplicates_in_one_sentence_merge_and_party_actor(extract):
    evs = events(extract, "The Labour Party's victory was sealed with a landslide victory on Thursday.")
    assert len([e for e in evs if e.kind == "win"]) == 1
    evs = events(extract, "Liberals win minority government")
    w = one(evs, "win")
    assert w.actor == "Liberal Party"


def test_party_government_as_actor_is_the_party(extract):
    evs = events(extract, "Voters re-elected the Liberal government on Monday.")
    w = one(evs, "win")
    assert w.actor == "Liberal Party"


def test_relative_clause_between_subject_and_verb(extract):
    evs = events(extract, "Opposition leader Tom Reed, who lost his seat, conceded on Saturday night.")
    c = one(evs, "concede")
    assert c.actor == "Tom Reed"
    assert one(evs, "lose").actor == "Tom Reed"


def test_object_pronoun_is_not_the_subject(extract):
    evs = events(extract, "Anna Berg thanked President Ole Dahl, who congratulated her on Monday.")
    c = one(evs, "congratulate")
    assert c.actor == "Ole Dahl" and c.target == "Anna Berg"


def test_meeting_target_named_in_apposition_after_a_plural_possessor(extract):
    evs = events(extract, "Premier Jo Lund will meet the Unionists' leader, Kai Berg, on Friday in the capital.")
    e = one(evs, "meet")
    assert e.actor == "Jo Lund" and e.target == "Kai Berg" and e.modality == "planned"


def test_win_no_seats_and_calling_them_names_are_not_events(extract):
    evs = events(extract, "Pollsters expect that the Pirate Party will win no seats in the chamber.")
    assert not [e for e in evs if e.kind == "win"]
    evs = events(extract, "Calling them \u201cthe hardest elections in decades\u201d, commissioner Ada Poll thanked the staff.")
    assert not [e for e in evs if e.kind == "call"]


def test_anchored_matcher_returns_what_the_plain_matcher_returns():
    """The windowed Matcher of the component gives the plain Matcher's matches, in the same order."""
    import random

    from spacy.matcher import Matcher
    from spacy.tokens import Doc

    from claimx.anchors import AnchoredMatcher

    vocab = spacy.blank("en").vocab
    data = load_data()
    words: set[str] = set()

    def collect(x):
        if isinstance(x, dict):
            v = x.get("LOWER")
            words.update(v.get("IN", v.get("NOT_IN", [])) if isinstance(v, dict) else [v] if isinstance(v, str) else [])
        elif isinstance(x, list):
            for y in x:
                collect(y)

    pairs = []
    for entries in ([(t.id, t.patterns) for t in data["triggers"]], [(w["id"], w["patterns"]) for w in data["when"]]):
        plain, anchored = Matcher(vocab), AnchoredMatcher(vocab)
        for key, patterns in entries:
            plain.add(key, patterns, greedy="LONGEST")
            anchored.add(key, patterns)
            collect(patterns)
        pairs.append((plain, anchored))
    pool = sorted(words) + [".", ",", "Smith", "12", "2025", "the", "said"]
    rng = random.Random(7)
    n_matches = 0
    for _ in range(300):
        toks = [w.title() if rng.random() < 0.15 else w for w in rng.choices(pool, k=rng.randint(1, 50))]
        doc = Doc(vocab, words=toks)
        for plain, anchored in pairs:
            expected = plain(doc)
            n_matches += len(expected)
            assert anchored(doc) == expected, toks
    assert n_matches > 1000


# ---------------------------------------------------------------- per-Doc helpers against the Token versions


def _real_docs(nlp):
    from pathlib import Path

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    return [nlp(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))[:6]]


def test_doc_context_word_lookups_match_tokens(nlp):
    """_DocContext reads words, name tests, sentences, known names and segment starts from per-Doc lists: the
    same answers as the Token / Span versions they replace."""
    from claimx.components.events import _MONTHS, _DocContext

    comp = nlp.get_pipe("claimx_events")
    lex = comp.lex
    for doc in _real_docs(nlp):
        ctx = _DocContext(doc, comp)
        assert ctx.texts == [t.text for t in doc] and ctx.lower == [t.lower_ for t in doc]
        assert [ctx.name_at(i) for i in range(len(doc))] == [ctx._is_name_token(t) for t in doc]
        spans = [doc[i : i + 2] for i in range(0, len(doc) - 1, 3)]
        for a in spans[::5]:
            for b in spans:
                assert ctx.same_sentence(a, b) == (a.sent == b.sent)
        not_names = lex["title_nouns"] | _MONTHS | lex["time_heads"]
        known = {t.text for e in doc.ents if e.label_ in ("PERSON", "PER", "ORG") for t in e if t.text[:1].isupper() and not t.is_stop}
        known |= {t.text for t in doc[1:] if t.pos_ == "PROPN" and not t.is_stop and not t.is_sent_start and t.text[:1].isupper()
                  and t.lower_ not in not_names}
        assert ctx.known_names() == known
        seg_starts = {0, len(doc)}
        for t in doc:
            if t.is_space and "\n" in t.text:
                seg_starts |= {k for k in (t.i, t.i + 1) if 1 <= k <= len(doc) - 1}
            if t.text in (".", "!", "?") and t.i <= len(doc) - 2:
                nxt = doc[t.i + 1]
                if nxt.text[:1].isupper() or nxt.is_quote or nxt.is_digit:
                    seg_starts.add(t.i + 1)
        assert sorted(set(ctx._segment_starts())) == sorted(seg_starts)


def test_roles_find_parse_mentions_only_for_open_roles_as_before(nlp):
    """_roles (word order first) makes the parse's mentions only for the roles word order left open: the same
    (actor, target, passive) as combining the full dep_roles and linear_roles answers, on real text."""
    from pathlib import Path

    from claimx.components.events import _DocContext

    comp = nlp.get_pipe("claimx_events")
    assert comp.prefer == "linear" and comp.use_parser
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))[:12]]
    checked = 0
    for doc in nlp.pipe(texts):
        ctx = _DocContext(doc, comp)
        spans = comp._dedupe([(comp.triggers[nlp.vocab.strings[k]], doc[s:e]) for k, s, e in comp.matcher(doc)])
        for trig, span in spans:
            ctx._trigger_tokens.update(range(span.start, span.end))
        for trig, span in spans:
            head = span[trig.head] if -len(span) <= trig.head < len(span) else span[0]
            seg = ctx.segment(head)
            dep = ctx.dep_roles(trig, head)
            lin = ctx.linear_roles(trig, span, head, seg)
            expected = (lin[0] if lin[0] is not None else dep[0], lin[1] if lin[1] is not None else dep[1], lin[2])
            assert comp._roles(ctx, trig, span, head, seg) == expected, span.text
            checked += 1
    assert checked > 20


# ---------------------------------------------------------------- possessive pronouns, full names


def test_possessive_pronoun_of_a_nominal_trigger_is_the_clause_subject(extract):
    text = ("Premier Nadia Kovacs has promised to serve every Marlander, including those who opposed her, "
            "and credited her victory to hard work.")
    e = one(events(extract, text), "win")
    assert e.actor == "Nadia Kovacs"
    assert "/poss-" in e.rule


def test_possessive_pronoun_skips_a_place_named_nearer(extract):
    text = "Prime Minister Aldo Ferri visited the Royal Palace on Friday for his first talks with King Pieter Vos."
    e = one(events(extract, text), "meet")
    assert e.actor == "Aldo Ferri"
    assert e.target == "Pieter Vos"


@pytest.mark.parametrize("text, actor", [
    ("Finance Minister Lee Wai-ming resigned on Monday.", "Lee Wai-ming"),
    ("Chief Executive Carrie Lam Cheng Yuet-ngor met Premier Xi Jinping on Friday.", "Carrie Lam Cheng Yuet-ngor"),
    ("The Trump-era adviser Dana Moss resigned on Monday.", "Dana Moss"),
])
def test_hyphenated_and_multi_part_names_are_kept_whole(extract, text, actor):
    evs = events(extract, text)
    assert [e.actor for e in evs] == [actor]


def test_hyphenated_target_and_english_compound_tails(extract, nlp):
    e = one(events(extract, "Leader Kim Jong-un congratulated President Moon Jae-in on Sunday."), "congratulate")
    assert (e.actor, e.target) == ("Kim Jong-un", "Moon Jae-in")
    from claimx.mentions import MentionResolver

    doc = nlp("The Labour-led council and the Kremlin-backed group met Ana Soto.")
    names = MentionResolver.for_doc(doc).persons
    assert not any("-led" in n or "-backed" in n for n in names)


# ---------------------------------------------------------------- nominal triggers: between, from; split objects


def test_meeting_between_two_named_people_being_arranged_is_planned(extract):
    e = one(events(extract, "A meeting between Ada Mensah and Tomas Reyes is being arranged."), "meet")
    assert {e.actor, e.target} == {"Ada Mensah", "Tomas Reyes"}
    assert e.modality == "planned"
    assert e.rule.split("/")[-2] == "between"


def test_congratulations_poured_in_from_names_the_giver(extract):
    e = one(events(extract, "Congratulations poured in from President Ada Mensah on Sunday."), "congratulate")
    assert e.actor == "Ada Mensah"
    assert e.rule.split("/")[-2] == "from"


def test_won_re_election_is_a_win_but_won_praise_is_not(extract):
    e = one(events(extract, "Ada Mensah won re-election on Sunday."), "win")
    assert e.actor == "Ada Mensah"
    assert not events(extract, "Ada Mensah won praise from farmers on Sunday.")


# ---------------------------------------------------------------- new trigger forms (data/events/triggers.jsonl)


@pytest.mark.parametrize("text, kind, actor, target", [
    ("The electoral board declared Samuel Otieno as the winner of the presidential race.", "win", "Samuel Otieno", None),
    ("Samuel Otieno was declared the winner of the presidential race on Monday.", "win", "Samuel Otieno", None),
    ("The electoral board declared Ruth Njeri as the President Elect on Monday.", "win", "Ruth Njeri", None),
    ("President Alan Brooks had a working lunch with Prime Minister Kenji Sato.", "meet", "Alan Brooks", "Kenji Sato"),
    ("Ada Mensah dined with Tomas Reyes on Monday.", "meet", "Ada Mensah", "Tomas Reyes"),
    ("Ada Mensah hosted Tomas Reyes at her residence on Monday.", "meet", "Ada Mensah", "Tomas Reyes"),
    ("The Unity Party swept to power in Sunday's election.", "win", "Unity Party", None),
    ("Ada Mensah secured a second term as president.", "win", "Ada Mensah", None),
])
def test_new_trigger_forms(extract, text, kind, actor, target):
    e = one(events(extract, text), kind)
    assert (e.actor, e.target) == (actor, target)


@pytest.mark.parametrize("text", [
    "The commission declared the results on Monday.",
    "Ada Mensah hosted a summit on trade.",
    "The city hosted the Kenya Kwanza rally on Monday.",
    "Tomas Reyes hopes to return to power.",
])
def test_new_trigger_forms_that_make_no_event(extract, text):
    assert not events(extract, text)


# ---------------------------------------------------------------- roles: inserted phrases


@pytest.mark.parametrize("text, kind, actor", [
    ("The Unity Alliance (UA), in government in Marland since 2020, has won the snap election.", "win",
     ("UA", "Unity Alliance", "Unity Alliance (UA)")),
    ("Matthew Lowe, after losing to Mr Dane for a second time, conceded on Sunday.", "concede", ("Matthew Lowe",)),
])
def test_an_inserted_phrase_between_subject_and_verb_is_skipped(extract, text, kind, actor):
    e = one(events(extract, text), kind)
    assert e.actor in actor
    assert "/skip-insert/" in e.rule


# ---------------------------------------------------------------- names: institutions, group words, 'elected'


@pytest.mark.parametrize("text, actor, why", [
    ("Tomas Reyes was elected president with 52% of the vote.", "Tomas Reyes", "office"),
    ("Voters elected Ada Mensah as mayor on Sunday.", "Ada Mensah", "office"),
    ("Re-elected Premier Tomas Reyes thanked voters.", "Tomas Reyes", "re-elected"),
    ("The Unity Party was elected to government in 2019.", "Unity Party", "party-government"),
])
def test_elected_wins_an_office_or_a_government(extract, text, actor, why):
    e = one(events(extract, text), "win")
    assert e.actor == actor and e.rule.split("/")[-2] == why


@pytest.mark.parametrize("text", [
    "Ten Westminster MPs were elected in the region.",
    "Rosa Delgado was elected to parliament for the first time.",
    "The Green Party was elected in 11 ridings.",
    "The House of Commons lost patience with the plan.",
    "The Senate resigned itself to defeat.",
])
def test_merely_elected_and_institutions_make_no_event(extract, text):
    assert not events(extract, text)


def test_a_nationality_word_is_no_participant(extract):
    evs = events(extract, "Ada Mensah said she held a meeting with the American on Friday.")
    assert all(e.target != "American" and e.actor != "American" for e in evs)
    evs = events(extract, "NAIROBI, Kenya, Aug 17 - The alliances will host separate meetings with leaders.")
    assert all(e.actor != "Aug" for e in evs)


# ---------------------------------------------------------------- roles: after, relative clauses, party roles


def test_after_a_defeat_the_sentence_subject_lost(extract):
    e = one(events(extract, "Tomas Reyes to resign after humiliating defeat"), "lose")
    assert e.actor == "Tomas Reyes" and e.rule.split("/")[-2] == "after-subject"
    evs = events(extract, "Ada Mensah, who won, received a call from the incumbent after the election defeat.")
    assert not [e for e in evs if e.kind == "lose" and e.actor == "Ada Mensah"]


def test_the_victory_he_scored_names_the_relative_clause_subject(extract):
    text = "Voters still remember the defeat the Unity Party suffered in 2019."
    e = one(events(extract, text), "lose")
    assert e.actor == "Unity Party" and e.rule.split("/")[-2] == "relative-subject"


def test_a_party_leader_role_is_the_person(extract):
    text = ("Liberal leader Matthew Lowe spoke on Friday. The Liberal leader, after losing to Ana Dane for a "
            "second time, conceded defeat.")
    evs = events(extract, text)
    assert one(evs, "concede").actor == "Matthew Lowe"
    lose = one(evs, "lose")
    assert (lose.actor, lose.target) == ("Matthew Lowe", "Ana Dane")


# ---------------------------------------------------------------- announce: statements; win: largest party


@pytest.mark.parametrize("text, kind, actor", [
    ("Ruth Njeri said in a statement that the party would appeal.", "announce", "Ruth Njeri"),
    ("In a statement, party secretary Ruth Njeri said the vote was fair.", "announce", "Ruth Njeri"),
    ("In a statement sent to newsrooms, Unity Party (UP) Secretary General Ruth Njeri stated, that the vote "
     "was fair.", "announce", "Ruth Njeri"),
    ("The Unity Party emerged as the largest party.", "win", "Unity Party"),
    ("Ada Mensah topped the poll in the capital.", "win", "Ada Mensah"),
])
def test_statements_and_largest_party(extract, text, kind, actor):
    assert one(events(extract, text), kind).actor == actor


@pytest.mark.parametrize("text", [
    "In a statement, the ministry said the vote was fair.",
    "The Unity Party could emerge as the largest party.",
])
def test_statements_without_a_named_speaker_and_hypothetical_wins_make_no_event(extract, text):
    assert not events(extract, text)


def test_tasked_with_forming_a_government_is_planned(extract):
    e = one(events(extract, "Ada Mensah has been tasked with forming a government."), "form_government")
    assert e.modality == "planned"


def test_a_dateline_is_no_name_and_separate_meetings_are_no_pair(extract):
    text = ("NAIROBI, Kenya, Aug 17 - The Unity Alliance and the Green Front leadership are set to host "
            "separate meetings with elected leaders.")
    assert not [e for e in events(extract, text) if e.kind == "meet"]
    e = one(events(extract, "The Unity Alliance and the Green Front will hold a meeting on Monday."), "meet")
    assert {e.actor, e.target} == {"Unity Alliance", "Green Front"}


# ---------------------------------------------------------------- won by, held seats, particles, common nouns


@pytest.mark.parametrize("text, kind, actor, target", [
    ("The seat was won by Ada Mensah of the Unity Party.", "win", "Ada Mensah", None),
    ("Ada Mensah retained her seat in the capital.", "win", "Ada Mensah", None),
    ("Tomas Reyes lost the presidential runoff to Ada Mensah.", "lose", "Tomas Reyes", "Ada Mensah"),
    ("Voters re-elected Ada Mensah on Sunday.", "win", "Ada Mensah", None),
    ("Ursula von der Leyen met Ada Mensah on Monday.", "meet", "Ursula von der Leyen", "Ada Mensah"),
    ("President Luiz Inácio Lula da Silva congratulated Ada Mensah.", "congratulate", "Luiz Inácio Lula da Silva",
     "Ada Mensah"),
])
def test_passive_wins_kept_seats_runoff_winners_and_name_particles(extract, text, kind, actor, target):
    e = one(events(extract, text), kind)
    assert (e.actor, e.target) == (actor, target)


def test_a_common_noun_phrase_is_no_actor(extract):
    assert not events(extract, "Tomas Reyes's party won the election.")


@pytest.mark.parametrize("text, kind, actor, target", [
    ("Ada Mensah visited President Tomas Reyes in Paris on Monday.", "meet", "Ada Mensah", "Tomas Reyes"),
    ("Tomas Reyes received a call from Ada Mensah.", "call", "Ada Mensah", "Tomas Reyes"),
    ("The accusations by Ada Mensah against Tomas Reyes were denied.", "accuse", "Ada Mensah", "Tomas Reyes"),
    ("Ada Mensah alleged that Tomas Reyes had lied.", "accuse", "Ada Mensah", "Tomas Reyes"),
    ("Ada Mensah declared herself the winner.", "win", "Ada Mensah", None),
])
def test_visits_calls_from_accusations_and_self_declared_wins(extract, text, kind, actor, target):
    e = one(events(extract, text), kind)
    assert (e.actor, e.target) == (actor, target)


@pytest.mark.parametrize("text", [
    "Ada Mensah visited Paris on Monday.",
    "The president received the report on Monday.",
])
def test_visiting_a_place_or_receiving_a_thing_is_no_meeting(extract, text):
    assert not events(extract, text)


# ---------------------------------------------------------------- pronouns inside quotations


def test_first_person_inside_a_quotation_is_its_speaker(extract):
    text = 'Ada Mensah told reporters: "I met President Tomas Reyes yesterday and I congratulated him."'
    evs = events(extract, text)
    m = one(evs, "meet")
    assert (m.actor, m.target) == ("Ada Mensah", "Tomas Reyes") and m.rule.split("/")[-2] == "quote-speaker"
    c = one(evs, "congratulate")
    assert (c.actor, c.target) == ("Ada Mensah", "Tomas Reyes")


def test_we_and_a_third_person_pronoun_in_a_quotation_are_not_the_speaker(extract):
    assert not events(extract, '"We will form a government," Ada Mensah said.')
    text = ('Ada Mensah spoke on Monday. "Considering the victory he has scored, I will resign," '
            'Ada Mensah said.')
    evs = events(extract, text)
    assert not [e for e in evs if e.kind == "win" and e.actor == "Ada Mensah"]
    assert one(evs, "resign").actor == "Ada Mensah"


def test_conjoined_actors_each_act(extract):
    evs = events(extract, "Ada Mensah and Tomas Reyes resigned on Monday.")
    assert sorted(e.actor for e in evs if e.kind == "resign") == ["Ada Mensah", "Tomas Reyes"]
    assert any(e.rule.split("/")[-2] == "conjunct" for e in evs)
    evs = events(extract, "Tomas Reyes met Ada Mensah and Ana Soto.")
    assert [e.actor for e in evs] == ["Tomas Reyes"]


@pytest.mark.parametrize("text, kind", [
    ("The Unity Party was on track to win the election.", "win"),
    ("Polls suggest Ada Mensah will win the election.", "win"),
    ("If Ada Mensah wins the election, she will meet Tomas Reyes.", "win"),
    ("Tomas Reyes has yet to concede.", "concede"),
    ("The Greens are expected to win two seats.", "win"),
    ("Had the party voted against her, she would have lost by one.", "lose"),
    ("Opposition leaders urged Tomas Reyes to resign.", "resign"),
])
def test_predicted_hypothetical_or_demanded_outcomes_are_no_events(extract, text, kind):
    # an outcome (win, lose, concede, resign, form_government) that is only predicted, conditional or demanded
    # did not happen: lexicon no_other_kinds
    assert not [e for e in events(extract, text) if e.kind == kind]


def test_a_possible_meeting_keeps_its_modality(extract):
    e = one(events(extract, "Ada Mensah could meet Tomas Reyes next week."), "meet")
    assert e.modality == "other"


def test_a_city_hosting_someone_is_no_meeting(extract):
    assert not events(extract, "Paris hosted President Tomas Reyes on Monday.")


def test_one_of_the_people_who_names_the_person(extract):
    e = one(events(extract, "Anna Berg, one of the lawmakers who accused Tomas Reyes, spoke to reporters."), "accuse")
    assert (e.actor, e.target) == ("Anna Berg", "Tomas Reyes") and e.rule.split("/")[-2] == "one-of"


def test_a_possessive_is_no_subject_and_it_is_nobody_named_further_back(extract):
    text = "Party leader Andre Vento spoke of a good result for his party, above the 18% of the vote it won last time."
    assert not [e for e in events(extract, text) if e.actor == "Andre Vento"]
    evs = events(extract, "Ada Mensah praised the Unity Party on Monday. It won the election.")
    assert not [e for e in evs if e.kind == "win" and e.actor == "Ada Mensah"]


def test_led_the_party_to_victory_is_a_win_for_the_leader(extract):
    e = one(events(extract, "Ada Mensah led the Liberals to a fourth consecutive term."), "win")
    assert e.actor == "Ada Mensah" and e.rule.startswith("events/win/trigger:led-to/actor:")
    assert not events(extract, "Ada Mensah led the Liberals to their worst result in history.")


# ---------------------------------------------------------------- names and roles (after the fold-B audit)


def test_congratulated_his_rival_for_her_victory_credits_the_rival(extract):
    text = ("Republican nominee Tom Hale has conceded defeat and congratulated his Democratic rival Ana Soto "
            "for her historic victory.")
    evs = events(extract, text)
    c = one(evs, "congratulate")
    assert (c.actor, c.target) == ("Tom Hale", "Ana Soto")
    assert one(evs, "win").actor == "Ana Soto"


@pytest.mark.parametrize("text", [
    "Sunday's victory gave the Unity Party a lever of power.",
    "LIMA CITY - The electoral authority announced on Friday that the vote was fair.",
    "She said the Democratic win was a relief.",
    "Besides the Unity Party, two independent legislators won seats.",
])
def test_days_datelines_adjectives_and_common_noun_subjects_are_no_actors(extract, text):
    assert not events(extract, text)


def test_a_party_in_parentheses_after_a_person_is_not_the_actor(extract):
    e = one(events(extract, "Prime Minister Ana Soto (SDP) congratulated the winner."), "congratulate")
    assert e.actor == "Ana Soto" and "/unparen/" in e.rule


@pytest.mark.parametrize("text", [
    "Rather than seek to form a coalition government, Ada Mensah called a new election.",
    "The Unity Party's attempts to form a government failed.",
])
def test_forming_a_government_instead_or_attempted_is_no_event(extract, text):
    assert not [e for e in events(extract, text) if e.kind == "form_government"]


def test_a_headline_joining_verbs_with_a_comma_shares_the_subject(extract):
    e = one(events(extract, "Senator Tom Hale calls up Ana Soto, concedes defeat"), "concede")
    assert e.actor == "Tom Hale"
    e = one(events(extract, 'Tom Hale congratulated his rival Ana Soto for her "historic victory" on Sunday.'), "win")
    assert e.actor == "Ana Soto"


def test_it_is_the_organisation_named_before_never_a_person(extract):
    text = "In the outgoing chamber the Unity Party held 158 seats, which means it has lost its majority."
    assert one(events(extract, text), "lose").actor == "Unity Party"
    text = "Party leader Andre Vento spoke of a good result, above the 18% of the vote it won last time."
    assert not [e for e in events(extract, text) if e.actor == "Andre Vento"]
