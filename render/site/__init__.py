"""The static Dutch site of the knowledge base (`besluitenbank render OUT_DIR`).

`render_site(con, out_dir)` writes `index.html`, one page per decision, document, organisation,
budget code and meeting, Markdown agreement summaries and a client-side search index. Each page
renders a typed context model (`render.site.models`) built from the knowledge base; templates live
in `render/templates`, assets in `render/static`. `render.site.checks` verifies the result (every
internal link resolves, the HTML is balanced).
"""

from render.site.build import SiteFolderError, SiteReport, render_site

__all__ = ["SiteFolderError", "SiteReport", "render_site"]
