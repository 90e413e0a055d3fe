"""What a figure counts or measures, read from the dependency parse around it.

"40,000 homes will get power" and "40,000 people were evacuated" share a figure of one story and
state two things; so do "$7.1 billion worth of weapons" and "$7.1 billion in aid", or "rose 5%" and
"cut 5%". Matching reads words from the whole claim and cannot tell which word belongs to the figure;
the parse can, here, where it exists. A short walk gives the lemma of:

* the noun the figure counts: "40,000 homes", "12 lakh farmers", "two million more people";
* when that noun is the amount itself ("worth", "total"), or there is none, the noun after "of" or
  "in": "$7 billion worth of weapons", "$7.1 billion in aid", or the noun the figure is "of": "a
  ransom of 5 million dollars";
* else, and always for a share ("5%", "a third"), for a figure that is the size of a change ("rose 5%",
  "cut by 5%", "raised prices by 5%"), the verb of change (``newsradar.measures.CHANGE_VERBS``); not for
  money that is the verb's own object ("raised £3 million for the appeal" is fundraising, not a rise), nor
  for a share that does the verb ("12% of staff raised concerns");
* else, for a figure that is not a share, the verb that gives it as the level a quantity has reached ("the toll
  has reached 47", "now stands at 58", ``newsradar.measures.LEVEL_VERBS``).

None when the parse says none of these: a wrong guess would keep a retelling apart.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from consumers.enricher.nlp.lexicon import REPORTING_VERBS, verb_lemma
from consumers.enricher.nlp.numbers import CURRENCY_WORDS, DENOMINATORS, PERCENT_WORDS, SCALES
from newsradar.claim_match import MEASURE_UNITS
from newsradar.lemmas import get_lemmatiser
from newsradar.measures import CHANGE_VERBS, GATHERING_GROWS, GATHERINGS, LEVEL_VERBS

# Nouns that name the amount, not what it is of: "$7 billion worth of weapons", "a total of 22 firms".
_AMOUNT_NOUNS = frozenset({"worth", "amount", "total", "sum", "value", "figure", "number", "estimate", "tally",
                           "%", "dozen", "score", "lot", "couple", "range", "average", "maximum", "minimum",
                           "point"})
# Prepositions that name what an amount is of: "of weapons", "in aid". Not "for" or "on", which name
# a purpose ("$5 million for the families", "spent $2 billion on factories") that retellings word apart.
_OF = frozenset({"of", "in"})
# Prepositions through which a verb states a change or level by the figure: "cut by 5%", "rose to 4.5%",
# "stood at 2.1%".
_BY = frozenset({"by", "to", "from", "at"})
# Verbs through which a share only reports what it does ("40% said they had seen ..."). Not
# lexicon.REPORTING_VERBS: a share that complains, warns, fears or agrees did something ("40% of members complained").
_REPORTING = frozenset({"say", "tell", "report", "claim", "admit", "believe", "think"})
# Verbs whose meaning is their object's or complement's ("have had the booster", "get a pay rise", "went on
# strike", "put up tax", "came down"): no predicate alone.
_LIGHT_VERBS = frozenset({"have", "get", "do", "make", "take", "give", "go", "put", "come"})
_COUNTING_DEPS = frozenset({"nummod", "quantmod", "compound", "npadvmod", "det", "amod", "advmod"})
# Units spelled out, which the figure is in as much as "cm" or "km": "30 centimetres of snow" measures snow.
_SPELLED_UNITS = frozenset("""centimetre centimeter millimetre millimeter kilometre kilometer kilogram kilogramme
gramme milligram millilitre penny pence""".split())
_PERCENT = frozenset(PERCENT_WORDS)
_SHARE_WORDS = frozenset(DENOMINATORS)
_SCALES = frozenset(SCALES)


def measured(doc: Doc, start: int, end: int) -> str | None:
    """The lemma of what the figure at characters ``start``..``end`` counts or measures; None when unclear."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if _share(span):
        # A share's noun names a rate ("a 25% tariff", "a duty of 25 percent") or its base ("2% of GDP", "of
        # output"), which outlets word in many ways; the way it moved is what tells two shares apart.
        return _verb_in(_governing_verb(root), CHANGE_VERBS) or _predicate(root)
    noun = _counted(root, span.end)
    if noun is None or _is_amount_word(noun):
        thing = _of_what(noun if noun is not None else root)
        if thing is not None:
            return _lemma(thing)
    if noun is not None and not _is_amount_word(noun):
        return _lemma(noun)
    owner = _amount_of(noun if noun is not None else root)
    if owner is not None:
        return _lemma(owner)
    # Money a verb of change takes as its own object is what was raised or spent, not the size of a change; a level
    # verb's object is the level reached, a sum's too ("the appeal has reached 2.4 million pounds"), which is right
    # and harmless: a sum is no count of things, so it is never read as a count's update.
    node = noun if noun is not None else root
    return _verb_in(_governing_verb(node, objects=False), CHANGE_VERBS) or _level(node)


