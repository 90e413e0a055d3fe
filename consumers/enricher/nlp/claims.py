"""Who claims what: attribution rules over one parsed document.

``newsradar_claims`` (after ``newsradar_entities``) writes plain dicts to
``doc._.nr_claims``, one per claim, in text order. Rules, in the order they run:

- ``cue_clause``     reporting verb with a subject and a that-clause: X said (that) ...
- ``cue_quote``      reporting verb next to a quotation, either side:
                     “...,” X said / X said: “...” / “...,” X said, “...” (merged)
- ``cue_object``     X confirmed / announced / denied <object>
- ``cue_inverted``   ..., a report said.  (no that-clause, clause before the cue)
- ``cue_parenthetical`` The strike, X said, will go on.  (the cue in commas inside its clause)
- ``cue_as_put_it``  As X put it (noted, told reporters), ... / ..., as X put it.  (the clause the "as" clause
                     opens or closes)
- ``according_to``   according to X, ...
- ``cue_noun``       X's claim / statement / warning that ...
- ``cue_judgement``  X considered Y lazy / deemed Y unworkable / sees Y as Z (an opinion in a small clause)
- ``floating_quote`` a quote with no cue: the answer to a question just asked
                     (``turns``), else the speaker of the paragraph or the one before it continuing
- ``embedded_post``  a post's text as its own paragraph after "X tweeted", or above its embed
                     signature ("— Name (@handle) March 3, 2024")
- ``transcript_turn`` a paragraph opened by "NAME:", a person the article names or one of two or more
                     labels that take turns, one asking, none a rubric or a place the article names
- ``continued_report`` a sentence right after someone's reported words, with no source of its own, that
                     quotes a clause or is under a reported "would" / "could" / "might": that speaker going on
- ``quoted_reason``  X did Y because <a clause quoting X>: the reason is X's words, no cue needed
- ``assertion``      an unattributed sentence with a number or a named actor's concrete
                     event (speaker_type AUTHOR): selective, never every sentence

Document speakers ("the post read", "a report said") and pronoun speakers ("he
said") come out of the same rules; ``speakers.describe`` types and resolves them.
Everything is one pass over tokens and quotes already found: no second parse.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDX
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, VERB, nsubj, nsubjpass
from spacy.tokens import Doc, Token

from consumers.enricher.nlp import lexicon
from consumers.enricher.nlp.claim_details import NAMED, ClaimDetails
from consumers.enricher.nlp.cues import REPORTING_NOUNS
from consumers.enricher.nlp.cue_rules import (CueRules, directs, mistagged_verb, puts_into_words,
                                              puts_it_as, says_as, speech_noun_clause, speech_prep)
from consumers.enricher.nlp.doc_text import doc_text
from consumers.enricher.nlp.item_form import no_news_form
from consumers.enricher.nlp.narration_rules import NarrationRules
from consumers.enricher.nlp.quote_rules import CONFIDENCE_FLOATING, QuoteRules
from consumers.enricher.nlp.quotes import Quote, find_quotes
from consumers.enricher.nlp.segment import paragraph_ranges
from consumers.enricher.nlp.speakers import PRONOUN_GENDER, Resolver, Speaker
from consumers.enricher.nlp.turns import QUESTION_CUES, Interview, Turn, conversation, parties

CONFIDENCE = {
    "cue_quote": 0.9, "cue_clause": 0.85, "cue_object": 0.7, "cue_inverted": 0.75, "cue_parenthetical": 0.75, "cue_noun": 0.7,
    "cue_judgement": 0.7, "according_to": 0.8, "floating_quote": CONFIDENCE_FLOATING, "embedded_post": 0.65, "assertion": 0.6,
    "continued_report": 0.6, "transcript_turn": 0.8, "quoted_reason": 0.6, "cue_as_put_it": 0.85,
}
_PUNCT_GAP = set(" \t\n,.;:—–-")
_TRAILING_CONJUNCTION = re.compile(r"[\s,;]+(?:and|but|or|while|whereas)$")
# The ids spaCy stores for these strings (a label's symbol, a word's hash), so the scan of every token compares ints
_SUBJECT_DEPS = (nsubj, nsubjpass)
_ACCORDING = get_string_id("according")


class ClaimExtractor(Pipe):
    def __init__(self, nlp: Language, name: str = "newsradar_claims", assertions: bool = True,
                 min_quote_words: int = 4):
        self.name = name
        self.assertions = assertions
        self.min_quote_words = min_quote_words
        if not Doc.has_extension("nr_claims"):
            Doc.set_extension("nr_claims", default=None)

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            doc._.nr_claims = _DocClaims(doc, self.assertions, self.min_quote_words).run()
        except Exception as exc:  # noqa: BLE001 - spaCy's handler decides (raise by default)
            error_handler(self.name, self, [doc], exc)
        return doc


@Language.factory(
    "newsradar_claims",
    default_config={"assertions": True, "min_quote_words": 4},
    assigns=["doc._.nr_claims"],
    requires=["doc._.nr_entities", "token.dep", "token.lemma", "doc.ents"],
)
def make_claim_extractor(nlp: Language, name: str, assertions: bool, min_quote_words: int) -> ClaimExtractor:
    return ClaimExtractor(nlp, name, assertions, min_quote_words)


class _DocClaims(CueRules, QuoteRules, NarrationRules, ClaimDetails):
    """The state of one document's claim extraction.

    The cue rules (``cue_rules``), the quotation rules (``quote_rules``), the rules for posts,
    lead descriptions and author assertions (``narration_rules``) and the per-claim
    details (``claim_details``) are parts of the same state, in modules of their own.
    """

    def __init__(self, doc: Doc, assertions: bool, min_quote_words: int):
        self.doc = doc
        self.text = doc_text(doc)
        self.assertions = assertions
        self.min_quote_words = min_quote_words
        self.no_news_form = no_news_form(doc)
        self.paragraphs = paragraph_ranges(self.text)
        self.para_starts = [p[0] for p in self.paragraphs]
        self.furniture = [tuple(r) for r in (doc._.nr_boilerplate or [])]
        self.quotes = find_quotes(self.text, self.paragraphs)
        self.quote_starts = [q.start for q in self.quotes]
        self.used_quotes: set[int] = set()
        # the words after a quote and the verb of the clause it belongs to (``QuoteRules``): several rules ask of one quote
        self._clauses_after: dict[Quote, list[Token]] = {}
        self._attributions: dict[Quote, Token | None] = {}
        # canonical name per named-entity token, and the mention list for pronouns
        canon: dict[int, tuple[str, str]] = {}
        for label, canonical, mentions in doc._.nr_entities or []:
            for _text, start, _end in mentions:
                canon[start] = (label, canonical)
        self.token_ents: dict[int, tuple[str, str]] = {}
        self.persons: list[str] = []
        self.ents = [e for e in doc.ents]
        self.ent_starts = [e.start_char for e in self.ents]
        self.canon = canon
        self.resolver = Resolver(doc, self.token_ents, self.persons)
        for ent in self.ents:
            # ``or``, not a default: a default's ent.text would join the entity's tokens even when canon has it
            label, canonical = canon.get(ent.start_char) or (ent.label_, ent.text)
            if label not in NAMED:
                continue
            for i in range(ent.start, ent.end):
                self.token_ents[i] = (label, canonical)
            if label == "PERSON" and canonical not in self.persons:
                self.persons.append(canonical)
            if label in ("PERSON", "ORG", "NORP", "GPE"):
                self.resolver.add_entity(ent, label, canonical)
        self.claims: list[dict] = []
        self.interview = Interview()
        self.post_cues: list[Token] = []
        # sentences, or their tails, whose cue withholds the words ("..., she would not say", "..., but police
        # have not said whether ..."): neither the author nor a cue-less continuation of an earlier report may
        # claim them; the author's report before a tail ends where it starts
        self.unsaid: list[tuple[int, int]] = []
        self._tok_starts: list[int] | None = None

    # -- helpers ---------------------------------------------------------------

    def quote_at(self, char: int) -> int | None:
        """Index of the quote containing ``char`` (marks included), or None."""
        i = bisect_left(self.quote_starts, char + 1) - 1
        if i >= 0 and self.quotes[i].start <= char < self.quotes[i].end:
            return i
        return None

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect_left(self.para_starts, char + 1) - 1)

    def gap_is_punct(self, a: int, b: int) -> bool:
        return a <= b and b - a <= 6 and all(c in _PUNCT_GAP for c in self.text[a:b])

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Strip spaces and stray punctuation; a quotation opened inside the span is closed inside it."""
        t = self.text
        while start < end and (t[start].isspace() or t[start] in ",;:—–-"):
            start += 1
        while end > start and (t[end - 1].isspace() or t[end - 1] in ",;:—–-"):
            end -= 1
        # "said sales remained weak and warned that ...": a clause cut before a coordinated cue keeps no
        # conjunction at its end
        tail = _TRAILING_CONJUNCTION.search(t[start:end])
        if tail:
            end = start + tail.start()
        span = t[start:end]
        if span.count("“") > span.count("”") or span.count('"') % 2:
            closer = "”" if span.count("“") > span.count("”") else '"'
            at = t.find(closer, end, end + 3)
            if at >= 0 and not t[end:at].strip(".,!? "):
                end = at + 1
        return start, end

    def add(self, *, kind: str, rule: str, speaker: Speaker | None, cue: Token | None,
            content: tuple[int, int], content_text: str | None = None,
            addressee: str | None = None, sentence: tuple[int, int] | None = None,
            confidence: float | None = None, parts: list[tuple[int, int]] | None = None) -> dict | None:
        cs, ce = self.trim(*content)
        if ce - cs < 3:
            return None
        if speaker is not None and speaker.text.lower() in PRONOUN_GENDER:
            speaker = self.answering(speaker, cs)
        text = content_text if content_text is not None else self.text[cs:ce]
        if not sentence:                        # a Token's sentence is a walk to its bounds: only when not given
            points = [cs, ce] + ([speaker.start, speaker.end] if speaker else []) \
                + ([cue.idx] if cue is not None else [])
            lo, hi = min(points), max(points)
            sent_hi = self.doc[self._token_at(max(lo, hi - 1))].sent.end_char
            sentence = [self.doc[self._token_at(lo)].sent.start_char, len(self.text[:sent_hi].rstrip())]
        claim = {
            "kind": kind,
            "speaker": speaker.text if speaker else None,
            "speaker_resolved": speaker.resolved if speaker else None,
            "speaker_type": speaker.type if speaker else "AUTHOR",
            "addressee": addressee,
            "speaker_role": speaker.role if speaker else None,
            "speaker_org": speaker.org if speaker else None,
            "resolution": speaker.path if speaker else "author's own assertion",
            "cue": cue.text if cue is not None else None,
            "cue_lemma": cue.lemma_.lower() if cue is not None else None,
            "content": " ".join(text.split()),
            "sentence": sentence,
            "cue_span": [cue.idx, cue.idx + len(cue.text)] if cue is not None else None,
            "speaker_span": [speaker.start, speaker.end] if speaker else None,
            "content_span": [cs, ce],
            "rule": rule,
            "confidence": confidence if confidence is not None else CONFIDENCE[rule],
            "_parts": parts or [(cs, ce)],
            "_speaker": speaker,
        }
        if speaker and speaker.type == "PRONOUN":
            claim["confidence"] = round(claim["confidence"] * 0.6, 2)
        elif speaker and speaker.resolved and speaker.text.lower() in lexicon.PRONOUNS_PERSON | lexicon.PRONOUNS_GROUP:
            claim["confidence"] = round(claim["confidence"] * 0.85, 2)
        mentions = self.resolver.mentions
        mentions.said.append((cs, ce))
        if speaker and speaker.resolved and speaker.type in ("PERSON", "ORG", "NORP", "GPE"):
            mentions.add(speaker.start, speaker.type, speaker.resolved, True)
        elif speaker and speaker.org:            # "a spokesperson at CVS said ... It said": it is CVS
            mentions.add(speaker.start, "ORG", speaker.org, True)
        elif speaker and speaker.type in ("ORG", "DOCUMENT") and speaker.text.lower() not in lexicon.PRONOUNS_GROUP:
            # "The company said ... It added"; "Regulators said ... They added", but never "the company"
            kind = "BODIES" if self._plural_noun(speaker) else "ORG"
            mentions.add(speaker.start, kind, speaker.text, True)
        self.claims.append(claim)
        return claim

    def _plural_noun(self, speaker: Speaker) -> bool:
        """ "Regulators", "Court documents": a plural common noun, many bodies or papers rather than one."""
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return span is not None and span.root.tag_ == "NNS"

    def joined(self, parts: list[tuple[int, int]]) -> str:
        """The parts of a quote split around its cue, with the punctuation that separated them.

        “We tried,” she said, “but ...” -> "We tried, but ..."; “... died,” he said. “Now ...”
        -> "... died. Now ...": a cue clause that ends its sentence ends the first part's too.
        """
        out = []
        for k, (s, e) in enumerate(parts):
            piece = self.text[s:e]
            if k + 1 < len(parts) and piece and piece[-1] not in ".!?,;:":
                gap = self.text[e:parts[k + 1][0]]
                clause_end = gap.rstrip(" \t\n“\"‘'")[-1:]
                if clause_end in (".", "!", "?"):
                    piece += "."
                elif gap[:1] in (",", ";", ":"):
                    piece += gap[0]
            out.append(piece)
        return " ".join(out)

    def answering(self, speaker: Speaker, start: int) -> Speaker:
        """ "“...?” X asked Y. / “...,” he said.": the pronoun that answers is the one asked, when they agree.

        The nearest-subject rule would give it to the asker, the subject of "asked".
        """
        word = speaker.text.lower()
        turn = self.interview.before(start)
        if turn is None or self.paragraph_of(start) - turn.paragraph > 1 \
                or any(turn.end <= c["content_span"][0] < start for c in self.claims):
            return speaker
        who = turn.addressee
        if who is None or who.type != "PERSON" or not who.resolved or who.resolved == speaker.resolved \
                or self.resolver.mentions.genders.get(who.resolved, PRONOUN_GENDER[word]) != PRONOUN_GENDER[word]:
            return speaker
        asked_by = f" by {turn.asker.resolved}" if turn.asker and turn.asker.resolved else ""
        return Speaker(speaker.text, speaker.start, speaker.end, who.resolved, "PERSON",
                       path=f"pronoun '{word}': the one just asked{asked_by}, answering")

    def _token_starts(self) -> list[int]:
        if self._tok_starts is None:
            self._tok_starts = self.doc.to_array(IDX).tolist()
        return self._tok_starts

    def _token_at(self, char: int) -> int:
        """Index of the token covering ``char``, or the first token after it (bisect, no scan)."""
        i = bisect_left(self._token_starts(), char + 1) - 1
        if i < 0:
            return 0
        tok = self.doc[i]
        if char >= tok.idx + len(tok.text) and i + 1 < len(self.doc):
            return i + 1
        return i

    def token_range(self, start: int, end: int) -> range:
        """The indexes of the tokens starting at a character in [start, end), by bisect: a scan of the doc per
        claim was the claim extractor's largest single cost."""
        starts = self._token_starts()
        return range(bisect_left(starts, start), bisect_left(starts, end))

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens of ``token_range``."""
        indexes = self.token_range(start, end)
        return list(self.doc[indexes.start:indexes.stop])

    # -- rules -----------------------------------------------------------------

    def run(self) -> list[dict]:
        self.question_quotes()
        # each of a token's tags read once, and as the ids spaCy stores where a string is not needed: a string read
        # looks the id up in the StringStore again, and most tokens fall through every test
        for tok in self.doc:
            lemma, pos = tok.lemma_.lower(), tok.pos
            if tok.dep in _SUBJECT_DEPS:
                self.resolver.add_group(tok)
            verb = pos == VERB
            # run on every token: call them for "put" and reporting verbs only (the colon ``puts_into_words`` finds
            # is past the verb, never 0)
            colon = (puts_into_words(tok) or puts_it_as(tok)) if lemma == "put" \
                else says_as(tok) if lemma in lexicon.REPORTING_VERBS else None
            if lemma in ("hear", "heard") and self.heard_misparsed(tok):
                continue
            if (lemma in lexicon.REPORTING_VERBS and (verb or pos == AUX or mistagged_verb(tok))) \
                    or lemma == "hear" and verb and self.hears_evidence(tok) \
                    or (verb and (speech_noun_clause(tok) is not None or speech_prep(tok) is not None
                                  or self.tells_that(tok) or directs(tok) or colon is not None)):
                self.from_cue(tok, colon)
                if lemma in lexicon.POST_CUES:
                    self.post_cues.append(tok)
            elif lemma in lexicon.CRITIC_CUES and verb:
                # "slammed the plan as a betrayal" judges through its "as" phrase; without one, blame judges its object
                if not (lemma in lexicon.JUDGEMENT_CUES and self.judgement(tok)) and lemma in lexicon.BLAME_CUES:
                    self.blamed_object(tok)
            elif lemma in QUESTION_CUES and verb and self.quote_at(tok.idx) is None:
                asker, addressee = parties(tok, self.resolver.describe)
                self.interview.add(Turn(self.paragraph_of(tok.idx), tok.sent.end_char, asker, addressee))
            elif verb and self.quote_at(tok.idx) is None \
                    and (sides := conversation(tok, self.resolver.describe)) is not None:
                self.interview.add(Turn(self.paragraph_of(tok.idx), tok.sent.end_char, *sides))
            elif tok.lower == _ACCORDING and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                self.according_to(tok)
            elif pos == NOUN and lemma in REPORTING_NOUNS:
                self.reporting_noun(tok)
        self.drop_nested()
        self.inverted_quotes()
        self.floating_quotes()
        self.embedded_posts()
        self.signed_posts()
        self.transcript_turns()
        self.name_lead_descriptions()
        self.name_roles_by_sole_speaker()
        self.continued_reports()
        self.quoted_reasons()
        if self.assertions:
            self.author_assertions()
        self.claims.sort(key=lambda c: (c["content_span"][0], c["content_span"][1]))
        for claim in self.claims:
            self.annotate(claim)
        return self.claims

    def _relays(self) -> list[tuple[dict, dict]]:
        """ "X denied that ..., Politico noted", "X has said ..., state media reported": a claim whose content
        is another claim told whole, its named speaker and cue included. The one who told it first is the
        speaker; the outlet that relays it only reports it, as under "according to"."""
        out = []
        # only a clause before its cue ("..., Politico noted"): in "sources said the ministry called for ..."
        # the sources claim that a call was made
        for outer in (c for c in self.claims if c["cue_span"] and c["cue_span"][0] >= c["content_span"][1]):
            cs, ce = outer["content_span"]
            for inner in self.claims:
                if inner is outer or inner["rule"] not in ("cue_clause", "cue_quote") or not inner["speaker_resolved"] \
                        or not inner["speaker_span"] or not inner["cue_span"] or inner["speaker_type"] not in ("PERSON", "ORG"):
                    continue
                if cs <= inner["speaker_span"][0] < inner["cue_span"][0] < ce and inner["content_span"][1] <= ce + 1 \
                        and not self.text[cs:inner["speaker_span"][0]].strip(" ,\"“‘'"):
                    out.append((outer, inner))
                    break
        return out

    def drop_nested(self) -> None:
        """A cue inside another claim's content is part of that claim, not a claim of its own.

        Except under "according to": in "“...,” the governor said, according to the
        Gazette" the governor speaks and the Gazette is only where it was reported.
        """
        # "Police dropped the case after he told them ..., according to documents": a cue in a subordinate
        # clause does not say the whole sentence; only the sentence's own verb takes it from the source
        cues = [c["cue_span"][0] for c in self.claims if c["cue_span"] and c["rule"] != "according_to"
                and self.doc[self._token_at(c["cue_span"][0])].dep_ not in ("advcl", "pcomp", "relcl", "acl")]
        self.claims = [c for c in self.claims if c["rule"] != "according_to"
                       or not any(c["content_span"][0] <= k < c["content_span"][1] for k in cues)]
        relays = {id(outer): inner for outer, inner in self._relays()}
        for outer_id, inner in relays.items():
            outer = next(c for c in self.claims if id(c) == outer_id)
            inner["resolution"] = f"{inner['resolution']}; reported by {outer['speaker_resolved'] or outer['speaker']}"
        self.claims = [c for c in self.claims if id(c) not in relays]
        spans = [(c["content_span"], c) for c in self.claims]
        keep = []
        for claim in self.claims:
            cue = claim["cue_span"][0] if claim["cue_span"] else None
            nested = cue is not None and any(s[0] <= cue < s[1] and other is not claim for s, other in spans)
            if not nested:
                keep.append(claim)
        self.claims = keep
