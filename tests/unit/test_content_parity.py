"""The rights guide says the same in every language.

A migrant reads one language only. If the Kyrgyz page drops a warning, a deadline or the
consulate's website that the Russian page gives, nobody notices until someone acts on it. These
tests compare each page's title, body and legal basis across the four languages:

- every number, date, article reference, phone number and web address in the Russian text is
  in every other language, and no language has one the others lack;
- each page has the same shape in every language: the same paragraphs, each with the same
  number of • bullets (a dropped warning or paragraph changes it);
- the key terms of a glossary (a warning like "do not sign", "free", the OMS policy, the
  offices' names) are in every language exactly where the Russian page has them;
- no translation is a third shorter than the Russian text;
- no Latin letters inside Kyrgyz or Russian words (``OK-P24`` in Cyrillic text), and in the
  Uzbek Latin pages Cyrillic only for names printed on Russian documents.

Dates are compared as day.month and year whatever the language writes ("1 апреля 2025",
"2025-жылдын 1-апрелинен", "2025-yil 1-apreldan", "1 April 2025" are one date).
"""

from __future__ import annotations

import re

import pytest

from bot.content.paging import telegram_length
from bot.content.tree import load_tree
from bot.i18n import LOCALES_DIR, I18n
from fake_telegram.html_check import visible_text

REFERENCE = "ru"
OTHERS = ("ky", "uz", "en")
MIN_SIZE_RATIO = 2 / 3

_MONTH_STEMS: dict[str, tuple[str, ...]] = {
    "ru": ("январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август", "сентябр",
           "октябр", "ноябр", "декабр"),
    "ky": ("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр",
           "октябр", "ноябр", "декабр"),
    "uz": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sent[a-z]?br",
           "okt[a-z]?br", "noyabr", "dekabr"),
    "en": ("jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?",
           "july?", "aug(?:ust)?", "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?",
           "dec(?:ember)?"),
}  # fmt: skip
# ru and en write the year after the month ("в марте 2026"), ky and uz before ("2026-yil martida").
_YEAR_FIRST = {"ky", "uz"}

DOMAIN = re.compile(r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:kg|ru|org|com|net|uz|kz)\b")
NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
THOUSANDS = re.compile(r"(?<![\d.,/])\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?!\d)")
NUMBER = re.compile(r"\d+/\d+|\d+(?:\.\d+)?")


def _month_patterns(locale: str) -> list[tuple[re.Pattern[str], int]]:
    return [
        (re.compile(rf"(?<![\w]){stem}\w*", re.IGNORECASE), number)
        for number, stem in enumerate(_MONTH_STEMS[locale], start=1)
    ]


def _take_dates(text: str, locale: str, found: set[str]) -> str:
    """Adds "d.m" for each day with a month and "m<m>" for a month with a year only; returns
    the text with the days and months taken out (years stay, as plain numbers)."""

    def numeric(match: re.Match[str]) -> str:
        found.add(f"{int(match[1])}.{int(match[2])}")
        return f" {match[3]} "

    text = NUMERIC_DATE.sub(numeric, text)
    for pattern, month in _month_patterns(locale):
        day_month = re.compile(rf"(?<![\d.])(\d{{1,2}})[\s\u00a0-]+({pattern.pattern})", re.I)
        text = day_month.sub(lambda m, mo=month: found.add(f"{int(m[1])}.{mo}") or " ", text)
        if locale in _YEAR_FIRST:
            with_year = re.compile(rf"(\d{{4}})(-\w+\s+)({pattern.pattern})", re.I)
        else:
            with_year = re.compile(rf"({pattern.pattern})(\s+)(\d{{4}})", re.I)
        text = with_year.sub(
            lambda m, mo=month: found.add(f"m{mo}") or f" {m[1] if m[1][0].isdigit() else m[3]} ",
            text,
        )
    return text


def facts(text: str, locale: str) -> set[str]:
    """The numbers, dates, article references, phone numbers and web addresses of a text."""
    text = visible_text(text).lower()
    found = set(DOMAIN.findall(text))
    text = DOMAIN.sub(" ", text)
    text = _take_dates(text, locale, found)
    text = THOUSANDS.sub(lambda m: re.sub(r"\D", "", m[0]), text)
    found |= {_plain(number) for number in NUMBER.findall(text)}
    return found


