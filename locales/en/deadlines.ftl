## Personal deadlines: the migrant enters dates, the bot reminds them of deadlines.

menu-deadlines = 📅 My deadlines
deadlines-title = <b>📅 My deadlines</b>
deadlines-intro = Enter your dates and I will remind you 7, 3 and 1 days before each deadline and on the last day. Only the dates are stored, and you can delete them at any time.
deadlines-none = You have not entered any dates yet.
deadlines-your-dates = <b>Your dates</b>
deadlines-entry = Date of entry to Russia: { $date }
deadlines-contract = Labour contract ends: { $date }
deadlines-medical = Medical certificate expires: { $date }
deadlines-list = <b>Deadlines</b>
deadlines-passed = (already passed)
deadline-registration = Migration registration: by { $date }
deadline-medical = Fingerprinting, photo and medical exam: by { $date }
deadline-contract = New labour contract: by { $date }
deadline-certificate = Renew the medical certificate: by { $date }
deadlines-note = Deadlines are counted carefully so that the date shown is never too late. Check the rules on the pages of the guide.
deadlines-button-entry = ✏️ Date of entry
deadlines-button-contract = ✏️ Contract end date
deadlines-button-medical = ✏️ Certificate expiry date
deadlines-button-delete = 🗑 Delete my dates
deadlines-button-page = 📘 Read more
deadlines-ask-entry = Send the date you entered Russia as DD.MM.YYYY, for example { $example }.
deadlines-ask-contract = Send the date your labour contract ends as DD.MM.YYYY, for example { $example }.
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
