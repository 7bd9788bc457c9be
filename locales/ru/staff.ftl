## Чат сотрудников: карточки обращений, темы и команды операторов. Язык — DEFAULT_LOCALE.

command-queue = Открытые обращения, срочные первыми
command-stats = Статистика
command-export = Выгрузка обращений (CSV и XLSX)
command-templates = Шаблоны ответов для этого обращения
command-staff = Операторы и администраторы
command-id = Мой id и id этого чата

staff-topic-name = №{ $number } · { $category } · { $city }
staff-card-urgent = 🔴 <b>СРОЧНО</b>
staff-card-title = <b>Обращение №{ $number }</b> · { $category }
staff-card-city = Город: { $city }
staff-card-status = Статус: { $status } · исполнитель: { $assignee }
staff-card-created = Подано: { $date } (МСК)
staff-card-phone = Телефон: { $phone }
staff-card-chat-only = Связь: только в боте
staff-card-rating = Оценка: { $rating } из 5
staff-card-continued = (полный текст — в следующем сообщении)
staff-card-erased = ⚪ Заявитель удалил свои персональные данные; обращение закрыто.
staff-full-text = <b>Полный текст обращения №{ $number }:</b>
staff-history-title = <b>Тема была удалена и открыта заново. Переписка до этого (время МСК):</b>
staff-history-in = заявитель
staff-history-out = оператор
staff-history-note = заметка
staff-rated = ⭐ Заявитель оценил помощь: { $rating } из 5.
staff-template-sent = 📋 Отправлен шаблон ответа (язык: { $language }):
staff-button-take = 🙋 Взять
staff-button-urgent-on = 🔴 Срочно
staff-button-urgent-off = ⚪ Не срочно
staff-button-close = ✅ Закрыть
staff-button-reopen = 🔄 Открыть снова
staff-not-allowed = Это могут делать только операторы и администраторы.
staff-admins-only = Это могут делать только администраторы.
staff-request-unknown = Такого обращения нет.
staff-outdated-button = Эта кнопка устарела: откройте свежую карточку или /queue.
staff-already-closed = Обращение уже закрыто.
staff-already-open = Обращение уже открыто.
staff-erased = Заявитель удалил свои данные: отправить ничего нельзя.
staff-closed-hint = Обращение №{ $number } закрыто, сообщение не отправлено. Сначала нажмите «Открыть снова» на карточке. (Сообщение, начинающееся с !, остаётся внутренней заметкой.)
staff-edit-closed = Обращение №{ $number } закрыто, изменение не отправлено заявителю.
staff-taken = Вы взяли обращение №{ $number }.
staff-urgent-set = Отмечено как срочное.
staff-urgent-unset = Больше не срочное.
staff-closed = Обращение №{ $number } закрыто; заявителя попросили оценить помощь.
staff-reopened = Обращение №{ $number } снова открыто.
staff-queue-title = <b>Открытых обращений: { $count }</b> (сначала срочные, затем самые старые)
staff-queue-empty = Открытых обращений нет. 🎉
staff-queue-item = { $urgent }{ $link } · { $category } · { $city } · { $status } · { $assignee } · { $age }
staff-queue-unassigned = никто
staff-queue-more = …и ещё { $count }.
staff-age-minutes = { $count } мин
staff-age-hours = { $count } ч
staff-age-days = { $count } дн
staff-stats-title = <b>Статистика</b>
staff-stats-period-week = <b>Последние 7 дней</b>
staff-stats-period-all = <b>За всё время</b>
staff-stats-total = Обращений: { $count }
staff-stats-by-status = По статусу: { $list }
staff-stats-by-category = По темам: { $list }
staff-stats-by-city = По городам: { $list }
staff-stats-median = Медиана времени до первого ответа: { $time }
staff-stats-no-answers = Медиана времени до первого ответа: ответов ещё нет
staff-stats-rating = Средняя оценка: { $rating } (оценок: { $count })
staff-export-usage = Формат: /export 2026-11-01 2026-11-30 (даты включительно; без дат — последние 30 дней).
staff-export-bad-range = Даты — в виде ГГГГ-ММ-ДД, с 2000 по 2100 год, первая не позже второй, не больше 366 дней между ними.
staff-export-done = Обращения, поданные { $from } – { $to }: { $count }. { $personal ->
        [yes] С персональными данными (вы администратор): храните файлы бережно.
       *[no] Без персональных данных (тексты и телефоны получают только администраторы).
    }
staff-templates-title = Выберите шаблон ответа для обращения №{ $number }. Он уйдёт на языке заявителя.
staff-templates-where = Используйте /templates внутри темы обращения (или ответом на его карточку).
staff-template-done = Отправлено.
staff-list-title = <b>Сотрудники</b> (администраторы из ADMIN_IDS тоже в списке):
staff-list-item = { $id } · { $role }
staff-list-item-named = { $id } · { $name } · { $role }
staff-role-operator = оператор
staff-role-admin = администратор
staff-usage = Формат: /staff add 123456789 operator | /staff add 123456789 admin | /staff remove 123456789 | /staff lift 123456789 (снять лимит обращений) | /staff limit 123456789 (вернуть лимит)
staff-limit-lifted = Для { $id } лимит обращений снят: можно подавать сколько угодно.
staff-limit-restored = Для { $id } снова действует обычный лимит: { $open } открытых одновременно, { $daily } новых за сутки.
staff-limit-not-lifted = Для { $id } лимит не снимался: действует обычный.
staff-added = { $id } теперь { $role }.
staff-removed = { $id } больше не сотрудник.
staff-not-staff = { $id } не был сотрудником.
staff-env-admin = { $id } — администратор из ADMIN_IDS в .env; измените его там.

