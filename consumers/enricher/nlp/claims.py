"""Who claims what: attribution rules over one parsed document.

``newsradar_claims`` (after ``newsradar_entities``) writes plain dicts to
``doc._.nr_claims``, one per claim, in text order. Rules, in the order they run:

- ``cue_clause``     reporting verb with a subject and a that-clause: X said (that) ...
- ``cue_quote``      reporting verb next to a quotation, either side:
                     “...,” X said / X said: “...” / “...,” X said, “...” (merged)
- ``cue_object``     X confirmed / announced / denied <object>
- ``cue_inverted``   ..., a report said.  (no that-clause, clause before the cue)
- ``according_to``   according to X, ...
- ``floating_quote`` a quote with no cue: the answer to a question just asked
                     (``turns``), else the previous paragraph's speaker continuing
- ``embedded_post``  a post's text as its own paragraph after "X tweeted"
- ``assertion``      an unattributed sentence with a number or a named actor's concrete
                     event (speaker_type AUTHOR): selective, never every sentence

Document speakers ("the post read", "a report said") and pronoun speakers ("he
said") come out of the same rules; ``speakers.describe`` types and resolves them.
Everything is one pass over tokens and quotes already found: no second parse.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Token

from consumers.enricher.nlp import lexicon
from consumers.enricher.nlp.claim_details import NAMED, ClaimDetails
from consumers.enricher.nlp.narration_rules import NarrationRules
from consumers.enricher.nlp.quote_rules import CONFIDENCE_FLOATING, QuoteRules
from consumers.enricher.nlp.quotes import find_quotes, words
from consumers.enricher.nlp.segment import inside, paragraph_ranges
from consumers.enricher.nlp.speakers import Resolver, Speaker
from consumers.enricher.nlp.turns import QUESTION_CUES, Turn, parties

CONFIDENCE = {
    "cue_quote": 0.9, "cue_clause": 0.85, "cue_object": 0.7, "cue_inverted": 0.75,
    "according_to": 0.8, "floating_quote": CONFIDENCE_FLOATING, "embedded_post": 0.65, "assertion": 0.6,
}
_PUNCT_GAP = set(" \t\n,.;:—–-")


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


class _Cue(NamedTuple):
    """A reporting verb with its speaker, addressee and the span of the clause they make."""

    verb: Token
    lemma: str
    speaker: Speaker
    addressee: str | None
    start: int
    end: int


class _DocClaims(QuoteRules, NarrationRules, ClaimDetails):
    """The state of one document's claim extraction.

    The cue rules live here; the quotation rules (``quote_rules``), the rules for posts,
    lead descriptions and author assertions (``narration_rules``) and the per-claim
    details (``claim_details``) are parts of the same state, in modules of their own.
    """

    def __init__(self, doc: Doc, assertions: bool, min_quote_words: int):
        self.doc = doc
        self.text = doc.text
        self.assertions = assertions
        self.min_quote_words = min_quote_words
        self.paragraphs = paragraph_ranges(self.text)
        self.para_starts = [p[0] for p in self.paragraphs]
        self.furniture = [tuple(r) for r in (doc._.nr_boilerplate or [])]
        self.quotes = find_quotes(self.text, self.paragraphs)
        self.quote_starts = [q.start for q in self.quotes]
        self.used_quotes: set[int] = set()
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
            label, canonical = canon.get(ent.start_char, (ent.label_, ent.text))
            if label not in NAMED:
                continue
            for i in range(ent.start, ent.end):
                self.token_ents[i] = (label, canonical)
            if label == "PERSON" and canonical not in self.persons:
                self.persons.append(canonical)
            if label in ("PERSON", "ORG", "NORP", "GPE"):
                self.resolver.add_entity(ent, label, canonical)
        self.claims: list[dict] = []
        self.turns: list[Turn] = []
        self.post_cues: list[Token] = []
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
        text = content_text if content_text is not None else self.text[cs:ce]
        points = [cs, ce] + ([speaker.start, speaker.end] if speaker else []) + ([cue.idx] if cue is not None else [])
        lo, hi = min(points), max(points)
        sent_lo = self.doc[self._token_at(lo)].sent.start_char
        sent_hi = self.doc[self._token_at(max(lo, hi - 1))].sent.end_char
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
            "sentence": sentence or [sent_lo, len(self.text[:sent_hi].rstrip())],
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
            mentions.add(speaker.start, "ORG", speaker.text, True)   # "The company said ... It added"
        self.claims.append(claim)
        return claim

    def _token_at(self, char: int) -> int:
        """Index of the token covering ``char``, or the first token after it (bisect, no scan)."""
        if self._tok_starts is None:
            self._tok_starts = [t.idx for t in self.doc]
        i = bisect_left(self._tok_starts, char + 1) - 1
        if i < 0:
            return 0
        tok = self.doc[i]
        if char >= tok.idx + len(tok.text) and i + 1 < len(self.doc):
            return i + 1
        return i

    # -- rules -----------------------------------------------------------------

    def run(self) -> list[dict]:
        self.question_quotes()
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if lemma in lexicon.REPORTING_VERBS and (tok.pos_ in ("VERB", "AUX") or _mistagged_verb(tok)):
                self.from_cue(tok)
                if lemma in lexicon.POST_CUES:
                    self.post_cues.append(tok)
            elif lemma in QUESTION_CUES and tok.pos_ == "VERB" and self.quote_at(tok.idx) is None:
                asker, addressee = parties(tok, self.resolver.describe)
                self.turns.append(Turn(self.paragraph_of(tok.idx), tok.sent.end_char, asker, addressee))
            elif tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to":
                self.according_to(tok)
        self.drop_nested()
        self.inverted_quotes()
        self.floating_quotes()
        self.embedded_posts()
        self.name_lead_descriptions()
        if self.assertions:
            self.author_assertions()
        self.claims.sort(key=lambda c: (c["content_span"][0], c["content_span"][1]))
        for claim in self.claims:
            self.annotate(claim)
        return self.claims

    def subject_of(self, verb: Token) -> Token | None:
        # "the agency quoted a police spokesman as saying ...": the one quoted says it
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in ("quote", "cite"):
            quoted = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
            if quoted is not None:
                return quoted
        node = verb
        for _ in range(3):
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    if child.dep_ == "nsubjpass" and node.i == verb.i:
                        return None            # "it was reported that": no speaker
                    if child.lower_ in lexicon.RELATIVE_PRONOUNS and node.dep_ == "relcl":
                        return node.head
                    return child
            if node.dep_ in ("conj", "advcl", "xcomp", "pcomp") and node.head.i != node.i:
                node = node.head
                if node.pos_ == "ADP":
                    node = node.head
                # "X said the plan was illegal, adding that ...": the adder is X, not "the plan"
                while node.dep_ == "ccomp" and node.head.lemma_.lower() in lexicon.REPORTING_VERBS:
                    node = node.head
            else:
                return None
        return None

    def from_cue(self, verb: Token) -> None:
        """One reporting verb: find its speaker, then its content by the first form that fits."""
        if self.quote_at(verb.idx) is not None or inside(self.furniture, verb.idx, verb.idx + 1):
            return
        lemma = verb.lemma_.lower()
        if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return
        subj = self.subject_of(verb)
        tail_np = self.trailing_speaker(verb)
        if tail_np is not None and self.inverted_surface(verb, tail_np):
            return
        if subj is None or self.quote_at(subj.idx) is not None:
            return
        speaker = self.resolver.describe(subj)
        if lemma in lexicon.DOCUMENT_ONLY_CUES and speaker.type != "DOCUMENT":
            return
        addressee, addr_end = self.addressee_of(verb, lemma)
        cue = _Cue(verb, lemma, speaker, addressee,
                   min(speaker.start, verb.idx), max(speaker.end, verb.idx + len(verb.text), addr_end or 0))
        if lemma in lexicon.CHARACTERISE_CUES and self.characterise(cue):
            return
        if self.that_clause(cue) or self.adjacent_quotes(cue) or lemma in lexicon.QUOTE_ONLY_CUES:
            return
        if self.object_content(cue):
            return
        self.inverted_clause(cue)

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
        ccomp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if ccomp is not None:
            return ccomp
        for prep in (c for c in verb.children if c.dep_ == "prep"):   # "said in a statement that ..."
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                for a in pobj.children:
                    if a.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                    for m in a.children):
                        return a
        return None

    def that_clause(self, cue: "_Cue") -> bool:
        """X said (that) ...: the clause, unless it is itself a quotation next to the cue."""
        verb = cue.verb
        ccomp = self._clause_of(verb)
        if ccomp is None:
            return False
        marks = {m.lower_ for m in ccomp.children if m.dep_ == "mark"}
        if marks & {"if", "whether"}:
            return True                       # "cannot tell if they are covered": a question, no claim
        if cue.lemma in lexicon.THAT_ONLY_CUES and "that" not in marks:
            return False                      # "allowing foreigners in if ...": no speech without "that"
        lo, hi = ccomp.left_edge, ccomp.right_edge
        cs, ce = lo.idx, hi.idx + len(hi.text)
        if lo.lower_ == "that" and lo.dep_ == "mark":
            cs = self.doc[lo.i + 1].idx
        for t in ccomp.subtree:        # ", adding that ..." is a claim of its own
            if t.dep_ in ("advcl", "conj") and t.tag_ == "VBG" and t.lemma_.lower() in lexicon.REPORTING_VERBS \
                    and t.i > ccomp.i:
                ce = min(ce, t.left_edge.idx)
                break
        qi = self.quote_at(ccomp.idx)
        inside_quote = qi is not None and self.quotes[qi].start <= cs + 1 and ce <= self.quotes[qi].end
        if inside_quote or cs < verb.idx < ce:
            return False
        cs = self.negation_start(verb, cs)
        partial = any(cs <= q.start < ce or cs < q.end <= ce for q in self.quotes)
        self.add(kind="mixed" if partial else "indirect", rule="cue_clause", speaker=cue.speaker, cue=verb,
                 content=(cs, ce), addressee=cue.addressee)
        return True

    def negation_start(self, verb: Token, content_start: int) -> int:
        """ "do not believe that ...": the content keeps the negation, or it says the opposite."""
        neg = [c for c in verb.children if c.dep_ == "neg"]
        if not neg:
            return content_start
        aux = [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
        return min(t.idx for t in aux + neg)

    def adjacent_quotes(self, cue: "_Cue") -> bool:
        """Quotations next to the cue clause: “A,” X said. “B.” / X said: “A.”"""
        verb, text = cue.verb, self.text
        # "“an unworkable choice” that adds complexity": a quote before a relative clause is its antecedent
        relative = verb.dep_ == "relcl" or cue.speaker.text.lower() in lexicon.RELATIVE_PRONOUNS
        pre = self.adjacent_quote_before(cue.start) if not relative else None
        post = self.adjacent_quote_after(cue.end, verb)
        if pre is not None and post is None:    # “A,” said X, a trader. “B.”
            nxt = bisect_left(self.quote_starts, verb.sent.end_char - 1)
            if nxt < len(self.quotes) and nxt not in self.used_quotes and nxt != pre \
                    and not text[verb.sent.end_char:self.quotes[nxt].start].strip() \
                    and self.paragraph_of(self.quotes[nxt].start) == self.paragraph_of(verb.idx):
                post = nxt
        if pre is None and post is None:
            return False
        chain = ([pre] if pre is not None else []) + ([post] if post is not None else [])
        chain += self.following_quotes(chain[-1])
        self.used_quotes.update(chain)
        first, last = self.quotes[chain[0]], self.quotes[chain[-1]]
        parts = [(self.quotes[i].inner_start, self.quotes[i].inner_end) for i in chain]
        content = " ".join(text[s:e] for s, e in parts)
        cs, kind = first.inner_start, "direct"
        lead = self.lead_in(first) if pre is not None else None
        if lead is not None:
            content = text[lead:first.start].strip() + " " + content
            parts.insert(0, (lead, first.start))
            cs, kind = lead, "mixed"
        self.add(kind=kind, rule="cue_quote", speaker=cue.speaker, cue=verb, content=(cs, last.inner_end),
                 content_text=content, addressee=cue.addressee, parts=parts)
        return True

    def object_content(self, cue: "_Cue") -> bool:
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
            self.add(kind="indirect", rule="cue_clause", speaker=cue.speaker, cue=verb,
                     content=(xcomp.left_edge.idx, xcomp.right_edge.idx + len(xcomp.right_edge.text)),
                     addressee=cue.addressee)
            return True
        if lemma not in lexicon.OBJECT_CUES or obj is None:
            return False
        end_tok = obj.right_edge
        for c in verb.children:     # "accused the government of hiding ..."
            if c.dep_ == "prep" and c.i > obj.i:
                end_tok = max(end_tok, c.right_edge, key=lambda t: t.i)
        big = obj.right_edge.i - obj.left_edge.i >= 2 or any(t.like_num for t in obj.subtree)
        if not big and end_tok is obj.right_edge:
            return False
        self.add(kind="indirect", rule="cue_object", speaker=cue.speaker, cue=verb,
                 content=(obj.left_edge.idx, end_tok.idx + len(end_tok.text)), addressee=cue.addressee)
        return True

    def inverted_clause(self, cue: "_Cue") -> None:
        """ "..., a report said." — the cue clause closes the sentence."""
        verb, text = cue.verb, self.text
        sent = verb.sent
        tail = text[cue.end:sent.end_char].strip()
        if any(c.dep_ == "xcomp" for c in verb.children) or not all(c in ".!?”\"’" for c in tail) \
                or cue.start <= sent.start_char or not text[sent.start_char:cue.start].rstrip().endswith((",", "—", "–")):
            return
        cs, ce = sent.start_char, cue.start
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
        for k in range(verb.i - 1, max(sent.start, verb.i - 9), -1):
            tok = self.doc[k]
            if tok.text == ",":
                span = self.doc[k + 1:verb.i]
                if len(span) and any(t.pos_ in ("NOUN", "PROPN") for t in span) \
                        and not self.text[sent.start_char:tok.idx].strip().endswith(("”", '"')):
                    return span
                return None
            if tok.pos_ in ("VERB", "AUX") or tok.is_punct or self.quote_at(tok.idx) is not None:
                return None
        return None

    def inverted_surface(self, verb: Token, phrase) -> bool:
        """The claim of "<clause>, <speaker> said <adverbials>.", whatever the parse made of it."""
        sent = verb.sent
        after = self.text[verb.idx + len(verb.text):sent.end_char]
        if after.lstrip().startswith(("that", ":", "“", '"')) or len(sent[:phrase.start - sent.start]) < 5:
            return False
        if any(c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "parataxis") for c in verb.children):
            return False                      # "..., the judge says he'll excuse a juror": a clause follows
        head = next(t for t in reversed(phrase) if t.pos_ in ("NOUN", "PROPN"))
        speaker = self.resolver.describe(head)
        speaker = Speaker(phrase.text, phrase.start_char, phrase.end_char, speaker.resolved, speaker.type,
                          speaker.role, speaker.org, speaker.path)
        cs, ce = sent.start_char, self.doc[phrase.start - 1].idx
        partial = any(cs <= q.start < ce for q in self.quotes)
        self.add(kind="mixed" if partial else "indirect", rule="cue_inverted", speaker=speaker, cue=verb,
                 content=(cs, ce))
        return True

    def characterise(self, cue: "_Cue") -> bool:
        """X described Y as “...” / condemned it as “...”: the quoted words are X's."""
        verb = cue.verb
        end = verb.right_edge.idx + len(verb.right_edge.text)
        i = bisect_left(self.quote_starts, verb.idx)
        if i < len(self.quotes) and i not in self.used_quotes and self.quotes[i].start < end:
            q = self.quotes[i]
            self.used_quotes.add(i)
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            start = obj.left_edge.idx if obj is not None and obj.pos_ != "PRON" and obj.idx < q.start \
                else q.inner_start
            self.add(kind="mixed", rule="cue_clause", speaker=cue.speaker, cue=verb,
                     content=(start, q.end if start != q.inner_start else q.inner_end), confidence=0.75)
            return True
        return False

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
        before = self.text[s_start:phrase_start]
        after = self.text[phrase_end:s_end]
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
            parts = [content]
        partial = any(content[0] <= q.start < content[1] for q in self.quotes)
        self.add(kind="mixed" if partial else "indirect", rule="according_to", speaker=speaker,
                 cue=tok, content=content, content_text=text, parts=parts)
        self.claims[-1]["cue"] = "according to"
        self.claims[-1]["cue_lemma"] = "according to"
        self.claims[-1]["cue_span"] = [tok.idx, to.idx + len(to.text)]

    def drop_nested(self) -> None:
        """A cue inside another claim's content is part of that claim, not a claim of its own.

        Except under "according to": in "“...,” the governor said, according to the
        Gazette" the governor speaks and the Gazette is only where it was reported.
        """
        cues = [c["cue_span"][0] for c in self.claims if c["cue_span"] and c["rule"] != "according_to"]
        self.claims = [c for c in self.claims if c["rule"] != "according_to"
                       or not any(c["content_span"][0] <= k < c["content_span"][1] for k in cues)]
        spans = [(c["content_span"], c) for c in self.claims]
        keep = []
        for claim in self.claims:
            cue = claim["cue_span"][0] if claim["cue_span"] else None
            nested = cue is not None and any(s[0] <= cue < s[1] and other is not claim for s, other in spans)
            if not nested:
                keep.append(claim)
        self.claims = keep

def _mistagged_verb(tok: Token) -> bool:
    """ "Analysts at X estimate that ...": tagged a noun, yet the root with a subject and a clause."""
    return tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children) \
        and any(c.dep_ in ("ccomp", "advcl") for c in tok.children)
