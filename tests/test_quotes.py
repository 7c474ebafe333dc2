"""Tests for dateline.nlp.quotes through the full pipeline: direct, split, multi-paragraph,
continued, reported and mixed quotations with their cues and speakers. Every text here is
written for these tests; the people and organisations are fictional.
"""
from __future__ import annotations

import pytest

from dateline.model import Document, Quote

DATE = "2019-03-12"
LEAD = "Helen Marsh visited the new ferry terminal on Monday.\n\n"


def analyze(analyzer, text: str) -> Document:
    doc = analyzer.analyze(text, date=DATE)
    check_offsets(doc)
    return doc


def check_offsets(doc: Document) -> None:
    ids = {e.id: e.name for e in doc.entities}
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text, q
        assert q.kind in ("direct", "indirect", "mixed")
        if q.cue is not None:
            assert doc.text[q.cue.start:q.cue.end] == q.cue.text, q.cue
        if q.speaker is not None:
            assert doc.text[q.speaker.start:q.speaker.end] == q.speaker.text, q.speaker
            if q.speaker.entity is not None:
                assert ids[q.speaker.entity] == q.speaker.name
        for a, b in q.pieces or []:
            assert q.start <= a < b <= q.end


def entity_id(doc: Document, name: str) -> str:
    found = [e.id for e in doc.entities if e.name == name]
    assert len(found) == 1, f"{name!r} not in {[e.name for e in doc.entities]}"
    return found[0]


def quote_with(doc: Document, words: str) -> Quote:
    found = [q for q in doc.quotes if words in q.text]
    assert len(found) == 1, f"{words!r} in {[q.text for q in doc.quotes]}"
    return found[0]


def assert_speaker(doc: Document, quote: Quote, name: str, mention: str) -> None:
    assert quote.speaker is not None, quote
    assert quote.speaker.entity == entity_id(doc, name)
    assert quote.speaker.name == name
    assert quote.speaker.text == mention


# ---------------------------------------------------------------- direct quotes
def test_speaker_after_quote(analyzer):
    doc = analyze(analyzer, LEAD + "\"The terminal will open in May,\" Ms Marsh said.")
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.kind == "direct"
    assert "The terminal will open in May" in q.text
    assert q.cue.text == "said"
    assert_speaker(doc, q, "Helen Marsh", "Ms Marsh")
    assert q.pieces is None


def test_speaker_before_quote(analyzer):
    doc = analyze(analyzer, LEAD + "Ms Marsh said, \"The terminal will open in May.\"")
    q = quote_with(doc, "The terminal will open in May")
    assert q.kind == "direct"
    assert q.cue.text == "said"
    assert_speaker(doc, q, "Helen Marsh", "Ms Marsh")


def test_colon_introduction(analyzer):
    doc = analyze(analyzer, LEAD + "Ms Marsh said: “The terminal will open in May.”")
    q = quote_with(doc, "The terminal will open in May")
    assert q.kind == "direct"
    assert q.cue.text == "said"
    assert_speaker(doc, q, "Helen Marsh", "Ms Marsh")


def test_told_reporters_after_quote(analyzer):
    text = ("Choi Min-seo arrived in Busan on Monday to inspect the new ferry terminal.\n\n"
            "\"We are ready,\" Mr Choi told reporters.")
    doc = analyze(analyzer, text)
    q = quote_with(doc, "We are ready")
    assert q.cue.text == "told"
    assert_speaker(doc, q, "Choi Min-seo", "Mr Choi")


def test_split_quote_is_one_quote_with_pieces(analyzer):
    text = LEAD + ("\"The terminal will open in May,\" Ms Marsh said, "
                   "\"and the ferries will run every hour.\"")
    doc = analyze(analyzer, text)
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.pieces is not None and len(q.pieces) == 2
    first, second = (doc.text[a:b] for a, b in q.pieces)
    assert "The terminal will open in May" in first
    assert "the ferries will run every hour" in second
    assert "Ms Marsh said" not in first and "Ms Marsh said" not in second
    assert q.start == q.pieces[0][0] and q.end == q.pieces[1][1]
    assert q.cue.text == "said"
    assert_speaker(doc, q, "Helen Marsh", "Ms Marsh")


