"""Russian addresses as people write them: a chain of parts, with or without «ул.».

«420111, Республика Татарстан, г. Казань, ул. Баумана, д. 19, кв. 4», «Тверь, Склизкова 48
кв 9», «пгт Октябрьский, Садовая 7», «д. Ивантеевка Кимрского р-на Тверской обл., д. 14»,
«Садовая, 12, с. Ивановка, Курский р-н, Курская обл., 305000», «в г. Подольске Московской
обл.». Each part is one small pattern (postcode, country, region, district, settlement,
typed street, bare name, house, building, flat); the parts found in a text are chained
where a comma or a space joins them, and a chain is an address when it holds a part that
only addresses have (a region, district, settlement or typed street; or a bare name with a
house and a flat), or when an address word («адрес», «проживает») leads into it.

A bare capitalised name is the weak part: it joins a chain as a street when a house number
follows it, or as a town after a postcode, a region or before one («Подольске Московской
области»); leading a chain alone, it must be a place name to pymorphy3 («Тверь»).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ozero.deid.text.recognizers import entities as E
from ozero.deid.text.recognizers.agencies import agency_follows, agency_place
from ozero.deid.text.recognizers.base import Alternation, SingleEntityRecognizer
from ozero.deid.text.recognizers.known import is_known, parses
from ozero.deid.text.recognizers.names import is_role, surname_shaped
from ozero.deid.text.recognizers.ner import COUNTRIES
from ozero.deid.text.recognizers.places import not_a_residence

# «Ростов-на-Дону», «Ново-Садовая»; a word hyphenated at a line's end: «ул. Цент-⏎ральная»
_CAP = r"[А-ЯЁ][а-яё]+(?:-(?:[ \t]*\n[ \t]*)?(?:[А-ЯЁа-яё][а-яё]*))*"
# a street named after a person with a title: «ул. Героя Советского Союза Жукова»
_TITLE = (
    r"(?:(?:Героя\s+(?:Советского\s+Союза|России|Социалистического\s+Труда)|Маршала|Генерала"
    r"|Адмирала|Академика|Космонавта|Л[её]тчика)\s+)"
)
_MONTH_OR_PLURAL = (
    r"(?:Января|Февраля|Марта|Апреля|Мая|Июня|Июля|Августа|Сентября|Октября|Ноября|Декабря"
    r"|[А-ЯЁ][а-яё]+(?:ых|их))(?![\w-])"
)
# a street named for an anniversary: «пр. 100-летия Владивостока», «ул. 50-летия Октября»
_JUBILEE = r"(?:\d{1,4}-?лети[яе][ \t]+)?"
_NAME = (
    # «50 лет ВЛКСМ», «60 лет СССР»: an abbreviation after «лет»
    r"(?:\d{1,3}[ \t]+лет[ \t]+[А-ЯЁ]{2,6}(?![\w-])|"
    # «2-я», «30 лет», «8 Марта», «26 Бакинских Комиссаров»: one space after the number, and a
    # plain number only before a month or a plural (a house before the next sentence or a
    # table's next field is not a name: «…, 14 Направляем», «Сосновая, 58   Телефон»)
    r"(?:\d{1,3}(?:-?(?:я|й|е|го|ой|ая|ий|ый)[ \xa0]|[ \xa0](?:лет[ \t]+|(?="
    + _MONTH_OR_PLURAL
    + r"))))?"
    + _JUBILEE
    + rf"(?:[А-ЯЁ]\.\s?)?{_CAP}"  # «Б. Садовая», «К. Маркса»
    + rf"(?:\s+(?:(?:де|ди|ван|фон|ла|ле)\s+|[А-ЯЁ]\s+)?{_CAP}){{0,2}})"  # «Вильгельма де Геннина»
    # (a one-letter word inside a Korean name: «ул. Ким Ю Чена»)
)
_ADJ = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
# a numbered part of a town or a village: «мкр. Северный-2», «д. Малые Вишеры-2»
_NUMBERED = r"(?:-\d{1,2}(?![\d\-–]))?"
# an ordinal standing for a name: «мкр. 8-й», «ул. 5-я» (a garden partnership's street)
_ORDINAL = r"\d{1,3}-?(?:я|й|го)(?![\w-])"
# a house and its flat in one number, with a hyphen or the dash a word processor puts
# there: «171-23», «93–159»
_DASH = r"[-–]"
# a street named for a township or a park it runs through: «ул. Больничный городок», «ул.
# Военный городок», «ул. Липовый парк»; or an old road or rampart, its kind in lower case
# after «ул.»: «ул. Оренбургский тракт», «ул. Земляной вал», «ул. Никитский спуск»
# («ул. Сергеляхское ш.»: a register's street type before a highway's own)
_TOWNSHIP = r"(?:[ \t]+(?:городок|парк|тракт|вал|спуск|канала|ш\.|шоссе)(?![\w-]))?"  # «наб. Обводного канала»
# an embankment named for its river or canal: «наб. р. Мойки», «наб. канала Грибоедова»
_WATER = r"(?:(?:р\.|реки|кан\.|канала)\s*)?"
# a building glued to its house, as Moscow writes it: «д. 73к1», «Баумана, 99к1»
_GLUED_BUILDING = r"к\d{1,2}(?![\w])"
# a flat after its house with a space only, as a postal line without type words has it:
# «г. Ржев Мира 44 162», «Хетагурова 159 корп. 3 131» (not a phone's next group, «5 8 912
# …», nor a count going on in words, «5 3 раза», nor a time or a date, «корп. 2 10:30»)
_SPACED_FLAT = r"[ \t]+\d{1,4}(?![\w\-/]|[.,:]\d|[ \t]*[\d(+]|[ \t]+[а-яё])"
# a house's letter in quotes: «13 «б»», «д. 5 "А"»
_QUOTED_LETTER = r"(?:\s?[«\"][а-яА-Я][»\"])?"
# a republic's or a region's second name after a dash: «Северная Осетия — Алания», «Ханты-
# Мансийский автономный округ — Югра»
_SECOND_NAME = r"(?:\s*[—–-]\s*" + _CAP + r")?"
# a district's adjective ends like one («Октябрьского района», «Сальский р-н»): «Прокурор
# района» is a person's office
_DISTRICT_ADJ = (
    r"(?<![\w-])(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+(?:ий|ый|ой|ого|его|ому|ему|ом|ем|ая|яя|ую|юю"
    r"|ое|ее)(?:-[А-ЯЁ][а-яё]+)?(?![а-яё])"
)
# A house or flat number said in words (call transcripts, letters): «дом сорок два»,
# «квартира девять», «дом сто двадцать один».
_UNITS_WORDS = (
    r"(?:один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать"
    r"|двенадцать|тринадцать|четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать"
    r"|девятнадцать)"
)
_TENS_WORDS = r"(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто)"
_HUNDREDS_WORDS = r"(?:сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|девятьсот)"
_NUMBER_WORDS = (
    rf"(?:{_HUNDREDS_WORDS}(?:\s+{_TENS_WORDS})?(?:\s+{_UNITS_WORDS})?"
    rf"|{_TENS_WORDS}(?:\s+{_UNITS_WORDS})?|{_UNITS_WORDS})(?![\w])"
)
# republics and regions as people name them, without «Республика» or «область»
_EVERYDAY_REGIONS = (
    r"Чувашия|Якутия|Башкирия|Башкортостан|Татарстан|Удмуртия|Бурятия|Мордовия|Карелия|Коми"
    r"|Дагестан|Чечня|Ингушетия|Адыгея|Калмыкия|Хакасия|Тыва|Тува|Алтай|Марий\s+Эл|Кабардино-Балкария"
    r"|Карачаево-Черкесия|Северная\s+Осетия|Крым|Кубань|Ставрополье|Приморье|Забайкалье|Камчатка"
    r"|Чукотка|Югра|Ямал|Кузбасс|Подмосковье|Ленобласть"
)
# a settlement's type after its name, before a comma: «Москва г,», «Ильинское с,»
_TYPE_AFTER = r"(?:г|с|д|п|пгт|рп|х|дер|пос)\.?(?=[ \t]*,)"
# what follows a region named short (by letters or its everyday name): its town or district
_TOWN_OR_DISTRICT = r"г\.|с\.|пос\.|пгт|д\.|р-н|[А-ЯЁ][а-яё]+\s+р-н"
# a street's type after a name that is no street's: «Н.М. Ушаковой ул. Советская», «г.
# Курган ул. 3-я Парковая» (the type opens the next name)
_TYPE_OPENS_NEXT = r"(?!\s*" + _NAME + r")"
# an old road named for the town it led to, «Московский тракт», «Оренбургский тракт» (not
# an organ's, «Желудочно-кишечный тракт», «Дыхательный тракт», «Спиноталамический тракт»)
_TRACT = r"[ \t]+тракт(?![\w-])"
_ROAD_TRACT = r"(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]*(?<!иче)[сц]к(?:ий|ой)" + _TRACT
# a street's type after its name: «Кольцевая ул.», «Ленинградское шоссе»
_TYPE_AFTER_NAME = (
    r"[ \t]+(?:ул(?:\.|(?=[ \t]*,))|улиц[аеуы]|пр-т\.?|пр-кт|проспект[аеу]?|просп\.|пр\.|ш\.|шоссе|пер\.|"
    r"переул(?:ок|ка|ке)|б-р|бульвар|проезд|наб\.|пл\.|линия|линии|городок"
    # the short types without their dot, as registers and hurried forms print them: before
    # a comma or the house only, «Московское ш 140-73», «Троицкий пр, д. 104», «Волжская наб,
    # д. 3» («пр» alone is many things elsewhere)
    r"|(?:ш|пер|пр|наб|пл|туп|пр-д)(?=[ \t]*,|[ \t]+(?:д\.?[ \t]?)?\d+[а-я]?(?:/\d+)?(?:[-–]\d+)?"
    r"(?![\d.,:]\d|[ \t]*(?!кв|корп|стр|к\.|лит|д\.)[а-яё%])))(?![\w-])"  # (not «пр 5 мг»)
)
# a street named for a group of people, its noun in lower case: «ул. Уральских рабочих», «ул.
# Тувинских добровольцев», «ул. Красных партизан»
_GROUP = r"[А-ЯЁ][а-яё]+(?:ых|их)[ \t]+[а-яё]{4,}(?:их|ых|ов|ев|ан|ян|ей)(?![\w-])"
# the short types without their dot before a name, as forms typed in haste have them: «пр
# Победы, д. 129», «пер Свободы 62» (before a comma or its house only)
_BARE_TYPE_FIRST = (
    r"(?<![\w.])(?:пр|пер|ш|наб|пл|б-р|туп)[ \t]+" + _NAME + r"(?=[ \t]*,|[ \t]+(?:д\.?[ \t]?)?\d)"
)
# a street with its type before or after its name: «ул. Ленина», «Кольцевая ул.», «5-я линия»
_STREET = (
    r"(?:(?<![\w.])(?:ул\.|ул(?=\s+[А-ЯЁ])|улиц[аеуы]|пр-т\.?|пр-кт\.?|просп\.|проспект[аеу]?|пер\."
    r"|переул(?:ок|ка|ке)|ш\.|шоссе|наб\.|набережн(?:ая|ой)|б-р|бул\.|бульвар[аеу]?"
    r"|площад[ьи]|проезд[аеу]?|пр-д[аеу]?|туп\.|тупик[аеу]?|аллея|аллее|тракт|кв-л|квартал)"
    r"\s*(?:" + _CAP + r"\s+и\s+" + _CAP + r"(?=,?[ \t]*(?:д\.|дом)?[ \t]*\d)|" + _GROUP + "|"
    # a street named for two people, before its house: «ул. Сакко и Ванцетти, 88»
    # «ул. им. Горького А.М.», «ул. имени В.И. Ленина»: a namesake with initials either side
    r"(?:им\.|имени)\s*(?:[А-ЯЁ]\.\s?){0,2}" + _CAP + r"(?:\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?(?=[\s,]))?"
    r"|"
    + _WATER
    + _TITLE
    + "?"
    + _NAME
    + _TOWNSHIP
    + "|"
    + _ORDINAL
    # a street named for a year: «ул. 1905 года», «ул. 1812 года» (not «за 4 квартал 2025
    # года», a quarter of a year)
    + r"|(?<!квартал\s{1,3})(?<!кв-л\s{1,3})\d{4}\s+года)"
    r"|"
    + _NAME
    + _TYPE_AFTER_NAME
    + _TYPE_OPENS_NEXT
    + r"|"
    + _ROAD_TRACT
    + r"|\d{1,2}-?(?:я|й)\s+линия|"
    + _BARE_TYPE_FIRST
    + ")"
)
# a district's type after its adjective: «Сальский р-н», «Кувасайский туман»
_DISTRICT_TYPE = (
    r"\s+(?:р-н[аеу]?|район[аеу]?|городск\w+\s+округ\w*|муниципальн\w+"
    r"\s+район\w*|туман[аеу]?|этрап\w*|г\.\s?о\."  # «Кувасайский туман»: a district
    # a district of Buryatia or Yakutia, of Tuva; a town's or a region's «округ»:
    # «Мегино-Кангаласский улус», «Тандинский кожуун», «Калининский округ»
    r"|улус[аеу]?|кожуун\w*|(?:муниципальн\w+\s+)?округ[аеу]?"
    # a municipal district or a rural settlement after its adjective: «Пермский м.о.»,
    # «Щёкинский м. р-н», «Яснополянское сельское поселение», «Ивановское с/п»; an island
    # of a city: «Васильевский остров»
    r"|м\.\s?о\.|м\.\s?р-н|(?:сельск|городск)\w+\s+поселени\w+|с/п|с\.\s?п\.|остров[аеу]?"
    # a village council, «Веркольский с/с»
    r"|с/с|сельсовет[аеу]?"
    r")(?![\w])"
)
# a Russian postcode (not a number after «№» or after a passport's series: «паспорт 4510
# 123456 Москва» names the issuing town after the passport's number)
POSTCODE = (
    r"(?<![\d\-/.])(?<!№[ \xa0]{0,2})(?<!\d\d[ \xa0]?\d\d[ \xa0]{1,2})[1-6]\d{5}(?![\d\-/]|\.\d)"
)
# a micro-district or a floor after its number: «5 мкр», «3 подъезд»
_MKR_AFTER = r"(?:мкр\.?|мкр-н|микрорайон)(?![\w-])"
_FLOOR_AFTER = r"(?:подъезд|этаж)(?![\w])"
_PARTS: dict[str, str] = {
    "postcode": POSTCODE,
    "country": r"(?:Россия|Российская\s+Федерация|РФ)(?=\s*,)",
    "region": (
        r"(?:(?:Республик[аеиу]|Респ\.)\s+" + _CAP + r"(?:\s+" + _CAP + r")?"
        r"(?:\s*\("
        + _CAP
        + r"\))?"
        + _SECOND_NAME
        + r"|"
        + _ADJ
        + r"\s+(?:Республик[аеиу]|Респ\.)"  # «Чеченская Респ.», as registers abbreviate it
        + _SECOND_NAME
        + r"|"
        + _ADJ
        + r"\s+(?:обл\.?|област[ьиюе]|кра[йяюе]|кр\.|автономн\w+\s+округ\w*|АО"
        r"|вилоят\w*|велаят\w*)(?!\w)"  # «Ферганская вилоят»: a region of Uzbekistan
        + _SECOND_NAME
        # «Моск. обл.», «Алт. край», «Кр. край» (Краснодарский)
        + r"|[А-ЯЁ][а-яё]{1,8}\.\s?(?:обл\.?|кра[йяюе]|кр\.)"
        # the type first, as the state address register (ГАР) prints it: «обл. Московская»
        r"|(?<![\w.])обл\.\s*[А-ЯЁ][а-яё]+(?:ая|ой)(?![\w-])"
        # a republic or a region by its letters, before its town or district: «УР, г. Ижевск»,
        # «РБ, Уфа», «РК, г. Ухта», «МО, г. Химки» (Московская область)
        # («РСО-Алания, Ирафский р-н»: Северная Осетия)
        r"|(?<![\w-])(?:УР|РБ|РТ|РМЭ|ЧР|РД|РС\(Я\)|РК|РА|РХ|РМ|РИ|МО|ЛО|РСО(?:-Алания|-А)?)"
        rf"(?=,?\s*(?:{_TOWN_OR_DISTRICT}))"
        # a republic by its everyday name, before its town: «Чувашия г. Чебоксары», «Якутия,
        # г. Нюрба» (alone, «Якутия» is a place NER may find; here it leads an address)
        rf"|(?<![\w-])(?:{_EVERYDAY_REGIONS})(?=,?\s*(?:{_TOWN_OR_DISTRICT}|рп\.?))"
        r"|(?:ХМАО|ЯНАО|НАО|ЧАО|ЕАО|КЧР|КБР)(?:-Югра)?|СПб|С\.-Петербург)"
    ),
    "district": (
        r"(?:"
        + _DISTRICT_ADJ
        + _DISTRICT_TYPE
        # (a settlement of New Moscow named first: «поселение Сосенское»)
        # (a city's inner district as the federal address register writes it: «вн.р-н»)
        + r"|(?:г\.\s?о\.|городской\s+округ|м\.\s?о\.|м\.\s?р-н|(?:вн\.\s?)?р-н|с\.\s?п\."
        r"|сельское\s+поселение"
        r"|поселени[еия])\s+"
        + _CAP
        # a municipality («муниципальное образование») by its neuter adjective: «МО
        # Яснополянское» (not «МО Российской Федерации», a ministry)
        + r"|(?<![\w-])(?:МО|муниципальн\w+\s+образовани\w+)\s+(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+"
        r"(?:ое|ее)(?![\w-]))"
    ),
    "settlement": (
        # (not after a year, «2024 г. …»; after a postcode, «426096 г. Ижевск», it is a town;
        # not a unit's last letter, «4 р/д.», «142 см/с.»)
        r"(?:(?<![\w./])(?<!(?<!\d)\d{1,4}[ \t]{0,2})(?:г\.|гор\.|город[аеу]?|с\.|сел[оаеу]|д\.|дер\.|деревн[яиею]|п\.|пос\."
        r"|(?:(?:вахтов|рабоч)(?:ий|ый|ем|ом|его|ого|ему|ому)\s+)?пос[её]л(?:ок|ка|ке|ку)|пгт\.?|п\.\s?г\.\s?т\.|рп\.?|р\.\s?п\.|ст-ц[аеы]|(?<!рт\.\s?)(?<![IVX\d]\s{0,2})ст\.(?=\s*[А-ЯЁ])"  # «ст. 13», «мм рт. ст.», «II ст.»
        r"|станиц[аеы]|х\.|хутор[аеу]?|аул[аеу]?|сл\.|слобод[аеы]|снт|СНТ|ДНТ"
        # villages and quarters of Central Asia: «кишлак Янгиобод», «джамоат …», «махалля …»
        r"|кишлак[аеу]?|джамоат[аеу]?|махалл[яиею]"
        # a town-type settlement of Leningrad oblast, «г.п. Токсово»; villages of Buryatia,
        # Khakassia and Yakutia: «улус Хойто-Гол», «аал Белый Яр», «наслег Тыарасы»
        r"|г\.\s?п\.|улус[аеу]?|аал[аеу]?|наслег[аеу]?"
        # the federal address register's rarer rural kinds: Tuva's «сумон», a reindeer
        # herders' «стойбище», «починок», «выселки», «заимка», a railway station's settlement
        r"|сумон[аеу]?|стойбищ[еау]|почин(?:ок|к[аеу])|высел(?:ки|ок|ках|ков)|заимк[аеиу]"
        r"|ж/д\s?ст\.|ж\.\s?д\.\s?ст\.)\s*"
        + r"(?:(?:им\.|имени)\s*)?"  # «пос. им. Свердлова»
        + _NAME
        + _NUMBERED
        # a garden partnership by its letters and its name in quotes: «СНТ «Берёзка»», «СОТ
        # «Полярник»» (садово-огородническое), «ТСН «Ромашка»», «ДПК «Луч»», a cottage
        # settlement «КП «Юкки Парк»»
        # and a rest house or a holiday camp by its letters: «д/о «Сосновый бор»», «б/о «Волга»»
        + r"|(?<![\w.])(?:СНТ|СНТСН|ДНТ|ДНП|СТ|СОТ|СОНТ|ТСН|ДПК|КП|д/о|б/о"
        r"|[Сс]адов\w+\s+товариществ[оа])"
        r"\s*«[^»\n]{2,40}»)"
    ),
    # a town with its type after it, as address registers (КЛАДР, ФИАС) print it: «Москва
    # г, Профсоюзная ул», «Ильинское с, Центральная ул» (a comma must follow; read as a
    # settlement)
    "town_after": _NAME + r"[ \t]+" + _TYPE_AFTER,
    "street": _STREET,
    # a crossing of two streets, where a call or an accident happened: «на пересечении ул.
    # Ленина и пр. Строителей», «перекрёсток ул. Мира и ул. Гагарина», «на углу …»
    "crossing": (
        r"(?<![\w.])(?:пересечени[еия]|перекр[её]ст(?:ок|ке|ка)|углу)\s+(?:"
        + _STREET
        + r")\s+и\s+(?:"
        + _STREET
        + r"|(?:пр|пл)\.\s*"
        + _NAME
        + ")"
    ),
    # a federal or regional road, an address with its kilometre or a region only: «трасса
    # М-2 «Крым», 207-й км»
    "road": (
        r"(?<![\w.])(?:трасс[аеуы]|автодорог[аеиу]|а/д)\s+[МРАК]-?\d{1,3}(?:\s*«[^»\n]{2,30}»)?"
    ),
    # a kilometre of a road: «207-й км», «73 км»
    "km": r"(?<![\w.])\d{1,4}(?:-?(?:й|м|ой))?\s+км(?![\w])",
    # a military unit's number with its town: a serviceman's postal address
    "unit": r"(?<![\w.])(?:в/ч|войсков\w+\s+част\w+)\s*№?\s*\d{4,5}(?![\w/-])",
    "mkr": (
        # («ж/м Ленинский»: a residential area, «жилой массив»)
        r"(?:(?<![\w.])(?:мкр\.?|мкр-н|мкрн\.?|м-н|микрорайон[аеу]?|кв-л|квартал[аеу]?|ж/м|жилмассив\w*"
        r"|жил(?:ой|ом)\s+массив\w*)\s*(?:"
        + _NAME
        + _NUMBERED
        + "|"
        + _ORDINAL
        + r"|\d{1,3}[а-я]?(?![\w])|«[^»\n]{2,30}»)"  # (not «квартал 2025 г.», a year)
        r"|\d{1,3}(?:-?(?:й|го|м))?\s+"
        + _MKR_AFTER
        # its name first: «Юбилейный мкр»
        + r"|(?<![\w-])"
        + _ADJ
        + r"\s+"
        + _MKR_AFTER
        + ")"
    ),
    # a numbered quarter of a settlement, «р.п. Линёво, 2-й квартал, д. 4»: only inside a
    # chain, before its house («во 2-й квартал года» is a time)
    "quarter": r"(?<![\w.])(?:" + _ORDINAL + r"|\d{1,3})\s+(?:квартал|кв-л)(?![\w])",
    # a house said in words without «дом», before its flat said so too (a call transcribed):
    # «Ленина, сорок два, квартира девятнадцать» (read as a house)
    "house_words": r"(?<![\w.])" + _NUMBER_WORDS + r"(?=,?\s+квартир[аы]\s)",
    # a post-office box: «а/я 292, Обнинск, 249094», «абонентский ящик № 15»
    "pobox": r"(?<![\w.])(?:а/я|абонентский\s+ящик)\s*№?\s*\d{1,6}(?![\w])",
    # a landmark by its name, closing an address where a call came from: «п. Усятский, у
    # магазина «Мария-Ра»», «…, возле остановки «Школа»», «…, напротив ТЦ «Мега»» (only
    # after a place: it never leads a chain)
    "landmark": (
        r"(?<![\w.])(?:у|около|возле|напротив|рядом\s+с)\s+(?:магазин\w*|останов\w*|кафе"
        r"|рынк\w*|рынок|ТЦ|ТРЦ|торгов\w+\s+центр\w*|АЗС|аптек\w*|КПП)\s*«[^»\n]{2,30}»"
    ),
    # where a road leads, after its kilometre: «812 км, в сторону Самары»
    "direction": r"(?<![\w.])(?:в\s+сторону|в\s+направлении)\s+(?:г\.\s*)?" + _CAP,
    "house": (
        r"(?:(?<![\w.])(?:д\.|дом[аеу]?)\s*" + _NUMBER_WORDS + r"|"
        r"(?<![\w.])(?:д\.|дом[аеу]?|вл\.|влд\.|уч\.|участ(?:ок|ке)|барак|зд\.|здани[еия]"
        # («д 5» without its dot, as a form typed in haste has it; not «р/д 5», a dose)
        r"|домовладени[еия]|(?<!/)д(?=[ \t]\d))\s*№?\s*\d{1,4}(?:"
        + _GLUED_BUILDING
        + r"|\s?[а-яА-Я])?(?:/\d{1,4}[а-яА-Я]?)?"
        + _QUOTED_LETTER
        # glued to its number, as a form's narrow field has it: «д138 кв41», «д4/1»
        # or its flat after a dash: «Красная, д60/3-28»
        + r"|(?<![\w.])д\d{1,4}[а-яА-Я]?(?:/\d{1,4}[а-яА-Я]?)?(?:(?=[ \t]+кв\.?[ \t]?\d)|"
        + _DASH
        + r"\d{1,4}(?![\w./\-–]))"
        # a house without a number («без номера»): «ул. Мира, б/н», «д. б/н»
        r"|(?<![\w.])(?:(?:д\.|дом)\s*)?б/н"
        # a bare number; not the first group of a phone after the flat («кв. 62, 8 91 79 …»,
        # «стр. 2, 8 (8453) 27-17-98»)
        # (a house, its building and its flat in slashes: «пр. Революции 58/1/202»)
        r"|(?<![\w./\-–])\d{1,4}(?:"
        + _GLUED_BUILDING
        + r"|[а-яА-Я])?(?:/\d{1,4}[а-яА-Я]?(?:/\d{1,3}(?![\d/]))?)?"
        + _QUOTED_LETTER
        + "(?:"
        + _DASH
        + r"\d{1,4})?(?! \d\d| ?\(\d{3}))(?![\w./\-]*\d)(?![\w])"
    ),
    # a house and its flat after a street without its type: «г. Сочи Болдина 54к1 55»
    "house_flat": r"(?<![\w./\-–])\d{1,4}(?:" + _GLUED_BUILDING + r"|[а-яА-Я])?" + _SPACED_FLAT,
    "building": (
        # (with its flat after a dash: «Удмуртская 157 стр. 1-213»)
        # (four digits: a Zelenograd building, numbered across the town, «корп. 1851»)
        r"(?:корп\.?|корпус|к\.|к(?=\d)|стр\.|строение|лит\.|литера?|соор\.|сооружени[еия])\s*"
        r"(?:\d{4}|[\dА-ЯЁA-Z]{1,3})(?:-\d{1,4}(?![\d\-]))?(?![\w])(?:" + _SPACED_FLAT + ")?"
        # a hostel's section: «дом 103, секция 8, комната 106»
        r"|(?<![\w.])секци[яи]\s*№?\s*\d{1,3}(?![\w])"
        r"|(?<![\w.])(?:под\.|подъезд|эт\.|этаж)\s*\d{1,4}[а-яА-Я]?(?![\w])"
        # («3 подъезд», «5 этаж»; an intercom code with letters, «код домофона 44К1988»)
        r"|(?<![\w.])\d{1,2}(?:-?й)?\s+"
        + _FLOOR_AFTER
        + r"|(?<![\w.])(?:код\s+домофона|домофон)\s*(?=[\w#*]*\d)[\w#*]{1,10}(?![\w])"
    ),
    # a hostel and its number: «…, д. 40, общежитие № 5, ком. 530»
    # («общ., комн. 31»: short, only before its room or flat)
    "hostel": r"(?<![\w.])(?:общежити[еия](?:\s*№\s*\d{1,3})?(?![\w])|общ\.(?=,?[ \t]*(?:ком|кв)))",
    "flat": (
        r"(?:кв\.?|квартир[аеы]|кв-ра|ком\.|комн\.|комнат[аеы]|оф\.|офис|пом\.|помещени[ея])"
        r"\s*\d{1,4}(?:-?[А-ЯЁа-я])?(?![\w])(?:[ \t]*\((?:общ\.?|общежитие)\))?"  # «комн. 5 (общ.)»
        r"|(?<![\w.])(?:кв\.|квартир[аеы])\s*" + _NUMBER_WORDS
    ),
    "abbrev": r"(?<![\w.])[А-ЯЁ]\.\s?[А-ЯЁ]\.(?=,)",  # «В.О.» (Васильевский остров), mid-chain
    # a village's street in lower case, without its type, and the house: «с. Илек центральная
    # 9», «д. Мошок садовая 40» (a part only after a settlement: it never leads a chain)
    # (or named for a person, «г. таганрог, хетагурова 20-209»; its house marked, «с. Дивное,
    # колхозная, дом 15», «красная д.31 кв.220»; its flat after a dash)
    "low_street": r"(?<![\w.\-])[а-яё]{2,}(?:ая|яя|ова|ева|ина)(?:,?[ \t]*(?:д\.|дом)[ \t]*|[ \t]+)"
    r"\d{1,4}[а-я]?(?:/\d{1,4}[а-я]?)?(?:" + _DASH + r"\d{1,4})?(?![\w./\-–])"
    # («г. Москве первая 2 недели»: the sentence goes on in lower case, not with its flat)
    r"(?![ \t]+(?!кв|ком)[а-яё])",
}
# each part's branches searched one by one (the same matches in less time than the joined
# patterns', see ``base.Alternation``); a branch that ends in a word after a name or a number
# is not searched in a text without the word: «Кольцевая ул.» needs « ул.» in the text
_REQUIRED = (_TYPE_AFTER_NAME, _TRACT, _DISTRICT_TYPE, _MKR_AFTER, _FLOOR_AFTER)
_COMPILED = {kind: Alternation(pattern, required=_REQUIRED) for kind, pattern in _PARTS.items()}
_HOUSE_FLAT = re.compile(_PARTS["house_flat"])
_BUILDING_NEXT = re.compile(r"[ \t]+(?:корп\.?|корпус|стр\.|строение)[ \t]*\d")
# words without which a rare part cannot stand (a substring test is far cheaper than a scan)
_GATES = {
    "unit": ("в/ч", "войсков"),
    "road": ("трасс", "автодорог", "а/д"),
    "km": ("км",),
    "hostel": ("общ",),
    "quarter": ("квартал", "кв-л"),
    "pobox": ("а/я", "ящик"),
    "crossing": ("пересечен", "перекр", "углу"),
    "landmark": ("«",),
    "direction": ("сторону", "направлени"),
    "house_words": ("квартир",),
}
# rare parts whose gate is a pattern; and parts read as another kind
_GATE_PATTERNS = {"town_after": re.compile(r"[ \t]" + _TYPE_AFTER)}
_READ_AS = {"town_after": "settlement", "house_words": "house", "house_flat": "house"}
# «пр.» and «пл.» also abbreviate «прочее», «плазма»: a street only with a house after it
_BARE_NAME = re.compile(rf"(?:(?<![\w.])(?:пр|пл)\.\s*)?{_TITLE}?{_NAME}")
_WORD_END = re.compile(r"[а-яё](?=\s+(?:(?:де|ди|ван|фон|ла|ле)\s+)?[А-ЯЁ])")
_NAMED = frozenset({"settlement", "street"})  # parts ending in a name of one to three words
_STRONG = frozenset({"region", "district", "settlement", "street", "mkr", "crossing"})
_PLACE = frozenset({"postcode", "country", "region", "district", "settlement"})
# Joins by spaces alone (no comma) that people write: «Склизкова 48», «48 кв 9», «15 стр. 3»,
# «д. Ивантеевка Кимрского р-на Тверской обл.», «Подольске Московской области».
_SPACE_JOINS = frozenset(
    {
        ("name", "house"),
        ("street", "house"),
        ("mkr", "house"),
        ("house", "building"),
        ("house", "flat"),
        ("building", "building"),
        ("building", "flat"),
        ("settlement", "district"),
        ("postcode", "settlement"),  # «426096 г. Ижевск»
        ("postcode", "region"),  # «442093 Пензенская обл. г. Кузнецк»
        ("region", "settlement"),
        ("settlement", "street"),  # «г. Тверь ул. Новоселов, 138-182»
        ("settlement", "region"),
        ("name", "region"),
        ("name", "district"),
        ("district", "region"),
        ("district", "settlement"),
        ("km", "road"),
        ("settlement", "low_street"),
        ("low_street", "region"),
        ("low_street", "district"),
        ("low_street", "flat"),
        ("street", "abbrev"),  # «7-я линия В.О., д. 34»
        ("quarter", "house"),
    }
)
# (a comma may bring a word that names the next part: «…, индекс 142022», «…, тер. СНТ «…»»)
_COMMA = re.compile(r",[ \t]*\n?[ \t]*(?:(?:индекс[ \t]*:?|тер\.)[ \t]*)?")
_SPACES = re.compile(r"[ \t]+")
_LOCATIVE = re.compile(r"[ \t]+(?:на|в|во|по)[ \t]+")  # «в г. Томске по ул. …»
# An envelope's or letterhead's lines: «426096 г. Ижевск⏎ул. Чкалова 105-263» (a town's line,
# then its street's); and a postcode in brackets after the town: «г. Томск (634070), пр-кт …»
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_LINE_JOINS = frozenset(
    {
        ("settlement", "street"),
        ("settlement", "mkr"),
        # an envelope's lines from the region down: «Тверская обл.⏎г. Тверь», «123456⏎г. …»
        ("postcode", "settlement"),
        ("region", "settlement"),
        ("region", "district"),
        ("district", "settlement"),
    }
)
# a house number after a street's name: «Школьная 4», «Лесная 12а», «Мира 71, кв. 3»
# (not a count after a surname: «…района Петров 45 лет», «…р-н Смирнова 12 пациентов»)
_HOUSE_NEXT = re.compile(
    r"[ \t]+\d{1,4}[а-я]?(?:/\d{1,4})?(?:[-–]\d{1,4})?(?![\w./:\-–]|,\d)"
    r"(?![ \t]*(?!кв|корп|стр|к\.|лит)[а-яё%])"
)
_BRACKET_OPEN = re.compile(r"[ \t]*\(")
_BRACKET_CLOSE = re.compile(r"\)[ \t]*,?[ \t]*")
# («место пребывания»: where a person is registered for a while, a residence too)
_CONTEXT_WORD = re.compile(
    r"(?i:адрес|прожива|прож\.|зарегистрир|прописк|прописан|жительства|пребывани|жив[её]т"
    r"|живут)"
)
_CONTEXT = re.compile(
    r"(?i:адрес\w*|прожива\w*|прож\.|зарегистрир\w*|прописк\w*|прописан\w*|жительства"
    r"|пребывани\w*|жив[её]т|живут)[^.;\n]{0,25}$"
)
SCORE = 0.75


class Part(NamedTuple):  # (built and hashed in C: a text has hundreds of parts)
    kind: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def _place_name(word: str) -> bool:
    """pymorphy3 reads the word at least half as a place (Geox): «Тверь», «Самаре», «Клину»;
    or does not know it and it does not end like a surname («Кудрово»)."""
    lower = word.lower()
    if not is_known(lower):
        return not surname_shaped(lower)  # «Шамсутдинову» is a person
    return sum(p.score for p in parses(lower) if "Geox" in p.tag) >= 0.5


def _known_place(name: str) -> bool:
    """A trailing bare name («…, Курская обл., Льгов») must be a place the dictionary knows:
    an unknown word there is more often an agency («…области, Росздравнадзор»)."""
    word = name.split()[-1].lower()
    if _known_whole(word):
        return True
    word = word.split("-")[-1]
    return is_known(word) and _place_name(word)


def _known_whole(word: str) -> bool:
    """A hyphenated town the dictionary knows whole: «Улан-Удэ» (its «Удэ» alone is a
    people, not a place)."""
    lower = word.lower()
    return "-" in lower and is_known(lower) and _place_name(lower)


def _town(name: str) -> bool:
    """A bare name leading a chain stands for a town when its last word is a place name."""
    word = name.split()[-1]
    return _known_whole(word) or _place_name(word.split("-")[-1])


_ABBREVIATED = re.compile(r"(?<![а-яё])(?:Тел|Моб|Эл|Факс|Исх|Вх)\.")


def _foreign_state(region: str) -> bool:
    last = region.split()[-1].lower()
    return last in COUNTRIES or parses(last)[0].normal_form in COUNTRIES


def _parts(text: str) -> list[Part]:
    """Every address part in ``text``, overlapping candidates included (chains choose)."""
    parts: list[Part] = []
    for name, pattern in _COMPILED.items():
        gate, gate_pattern = _GATES.get(name), _GATE_PATTERNS.get(name)
        if gate is not None and not any(word in text for word in gate):
            continue  # a rare part is looked for only where its word stands
        if gate_pattern is not None and not gate_pattern.search(text):
            continue
        if name == "low_street" and not any(p.kind == "settlement" for p in parts):
            continue  # it only ever follows a settlement (searched before it): none, no use
        kind = _READ_AS.get(name, name)
        for m in pattern.finditer(text):
            if kind == "region" and _foreign_state(m.group()):
                continue  # «гражданки Республики Узбекистан»: a citizenship, not an address
            if kind == "settlement" and _ABBREVIATED.search(text, m.start(), m.end() + 1):
                continue  # «2 р/д. Тел. для связи»: «д.» ends a dose, «Тел.» is no village
            if kind == "settlement" and _INITIALS_AFTER.match(text, m.end()):
                continue  # «председатель СНТ Смит Д.»: a surname with its initial, no place
            parts.append(Part(kind, m.start(), m.end()))
            if kind in _NAMED:  # «д. Ивантеевка» of «д. Ивантеевка Кимрского р-на»
                parts.extend(
                    Part(kind, m.start(), m.start() + w.end())
                    for w in _WORD_END.finditer(m.group())
                    if w.end() > 3
                )
    # bare names: every capitalised run of one to three words (the chain decides its role),
    # with its shorter prefixes («Малое Устье» of «Малое Устье Вологодской»); looked for
    # only near a part that addresses alone have, the costly step of the search
    for lo, hi in _windows(text, parts):
        for m in _BARE_NAME.finditer(text, lo, hi, overlapped=True):
            glued = m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".-")
            if glued and not m.group().startswith(("пр.", "пл.")):
                continue
            if _PATRONYMIC.search(m.group()):
                continue  # «Гуляев Семён Аркадьевич» after a house number is a person
            ends = {m.end()} | {m.start() + w.end() for w in _WORD_END.finditer(m.group())}
            parts.extend(Part("name", m.start(), end) for end in ends if end <= m.end())
    return parts


# initials after a name: «Смит Д.», «Лоза А.В.» (not a house: «Д. 5»)
_INITIALS_AFTER = re.compile(r"\s+[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?(?!\s*\d|\w)")
_PATRONYMIC = re.compile(r"\s[А-ЯЁ][а-яё]+(?:ович|евич|ьич|овн|евн|ичн)[а-яё]{0,3}(?![\w-])")
_ANCHORS = frozenset(
    {"postcode", "region", "district", "settlement", "street", "mkr", "flat", "pobox"}
)
# a house or flat with its word, leading an address written from the door outwards
_MARKED_LEAD = re.compile(r"(?:д\.|дом|кв\.|квартир[аы])\s*№?\s*\d")
_MARKED_HOUSE = re.compile(r"(?:д\.|дом|д(?=[ \t]?\d))\s*\d")
# a house (or building) and its flat in one number after a capitalised word (a street
# without its type) or «стр.»
_HOUSE_FLAT_AFTER_NAME = re.compile(
    r"(?<=[А-ЯЁ][а-яё]+,?\s|(?:стр|корп|к)\.\s?)\d{1,4}[а-яА-Я]?(?:/\d{1,4}[а-яА-Я]?)?"
    + _DASH
    + r"\d{1,4}(?![\d\-–])"
)


_DASH_IN = re.compile(_DASH)


def _dashed(text: str, part: Part) -> bool:
    """The part holds a house and its flat in one number: «171-23», «93–159»."""
    return _DASH_IN.search(text, part.start, part.end) is not None


_REACH = 100


def _windows(text: str, parts: list[Part]) -> list[tuple[int, int]]:
    """Merged ranges of text around address anchors (and address words) to look for names."""
    spots = [
        (p.start, p.end)
        for p in parts
        if p.kind in _ANCHORS
        or (p.kind == "house" and _MARKED_HOUSE.match(text, p.start))
        # «Юрия Гагарина 171-23», «Кирпичная 88 стр. 2-14»: a house or building with its flat
        or (
            p.kind in ("house", "building")
            and _dashed(text, p)
            and _HOUSE_FLAT_AFTER_NAME.search(text, p.start, p.end)
        )
    ]
    spots += [m.span() for m in _CONTEXT_WORD.finditer(text)]
    windows: list[tuple[int, int]] = []
    for start, end in sorted(spots):
        lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def _join(text: str, left: Part, right: Part) -> bool:
    """Can ``right`` follow ``left`` in one address, given the text between them?"""
    gap = text[left.end : right.start]
    if right.kind == "direction" and left.kind not in ("km", "road"):
        return False  # («в сторону Самары» closes a road's kilometre only)
    if _COMMA.fullmatch(gap):
        return True
    if _SPACES.fullmatch(gap):
        if (left.kind, right.kind) == ("postcode", "name"):
            # «173968 Великий Новгород, пр. …»: a town (not «Карта 123456 Орлова Анна»)
            return _town(text[right.start : right.end])
        if (left.kind, right.kind) == ("name", "name") and text[right.start].isdigit():
            return True  # «Якутск 50 лет Октября 128 кв 86»: a town, then a street named so
        if (left.kind, right.kind) == ("district", "name"):
            # a village's street without its type, after the village and its district: «с.
            # Кетово Кетовский р-н Школьная 4» (only before its house)
            return _HOUSE_NEXT.match(text, right.end) is not None
        return (left.kind, right.kind) in _SPACE_JOINS or (
            # «с. Ивановка д. 12», «г. Кузнецк Ойунского д138»: a marked house after the place
            (left.kind, right.kind) == ("settlement", "house")
            and bool(
                _MARKED_HOUSE.match(text, right.start)
                # «г. Северодвинск Мира 134 24»: the town's name took its street's
                or _HOUSE_FLAT.fullmatch(text, right.start, right.end)
                or _BUILDING_NEXT.match(text, right.end)  # «…Хетагурова 159 корп. 3 131»
            )
        )
    if _LOCATIVE.fullmatch(gap):  # «в г. Туле на ул. …», «в г. Твери на пр. Ямашева, д. 7»
        return left.kind == "settlement" and (
            right.kind == "street"
            or (right.kind == "name" and text.startswith(("пр.", "пл."), right.start))
        )
    if _LINE_BREAK.fullmatch(gap):
        return (left.kind, right.kind) in _LINE_JOINS
    if _BRACKET_OPEN.fullmatch(gap):  # «г. Барнаул (656040), б-р …»
        return (right.kind == "postcode" and text.startswith(")", right.end)) or (
            # a village with its region and district in brackets: «с. Чиколе (РСО-Алания,
            # Ирафский р-н), ул. Полевая, 50»
            left.kind == "settlement" and right.kind in ("region", "district")
        )
    if _BRACKET_CLOSE.fullmatch(gap):
        if left.kind in ("region", "district") and right.kind in ("street", "mkr"):
            return _in_brackets(text, left.start)
        return left.kind == "postcode" and text[left.start - 1 : left.start] == "("
    return False


def _in_brackets(text: str, pos: int) -> bool:
    """A bracket opens before ``pos`` on its line and does not close before it."""
    before = text[max(0, pos - 80) : pos].rsplit("\n", 1)[-1]
    return before.rfind("(") > before.rfind(")")


def _chains(text: str, parts: list[Part]) -> list[list[Part]]:
    """Longest chains of joined parts, left to right, each part used at most once."""
    by_start: dict[int, list[Part]] = {}
    for p in parts:
        by_start.setdefault(p.start, []).append(p)
    best: dict[Part, list[Part]] = {}
    for p in sorted(parts, key=lambda p: -p.start):
        tail: list[Part] = []
        gap_end = _gap_end(text, p.end)
        for q in by_start.get(gap_end, ()) if gap_end is not None else ():
            if _join(text, p, q):
                candidate = best[q]
                if candidate[-1].end > (tail[-1].end if tail else -1):
                    tail = candidate
        best[p] = [p, *tail]
    chains, covered = [], -1
    for p in sorted(parts, key=lambda p: (p.start, -best[p][-1].end)):
        if p.start < covered or (len(best[p]) == 1 and p.kind in _NEVER_LEADS):
            continue  # (a part that never leads, alone, is trimmed to nothing)
        chain = _trim(text, best[p])
        if chain and _is_address(text, chain):
            chains.append(chain)
            covered = chain[-1].end
    return chains


def _gap_end(text: str, pos: int) -> int | None:
    m = _GAP.match(text, pos)
    return m.end() if m else None


# what may stand between two parts of an address, in this order of preference (one
# alternation: its match at a position is the first of these that matches there)
_GAP = re.compile(
    "|".join(
        f"(?:{gap.pattern})"
        for gap in (_COMMA, _LOCATIVE, _LINE_BREAK, _BRACKET_OPEN, _BRACKET_CLOSE, _SPACES)
    )
)


def _trim(text: str, chain: list[Part]) -> list[Part]:
    """Drop weak ends: a leading bare name that is neither a street (a house follows) nor a
    town (a place name); a leading bare number, building or flat; a trailing bare name that is
    not a known town after a postcode, country, region or district."""
    chain = list(chain)
    while chain:
        first, nxt = chain[0], chain[1] if len(chain) > 1 else None
        if first.kind == "name":
            if nxt is not None and (nxt.kind == "house" or _town(text[first.start : first.end])):
                break
            if nxt is not None and _town_by_address_word(text, chain):
                break
            chain.pop(0)
            continue
        if (
            first.kind in ("house", "flat")
            and _MARKED_LEAD.match(text, first.start)
            and any(p.kind in ("street", "settlement") for p in chain[1:])
        ):
            break  # «д. 7, кв. 3, ул. Школьная, с. Ивановка, …»: the house first, as some forms
        if first.kind in _NEVER_LEADS:
            chain.pop(0)
            continue
        break
    chain = _cut_after_flat(chain)
    while chain:
        last, prev = chain[-1], chain[-2] if len(chain) > 1 else None
        after_flat = _town_after_flat(text, chain[:-1], last)
        town = prev is not None and (prev.kind in _PLACE - {"settlement"} or after_flat)
        name = text[last.start : last.end]
        if last.kind == "name" and after_flat and _led_by_address_word(text, chain):
            chain[-1] = Part("name", last.start, last.start + len(name.split()[0]))
            break  # «адрес: …110А-48, Энгельс Категория: …»: the town is one word
        if last.kind == "name" and not (town and _known_place(name)):
            chain.pop()
            continue
        if last.kind in ("abbrev", "quarter"):  # a quarter only before its house
            chain.pop()
            continue
        break
    return chain


def _town_by_address_word(text: str, chain: list[Part]) -> bool:
    """«Адрес: Прохладный, Гамзатова 42-223», «по адресу: Великие Луки, Варкауса наб, д. 86»:
    after an address word, a bare name before a comma and a street (typed, or bare with its
    house) is the town, whatever the dictionary reads in it."""
    first, nxt = chain[0], chain[1]
    if text[first.end : nxt.start].strip() != "," or not _led_by_address_word(text, chain):
        return False
    return nxt.kind == "street" or (
        nxt.kind == "name" and len(chain) > 2 and chain[2].kind == "house"
    )


def _cut_after_flat(chain: list[Part]) -> list[Part]:
    """An address ends at its flat when a bare name and a bare number follow: «…, кв. 11,
    Орлова Маргарита, 39,2 °C» is the patient and her temperature, not another street."""
    kinds = [p.kind for p in chain]
    for i, kind in enumerate(kinds[:-2]):
        if kind == "flat" and kinds[i + 1] == "name" and kinds[i + 2] == "house":
            return chain[: i + 1]
    return chain


# parts that only close or fill an address: a chain never starts with them
_NEVER_LEADS = frozenset(
    {"house", "building", "flat", "abbrev", "low_street", "quarter", "landmark", "direction"}
)
_WORD_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё][а-яё]{2,})\s+$")


def _town_after_flat(text: str, head: list[Part], town: Part) -> bool:
    """A town after a comma closes a street, house and flat written without type words
    («Юрия Гагарина 171-23, Киров»): the town last, as forms and tables put it."""
    if len(head) < 2 or head[0].kind != "name" or text[head[-1].end : town.start].strip() != ",":
        return False
    before = _WORD_BEFORE.search(text, max(0, head[0].start - 30), head[0].start)
    if is_role(text[head[0].start : head[0].end].split()[0]) or (before and is_role(before[1])):
        return False  # «Пациент Иванов 12-3»: a person and some number, no street
    last = head[-1]
    return last.kind == "flat" or (last.kind in ("house", "building") and _dashed(text, last))


def _town_first(text: str, chain: list[Part]) -> bool:
    """«Киров, Юрия Гагарина 171-23»: a known town, a comma, a street without its type and a
    house with its flat in one number."""
    town, street, house = chain
    return (
        text[town.end : street.start].strip() == ","
        and _known_place(text[town.start : town.end])
        and _dashed(text, house)
        and not is_role(text[street.start : street.end].split()[0])
    )


def _led_by_address_word(text: str, chain: list[Part]) -> bool:
    """«адрес: 70 лет Октября 110А-48, Энгельс»: an address word leads into the chain, so
    its last word is the town whatever else the dictionary reads in it (a surname)."""
    return bool(_CONTEXT.search(text, max(0, chain[0].start - 40), chain[0].start))


def _is_address(text: str, chain: list[Part]) -> bool:
    kinds = [p.kind for p in chain]
    if len(chain) >= 3 and kinds[-1] == "name" and _town_after_flat(text, chain[:-1], chain[-1]):
        return True
    if len(chain) == 3 and kinds == ["name", "name", "house"] and _town_first(text, chain):
        return True
    strong = any(k in _STRONG for k in kinds)
    if strong and (
        len(chain) >= 2 or kinds[0] in ("settlement", "street", "district", "mkr", "crossing")
    ):
        return True
    if "name" in kinds and "house" in kinds and ({"flat", "building"} & set(kinds)):
        return True
    if "name" in kinds and {"building", "flat"} <= set(kinds):
        return True  # «Москва, Зеленоград, корп. 1851, кв. 212»: a town numbered by buildings
    if "pobox" in kinds and "name" in kinds:
        return True  # «а/я 292, Обнинск»
    if "road" in kinds and "km" in kinds:
        return True  # «207-й км трассы М-2»
    if "postcode" in kinds and set(kinds) - {"postcode", "house", "pobox"}:
        # a postcode with numbers only («серия 120921, 0,5 мл») is no address, nor a post
        # office's box without its town («почтовый: а/я 112, 170000»)
        return True
    before = text[max(0, chain[0].start - 40) : chain[0].start]
    return "house" in kinds and "name" in kinds and bool(_CONTEXT.search(before))


def address_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every address written in ``text``; an address in capitals («Г. ТВЕРЬ,
    УЛ. ЛЕНИНА, Д. 5, КВ. 12») is looked for again in a copy written in the usual case."""
    return [_without_day_of_date(text, start, end) for start, end in _readings(text)]


