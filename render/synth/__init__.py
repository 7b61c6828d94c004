"""Synthetic gemeenteraad minutes (PDF) with their gold, for benchmarks at scale.

`write_corpus(out_dir, docs, seed)` writes `pdf/` and `gold/`; `besluitenbank synth` is its
command. Modules: `vocab` (phrase data, validated), `model` (the document's content), `draft`,
`people`, `sections`, `items`, `annex`, `document` (random draws → model), `gold` (model → export
JSON), `typeset` (model → PDF), `corpus` (files on disk).
"""

from render.synth.corpus import CorpusSummary, generate_document, write_corpus

__all__ = ["CorpusSummary", "generate_document", "write_corpus"]
