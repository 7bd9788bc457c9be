"""Canned answers operators send with /templates. Texts are in locales/*/templates.ftl as
template-<name>-title (the button, in the staff language) and template-<name>-text (sent to
the migrant in their language)."""

TEMPLATES = (
    "received",
    "details",
    "documents",
    "reception",
    "lawyer",
    "hotline",
)
