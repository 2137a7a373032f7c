"""Fast unit tests of claimx.training.convert on tiny inline samples (no training)."""

import pytest

spacy = pytest.importorskip("spacy")

from claimx.training import convert as C  # noqa: E402


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


CONLLU = """# newdoc id = doc1
# sent_id = s1
# text = I don't know Paris.
1	I	I	PRON	PRP	Case=Nom	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	_
5	Paris	Paris	PROPN	NNP	_	4	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	4	punct	_	_
8.1	x	x	X	X	_	_	_	_	_

# sent_id = s2
# text = Go!
1	Go	go	VERB	VB	_	0	root	_	SpaceAfter=No
2	!	!	PUNCT	.	_	1	punct	_	_
"""


def test_read_conllu_mwt_and_spaces():
    sents = list(C.read_conllu(CONLLU.splitlines()))
    assert len(sents) == 2
    s = sents[0]
    assert s.words == ["I", "do", "n't", "know", "Paris", "."]
    assert s.spaces == [True, False, True, True, False, True]
    assert s.heads == [3, 3, 3, 3, 3, 3]
    assert s.deps[3] == "ROOT"
    assert s.newdoc == "doc1" and sents[1].newdoc is None


def test_conllu_to_syntax_docs(vocab):
    docs = C.conllu_to_syntax_docs(CONLLU.splitlines(), vocab, n_sents=10)
    assert len(docs) == 1
    d = docs[0]
    assert d.text == "I don't know Paris. Go! "
    assert [t.pos_ for t in d][:2] == ["PRON", "AUX"]
    assert d[2].lemma_ == "not" and d[1].tag_ == "VBP"
    assert d[4].head.i == 3 and d[4].dep_ == "obj"
    assert [s.text.strip() for s in d.sents] == ["I don't know Paris.", "Go!"]


def test_group_by_document_respects_newdoc():
    sents = list(C.read_conllu(CONLLU.splitlines()))
    assert len(list(C.group_by_document(sents, 1))) == 2
    sents[1].newdoc = "doc2"
    assert len(list(C.group_by_document(sents, 10))) == 2


GUM = """# newdoc id = GUM_news_x
# sent_id = GUM_news_x-1
1	The	the	DET	DT	_	2	det	_	Entity=(1-organization-new-nnnnn-cf1-1,2-coref-United_Nations
2	UN	UN	PROPN	NNP	_	3	nsubj	_	Entity=1)
3	met	meet	VERB	VBD	_	0	root	_	_
4	John	John	PROPN	NNP	_	3	obj	_	Entity=(2-person-new-nnnnn-cf2-1,2-coref
5	Smith	Smith	PROPN	NNP	_	4	flat	_	Entity=2)
6	in	in	ADP	IN	_	7	case	_	_
7	the	the	DET	DT	_	8	det	_	Entity=(3-place-new-nnnnn-cf3-2-coref
8	city	city	NOUN	NN	_	3	obl	_	Entity=3)
9	of	of	ADP	IN	_	10	case	_	_
10	Rome	Rome	PROPN	NNP	_	8	nmod	_	Entity=(4-place-new-nnnnn-cf4-1-coref-Rome)|SpaceAfter=No
11	's	's	PART	POS	_	10	case	_	_
12	he	he	PRON	PRP	_	3	obj	_	Entity=(2-person-giv-nnnnn-cf2-1-coref)
13	Mars	Mars	PROPN	NNP	_	3	obj	_	Entity=(5-object-new-nnnnn-cf4-1-coref-Mars)
"""


def test_gum_entity_parse():
    ev = C._parse_entity_field("(13-organization-new-nnnnn-cf4-1,4,5-coref-Durham_University(14-place-new-x-cf5-1-coref-Durham%2C_England)")
    assert ev[0][0] == "open" and ev[0][1] == "13" and ev[0][2][7] == "Durham_University"
    assert ev[1][0] == "single" and ev[1][1] == "14"
    assert C._parse_entity_field("14)3)") == [("close", "14", None), ("close", "3", None)]
    # identities with hyphens survive
    ev = C._parse_entity_field("(7-person-new-nnnnn-cf1-1-coref-Jean-Paul_Sartre)")
    assert ev[0][2][7] == "Jean-Paul_Sartre"


def test_gum_named_spans():
    sent = next(C.read_conllu(GUM.splitlines()))
    spans = C.gum_named_spans(sent)
    words = sent.words
    got = [(" ".join(words[a:b]), l) for a, b, l in spans]
    # "the city of Rome" is not named (NOUN head, no link) -> only the inner linked "Rome";
    # "he" (pronoun) never; "Mars" is an object -> O; leading "The" dropped.
    assert got == [("UN", "ORG"), ("John Smith", "PERSON"), ("Rome", "LOC")]


def test_gum_to_ner_docs(vocab):
    docs = C.gum_to_ner_docs(GUM.splitlines(), vocab)
    assert [(e.text, e.label_) for e in docs[0].ents] == [("UN", "ORG"), ("John Smith", "PERSON"), ("Rome", "LOC")]


UNER = """# newdoc id = d
# sent_id = x-0001
# text = Al-Zaman : American forces killed Abdullah
1	Al	B-ORG	-	a
2	-	I-ORG	-	a
3	Zaman	I-ORG	-	a
4	:	O
5	American	B-OTH	-	a
6	forces	B-O	-	a
7	killed	O
8	Abdullah	B-PER	-	a
"""


