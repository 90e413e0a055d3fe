"""Cue rules: a reporting verb, its speaker, and its content by the first form that fits.

``CueRules`` is a part of ``claims._DocClaims`` (a mixin), like ``QuoteRules``: it reads the
parse, quotes and resolver that class keeps, and adds claims through its ``add``. Forms, in the
order ``from_cue`` tries them: "X described Y as “...”", "X said (that) ...", quotations next to
the cue, "X confirmed <object>", "..., a report said."; and "according to X, ...".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Span, Token

from consumers.enricher.nlp import lexicon
from consumers.enricher.nlp.cues import DENIAL
from consumers.enricher.nlp.numbers import looks_like_year
from consumers.enricher.nlp.quotes import Quote, words
from consumers.enricher.nlp.segment import inside
from consumers.enricher.nlp.speakers import PRONOUN_GENDER, Speaker, names_people


# Words around a date that says when something was said: "said on Wednesday", "said late Friday".
_WHEN_WORDS = frozenset({"on", "late", "early", "earlier", "later", "last", "this", ",", "in", "at"})
# Adjuncts that close a reported clause in the author's voice: ", despite an audit that ..." contrasts
# with what was said; "was “ridiculous” after the hearing" dates the telling, since a state does not
# follow an event the way "fled after the crash" does.
_CONCESSIVE = frozenset({"despite", "although", "though", "notwithstanding"})
_TEMPORAL = frozenset({"after", "following"})
# "threatened to resign if the plan is not changed": the condition is part of what was promised or threatened,
# though the parser hangs it on the cue verb.
_CONDITIONAL = frozenset({"if", "unless"})
# Words opening a vow's limit or condition: what follows is part of what was vowed.
_VOW_LIMITS = _CONDITIONAL | {"until", "till"}
# Marks of a reason clause: "..., she said, because the funds ran out".
_REASON_MARKS = frozenset({"because"})
# Cues of a state of mind, not of speech (PARC counts them as attribution when they carry the sentence);
# set in a subordinate clause they describe the person in the author's voice.
_MENTAL_CUES = frozenset({"believe", "think", "hope", "fear", "worry", "expect", "feel", "suspect"})
# Verbs of advocacy: a cause pursued over time, which the prepositional cue reads as a demand made ("campaigned for
# a ban"); in a clause describing a noun ("a charity that campaigns for safer roads", "a group lobbying against the
# tax") they say who the noun is, not what anyone said.
_ADVOCACY_CUES = frozenset({"campaign", "lobby"})
# Characterising cues that as often give a thing its name: "the shelter locals call “the Ark”".
_NAMING_CUES = frozenset({"call", "dub", "term"})
# Tags of a finite verb: what makes the words after a noun a clause rather than a longer noun phrase, and the words
# of a quote the feed cut off a statement (quote_rules).
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs that pass on someone else's text: "quotes a report from X: ...", "cites an article in Y: ...".
_PASS_ON_CUES = frozenset({"quote", "cite"})
# What a speaker offers a fact as, stating a clause: "pointed to the figures as proof that ...".
_EVIDENCE_NOUNS = frozenset({"proof", "evidence", "sign", "indication", "confirmation"})
# Words that open a clause but that the small model also reads as prepositions ("after the vote").
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "because", "once", "when", "while"})
# Who a directive can address when no entity or pronoun names them: people, posts and bodies.
_ADDRESSEE_NOUNS = lexicon.PERSON_NOUNS | lexicon.ROLE_NOUNS | lexicon.ORG_NOUNS | lexicon.COLLECTIVE_ACTORS
# Whom a clause can be told to when no entity names them: an addressee's noun, or any body a hearing testifies to,
# any trial too ("The rider told the time trial he had been unwell"): whom the words were told does not decide whose
# they are, so ``_hearing_body``'s guard is for the body that hears, not for the one told.
_TOLD_NOUNS = _ADDRESSEE_NOUNS | lexicon.HEARING_BODIES
# Common nouns of a subject that can speak: a role, a person's noun, a body's noun.
_SPEAKER_NOUNS = lexicon.ROLE_NOUNS | lexicon.PERSON_NOUNS | lexicon.ORG_NOUNS
# Subject pronouns that open a told clause; object forms ("the man her son met") open a relative clause.
_TOLD_CLAUSE_SUBJECTS = frozenset({"he", "she", "it", "they", "i", "we", "you"})
_TOLD_AMOUNTS = frozenset({"everything", "nothing", "something", "anything", "all", "little", "much", "more"})
# "as part of", "as a result", "as a whole", "as usual", "as a reward": the words of an "as" phrase that tells
# how, why or in what company, never what
_AS_ADJUNCTS = frozenset({"part", "result", "consequence", "means", "way", "whole", "group", "team", "unit", "usual",
                          "reward", "gesture", "token", "sign"})
# Past tenses spelt as their base that are also nouns: the ones the tagger may read as a noun in a clause.
_BASE_FORM_PASTS = frozenset({"cut", "cost", "hit", "set", "put", "hurt", "shut", "let", "spread", "cast", "split",
                              "bid", "burst", "upset", "forecast", "broadcast", "bet"})
# Verbs whose refusal withholds an answer ("would not say when"), not an act of the clause's subject ("would not
# tell teachers", "would not answer questions").
_DISCLOSURE_VERBS = frozenset({"say", "comment", "disclose", "confirm", "reveal", "elaborate", "specify"})
# An aside between a cue and its own "that" that says where the report came from or how it was given: a participle
# of citing, quoting or speaking, "according to", or a phrase of the statement, interview, filing or report it was
# made in. Any other aside may be part of what was said ("promised, if elected, that ...", "said, in the worst case,
# that ...") and stays in the content.
_SOURCE_PARTICIPLES = frozenset({"cite", "quote", "speak"})
_SOURCE_NOUNS = frozenset({"statement", "interview", "filing", "report"})
# What a claim is said in ("said in an editorial that ..."), where the parser may read the clause's "that" as a
# relative pronoun; and the verbs whose object such a piece is, so that "an interview that she gave" is one.
_SAID_IN = _SOURCE_NOUNS | {"editorial", "column", "article", "letter", "speech", "briefing"}
_PIECE_VERBS = frozenset({"give", "grant", "publish", "post", "write", "issue", "release", "deliver", "make",
                          "air", "broadcast", "send", "file", "sign", "run", "read", "pen"})
# The verbs of a relative clause on the piece that only say where it came from ("a letter that Reuters has seen",
# "that the newspaper obtained"), so that a "that" clause marked under it is the one said; under a verb of belief or
# speech ("a letter that members expected that ...") the whole relative clause is.
_PIECE_SOURCE_VERBS = _PIECE_VERBS | {"see", "obtain", "review", "receive", "get", "view", "examine"}
_AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL", "DATE", "TIME"})
# A colon or semicolon that closes a lead-in: a space after it, and not inside a figure or reference ("10:30",
# "a 3:1 majority", "Matthew 5:39", a score "2: 1").
_LEAD_IN_END = re.compile(r"(?<!\d)[:;](?=\s)|[:;](?=\s)(?!\s*\d)")


class Cue(NamedTuple):
    """A reporting verb with its speaker, addressee and the span of the clause they make."""

    verb: Token
    lemma: str
    speaker: Speaker
    addressee: str | None
    start: int
    end: int
    subject: Token


def _names_own_speaker(stretch: Span) -> bool:
    """Whether a clause that a hearing body is said to have heard names its own speaker: a speech or belief verb
    with a subject and its content ("Coroner X said ...", "The driver claimed ...", "Police believe ...")."""
    return any(t.lemma_.lower() in lexicon.REPORTING_VERBS and any(c.dep_ in ("ccomp", "dobj") for c in t.children)
               and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in stretch)


def _spoken_after(quote: Quote, stretch: Span) -> bool:
    """Whether ``quote`` is followed in ``stretch`` by its speaker: a verb with a subject of its own after the quote,
    nothing but that subject between ("'Get out,' she screamed", "'...,' a friend said", "'...,' said the witness").
    Words quoted inside a clause ("known as "Big Dave"", so-called "ghost" accounts held ...", texted "you will
    pay"") have no speaker of their own, and the clause stays the one a hearing heard."""
    after = [t for t in stretch if t.idx >= quote.end and not t.is_punct]
    verb = next((t for t in after if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.idx >= quote.end]
    said_by = {t.i for s in subjects for t in s.subtree}
    return bool(subjects) and all(t.i in said_by for t in after if t.i < verb.i)


def _hearing_body(tok: Token) -> bool:
    """A body that hears evidence (``lexicon.HEARING_BODIES``); a trial only a court's, not a test's or a contest's
    ("a clinical trial", "the cup trial", ``lexicon.NON_COURT_TRIALS``)."""
    lemma = tok.lemma_.lower()
    return lemma in lexicon.HEARING_BODIES and not (lemma == "trial" and any(
        m.dep_ in ("compound", "amod") and m.lower_ in lexicon.NON_COURT_TRIALS for m in tok.children))


class CueRules:
    def can_speak(self, tok: Token) -> bool:
        """A person or a body named, a role, a body's or a person's common noun, or a pronoun."""
        return self.token_ents.get(tok.i, ("",))[0] in ("PERSON", "ORG") or tok.pos_ == "PRON" \
            or tok.lemma_.lower() in _SPEAKER_NOUNS

    def subject_of(self, verb: Token) -> Token | None:
        # "the agency quoted a police spokesman as saying ...": the one quoted says it
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in ("quote", "cite"):
            quoted = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
            if quoted is not None:
                return quoted
        misread = _subject_after_subordinator(verb)
        if misread is not None:
            return misread
        node = verb
        for _ in range(3):
            for child in _subjects_first(node):
                if child.dep_ in ("nsubj", "nsubjpass"):
                    if child.dep_ == "nsubjpass" and node.i == verb.i:
                        # "it was reported that": no speaker; "it was claimed by the association that", "fans
                        # were told by the owner that": the agent after "by" is (one quoted is the quote rules'),
                        # when it can speak ("told by email", "notified by text message" name the channel)
                        return next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                                     if g.dep_ == "pobj" and self.can_speak(g)), None) \
                            if verb.lemma_.lower() not in ("quote", "cite") else None
                    if node.i == verb.i and _set_off_participle(verb) and child.i < verb.i - 1:
                        continue               # "The group disputes that, saying ...": the head verb's object
                    if self.quote_at(child.idx) is not None and any(
                            c.dep_ == "nsubj" and self.quote_at(c.idx) is None for c in node.children):
                        continue               # "“Nobody,” X said, “is ...”": the quote's first word is no subject
                    if child.lower_ in lexicon.RELATIVE_PRONOUNS and node.dep_ == "relcl":
                        return node.head
                    if child.tag_ == "VBG":
                        # "Justice Cote, writing for the majority, acknowledged ...": the parser makes the
                        # participle the subject; the one writing is the participle's own subject, and in
                        # "Reacting, the chairman of the union quipped ..." the phrase it hangs after it
                        return next((g for g in child.children if g.dep_ == "nsubj" and g.i < child.i),
                                    next((g for g in child.children if g.dep_ == "appos" and g.i > child.i), child))
                    return child
            if node.dep_ == "xcomp":
                # "This has led Trump to criticise Putin": the object of the verb above is who does the xcomp
                controller = next((c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i), None)
                if controller is not None:
                    return controller
            if node.dep_ == "acl" and node.head.i < node.i and node.head.pos_ in ("PROPN", "NOUN") \
                    and (node.tag_ in ("VBD", "VBZ") or node.i == verb.i
                         and (node.tag_ == "VBG" and (self.doc[node.i - 1].text == "," or _with_absolute(node.head))
                              or node.tag_ == "VBN" and _participle_read_for_verb(node))):
                # "Waymo, which operates in Phoenix, applied ...": a finite verb the parser read as a reduced
                # relative (those are participles) is the sentence's verb, and the noun its subject; in "Waymo,
                # ..., saying ..." the participle set off by a comma is that subject's too, as in "with observers
                # claiming fraud", where "with" makes the noun the participle's subject; and so is a cue read as a
                # participle after a name and its apposition (``_participle_read_for_verb``)
                return node.head
            if node.dep_ in ("relcl", "acl") and node.tag_ in ("VB", "VBG") and node.head.dep_ in ("attr", "oprd") \
                    and node.i != verb.i:
                # "Haneke has become the latest director to turn to TV after revealing ...": the one described by
                # the predicate noun is the copula's subject
                node = node.head.head
                continue
            if node.dep_ == "conj" and any(c.i < node.i and _quantifier_read_as_modifier(c) for c in node.children):
                return None                   # "..., and few thought ...": a subject the parser hung as a modifier
            if node.dep_ in ("conj", "advcl", "xcomp", "pcomp") and node.head.i != node.i \
                    or node.i == verb.i and _set_off_participle(verb) or _clause_read_as_subject(node):
                node = node.head
                if node.pos_ == "ADP":
                    node = node.head
                # "X said the plan was illegal, adding that ...": the adder is X, not "the plan"
                while node.dep_ == "ccomp" and node.head.lemma_.lower() in lexicon.REPORTING_VERBS:
                    node = node.head
            else:
                return self._stranded_subject(verb) if node.i == verb.i else None
        return None

    def _stranded_subject(self, verb: Token) -> Token | None:
        """ "Commenting on the index, which ranks ..., its chief executive, Alex Cobham, said ...": after a long
        opening clause the parser may hang the subject on that clause as an apposition and leave the finite
        cue without one; the actor right before the cue, across a comma, is who speaks."""
        if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        i = verb.i - 1
        while i >= verb.sent.start and self.doc[i].is_punct:
            i -= 1
        if i < verb.sent.start:
            return None
        prev = _compound_head(self.doc[i])
        # "..., the Collector, S. Lakshmi Prasanna, averred": the name may hang as a conjunct of that apposition
        apposed = prev.dep_ == "appos" or prev.dep_ == "conj" and prev.head.dep_ == "appos"
        return prev if apposed and self.resolver.is_actor(prev) else None

    def from_cue(self, verb: Token, colon: int | None) -> None:
        """One reporting verb: find its speaker, then its content by the first form that fits. ``colon`` is
        ``puts_into_words(verb)``, which the caller has already found to pick the verb out."""
        if self.quote_at(verb.idx) is not None or inside(self.furniture, verb.idx, verb.idx + 1):
            return
        lemma = verb.lemma_.lower()
        if _misread_finite(verb):
            return
        if self._piece_source(verb):
            return
        if lemma in _MENTAL_CUES and verb.dep_ in ("advcl", "relcl"):
            return                            # "refuses to testify, even though he believes ...": a state of mind
        if lemma in _ADVOCACY_CUES and verb.dep_ in ("relcl", "acl"):
            return                            # "a resident who has campaigned against the scheme": who she is
        if _kept_back(verb):
            return                            # "refused to confirm reports that ...": speech kept back, no claim
        if lemma == "point" and not lexicon.with_particle(verb, "out"):
            self.evidence_offered(verb)
            return
        if _is_question(self.text, verb.sent):
            return                            # "Is she trying to say ...?": a question claims nothing
        subj = self.subject_of(verb)
        if subj is not None and subj.lemma_.lower() in lexicon.INSCRIPTIONS:
            return                            # "says the faded sign": words on display, said by no one
        if _in_summing_phrase(verb, subj):
            return                            # "..., a claim it repeated on Tuesday": the phrase's verb, no cue
        tail_np = self.trailing_speaker(verb)
        if tail_np is not None and self.inverted_surface(verb, tail_np):
            return
        if self.speaker_after_cue(verb):
            return
        if subj is None or self.quote_at(subj.idx) is not None:
            return
        if subj.lower_ == "i":
            return                            # "As I've noted, ...", "I believe ...": the author's own voice, no source
        if _no_telling(verb, subj):
            return
        speaker = self.speaker_outside_quote(self.resolver.describe(subj))
        if lemma in lexicon.DOCUMENT_ONLY_CUES and speaker.type != "DOCUMENT" \
                and not (self._finding_clause(verb) and self.resolver.is_actor(subj)) and not _named_person(speaker):
            return                            # "the figures show"; but "researchers found that ..." (PARC)
        addressee, addr_end = self.addressee_of(verb, lemma)
        cue = Cue(verb, lemma, speaker, addressee,
                   min(speaker.start, verb.idx), max(speaker.end, verb.idx + len(verb.text), addr_end or 0), subj)
        if lemma in lexicon.CHARACTERISE_CUES and any(c.dep_ == "dobj" and c.tag_ == "WP" for c in verb.children):
            return                            # "what she called “Chinese mothering”": a name for a thing, no claim
        if lemma in lexicon.CHARACTERISE_CUES and self.characterise(cue):
            return
        if lemma in _PASS_ON_CUES and self.document_after_colon(cue):
            return
        if colon is not None:
            if self.doc[colon].text == ":":
                self.clause_after_colon(cue, colon)
            else:
                self.clause_beside_as(cue, colon)
            return
        if self.that_clause(cue) or self.adjacent_quotes(cue) or self.parenthetical(cue) \
                or lemma in lexicon.QUOTE_ONLY_CUES:
            return
        if self.object_content(cue) or self.prep_content(cue) or self.object_read_as_clause(cue) \
                or self.clause_above(cue) or self.clause_read_as_subject(cue):
            return
        if self.source_before_colon(cue):
            return
        self.inverted_clause(cue)

    def _piece_source(self, verb: Token) -> bool:
        """ "She said in a letter that the newspaper obtained that she had been threatened": the relative clause's
        verb only tells where the letter came from, and the clause under it is the one the cue before reports; the
        newspaper says nothing."""
        inner = _said_under_source(verb)
        piece = verb.head
        return inner is not None and piece.dep_ == "pobj" and piece.head.dep_ == "prep" \
            and self._clause_of(piece.head.head) == inner

    def evidence_offered(self, verb: Token) -> None:
        """ "pointed to healthy hiring as proof that it is not yet in recession": what the subject offers as
        proof, evidence or a sign of a that-clause states the clause as the subject's claim; the content runs
        from what is offered to the clause's end. Pointing at a thing alone claims nothing."""
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        noun = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
        if to is None or noun is None or as_.i < to.i or noun.lemma_.lower() not in _EVIDENCE_NOUNS \
                or not any(c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
                           for c in noun.children):
            return
        subj = self.subject_of(verb)
        if subj is None or not self.resolver.is_actor(subj) or subj.lower_ in lexicon.FIRST_SECOND_PERSON:
            return
        end = _last_word(noun.right_edge, noun)
        cs = self.doc[to.i + 1].idx
        self.add(kind="indirect", rule="cue_clause", speaker=self.speaker_outside_quote(self.resolver.describe(subj)),
                 cue=verb, content=(cs, self.author_tail(cs, end.idx + len(end.text))))

    def tells_that(self, verb: Token) -> bool:
        """ "The minister floated that ...", "the chief signalled that ...": a verb the cue lists lack still attributes
        when its shape is a telling's, a person or body as subject before it and a clause marked "that" after it.
        Verbs of state and of getting to know ("learned that", "realised that") and those whose clause is done
        or required rather than told ("ensured that", "ordered that") keep their own lists."""
        lemma = verb.lemma_.lower()
        if lemma in lexicon.STATE_VERBS or lemma in lexicon.NOT_TELLING:
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None or not self.resolver.is_actor(subj) \
                or subj.lower_ in lexicon.PRONOUNS_GROUP | lexicon.FIRST_SECOND_PERSON:
            return False
        return any(c.dep_ == "ccomp" and c.i > verb.i and _own_that(c) is not None for c in verb.children)

    def speaker_outside_quote(self, speaker: Speaker) -> Speaker:
        """ "“It’s all about CNN,” one unnamed source ... told the FT": the parser may hang the quotation on the
        speaker's noun; what was said is never part of who said it, so the phrase starts after the quote."""
        opened = self.quote_at(speaker.start)
        if opened is None or self.quotes[opened].end >= speaker.end:
            return speaker
        start = self.quotes[opened].end
        while start < speaker.end and self.text[start] in " ,\n":
            start += 1
        return replace(speaker, start=start, text=self.text[start:speaker.end])

    def judgement(self, verb: Token) -> bool:
        """ "French critics considered the biopic lazy, pointless and inaccurate", "analysts see the move as a
        power grab": a verb of judgement with its object and what the object is judged to be states an opinion
        of the subject's; the content runs from the object to the end of what it is judged to be."""
        # a relative pronoun before the verb ("..., which legal experts called a landmark ruling") is its object, so
        # what is judged is the clause before, and the name given is no content of its own
        if self.quote_at(verb.idx) is not None or inside(self.furniture, verb.idx, verb.idx + 1) \
                or verb.dep_ in ("advcl", "relcl", "acl", "pcomp", "amod") or _is_question(self.text, verb.sent) \
                or any(c.tag_ in ("WDT", "WP") and c.i < verb.i for c in verb.children):
            return False
        lemma = verb.lemma_.lower()
        after = [c for c in verb.children if c.i > verb.i]
        obj = next((c for c in after if c.dep_ in ("dobj", "nsubj", "ccomp", "npadvmod", "oprd")), None)
        if obj is None or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in obj.children):
            return False
        if lemma in lexicon.AS_JUDGEMENT_CUES:     # "as" hangs on the verb or on its object
            # "praised the staff as part of her speech": after an act of praise or blame, an "as" phrase that
            # tells how is an adjunct, not what the object is judged to be ("see it as part of a trend" is)
            adjunct = lemma in lexicon.PRAISE_BLAME_CUES
            judged = next((c for c in after + list(obj.children) if c.dep_ == "prep" and c.lower_ == "as"
                           and c.i > obj.i and not (adjunct and any(g.lemma_.lower() in _AS_ADJUNCTS
                                                                    for g in c.children))), None)
        else:
            judged = next((c for c in after if c.dep_ in ("oprd", "ccomp", "xcomp")
                           and c.pos_ in ("ADJ", "NOUN", "PROPN")), None) \
                or (obj if any(c.dep_ == "amod" and c.i > obj.i for c in obj.children) else None)
        subj = self.subject_of(verb)
        if judged is None or subj is None or subj.i > verb.i or not self.resolver.is_actor(subj) \
                or subj.lower_ in lexicon.FIRST_SECOND_PERSON or _withheld(verb) or _negative(subj):
            return False
        # the judgement ends with what the object is judged to be: "called the plan a giveaway, but the mayor
        # said ...", "..., adding that ...", "... on Monday" go on past it and are no part of the opinion
        end = _last_word(_judged_edge(judged), judged)
        cs = self.doc[verb.i + 1].idx        # the small model often splits a small clause's object off it
        ce = self.author_tail(cs, end.idx + len(end.text))
        if len(self.text[cs:ce].split()) < 3:
            return False
        speaker = self.speaker_outside_quote(self.resolver.describe(subj))
        partial = any(cs <= q.start < ce for q in self.quotes)
        self.add(kind="mixed" if partial else "indirect", rule="cue_judgement", speaker=speaker, cue=verb,
                 content=(cs, ce))
        return True

    def blamed_object(self, verb: Token) -> bool:
        """ "The BJP slammed the government's decision to hike fares": a verb of blame whose bare object is an act, a
        plan or words states the subject's opinion of it, as "criticised" does (``object_content``). Only blame done:
        one foretold, denied, asked about or told of someone ("Critics will slam the plan", "the teachers who
        slammed the decision") states nothing yet, and a thing or no one slams nothing ("Rising costs slammed the
        budget", "No party slammed the decision").

        Its guards copy those ``from_cue`` and ``object_content`` apply to "criticised" (a quote, furniture, a
        question, a modal or passive, an actor subject, the first or second person, a negation or withheld act)
        rather than making the blame verbs cues: as cues they would also pass ``from_cue``'s own tests (how the
        speaker is described, an addressee, a demand's shape), which change other claims of blame copy and have no
        probes of it yet. The ``blameguard`` rows of ``test_claims_general.py`` pin where the two sets could part."""
        if self.quote_at(verb.idx) is not None or inside(self.furniture, verb.idx, verb.idx + 1) \
                or verb.dep_ not in ("ROOT", "conj") or _is_question(self.text, verb.sent) \
                or any(c.dep_ == "auxpass" or c.tag_ == "MD" for c in verb.children):
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        subj = self.subject_of(verb)
        if obj is None or not _blamed(verb, obj) or subj is None or subj.i > verb.i \
                or not self.resolver.is_actor(subj) or subj.lower_ in lexicon.FIRST_SECOND_PERSON \
                or _withheld(verb) or _negative(subj):
            return False
        end = _object_reach(verb, obj)
        if end is None:
            return False
        cs = obj.left_edge.idx
        self.add(kind="indirect", rule="cue_object", speaker=self.speaker_outside_quote(self.resolver.describe(subj)),
                 cue=verb, content=(cs, self.author_tail(cs, end.idx + len(end.text))))
        return True

    def source_before_colon(self, cue: Cue) -> bool:
        """ "Reuters reports: Waymo ... applied on Jan 19 ...": a cue with nothing of its own but a colon
        introduces the sentence after it, as "said: “...”" introduces a quotation."""
        verb = cue.verb
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            return False
        return self.clause_after_colon(cue, verb.i + 1)

    def clause_after_colon(self, cue: Cue, colon: int) -> bool:
        """The sentence after the colon at token ``colon``, in the cue's paragraph, as the cue speaker's words."""
        verb = cue.verb
        if colon + 1 >= len(self.doc) or self.doc[colon].text != ":" or cue.speaker.start > verb.idx:
            return False
        first = self.doc[colon + 1]
        if self.quote_at(first.idx) is not None or self.paragraph_of(first.idx) != self.paragraph_of(verb.idx):
            return False
        # "put it this way: why would we change a winning team?": a question asserts nothing
        if self.text[first.idx:first.sent.end_char].rstrip().endswith("?"):
            return False
        cs, ce = first.idx, len(self.text[:first.sent.end_char].rstrip().rstrip("."))
        # "..., saying it would work with ...": a speech participle inside is a claim of its own
        speech = next((t for t in self.tokens_in(cs, ce) if t.tag_ == "VBG" and self.doc[t.i - 1].text == ","
                       and t.lemma_.lower() in lexicon.REPORTING_VERBS), None)
        if speech is not None:
            ce = self.clause_end_before(speech)
        if len(self.text[cs:ce].split()) < 4:
            return False
        partial = any(cs <= q.start < ce for q in self.quotes)
        self.add(kind="mixed" if partial else "indirect", rule="cue_clause", speaker=cue.speaker, cue=verb,
                 content=(cs, ce), addressee=cue.addressee)
        return True

    def clause_beside_as(self, cue: Cue, comma: int) -> None:
        """The clause that "As X put it," opens or ", as X put it." closes (``puts_it_as`` or ``says_as`` found the
        comma), as the speaker's words."""
        sent = cue.verb.sent
        if comma > cue.verb.i:
            cs, ce = self.doc[comma + 1].idx, len(self.text[:sent.end_char].rstrip().rstrip("."))
        else:
            cs, ce = sent.start_char, self.doc[comma].idx
        if self.quote_at(cs) is not None or len(self.text[cs:ce].split()) < 4 \
                or self.text[cs:sent.end_char].rstrip().endswith("?"):
            return
        partial = any(cs <= q.start < ce for q in self.quotes)
        # a rule of its own: "As Churchill put it in 1940, ..." quotes a figure who does not speak in the article,
        # and must not make them "the one person who speaks" whose post an unnamed role is
        self.add(kind="mixed" if partial else "indirect", rule="cue_as_put_it", speaker=cue.speaker, cue=cue.verb,
                 content=(cs, ce), addressee=cue.addressee)

    def object_read_as_clause(self, cue: Cue) -> bool:
        """ "Democrats said the party's victories on Election Day show that ...": "say" takes a clause, not a
        thing, so an object the parser gave it with a finite verb after it is the subject of a clause it
        did not see (the small model reads "show" as a noun); the content runs from that subject to the end."""
        verb = cue.verb
        if cue.lemma != "say" or any(c.dep_ == "ccomp" for c in verb.children):
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.pos_ == "PRON" or self.quote_at(obj.idx) is not None:
            return False
        end = _last_word(verb.right_edge, obj)
        if not any(t.tag_ in FINITE for t in self.doc[obj.i + 1:end.i + 1]) and not _verb_in_noun_run(obj):
            return False
        cs = obj.left_edge.idx
        ce = self.author_tail(cs, end.idx + len(end.text))
        partial = any(cs <= q.start < ce or cs < q.end <= ce for q in self.quotes)
        self.add(kind="mixed" if partial else "indirect", rule="cue_clause", speaker=cue.speaker, cue=verb,
                 content=(cs, ce), addressee=cue.addressee)
        return True

    def clause_read_as_subject(self, cue: Cue) -> bool:
        """ "..., arguing the deal does not pose any violations": the small model may read a participle of
        speech set off by a comma, with the clause after it, as that clause's subject; what follows the
        participle to the clause's end is what was argued."""
        verb = cue.verb
        if not _clause_read_as_subject(verb):
            return False
        end = _last_word(verb.head.right_edge, verb.head)
        cs = self.doc[verb.i + 1].idx
        self.add(kind="indirect", rule="cue_clause", speaker=cue.speaker, cue=verb,
                 content=(cs, self.author_tail(cs, end.idx + len(end.text))), addressee=cue.addressee)
        return True

    def clause_above(self, cue: Cue) -> bool:
        """ "It went on to say that because an IP address unlocks ..., it comes with ...": when the reported clause
        opens with a subordinate clause, the parser makes the cue clause a complement of the reported clause's
        verb instead of the reverse. A cue with no clause of its own whose clause (through "went on to", "has
        to") is the complement of a verb after it reports everything from the cue to that verb's end."""
        node = cue.verb
        while node.dep_ in ("xcomp", "advcl") and node.head.i < node.i:
            node = node.head
        head = node.head
        # "The two sides have agreed on ..., the minister said": a cue after the clause reports the clause,
        # cue and all; the clause is not the first cue's. One its own "that" opens after the cue and an aside that
        # names the source is ("Bloomberg reported, citing ..., that the merger had been called off"), whatever
        # its verb.
        that = _that_after_aside(cue.verb, head)
        if node.dep_ != "ccomp" or head.i <= cue.verb.i or head.pos_ not in ("VERB", "AUX") \
                or head.lemma_.lower() in lexicon.REPORTING_VERBS and (that is None or that.i < cue.verb.i) \
                or any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and c.lower_ != "that" for c in cue.verb.children):
            return False
        k = cue.verb.i + 1
        while k < head.i and (self.doc[k].lower_ == "that" or self.doc[k].is_punct):
            k += 1
        if that is not None and k <= that.i:
            k = that.i + 1                    # "reported, citing police, that ...": the aside is no part of it
        if k >= head.i or any(t.i < head.left_edge.i for t in self.doc[k:head.i]):
            return False
        end = _last_word(head.right_edge, head)
        cs = self.doc[k].idx
        ce = self.author_tail(cs, end.idx + len(end.text))
        partial = any(cs <= q.start < ce or cs < q.end <= ce for q in self.quotes)
        self.add(kind="mixed" if partial else "indirect", rule="cue_clause", speaker=cue.speaker, cue=cue.verb,
                 content=(cs, ce), addressee=cue.addressee)
        return True

    def document_after_colon(self, cue: Cue) -> bool:
        """ "An anonymous reader quotes a report from Gizmodo: <sentence>": the sentence after the colon is the
        document's; its source speaks, not whoever passes it on."""
        verb = cue.verb
        doc_noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.DOCUMENT_NOUNS),
                        None)
        if doc_noun is None:
            return False
        colon = next((t for t in self.doc[doc_noun.i + 1:doc_noun.i + 8] if t.text == ":"), None)
        if colon is None or colon.i + 1 >= len(self.doc) or any(t.pos_ == "VERB" for t in self.doc[doc_noun.i:colon.i]):
            return False
        first = self.doc[colon.i + 1]
        cs, ce = first.idx, len(self.text[:first.sent.end_char].rstrip().rstrip("."))
        speaker = self.resolver.describe(doc_noun)
        if speaker.resolved is None:
            return False
        self.add(kind="indirect", rule="cue_object", speaker=speaker, cue=verb, content=(cs, ce))
        return True

    def addressee_of(self, verb: Token, lemma: str) -> tuple[str | None, int | None]:
        """ "told Newsmax", "told “Rob Schmitt Tonight”", "said to reporters": (addressee, its end)."""
        if lemma not in lexicon.ADDRESSEE_CUES and lemma != "say":
            return None, None
        text = self.text
        for child in verb.children:
            target = None
            if child.dep_ in ("dobj", "dative") and lemma in lexicon.ADDRESSEE_CUES:
                target = child
            elif child.dep_ in ("prep", "dative") and child.lower_ == "to":
                target = next((g for g in child.children if g.dep_ == "pobj"), None)
            if target is None:
                continue
            qi = self.quote_at(target.idx)
            if qi is not None:                         # a quoted show name
                q = self.quotes[qi]
                if q.start - (verb.idx + len(verb.text)) <= 2 and words(text, q) <= 6:
                    self.used_quotes.add(qi)
                    return text[q.inner_start:q.inner_end].rstrip(".,"), q.end
                continue
            lo = min(t.i for t in target.subtree if t.dep_ not in ("relcl", "punct")) if target.dep_ != "pobj" \
                else target.left_edge.i
            return self.doc[lo:target.i + 1].text, target.idx + len(target.text)
        return None, None

    def _clause_of(self, verb: Token) -> Token | None:
        # "He conceded that ...; she, by most accounts ..., insisted the shortfall ...": the parser may hang the
        # clause before a semicolon on the later cue too; a clause after the cue is the one it reports
        ccomps = [c for c in verb.children if c.dep_ == "ccomp"]
        ccomp = next((c for c in ccomps if c.i > verb.i), ccomps[0] if ccomps else None)
        if ccomp is not None:
            return ccomp
        noun_clause = speech_noun_clause(verb)
        if noun_clause is not None:
            return noun_clause
        for prep in (c for c in verb.children if c.dep_ == "prep"):   # "said in a statement that ..."
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                for a in pobj.children:
                    if a.dep_ in ("acl", "ccomp", "relcl") and _own_that(a) is not None:
                        return a
                    inner = _said_under_source(a)
                    if inner is not None:
                        return inner
                    # asked last: _misread_that is False whenever _said_under_source finds a clause, so the
                    # order changes nothing, and a found clause is not first read inside _misread_that
                    if _misread_that(a):
                        return a
        set_off = self._clause_after_aside(verb)
        if set_off is not None:
            return set_off
        if verb.lemma_.lower() in lexicon.ADDRESSEE_CUES:
            return self._clause_after_addressee(verb)
        return None

    def _clause_after_aside(self, verb: Token) -> Token | None:
        """ "reported, citing people familiar with the matter, that the bank ...": after an aside the parser may
        read the reported clause as an adverbial one. A result clause opens with "that" after a comma too ("spoke
        so quickly, that reporters missed ..."), so only one after an aside that names the report's source is the
        clause reported."""
        for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i):
            that = _that_after_aside(verb, clause)
            if that is not None \
                    and all(m.i == that.i for m in clause.children if m.dep_ == "mark"):
                return clause
        return None

    def _clause_after_addressee(self, verb: Token) -> Token | None:
        """ "told the committee responsible for scrutinising the bill that ...": after a long addressee the
        parser hangs the told clause on the addressee's last noun. A relative clause opens with a pronoun
        ("the committee that oversees"); a clause marked by a complementiser "that" is what was told."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
        if obj is None:
            return None
        marked = next((a for a in obj.subtree if a.dep_ in ("acl", "relcl", "ccomp") and a.pos_ in ("VERB", "AUX")
                       and _own_that(a) is not None
                       and any(s.dep_ in ("nsubj", "nsubjpass") for s in a.children)), None)
        return marked if marked is not None else self._unmarked_clause_after_addressee(obj)

    def _unmarked_clause_after_addressee(self, obj: Token) -> Token | None:
        """ "The defendant told the court he had acted in self-defence": with no "that", the parser may read the
        told clause as a relative clause on the addressee. A relative clause without its pronoun ("the story
        he had heard") describes a thing; after someone who can be told, a clause opening right after them
        with a personal pronoun as its subject is what they were told."""
        if obj.pos_ == "PRON" or not (obj.ent_type_ and obj.ent_type_ not in _AMOUNT_ENTS or obj.pos_ == "PROPN"
                                      or names_people(obj) or obj.lemma_.lower() in _TOLD_NOUNS):
            return None
        rel = next((c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i and c.pos_ in ("VERB", "AUX")), None)
        if rel is None:
            return None
        subj = rel.left_edge
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.head.i != rel.i or self.doc[subj.i - 1].is_punct \
                or subj.lower_ not in _TOLD_CLAUSE_SUBJECTS:
            return None
        # "told the man she married everything": an indefinite pronoun is what was told, the clause a relative
        if any(c.dep_ == "dobj" and c.lower_ in _TOLD_AMOUNTS for c in rel.children):
            return None
        # "told the people he worked with about his illness": a preposition left without its object is the
        # relative's gap, and an "about" after the clause names what was told ("acted out of fear" keeps "of");
        # "told the man he met in a bar his whole life story", "the colleague he trusted most the whole truth": a
        # noun phrase set beside another with no comma, or an object after the verb's adjuncts (an object comes
        # before them), is the second object of "told", read into the relative
        adjuncts = [a.i for a in rel.children if a.dep_ in ("advmod", "npadvmod", "prep") and a.i > rel.i]
        if any(t.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp", "prep") for g in t.children)
               or t.dep_ == "appos" and not self.doc[t.left_edge.i - 1].is_punct for t in rel.subtree) \
                or any(c.dep_ == "dobj" and adjuncts and min(adjuncts) < c.i for c in rel.children) \
                or any(t.dep_ == "prep" and t.lower_ == "about" and t.i > rel.i
                       for t in list(rel.subtree) + list(obj.head.children)):
            return None
        return rel

    def _end_before(self, i: int, sent) -> int:
        """Where the words before token ``i`` end, past any punctuation or "and"/"but" between: the sentence's
        start when there are none."""
        k = i - 1
        while k >= sent.start and (self.doc[k].is_punct or self.doc[k].dep_ == "cc"):
            k -= 1
        return sent.start_char if k < sent.start else self.doc[k].idx + len(self.doc[k].text)

    def _that_marked(self, verb: Token) -> bool:
        ccomp = self._clause_of(verb)
        return ccomp is not None and any(m.dep_ == "mark" and m.lower_ == "that" for m in ccomp.children)

    def _finding_clause(self, verb: Token) -> bool:
        """ "researchers found that ...", "a parole board found the athlete had met ...": a clause with "that",
        or one with its own subject and a tensed verb; not "found the body in a river"."""
        ccomp = self._clause_of(verb)
        if ccomp is None:
            return False
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in ccomp.children):
            return True
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in ccomp.children) and _tense(ccomp) in FINITE

    def that_clause(self, cue: Cue) -> bool:
        """X said (that) ...: the clause, unless it is itself a quotation next to the cue."""
        verb = cue.verb
        ccomp = self._clause_of(verb)
        if ccomp is None:
            return False
        marks = {m.lower_ for m in ccomp.children if m.dep_ == "mark"}
        # "cannot tell if they are covered", "explains why ...", "did not say how many": a question, no claim;
        # "told the court how he had been beaten" is the teller's account
        wh = _opens_with_wh(ccomp) or ccomp.left_edge.lower_ in ("how", "why")
        if marks & {"if", "whether"} or wh and not _tells_how(cue.lemma, verb, ccomp):
            # "Police have not said whether the two deaths are linked": a question left unanswered is the
            # sentence's whole news, not the author's report of "two deaths"; after "Three people died, but"
            # it is a tail the author's own report ends before, as is a clause fronted before the subject ("After
            # the blast killed 14 people, officials did not say ...") and a relative on it ("Police, who arrested
            # 12 people, have not said ...")
            if _unsaid(verb):
                if verb.dep_ == "ROOT":
                    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    relcl = next((c for c in subj.children if c.dep_ == "relcl"), None) if subj is not None else None
                    first = verb.sent.start if subj is None else subj.left_edge.i if relcl is None \
                        else relcl.right_edge.i + 1
                    self.unsaid.append((self._end_before(first, verb.sent), verb.sent.end_char))
                elif verb.dep_ == "conj" and verb.head.i < verb.i:
                    self.unsaid.append((self._end_before(verb.left_edge.i, verb.sent), verb.sent.end_char))
            return True
        if cue.lemma in lexicon.THAT_ONLY_CUES and "that" not in marks \
                and not (cue.lemma in lexicon.DOCUMENT_ONLY_CUES and _named_person(cue.speaker)):
            return False                      # "allowing foreigners in if ...": no speech without "that"
        lo, hi = ccomp.left_edge, ccomp.right_edge
        # "says the time before vaccinations are required for staff is an opportunity ...": a long subject can
        # make the parser cut the clause in two complements of the cue, the second starting where the first ends
        for nxt in sorted((c for c in verb.children if c.dep_ == "ccomp" and c.i > ccomp.i), key=lambda c: c.i):
            if nxt.left_edge.i != hi.i + 1:
                break
            hi = nxt.right_edge
        hi = self._second_predicate(verb, ccomp, hi)
        hi = self._reported_conjunct(verb, hi)
        hi = self._present_after_backshift(verb, ccomp, hi)
        cs, ce = lo.idx, hi.idx + len(hi.text)
        # "reported, citing three sources, that ...", "said, in a statement, that ...": the parser may hang an aside
        # between the cue and the clause on the clause, but one that names the source is no part of what was said
        lo_is_that = lo.lower_ == "that" and (lo.dep_ == "mark" or _misread_that(ccomp))
        that = lo if lo_is_that else _that_after_aside(verb, ccomp)
        if that is not None:
            cs = self.doc[that.i + 1].idx
        else:
            cs = self.past_when(ccomp, lo, cs)
        speech = next((t for t in ccomp.subtree if t.i > ccomp.i and own_speech_act(t, verb)), None)
        if speech is not None:
            ce = min(ce, self.clause_end_before(speech))
        qi = self.quote_at(ccomp.idx)
        inside_quote = qi is not None and self.quotes[qi].start <= cs + 1 and ce <= self.quotes[qi].end
        if inside_quote or cs < verb.idx < ce:
            return False
        cs = self.negation_start(verb, cs)
        ce = self.author_tail(cs, ce)
        partial = any(cs <= q.start < ce or cs < q.end <= ce for q in self.quotes)
        self.add(kind="mixed" if partial else "indirect", rule="cue_clause", speaker=cue.speaker, cue=verb,
                 content=(cs, ce), addressee=cue.addressee)
        return True

    def _second_predicate(self, verb: Token, ccomp: Token, hi: Token) -> Token:
        """ "claims the decision was purely political and an attempt to discourage ...": the parser hangs the
        clause's second predicate on the cue as its object, right after the clause's own "and"; it is still what
        the speaker claims. Where the reported clause ends."""
        cc = hi if hi.dep_ == "cc" else self.doc[hi.i + 1] if hi.i + 1 < len(self.doc) else None
        if cc is None or cc.dep_ != "cc" or cc.head.i != ccomp.i:
            return hi
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == cc.i + 1), None)
        return obj.right_edge if obj is not None else hi

    def _reported_conjunct(self, verb: Token, hi: Token) -> Token:
        """ "Zeleny said he was reviewing 100,000 articles a year, and he rejected a lot of them": the parser
        joins a second clause to the cue, but one that goes on with "and" and a pronoun for the speaker, right
        after the reported clause and in the cue's tense, still reports what the speaker said; a named subject,
        "but", or a shift of tense ("revealed that he has tested positive, and he is using the opportunity to
        ...") turns to the author's voice. Where the reported clause ends."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > hi.i), None)
        if subj is None or conj is None or conj.lemma_.lower() in lexicon.REPORTING_VERBS \
                or _tense(conj) != _tense(verb):
            return hi
        own = next((c for c in conj.children if c.dep_ == "nsubj"), None)
        between = [t.lower_ for t in self.doc[hi.i + 1:conj.left_edge.i] if not (t.is_punct or t.is_space)]
        if own is None or own.lower_ not in PRONOUN_GENDER or own.i != conj.left_edge.i or between != ["and"] \
                or self.resolver.describe(own).resolved != self.resolver.describe(subj).resolved:
            return hi
        return _last_word(conj.right_edge, conj)

    def _present_after_backshift(self, verb: Token, ccomp: Token, hi: Token) -> Token:
        """ "The ministry told us no such tax was proposed, and the budget does not mention one": after a cue
        in the past addressed to someone, speech is reported in the past; a clause set off by ", and" with a
        subject of its own in the present is the author's own statement. Reported speech mixes tenses freely
        ("said prices rose and wages are stagnant", "said the fire was contained but crews remain on alert"),
        so without the addressee and the comma the clause stays the speaker's. Where the reported clause ends."""
        conj = next((c for c in ccomp.children if c.dep_ == "conj" and c.i <= hi.i
                     and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)
        # Any object before the clause is addressed ("promised parents ..."), not only ``Cue.addressee``'s tellings.
        if conj is None or _tense(verb, _FINITE_DEPS) != "VBD" or _tense(ccomp, _FINITE_DEPS) != "VBD" \
                or _tense(conj, _FINITE_DEPS) not in ("VBZ", "VBP") \
                or not any(c.dep_ in ("dative", "dobj") and c.i < ccomp.left_edge.i for c in verb.children):
            return hi
        between = [t.lower_ for t in self.doc[ccomp.i + 1:conj.left_edge.i] if t.head.i == ccomp.i
                   and (t.dep_ == "cc" or t.is_punct)]
        if between != [",", "and"]:
            return hi
        k = conj.left_edge.i - 1
        while k > ccomp.i and (self.doc[k].is_punct or self.doc[k].dep_ == "cc"):
            k -= 1
        return self.doc[k]

    def clause_end_before(self, speech: Token) -> int:
        """Where the reported clause ends before another speech act: its connective (", and", "but",
        "days after") goes with neither."""
        k = speech.left_edge.i - 1
        while k > 0 and (self.doc[k].is_punct or self.doc[k].is_space or self.doc[k].dep_ in ("cc", "mark")):
            k -= 1
        return self.doc[k].idx + len(self.doc[k].text)

    def past_when(self, ccomp: Token, lo: Token, cs: int) -> int:
        """ "said (on, late) Wednesday the ferry would ...": the parser puts when it was said inside the
        clause; the content starts at the clause's subject."""
        subj = next((c for c in ccomp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return cs
        k, stop = lo.i, subj.left_edge.i
        while k < stop and (self.doc[k].ent_type_ in ("DATE", "TIME") or self.doc[k].lower_ in _WHEN_WORDS):
            k += 1
        if k < stop and self.doc[k].lower_ == "that":
            k += 1
        return self.doc[k].idx if k == stop and k > lo.i else cs

    def author_tail(self, cs: int, ce: int, assertion: bool = False) -> int:
        """Where the content ends once an adjunct in the author's voice is cut off its end (see ``_CONCESSIVE``
        and ``commentary``). In an assertion everything is the author's: only the commentary goes."""
        toks = self.tokens_in(cs, ce)
        words = [t for t in toks if not (t.is_punct or t.is_space)]
        if not words:
            return ce
        for t in toks:
            if t.dep_ not in ("prep", "advcl", "relcl"):
                continue                        # most words: asked before their left edge is looked up
            lead = t.left_edge
            if lead.i == toks[0].i or t.right_edge.i < words[-1].i:
                continue
            if not assertion and (self.speakers_own_act(t, toks) or _source_named(t)
                                  and not any(q.inner_start <= t.idx < q.inner_end for q in self.quotes)):
                return lead.idx
            if not cs <= t.head.idx < ce:
                continue
            after_comma = self.doc[lead.i - 1].text == ","
            if not assertion and t.dep_ != "relcl" and (lead.lower_ in _CONCESSIVE and after_comma
                                                        or lead.lower_ in _TEMPORAL and t.head.lemma_ == "be"):
                return lead.idx
            if after_comma and self.commentary(t, assertion):
                return self.doc[lead.i - 1].idx
        return ce

    def speakers_own_act(self, t: Token, toks: list[Token]) -> bool:
        """ "calling for earlier closing times ... after tracking a fall in ...", "told ESPN that “...” after
        saying he'd ...": a gerund with no subject of its own, hung on a noun phrase or after the quotation
        closes, is what the speaker did before speaking, not part of what was said."""
        if t.dep_ != "prep" or t.lower_ not in _SUBORDINATORS:
            return False
        gerund = next((c for c in t.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if gerund is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
            return False
        root = next(w for w in toks if not toks[0].i <= w.head.i <= toks[-1].i or w.head.i == w.i)
        outside = not toks[0].i <= t.head.i <= toks[-1].i
        whole_quote = toks[0].i > 0 and self.doc[toks[0].i - 1].is_quote or toks[0].is_quote
        return root.pos_ in ("NOUN", "PROPN") and outside or self.doc[t.i - 1].is_quote and whole_quote

    def commentary(self, t: Token, assertion: bool = False) -> bool:
        """ ", marking the latest in a series of victories", ", where rivers have swelled": a participle or a
        where/when clause set off at the end interprets or sets the scene in the author's voice. A participle
        that reports an event of its own (", beating the incumbent") or a tail with the figure the sentence
        reports (", leaving 12 people homeless") is part of the claim. In the author's own assertion the
        participle is the author's reading of the same act (", extending a streak of weapons tests") and
        stays; only the scene goes."""
        participle = not assertion and t.dep_ == "advcl" and t.tag_ == "VBG" and t.left_edge.i == t.i \
            and lexicon.verb_lemma(t) not in lexicon.EVENT_VERBS
        # "reminiscent of 2008, when the collapse of Lehman led to the crisis": a when-clause on a date says
        # what the date stands for, and is part of the point
        scene = t.dep_ == "relcl" and t.left_edge.tag_ == "WRB" and t.head.ent_type_ not in ("DATE", "TIME")
        if not (participle or scene):
            return False
        lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)
        return not any(lo <= e.start_char and e.end_char <= hi and self._is_number(e) for e in self._ents_in(lo, hi))

    def negation_start(self, verb: Token, content_start: int) -> int:
        """ "do not believe that ...": the content keeps the negation, or it says the opposite."""
        neg = [c for c in verb.children if c.dep_ == "neg"]
        if not neg:
            return content_start
        aux = [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
        return min(t.idx for t in aux + neg)

    def adjacent_quotes(self, cue: Cue) -> bool:
        """Quotations next to the cue clause: “A,” X said. “B.” / X said: “A.”"""
        verb, text = cue.verb, self.text
        # "“an unworkable choice” that adds complexity": a quote before a relative clause is its antecedent
        relative = verb.dep_ == "relcl" or cue.speaker.text.lower() in lexicon.RELATIVE_PRONOUNS
        pre = self.adjacent_quote_before(cue.start) if not relative and not self.has_own_object(cue) else None
        post = self.adjacent_quote_after(cue.end, verb)
        then = None
        if pre is not None and post is not None and text[cue.end:self.quotes[post].start].strip() == ".":
            then, post = post, None             # “A,” she said. “B.”
        elif pre is not None and post is None:  # “A,” said X, a trader. “B.”
            nxt = bisect_left(self.quote_starts, verb.sent.end_char - 1)
            if nxt < len(self.quotes) and nxt not in self.used_quotes and nxt != pre \
                    and not text[verb.sent.end_char:self.quotes[nxt].start].strip() \
                    and self.attribution_after(self.quotes[nxt]) is None \
                    and self.paragraph_of(self.quotes[nxt].start) == self.paragraph_of(verb.idx):
                then = nxt
        if pre is None and post is None:
            return False
        chain = ([pre] if pre is not None else []) + ([post] if post is not None else [])
        chain += self.following_quotes(chain[-1])
        lead = self.lead_in(self.quotes[chain[0]]) if pre is not None else None
        self.add_quote_chain(chain, "cue_quote", cue.speaker, verb, lead=lead, addressee=cue.addressee)
        if then is not None:
            self.quote_after_cue_sentence(then, cue)
        return True

    def quote_after_cue_sentence(self, qi: int, cue: Cue) -> None:
        """ "“A,” X said. “B.”": the full stop after the cue closes A (the guide's point 3), and B, standing as its own
        sentence, is the same speaker's next claim. A quotation the author's sentence goes on after ("“Hamlet at the
        Harbour” opens on Friday", "“Minister lied!” ran the front page", a chanted slogan) is a title or a label
        inside it: no one's words, and no longer taken into the speaker's claim either. What follows the quotation
        tells, not its closing mark: a lowercase word, a digit, or a comma, semicolon or colon goes on the author's
        sentence, while a new sentence, the paragraph's end, or a stop set outside the marks leaves B standing (a
        quote broken off on "…" or a dash before "He shrugged" is still the speaker's)."""
        self.used_quotes.add(qi)
        q = self.quotes[qi]
        after = self.text[q.end:self.paragraphs[self.paragraph_of(q.start)][1]].lstrip()[:1]
        if after.islower() or after.isdigit() or after in (",", ";", ":"):
            return
        self.add_quote_chain([qi] + self.following_quotes(qi), "cue_quote", cue.speaker, cue.verb,
                             addressee=cue.addressee)

    def has_own_object(self, cue: Cue) -> bool:
        """ "...itself." The team then added nuggets of ...: a verb with an object of its own after it
        does not introduce the quotation before it (but "“...,” she told reporters" does)."""
        if cue.lemma in lexicon.ADDRESSEE_CUES or cue.speaker.start > cue.verb.idx:
            return False                      # "said John Smith": the parser's "object" is the speaker
        # "“...,” the chief executive said, a move unions called reckless", "“...,” the club said, a move-management
        # firm": what the parser hangs on the cue after a comma sums up the quote or renames the speaker
        return any(c.dep_ == "dobj" and c.i > cue.verb.i and c.pos_ != "PRON" and c.ent_type_ not in ("DATE", "TIME")
                   and not _set_off_by_comma(c.left_edge) for c in cue.verb.children)

    def object_content(self, cue: Cue) -> bool:
        """ "she claimed to have ...", "urged the council to ...", "confirmed the deaths of 12 soldiers"."""
        verb, lemma = cue.verb, cue.lemma
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if lemma in lexicon.OBJECT_XCOMP_CUES and obj is not None and xcomp is not None:
            self.add(kind="indirect", rule="cue_object", speaker=cue.speaker, cue=verb,
                     content=(obj.left_edge.idx, xcomp.right_edge.idx + len(xcomp.right_edge.text)),
                     addressee=cue.addressee)
            return True
        if xcomp is not None and lemma in lexicon.XCOMP_CUES:
            if not self.resolver.is_actor(cue.subject):
                return True                   # "rising rents threaten to ...": a thing intends nothing
            cs, end = xcomp.left_edge.idx, xcomp.right_edge
            condition = next((c for c in verb.children if c.dep_ == "advcl" and c.i > xcomp.i
                              and any(m.dep_ == "mark" and m.lower_ in _CONDITIONAL for m in c.children)), None)
            if condition is not None:
                end = condition.right_edge
            ce = end.idx + len(end.text)
            # "vowed to retaliate after rebels claimed they had ...": a clause the parser hangs on the infinitive
            # with a cue of its own is when the vow was made, and its words are that cue's claim, as in a that-clause
            speech = next((t for t in xcomp.subtree if t.i > xcomp.i and own_speech_act(t, verb)), None)
            # ... unless it is the vow's limit or condition ("to stay in office until voters said otherwise")
            if speech is not None and not any(t.lower_ in _VOW_LIMITS for t in xcomp.doc[xcomp.i:speech.i]):
                ce = min(ce, self.clause_end_before(speech))
            self.add(kind="indirect", rule="cue_clause", speaker=cue.speaker, cue=verb,
                     content=(cs, self.author_tail(cs, ce)), addressee=cue.addressee)
            return True
        if lemma not in lexicon.OBJECT_CUES or obj is None:
            return False
        if lemma == "demand" and not self.demand_made(cue, obj):
            return False
        if any(c.dep_ == "neg" for c in verb.children):
            return True                       # "could not confirm the source": nothing was confirmed
        if lemma in lexicon.CHARACTERISE_CUES and (obj.ent_type_ == "PERSON" or obj.lemma_.lower() in
                                                   lexicon.PERSON_NOUNS | lexicon.ROLE_NOUNS):
            return True                       # "criticized the chiefs of police for ...": a target, no statement
        end_tok = _object_reach(verb, obj)
        if end_tok is None:
            return False
        cs = obj.left_edge.idx
        self.add(kind="indirect", rule="cue_object", speaker=cue.speaker, cue=verb,
                 content=(cs, self.author_tail(cs, end_tok.idx + len(end_tok.text))), addressee=cue.addressee)
        return True

    def demand_made(self, cue: Cue, obj: Token) -> bool:
        """Whether "demanded <object>" is the speaker's demand. Only an actor demands ("the job demands patience"
        asks nothing); a demand in an infinitive, a relative clause or a participle describes the actor of the
        sentence's own event ("marched to demand their rights", "The strikers, who demanded a rise, returned to
        work"); and a bare thing demanded is an act, not a statement, however long the phrases after it ("demanded
        answers from the minister on Tuesday", "the company's internal emails by Friday"): its own words, without
        its owner and any phrase but an "of" one ("the release of ..."), must say what is asked."""
        verb = cue.verb
        if not self.resolver.is_actor(cue.subject) or verb.dep_ in ("relcl", "acl", "advcl") \
                or verb.tag_ == "VBG" and verb.dep_ != "ROOT" \
                or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        aside = {t.i for c in obj.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ != "of"
                 for t in c.subtree}
        own = [t for t in obj.subtree if t.i not in aside]
        return own[-1].i - own[0].i >= 2 or any(t.like_num for t in own)

    def prep_content(self, cue: Cue) -> bool:
        """ "warned of a strike if ...", "called on the minister to resign": what follows the preposition."""
        prep = speech_prep(cue.verb)
        if prep is None or cue.speaker.start > cue.verb.idx:
            return False
        subj = self.doc.char_span(cue.speaker.start, cue.speaker.end, alignment_mode="expand")
        if subj is not None and subj.root.lemma_.lower() in lexicon.PLAN_NOUNS:
            return False
        if cue.lemma in lexicon.LIGHT_SPEECH_VERBS and not self.resolver.is_actor(cue.subject):
            return False                      # "The closure raised fears over jobs": a thing voices no concern
        end = _last_word(cue.verb.right_edge, prep)
        # "warns of a slump and advises clients to sell": a verb coordinated with the cue is an act of its own;
        # "called for talks, stopping short of ...", "appealed for help ..., saying ...": a clause set off by a
        # comma after the object is the author's account of the act, or a speech act of its own
        conj = next((c for c in cue.verb.children if c.i > prep.i and (c.dep_ == "conj" and c.pos_ == "VERB" or (
            c.dep_ in ("advcl", "ccomp", "parataxis") and self.doc[c.left_edge.i - 1].text == ","))), None)
        if conj is not None:
            k = conj.left_edge.i - 1
            while k > prep.i and (self.doc[k].is_punct or self.doc[k].is_space or self.doc[k].dep_ == "cc"):
                k -= 1
            end = self.doc[k]
        if end.i - prep.i < 2:
            return False
        cs = self.doc[prep.i + 1].idx
        self.add(kind="indirect", rule="cue_object", speaker=cue.speaker, cue=cue.verb,
                 content=(cs, self.author_tail(cs, end.idx + len(end.text))), addressee=cue.addressee)
        return True

    def reporting_noun(self, noun: Token) -> None:
        """ "the union's claim that 300 jobs would go": the noun's owner claims its that-clause, whatever
        the sentence around it does with the claim (rejects it, reports it, mocks it)."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if owner is None or clause is None or self.quote_at(noun.idx) is not None \
                or inside(self.furniture, noun.idx, noun.idx + 1):
            return
        lo = min(t.i for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i))
        hi = max(t.i for t in clause.subtree)
        while hi > lo and self.doc[hi].is_punct:
            hi -= 1
        speaker = self.resolver.describe(owner)
        case = next((c for c in owner.children if c.dep_ == "case"), None)
        if case is not None and speaker.end > case.idx:          # "the union's": the owner without its "'s"
            speaker = replace(speaker, end=case.idx, text=self.text[speaker.start:case.idx].rstrip())
        self.add(kind="indirect", rule="cue_noun", speaker=speaker, cue=noun,
                 content=(self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi].text)))

    def parenthetical(self, cue: Cue) -> bool:
        """ "The strike, Dunn said, will continue": a cue set in commas (or dashes) inside the clause it
        reports. The parser hangs such a cue on the clause's verb as parataxis; the content is the clause
        on both sides of it, joined. "Rent had tripled, he said, and the lease ran out": a cue after the
        clause's verb reports the clause coordinated after it too."""
        verb, text = cue.verb, self.text
        sent = verb.sent
        if verb.dep_ != "parataxis" or verb.head.i == verb.i or verb.head.sent.start != sent.start:
            return False
        span = [t for t in verb.subtree]
        left, right = span[0], span[-1]
        if left.text not in (",", "—", "–") or right.text not in (",", "—", "–") or left.i <= sent.start:
            return False
        # "Rent had tripled, he said, but the council disagreed": a contrast after the cue is the author's turn
        if verb.head.i < verb.i and not (right.i + 1 < sent.end and self.doc[right.i + 1].lower_ in ("and", "or")
                                         and self.doc[right.i + 1].head.i == verb.head.i):
            return False
        if self.quote_at(sent.start_char) is not None or any(sent.start_char <= q.start < sent.end_char
                                                              for q in self.quotes):
            return False                      # quotations around a cue are the quote rules' to pair
        # "X was unmoved: the levy, she said, would ...": what leads up to a colon is the author's, not the clause;
        # a lead-in with a cue of its own ("Everyone agreed on one point: ...") claims what follows, so it stays,
        # and the two voices over one clause leave it to neither
        ends = [m.end() for m in _LEAD_IN_END.finditer(text, sent.start_char, left.idx)]
        start = sent.start_char
        if ends and not any(t.lemma_.lower() in lexicon.REPORTING_VERBS and t.pos_ == "VERB"
                            for t in self.tokens_in(sent.start_char, ends[-1])):
            start = ends[-1]
        start += len(text[start:left.idx]) - len(text[start:left.idx].lstrip())
        end = len(text[:sent.end_char].rstrip())
        parts = [(start, left.idx), (right.idx + 1, end)]
        content = " ".join(text[s:e].strip() for s, e in parts)
        self.add(kind="indirect", rule="cue_parenthetical", speaker=cue.speaker, cue=verb,
                 content=(start, end), content_text=content, addressee=cue.addressee, parts=parts)
        return True

    def inverted_clause(self, cue: Cue) -> None:
        """ "..., a report said." — the cue clause closes the sentence."""
        verb, text = cue.verb, self.text
        sent = verb.sent
        if _unsaid(verb):
            self.unsaid.append((sent.start_char, sent.end_char))
            return
        tail = text[cue.end:sent.end_char].strip()
        start = cue.start
        other = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in lexicon.REPORTING_VERBS and other is not None \
                and text[verb.head.idx + len(verb.head.text):start].strip() in ("and", "or"):
            start = other.left_edge.idx   # "..., his speeches show and officials say.": both cues close the clause
        if any(c.dep_ == "xcomp" for c in verb.children) or not all(c in ".!?”\"’" for c in tail) \
                or start <= sent.start_char or not text[sent.start_char:start].rstrip().endswith((",", "—", "–")):
            return
        cs, ce = sent.start_char, start
        if self.cue_adjunct(verb, cs, ce):
            return
        if len(text[cs:ce].split()) >= 4:
            partial = any(cs <= q.start < ce for q in self.quotes)
            self.add(kind="mixed" if partial else "indirect", rule="cue_inverted", speaker=cue.speaker,
                     cue=verb, content=(cs, ce), addressee=cue.addressee)

    def trailing_speaker(self, verb: Token):
        """ "..., government officials said Friday.": the short noun phrase between a comma and the cue.

        The small model often parses such a sentence wrong (the speaker inside the clause,
        or the cue coordinated with the clause's verb); the surface is reliable.
        """
        sent = verb.sent
        if verb.lemma_.lower() in lexicon.QUESTION_LIKE_CUES or verb.i - sent.start < 5:
            return None
        stop = verb.i                         # "..., the United Nations has said": the cue's own tense is no speaker
        while stop > sent.start and self.doc[stop - 1].dep_ in ("aux", "neg") and self.doc[stop - 1].head.i == verb.i:
            stop -= 1
        for k in range(stop - 1, max(sent.start, verb.i - 9), -1):
            tok = self.doc[k]
            if tok.text == ",":
                span = self.doc[k + 1:stop] if k + 1 < stop else self._appositive_before(tok)
                if len(span) > 1 and span[0].lower_ == "as" and span[0].dep_ == "mark":
                    span = span[1:]           # "..., as the minister said": the clause is the minister's
                if len(span) and span[0].dep_ == "cc" or any(t.dep_ == "mark" for t in span):
                    return None               # "..., and that residents have complained": a clause of its own
                if len(span) and span[0].tag_ in ("WP", "WDT") and span[0].dep_ not in ("nsubj", "nsubjpass"):
                    span = span[1:]           # "..., which the company confirmed": the clause is what it confirmed
                if any(t.tag_ in ("WP", "WDT") for t in span):
                    return None               # "..., a resident who has campaigned against it": a relative clause
                if len(span) and any(t.pos_ in ("NOUN", "PROPN") for t in span) \
                        and not self.text[sent.start_char:tok.idx].strip().endswith(("”", '"')):
                    return span
                return None
            if tok.pos_ in ("VERB", "AUX") or tok.is_punct or self.quote_at(tok.idx) is not None:
                return None
        return None

    def _appositive_before(self, comma: Token):
        """ "..., its director, Ingrid Solheim, told reporters": the comma before the cue closes an apposition,
        and the phrase it names, set off from the clause by its own comma, is the speaker ("its director"), as
        a subject is: the name comes from its apposition, with the role and organisation the phrase gives."""
        name = _compound_head(self.doc[comma.i - 1])
        if name.dep_ != "appos" or name.head.i >= name.i:
            return self.doc[comma.i:comma.i]
        lo, end = name.head.left_edge.i, name.left_edge.i
        if lo <= comma.sent.start or self.doc[lo - 1].text != ",":
            return self.doc[comma.i:comma.i]
        while end > lo and self.doc[end - 1].is_punct:
            end -= 1
        return self.doc[lo:end]

    def speaker_after_cue(self, verb: Token) -> bool:
        """ "Grantham was sentenced on Wednesday ..., reported the New York Times.": a cue right after the comma
        that closes a clause, with no subject before it and a noun phrase after it that ends the sentence, is
        inverted: the phrase after it speaks, and the clause before is what it said. The parser takes the phrase
        for the cue's object and the clause's subject for its subject."""
        sent = verb.sent
        if verb.i - sent.start < 5 or self.doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ") \
                or verb.lemma_.lower() in lexicon.QUESTION_LIKE_CUES | (lexicon.ADDRESSEE_CUES
                                                                         - lexicon.INVERTING_ADDRESSEE_CUES) \
                or any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
                       for c in verb.children) \
                or self.text[sent.start_char:self.doc[verb.i - 1].idx].rstrip().endswith(("”", '"')):
            return False
        phrase = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod")
                       and c.pos_ in ("PROPN", "NOUN")), None)
        if phrase is None or not all(t.is_punct or t.is_space for t in self.doc[phrase.right_edge.i + 1:sent.end]) \
                or not self.resolver.is_actor(phrase):
            return False
        return self.said_by_phrase_after(verb, phrase, phrase.left_edge, _last_word(phrase.right_edge, phrase),
                                         (sent.start_char, self.doc[verb.i - 1].idx))

    def said_by_phrase_after(self, cue: Token, head: Token, lo: Token, hi: Token, content: tuple[int, int]) -> bool:
        """The clause ``content`` as said by the phrase from ``lo`` to ``hi`` (``head`` its head) that follows it;
        fewer than four words are no clause. Whether it made the claim."""
        described = self.resolver.describe(head)
        speaker = Speaker(self.text[lo.idx:hi.idx + len(hi.text)], lo.idx, hi.idx + len(hi.text), described.resolved,
                          described.type, described.role, described.org, described.path)
        cs, ce = content
        if len(self.text[cs:ce].split()) < 4:
            return False
        partial = any(cs <= q.start < ce for q in self.quotes)
        self.add(kind="mixed" if partial else "indirect", rule="cue_inverted", speaker=speaker, cue=cue,
                 content=(cs, ce))
        return True

    def hears_evidence(self, verb: Token) -> bool:
        """ "the court heard ...": a hearing body hears what was put to it. A trial is also a contest or a test ("the
        cup trial heard cheers", "a clinical trial"), and a trial hearing someone do a thing ("The trial heard Mr
        Jones deny the charges") tells no claim of its own: a trial hears only a "that"-clause or the clause before
        it, and that clause only when it has no speaker of its own (``_unattributed_clause``, the test the misparsed
        "..., an inquest heard" asks too: "Her GP said ..., the trial heard" is the GP's)."""
        body = next((c for c in verb.children if c.dep_ == "nsubj" and _hearing_body(c)), None)
        if body is None or body.lemma_.lower() != "trial":
            return body is not None
        ccomps = [c for c in verb.children if c.dep_ == "ccomp"]
        if any(c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in ccomps):
            return True
        comma = body.left_edge.i - 1
        before = comma > body.sent.start and body.doc[comma].text == "," or any(c.i < verb.i for c in ccomps)
        return before and self._unattributed_clause(body.doc[body.sent.start:body.left_edge.i])

    def heard_misparsed(self, heard: Token) -> bool:
        """ "..., an inquest heard.": the small model often reads "inquest heard" as a noun phrase, a reduced
        relative or an adjective before the verb, so no hearing body is the verb's subject and the clause was left
        the author's. A "heard" that ends the sentence (but for a date) after a comma and a hearing body's phrase
        is the cue all the same: the phrase heard the clause before the comma. Whether it made the claim."""
        if heard.lower_ != "heard":
            return False
        sent = heard.sent
        comma = next((t for t in reversed(self.doc[sent.start:heard.i]) if t.text == ","), None)
        if comma is None or not 3 <= heard.i - comma.i <= 6 or _is_question(self.text, sent) \
                or not self._unattributed_clause(self.doc[sent.start:comma.i]):
            return False
        det, body = self.doc[comma.i + 1], self.doc[comma.i + 2]
        if det.pos_ not in ("DET", "PRON") or body.lower_ not in lexicon.HEARING_BODIES \
                or body.pos_ == "NOUN" and body.dep_ == "nsubj" and body.head.i == heard.i and heard.pos_ == "VERB" \
                or any(t.pos_ in ("VERB", "AUX") for t in self.doc[comma.i + 1:heard.i]) \
                or not all(t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.lower_ == "on"
                           for t in self.doc[heard.i + 1:sent.end]):
            return False
        return self.said_by_phrase_after(heard, body, det, self.doc[heard.i - 1], (sent.start_char, comma.idx))

    def _unattributed_clause(self, stretch: Span) -> bool:
        """Whether ``stretch`` is a clause with no speaker of its own: "Coroner X said ...", "The driver claimed
        ...", "Police believe ..." or a quote with its speaker after it (``_spoken_after``) keep what they said, and
        a fragment with no finite verb ("Asked whether ...", "After a seven-day hearing") states nothing a hearing
        could have heard."""
        heads = [t for t in stretch if t.head.i == t.i or not stretch.start <= t.head.i < stretch.end]
        return any("Fin" in v.morph.get("VerbForm") for t in heads if t.pos_ in ("VERB", "AUX")
                   for v in [t, *(a for a in t.children if a.dep_ in ("aux", "auxpass"))]) \
            and not _names_own_speaker(stretch) \
            and not any(stretch.start_char <= q.start < stretch.end_char and _spoken_after(q, stretch)
                        for q in self.quotes)

    def cue_adjunct(self, verb: Token, cs: int, ce: int) -> bool:
        """Whether the text in [cs, ce) is only prepositional phrases that hang on a cue with words of its own after
        it: "For the harbour master, ..., the numbers tell the story", "After a meeting on Tuesday, the minister
        told reporters" say for whom, when or where something was told, and are none of what was told. A bare
        "..., the mayor said." keeps its clause: "In Mariupol, no electricity and no water, the mayor said" is a
        clause the parser broke up."""
        # the small model hangs the broken clause's noun phrase on the inner comma, so a comma with words under it
        # is a top of its own
        tops = [t for t in self.tokens_in(cs, ce) if not cs <= t.head.idx < ce
                and not (t.is_punct and all(c.is_punct for c in t.children))]
        # it opens on its preposition: "Three dead in Kabul blast, police said" is a clause the parser broke up
        return bool(tops) and tops[0].dep_ == "prep" and tops[0].idx == cs \
            and all(t.head.i == verb.i and t.dep_ == "prep" for t in tops) \
            and any(c.i > verb.i and not c.is_punct for c in verb.children)

    def inverted_surface(self, verb: Token, phrase) -> bool:
        """The claim of "<clause>, <speaker> said <adverbials>.", whatever the parse made of it."""
        sent = verb.sent
        after = self.text[verb.idx + len(verb.text):sent.end_char]
        if after.lstrip().startswith(("that", ":", "“", '"')) or len(sent[:phrase.start - sent.start]) < 5:
            return False
        if any(c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "parataxis")
               and not self._addressee_only(verb, c) for c in verb.children):
            return False                      # "..., the judge says he'll excuse a juror": a clause follows
        if _unsaid(verb):
            self.unsaid.append((sent.start_char, sent.end_char))
            return True                       # nothing after the verb: the clause before is what went unsaid
        head = next(t for t in reversed(phrase) if t.pos_ in ("NOUN", "PROPN"))
        root = phrase.root
        # "a spokeswoman for the ministry, Ann Lee,": the noun after "for" or "of" is not the head, the role
        # is, and its apposition names the speaker; unnamed, "a spokeswoman for the regulator" is the regulator
        speaker = None
        if root.pos_ == "NOUN" and any(c.dep_ == "prep" and head in c.subtree for c in root.children):
            speaker = self.resolver.describe(root)
        if speaker is None or speaker.resolved is None:
            speaker = self.resolver.describe(head)
        speaker = Speaker(phrase.text, phrase.start_char, phrase.end_char, speaker.resolved, speaker.type,
                          speaker.role, speaker.org, speaker.path)
        cs, ce = sent.start_char, self.doc[phrase.start - 1].idx
        if self.cue_adjunct(verb, cs, ce):
            return False
        # "It refused to confirm reports that 300 jobs would be cut, which the union confirmed": the clause keeps
        # its own telling back, and what the speaker confirms is what was kept back, or nothing the clause says
        withheld = next((t for t in self.tokens_in(cs, ce)
                         if t.lemma_.lower() in lexicon.REPORTING_VERBS and _kept_back(t)), None)
        if withheld is not None:
            that = next((t for t in withheld.subtree if t.dep_ == "mark" and t.lower_ == "that" and t.idx < ce), None)
            if that is None:
                return True
            cs = self.doc[that.i + 1].idx
        partial = any(cs <= q.start < ce for q in self.quotes)
        reason = self.reason_after(verb)
        if reason is None:
            self.add(kind="mixed" if partial else "indirect", rule="cue_inverted", speaker=speaker, cue=verb,
                     content=(cs, ce))
            return True
        parts = [(cs, ce), reason]
        self.add(kind="mixed" if partial else "indirect", rule="cue_inverted", speaker=speaker, cue=verb,
                 content=(cs, reason[1]), content_text=" ".join(self.text[s:e].strip() for s, e in parts), parts=parts)
        return True

    def _addressee_only(self, verb: Token, obj: Token) -> bool:
        """ "..., its director told reporters on Tuesday.": the object of a telling verb is whom it was told,
        not what, when it can be told (people or a body: "had written 56,000 words" told no one) and nothing
        but adverbials follows it."""
        if verb.lemma_.lower() not in lexicon.ADDRESSEE_CUES or obj.dep_ not in ("dobj", "dative") \
                or not self.resolver.is_actor(obj):
            return False
        return not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children) \
            and not any(c.dep_ in ("relcl", "acl", "ccomp") for c in obj.subtree)

    def reason_after(self, verb: Token) -> tuple[int, int] | None:
        """ "<clause>, Farnsworth says, partly because Herbert drew ...": a reason set off after the cue is the
        speaker's, given for the clause before it (a "when" after the cue dates the telling instead)."""
        for c in verb.children:
            if c.dep_ != "advcl" or c.i <= verb.i or not any(m.dep_ == "mark" and m.lower_ in _REASON_MARKS
                                                                for m in c.children):
                continue
            lead = c.left_edge
            if self.doc[lead.i - 1].text != ",":
                return None
            end = _last_word(c.right_edge, c)
            return lead.idx, end.idx + len(end.text)
        return None

    def characterise(self, cue: Cue) -> bool:
        """X described Y as “...” / condemned it as “...”: the quoted words are X's."""
        verb = cue.verb
        end = verb.right_edge.idx + len(verb.right_edge.text)
        i = bisect_left(self.quote_starts, verb.idx)
        if i < len(self.quotes) and i not in self.used_quotes and self.quotes[i].start < end \
                and self.governs_quote(verb, self.quotes[i]):
            q = self.quotes[i]
            self.used_quotes.add(i)
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            start = obj.left_edge.idx if obj is not None and obj.pos_ != "PRON" and obj.idx < q.start \
                else q.inner_start
            self.add(kind="mixed", rule="cue_clause", speaker=cue.speaker, cue=verb,
                     content=(start, q.end if start != q.inner_start else q.inner_end), confidence=0.75)
            return True
        # "called it the club's best business of the summer": unquoted, a name given in a small clause is the
        # speaker's judgement of the object, as "considered it the best" is; an adjective after the object is
        # no such name ("described 120 species new to science" is a naturalist's work), nor is a proper name
        # ("called the baby Alice", "dubbed the robot Spot": naming, not opinion)
        return self.label_in_relative(cue) or any(c.dep_ == "oprd" and c.pos_ != "PROPN" for c in verb.children) \
            and self.judgement(verb)

    def label_in_relative(self, cue: Cue) -> bool:
        """ "a move Helsinki has labeled a hybrid attack", "the plan, which critics have called a giveaway": in a
        relative clause the antecedent is what is characterised and the verb's own complement is the label the
        clause's subject gives it: that label is the subject's claim."""
        verb = cue.verb
        # "a sound the locals call a whistle": calling, dubbing and terming also just name a thing
        if verb.dep_ != "relcl" or cue.lemma in _NAMING_CUES or cue.subject.i > verb.i or cue.subject.lower_ in lexicon.RELATIVE_PRONOUNS:
            return False
        label = next((c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i
                      and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in lexicon.RELATIVE_PRONOUNS), None)
        # "a crisis the World Bank has described as one of the worst in modern times": the label after "as"
        as_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
                        and any(g.dep_ == "pobj" for g in c.children)), None)
        if label is not None:
            start = label.left_edge
        elif as_prep is not None:
            label, start = as_prep, self.doc[as_prep.i + 1]
        else:
            return False
        end = _last_word(label.right_edge, label)
        self.add(kind="indirect", rule="cue_clause", speaker=cue.speaker, cue=verb,
                 content=(start.idx, end.idx + len(end.text)), confidence=0.7)
        return True

    def governs_quote(self, verb: Token, q) -> bool:
        """The quotation is the verb's own complement, not that of a verb under it: in "criticized the
        chiefs ..., calling it “a coup”" the words characterise what "calling" names, and that cue's."""
        first = self.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if first is None or not len(first):
            return False
        node = first.root
        while node.i != verb.i and node.head.i != node.i:
            node = node.head
            if node.i != verb.i and node.pos_ == "VERB":
                return False
        return node.i == verb.i

    def according_to(self, tok: Token) -> None:
        if self.quote_at(tok.idx) is not None:
            return
        to = self.doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return
        speaker = self.resolver.describe(pobj)
        phrase_start = tok.idx
        phrase_end = max(speaker.end, pobj.right_edge.idx + len(pobj.right_edge.text))
        sent = tok.sent
        s_start, s_end = sent.start_char, len(self.text[:sent.end_char].rstrip())
        while s_end > s_start and self.text[s_end - 1] in ".!?":
            s_end -= 1
        if not self.text[s_start:phrase_start].strip():      # "according to" opens the sentence
            phrase_end = self.relative_after_source(speaker.end, s_end) or phrase_end
        before = self.text[s_start:phrase_start]
        after = self.text[phrase_end:s_end]
        # "according to X" takes its clause bare: after "said, according to a transcript, that ..." the clause is
        # the cue's, and the phrase an aside before it. With no cue before it to own the clause ("It is likely,
        # according to economists, that ...") the clause is X's, as without the commas.
        k = self.token_range(phrase_end, s_end).start
        while k < sent.end and (self.doc[k].is_punct or self.doc[k].is_space):
            k += 1
        if k + 1 < sent.end and self.doc[k].lower_ == "that" and self.doc[k].dep_ == "mark" \
                and self._owned_by_earlier_cue(tok.idx, self.doc[k + 1].idx):
            return
        if len(after.split()) >= 3 and len(before.split()) < 3:
            content, text = (phrase_end, s_end), None
        elif len(before.split()) >= 3 and len(after.split()) < 3:
            content, text = (s_start, phrase_start), None
        elif len(before.split()) >= 3:
            content = (s_start, s_end)
            text = before.strip().rstrip(",") + " " + after.strip().lstrip(",").strip()
            parts = [(s_start, phrase_start), (phrase_end, s_end)]
        else:
            return
        if text is None:
            content = (content[0], self.author_tail(*content))
            parts = [content]
        partial = any(content[0] <= q.start < content[1] for q in self.quotes)
        claim = self.add(kind="mixed" if partial else "indirect", rule="according_to", speaker=speaker,
                         cue=tok, content=content, content_text=text, parts=parts)
        if claim is None:                       # too short a content once trimmed: no claim was added
            return
        claim["cue"] = "according to"
        claim["cue_lemma"] = "according to"
        claim["cue_span"] = [tok.idx, to.idx + len(to.text)]

    def _owned_by_earlier_cue(self, before: int, at: int) -> bool:
        """Whether a claim already made, by a cue before character ``before``, has content reaching over ``at``:
        the cues come in text order, so one before an "according to" has made its claim when the phrase is read."""
        return any(c["cue_span"] is not None and c["cue_span"][0] < before
                   and c["content_span"][0] <= at < c["content_span"][1] for c in self.claims)

    def relative_after_source(self, source_end: int, s_end: int) -> int | None:
        """ "According to Dr Ncube, who led the survey, at least 40% ...", "according to the audit, a copy of which
        was seen by the paper, ...": a relative clause set off in commas after the source describes the source and
        is no part of the content, wherever the parser hung it. The clause opens on its relative pronoun (or
        "N of which/whom") and closes on the first comma token after its verb, so a comma inside it ("who, like
        many, was surprised,") or inside a number ("12,500") does not end it. The end of that comma, or None."""
        gap = self.text[source_end:s_end]
        if not gap.lstrip().startswith(","):
            return None
        first = self.doc.char_span(source_end + gap.index(","), source_end + gap.index(",") + 1)
        if first is None or first.end >= len(self.doc):
            return None
        opening = first.end
        pronoun = next((t for t in self.doc[opening:opening + 4]
                        if t.lower_ in _RELATIVE and (t.i == opening or self.doc[t.i - 1].lower_ == "of")), None)
        if pronoun is None or (pronoun.i > opening and any(t.is_punct for t in self.doc[opening:pronoun.i])):
            return None
        verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        closing = next((t for t in self.doc[verb.i + 1:] if t.text == "," and t.idx < s_end), None) \
            if verb is not None and verb.i > pronoun.i else None
        if closing is None or len(self.text[closing.idx + 1:s_end].split()) < 3:
            return None
        return closing.idx + 1