_CAPITAL = re.compile(r"[А-ЯЁ]")


def _readings(text: str) -> list[tuple[int, int]]:
    lower_hint = _LOWER_ADDRESS.search(text)
    capitals = _CAPITAL.search(text)
    spoken = (
        [m.span() for m in _SPOKEN.finditer(text)] if "квартир" in text or "улиц" in text else []
    )
    if not capitals and lower_hint is None:
        return spoken
    spans = (_address_spans(text) if capitals else []) + spoken
    copies = []
    if _CAPS_ADDRESS.search(text):
        copies.append(_usual_case(text))
    if lower_hint is not None:
        # «п. острый живот»: in lower case «п.», «с.», «д.» also abbreviate other words, so
        # only an address with a number (a house, a flat) or a district or region is kept
        spans += [
            (start, end)
            for start, end in _address_spans(_names_capitalised(text))
            if _LOWER_KEPT.search(text, start, end)
        ]
    if _OCR_HINT.search(text):
        copies.append(_ocr_read(text))
    if not copies and lower_hint is None and not spoken:
        return spans
    for copy in copies:
        spans += _address_spans(copy)
    kept: list[tuple[int, int]] = []  # the longest reading of each place wins
    for start, end in sorted(set(spans), key=lambda span: span[0] - span[1]):
        if all(end <= s or start >= e for s, e in kept):
            kept.append((start, end))
    return sorted(kept)