def _share(span: Span) -> bool:
    """A percentage or a fraction ("a third"); "a quarter of a million households" is a count."""
    words = {t.lower_ for t in span}
    return bool(words & _PERCENT) or bool(words & _SHARE_WORDS) and not words & _SCALES


def _predicate(share: Token) -> str | None:
    """What a share of its subject does or is: "60% of women experience ..." -> experience, "38% were
    undecided" -> undecided; through a report of it ("40% said they had seen ...") to what was said."""
    if share.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = share.head
    if verb.lemma_.lower() in _REPORTING:
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if verb is None:
            return None
    if verb.lemma_.lower() == "be":
        verb = next((c for c in verb.children if c.dep_ in ("acomp", "attr")), None)
    # A share that does a verb of change is who did it ("12% of staff raised concerns"), not its size
    if verb is None or verb.pos_ not in ("VERB", "ADJ", "NOUN") or verb.lemma_.lower() in _LIGHT_VERBS \
            or verb.lemma_.lower() in CHANGE_VERBS:
        return None
    return verb_lemma(verb) if verb.pos_ == "VERB" else _lemma(verb)


def _verb_in(verb: Token | None, verbs: frozenset[str]) -> str | None:
    """The verb's lemma when it is one of ``verbs``: of change ("rose 5%", "sent $2 billion") or of level ("stood
    at 2.1%"), how the figure was given."""
    lemma = verb.lemma_.lower() if verb is not None else None
    return lemma if lemma in verbs else None


def _level(node: Token) -> str | None:
    """The lemma of ``level_verb``'s verb, None for a gathering's size ("the crowd topped 40,000", "the number of
    people in the crowd reached 30,000", "reached 8,000 as the crowd swelled"): an estimate of one moment, no later
    value of another estimate of it."""
    verb = level_verb(node)
    if verb is None or any(_names_gathering(t) for t in _before_in_its_clause(verb)) or _gathering_grows(verb):
        return None
    return verb.lemma_.lower()


def level_verb(node: Token) -> Token | None:
    """The level verb whose level the figure is, a gathering's or not: its object ("has reached 47", "topped 200")
    or through "at"/"to" ("now stands at 58")."""
    verb = _governing_verb(node)
    return verb if _verb_in(verb, LEVEL_VERBS) else None


def _names_gathering(word: Token) -> bool:
    """A gathering noun that names one; not a modifier of another noun ("the crowd surge", "crowd funding")."""
    return word.lemma_.lower() in GATHERINGS and word.dep_ != "compound"


def _gathering_grows(verb: Token) -> bool:
    """A clause joined to the level verb tells a gathering growing ("as the crowd swelled", "and the crowd was still
    growing"): the level is that gathering's size. Not a crowd that grew into a mood ("grew angry", "grew restless")."""
    return any(clause.dep_ in ("advcl", "conj") and clause.lemma_.lower() in GATHERING_GROWS
               and any(s.dep_ == "nsubj" and _names_gathering(s) for s in clause.children)
               and not any(c.dep_ in ("acomp", "attr") for c in clause.children)
               for clause in verb.children)