# the pronouns that open a relative clause on a noun ("what" opens a clause of its own: "what matters most, ...");
# set off in commas, so never "that", and "whose" too ("the agency, whose figures ..., said")
_RELATIVE = lexicon.RELATIVE_PRONOUNS - {"that"} | {"whose"}


def _own_that(clause: Token) -> Token | None:
    """The "that" that opens ``clause`` as its complementiser, if any: the clause starts after it, whatever the
    parser hung on the clause before it (an aside between a cue and its clause)."""
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < clause.i), None)


def _that_after_aside(verb: Token, clause: Token) -> Token | None:
    """``clause``'s own "that" when only an aside naming the source stands between it and ``verb``."""
    that = _own_that(clause)
    return that if that is not None and _source_aside(verb, that) else None


def _misread_that(clause: Token) -> bool:
    """ "said in an editorial that the senator should resign": the parser may read the reported clause as a relative
    one on the piece it was said in, its "that" as the pronoun. A clause with a subject of its own is reported, unless
    its verb makes the piece ("an interview that she gave to the BBC"), "that" is its subject ("a statement that
    was posted online") or it says where the piece came from and marks a clause with a "that" of its own ("a letter
    that Reuters has seen that ..."), which is the one reported."""
    that = clause.left_edge
    return clause.dep_ == "relcl" and that.lower_ == "that" and that.i == clause.head.i + 1 \
        and clause.head.lemma_.lower() in _SAID_IN and clause.lemma_.lower() not in _PIECE_VERBS \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children) \
        and _said_under_source(clause) is None


