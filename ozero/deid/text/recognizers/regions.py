"""A subject of the Russian Federation named alone: a state's level of geography, kept.

HIPAA's Safe Harbor removes every place below a state and lets the state stand; Russia's
equivalent is the subject of the federation (region, krai, republic, autonomous okrug, city
of federal importance), the level at which the release risk figures take the patient's
region as a quasi-identifier (``TextScrubber(keep_regions=False)`` masks it too). So
«житель Республики Дагестан», «прибыл из Ямало-Ненецкого автономного округа», «г. Москвы»
are kept when nothing finer (town, street, house) is written with them. The check runs on the final place spans, after adjacent places are
joined (``engine.without_lone_regions``): a region written beside its town or street is
part of that address and masked with it.

Names from the NSI directory «Субъекты Российской Федерации» (1.2.643.5.1.13.13.99.2.206
v6.5, with its synonyms), in every case and in the abbreviations forms use («обл.»,
«Респ.», «АО», «ХМАО»).
"""

from __future__ import annotations

import regex as re

from ozero.deid.text.recognizers.addresses import POSTCODE

# «-ская область», «-ский край», «-ский автономный округ»: the adjective's stem
_ADJECTIVE_STEMS = (
    "Кабардино-Балкарск", "Карачаево-Черкесск", "Удмуртск", "Чеченск", "Чувашск", "Алтайск",
    "Краснодарск", "Красноярск", "Приморск", "Ставропольск", "Хабаровск", "Амурск",
    "Архангельск", "Астраханск", "Белгородск", "Брянск", "Владимирск", "Волгоградск",
    "Вологодск", "Воронежск", "Ивановск", "Иркутск", "Калининградск", "Калужск", "Камчатск",
    "Кемеровск", "Кировск", "Костромск", "Курганск", "Курск", "Ленинградск", "Липецк",
    "Магаданск", "Московск", "Мурманск", "Нижегородск", "Новгородск", "Новосибирск", "Омск",
    "Оренбургск", "Орловск", "Пензенск", "Пермск", "Псковск", "Ростовск", "Рязанск",
    "Самарск", "Саратовск", "Сахалинск", "Свердловск", "Смоленск", "Тамбовск", "Тверск",
    "Томск", "Тульск", "Тюменск", "Ульяновск", "Челябинск", "Забайкальск", "Ярославск",
    "Еврейск", "Ненецк", "Ханты-Мансийск", "Чукотск", "Ямало-Ненецк", "Запорожск",
    "Херсонск", "Донецк", "Луганск",
)  # fmt: skip
_ADJECTIVE_END = r"(?:ая|ой|ую|ий|ого|ому|им|ом|ое)"
_KIND = (
    r"(?:обл\.?|кра(?:й|я|ю|ем|е)|"
    r"(?:автономн(?:ая|ой|ую|ый|ого|ому|ым|ом)\s+)?(?:округ(?:а|у|ом|е)?|област(?:ь|и|ью))|АО|"
    r"(?:[Нн]ародн(?:ая|ой|ую)\s+)?(?:Республик(?:а|и|е|у|ой)|Респ\.?))"
)
# the republics' own names, after «Республика» or alone, in their usual cases
_REPUBLICS = (
    r"Адыге(?:я|и|ю|ей)|Башкортостан(?:а|у|е|ом)?|Башкири(?:я|и|ю|ей)|Бурят(?:ия|ии|ию|ией)|"
    r"Алта(?:й|я|ю|е|ем)|Дагестан(?:а|у|е|ом)?|Ингушети(?:я|и|ю|ей)|Калмыки(?:я|и|ю|ей)|"
    r"Карели(?:я|и|ю|ей)|Коми|Марий\s+Эл|Мордови(?:я|и|ю|ей)|"
    r"(?:Саха\s*\(\s*Якути(?:я|и|ю|ей)\s*\)|Саха|Якути(?:я|и|ю|ей))|"
    r"Северн(?:ая|ой|ую)\s+Осети(?:я|и|ю|ей)(?:\s*[-–—]\s*Алани(?:я|и|ю|ей))?|"
    r"Осети(?:я|и|ю|ей)|Татарстан(?:а|у|е|ом)?|Т[ыу]в(?:а|ы|е|у|ой)|Хакаси(?:я|и|ю|ей)|"
    r"Крым(?:а|у|ом)?|Чечн(?:я|и|ю|ей)|Чуваши(?:я|и|ю|ей)|Удмурти(?:я|и|ю|ей)"
)
# other short names a region goes by
_SHORT = (
    r"Кузбасс(?:а|у|е|ом)?|Югр(?:а|ы|е|у|ой)|Чукотк(?:а|и|е|у|ой)|Камчатк(?:а|и|е|у|ой)|"
    r"Приморь(?:е|я|ю|ем)|Ставропол(?:ье|ья|ью|ьем)|Кубан(?:ь|и|ью)|Забайкаль(?:е|я|ю|ем)|"
    r"Ямал(?:а|у|е|ом)?|ДНР|ЛНР|ХМАО(?:\s*[-–—]\s*Югр(?:а|ы|е|у|ой))?|ЯНАО|НАО"
)
_FEDERAL_CITIES = (
    r"(?:г\.\s*|город(?:а|е|у)?\s+)?"
    r"(?:Москв(?:а|ы|е|у|ой)|(?:Санкт-)?Петербург(?:а|у|е|ом)?|Севастопол(?:ь|я|ю|е|ем)|"
    r"Байконур(?:а|у|е|ом)?)"
)
_ADJECTIVE = "|".join(_ADJECTIVE_STEMS)
_REGION = re.compile(
    rf"(?:(?:{_ADJECTIVE}){_ADJECTIVE_END}\s+{_KIND}"  # «Ростовской области», «Ненецкий АО»
    rf"(?:\s*[-–—]\s*(?:{_SHORT}))?"  # «Кемеровская область — Кузбасс»
    rf"|(?:Республик(?:а|и|е|у|ой)|Респ\.?)\s+(?:{_REPUBLICS})"  # «Республики Тыва»
    rf"|(?:{_REPUBLICS})(?:\s+Республик(?:а|и|е|у|ой))?"  # «Дагестан», «Чувашия»
    rf"|{_SHORT}|{_FEDERAL_CITIES})"
)
_EDGES = " \t\n,.;:«»\"'"


