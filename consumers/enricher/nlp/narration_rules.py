"""Claims without a cue or a that-clause: posts, lead descriptions, an actor's quoted reason for an act, and
the author's own assertions.

``NarrationRules`` is a part of ``claims._DocClaims`` (a mixin): it runs after the cue and
quotation rules, over the claims they found, and adds claims through ``add``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from spacy.tokens import Span, Token

from consumers.enricher.nlp import lexicon
from consumers.enricher.nlp.claim_details import NUMBER_LABELS
from consumers.enricher.nlp.entities import is_role, resolve_person
from consumers.enricher.nlp.numbers import looks_like_year
from consumers.enricher.nlp.speakers import Role, Speaker, is_former, names_people, role_text
from consumers.enricher.nlp.quotes import words
from consumers.enricher.nlp.segment import inside
from consumers.enricher.nlp.transcripts import rubric, transcript
from newsradar import roles
from newsradar.modality import EXPECTED_TO


class NarrationRules:
    def name_lead_descriptions(self) -> None:
        """ "The mayor's pick to lead the agency said ..." in the lead, named as she speaks in the next paragraph.

        Wire leads describe a newcomer and name them one paragraph later; the description
        takes the name of the first person who speaks there and was not mentioned before,
        unless the description is a post and the text gives that person another one: "the
        minister said ... / Union leader Sam Holt said" is someone else answering the minister.
        """
        lead_end = self.paragraphs[min(2, len(self.paragraphs) - 1)][1] if self.paragraphs else 0
        mentions = self.resolver.mentions
        pairs = {g.name for g in self.resolver.together}
        for claim in self.claims:
            start = claim["content_span"][0]
            if start >= lead_end or claim["speaker_resolved"] or claim["speaker_type"] != "PERSON" \
                    or (claim["speaker"] or "").lower() in lexicon.PRONOUNS_PERSON \
                    or not self._one_described(self._speaker_root(claim)):
                continue
            nxt = self.paragraph_of(start) + 1
            for later in sorted(self.claims, key=lambda c: c["content_span"][0]):
                if self.paragraph_of(later["content_span"][0]) != nxt or later["speaker_type"] != "PERSON":
                    continue
                name = later["speaker_resolved"]
                if name in pairs:            # "Priya Shah and Daniel Okoro" are two people, never one described
                    break
                first = min((s for s, (_k, c, _subj) in zip(mentions.starts, mentions.items) if c == name),
                            default=None)
                if name and (first is None or first > start) and not self._holds_another_post(claim, name):
                    claim["speaker_resolved"] = name
                    claim["resolution"] = f"lead description named in the next paragraph: {name}"
                break

    def _holds_another_post(self, claim: dict, name: str) -> bool:
        """Whether the claim's speaker is a post ("the minister") and the text gives ``name`` posts, none of them
        that one ("Union leader Sam Holt"); a person given no post held now may hold any: "Lena Holm, a former lawyer and
        now the education minister" may be "the education minister" (the parse gives her only the lawyer's post), but
        never a post given her as a former one, nor "the former minister" when given that post as held now. One post
        may carry titles of other head nouns ("the police chief", "Commissioner Mark Rowley"; "the chief executive",
        "Chief Executive Officer Jane Fraser": ``roles.ONE_POST_TITLES``)."""
        head = self._speaker_root(claim)
        if head is None or not is_role(head):
            return False
        former, post = is_former(head), role_text(head)
        given = self._posts_given(name)
        # the post given at another tenure is another post: "Former governor Andrew Cuomo" is not "the governor"; but
        # a post of someone's era ("Obama's health secretary") is its holder then, a former one as often as not
        era = self._speaks_for_someone(head)
        lemma = roles.title_head(head.lemma_.lower())
        this_post = [r.former == former or era for r in given
                     if roles.title_head(r.head) == lemma or roles.one_post(r.text, post)]
        if this_post:
            return not any(this_post)
        return any(not r.former for r in given)

    def _posts_given(self, name: str) -> list[Role]:
        """The posts the text gives ``name``, former ones included: to the sole-speaker rule a person given only a former
        post ("Former minister Jane Doe") was given a post, holds none of them now, and is not "the mayor" of the
        item."""
        return [r for r in self.resolver.roles if r.person == name]

    def name_roles_by_sole_speaker(self) -> None:
        """ "the US president says ..." in an item where Donald Trump is the only person who speaks: a role
        the text never names is held by that person. Short items name their speaker once (in the headline,
        the standfirst or the next sentence) and call them by their post elsewhere; with two named people
        speaking, the role could be either's and stays unnamed. A speaker the text gave another post or a private
        side ("Councillor Mike Dean", "Mother Kerry Jones") is the one the unnamed post answers, not its holder."""
        names: list[str] = []
        private: set[str] = set()
        pairs = {g.name for g in self.resolver.together}   # two people who speak: never "the one person"
        for claim in self.claims:
            name = claim["speaker_resolved"]
            # "As Churchill put it in 1940, ...": a figure quoted in passing is no one who speaks in the item
            if claim["speaker_type"] != "PERSON" or not name or claim["speaker_role"] \
                    or claim["rule"] == "cue_as_put_it":
                continue
            if name in pairs:
                return
            if self._described_privately(self._speaker_root(claim)):
                private.add(name)
            words = set(name.lower().split())
            if not any(words <= set(n.lower().split()) or set(n.lower().split()) <= words for n in names):
                names.append(name)
        if len(names) != 1 or names[0] in private:
            return
        given = self._posts_given(names[0])
        held = {roles.title_head(r.head) for r in given if not r.former}
        for claim in self.claims:
            if not (claim["speaker_role"] and not claim["speaker_resolved"] and claim["speaker_type"] == "PERSON"):
                continue
            head = self._speaker_root(claim)
            if given and (head is None or roles.title_head(head.lemma_.lower()) not in held):
                continue
            if self._one_described(head) and not self._speaks_for_someone(head):
                claim["speaker_resolved"] = names[0]
                claim["resolution"] = f"role '{claim['speaker_role']}' never named; the one person who speaks: {names[0]}"

    @staticmethod
    def _described_privately(root: Token | None) -> bool:
        """ "Mother Kerry Jones", "Amy Lowe, a parent,": the speaker's title or apposition is a private side."""
        return root is not None and any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in roles.PRIVATE_NOUNS
                                        for c in root.children)

    def _speaker_root(self, claim: dict) -> Token | None:
        """The head word of the claim's speaker phrase, or None when it has no phrase in the text."""
        span = self.doc.char_span(*claim["speaker_span"], alignment_mode="expand") if claim["speaker_span"] else None
        return None if span is None else span.root

    def _speaks_for_someone(self, head: Token) -> bool:
        """ "Her spokesman", "his lawyer", "Marsh's agent": a role a person owns speaks for that person, who may
        be the one who speaks, so it is never that person herself."""
        return any(
            c.dep_ == "poss" and (c.lower_ in ("his", "her") or self.token_ents.get(c.i, ("",))[0] == "PERSON")
            for c in head.children)

    def _one_described(self, head: Token | None) -> bool:
        """ "The mayor's pick to lead the agency": one person described, not "managers" or "a source"."""
        return head is not None and head.tag_ not in ("NNS", "NNPS") \
            and head.lemma_.lower() not in lexicon.ANONYMOUS_SOURCES

    def embedded_posts(self) -> None:
        """A post quoted as a paragraph of its own, without quote marks, right after "X tweeted".

        Its first- or second-person voice ("did not embrace me") is what shows the words are
        the poster's, not the author's.
        """
        cued = {c["cue_span"][0] for c in self.claims if c["cue_span"]}
        for verb in self.post_cues:
            if verb.idx in cued:
                continue
            p = self.paragraph_of(verb.idx) + 1
            if p >= len(self.paragraphs):
                continue
            ps, pe = self.paragraphs[p]
            if any(ps <= c["content_span"][0] < pe for c in self.claims) or any(ch in self.text[ps:pe] for ch in "“”\""):
                continue
            span = self.doc.char_span(ps, pe, alignment_mode="expand")
            if span is None or not any(t.lower_ in lexicon.FIRST_SECOND_PERSON for t in span):
                continue
            subj = self.subject_of(verb)
            if subj is None:
                continue
            speaker = self.resolver.describe(subj)
            claim = self.add(kind="direct", rule="embedded_post", speaker=speaker, cue=verb, content=(ps, pe),
                             sentence=[ps, pe])
            if claim:
                claim["resolution"] = f"post embedded after '{verb.text}': " + (speaker.path or "")

    def signed_posts(self) -> None:
        """A paragraph followed by an embed's signature line ("— Name (@handle) March 3, 2024") is that
        account's post, whatever it says; its trailing picture link is no part of it."""
        for p in range(1, len(self.paragraphs)):
            ss, se = self.paragraphs[p]
            sig = _SIGNATURE.match(self.text, ss, se)
            if sig is None:
                continue
            ps, pe = self.paragraphs[p - 1]
            if any(ps <= c["content_span"][0] < pe for c in self.claims):
                continue
            link = _POST_LINK.search(self.text, ps, pe)
            end = link.start() if link else pe
            name = sig.group("name").strip()
            speaker = Speaker(name, ss + sig.start("name") - sig.start(), ss + sig.end("name") - sig.start(),
                              resolve_person(name, self.persons) or name, "PERSON",
                              path=f"post signed '{self.text[ss:se].strip()}'")
            # "FM Lavrov: all established facts point ...": an account that posts a name and a colon quotes them
            quoted = _QUOTED_NAME.match(self.text, ps, end)
            if quoted is not None:
                who = quoted.group("who")
                speaker = Speaker(who, ps + quoted.start("who") - quoted.start(), ps + quoted.end("who") - quoted.start(),
                                  resolve_person(who, self.persons) or who, "PERSON",
                                  path=f"quoted by name in a post signed '{self.text[ss:se].strip()}'")
                ps += quoted.end() - quoted.start()
            self.add(kind="direct", rule="embedded_post", speaker=speaker, cue=None, content=(ps, end),
                     sentence=[ps, pe])

    def transcript_turns(self) -> None:
        """ "LINDQVIST: For now. We have orders through the third quarter ...": a paragraph opened by a name in
        capitals and a colon is that person's turn in a transcript. Only where two or more such labels come and
        one comes back: a label in capitals before a colon is as often a dateline ("NEW DELHI:") or a rubric
        ("UPDATE:"), and those repeat too. A label is a speaker when it is a person the article names;
        otherwise only when the labels take turns as the sides of an interview do (one comes back after
        another's turn, and one side asks in every turn it takes), and it is no rubric and no place the
        article names. A turn that only asks or bids ("Ask me in September.") claims nothing."""
        turns, exchange = transcript(self.doc)
        names = Counter(m.group("who") for m, _ps, _pe, _span in turns)
        if len(names) < 2 or max(names.values()) < 2:
            return
        persons = self._persons_named_outside([(m.start("who"), m.end("who")) for m, _ps, _pe, _span in turns])
        named = {who: persons.get(found) if (found := resolve_person(who.casefold(), list(persons))) else None
                 for who in names}
        places = {canonical.casefold() for label, canonical in self.token_ents.values() if label in ("GPE", "LOC")}
        for m, ps, pe, span in turns:
            who = m.group("who")
            if named[who] is None and (not exchange or rubric(who) or who.casefold().replace("’", "'") in places):
                continue
            if any(ps <= c["content_span"][0] < pe for c in self.claims):
                continue
            if span is None or all(_asks_or_bids(sent, m.end()) for sent in span.sents):
                continue
            speaker = Speaker(who, m.start("who"), m.end("who"), named[who] or who.title(), "PERSON",
                              path=f"transcript turn '{who}:'")
            claim = self.add(kind="direct", rule="transcript_turn", speaker=speaker, cue=None, content=(m.end(), pe),
                             sentence=[ps, pe])
            if claim:
                claim["resolution"] = speaker.path

    def _persons_named_outside(self, labels: list[tuple[int, int]]) -> dict[str, str]:
        """The persons the article names outside the labels, by their case-folded names: "MCDONALD:" is Ewan
        McDonald. Only outside the labels: the model tags a dateline label ("JACKSON:") PERSON as readily as a
        speaker's, so a label would otherwise name itself."""
        outside = {self.token_ents[ent.start][1] for ent in self.ents
                   if self.token_ents.get(ent.start, ("", ""))[0] == "PERSON"
                   and not any(s <= ent.start_char < e for s, e in labels)}
        return {p.casefold(): p for p in self.persons if p in outside}

    def continued_reports(self) -> None:
        """ "It said the situation was reminiscent of 2008. This time China could be the crisis point.", "The
        companies are urging the EU to act. The way the Commission responds “will serve as a litmus test.”": a
        sentence right after someone's reported words, with no source of its own, goes on with what that
        speaker said when it quotes a clause of theirs inside the author's words, or when its verb is under the
        "would", "could" or "might" that speech reported in the past shifts "will", "can" and "may" to (as the
        author's it would only speculate, ``_speculative``, which no editor marks). Narration after the report
        shifts nothing: people named as acting on their own ("Engineers could not agree"), a later time ("He
        would later become ambassador"), a quote someone else sings or writes ("Fans sang “we are ...”")."""
        if all(c["speaker_type"] == "AUTHOR" for c in self.claims):
            return                              # nobody's reported words for a sentence to go on with
        taken = [c["content_span"] for c in self.claims] + [c["cue_span"] for c in self.claims if c["cue_span"]] \
            + self.unsaid
        sents = list(self.doc.sents)
        for prev, sent in zip(sents, sents[1:]):
            start, end = sent.start_char, len(self.text[:sent.end_char].rstrip())
            if self.paragraph_of(prev.start_char) != self.paragraph_of(start) or self.text[end - 1:end] == "?" \
                    or _first_person(sent.root) or _conditional(sent.root) or self.quote_at(start) is not None \
                    or any(s < end and start < e for s, e in taken):
                continue
            quotes = [q for q in self.quotes if start <= q.start < end]
            quoted = any(words(self.text, q) >= 3 and self._speech(q) and not self._quoted_by_another(q) for q in quotes)
            shifted = not quotes and _backshifted(sent.root)
            # only a past cue shifts the modal: after "the judge says he'll ...", "The panel would then start
            # over" is the author's own "would" of a consequence
            reported = [c for c in self.claims if c["speaker_type"] != "AUTHOR"
                        and prev.start_char <= c["content_span"][0] < prev.end_char
                        and (quoted or c["kind"] == "indirect" and c["cue_span"]
                             and self.doc[self._token_at(c["cue_span"][0])].tag_ == "VBD")]
            if not (quoted or shifted) or not reported:
                continue
            last = max(reported, key=lambda c: c["content_span"][0])
            claim = self.add(kind="mixed" if quoted else "indirect", rule="continued_report", speaker=last["_speaker"],
                             cue=None, content=(start, end), sentence=[start, end])
            if claim:
                claim["speaker_span"] = None          # the speaker is named in the sentence before
                claim["resolution"] = f"{last['resolution']}; going on from the sentence before"
                # a role resolved after the rules ran ("The US president" -> Donald Trump) is on the claim, not its speaker
                for key in ("speaker_resolved", "speaker_role", "speaker_org"):
                    claim[key] = last[key]

    def _quoted_by_another(self, q) -> bool:
        """ "Fans sang “we are the champions”": a quote a verb outside it governs, with a subject of its own, is
        what that subject sang, chanted or wrote, not the earlier speaker going on."""
        span = self.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        while span.start <= head.i < span.end and head.head.i != head.i:
            head = head.head
        return not span.start <= head.i < span.end and any(
            c.dep_ == "nsubj" and c.pos_ != "PRON" for c in head.children)

    def quoted_reasons(self) -> None:
        """ "Facebook has banned all advertising for cryptocurrencies because they are “frequently associated with
        misleading ... practices”": a reason for an actor's act given in the actor's quoted words is the actor's
        claim, though no verb of speech says so; the act it explains is no part of it. The clause's own verb is
        inside the quotation: "because he had posted messages calling for “...”" quotes someone else."""
        if not self.quotes:
            return                              # most articles: no quotation to give a reason, no pass over the words
        taken = [c["content_span"] for c in self.claims]
        for clause in (t for t in self.doc if t.dep_ == "advcl" and t.i > t.head.i):
            mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "because"), None)
            if mark is None:
                continue
            subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            if subj is None or not self.resolver.is_actor(subj) or subj.lower_ in lexicon.FIRST_SECOND_PERSON:
                continue
            cs, ce = self.doc[mark.i + 1].idx, clause.right_edge.idx + len(clause.right_edge.text)
            if any(s < ce and cs < e for s, e in taken) or not any(
                    cs <= q.start and q.inner_end <= ce and q.inner_start <= clause.idx < q.inner_end
                    and words(self.text, q) >= 3 and self._speech(q)
                    for q in self.quotes):
                continue
            self.add(kind="mixed", rule="quoted_reason", speaker=self.resolver.describe(subj), cue=None,
                     content=(cs, ce))

    def author_assertions(self) -> None:
        for sent in self.doc.sents:
            start, end = sent.start_char, len(self.text[:sent.end_char].rstrip())
            if end - start < 20 or self.text[end - 1:end] == "?":
                continue
            for fs, _fe in self.furniture:
                if start < fs < end:
                    end = len(self.text[:fs].rstrip())
            # "..., but police have not said whether ...": what went unanswered is no part of the author's report
            for us, ue in self.unsaid:
                if start < us < end <= ue:
                    end = us
            figures = [e for e in self._ents_in(start, end) if self._is_number(e) or _rank(e)]
            taken = [span for c in self.claims if not self._opinion_beside_figures(c, figures)
                     for span in (c["content_span"], c["cue_span"]) if span]
            trimmed = any(s < end and start < e for s, e in taken)
            if trimmed:
                end = self._before_reported_clause(sent, start, [(s, e) for s, e in taken if s < end and start < e])
                if end - start < 20:
                    continue
            if inside(self.furniture, start, end) or self.quote_at(start) is not None \
                    or inside(self.unsaid, start, end):
                continue
            if any(start <= q.start < end and words(self.text, q) >= 3 and self._speech(q) for q in self.quotes):
                continue
            if _speculative(sent.root) or _conditional(sent.root) or _first_person(sent.root) \
                    or _instructs(sent.root) or _listing_entry(sent) or self._quote_frame(start) \
                    or self._aside(start, end):
                continue
            # ``end`` only shrinks after ``figures`` is taken, so the figures ending by it are the sentence's
            kept = [e for e in figures if e.end_char <= end]
            has_number = bool(kept) and self._reported_figure(sent.root, kept)
            # a main clause before someone's words is the author's only with a figure or a listed act of its own:
            # an act alone ("met reporters", "sparked a debate") is the scene of the words, not a second event
            if not (has_number or not trimmed and self._is_event(sent.root)
                    or trimmed and self._decisive_act_before_words(sent.root)):
                continue
            misparsed = None if trimmed else _misparsed_report(sent.root)
            if misparsed is not None:
                speaker, first = misparsed
                self.add(kind="indirect", rule="cue_clause", speaker=self.resolver.describe(speaker), cue=sent.root,
                         content=(first.idx, len(self.text[:end].rstrip(".!"))))
            else:
                self.add(kind="assertion", rule="assertion", speaker=None, cue=None,
                         content=(start, self.author_tail(start, end, assertion=True)),
                         sentence=[start, end])

    def _reported_figure(self, root: Token, figures: list) -> bool:
        """ "The film runs 128 minutes", "This cake serves eight", "Tickets cost £35": in a review, a recipe or a
        quiz (``item_form``) a figure told in the present is what the item describes; one told as done ("Haaland
        scored 52 goals last season", "The album sold 120,000 copies", "it has sold 300,000 copies" after a present
        main clause) is still a fact the author reports."""
        return not self.no_news_form or _told_as_done(root) or any(_figure_told_as_done(e) for e in figures)

    def _opinion_beside_figures(self, claim: dict, figures: list) -> bool:
        """ "The governor called the flooding a catastrophe on Monday, as rescuers searched for 30 missing people":
        an opinion the sentence gives holds none of its figures, and the figures stay the author's to report."""
        if claim["rule"] != "cue_judgement":
            return False
        cs, ce = claim["content_span"]
        return bool(figures) and not any(cs <= e.start_char and e.end_char <= ce for e in figures)

    def _before_reported_clause(self, sent, start: int, spans: list[tuple[int, int]]) -> int:
        """ "A total of 1,018 patients were discharged, after the ministry announced that ...", "Shares soared
        9% as it revealed ...", "Shares in Norbright fell 11%, with the company saying that ...": a trailing adverbial clause (or a
        "with" phrase, whose noun is the participle's speaker) that holds someone's words leaves the main clause
        before it to the author; where that main clause ends, or ``start`` when the words reach into it."""
        for clause in (c for c in sent.root.children if c.i > sent.root.i
                       and (c.dep_ == "advcl" or c.dep_ == "prep" and c.lower_ == "with")):
            lo = clause.left_edge.idx
            hi = clause.right_edge.idx + len(clause.right_edge.text)
            if all(lo <= s and e <= hi for s, e in spans):
                return len(self.text[:lo].rstrip(" ,;—–-"))
        return start

    def _speech(self, q) -> bool:
        """ "updated its “No Original Research” policy", "suspended the application “for further staff
        review.”": a quotation without a verb of its own is a name, a title or a phrase the author borrows,
        not someone's words the sentence reports; only a quoted clause makes the sentence another's."""
        span = self.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            return True
        # "The minister spoke of “a new era of cooperation”": a phrase a verb of speech governs is still words spoken
        head = span.root
        while head.pos_ != "VERB" and head.head.i != head.i:
            head = head.head
        return head.lemma_.lower() in _SPEAKING

    def _aside(self, start: int, end: int) -> bool:
        """ "(Canopus is a real star also known as Alpha Carinae. It's visible in the Southern Hemisphere ...)": a
        sentence inside round brackets is an aside that explains, not what the story reports."""
        line_start, line_end = self.text.rfind("\n", 0, start) + 1, self.text.find("\n", start)
        line_end = len(self.text) if line_end < 0 else line_end
        opened, closed = self.text.rfind("(", line_start, start), self.text.find(")", start, line_end)
        return opened >= 0 and closed >= 0 and ")" not in self.text[opened:start] and "(" not in self.text[start:closed]

    def _quote_frame(self, start: int) -> bool:
        """ "“...?” Kilmeade asked Ryan on his show": the splitter may cut a quotation's frame off a quote that
        ends in a question mark, an exclamation or a comma; the frame tells who spoke, not an event."""
        i = bisect_left(self.quote_starts, start) - 1
        if i < 0 or not self.quotes[i].closed or self.text[self.quotes[i].end:start].strip():
            return False
        q = self.quotes[i]
        return self.text[q.inner_end:q.end].rstrip("”\"’' \t").endswith(("?", "!", ",")) \
            or self.text[q.inner_end - 1:q.inner_end] in ("?", "!")

    def _is_event(self, root: Token) -> bool:
        """A concrete event verb (or one joined to it, or the event of its subordinate clause: "After
        Labour swept the elections, ...") whose subject is a named or collective actor, a definite body or
        person ("the administration"), or is counted ("More than two dozen people were wounded": a count
        the model did not tag is still checkable). A body keeping a setting as it was ("left the cash rate
        unchanged") is such an event; "leave" with no post or place as its object ("left pharmacies unable"),
        a source that would not comment and a stand on one's own decision or words are not."""
        for verb in [root] + [c for c in root.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"] \
                + _misread_main_verbs(root):
            kept = _setting_kept(verb)
            act = kept or lexicon.verb_lemma(verb) in lexicon.EVENT_VERBS or _done(verb) or _found_dead(verb) \
                or _undertaken(verb)
            idle_leave = not kept and not _departure(verb)
            no_content = _non_answer(verb) or _stance(verb)
            if verb.pos_ != "VERB" or idle_leave or no_content or not act or not _news_now(verb):
                continue
            if self._checkable_actor(verb):
                return True
        return False

    def _checkable_actor(self, verb: Token) -> bool:
        """Whether one who does the verb's act is someone a reader could check: named, a body, counted, aged."""
        for subj in _actors(verb):
            if subj.lemma_.lower() in lexicon.COLLECTIVE_ACTORS or self._named_actor(subj) \
                    or any(t.dep_ == "nummod" and t.like_num and t.lower_ != "one" for t in subj.children) \
                    or _counted(subj) or _named_before(subj) or _aged(subj) or _befalls(verb, subj) \
                    or _agents_act(verb, subj):
                return True
        return False

    def _decisive_act_before_words(self, root: Token) -> bool:
        """ "The minister resigned on Friday after a report accused her of bullying", "Ofcom fined the broadcaster
        after viewers complained that ...": the words are in a clause after the main one, and the main clause is a
        decisive act of its own (``_DECISIVE_ACTS``), done by someone checkable, or a body's opening of work
        (``_work_opened``: "Police have launched an inquiry after ..."). "sparked a row when she claimed
        ...", "met reporters", "held a press conference" or "joined the debate" are the scene of the words; "hit
        back", "fired back" or "cut short her speech" a retort or a gesture (a word right after the verb turns it
        into another); "had resigned after a report accused her", dated or not, background: beside someone's words
        only the story's own tense makes the act a second event."""
        lemma = lexicon.verb_lemma(root)
        opened = _work_opened(root)
        # the past perfect first: it refuses outright here, and ``_news_now`` would walk the verb's subtree for a date
        if root.pos_ != "VERB" or not (opened or lemma in _DECISIVE_ACTS) or not _told_as_done(root) \
                or _pluperfect(root) or not _news_now(root) or not (opened or _decisive_sense(root, lemma)):
            return False
        turned = root.i + 1 < len(root.doc) and root.nbor(1).pos_ in ("ADV", "ADJ", "ADP", "PART") \
            and root.nbor(1).dep_ in ("prt", "advmod", "acomp", "oprd", "amod")
        return not turned and (opened or self._checkable_actor(root))

    def _named_actor(self, subj: Token) -> bool:
        """ "Trump's lawyers filed ...", "Fox host Sean Hannity promised ...": a name in the subject makes the actor
        named when it is the subject or owns a person or body; "Gorka's dubious credentials drew calls" names
        Gorka, but credentials do nothing."""
        if subj.i in self.token_ents or subj.lemma_.lower() in _ACTOR_NOUNS:
            return any(t.i in self.token_ents for t in subj.subtree)
        return any(t.i in self.token_ents for c in subj.children if c.dep_ in ("compound", "appos", "flat", "conj")
                   for t in c.subtree)


# "— Josh Marshall (@joshtpm) November 8, 2017": the signature an embedded post leaves in a feed's text
_SIGNATURE = re.compile(r"[ \t]*[—–-][ \t]*(?P<name>[^()\n]{1,60}?)[ \t]*\(@\w{1,30}\)[ \t]+[A-Z][a-z]+\.?[ \t]+\d{1,2},"
                        r"[ \t]+\d{4}[ \t]*$", re.M)
_QUOTED_NAME = re.compile(r"[ \t]*(?P<who>(?:[A-Z][\w.’'-]*[ \t]){0,3}[A-Z][\w’'-]+):[ \t]+")
_POST_LINK = re.compile(r"[ \t]*(?:pic\.twitter\.com/\S+|https?://t\.co/\S+)[ \t]*$")
# Verbs whose quoted object or phrase is the subject's words: the cues, and speaking or naming with no clause
_SPEAKING = lexicon.REPORTING_VERBS | {"speak", "talk", "describe", "term", "dub", "label", "brand"}
# The modals reported speech shifts "will", "can" and "may" to: "said it would appeal", "This would help ...".
_BACKSHIFTED = frozenset({"would", "could", "might"})
_QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "who", "whom", "which", "when", "where"})
# adverbs that move the story on in time: a "would" under them is the future in the past, not a report
_SEQUENCE = frozenset({"later", "eventually", "afterwards", "afterward", "subsequently", "ultimately"})
# words that put a date in the story's past or its sequence, not ahead of the report: "two years ago", "that night"
_NARRATED_TIME = frozenset({"ago", "last", "yesterday", "earlier", "previous", "before", "past", "that", "following"})
# words that put a date ahead of the report: "by 2030", "next year", "until June"
_FORECAST_TIME = frozenset({"by", "next", "coming", "until", "till", "from", "within"})
# what a verb has when it is not a bare command: a subject, or an auxiliary ("will add", "to add")
_SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})
# what an act on "me" can be told beside: a clause of its own, or a phrase set off, carries its own news
_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "ccomp", "appos", "conj"})
# words that date a count to the moment of writing: a running total is news, not an offer
_RUNNING_COUNT = frozenset({"now", "latest"})
# spans that put an "earlier" before the story, not in its day: "three years earlier", not "earlier that day"
_LONG_SPANS = frozenset({"year", "month", "decade", "century"})
_ACTOR_NOUNS = lexicon.ORG_NOUNS | lexicon.PERSON_NOUNS | lexicon.ROLE_NOUNS
# What an agent of a body or a wrongdoer does that is the news: an arrest, a charge, a raid, a seizure, a rescue,
# a closure, a ban, a crime. Closed, for their other acts are the scene or its courtesies ("greeted the minister",
# "handed out leaflets", "attended the ceremony", "gave a standing ovation", "cut the ribbon", "treated the boy at
# the scene"), which every crash, visit or ceremony story carries and no reader would check. "hold" only as
# "held up" (a robbery): "held a meeting" is the scene.
_AGENT_ACTS = frozenset({"arrest", "detain", "charge", "indict", "nab", "seize", "raid", "search", "deport",
                         "rescue", "free", "release", "evacuate", "airlift", "winch", "pull", "recover", "amputate",
                         "close", "shut", "seal", "ban", "fine", "suspend", "shoot", "kill", "stab", "attack",
                         "injure", "beat", "steal", "rob", "burgle", "loot", "ransack", "torch", "smash", "storm",
                         "kidnap", "abduct", "hold"})