def _said_under_source(clause: Token) -> Token | None:
    """ "said in a letter that Reuters has seen that the plan was final": a relative clause on the piece said in whose
    verb gets, sees or makes it tells where the piece came from; the clause it marks with its own "that" is the one
    said. Under any other verb ("a letter that members expected that the strike would go ahead") the reported
    clause is the relative one whole, a belief the speaker reports and not its own."""
    if clause.dep_ != "relcl" or clause.i < clause.head.i or clause.head.lemma_.lower() not in _SAID_IN \
            or clause.lemma_.lower() not in _PIECE_SOURCE_VERBS:
        return None
    return next((c for c in clause.children if c.dep_ == "ccomp" and _own_that(c) is not None), None)


def _source_aside(verb: Token, that: Token) -> bool:
    """Whether the words set off in commas between ``verb`` and its clause's ``that`` are one aside naming where the
    report came from ("reported Monday, citing government sources, that"; "said, in a statement, that"), not a
    condition, a hedge or a clause of its own ("promised, if elected, that"; "said nothing, though the union
    claimed, citing a memo, that")."""
    doc = verb.doc
    if that.i < 2 or doc[that.i - 1].text != ",":
        return False
    comma = next((t for t in doc[verb.i + 1:that.i - 1] if t.text == ","), None)
    if comma is None:
        return False
    aside = doc[comma.i + 1:that.i - 1]
    if not len(aside) or any(t.dep_ != "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                             for t in aside):
        return False                          # "though the union claimed": a clause with its own subject
    first = aside[0]
    if first.tag_ == "VBG" and first.lemma_.lower() in _SOURCE_PARTICIPLES:
        return True
    if first.lower_ == "according" and len(aside) > 1 and aside[1].lower_ == "to":
        return True
    objects = [c for c in first.children if c.dep_ == "pobj"] if first.pos_ == "ADP" else []
    return any(o.lemma_.lower() in _SOURCE_NOUNS for o in objects) \
        or first.lower_ == "on" and any(t.lower_ == "anonymity" for t in aside)


def _last_word(edge: Token, floor: Token) -> Token:
    """``edge`` stepped back over trailing punctuation and spaces, never before ``floor``."""
    while edge.i > floor.i and (edge.is_punct or edge.is_space):
        edge = edge.doc[edge.i - 1]
    return edge


def _judged_edge(judged: Token) -> Token:
    """The last word of what the object is judged to be, whole: a range the small model hangs on the verb ("the
    largest in a decade", "worse than expected") and a second predicate after a comma ("too little, too late").
    A relative clause on it ("an empty gesture, which Gale denied") is someone's word on the judgement, not part
    of it; the judged phrase ends before it."""
    rel = next((c for c in judged.children if c.i > judged.i and c.dep_ == "relcl"), None)
    if rel is not None:
        return judged.doc[rel.left_edge.i - 1]
    edge = judged.right_edge
    for c in sorted((c for c in judged.head.children if c.i > edge.i and not c.is_punct), key=lambda c: c.i):
        gap = [t.text for t in judged.doc[edge.i + 1:c.left_edge.i]]
        ranged = c.dep_ == "prep" and not gap and judged.tag_ in ("JJS", "JJR", "RBS", "RBR")
        # "illegal, a claim the union denied" is a remark on the judgement, someone else's; "too late" is more of it
        second = gap == [","] and c.dep_ in ("conj", "advmod", "oprd", "acomp") and c.pos_ in ("ADJ", "ADV") \
            and (c.pos_ == judged.pos_ or any(True for _ in c.children))
        if not (ranged or second):
            break
        edge = c.right_edge
    return edge


def _withheld(verb: Token) -> bool:
    """ "did not call the plan a failure", "refused to call it a crisis": a judgement denied or kept back is
    none of the speaker's ("did not refuse to call it" gives it)."""
    return any(c.dep_ == "neg" for c in verb.children) or _under_withholding(verb)


def _unsaid(verb: Token) -> bool:
    """ "Asked whether the mine would close, the owner would not say.": a negated cue after the clause it would
    report gives no words for it (the negation cannot go into a content before it); the clause is what went
    unanswered. Only a negation before the verb withholds: the parser hangs the "not" of "..., police said, not an
    accident" on the cue. A denial or ruling-out denied ("did not dispute", "would not rule out") lets the clause
    stand."""
    lemma = verb.lemma_.lower()
    if lemma in DENIAL or lemma == "rule" and lexicon.with_particle(verb, "out"):
        return False
    return any(c.dep_ == "neg" and c.i < verb.i for c in verb.children)


def _negative(subj: Token) -> bool:
    """ "Nobody would call the result a surprise", "no analyst", "neither union": a subject that is no one holds no
    opinion."""
    return subj.lower_ in lexicon.NEGATIVE_PRONOUNS or any(
        c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in subj.children)


def _in_summing_phrase(verb: Token, subj: Token | None) -> bool:
    """ "..., a claim it repeated on Tuesday", "..., a step fans had long feared": a speech verb in a relative
    clause on a phrase that sums up a reported clause (``lexicon.SUMMING_NOUNS`` after ", a") tells what became
    of that phrase; it is no cue of the clause before, which an earlier cue reports. The parser hangs the relative
    clause on the summing noun or takes the noun for a compound of the clause's subject, which "a" before a plural
    or a pronoun gives away. A verb with a clause of its own after it ("a figure the Red Cross said was far too
    low") reports that clause."""
    if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False
    if verb.dep_ == "relcl":
        noun, phrase = verb.head, verb.head
    elif subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.pos_ == "PRON"):
        noun, phrase = next((w for w in subj.lefts if w.dep_ == "compound" and w.tag_ == "NN"), None), subj
    else:
        return False
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.SUMMING_NOUNS:
        return False
    det = next((w for w in phrase.lefts if w.dep_ == "det"), None)
    if det is None or not _set_off_by_comma(det):
        return False
    # With no earlier cue of the clause before the comma, the phrase's verb makes it known ("The plant will close,
    # a decision the company announced"; "Residents said they were worried, and the school will close in July, a
    # decision the council announced": "said" reports another clause), so it stays that clause's cue. A name
    # given ("called the walkout illegal, a claim the union denied") reports no clause: the phrase's verb stays.
    before = verb.doc[det.i - 2]
    return any(t.lemma_.lower() in lexicon.REPORTING_VERBS and t.lemma_.lower() not in lexicon.CHARACTERISE_CUES
               and t.pos_ in ("VERB", "AUX") and _reports(t, before) for t in verb.doc[verb.sent.start:det.i])


