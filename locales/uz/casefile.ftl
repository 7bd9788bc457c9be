## Murojaat hujjatlari to'plami (/casefile) va uni kim olgani (/audit) — xodimlar chati
## administratorlari uchun, administrator tilida. casefile-caption, -usage va -audit-* —
## Telegram HTML; transcript.txt satrlari (casefile-title … casefile-reason-*) — oddiy matn.

command-casefile = Murojaat hujjatlari to'plami (ZIP, shaxsiy chatga)
command-audit = Hujjatlar to'plamini kim va qachon olgani
casefile-usage = Foydalanish: /casefile 123 — №123 murojaatning hujjatlari to'plami; murojaat mavzusida shunchaki /casefile. Faqat administratorlar uchun; to'plam bot bilan shaxsiy chatingizga keladi.
casefile-unknown = Bu yerda bunday murojaat yo'q.
casefile-erased = №{ $number } murojaatning hujjatlari to'plami yo'q: uning ma'lumotlari { $date } o'chirilgan.
casefile-preparing = 📁 №{ $number } murojaatning hujjatlari to'plamini tayyorlayapman: yozishma va uning fayllari. Birozdan keyin shu yerga keladi.
casefile-start-private = 📁 Hujjatlar to'plami faqat shaxsiy chatga yuboriladi. Bot bilan chatni oching, «Start» tugmasini bosing, so'ng /casefile buyrug'ini qayta yuboring.
casefile-sent-private = 📁 №{ $number } murojaatning hujjatlari to'plami sizga bot bilan shaxsiy chatga yuboriladi.
casefile-already-queued = 📁 №{ $number } murojaatning hujjatlari to'plami tayyorlanmoqda, bot bilan shaxsiy chatingizga keladi.
casefile-caption = 📁 №{ $number } murojaatning hujjatlari to'plami: transcript.txt va { $files } ta fayl, { $size }.{ $left ->
        [0] {""}
       *[other] { " " }{ $left } ta fayl yuklab olinmadi: sabablari transcript.txt ichida.
    } Unda shaxsiy ma'lumotlar bor: uni xavfsiz saqlang va ish tugagach o'chirib tashlang.
casefile-size = { $size } MB
casefile-time = { $time } MSK
casefile-title = №{ $number } murojaatning hujjatlari to'plami
casefile-category = Mavzu: { $category }
casefile-city = Shahar: { $city }
casefile-status = Holati: { $status }
casefile-filed = Yuborilgan: { $time }
casefile-first-answer = Birinchi javob: { $time }
casefile-closed = Yopilgan: { $time }
casefile-phone = Telefon: { $phone }
casefile-made = To'plam tuzilgan: { $time }, kim uchun: { $name }
casefile-zone = Barcha vaqtlar Moskva vaqti bilan ko'rsatilgan (MSK).
casefile-thread-empty = Yozishmada xabarlar yo'q.
casefile-left-out = Bu arxivga kirmadi: { $count } ta fayl (har birining yonida sababi yozilgan).
casefile-line-migrant = { $time } — Muhojir:
casefile-line-operator = { $time } — Operator { $name }:
casefile-line-note = { $time } — [ichki izoh] { $name }:
casefile-kind = { $kind ->
        [photo] rasm
        [voice] ovozli xabar
        [video] video
        [video_note] videoxabar
        [audio] audio
        [document] hujjat
       *[other] fayl
    }
casefile-attachment = [{ $kind }: { $file }]
casefile-attachment-missing = [{ $kind }: yuklab olinmadi: { $reason }]
casefile-reason-too-big = Telegram botga yuklab olishga ruxsat beradigan 20 MB dan katta
casefile-reason-unavailable = Telegram bu faylni endi bermaydi
casefile-reason-cap = to'plam 45 MB dan oshmasligi uchun qo'shilmadi
casefile-reason-failed = Telegram javob bermadi; to'plamni keyinroq qayta so'rang
casefile-audit-title = <b>🗂 Yuborilgan hujjatlar to'plamlari (Moskva vaqti), avval yangilari:</b>
casefile-audit-line = { $time } · №{ $number } · { $name } · { $files } ta fayl, { $size }
casefile-audit-more = … va yana { $count } ta oldingisi.
casefile-audit-empty = Hali birorta hujjatlar to'plami yuborilmagan.
casefile-audit-usage = Foydalanish: /audit — shu chat murojaatlarining oxirgi to'plamlari; /audit 123 — №123 murojaatniki; /audit all — barcha xodimlar chatlariniki (faqat ADMIN_IDS).