# The acts taken on what someone said or found, which stay news beside those words: a resignation, an arrest,
# a charge, a ban, a fine, a closure. Closed: most listed events also name the scene of words ("held a press
# conference", "led the applause", "lost his temper", "joined the debate"), or are words ("released a statement",
# "dismissed the claims", "withdrew the remark"). Not "approve": what a meeting approves is mostly its routine
# business ("approved the minutes", "approved of the idea"), and an approval that is news carries its vote.
_DECISIVE_ACTS = frozenset({"resign", "quit", "arrest", "detain", "charge", "indict", "convict", "sentence", "fine",
                            "ban", "suspend", "expel", "sack", "close", "shut", "cancel", "free", "evacuate", "halt",
                            "recall", "veto", "impose", "sanction", "scrap", "axe"})
# Decisive acts only when a body does them: a council closing a road or an airline cancelling flights decides, a
# chairman closing a meeting, a reader cancelling a subscription or a coach freeing his wingers does not.
_BODIES_ACTS = frozenset({"close", "shut", "cancel", "free"})
# The work a body starts or takes over that is news when begun: a closed list, for what else a body "begins" is
# mostly a sitting, a season, an event or a figure of speech ("began its congress", "started the campaign as
# favourites", "took over the mantle"). "talks" by its form: a "talk" begun is a speech.
_WORK = frozenset({"investigation", "inquiry", "enquiry", "probe", "review", "audit", "search", "hunt", "manhunt",
                   "trial", "repair", "work", "production", "construction", "demolition", "talks", "negotiation",
                   "debate", "discussion", "proceedings", "operation", "evacuation", "recount", "count", "airlift",
                   "drive", "flight", "inspection", "crackdown", "consultation", "recall", "strike", "rollout", "running",
                   "control", "management"})