def test_multi_paragraph_quote_is_one_quote(analyzer):
    text = LEAD + ("Ms Marsh told reporters: \"The terminal will open in May. "
                   "The ferries will run every hour.\n\n"
                   "\"Nobody will wait more than twenty minutes for a boat.\"\n\n"
                   "The Harbour Authority did not respond.")
    doc = analyze(analyzer, text)
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert len(direct) == 1
    q = direct[0]
    assert q.pieces is not None and len(q.pieces) == 2
    first, second = (doc.text[a:b] for a, b in q.pieces)
    assert "The terminal will open in May" in first
    assert "Nobody will wait" in second
    assert "\n\n" in q.text
    assert q.cue.text == "told"
    assert_speaker(doc, q, "Helen Marsh", "Ms Marsh")
    assert not any("did not respond" in x.text for x in doc.quotes)


def test_quote_only_paragraph_continues_previous_speaker(analyzer):
    text = LEAD + ("\"The terminal will open in May,\" Ms Marsh said.\n\n"
                   "\"Nobody will wait more than twenty minutes for a boat.\"")
    doc = analyze(analyzer, text)
    assert len(doc.quotes) == 2
    first, second = doc.quotes
    assert first.cue.text == "said"
    assert "Nobody will wait" in second.text
    assert second.kind == "direct"
    assert second.cue is None
    assert_speaker(doc, second, "Helen Marsh", "Ms Marsh")


def test_pronoun_speaker_resolves_to_entity(analyzer):
    text = ("Helen Marsh visited the terminal on Monday.\n\n"
            "\"Nobody will wait more than twenty minutes for a boat,\" she said.")
    doc = analyze(analyzer, text)
    q = quote_with(doc, "Nobody will wait")
    assert q.cue.text == "said"
    assert_speaker(doc, q, "Helen Marsh", "she")


def test_role_speaker_resolves_to_entity(analyzer):
    text = ("President Helen Marsh arrived in Busan on Tuesday.\n\n"
            "\"The visit was a success,\" the president told reporters.")
    doc = analyze(analyzer, text)
    q = quote_with(doc, "The visit was a success")
    assert q.speaker is not None
    assert q.speaker.entity == entity_id(doc, "Helen Marsh")
    assert q.speaker.text.lower().endswith("the president")


# ---------------------------------------------------------------- reported speech
@pytest.mark.parametrize("sentence, cue, content, mention", [
    ("Ms Marsh said that the terminal would open in May.", "said",
     "the terminal would open in May", "Ms Marsh"),
    ("She told reporters the ferries would run every hour.", "told",
     "the ferries would run every hour", "She"),
    ("Ms Marsh warned that the fares would rise.", "warned", "the fares would rise", "Ms Marsh"),
    ("Ms Marsh denied that the project was late.", "denied", "the project was late", "Ms Marsh"),
])
def test_reported_speech(analyzer, sentence, cue, content, mention):
    doc = analyze(analyzer, LEAD + sentence)
    q = quote_with(doc, content)
    assert q.kind == "indirect"
    assert q.cue.text == cue
    assert not q.text.startswith("that ")
    assert_speaker(doc, q, "Helen Marsh", mention)


def test_according_to(analyzer):
    doc = analyze(analyzer, "The terminal will open in May, according to Helen Marsh.")
    q = quote_with(doc, "The terminal will open in May")
    assert q.kind == "indirect"
    assert q.cue.text == "according to"
    assert "according" not in q.text
    assert_speaker(doc, q, "Helen Marsh", "Helen Marsh")


def test_organisation_speaker(analyzer):
    text = ("The Harbour Authority opened a new terminal on Monday.\n\n"
            "The authority said in a statement that fares would not rise.")
    doc = analyze(analyzer, text)
    q = quote_with(doc, "fares would not rise")
    assert q.kind == "indirect"
    assert q.cue.text == "said"
    assert q.speaker.entity == entity_id(doc, "Harbour Authority")
    assert q.speaker.name == "Harbour Authority"
    assert q.speaker.text.lower() == "the authority"


# ---------------------------------------------------------------- mixed quotes
def test_mixed_called(analyzer):
    doc = analyze(analyzer, "Helen Marsh called the plan \"a waste of public money\".")
    q = quote_with(doc, "a waste of public money")
    assert q.kind == "mixed"
    assert q.cue.text == "called"
    assert_speaker(doc, q, "Helen Marsh", "Helen Marsh")


