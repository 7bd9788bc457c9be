## Кызматкерлердин чаты: кайрылуулардын карточкалары, темалар жана операторлордун буйруктары. DEFAULT_LOCALE тилинде көрсөтүлөт.

command-queue = Ачык кайрылуулар, шашылыштары биринчи
command-stats = Статистика
command-export = Кайрылууларды жүктөп алуу (CSV жана XLSX)
command-templates = Бул кайрылуу үчүн даяр жооптор
command-staff = Операторлор жана администраторлор
command-id = Менин id жана бул чаттын id'си

staff-topic-name = №{ $number } · { $category } · { $city }
staff-card-urgent = 🔴 <b>ШАШЫЛЫШ</b>
staff-card-title = <b>Кайрылуу №{ $number }</b> · { $category }
staff-card-city = Шаар: { $city }
staff-card-status = Абалы: { $status } · аткаруучу: { $assignee }
staff-card-created = Берилген күнү: { $date } (Москва убактысы)
staff-card-phone = Телефон: { $phone }
staff-card-chat-only = Байланыш: бот аркылуу гана
staff-card-rating = Баа: 5тен { $rating }
staff-card-continued = (толук тексти кийинки билдирүүдө)
staff-card-erased = ⚪ Мигрант өзүнүн жеке маалыматтарын өчүрдү; кайрылуу жабылды.
staff-full-text = <b>№{ $number } кайрылуунун толук тексти:</b>
staff-history-title = <b>Тема өчүрүлүп, кайра ачылды. Буга чейинки кат алышуу (Москва убактысы):</b>
staff-history-in = мигрант
staff-history-out = оператор
staff-history-note = эскертме
staff-rated = ⭐ Мигрант жардамга баа берди: 5тен { $rating }.
staff-template-sent = 📋 Даяр жооп жөнөтүлдү (тили: { $language }):
staff-button-take = 🙋 Мен алам
staff-button-urgent-on = 🔴 Шашылыш
staff-button-urgent-off = ⚪ Шашылыш эмес
staff-button-close = ✅ Жабуу
staff-button-reopen = 🔄 Кайра ачуу
staff-not-allowed = Муну операторлор жана администраторлор гана кыла алат.
staff-admins-only = Муну администраторлор гана кыла алат.
staff-request-unknown = Мындай кайрылуу жок.
staff-outdated-button = Бул баскыч эскирип калган: жаңы карточканы же /queue буйругун колдонуңуз.
staff-already-closed = Кайрылуу буга чейин эле жабылган.
staff-already-open = Кайрылуу буга чейин эле ачык.
staff-erased = Мигрант өз маалыматтарын өчүрдү: эч нерсе жөнөтүүгө болбойт.
staff-closed-hint = №{ $number } кайрылуу жабык, ошондуктан бул билдирүү жөнөтүлгөн жок. Адегенде карточкадагы «Кайра ачуу» баскычын басыңыз. (Ички эскертме калтыруу үчүн билдирүүнү ! белгиси менен баштаңыз.)
staff-edit-closed = №{ $number } кайрылуу жабык, ошондуктан өзгөртүү мигрантка жөнөтүлгөн жок.
staff-taken = Сиз №{ $number } кайрылууну алдыңыз.
staff-urgent-set = Шашылыш деп белгиленди.
staff-urgent-unset = Эми шашылыш эмес.
staff-closed = №{ $number } кайрылуу жабылды; мигранттан жардамга баа берүү суралды.
staff-reopened = №{ $number } кайрылуу кайра ачылды.
staff-queue-title = <b>Ачык кайрылуулар: { $count }</b> (адегенде шашылыштары, андан кийин эң эскилери)
staff-queue-empty = Ачык кайрылуулар жок. 🎉
staff-queue-item = { $urgent }{ $link } · { $category } · { $city } · { $status } · { $assignee } · { $age }
staff-queue-unassigned = эч ким
staff-queue-more = …жана дагы { $count }.
staff-age-minutes = { $count } мүн
staff-age-hours = { $count } саат
staff-age-days = { $count } күн
staff-stats-title = <b>Статистика</b>
staff-stats-period-week = <b>Акыркы 7 күн</b>
staff-stats-period-all = <b>Бардык убакыт</b>
staff-stats-total = Кайрылуулар: { $count }
staff-stats-by-status = Абалы боюнча: { $list }
staff-stats-by-category = Темалар боюнча: { $list }
staff-stats-by-city = Шаарлар боюнча: { $list }
staff-stats-median = Биринчи жоопко чейинки убакыттын медианасы: { $time }
staff-stats-no-answers = Биринчи жоопко чейинки убакыттын медианасы: азырынча жооптор жок
staff-stats-rating = Орточо баа: { $rating } ({ $count } баа)
staff-export-usage = Колдонуу: /export 2026-11-01 2026-11-30 (эки дата тең кошо эсептелет; датасыз болсо – акыркы 30 күн).
staff-export-bad-range = Даталар ЖЖЖЖ-АА-КК (жыл-ай-күн) түрүндө, 2000-жылдан 2100-жылга чейин болушу керек, биринчиси экинчисинен кеч болбошу керек, алардын ортосу 366 күндөн ашпашы керек.
staff-export-done = { $from } – { $to } аралыгында берилген кайрылуулар: { $count }. { $personal ->
        [yes] Жеке маалыматтар менен (сиз администраторсуз): бул файлдарды коопсуз сактаңыз.
       *[no] Жеке маалыматтарсыз (тексттерди жана телефон номерлерин администраторлор гана алат).
    }
