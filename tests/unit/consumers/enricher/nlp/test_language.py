"""consumers/enricher/nlp/language.py: the detector the enricher's parent runs on every article."""
from __future__ import annotations

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from consumers.enricher.nlp.language import LANGUAGES, _identifier

TEXTS = (
    "The central bank raised interest rates by half a point on Thursday, its third rise this year.",
    "Die Regierung hat am Mittwoch ein neues Gesetz zum Schutz der Wälder beschlossen.",
    "Le gouvernement a annoncé mardi une hausse du salaire minimum à partir de janvier.",
    "El presidente visitó las zonas afectadas por las inundaciones en el norte del país.",
    "Правительство объявило о новых мерах поддержки малого бизнеса.",
    "地震发生后，救援人员连夜赶往灾区。",
    "OK",
)


def test_language_scores_are_the_stock_identifiers_to_the_bit_from_a_row_major_table():
    """The table is laid out row-major for speed (each feature's weights adjacent); what it scores must
    not move: the same probabilities, bit for bit, as py3langid's own identifier restricted alike."""
    stock = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    stock.set_languages(list(LANGUAGES))
    ours = _identifier()
    assert ours.nb_ptc.flags.c_contiguous and ours.nb_ptc.dtype == stock.nb_ptc.dtype
    for text in TEXTS:
        assert np.array_equal(ours._decide(text), stock._decide(text)), text
        assert ours.classify(text) == stock.classify(text)