def test_mixed_described_as(analyzer):
    doc = analyze(analyzer, "Choi Min-seo described the plan as “bold and overdue”.")
    q = quote_with(doc, "bold and overdue")
    assert q.kind == "mixed"
    assert q.cue.text == "described"
    assert_speaker(doc, q, "Choi Min-seo", "Choi Min-seo")


# ---------------------------------------------------------------- no quote
def test_captions_never_yield_quotes(analyzer):
    text = ("Choi Min-seo tells reporters the port is ready (AP/Kim Ha-neul)\n\n"
            "Helen Marsh speaks to dockers at the terminal (Reuters/Choi Jae-won)\n\n"
            "The ferries were late on Monday.")
    doc = analyze(analyzer, text)
    assert len(doc.captions) == 2
    for q in doc.quotes:
        for cap in doc.captions:
            assert not (cap.start <= q.start < cap.end), q
            assert q.cue is None or not (cap.start <= q.cue.start < cap.end), q
    assert doc.quotes == []


@pytest.mark.parametrize("text", [
    "Helen Marsh toured the \"new\" terminal on Monday.",
    "Ferry passengers queue at the “new” terminal in the harbour.",
    "Helen Marsh said the fares would rise.\n\nThe \"new\" terminal opened on Monday.",
])
def test_scare_quote_without_cue_is_not_attributed(analyzer, text):
    doc = analyze(analyzer, text)
    at = text.index("new") - 1
    for q in doc.quotes:
        assert not (q.start <= at < q.end), q


def test_no_quotes_in_plain_narration(analyzer):
    doc = analyze(analyzer, "Helen Marsh visited the new ferry terminal on Monday.")
    assert doc.quotes == []


def test_quotes_sorted_by_start(analyzer):
    text = LEAD + ("Ms Marsh said that the fares would rise.\n\n"
                   "\"The terminal will open in May,\" she said.\n\n"
                   "The Harbour Authority said in a statement that the ferries were ready.")
    doc = analyze(analyzer, text)
    starts = [q.start for q in doc.quotes]
    assert starts == sorted(starts)
    assert len(doc.quotes) == 3


def test_scare_quote_not_attributed_to_next_clause_speaker(analyzer):
    text = "Dockers call the crane the \"old lady\", and Helen Marsh said it was safe."
    doc = analyze(analyzer, text)
    marsh = entity_id(doc, "Helen Marsh")
    at = text.index("old lady")
    for q in doc.quotes:
        if q.start <= at < q.end:
            assert q.speaker is None or q.speaker.entity != marsh, q
    reported = quote_with(doc, "it was safe")
    assert reported.speaker.entity == marsh


def test_dash_signature_names_the_speaker(analyzer):
    doc = analyze(analyzer, "“We will rebuild the harbour before winter.” —Helen Marsh\n\nThe council met on Monday.")
    quote = doc.quotes[0]
    assert quote.cue is None
    assert quote.speaker.name == "Helen Marsh" and quote.speaker.text == "Helen Marsh"


def test_single_quotation_marks_british_style(analyzer):
    doc = analyze(analyzer, "‘We have done nothing wrong,’ Mr Choi told reporters. The company’s shares fell.")
    assert len(doc.quotes) == 1
    quote = doc.quotes[0]
    assert quote.text == "‘We have done nothing wrong,’" and quote.kind == "direct"
    assert quote.cue.text == "told" and quote.speaker.text == "Mr Choi"


def test_apostrophes_are_not_single_quotes(analyzer):
    doc = analyze(analyzer, "The port’s owners said the workers’ union had not been consulted.")
    assert all(not q.text.startswith("’") for q in doc.quotes)
    assert [q.kind for q in doc.quotes] == ["indirect"]


def test_unresolved_pronoun_is_kept_as_the_speaker_mention(analyzer):
    doc = analyze(analyzer, "“The tide was early,” he said.")
    quote = doc.quotes[0]
    assert quote.speaker.text == "he" and quote.speaker.entity is None


def test_verb_outside_the_lexicon_leads_in_with_a_comma(analyzer):
    doc = analyze(analyzer, "Asked about the delay, Helen Marsh shot back, “The cranes arrived broken.”")
    quote = next(q for q in doc.quotes if q.kind == "direct")
    assert quote.cue.text == "shot" and quote.speaker.name == "Helen Marsh"