# What a body opens work with beside someone's words: "opened an investigation", "launched a probe", "ordered a review",
# "has begun an inquiry"
_OPENING_VERBS = frozenset({"open", "launch", "order", "start", "begin"})

# Who rules rather than opens work: a court's or a judge's order for an inquiry is its ruling.
_BENCH = frozenset({"court", "tribunal", "judge", "justice", "magistrate"})

# Marks of an agent no longer acting for the body: "a retired detective", "former officers".
_OUT_OF_POST = frozenset({"retired", "former", "ex", "sacked", "dismissed", "suspended"})


def _actors(verb: Token) -> list[Token]:
    """Who does the verb's act: its subject; a verb coordinated with one that has a subject shares it ("Chua
    was called abusive and received death threats"); in the passive, the agent too ("He was nominated by a
    faction of the party": the faction acts)."""
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_.startswith("nsubj")]
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return subjects + agents


def _agents_act(verb: Token, subj: Token) -> bool:
    """ "Detectives arrested a man", "Firefighters freed a driver": an unnamed agent of a body (or a wrongdoer)
    counts as an actor only for a listed act (``_AGENT_ACTS``) done, in the active, to someone or something;
    "Officers were praised", "Officials greeted the minister" tell the scene. An unnamed agent's act counts only in
    the story's own tense: "Thieves had stolen the statue, and it was never found" is background even undated (what
    else is background its callers leave out through ``_news_now``)."""
    lemma = lexicon.verb_lemma(verb)
    if subj.dep_ != "nsubj" or subj.lemma_.lower() not in lexicon.BODY_AGENTS or lemma not in _AGENT_ACTS \
            or lemma == "hold" and not lexicon.with_particle(verb, "up") or not _done(verb) or _pluperfect(verb):
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