# «выдан … по г. Нальчику, 26 февраля 2022»: a day and its month after a town, not a house
_DAY_AT_END = re.compile(r",\s*\d{1,2}$")
_MONTH_AFTER = re.compile(
    r"\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"(?!\w)"
)


def _without_day_of_date(text: str, start: int, end: int) -> tuple[int, int]:
    day = _DAY_AT_END.search(text, start, end)
    if day is not None and _MONTH_AFTER.match(text, end):
        return start, day.start()
    return start, end


# A scan read with look-alikes: a Latin letter inside a Cyrillic word («Пyшкина»), a letter
# for a digit inside a number or after «д.»/«кв.» («д.1O», «кв.З»), a digit for a letter
# inside a word («Калужская о6л.», «на6. Которосльная», «г. 06нинск»). Read back in a copy
# of the same length, only when the text shows such a mix.
_OCR_HINT = re.compile(  # (each branch opens with its letter: a fast scan)
    r"[aceopxyk](?:(?<=[а-яё][aceopxyk])|(?=[а-яё]))"
    r"|[OОЗ](?:(?<=\d[OОЗ])|(?=\d)|(?<=(?:кв|д)\.\s?[OОЗ])(?!\w))"
    r"|6(?<=[а-яё]6)(?=[а-яё]|\.)|0(?<![\w]0)(?=6?[а-яё]{3})"
)
_OCR_LETTER = re.compile(r"(?<=[а-яёА-ЯЁ])[aceopxyk]|[aceopxyk](?=[а-яё])|[ACEHKMOPTXY](?=[а-яё])")
_OCR_DIGIT = re.compile(r"(?<=\d)[OОЗ]|[OОЗ](?=\d)|(?<=(?:кв|д)\.\s?)[OОЗ](?!\w)")
# a zero for «О» opening a word, a six for «б» inside one; and a comma for the dot of «кв.»
# before its number («кв, 86»), read so only in a text that shows the other look-alikes
_OCR_ZERO_O = re.compile(r"(?<![\w])0(?=6?[а-яё]{3})")
_OCR_SIX_B = re.compile(r"(?<=[а-яёА-ЯЁ])6(?=[а-яё]|\.)")
_OCR_FLAT_COMMA = re.compile(r"(?<![\w])кв,(?=\s?\d)")
_CYRILLIC_LOOKALIKE = str.maketrans("aceopxykACEHKMOPTXY", "асеорхукАСЕНКМОРТХУ")
_DIGIT_LOOKALIKE = str.maketrans("OОЗ", "003")


