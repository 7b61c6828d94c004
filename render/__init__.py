"""Stage 5: output for people. Jinja templates (site, Markdown summaries) and the command line.

The command line lives here because it is the outermost layer: it presents the pipeline to a
person and may call every stage below it.
"""
