"""Budget codes in prose and the repair of codes split over table-cell lines."""

from extract.money.codes import SplitField, find_budget_keys, find_plan_codes, repair_fields, repair_sequential


def _year(digits: str) -> SplitField:
    return SplitField("year", "", digits, 4)


def _mjp(digits: str) -> SplitField:
    return SplitField("mjp", "MJP", digits, 6)


def test_interleaved_pieces_repaired_by_column_order() -> None:
    # Mechelen 2025 item 48: `202 MJP01196 heraanleg` / `5 22 2 Dahliastraat`
    assert repair_fields([_year("202"), _mjp("01196")], [["5", "22", "2"]]) == {0: ["5"], 1: ["2"]}
    # item 51: `20 61 MJP000 …` / `26 134` (the ARK cell 61 was whole on the first line)
    assert repair_fields([_year("20"), _mjp("000")], [["26", "134"]]) == {0: ["26"], 1: ["134"]}


def test_ambiguous_or_impossible_pieces_are_not_invented() -> None:
    # two one-digit candidates for one missing digit: either could be the code's
    assert repair_fields([_mjp("01196")], [["5", "2"]]) == {0: None}
    # nothing fits
    assert repair_fields([_mjp("01196")], [["22"]]) == {0: None}


def test_sequential_pieces() -> None:
    # seed 000: `AC0` / `0010` / `9` and `MJP0077` / `06`, one cell line after the other
    assert repair_sequential("AC0", ["0010", "9"], 6) == ["0010", "9"]
    assert repair_sequential("MJP0077", ["06", "Toelage"], 6) == ["06"]
    assert repair_sequential("AC0", ["0010", "99"], 6) is None  # overshoots: not a code


def test_plan_codes_in_prose() -> None:
    codes, pieces = find_plan_codes("ramingnummers MJP009545 en MJP005487; verschoven naar MJP9818")
    assert [c.code for c in codes] == ["MJP009545", "MJP005487"]
    assert [p.code for p in pieces] == ["MJP9818"]
    assert find_plan_codes("ACT01 actualiteitsdebat")[0] == []


def test_budget_keys_of_several_municipalities() -> None:
    text = (
        "2020/6490120/60/0550/01 (Mechelen), op kredietcode 6103010/011904 (Destelbergen), "
        "MJP000217 - AC000300 – 0119-08/2210007, 2025/7301000/10/0020/01"
    )
    assert [k.code for k in find_budget_keys(text)] == [
        "2020/6490120/60/0550/01", "6103010/011904", "0119-08/2210007", "2025/7301000/10/0020/01",
    ]


def test_dates_and_case_numbers_are_no_keys() -> None:
    assert find_budget_keys("op 01/12/2020, bestek RO/2024/033 en nr. 2024-OO-GEB-1310, KB/ABB 2019/3") == []


def test_key_wrapped_after_a_separator() -> None:
    # Nazareth: a key wrapped after `GB1-03-`
    (key,) = find_budget_keys("2024-2025-2026/GB1-03-\n02/0119/04/615009/GEMEENTE/FAC/IP-GEEN")
    assert key.code == "2024-2025-2026/GB1-03-02/0119/04/615009/GEMEENTE/FAC/IP-GEEN"