def _reports(cue: Token, word: Token) -> bool:
    """Whether ``word`` ends what ``cue`` reports: it lies in the cue's clause ("“...,” the chief executive said")
    or inside its complement or a conjunct of it ("said the vaccine was safe and the rollout would go on")."""
    if lexicon.clause_verb(word).i == cue.i:
        return True
    return any(part.left_edge.i <= word.i <= part.right_edge.i
               for comp in cue.children if comp.dep_ == "ccomp" for part in (comp, *comp.conjuncts))


def _compound_head(tok: Token) -> Token:
    """The noun a compound word modifies, however many follow: "Ingrid" of "Ingrid Solheim" is "Solheim"."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _source_named(t: Token) -> bool:
    """ "would need to sell off CNN, according to several reports Wednesday": where the author found the words,
    set after them, is no part of them."""
    return t.lower_ == "according" and t.dep_ == "prep" and any(c.lower_ == "to" for c in t.children) \
        and (t.doc[t.i - 1].text == "," or t.doc[t.i - 1].tag_ == "''")


def _subjects_first(verb: Token) -> list[Token]:
    """The verb's children, its subject nearest first when an opening participle's phrase precedes two: in "Asked
    by the chair, Yvonne Tate, whether ..., its former head, Victor Mensah, said" the parser hangs the asker's
    name on "said" as a second subject."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    opening = next((c for c in children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG") and c.i < verb.i), None)
    if len(subjects) < 2 or opening is None or opening.i > subjects[0].i:
        return children
    return sorted(children, key=lambda c: -c.i if c in subjects else 0)


