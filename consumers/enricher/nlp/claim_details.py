"""Per-claim details: the numbers, names, hedges and negation inside a claim's content.

``ClaimDetails`` is a part of ``claims._DocClaims`` (a mixin): it reads the state that
class sets up (``doc``, ``text``, ``ents``, ``ent_starts``, ``canon``) and its
``_token_at``, ``tokens_in`` and ``token_range``. Numbers come from the model's number entities inside the content, split
into the amounts of a range and normalised by ``numbers.parse_number``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Span, Token

from consumers.enricher.nlp import lexicon
from consumers.enricher.nlp.cues import DENIAL, HEDGE_ADJECTIVES_ADVERBS, HEDGE_VERBS
from consumers.enricher.nlp.doc_text import doc_text
from consumers.enricher.nlp.entities import NAME_LABELS
from consumers.enricher.nlp.measured import level_verb, measured
from consumers.enricher.nlp.numbers import CODES, COUNTRY_CURRENCIES, CURRENCY_LETTERS, CURRENCY_WORDS, DENOMINATORS, \
    PERCENT_WORDS, MEASURE_UNIT_PATTERN, SAME_IN_BOTH_NUMBERS, SCALES, SHARED_CURRENCY_NAMES, SIGNS, SPELLED_COUNT, \
    SPELLED_NUMBERS, VAGUE_QUANTIFIERS, PREFIXED_SIGN, TIME_UNITS, Parsed, alternation, amount_spans, looks_like_year, parse_number, \
    singular, unknown_currency
from consumers.enricher.nlp.people import PARENT_WORDS
from consumers.enricher.nlp.tallies import tally_spans
from newsradar.clock import MONTHS, WEEKDAYS
from newsradar.measures import TALLIES
from newsradar.number_words import WORDS

NUMBER_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
NAMED = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "HANDLE"}


def _denied_denial(verb: Token) -> bool:
    """ "did not dispute that it had lost $2 million": a denial of a clause, itself negated, with no negation in
    that clause ("did not deny that troops had not been paid" keeps one). "did not deny bail" refuses nothing
    said: "deny" with an object is another verb."""
    if verb.lemma_.lower() not in DENIAL or not any(c.dep_ == "neg" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(c.dep_ == "neg" for clause in clauses for c in clause.children)


class ClaimDetails:
    def _ents_in(self, start: int, end: int):
        i = bisect_left(self.ent_starts, start)
        while i < len(self.ents) and self.ents[i].start_char < end:
            yield self.ents[i]
            i += 1

    def _is_number(self, ent) -> bool:
        # a phone number or a code ("1-800-273-8255", "0300 123 3393", "a 3-4-2-1 shape") counts nothing, whatever
        # the model tags it (QUANTITY and PERCENT as well as CARDINAL): a listing's or a service box's line that gives
        # one ("The Lifeline is 1-800-273-8255") reports no figure. This acts for the author's assertion
        # (narration_rules), attribution_numbers and the commentary test of cue_rules; numbers() has already dropped
        # every code, and every record, through _clock_or_code
        if _code(ent):
            return False
        if ent.label_ in ("MONEY", "PERCENT", "QUANTITY"):
            return True
        if ent.label_ in ("DATE", "TIME"):
            # "for nearly three weeks" can be checked; "for a few hours" is colour, and "a two-year
            # renovation" only describes its noun (the hyphen before the unit: "twenty-five years" has one too)
            duration = _DURATION.match(ent.text)
            return duration is not None and not _sets_the_scene(ent) and _VAGUE_COUNT.search(duration.group("core")) is None \
                and "-" not in duration.group("core").split()[-1]
        if ent.label_ != "CARDINAL":
            return False
        if any(c.isdigit() for c in ent.text):
            return not looks_like_year(ent.text) and not _bracketed_age(ent)
        # "Four million more people": a scale word makes an amount, whatever the parse; "two-thirds" a share
        # ("half" alone is as loose as "most")
        if any((t.lower_ in SCALES and t.like_num) or (t.lower_ in DENOMINATORS and t.lower_ != "half") for t in ent):
            return True
        # a spelled count of something: "Thirteen pre-school staff", "two dozen people", never "one"
        # "Thirteen staff": the small model often makes the count a compound of its noun
        root = ent.root
        if ent.text.lower() in ("one", "a", "an"):
            return False
        # "sickened more than a dozen", "about twenty were hurt": a hedged count, or a dozen, is a figure whatever
        # it stands for; a bare "the two" or "the dozen" refers, it counts nothing an editor checks ("more than
        # half" stays as loose as "half", "at least one" as "one")
        hedged = any(t.lower_ in _COUNT_HEDGES for t in ent)
        if any(t.lower_ == "dozen" for t in ent) and (hedged or not _after_determiner(ent)) \
                or hedged and any(t.like_num and t.lower_ != "one" for t in ent):
            return True
        # "at least three of which were", "two of the victims": a count of what the "of" names
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ in ("NOUN", "PRON") for g in c.children)
               for c in root.children):
            return True
        counts = root.dep_ == "nummod" or (root.dep_ == "compound" and 0 <= root.head.i - ent.end <= 3)
        return (counts and root.head.pos_ == "NOUN") or _other_end_of_a_count(ent)

    def annotate(self, claim: dict) -> None:
        cs, ce = claim["content_span"]
        parts = claim.pop("_parts")
        claim.pop("_speaker")
        numbers, names = [], []
        ents = [ent for ps, pe in parts for ent in self._ents_in(ps, pe) if ent.end_char <= pe + 1]
        ents = self._figures_across_the_start(parts) + ents
        for ent in ents:
            ent = _count_after_a_date(ent) or _count_before_a_kind(ent) or ent
            if ent.label_ in NAMED and _spelled_count(ent) \
                    or ent.label_ == "DATE" and (_range_of_counts(ent) or _share_of(ent) or _scaled_count(ent)
                                                 or _level_of_a_tally(ent)):
                ent = Span(self.doc, ent.start, ent.end, label="CARDINAL")
            if ent.label_ in NUMBER_LABELS or (ent.label_ in ("DATE", "TIME") and _DURATION_IN.search(ent.text)):
                numbers.extend(self.numbers(ent))
            elif ent.label_ in NAMED:
                label, canonical = self.canon.get(ent.start_char) or (ent.label_, ent.text)
                if canonical not in names:
                    names.append(canonical)
        numbers += self.missed_amounts(parts, numbers)
        numbers += self.untagged_counts(parts, numbers)
        numbers += self.attribution_numbers(claim, parts)
        numbers += self.trailing_numbers(parts)
        scores = [{"start": s, "end": e} for ps, pe in parts for s, e in tally_spans(self.text, ps, pe)]
        claim["numbers"] = _ranges_share_their_unit(self.text, _whole_amounts([
            n for n in numbers
            if not _overlaps(n, scores) and not _RATE_BASE.search(self.text, max(0, n["start"] - 8), n["start"])
            and not self._stated_age(n)]))
        for n in claim["numbers"]:
            n["measures"] = measured(self.doc, n["start"], n["end"])
        claim["entities"] = names
        toks = []
        for ps, pe in parts:
            span = self.doc.char_span(ps, pe, alignment_mode="expand")
            toks += list(span) if span is not None else []
        # each word's lower case and head read once: a read builds a new str or Token, and the tests below ask again
        lowers = [t.lower_ for t in toks]
        heads = [t.head.i for t in toks]
        inside_ids = {t.i for t in toks}
        tops = [t for t, head in zip(toks, heads) if head not in inside_ids or head == t.i]
        top_ids = {t.i for t in tops}
        # "in May" is a month, not a modal
        hedged = any(low in lexicon.HEDGE_WORDS and t.ent_type_ != "DATE" and (t.pos_ != "AUX" or head in top_ids)
                     for t, low, head in zip(toks, lowers, heads)) or bool(claim["cue"]) and any(
            t.lower_ in ("reportedly", "allegedly", "purportedly")
            for t in self.doc[self._token_at(claim["sentence"][0])].sent)
        if not hedged:
            hedged = any(low in HEDGE_ADJECTIVES_ADVERBS or (t.pos_ == "VERB" and t.lemma_.lower() in HEDGE_VERBS)
                         for t, low in zip(toks, lowers))
        if not hedged and "if" in lowers:
            i = lowers.index("if")
            hedged = any(w in lexicon.CONDITION_WORDS for w in lowers[i + 1:i + 8])
        if claim["cue_lemma"] in lexicon.HEDGING_CUES:
            hedged = True
        claim["hedged"] = hedged
        # "did not dispute that it had lost $2 million", "never denied": a denial denied affirms what it governs,
        # whether it is the cue or the top of a content ("the bank did not dispute that ...", a spokesman said)
        negated = any(c.dep_ == "neg" for t in tops if not _denied_denial(t) for c in t.children)
        cue = self.doc[self._token_at(claim["cue_span"][0])] if claim["cue_span"] else None
        claim["negated"] = negated or claim["cue_lemma"] in DENIAL and not (cue is not None and _denied_denial(cue))

    def _figures_across_the_start(self, parts: list[tuple[int, int]]) -> list[Span]:
        """ "said between 3 and 5 million people ...": the content can begin inside a number entity whose first
        word it leaves to the cue; the amount is still the claim's, read whole. So can a date and the count after it
        ("said in 2018 90 schools closed"), which the model tags as one entity and the content cuts after the date."""
        out = []
        for ps, _pe in parts:
            i = bisect_left(self.ent_starts, ps) - 1
            if i < 0:
                continue
            ent = self.ents[i]
            if ent.end_char > ps and (ent.label_ in NUMBER_LABELS or _count_after_a_date(ent) is not None):
                out.append(ent)
            elif ent.end_char <= ps:
                out.extend(self._count_of_the_content_subject(ent, ps))
        return out

    def _count_of_the_content_subject(self, ent: Span, start: int) -> list[Span]:
        """ "said between 200 and 300 families would need help", "said on Friday 80 people were pulled out": the parse
        hangs a count (or a date and the count after it) on the cue, so the content starts at its plural, or after
        it; the count is still the claim's. Only right before the content, and only a count of a plural."""
        # where the plural stands is tested first: the entity before a content is mostly far from it, and a count
        # ends where its entity ends whichever it is
        if ent.end >= len(self.doc):
            return []
        noun = self.doc[ent.end]
        noun_end = noun.idx + len(noun.text)
        if noun.tag_ != "NNS" or self.text[ent.end_char:noun.idx].strip() \
                or not (noun.idx == start or noun_end <= start and not self.text[noun_end:start].strip()):
            return []
        count = _count_after_a_date(ent) or (ent if ent.label_ in NUMBER_LABELS
                                             or ent.label_ == "DATE" and _range_of_counts(ent) else None)
        return [] if count is None else [count]

    def attribution_numbers(self, claim: dict, parts: list[tuple[int, int]]) -> list[dict]:
        """ "The 34 companies do not believe ...", "The post, shared 40,000 times, read:": the size
        or reach of the source is a number of the claim, though outside its content."""
        if not claim["speaker_span"] or not claim["cue_span"]:
            return []
        lo = min(claim["speaker_span"][0], claim["cue_span"][0])
        hi = max(claim["speaker_span"][1], claim["cue_span"][1])
        out = []
        for ent in self._ents_in(lo, hi):
            if ent.end_char <= hi and ent.label_ in NUMBER_LABELS and (ent.label_ != "CARDINAL" or self._is_number(ent)) \
                    and not any(ps <= ent.start_char < pe for ps, pe in parts):
                out.extend(self.numbers(ent))
        return out

    def trailing_numbers(self, parts: list[tuple[int, int]]) -> list[dict]:
        """ "... can be far more powerful, experts say, by 1,000 times or more": a phrase the content's own
        words govern, left after the cue that cut the span short, still holds a figure of the claim."""
        end = max(pe for _ps, pe in parts)
        span = self.doc.char_span(parts[-1][0], end, alignment_mode="expand")
        if span is None:
            return []
        inside = {i for ps, pe in parts for i in self.token_range(ps, pe)}   # ids only: no Token built
        out = []
        for tok in span:
            for child in tok.children:
                if child.idx < end or child.dep_ not in ("prep", "npadvmod") or child.sent.start != tok.sent.start \
                        or child.i in inside:
                    continue
                lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
                out.extend(n for ent in self._ents_in(lo, hi) if ent.end_char <= hi and ent.label_ in NUMBER_LABELS
                           for n in self.numbers(ent))
        return out

    def missed_amounts(self, parts: list[tuple[int, int]], found: list[dict]) -> list[dict]:
        """ "the key 80 per cent double jabbed target", "to 165.5p", "lost R$9 billion", "fall to -3C": an amount the
        small model did not tag, read by the number grammar, and a one-word multiple ("twice as much"). One the
        content's last words open is read whole ("a compensation of Rs. 15,000": the parser hung the figure off
        the cue, past the content)."""
        out: list[dict] = []
        for ps, pe in parts:
            # the percent and temperature patterns need a figure: most parts have none, and a digit is one quick scan
            figure = _DIGIT.search(self.text, ps, pe) is not None
            spans = [(m.start(), m.end(), "PERCENT") for m in _PERCENT.finditer(self.text, ps, pe)] if figure else []
            spans += [(s, e, "MONEY" if self.text[s] in SIGNS else "PERCENT")
                      for s, e in amount_spans(self.text, ps, min(len(self.text), pe + _AMOUNT_REACH)) if s < pe]
            spans += [(*m.span("share"), "PERCENT") for m in _SHARE_BY.finditer(self.text, ps, pe)
                      if not self._share_word_modifies(m.end("share"))]
            spans += [(m.start(), m.end(), "SHARE") for m in _SHARE_OF.finditer(self.text, ps, pe)
                      if _counts_a_share(self.doc[self._token_at(m.end() - 1)])]
            spans += [(_signed_start(_MINUS_WORD_BEFORE, self.text, m.start()), m.end(), "QUANTITY")
                      for m in (_TEMPERATURE.finditer(self.text, ps, pe) if figure else ())
                      if self._reads_as_temperature(_marked_as_temperature(m), m.start())]
            spans += [(m.start(), m.end(), "MULTIPLE") for m in _MULTIPLE.finditer(self.text, ps, pe)
                      if self._counts_times(m.start())]
            for s, e, label in sorted(spans):
                if any(n["start"] < e and s < n["end"] for n in found + out):
                    continue
                if label == "MULTIPLE":
                    out.append(_number(self.text, s, e, Parsed(_MULTIPLES[self.text[s:e].lower()], "time", False)))
                    continue
                s = self._count_past_its_name(s, e)
                parsed = parse_number(self.text[s:e], "CARDINAL" if label == "SHARE" else label)
                # a share's noun is what it is a share of, no unit of it, as the noun after a count is
                if parsed is not None and parsed.unit is None and label != "SHARE":
                    parsed, e = self._count_of_the_noun_after(parsed, e, pe)
                if parsed is not None:
                    out.append(_number(self.text, s, e, parsed))
        return out

    def _count_of_the_noun_after(self, parsed: Parsed, end: int, part_end: int) -> tuple[Parsed, int]:
        """ "three and a half thousand families", "three-quarters of a million homes": an amount the model tagged
        no part of names no unit, so the plural noun after it (past its modifiers) is what it counts, as a tagged
        count's is; inside the claim's part, as a spelled count's. A possessive owns the noun after it ("three and
        a half thousand volunteers' homes" counts homes), so it names nothing counted."""
        i = self._token_at(end)
        if i >= len(self.doc) or self.doc[i].idx < end or self.text[end:self.doc[i].idx].strip():
            return parsed, end
        noun = _noun_counted_after(self.doc, i)
        if noun is None or noun.idx + len(noun.text) > part_end \
                or noun.i + 1 < len(self.doc) and self.doc[noun.i + 1].tag_ == "POS":
            return parsed, end
        # a shared currency name after a scaled amount is money of no known currency ("20bn crowns"), as
        # parse_number reads it inside the phrase; after a vague count it is what is counted ("dozens of crowns")
        unit = None if unknown_currency([_lemma(noun)], parsed.scaled) else _lemma(noun)
        return parsed._replace(unit=unit), noun.idx + len(noun.text)

    def _reads_as_temperature(self, marked: bool, start: int) -> bool:
        """A figure glued to C or F (a ``_TEMPERATURE`` match, ``marked`` as ``_marked_as_temperature`` says) at
        ``start`` is a temperature: not the name a noun takes ("Class 3C", "Block 9F", "seats 12C"; after a
        dwelling's, a seat's or a place's noun whatever the model tags it, "flat 3F"), and marked or in a sentence
        on temperatures ("fall to 3C"); with neither, "3C" and "12F" are codes (a class, a seat, a floor, a bus
        route)."""
        tok = self.doc[self._token_at(start)]
        before = self.doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and (before.tag_ in ("NN", "NNS", "NNP", "NNPS")
                                   or before.lower_ in _NAMING_NOUNS):
            return False
        return marked or any(t.lower_ in _HEAT_WORDS for t in tok.sent)

    def _counts_times(self, start: int) -> bool:
        """ "arrested twice", "twice as much": a number of times. Not an idiom: "think twice", one negated
        ("never strikes twice", "would not make the same mistake twice"), "once or twice", a reply with no
        verb ("Twice," she said), nor a name ("girl group Twice")."""
        tok = self.doc[self._token_at(start)]
        if self.text[max(0, start - 8):start].lower() == "once or " or tok.pos_ == "PROPN" \
                or tok.ent_type_ in _NAME_TYPES:
            return False
        verb = lexicon.clause_verb(tok.head)
        if verb.pos_ not in ("VERB", "AUX") or any(t.is_punct for t in self.doc[tok.i + 1:verb.i]):
            return False                            # the verb is past the fragment's closing mark: "Twice," she said
        return verb.lemma_ != "think" and not any(c.dep_ == "neg" for c in verb.children)

    def _share_word_modifies(self, end: int) -> bool:
        """ "by a third party", "by a quarter century", "by a third straight loss": the fraction word ending at
        ``end`` is an ordinal or a measure of the noun phrase after it, no share of a change; a date after it
        ("fell by a third last year") only says when."""
        word = self.doc[self._token_at(end - 1)]
        after = self.doc[word.i + 1] if word.i + 1 < len(self.doc) else None
        return after is not None and (after.pos_ in ("NOUN", "PROPN")
                                      or after.pos_ == "ADJ" and after.ent_type_ not in ("DATE", "TIME"))

    def _stated_age(self, number: dict) -> bool:
        """ "the teenager, 17, had died", "the mother, 31, and her son, 9,", "died at 92", "had turned 30 on Sunday":
        a bare whole figure set off by commas after a person noun, or after dying at or turning and ending the
        clause or going on to its time, is an age, which news copy gives beside the story's figures and the
        labelling guide counts as none. After any other noun it counts ("the squad, 23,", "the budget, 12,"), as
        it does going on to a phrase or a noun ("the crew, 15 in all", "turned 40 over to the police", "died at 14
        separate hospitals", "turned 10 of its 12 chances into goals")."""
        text = self.text[number["start"]:number["end"]]
        if not _could_be_age(text):
            return False
        i = self._token_at(number["start"])
        if i < 2:
            return False
        before = self.doc[i - 2:i]
        after = self.doc[i + 1] if i + 1 < len(self.doc) else None
        if before[1].text == ",":
            return before[0].tag_ == "NN" and before[0].lemma_.lower() in _PEOPLE \
                and (after is None or after.text in (",", "."))
        ends_or_dates = after is None or after.text in (",", ".") or after.lower_ in _TIME_OPENERS \
            or self.doc[i].ent_type_ == "DATE"
        return ends_or_dates and (before[1].lower_ == "at" and before[0].lemma_ == "die"
                                  or before[1].lemma_ == "turn" and before[1].pos_ in ("VERB", "AUX"))

    def untagged_counts(self, parts: list[tuple[int, int]], found: list[dict]) -> list[dict]:
        """ "will bring 900 jobs", "Eleven people were injured": a figure the small model left untagged (or
        tagged a date alone: "Forty families"), counting a plural noun right after it or past up to two words of
        its kind ("Some 400 traffic officers"; a size or unit noun between stops it), is a count of that noun; a year
        ("2019 elections") is not, nor a figure a noun names ("page 900 claims", "route 900 buses": an identifier),
        nor "one"."""
        out: list[dict] = []
        for ps, pe in parts:
            for tok in self.tokens_in(ps, pe):
                lower = tok.lower_
                spelled = lower in _SPELLED and lower not in ("one", "zero")
                # most words are no figure: asked first, before the next word is looked up
                if not (tok.text.replace(",", "").isdecimal() or spelled):
                    continue
                noun = _noun_counted_after(self.doc, tok.i + 1, tok.head)
                if noun is None \
                        or tok.ent_type_ and not (spelled and tok.ent_type_ == "DATE" and _alone_in_its_entity(tok)) \
                        or looks_like_year(tok.text) or tok.dep_ != "nummod" \
                        or tok.i > 0 and self.doc[tok.i - 1].tag_ in ("NN", "NNP") \
                        and not _names_a_day(self.doc[tok.i - 1]) \
                        or noun.idx + len(noun.text) > pe \
                        or any(n["start"] < noun.idx + len(noun.text) and tok.idx < n["end"] for n in found):
                    continue
                parsed = parse_number(tok.text, "CARDINAL", _lemma(noun))
                end = noun.idx + len(noun.text)
                if parsed is not None:
                    out.append(_number(self.text, tok.idx, end, parsed))
        return out

    def numbers(self, ent) -> list[dict]:
        """Normalised numbers of one entity; a range ("between $3.1 billion and $3.3 billion") gives two."""
        if _clock_or_code(ent) or _fraction_alone(ent) and _part_of_an_extent(ent[-1]):
            return []
        if ent.label_ == "CARDINAL" and (_numbered(ent) or _names_its_noun(ent) or _names_in_a_list(ent)
                                         or _sizes_its_noun(ent) or _names_a_kind(ent)
                                         or _names_an_address(ent) or _day_before_its_month(ent)
                                         or not self._is_number(ent) and not _vague_plural_alone(ent)
                                         and not (ent.root.dep_ == "nummod" and ent.root.head.pos_ == "NOUN")):
            return []
        label = "QUANTITY" if ent.label_ in ("DATE", "TIME") else ent.label_
        start, number_end = _widen(self.text, ent.start_char, _measure_end(ent))
        start = self._count_past_its_name(start, number_end)
        duration = _DURATION_IN.search(ent.text) if label != ent.label_ else None
        if duration is not None:                    # "the last three decades" counts three decades
            start, number_end = ent.start_char + duration.start(), ent.start_char + duration.end()
        end = number_end
        hint = None
        plural = False
        head = ent.root.head
        if head.i >= ent.end and head.pos_ in ("ADJ", "ADV") and head.lower_ in ("more", "fewer", "less", "additional") \
                and head.head.pos_ == "NOUN" and head.head.i == head.i + 1:
            head = head.head                        # "Four million more people": the count is of people
        while head.i >= ent.end and head.idx < number_end and head.head.i > head.i and head.head.pos_ == "NOUN":
            head = head.head                        # "12 lakh farmers": the grammar read "lakh"; farmers are counted
        # "(170 kph)": the parser calls a lower-case unit abbreviation a proper noun; it is still the noun counted
        counted = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)
        if ent.root.dep_ in ("nummod", "quantmod", "compound", "det", "npadvmod") and counted \
                and head.i >= ent.end:
            hint = _lemma(head)
            plural = head.tag_ == "NNS"
            if hint in SCALES or hint in PERCENT_WORDS or hint in CURRENCY_WORDS:
                hint = None                         # a word of the amount itself, not what it counts
            if hint == "point" and head.i > 0 and self.doc[head.i - 1].lower_ in ("percentage", "basis"):
                hint = self.doc[head.i - 1].lower_ + " point"
            if head.i == ent.end and ent.label_ == "CARDINAL":
                end = head.idx + len(head.text)
        if ent.label_ == "CARDINAL" and ent.end < len(self.doc) and self.doc[ent.end].text == "times":
            hint = "time"                           # "three times the estimate" is a multiple, not three estimates
            end = self.doc[ent.end].idx + len("times")
        if hint is None and ent.label_ == "CARDINAL":
            hint = _counted_after(ent)
            plural = hint is not None
        if hint is None and not any(t.lower_ in DENOMINATORS for t in ent):
            hint = _counted_by_of(ent)              # a share ("two-thirds of its flights") counts nothing
        if plural and (_after_determiner(ent) or _after_a_modifier_of_the_noun(ent)) \
                and not re.search(r"\d\.\d", ent.text):
            plural = False                          # "the 100m sprinters" run a distance; "3m homes" are counted
        end = max(end, number_end)
        text = self.text[start:number_end]
        glued = _TEMPERATURE.fullmatch(text.rstrip("."))  # the model takes in a full stop after it: "hit 45.5C."
        if glued and hint is None and not self.text.startswith("-", number_end) \
                and self._reads_as_temperature(_marked_as_temperature(glued), start):
            label = "QUANTITY"                      # "temperatures of 41C": the model calls it a bare count
        out = []
        # the sentence is read for "ratio"/"odds" only when a spelled "to" may join two ends
        pieces = _range_pieces(text, lambda: _ODDS.search(self.text, ent.sent.start_char, start) is not None,
                               _BETWEEN_BEFORE.search(self.text, max(0, start - 9), start) is not None)
        for k, (ps, pe) in enumerate(pieces):
            piece = text[ps:pe]
            parsed = parse_number(piece, label, hint, plural)
            if parsed is not None and label == "MONEY" and parsed.unit is None:
                # the small model tags some counts MONEY ("as much as 144,000 gallons"): with no currency
                # in the phrase it is a quantity of the noun it ends with
                parsed = parse_number(piece, "QUANTITY", hint)
            if parsed is None:
                continue
            s = start + ps
            e = start + pe if k < len(pieces) - 1 else end
            out.append(_number(self.text, s, e, parsed))
        scale_word = ent.root.head
        if len(out) == 1 and ent.root.dep_ == "quantmod" and scale_word.i >= ent.end and scale_word.lower_ in SCALES \
                and scale_word.like_num and not any(t.lower_ in SCALES for t in ent) \
                and out[0]["value"] < _bare_figure_before(scale_word):
            # "3 to 4 million", "$3-4 billion" tagged apart: the range's first figure takes the scale of the second
            out[0]["value"] *= SCALES[scale_word.lower_]
        if len(out) == 2:                                       # "3 to 4 million", "10-15%"
            first_words = set(out[0]["text"].lower().split())
            scale = next((SCALES[w] for w in out[1]["text"].lower().split() if w in SCALES), None)
            # a first figure of a thousand or more has its scale written out ("fell by 40,000 to 1.3 million");
            # a smaller one shares the second's, even many times its bare figure ("from 150 to 12 million")
            if scale and not first_words & SCALES.keys() and out[0]["value"] < min(1000, out[1]["value"] / 10):
                out[0]["value"] *= scale
            out[0]["unit"] = out[0]["unit"] if out[0]["unit"] not in (None, hint) else out[1]["unit"]
        return out


    def _count_past_its_name(self, start: int, end: int) -> int:
        """ "P7 120 pupils", "the R55 200 cars", "P45 100 forms": a currency letter, its figure and one spaced group
        read as one amount ("P1 200"), unless the group counts the plural right after it: then the letter and its
        figure are a name (a school class, a road, a form) and the count starts at the group. Two groups or more are
        a sum whatever follows ("R1 200 000 homes"), and "P3 000 more" or "R5 000 was paid" count nothing."""
        letter_figure = _LETTER_AND_ONE_GROUP.fullmatch(self.text, start, end)
        if letter_figure is None:
            return self._count_past_its_letter(start)
        group = self.doc.char_span(letter_figure.start("group"), letter_figure.end("group"))
        if group is None or len(group) != 1:
            return start
        tok = group[0]
        counts = tok.dep_ == "nummod" and tok.head.i == tok.i + 1 and tok.head.tag_ == "NNS"
        return group.start_char if counts else start

    def _count_past_its_letter(self, start: int) -> int:
        """ "N4,000 tonnes", "N2,000 troops": a currency letter glued to comma thousands with no scale that a unit or
        the plural they count follows is no money (a slip, or a name's letter): the figure starts after the letter.
        Before a singular, a rate or the money's own pieces it is money ("the N1,000 note", "N2,500 a litre", "R200
        notes")."""
        letter_figure = _LETTER_AND_COMMA_THOUSANDS.match(self.text, start)
        if letter_figure is None:
            return start
        after = letter_figure.end()
        if _UNIT_AFTER.match(self.text, after) is None:
            i = self._token_at(after)
            noun = _noun_counted_after(self.doc, i) if i < len(self.doc) and self.doc[i].idx == after + 1 else None
            if noun is None or _lemma(noun) in _PIECES_OF_MONEY:
                return start
        return letter_figure.start("figure")


