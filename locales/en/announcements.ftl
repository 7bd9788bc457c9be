## Whether the user receives announcements (broadcasts) from the office.

menu-announcements = 🔔 Announcements
announcements-on = 🔔 <b>Announcements are on.</b> The office will send you news about webinars, receptions of citizens and changes in the rules.
announcements-off = 🔕 <b>Announcements are off.</b> You will not receive news from the office. Answers to your own questions still come.
announcements-button-off = 🔕 Turn off
announcements-button-on = 🔔 Turn on
announcements-button-city = 🏙 My city
announcements-ask-city = In which city do you live and work? Announcements about receptions in your city will reach you. You can change it at any time.
announcements-city = 🏙 Your city: { $city }.
announcements-city-unknown = 🏙 Your city is not set.
city-moscow = Moscow region
city-spb = St Petersburg
city-yekaterinburg = Yekaterinburg
city-novosibirsk = Novosibirsk
city-kazan = Kazan
city-krasnoyarsk = Krasnoyarsk
city-samara = Samara
city-other = Another city