def _set_off_participle(verb: Token) -> bool:
    """A participle clause after a comma ("..., saying ...") has no subject of its own before the comma: whoever
    does the verb it hangs on does it (the parser hangs it as an adverbial clause or, before a clause of its own,
    as the verb's complement)."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "ccomp") and verb.head.i < verb.i and verb.i > 0 \
        and verb.doc[verb.i - 1].text == ","


def _with_absolute(noun: Token) -> bool:
    """ "with opposition parties and independent observers claiming widespread fraud": the noun (or a conjunct of
    it) is the object of "with", whose participle tells what that noun does, not what the noun is."""
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "with"


def _named_person(speaker: Speaker) -> bool:
    """ "Tony Hall has indicated the corporation will ...": a named person who indicates or finds something
    tells it; only data and documents indicate or show without telling."""
    return speaker.type == "PERSON" and speaker.resolved is not None


def speech_noun_clause(verb: Token) -> Token | None:
    """The that-clause of "expressed hope that ...", "raised concerns that ...", or None."""
    if verb.lemma_.lower() not in lexicon.LIGHT_SPEECH_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.SPEECH_NOUNS):
        for clause in obj.children:
            if clause.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                               for m in clause.children):
                return clause
    return None


# What a speech noun is about: "expressed concern over the delay", "raised doubts about the plan". Not "at":
# "expressed concern at the meeting" tells where as often as what.
_TOPIC_PREPS = frozenset({"over", "about"})
# what words go over rather than what they are about: "expressed their anger over the phone"
_CHANNELS = frozenset({"phone", "telephone", "radio", "loudspeaker", "tannoy", "intercom", "airwaves"})


def _infinitival(verb: Token) -> bool:
    """ "urged the minister to raise ...", "want the council to raise ...": an infinitive, however the parser hangs
    it (an xcomp, or a ccomp, advcl or acl with its own "to"), tells of words wanted, not said."""
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _dated_to_a_year(verb: Token) -> bool:
    """ "raised concerns in the 1970s about ...", "voiced doubts in 2019 over ...": a stance dated to a year is the
    story's background, not its news; a day ("on Tuesday") is the story's own."""
    return any(looks_like_year(t.text.removesuffix("s")) for c in verb.children if c.dep_ == "prep"
               for t in c.subtree)


def speech_noun_prep(verb: Token) -> Token | None:
    """The "over" or "about" of "expressed concern over ...", "raised doubts about ...": Indian and wire copy report
    a body's or an official's stance by a light verb and a speech noun with its topic, no clause. A time ("expressed
    concern over the weekend") or a channel is no topic, and a concern not voiced yet ("will raise concerns
    about", "is expected to raise"), wanted or asked of someone in any infinitive ("want the council to raise their
    concerns about"), or not voiced at all is none."""
    if verb.lemma_.lower() not in lexicon.LIGHT_SPEECH_VERBS or _infinitival(verb) \
            or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children) or _dated_to_a_year(verb):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.SPEECH_NOUNS):
        for prep in (c for c in (*obj.children, *verb.children) if c.dep_ == "prep" and c.i > obj.i
                     and c.lower_ in _TOPIC_PREPS):
            topic = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if topic is not None and topic.ent_type_ not in ("DATE", "TIME") \
                    and topic.lemma_.lower() not in _CHANNELS:
                return prep
    return None