def _number(text: str, start: int, end: int, parsed: Parsed) -> dict:
    """A claim's number as the JSON gives it: the words, the parsed value and unit, and where the words stand."""
    return {"text": text[start:end], "value": parsed.value, "unit": parsed.unit, "approximate": parsed.approximate,
            "start": start, "end": end}


def _bare_figure_before(scale_word) -> float:
    """The figure a scale word multiplies ("1.1" of "1.1 million"); a range's first figure shares the scale
    only below it ("3 to 4 million", not "from 40,000 to 1.1 million" nor "52 to 48 million")."""
    if scale_word.i == 0:
        return float("inf")
    parsed = parse_number(scale_word.doc[scale_word.i - 1].text, "CARDINAL")
    return parsed.value if parsed is not None else float("inf")


def _after_determiner(ent) -> bool:
    """A definite determiner or a possessive just before the figure ("the 100m sprinters", "his 1500m
    swimmers", "the dozen"): the phrase names a kind or a known group, it does not count one."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.lower_ in ("the", "this", "that", "these", "those") or before.tag_ in ("PRP$", "POS")


def _after_a_modifier_of_the_noun(ent) -> bool:
    """ "Two new 50m pools", "both 400m runners": a count, an adjective or a determiner just before the figure
    that the parser hangs on the noun describes the things themselves, so the figure is a measure of each. Not
    a hedge on the figure ("about 3m people", "an estimated 2m") nor a word after "a" ("a further 2m homes",
    "another 2m"), which counts again."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    # by its dependency too: a capital at the sentence's start makes "New 100m tankers" a proper noun's tag
    return (before.tag_ in ("CD", "JJ", "DT", "PDT") or before.dep_ in ("amod", "nummod", "det", "predet")) \
        and before.head.i >= ent.end and before.lower_ not in VAGUE_QUANTIFIERS and before.lower_ != "another" \
        and not (before.i > 0 and before.nbor(-1).lower_ in ("a", "an"))