def _ocr_read(text: str) -> str:
    text = _OCR_LETTER.sub(lambda m: m.group().translate(_CYRILLIC_LOOKALIKE), text)
    text = _OCR_ZERO_O.sub("О", text)
    text = _OCR_SIX_B.sub("б", text)
    text = _OCR_FLAT_COMMA.sub("кв.", text)
    return _OCR_DIGIT.sub(lambda m: m.group().translate(_DIGIT_LOOKALIKE), text)


def _address_spans(text: str) -> list[tuple[int, int]]:
    return [
        (chain[0].start, chain[-1].end)
        for chain in _chains(text, _parts(text))
        if not (_place_only(chain) and _named_elsewhere(text, chain))
        and not _line_of_support(text, chain)
    ]


# «N-я линия» alone in parentheses or before «терапии», «поддержки»: a support desk's line
# («Исполнитель: … (2-я линия)») or a line of treatment, not a street (an island's or a
# garden partnership's «4-я линия» is written beside a house, a plot or a settlement)
_NUMBERED_LINE = re.compile(r"\d{1,2}-?[яй]\s+линия")
_LINE_OF_WHAT = re.compile(r"\)|\s+(?:терапии|лечения|химиотерапии|поддержки|техподдержки)")


def _line_of_support(text: str, chain: list[Part]) -> bool:
    start, end = chain[0].start, chain[-1].end
    if len(chain) != 1 or not _NUMBERED_LINE.fullmatch(text, start, end):
        return False
    after = _LINE_OF_WHAT.match(text, end)
    return after is not None and (after.group() != ")" or text[:start].rstrip().endswith("("))