# adverbs of manner that do not end in "-ly": "put it best", "put it better than anyone"
_MANNERS = frozenset({"best", "better", "well"})
# When or where the words were put, after their manner: "put it bluntly on Tuesday:", "in Parliament", "to
# reporters", "in an interview", "after the match"; a thing's place ("put it carefully on the shelf") is no such phrase
_SAID_AT = frozenset({"on", "in", "at", "during", "to", "after"})
_OCCASIONS = frozenset({"rally", "meeting", "conference", "summit", "debate", "session", "match", "game", "race",
                        "event", "podcast", "programme", "program", "show", "broadcast", "website", "blog"})
_SETTING_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "EVENT", "PERSON", "NORP"})
# "as Thomas Keneally found out", "as the tests show": an "as" clause of these tells what someone came to know or
# what a thing shows, not words anyone said
_LIVED_AS = frozenset({"find", "show"})
# Whom an "as" clause tells: ``_TOLD_NOUNS`` ("As she told the drug trial, ..." is hers) and the audiences of a star
# or a broadcaster ("as she told fans").
_AUDIENCES = _TOLD_NOUNS | {
    "fan", "follower", "audience", "crowd", "listener", "viewer", "reader", "mp", "parent", "assembly", "family"}
# "As critics had warned, the scheme ran over budget", "as the chancellor promised, duty was frozen": an "as" clause
# of a verb that foretells, before a past outcome, is the author's report that it came true, not the words foretold
_FORETOLD_AS = frozenset({"warn", "predict", "forecast", "promise", "pledge", "vow"})
# "Just as Ms Reeves said, the economy grew": an echo the author draws, not an attribution
_ECHOES = frozenset({"just", "exactly", "precisely"})
# what "puts it" for no one in particular: "as the saying goes", "as the old adage puts it", "as the song puts it"
_SAYINGS = frozenset({"saying", "adage", "proverb", "maxim", "motto", "slogan", "cliché", "cliche", "phrase",
                      "expression", "idiom", "joke", "song", "hymn", "poem", "lyric", "line", "verse", "rhyme"})


