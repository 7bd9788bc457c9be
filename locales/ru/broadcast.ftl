## /broadcast для администраторов: объявление всем или тем, кто выбрал один язык.

broadcast-ask-message = 📣 Пришлите сообщение для рассылки точно в том виде, в каком оно должно прийти: текст или фото, видео, документ с подписью. Оно будет скопировано каждому получателю.
broadcast-ask-audience = Кому отправить? (число — получатели: те, кто не выключил объявления и не заблокировал бота)
broadcast-audience-all = Всем
broadcast-preview = ☝️ Так будет выглядеть сообщение. Получателей: { $recipients }.
broadcast-preview-time = { $minutes ->
    [0] Отправка займёт меньше минуты.
   *[other] Отправка займёт примерно { $minutes } мин.
}
broadcast-preview-paid = ⚡ <b>Платная рассылка</b>: до 1000 сообщений в секунду вместо 30. Telegram списывает с баланса бота 0,1 звезды (Telegram Stars) за сообщение: за эту рассылку — до { $stars } ⭐.
broadcast-preview-confirm = Отправить?
broadcast-button-send-now = ✅ Отправить сейчас
broadcast-button-schedule = 🕒 Запланировать
broadcast-button-cancel = ✖️ Отменить
broadcast-button-pause = ⏸ Пауза
broadcast-button-resume = ▶️ Продолжить
broadcast-button-stop = ⏹ Остановить
broadcast-ask-when = Пришлите дату и время начала по Москве в виде ДД.ММ.ГГГГ ЧЧ:ММ, например 25.12.2026 18:30.
broadcast-bad-when = Не удалось прочитать время, или оно не в ближайшие 60 дней. Пришлите в виде ДД.ММ.ГГГГ ЧЧ:ММ по Москве.
broadcast-cancelled = Рассылка отменена, ничего не отправлено.
broadcast-scheduled = 🕒 Запланировано на { $when } (по Москве).
broadcast-status-scheduled = запланирована
broadcast-status-running = идёт отправка
broadcast-status-paused = на паузе
broadcast-status-cancelled = остановлена
broadcast-status-done = завершена
broadcast-progress =
    📣 <b>Рассылка №{ $number }</b>: { $status }
    Отправлено: { $sent }
    Заблокировали бота: { $blocked }
    Ошибки: { $failed }
    Осталось: { $remaining } (примерно { $minutes } мин)