# Address words as forms, OCR and old systems print them in capitals
_CAPS_ADDRESS = re.compile(
    r"(?<![\w.])(?:УЛ\.|УЛИЦА|КВ\.\s*\d|ОБЛ\.|ОБЛАСТЬ|Д\.\s*\d|ДОМ\s+\d|Г\.\s*[А-ЯЁ]{3}|ПР-Т|ПЕР\.)"
)
_CAPS_WORD = re.compile(r"(?<![\w])[А-ЯЁ]{1,}(?:-[А-ЯЁ]{1,})*(?![\w])")
# written in lower case when they stand for a kind of place or a part of an address
_ADDRESS_WORDS = frozenset(
    [
        "ул",
        "улица",
        "улицы",
        "д",
        "дом",
        "дома",
        "кв",
        "квартира",
        "г",
        "гор",
        "город",
        "обл",
        "область",
        "области",
        "р-н",
        "район",
        "района",
        "пр",
        "пр-т",
        "пр-кт",
        "просп",
        "проспект",
        "пер",
        "переулок",
        "ш",
        "шоссе",
        "наб",
        "набережная",
        "б-р",
        "бульвар",
        "пл",
        "площадь",
        "мкр",
        "микрорайон",
        "корп",
        "корпус",
        "к",
        "стр",
        "строение",
        "лит",
        "литера",
        "с",
        "село",
        "п",
        "пос",
        "поселок",
        "посёлок",
        "пгт",
        "рп",
        "дер",
        "деревня",
        "х",
        "хутор",
        "ст",
        "ст-ца",
        "станица",
        "оф",
        "офис",
        "пом",
        "помещение",
        "под",
        "подъезд",
        "эт",
        "этаж",
        "край",
        "респ",
        "тупик",
        "проезд",
        "аллея",
        "тракт",
        "линия",
        "кв-л",
        "квартал",
    ]
)
_KEEP_CAPS = frozenset(
    {"РФ", "СПБ", "ХМАО", "ЯНАО", "НАО", "ЧАО", "ЕАО", "КЧР", "КБР", "СНТ", "ДНТ"}
)


