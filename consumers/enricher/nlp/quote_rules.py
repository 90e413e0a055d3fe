"""Quotation rules: quotes next to a cue, quotes after one, questions, and quotes with no cue.

``QuoteRules`` is a part of ``claims._DocClaims`` (a mixin): it reads the quotes,
paragraphs, claims and turns that class keeps, and adds claims through its ``add``.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Token

from consumers.enricher.nlp import lexicon
from consumers.enricher.nlp.cue_rules import FINITE
from consumers.enricher.nlp.quotes import Quote, cut_off, words
from consumers.enricher.nlp.speakers import ACTOR_NOUNS, Speaker, names_people
from consumers.enricher.nlp.turns import Turn, answerer, is_question, parties, question_cue_near
from newsradar.platforms import PLATFORMS

CONFIDENCE_FLOATING = 0.7
# 'Farnsworth says. But “there's a lot of supposition ...”': a conjunction opening the quote's sentence links it
# to the last one and leaves it standing alone
_OPENING_CONJUNCTION = re.compile(r"(?:^|(?<=[.!?”\"]))\s*(?:But|And|Yet|Still|So),?\s*$")
# The end of a sentence, with the closing marks of a quote or bracket it ends inside
_SENTENCE_END = re.compile(r"[.!?][”\"’)]*$")

# subjects that can speak or stand for a speaker ("his rival", "the ministry's spokesman", "the company's statement")
_SPEAKING_NOUNS = ACTOR_NOUNS | lexicon.ANONYMOUS_SOURCES | PLATFORMS
# a state or a gesture: how a person takes what was said ("was unconvinced", "frowned")
_REACTION_VERBS = lexicon.STATE_VERBS | lexicon.DEMEANOUR_VERBS


def _owned_thing(subject: Token) -> bool:
    """A common noun with a possessive owner that names no speaker: "the minister's voice", "her hands"; one with
    a name set beside it is someone ("his rival, Dana Whitfield")."""
    return subject.pos_ == "NOUN" and not subject.ent_type_ and any(c.dep_ == "poss" for c in subject.children) \
        and not any(c.dep_ == "appos" for c in subject.children) \
        and subject.lemma_.lower() not in _SPEAKING_NOUNS and not names_people(subject)


class QuoteRules:
    def inverted_quotes(self) -> None:
        """“...,” the post read. — the parser missed the cue (tagged "read" a noun): match the surface."""
        covered = [c["content_span"] for c in self.claims]
        for qi, q in enumerate(self.quotes):
            if qi in self.used_quotes or not q.closed or words(self.text, q) < 2:
                continue
            if any(s <= q.inner_start < e for s, e in covered):
                continue
            window = self.clause_after(q)
            cue_at = next((k for k, t in enumerate(window) if t.lower_ in lexicon.REPORTING_FORMS), None)
            if cue_at is None:
                verb = self.attribution_after(q)
                if verb is None:
                    continue
                cue_at = window.index(verb)
            cue = window[cue_at]
            before = [t for t in window[:cue_at] if not t.is_punct]
            if before and cue.lower_ not in ("told", "tells") \
                    and any(c.dep_ == "dobj" and c.i > cue.i and c.pos_ != "PRON" for c in cue.children):
                continue                      # "...itself." The team then added nuggets of ...: not this quote's cue
            after = [t for t in window[cue_at + 1:] if not t.is_punct]
            resumed = self.resumed_after_cue(qi)
            own = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
            if not before and any(resumed is None or c.idx < self.quotes[resumed].start for c in own):
                continue                      # “...,” said he had not slept: the verb reports its own clause
            if before:
                head = before[-1]
                if before[0].pos_ == "ADP":
                    continue                  # “direct knowledge” of the talks told ...: the quote is inside the phrase
                if head.lower_ in lexicon.RELATIVE_PRONOUNS:
                    continue                  # “an unworkable choice” that adds ...: the quote is the antecedent
                opener = self._token_at(q.start)
                article = self.doc[opener - 1] if opener > 0 else None
                if article is not None and article.dep_ in ("det", "poss", "amod", "compound") and article.head.i == head.i:
                    continue                  # our “America first” president declared ...: a label on the speaker
            elif after and after[0].pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ"):
                # "said her rival, Tom Vance": a possessive is whose the speaker is, not the speaker
                head = next((t for t in after if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ != "poss"), after[-1])
                if head.pos_ == "PROPN":        # "said John Smith": the last name word
                    while head.i + 1 < len(self.doc) and self.doc[head.i + 1].pos_ == "PROPN":
                        head = self.doc[head.i + 1]
            else:
                continue
            if head.lemma_.lower() in lexicon.INSCRIPTIONS:
                continue
            speaker = self.resolver.describe(head)
            lo = min(t.idx for t in (before or after))
            hi = max(t.idx + len(t.text) for t in (before or after))
            speaker = Speaker(self.text[lo:hi], lo, hi, speaker.resolved, speaker.type, speaker.role, speaker.org,
                              speaker.path)
            if cue.lower_ in ("read", "reads", "showed", "shows") and speaker.type != "DOCUMENT":
                continue
            chain = [qi] + self.following_quotes(qi)
            if resumed is not None and len(chain) == 1:
                chain += [resumed] + self.following_quotes(resumed)
            claim = self.add_quote_chain(chain, "cue_quote", speaker, cue, confidence=0.8)
            if claim is not None:
                covered.append(claim["content_span"])

    def resumed_after_cue(self, qi: int) -> int | None:
        """ "“The plan,” said X, who runs ..., “was never costed.”": a quote that breaks off on a comma and opens
        again after the cue clause and its speaker's apposition, in the same sentence, goes on with the same words.
        The parser often makes the speaker the subject of the second part, leaving the cue without one. The
        first quote opens its sentence: one inside it ("The report, titled “...,” said X, “...”") is a title or
        a label, not the first half of anyone's words. The index of the quote that resumes it, or None."""
        q = self.quotes[qi]
        if qi + 1 >= len(self.quotes) or (qi + 1) in self.used_quotes or not q.closed \
                or self.closing_mark(q) != "," or not self.opens_sentence(q):
            return None
        nxt = self.quotes[qi + 1]
        gap = self.text[q.end:nxt.start]
        if not gap.rstrip().endswith(",") or any(c in gap for c in ".!?;:\n“”\"") or len(gap.split()) > 16:
            return None
        return qi + 1

    def closing_mark(self, q: Quote) -> str:
        """The punctuation the quoted words end on, inside the closing mark ("," of “The plan,”), or ""."""
        return self.text[q.inner_start:q.end - 1].rstrip()[-1:]

    def opens_sentence(self, q: Quote) -> bool:
        lead = self.text[self.paragraphs[self.paragraph_of(q.start)][0]:q.start].rstrip()
        return not lead or _SENTENCE_END.search(lead) is not None

    def clause_after(self, q: Quote) -> list[Token]:
        """The words right after a quote's closing mark, up to the next stop or quote mark (eight at most)."""
        window = self._clauses_after.get(q)
        if window is None:
            i = self._token_at(q.end) if q.end < len(self.text) else len(self.doc)
            window = []
            for tok in self.doc[i:i + 8]:
                if tok.is_space or (tok.is_punct and tok.text not in ",") or tok.text in "“\"":
                    break
                window.append(tok)
            self._clauses_after[q] = window
        return window

    def attribution_after(self, q: Quote) -> Token | None:
        """The verb of the clause after a quote that the quote belongs to (``_attribution_after``), read once."""
        if q not in self._attributions:
            self._attributions[q] = self._attribution_after(q)
        return self._attributions[q]

    def _attribution_after(self, q: Quote) -> Token | None:
        """“B,” replied Y. / “B,” she snapped back.: a quote that closes on a comma (or "!", "?") before a clause with a
        verb and its own subject belongs to that clause, so it does not continue the speaker before it, whatever
        the verb (the lexicon need not know it). A "!" or "?" also ends a sentence, so after one a capitalised
        clause is the next sentence ("“This is not over!” Supporters cheered as she left") unless its verb is
        one of speech and reports no words of its own ("“The budget is balanced!” Critics said the figures were
        wrong"). A subject that is a thing someone owns ("the minister's voice cracked") speaks for nobody.
        The clause's verb, or None."""
        mark = self.closing_mark(q)
        if not q.closed or mark not in (",", "!", "?"):
            return None
        window = self.clause_after(q)
        inside = {t.i for t in window}
        verb = next((t for t in window if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")
                     and any(c.dep_ in ("nsubj", "nsubjpass") and c.i in inside for c in t.children)), None)
        if verb is not None and mark != "," and window[0].text[:1].isupper() \
                and (verb.lower_ not in lexicon.REPORTING_FORMS or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)):
            return None
        if verb is not None and any(_owned_thing(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            return None
        return verb

    def adjacent_quote_before(self, clause_start: int) -> int | None:
        i = bisect_left(self.quote_starts, clause_start) - 1
        if i >= 0 and i not in self.used_quotes:
            q = self.quotes[i]
            # one word counts when it closes on ",", "!" or "?" ("“Plot,” he says"): a scare-quoted
            # word ("the “experts” said") does not
            spoken = words(self.text, q) >= 2 or self.closing_mark(q) in (",", "!", "?")
            if q.closed and self.gap_is_punct(q.end, clause_start) and spoken \
                    and self.paragraph_of(q.start) == self.paragraph_of(clause_start):
                return i
        return None

    def adjacent_quote_after(self, clause_end: int, verb: Token) -> int | None:
        i = bisect_left(self.quote_starts, clause_end)
        if i >= len(self.quotes) or i in self.used_quotes:
            return None
        q = self.quotes[i]
        if self.paragraph_of(q.start) != self.paragraph_of(clause_end) or words(self.text, q) < 2 \
                or self.attribution_after(q) is not None:
            return None
        gap = self.text[clause_end:q.start]
        if gap.strip() in ("", ":", ",", ".", "—", "–") and (gap.strip() or words(self.text, q) >= self.min_quote_words):
            return i
        # 'declared that “Americans love their country. And they deserve ...”': the complementiser before a
        # quotation holding the whole reported clause (a part-quoted clause is the clause rule's)
        if gap.strip().lower() == "that" and q.closed:
            return i
        # "still makes him “cringe,” he says, but “after my mom's death ...”": the conjunction outside the marks
        # goes on with the same speaker's words in the same sentence
        if gap.strip() in (", but", ", and") and q.start < verb.sent.end_char \
                and not self.text[q.end:verb.sent.end_char].strip(" .!?"):
            return i
        # "Banks added on Tuesday: “...”", "“A,” said X, a Democrat who chairs the panel, “B”": adverbials of the
        # cue or an apposition of its speaker (all inside the cue clause), then a colon or comma
        if gap.rstrip().endswith((":", ",")) and len(gap.split()) <= 16 \
                and q.start < verb.sent.end_char + 2 and "“" not in gap and '"' not in gap:
            span = self.doc.char_span(clause_end, clause_end + len(gap.rstrip()) - 1, alignment_mode="expand")
            if span is not None and all(t.is_punct or t.is_space or verb in t.ancestors for t in span):
                return i
        return None

    def following_quotes(self, qi: int) -> list[int]:
        """Quotes that continue ``qi`` with nothing but space between: in the same paragraph, or opening the next
        one when ``qi`` was left open at its paragraph's end (the news convention for a quote that goes on) and
        no cue of its own may claim it: none right after it on a comma, and no speech verb with its own subject
        or person's name later in its paragraph ("“...” The company said talks would continue", "“...” That was
        the verdict of the employers' chief, Ed Marsh"). A quotation closed on a full stop, "!" or "?" is a whole
        one (the guide's point 3): the quote after it ("“B.” “C.”") is another claim, its own cue's or, with none,
        the speaker's going on (``floating_quotes``)."""
        out = []
        while qi + 1 < len(self.quotes):
            q, nxt = self.quotes[qi], self.quotes[qi + 1]
            if (qi + 1) in self.used_quotes or not self.text[q.end:nxt.start].strip() == "" \
                    or q.closed and self.closing_mark(q) in (".", "!", "?") and not self.trails_off(q, nxt):
                break
            if self.paragraph_of(nxt.start) != self.paragraph_of(q.start) and (
                    q.closed or self.attribution_after(nxt) is not None
                    or nxt.closed and self.closing_mark(nxt) == ","
                    or self.source_after(nxt)):
                break
            out.append(qi + 1)
            qi += 1
        return out

    def trails_off(self, q: Quote, nxt: Quote) -> bool:
        """ "“The talks were going well...” “until the minister walked out”": a quotation broken off on an ellipsis,
        or one the next quotation goes on from in lowercase, is one sentence cut in two, not a whole one."""
        return self.text[q.inner_start:q.end - 1].rstrip().endswith("...") \
            or self.text[nxt.inner_start:nxt.inner_end].lstrip()[:1].islower()

    def add_quote_chain(self, chain: list[int], rule: str, speaker: Speaker | None, cue: Token | None,
                        lead: int | None = None, **extra) -> dict | None:
        """One direct claim of a quote and the quotes that continue it (``chain``), its words joined across the
        gaps; the quotes are spent either way, so no later rule gives them to another speaker. ``lead``: where an
        unquoted lead-in before the first quote starts (``lead_in``), which makes the claim mixed and opens it."""
        self.used_quotes.update(chain)
        parts = [(self.quotes[k].inner_start, self.quotes[k].inner_end) for k in chain]
        content, kind = self.joined(parts), "direct"
        if lead is not None:
            opening = self.quotes[chain[0]].start
            content = self.text[lead:opening].strip() + " " + content
            parts.insert(0, (lead, opening))
            kind = "mixed"
        return self.add(kind=kind, rule=rule, speaker=speaker, cue=cue, content=(parts[0][0], parts[-1][1]),
                        content_text=content, parts=parts, **extra)

    def source_after(self, q: Quote) -> bool:
        """Whether a speech verb with its own subject, or a person's name, follows ``q`` in its paragraph."""
        end = self.paragraphs[self.paragraph_of(q.start)][1]
        return any(t.lemma_.lower() in lexicon.REPORTING_VERBS and t.pos_ in ("VERB", "AUX")
                   and any(c.dep_ in ("nsubj", "nsubjpass") and c.idx >= q.end for c in t.children)
                   or self.token_ents.get(t.i, ("", ""))[0] == "PERSON"
                   for t in self.tokens_in(q.end, end))

    def lead_in(self, q: Quote) -> int | None:
        """Start of a short unquoted subject before a quote ("Team Biden “has been ...”")."""
        tok = self.doc[self._token_at(q.start)]
        sent_start = max(tok.sent.start_char, self.paragraphs[self.paragraph_of(q.start)][0])
        before = self.text[sent_start:q.start]
        if before.strip() and len(before.split()) <= 6 and not any(c in before for c in "“”\"") \
                and not before.rstrip().endswith((",", ":", ".")):
            return sent_start
        return None

    def question_quotes(self) -> None:
        """Quoted questions, and quotes cued by a question verb, are turns: never claims."""
        for qi, q in enumerate(self.quotes):
            inner = self.text[q.inner_start:q.inner_end]
            after = self._token_at(q.end) if q.end < len(self.text) else len(self.doc)
            asks = is_question(inner)
            cue = question_cue_near(self.doc, after, self.paragraphs[self.paragraph_of(q.start)][1], any_verb=asks)
            if cue is None and not asks:
                continue
            self.used_quotes.add(qi)
            asker, addressee = parties(cue, self.resolver.describe) if cue is not None else (None, None)
            self.interview.add(Turn(self.paragraph_of(q.start), q.end, asker, addressee))

    def floating_quotes(self) -> None:
        """A quote with no cue: the answer to a question just asked, else the speaker going on (``same_voice``,
        or the previous paragraph's)."""
        covered = [c["content_span"] for c in self.claims]
        for qi, q in enumerate(self.quotes):
            if qi in self.used_quotes or words(self.text, q) < self.min_quote_words:
                continue
            if any(s <= q.inner_start < e for s, e in covered) or self.cut_before_a_clause(q):
                continue
            found = self.floating_speaker(q)
            if found is None:
                continue
            speaker, path, confidence = found
            chain = [qi] + self.following_quotes(qi)
            last = self.quotes[chain[-1]]
            claim = self.add_quote_chain(chain, "floating_quote", speaker, None, confidence=confidence)
            if claim:
                claim["speaker_span"] = None          # the speaker is named elsewhere
                claim["sentence"] = [q.start, last.end]
                claim["resolution"] = path
                covered.append(claim["content_span"])

    def cut_before_a_clause(self, q: Quote) -> bool:
        """ "“In 1998, Abu Salem, w...": a quote the feed's summary cut off (at the text's end) before any finite
        verb is a phrase that states nothing yet, so no one's words to go on with; cut after one ("“We have
        finished the timetable and the schools will get it next we...") it still says something."""
        return cut_off(self.text, q) and not any(
            t.tag_ in FINITE for t in self.tokens_in(q.inner_start, q.inner_end))

    def same_voice(self, last: dict, q: Quote) -> bool:
        """ "“We think ...,” the CEO said. He cited ... “This is a unique combination.”": a quotation standing as
        its own sentence goes on in the voice of the paragraph's last speaker, unless someone else is named
        between them, who could be the one speaking now."""
        speaker = last["_speaker"]
        if speaker is None or self.paragraph_of(last["content_span"][0]) != self.paragraph_of(q.start):
            return False
        since = max(last["content_span"][1], last["speaker_span"][1] if last["speaker_span"] else 0)
        # a body or place counts only as a subject: "He cited AT&T's potential to deliver Time Warner content"
        # names two companies, neither of which speaks
        if any((e.label_ == "PERSON" or e.label_ in ("ORG", "NORP", "GPE")
                and any(a.dep_ in ("nsubj", "nsubjpass", "agent") for a in (e.root, *e.root.ancestors)))
               and self.token_ents.get(e.start, (None, e.text))[1] != speaker.resolved
               for e in self._ents_in(since, q.start)):
            return False
        # a subject the model left untagged ("Jones disagreed") is someone else too
        return not any(t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.text not in (speaker.resolved or "")
                       for t in self.tokens_in(since, q.start))

    def introduced_before(self, q: Quote, after_a_speaker: bool) -> Speaker | None:
        """ "... said X. Campaigner Julia Mensah was unconvinced. “They promised that last year.”": a story brings
        in a person as the subject of the sentence just before a quote with no cue, and the quote is theirs. The
        named person who is that sentence's active subject, in the quote's paragraph, or None. After another
        speaker in the paragraph only a reaction brings a new voice in ("was unconvinced", "shook her head"): an
        act told of someone else ("Chancellor X raised business rates in April", "X was arrested in May") leaves
        the quote with the speaker before it."""
        i = self._token_at(q.start)
        if i == 0 or self.doc[i].sent.start != i:
            return None
        sent = self.doc[i - 1].sent
        if self.paragraph_of(sent.start_char) != self.paragraph_of(q.start) \
                or any(s <= sent.start_char < e for c in self.claims for s, e in [c["content_span"]]) \
                or any(tok.is_quote for tok in sent):
            return None
        # "X was unconvinced": the parser may read the predicate adjective as a passive, its subject as passive's
        subject = next((c for c in sent.root.children
                        if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and sent.root.pos_ == "ADJ"), None)
        if subject is None or self.token_ents.get(subject.i, ("",))[0] != "PERSON":
            return None
        if after_a_speaker and not _reaction(sent.root):
            return None
        return self.resolver.describe(subject)

    def named_after(self, q: Quote) -> Speaker | None:
        """ "“Nobody knew the software counted twice.” / That was how Ruth Achterberg began her evidence.": a story
        may open on a quote and name its speaker in the next sentence. The one person that sentence names, when they
        are the subject of "how" (the quote is the way they began) or of a speech verb whose words the sentence
        does not give ("X told the inquiry"), or None: a person named otherwise ("the street where X was shot",
        "and Mayor X promised help") is in the story, not the voice."""
        i = self._token_at(q.end) if q.end < len(self.text) else len(self.doc)
        while i < len(self.doc) and (self.doc[i].is_space or self.doc[i].is_punct):
            i += 1
        if i >= len(self.doc) or self.paragraph_of(self.doc[i].idx) - self.paragraph_of(q.start) > 1:
            return None
        sent = self.doc[i].sent
        people = {self.token_ents[t.i][1] for t in sent if self.token_ents.get(t.i, ("",))[0] == "PERSON"}
        if len(people) != 1 or any(t.is_quote for t in sent):
            return None
        name = next(t for t in sent if self.token_ents.get(t.i, ("",))[0] == "PERSON")
        while name.i + 1 < sent.end and self.token_ents.get(name.i + 1) == self.token_ents[name.i]:
            name = self.doc[name.i + 1]             # the name's last word heads it
        if name.dep_ != "nsubj" or not _voices(name.head):
            return None
        return self.resolver.describe(name)

    def introduced_by_colon(self, q: Quote) -> Speaker | None:
        """ "X gave a one-line answer: “...”", "Her message to the Treasury was blunt: “...”": a clause that ends on a
        colon right before a quote announces it, and the subject of the last clause before the colon ("X listened as Y
        laid out his plan:" is Y's) speaks it, or, when the subject is words or a thing someone owns (her message, the
        minister's reply), its owner; words the subject only holds, owned by someone else, are that owner's. The person
        found, or None: a body or a thing with no owner ("The verdict was clear:") announces words it did not say."""
        i = self._token_at(q.start)
        if i == 0 or self.doc[i - 1].text != ":":
            return None
        colon = self.doc[i - 1]
        # "Tom Webb nodded as his lawyer, Ruth Kahn, spoke:": the clause the colon closes has lost its subject to
        # the parse, and the main clause's subject is not the one who speaks
        clause = colon.head
        if clause.pos_ in ("VERB", "AUX") and clause.dep_ != "ROOT" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return None
        lo = max(colon.sent.start, self._token_at(self.paragraphs[self.paragraph_of(q.start)][0]))
        subject = max((t for t in self.doc[lo:colon.i] if t.dep_ in ("nsubj", "nsubjpass")
                       and lo <= t.head.i < colon.i and not t.head.is_punct), key=lambda t: t.head.i, default=None)
        if subject is None or any(t.is_quote for t in self.doc[lo:colon.i]):
            return None
        held = next((c for c in subject.head.children if c.dep_ == "dobj"), None)
        holder = next((c for c in held.children if c.dep_ == "poss"), None) if held is not None else None
        if holder is not None and holder.pos_ != "PRON":
            # "keeps her son's last text on her phone:": the son's words, not hers, or no one's known
            speaker = self.resolver.describe(holder)
            return speaker if speaker.type == "PERSON" and speaker.resolved else None
        speaker = self.resolver.describe(subject)
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if (speaker.type != "PERSON" or not speaker.resolved) and owner is not None:
            speaker = self.resolver.describe(owner)
        return speaker if speaker.type == "PERSON" and speaker.resolved else None

    def floating_speaker(self, q: Quote) -> tuple[Speaker, str, float] | None:
        p = self.paragraph_of(q.start)
        before = _OPENING_CONJUNCTION.sub("", self.text[self.paragraphs[p][0]:q.start]).strip()
        announced = self.introduced_by_colon(q) if before.endswith(":") else None
        if announced is not None:
            return announced, f"quote after a colon; the clause before it is {announced.resolved}'s", CONFIDENCE_FLOATING
        said = [c for c in self.claims if c["speaker_type"] != "AUTHOR" and c["content_span"][0] < q.start]
        last = max(said, key=lambda c: c["content_span"][0], default=None)
        introduced = self.introduced_before(q, last is not None and self.paragraph_of(last["content_span"][0]) == p) \
            if before.endswith((".", "!", "?")) else None
        if introduced is not None and (last is None or last["_speaker"] is None
                                       or introduced.resolved != last["_speaker"].resolved):
            return introduced, f"quote after the sentence that brings in {introduced.resolved}", CONFIDENCE_FLOATING
        turn = self.interview.before(q.start)
        turn = turn if turn is not None and p - turn.paragraph <= 1 else None
        if turn is not None and (last is None or last["content_span"][0] < turn.end) \
                and (not before or before.endswith((".", "?", "!", "”", '"'))):
            earlier = [c["_speaker"] for c in sorted(said, key=lambda c: c["content_span"][0])
                       if c["content_span"][0] < turn.end]
            speaker, why = answerer(turn, earlier)
            return (speaker, why, CONFIDENCE_FLOATING) if speaker is not None else None
        if last is not None and before.endswith((".", "!", "?", "”", '"')) and self.same_voice(last, q):
            return last["_speaker"], "quote continuing the speaker earlier in the paragraph", CONFIDENCE_FLOATING
        if not before and last is None:
            named = self.named_after(q)
            return (named, f"opening quote; the sentence after it names {named.resolved}", CONFIDENCE_FLOATING) \
                if named is not None else None
        if before or last is None or self.paragraph_of(last["content_span"][0]) < p - 1:
            return None
        confidence = CONFIDENCE_FLOATING * (0.9 if last["rule"] == "floating_quote" else 1)
        return last["_speaker"], "quote continuing the previous paragraph's speaker", round(confidence, 2)


def _reaction(verb: Token) -> bool:
    """ "was unconvinced", "frowned", "shook her head": a state, a gesture, or an act on the subject's own body
    (an object owned by a pronoun), which tells how a person takes what was said rather than an event."""
    return verb.lemma_.lower() in _REACTION_VERBS or verb.pos_ == "ADJ" or any(
        c.dep_ == "dobj" and any(d.dep_ == "poss" and d.pos_ == "PRON" for d in c.children) for c in verb.children)


def _voices(verb: Token) -> bool:
    """ "That was how X began her evidence", "X told the inquiry": the verb tells the way its subject spoke, or is
    speech with no words of its own (no clause, no object but a hearer), so the quote before is its words."""
    if any(c.dep_ == "advmod" and c.lower_ == "how" for c in verb.children):
        return True
    lemma = verb.lemma_.lower()
    return lemma in lexicon.REPORTING_VERBS and not any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and lemma not in lexicon.ADDRESSEE_CUES)
        for c in verb.children)
