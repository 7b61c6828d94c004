"""Goals and actions (of agreements, action plans, presentations) and council questions."""

from extract.goals import components  # noqa: F401