def _looked_back(verb: Token) -> bool:
    """ "Back then, officers searched every car", "In those days, thieves stole to order": an act set in a past the
    story looks back on is background in any tense; a past perfect alone is so only when dated before the story
    (``_news_now``)."""
    return any(c.dep_ in ("advmod", "prep") and ({"back", "then"} <= (words := {t.lower_ for t in c.subtree})
                                                  or {"those", "days"} <= words) for c in verb.children)


def _counted(subj: Token) -> bool:
    """ "Hundreds of people were arrested", "Three were injured": a subject that is itself a count is as
    checkable as a counted noun ("two people"), though the count heads the phrase."""
    return subj.lower_ != "one" and (subj.like_num or subj.ent_type_ == "CARDINAL" and subj.tag_ in ("NNS", "CD"))


def _named_before(subj: Token) -> bool:
    """ "The administration issued ...", "the man was rescued", "the editors packed up": a definite body
    or person is one the story has named, so its act is as checkable as the named actor's. A pronoun is
    not enough: "He was not selected" is as often colour as event."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
    return definite and subj.lemma_.lower() in _ACTOR_NOUNS


def _befalls(verb: Token, subj: Token) -> bool:
    """ "A passenger also died", "A fire has broken out": a verb whose subject undergoes it rather than
    acting tells a happening, a death or a disaster, checkable whoever it befell; only a pronoun, with no
    one to check, falls short, but for a death found ("She was discovered dead"), checkable as such. Only in the
    main clause: "closed after a woman died" tells the closure."""
    if verb.dep_ not in ("ROOT", "conj"):
        return False
    lemma = verb.lemma_.lower()
    if _found_dead(verb):
        return True
    happens = lemma in lexicon.HAPPENINGS or lemma == "break" and lexicon.with_particle(verb, "out")
    return happens and subj.pos_ in ("NOUN", "PROPN")


# How copy tells that someone was found dead: the verbs of finding and the states a body is found in.
_FINDING_VERBS = frozenset({"find", "discover"})
_FOUND_DEAD = frozenset({"dead", "hanged", "drowned"})


def _finding_complements(verb: Token) -> list[Token]:
    """The states a finding found ("found dead", "found guilty", "discovered hanged"): a finding verb's
    complements, adjectives or verbs as the parser makes them."""
    if verb.lemma_.lower() not in _FINDING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp")]


def _found_state(verb: Token) -> Token | None:
    """ "was found dead", "was found guilty": the state a finding found, when "find" has one; such a finding
    is a discovery or a verdict, an act, though "find" also reports findings ("found that ...")."""
    if verb.lemma_.lower() != "find":
        return None
    return next((c for c in _finding_complements(verb) if c.pos_ != "VERB"), None)


def _found_dead(verb: Token) -> bool:
    """ "Anastasia Lashmanova, 33, was found dead in her apartment", "was discovered hanged at her flat": found
    dead tells a death, as checkable as "died"; "discovered" and "hanged" or "drowned" tell it as often. Only the
    living die: beyond "found dead" as it always was read, the one found is a person or a creature, since a
    battery is "discovered dead" and flowers "found drowned"."""
    found = [c for c in _finding_complements(verb) if c.lower_ in _FOUND_DEAD and not _figurative_death(c)]
    if not found:
        return False
    states = {c.lower_ for c in found}
    return states == {"dead"} and verb.lemma_.lower() == "find" or any(
        _living(s) for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))


def _figurative_death(state: Token) -> bool:
    """ "dead set against the plan", "drowned in debt": idioms that kill no one."""
    after = state.doc[state.i + 1] if state.i + 1 < len(state.doc) else None
    return state.lower_ == "dead" and after is not None and after.lower_ == "set" \
        or any(p.lower_ == "in" and o.lemma_.lower() in lexicon.FIGURATIVE_FLOODS
               for p in state.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")


def _living(subj: Token) -> bool:
    """A person or a creature: "Mr Ali", "she", "they", "the toddler", "The 14-year-old", "Hundreds of fish"."""
    counted = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"] if _counted(subj) else []
    plant = subj.lemma_.lower() in lexicon.PLANTS
    return not plant and (_person(subj) or subj.lower_ == "they" or _aged(subj)) \
        or any(t.lemma_.lower() in lexicon.CREATURES for t in [subj, *counted])


def _aged(subj: Token) -> bool:
    """ "The model, 51, has been announced as ...", "The 16-year-old was charged": a definite noun given an age
    is a person the story has identified (the age is how news copy identifies one), as checkable as a name."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
        return False
    if any(c.dep_ == "appos" and c.like_num for c in subj.children):
        return True
    return subj.lower_ == "old" and any(c.lemma_.lower() == "year" for c in subj.children)


