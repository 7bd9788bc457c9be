## Webinars and receptions of citizens.

event-kind-webinar = 💻 Webinar (online)
event-kind-reception = 🏛 Reception of citizens (in person)
event-when = 🕒 { $when } ({ $zone })
event-where = 📍 { $place }
event-link = 🔗 { $url }
event-seat-freed = ✅ A seat became free and it is yours: you are now registered.
event-cancelled-notice = ❌ This event is cancelled. We are sorry.
event-reminder = ⏰ Reminder: the event starts in { $left }. You are registered for it.
event-left-minutes = { $count } { $count ->
    [one] minute
   *[other] minutes
}
event-left-hours = { $count } { $count ->
    [one] hour
   *[other] hours
}
event-left-hours-minutes = { $hours } { $hours ->
    [one] hour
   *[other] hours
} { $minutes } { $minutes ->
    [one] minute
   *[other] minutes
}
event-left-days = { $count } { $count ->
    [one] day
   *[other] days
}
zone-moscow = Moscow time
zone-yekaterinburg = Yekaterinburg time
zone-novosibirsk = Novosibirsk time
zone-bishkek = Bishkek time
zone-samara = Samara time
zone-krasnoyarsk = Krasnoyarsk time
zone-irkutsk = Irkutsk time
zone-vladivostok = Vladivostok time
menu-events = 🗓 Events
events-title = <b>🗓 Webinars and receptions of citizens</b>
events-intro = Upcoming events, nearest first. Times are shown in the event's own time zone.
events-none = There are no upcoming events yet. We will announce new ones here.
event-gone = This event is no longer available.
event-seats = Seats: { $free } free of { $total }.
event-status-registered = ✅ You are registered.
event-status-waiting = ⏳ You are on the waiting list. If a seat becomes free, it is yours and we will tell you.
event-closed = Registration for this event is closed.
event-done-registered = ✅ You are registered. We will remind you before it starts.
event-done-waiting = ⏳ All seats are taken, so you are on the waiting list.
event-done-unregistered = Your registration is cancelled.
event-button-register = ✅ Register
event-button-wait = ⏳ Join the waiting list
event-button-unregister = ✖️ Cancel my registration
event-button-calendar = 📅 Add to calendar
event-calendar-caption = 📅 { $title }: open this file to add the event to your phone's calendar.
event-changed-notice = ℹ️ The event has changed. Here is what it is now:

## Receptions by appointment: a time of one's own.

appointment-your-time = 🕒 Your time: { $when } ({ $zone })
appointment-your-matter = 📝 Your matter: { $matter }
appointment-free = Free times: { $count }. Choose one, and come at your own time.
appointment-none-free = All times are taken.
appointment-choose = 🕒 <b>Choose a time</b> (the reception's local time):
appointment-button-book = 🕒 Choose a time
appointment-button-move = 🔁 Change my time
appointment-button-cancel = ✖️ Cancel my appointment
appointment-button-earlier = ◀️ Earlier
appointment-button-later = Later ▶️
appointment-button-abort = ✖️ Do not book
appointment-button-consent = ✅ I agree, book
appointment-ask-matter = You chose { $time }. In one line, what is your matter? (up to { $limit } characters, for example: "my employer has not paid me since March")
appointment-matter-empty = Please write your matter in words, in one line.
appointment-consent = To book, the office keeps your first name as Telegram shows it, your time and this line. Only the office's staff see them; after the reception they may open a request with this line to help you further. They are kept { $days } days after the reception, and you can delete them at any time with /privacy. Do you agree?
appointment-booked = ✅ You are booked. We will remind you before your time.
appointment-moved = 🔁 Your new time: { $time }. The old one is free for others now.
appointment-cancelled = Your appointment is cancelled; the time is free for others.
appointment-taken = ⚠️ Someone has just taken this time. Please choose another one.
appointment-time-gone = ⚠️ This time is no longer available. Please choose another one.
appointment-closed = Booking for this reception is closed.
appointment-have-one = You already have a time at this reception.
appointment-none = You have no appointment at this reception.
appointment-use-buttons = Please choose a time with the buttons above.
appointment-reminder = ⏰ Reminder: your appointment at the reception is in { $left }.
appointment-request-opened = 📝 After the reception the staff opened request №{ $number } about your matter. Their answers will come to this chat, and you can write to them here.
appointment-request-matter = Your matter: { $matter }
