## Личные сроки: мигрант вводит даты, бот напоминает о сроках.

menu-deadlines = 📅 Мои сроки
deadlines-title = <b>📅 Мои сроки</b>
deadlines-intro = Введите свои даты, и я напомню о каждом сроке за 7, 3 и 1 день и в последний день. Хранятся только даты, удалить их можно в любой момент.
deadlines-none = Вы ещё не ввели ни одной даты.
deadlines-your-dates = <b>Ваши даты</b>
deadlines-entry = Дата въезда в Россию: { $date }
deadlines-contract = Трудовой договор заканчивается: { $date }
deadlines-medical = Медицинская справка действует до: { $date }
deadlines-list = <b>Сроки</b>
deadlines-passed = (срок прошёл)
deadline-registration = Миграционный учёт: до { $date }
deadline-medical = Дактилоскопия, фото и медосвидетельствование: до { $date }
deadline-contract = Новый трудовой договор: до { $date }
deadline-certificate = Продлить медицинскую справку: до { $date }
deadlines-note = Сроки посчитаны с запасом: указанная дата никогда не позже положенной. Правила — на страницах справочника.
deadlines-button-entry = ✏️ Дата въезда
deadlines-button-contract = ✏️ Конец договора
deadlines-button-medical = ✏️ Срок справки
deadlines-button-delete = 🗑 Удалить мои даты
deadlines-button-page = 📘 Подробнее
deadlines-ask-entry = Напишите дату въезда в Россию в виде ДД.ММ.ГГГГ, например { $example }.
deadlines-ask-contract = Напишите дату окончания трудового договора в виде ДД.ММ.ГГГГ, например { $example }.
deadlines-ask-medical = Напишите, до какого числа действует медицинская справка, в виде ДД.ММ.ГГГГ, например { $example }.
deadlines-bad-date = Не удалось прочитать дату. Напишите её в виде ДД.ММ.ГГГГ, например { $example }.
deadlines-out-of-range = Эта дата слишком далеко от сегодняшней. Проверьте её и напишите снова.
deadlines-entry-in-future = Дата въезда не может быть в будущем. Проверьте её и напишите снова.
deadlines-saved = ✅ Сохранено.
deadlines-deleted = Ваши даты удалены. Напоминаний больше не будет.
deadlines-reminder = ⏰ <b>Напоминание</b>. { $what }. { $days ->
        [one] Остался { $days } день.
        [few] Осталось { $days } дня.
       *[many] Осталось { $days } дней.
    }
deadlines-reminder-today = ⏰ <b>Сегодня последний день</b>. { $what }.
