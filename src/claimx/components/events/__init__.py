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

from .component import EventsComponent, make_events
from .context import _DocContext
from .data import _MONTHS, DATA_DIR, Trigger, load_data

__all__ = ["DATA_DIR", "EventsComponent", "Trigger", "_DocContext", "_MONTHS", "load_data", "make_events"]
