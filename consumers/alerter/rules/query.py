"""Consumer-side text matching for rules: term groups and a small query_string subset.

There is no percolator on our cluster, and the indexer may not have written an
article yet when the alerter sees it (separate consumer groups), so rules are
matched here, on the message itself.

What an article offers to a query (:class:`ArticleText`): the title, body and
summary tokens, the ``enrichment.lemmas`` tokens and the keyphrase lemmas and
texts; all lower-cased, split on word boundaries (``\\w+``). A term matches a
whole word (``arms`` does not match ``harms``); ``weapon*`` is a prefix; a term
of several words (``"united states"``) is a phrase, matched on consecutive
tokens of one source.

``query_string`` supports the part of Elasticsearch's syntax that makes sense
without a mapping: words, ``"phrases"``, ``prefix*``, ``AND``/``OR``/``NOT``,
``&&``/``||``/``!``, ``+must``/``-must_not`` and parentheses; the default
operator is OR, as in Elasticsearch. Field names (``title:x``), fuzziness,
ranges, regexes and boosts are refused when the rules are loaded, so a rule
never silently means something else than in Kibana.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsradar.schema import EnrichedArticle
from newsradar.text import tokens


@dataclass
class ArticleText:
    """The token sequences of one article, and the set of all its tokens."""

    sequences: list[list[str]]
    vocabulary: set[str]

    @classmethod
    def of(cls, ea: EnrichedArticle) -> ArticleText:
        a, e = ea.article, ea.enrichment
        seqs = [tokens(a.title), tokens(a.body or ""), tokens(a.summary or ""), tokens(e.lemmas or "")]
        for kp in e.keyphrases:
            seqs.append(tokens(kp.lemma))
            seqs.append(tokens(kp.text))
        seqs = [s for s in seqs if s]
        return cls(seqs, {t for s in seqs for t in s})

    def has(self, term: str) -> bool:
        words = tokens(term.rstrip("*"))
        prefix = term.endswith("*")
        if not words:
            return False
        if len(words) == 1:
            w = words[0]
            if prefix:
                return any(t.startswith(w) for t in self.vocabulary)
            return w in self.vocabulary
        if not all(w in self.vocabulary for w in words[:-1]):
            return False
        n = len(words)
        for seq in self.sequences:
            for i in range(len(seq) - n + 1):
                if seq[i:i + n - 1] == words[:-1] and (
                        seq[i + n - 1].startswith(words[-1]) if prefix else seq[i + n - 1] == words[-1]):
                    return True
        return False


# ---- query_string: tokenizer, parser, evaluator -------------------------------------------

class QuerySyntaxError(ValueError):
    pass


_TOKEN = re.compile(r'\s*(?:(\()|(\))|("(?:[^"\\]|\\.)*")|(&&|\|\|)|([+\-!])(?=\S)|([^\s()"]+))')
_UNSUPPORTED = re.compile(r'(?<!\\)[:~^\[\]{}/]')


def _lex(query: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    query = query.strip()
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if not m or m.end() == pos:
            raise QuerySyntaxError(f"cannot read the query at {query[pos:pos + 20]!r}")
        pos = m.end()
        lpar, rpar, phrase, op, unary, word = m.groups()
        if lpar:
            out.append(("(", "("))
        elif rpar:
            out.append((")", ")"))
        elif phrase:
            out.append(("TERM", phrase[1:-1].replace('\\"', '"')))
        elif op:
            out.append(("AND" if op == "&&" else "OR", op))
        elif unary:
            out.append({"+": ("MUST", "+"), "-": ("NOT", "-"), "!": ("NOT", "!")}[unary])
        elif word in ("AND", "OR", "NOT"):
            out.append((word, word))
        else:
            if _UNSUPPORTED.search(word):
                raise QuerySyntaxError(
                    f"{word!r}: fields, fuzziness, boosts, ranges and regexes are not supported "
                    "(use words, \"phrases\", prefix*, AND/OR/NOT and parentheses)")
            out.append(("TERM", word))
    return out


class _Parser:
    """or_expr := and_expr (OR and_expr)* ; and_expr := unary ((AND)? unary)* with implicit OR."""

    def __init__(self, toks: list[tuple[str, str]], default_and: bool):
        self.toks = toks
        self.i = 0
        self.default_and = default_and

    def peek(self) -> str | None:
        return self.toks[self.i][0] if self.i < len(self.toks) else None

    def take(self) -> tuple[str, str]:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse(self):
        node = self.or_expr()
        if self.peek() is not None:
            raise QuerySyntaxError(f"unexpected {self.toks[self.i][1]!r}")
        return node

    def or_expr(self):
        parts = [self.and_expr()]
        while self.peek() == "OR":
            self.take()
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else ("or", parts)

    def and_expr(self):
        # Within a run of clauses without explicit operators, Lucene semantics:
        # +x is required, -x is excluded, bare x is optional (default OR) or required (default AND).
        must, should, must_not = [], [], []
        explicit_and = False
        while self.peek() not in (None, "OR", ")"):
            if self.peek() == "AND":
                self.take()
                explicit_and = True
                if self.peek() in (None, "OR", ")", "AND"):
                    raise QuerySyntaxError("AND needs a clause on both sides")
                continue
            kind, node = self.unary()
            {"must": must, "should": should, "not": must_not}[kind].append(node)
        if not (must or should or must_not):
            raise QuerySyntaxError("empty clause")
        if explicit_and or self.default_and:
            must, should = must + should, []
        return ("bool", must, should, must_not)

    def unary(self):
        kind = self.peek()
        if kind == "NOT":
            self.take()
            return "not", self.atom()
        if kind == "MUST":
            self.take()
            return "must", self.atom()
        return "should", self.atom()

    def atom(self):
        kind = self.peek()
        if kind == "(":
            self.take()
            node = self.or_expr()
            if self.peek() != ")":
                raise QuerySyntaxError("missing ')'")
            self.take()
            return node
        if kind == "TERM":
            return ("term", self.take()[1])
        raise QuerySyntaxError(f"expected a word, a phrase or '(' but found {kind or 'the end'}")


def parse_query_string(query: str, default_operator: str = "OR"):
    toks = _lex(query)
    if not toks:
        raise QuerySyntaxError("the query is empty")
    return _Parser(toks, default_operator.upper() == "AND").parse()


def evaluate(node, text: ArticleText) -> bool:
    kind = node[0]
    if kind == "term":
        return text.has(node[1])
    if kind == "or":
        return any(evaluate(n, text) for n in node[1])
    _, must, should, must_not = node
    if any(evaluate(n, text) for n in must_not):
        return False
    if not all(evaluate(n, text) for n in must):
        return False
    if should and not must:
        return any(evaluate(n, text) for n in should)
    return True


def term_groups_match(groups: list[list[str]], text: ArticleText) -> bool:
    """Every group must have at least one of its synonyms in the article."""
    return all(any(text.has(t) for t in group) for group in groups)
