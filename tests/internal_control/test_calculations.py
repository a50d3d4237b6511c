"""The pure rules of internal control, without a database."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from arshjul.internal_control import calculations as calc


@pytest.mark.parametrize(
    ("probability", "consequence", "expected"),
    [
        (1, 1, 1),
        (1, 4, 4),
        (4, 1, 4),
        (2, 3, 6),
        (3, 3, 9),
        (3, 4, 12),
        (4, 4, 16),
        (None, 3, None),
        (2, None, None),
        (None, None, None),
    ],
)
def test_risk_value_is_probability_times_consequence(
    probability: int | None, consequence: int | None, expected: int | None
) -> None:
    assert calc.risk_value(probability, consequence) == expected


@pytest.mark.parametrize(("probability", "consequence"), [(0, 1), (5, 1), (1, 0), (2, 5)])
def test_risk_value_refuses_values_outside_the_scale(probability: int, consequence: int) -> None:
    with pytest.raises(ValueError, match="1–4"):
        calc.risk_value(probability, consequence)


@pytest.mark.parametrize(
    ("value", "level"),
    [
        (1, ("lag", "Låg")),
        (3, ("lag", "Låg")),
        (4, ("medel", "Medel")),
        (6, ("medel", "Medel")),
        (8, ("hog", "Hög")),
        (9, ("hog", "Hög")),
        (12, ("mycket_hog", "Mycket hög")),
        (16, ("mycket_hog", "Mycket hög")),
        (None, None),
    ],
)
def test_risk_level(value: int | None, level: tuple[str, str] | None) -> None:
    assert calc.risk_level(value) == level


@pytest.mark.parametrize("value", [0, 17, -1])
def test_risk_level_refuses_impossible_values(value: int) -> None:
    with pytest.raises(ValueError):
        calc.risk_level(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", ""), ("ce", "ce"), ("c, e", "ce"), ("E c", "ce"), ("e;c;c", "ce"), ("abcde", "abcde")],
)
def test_requirement_letters_are_normalised(text: str, expected: str) -> None:
    assert calc.normalise_letters(text) == expected


@pytest.mark.parametrize("text", ["f", "a-b", "c och e", "1"])
def test_requirement_letters_outside_a_to_e_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        calc.normalise_letters(text)


@pytest.mark.parametrize(("text", "ok"), [("ce", True), ("ec", False), ("cc", False), ("", True)])
def test_stored_letters_must_be_normalised(text: str, ok: bool) -> None:
    if ok:
        calc.validate_letters(text)
    else:
        with pytest.raises(ValidationError):
            calc.validate_letters(text)


@pytest.mark.parametrize(
    ("text", "region_wide", "label"),
    [
        ("Gör X.", False, "Gör X."),
        ("Gör X.", True, "Regionövergripande åtgärd: Gör X."),
    ],
)
def test_action_label(text: str, region_wide: bool, label: str) -> None:
    assert calc.action_label(text, region_wide) == label


def test_risk_matrix_places_each_risk_in_its_cell_and_keeps_unassessed_apart() -> None:
    matrix = calc.risk_matrix([(4, 1, "a"), (4, 1, "b"), (2, 3, "c"), (None, 2, "d")])
    assert [p for p, _cells in matrix.rows] == [4, 3, 2, 1]
    top = matrix.rows[0][1]
    assert [c.consequence for c in top] == [1, 2, 3, 4]
    assert top[0].items == ["a", "b"] and top[0].value == 4 and top[0].level[0] == "medel"
    assert matrix.rows[2][1][2].items == ["c"] and matrix.rows[2][1][2].value == 6
    assert matrix.rows[0][1][3].value == 16 and matrix.rows[3][1][0].value == 1
    assert matrix.unassessed == ["d"]
    assert matrix.assessed_count == 3


def test_empty_matrix_has_sixteen_empty_cells() -> None:
    matrix = calc.risk_matrix([])
    assert sum(len(cells) for _p, cells in matrix.rows) == 16
    assert matrix.assessed_count == 0 and matrix.unassessed == []


A = calc.Answer


@pytest.mark.parametrize(
    ("answers", "carried"),
    [
        ([], set()),
        ([A(1, 10, 3, "ja")], {1}),
        ([A(1, 10, 3, "nej")], set()),
        ([A(1, 10, 3, "")], set()),
        # one "ja" among the risk's actions is enough
        ([A(1, 10, 3, "nej"), A(1, 11, 3, "ja")], {1}),
        # the latest period's answer counts: ja at delår 2, nej at helår
        ([A(1, 10, 2, "ja"), A(1, 10, 3, "nej")], set()),
        ([A(1, 10, 3, "ja"), A(1, 10, 1, "nej")], {1}),
        ([A(1, 10, 3, "ja"), A(2, 20, 3, "ja"), A(3, 30, 3, "nej")], {1, 2}),
    ],
)
def test_carried_risks(answers: list[calc.Answer], carried: set[int]) -> None:
    assert calc.carried_risks(answers) == carried


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], {"avslutad": 0, "delvis": 0, "ej_genomford": 0, "": 0}),
        (
            ["avslutad", "avslutad", None, "delvis"],
            {"avslutad": 2, "delvis": 1, "ej_genomford": 0, "": 1},
        ),
        (["", "ej_genomford"], {"avslutad": 0, "delvis": 0, "ej_genomford": 1, "": 1}),
    ],
)
def test_status_counts(statuses: list[str | None], expected: dict[str, int]) -> None:
    assert calc.status_counts(statuses, ["avslutad", "delvis", "ej_genomford"]) == expected