staff-templates-title = №{ $number } кайрылуу үчүн даяр жоопту тандаңыз. Ал мигранттын тилинде жөнөтүлөт.
staff-templates-where = /templates буйругун кайрылуунун темасынын ичинде (же анын карточкасына жооп катары) колдонуңуз.
staff-template-done = Жөнөтүлдү.
staff-list-title = <b>Кызматкерлер</b> (ADMIN_IDS тизмесиндеги администраторлор да көрсөтүлгөн):
staff-list-item = { $id } · { $role }
staff-list-item-named = { $id } · { $name } · { $role }
staff-role-operator = оператор
staff-role-admin = администратор
staff-usage = Колдонуу: /staff add 123456789 operator | /staff add 123456789 admin | /staff remove 123456789 | /staff lift 123456789 (кайрылуулардын чегин алуу) | /staff limit 123456789 (чекти кайтаруу)
staff-limit-lifted = { $id } үчүн кайрылуулардын чеги алынды: каалашынча кайрылуу бере алат.
staff-limit-restored = { $id } үчүн кадимки чек кайра иштейт: бир учурда { $open } ачык, суткасына { $daily } жаңы кайрылуу.
staff-limit-not-lifted = { $id } үчүн чек алынган эмес: кадимки чек иштейт.
staff-added = { $id } эми – { $role }.
staff-removed = { $id } эми кызматкер эмес.
staff-not-staff = { $id } кызматкер эмес болчу.
staff-env-admin = { $id } – .env файлындагы ADMIN_IDS тизмесинен администратор; аны ошол жерден өзгөртүңүз.

staff-chat-refused =
    ⚠️ Бот кызматкерлердин { $chat } чатына керектүүдөй жаза албай жатат: «{ $reason }».
    Кайрылуулар күтүп турат, эч нерсе жоголбойт. Ботту чатка «Темаларды башкаруу» укугу менен администратор кылыңыз (эгер топтон чыгарылса, кайра кошуңуз).

staff-rights-alert =
    ⚠️ Бот иштей баштаганда кызматкерлердин { $chat } чатындагы укуктарын текшерди:
    { $problems }
    Кайрылуулар күтүп турат, эч нерсе жоголбойт; бул оңдолгондо бот ишин өзү улантат.
staff-rights-not-member = • бот бул чатта жок: аны кайра кошуп, администратор кылыңыз
staff-rights-not-admin = • бот администратор эмес: аны «Темаларды башкаруу» жана «Билдирүүлөрдү өчүрүү» укуктары менен администратор кылыңыз
staff-rights-no-manage-topics = • «Темаларды башкаруу» укугу жок: бот жаңы кайрылуу үчүн тема ача албайт
staff-rights-no-delete-messages = • «Билдирүүлөрдү өчүрүү» укугу жок: кайрылуунун маалыматтары өчүрүлгөндө бот анын темасын өчүрө албайт

staff-scope-all-not-allowed = Бардык чаттардын кайрылууларын ADMIN_IDS тизмесиндеги администраторлор гана көрөт. Бул жерде – ушул чаттын кайрылуулары: буйрукту «all» сөзүсүз жазыңыз.
staff-export-sent-private = 🔒 Жеке маалыматтар бар файлдар сизге бот менен болгон жеке чатка жөнөтүлдү.
staff-export-start-private = 🔒 Жеке маалыматтар бар файлдар жеке чатка гана жөнөтүлөт. Бот менен чатты ачып, «Старт» баскычын басыңыз, андан кийин /export буйругун кайра жазыңыз.
staff-operators-only-hint = ℹ️ Арыз ээси муну көрбөйт: кайрылуулардын темаларында ушул чаттын операторлору гана жооп берет. Чаттын администратору сизди /staff add { $id } operator буйругу менен кошо алат.