def puts_into_words(verb: Token) -> int | None:
    """The colon after "put it bluntly", "put it another way", "put it this way", or None. The idiom reports
    how the subject said what follows the colon; a place, particle, figure or other object makes it an act
    ("put it on the agenda:", "put it up for sale:", "put it at 40,000:", "put the phone down:")."""
    # "The minister, who put it bluntly: the talks are over, left ...": in a relative clause the colon's sentence
    # runs on into the main clause, and none of it is the words
    if verb.lemma_.lower() != "put" or verb.pos_ != "VERB" or verb.dep_ == "relcl":
        return None
    i = _put_it_end(verb)
    # "told residents to stay put" or "... put it bluntly" at the end of a headline or feed summary has no
    # colon after it, and no token there to read
    if i is None or i <= verb.i + 2 or i >= verb.sent.end:
        return None
    # the manner comes first ("more bluntly on Tuesday:"): "put it on Tuesday:" may be a thing put somewhere
    first = verb.doc[verb.i + 2]
    return i if (_manner_word(first) or _manner_word(first.head)) and verb.doc[i].text == ":" else None


def puts_it_as(verb: Token) -> int | None:
    """ "As the mayor put it, the city cannot ...", "..., as one trader put it on Tuesday.": the comma that sets the
    "as" clause of "put it" off the clause it reports, or None. The idiom needs no manner here ("as X put it"), but
    an object or a place makes it an act again ("as the farmer put it up for sale, ...")."""
    if verb.lemma_.lower() != "put" or _as_clause_source(verb) is None:
        return None
    end = _put_it_end(verb)
    return None if end is None else _comma_beside_as(verb, end)


def says_as(verb: Token) -> int | None:
    """ "As the governor pointed out, the state has lost ...", "..., as Smith noted on Monday.": an "as" clause of a
    reporting verb that says nothing of its own (no object, no clause) points at the clause it opens or closes as
    what was said; the comma that sets it off, or None. "As the minister said he would", "as the chairman said
    goodbye", "as noted above" and "as I said" are no such clause."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.SPEECH_CUES or lemma in _LIVED_AS:
        return None
    subj = _as_clause_source(verb)
    if subj is None or subj.lower_ in lexicon.FIRST_SECOND_PERSON \
            or any(c.dep_ == "neg" for c in verb.children) or _echo_or_outcome(verb, lemma):
        return None
    # the parser may hang the comma that sets the clause off on its verb, and a phrase of the clause after it
    # ("as Stanley points out, rather than clarify the music, the photos ..."): the clause ends at that comma
    comma = next((c.i for c in verb.children if c.i > verb.i and c.text == ","), len(verb.doc))
    after = [c for c in verb.children if verb.i < c.i < comma and not c.is_punct]
    if any(not _said_when_or_where(c) and not _whom_told(verb, c) and c.dep_ != "advmod"
           and not (c.dep_ == "prt" and c.lower_ == "out" and lemma == "point") for c in after):
        return None
    return _comma_beside_as(verb, max([c.right_edge.i for c in after], default=verb.i) + 1)


def _echo_or_outcome(verb: Token, lemma: str) -> bool:
    """ "Just as the union warned, ...", "As critics had warned, the scheme ran £300m over budget", "As the minister
    said in 2019, the railway was meant to open": the author echoing words or recalling them as background to what
    came of them. A warning before what will happen ("members will strike") or has happened since ("cholera cases
    have doubled"), and words of a day ("said on Tuesday"), are still the source's."""
    mark = next(c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as")
    if any(c.dep_ == "advmod" and c.lower_ in _ECHOES for c in (*verb.children, *mark.children)):
        return True
    outcome = verb.head
    past = outcome.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in outcome.children)
    return past and (lemma in _FORETOLD_AS or any(_names_a_year(c) for c in verb.children))


def _names_a_year(c: Token) -> bool:
    """ "in 2019", "last year", "years ago": when the words were said, as a year rather than a day."""
    date = c if c.dep_ == "npadvmod" else next((g for g in c.children if g.dep_ == "pobj"), None) \
        if c.dep_ == "prep" else None
    return date is not None and date.ent_type_ == "DATE" \
        and any(t.lemma_.lower() == "year" or looks_like_year(t.text) for t in date.subtree)


def _as_clause_source(verb: Token) -> Token | None:
    """The subject of an "as" clause that can be a source ("As the mayor put it", "as Smith noted"), or None."""
    if verb.pos_ != "VERB" or verb.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return None
    # "as my grandmother would have put it", "as one might put it": words imagined for someone, said by no one
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None if subj is None or subj.i > verb.i or _saying_not_a_source(subj) else subj


def _whom_told(verb: Token, c: Token) -> bool:
    """ "As she told reporters", "as he told the BBC": the object of a telling verb that is its audience (a person,
    a body, an audience's noun); "as he told the story" tells a thing."""
    return verb.lemma_.lower() in lexicon.ADDRESSEE_CUES and c.dep_ in ("dobj", "dative") \
        and (c.ent_type_ in ("PERSON", "ORG", "NORP") or _audience(c) or c.lower_ in ("him", "her", "them"))


def _audience(tok: Token) -> bool:
    """``tok`` names an audience ("fans", "MPs", "the committee")."""
    # the small model's lemma of "MPs" is "MPs", so the plural is folded; the lemma is asked as it is too, for an
    # audience whose own name ends in "s" ("witness", "princess")
    lemma = tok.lemma_.lower()
    return bool({lemma, lemma.removesuffix("s")} & _AUDIENCES)


def _comma_beside_as(verb: Token, end: int) -> int | None:
    """The comma after an "as" clause ending before token ``end`` that opens its sentence (after a lone "And" or
    "But"), or before one that closes it; None when the clause stands anywhere else."""
    first, sent = verb.left_edge, verb.sent
    lead = verb.doc[sent.start:first.i]
    opens = all(t.dep_ == "cc" or t.is_punct for t in lead) and len(lead) <= 2
    if opens and end < sent.end and verb.doc[end].text == ",":
        return end
    last = verb.doc[sent.end - 1]
    closes = end == sent.end or end == last.i and last.is_punct
    return first.i - 1 if closes and first.i > sent.start and verb.doc[first.i - 1].text == "," else None


def _saying_not_a_source(subj: Token) -> bool:
    """ "As the old adage puts it", "as the song puts it", "as they put it in Yorkshire", "as you might put it": a
    saying, a work or everyone puts it so, and the clause is the author's, not a source's."""
    if subj.lemma_.lower() in _SAYINGS or subj.lower_ in ("you", "one"):
        return True
    # generic "they" is the people of a place ("as they put it in Yorkshire"), not a group named before
    return subj.lower_ == "they" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")
                                                      for g in c.children)
        for c in subj.head.children)


def _put_it_end(verb: Token) -> int | None:
    """The token after "put it" and its manner, time and place, when nothing else follows the verb, or None."""
    settings = [c for c in verb.children if c.i > verb.i and _said_when_or_where(c)]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "prt", "prep", "xcomp", "ccomp", "oprd")
               and c not in settings]
    if len(objects) != 1 or objects[0].dep_ != "dobj" or objects[0].lower_ != "it" or objects[0].i != verb.i + 1:
        return None
    # only the manner, and when, where or to whom the words were put (``settings``), may stand between "it" and the
    # colon or comma ("more bluntly", "best", "another way", "on Tuesday"); a place or direction ("put it back
    # together:", "put it there:") makes it an act again
    after = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i > verb.i and c not in settings]
    if not all(c.lemma_.lower() == "way" if c.dep_ == "npadvmod" else _manner_word(c) for c in after):
        return None
    # "Nobody put it better than the coach:": a comparison names someone else, whose words these are
    if any(g.dep_ == "prep" for c in after for g in c.children):
        return None
    manner = {t.i for c in after + settings for t in c.subtree}
    i = verb.i + 2
    while i < verb.sent.end and i in manner:
        i += 1
    return i


