"""Stage 2: pages to records. Rule components fill a `DocumentRecord` from a `SourceDocument`.

See `extract/pipeline.py` for the order and `extract/registry.py` for the component contract.
"""