def _usual_case(text: str) -> str:
    """``text`` with capitalised words in title case and address words in lower case (same
    length, so spans carry over): «Г. ТВЕРЬ, УЛ. ЛЕНИНА» → «г. Тверь, ул. Ленина»."""

    def recase(m: re.Match) -> str:
        word = m.group()
        lower = word.lower()
        if lower in _ADDRESS_WORDS:
            return lower
        if word in _KEEP_CAPS or len(word) <= 3:
            return word
        return "-".join(w[:1] + w[1:].lower() for w in word.split("-"))

    return _CAPS_WORD.sub(recase, text)


# An address dictated in a call (ASR, lower case) after «адрес»: «адрес заявитель казань
# северная шесть квартира двадцать шесть», «адрес улица мира дом пятьдесят четыре квартира
# сто сорок шесть», «адрес проживания клиент улица садовая 9 корпус два квартира 31»: a
# name or two, a house, a building if any and a flat, in words or in digits
_SPOKEN_NUMBER = rf"(?:\d{{1,4}}[а-я]?(?![\w])|{_NUMBER_WORDS})"
# (or after a word of living somewhere: «абонент проживаю владивосток пограничная пятьдесят
# один квартира шестьдесят девять»; a street named, the flat may be left out: «проживаю село
# яр-сале улица охотская тридцать девять»)
_SPOKEN = re.compile(
    r"(?<=(?<!\w)(?:адрес\w*|проживаю|живу|проживает|проживаем|прописан\w*)\s+"
    r"(?:[а-яё]+\s+){0,2})(?!заявител|пациент|больн|вызыва|абонент|клиент)"
    r"(?:(?:[а-яё]{3,}(?:-[а-яё]+)*\s+){1,3}?"
    rf"(?:дом\s+)?{_SPOKEN_NUMBER}(?:\s+(?:корпус|строение)\s+{_SPOKEN_NUMBER})?"
    rf"\s+квартир[аы]\s+{_SPOKEN_NUMBER}"
    r"|(?:(?:[а-яё]{3,}|[а-яё]{2}(?=-))(?:-[а-яё]+)*\s+){0,2}улиц[аеы]\s+[а-яё]{3,}(?:-[а-яё]+)*\s+"
    rf"(?:дом\s+)?{_SPOKEN_NUMBER}(?:\s+(?:корпус|строение)\s+{_SPOKEN_NUMBER})?"
    rf"(?:\s+квартир[аы]\s+{_SPOKEN_NUMBER})?)"
)
# An address typed or transcribed in lower case (ASR, chats): a settlement or street
# abbreviation followed by a lower-case name («в с. кубенском вологодского р-на, д. 17»,
# «пос. красном-на-волге, ул. новая, 6»)
_LOWER_ADDRESS = re.compile(
    r"(?<![\w.])(?:г|гор|с|д|дер|п|пос|пгт|ул|пр-т|пр-кт|просп|пер|наб|б-р|мкр)\.\s?"
    r"(?=[а-яё]{3})"
)
_LOWER_KEPT = re.compile(r"\d|р-н|район|обл\.|област")
# up to two lower-case words after such an abbreviation, up to a comma, an address word or
# a short word («по», «на»)
_LOWER_NAME = re.compile(r"\G[а-яё]{3,}(?:-[а-яё]+)*")


