## Обращения: форма, «Мои обращения», переписка с операторами, /privacy.

menu-file-request = ✍️ Подать обращение
menu-my-requests = 📂 Мои обращения
menu-privacy = 🔒 Мои данные
command-request = Подать жалобу или обращение
command-myrequests = Мои обращения и ответы
command-privacy = Что мы храним; удалить мои данные

request-not-accepting = Обращения через бот пока не принимаются. Если нужна срочная помощь, откройте «Экстренная помощь».
request-button-cancel = ✖️ Отменить
request-button-done = ✅ Готово, дальше
request-button-chat-only = 💬 Только в этом чате
request-button-share-phone = 📞 Оставить номер телефона
request-button-send-phone = 📞 Отправить мой номер
request-button-privacy = 📄 Полный текст о данных
request-button-consent = ✅ Согласен(на)
request-button-submit = 📨 Отправить обращение
request-button-edit-category = ✏️ Тема
request-button-edit-city = ✏️ Город
request-button-edit-text = ✏️ Описание
request-button-edit-contact = ✏️ Связь
request-button-write = ✍️ Написать по этому обращению
request-button-about-page = ✍️ Подать обращение по этой теме

request-category-wages = 💰 Невыплата зарплаты
request-category-contract = 📄 Трудовой договор и работодатель
request-category-police = 👮 Полиция и задержание
request-category-expulsion = 🚫 Угроза выдворения или депортации
request-category-documents = 🪪 Документы и регистрация
request-category-entry_ban = ⛔ Запрет въезда и реестр
request-category-health = 🏥 Здоровье
request-category-housing = 🏠 Жильё
request-category-violence = 🆘 Дискриминация или насилие
request-category-other = ❓ Другое

request-step-category = <b>Новое обращение · шаг 1 из 5</b>
    О чём ваше обращение?
request-step-city = <b>Шаг 2 из 5</b>
    В каком городе или регионе вы находитесь? Выберите ниже или напишите название.
request-city-hint = Напишите название города или региона (до 80 символов) или выберите кнопку.
request-step-text = <b>Шаг 3 из 5</b>
    Опишите, что случилось: когда, где, кто. Можно несколькими сообщениями, всего до { $max_text } символов.
    Фото, документы, голосовые сообщения и видео принимаются как доказательства (до { $max_files }).
    Когда закончите, нажмите «Готово».
request-evidence-received = Получено: { $chars } символов текста, файлов: { $files }. Отправьте ещё или нажмите «Готово».
request-text-too-long = Слишком длинно: в описании может быть всего { $max } символов, осталось { $left }. Сократите и отправьте снова.
request-too-many-files = Вы уже отправили { $max } файлов — это максимум для одного обращения. Нажмите «Готово», чтобы продолжить.
request-evidence-hint = Отправьте текст, фото, документ, голосовое сообщение или видео.
request-evidence-empty = Сначала опишите, что случилось: отправьте текст или голосовое сообщение.
request-step-contact = <b>Шаг 4 из 5</b>
    Как оператору связаться с вами? Ответы всегда приходят сюда, в этот чат. Можно также оставить номер телефона для звонка.
request-step-phone = Нажмите кнопку «📞 Отправить мой номер» под полем ввода. Telegram передаст номер вашего аккаунта — вводить его вручную не нужно.
request-phone-back-hint = Передумали?
request-phone-hint = Воспользуйтесь кнопкой «📞 Отправить мой номер» или вернитесь назад.
request-phone-not-yours = Это чужой контакт. Отправьте свой номер кнопкой.
request-phone-saved = ✅ Номер получен.
request-step-consent = <b>Шаг 5 из 5: ваше согласие</b>
    Чтобы рассмотреть обращение, аппарат Омбудсмена хранит то, что вы написали, присланные файлы, ваш город и, если вы его оставили, номер телефона. Их видят только операторы аппарата. Они используются только для помощи вам, хранятся { $days } дней после закрытия обращения, и вы можете удалить их в любой момент командой /privacy.
    Вы согласны на обработку этих персональных данных?
