## Personal deadlines: the migrant enters dates, the bot reminds them of deadlines.

menu-deadlines = 📅 My deadlines
deadlines-title = <b>📅 My deadlines</b>
deadlines-intro = Enter your dates: I will count your deadlines, say which rule each rests on, and remind you before them and on the last day. Only the dates are stored, and you can delete them at any time.
deadlines-none = You have not entered any dates yet.
deadlines-your-dates = <b>Your dates</b>
deadlines-entry = Date of entry to Russia: { $date }
deadlines-contract = Labour contract ends: { $date }
deadlines-contract-early = Labour contract ended early: { $date }
deadlines-medical = Medical certificate expires: { $date }
deadlines-list = <b>Deadlines</b>
deadlines-passed = (already passed)
deadline-registration = Get migration registration, last day: { $date }
deadline-amina = Register in Amina, at once after arrival, at the latest: { $date }
deadline-medical = Fingerprinting, photo and medical exam, last day: { $date }
deadline-stay = Apply to extend your stay (before day 90), last day: { $date }
deadline-contract = New labour contract after the early end, last day: { $date }
deadline-contract-ends = Next contract and stay extension, before the contract ends, last day: { $date }
deadline-certificate = Renew the medical certificate, last day: { $date }
deadline-rule-registration = EAEU Treaty, art. 97: no registration needed for the first 30 days after entry.
deadline-rule-amina = Law No. 121-FZ: in the Moscow region registration is through Amina. The app's own deadline is not confirmed, so the general 30 days are shown: do not wait for them.
deadline-rule-medical = Law No. 115-FZ: 30 days from entry if you came to work.
deadline-rule-stay = EAEU Treaty, art. 97, and Law No. 260-FZ: without an extension, at most 90 days. The MVD migration unit extends the stay.
deadline-rule-contract = EAEU Treaty, art. 97(5): 15 days, only if the contract ended early more than 90 days after entry.
deadline-rule-contract-ends = EAEU Treaty, art. 97(5): the stay lasts as long as the contract; after it ends there are no extra days.
deadline-rule-certificate = Law No. 115-FZ: the certificate is renewed within 30 days after it expires; the medical exam is done every year.
deadlines-remind-before = { $days ->
        [one] { $days } day before
       *[other] { $days } days before
    }
deadlines-remind-last-day = on the last day
deadlines-reminders-ahead = Reminders: { $when }.
deadlines-last-day-today = Today is the last day.
deadlines-note-early-needs-entry = Your contract ended early: there are 15 days for a new contract only if more than 90 days have passed since entry. Enter your date of entry and I will count the deadline.
deadlines-note-early-within-90 = Your contract ended within 90 days of entry: there are no 15 days for a new contract. Sign a new contract and apply to extend your stay before day 90, or leave.
deadlines-note-contract-kind-unknown = You did not say whether the contract ended early, so I count it as running to this date, with no extra days. Press "✏️ Contract end date" to tell me.
deadlines-amina-title = <b>Moscow region: Amina</b>
deadlines-amina-duties =
    • Open the app every day with geolocation on: with no geolocation for more than 3 working days you are taken off the registration and put on the register of controlled persons.
    • If you move, report the new address in the app within 3 working days.
    • Back from another region: register in the app again.
deadlines-city-hint = Do you live in Moscow city or Moscow Oblast? Choose your city under "🔔 Announcements" and I will show Amina's rules.
deadlines-note = Deadlines are counted with a margin: the date shown is never later than the law allows. The rules are on the pages of the guide (buttons below).
deadlines-button-entry = ✏️ Date of entry
deadlines-button-contract = ✏️ Contract end date
deadlines-button-medical = ✏️ Certificate expiry date
deadlines-button-delete = 🗑 Delete my dates
deadlines-button-page = 📘 Read more
deadlines-button-page-of = 📘 { $title }
deadlines-ask-contract-kind = Did your labour contract end early (terminated before its term), or does it run to its end date? The deadline depends on it.
deadlines-button-contract-early = Ended early
deadlines-button-contract-term = Runs to its end date
deadlines-ask-entry = Send the date you entered Russia as DD.MM.YYYY, for example { $example }.
deadlines-ask-contract = Send the date your labour contract ends as DD.MM.YYYY, for example { $example }.
deadlines-ask-contract-early = Send the date your contract ended as DD.MM.YYYY, for example { $example }.
deadlines-ask-medical = Send the date your medical certificate expires as DD.MM.YYYY, for example { $example }.
deadlines-bad-date = I could not read this date. Please send it as DD.MM.YYYY, for example { $example }.
deadlines-out-of-range = This date is too far from today. Please check it and send it again.
deadlines-entry-in-future = The date of entry cannot be in the future. Please check it and send it again.
deadlines-saved = ✅ Saved.
deadlines-deleted = Your dates are deleted. No more reminders will come.
deadlines-reminder = ⏰ <b>Reminder</b>. { $what }. { $days ->
        [one] 1 day left.
       *[other] { $days } days left.
    }
deadlines-reminder-today = ⏰ <b>Today is the last day</b>. { $what }.
