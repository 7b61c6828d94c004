"""From a heading candidate to the decision's title, policy domain and operative word.

- Title: the heading's pieces joined as the gold joins wrapped lines (`join_wrapped`), footer
  noise already blanked by `clean`.
- Domain: the upper-case label of `42. SOCIAAL BELEID. ...`; otherwise a known policy domain as the
  first ` - ` segment (`14 Financiën - retributiereglement ... - goedkeuring`) or before a colon
  (`1. Algemeen bestuur: Zittingsverslag ...`), which is then not part of the title.
- Decision type: the operative word of the title, lowercased (`Goedkeuring ...` → goedkeuring;
  `... - Kennisneming` → kennisneming; a title opening with a subject heading, `Audio. 1)
  Samenstelling ...`, takes the word of its first numbered sub-decision).
"""

from __future__ import annotations

import re
import unicodedata

from extract.structure.vocabulary import StructureVocabulary, vocabulary
from extract.text.lines import join_wrapped

CASE_CODE_PREFIX = re.compile(r"^\d{4}_[A-Z]{2,}_\d{3,}\s*(?:-\s*)?")
SUB_DECISION = re.compile(r"(?:^|\s)1\)\s*(?P<rest>.+?)(?=\s\d\)|$)")
SEGMENT_SPLIT = re.compile(r"\s[-–]\s")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def title_text(text: str, pieces: tuple[tuple[int, int], ...]) -> str:
    """The title as the gold writes it: wrapped lines joined, whitespace collapsed, NFC (PDF text
    layers write `ë` as `e` + combining diaeresis)."""
    return unicodedata.normalize("NFC", join_wrapped("\n".join(text[start:end] for start, end in pieces)))


def split_domain(title: str, vocab: StructureVocabulary | None = None) -> tuple[str | None, str]:
    """`Financiën - retributiereglement ...` → (`Financiën`, `retributiereglement ...`).

    Only a known policy domain is split off: a first segment is as often the subject itself
    (`Ontslag raadslid ... - kennisneming`).
    """
    vocab = vocab or vocabulary()
    domains = {domain.lower() for domain in vocab.policy_domains}
    parts = SEGMENT_SPLIT.split(title, maxsplit=1)
    if len(parts) == 2 and parts[0].strip().lower() in domains:
        return parts[0].strip(), parts[1].strip()
    head, colon, rest = title.partition(":")
    if colon and rest.strip() and head.strip().lower() in domains:
        return head.strip(), rest.strip()
    return None, title


def _operative(phrase: str, vocab: StructureVocabulary) -> str | None:
    """The operative word opening `phrase` (adjectives such as `Definitieve` skipped)."""
    operative = set(vocab.operative_words)
    modifiers = set(vocab.operative_modifiers)
    for word in WORD.findall(phrase.lower())[:3]:
        if word in operative:
            return word
        if word not in modifiers:
            return None
    return None


def decision_type_of(title: str, vocab: StructureVocabulary | None = None) -> str | None:
    """The operative word of a title, lowercased, or None when the title has none."""
    vocab = vocab or vocabulary()
    body = CASE_CODE_PREFIX.sub("", title).strip()
    found = _operative(body, vocab)
    if found:
        return found
    sub = SUB_DECISION.search(body)
    if sub:
        found = _operative(sub.group("rest"), vocab)
        if found:
            return found
    segments = [segment for segment in SEGMENT_SPLIT.split(body) if segment.strip()]
    if len(segments) > 1:
        found = _operative(segments[-1], vocab)
        if found:
            return found
    sentences = [sentence for sentence in re.split(r"(?<=\.)\s+", body) if sentence.strip()]
    for sentence in reversed(sentences[1:]):
        found = _operative(sentence, vocab)
        if found:
            return found
    return None