staff-chat-refused =
    ⚠️ Бот не может писать в чат сотрудников { $chat } так, как ему нужно: «{ $reason }».
    Обращения ждут и не теряются. Сделайте бота администратором чата с правом «Управление темами» (и верните его в группу, если его удалили).

staff-rights-alert =
    ⚠️ При запуске бот проверил свои права в чате сотрудников { $chat }:
    { $problems }
    Обращения ждут и не теряются; когда это исправят, бот продолжит работу сам.
staff-rights-not-member = • бота нет в этом чате: добавьте его снова и сделайте администратором
staff-rights-not-admin = • бот не администратор: сделайте его администратором с правами «Управление темами» и «Удаление сообщений»
staff-rights-no-manage-topics = • нет права «Управление темами»: бот не может открыть тему для нового обращения
staff-rights-no-delete-messages = • нет права «Удаление сообщений»: бот не может удалить тему обращения, когда его данные стираются

staff-scope-all-not-allowed = Обращения всех чатов видят только администраторы из ADMIN_IDS. Здесь — обращения этого чата: команда без «all».
staff-export-sent-private = 🔒 Выгрузка с личными данными отправлена вам в личный чат с ботом.
staff-export-start-private = 🔒 Выгрузка с личными данными отправляется только в личный чат. Откройте чат с ботом, нажмите «Старт» и повторите /export.
staff-operators-only-hint = ℹ️ Заявитель этого не увидит: в темах обращений отвечают только операторы этого чата. Администратор чата добавит вас командой /staff add { $id } operator.

## Передача обращения другому оператору, кто сколько ведёт, сроки ответа (issue 16)
staff-button-assign = 👤 Передать
staff-button-assign-confirm = ✅ Передать: { $name }
staff-assign-choose = Кому передать обращение №{ $number }?
staff-assign-not-allowed = Передать обращение может только администратор этого чата или оператор, который его ведёт.
staff-assign-not-operator = Этот человек больше не оператор этого чата: выберите другого.
staff-assign-nobody = Передать некому: в этом чате нет других операторов. Администратор добавит их командой /staff add.
staff-assign-same = Обращение уже ведёт { $name }.
staff-assigned = Обращение №{ $number } передано: { $name }.
staff-assigned-notice = 👤 Обращение №{ $number } теперь ведёт { $holder } (передал(а): { $by }).
staff-card-due = ⏳ Ответить до { $time } (МСК)
staff-card-overdue = ⏰ Срок ответа прошёл: { $time } (МСК)
staff-queue-usage = Формат: /queue — открытые обращения этого чата, /queue mine — только те, что ведёте вы. Администраторы из ADMIN_IDS: /queue all, /queue all mine.
staff-queue-holders-title = <b>У кого сколько открытых:</b>
staff-queue-holder = { $name }: { $open }, из них срочных: { $urgent }
staff-queue-mine-title = <b>Вы ведёте открытых обращений: { $count }</b>, из них срочных: { $urgent }
staff-queue-mine-empty = У вас нет открытых обращений.
staff-stats-usage = Формат: /stats — последние 7 дней и всё время; /stats 2026-11-01 2026-11-30 — обращения, поданные в эти дни (по Москве, включительно).
staff-stats-period-days = <b>Поданные { $from } – { $to }</b>
staff-stats-holders-title = По операторам (обращения этого периода):
staff-stats-holder = { $name }: { $count } (открытых: { $open }, срочных: { $urgent })
staff-escalation-title = ⏰ <b>Нет ответа в срок</b> (время МСК):
staff-escalation-item = { $urgent }{ $link } · { $category } · срок { $due } · { $holder }
staff-escalation-urgent-title = 🔴⏰ <b>Срочные обращения без ответа в срок</b> (время МСК):

## Передача обращения организации-партнёру (кнопка «Передать партнёрам» на карточке).
staff-button-transfer = ↪️ Передать партнёрам
staff-button-transfer-confirm = ✅ Передать: { $institution }
staff-transfer-choose = Куда передать обращение №{ $number }?
staff-transfer-not-allowed = Передать обращение другой организации может только администратор этого чата или оператор, который его ведёт.
staff-transfer-closed = Закрытое обращение не передаётся. Сначала откройте его снова.
staff-transfer-unknown-chat = Этого чата нет среди чатов сотрудников бота: обращение не передано.
staff-transfer-nowhere = Передать некуда: у бота нет других чатов сотрудников.
staff-transferred = Обращение №{ $number } передано: { $institution }.
staff-transfer-received = ↪️ Обращение №{ $number } передала вам другая организация: { $institution } (передал(а): { $by }). Ниже — описание, файлы и переписка. Возьмите его в работу.
staff-transfer-history-title = <b>Переписка до передачи (время МСК):</b>
staff-transfer-left = ↪️ Обращение №{ $number } передано другой организации: { $institution } (передал(а): { $by }). Тема закрыта: отсюда заявителю больше ничего не уходит.
staff-transfer-gone = Обращение №{ $number } передано другой организации ({ $institution }): сообщение не отправлено. Теперь отвечает она.
staff-request-elsewhere = Это обращение теперь ведут в другом чате сотрудников.
staff-stats-transfers = Передано партнёрам: { $out }, получено от партнёров: { $into }
