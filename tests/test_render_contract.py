"""Each template renders its declared context model, and names nothing the model lacks.

The contract (`PAGE_TEMPLATES`): a page template may use only the fields of its model; a partial
only the names its header comment says it expects (`Expects `source``); the base layout only
`page`, which every page model has. StrictUndefined turns any slip into an error at render time.
"""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import jinja2
import pytest
from jinja2 import meta

from kb import connect
from render.site.build import _audit_codes
from render.site.budget_pages import budget_page, lines_by_code
from render.site.decision_pages import cited_by, decision_page
from render.site.document_pages import document_page
from render.site.environment import PAGE_TEMPLATES, Renderer, html_environment
from render.site.index_page import index_page
from render.site.knowledge import Knowledge, load_knowledge
from render.site.meeting_pages import documents_by_meeting, meeting_page
from render.site.models import DecisionPage, IndexPage, PageMeta, Summary
from render.site.organisation_pages import organisation_page, partner_decisions, referenced_by_partner
from site_helpers import seed_site

TEMPLATES = Path(__file__).resolve().parent.parent / "render" / "templates"
EXPECTS = re.compile(r"Expects `(\w+)`")


def undeclared(name: str) -> set[str]:
    source = (TEMPLATES / name).read_text(encoding="utf-8")
    return meta.find_undeclared_variables(html_environment().parse(source))


@pytest.mark.parametrize("template", sorted(PAGE_TEMPLATES))
def test_page_template_uses_only_its_model_fields(template: str) -> None:
    names = {f.name for f in fields(PAGE_TEMPLATES[template])}
    assert undeclared(template) <= names, undeclared(template) - names


def test_base_layout_uses_only_page_and_every_model_has_it() -> None:
    assert undeclared("base.html.j2") == {"page"}
    for model in set(PAGE_TEMPLATES.values()):
        assert next(f for f in fields(model) if f.name == "page").type in ("PageMeta", PageMeta)


@pytest.mark.parametrize("partial", sorted(p.name for p in TEMPLATES.glob("_*.html.j2")))
def test_partial_declares_what_it_expects(partial: str) -> None:
    declared = set(EXPECTS.findall((TEMPLATES / partial).read_text(encoding="utf-8")))
    assert declared, f"{partial} has no `Expects` comment"
    assert undeclared(partial) <= declared, undeclared(partial) - declared


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    con = connect(seed_site().db)
    try:
        return load_knowledge(con)
    finally:
        con.close()


def test_every_template_renders_its_models_from_the_seed_knowledge(knowledge: Knowledge) -> None:
    renderer = Renderer()
    citing = cited_by(knowledge)
    rendered: set[str] = set()

    def render(template: str, model: object) -> None:
        assert renderer.render(template, model)
        rendered.add(template)

    for stored in knowledge.decisions.values():
        context = decision_page(knowledge, stored, citing, audit=False)
        render("decision.html.j2", context)
        render("summary.md.j2", context)
    for document in knowledge.documents.values():
        render("document.html.j2", document_page(knowledge, document))
    partners, referenced = partner_decisions(knowledge), referenced_by_partner(knowledge)
    for cluster_id, cluster in knowledge.clusters.items():
        render("organisation.html.j2", organisation_page(knowledge, cluster, partners.get(cluster_id, []),
                                                          referenced.get(cluster_id, [])))  # fmt: skip
    codes = lines_by_code(knowledge)
    for code, cited in codes.items():
        render("budget.html.j2", budget_page(code, cited, _audit_codes(seed_site().out)))
    by_meeting = documents_by_meeting(knowledge)
    for meeting_id, meeting in knowledge.meetings.items():
        render("meeting.html.j2", meeting_page(knowledge, meeting, by_meeting.get(meeting_id, [])))
    render("index.html.j2", index_page(knowledge, {c: 0 for c in knowledge.clusters}, list(codes), audit=True))
    assert rendered == set(PAGE_TEMPLATES)


def test_an_empty_knowledge_base_renders_an_empty_index() -> None:
    empty = IndexPage(page=PageMeta("Besluitenbank", ""), counts=[], decisions=[], organisations=[], meetings=[],
                      budget_codes=[], documents=[])  # fmt: skip
    html = Renderer().render("index.html.j2", empty)
    assert "<h1>Besluitenbank</h1>" in html


def test_a_template_rendered_with_another_model_is_refused(knowledge: Knowledge) -> None:
    stored = next(iter(knowledge.decisions.values()))
    context = decision_page(knowledge, stored, {}, audit=False)
    with pytest.raises(TypeError, match="renders a IndexPage"):
        Renderer().render("index.html.j2", context)


def test_strict_undefined_fails_on_a_missing_field() -> None:
    template = html_environment().from_string("{{ page.subtitle }}")
    with pytest.raises(jinja2.UndefinedError):
        template.render(page=PageMeta("titel", ""))


def test_decision_page_model_sections_are_the_summary_fields() -> None:
    assert {f.name for f in fields(Summary)} >= {"parties", "period", "amounts_per_year", "budget_lines", "payments",
                                                 "goals", "history"}  # fmt: skip
    assert {f.name for f in fields(DecisionPage)} >= {"summary", "also_in", "cited_by", "markdown"}