def _plain(number: str) -> str:
    if "/" in number or "." in number:
        return number
    return str(int(number))


EMERGENCY = "emergency"  # the emergency page is held to the same rules as the guide's pages


def message_ids(page_id: str) -> list[str]:
    """The title, body and (for a guide page) legal basis of a page."""
    if page_id == EMERGENCY:
        return ["emergency-title", "emergency-body"]
    return [f"rights-page-{page_id}-{part}" for part in ("title", "body", "basis")]


def page_text(i18n: I18n, locale: str, page_id: str) -> str:
    t = i18n.get(locale)
    return "\n".join(t(message_id) for message_id in message_ids(page_id))


PAGE_IDS = [page.id for page in load_tree().pages()] + [EMERGENCY]


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_language_gives_the_same_numbers_dates_articles_and_addresses(
    page_id: str, i18n: I18n
) -> None:
    expected = facts(page_text(i18n, REFERENCE, page_id), REFERENCE)
    problems = []
    for locale in OTHERS:
        got = facts(page_text(i18n, locale, page_id), locale)
        if got != expected:
            missing, extra = sorted(expected - got), sorted(got - expected)
            problems.append(f"{locale}: missing {missing}, not in ru {extra}")
    assert problems == [], f"{page_id}: " + "; ".join(problems)


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_no_translation_is_a_third_shorter_than_russian(page_id: str, i18n: I18n) -> None:
    def size(locale: str) -> int:
        return telegram_length(visible_text(page_text(i18n, locale, page_id)))

    reference = size(REFERENCE)
    short = {
        locale: round(size(locale) / reference, 2)
        for locale in OTHERS
        if size(locale) < MIN_SIZE_RATIO * reference
    }
    assert short == {}, f"{page_id}: shorter than 2/3 of ru ({reference} characters): {short}"


