"""Shapes of the budget codes cited in decisions.

Flemish multi-year plans (meerjarenplan, BBC 2020) number their items with a prefix and six
digits: beleidsdoelstelling `BD000005`, actieplan `AP000022`, actie `AC000109`, and the plan line
`MJP007706` that decisions cite. A budget key (budgetsleutel) is a municipality-specific
combination of year, general-ledger account (ARK), policy field and more, written with `/` or `-`
separators (`2020/6490120/60/0550/01`, `0119-08/2210007`).
"""

from __future__ import annotations

import re

CODE_DIGITS = 6
CODE_PREFIXES = ("MJP", "AC", "AP", "BD")

ACTION_CODE = re.compile(r"^AC\d{6}$")
MJP_CODE = re.compile(r"^MJP\d{6}$")
PLAN_CODE = re.compile(r"^(?:MJP|AC|AP|BD)\d{6}$")
# Digits and separators, at least two groups; letters allowed for municipal variants (`ANDR`).
BUDGET_KEY = re.compile(r"^[0-9A-Z][0-9A-Z&]*(?:\s?[/\-.]\s?[0-9A-Z&]+)+$")


def is_plan_code(value: str, prefix: str | None = None) -> bool:
    """True for a well-formed plan code, optionally of one prefix (`MJP`, `AC`, `AP`, `BD`)."""
    if not PLAN_CODE.match(value):
        return False
    return prefix is None or (value.startswith(prefix) and value[len(prefix)].isdigit())


def check_plan_code(value: str | None, prefix: str) -> str | None:
    """Validator helper: return the code or raise a message that names the expected shape."""
    if value is None:
        return None
    if not is_plan_code(value, prefix):
        raise ValueError(f"malformed {prefix} code {value!r}: expected {prefix} followed by {CODE_DIGITS} digits")
    return value