def test_uner_oth_and_stray_bo(vocab):
    sents = list(C.read_uner(UNER.splitlines()))
    assert sents[0].sent_id == "x-0001"
    docs = C.uner_to_docs(UNER.splitlines(), vocab)
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Al-Zaman", "ORG"), ("Abdullah", "PERSON")]


def test_uner_spaces_lookup(vocab):
    lines = """# sent_id = s1
# text = I do n't know Paris .
1	I	O
2	do	O
3	n't	O
4	know	O
5	Paris	B-LOC
6	.	O
""".splitlines()
    look = C.conllu_spaces_lookup(CONLLU.splitlines())
    d = C.uner_to_docs(lines, vocab, spaces_lookup=look)[0]
    assert d.text.strip() == "I don't know Paris."
    assert [(e.text, e.label_) for e in d.ents] == [("Paris", "LOC")]


def test_iob1_wikigold(vocab):
    text = """-DOCSTART- O

John I-PER
Smith I-PER
B-PER B-PER
visited O
New I-LOC
York I-LOC
with O
Toyota I-ORG
Cup I-MISC
. O
"""
    docs = C.wikigold_to_docs(text.splitlines(), vocab)
    assert [(e.text, e.label_) for e in docs[0].ents] == [
        ("John Smith", "PERSON"), ("B-PER", "PERSON"), ("New York", "LOC"), ("Toyota", "ORG")]


def test_iob2_helpers():
    assert C.iob2_to_spans(["B-PER", "I-PER", "B-PER", "O", "I-LOC"], C.UNER_MAP) == [
        (0, 2, "PERSON"), (2, 3, "PERSON"), (4, 5, "LOC")]
    assert C.iob1_to_spans(["I-PER", "I-PER", "B-PER", "I-ORG"], C.CONLL_MAP) == [
        (0, 2, "PERSON"), (2, 3, "PERSON"), (3, 4, "ORG")]


def test_crossner(vocab):
    text = "The\tO\nLabour\tB-politicalparty\nParty\tI-politicalparty\nof\tO\nTony\tB-politician\nBlair\tI-politician\n" \
           "won\tO\nthe\tO\n1997\tB-election\nelection\tI-election\nin\tO\nBritain\tB-country\n(\tO\nUK\tB-country\n)\tO\n.\tO\n"
    docs = C.crossner_to_docs(text.splitlines(), vocab)
    d = docs[0]
    assert d.text.strip() == "The Labour Party of Tony Blair won the 1997 election in Britain (UK)."
    assert [(e.text, e.label_) for e in d.ents] == [
        ("Labour Party", "ORG"), ("Tony Blair", "PERSON"), ("Britain", "LOC"), ("UK", "LOC")]


def test_redocred(vocab):
    doc = {
        "title": "t",
        "sents": [["Wilfried", "Schneider", "is", "a", "German", "racer", "from", "Japan", "."],
                  ["He", "joined", "the", "BSD", "in", "1990", "."]],
        "vertexSet": [
            [{"type": "PER", "pos": [0, 2], "sent_id": 0, "name": "Wilfried Schneider"}],
            [{"type": "LOC", "pos": [4, 5], "sent_id": 0, "name": "German"}],
            [{"type": "LOC", "pos": [7, 8], "sent_id": 0, "name": "Japan"}],
            [{"type": "ORG", "pos": [2, 4], "sent_id": 1, "name": "the BSD"}],
            [{"type": "TIME", "pos": [5, 6], "sent_id": 1, "name": "1990"}],
        ],
    }
    d = C.redocred_to_docs([doc], vocab)[0]
    assert [(e.text, e.label_) for e in d.ents] == [("Wilfried Schneider", "PERSON"), ("Japan", "LOC"), ("BSD", "ORG")]
    assert "Japan. He joined" in d.text


def test_demonyms():
    for w in ("German", "Syrian", "Chinese", "British", "Israeli", "Dutch", "Americans"):
        assert C.is_demonym(w), w
    for w in ("Japan", "Iran", "Pakistan", "Munich", "Mali", "Paris", "Germany"):
        assert not C.is_demonym(w), w


def test_heuristic_spaces():
    words = ["He", "said", '"', "yes", '"', "(", "twice", ")", ",", "did", "n't", "he", "?"]
    sp = C.heuristic_spaces(words)
    text = "".join(w + (" " if s else "") for w, s in zip(words, sp))
    assert text.strip() == 'He said "yes" (twice), didn\'t he?'


def test_spaces_from_text():
    assert C.spaces_from_text(["Hello", ",", "world", "!"], "Hello, world!") == [False, True, False, True]


def test_person_titles_stripped(vocab):
    assert C.strip_person_title(["Mr.", "James", "Comey"], 0, 3) == 1
    assert C.strip_person_title(["President", "Obama"], 0, 2) == 1
    assert C.strip_person_title(["King"], 0, 1) == 0  # never empties a span
    doc = {"title": "t", "sents": [["Mr", "Smith", "met", "King", "Salman", "."]],
           "vertexSet": [[{"type": "PER", "pos": [0, 2], "sent_id": 0}], [{"type": "PER", "pos": [3, 5], "sent_id": 0}]]}
    d = C.redocred_to_docs([doc], vocab)[0]
    assert [e.text for e in d.ents] == ["Smith", "Salman"]
