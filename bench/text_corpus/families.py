"""Phrasing families of the synthetic corpus, and the fixed rule that splits them.

A *family* is one way of writing one thing: a document frame («Выписной эпикриз…»), a
record-number wording with its number shape («ЭЛН № 910…»), an address style («пгт
Октябрьский, Садовая 7»), a sentence frame around a name, a clinical distractor. Every
document is composed from families of ONE half only, so a recognizer tuned on the
development half meets unseen wording on the held-out half.

The split rule is written here and nowhere else: **a family with an odd id is held out**
(``half_of``). Ids are explicit literals in the decorators, never positions, so moving a
template across halves means changing its id, which ``tests/unit/test_text_corpus.py``
catches (it pins the held-out family names). Families 0–4, 100–105, 200–211, 300–313 and 400
are the corpus as it was before the split (tuned against in earlier rounds); the others were
written for the split, before any recognizer was changed. ``marks`` are phrases unique to a
family: the test checks that no document of one half contains a mark of the other.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from text_corpus.primitives import (
    CYR_UPPER,
    Builder,
    Name,
    address,
    birth_certificate,
    date_text,
    email,
    enp,
    inn,
    passport,
    phone,
    random_name,
    render_name,
    snils,
    surname_form,
)

DEV, HELDOUT = "dev", "heldout"
HALVES = (DEV, HELDOUT)


def half_of(family_id: int) -> str:
    """The fixed split: odd ids are held out."""
    return HELDOUT if family_id % 2 else DEV


@dataclass
class Ctx:
    """One document being written: its random stream, half, name set and builder."""

    rng: random.Random
    half: str
    names: int
    b: Builder = field(default_factory=Builder)

    def person(self) -> Name:
        return random_name(self.rng, self.names)

    def slot(self, slot: str, *args: object) -> None:
        """Write one piece of kind ``slot`` in a family of this document's half."""
        fam = self.rng.choice(SLOTS[slot][self.half])
        self.b.families.add(fam.id)
        fam.render(self, *args)

    def date(self, year_from: int = 2023, year_to: int = 2026) -> None:
        self.b.phi(date_text(self.rng, year_from, year_to), "DATE")

    def name(self, who: Name, case: str = "nomn", style: str | None = None) -> None:
        self.b.phi(render_name(self.rng, who, case, style), "PERSON")


@dataclass(frozen=True)
class Family:
    id: int
    slot: str
    name: str
    render: Callable[..., None]
    marks: tuple[str, ...] = ()

    @property
    def half(self) -> str:
        return half_of(self.id)


FAMILIES: dict[int, Family] = {}
SLOTS: dict[str, dict[str, list[Family]]] = {}


def family(fid: int, slot: str, marks: tuple[str, ...] = (), name: str = "") -> Callable:
    def register(fn: Callable[..., None]) -> Callable[..., None]:
        if fid in FAMILIES:
            raise ValueError(f"family id {fid} used twice")
        fam = Family(fid, slot, name or fn.__name__, fn, marks)
        FAMILIES[fid] = fam
        SLOTS.setdefault(slot, {DEV: [], HELDOUT: []})[fam.half].append(fam)
        return fn

    return register


def _n(rng: random.Random, lo: int, hi: int) -> int:
    return rng.randint(lo, hi)


def _digits(rng: random.Random, k: int) -> str:
    return f"{rng.randrange(10**k):0{k}d}"


def _year(rng: random.Random) -> int:
    return rng.randint(2023, 2026)


def _letters(rng: random.Random, k: int) -> str:
    return "".join(rng.choice(CYR_UPPER) for _ in range(k))


def _ending(who: Name, male: str, female: str) -> str:
    return female if who.female else male


# ================================================================ record numbers ======
# Gold RECORD_ID is the number, with its series when one is written («45 № 123456»); the
# marker words («история болезни №») are not PHI.


@family(100, "record", marks=("История болезни №",))
def case_history(ctx: Ctx) -> None:
    ctx.b.text("История болезни № ").phi(f"{_n(ctx.rng, 100, 99999)}/{_year(ctx.rng)}", "RECORD_ID")
    ctx.b.text(". ")


@family(101, "record", marks=("ИБ №",))
def case_history_abbreviated(ctx: Ctx) -> None:
    ctx.b.text("ИБ № ").phi(f"{_n(ctx.rng, 1000, 99999)}", "RECORD_ID").text(". ")


@family(102, "record", marks=("Амбулаторная карта №", "Мед. карта №"))
def outpatient_card(ctx: Ctx) -> None:
    marker = ctx.rng.choice(("Амбулаторная карта № ", "Мед. карта № "))
    number = f"{_n(ctx.rng, 1, 99)}-{_n(ctx.rng, 1000, 99999)}"
    ctx.b.text(marker).phi(number, "RECORD_ID").text(". ")


@family(103, "record", marks=("Accession",))
def accession_marked(ctx: Ctx) -> None:
    kind = ctx.rng.choice(("RX", "CT", "MR", "US"))
    number = f"{kind}-{_year(ctx.rng)}-{_digits(ctx.rng, 6)}"
    ctx.b.text(ctx.rng.choice(("Accession ", "Accession: "))).phi(number, "RECORD_ID").text(". ")


@family(104, "record", marks=("Номер исследования",))
def study_number(ctx: Ctx) -> None:
    kind = ctx.rng.choice(("RX", "CT", "MR", "MG"))
    number = f"{kind}-{_year(ctx.rng)}-{_digits(ctx.rng, 6)}"
    ctx.b.text("Номер исследования ").phi(number, "RECORD_ID").text(". ")


@family(105, "record", marks=("Медицинская карта стационарного больного №",))
def inpatient_card(ctx: Ctx) -> None:
    ctx.b.text("Медицинская карта стационарного больного № ")
    ctx.b.phi(f"{_n(ctx.rng, 100, 99999)}", "RECORD_ID").text(". ")


