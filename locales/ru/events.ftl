## Вебинары и приёмы граждан.

event-kind-webinar = 💻 Вебинар (онлайн)
event-kind-reception = 🏛 Приём граждан (очно)
event-when = 🕒 { $when } ({ $zone })
event-where = 📍 { $place }
event-link = 🔗 { $url }
event-seat-freed = ✅ Освободилось место, и оно ваше: теперь вы зарегистрированы.
event-cancelled-notice = ❌ Это мероприятие отменено. Приносим извинения.
event-reminder = ⏰ Напоминание: до начала { $left }. Вы зарегистрированы на это мероприятие.
event-left-minutes = { $count } { $count ->
    [one] минута
    [few] минуты
   *[many] минут
}
event-left-hours = { $count } { $count ->
    [one] час
    [few] часа
   *[many] часов
}
event-left-hours-minutes = { $hours } { $hours ->
    [one] час
    [few] часа
   *[many] часов
} { $minutes } { $minutes ->
    [one] минута
    [few] минуты
   *[many] минут
}
event-left-days = { $count } { $count ->
    [one] день
    [few] дня
   *[many] дней
}
zone-moscow = время московское
zone-yekaterinburg = время екатеринбургское
zone-novosibirsk = время новосибирское
zone-bishkek = время бишкекское
zone-samara = время самарское
zone-krasnoyarsk = время красноярское
zone-irkutsk = время иркутское
zone-vladivostok = время владивостокское
menu-events = 🗓 Мероприятия
events-title = <b>🗓 Вебинары и приёмы граждан</b>
events-intro = Ближайшие мероприятия, сначала самые ранние. Время указано по часовому поясу мероприятия.
events-none = Ближайших мероприятий пока нет. О новых мы сообщим здесь.
event-gone = Это мероприятие больше недоступно.
event-seats = Мест: свободно { $free } из { $total }.
event-status-registered = ✅ Вы зарегистрированы.
event-status-waiting = ⏳ Вы в листе ожидания. Если место освободится, оно ваше, и мы вам сообщим.
event-closed = Регистрация на это мероприятие закрыта.
event-done-registered = ✅ Вы зарегистрированы. Мы напомним перед началом.
event-done-waiting = ⏳ Все места заняты, вы записаны в лист ожидания.
event-done-unregistered = Ваша регистрация отменена.
event-button-register = ✅ Зарегистрироваться
event-button-wait = ⏳ Встать в лист ожидания
event-button-unregister = ✖️ Отменить регистрацию
event-button-calendar = 📅 Добавить в календарь
event-calendar-caption = 📅 { $title }: откройте файл, чтобы добавить мероприятие в календарь телефона.
event-changed-notice = ℹ️ В мероприятии изменения. Актуальные сведения:
