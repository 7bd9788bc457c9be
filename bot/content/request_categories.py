"""What a request can be about. Names are in locales/*/requests.ftl as request-category-<id>.

'expulsion' is not in the issue's list of nine: "an imminent expulsion" is named there as an
urgent case, and a category is the one place the form can learn it without guessing from text.
"""

CATEGORIES = (
    "wages",
    "contract",
    "police",
    "expulsion",
    "documents",
    "entry_ban",
    "health",
    "housing",
    "violence",
    "other",
)

# Flagged urgent on submission: the emergency numbers go out at once outside office hours.
URGENT_CATEGORIES = frozenset({"police", "expulsion", "violence"})

# The rights guide's sections (and a few pages) -> the category "File a request about this"
# preselects. A page not listed takes its section's category.
SECTION_CATEGORIES = {
    "docs": "documents",
    "work": "wages",
    "police": "police",
    "problems": "other",
    "health": "health",
    "family": "other",
    "pension": "other",
    "bans": "entry_ban",
    "contacts": "other",
}
PAGE_CATEGORIES = {
    "contract": "contract",
    "nopatent": "contract",
    "rusexam": "contract",
    "expulsion": "expulsion",
    "lostdocs": "documents",
    "docstaken": "documents",
}


def category_for_page(page_id: str, section_id: str) -> str:
    return PAGE_CATEGORIES.get(page_id) or SECTION_CATEGORIES.get(section_id, "other")