def _measure_end(ent) -> int:
    """Where a quantity's words end: the small model takes in an adverb after the unit ("40 knots overnight", "10
    miles away"), which says when or where, and would be read as the unit, a quantity's last word."""
    end = ent.end
    if ent.label_ == "QUANTITY":
        while end - 1 > ent.start and ent.doc[end - 1].tag_ == "RB":
            end -= 1
    last = ent.doc[end - 1]
    return last.idx + len(last.text)


def _lemma(noun) -> str:
    """The noun's lemma; the small model cuts "doses" to "dos", as if the plural's "-es" were added to a word
    in "-os" (no English noun the model does not know is one), and "species" to "specie"; a plural it does not
    know ("cafés") it leaves as written, often tagged singular though a figure above one counts it."""
    lemma, low = noun.lemma_.lower(), noun.lower_
    if low in SAME_IN_BOTH_NUMBERS:
        return low
    if lemma == low and low.endswith("s") and (noun.tag_ == "NNS" or any(
            c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1") for c in noun.children)):
        return singular(low)
    return low[:-1] if low.endswith("oses") and lemma == low[:-2] else lemma


def _sets_the_scene(ent) -> bool:
    """ "Forty years ago, we ...", "10 years ago, the company ...", "Fifteen minutes into the film, the lights ...":
    a length of time opening a phrase a comma closes before the sentence's verb only sets its scene (in digits as in
    words); the subject ("Ten years is a long time") and one with no comma after it are the sentence's own figure."""
    sent = ent.sent
    if ent.start != sent.start or ent.root.dep_ in ("nsubj", "nsubjpass"):
        return False
    return any(t.text == "," for t in ent.doc[ent.end:sent.root.i])


def _counted_by_of(ent) -> str | None:
    """ "tens of thousands of households", "143 of the 250 seats": a figure with no noun after it counts the
    plural its "of" names; "thousands of euros", which the model leaves apart, is money in that currency. The
    bottom of a ratio ("one in five of the nurses", "eight out of 10 of its members"), a rank ("ranked 3 of
    50 states") and a figure that numbers the word before it ("round 3 of the talks", "page 12 of the
    documents") count none of them."""
    root = ent.root
    if root.dep_ == "nummod" and root.head.i == ent.start - 1:
        return None
    if ent.start >= 2 and ent.doc[ent.start - 1].lower_ in ("in", "of") \
            and (ent.doc[ent.start - 2].like_num or ent.doc[ent.start - 2].lower_ == "out"):
        return None
    if root.head.lemma_ in _RANKS or ent.start >= 1 and ent.doc[ent.start - 1].lemma_ in _RANKS:
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNS"), None)
            if noun is not None:
                return CURRENCY_WORDS.get(noun.lower_) or _lemma(noun)
    return None


def _counted_after(ent) -> str | None:
    """ "there have been 15 named storms": the parser may hang a count on the participle after it (or on
    the verb); the plural noun that follows the count and its modifiers is what it counts."""
    doc = ent.doc
    i = ent.end
    if i < len(doc) and not doc[i - 1].whitespace_ and doc[i].lower_ in _GLUED_SCALES:
        i += 1                                      # "1.5m people": the scale the model left apart counts no noun
    noun = _noun_counted_after(doc, i)
    return _lemma(noun) if noun is not None else None


def _noun_counted_after(doc, i: int, head: Token | None = None) -> Token | None:
    """The plural noun at token ``i`` or past at most two modifiers ("named storms"), or None. Given the noun the
    parse hangs a figure on (``head``), only that noun, and its modifiers are the words of its own that say which
    kind ("400 traffic officers", "900 new jobs"): a unit or a size between makes the figure a measure or a size of
    the noun, no count of it ("5 mile runs", "24 hour shops", "7 seater cars")."""
    last = min(len(doc), i + _MODIFIERS_BEFORE_A_COUNTED_NOUN)  # past them the noun is another phrase's
    while i < last and (_of_its_kind(doc[i], head) if head is not None
                        else doc[i].pos_ == "ADJ" or doc[i].tag_ == "VBN"):
        i += 1
    noun = doc[i] if i < len(doc) and doc[i].tag_ == "NNS" else None
    return noun if head is None or noun == head else None


def _of_its_kind(word: Token, noun: Token) -> bool:
    """``word`` modifies ``noun`` by saying which kind it is, no unit, length of time or size."""
    return word.head.i == noun.i and word.dep_ in ("compound", "amod") and singular(word.lower_) not in TIME_UNITS \
        and word.lower_ not in _SIZE_NOUNS and not _UNIT_WORD.fullmatch(word.text)


def _ranges_share_their_unit(text: str, numbers: list[dict]) -> list[dict]:
    """ "60-70 people", "from 8 to 10 hours": the model can tag a range's ends apart, and only the second names what
    is counted; the first, lower and with no unit of its own, counts the same."""
    for low, high in zip(numbers, numbers[1:]):
        if low["unit"] is None and high["unit"] is not None and low["value"] < high["value"] \
                and _RANGE_JOIN.fullmatch(text, low["end"], high["start"]):
            low["unit"] = high["unit"]
    return numbers


def _overlaps(number: dict, spans: list[dict]) -> bool:
    return any(s["start"] < number["end"] and number["start"] < s["end"] for s in spans)


def _whole_amounts(numbers: list[dict]) -> list[dict]:
    """The numbers in text order, one per amount: where two overlap, the longer reading.

    The model can tag two pieces of one amount ("about a quarter", "million households"); widened
    by the number grammar, each reads the phrase, one of them only in part ("million" alone).
    """
    kept: list[dict] = []
    for n in sorted(numbers, key=lambda n: (n["start"], -(n["end"] - n["start"]))):
        if kept and n["start"] < kept[-1]["end"]:
            longer, shorter = (n, kept[-1]) if n["end"] - n["start"] > kept[-1]["end"] - kept[-1]["start"] else (kept[-1], n)
            kept[-1] = {**longer, "approximate": longer["approximate"] or shorter["approximate"]}
            continue
        kept.append(n)
    return kept


# Around a number entity, what the small model leaves out of it: the currency sign and its
# country letters ("A$2.5bn"), a scale glued to the figure ("$45m"), the scale of degrees.
_SIGN_BEFORE = re.compile(PREFIXED_SIGN + "$")
# a sign the model leaves out: "minus 12 degrees", "-0.3%" (not the hyphen of "COVID-19")
_MINUS_WORD = r"\bminus\s+"
_MINUS_BEFORE = re.compile(r"(?:" + _MINUS_WORD + r"|(?<![\w\d.,])[-\u2212])$", re.I)
_GLUED_SCALES = ("bn", "mn", "mln", "tn", "trn", "m", "b", "k")
_GLUED_SCALE = re.compile(r"(?:" + "|".join(_GLUED_SCALES) + r")\b")
_DIGIT_GROUPS = re.compile(r"[\d \u00a0\u2009\u202f]+")
# A currency letter glued to a figure with one spaced group of thousands after it ("P7 120", "R55 200")
_LETTER_AND_ONE_GROUP = re.compile(r"[" + CURRENCY_LETTERS + r"]\d{1,3}[ \u00a0\u2009\u202f](?P<group>\d{3})")
# A currency letter glued to comma thousands ending in a space ("N4,000 tonnes"; not "N2,000bn" nor "N1,000.")
_LETTER_AND_COMMA_THOUSANDS = re.compile(r"[" + CURRENCY_LETTERS + r"](?P<figure>\d{1,3}(?:,\d{3})+)(?= )")
# The pieces money comes in, which a figure of money before them is the value of ("N1,000 notes"), no count of
_PIECES_OF_MONEY = frozenset({"note", "banknote", "bill", "coin"})
# A unit of measure right after a figure ("4,000 tonnes")
_UNIT_AFTER = re.compile(r" (?:" + MEASURE_UNIT_PATTERN + r")\b", re.I)
_NUMBER_SIGN = re.compile(r"(?:\b[Nn]os?\.|#)\s?$")
_CODE_AFTER = re.compile(r"\s+(?:" + alternation(c.upper() for c in CODES) + r")\b")
# a temperature's degree sign and letter glued to the figure the model tagged alone: "30°C", "86 °F"
_DEGREE_SIGN = re.compile(r"\s?°\s?[CF]\b")
_DEGREE_SCALE = re.compile(r"\s+(?:Celsius|Fahrenheit|C|F)\b")
# A currency named after the amount ("56.2 billion won", "2 million euros", "15 million Argentine pesos") that the
# model left out, with the country before it that says whose; a name no one currency owns only with it ("Swedish
# crowns").
_COUNTRY = alternation({country for countries in COUNTRY_CURRENCIES.values() for country in countries})
_CURRENCY_AFTER = re.compile(r"[\s-]+(?:(?:(?:" + _COUNTRY + r")\s+)?(" + alternation(CURRENCY_WORDS) + r")|(?:"
                             + _COUNTRY + r")\s+(" + alternation(SHARED_CURRENCY_NAMES) + r"))\b", re.I)
# The country the model took into the figure and not the currency after it ("10 billion Slovak" of "... koruna")
_COUNTRY_END = re.compile(r"\s+(?:" + _COUNTRY + r")$", re.I)


def _signed_start(minus: re.Pattern, text: str, start: int) -> int:
    """Where a figure at ``start`` starts when a minus (``minus``, a pattern ending at the figure) gives its sign."""
    found = minus.search(text, max(0, start - 6), start)
    return start if found is None else found.start()


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    sign = _SIGN_BEFORE.search(text, max(0, start - 3), start)
    # the number grammar reads what the model cut off: "Rs 450" of "Rs 450 crore", "lakh crore", "pc"
    # Far enough back for a fraction of a scale ("three quarters of a million" before "million people").
    for s, e in amount_spans(text, max(0, start - 30), min(len(text), end + 40), spaced=True):
        if s <= start < e or s < end <= e:
            # digits the model left before its figure are another's ("On March 12 500 people": the date's 12)
            start, end = start if _DIGIT_GROUPS.fullmatch(text, s, start) else min(start, s), max(end, e)
    if sign is not None:
        start = sign.start()
    start = _signed_start(_MINUS_BEFORE, text, start)
    glued = _GLUED_SCALE.match(text, end)
    if glued is not None and text[end - 1].isdigit():
        end = glued.end()
    country = _COUNTRY_END.search(text, start, end)
    if country is not None and _SCALE_END.search(text, start, country.start()) \
            and _CURRENCY_AFTER.match(text, country.start()):
        end = country.start()
    # only after a scale word: "56.2 billion won" is money, "the 3 seats Labour won" is not; so an ISO code in
    # capitals ("5 million USD"), not "the 50 CAD files"
    currency = (_CURRENCY_AFTER.match(text, end) or _CODE_AFTER.match(text, end)) \
        if _SCALE_END.search(text, start, end) else None
    if currency is not None:
        end = currency.end()
    degree_sign = _DEGREE_SIGN.match(text, end) if text[end - 1].isdigit() else None
    if degree_sign is not None:
        end = degree_sign.end()
    if text[max(0, end - 7):end].lower().endswith("degrees"):
        degree = _DEGREE_SCALE.match(text, end)
        if degree is not None:
            end = degree.end()
    return start, end


# What joins a range's two ends when the model tags them apart: a dash or "to" ("and" also joins two counts).
_RANGE_JOIN = re.compile(r"\s*[-–]\s*|\s+to\s+")
# A time of day glued to or spaced from its half of the day, with or without the final stop a feed's cut or a
# writer leaves off ("at 6 a.m and"), and a chain of three or more hyphenated digit groups:
# a phone number may end the sentence ("call 1-800-555-0199."); a chain before a percent or a unit is figures
# ("15-20-25 percent discounts"). A figure of three digits or more written with a leading zero, and the digit groups
# spaced or hyphenated after it, is a code, a phone number or a 24-hour time ("0800 555 111", "020 7946 0000", "left
# at 0600 on Tuesday"): an amount opens with a zero only before a decimal point or comma ("0.5", "0,8"); two digits alone may be a
# count padded as some official copy pads it ("05 districts"). Military copy writes "hours" after such a time ("fired
# at 0300 hours"), which the model tags with it and the whole would be read as a length of time.
_CLOCK_OR_CODE = re.compile(r"(?<![\w.,])0(?:\d{2,}(?:[ -]\d+)*|\d(?:[ -]\d+)+)\b(?:\s+(?:hours|hrs)\b)?"
                            r"|(?<![\w.])\d{1,2}(?:[.:]\d\d)?\s?(?:[ap]\.m\.|[ap]\.?m\b)"
                            r"|(?<![\w.-])\d+(?:-\d+){2,}(?![\w-]|\.\d|\s*(?:%|per\s?cent\b|percent\b|°|(?:"
                            + MEASURE_UNIT_PATTERN + r")\b))", re.I)
# An article right before a chain of hyphen-joined digits names the chain as a thing ("a 4-4-2"), and these nouns
# after it say the thing is a team's shape, where any other noun is what the chain counts ("a 10-2-1 record").
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_SHAPE_NOUNS = frozenset({"formation", "system", "shape", "setup", "set-up", "line-up", "lineup"})
# The base of a rate ("12 per 100,000 people", "4.5 per 1,000 live births", "310 cases per million residents") is
# the size of the group the rate is counted over, fixed by convention: the figure an editor checks is the rate.
# "As per" is "according to" in Indian English ("paid as per 2,400 claims filed"): what follows is a count.
_RATE_BASE = re.compile(r"(?<!\bas\s)\bper\s+$", re.I)
# Who an age set off by commas can be of ("the teenager, 17,", "the driver, 47,"): a person, not a body, a sum or a
# rate ("the squad, 23,", "the budget, 12,", "the rate, 5,")
_PEOPLE = lexicon.PERSON_NOUNS | lexicon.CARED_FOR_NOUNS | lexicon.ROLE_NOUNS | PARENT_WORDS
# What goes on from an age after "died at" or "turned" to its time: "turned 40 on Sunday", "who turns 30 in May"
_TIME_OPENERS = frozenset({"on", "in", "last", "this", "next", "at", "after", "earlier", "since"})
# Words that hedge a count: "more than", "about", "nearly", "at least", "up to", "fewer than".
_COUNT_HEDGES = frozenset({"about", "around", "nearly", "almost", "roughly", "approximately", "over", "more",
                           "least", "under", "fewer", "less", "up"})
# A change by a share, which the small model leaves untagged: "cut the risk by a quarter", "fell by two-thirds";
# not a time ("by a quarter past six"), a fraction of a scale ("by a quarter of a million": the grammar's), nor
# the first part of a compound ("by a third-party vendor", "by a half-time substitute")
_SHARE_BY = re.compile(r"\bby\s+(?P<share>(?:an?|one|two|three|four)[\s-]"
                       r"(?:half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?))\b(?!-|\s+(?:of|past|to)\b)", re.I)
# A share of something named: "lost a fifth of their fares", "only half the water", "half our trips", "two thirds of
# voters". A fraction after "the", an ordinal or "latter" is a part of a time or a place in an order ("the first half
# of the year", "the third of the reviews"), after "and" the half of a mixed number ("one and a half of the
# reactors"); "half an hour" and "a third party" have no "of" or determiner after them.
_SHARE_OF = re.compile(r"(?<![\w-])(?<!the\s)(?<!first\s)(?<!second\s)(?<!third\s)(?<!final\s)(?<!last\s)"
                       r"(?<!latter\s)(?<!and\s)(?<!and\sa\s)"
                       r"(?:half|(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-]"
                       r"(?:half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?))"
                       r"(?=\s+(?:of|the|our|their|its|his|her|your|my|all|this|that|these|those)\b)", re.I)
# A multiple in one word, as "three times" is in two: "twice as much", "paid thrice"; not "twice-weekly"
_MULTIPLES = {"twice": 2.0, "thrice": 3.0}
_MULTIPLE = re.compile(r"\b(?:" + "|".join(_MULTIPLES) + r")\b(?!-)", re.I)
# How far past the content an amount it opens may run: "Rs. 1,23,456.78 crore" and some room.
_AMOUNT_REACH = 40
_SCALE_END = re.compile(r"\b(?:" + "|".join(SCALES) + r")$", re.I)
# Amounts the small model often leaves untagged: a percentage, a price in pence ("165.5p").
# A figure with its sign, glued to what follows it
_SIGNED_FIGURE = r"(?<![\w.])(?:[-\u2212](?=\d))?\d+(?:\.\d+)?"
_PERCENT = re.compile(_SIGNED_FIGURE + r"(?:\s?(?:%|per\s?cent\b|percent\b)|p\b)", re.I)
# A temperature with its scale's letter, which the small model leaves untagged: "-3C", "40°F", "12.5 °C"; not
# a letter that goes on ("3Com", "F-16") nor one spaced off with no degree sign ("grade 3 C")
_TEMPERATURE = re.compile(_SIGNED_FIGURE + r"(?P<degree>\s?°\s?)?[CF](?![\w-])")
# What _SIGNED_FIGURE cannot match without
_DIGIT = re.compile(r"\d")


def _marked_as_temperature(glued: re.Match) -> bool:
    """A degree sign or a minus sign on a figure glued to C or F ("30°C", "−12C"): codes of a class, a seat or a floor
    are unsigned, so the figure is a temperature in any sentence. A decimal point is no mark: sections and prices are
    written so ("5.1C of the treaty", "closed 4.5C higher")."""
    return glued["degree"] is not None or not glued.group()[0].isdigit()


# Words of temperature that let a figure glued to C or F with no degree sign read as one ("temperatures of 41C")
_HEAT_WORDS = frozenset({"temperature", "temperatures", "degree", "degrees", "warming", "warmed", "heat", "heatwave",
                         "overnight", "frost",
                         "cold", "freezing", "highs", "lows", "thermometer", "mercury"})
# The nouns that name their things by a number or a code ("flat 3F", "gate 12C", "flight 370", "page 12"), which
# the small model tags other than nouns too; singular only, as a plural before a figure is what it counts
# ("passengers 18 and over", "patients 40 or fewer").
_NAMING_NOUNS = frozenset({"flat", "room", "unit", "block", "seat", "gate", "floor", "ward", "platform", "page",
                           "flight", "route", "stage", "phase", "round", "category", "class", "chapter", "section",
                           "article", "clause", "level", "grade", "terminal", "pier", "bay", "lane", "exit",
                           "junction", "track", "episode", "game", "act", "bus", "cell", "court", "studio"})
# What joins the figures of a list ("sections 420, 468 and 471", "platforms 3 & 4")
_LIST_JOINS = frozenset({",", "and", "or", "&"})
# The entity types of a name, which no count of times is ("Twice", a band)
_NAME_TYPES = frozenset(NAME_LABELS | {"WORK_OF_ART"})
# Words between a count and the noun it counts ("named storms", "traffic officers"): more and it is another phrase's.
_MODIFIERS_BEFORE_A_COUNTED_NOUN = 2
# Nouns that after a figure give the size of the noun that follows, no count of it ("7 seater cars", "500 bed
# hospitals", "12 storey blocks", "18 hole courses", "50 over matches")
_SIZE_NOUNS = frozenset({"seater", "bed", "bedroom", "storey", "seat", "man", "hole", "page", "piece", "wheel", "door",
                         "word", "star", "point", "lane", "over"})
_UNIT_WORD = re.compile(MEASURE_UNIT_PATTERN, re.I)
# "minus 5C": the word giving the sign of a temperature the model left untagged
_MINUS_WORD_BEFORE = re.compile(_MINUS_WORD + "$", re.I)
# A length of time the model tags DATE or TIME ("roughly nine weeks", "76.4 years", "a 13-year sentence"),
# hedge included, or a range of them ("8-10 hours", read as its two ends); the frame around it ("the last ...",
# "... ago") is no part of the number. An age
# ("14-year-old") is not a length of time: the anchor at the end leaves it out.
_DURATION_HEDGE = r"(?:about|around|nearly|almost|roughly|some|over|under|more than|less than|at least|up to)"
_SPELLED = frozenset(SPELLED_NUMBERS)   # every spelled number, for a look-up a word
_DURATION_CORE = (r"(?:" + _DURATION_HEDGE + r"\s+an?|(?:" + _DURATION_HEDGE + r"\s+)?"
                  r"(?:\d[\d,]*(?:\.\d+)?(?:\s?[-–]\s?\d[\d,]*(?:\.\d+)?)?"
                  r"|(?:" + SPELLED_COUNT + r")(?:-(?:" + SPELLED_COUNT + r"))?|a few|several))"
                  r"(?:\s+|-)(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)")
# "Two years later" or "a week earlier" only orders the story's own events: it makes no sentence an
# assertion (inside a claim it is still one of its numbers, below).
_DURATION = re.compile(r"^(?:(?:for |over |in |during )?the (?:last|past|next|previous|coming|first) )?"
                       r"(?P<core>" + _DURATION_CORE + r")(?: ago)?$", re.I)
# The same inside a longer DATE ("barely known 72 years ago"): a claim's number, not an assertion's trigger.
_DURATION_IN = re.compile(r"(?<![\w.-])" + _DURATION_CORE + r"(?![\w-])", re.I)
# One span of time or of a way travelled ("half the season", "half his career", "a third of the route", "half the
# distance"): a fraction of it says how long or how far, it is no share of things the claim counts. Singular only:
# "half their games", "a third of the days" count games and days.
_EXTENT_NOUNS = frozenset("""year decade century month week day hour minute night weekend season term quarter spring
summer autumn winter life lifetime career tenure time match game race distance way route journey trip length
stretch campaign presidency mandate reign shift session semester course tournament marathon lap stint spell mile
kilometre metre yard""".split())
# Spans each person has one of: their plural is one span a head ("half their lives", "a third of their careers"), no
# count of spans as "half their games" or "a third of the days" is.
_ONE_EACH_SPANS = frozenset({"life", "lifetime", "career", "childhood", "adulthood", "youth", "tenure"})
# A measure of one thing, the fraction straight before it ("a woman half his age", "a plant half the size of the old
# works", "at half the speed"): it compares two things, it is no share. After "of" it is a part of the thing's own
# measure ("the glacier lost a third of its size"), a share. Not what is paid ("half the price", "a third of its
# value"), which a claim's figure may be a share of; a length is a way, in _EXTENT_NOUNS.
_MEASURES = frozenset("age size speed height weight width depth".split())
# Words that make the figure they govern a place in an order, not a count: "ranked 3 of 50 states".
_RANKS = frozenset({"rank", "ranked", "place", "position"})
# Scales of a lakh (100,000) or more written as words: number words holding one are a count, not a date, unless a
# word of time is among them.
_BIG_SCALES = frozenset(w for w, value in SCALES.items() if value >= 1e5 and len(w) > 2)
_VAGUE_COUNT = re.compile(r"\b(?:a few|several)\b", re.I)
# The words of a street's name, in capitals, that make the figure before them a house number
_ADDRESS_WORDS = frozenset({"Street", "St", "Road", "Rd", "Avenue", "Ave", "Drive", "Lane", "Square", "Place", "Yards",
                            "Rue", "Boulevard", "Crescent", "Terrace", "Gardens", "Row", "Plaza"})
# The vague plurals that count on their own, alone or as the scale of "tens of" / "hundreds of" ("tens of
# thousands fled"); "scores" and "tens" alone are as often other nouns ("test scores")
_VAGUE_ALONE = re.compile(r"(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions)", re.I)
# Verbs whose vague plural is a sum of money in no currency ("lost millions on the deal", "millions were spent"),
# no count of the claim's people or things
_MONEY_VERBS = frozenset({"lose", "cost", "spend", "save", "pay", "raise", "earn", "owe", "borrow", "lend"})
# Pieces of a range: split at "and"/"to"/a dash between two amounts; "between" is dropped.
# Between the two amounts of a range: "and"/"to" or a dash before a figure or currency sign.
# A hyphen inside a word ("Ninety-eight", "70,000-plus") is no separator.
# A scale glued to the first figure ends it too: "£1.2bn-£1.5bn", "$3m-$4m". The second amount may open with the
# country's letters before its sign ("rose 8pc to US$7.1b", "from A$2m to A$3m").
_SECOND_AMOUNT = r"(?=" + PREFIXED_SIGN + r"|\d)"
# Spelled ends take "to" only: "and" is inside a spelled number ("one hundred and five"). An upper end of "one" is
# odds, no range ("a hundred to one"), as is any pair after "ratio" or "odds" (``_ODDS``, read by the caller).
_RANGE_GAP = re.compile(r"\s+(?:and|to)\s+" + _SECOND_AMOUNT
                        + r"|(?P<spelled>(?<=[a-z])\s+to\s+(?!one\b)(?=" + SPELLED_COUNT + r"\b))"
                        + r"|(?:(?<=[\d%])|(?<=\dbn)|(?<=\dmn)|(?<=\d[mk]))\s*[-–]\s*" + _SECOND_AMOUNT, re.I)
_BETWEEN = re.compile(r"^between\s+", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
# After "between", "and" joins two spelled ends ("between five and six thousand"), except after a scale word, where it
# goes on inside one number ("between one hundred and twenty and two hundred").
_SPELLED_AND = re.compile(r"(?<=[a-z])(?<!hundred)(?<!thousand)\s+and\s+(?=(?:" + SPELLED_COUNT + r")\b)", re.I)
_ODDS = re.compile(r"\b(?:ratio|odds)\b", re.I)


def _range_pieces(text: str, odds: Callable[[], bool], after_between: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each amount in a number phrase: two for a range, else one. ``odds()``: the sentence says
    "ratio" or "odds" before the phrase, so two spelled ends joined by "to" are one figure ("the ratio of doctors to
    patients was one to five hundred"); asked only when a spelled gap is found, as it reads the sentence.
    ``after_between``: "between" stands just before the phrase, left out of it by the model ("between | ten and
    twelve thousand"), and joins its spelled ends as one inside it does."""
    out, at = [], 0
    gaps = list(_RANGE_GAP.finditer(text))
    if any(m["spelled"] for m in gaps) and odds():
        gaps = [m for m in gaps if not m["spelled"]]
    if (after_between or _BETWEEN.match(text)) and not gaps:
        gaps = list(_SPELLED_AND.finditer(text))[:1]
    for m in gaps + [None]:
        end = m.start() if m else len(text)
        lead = _BETWEEN.match(text, at)
        start = lead.end() if lead else at
        if text[start:end].strip():
            out.append((start, end))
        at = m.end() if m else at
    return out


def _alone_in_its_entity(tok) -> bool:
    return tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


def _names_its_noun(ent) -> bool:
    """ "room 101", "flight 370", "Category 5", "round 3 of the talks": a figure right after a noun that names its
    things by number (``_NAMING_NOUNS``, singular) names one of them; it counts nothing. Any other noun before a
    figure may be what it counts ("the town, population 40,000", "volunteers 200 in all"), and a word after the
    figure that makes it a count says so even after a naming noun ("a unit 200 strong", "seats 20 each")."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in _NAMING_NOUNS:
        return False
    after = [t.lower_ for t in doc[ent.end:ent.end + 2]]
    return not (after[:1] in (["strong"], ["each"], ["apiece"]) or after == ["in", "all"])


def _names_in_a_list(ent) -> bool:
    """ "sections 420, 468 and 471 of the IPC", "platforms 3 and 4", "Articles 14 and 21": figures listed after a noun
    that names its things by number (``_NAMING_NOUNS``, plural as well: a list names several) each name one, a
    bracketed code between ("sections (IPC) 420 and 384") included. A plural before one figure alone is what it
    counts ("passengers 18 and over"), and a figure of the list that a noun follows counts that noun ("room 101 and
    30 guests", "flat 9 and 10 others"). A comma alone joins no list: "in Ward 7, 120 had tested positive" and "the
    river reached level 3, and 500 were evacuated" start a clause with a count."""
    doc = ent.doc
    if ent.root.dep_ == "nummod" and ent.root.head.i >= ent.end or ent.end < len(doc) and doc[ent.end].pos_ == "NOUN":
        return False
    start, end = ent.start, ent.end
    while start > 0 and (doc[start - 1].like_num or doc[start - 1].lower_ in _LIST_JOINS):
        start -= 1
    while end < len(doc) and (doc[end].like_num or doc[end].lower_ in _LIST_JOINS):
        end += 1
    i = start - 1
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].is_upper:
        i -= 3
    return i >= 0 and singular(doc[i].lower_) in _NAMING_NOUNS and _a_list(doc[start:end])


def _a_list(tokens) -> bool:
    """Figures joined as a list: by "and", "or" or "&", with commas only between three or more ("5, 6 and 7")."""
    words = [t.lower_ for t in tokens]
    while words and words[-1] in _LIST_JOINS:
        words.pop()
    joins = [w for w in words if w in _LIST_JOINS]
    figures = len(words) - len(joins)
    return figures >= 2 and any(w != "," for w in joins) and (figures > 2 or "," not in joins)


def _names_a_kind(ent) -> bool:
    """ "two-wheelers", "18-wheelers", "one-pieces", "one-liners", "30-somethings": a figure hyphened to a plural
    that heads its phrase names a kind of thing, it counts none of them. Such a kind is a number word's ("two-",
    "one-"), a bare figure's with a noun of "-ers" ("18-wheelers") or "-somethings"; a figure hyphened to another
    plural is a count as some copy writes it ("won by 6-wickets", "by 3,000-votes"). A unit, a length of time or a
    fraction so hyphened is still a figure ("a 100-metres final", "two-thirds"), and so is one whose plural goes on to
    modify a noun ("a 15-members committee", as some copy writes "a 15-member committee")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "-" or doc[ent.end - 1].whitespace_ or doc[ent.end].whitespace_:
        return False
    figure, noun = ent[-1], doc[ent.end + 1]
    if noun.tag_ != "NNS" or noun.lower_ in DENOMINATORS or noun.lower_ == "times" \
            or singular(noun.lower_) in TIME_UNITS or _UNIT_WORD.fullmatch(noun.text):
        return False
    if not (figure.lower_ in WORDS or noun.lower_.endswith("somethings")
            or figure.text.isdecimal() and noun.lower_.endswith("ers")):
        return False
    return noun.i + 1 >= len(doc) or doc[noun.i + 1].pos_ not in ("NOUN", "PROPN")


def _count_before_a_kind(ent) -> Span | None:
    """ "40 two-wheelers", "200 six-footers": the small model tags the count and the kind's figure as one entity
    ("40 two"); the count is the claim's, the kind's figure is none (``_names_a_kind``)."""
    if len(ent) < 2 or ent.label_ != "CARDINAL" or not _names_a_kind(ent):
        return None
    count = Span(ent.doc, ent.start, ent.end - 1, label="CARDINAL")
    return count if any(t.like_num for t in count) else None


def _sizes_its_noun(ent) -> bool:
    """ "300 page reports", "500 bed hospitals": a figure the parse hangs past a size noun (``_SIZE_NOUNS``,
    singular) on the noun after it gives that noun's size; it counts nothing. Hung on the size noun itself it is a
    measure of it ("300 word answers"), as "300 pages" and "a 3 point lead" are."""
    doc = ent.doc
    size = doc[ent.end] if ent.end < len(doc) else None
    return size is not None and size.lower_ in _SIZE_NOUNS and ent.root.head.i > size.i \
        and size.head.i == ent.root.head.i and size.head.pos_ == "NOUN"


def _names_an_address(ent) -> bool:
    """ "221 Baker Street", "10 Downing Street", "12 Rue de Rivoli": a figure in digits before a proper noun whose
    name holds a word of the street is a house number; before other proper nouns it counts ("killed 30 Taliban",
    "5,000 National Guard")."""
    root = ent.root
    return any(c.isdigit() for c in ent.text) and root.dep_ in ("nummod", "compound") and root.head.i >= ent.end \
        and root.head.tag_ in ("NNP", "NNPS") \
        and any(t.text in _ADDRESS_WORDS for t in ent.doc[ent.end:root.head.i + 1])


def _vague_plural_alone(ent) -> bool:
    """ "dozens injured", "Thousands marched": a vague plural standing alone as a subject or an object counts what
    the claim is about, as "dozens of cars" does; "in their thousands" only says how they came. A claim's figure
    only: it makes no sentence an author's assertion."""
    return _VAGUE_ALONE.fullmatch(ent.text) is not None and ent.root.dep_ in ("nsubj", "nsubjpass", "dobj") \
        and ent.root.head.lemma_ not in _MONEY_VERBS


def _clock_or_code(ent) -> bool:
    """ "at 7.45pm", "10 a.m.": a time of day; "1-800-555-0199", "3-4-3": three or more groups of digits joined by
    hyphens are a code (``_code``) or a record, which counts no quantity, as a score does not. Neither is an amount,
    whatever the small model tags."""
    return _clock_or_code_around(ent) is not None


def _code(ent) -> bool:
    """ "0300 123 3393", "1-800-273-8255": a code that opens with 0 or runs to 7 digits or more is a phone number
    or a reference; a chain named as a thing ("favours a 4-4-2", "the 3-5-2 system") is a team's shape. None is a
    figure to any reader. A short group of hyphen-joined digits told as what a side or a player has ("is 8-3-1",
    "a 10-2-1 record", "20-5-45-3") is a record or a bowling analysis, a figure the author reports.

    One test of a code, not one answer for a chain: the two readers differ on records on purpose. ``numbers()``
    drops every chain through ``_clock_or_code``, since a record, like a score, has no one value to give; the
    author's assertion (``_is_number``) drops only the codes of this test and counts a record as the figure that
    makes its sentence a claim, as stop 54's review rows ask ("The Kings are 12-4-2 since the coaching change")."""
    m = _clock_or_code_around(ent)
    if m is None:
        return False
    if m.group().startswith("0") or sum(c.isdigit() for c in m.group()) >= 7:
        return True
    after = next((t for t in ent.doc[ent.end:] if t.idx >= m.end()), None)
    return "-" in m.group() and _ARTICLE_BEFORE.search(doc_text(ent.doc), max(0, m.start() - 5), m.start()) is not None \
        and (after is None or after.pos_ not in ("NOUN", "PROPN") or after.lower_ in _SHAPE_NOUNS)


def _clock_or_code_around(ent) -> re.Match | None:
    """The time of day or the code whose match covers the entity, if any."""
    text = doc_text(ent.doc)
    start, end = ent.start_char, ent.end_char
    return next((m for m in _CLOCK_OR_CODE.finditer(text, max(0, start - 20), min(len(text), end + 20))
                 if m.start() <= start and end <= m.end()), None)


def _numbered(ent) -> bool:
    """ "No. 10", "#4": a figure after the number sign names a thing ("No. 10 had not been told"), it counts none;
    a rank ("the No. 2 spot") still makes a sentence an assertion, so only a claim's figures leave it out."""
    return _NUMBER_SIGN.search(doc_text(ent.doc), max(0, ent.start_char - 6), ent.start_char) is not None


def _bracketed_age(ent) -> bool:
    """ "Govindaraj (65) of Thirumalaigiri": a small whole number in brackets right after a name is the
    person's age, as news copy gives it, not a figure the story reports."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    return doc[ent.start - 2].pos_ == "PROPN" and _could_be_age(ent.text)


def _could_be_age(text: str) -> bool:
    """A bare whole number a person's age could be: what an age beside its person ("Govindaraj (65)", "the
    teenager, 17,") is read from."""
    return text.isdecimal() and int(text) < 120


def _names_a_day(tok) -> bool:
    """A month's or a weekday's name: the figure after it that counts a noun is no name's number ("in May 300
    people", "on Friday 80 people"), as one after "page" or "route" is."""
    return _is_month(tok) or tok.text in WEEKDAYS


def _is_month(tok) -> bool:
    return tok.text.rstrip(".") in MONTHS


def _day_of_month(doc, i: int) -> bool:
    """The figure at ``i`` is the day of the month beside it: "14 May", or "Jan. 1" when no day stands before the
    month already ("2 January 17 patients" counts 17)."""
    t = doc[i]
    if not (t.text.isdecimal() and 1 <= int(t.text) <= 31):
        return False
    if i + 1 < len(doc) and _is_month(doc[i + 1]):
        return True
    return i > 0 and _is_month(doc[i - 1]) and not (i > 1 and doc[i - 2].text.isdecimal())


def _day_before_its_month(ent) -> bool:
    """ "on 14 May 300 people were evacuated": the small model tags the day alone as a count of the noun after it."""
    return len(ent) == 1 and ent.end < len(ent.doc) and _is_month(ent.doc[ent.end]) \
        and _day_of_month(ent.doc, ent.start)


def _count_after_a_date(ent) -> Span | None:
    """ "in 2021 1,200 jobs went", "on 3 June 45 people were arrested", "by 2030 20,000 teachers", "in 2024 40% of
    households", "by the end of 2025 10,000 homes": the small model tags a date and the figure after it as one entity.
    The date is no part of the number: the figure after it is the claim's, with the entity's label unless that is a
    date's. None when no date comes before the entity's first figure that is no part of one, or nothing after it."""
    # asked of every entity of every claim, names too: a date and a figure after it need two tokens and a digit
    if len(ent) < 2 or not any(map(str.isdigit, ent.text)):
        return None
    doc = ent.doc
    last = None
    for t in ent:
        if looks_like_year(t.text) or _names_a_day(t) or _day_of_month(doc, t.i):
            last = t.i
        elif t.text[0].isdigit():
            break
    if last is None or last + 1 >= ent.end:
        return None
    first = doc[last + 1]
    if not first.text[0].isdigit() or looks_like_year(first.text):
        return None
    label = ent.label_ if ent.label_ in ("MONEY", "PERCENT", "QUANTITY") else "CARDINAL"
    return Span(doc, last + 1, ent.end, label=label)


def _share_of(ent) -> bool:
    """ "three quarters of the reefs", "two thirds of voters" (a date to the small model, as a year's quarters are):
    a spelled fraction whose "of" names no time ("three quarters of the year", "the first two quarters of 2024")."""
    doc = ent.doc
    return _fraction_alone(ent) and ent.end < len(doc) and doc[ent.end].lower_ == "of" \
        and not _part_of_an_extent(ent[-1])


def _fraction_alone(ent) -> bool:
    """A spelled fraction and nothing else: "a third", "two-thirds", "half" (not "a quarter of a million")."""
    return any(t.lower_ in DENOMINATORS for t in ent) \
        and all(t.lower_ in DENOMINATORS or t.lower_ in WORDS or t.text == "-" for t in ent)


def _counts_a_share(word: Token) -> bool:
    """Whether the fraction ending in ``word`` is a share of what the claim counts: neither a comparison
    (``_share_is_a_comparison``) nor a part of a time or a way (``_part_of_an_extent``)."""
    return not _share_is_a_comparison(word) and not _part_of_an_extent(word)


def _share_is_a_comparison(word: Token) -> bool:
    """ "winning the vote was only half the battle", "he was half the player he used to be": a fraction (its last
    word, ``word``) in the complement of "be" compares the subject to the noun it names, it is no share of anything
    the claim counts."""
    phrase = word.head if word.dep_ in ("predet", "det", "quantmod", "nummod") else word
    return phrase.dep_ in ("attr", "acomp")


def _part_of_an_extent(fraction: Token) -> bool:
    """The noun a fraction (its last word) is of names a part of a time or of a way (``_EXTENT_NOUNS``, a date: "of
    the year", "half the season", "a third of the route", "the first two quarters of 2024"; "a quarter of a century",
    "three quarters of an hour") or a measure it stands straight before (``_MEASURES``: "half his age"): the fraction
    measures, it is no share of what the claim counts. "Of a/an" asks the same of its noun: "half of a £2m grant" is
    a share. The noun is the parse's, so an owner before it says nothing ("a third of the season's matches", "a third
    of last year's level")."""
    doc, i = fraction.doc, fraction.i
    of = doc[i + 1] if i + 1 < len(doc) and doc[i + 1].lower_ == "of" else None
    if of is not None:
        noun = next((c for c in of.children if c.dep_ == "pobj"), None)
    else:
        noun = fraction.head if fraction.head.i > i else None     # "half the season": "half" hangs on its noun
        if noun is None and i + 2 < len(doc) and doc[i + 1].dep_ in ("det", "poss"):
            noun = doc[i + 2]                   # "at half the speed": the parser may hang "half" on the preposition
    while noun is not None and noun.dep_ == "poss" and noun.head.i > noun.i:
        noun = noun.head                                        # the parser may hang it on the owner
    if noun is None:
        return False
    spans = _EXTENT_NOUNS if of is not None else _EXTENT_NOUNS | _MEASURES
    return noun.ent_type_ in ("DATE", "TIME") or noun.tag_ == "NN" and noun.lemma_.lower() in spans \
        or _spans_of_their_owners(noun)


def _spans_of_their_owners(noun: Token) -> bool:
    """ "Their lives", "their careers": a plural span is one span a head only when its owners are named. "The lives
    lost at sea" counts people; "their careers services" names other things; "half their lives were saved" counts
    lives saved: only a span that is spent is a length of time, so a subject counts unless it is spent."""
    doc = noun.doc
    return noun.tag_ == "NNS" and noun.lemma_.lower() in _ONE_EACH_SPANS \
        and any(c.dep_ == "poss" for c in noun.children) \
        and not (noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ in ("NN", "NNS")) \
        and (noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.lemma_ == "spend")


def _range_of_counts(ent) -> bool:
    """ "Between 40 and 50 people", "two to three hundred troops", "between five and six thousand people" (a date to
    the small model): figures that are no years, or number words, joined as a range and counting the plural after
    them, which is no unit of time ("two to three weeks" is a length)."""
    figures = [t for t in ent if t.like_num]
    return len(figures) >= 2 and all(t.text.replace(",", "").isdecimal() and not looks_like_year(t.text)
                                     or t.lower_ in WORDS or t.lower_ in SCALES for t in figures) \
        and all(t.like_num or t.lower_ in ("between", "and", "to", "-", "–") for t in ent) \
        and ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "NNS" and any(t.head.i == ent.end for t in ent) \
        and singular(ent.doc[ent.end].lower_) not in TIME_UNITS


def _other_end_of_a_count(ent) -> bool:
    """ "five to six patients", "eight to ten gunmen", "six or seven players": the parse hangs a range's other end
    on the end that counts the noun, so the end alone counts nothing to it; it counts the same noun. Not an end
    hyphened to what follows ("six to eight-year-olds", "a 10 to 12-page report"): that is an age or a size."""
    root = ent.root
    other = root.head
    doc = ent.doc
    return root.dep_ in ("quantmod", "conj") and other.like_num and other.i != root.i \
        and other.dep_ == "nummod" and other.head.pos_ == "NOUN" \
        and not (other.i + 1 < len(doc) and doc[other.i + 1].text in ("-", "–")) \
        and [t.lower_ for t in doc[min(ent.end, other.i + 1):max(ent.start, other.i)]] in (["to"], ["or"], ["-"], ["–"])


def _level_of_a_tally(ent) -> bool:
    """ "The death toll has hit 65", "the number of dead has topped 120" (a date, or an age, to the small model): a
    bare figure that is no year, which a level verb (``newsradar.measures.LEVEL_VERBS``) gives as where a tally
    (``TALLIES``) now stands, is a count. The same verb on a person or a thing that is no tally gives an age, a
    reading or a time ("she has hit 65", "the index hit 65"), which stay as the model tags them."""
    if not all(t.text.replace(",", "").isdecimal() for t in ent) or looks_like_year(ent.text):
        return False
    verb = level_verb(ent.root)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in TALLIES
                                    for c in verb.children)


def _scaled_count(ent) -> bool:
    """ "two and a half million people", "half a million" (a date to the small model): number words or figures with
    a scale of a lakh or more and no word of time ("two million years ago" keeps its "years")."""
    return any(t.lower_ in _BIG_SCALES for t in ent) \
        and all(t.like_num or t.lower_ in WORDS or t.lower_ in ("and", "-") for t in ent)


def _spelled_count(ent) -> bool:
    """A number word the small model took for a name: "Seventeen passengers were killed".

    News style spells out a figure that opens a sentence, and capitalised, the small model often
    tags it ORG or PERSON; read as a name, the claim lost its figure.
    """
    return all(t.like_num and t.tag_ == "CD" and not any(c.isdigit() for c in t.text) for t in ent) \
        and ent.root.dep_ in ("nummod", "compound") and ent.root.head.pos_ == "NOUN"
