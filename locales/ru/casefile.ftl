## Дела по обращениям (/casefile) и журнал их выгрузок (/audit) — для администраторов чата
## сотрудников, на языке администратора. casefile-caption, -usage и -audit-* — HTML Telegram;
## строки расшифровки (casefile-title … casefile-reason-*) — простой текст в transcript.txt.

command-casefile = Дело по обращению (ZIP, в личный чат)
command-audit = Кто и когда выгружал дела
casefile-usage = Формат: /casefile 123 — дело по обращению №123; в теме обращения просто /casefile. Только для администраторов; дело приходит в личный чат с ботом.
casefile-unknown = Такого обращения здесь нет.
casefile-erased = У обращения №{ $number } нет дела: его данные удалены { $date }.
casefile-preparing = 📁 Готовлю дело по обращению №{ $number }: переписку и её файлы. Через минуту оно придёт сюда.
casefile-start-private = 📁 Дело отправляется только в личный чат. Откройте чат с ботом, нажмите «Старт» и повторите /casefile.
casefile-sent-private = 📁 Дело по обращению №{ $number } отправляется вам в личный чат с ботом.
casefile-already-queued = 📁 Дело по обращению №{ $number } уже готовится и придёт вам в личный чат с ботом.
casefile-caption = 📁 Дело по обращению №{ $number }: transcript.txt и { $files } { $files ->
        [one] файл
        [few] файла
       *[many] файлов
    }, { $size }.{ $left ->
        [0] {""}
       *[other] { " " }Не скачано файлов: { $left }, причины — в расшифровке.
    } В деле личные данные: храните его надёжно и удалите, когда оно больше не нужно.
casefile-size = { $size } МБ
casefile-time = { $time } МСК
casefile-title = Дело по обращению №{ $number }
casefile-category = Тема: { $category }
casefile-city = Город: { $city }
casefile-status = Статус: { $status }
casefile-filed = Подано: { $time }
casefile-first-answer = Первый ответ: { $time }
casefile-closed = Закрыто: { $time }
casefile-phone = Телефон: { $phone }
casefile-made = Дело сформировано: { $time }, для: { $name }
casefile-zone = Всё время указано по Москве (МСК).
casefile-thread-empty = В переписке нет сообщений.
casefile-left-out = Не вошло в архив файлов: { $count } (причина указана у каждого).
casefile-line-migrant = { $time } — Заявитель:
casefile-line-operator = { $time } — Оператор { $name }:
casefile-line-note = { $time } — [внутренняя заметка] { $name }:
casefile-kind = { $kind ->
        [photo] фото
        [voice] голосовое сообщение
        [video] видео
        [video_note] видеосообщение
        [audio] аудио
        [document] документ
       *[other] файл
    }
casefile-attachment = [{ $kind }: { $file }]
casefile-attachment-missing = [{ $kind }: не скачано: { $reason }]
casefile-reason-too-big = больше 20 МБ, которые Telegram даёт скачать боту
casefile-reason-unavailable = Telegram больше не отдаёт этот файл
casefile-reason-cap = не вошёл, чтобы дело не превысило 45 МБ
casefile-reason-failed = Telegram не ответил; запросите дело ещё раз позже
casefile-audit-title = <b>🗂 Выгруженные дела (время МСК), сначала новые:</b>
casefile-audit-line = { $time } · №{ $number } · { $name } · { $files } { $files ->
        [one] файл
        [few] файла
       *[many] файлов
    }, { $size }
casefile-audit-more = … и ещё { $count } ранее.
casefile-audit-empty = Дела ещё не выгружались.
casefile-audit-usage = Формат: /audit — последние дела по обращениям этого чата; /audit 123 — по обращению №123; /audit all — по всем чатам сотрудников (только ADMIN_IDS).
