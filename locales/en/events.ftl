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
