"""NewsRadar's NLP: entities, claims, numbers and keyphrases from an article (issue 4).

Public API: ``consumers.enricher.nlp.pipeline.Extractor`` and ``render_table``.
"""