def _misread_main_verbs(root: Token) -> list[Token]:
    """ "The 13-year NBA veteran Rasual Butler has died ...": a long subject can make the parser take its
    noun for the root of the sentence and the verb for a relative clause. A "relative clause" with its own
    named subject and no relative pronoun, under a noun root, is the sentence's verb."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return []
    return [c for c in root.children if c.dep_ == "relcl" and c.pos_ == "VERB" and c.i > root.i
            and any(s.dep_.startswith("nsubj") and s.pos_ == "PROPN" for s in c.children)]


def _departure(verb: Token) -> bool:
    """ "left the central bank" is an event; "the attack has left pharmacies in a bind" is not: "leave"
    counts only with a post or a named place or body as its object (other verbs always pass)."""
    if verb.lemma_.lower() != "leave":
        return True
    return any(c.dep_ == "dobj" and _post_or_named(c) for c in verb.children)


def _post_or_named(tok: Token) -> bool:
    """A post ("the cabinet", "his job") or a named place or body ("Labour", "the central bank"): what one leaves
    or quits as a departure, not a habit or a state ("quit smoking", "left pharmacies in a bind")."""
    return bool(tok.ent_type_) or tok.lemma_.lower() in lexicon.POSTS


def _setting_kept(verb: Token) -> bool:
    """ "The central bank kept its policy settings unchanged", "left the official cash rate steady": a body keeping a
    setting as it was decides so, as "held rates at 4.5%" does, though "keep" is otherwise a state and "leave" a
    departure; "kept residents away" keeps no setting, and a person keeping something steady ("kept her voice
    steady") is the scene, and so is a body keeping a person so ("The hospital kept the patient stable overnight"):
    it is care, not a setting."""
    if verb.lemma_.lower() not in ("keep", "leave") or not any(_body(s) for s in _actors(verb)):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(_person(o) for o in objects) \
        and any(t.lower_ in lexicon.UNCHANGED for o in objects for t in [*o.children, *verb.children])


def _person(tok: Token) -> bool:
    """A person, by name, pronoun or noun ("Mr Ali", "him", "the patient", "the injured men")."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in lexicon.PRONOUNS_PERSON | {"them"} or names_people(tok) \
        or tok.lemma_.lower() in lexicon.PERSON_NOUNS | lexicon.CARED_FOR_NOUNS


def _stance(verb: Token) -> bool:
    """ "defended his decision to drop the captain", "stood by her remarks", "justified the move": taking a side on
    one's own act or words is speech that gives no content; "defended his title" or "defended the city" is an act."""
    lemma = verb.lemma_.lower()
    if lemma in ("defend", "justify"):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma == "stand":
        objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                   if g.dep_ == "pobj"]
    else:
        return False
    return any(o.lemma_.lower() in lexicon.STANCE_NOUNS for o in objects)