def _manner_word(tok: Token) -> bool:
    return tok.lower_.endswith("ly") or tok.lower_ in _MANNERS or tok.lemma_.lower() == "way" \
        or tok.head.lemma_.lower() == "way" and tok.head.dep_ == "npadvmod"


# where, to whom or at what words were said ("in an interview", "to reporters", "at the rally"); any trial is a
# setting, a race's or a test's as a court's ("said at the time trial"): not ``_hearing_body``, which asks who hears
# evidence
_SETTING_NOUNS = _SAID_IN | _TOLD_NOUNS | _OCCASIONS


def _said_when_or_where(c: Token) -> bool:
    """ "on Tuesday", "yesterday", "in Parliament", "to reporters", "in an interview": when, where or to whom."""
    if c.dep_ == "npadvmod":
        return c.ent_type_ in ("DATE", "TIME")
    if c.dep_ != "prep" or c.lower_ not in _SAID_AT:
        return False
    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
    return obj is not None and (obj.ent_type_ in _SETTING_ENTS
                                or obj.lemma_.lower() in _SETTING_NOUNS
                                or c.lower_ == "to" and _audience(obj))


def _blamed(verb: Token, obj: Token) -> bool:
    """The object of a verb of blame is an act, a plan or words (``lexicon.BLAMED_NOUNS``). A verb that also means
    making a sound ("The DJ blasted the announcement over the speakers", "Police blasted the warning from
    loudspeakers") takes only an act, a plan or a claim (``lexicon.BLASTED_NOUNS``), and nothing sent out from an
    instrument or a place of sound."""
    lemma = obj.lemma_.lower()
    if verb.lemma_.lower() not in lexicon.SOUND_BLAME_CUES:
        return lemma in lexicon.BLAMED_NOUNS
    return lemma in lexicon.BLASTED_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ in _SOUNDED_FROM and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _SOUND_SOURCES for g in c.children)
        for c in (*verb.children, *obj.children))


# "blasted ... from loudspeakers", "over the speakers", "through a megaphone": where a sound is sent from
_SOUNDED_FROM = frozenset({"from", "over", "through"})
_SOUND_SOURCES = _CHANNELS | {"speaker", "megaphone", "bullhorn", "amplifier", "stereo", "rooftop", "minaret", "van",
                              "system", "horn"}


def _object_reach(verb: Token, obj: Token) -> Token | None:
    """The last word of a cue's object content: the object and the phrases on the verb after it ("accused the
    government of hiding ...", not "... following the fight"); None for a bare object of two words ("confirmed the
    report"), which says too little to be a claim."""
    end = obj.right_edge
    for c in verb.children:
        if c.dep_ == "prep" and c.i > obj.i and c.lower_ not in _TEMPORAL | _CONCESSIVE:
            end = max(end, c.right_edge, key=lambda t: t.i)
    big = obj.right_edge.i - obj.left_edge.i >= 2 or any(t.like_num for t in obj.subtree)
    return end if big or end.i != obj.right_edge.i else None


def speech_prep(verb: Token) -> Token | None:
    """The preposition of "warned of", "called for", "appealed for", right after the verb, or of "expressed concern
    over" (``speech_noun_prep``), or None."""
    preps = lexicon.PREP_CUES.get(verb.lemma_.lower())
    if not preps:
        return speech_noun_prep(verb)
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i <= verb.i + 2
                 and any(g.dep_ == "pobj" for g in c.children)), None)


def directs(verb: Token) -> bool:
    """ "directed the officials to complete ...": a directive verb with its addressee and an infinitive. Only
    one who can be told is addressed; "directed funds to flow to the provinces" moves money and tells no one."""
    if verb.lemma_.lower() not in lexicon.DIRECTIVE_CUES:
        return False
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return infinitive is not None \
        and any(c.dep_ == "dobj" and _addressable(c, infinitive) for c in verb.children)


def _verb_in_noun_run(obj: Token) -> bool:
    """ "said the drug cut hospital admissions", "said the policy cost taxpayers millions": a past tense spelt as
    its base and also a noun ("cut", "cost", "hit") may be tagged as a noun, and the clause becomes a run of
    common nouns. A run of three common nouns before the object's head, one of them such a verb, is a subject,
    its verb and the verb's object; a run without one is a thing said ("the school assembly morning prayer")."""
    run = [c for c in obj.subtree if c.i < obj.i and c.dep_ == "compound" and c.pos_ == "NOUN"]
    return len(run) >= 3 and any(c.lower_ in _BASE_FORM_PASTS for c in run)


def _addressable(tok: Token, infinitive: Token) -> bool:
    """A person, a body, a post or a place: any name but an amount's or a time's, a pronoun, a noun that names
    people or a body. Any other noun is addressed only when told to do something to something ("the crew to
    abandon the ship"); what is sent ("funds to flow", "water to be released") does nothing to anything."""
    if tok.ent_type_ and tok.ent_type_ not in _AMOUNT_ENTS or tok.pos_ in ("PROPN", "PRON") \
            or names_people(tok) or tok.lemma_.lower() in _ADDRESSEE_NOUNS:
        return True
    return tok.pos_ == "NOUN" and not any(c.dep_ == "auxpass" for c in infinitive.children) \
        and any(c.dep_ == "dobj" for c in infinitive.children)


def own_speech_act(t: Token, cue: Token) -> bool:
    """A reporting verb the parser hung inside another cue's clause that is a speech act of its own:
    ", adding that ...", "... and accused his rival of ...", "... but a spokesman said ...", "..., days
    after North Korea claimed ...". Its content is its own claim, not the end of the first one. A verb
    with its own subject speaks for that subject; one without a subject is coordinated with the cue
    when it has the cue's tense (the parser often hangs it on the nearer clause), or when it adds a clause
    of its own ("says she won't apologise ... and added she was 'delighted'"): adding is how a speaker goes
    on, in whatever tense the copy switches to, or when it refuses ("but would not say when")."""
    if t.dep_ not in ("advcl", "conj") or t.pos_ != "VERB" or t.lemma_.lower() not in lexicon.REPORTING_VERBS \
            or _misread_finite(t):
        return False
    if t.tag_ == "VBG":
        return True
    if any(c.dep_ == "nsubj" for c in t.children):
        return t.tag_ in ("VBD", "VBZ", "VBP")
    adds = t.lemma_.lower() == "add" and any(c.dep_ == "ccomp" for c in t.children)
    # "said 200 homes were flooded but would not say when ...": a refusal to disclose, in whatever tense, is the
    # speaker's next act, not more of what was said ("said the children ... would not tell teachers" is); a
    # clause before its cue is not coordinated with it
    refuses = _unsaid(t) and t.lemma_.lower() in _DISCLOSURE_VERBS
    return t.dep_ == "conj" and (_tense(t) == _tense(cue) or adds or refuses) and t.i > cue.i


def _clause_read_as_subject(verb: Token) -> bool:
    """A participle after a comma that the parser made the subject of a finite verb after it, where a main
    clause comes before the comma (the finite verb is joined to one before the participle): "For Ms Lane,
    arguing the case in court was the hardest part" opens its sentence with a real gerund subject."""
    return verb.dep_ == "csubj" and verb.tag_ == "VBG" and verb.head.i > verb.i and verb.i > 0 \
        and verb.doc[verb.i - 1].text == "," and verb.head.dep_ in ("conj", "advcl") and verb.head.head.i < verb.i


def _quantifier_read_as_modifier(tok: Token) -> bool:
    """ "few", "most", "some" hung on a joined verb as its modifier are its subject; a date there ("and
    yesterday said", "and last month announced") only says when, and the subject is the first clause's."""
    if tok.ent_type_ in ("DATE", "TIME") or any(c.dep_ in ("det", "amod", "nummod", "compound") for c in tok.children):
        return False
    return tok.dep_ in ("amod", "npadvmod", "dep") and tok.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "DET") \
        or tok.dep_ == "advmod" and tok.tag_ in ("JJS", "RBS")


def _subject_after_subordinator(verb: Token) -> Token | None:
    """ "launched an investigation after a member of the public reported that ...": the small model reads the
    subordinator as a preposition, its clause's subject as that preposition's object and the clause's verb as
    a second verb of the main subject's or a clause with none. A finite verb with no subject right after such
    an object is the object's own."""
    # a bare participle there ("after a passer-by reported") is the past tense misread
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.dep_ not in ("conj", "advcl") or not finite or verb.i == 0 \
            or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    node = verb.doc[verb.i - 1]
    while node.head.i != node.i and node.head.i < verb.i:
        if node.dep_ == "pobj" and node.head.lower_ in _SUBORDINATORS and node.right_edge.i == verb.i - 1:
            return node
        node = node.head
    return None


def _no_telling(verb: Token, subj: Token) -> bool:
    """ "You might think it is obvious", "when somebody is saying the opposite of what they mean": a telling put
    to the reader, as a mere possibility ("might argue", not "might have said", a possible past telling), or as a
    general case (a present-tense cue of anyone at all in a "when" or "if" clause) reports nothing anyone said.
    A past cue in such a clause ("when he said ...") is an event, and a named speaker's habit ("when the minister
    says ...") tells what that speaker says: both are kept. "May" and "could" tell real events too ("could
    confirm that", "may insist X, but"), so only "might" makes a possibility."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if subj.lower_ == "you" or "might" in auxes and "have" not in auxes:
        return True
    if verb.dep_ != "advcl" or not _anyone(subj) or not any(c.dep_ in ("mark", "advmod")
                                                           and c.lower_ in _GENERAL_CASE for c in verb.children):
        return False
    return _tense(verb) in ("VBZ", "VBP")


def _anyone(subj: Token) -> bool:
    """ "someone", "people", "a minister", "any official": a subject that stands for whoever fills the case."""
    if subj.lower_ in _ANYONE:
        return True
    return any(c.dep_ == "det" and c.lower_ in _ANY_DETERMINERS for c in subj.children)


# Clause marks of a general case rather than an event: "when someone says ...", "if a minister claims ...".
_GENERAL_CASE = frozenset({"when", "whenever", "if"})
# Subjects and determiners of whoever fills a general case.
_ANYONE = frozenset({"someone", "somebody", "anyone", "anybody", "one", "people"})
_ANY_DETERMINERS = frozenset({"a", "an", "any"})


def _participle_read_for_verb(verb: Token) -> bool:
    """ "Eskom, the state power utility, announced on Thursday that ...": after a name and its apposition the
    parser may read the cue as a participle on the name and leave the sentence no verb but that noun. A
    participle with a that-clause of its own, on a root noun with an apposition, is the sentence's verb; on a
    noun inside a sentence with a verb ("The report, published on Thursday, found that ...") it is not, nor on a
    headline's bare noun ("Patients informed on Tuesday that ..."), which is told, not telling. Asked only of a
    VBN that the acl branch of ``subject_of`` has already found hung on a noun before it."""
    head = verb.head
    return head.dep_ == "ROOT" and any(c.dep_ == "appos" for c in head.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in verb.children)


def _misread_finite(verb: Token) -> bool:
    """ "advised against making a statement about the principal and accused child abuser Malka Leifer": a
    subjectless verb tagged finite but coordinated with a gerund or an infinitive is not finite; here it is
    the participle of a title before a name, and no speech act of its own."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or verb.head.tag_ not in ("VBG", "VB") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "PROPN" and obj.left_edge.i == verb.i + 1 and obj.left_edge.pos_ == "NOUN"


_FINITE_DEPS = ("aux", "auxpass")


def _tense(verb: Token, aux_deps: tuple[str, ...] = ("aux",)) -> str:
    """The tag of the verb's finite word: "has admitted ... and claims" coordinates two present tenses,
    though the participle's own tag differs from "claims". With ``auxpass`` among ``aux_deps``, a passive's
    auxiliary too ("was proposed" is in the past)."""
    aux = next((c for c in verb.children if c.dep_ in aux_deps and c.tag_ in ("VBD", "VBZ", "VBP")), None)
    return aux.tag_ if aux is not None else verb.tag_


def _opens_with_wh(clause: Token) -> bool:
    """ "explains why he doesn't care", "described how the fire spread": a clause that opens with its own wh-word
    is an embedded question, what is explained or asked about, not a proposition someone states. A wh-word
    deeper in the clause ("said what he wanted was peace") leaves it a statement, and so does "that", which the
    tagger may call a wh-determiner where it is the clause's complementiser."""
    first = clause.left_edge
    return first.tag_ in ("WRB", "WP", "WDT") and first.lower_ != "that" and first.head.i == clause.i


def _tells_how(lemma: str, verb: Token, clause: Token) -> bool:
    """ "told the court how he had been beaten", "described how the car mounted the pavement": how something
    happened, told by one who recounts it, is that speaker's account; what is asked or wondered stays a question.
    "told reporters how many people had died" asks an amount ("how many", "how long"), and
    "did not explain how" tells an account kept back (as "refused to describe how", which ``from_cue`` drops):
    none of these is told."""
    how = clause.left_edge
    if lemma not in lexicon.ACCOUNT_CUES or how.lower_ != "how":
        return False
    if how.head.i == how.i + 1 and how.head.lower_ in ("many", "much", "long", "far", "often"):
        return False                          # an amount asked; "how quickly", "how badly" tell the account
    return not any(c.dep_ == "neg" for c in verb.children)


def _set_off_by_comma(det: Token) -> bool:
    """Whether ``det`` is an "a/an" right after a comma: a speech verb's object is never set off from it, so the
    phrase is the author's comment on what was said or another name for the speaker. Read off the words, not off
    its noun: "a move" sums the quote up, "a claims adjuster" or "a move-management firm" renames the speaker."""
    doc = det.doc
    return det.lower_ in ("a", "an") and det.i > 0 and doc[det.i - 1].text == ","


def _kept_back(verb: Token) -> bool:
    """ "refused to confirm reports that ...": a cue under refuse, decline, fail or neglect is speech withheld; under
    a negated one ("has never failed to remind voters that ...", "who never neglects to mention ...") it was given,
    and so was what the speaker would not go beyond ("declined to say more than that the talks had been useful")."""
    if [t.lower_ for t in verb.doc[verb.i + 1:verb.i + 3]] == ["more", "than"]:
        return False
    return _under_withholding(verb)


def _under_withholding(verb: Token) -> bool:
    """The complement of refuse, decline, fail or neglect ("refused to confirm", "declined to call it"), unless
    that verb is itself negated ("never failed to", "did not refuse to"): what it governs is then given."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in lexicon.WITHHOLDING_VERBS and not any(
        c.dep_ == "neg" or c.lower_ in ("not", "never", "n't") for c in head.children)


def _is_question(text: str, sent) -> bool:
    """The sentence itself asks ("Is she trying to say ...?", "If ..., what would you call that?").

    A quoted question ("?”") is the turn rules' business, and "X said A, but who pays?" still
    claims A: only a sentence that opens as a question (an auxiliary, a wh-word, "if") asks.
    """
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    opens_as_question = first is not None and (first.pos_ == "AUX" or first.tag_ in ("WDT", "WP", "WP$", "WRB")
                                               or first.lower_ == "if")
    # Its own last mark, not ``turns.is_question``, which reads through a closing quote, the turn rules' business.
    return opens_as_question and text[sent.start_char:sent.end_char].rstrip().endswith("?")


def mistagged_verb(tok: Token) -> bool:
    """ "Analysts at X estimate that ...": tagged a noun, yet the root with a subject and a clause."""
    return tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) \
        and any(c.dep_ in ("ccomp", "advcl") for c in tok.children)