def shape(text: str) -> list[tuple[int, bool]]:
    """Per paragraph: how many bullet lines, and whether it has text that is not a bullet."""
    blocks = [block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    result = []
    for block in blocks:
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        bullets = sum(line.startswith("•") for line in lines)
        result.append((bullets, bullets < len(lines)))
    return result


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_language_has_the_same_paragraphs_and_bullets(page_id: str, i18n: I18n) -> None:
    body_id = message_ids(page_id)[1]
    expected = shape(i18n.get(REFERENCE)(body_id))
    problems = {
        locale: got for locale in OTHERS if (got := shape(i18n.get(locale)(body_id))) != expected
    }
    assert problems == {}, f"{page_id}: ru has {expected} (bullets, text) per paragraph"


# Key terms: where the Russian page has one, every language has its own (and only there).
# "count": the same number of times (the offices' names must not change between mentions).
GLOSSARY: list[dict[str, str]] = [
    {"ru": r"не подписывайте", "ky": r"кол койбоңуз", "uz": r"imzolamang", "en": r"do not sign"},
    {"ru": r"не соглашайтесь", "ky": r"макул болбоңуз", "uz": r"rozi bo'lmang",
     "en": r"do not agree"},
    {"ru": r"бесплатн", "ky": r"акысыз", "uz": r"bepul", "en": r"(?<!visa-)\bfree\b"},
    {"ru": r"невыплаченн", "ky": r"төлөнбөгөн", "uz": r"to'lanmagan", "en": r"unpaid amount"},
    {"ru": r"полис", "ky": r"полис", "uz": r"polis", "en": r"polic(?:y|ies)"},
    {"ru": r"переводчик", "ky": r"котормоч", "uz": r"tarjimon", "en": r"interpreter"},
    {"ru": r"адвокат", "ky": r"адвокат", "uz": r"advokat", "en": r"lawyer"},
    {"ru": r"консульств|консул", "ky": r"консул", "uz": r"konsul", "en": r"consul"},
    {"ru": r"посольств", "ky": r"элчили", "uz": r"elchixona", "en": r"embass"},
    {"ru": r"мвд", "ky": r"иим", "uz": r"\biiv", "en": r"\bmvd\b"},
    {"ru": r"госуслуг", "ky": r"госуслуг", "uz": r"gosuslugi", "en": r"gosuslugi"},
    {"ru": r"реестр", "ky": r"реестр", "uz": r"reyestr",
     "en": r"\b(?:the|a)(?: population)? register\b"},
    {"ru": r"патент", "ky": r"патент", "uz": r"patent", "en": r"patent"},
    {"ru": r"отрывн", "ky": r"үзүлмө", "uz": r"ajratma", "en": r"tear-off"},
    {"ru": r"геолокац", "ky": r"геолокац", "uz": r"geolokatsiya", "en": r"geolocation"},
    {"ru": r"депортац", "ky": r"депортац", "uz": r"deportatsiya", "en": r"deportation"},
    {"ru": r"выдворен", "ky": r"чыгарып жиберүү", "uz": r"chiqarib yuborish", "en": r"expulsion"},
    {"ru": r"акыйкатчы", "ky": r"акыйкатчы", "uz": r"akiykatchi", "en": r"akyikatchy"},
    {"ru": r"уполномоченн", "ky": r"ыйгарым укуктуу өкүл",
     "uz": r"inson huquqlari bo'yicha vakil", "en": r"high commissioner", "count": "yes"},
    {"ru": r"whatsapp", "ky": r"whatsapp", "uz": r"whatsapp", "en": r"whatsapp"},
    {"ru": r"rustore", "ky": r"rustore", "uz": r"rustore", "en": r"rustore"},
    {"ru": r"\bsim\b", "ky": r"\bsim\b", "uz": r"\bsim\b", "en": r"\bsim\b"},
]  # fmt: skip


def _term_counts(i18n: I18n, locale: str, page_id: str) -> list[int]:
    text = visible_text(page_text(i18n, locale, page_id)).lower().replace("ё", "е")
    return [len(re.findall(entry[locale], text)) for entry in GLOSSARY]


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_language_has_the_key_terms_where_russian_has_them(page_id: str, i18n: I18n) -> None:
    expected = _term_counts(i18n, REFERENCE, page_id)
    problems = []
    for locale in OTHERS:
        for entry, want, got in zip(
            GLOSSARY, expected, _term_counts(i18n, locale, page_id), strict=True
        ):
            same = want == got if entry.get("count") else bool(want) == bool(got)
            if not same:
                problems.append(f"{locale} {entry[locale]!r}: {got} (ru {entry['ru']!r}: {want})")
    assert problems == [], f"{page_id}: " + "; ".join(problems)


# Latin words that belong in Cyrillic text: names of apps and things written so on the phone.
LATIN_IN_CYRILLIC = {"ruid", "rustore", "sim", "whatsapp", "id", "qr", "iphone", "imei", "r"}
# Cyrillic in the Uzbek Latin pages: only names as printed on Russian documents and forms.
CYRILLIC_IN_UZBEK = {
    "работа",  # the purpose of entry on the migration card
    "уведомление", "уведомления", "о", "прибытии", "отрывная", "часть",  # the notice, its slip
    "ок", "п24",  # a letter's number, as issued
    "мне", "нужен", "переводчик",  # "I need an interpreter", to write in a Russian record
    "цвсиг",  # the detention centre's name
}  # fmt: skip
LATIN = re.compile(r"[a-z]")
CYRILLIC = re.compile(r"[а-яё]")
WORDS = re.compile(r"[^\W\d_]+(?:\d+)?", re.UNICODE)


def _words(i18n: I18n, locale: str, page_id: str) -> set[str]:
    text = DOMAIN.sub(" ", visible_text(page_text(i18n, locale, page_id)).lower())
    return set(WORDS.findall(text))


@pytest.mark.parametrize("locale", ["ru", "ky"])
def test_no_latin_letters_in_cyrillic_pages(locale: str, i18n: I18n) -> None:
    odd = {
        page_id: sorted(
            word
            for word in _words(i18n, locale, page_id)
            if LATIN.search(word) and (CYRILLIC.search(word) or word not in LATIN_IN_CYRILLIC)
        )
        for page_id in PAGE_IDS
    }
    assert {page: words for page, words in odd.items() if words} == {}


def test_uzbek_pages_use_cyrillic_only_for_names_on_russian_documents(i18n: I18n) -> None:
    odd = {
        page_id: sorted(
            word
            for word in _words(i18n, "uz", page_id)
            if CYRILLIC.search(word) and word not in CYRILLIC_IN_UZBEK
        )
        for page_id in PAGE_IDS
    }
    assert {page: words for page, words in odd.items() if words} == {}


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("ru", "С 1 апреля 2025 года; письмо от 17.06.2025; ст. 24.2; 30 000 рублей; 1/150"),
        ("ky", "2025-жылдын 1-апрелинен; 2025-ж. 17-июндагы кат; 24.2-берене; 30 000 сом; 1/150"),
        ("uz", "2025-yil 1-apreldan; 2025-yil 17-iyundagi xat; 24.2-modda; 30 000 rubl; 1/150"),
        ("en", "Since 1 April 2025; letter of 17 June 2025; art. 24.2; 30,000 roubles; 1/150"),
    ],
)
def test_facts_are_the_same_however_a_language_writes_them(locale: str, text: str) -> None:
    assert facts(text, locale) == {"1.4", "17.6", "2025", "24.2", "30000", "1/150"}


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("ru", "В марте 2026 года; сайт mfa.gov.kg; ч. 3 ст. 96"),
        ("ky", "2026-жылдын мартында; сайт: mfa.gov.kg; 96-берененин 3-бөлүгү"),
        ("uz", "2026-yil martida; sayt: mfa.gov.kg; 96-modda, 3-qism"),
        ("en", "In March 2026; website mfa.gov.kg; art. 96(3)"),
    ],
)
def test_a_month_with_a_year_and_a_web_address(locale: str, text: str) -> None:
    assert facts(text, locale) == {"m3", "2026", "mfa.gov.kg", "96", "3"}


