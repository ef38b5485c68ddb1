"""Russian personal identifiers: check digits for SNILS, ENP (OMS policy) and INN.

One module so that the simulator (which must issue valid numbers) and the
de-identification recognizers (which must tell a real number from a random digit run)
agree on the rules. Rules as published: see shared/reference/README.md.
"""

from __future__ import annotations

import re

_NON_DIGITS = re.compile(r"\D")


def digits_only(value: str) -> str:
    return _NON_DIGITS.sub("", value)


def snils_check_number(first_nine: str) -> str:
    """The two check digits of a SNILS, from its first nine digits."""
    if len(first_nine) != 9 or not first_nine.isdigit():
        raise ValueError("SNILS body must be nine digits")
    total = sum(int(d) * w for d, w in zip(first_nine, range(9, 0, -1)))
    if total < 100:
        check = total
    elif total in (100, 101):
        check = 0
    else:
        check = total % 101
        if check == 100:
            check = 0
    return f"{check:02d}"


def is_valid_snils(value: str) -> bool:
    digits = digits_only(value)
    if len(digits) != 11:
        return False
    body = digits[:9]
    if int(body) <= 1001998:  # checksum only defined above 001-001-998
        return False
    return snils_check_number(body) == digits[9:]


def format_snils(digits: str) -> str:
    """`XXX-XXX-XXX YY`, the way SNILS is printed on documents."""
    return f"{digits[0:3]}-{digits[3:6]}-{digits[6:9]} {digits[9:11]}"


def enp_check_digit(first_fifteen: str) -> str:
    """The 16th digit of an ENP (FOMS rule, counted from the right)."""
    if len(first_fifteen) != 15 or not first_fifteen.isdigit():
        raise ValueError("ENP body must be fifteen digits")
    from_right = first_fifteen[::-1]
    odd = "".join(from_right[0::2])[::-1]  # positions 1,3,5.. from the right, in order
    even = "".join(from_right[1::2])[::-1]
    odd_doubled = str(int(odd) * 2)
    combined = (even if even else "") + odd_doubled
    digit_sum = sum(int(d) for d in combined)
    return str((10 - digit_sum % 10) % 10)


def is_valid_enp(value: str) -> bool:
    digits = digits_only(value)
    return len(digits) == 16 and enp_check_digit(digits[:15]) == digits[15]


_INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_WEIGHTS_2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn_digit(digits: str, weights: tuple[int, ...]) -> str:
    return str(sum(int(d) * w for d, w in zip(digits, weights)) % 11 % 10)


def inn_check_digits(body: str) -> str:
    """Check digit(s) for a 9-digit (organisation) or 10-digit (person) INN body."""
    if len(body) == 9:
        return _inn_digit(body, _INN10_WEIGHTS)
    if len(body) == 10:
        first = _inn_digit(body, _INN12_WEIGHTS_1)
        return first + _inn_digit(body + first, _INN12_WEIGHTS_2)
    raise ValueError("INN body must be 9 or 10 digits")


def is_valid_inn(value: str) -> bool:
    digits = digits_only(value)
    if len(digits) == 10:
        return inn_check_digits(digits[:9]) == digits[9]
    if len(digits) == 12:
        return inn_check_digits(digits[:10]) == digits[10:]
    return False
