## Кайрылуунун документтер топтому (/casefile) жана аны ким алганы (/audit) — кызматкерлер
## чатынын администраторлору үчүн, администратордун тилинде. casefile-caption, -usage жана
## -audit-* — Telegram HTML; transcript.txt саптары (casefile-title … casefile-reason-*) — жөнөкөй текст.

command-casefile = Кайрылуунун документтер топтому (ZIP, жеке чатка)
command-audit = Документтер топтомун ким, качан алганы
casefile-usage = Колдонуу: /casefile 123 — №123 кайрылуунун документтер топтому; кайрылуунун темасында жөн гана /casefile. Администраторлор гана; топтом бот менен болгон жеке чатыңызга келет.
casefile-unknown = Мындай кайрылуу бул жерде жок.
casefile-erased = №{ $number } кайрылуунун документтер топтому жок: анын маалыматтары { $date } өчүрүлгөн.
casefile-preparing = 📁 №{ $number } кайрылуунун документтер топтомун даярдап жатам: кат алышуу жана анын файлдары. Бир аздан кийин ушул жерге келет.
casefile-start-private = 📁 Документтер топтому жеке чатка гана жөнөтүлөт. Бот менен чатты ачып, «Старт» баскычын басыңыз, андан кийин /casefile буйругун кайра жазыңыз.
casefile-sent-private = 📁 №{ $number } кайрылуунун документтер топтому сизге бот менен болгон жеке чатка жөнөтүлөт.
casefile-already-queued = 📁 №{ $number } кайрылуунун документтер топтому даярдалып жатат, бот менен болгон жеке чатыңызга келет.
casefile-caption = 📁 №{ $number } кайрылуунун документтер топтому: transcript.txt жана { $files } файл, { $size }.{ $left ->
        [0] {""}
       *[other] { " " }{ $left } файл жүктөлгөн жок: себептери transcript.txt ичинде.
    } Анда жеке маалыматтар бар: аны коопсуз сактап, иш бүткөндө өчүрүп салыңыз.
casefile-size = { $size } МБ
casefile-time = { $time } МСК
casefile-title = №{ $number } кайрылуунун документтер топтому
casefile-category = Тема: { $category }
casefile-city = Шаар: { $city }
casefile-status = Абалы: { $status }
casefile-filed = Берилген: { $time }
casefile-first-answer = Биринчи жооп: { $time }
casefile-closed = Жабылган: { $time }
casefile-phone = Телефон: { $phone }
casefile-made = Топтом түзүлгөн: { $time }, кимге: { $name }
casefile-zone = Бардык убакыт Москва убактысы менен көрсөтүлгөн (МСК).
casefile-thread-empty = Кат алышууда билдирүүлөр жок.
casefile-left-out = Бул архивге кирбей калды: { $count } файл (ар биринин жанында себеби жазылган).
casefile-line-migrant = { $time } — Мигрант:
casefile-line-operator = { $time } — Оператор { $name }:
casefile-line-note = { $time } — [ички эскертме] { $name }:
casefile-kind = { $kind ->
        [photo] сүрөт
        [voice] үн билдирүүсү
        [video] видео
        [video_note] видеобилдирүү
        [audio] аудио
        [document] документ
       *[other] файл
    }
casefile-attachment = [{ $kind }: { $file }]
casefile-attachment-missing = [{ $kind }: жүктөлгөн жок: { $reason }]
casefile-reason-too-big = Telegram ботко жүктөп алууга уруксат берген 20 МБдан чоң
casefile-reason-unavailable = Telegram бул файлды мындан ары бербейт
casefile-reason-cap = топтом 45 МБдан ашпашы үчүн кошулган жок
casefile-reason-failed = Telegram жооп берген жок; топтомду кийинчерээк кайра сураңыз
casefile-audit-title = <b>🗂 Жөнөтүлгөн документтер топтомдору (Москва убактысы), жаңылары биринчи:</b>
casefile-audit-line = { $time } · №{ $number } · { $name } · { $files } файл, { $size }
casefile-audit-more = … жана мурунку дагы { $count }.
casefile-audit-empty = Азырынча бир дагы документтер топтому жөнөтүлө элек.
casefile-audit-usage = Колдонуу: /audit — ушул чаттын кайрылууларынын акыркы топтомдору; /audit 123 — №123 кайрылуунуку; /audit all — бардык кызматкерлер чаттарыныкы (ADMIN_IDS гана).