# "declined to comment", "refused to identify the suspect", "failed to explain how": what a source would not say
_WITHHELD = frozenset({"comment", "say", "discuss", "elaborate", "respond", "confirm", "answer", "speculate",
                       "disclose", "reveal", "specify", "identify", "name", "detail"})
# what one agrees to that is only speaking to the reporter or posing for one ("agreed to be interviewed", "agreed to
# a request for comment"), or an idiom ("agreed to disagree"): no decision
_INTERVIEWED = frozenset({"interview", "meet", "request", "comment", "photograph", "photo", "appearance", "appear",
                          "pose", "disagree"})


# what one turns up for when one "reports for" it: "reported for jury duty", "reported for pre-season training"
_DUTIES = frozenset({"duty", "work", "service", "training"})
# what a body adds to a thing that is words, a stance or an idiom, not a thing put in: "added a correction to the
# article", "added its weight to the campaign", "added fuel to the row"
_WORDS_ADDED = frozenset({"note", "correction", "clarification", "caveat", "disclaimer", "voice", "weight", "name",
                          "support", "twist", "touch", "fuel", "insult"})


def _non_answer(verb: Token) -> bool:
    """ "A spokeswoman for the company declined to comment": a source that would not speak is the story's
    paperwork, not an event the reader can check."""
    return verb.lemma_.lower() in lexicon.WITHHOLDING_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _WITHHELD | lexicon.ACCOUNT_CUES for c in verb.children)


def _done(verb: Token) -> bool:
    """ "unveiled the budget", "has died in a crash", "were arrested": an action told as done (past or
    perfect, active or passive) rather than a state, a thought or speech, which are not events."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.STATE_VERBS or lemma in lexicon.SCHEDULING_VERBS or _gesture(verb) or _asks(verb) \
            or _expected(verb):
        return False
    # a verb of telling is speech, unless it tells an appointment, a finding's state or an act its complement
    # makes of it; any of them is done only as the tense below says ("will be announced as coach" is not yet)
    if lemma in lexicon.REPORTING_VERBS and not (_appointed(verb) or _found_state(verb) is not None
                                                 or _displayed(verb) or _telling_nothing(verb)):
        return False
    return _told_as_done(verb)


def _expected(verb: Token) -> bool:
    """ "Manchester United are set to sign the striker", "Labour is tipped to win the seat", "was poised to resign":
    a verb of expectation in the passive, with what is expected after it, tells a forecast, not an act done ("The
    council set a new budget" is one)."""
    return verb.lemma_.lower() in EXPECTED_TO and any(c.dep_ == "auxpass" for c in verb.children) \
        and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children)


def _told_as_done(verb: Token) -> bool:
    """Past or perfect, active or passive: the tense of an act that has happened."""
    if verb.tag_ == "VBD":
        return True
    # "has been ordering attacks": the perfect progressive tells an act begun and still going, as done as the perfect
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("have", "be")
                                      and c.tag_ in ("VBD", "VBZ", "VBP") for c in verb.children)


