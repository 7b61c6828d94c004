"""The run tokenizer and phrase matchers give what spaCy's `Doc` and matchers give (seeds, real corpus)."""

from __future__ import annotations

from pathlib import Path

from spacy.matcher import Matcher, PhraseMatcher

from extract.entities.mentions import _patterns, _written_forms, scan
from extract.entities.tokens import RunTokenizer, lower_matches, phrase_matches
from extract.entities.vocabulary import vocabulary
from extract.entities.words import doc_of, nlp, text_words, words_of
from ingest.reader import read_source
from conftest import SEEDS_TXT


def _spacy_tokens(text: str) -> tuple[list[tuple[int, int]], list[bool]]:
    """Non-space token ranges of spaCy's own tokenisation, and whether a space token precedes each."""
    ranges, spaced, previous = [], [], -1
    for token in doc_of(text):
        if token.is_space:
            continue
        ranges.append((token.idx, token.idx + len(token.text)))
        spaced.append(token.i > previous + 1)
        previous = token.i
    return ranges, spaced


def _same_as_spacy(text: str) -> None:
    words, tokens, _ = text_words(text)
    ranges, spaced = _spacy_tokens(text)
    assert list(zip(tokens.starts, tokens.ends)) == ranges
    assert tokens.after_space == spaced
    assert words == words_of(doc_of(text))[0]


def test_run_tokens_are_spacy_tokens_on_tricky_shapes() -> None:
    for text in [
        "", " ", "  leading spaces", "\n\nGO! Scholengroep 5 en ‘t Arsenaal", "Opvoedings-\nwinkel vzw",
        "a  b\tc\xa0d\u2009e", "(IGEMO), o.a. m.b.t. art. 2,5 € 1.000,- http://x.be/y?a=1 ’s-Gravenhage",
        "einde.\fVolgende pagina", "trailing space ",
    ]:  # fmt: skip
        _same_as_spacy(text)


def test_run_tokens_are_spacy_tokens_on_the_seeds() -> None:
    for path in sorted(SEEDS_TXT.glob("*.txt")):
        _same_as_spacy(read_source(path).text)


def test_run_tokens_are_spacy_tokens_on_real_documents(shared_dir: Path) -> None:
    # PDF-extraction noise of Mechelen 2025 and LBLOD markup of Aalst
    for folder in ("mechelen", "aalst"):
        for path in sorted((shared_dir / "corpus-real" / folder).glob("*.txt"))[:15]:
            _same_as_spacy(read_source(path).text)


def test_a_run_is_tokenized_once_per_process() -> None:
    tokenizer = RunTokenizer(nlp())
    tokenizer.tokens("De stad Mechelen, de stad Mechelen.")
    assert set(tokenizer._cache) == {"De", "stad", "Mechelen,", "de", "Mechelen."}


def _spacy_matches(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Body and head hits of spaCy's `PhraseMatcher` (ORTH) and `Matcher` (LOWER), in word ranges."""
    vocab, language = vocabulary(), nlp()
    bodies = PhraseMatcher(language.vocab, attr="ORTH")
    for body in vocab.bodies:
        bodies.add(body.name, [language.make_doc(form) for form in _written_forms(body.forms)])
    heads = Matcher(language.vocab)
    for kind, forms in (("territorial", vocab.heads.territorial), ("named", vocab.heads.named)):
        for head in forms:
            heads.add(kind, [[{"LOWER": part} for part in head.split()]])
    doc = doc_of(text)
    _, index_of = words_of(doc)
    strings = language.vocab.strings

    def in_words(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, str]]:
        return [(index_of[start], index_of[end - 1] + 1, strings[key]) for key, start, end in matches]

    return in_words(bodies(doc)), in_words(heads(doc))


def test_matches_are_spacy_matcher_matches_on_the_seeds() -> None:
    for path in sorted(SEEDS_TXT.glob("*.txt")):
        text = read_source(path).text
        found = scan(text)
        assert (found.bodies, found.heads) == _spacy_matches(text)


def test_match_order_follows_spacy_on_overlapping_patterns() -> None:
    # PhraseMatcher: by first token, then end; Matcher: by end, then first token, then pattern order
    language = nlp()
    text = "x a B c a b"
    doc = doc_of(text)
    _, tokens, _ = text_words(text)
    phrases = {"A": ["a B", "x a B c"], "B": ["B", "B c", "b"], "C": ["a B c", "a"]}
    phrase_matcher = PhraseMatcher(language.vocab, attr="ORTH")
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for label, forms in phrases.items():
        phrase_matcher.add(label, [language.make_doc(form) for form in forms])
        for form in forms:
            by_first.setdefault(form.split()[0], []).append((tuple(form.split()), label))
    expected = [(start, end, language.vocab.strings[key]) for key, start, end in phrase_matcher(doc)]
    assert phrase_matches(tokens, by_first) == expected
    patterns = [(("a", "b"), "k0"), (("b",), "k1"), (("x", "a", "b"), "k3"), (("b",), "k1"), (("a", "b", "c"), "k4")]
    matcher = Matcher(language.vocab)
    for pattern, label in patterns:
        matcher.add(label, [[{"LOWER": part} for part in pattern]])
    expected = [(start, end, language.vocab.strings[key]) for key, start, end in matcher(doc)]
    assert lower_matches(tokens, patterns) == expected
    # a vocabulary body is found over one space; a line break is a space token and stops it (as in spaCy)
    for text, found in (("de Vlaamse Overheid", 1), ("de Vlaamse\nOverheid", 0), ("de Vlaamse  Overheid", 0)):
        _, body_tokens, _ = text_words(text)
        assert len(phrase_matches(body_tokens, _patterns()[0])) == found

