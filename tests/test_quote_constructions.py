"""claimx_quotes on the constructions of issue 13, each with sentences written for these tests (and cases where
nothing may be extracted).  ``quotes_of`` runs the trained pipeline and a blank one (tokenizer + sentencizer);
constructions that need the parser use the trained one only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimx.components.quotes import _single_quote_style
from claimx.mentions import MentionResolver

sys.path.insert(0, str(Path(__file__).parent))
from _quotes import one  # noqa: E402


# -- "X described Y as "..."": the subject's words, however short ------------------------------------------


def test_described_as_quotes_the_subject(trained_quotes):
    text = "Opposition leader Marta Kovac described the new budget as \u201creckless and cruel\u201d on Monday.\n"
    q = one(trained_quotes(text), "reckless")
    assert q.speaker == "Marta Kovac"
    assert q.rule == "quotes/embedded/described-as/speaker:name"


def test_described_as_one_capitalised_word_after_which(trained_quotes):
    text = "The Reds took the valley seats, which party chair Tom Rees described as a \u201cRedwave\u201d.\n"
    q = one(trained_quotes(text), "Redwave")
    assert q.speaker == "Tom Rees"


# -- speech verbs: phrasal ones and inversion after a comma-closed quote ------------------------------------


def test_phrasal_speech_verbs(quotes_of):
    text = (
        "Finance Minister Lena Fors defended the plan on Tuesday.\n"
        "\u201cWe kept every promise we made to the regions,\u201d she pointed out.\n"
        "\u201cNo other government has invested this much in rail,\u201d she went on.\n"
    )
    quotes = quotes_of(text)
    assert len(quotes) == 2
    assert all(q.speaker == "Lena Fors" for q in quotes), [(q.quote, q.speaker, q.rule) for q in quotes]


def test_inverted_attribution_with_a_role(trained_quotes):
    text = (
        "Green Party leader Ivo Marsh met the governor on Friday.\n"
        "\u201cIt was a long road to this agreement,\u201d recalled the Green Party leader.\n"
    )
    q = one(trained_quotes(text), "long road")
    assert q.speaker == "Ivo Marsh" and q.rule.startswith("quotes/after-said-np")


# -- short embedded quotes ------------------------------------------------------------------------------


# -- articles that quote with single marks ----------------------------------------------------------------


SINGLE_STYLE = (
    "Mayor vows to rebuild\n"
    "Mayor Ruth Calder visited the flooded district on Sunday.\n"
    "Describing the damage as \u2018heartbreaking\u2019 she promised help within days.\n"
    "She said: \u2018We will rebuild the bridge and we will do it properly.\u2019\n"
    "Ms Calder added: \u2018It will take two years and we will not cut corners.\n"
    "\u2018Every family deserves a safe crossing. \u2018I tell you, it will be done.\u2019\n"
)


def test_single_quote_style_is_detected():
    assert _single_quote_style(SINGLE_STYLE)
    assert not _single_quote_style("He said: \u201cYes.\u201d Critics called it a \u2018stunt\u2019 and a \u2018ploy\u2019.")
    assert not _single_quote_style("The party\u2019s leader won\u2019t run.")


def test_single_quote_style_article(quotes_of):
    quotes = quotes_of(SINGLE_STYLE)
    texts = [q.quote for q in quotes]
    assert any("rebuild the bridge" in t for t in texts)
    assert "It will take two years and we will not cut corners." in texts  # one claim per paragraph
    assert "Every family deserves a safe crossing." in texts
    assert any(t.startswith("I tell you") for t in texts), texts
    assert all(q.speaker == "Ruth Calder" for q in quotes), [(q.quote, q.speaker) for q in quotes]


def test_single_style_participle_describing(trained_quotes):
    q = one(trained_quotes(SINGLE_STYLE), "heartbreaking")
    assert q.speaker == "Ruth Calder"


def test_stray_wrong_way_mark_closes_the_quote(quotes_of):
    text = (
        "Senator Ola Berg spoke after the vote.\n"
        "She said there must be a \u2018period of calm \u2018. \u2018We will talk to everyone who wants to talk.\u2019\n"
    )
    texts = [q.quote for q in quotes_of(text)]
    assert "period of calm" in texts
    assert any(t.startswith("We will talk") for t in texts)


def test_scare_quotes_in_a_double_mark_article_stay_out(quotes_of):
    text = 'Rival Ken Amis said: "We are ready." Critics called the rally a \u2018circus\u2019 and a \u2018show\u2019.\n'
    assert [q.quote for q in quotes_of(text)] == ["We are ready."]


# -- speaker resolution -----------------------------------------------------------------------------------


def test_pronoun_after_a_titled_name_in_apposition(trained_quotes):
    text = (
        "Prime Minister Hugo Lind claimed victory. \u201cThe people have spoken,\u201d he said.\n"
        "Orange Party leader Nils Berg spoke of a historic night which, he said, \u201cchanged the country forever\u201d.\n"
    )
    q = one(trained_quotes(text), "changed the country")
    assert q.speaker == "Nils Berg"


def test_first_person_words_are_not_names(nlp):
    doc = nlp("Mayor Ruth Calder spoke.\n\u2018And I will stay until the work is done,\u2019 she said.\n")
    names = {m.name for m in MentionResolver(doc).mentions}
    assert "And I" not in names and "I" not in names


def test_headline_role_resolves_to_the_body_name(quotes_of):
    text = "Minister: \u2018We will not back down\u2019\nHealth Minister Carla Nunes faced a hostile crowd on Saturday.\n"
    q = one(quotes_of(text), "back down")
    assert q.speaker == "Carla Nunes" and q.rule == "quotes/colon/speaker:role"


def test_unnamed_premier_stays_unknown(quotes_of):
    text = 'The premier was unmoved. "Nobody will tell this government what to do," the premier said.\n'
    q = one(quotes_of(text), "Nobody will tell")
    assert q.speaker is None and q.speaker_kind == "unknown" and q.rule.endswith("/speaker:unknown")


def test_lower_case_organisation_is_not_the_last_organisation_that_spoke(trained_quotes):
    text = (
        "In a statement, the Ministry of Finance said: \"Growth will continue next year.\"\n"
        "According to the electoral commission, \"turnout was the highest since 1995\".\n"
    )
    q = one(trained_quotes(text), "turnout")
    assert q.speaker == "electoral commission" and q.speaker_kind == "organization"


def test_lower_case_party_description_is_the_named_party(trained_quotes):
    text = 'The Unity Party (UP) won the vote. "We are grateful," the ruling party said.\n'
    q = one(trained_quotes(text), "grateful")
    assert q.speaker == "Unity Party (UP)"


def test_colon_paragraph_speech_rule_names_the_decisions(quotes_of):
    text = (
        "Opposition leader Rui Matos told the crowd:\n"
        "\u201cWe have listened to you for four years.\n"
        "\u201cAnd we will fix the hospitals, starting on the first day.\u201d\n"
    )
    quotes = quotes_of(text)
    assert [q.quote for q in quotes] == [  # one claim per paragraph
        "We have listened to you for four years.", "And we will fix the hospitals, starting on the first day."]
    assert all(q.speaker == "Rui Matos" and q.rule == "quotes/colon-paragraph/paragraphs/speaker:name" for q in quotes)


def test_straight_mark_closed_by_a_curly_one(quotes_of):
    text = (
        "Prime Minister Jonas Falk spoke to reporters on Monday.\n"
        '"We will win the next vote too,\u201d he added. The 6" screens were new.\n'
    )
    q = one(quotes_of(text), "next vote")
    assert q.quote == "We will win the next vote too," and q.speaker == "Jonas Falk"


def test_role_before_of_and_chief_executive(trained_quotes):
    text = (
        "The chief executive of the Electoral Commission, Mia Roe, spoke on Friday.\n"
        '"Every vote was counted," the commission\'s chief executive said.\n'
    )
    q = one(trained_quotes(text), "Every vote")
    assert q.speaker == "Mia Roe"


@pytest.mark.parametrize("sentence, fragment", [
    ("Diaz hit out at what she called \u201ca campaign of lies\u201d.", "a campaign of lies"),
    ("Diaz referred to the vote as \u201ca farce\u201d.", "a farce"),
    ("Diaz spoke of a \u201chistoric night\u201d for the party.", "historic night"),
    ("Diaz denied the claims were \u201ccredible\u201d.", "credible"),
])
def test_fragments_in_reported_speech(trained_quotes, sentence, fragment):
    q = one(trained_quotes("Senator Rosa Diaz spoke on Sunday.\n" + sentence + "\n"), fragment)
    assert q.speaker == "Rosa Diaz"


@pytest.mark.parametrize("sentence", [
    "The court rejected the \u201cfrivolous\u201d appeal.",
    "The network aired a film called \u201cNight Train to Vesk\u201d on Sunday.",
    "Voters backed the \u201cclean streets\u201d pledge.",
])
def test_terms_and_titles_in_reported_sentences_are_not_quotes(quotes_of, sentence):
    assert quotes_of("Senator Rosa Diaz spoke on Sunday.\n" + sentence + "\n") == []


def test_quote_paragraph_after_a_paragraph_about_a_person(trained_quotes):
    text = (
        "Opposition leader Kofi Mensah addressed thousands of supporters on Sunday.\n"
        "\u201cWe have waited eight years for this day and we will not waste it.\u201d\n"
        "Mensah's rival, President Ama Owusu, conceded defeat late on Monday.\n"
        "\u201cI called him to congratulate him. The people have spoken.\u201d\n"
    )
    quotes = trained_quotes(text)
    assert [(q.speaker, q.rule) for q in quotes] == [
        ("Kofi Mensah", "quotes/context-subject/speaker:sentence-before"),
        ("Ama Owusu", "quotes/context-subject/speaker:sentence-before"),
    ]


def test_third_person_quote_paragraph_stays_unattributed(quotes_of):
    text = (
        "Opposition leader Kofi Mensah addressed thousands of supporters on Sunday.\n"
        "\u201cThe roads in the north have been closed for two weeks now.\u201d\n"
    )
    q = one(quotes_of(text), "roads in the north")
    assert q.speaker is None


def test_it_after_a_lower_case_organisation(trained_quotes):
    text = (
        "Opposition leader Kofi Mensah spoke on Sunday.\n"
        "The electoral commission said turnout was 61 percent.\n"
        "\u201cVoting was peaceful in all regions,\u201d it said.\n"
    )
    q = one(trained_quotes(text), "Voting was peaceful")
    assert q.speaker == "electoral commission" and q.speaker_kind == "organization"


def test_inversion_after_an_exclamation(quotes_of):
    text = '"Enough is enough!" shouted Senator Rosa Diaz outside parliament.\n'
    q = one(quotes_of(text), "Enough is enough")
    assert q.speaker == "Rosa Diaz" and q.rule.startswith("quotes/after-said-np/")


@pytest.mark.parametrize("text, fragment", [
    ("President Jan Nowak spoke. \u201eWe have won this election,\u201d Nowak said.\n", "We have won"),
    ("President Jan Nowak spoke. \u201eWe have won this election,\u201c Nowak said.\n", "We have won"),
    ("President Jan Nowak said: \u00bbWe will manage this crisis.\u00ab\n", "manage this crisis"),
    ("\u00abNous gagnerons\u00bb, said President Jan Nowak.\n", "Nous gagnerons"),
])
def test_european_quotation_marks(quotes_of, text, fragment):
    q = one(quotes_of(text), fragment)
    assert q.speaker == "Jan Nowak"


def test_new_role_titles(trained_quotes):
    text = (
        "Incumbent Mark Obi faced challenger Sue Lane.\n"
        '"I will serve again," the incumbent said. "He is finished," the challenger said.\n'
    )
    assert [q.speaker for q in trained_quotes(text)] == ["Mark Obi", "Sue Lane"]


def test_former_president_is_not_the_president(trained_quotes):
    text = (
        "President Ada Kimani won re-election on Sunday. Former president Olu Bako congratulated her.\n"
        '"It was a fair contest," the former president said.\n'
        '"We will work with everyone," the president said.\n'
    )
    assert [q.speaker for q in trained_quotes(text)] == ["Olu Bako", "Ada Kimani"]


def test_outgoing_president_may_be_the_named_president(quotes_of):
    text = 'President Ada Kimani lost on Sunday.\n"It was a fair contest," the outgoing president said.\n'
    assert [q.speaker for q in quotes_of(text)] == ["Ada Kimani"]


def test_split_quote_with_time_adjunct_in_the_attribution(quotes_of):
    text = "\u201cPeople here felt ignored,\u201d Ana Prat said after the count, \u201cand tonight they spoke.\u201d\n"
    quotes = quotes_of(text)
    assert [q.quote for q in quotes] == ["People here felt ignored, ... and tonight they spoke."]


def test_relative_clause_after_a_quote_is_no_attribution(trained_quotes):
    text = ("The opposition leader, Katya Lind, accused the premier of planning to \u201crig the courts\u201d, "
            "a charge he denies.\n")
    q = one(trained_quotes(text), "rig the courts")
    assert q.speaker == "Katya Lind"


def test_hyphenated_and_particle_names_are_whole(trained_quotes):
    text = (
        "Hong Kong lawmaker Lee Wai-ming spoke first.\n"
        '"The bill is flawed," Lee Wai-ming said.\n'
        'Prime Minister Mohammed Shia al-Sudani said: "We will not be a battlefield."\n'
        '"We stand ready," al-Sudani added.\n'
    )
    assert [q.speaker for q in trained_quotes(text)] == ["Lee Wai-ming", "Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani"]


def test_hyphenated_adjectives_are_not_names(nlp):
    doc = nlp("The Labour-led council and the Kremlin-backed group met Mayor Ana Prat.\n")
    names = {m.name for m in MentionResolver(doc).mentions}
    assert not any("-led" in n or "-backed" in n for n in names), names


def test_one_word_of_a_titled_name_is_that_person(trained_quotes):
    text = (
        "Malaysian Prime Minister Anwar Ibrahim met Indonesia's president-elect Prabowo Subianto in Jakarta.\n"
        '"Our nations share a future," Prabowo said.\n'
    )
    q = one(trained_quotes(text), "share a future")
    assert (q.speaker, q.speaker_kind) == ("Prabowo Subianto", "person")


def test_lost_opening_mark(quotes_of):
    text = (
        "Mayor Ana Prat spoke on Sunday.\n"
        "We will rebuild every house,\u201d Prat said. \u201cAnd we will start tomorrow.\u201d\n"
    )
    q = one(quotes_of(text), "rebuild every house")
    assert q.quote == "We will rebuild every house, ... And we will start tomorrow." and q.speaker == "Ana Prat"


def test_continuation_paragraph_that_lost_its_opening_mark(quotes_of):
    text = "Mayor Ana Prat told the crowd: \u201cWe will rebuild every house.\nWe will start tomorrow,\u201d she said.\n"
    quotes = quotes_of(text)
    assert [q.quote for q in quotes] == ["We will rebuild every house.", "We will start tomorrow,"]
    assert all(q.speaker == "Ana Prat" for q in quotes)


def test_unnamed_source_keeps_its_description(quotes_of):
    text = (
        "The party lost badly. A senior Unity source has told reporters it is \u201c50/50\u201d whether she stays.\n"
        '"We are finished," one official said.\n'
    )
    quotes = quotes_of(text)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("senior Unity source", "unknown"), ("official", "unknown")]
    assert all(q.rule.endswith("/speaker:unnamed-source") for q in quotes)


def test_named_official_is_resolved(quotes_of):
    text = '"We are finished," party official Jane Moor said.\n'
    q = one(quotes_of(text), "finished")
    assert (q.speaker, q.speaker_kind) == ("Jane Moor", "person")


def test_stray_unclosed_mark_does_not_swallow_the_next_quote(quotes_of):
    text = (
        "Mayor Ana Prat spoke on Sunday about the \u201cnew deal for the city.\n"
        "\u201cWe will deliver every promise,\u201d Prat said.\n"
        "Critics were unconvinced. \u201cIt is a fantasy budget,\u201d said councillor Ben Ode.\n"
    )
    quotes = quotes_of(text)
    assert "We will deliver every promise," in [q.quote for q in quotes]
    assert one(quotes, "fantasy budget").speaker == "Ben Ode"


def test_the_ministry_is_the_ministry_named_before(quotes_of):
    text = (
        "The Ministry of Foreign Affairs (MFA) summoned the ambassador.\n"
        "In a statement, the ministry said:\n"
        "\u201cThe ambassador was told of our concerns.\u201d\n"
    )
    q = one(quotes_of(text), "ambassador was told")
    assert (q.speaker, q.speaker_kind) == ("Ministry of Foreign Affairs (MFA)", "organization")
    assert q.rule == "quotes/colon-paragraph/speaker:organization-noun"


def test_age_description_with_capitalised_words_points_back(trained_quotes):
    text = (
        "Senator Tom Reyes conceded defeat in a speech in his home state.\n"
        '"I urge everyone to work together for the good of the country," the 71-year-old Navy veteran told supporters.\n'
    )
    q = one(trained_quotes(text), "work together")
    assert q.speaker == "Tom Reyes" and q.rule.endswith("/speaker:description")


def test_chant_and_reported_clause_are_not_one_split_quote(trained_quotes):
    text = ("Taking the stage to chants of \u201cwinner! winner!\u201d Mayor Ana Prat said the council would take "
            "\u201cbold action\u201d on housing.\n")
    texts = [q.quote for q in trained_quotes(text)]
    assert "bold action" in texts and not any("..." in t for t in texts)


def test_sentence_introducing_the_next_quote(trained_quotes):
    text = ("Mayor Ana Prat said the vote would allow \u201cmajor reforms.\u201d "
            "She added, \u201cWe will start with housing and transport.\u201d\n")
    texts = [q.quote for q in trained_quotes(text)]
    assert texts == ["major reforms.", "We will start with housing and transport."]


def test_bleak_after_called_on(trained_quotes):
    text = "Ed Varn called on his supporters not to lose heart, even if they were now feeling \u201cbleak\u201d.\n"
    q = one(trained_quotes(text), "bleak")
    assert q.speaker == "Ed Varn"


# -- one-shape cases: a text, the quote (by a word in it) and the speaker it must get, or no quote at all.
# Each row is one construction; its id says which (read the row's text for an example of it).

SPEAKER_CASES = [
    pytest.param("Mayor Ana Prat opened the bridge.\n\u201cThis city keeps its word,\u201d she underlined.\n",
                 "keeps its word", "Ana Prat", id='underlined_is_a_speech_verb'),
    pytest.param("Deputy leader Paul Gren told reporters it was \u201c60/40\u201d whether the bill would pass.\n",
                 "60/40", "Paul Gren", id='number_only_quote_in_reported_speech'),
    pytest.param('"This is a time for calm," said the country\'s president, Ana Lopes.\n',
                 "time for calm", "Ana Lopes", id='role_then_name_in_apposition_after_said'),
    pytest.param('Minister Mia Roe left early. "Counting will resume at nine," Roe\'s deputy, Ian Vale, said.\n',
                 "Counting will resume", "Ian Vale", id='possessive_description_then_name'),
    pytest.param("PM vows \u2018no surrender\u2019 after defeat\nPrime Minister Tom Bell spoke on Sunday.\n",
                 "no surrender", "Tom Bell", id='headline_single_marks_with_any_speech_verb_and_pm'),
    pytest.param('Senator Rosa Diaz spoke on Sunday.\n"We will win," Diaz was quoted as saying by local media.\n',
                 "We will win", "Rosa Diaz", id='quoted_as_saying'),
    pytest.param("Senator Tom Reyes conceded defeat on Tuesday.\n"
                 '"I pledge to help the new president in every way I can,"\n'
                 "Reyes said, flanked by his family.\n",
                 "I pledge", "Tom Reyes", id='attribution_opening_the_next_paragraph'),
    pytest.param("The \u201csafe majority,\u201d as Mayor Ana Prat put it, came at a cost.\n",
                 "safe majority", "Ana Prat", id='as_she_put_it'),
    pytest.param("Professor Alan Moyo, a constitutional lawyer, said the ruling was unusual.\n"
                 '"Courts rarely intervene this early," Professor Moyo said.\n',
                 "rarely intervene", "Alan Moyo", id='honorific_surname'),
    pytest.param("\u00abWe are ready to govern from the first day\u00bb, said Claire Dubois, the party leader.\n",
                 "ready to govern", "Claire Dubois", id='guillemets'),
    pytest.param("Harlow: \u2018We will not resign\u2019\nPrime Minister Tomas Harlow faced questions on Monday.\n",
                 "will not resign", "Tomas Harlow", id='headline_quote_with_colon'),
    pytest.param("Sofia Brandt met Karl Weber in Vienna on Thursday.\n"
                 "Weber rejected the proposal outright.\n"
                 '"It is not acceptable to us, and it never will be," he said.\n',
                 "not acceptable", "Karl Weber", id='pronoun_follows_most_recent_subject'),
]


@pytest.mark.parametrize("text, needle, speaker", SPEAKER_CASES)
def test_quote_gets_its_speaker(text, needle, speaker, quotes_of):
    assert one(quotes_of(text), needle).speaker == speaker


NO_QUOTE_CASES = [
    pytest.param("The new stadium was described as a \u201cwhite elephant\u201d in several papers.\n", id='described_as_without_a_speaker_is_a_label'),
    pytest.param("Union boss Fred Olsen called the deal a \u201cdead end\u201d and walked out.\n", id='called_it_stays_a_label'),
    pytest.param("Deputy leader Paul Gren said the \u201cNorth Star Fund\u201d was closed.\n", id='quoted_capitalised_name_is_still_a_title'),
    pytest.param("Prime Minister Tom Bell spoke on Sunday.\nHe vows \u2018no surrender\u2019 after the defeat, aides said.\n", id='single_marks_in_the_body_still_need_a_strong_cue'),
    pytest.param("Mayor Ana Prat spoke on Sunday.\nThe 12\u201d pipes were replaced, officials said.\n", id='closing_mark_in_ordinary_text_makes_no_quote'),
    pytest.param("Army puts border on \u2018high alert\u2019 after drone incident\n"
                 'The new "Patriot Shield" programme was launched last year. '
                 'The party\'s slogan, "Forward Together", appeared on every poster. '
                 "Critics called it a \u2018vanity project\u2019 of the government.\n", id='scare_quotes_and_quoted_titles_are_not_quotes'),
    pytest.param("Opponents called the stadium a \u201cwhite elephant\u201d and demanded a review. "
                 "Critics have dubbed the pact the \u201cgreen wall\u201d agreement. "
                 "The so-called \u201cbridge fund\u201d was never audited, officials said.\n", id='labels_after_naming_verbs_and_so_called_are_not_quotes'),
    pytest.param("The audit, titled \u201cA Ledger Left Open\u201d, said spending rose sharply.\n"
                 "The party's slogan, \u201cSteady Hands\u201d, was everywhere, officials said.\n", id='titles_and_slogans_after_a_title_cue_are_not_quotes'),
]


@pytest.mark.parametrize("text", NO_QUOTE_CASES)
def test_nothing_is_a_quote(text, quotes_of):
    assert quotes_of(text) == []


# -- issue 13, second study round: constructions from unseen political news (sentences invented) --------------


NAME_AND_PRONOUN_CASES = [
    # a name inside the quote is what the speaker talks about, never the antecedent of "he"
    pytest.param("Senator Rob Tamm rejected the report on Friday.\n"
                 '"It would be easier to work with the party\'s treasurer, Ian Vale (Vale resigned in May), '
                 'than with me," he added.\n',
                 "easier to work", "Rob Tamm", id='pronoun_skips_names_inside_the_quote'),
    # a double given name joined by a hyphen is one name
    pytest.param('Anna-Lena Vesk, leader of the Harbour Party, spoke on Monday.\n"We will talk to everyone," Vesk said.\n',
                 "talk to everyone", "Anna-Lena Vesk", id='hyphenated_given_name'),
    # a plural title before two names is no part of either name
    pytest.param("Farming and Transport Ministers Pia Lund and Oskar Berg resigned on Tuesday.\n"
                 '"I could not stay in good conscience," Lund wrote.\n',
                 "good conscience", "Pia Lund", id='plural_title_before_names'),
    # "X quoted Y as saying": Y's words, not X's
    pytest.param("The Daily Courier quoted opposition leader Mara Quist as saying the mayor was \"out of touch\".\n",
                 "out of touch", "Mara Quist", id='x_quoted_y_as_saying'),
    # an adverb after the subject pronoun ends the subject
    pytest.param("Governor Ed Brann won the vote by a narrow margin.\n"
                 'He quickly took to social media to say he was "deeply grateful" to voters.\n',
                 "deeply grateful", "Ed Brann", id='adverb_after_pronoun_subject'),
    # a quotation with a quotation inside it in the same marks, the speaker in the paragraph before
    pytest.param("Vesna Holm explained that the talks had barely begun.\n"
                 '"We want to hear every side first. I think saying "yes" to one group too early would be a mistake."\n',
                 "hear every side", "Vesna Holm", id='nested_same_marks_quote_after_paragraph_about_speaker'),
    # two apostrophes as quotation marks (a house style of some agencies)
    pytest.param("Minister Ravi Das spoke to reporters on Friday.\n"
                 "''We will form the next government with a clear majority,'' the minister said.\n",
                 "clear majority", "Ravi Das", id='double_apostrophe_marks'),
]


def test_inverted_speaker_then_adding_that(trained_quotes):
    # '"A", stated Doe, adding that "B"': the second quote is the inverted subject's too
    text = ("Party chair Ole Dahl and Mayor Inga Berg met on Sunday. \u00abWe will need a week\u00bb, stated Dahl, "
            "adding that \u00abwe do not draw red lines\u00bb.\n")
    q = one(trained_quotes(text), "red lines")
    assert q.speaker == "Ole Dahl"


def test_quoting_outlet_is_the_speaker_without_a_quoted_person(trained_quotes):
    # must not fire: "the paper quoted its own poll" is no "quoted Y as saying"; the outlet says it
    text = 'The Daily Courier said the result was "a clear rebuke" to the government.\n'
    assert one(trained_quotes(text), "clear rebuke").speaker == "Daily Courier"


def test_labour_green_hyphen_compound_is_not_a_double_name(nlp):
    # must not fire: two capitalised words joined by a hyphen with no name word beside them
    doc = nlp("The Labour-Green pact held, and Jean-Paul Dorr welcomed it.")
    r = MentionResolver(doc)
    assert "Jean-Paul Dorr" in r.persons
    assert not any("Labour-Green" in p for p in r.persons)


def test_double_apostrophes_inside_words_make_no_quote(quotes_of):
    # must not fire: a 12'' pipe or an elided word is no quotation mark pair
    text = "Crews replaced the 12'' pipes on Monday, officials said.\n"
    assert quotes_of(text) == []


ATTRIBUTION_CASES = [
    # a name that is the subject of a clause inside a "he ..." sentence does not take over as "he"
    pytest.param("Party leader Tom Ekdal was asked about the snap poll on Sunday.\n"
                 "He said the timing could depend on what happens when Premier Ana Roe meets the governor.\n"
                 'Asked about his own future, he said: "I intend to lead this party into the election."\n',
                 "intend to lead", "Tom Ekdal", id='name_in_subordinate_clause_of_a_pronoun_sentence'),
    # a participle after a comma goes with the sentence's first speech verb, not the reported clause's subject
    pytest.param("Commenting on the protest, Deputy Premier Lio Varga declared that the Harbour Party was damaging "
                 "the country, stating:\n"
                 '"They are only hurting their own image."\n',
                 "hurting their own image", "Lio Varga", id='participle_stating_colon_paragraph'),
    # a definite role description no name holds: the person the sentence before is about
    pytest.param("Party spokesman Rami Odede took questions on Saturday.\n"
                 'But Odede refused to blame the candidates. "No election turns on one issue," claimed the '
                 "Union Party leader.\n",
                 "one issue", "Rami Odede", id='definite_role_description_after_a_named_subject'),
    # an honorific before the name (the run with its honorific opens the sentence: its subject)
    pytest.param("Alhaji Musa Bello, the Minister for Works, has said the road will open in May.\n"
                 "He said the contractors were \u201cahead of schedule\u201d.\n",
                 "ahead of schedule", "Musa Bello", id='honorific_alhaji_subject'),
    # a nickname in quotation marks inside a name: the later nickname is that person
    pytest.param('The candidate, MP Ahmed "Lulu" Rasheed Karim, spoke on Tuesday.\n'
                 "MP Lulu said the talks had stalled.\n"
                 '"Nothing has changed since March," he said.\n',
                 "Nothing has changed", "Ahmed Rasheed Karim", id='nickname_inside_a_name'),
    # a colourful speech verb
    pytest.param("Mayor Ivo Brandt faced the press again.\n"
                 '"I have answered that question twice," he snapped.\n',
                 "answered that question", "Ivo Brandt", id='snapped_is_a_speech_verb'),
    # the head of government named before by another title
    pytest.param("Prime Minister Ola Strand resigned on Thursday.\n"
                 '"No one is irreplaceable," he said.\n'
                 'Speaking outside his office, the head of government acknowledged: "It is time for a new leader."\n',
                 "time for a new leader", "Ola Strand", id='head_of_government_after_his_quote'),
]


def test_opposition_leader_is_not_the_long_term_leader_named_later(trained_quotes):
    # must not fire: a role with a different modifier, named only later, is not the same role
    text = ("Kestria's opposition leader has called the result a \u201ctheft of the people's will\u201d.\n"
            "This was the first vote since long-term leader Abel Moru was ousted.\n")
    q = one(trained_quotes(text), "theft")
    assert q.speaker != "Abel Moru"


def test_definite_role_far_from_any_name_stays_unknown(trained_quotes):
    # must not fire: the named subject is two paragraphs back, with another paragraph between
    text = ("Rami Odede opened the count on Saturday.\n"
            "Turnout was high in the north and low in the capital, officials said.\n"
            "Several polling stations opened late because of the rain.\n"
            '"No election turns on one issue," claimed the Union Party leader.\n')
    q = one(trained_quotes(text), "one issue")
    assert q.speaker is None


MARK_AND_ROLE_CASES = [
    # two curly single marks typed for a double mark, either way round
    pytest.param("Commission chair Ruth Banda took questions on Monday.\n"
                 "\u2018\u2018All the forms must be verified before we announce anything,\u2019\u2018 Banda explained.\n",
                 "forms must be verified", "Ruth Banda", id='paired_single_curly_marks'),
    # "it" is the organisation that spoke, not an organisation named inside the quotation
    pytest.param("The Coastal Union called for a recount, a Coastal Union statement said on Friday.\n"
                 "\u201cThe bloc found serious doubts about the figures of the National Tally Board.\n"
                 "\u201cAccordingly, the leaders called for a pause,\u2019\u2019 it said.\n",
                 "leaders called for a pause", "Coastal Union", id='it_skips_organisations_inside_the_quote'),
    # a party's acronym right before a person's name is no part of the name
    pytest.param('"We cannot accept this outcome," says the candidate of the PFU Tomas Okello.\n',
                 "cannot accept", "Tomas Okello", id='acronym_before_a_name'),
    # the description before the name ends in a parenthesised acronym
    pytest.param("The General Secretary of the People's Front (PF), Alia Mensah, announces that the party keeps its "
                 '"firm position against the declared results."\n',
                 "firm position", "Alia Mensah", id='appositive_after_parenthesised_acronym'),
]


def test_paired_marks_run_over_paragraphs_to_the_attribution(trained_quotes):
    text = ("The Coastal Union called for a recount, a Coastal Union statement said on Friday.\n"
            "\u201cThe bloc found serious doubts about the figures.\n"
            "\u201cAccordingly, the leaders called for a pause,\u2019\u2019 it said.\n")
    quotes = trained_quotes(text)
    assert [q.speaker for q in quotes] == ["Coastal Union", "Coastal Union"], [(q.quote, q.speaker) for q in quotes]


def test_single_marks_and_apostrophes_are_not_paired_marks(quotes_of):
    # must not fire: a possessive plural before a single-quoted term is no double mark
    text = "The Greens\u2019 \u2018green deal\u2019 was debated on Monday.\n"
    assert quotes_of(text) == []


ROLE_AND_HEADLINE_CASES = [
    # a capitalised particle opening a paragraph belongs to the name; the speaker the tagger may call an
    # organisation is still the "he" that follows
    pytest.param("Talks resumed in the capital on Monday.\n"
                 'Al-Marzouqi said, "The delegation will return next week."\n'
                 'He added that "nothing has been signed yet."\n',
                 "nothing has been signed", "Al-Marzouqi", id='particle_name_and_following_he'),
    # "the member of X" is a person of the organisation, not the organisation
    pytest.param('Senator Ana Lisk said, "We back the new law."\n'
                 'The member of the Harbour Union pointed out that "the districts must be redrawn first."\n',
                 "districts must be redrawn", "Ana Lisk", id='the_member_of_an_organisation'),
    # wire copy typed for typesetting: two grave accents open, two apostrophes close
    pytest.param("``We have counted every ballot twice,'' commission chair Eli Moran said on Monday.\n",
                 "counted every ballot", "Eli Moran", id='grave_accent_marks'),
]


def test_statement_with_unmarked_inner_paragraphs(trained_quotes):
    # 'X made the following statement:' and a statement whose inner paragraphs open with no mark
    text = ("Party leader Rana Holt made the following statement:\n"
            "\u201cThe voters have given us a clear task.\n"
            "We will work with every party that shares our goals.\n"
            "We will not let them down.\u201d\n")
    quotes = trained_quotes(text)
    assert [q.speaker for q in quotes] == ["Rana Holt"] * 3, [(q.quote, q.speaker) for q in quotes]


def test_narrative_after_an_unclosed_quote_is_not_absorbed(trained_quotes):
    # must not fire: the later paragraph with a lost opening mark has its own attribution after the mark
    text = ("Mayor Ivo Brandt spoke first. \u201cWe will rebuild the bridge\n"
            "The council met for three hours on Tuesday.\n"
            "Councillors voted on the budget in the evening.\n"
            "Nothing will stop this project,\u201d said deputy mayor Lea Forss.\n")
    quotes = trained_quotes(text)
    assert not any("council met" in q.quote or "Councillors voted" in q.quote for q in quotes), [q.quote for q in quotes]


def test_role_named_by_the_next_sentence(trained_quotes):
    # a lead's unnamed role, named as the subject of the next sentence (that person's first mention)
    text = ("Kestria's opposition leader has called the result a \u201ctheft of the people's will\u201d.\n"
            "Abel Moru repeated his claim that the count was fake.\n")
    assert one(trained_quotes(text), "theft").speaker == "Abel Moru"


def test_outgoing_role_is_one_noun_phrase(trained_quotes):
    text = ("President Ivo Rask conceded on Sunday.\n"
            'The outgoing environment minister said the vote had been a "very close race".\n'
            "Lena Dahl said the count was fair.\n")
    assert one(trained_quotes(text), "close race").speaker == "Lena Dahl"


def test_next_sentence_subject_named_before_is_not_the_role(trained_quotes):
    # must not fire: the next sentence's subject is not introduced there (named earlier), so it names no role
    text = ("Abel Moru voted early on Sunday.\n"
            "Kestria's opposition leader has called the result a \u201ctheft of the people's will\u201d.\n"
            "Moru repeated his claim that the count was fake.\n")
    assert one(trained_quotes(text), "theft").speaker != "Abel Moru"


def test_headline_quote_repeated_in_the_body(trained_quotes):
    # a short standfirst quote with no attribution takes the speaker of the body quote that repeats it
    text = ("Harlow: I will not step down\n"
            "\u201cThe job is not done\u201d.\n"
            "Party leader Tomas Harlow spoke to supporters on Sunday.\n"
            "He said he would stay on and was calm about the polls: \u201cThe job is not done.\u201d\n")
    quotes = trained_quotes(text)
    assert [q.speaker for q in quotes] == ["Tomas Harlow", "Tomas Harlow"], [(q.quote, q.speaker, q.rule) for q in quotes]
    assert quotes[0].rule == "quotes/headline-repeat/speaker:body-quote"


def test_short_headline_quote_not_in_the_body_stays_out(trained_quotes):
    # must not fire: a short headline quote no body quote repeats is not kept
    text = ("\u201cA new dawn\u201d for the valley\n"
            "Standfirst line about the vote.\n"
            "Party leader Tomas Harlow spoke on Sunday.\n"
            '"We will build the bridge," he said.\n')
    assert not any("new dawn" in q.quote for q in trained_quotes(text))


def test_subject_after_an_introductory_phrase_with_apposition(trained_quotes):
    text = ("Harlow was asked about the leadership on Monday.\n"
            "On Sunday, Harlow's deputy, Finance Spokesman Ian Vale, refused to repeat that a defeat was "
            "\u201cunthinkable\u201d.\n")
    assert one(trained_quotes(text), "unthinkable").speaker == "Ian Vale"


SPEAKERS_IN_ONE_SENTENCE_CASES = [
    # two speakers in one sentence: each quote its own speaker, not one split quote
    pytest.param('Ian Roe and Jane Doe both spoke on Monday. "We agree," Roe said, while Doe added: "So do I."\n',
                 "So do I", "Jane Doe", id='two_speakers_in_one_sentence'),
    # an object pronoun says nothing of the subject's gender ("Tom Bell congratulated her")
    pytest.param('Ana Roe won on Sunday. Tom Bell congratulated her. "She ran a fine campaign," he said.\n',
                 "fine campaign", "Tom Bell", id='object_pronoun_gives_no_gender'),
    # a sentence-opening adverb is no part of the subject
    pytest.param('"It is over," Tom Bell told the BBC. Later he added: "I wish her well."\n',
                 "wish her well", "Tom Bell", id='later_he_added'),
]


def test_one_speaker_split_by_said_is_still_one_quote(trained_quotes):
    # must not fire: a single attribution between two parts keeps the split quote whole
    text = '"We will win," Tom Bell said, "and we will govern well."\n'
    quotes = trained_quotes(text)
    assert len(quotes) == 1 and quotes[0].speaker == "Tom Bell"


def test_particles_inside_a_name(trained_quotes):
    text = 'Ursula van der Berg welcomed the result. "Europe is stronger," van der Berg said.\n'
    assert one(trained_quotes(text), "Europe is stronger").speaker == "Ursula van der Berg"


def test_particle_between_lower_case_words_is_no_name(nlp):
    # must not fire: a particle with no capitalised name word on both sides joins nothing
    doc = nlp("The mayor of the city and de facto leader Tom Bell spoke.")
    r = MentionResolver(doc)
    assert r.persons == ["Tom Bell"]


def test_issued_a_statement_names_the_statement_source(trained_quotes):
    text = 'The Unity Party issued a statement on Monday. "We accept the result," the statement said.\n'
    assert one(trained_quotes(text), "accept the result").speaker == "Unity Party"


def test_honorific_inside_a_name_after_a_title(trained_quotes):
    # "Sheikh" after the given name is part of a Somali name; only the leading title goes
    text = ('Parliament Speaker Abdi Sheikh Hassan Warsame resigned on Tuesday.\n'
            '"I will hand in my letter tomorrow," Warsame told a news conference.\n')
    assert one(trained_quotes(text), "hand in my letter").speaker == "Abdi Sheikh Hassan Warsame"


def test_modifier_and_country_before_the_title_still_go(nlp):
    doc = nlp("Former U.S. President Tom Bell spoke on Monday.")
    assert MentionResolver(doc).persons == ["Tom Bell"]


def test_read_a_statement_from_inverted(trained_quotes):
    text = 'The Unity Party lost ground. "We hear the voters," read a statement from the Unity Party.\n'
    assert one(trained_quotes(text), "hear the voters").speaker == "Unity Party"


def test_read_without_a_document_is_no_speech_verb(quotes_of):
    # must not fire: "read the report" after a quoted title is reading, not speaking
    text = 'Officials read the report titled "A Ledger Left Open" on Monday.\n'
    assert quotes_of(text) == []


def test_shared_surname_is_the_one_named_last(trained_quotes):
    text = ('John Smith and Mary Smith both ran.\n'
            '"I am proud," Mary Smith said. Later Smith added: "It was close."\n')
    assert one(trained_quotes(text), "It was close").speaker == "Mary Smith"


def test_surname_of_one_person_is_that_person(trained_quotes):
    # must not fire: with one Smith in the article, the surname is simply that person
    text = 'John Smith and Mary Jones both ran.\n"I am proud," Jones said. Later Smith added: "It was close."\n'
    assert one(trained_quotes(text), "It was close").speaker == "John Smith"


def test_dateline_with_agency_credit_is_no_subject(trained_quotes):
    text = ('Vesk, (KNA - Kestria News - 3rd May, 2021 ) :Party leader Tom Bell has described the count as '
            'a "complete fantasy" in an interview.\n')
    q = one(trained_quotes(text), "complete fantasy")
    assert q.speaker == "Tom Bell"


def test_straight_mark_alone_closes_a_paragraph_quote(trained_quotes):
    # the opening mark of the speech's last paragraph was lost; the lone straight mark before "said" closes it
    text = ('Tom Bell spoke on Monday.\n'
            'These figures do not reflect what people voted for," said Tom Bell, the Unity Party leader.\n')
    assert one(trained_quotes(text), "do not reflect").speaker == "Tom Bell"


def test_lone_straight_mark_in_inches_is_no_quote(quotes_of):
    # must not fire: a straight mark after a number is no closing mark of a lost quotation
    text = 'Tom Bell spoke on Monday.\nThe new screens measure 55" across, the council said.\n'
    assert quotes_of(text) == []


APPOSITION_AND_NAME_CASES = [
    # a possessive pronoun in an apposition is someone else's; a common noun opening a sentence is no name
    pytest.param('Ana Roe spoke to the party conference.\n"We have work to do," she said.\nDelegates applauded.\n'
                 'Tom Bell, her deputy, was less upbeat.\n"It will be hard," he added.\n',
                 "will be hard", "Tom Bell", id='apposition_pronoun_and_common_noun_subject'),
]


# Roles named with a country word, roles after a paragraph about a person, long titles before a name, documents
# and offices (must-not-fire cases: test_speakers_roles_unseen.py).
_TWO_PRESIDENTS = (
    "Leaders hail winner\n\n"
    "Shortly after the count, American President Dan Cole said, \u201cI send my congratulations.\u201d\n\n"
    "French leader Marc Aubert also offered his good wishes.\n\n"
    "\u201cTogether, we will join forces,\u201d the French President said after the result.\n"
)
_TALKS_IN_OSK = "Talks in Osk\n\nPrime Minister Alma Grunt met {} in Osk on Monday.\n\n"
COUNTRY_ROLE_AND_OFFICE_CASES = [
    # "the French President" is the person introduced with the country word, not the last president named
    pytest.param(_TWO_PRESIDENTS, "join forces", "Marc Aubert", id="country_word_role"),
    pytest.param(_TWO_PRESIDENTS, "my congratulations", "Dan Cole", id="country_word_role_other_person"),
    pytest.param(_TALKS_IN_OSK.format("Chinese President Li Wen")
                 + "\u201cNow the relationship has embarked on the right path,\u201d the Chinese leader told the delegation.\n",
                 "right path", "Li Wen", id="country_word_role_across_titles"),
    # nobody was introduced as Brazilian: the Brazilian president is not the French one
    pytest.param("Summit ends\n\nFrench President Marc Aubert left the summit early on Friday.\n\n"
                 "Later, the Brazilian president said: \u201cWe will keep talking to everyone at this table.\u201d\n",
                 "keep talking", None, id="country_word_role_no_one_holds"),
    # a definite role right after a paragraph whose subject is a person
    pytest.param(_TALKS_IN_OSK.format("President Li Wen")
                 + "In opening remarks, Li acknowledged the work the Grunt government had done.\n\n"
                 "\u201cNow the relationship has embarked on the right path,\u201d the leader told the delegation.\n",
                 "right path", "Li Wen", id="role_after_a_paragraph_about_a_person"),
    # ... the one quoted there, not a person in a subordinate clause
    pytest.param("Visit to Osk\n\nMr Grunt said the visit was \u201ca historic time for me\u201d as it marks 50 years since "
                 "Ivo Rask was the first Velorian premier to visit Osk.\n\n"
                 "\u201cThe progress we have made has been very positive,\u201d the premier said.\n",
                 "progress we have made", "Grunt", id="role_after_a_paragraph_is_the_one_quoted_there"),
    # a long "of" phrase title before a name in commas
    pytest.param("Dinner in Osk\n\nThe Chairman of the Standing Committee of the Osk People's Assembly, Leo Brant, welcomed "
                 "Premier Kim Dahl in his first meeting and said the two countries are \u201cat a new starting point\u201d.\n",
                 "starting point", "Leo Brant", id="long_of_phrase_title_before_a_name"),
    pytest.param("Result confirmed\n\n\u201cBased on provisional results, Ana Pell has been elected president,\u201d Supreme "
                 "Election Board chairman Piet Vos was quoted as saying by the Velo state news agency.\n",
                 "provisional results", "Piet Vos", id="quoted_as_saying_after_a_long_titled_name"),
    pytest.param("Result\n\n\u201cVelo will be back,\u201d his brother and former premier Tomas Rask, who is currently in Osk, "
                 "said on Tuesday.\n", "Velo will be back", "Tomas Rask", id="described_name_with_relative_clause"),
    # documents: a statement no one issued names no one; a ministry keeps its whole name
    pytest.param("Ministry reacts\n\nThe talks in Osk ended on Monday.\n\n"
                 "\u201cAllegations of our involvement are absurd and motivated,\u201d the statement said.\n",
                 "absurd", None, id="statement_no_one_issued"),
    pytest.param("Ministry reacts\n\nIn a statement, the Ministry of External Affairs of Velo said:\n\n"
                 "\u201cAllegations of our involvement in any act of violence are absurd and motivated.\u201d\n",
                 "absurd", "Ministry of External Affairs of Velo", id="ministry_of_x_of_country"),
    # titles of the same office: "the premier" is the one prime minister named, nobody when two are
    pytest.param("Vote\n\nPrime Minister Ana Roe spoke to reporters after the vote. Her deputy, Tom Bell, stood beside "
                 "her.\n\n\u201cWe have won,\u201d the premier said.\n", "We have won", "Ana Roe", id="premier_is_the_prime_minister"),
    pytest.param("Summit\n\nPrime Minister Ana Roe met Prime Minister Ivo Rask in Osk. They spoke for an hour.\n\n"
                 "Reporters waited outside. \u201cWe have agreed on everything,\u201d the premier said.\n",
                 "agreed on everything", None, id="premier_is_nobody_when_two_prime_ministers"),
]

# Fronted clauses, inserted phrases and attributions typed without a comma (must-not-fire cases:
# test_quote_unseen6.py).
FRONTED_AND_INSERTED_CASES = [
    pytest.param("Voters gathered in Vesk.\nConceding defeat, Tomas Halvik congratulated Ana Berru on her win and asked "
                 "her to \u201clook after the harbour with care\u201d.\n", "harbour", "Tomas Halvik",
                 id="fronted_participle_clause"),
    pytest.param("Mira Kolt leads the Dune Party.\nDue to the party\u2019s poor result in the vote, she said the count "
                 "was unfair and condemned a \u201cpact of shame.\u201d\n", "pact of shame", "Mira Kolt",
                 id="fronted_prepositional_phrase_then_pronoun"),
    # a name ending in -ing is no participle clause
    pytest.param("Manning said the plan was \u201ca disgrace to the valley\u201d.\n", "disgrace", "Manning",
                 id="capitalised_ing_name"),
    pytest.param("\u201cWe waited and we worked and now we can say it: we did it!,\u201d Halvik, in all likelihood the "
                 "next premier, told cheering supporters.\n", "we did it", "Halvik", id="inserted_prepositional_phrase"),
    pytest.param("The mood was festive.\n\u201cVesk sent a message that the old bloc has failed\u201dsaid Halvik. "
                 "\u201cMany more want Vesk to move on\u201dhe declared.\n", "old bloc", "Halvik", id="glued_attribution"),
    pytest.param("The mood was festive.\n\u201cVesk sent a message that the old bloc has failed\u201dsaid Halvik. "
                 "\u201cMany more want Vesk to move on\u201dhe declared.\n", "move on", "Halvik", id="glued_pronoun_attribution"),
    pytest.param("\u201cWe have won the valley\u201d said Ana Berru on Sunday.\n", "valley", "Ana Berru",
                 id="attribution_without_comma"),
    # one holder of a title: unchanged by the shared-title rule
    pytest.param("Talks held\nPresident Roe met Tomas Reyes on Friday.\nReyes spoke first.\n"
                 "\u201cThe test will be real action,\u201d the president said.\n", "real action", "Roe",
                 id="one_holder_of_a_title"),
]

# An unnamed speaker introduced with an indefinite description and referred back to with the bare definite noun
# ("a senior administration official ... the official said"): the speaker is the introducing description.
INTRODUCED_DESCRIPTION_CASES = [
    pytest.param("They met for an hour, according to a senior government official.\n"
                 "\"The talks went well,\" the official said.\n", "talks went well", "senior government official",
                 id="according_to_a_description_then_the_noun"),
    pytest.param("A party spokeswoman confirmed the date on Monday.\n"
                 "\"We are ready for the vote,\" the spokeswoman said.\n", "ready for the vote", "party spokeswoman",
                 id="indefinite_subject_then_the_noun"),
    pytest.param("A senior Verdant Party source told the Lorvik Mirror the vote was close.\n"
                 "\"It could go either way,\" the source said.\n", "either way", "senior Verdant Party source",
                 id="description_with_a_party_name"),
    pytest.param("A Western diplomat in Lorvik, who asked not to be named, said a deal was near. "
                 "\"We are close to a deal,\" the diplomat added.\n", "close to a deal", "Western diplomat",
                 id="description_with_a_relative_clause"),
    pytest.param("\u201cWe are ready,\u201d said the official, according to a senior Velo official quoted by "
                 "state radio.\n", "ready", "official", id="introduction_after_the_quote_is_not_before_it"),
    # nothing introduced: the bare noun stays as written; a named holder of the role keeps their name
    pytest.param("\"We are close to a deal,\" the official said.\n", "close to a deal", "official",
                 id="no_introduction"),
    pytest.param("Government spokeswoman Ana Roe confirmed the date on Monday.\n"
                 "\"We are ready for the vote,\" the spokeswoman said.\n", "ready for the vote", "Ana Roe",
                 id="named_role_holder_not_a_description"),
]

# A statement whose issuer no sentence names: the organisation whose reported speech the sentence before gives.
STATEMENT_ISSUER_CASES = [
    pytest.param("The Unity Party, which opposes the new tariffs, won its best result so far with 31% of the vote, the "
                 "party's press service said.\n\"The Unity Party took first place in the elections this Sunday with a "
                 "record share,\" the statement read.\n", "took first place", "Unity Party",
                 id="statement_after_the_partys_press_service"),
    pytest.param("In a statement, the Verdant Party's press office said the result was historic. \"We took first "
                 "place in the election this Sunday with a record share,\" the statement read.\n", "took first place",
                 "Verdant Party", id="in_a_statement_before_the_subject"),
    pytest.param("The Velo Electoral Commission said on Monday the count was over.\n\u201cAll ballots have now been "
                 "counted and checked twice,\u201d the release said.\n", "ballots", "Velo Electoral Commission",
                 id="release_after_a_named_commission"),
    # reported speech of people, not of an organisation: the statement stays unattributed
    pytest.param("The count went on late into the night, officials said.\n\"The count will resume at nine in the "
                 "morning,\" the statement said.\n", "resume at nine", None, id="officials_are_no_issuer"),
]

# A name that is the subject of an adverbial clause ("after Kovac conceded", "as Kovac left") is background: the
# next "the 54-year-old said" / "he said" means the main clause's subject.
BACKGROUND_CLAUSE_CASES = [
    pytest.param("\"We did it, we finally did it!\" Tom Rees, the likely next premier, told cheering supporters after "
                 "Marta Kovac conceded defeat.\nThe five opposition parties were projected to win 100 of the 169 seats."
                 "\n\"Lorvik has sent a clear signal that it wants change,\" said the 61-year-old lawyer who campaigned "
                 "against poverty.\n", "clear signal", "Tom Rees", id="after_clause_then_description"),
    pytest.param("Tom Rees spoke to reporters as Marta Kovac left the hall.\n\"It is a new dawn for the valley,\" the "
                 "54-year-old said.\n", "new dawn", "Tom Rees", id="as_clause_then_description"),
    pytest.param("\"It is over now,\" Tom Rees said when Marta Kovac phoned him. \"We start work tomorrow,\" the "
                 "54-year-old added.\n", "start work", "Tom Rees", id="when_clause_then_description"),
    # a sentence of its own about the other person: that person
    pytest.param("Tom Rees thanked voters on Monday. Later, Marta Kovac conceded defeat.\n\"The voters have spoken "
                 "and we accept it,\" the 54-year-old said.\n", "voters have spoken", "Marta Kovac",
                 id="main_clause_of_its_own"),
]

# Long described subjects before the speech verb, middle-word surnames, a country before the name, and offices
# named with a role word.
DESCRIBED_NAME_CASES = [
    pytest.param("\"We have a deal that will help a lot of families,\" Dr Kovac's chief of staff and acting finance "
                 "minister Peter Lund told reporters, after he emerged from the talks.\n", "lot of families", "Peter Lund",
                 id="long_coordinated_roles_before_the_name"),
    pytest.param("\u201cThe valley voted for change,\u201d the Verdant Party's former deputy leader and current "
                 "housing spokeswoman Mira Kolt said.\n", "voted for change", "Mira Kolt",
                 id="long_party_role_before_the_name"),
    # a finite verb among the words: they are a clause of their own, not the subject of "told"
    pytest.param("\"The count is over.\" Officials in the northern valley towns said turnout was high and Mira Kolt "
                 "told reporters on Monday it was a record.\n", "count is over", None, id="clause_before_a_later_speech_verb"),
    pytest.param("Mexico's president Andres Tomas Lorca Vidal met the governors on Monday.\n"
                 "\u201cWe will rebuild the harbour,\u201d Lorca said.\n", "harbour", "Andres Tomas Lorca Vidal",
                 id="paternal_surname_in_the_middle"),
    pytest.param("The attorney general of Norway Tariq Nawab Hamid said the premier still held office.\n"
                 "However, \"the premier has been disqualified for life,\" said Norway's attorney general Nawab.\n",
                 "disqualified", "Tariq Nawab Hamid", id="country_before_the_name_and_middle_word"),
    # two people share the middle word: neither is meant
    pytest.param("Ana Lorca Vidal and Tomas Lorca Ruiz met on Monday.\n\u201cWe will rebuild the harbour,\u201d Lorca "
                 "said.\n", "harbour", "Lorca", id="middle_word_of_two_names"),
    pytest.param("Shortly after, the premier stepped down \"despite reservations\", according to the PM house.\n",
                 "despite reservations", "PM house", id="office_named_with_a_role_word"),
    # organisations described in lower case with what they are of, or spoken for by a spokesman
    pytest.param("The ministry of the interior said in a statement: \"All ballots have now been counted and checked "
                 "twice.\"\n", "ballots", "ministry of the interior", id="lower_case_ministry_of"),
    pytest.param("\"All ballots have now been counted and checked twice,\" the office of the president said.\n",
                 "ballots", "office of the president", id="lower_case_office_of_a_role"),
    pytest.param("\"All ballots have now been counted,\" a spokesman for the electoral commission said.\n", "ballots",
                 "electoral commission", id="spokesman_for_a_lower_case_organisation"),
    # a family is no organisation: the spokesman stays unnamed
    pytest.param("\"All ballots have now been counted,\" a spokesman for the family said.\n", "ballots", None,
                 id="spokesman_for_a_family"),
    pytest.param("\"The count was slow but fair,\" according to a statement from the electoral board.\n", "slow but fair",
                 "electoral board", id="statement_from_a_lower_case_organisation"),
]

# A fragment judged by someone else in its own clause ("a claim Roe rejected as "nonsense"", "which Roe hailed as
# "historic""): the judging clause's named subject said it; the quote that clause is about stays the first speaker's.
JUDGED_FRAGMENT_CASES = [
    pytest.param("Tom Rees told the Vesk Herald that the vote was \"rigged\", a claim Ana Berru rejected as "
                 "\"nonsense\".\n", "nonsense", "Ana Berru", id="a_claim_x_rejected_as"),
    pytest.param("Tom Rees told the Vesk Herald that the vote was \"rigged\", a claim Ana Berru rejected as "
                 "\"nonsense\".\n", "rigged", "Tom Rees", id="the_claim_itself_stays_with_its_speaker"),
    pytest.param("Tom Rees said the count was \"a farce\", which Ana Berru dismissed as \"sour grapes from a sore "
                 "loser\".\n", "sour grapes", "Ana Berru", id="which_x_dismissed_as"),
    pytest.param("Tom Rees said the count was \"a farce\", which Ana Berru dismissed as \"sour grapes from a sore "
                 "loser\".\n", "a farce", "Tom Rees", id="quote_before_which_is_not_the_judges"),
    pytest.param("The deal, which Marta Kovac hailed as \"historic\", was signed on Monday.\n", "historic",
                 "Marta Kovac", id="which_x_hailed_as"),
    # a speech verb nearer the mark wins; a judging verb in a relative clause about the speaker does not
    pytest.param("Tom Rees, who welcomed the result, said the vote was \"clean and fair\".\n", "clean and fair",
                 "Tom Rees", id="judging_verb_in_the_speakers_relative_clause"),
]


# The fullest name the article gives, whatever the tagger calls the later surname: a lone surname (or the two
# surnames of a four-part name) that a tagger labels an organisation is the person named in full before; a
# headline that names the person in full completes a body that only gives the surname. Must not: a headline name
# whose surname is also another person's in the body, a party named like a word of a person's name.
SURNAME_AND_HEADLINE_CASES = [
    pytest.param("Vote in Norland\nMariano Ortega led his party to victory.\n\u201cWe have won,\u201d Ortega said.\n",
                 "We have won", "Mariano Ortega", id="untitled_surname_tagged_as_organisation"),
    pytest.param("Vote in Norland\nJuan Carlos Ortega Ruiz led his party to victory.\n\u201cWe have won,\u201d "
                 "Ortega Ruiz said.\n", "We have won", "Juan Carlos Ortega Ruiz", id="two_surnames_of_a_four_part_name"),
    pytest.param("Norland's Tomas Varga concedes defeat\nThe opposition leader spoke in Brel.\n\u201cIt is over,"
                 "\u201d Varga said.\n", "It is over", "Tomas Varga", id="full_name_in_the_headline_only"),
    pytest.param("Norland's Tomas Varga concedes defeat\nElsa Varga, his sister, spoke in Brel.\n\u201cIt is over,"
                 "\u201d Varga said.\n", "It is over", "Elsa Varga", id="headline_name_not_over_a_body_full_name"),
]


# The constructions above that need the trained parse (subjects, appositions, coordination): one test over all of
# their tables, as test_quote_gets_its_speaker is over SPEAKER_CASES.
@pytest.mark.parametrize("text, needle, speaker",
                         NAME_AND_PRONOUN_CASES + ATTRIBUTION_CASES + MARK_AND_ROLE_CASES + ROLE_AND_HEADLINE_CASES
                         + SPEAKERS_IN_ONE_SENTENCE_CASES + APPOSITION_AND_NAME_CASES
                         + COUNTRY_ROLE_AND_OFFICE_CASES + FRONTED_AND_INSERTED_CASES + INTRODUCED_DESCRIPTION_CASES
                         + STATEMENT_ISSUER_CASES + BACKGROUND_CLAUSE_CASES + DESCRIBED_NAME_CASES
                         + JUDGED_FRAGMENT_CASES + SURNAME_AND_HEADLINE_CASES)
def test_parsed_constructions_get_their_speaker(text, needle, speaker, trained_quotes):
    assert one(trained_quotes(text), needle).speaker == speaker
