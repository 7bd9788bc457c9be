## Администраторлор үчүн /broadcast: кулактандырууну баарына же бир тилди тандагандарга жөнөтүү.

broadcast-ask-message = 📣 Таратыла турган билдирүүнү алуучуларга кандай көрүнүшү керек болсо, так ошондой жөнөтүңүз: текст же коштомо жазуусу бар сүрөт, видео, документ. Ал ар бир алуучуга көчүрүлүп жөнөтүлөт.
broadcast-ask-audience = Кимге жөнөтүлсүн? (сан – алуучулардын саны: кулактандырууларды өчүрбөгөн жана ботту бөгөттөбөгөн адамдар)
broadcast-audience-all = Баарына
broadcast-preview = ☝️ Билдирүү ушундай көрүнөт. Алуучулар: { $recipients }.
broadcast-preview-time = { $minutes ->
    [0] Жөнөтүүгө бир мүнөттөн аз убакыт кетет.
   *[other] Жөнөтүүгө болжол менен { $minutes } мүнөт кетет.
}
broadcast-preview-paid = ⚡ <b>Акы төлөнүүчү таратуу</b>: секундасына 30 эмес, 1000 билдирүүгө чейин жөнөтүлөт. Telegram ар бир билдирүү үчүн боттун балансынан 0,1 жылдыз (Telegram Stars) алат: бул таратуу эң көп { $stars } ⭐ турат.
broadcast-preview-confirm = Жөнөтөйүнбү?
broadcast-button-send-now = ✅ Азыр жөнөтүү
broadcast-button-schedule = 🕒 Пландаштыруу
broadcast-button-cancel = ✖️ Жокко чыгаруу
broadcast-button-pause = ⏸ Убактылуу токтотуу
broadcast-button-resume = ▶️ Улантуу
broadcast-button-stop = ⏹ Токтотуу
broadcast-ask-when = Таратуу баштала турган күндү жана убакытты Москва убактысы менен КК.АА.ЖЖЖЖ СС:ММ (күн.ай.жыл саат:мүнөт) түрүндө жазыңыз, мисалы, 25.12.2026 18:30.
broadcast-bad-when = Бул убакытты түшүнө алган жокмун, же ал жакынкы 60 күндүн ичинде эмес. Аны КК.АА.ЖЖЖЖ СС:ММ (күн.ай.жыл саат:мүнөт) түрүндө, Москва убактысы менен жазыңыз.
broadcast-cancelled = Таратуу жокко чыгарылды, эч нерсе жөнөтүлгөн жок.
broadcast-scheduled = 🕒 Пландаштырылды: { $when } (Москва убактысы менен).
broadcast-status-scheduled = пландаштырылган
broadcast-status-running = жөнөтүлүп жатат
broadcast-status-paused = убактылуу токтотулган
broadcast-status-cancelled = токтотулган
broadcast-status-done = аяктаган
broadcast-progress =
    📣 <b>Таратуу №{ $number }</b>: { $status }
    Жөнөтүлдү: { $sent }
    Ботту бөгөттөгөндөр: { $blocked }
    Каталар: { $failed }
    Калды: { $remaining } (болжол менен { $minutes } мүнөт)
