## Whether the user receives announcements (broadcasts) from the office.

menu-announcements = 🔔 Announcements
announcements-on = 🔔 <b>Announcements are on.</b> The office will send you news about webinars, receptions of citizens and changes in the rules.
announcements-off = 🔕 <b>Announcements are off.</b> You will not receive news from the office. Answers to your own questions still come.
announcements-button-off = 🔕 Turn off
announcements-button-on = 🔔 Turn on