request-consent-missing = Без вашего согласия мы не можем принять обращение. Читать о своих правах в меню можно и без него.
request-summary-title = <b>Проверьте обращение</b>
request-summary-category = Тема: { $category }
request-summary-city = Город: { $city }
request-summary-text = Описание:
request-summary-files = Файлов: { $count }
request-summary-chat = Связь: только в этом чате
request-summary-phone = Связь: этот чат и телефон { $phone }
request-summary-hint = Отправьте или исправьте поле:
request-receipt = ✅ <b>Ваше обращение №{ $number } принято.</b>
    Оператор ответит здесь, в этом чате. Сохраните номер: статус можно посмотреть в «Мои обращения». Всё, что вы напишете здесь сейчас, добавится к этому обращению.
request-receipt-after-hours = 🕒 Сейчас нерабочее время. Ответ ожидайте с { $when } (по Москве).
request-receipt-urgent = 🆘 Если вам угрожает опасность или вас задержали, не ждите ответа:
request-cancelled = Обращение не отправлено, введённые данные удалены.

request-status-new = 🆕 новое
request-status-in_progress = 🔄 в работе
request-status-answered = 💬 есть ответ
request-status-closed = ✅ закрыто
request-list-title = <b>📂 Мои обращения</b>
    Нажмите на обращение, чтобы увидеть ответы.
request-list-empty = У вас пока нет обращений.
request-list-item = №{ $number } · { $status } · { $date }
request-view-title = <b>Обращение №{ $number }</b> · { $category }
request-view-status = Статус: { $status } · подано { $date }
request-view-empty = Сообщений пока нет.
request-view-erased = Тексты этого обращения удалены.
request-history-in = 🙋 Вы
request-history-out = 👤 Оператор
request-history-file = [файл]
request-not-found = Такого обращения среди ваших нет.
request-closed = Это обращение закрыто. Чтобы продолжить, подайте новое.
request-write-hint = Напишите сообщение (текст, фото, голосовое, документ) — оно уйдёт в обращение №{ $number }.
request-choose = У вас несколько открытых обращений. К какому относится это сообщение?
request-choice-item = №{ $number } · { $category }
request-relay-failed = Это обращение закрыто, поэтому сообщение не отправлено. Подайте новое обращение из меню.
request-notice-taken = 🔄 Ваше обращение №{ $number } взял в работу оператор.
request-notice-closed = ✅ Ваше обращение №{ $number } закрыто. Насколько мы вам помогли? Оцените от 1 до 5:
request-notice-reopened = 🔄 Ваше обращение №{ $number } снова открыто.
request-rated = Спасибо за оценку!

privacy-text = <b>🔒 Ваши данные</b>
    Что мы храним и зачем:
    • ваш id в Telegram, выбранные язык и город — чтобы отвечать на вашем языке;
    • ваши обращения: тему, город, описание, файлы и номер телефона, только если вы его оставили, — чтобы их рассмотреть;
    • даты в «Мои сроки» и записи на мероприятия — чтобы напомнить.
    Ваше имя мы не храним. Операторы видят обращения только в закрытом чате аппарата.
    Тексты, файлы и телефон закрытого обращения удаляются через { $days } дней после закрытия; для отчётов остаются только обезличенные подсчёты (сколько обращений по какой теме).
    Вы можете удалить все свои данные прямо сейчас.
privacy-button-erase = 🗑 Удалить мои данные
privacy-button-confirm = 🗑 Да, удалить всё
privacy-button-keep = ◀️ Нет, оставить
privacy-erase-confirm = Удалить все ваши данные? Тексты, файлы и телефон ваших обращений, настройки, даты и записи на мероприятия будут удалены. Открытые обращения будут закрыты. Это нельзя отменить.
privacy-erased = ✅ Ваши данные удалены (обезличено обращений: { $requests }). Остались только обезличенные подсчёты. Чтобы снова пользоваться ботом, отправьте /start.
