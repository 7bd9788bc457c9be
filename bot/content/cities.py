"""Cities a user can say they live in (for announcements about their city). Names are in
locales/*/announcements.ftl as city-<id>; 'other' is everywhere else."""

CITIES = (
    "moscow",
    "spb",
    "yekaterinburg",
    "novosibirsk",
    "kazan",
    "krasnoyarsk",
    "samara",
    "other",
)
