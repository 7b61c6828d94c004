"""The structure components: thin wrappers that run the pure helpers on an `ExtractionContext`.

Order (see `extract/pipeline.py`): clean → document_type → segment → sections → meeting → ... →
articles. `ctx.notes` keys written here: those of `clean` (see `clean.py`) and
`"heading_candidates"` (the segmenter's candidates, computed once for `document_type`).
"""

from __future__ import annotations

import re
import unicodedata

from extract.context import DecisionBlock, ExtractionContext, SectionName
from extract.registry import component
from extract.structure import articles as articles_mod
from extract.structure import meeting as meeting_mod
from extract.structure.blocks import block_starts
from extract.structure.clean import clean_text
from extract.structure.doctype import document_type_of
from extract.structure.headings import Candidate
from extract.structure.sections import find_sections
from extract.structure.selection import find_candidates, select_headings
from extract.structure.titles import decision_type_of, split_domain, title_text
from extract.structure.vocabulary import vocabulary
from extract.text.dates import parse_date
from extract.text.lines import iter_lines
from schema.records import Article, Decision, Meeting, Signed
from schema.vocab import DocumentType

STRONG_PATTERNS = {"label_domain", "case_code"}
NO_DECISIONS = {DocumentType.ANTWOORD, DocumentType.PRESENTATIE, DocumentType.OVERIG}
KENNIS_VERB = re.compile(r"\bneemt\b.*\bkennis\b|\bneemt akte\b", re.IGNORECASE)


@component("clean", assigns=["clean_text"])
def clean(ctx: ExtractionContext) -> None:
    pages = [(page.start, page.end) for page in ctx.source.pages]
    result = clean_text(ctx.source.text, pages)
    ctx.text = result.text
    ctx.notes["footer_lines"] = result.footers
    if result.footer_date is not None:
        start, end, value = result.footer_date
        ctx.notes["footer_date"] = parse_date(value)
        ctx.notes["footer_date_span"] = (start, end)


def _candidates(ctx: ExtractionContext) -> list[Candidate]:
    if "heading_candidates" not in ctx.notes:
        ctx.notes["heading_candidates"] = find_candidates(ctx.text)
    return ctx.notes["heading_candidates"]


@component("document_type", requires=["clean_text"], assigns=["document_type"])
def document_type(ctx: ExtractionContext) -> None:
    candidates = _candidates(ctx)
    # an unambiguous item style, or a single item's heading opening the text with the item's
    # structure right after it (`3. Zefier. ...` / `Pdf-versie`)
    first = next((index for index, line in enumerate(iter_lines(ctx.text)) if not line.is_blank), None)
    strong = any(c.pattern in STRONG_PATTERNS or (c.line_index == first and c.followed_by_stop) for c in candidates)
    ctx.record.document_type = document_type_of(ctx.text, bool(candidates), strong)


def _decision_for(ctx: ExtractionContext, heading: Candidate, start: int, end: int) -> Decision | None:
    vocab = vocabulary()
    title = title_text(ctx.text, heading.title_lines)
    domain = unicodedata.normalize("NFC", heading.domain) if heading.domain else None
    if domain is None:
        domain, title = split_domain(title, vocab)
    return ctx.make(
        "segment",
        Decision,
        agenda_item=heading.number,
        item_label=heading.label,
        domain=domain,
        title=title,
        decision_type=decision_type_of(title, vocab),
        span=ctx.span(start, end),
        title_span=ctx.span(heading.title_start, heading.title_end),
    )


@component("segment", requires=["clean_text", "document_type"], assigns=["blocks", "decision.heading"])
def segment(ctx: ExtractionContext) -> None:
    if ctx.record.document_type in NO_DECISIONS:
        return
    headings = select_headings(_candidates(ctx))
    if not headings:
        ctx.issue("segment", "no agenda-item heading found in a document with decisions")
        return
    titles = [title_text(ctx.text, heading.title_lines) for heading in headings]
    starts = block_starts(ctx.text, headings, titles)
    for index, heading in enumerate(headings):
        start = starts[index]
        end = starts[index + 1] if index + 1 < len(headings) else len(ctx.text)
        decision = _decision_for(ctx, heading, start, end)
        if decision is None:
            continue
        ctx.record.decisions.append(decision)
        ctx.blocks.append(DecisionBlock(start, end, heading.start, heading.title_end, decision))


@component("sections", requires=["blocks"], assigns=["sections"])
def sections(ctx: ExtractionContext) -> None:
    vocab = vocabulary()
    for block in ctx.blocks:
        block.sections = find_sections(ctx.text, block.start, block.end, vocab)


@component("meeting", requires=["blocks"], assigns=["meeting", "municipality", "signed"])
def meeting(ctx: ExtractionContext) -> None:
    text = ctx.text
    record = ctx.record
    signed = meeting_mod.signed_line(text)
    town = meeting_mod.municipality_with_signing(text, signed, ctx.source.text)
    if town is not None:
        record.municipality = str(town.value)
        record.municipality_span = ctx.span(town.start, town.end)
    if signed is not None:
        place, date = signed.value  # type: ignore[misc]
        record.signed = ctx.make("meeting", Signed, date=date, place=place, span=ctx.span(signed.start, signed.end))
    if record.document_type in {DocumentType.ANTWOORD, DocumentType.PRESENTATIE}:
        return
    first_heading = ctx.blocks[0].heading_start if ctx.blocks else len(text)
    header_end = meeting_mod.header_end_of(text, first_heading)
    body = meeting_mod.body_of(text, header_end)
    date = meeting_mod.session_date(text, header_end)
    if date is None and ctx.notes.get("footer_date") is not None:
        start, end = ctx.notes["footer_date_span"]
        date = meeting_mod.Found(ctx.notes["footer_date"], start, end)
    if date is None and record.document_type is DocumentType.BESLUITENLIJST:
        date = meeting_mod.header_date(text, header_end)
    session = meeting_mod.session_kind(text, header_end)
    if body is None and date is None and session is None:
        return
    anchors = [found for found in (body, date) if found is not None]
    span = ctx.span(min(f.start for f in anchors), max(f.end for f in anchors)) if anchors else None
    record.meeting = ctx.make(
        "meeting",
        Meeting,
        body=body.value if body else None,
        date=date.value if date else None,
        session=session,
        span=span,
    )


def _besluit_ranges(block: DecisionBlock) -> list[tuple[int, int]]:
    found = [(s.start, s.end) for s in block.all_sections(SectionName.BESLUIT)]
    if found:
        return found
    attachments = [s.heading_start for s in block.all_sections(SectionName.BIJLAGE)]
    return [(block.heading_end, min(attachments, default=block.end))]


@component("articles", requires=["sections"], assigns=["articles"])
def articles(ctx: ExtractionContext) -> None:
    vocab = vocabulary()
    for block in ctx.blocks:
        decision = block.decision
        for start, end in _besluit_ranges(block):
            for item in articles_mod.articles_in(ctx.text, start, end):
                article = ctx.make("articles", Article, number=item.number, text=item.text,
                                   span=ctx.span(item.start, item.end))
                if article is not None:
                    decision.articles.append(article)
        prefix = re.sub(r"\d+$", "", decision.item_label or "")
        if decision.decision_type is None and prefix in vocab.commitment_labels and decision.articles:
            if KENNIS_VERB.search(decision.articles[0].text):
                decision.decision_type = "kennisname"