def _before_in_its_clause(verb: Token) -> Span:
    """The words before ``verb`` in the clause it states, where what reached the level is named. Up through a
    clause the parser wrongly hangs it on ("the crowd watching the final in the park has passed 15,000" under
    "watching"), never past the verb that reports it ("As crowds gathered, police said the toll had reached 47")."""
    top = verb
    while top.dep_ in ("ccomp", "xcomp") and top.head.lemma_.lower() not in REPORTING_VERBS:
        top = top.head
    return verb.doc[top.left_edge.i:verb.i]


def _counted(root: Token, span_end: int) -> Token | None:
    """The noun the figure counts: the span's own head noun ("40,000 homes") or the noun it modifies."""
    if _is_noun(root) and not _is_amount_word(root):
        return root
    node = root
    # "between 200 and 300 migrants": the second amount of a range counts what the first does
    while node.dep_ == "conj" and node.head.like_num:
        node = node.head
    if node.dep_ in _COUNTING_DEPS and node.head.i >= span_end and _is_noun(node.head):
        node = node.head
        # "12 lakh farmers", "two million more people": the grammar may stop at a word of the amount
        while node.head.i > node.i and node.dep_ in ("compound", "nummod", "amod") and _is_noun(node.head):
            node = node.head
        return node
    return root if _is_noun(root) else None


def _of_what(node: Token) -> Token | None:
    """The noun after "of" or "in" on the amount: "worth of weapons", "in aid", "of voters"."""
    for prep in node.children:
        if prep.dep_ == "prep" and prep.lower_ in _OF:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and not _is_amount_word(obj):
                return obj
            if obj is not None and obj.pos_ == "NOUN":
                return _of_what(obj)
    return None


def _amount_of(node: Token) -> Token | None:
    """The noun the figure is the amount of: "a ransom of 5 million dollars", "a budget of $45 million"."""
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ == "of" and _is_noun(prep.head) and not _is_amount_word(prep.head):
        return prep.head
    return None


def _governing_verb(node: Token, objects: bool = True) -> Token | None:
    """The verb that takes the figure: its measure ("rose 5%"), or its object ("cut 5%") unless ``objects`` is
    False, or through "by"/"to"/"from"/"at"."""
    if node.dep_ in (("dobj", "npadvmod") if objects else ("npadvmod",)) and _acts(node.head):
        return node.head
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ in _BY and prep.dep_ == "prep" and _acts(prep.head):
        return prep.head
    return None


def _acts(token: Token) -> bool:
    """A verb, or a word with a subject the tagger read as a noun: a headline's "Bus crash toll climbs to 22"."""
    return token.pos_ == "VERB" or token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children)


def _is_noun(token: Token) -> bool:
    # "(170 kph)": the parser calls a lower-case unit a proper noun; it is still a noun of counting
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)


def _is_amount_word(token: Token) -> bool:
    low = token.lower_
    return (low in _SCALES or low in _PERCENT or low in CURRENCY_WORDS or low in _SHARE_WORDS
            or token.like_num or token.lemma_.lower() in _AMOUNT_NOUNS or token.lemma_.lower() in _SCALES
            # "48 hours", "12,000 acres", "30 centimetres": a unit the figure is in, not what it measures
            or token.lemma_.lower() in MEASURE_UNITS or token.lemma_.lower() in _SPELLED_UNITS)


def _lemma(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NNS":
        return lemma
    # The small model leaves some plurals as written ("troops", "arms") and clips others ("doses" -> "dos"): the
    # lookup tables' first other form of the word ("troop", "dose", "bus"), else the model's lemma.
    forms = [form for form in get_lemmatiser().candidates(noun.lower_) if form != noun.lower_]
    return forms[0] if forms else lemma