## Кайрылууну башка операторго өткөрүп берүү, кимде канча, жооп берүү мөөнөтү (issue 16)
staff-button-assign = 👤 Өткөрүп берүү
staff-button-assign-confirm = ✅ Өткөрүп берүү: { $name }
staff-assign-choose = №{ $number } кайрылууну кимге өткөрүп бересиз?
staff-assign-not-allowed = Кайрылууну бул чаттын администратору же аны жүргүзүп жаткан оператор гана өткөрүп бере алат.
staff-assign-not-operator = Бул адам эми бул чаттын оператору эмес: башка бирөөнү тандаңыз.
staff-assign-nobody = Өткөрүп бере турган эч ким жок: бул чатта башка операторлор жок. Администратор аларды /staff add буйругу менен кошот.
staff-assign-same = Бул кайрылууну { $name } жүргүзүп жатат.
staff-assigned = №{ $number } кайрылуу өткөрүлүп берилди: { $name }.
staff-assigned-notice = 👤 №{ $number } кайрылууну эми { $holder } жүргүзөт (өткөрүп берген: { $by }).
staff-card-due = ⏳ Жооп берүү мөөнөтү: { $time } (Москва убактысы)
staff-card-overdue = ⏰ Жооп берүү мөөнөтү өтүп кетти: { $time } (Москва убактысы)
staff-queue-usage = Формат: /queue — бул чаттын ачык кайрылуулары, /queue mine — сиз жүргүзгөндөрү гана. ADMIN_IDS администраторлору: /queue all, /queue all mine.
staff-queue-holders-title = <b>Кимде канча ачык кайрылуу бар:</b>
staff-queue-holder = { $name }: { $open }, анын ичинен шашылыш: { $urgent }
staff-queue-mine-title = <b>Сиз жүргүзгөн ачык кайрылуулар: { $count }</b>, анын ичинен шашылыш: { $urgent }
staff-queue-mine-empty = Сизде ачык кайрылуулар жок.
staff-stats-usage = Формат: /stats — акыркы 7 күн жана бардык убакыт; /stats 2026-11-01 2026-11-30 — ушул күндөрү берилген кайрылуулар (Москва убактысы менен, эки күн тең кошулат).
staff-stats-period-days = <b>{ $from } – { $to } аралыгында берилгендер</b>
staff-stats-holders-title = Операторлор боюнча (ушул мезгилдин кайрылуулары):
staff-stats-holder = { $name }: { $count } (ачык: { $open }, шашылыш: { $urgent })
staff-escalation-title = ⏰ <b>Мөөнөтүндө жооп берилген жок</b> (Москва убактысы):
staff-escalation-item = { $urgent }{ $link } · { $category } · мөөнөтү { $due } · { $holder }
staff-escalation-urgent-title = 🔴⏰ <b>Мөөнөтүндө жооп берилбеген шашылыш кайрылуулар</b> (Москва убактысы):

## Кайрылууну өнөктөш мекемеге өткөрүү (карточкадагы «Өнөктөшкө өткөрүү» баскычы).
staff-button-transfer = ↪️ Өнөктөшкө өткөрүү
staff-button-transfer-confirm = ✅ Өткөрүү: { $institution }
staff-transfer-choose = №{ $number } кайрылууну кайсы мекемеге өткөрөсүз?
staff-transfer-not-allowed = Кайрылууну башка мекемеге бул чаттын администратору же аны жүргүзүп жаткан оператор гана өткөрө алат.
staff-transfer-closed = Жабык кайрылуу өткөрүлбөйт. Адегенде аны кайра ачыңыз.
staff-transfer-unknown-chat = Бул чат боттун кызматкерлер чаттарынын арасында жок: кайрылуу өткөрүлгөн жок.
staff-transfer-nowhere = Өткөрө турган жер жок: боттун башка кызматкерлер чаты жок.
staff-transferred = №{ $number } кайрылуу өткөрүлдү: { $institution }.
staff-transfer-received = ↪️ №{ $number } кайрылууну сизге башка мекеме өткөрдү: { $institution } (өткөргөн: { $by }). Төмөндө – сүрөттөмө, файлдар жана кат алышуу. Аны иштеп баштаңыз.
staff-transfer-history-title = <b>Өткөрүлгөнгө чейинки кат алышуу (Москва убактысы):</b>
staff-transfer-left = ↪️ №{ $number } кайрылуу башка мекемеге өткөрүлдү: { $institution } (өткөргөн: { $by }). Тема жабылды: бул жерден арыз ээсине мындан ары эч нерсе жетпейт.
staff-transfer-gone = №{ $number } кайрылуу башка мекемеге өткөрүлгөн ({ $institution }): билдирүүңүз жөнөтүлгөн жок. Эми ага ошол мекеме жооп берет.
staff-request-elsewhere = Бул кайрылуу эми башка кызматкерлер чатында жүргүзүлөт.
staff-stats-transfers = Өнөктөштөргө өткөрүлдү: { $out }, өнөктөштөрдөн келди: { $into }
