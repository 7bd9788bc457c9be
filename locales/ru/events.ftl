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

## Приём по записи: своё время у каждого.

appointment-your-time = 🕒 Ваше время: { $when } ({ $zone })
appointment-your-matter = 📝 Ваш вопрос: { $matter }
appointment-free = Свободно времени: { $count }. Выберите удобное и приходите к своему времени.
appointment-none-free = Всё время уже занято.
appointment-choose = 🕒 <b>Выберите время</b> (местное время приёма):
appointment-button-book = 🕒 Выбрать время
appointment-button-move = 🔁 Перенести на другое время
appointment-button-cancel = ✖️ Отменить запись
appointment-button-earlier = ◀️ Раньше
appointment-button-later = Позже ▶️
appointment-button-abort = ✖️ Не записываться
appointment-button-consent = ✅ Согласен, записаться
appointment-ask-matter = Вы выбрали { $time }. Одной строкой: с каким вопросом вы придёте? (до { $limit } символов, например: «работодатель не платит с марта»)
appointment-matter-empty = Пожалуйста, напишите свой вопрос словами, одной строкой.
appointment-consent = Для записи аппарат Омбудсмена хранит ваше имя, как его показывает Telegram, ваше время и эту строку. Их видят только сотрудники аппарата; после приёма они могут открыть по этой строке обращение, чтобы помочь вам дальше. Они хранятся { $days } дней после приёма, и вы можете удалить их в любой момент командой /privacy. Вы согласны?
appointment-booked = ✅ Вы записаны. Мы напомним перед вашим временем.
appointment-moved = 🔁 Ваше новое время: { $time }. Прежнее теперь свободно для других.
appointment-cancelled = Ваша запись отменена, время свободно для других.
appointment-taken = ⚠️ Это время только что занял другой человек. Пожалуйста, выберите другое.
appointment-time-gone = ⚠️ Это время больше недоступно. Пожалуйста, выберите другое.
appointment-closed = Запись на этот приём закрыта.
appointment-have-one = У вас уже есть время на этом приёме.
appointment-none = У вас нет записи на этот приём.
appointment-use-buttons = Пожалуйста, выберите время кнопками выше.
appointment-reminder = ⏰ Напоминание: до вашего времени на приёме { $left }.
appointment-request-opened = 📝 После приёма сотрудники открыли обращение №{ $number } по вашему вопросу. Их ответы придут в этот чат, и здесь же вы можете им писать.
appointment-request-matter = Ваш вопрос: { $matter }