def test_statement_colon_takes_the_sentence_verb(analyzer):
    doc = analyze(analyzer, "The Harbour Authority released the following statement: “The quay is closed until Friday.”")
    quote = doc.quotes[0]
    assert quote.cue.text == "released" and quote.speaker.name == "Harbour Authority"


def test_embedded_quote_belongs_to_the_verb_it_depends_on(analyzer):
    text = "Helen Marsh went after the contractor, calling him “a total amateur,” Choi Min-seo said."
    doc = analyze(analyzer, text)
    # Choi Min-seo reports the whole clause; the quoted words are Helen Marsh's.
    quote = next(q for q in doc.quotes if q.cue.text == "calling")
    assert quote.kind == "mixed" and "amateur" in quote.text and quote.speaker.name == "Helen Marsh"


def test_quote_ending_its_sentence_does_not_take_the_next_cue(analyzer):
    doc = analyze(analyzer, "Mr Choi said, “We will not pay.” Asked again later, he laughed.")
    quote = next(q for q in doc.quotes if q.kind == "direct")
    assert quote.cue.text == "said" and quote.speaker.text == "Mr Choi"


def test_stance_verbs_and_prepositional_cues_report_content(analyzer):
    doc = analyze(analyzer, "Helen Marsh criticised the new tariff. Choi Min-seo spoke about the ferry timetable.")
    by_cue = {q.cue.text: q for q in doc.quotes}
    assert by_cue["criticised"].text == "the new tariff" and by_cue["criticised"].speaker.name == "Helen Marsh"
    assert by_cue["spoke about"].text == "the ferry timetable" and by_cue["spoke about"].kind == "indirect"


def test_statement_noun_with_a_named_possessor(analyzer):
    doc = analyze(analyzer, "Helen Marsh’s criticism of the ferry timetable angered the council.")
    quote = next(q for q in doc.quotes if q.cue.text.startswith("criticism"))
    assert quote.text == "the ferry timetable" and quote.speaker.name == "Helen Marsh"


def test_spoke_to_names_a_listener_not_content(analyzer):
    doc = analyze(analyzer, "Helen Marsh spoke to reporters outside the terminal.")
    assert not any(q.text == "reporters" for q in doc.quotes)


def test_transcript_and_name_labels_speak_but_other_labels_do_not(analyzer):
    text = ("Helen Marsh spoke to the committee on Monday.\n\n"
            "MARSH: We cannot open the quay until the cranes are fixed.\n\n"
            "Helen Marsh: “The cranes arrived broken, and nobody told us.”\n\n"
            "Update: The quay reopened on Friday.")
    doc = analyze(analyzer, text)
    by_start = {doc.text[q.start:q.start + 9]: q for q in doc.quotes}
    assert by_start["We cannot"].speaker.name == "Helen Marsh" and by_start["We cannot"].cue is None
    assert by_start["“The cran"].speaker.name == "Helen Marsh"
    assert not any("reopened" in q.text for q in doc.quotes)
    assert not any(q.text == "Monday" for q in doc.quotes)


# ---------------------------------------------------------------- marks and cues, session 2
def test_typewriter_double_single_marks_quote(analyzer):
    doc = analyze(analyzer, LEAD + "''The ferries will run every hour,'' Ms Marsh said.")
    q = quote_with(doc, "The ferries will run every hour")
    assert q.kind == "direct"
    assert q.text.startswith("''") and q.text.endswith("''")
    assert_speaker(doc, q, "Helen Marsh", "Ms Marsh")


def test_markup_attributes_are_not_quotes(analyzer):
    text = LEAD + ('<post pic="" author="harbourwatch" stamp="1552003200">The ferries were late '
                   'again today.</post>\n\nMs Marsh said the timetable would change.')
    doc = analyze(analyzer, text)
    assert not [q for q in doc.quotes if "author" in q.text or "harbourwatch" in q.text]
    assert quote_with(doc, "the timetable would change").kind == "indirect"


def test_bare_cue_after_a_closed_sentence(analyzer):
    doc = analyze(analyzer, LEAD + "\"The ferries will run every hour.\" Ms Marsh said.")
    q = quote_with(doc, "The ferries will run every hour")
    assert q.kind == "direct" and q.cue.text == "said"
    assert_speaker(doc, q, "Helen Marsh", "Ms Marsh")


