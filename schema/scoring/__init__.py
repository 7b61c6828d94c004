"""The scoring section of the export format: per-field precision, recall and F1.

Pure functions over contract JSON (gold and predictions in the same shape); `score_documents`
pairs documents by `source`, decisions by `agenda_item` or title, and tallies every field.
"""

from schema.scoring.score import FieldTally, Scoreboard, score_documents, score_pair

__all__ = ["FieldTally", "Scoreboard", "score_documents", "score_pair"]