def _names_capitalised(text: str) -> str:
    """``text`` (same length) with the lower-case names after address abbreviations
    capitalised: «с. кубенском вологодского р-на» → «с. Кубенском Вологодского р-на»."""
    chars = list(text)
    for m in _LOWER_ADDRESS.finditer(text):
        at = m.end()
        for _ in range(2):
            word = _LOWER_NAME.match(text, at)
            if word is None or word.group() in _ADDRESS_WORDS or word.group().startswith("р-н"):
                break
            chars[word.start()] = chars[word.start()].upper()
            at = word.end()
            if not text.startswith(" ", at):
                break
            at += 1
    for m in _LOWER_REGION.finditer(text):
        chars[m.start()] = chars[m.start()].upper()
    return "".join(chars)


# a region in lower case before a comma, in an address typed so: «ростовская область, г.
# таганрог, …», «хабаровский край, г. …» (read with a capital, as the region part wants)
_LOWER_REGION = re.compile(r"(?<![\w-])[а-яё]{3,}(?:ая|ий|ой)(?=[ \t]+(?:область|обл\.|край),)")


def _named_elsewhere(text: str, chain: list[Part]) -> bool:
    """A place alone that an agency's name, a birthplace field or a dateline owns."""
    start, end = chain[0].start, chain[-1].end
    return (
        agency_place(text, start)
        or (len(chain) == 1 and agency_follows(text, end))  # «в Сыктывкар, РКБ»
        or not_a_residence(text, start, end)
    )


def _place_only(chain: list[Part]) -> bool:
    """A town, district or region with no street, house or flat: it may name where an
    agency is rather than where someone lives (``agencies.agency_place``)."""
    return all(p.kind in _PLACE or p.kind == "name" for p in chain)


class AddressRecognizer(SingleEntityRecognizer):
    """Postal addresses in Russian, from a lone «г. Казань» to a full postal line."""

    ENTITY = E.ADDRESS

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if E.ADDRESS not in entities:
            return []
        return [self.result(start, end, SCORE) for start, end in address_spans(text)]