def test_a_dropped_number_is_caught() -> None:
    ru = "Компенсация: не меньше 1/150 ключевой ставки от невыплаченной суммы за 15 дней"
    ky = "Компенсация: ключевая ставканын бөлүгү"
    assert facts(ru, "ru") - facts(ky, "ky") == {"1/150", "15"}


# Terms a reviewer flagged, kept out of every text a person reads (search words excepted).
# (locale, file name or "*", pattern, why)
FLAGGED_TERMS = [
    ("ky", "*", r"каалабаган", "«жагымсыз» for «нежелательный»"),
    ("ky", "*", r"\{ \$date \} чейин", "«акыркы күнү: { $date }»: the date is the last day"),
    ("ky", "deadlines.ftl", r"Эскертүү", "«Эске салуу» for a reminder"),
    ("ky", "events.ftl", r"Эскертүү|[Кк]аттал", "«Эске салуу»; «жазылуу» for signing up"),
    ("ky", "event-admin.ftl", r"[Кк]аттал", "«жазылуу» for signing up to an event"),
    ("ky", "requests.ftl", r"иш-чара\w* каттал|каттал\w+ иш-чара", "«жазылуу» for events"),
    ("ky", "templates.ftl", r"ага катталыңыз", "«жазылуу» for events"),
    ("ky", "*", r"OK-P24", "the letter's number as issued, in Cyrillic"),
    ("uz", "*", r"Akyikatchy", "«Akiykatchi» in Uzbek Latin"),
    ("uz", "*", r"(?<!Rossiya )Markaziy bank", "«Rossiya Markaziy banki»"),
    ("uz", "*", r"yashash muddat|qancha yashash", "«bo'lish» for a stay"),
    ("uz", "*", r"\{ \$date \} gacha", "«oxirgi kun: { $date }»"),
    ("en", "*", r"(?<!High )Commissioner", "one name: the High Commissioner"),
    ("ru", "*", r"освобождены от постановки", "plain words: «регистрация не нужна»"),
    ("*", "*", r"kyrgyzembassy", "not confirmed as the Embassy's site: mfa.gov.kg"),
]


def test_terms_a_reviewer_flagged_stay_out() -> None:
    found = []
    for locale, file_name, pattern, why in FLAGGED_TERMS:
        locales = ["ky", "ru", "uz", "en"] if locale == "*" else [locale]
        for code in locales:
            for path in sorted((LOCALES_DIR / code).glob("*.ftl")):
                if file_name not in ("*", path.name) or path.name == "rights-keywords.ftl":
                    continue
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if not line.startswith("#") and re.search(pattern, line):
                        found.append(f"{code}/{path.name}:{number}: {pattern!r} ({why})")
    assert found == []