def region_alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one subject of the federation and nothing finer."""
    words = text[start:end].strip(_EDGES)
    if words.startswith("(") and words.count("(") > words.count(")"):
        words = words[1:].lstrip()
    if words.endswith(")") and words.count(")") > words.count("("):
        words = words[:-1].rstrip()
    if not words:
        return False
    # «обл.», «Респ.»: the abbreviation's dot was stripped with the edges
    return bool(_REGION.fullmatch(words) or _REGION.fullmatch(words + "."))


# A subject named short, as forms write it beside an address: by its letters («УР», «ЯО»,
# «РС(Я)», «ХМАО-Югра»), by its adjective cut short («Свердл. обл.», «Алт. край»), or
# «Еврейская авт. обл.». Two letters are many other things in a text: they are read as a
# region only against an address (``engine.with_regions``), never alone.
_LETTERS = (
    r"(?<![\w-])(?:УР|РБ|РТ|РД|РМЭ|РС\s?\(Я\)|РК|РА|РХ|РМ|РИ|ЧР|КБР|КЧР|РСО(?:-Алания|-А)?"
    r"|ХМАО(?:\s*[-–—]\s*Югра)?|ЯНАО|НАО|ЧАО|ЕАО|МО|ЛО|ЯО|ПК|ХК|КК|НСО|ДНР|ЛНР)(?![\w-])"
)
_CUT_ADJECTIVE = (
    r"(?<![\w-])[А-ЯЁ][а-яё]{1,9}\.\s?(?:обл\.?|кр(?:ай|\.))|Еврейская\s+авт\.\s?обл\.?"
)
_BESIDE = rf"(?:{_REGION.pattern}|{_LETTERS}|{_CUT_ADJECTIVE})"
# «РА Горно-Алтайск ул. …», «Респ. Крым, Ялта, …»: a town written bare between its region and
# the rest of the address (one or two capitalised words)
_BARE_TOWN = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:[ \t][А-ЯЁ][а-яё]+)?"
_REGION_BESIDE = re.compile(_BESIDE)
# between a region and the address after it: a comma or spaces, a bare town, a bracket
_LEADS_IN = re.compile(rf"[ \t]*,?[ \t]*(?:(?:г\.[ \t]?)?{_BARE_TOWN}[ \t]*,?[ \t]*)?\(?")
# after an address: «…, УР, 426000», «…, г. Санкт-Петербург, 190000», «г. Кызыл (Тыва)»
_CLOSES = re.compile(
    rf"[ \t]*(?:,[ \t]*(?:{_BESIDE}|{POSTCODE}(?![.,]\d|[ \t]*(?:руб|р\.|₽|шт|%)))"
    rf"|\([ \t]*{_BESIDE}[ \t]*\))"
)
_REACH = 100
_TOWN_BEFORE_BRACKET = re.compile(rf"(?<![\w-])(?:г\.[ \t]?)?{_BARE_TOWN}[ \t]*\([ \t]*$")
_POSTCODE_BEFORE = re.compile(
    rf"{POSTCODE}(?:[ \t]*,?[ \t]*(?:г\.[ \t]?)?{_BARE_TOWN})?[ \t]*,?[ \t]*$"
)


def address_start(text: str, start: int, floor: int) -> int:
    """Where an address found at ``start`` begins with the region written before it (its
    letters, its cut or full name; a bare town between): «ЯО, г. Рыбинск, …», «Мурм. обл.
    Мончегорск ул. …», or a region the address only began inside («Донецкая» of «Донецкая
    Народная Республика, г. …»); then with its town before the region in brackets («Кызыл
    (РТ), …») and its postcode («677068 РС(Я), Якутск, …», «361053 Прохладный Калинина
    29»). Not before ``floor`` (the previous finding's end)."""
    lo = max(floor, start - _REACH)
    best = start
    for m in _REGION_BESIDE.finditer(text, lo, min(len(text), start + 60)):
        if m.start() >= start:
            break
        if m.end() > start or _LEADS_IN.fullmatch(text, m.end(), start):
            best = min(best, m.start())
    for lead in (_TOWN_BEFORE_BRACKET, _POSTCODE_BEFORE):
        m = lead.search(text, max(floor, best - 60), best)
        if m is not None and m.start() >= floor:
            best = m.start()
    return best


def address_end(text: str, end: int, ceiling: int) -> int:
    """Where an address found up to ``end`` ends with the region and postcode written after
    it: «…, г. Ижевск, УР, 426000», «г. Кызыл (Тыва)». Not past ``ceiling`` (the next
    finding's start)."""
    for _ in range(3):
        m = _CLOSES.match(text, end, min(len(text), end + _REACH))
        if m is None or m.end() > ceiling:
            break
        end = m.end()
    return end
