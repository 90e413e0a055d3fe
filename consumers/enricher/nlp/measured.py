"""What a figure counts or measures, read from the dependency parse around it.

"40,000 homes will get power" and "40,000 people were evacuated" share a figure of one story and
state two things; so do "$7.1 billion worth of weapons" and "$7.1 billion in aid", or "rose 5%" and
"cut 5%". Matching reads words from the whole claim and cannot tell which word belongs to the figure;
the parse can, here, where it exists. A short walk gives the lemma of:

* the noun the figure counts: "40,000 homes", "12 lakh farmers", "two million more people";
* when that noun is the amount itself ("worth", "total"), or there is none, the noun after "of" or
  "in": "$7 billion worth of weapons", "$7.1 billion in aid", "5% of voters", or the noun the figure
  is "of": "a ransom of 5 million dollars";
* else, for a figure a verb takes ("rose 5%", "cut by 5%", "raised to 4.5%"), that verb.

None when the parse says none of these: a wrong guess would keep a retelling apart.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from consumers.enricher.nlp.numbers import CURRENCY_WORDS, DENOMINATORS, PERCENT_WORDS, SCALES

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
_COUNTING_DEPS = frozenset({"nummod", "quantmod", "compound", "npadvmod", "det", "amod", "advmod"})


def measured(doc: Doc, start: int, end: int) -> str | None:
    """The lemma of what the figure at characters ``start``..``end`` counts or measures; None when unclear."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
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
    verb = _governing_verb(noun if noun is not None else root)
    return verb.lemma_.lower() if verb is not None else None


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


def _governing_verb(node: Token) -> Token | None:
    """The verb that takes the figure: its object or measure ("rose 5%"), or through "by"/"to"/"from"."""
    if node.dep_ in ("dobj", "npadvmod") and node.head.pos_ == "VERB":
        return node.head
    prep = node.head
    if node.dep_ == "pobj" and prep.lower_ in _BY and prep.dep_ == "prep" and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _is_noun(token: Token) -> bool:
    # "(170 kph)": the parser calls a lower-case unit a proper noun; it is still a noun of counting
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)


def _is_amount_word(token: Token) -> bool:
    low = token.lower_
    return (low in SCALES or low in PERCENT_WORDS or low in CURRENCY_WORDS or low in DENOMINATORS
            or token.like_num or token.lemma_.lower() in _AMOUNT_NOUNS or token.lemma_.lower() in SCALES)


def _lemma(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    # "troops" and "arms" are plurals whose lemma the small model leaves as written
    return lemma[:-1] if lemma == noun.lower_ and lemma.endswith("s") and noun.tag_ == "NNS" \
        and not lemma.endswith("ss") else lemma
