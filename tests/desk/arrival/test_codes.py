from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desk.arrival import codes
from desk.arrival.codes import ALPHABET, CodeStatus, classify, format_code, generate_code, normalise


def test_generated_codes_are_valid_upper_case_alphanumeric_and_distinct() -> None:
    made = {generate_code() for _ in range(2000)}
    assert len(made) == 2000
    for code in made:
        assert len(code) == codes.CODE_LENGTH
        assert (code.isalnum() and code.isupper()) or code.isdigit()
        assert set(code) <= set(ALPHABET)
        assert classify(code) == (CodeStatus.VALID, code)


def test_at_least_70_random_bits() -> None:
    # 15 symbols of 5 bits, minus codes refused for their check value or too few digits.
    assert codes.DATA_LENGTH * 5 >= 75


def test_scanner_input_is_normalised() -> None:
    code = generate_code()
    for typed in (
        code.lower(),
        format_code(code),
        " " + format_code(code).lower() + " ",
        format_code(code).replace("-", " "),
        format_code(code).replace("-", "'"),
    ):
        assert classify(typed) == (CodeStatus.VALID, code)


def test_wrong_check_character_is_refused_not_matched() -> None:
    code = generate_code()
    wrong = code[:-1] + ("2" if code[-1] != "2" else "3")
    assert classify(wrong)[0] is CodeStatus.BAD_CHECK


@given(st.integers(min_value=0, max_value=15), st.sampled_from(ALPHABET))
def test_every_single_substitution_is_detected(position: int, symbol: str) -> None:
    code = generate_code()
    changed = code[:position] + symbol + code[position + 1 :]
    if changed != code:
        assert classify(changed)[0] is not CodeStatus.VALID


@given(st.integers(min_value=0, max_value=14))
def test_every_neighbour_swap_is_detected(position: int) -> None:
    code = generate_code()
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
    if swapped != code:
        assert classify(swapped)[0] is not CodeStatus.VALID


def test_names_are_never_taken_for_codes() -> None:
    for text in (
        "hernandez",
        "María José",
        "Rodriguezgonzalez",
        "maximilianohernan",
        "jl.hernandez@rree",
    ):
        assert classify(text)[0] is CodeStatus.NOT_A_CODE


def test_format_code_groups_of_four() -> None:
    assert format_code("ABCDEFGHJKMNPQRS") == "ABCD-EFGH-JKMN-PQRS"
    assert normalise("abcd-efgh-jkmn-pqrs") == "ABCDEFGHJKMNPQRS"
