## The frame around the rights pages (the pages themselves are in rights.ftl).

rights-title = <b>Know your rights</b>
    Choose a topic:
rights-not-found = This page is no longer in the guide. Choose a topic:
# Shown after a page title when the page is split into parts, e.g. "(2/3)".
rights-part = ({ $part }/{ $parts })
rights-basis = Legal basis: { $basis }
rights-checked = Checked on { $date }
rights-button-previous = ⬅️ Previous part
rights-button-next = Next part ➡️