def test_cue_that_opens_the_next_quote_is_not_taken(analyzer):
    text = LEAD + "\"We are ready.\" Ms Marsh added, \"The ferries will run every hour.\""
    doc = analyze(analyzer, text)
    second = quote_with(doc, "The ferries will run every hour")
    assert second.cue.text == "added"
    assert all(q.cue is None or q.cue.text != "added" for q in doc.quotes if "We are ready" in q.text)


def test_attribution_set_into_the_clause(analyzer):
    doc = analyze(analyzer, LEAD + "The new timetable, Ms Marsh said, will start in May.")
    q = quote_with(doc, "will start in May")
    assert q.kind == "indirect" and q.cue.text == "said"
    assert_speaker(doc, q, "Helen Marsh", "Ms Marsh")
    pieces = [doc.text[a:b] for a, b in q.pieces]
    assert pieces == ["The new timetable", "will start in May"]


def test_stance_object_with_as_phrase(analyzer):
    doc = analyze(analyzer, LEAD + "Ms Marsh described the old pier as a danger to swimmers.")
    q = quote_with(doc, "the old pier as a danger to swimmers")
    assert q.cue.text == "described"
    assert_speaker(doc, q, "Helen Marsh", "Ms Marsh")


def test_light_verb_needs_a_word_of_speech(analyzer):
    doc = analyze(analyzer, LEAD + "Ms Marsh made the argument for a second pier. "
                  "She made a sandwich for the crew.")
    q = quote_with(doc, "the argument for a second pier")
    assert_speaker(doc, q, "Helen Marsh", "Ms Marsh")
    assert not [q for q in doc.quotes if "sandwich" in q.text]


def test_passive_cue_speaks_through_its_agent_or_not_at_all(analyzer):
    text = LEAD + ("Ms Marsh was asked by reporters whether the ferries would be late. "
                   "Asked whether fares would rise, Ms Marsh laughed.")
    doc = analyze(analyzer, text)
    for q in doc.quotes:
        assert q.speaker is None or q.speaker.name != "Helen Marsh", q


def test_relative_clause_speaker_is_who_resolved_to_the_antecedent(analyzer):
    text = LEAD + "Reporters met Ms Marsh, who said the ferries would run every hour."
    doc = analyze(analyzer, text)
    q = quote_with(doc, "the ferries would run every hour")
    assert_speaker(doc, q, "Helen Marsh", "who")


def test_poll_is_the_source_of_a_sentence_nobody_is_quoted_in(analyzer):
    text = LEAD + "Ms Marsh led the field with 41 per cent in the harbour board's latest survey."
    doc = analyze(analyzer, text)
    q = quote_with(doc, "Ms Marsh led the field")
    assert q.cue.text == "in"
    assert q.speaker is not None and "survey" in q.speaker.text


def test_transcript_turn_holds_no_reported_speech_of_its_own(analyzer):
    text = LEAD + ("MARSH: I think the ferries will run every hour.\n\n"
                   "HOST: Do you think fares will rise?")
    doc = analyze(analyzer, text)
    turn = quote_with(doc, "I think the ferries will run every hour")
    assert turn.speaker is not None and turn.speaker.name == "Helen Marsh"
    assert not [q for q in doc.quotes if q is not turn and q.start >= turn.start and q.end <= turn.end]


def test_judging_verb_object_is_not_content(analyzer):
    doc = analyze(analyzer, LEAD + "Ms Marsh saw the new ferries on Monday.")
    assert not doc.quotes


def test_quote_is_dated_by_a_timex_in_its_cue_clause(analyzer):
    text = LEAD + ("The ferries will run every hour, Ms Marsh said on Monday.\n\n"
                   "\"We are ready,\" she added.\n\n"
                   "Last month Ms Marsh said the pier was unsafe.")
    doc = analyze(analyzer, text)
    assert quote_with(doc, "The ferries will run every hour").date == "2019-03-11"
    assert quote_with(doc, "We are ready").date == DATE
    assert quote_with(doc, "the pier was unsafe").date == "2019-02"


def test_poll_in_a_caption_is_not_a_source(analyzer):
    text = LEAD + "Helen Marsh leads in the latest survey (Photo: Liam Daly)\n\nThe pier reopened."
    doc = analyze(analyzer, text)
    assert doc.captions and not doc.quotes