def _figure_told_as_done(figure) -> bool:
    """Whether the verb a figure hangs from tells an act done. Only a form that cannot be read as the present counts:
    "cost", "put" and "set" are past and present alike ("Tickets cost £35" describes), a present passive ("is
    rated 15") is a description, and so is a state ("In each of the three flats, I have been above a trattoria")."""
    verb = next((t for t in figure.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return (verb is not None and verb.lemma_ != "be" and _told_as_done(verb) and verb.lower_ != verb.lemma_.lower()
            and not any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children))


def _decisive_sense(verb: Token, lemma: str) -> bool:
    """Whether a decisive act is meant in its decisive sense: "resigned herself to defeat" is no resignation,
    "quit smoking" no leaving of a post ("quit" alone, "quit the cabinet" or "quit Labour" is), and a broad act
    (``_BODIES_ACTS``) decides only when a body does it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lower_.endswith(("self", "selves")) for o in objects):
        return False
    if lemma == "quit" and not all(_post_or_named(o) for o in objects):
        return False
    return lemma not in _BODIES_ACTS or any(_body(s) for s in _actors(verb))


def _news_now(verb: Token) -> bool:
    """Whether an act told as done is the story's news: not denied ("Police have not arrested anyone", "has not
    started work on the bridge"), not a past the story looks back on ("Back then, officers searched every car"), nor
    its background in the past perfect dated before it ("Police had arrested him in 2019", "had fined the broadcaster
    twice before"). One guard for every narration path that reads an act as the author's assertion. A past perfect
    with no date of its own is as often the story's own sequence ("Within hours, police had arrested a suspect", "The
    vote had been lost by two") and stays news."""
    if any(c.dep_ == "neg" for c in verb.children) or _looked_back(verb):
        return False
    return not (_pluperfect(verb) and _dated_earlier(verb))


def _dated_earlier(verb: Token) -> bool:
    """ "in 2019", "twice before", "years earlier", "previously": a date or an adverb of the verb's own that puts its
    act before the story's."""
    return any(_before_the_story(t) for c in verb.children
               if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree)


def _before_the_story(word: Token) -> bool:
    """A year, "previously", "ago"; "before" only as an adverb with no object ("twice before"), "earlier" only with a
    span of years ("years earlier"). With an object or a day, both are the story's own sequence ("Before dawn,
    police had sealed off the street", "Earlier that day, police had arrested a suspect"), as ``_NARRATED_TIME``
    reads them."""
    if looks_like_year(word.text) or word.lower_ in ("previously", "ago"):
        return True
    if word.lower_ == "before":
        return not any(c.dep_ in ("pobj", "pcomp") for c in word.children)
    return word.lower_ == "earlier" and any(c.lemma_.lower() in _LONG_SPANS for c in word.children)


def _pluperfect(verb: Token) -> bool:
    """ "Thieves had stolen the statue in 1994", "The minister had resigned in 2019": an act told in the past
    perfect. Every narration path reads it as background when dated before the story (``_news_now``); the
    unnamed-agent and decisive-act paths refuse it dated or not, for there an undated one is as often background
    ("Thieves had stolen the statue, and it was never found")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _undertaken(verb: Token) -> bool:
    """ "Police have started an investigation", "the Senate began debate on the bill", "Scotland Yard has taken over
    the inquiry": a body starting or taking over a piece of work does what "launched" or "seized" does, though
    "start", "begin" and "take" are otherwise too idle to be acts ("she started crying", "began his speech by ...",
    "started to wonder", "has begun looking at options"). Only a body's, and only with the work named: a noun
    object from the closed list of work (`_WORK`: "began its meeting at 9am", "started the day with an assembly"
    tell when, not what), or a gerund that is itself no state ("have begun selling hot cross buns")."""
    lemma = verb.lemma_.lower()
    if not (lemma in ("start", "begin") or lemma == "take" and lexicon.with_particle(verb, "over")):
        return False
    if not _told_as_done(verb) or not any(_body(s) for s in _actors(verb)):
        return False
    return _work_named(verb) or any(
        c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() not in lexicon.STATE_VERBS for c in verb.children)


def _work_named(verb: Token) -> bool:
    """Whether the verb's object is a piece of work from the closed list (``_WORK``): "an inquiry", "talks"."""
    return any(c.dep_ == "dobj" and {c.lemma_.lower(), c.lower_} & _WORK for c in verb.children)


def _work_opened(verb: Token) -> bool:
    """ "Police have launched an inquiry after a councillor said ...", "The ministry ordered a review after auditors
    warned ...": a body, or an agent of one ("Detectives", "Prosecutors"), opening work from the closed list
    (``_WORK``) starts what the story goes on to report, a second event beside the words as a ban or an arrest is.
    "opened the door", "launched her campaign" or "opened the session" open no work. A court or a judge ordering
    an inquiry rules, it opens no work of its own ("The High Court ordered an inquiry after ...")."""
    if verb.lemma_.lower() not in _OPENING_VERBS:
        return False
    actors = _actors(verb)
    if any(s.lemma_.lower() in _BENCH for s in actors):
        return False
    if not any(_body(s) or _agents_of_body(s) for s in actors):
        return False
    return _work_named(verb)


def _agents_of_body(subj: Token) -> bool:
    """ "Detectives", "Prosecutors": those who act for a body, as a body's own staff. One of them, or one marked as
    out of post ("A retired detective", "former officers"), acts for himself, not for the body."""
    return subj.dep_ == "nsubj" and subj.tag_ == "NNS" and subj.lemma_.lower() in lexicon.BODY_AGENTS \
        and not any(c.dep_ == "amod" and c.lower_ in _OUT_OF_POST for c in subj.children)


def _body(tok: Token) -> bool:
    """An organisation or a country by name, or a body by its noun ("the council", "police")."""
    return tok.ent_type_ in ("ORG", "GPE") or tok.lemma_.lower() in lexicon.ORG_NOUNS


def _telling_nothing(verb: Token) -> bool:
    """A verb of telling in the sense its complement gives it, which tells nothing: a decision ("EU leaders agreed to
    cap the price of oil", "agreed to a ceasefire"), turning up ("reported for jury duty"), putting a thing into
    another ("Netflix added a cheaper plan to its service") or raising a matter with a body ("complained to the
    council", "alerted police"). Not when what is agreed is speech itself ("agreed to speak on condition of
    anonymity"). A clause or a quote to tell ("agreed that ...", "added: ...") the cue rules take first."""
    lemma = verb.lemma_.lower()
    if lemma not in ("agree", "report", "add", "complain", "alert", "notify"):
        return False
    children = list(verb.children)
    preps = {c.lower_: [g for g in c.children if g.dep_ == "pobj"] for c in children if c.dep_ == "prep"}
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma == "agree":
        # a decision is a body's or a group's; a lone person agreeing to something is mostly an arrangement
        # ("the mayor agreed to take questions", "agreed to sign copies")
        if not any(_body(s) or s.tag_ in ("NNS", "NNPS") for s in _actors(verb)):
            return False
        return any(g.lemma_.lower() not in _INTERVIEWED for g in preps.get("to", [])) or any(
            c.dep_ == "xcomp" and c.lemma_.lower() not in _SPEAKING | _WITHHELD | _INTERVIEWED for c in children)
    if lemma == "report":
        # only a duty turned up for: "reported for the BBC from Kabul" is a byline, "for years" a paper's work
        return any(g.lemma_.lower() in _DUTIES for g in preps.get("for", [])) and not objects
    if lemma == "add":
        # a body's, and a thing, not words or weight: "added a note to the article", "added his voice to calls"
        return bool(preps.get("to")) and any(_body(s) for s in _actors(verb)) and any(
            o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() not in lexicon.SUMMING_NOUNS | _WORDS_ADDED
            for o in objects)
    return any(_body(t) for t in objects + preps.get("to", []))


def _gesture(verb: Token) -> bool:
    """ "Lyle laughed", "she sat with her head bowed": a gesture or a posture colours a person's scene. The same
    verb done by a body ("Boeing paused deliveries of the 787", "Parliament sat until midnight") is its act."""
    return verb.lemma_.lower() in lexicon.DEMEANOUR_VERBS and not any(_body(s) for s in _actors(verb))


def _asks(verb: Token) -> bool:
    """ "Tate then asked why nothing was done", "wondered whether the vote would pass": a clause that is an
    indirect question tells a question put, and a question is no claim."""
    return any(c.dep_ == "ccomp" and c.left_edge.lower_ in _QUESTION_WORDS for c in verb.children)


def _appointed(verb: Token) -> bool:
    """ "The model, 51, has been announced as the trust's global ambassador", "was confirmed as chief executive":
    a verb of telling in the passive with an "as" post names someone to a post, an appointment done, not speech."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _displayed(verb: Token) -> bool:
    """ "was shown on Celebrity Big Brother in tears", "the footage was shown to the jury": "show" in the passive
    without an infinitive of its own is a showing, a broadcast or a display done; "was shown to have misled the
    inquiry" still reports a finding."""
    return verb.lemma_.lower() == "show" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)


def _rank(ent) -> bool:
    """ "the world's 10th-highest obesity rate", "the third-largest lender": an ordinal with a superlative is
    a place in a ranking, as checkable as a count ("the third time" is not)."""
    if ent.label_ != "ORDINAL":
        return False
    doc, k = ent.doc, ent.end
    if k < len(doc) and doc[k].text == "-":
        k += 1
    return k < len(doc) and doc[k].tag_ in ("JJS", "RBS")


def _conditional(root: Token) -> bool:
    """ "If they are seen as art, the prints are 100,000 years older": a main clause that holds only on a
    condition states nothing the reader can check, whatever figure it carries."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in root.children)


def _backshifted(root: Token) -> bool:
    """ "It would double the number of ferries": "will" or "can" shifted back under a past report. "Engineers
    could not agree" (people named as acting on their own: past ability, perception) and "He would later
    become ambassador" (a later time: the future in the past) are the author's narration."""
    modals = {c.lower_ for c in root.children if c.dep_ == "aux"} & _BACKSHIFTED
    if not modals:
        return False
    for c in root.children:
        # "Residents would save $300" is a shifted "will" whoever saves; only "could" with people tells ability
        if "could" in modals and c.dep_ == "nsubj" and c.pos_ != "PRON" and (
                c.ent_type_ in ("PERSON", "NORP") or names_people(c) or c.lemma_.lower() in lexicon.PERSON_NOUNS):
            return False
        # "by next year", "by 2030" date the forecast itself; "last year", "that night", "In 2019" the story told
        if c.dep_ in ("advmod", "npadvmod", "prep") and (c.lemma_.lower() in _SEQUENCE or _narrated_date(c)):
            return False
    return True


def _narrated_date(phrase: Token) -> bool:
    """ "last year", "that night", "In 2019, the club would win" date the story told; "by next year", "until
    June", "would open in 2027" date a forecast. Without the article's own date a year alone cannot say which:
    a year set before its verb is the scene a narrative opens with, one after it the forecast's date."""
    dates = [t for t in phrase.subtree if t.ent_type_ in ("DATE", "TIME")]
    if not dates:
        return False
    if any(t.lower_ in _NARRATED_TIME for t in dates):
        return True
    ahead = any(t.lower_ in _FORECAST_TIME for t in phrase.subtree)
    return not ahead and phrase.i < phrase.head.i and any(looks_like_year(t.text) for t in dates)


def _first_person(root: Token) -> bool:
    """ "I’ve previously noted the chatter that AT&T may ... its $84.5 billion acquisition": where the author
    speaks as "I", the sentence is the author's commentary on the story, whatever figure it carries. Where the
    author is the one acted on ("Richard Alston invited me to be in his new work", "Ryanair charged me €55", "kept
    me waiting"), it is the author's own story, a column's or a diary's, not a report; unless a figure sits in a
    clause or a phrase set off from that act ("Residents showed me where the river burst its banks, flooding 200
    homes", "drove me to the camp, now home to 40,000 people"): there the act on "me" is the reporter's scene and
    the figure is the news. Every caller gets this: the author's assertion and a continued report
    (``continued_reports``)."""
    if any(c.dep_.startswith("nsubj") and c.lower_ == "i" for c in root.children):
        return True
    return any(_author_acted_on(c) for c in root.children) and not _figure_set_off(root)


def _author_acted_on(child: Token) -> bool:
    """Whether a child of the main verb is the author as its object, or as the subject of its complement ("invited
    me to dance", "kept me waiting"). Only a lower-case "me": a title's "Me" ("Call Me Maybe") names a work."""
    if child.dep_ in ("dobj", "dative"):
        return child.text == "me"
    return child.dep_ in ("xcomp", "ccomp") and any(g.dep_ in ("nsubj", "dobj") and g.text == "me" and g.i < child.i
                                                    for g in child.children)


def _figure_set_off(root: Token) -> bool:
    """Whether a figure of the sentence sits in a clause of its own (where, that, showing, flooding) or in a phrase
    set off by a comma, not under the act on "me" itself: "made me wait 11 days" keeps its figure the author's."""
    doc = root.doc
    for figure in root.subtree:
        if not (figure.like_num or figure.ent_type_ in NUMBER_LABELS) or looks_like_year(figure.text):
            continue
        head = figure
        while head.i != root.i:
            set_off = head.dep_ in _SUBORDINATE or head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == ","
            if set_off and not any(g.text == "me" for g in head.children):
                return True
            head = head.head
    return False


def _listing_entry(sent: Span) -> bool:
    """ "Doubles from £95 B&B, seasideinn.co.uk", "One week from €700, lanzaroteretreats.com": a line that gives a web
    address as an element of its own, after a comma or a semicolon, and has no verb of its own (one in brackets,
    "(sleeps 4)", is the entry's) is a travel box's, a gig guide's or a calendar's entry; its prices and times
    describe what is on offer, they report nothing. A company named by its address ("Ocado.com sales up 9%") or a
    source in brackets ("UK inflation at 6.7% in August (ons.gov.uk)") is a brief's; a percentage is a change, and
    "now" or "latest" dates a running count ("Fundraiser ... now at £250,000", "Covid latest: 1,204 new cases"):
    neither is on offer."""
    if sent.root.pos_ in ("VERB", "AUX"):
        return False                            # most sentences: no walk over their words
    doc = sent.doc
    if not any(t.like_url and t.i > sent.start and doc[t.i - 1].text in (",", ";") for t in sent) \
            or any(e.label_ == "PERCENT" for e in sent.ents) or any(t.lower_ in _RUNNING_COUNT for t in sent):
        return False
    depth = 0
    for t in sent:
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.pos_ in ("VERB", "AUX"):
            return False
    return True


def _instructs(root: Token) -> bool:
    """A bare command in narration. Not one of "be": "Be aware that parking costs £6" is service copy, but "Be
    careful on the A82, where 3 crashes were reported this week" carries the news it warns of."""
    return root.pos_ == "VERB" and _bare_command(root)


def _bare_command(root: Token, start: int = 0) -> bool:
    """ "Heat the oven to 200C and roast the squash for 40 minutes", "Call 0800 123 456 for tickets, which cost £12",
    a turn's "Be patient" or "Ask me in September": a bare command with no subject (from character ``start`` on)
    tells the reader or the asker what to do; its figures are a recipe's or a service's, not a report. "Add to that
    a 3% rise, and drivers face a £200 bill" goes on to a clause of its own that reports."""
    if root.tag_ != "VB" or any(c.dep_ in _SUBJECT_OR_AUX and c.idx >= start for c in root.children):
        return False
    return not any(_clause_of_its_own(c) for c in root.children)


def _clause_of_its_own(verb: Token) -> bool:
    """A clause under a seeming command that reports: a conjunct with a subject ("..., and drivers face a £200
    bill"), or one the parser hangs off a verb-named body's first word, finite and unsubordinated or with a named
    subject ("Stand Up To Racism organised the march", "Make UK cut its growth forecast"). "Heat the oil until it
    shimmers" stays a command."""
    if verb.dep_ == "conj":
        return any(c.dep_.startswith("nsubj") for c in verb.children)
    if verb.dep_ not in ("advcl", "ccomp", "parataxis"):
        return False
    return ((verb.tag_ in ("VBD", "VBZ") and not any(c.dep_ == "mark" for c in verb.children))
            or any(c.dep_.startswith("nsubj") and c.tag_ in ("NNP", "NNPS") for c in verb.children))


def _misparsed_report(root: Token) -> tuple[Token, Token] | None:
    """ "The coast guard said 3.5 hours passed before ...": the parser may hang the reported clause's verb off
    its subject ("hours" <- "passed") and leave no clause to report; the sentence is still the speaker's telling.
    The speaker and the reported clause's first word, if so. An infinitive so hung is no clause: "announced a
    plan to cut 500 jobs" reports an act."""
    speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if speaker is None or root.lemma_.lower() not in lexicon.REPORTING_VERBS:
        return None
    hung = next((c for c in root.children if c.i > root.i
                 and any(v.dep_ == "acl" and v.tag_ != "VB" for v in c.children)), None)
    return (speaker, hung.left_edge) if hung is not None else None


def _speculative(root: Token) -> bool:
    """ "The balance could shift if ...": the author speculates; nothing there can be checked."""
    return any(c.dep_ == "aux" and c.lower_ in lexicon.SPECULATIVE_MODALS for c in root.children)


def _asks_or_bids(sent, start: int) -> bool:
    """A question, or a bare imperative ("Ask me in September."): a turn that states nothing. The parser may
    take the speaker's label before ``start`` for the imperative's subject."""
    # Its own last mark, not ``turns.is_question``: a turn ending on a quoted question ("“why?”") asks no one.
    return sent.text.rstrip().endswith("?") or _bare_command(sent.root, start)