@family(106, "record", marks=("Направление на госпитализацию №", "Направление №"))
def referral_number(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        number = f"{_n(rng, 1, 9999)}/{_year(rng) % 100}"
        ctx.b.text("Направление на госпитализацию № ").phi(number, "RECORD_ID").text(" от ")
        ctx.date()
        ctx.b.text(". ")
    else:
        specialist = rng.choice(("кардиологу", "неврологу", "эндокринологу"))
        ctx.b.text("Направление № ").phi(f"{_n(rng, 1000, 999999)}", "RECORD_ID")
        ctx.b.text(f" на консультацию к {specialist}. ")


@family(107, "record", marks=("по направлению поликлиники", "Напр. №"))
def referral_number_loose(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        ctx.b.text("Госпитализирован(а) по направлению поликлиники (ф. 057/у-04) за № ")
        ctx.b.phi(_digits(rng, 7), "RECORD_ID").text(". ")
    else:
        number = f"{_n(rng, 10, 9999)}-{_year(rng) % 100}"
        ctx.b.text("Напр. № ").phi(number, "RECORD_ID").text(" на КТ ОГК. ")


@family(108, "record", marks=("ЭЛН",))
def sick_leave_eln(ctx: Ctx) -> None:
    number = "9" + _digits(ctx.rng, 11)
    if ctx.rng.random() < 0.5:
        ctx.b.text("ЭЛН № ").phi(number, "RECORD_ID").text(". ")
    else:
        ctx.b.text("Открыт ЭЛН ").phi(number, "RECORD_ID").text(" с ")
        ctx.date()
        ctx.b.text(". ")


@family(109, "record", marks=("листок нетрудоспособности", "Больничный лист", "л/н"))
def sick_leave_sheet(ctx: Ctx) -> None:
    rng = ctx.rng
    number = rng.choice(("9", "3", "2")) + _digits(rng, 11)
    style = rng.randrange(3)
    if style == 0:
        ctx.b.text("Выдан листок нетрудоспособности № ").phi(number, "RECORD_ID")
        ctx.b.text(", продлён до ")
        ctx.date()
        ctx.b.text(". ")
    elif style == 1:
        ctx.b.text("Больничный лист ").phi(number, "RECORD_ID").text(" закрыт ")
        ctx.date()
        ctx.b.text(", к труду. ")
    else:
        ctx.b.text("л/н № ").phi(number, "RECORD_ID").text(" продлен ВК. ")


@family(110, "record", marks=("Выписан рецепт серия", "Рецепт №"))
def prescription_number(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        number = f"{_n(rng, 10, 99)}-{_year(rng) % 100} № {_digits(rng, 7)}"
        ctx.b.text("Выписан рецепт серия ").phi(number, "RECORD_ID").text(". ")
    else:
        number = f"{_year(rng) % 100}-{_digits(rng, 6)}"
        ctx.b.text("Рецепт № ").phi(number, "RECORD_ID").text(". ")


@family(111, "record", marks=("Льготный рецепт", "на бланке серии"))
def prescription_form(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        number = f"{_n(rng, 10, 99)}{_year(rng) % 100} {_digits(rng, 6)}"
        ctx.b.text("Льготный рецепт по форме 148-1/у-04(л): ").phi(number, "RECORD_ID")
        ctx.b.text(". ")
    else:
        number = f"{_n(rng, 10, 99)}{_year(rng) % 100} номер {_digits(rng, 6)}"
        ctx.b.text("Rp. выписан на бланке серии ").phi(number, "RECORD_ID").text(". ")


@family(112, "record", marks=("Протокол исследования №", "Протокол №"))
def protocol_number(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        ctx.b.text("Протокол исследования № ").phi(f"{_n(rng, 1, 99999)}", "RECORD_ID").text(". ")
    else:
        number = f"{_n(rng, 1, 9999)}/{_year(rng) % 100}"
        ctx.b.text("Протокол № ").phi(number, "RECORD_ID").text(" от ")
        ctx.date()
        ctx.b.text(". ")


@family(113, "record", marks=("заседания ВК", "протокол операции", "прот. №"))
def commission_protocol(ctx: Ctx) -> None:
    rng = ctx.rng
    style = rng.randrange(3)
    if style == 0:
        ctx.b.text("Протокол заседания ВК № ").phi(f"{_n(rng, 1, 999)}", "RECORD_ID")
        ctx.b.text(" от ")
        ctx.date()
        ctx.b.text(". ")
    elif style == 1:
        number = f"{_n(rng, 1, 999)}-{_year(rng) % 100}"
        ctx.b.text("Выполнено по протоколу операции № ").phi(number, "RECORD_ID").text(". ")
    else:
        ctx.b.text("Решение комиссии (прот. № ").phi(f"{_n(rng, 1, 300)}", "RECORD_ID")
        ctx.b.text(") — продлить лечение. ")


@family(114, "record", marks=("Талон амбулаторного пациента",))
def outpatient_coupon(ctx: Ctx) -> None:
    ctx.b.text("Талон амбулаторного пациента № ").phi(_digits(ctx.rng, 6), "RECORD_ID").text(". ")


@family(115, "record", marks=("ВМП",))
def hitech_coupon(ctx: Ctx) -> None:
    rng = ctx.rng
    number = f"{_n(rng, 10, 99)}.{_digits(rng, 4)}.{_digits(rng, 5)}.{_digits(rng, 3)}"
    if rng.random() < 0.5:
        ctx.b.text("Талон на оказание ВМП № ").phi(number, "RECORD_ID").text(". ")
    else:
        ctx.b.text("Госпитализация по талону ВМП ").phi(number, "RECORD_ID").text(". ")


@family(116, "record", marks=("Выдана справка №", "Справка №"))
def certificate_095(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        ctx.b.text("Выдана справка № ").phi(f"{_n(rng, 1, 9999)}", "RECORD_ID")
        ctx.b.text(" (форма 095/у). ")
    else:
        number = f"{_n(rng, 1, 9999)}/{_year(rng) % 100}"
        ctx.b.text("Справка № ").phi(number, "RECORD_ID").text(" выдана по месту требования. ")


@family(117, "record", marks=("справка 086/у", "Справка-допуск"))
def certificate_other(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        ctx.b.text("Оформлена медицинская справка 086/у № ").phi(f"{_n(rng, 1, 9999)}", "RECORD_ID")
        ctx.b.text(". ")
    else:
        ctx.b.text("Справка-допуск в бассейн № ").phi(f"{_n(rng, 100, 99999)}", "RECORD_ID")
        ctx.b.text(" действительна 3 месяца. ")


@family(118, "record", marks=("свидетельство о смерти",))
def death_certificate(ctx: Ctx) -> None:
    number = f"{_n(ctx.rng, 10, 99)} № {_digits(ctx.rng, 6)}"
    ctx.b.text("Медицинское свидетельство о смерти серия ").phi(number, "RECORD_ID").text(". ")


@family(119, "record", marks=("свидетельство о рождении серии",))
def birth_record(ctx: Ctx) -> None:
    rng = ctx.rng
    number = f"{_n(rng, 10, 99)} {_n(rng, 10, 99)} № {_digits(rng, 6)}"
    ctx.b.text("Выдано медицинское свидетельство о рождении серии ").phi(number, "RECORD_ID")
    ctx.b.text(". ")


@family(120, "record", marks=("Выписной эпикриз №",))
def epicrisis_number(ctx: Ctx) -> None:
    number = f"{_n(ctx.rng, 1, 9999)}/{_year(ctx.rng)}"
    ctx.b.text("Выписной эпикриз № ").phi(number, "RECORD_ID").text(". ")


@family(121, "record", marks=("Выписка из",))
def extract_number(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        number = f"{_letters(rng, 1)}-{_n(rng, 100, 99999)}"
        ctx.b.text("Выписка из медицинской карты № ").phi(number, "RECORD_ID").text(". ")
    else:
        ctx.b.text("Выписка из амбулаторной карты (ф. 027/у) № ")
        ctx.b.phi(f"{_n(rng, 1, 99999)}", "RECORD_ID").text(". ")


@family(122, "record", marks=("Направление на МСЭ", "Акт МСЭ"))
def mse_referral(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        ctx.b.text("Направление на МСЭ № ").phi(f"{_n(rng, 1, 9999)}", "RECORD_ID").text(" от ")
        ctx.date()
        ctx.b.text(". ")
    else:
        number = f"{_n(rng, 1, 9999)}.{_n(rng, 1, 40)}.{_n(rng, 10, 99)}/{_year(rng)}"
        ctx.b.text("Акт МСЭ № ").phi(number, "RECORD_ID").text(". ")


@family(123, "record", marks=("ИПРА", "бюро МСЭ"))
def mse_decision(ctx: Ctx) -> None:
    rng = ctx.rng
    number = f"{_n(rng, 1, 9999)}.{_n(rng, 1, 40)}.{_n(rng, 10, 99)}/{_year(rng)}"
    if rng.random() < 0.5:
        ctx.b.text("Разработана ИПРА № ").phi(number, "RECORD_ID").text(". ")
    else:
        ctx.b.text("Решением бюро МСЭ (протокол № ").phi(number, "RECORD_ID")
        ctx.b.text(") установлена II группа инвалидности. ")


@family(124, "record", marks=("Полис ДМС",))
def voluntary_policy(ctx: Ctx) -> None:
    number = f"{_digits(ctx.rng, 3)}-{_digits(ctx.rng, 6)}"
    ctx.b.text("Полис ДМС № ").phi(number, "RECORD_ID").text(". ")


@family(125, "record", marks=("добровольного медицинского страхования",))
def voluntary_policy_long(ctx: Ctx) -> None:
    number = f"{_letters(ctx.rng, 2)} № {_digits(ctx.rng, 7)}"
    ctx.b.text("Страховой полис добровольного медицинского страхования серии ")
    ctx.b.phi(number, "RECORD_ID").text(". ")


@family(126, "record", marks=("платных медицинских услуг №",))
def contract_number(ctx: Ctx) -> None:
    number = f"{_n(ctx.rng, 1, 9999)}/П-{_year(ctx.rng)}"
    ctx.b.text("Договор на оказание платных медицинских услуг № ").phi(number, "RECORD_ID")
    ctx.b.text(". ")


@family(127, "record", marks=("по договору №", "Дог. №"))
def contract_number_short(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        number = f"ПМУ-{_year(rng)}/{_digits(rng, 4)}"
        ctx.b.text("Услуги оплачены по договору № ").phi(number, "RECORD_ID").text(". ")
    else:
        number = f"{_n(rng, 1, 999)}-{_year(rng) % 100}/ДМС"
        ctx.b.text("Дог. № ").phi(number, "RECORD_ID").text(". ")


@family(128, "record", marks=("Заявка на лабораторное исследование", "Образец №"))
def lab_order(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        number = f"{_year(rng)}-{_digits(rng, 6)}"
        ctx.b.text("Заявка на лабораторное исследование № ").phi(number, "RECORD_ID")
        ctx.b.text(". ")
    else:
        ctx.b.text("Образец № ").phi(_digits(rng, 8), "RECORD_ID").text(" доставлен в КДЛ. ")


@family(129, "record", marks=("Штрихкод", "заказа ЛИС", "биоматериала"))
def lab_sample(ctx: Ctx) -> None:
    rng = ctx.rng
    style = rng.randrange(3)
    if style == 0:
        ctx.b.text("Штрихкод пробирки: ").phi(_digits(rng, 10), "RECORD_ID").text(". ")
    elif style == 1:
        number = f"{_year(rng) % 100}{_n(rng, 1, 12):02d}{_n(rng, 1, 28):02d}-{_digits(rng, 4)}"
        ctx.b.text("Кровь венозная, номер заказа ЛИС ").phi(number, "RECORD_ID").text(". ")
    else:
        ctx.b.text("Маркировка биоматериала № ").phi(_digits(rng, 7), "RECORD_ID").text(". ")


@family(130, "record", marks=("заявки РИС", "Acc. №"))
def accession_number(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        number = f"AN{_year(rng)}{_n(rng, 1, 12):02d}{_n(rng, 1, 28):02d}-{_digits(rng, 4)}"
        ctx.b.text("Номер заявки РИС: ").phi(number, "RECORD_ID").text(". ")
    else:
        ctx.b.text("Acc. № ").phi(_digits(rng, 8), "RECORD_ID").text(". ")


@family(131, "record", marks=("PACS", "ACC "))
def accession_pacs(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        number = f"{rng.choice(('MR', 'KT', 'DX'))}{_year(rng) % 100}{_digits(rng, 6)}"
        ctx.b.text("Идентификатор исследования в PACS: ").phi(number, "RECORD_ID").text(". ")
    else:
        ctx.b.text("ACC ").phi(f"{_year(rng) % 100}-{_digits(rng, 6)}", "RECORD_ID").text(". ")


@family(132, "record", marks=("Карта вызова СМП",))
def ambulance_call(ctx: Ctx) -> None:
    ctx.b.text("Карта вызова СМП № ").phi(f"{_n(ctx.rng, 1, 9999)}", "RECORD_ID").text(". ")


@family(133, "record", marks=("Сопроводительный лист", "вызов №"))
def ambulance_sheet(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        number = f"{_n(rng, 1, 999)}/{_n(rng, 1, 28):02d}"
        ctx.b.text("Сопроводительный лист станции скорой медицинской помощи № ")
        ctx.b.phi(number, "RECORD_ID").text(". ")
    else:
        ctx.b.text("Принят вызов № ").phi(f"{_n(rng, 1, 9999)}", "RECORD_ID")
        ctx.b.text(f" в {_n(rng, 0, 23):02d}:{_n(rng, 0, 59):02d}. ")


@family(134, "record", marks=("в амбулаторных условиях, №",))
def outpatient_record_long(ctx: Ctx) -> None:
    ctx.b.text("Медицинская карта пациента, получающего медицинскую помощь в амбулаторных ")
    ctx.b.text("условиях, № ").phi(f"{_n(ctx.rng, 1, 99999)}", "RECORD_ID").text(". ")


@family(135, "record", marks=("МКАБ", "амб. карта"))
def outpatient_record_short(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        number = f"{_n(rng, 1, 99999)}-{_letters(rng, 1)}"
        ctx.b.text("МКАБ № ").phi(number, "RECORD_ID").text(". ")
    else:
        ctx.b.text("амб. карта ").phi(_digits(rng, 5), "RECORD_ID").text(". ")


@family(136, "record", marks=("История родов",))
def labour_history(ctx: Ctx) -> None:
    ctx.b.text("История родов № ").phi(f"{_n(ctx.rng, 1, 9999)}", "RECORD_ID").text(". ")


@family(137, "record", marks=("Обменная карта",))
def exchange_card(ctx: Ctx) -> None:
    ctx.b.text("Обменная карта беременной № ").phi(f"{_n(ctx.rng, 1, 9999)}", "RECORD_ID")
    ctx.b.text(" выдана ")
    ctx.date()
    ctx.b.text(". ")


@family(138, "record", marks=("Личная медицинская книжка",))
def personal_med_book(ctx: Ctx) -> None:
    ctx.b.text("Личная медицинская книжка № ").phi(_digits(ctx.rng, 8), "RECORD_ID").text(". ")


@family(139, "record", marks=("диспансерного наблюдения (ф. 030/у)",))
def dispensary_card(ctx: Ctx) -> None:
    ctx.b.text("Контрольная карта диспансерного наблюдения (ф. 030/у) № ")
    ctx.b.phi(f"{_n(ctx.rng, 1, 9999)}", "RECORD_ID").text(". ")


# ================================================================ addresses ===========
# Gold ADDRESS runs from the first address part (postal code, region, settlement, street)
# to the last (house, building, flat); lead-in words and prepositions are outside it.

_REPUBLICS = (("Республика Татарстан", "г. Казань", "420111"), ("Республика Башкортостан",
              "г. Уфа", "450077"), ("Удмуртская Республика", "г. Ижевск", "426011"))  # fmt: skip
_OBLASTS = (
    ("Нижегородская обл.", "г. Бор", "606440"),
    ("Тверская обл.", "г. Кимры", "171506"),
    ("Свердловская обл.", "г. Ревда", "623280"),
    ("Ростовская обл.", "г. Азов", "346780"),
    ("Курская обл.", "г. Льгов", "307750"),
)
_BARE_STREETS = ("Луговая", "Чистопольская", "Ново-Садовая", "Склизкова", "Заречная",
                 "Красноармейская", "Береговая", "2-я Садовая", "Кирова", "Энгельса")  # fmt: skip
_CITIES = ("Тверь", "Самара", "Пермь", "Омск", "Курск", "Липецк", "Тула", "Калуга")
_VILLAGES = ("Покровское", "Ивановка", "Берёзовка", "Никольское", "Сосновка", "Вязовка")


def _house(rng: random.Random) -> str:
    return str(_n(rng, 1, 160)) + rng.choice(("", "", "", "а", "/2"))


@family(400, "address")
def address_classic(ctx: Ctx) -> None:
    ctx.b.text(ctx.rng.choice(("Адрес: ", "Проживает по адресу: ")))
    ctx.b.phi(address(ctx.rng), "ADDRESS").text(". ")


@family(402, "address", marks=("Адрес регистрации:",))
def address_postal_republic(ctx: Ctx) -> None:
    rng = ctx.rng
    region, city, code = rng.choice(_REPUBLICS)
    street = rng.choice(("ул. Баумана", "ул. Пушкина", "ул. Гоголя", "пр-т Победы"))
    text = f"{code}, {region}, {city}, {street}, д. {_house(rng)}, кв. {_n(rng, 1, 300)}"
    ctx.b.text("Адрес регистрации: ").phi(text, "ADDRESS").text(". ")


@family(403, "address", marks=("Зарегистрирован(а):",))
def address_postal_bare_street(ctx: Ctx) -> None:
    rng = ctx.rng
    region, city, code = rng.choice(_OBLASTS)
    text = (
        f"{code}, {region}, {city}, {rng.choice(_BARE_STREETS)}, {_n(rng, 1, 99)}-{_n(rng, 1, 200)}"
    )
    ctx.b.text("Зарегистрирован(а): ").phi(text, "ADDRESS").text(". ")


@family(404, "address", marks=("Адрес проживания:",))
def address_city_bare_street(ctx: Ctx) -> None:
    rng = ctx.rng
    text = f"г. {rng.choice(_CITIES)}, {rng.choice(_BARE_STREETS)}, {_house(rng)}"
    text += rng.choice((f", кв. {_n(rng, 1, 300)}", f"-{_n(rng, 1, 300)}", ""))
    ctx.b.text("Адрес проживания: ").phi(text, "ADDRESS").text(". ")


@family(405, "address", marks=("Живёт:",))
def address_bare_city(ctx: Ctx) -> None:
    rng = ctx.rng
    text = f"{rng.choice(_CITIES)}, {rng.choice(_BARE_STREETS)} {_n(rng, 1, 99)}"
    text += rng.choice((f" кв {_n(rng, 1, 300)}", f" кв.{_n(rng, 1, 300)}"))
    ctx.b.text("Живёт: ").phi(text, "ADDRESS").text(". ")


@family(406, "address", marks=("мкр.",))
def address_microdistrict(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        district = rng.choice(("Северный", "Южный", "Солнечный", "Центральный"))
        text = f"мкр. {district}, д. {_house(rng)}, кв. {_n(rng, 1, 300)}"
    else:
        text = f"г. Тольятти, {_n(rng, 1, 20)}-й мкр., д. {_house(rng)}, кв. {_n(rng, 1, 300)}"
    ctx.b.text("Адрес: ").phi(text, "ADDRESS").text(". ")


@family(407, "address", marks=("микрорайон", "мкр-н"))
def address_microdistrict_long(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        district = rng.choice(("Юбилейный", "Заречный", "Восточный", "Радужный"))
        text = f"микрорайон {district}, дом {_n(rng, 1, 60)}, квартира {_n(rng, 1, 300)}"
    else:
        text = f"мкр-н {_n(rng, 1, 30)}, {_n(rng, 1, 60)}-{_n(rng, 1, 300)}"
    ctx.b.text("Место жительства — ").phi(text, "ADDRESS").text(". ")


@family(408, "address", marks=("р-н, с.", "р-н, д."))
def address_rural(ctx: Ctx) -> None:
    rng = ctx.rng
    region = rng.choice(_OBLASTS)[0]
    district = rng.choice(("Курский р-н", "Бежецкий р-н", "Кстовский р-н"))
    if rng.random() < 0.5:
        settlement = f"с. {rng.choice(_VILLAGES)}, ул. {rng.choice(('Центральная', 'Школьная'))}"
        text = f"{region}, {district}, {settlement}, д. {_house(rng)}"
    else:
        text = f"{region}, {district}, д. {rng.choice(_VILLAGES)}, д. {_n(rng, 1, 80)}"
    ctx.b.text("Адрес: ").phi(text, "ADDRESS").text(". ")


@family(409, "address", marks=("пгт", "ст-ца", "рп ", " п. "))
def address_rural_bare(ctx: Ctx) -> None:
    rng = ctx.rng
    style = rng.randrange(4)
    if style == 0:
        text = f"пгт Октябрьский, {rng.choice(_BARE_STREETS)} {_n(rng, 1, 99)}"
    elif style == 1:
        text = f"п. {rng.choice(('Новый', 'Лесной', 'Мирный'))}, {_n(rng, 1, 40)}-{_n(rng, 1, 60)}"
    elif style == 2:
        text = f"ст-ца Ленинградская, {rng.choice(('Красная', 'Казачья'))}, {_n(rng, 1, 99)}"
    else:
        text = f"рп Лесной, {rng.choice(_BARE_STREETS)}, {_n(rng, 1, 99)}"
    ctx.b.text(rng.choice(("Адрес вызова: ", "Фактический адрес: "))).phi(text, "ADDRESS")
    ctx.b.text(". ")


@family(410, "address", marks=("Тверская область",))
def address_region_last(ctx: Ctx) -> None:
    rng = ctx.rng
    street = rng.choice(("ул. Мира", "ул. Чкалова", "пер. Садовый"))
    text = f"{street}, д. {_house(rng)}, г. {rng.choice(('Кимры', 'Торжок', 'Ржев'))}, Тверская область"
    ctx.b.text("Адрес: ").phi(text, "ADDRESS").text(". ")


@family(411, "address", marks=("Курская обл., 30",))
def address_region_last_rural(ctx: Ctx) -> None:
    rng = ctx.rng
    text = (
        f"{rng.choice(_BARE_STREETS)}, {_n(rng, 1, 99)}, с. {rng.choice(_VILLAGES)}, "
        f"Курский р-н, Курская обл., 305{_digits(rng, 3)}"
    )
    ctx.b.text("Фактический адрес: ").phi(text, "ADDRESS").text(". ")


@family(412, "address", marks=("Проживает в г.",))
def address_inflected_city(ctx: Ctx) -> None:
    rng = ctx.rng
    city = rng.choice(("Самаре", "Твери", "Перми", "Казани"))
    street = rng.choice(("ул. Ново-Садовой", "ул. Ленина", "ул. Гагарина"))
    ctx.b.text("Проживает в ").phi(f"г. {city}", "ADDRESS").text(" на ")
    ctx.b.phi(f"{street}, д. {_house(rng)}", "ADDRESS").text(". ")


@family(413, "address", marks=("области,", "Московской области"))
def address_inflected_rural(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        village = rng.choice(("Покровском", "Никольском", "Знаменском"))
        text = f"с. {village} Тверской области, дом {_n(rng, 1, 80)}"
        ctx.b.text("Зарегистрирован(а) в ").phi(text, "ADDRESS").text(". ")
    else:
        town = rng.choice(("Подольске", "Химках", "Клину"))
        ctx.b.text("Постоянно живёт в ").phi(f"{town} Московской области", "ADDRESS").text(". ")


@family(414, "address", marks=("корп.",))
def address_building(ctx: Ctx) -> None:
    rng = ctx.rng
    street = rng.choice(("ул. Кирова", "ул. Ленина", "Ленинский пр-т"))
    tail = rng.choice((f"корп. {_n(rng, 1, 5)}, кв. {_n(rng, 1, 300)}", "стр. 1"))
    ctx.b.text("Адрес: ").phi(f"г. Москва, {street}, д. {_house(rng)}, {tail}", "ADDRESS")
    ctx.b.text(". ")


@family(415, "address", marks=("лит.",))
def address_letter(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        text = f"пр-т Стачек, {_n(rng, 1, 99)} стр. {_n(rng, 1, 5)} лит. А, оф. {_n(rng, 1, 40)}"
    else:
        text = f"Невский пр., {_n(rng, 1, 150)}, лит. Б, пом. {_n(rng, 1, 20)}-Н"
    ctx.b.text("Адрес места работы: ").phi(text, "ADDRESS").text(". ")


@family(416, "address", marks=("Моск. обл.",))
def address_abbreviated(ctx: Ctx) -> None:
    rng = ctx.rng
    town = rng.choice(("Химки", "Мытищи", "Королёв"))
    text = f"Моск. обл., г.о. {town}, ул. Молодёжная, д. {_house(rng)}"
    ctx.b.text("Адрес: ").phi(text, "ADDRESS").text(". ")


@family(417, "address", marks=("Лен. обл.", "СПб", "дер. Кудрово"))
def address_abbreviated_spb(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5:
        text = f"Лен. обл., Всеволожский р-н, дер. Кудрово, Европейский пр., {_n(rng, 1, 40)}"
    else:
        text = f"СПб, В.О., {_n(rng, 1, 27)}-я линия, д. {_n(rng, 1, 70)}"
    ctx.b.text("Место жительства — ").phi(text, "ADDRESS").text(". ")


# ================================================================ names in frames =====
# (case, before, after): the frame forces a grammatical case on the name.

_OLD_FRAMES: tuple[tuple[str, str, str], ...] = (
    ("nomn", "Пациент(ка): ", ", поступил(а) в плановом порядке. "),
    ("nomn", "", " жалуется на боли в пояснице. "),
    ("gent", "Со слов ", ", боли беспокоят около недели. "),
    ("gent", "У ", " в анамнезе гипертоническая болезнь. "),
    ("datv", "", " выполнена рентгенография органов грудной клетки. "),
    ("datv", "Пациенту(ке) ", " рекомендовано наблюдение терапевта. "),
    ("accs", "Прошу проконсультировать ", " в плановом порядке. "),
    ("accs", "Направляем ", " на КТ органов грудной клетки. "),
    ("ablt", "Беседа проведена с ", ", согласие получено. "),
    ("ablt", "Осмотр совместно с ", ", данных за острую патологию нет. "),
    ("loct", "Сведения о ", " переданы в поликлинику по месту жительства. "),
    ("loct", "Информация о ", " внесена в регистр. "),
)
_NEW_FRAMES: tuple[tuple[str, str, str], ...] = (
    ("datv", "Выдано ", " для предъявления по месту требования. "),  # 212
    ("gent", "Жалобы со слов родственницы ", ": слабость, одышка. "),  # 213
    ("loct", "Запись о ", " внесена в МИС. "),  # 214
    ("accs", "Осмотрели ", " совместно с заведующим. "),  # 215
    ("gent", "Законный представитель ", " ознакомлен с планом лечения. "),  # 216
    ("nomn", "Заявитель — ", ", просит выдать копию документов. "),  # 217
    ("ablt", "Договор заключён с ", " лично. "),  # 218
    ("datv", "Разъяснено ", ": явка на приём через 7 дней. "),  # 219
)


def _frame(case: str, before: str, after: str) -> Callable[[Ctx, Name], None]:
    def render(ctx: Ctx, who: Name) -> None:
        ctx.b.text(before)
        ctx.name(who, case)
        ctx.b.text(after)

    return render


for _i, (_case, _before, _after) in enumerate(_OLD_FRAMES + _NEW_FRAMES):
    _marks = tuple(m for m in (_before.strip(" :"), _after.strip(" .,:")) if len(m) > 6)
    family(200 + _i, "person", marks=_marks, name=f"name_frame_{200 + _i}")(
        _frame(_case, _before, _after)
    )


# ================================================================ clinical text =======
# No gold here: eponyms, ICD-10 and service codes, form and order numbers, facility and
# room numbers, doses and lab values must all survive scrubbing.

_OLD_CLINICAL = (
    "Рентгенография органов грудной клетки в прямой проекции: очаговых и инфильтративных "
    "изменений не выявлено. Корни легких структурны, синусы свободны. ",
    "КТ головного мозга: очагов патологической плотности не выявлено, желудочки не расширены. ",
    "УЗИ органов брюшной полости: печень не увеличена, желчный пузырь без конкрементов, "
    "селезенка 110x45 мм. ",
    "Анализ мочи по Нечипоренко без патологии. Проба Манту отрицательная. ",
    "Эхокардиография: фракция выброса по Симпсону 58%. Оценка по шкале Глазго 15 баллов. ",
    "Симптом Щеткина-Блюмберга отрицательный. Живот мягкий, безболезненный. ",
    "Гемоглобин 128 г/л, лейкоциты 6,2×10^9/л, СОЭ 12 мм/ч, тромбоциты 245×10^9/л. ",
    "Назначено: амоксициллин 500 мг 3 раза в день 7 дней, омепразол 20 мг утром. ",
    "Диагноз: J18.1 Долевая пневмония. Сопутствующий: I11.9 Гипертоническая болезнь. ",
    "Перелом лучевой кости в типичном месте (перелом Коллеса). Болезнь Крона исключена. ",
    "Маммография: BI-RADS 2. Код услуги A06.20.004, ОИД 1.2.643.5.1.13. ",
    "ЭКГ: ритм синусовый, ЧСС 72 в минуту, ЭОС не отклонена. Палата № 5, ГКБ № 52. ",
    "Пневмония нижней доли правого легкого, дыхательная недостаточность I степени. ",
    "Госпитализирован(а) в отделение пульмонологии, проводилась антибактериальная терапия. ",
)
_NEW_CLINICAL = (
    "Код по МКБ-10: J18.9. Код услуги A06.09.007. ",  # 314
    "Диагноз по МКБ-10 I21.4, услуга B01.015.001 — приём врача-кардиолога первичный. ",  # 315
    "Оформлено по приказу Минздрава России № 834н, учётная форма № 025-1/у. ",  # 316
    "Бланк по форме 148-1/у-88 утверждён приказом № 1094н. ",  # 317
    "Переведен(а) в ГКБ № 15, отделение № 2, палата № 512. ",  # 318
    "Консультация в поликлинике № 3 (кабинет № 214), затем в ЦРБ № 1, бокс № 4. ",  # 319
    "Метопролол 50 мг 2 р/сут, эналаприл 10 мг утром, ацетилсалициловая кислота 75 мг. ",  # 320
    "Инсулин гларгин 18 ЕД п/к на ночь, гепарин 5000 МЕ п/к каждые 12 ч. ",  # 321
    "Глюкоза 5,4 ммоль/л, креатинин 88 мкмоль/л, АЛТ 24 Ед/л, СРБ 3,2 мг/л. ",  # 322
    "Общий белок 68 г/л, калий 4,1 ммоль/л, МНО 1,1, СКФ 78 мл/мин/1,73 м². ",  # 323
    "Вакцинация: «Гриппол плюс», серия 123-45, 0,5 мл в/м. ",  # 324
    "Вакцина Гам-КОВИД-Вак, серия I-160421, введена в дельтовидную мышцу. ",  # 325
    "Стадия T2N0M0, II стадия, ECOG 1. Очаги в сегментах S6, S10 правого легкого. ",  # 326
    "Грыжа диска L4–L5 до 6 мм. Зубы 3.6, 4.7 санированы, пломба № 2 состоятельна. ",  # 327
    "Консультирован(а) в ГКБ им. С.П. Боткина, затем в НИИ имени Н. В. Склифосовского. ",  # 328
)


def _clinical(piece: str) -> Callable[[Ctx], None]:
    def render(ctx: Ctx) -> None:
        ctx.b.text(piece)

    return render


for _i, _piece in enumerate(_OLD_CLINICAL + _NEW_CLINICAL):
    _marks = (_piece[:24],) if _i >= len(_OLD_CLINICAL) else ()
    family(300 + _i, "clinical", marks=_marks, name=f"clinical_{300 + _i}")(_clinical(_piece))


# ================================================================ signatures ==========


@family(500, "signature")
def signature_role(ctx: Ctx) -> None:
    role = ctx.rng.choice(("Врач-рентгенолог", "Лечащий врач", "Заведующий отделением", "Врач"))
    style = ctx.rng.choice(("surname_initials", "initials_surname", "full", "caps"))
    written = render_name(ctx.rng, ctx.person(), "nomn", style)
    ctx.b.text(f"{role}: ").phi(written, "PERSON").text(" " if written.endswith(".") else ". ")


@family(501, "signature", marks=("Подпись врача", "Исполнитель:"))
def signature_slash(ctx: Ctx) -> None:
    if ctx.rng.random() < 0.5:
        ctx.b.text("Подпись врача ________ /")
        ctx.name(ctx.person(), "nomn", "surname_initials")
        ctx.b.text("/ ")
    else:
        ctx.b.text("Исполнитель: врач ультразвуковой диагностики ")
        ctx.name(ctx.person(), "nomn", ctx.rng.choice(("initials_surname", "full")))
        ctx.b.text(". ")


@family(502, "signature", marks=("заведующий отделением ",))
def signature_two(ctx: Ctx) -> None:
    ctx.b.text("Лечащий врач ")
    ctx.name(ctx.person(), "nomn", "surname_initials")
    ctx.b.text(", заведующий отделением ")
    ctx.name(ctx.person(), "nomn", "initials_surname")
    ctx.b.text(". ")


@family(503, "signature", marks=("Председатель ВК", "члены комиссии"))
def signature_commission(ctx: Ctx) -> None:
    ctx.b.text("Председатель ВК ")
    ctx.name(ctx.person(), "nomn", "surname_initials")
    ctx.b.text("; члены комиссии: ")
    ctx.name(ctx.person(), "nomn", "initials_surname")
    ctx.b.text(", ")
    ctx.name(ctx.person(), "nomn", "initials_surname")
    ctx.b.text(". ")


# ================================================================ patient identifiers =


@family(600, "ids", marks=("полис ОМС ",))
def ids_snils_policy(ctx: Ctx) -> None:
    ctx.b.text("СНИЛС ").phi(snils(ctx.rng), "SNILS").text(", полис ОМС ")
    ctx.b.phi(enp(ctx.rng), "ENP").text(". ")


@family(601, "ids", marks=("индивидуального лицевого", "Единый номер полиса"))
def ids_long_names(ctx: Ctx) -> None:
    ctx.b.text("Страховой номер индивидуального лицевого счёта: ").phi(snils(ctx.rng), "SNILS")
    ctx.b.text(". Единый номер полиса ОМС: ").phi(enp(ctx.rng), "ENP").text(". ")


@family(602, "ids", marks=("ЕНП ",))
def ids_claim(ctx: Ctx) -> None:
    ctx.b.text("ЕНП ").phi(enp(ctx.rng), "ENP").text(", СНИЛС ").phi(snils(ctx.rng), "SNILS")
    ctx.b.text(". ИНН ").phi(inn(ctx.rng), "INN").text(". ")


@family(603, "ids", marks=("налогоплательщика", "обязательного медицинского страхования "))
def ids_semicolons(ctx: Ctx) -> None:
    ctx.b.text("ИНН налогоплательщика: ").phi(inn(ctx.rng), "INN").text("; СНИЛС — ")
    ctx.b.phi(snils(ctx.rng), "SNILS").text("; полис обязательного медицинского страхования ")
    ctx.b.phi(enp(ctx.rng), "ENP").text(". ")


@family(610, "passport", marks=("Документ: ",))
def passport_document(ctx: Ctx) -> None:
    prefix, number = passport(ctx.rng)
    ctx.b.text(f"Документ: {prefix}").phi(number, "PASSPORT").text(", выдан ")
    ctx.date(2000, 2022)
    ctx.b.text(". ")


@family(611, "passport", marks=("удостоверяющий личность",))
def passport_identity(ctx: Ctx) -> None:
    rng = ctx.rng
    series = f"{_n(rng, 1, 99):02d} {_n(rng, 0, 25):02d}"
    ctx.b.text("Документ, удостоверяющий личность: паспорт РФ серия ")
    ctx.b.phi(f"{series} № {_digits(rng, 6)}", "PASSPORT").text(", выдан ГУ МВД ")
    ctx.date(2000, 2022)
    ctx.b.text(". ")


@family(620, "contact", marks=("Тел. ", "e-mail"))
def contact_short(ctx: Ctx, who: Name) -> None:
    ctx.b.text("Тел. ").phi(phone(ctx.rng), "PHONE").text(", e-mail ")
    ctx.b.phi(email(ctx.rng, who), "EMAIL").text(". ")


@family(621, "contact", marks=("телефон родственника", "электронная почта"))
def contact_relative(ctx: Ctx, who: Name) -> None:
    ctx.b.text("Контактный телефон родственника: ").phi(phone(ctx.rng), "PHONE")
    ctx.b.text("; электронная почта: ").phi(email(ctx.rng, who), "EMAIL").text(". ")


@family(622, "contact", marks=("Моб. ",))
def contact_mobile(ctx: Ctx, who: Name) -> None:
    ctx.b.text("Моб. ").phi(phone(ctx.rng), "PHONE").text(". ")


@family(623, "contact", marks=("Для связи:",))
def contact_for(ctx: Ctx, who: Name) -> None:
    ctx.b.text("Для связи: ").phi(phone(ctx.rng), "PHONE").text(" (дочь), ")
    ctx.b.phi(email(ctx.rng, who), "EMAIL").text(". ")


@family(630, "event_date", marks=("Дата исследования:",))
def event_date_label(ctx: Ctx) -> None:
    ctx.b.text("Дата исследования: ")
    ctx.date()
    ctx.b.text(". ")


@family(631, "event_date", marks=("Исследование выполнено",))
def event_date_sentence(ctx: Ctx) -> None:
    ctx.b.text("Исследование выполнено ")
    ctx.date()
    ctx.b.text(". ")


@family(632, "event_date", marks=("на лечении с",))
def event_stay(ctx: Ctx) -> None:
    ctx.b.text("Находился(ась) на лечении с ")
    ctx.date()
    ctx.b.text(" по ")
    ctx.date()
    ctx.b.text(". ")


@family(633, "event_date", marks=("нетрудоспособности: с",))
def event_period(ctx: Ctx) -> None:
    ctx.b.text("Период нетрудоспособности: с ")
    ctx.date()
    ctx.b.text(" по ")
    ctx.date()
    ctx.b.text(" включительно. ")


@family(640, "birth", marks=("Дата рождения:",))
def birth_label(ctx: Ctx, who: Name) -> None:
    ctx.b.text("Дата рождения: ").phi(date_text(ctx.rng, 1940, 2010), "BIRTH_DATE").text(". ")


@family(641, "birth", marks=("Родился", "Родилась"))
def birth_sentence(ctx: Ctx, who: Name) -> None:
    ctx.b.text(_ending(who, "Родился ", "Родилась "))
    ctx.b.phi(date_text(ctx.rng, 1940, 2010), "BIRTH_DATE").text(". ")


@family(642, "birth", marks=("г.р.)",))
def birth_parenthesis(ctx: Ctx, who: Name) -> None:
    ctx.b.text("(").phi(date_text(ctx.rng, 1940, 2010), "BIRTH_DATE").text(" г.р.) ")


@family(643, "birth", marks=("Год и дата рождения",))
def birth_dash(ctx: Ctx, who: Name) -> None:
    ctx.b.text("Год и дата рождения — ")
    ctx.b.phi(date_text(ctx.rng, 1940, 2010), "BIRTH_DATE").text(". ")


# ================================================================ documents ===========


@family(0, "document", marks=("ПРОТОКОЛ РЕНТГЕНОЛОГИЧЕСКОГО",))
def radiology(ctx: Ctx) -> None:
    b, patient = ctx.b, ctx.person()
    b.text("ПРОТОКОЛ РЕНТГЕНОЛОГИЧЕСКОГО ИССЛЕДОВАНИЯ. ")
    ctx.slot("record")
    b.text("Пациент(ка): ")
    ctx.name(patient)
    b.text(", ").phi(date_text(ctx.rng, 1940, 2010), "BIRTH_DATE").text(" г.р. ")
    ctx.slot("event_date")
    ctx.slot("clinical")
    ctx.slot("clinical")
    ctx.slot("person", patient)
    ctx.slot("signature")


@family(1, "document", marks=("Выписной эпикриз. ",))
def epicrisis(ctx: Ctx) -> None:
    b, patient = ctx.b, ctx.person()
    b.text("Выписной эпикриз. ")
    ctx.slot("record")
    b.text("ФИО: ")
    ctx.name(patient)
    b.text(". ")
    ctx.slot("birth", patient)
    ctx.slot("ids")
    ctx.slot("address")
    ctx.slot("event_date")
    for _ in range(3):
        ctx.slot("clinical")
    ctx.slot("person", patient)
    if ctx.rng.random() < 0.5:
        b.text("Контактный телефон: ").phi(phone(ctx.rng), "PHONE").text(". ")
    ctx.slot("signature")


@family(2, "document", marks=("оплачен частично",))
def claim_comment(ctx: Ctx) -> None:
    b, rng, patient = ctx.b, ctx.rng, ctx.person()
    if rng.random() < 0.5:
        b.phi(surname_form(patient.surname_male, patient.female, "nomn"), "PERSON")
        b.text(": направлен(а) на консультацию, C34.1. ")
    else:
        ctx.name(patient, "gent")
        b.text(" — повторная госпитализация. ")
    ctx.slot("ids")
    if rng.random() < 0.5:
        b.text("ИНН работодателя ").phi(inn(rng, person=False), "INN").text(". ")
    b.text("Случай от ")
    ctx.date()
    b.text(" оплачен частично. ")
    if rng.random() < 0.5:
        ctx.slot("record")


@family(3, "document", marks=("Направление на госпитализацию. ",))
def referral(ctx: Ctx) -> None:
    patient = ctx.person()
    ctx.b.text("Направление на госпитализацию. ")
    ctx.slot("record")
    ctx.slot("person", patient)
    ctx.slot("passport")
    ctx.slot("contact", patient)
    ctx.slot("address")
    ctx.slot("clinical")
    ctx.slot("signature")


@family(4, "document", marks=("Консультация педиатра",))
def pediatric(ctx: Ctx) -> None:
    b, rng = ctx.b, ctx.rng
    child, mother = ctx.person(), ctx.person()
    b.text("Консультация педиатра. Ребенок: ")
    ctx.name(child)
    b.text(", дата рождения ").phi(date_text(rng, 2012, 2025), "BIRTH_DATE").text(", ")
    b.text(rng.choice(("свидетельство о рождении ", "св-во о рождении серия ")))
    b.phi(birth_certificate(rng), "BIRTH_CERT").text(". ")
    b.text("Законный представитель — мать, ")
    ctx.name(mother)
    b.text(", тел. ").phi(phone(rng), "PHONE").text(". ")
    ctx.slot("person", mother)
    if rng.random() < 0.5:
        ctx.slot("address")
    ctx.slot("clinical")
    ctx.slot("record")
    if rng.random() < 0.5:
        b.text("Результаты отправлены на ").phi(email(rng, mother), "EMAIL").text(". ")
    ctx.slot("signature")


@family(5, "document", marks=("Экспертиза временной нетрудоспособности",))
def sick_leave(ctx: Ctx) -> None:
    patient = ctx.person()
    ctx.b.text("Экспертиза временной нетрудоспособности. ")
    ctx.slot("person", patient)
    ctx.slot("record")
    ctx.slot("event_date")
    ctx.slot("ids")
    ctx.slot("clinical")
    ctx.slot("record")
    ctx.slot("signature")


@family(6, "document", marks=("Лабораторное исследование.",))
def lab_request(ctx: Ctx) -> None:
    patient = ctx.person()
    ctx.b.text("Лабораторное исследование. Пациент(ка): ")
    ctx.name(patient)
    ctx.b.text(". ")
    ctx.slot("birth", patient)
    ctx.slot("record")
    ctx.slot("address")
    ctx.slot("record")
    ctx.slot("clinical")
    ctx.slot("event_date")
    ctx.slot("signature")


@family(7, "document", marks=("медико-социальной экспертизы.",))
def disability(ctx: Ctx) -> None:
    patient = ctx.person()
    ctx.b.text("Сведения для медико-социальной экспертизы. ")
    ctx.slot("person", patient)
    ctx.slot("birth", patient)
    ctx.slot("address")
    ctx.slot("record")
    ctx.slot("passport")
    ctx.slot("clinical")
    ctx.slot("clinical")
    ctx.slot("record")
    ctx.slot("signature")


@family(8, "document", marks=("Прием врача-терапевта",))
def outpatient_visit(ctx: Ctx) -> None:
    patient = ctx.person()
    ctx.b.text("Прием врача-терапевта участкового. ")
    ctx.slot("record")
    ctx.slot("person", patient)
    ctx.slot("birth", patient)
    ctx.slot("address")
    ctx.slot("clinical")
    ctx.slot("clinical")
    ctx.slot("contact", patient)
    ctx.slot("signature")


@family(9, "document", marks=("Вызов бригады",))
def ambulance(ctx: Ctx) -> None:
    patient = ctx.person()
    ctx.b.text("Вызов бригады скорой медицинской помощи. ")
    ctx.slot("record")
    ctx.slot("address")
    ctx.slot("person", patient)
    ctx.slot("birth", patient)
    ctx.slot("contact", patient)
    ctx.slot("clinical")
    ctx.slot("record")
    ctx.slot("signature")


@family(10, "document", marks=("Назначение лекарственных препаратов",))
def prescription(ctx: Ctx) -> None:
    patient = ctx.person()
    ctx.b.text("Назначение лекарственных препаратов. ")
    ctx.slot("person", patient)
    ctx.slot("ids")
    ctx.slot("record")
    ctx.slot("address")
    ctx.slot("clinical")
    ctx.slot("record")
    ctx.slot("signature")


@family(11, "document", marks=("Консультативное заключение",))
def consultation(ctx: Ctx) -> None:
    patient = ctx.person()
    ctx.b.text("Консультативное заключение. ")
    ctx.slot("person", patient)
    ctx.slot("birth", patient)
    ctx.slot("record")
    ctx.slot("ids")
    ctx.slot("address")
    ctx.slot("clinical")
    ctx.slot("clinical")
    ctx.slot("contact", patient)
    ctx.slot("signature")


@family(12, "document", marks=("Платные медицинские услуги",))
def paid_services(ctx: Ctx) -> None:
    patient = ctx.person()
    ctx.b.text("Платные медицинские услуги. ")
    ctx.slot("record")
    ctx.slot("person", patient)
    ctx.slot("passport")
    ctx.slot("address")
    ctx.slot("contact", patient)
    ctx.slot("clinical")
    ctx.slot("signature")


@family(13, "document", marks=("Переводной эпикриз",))
def transfer(ctx: Ctx) -> None:
    patient = ctx.person()
    ctx.b.text("Переводной эпикриз. ")
    ctx.slot("record")
    ctx.slot("person", patient)
    ctx.slot("birth", patient)
    ctx.slot("event_date")
    ctx.slot("clinical")
    ctx.slot("clinical")
    ctx.slot("record")
    ctx.slot("address")
    ctx.slot("signature")


def _check_slots() -> None:
    """Every slot must have families in both halves, or a half could not be written."""
    for slot, halves in SLOTS.items():
        for half in HALVES:
            if not halves[half]:
                raise ValueError(f"slot {slot!r} has no {half} family")


_check_slots()
