## Xodimlar chati: murojaat kartochkalari, mavzular va operatorlar buyruqlari. DEFAULT_LOCALE tilida ko'rsatiladi.

command-queue = Ochiq murojaatlar, shoshilinchlari birinchi
command-stats = Statistika
command-export = Murojaatlarni yuklab olish (CSV va XLSX)
command-templates = Shu murojaat uchun tayyor javoblar
command-staff = Operatorlar va administratorlar
command-id = Mening id va bu chatning id raqami

staff-topic-name = №{ $number } · { $category } · { $city }
staff-card-urgent = 🔴 <b>SHOSHILINCH</b>
staff-card-title = <b>Murojaat №{ $number }</b> · { $category }
staff-card-city = Shahar: { $city }
staff-card-status = Holati: { $status } · ijrochi: { $assignee }
staff-card-created = Yuborilgan: { $date } (Moskva vaqti)
staff-card-phone = Telefon: { $phone }
staff-card-chat-only = Aloqa: faqat bot orqali
staff-card-rating = Baho: 5 dan { $rating }
staff-card-continued = (to'liq matn keyingi xabarda)
staff-card-erased = ⚪ Muhojir o'z shaxsiy ma'lumotlarini o'chirdi; murojaat yopildi.
staff-full-text = <b>№{ $number } murojaatning to'liq matni:</b>
staff-history-title = <b>Mavzu o'chirilib, qayta ochildi. Shu paytgacha bo'lgan yozishma (Moskva vaqti):</b>
staff-history-in = muhojir
staff-history-out = operator
staff-history-note = izoh
staff-rated = ⭐ Muhojir yordamni baholadi: 5 dan { $rating }.
staff-template-sent = 📋 Tayyor javob yuborildi (til: { $language }):
staff-button-take = 🙋 Olaman
staff-button-urgent-on = 🔴 Shoshilinch
staff-button-urgent-off = ⚪ Shoshilinch emas
staff-button-close = ✅ Yopish
staff-button-reopen = 🔄 Qayta ochish
staff-not-allowed = Buni faqat operatorlar va administratorlar qila oladi.
staff-admins-only = Buni faqat administratorlar qila oladi.
staff-request-unknown = Bunday murojaat yo'q.
staff-outdated-button = Bu tugma eskirgan: yangi kartochkani yoki /queue buyrug'idan foydalaning.
staff-already-closed = Murojaat allaqachon yopilgan.
staff-already-open = Murojaat allaqachon ochiq.
staff-erased = Muhojir o'z ma'lumotlarini o'chirdi: hech narsa yuborib bo'lmaydi.
staff-closed-hint = №{ $number } murojaat yopilgan, shuning uchun bu xabar yuborilmadi. Avval kartochkadagi «Qayta ochish» tugmasini bosing. (Ichki izoh qoldirish uchun xabarni ! belgisi bilan boshlang.)
staff-edit-closed = №{ $number } murojaat yopilgan, shuning uchun o'zgartirish muhojirga yuborilmadi.
staff-taken = Siz №{ $number } murojaatni oldingiz.
staff-urgent-set = Shoshilinch deb belgilandi.
staff-urgent-unset = Endi shoshilinch emas.
staff-closed = №{ $number } murojaat yopildi; muhojirdan yordamni baholash so'raldi.
staff-reopened = №{ $number } murojaat qayta ochildi.
staff-queue-title = <b>Ochiq murojaatlar: { $count }</b> (avval shoshilinchlari, keyin eng eskilari)
staff-queue-empty = Ochiq murojaatlar yo'q. 🎉
staff-queue-item = { $urgent }{ $link } · { $category } · { $city } · { $status } · { $assignee } · { $age }
staff-queue-unassigned = hech kim
staff-queue-more = …va yana { $count } ta.
staff-age-minutes = { $count } daq
staff-age-hours = { $count } soat
staff-age-days = { $count } kun
staff-stats-title = <b>Statistika</b>
staff-stats-period-week = <b>Oxirgi 7 kun</b>
staff-stats-period-all = <b>Butun davr</b>
staff-stats-total = Murojaatlar: { $count }
staff-stats-by-status = Holati bo'yicha: { $list }
staff-stats-by-category = Mavzular bo'yicha: { $list }
staff-stats-by-city = Shaharlar bo'yicha: { $list }
staff-stats-median = Birinchi javobgacha bo'lgan vaqt medianasi: { $time }
staff-stats-no-answers = Birinchi javobgacha bo'lgan vaqt medianasi: hali javoblar yo'q
staff-stats-rating = O'rtacha baho: { $rating } ({ $count } ta baho)
staff-export-usage = Foydalanish: /export 2026-11-01 2026-11-30 (ikkala sana ham kiradi; sanasiz – oxirgi 30 kun).
staff-export-bad-range = Sanalar YYYY-OO-KK (yil-oy-kun) ko'rinishida, 2000-yildan 2100-yilgacha bo'lishi, birinchisi ikkinchisidan keyin bo'lmasligi va ular orasi 366 kundan oshmasligi kerak.
staff-export-done = { $from } – { $to } oralig'ida yuborilgan murojaatlar: { $count }. { $personal ->
        [yes] Shaxsiy ma'lumotlar bilan (siz administratorsiz): bu fayllarni ehtiyot qilib saqlang.
       *[no] Shaxsiy ma'lumotlarsiz (matnlar va telefon raqamlarini faqat administratorlar oladi).
    }
staff-templates-title = №{ $number } murojaat uchun tayyor javobni tanlang. U muhojirning tilida yuboriladi.
staff-templates-where = /templates buyrug'idan murojaat mavzusi ichida (yoki uning kartochkasiga javob sifatida) foydalaning.
staff-template-done = Yuborildi.
staff-list-title = <b>Xodimlar</b> (ADMIN_IDS ro'yxatidagi administratorlar ham ko'rsatilgan):
staff-list-item = { $id } · { $role }
staff-list-item-named = { $id } · { $name } · { $role }
staff-role-operator = operator
staff-role-admin = administrator
staff-usage = Foydalanish: /staff add 123456789 operator | /staff add 123456789 admin | /staff remove 123456789 | /staff lift 123456789 (murojaatlar chegarasini olib tashlash) | /staff limit 123456789 (chegarani qaytarish)
staff-limit-lifted = { $id } uchun murojaatlar chegarasi olib tashlandi: xohlagancha murojaat yubora oladi.
staff-limit-restored = { $id } uchun odatiy chegara yana amal qiladi: bir vaqtda { $open } ta ochiq, kuniga { $daily } ta yangi murojaat.
staff-limit-not-lifted = { $id } uchun chegara olib tashlanmagan edi: odatiy chegara amal qiladi.
staff-added = { $id } endi – { $role }.
staff-removed = { $id } endi xodim emas.
staff-not-staff = { $id } xodim emas edi.
staff-env-admin = { $id } – .env faylidagi ADMIN_IDS ro'yxatidan administrator; uni o'sha yerda o'zgartiring.

staff-chat-refused =
    ⚠️ Bot xodimlar chatiga ({ $chat }) kerakli tarzda yoza olmayapti: «{ $reason }».
    Murojaatlar kutib turibdi va hech narsa yo'qolmaydi. Botni chatda «Mavzularni boshqarish» huquqi bilan administrator qiling (agar guruhdan chiqarilgan bo'lsa, qayta qo'shing).

staff-rights-alert =
    ⚠️ Ishga tushganda bot xodimlar chatidagi ({ $chat }) huquqlarini tekshirdi:
    { $problems }
    Murojaatlar kutib turibdi va hech narsa yo'qolmaydi; bu tuzatilgach, bot ishini o'zi davom ettiradi.
staff-rights-not-member = • bot bu chatda yo'q: uni qayta qo'shing va administrator qiling
staff-rights-not-admin = • bot administrator emas: uni «Mavzularni boshqarish» va «Xabarlarni o'chirish» huquqlari bilan administrator qiling
staff-rights-no-manage-topics = • «Mavzularni boshqarish» huquqi yo'q: bot yangi murojaat uchun mavzu ocha olmaydi
staff-rights-no-delete-messages = • «Xabarlarni o'chirish» huquqi yo'q: murojaat ma'lumotlari o'chirilganda bot uning mavzusini o'chira olmaydi

staff-scope-all-not-allowed = Barcha chatlarning murojaatlarini faqat ADMIN_IDS ro'yxatidagi administratorlar ko'radi. Bu yerda – shu chatning murojaatlari: buyruqni «all» so'zisiz yozing.
staff-export-sent-private = 🔒 Shaxsiy ma'lumotlar bor fayllar sizga bot bilan shaxsiy chatga yuborildi.
staff-export-start-private = 🔒 Shaxsiy ma'lumotlar bor fayllar faqat shaxsiy chatga yuboriladi. Bot bilan chatni oching, «Start» tugmasini bosing, so'ng /export buyrug'ini qayta yuboring.
staff-operators-only-hint = ℹ️ Murojaat egasi buni ko'rmaydi: murojaat mavzularida faqat shu chatning operatorlari javob beradi. Chat administratori sizni /staff add { $id } operator buyrug'i bilan qo'shadi.

## Murojaatni boshqa operatorga topshirish, kimda nechta, javob berish muddati (issue 16)
staff-button-assign = 👤 Topshirish
staff-button-assign-confirm = ✅ Topshirish: { $name }
staff-assign-choose = №{ $number } murojaatni kimga topshirasiz?
staff-assign-not-allowed = Murojaatni faqat shu chat administratori yoki uni olib borayotgan operator topshira oladi.
staff-assign-not-operator = Bu kishi endi shu chatning operatori emas: boshqasini tanlang.
staff-assign-nobody = Topshiradigan hech kim yo'q: bu chatda boshqa operatorlar yo'q. Administrator ularni /staff add buyrug'i bilan qo'shadi.
staff-assign-same = Bu murojaatni { $name } olib boryapti.
staff-assigned = №{ $number } murojaat topshirildi: { $name }.
staff-assigned-notice = 👤 №{ $number } murojaatni endi { $holder } olib boradi (topshirgan: { $by }).
staff-card-due = ⏳ Javob berish muddati: { $time } (Moskva vaqti)
staff-card-overdue = ⏰ Javob berish muddati o'tib ketdi: { $time } (Moskva vaqti)
staff-queue-usage = Format: /queue — shu chatning ochiq murojaatlari, /queue mine — faqat siz olib borayotganlari. ADMIN_IDS administratorlari: /queue all, /queue all mine.
staff-queue-holders-title = <b>Kimda nechta ochiq murojaat bor:</b>
staff-queue-holder = { $name }: { $open }, shundan shoshilinch: { $urgent }
staff-queue-mine-title = <b>Siz olib borayotgan ochiq murojaatlar: { $count }</b>, shundan shoshilinch: { $urgent }
staff-queue-mine-empty = Sizda ochiq murojaatlar yo'q.
staff-stats-usage = Format: /stats — oxirgi 7 kun va butun davr; /stats 2026-11-01 2026-11-30 — shu kunlarda yuborilgan murojaatlar (Moskva vaqti bilan, ikkala kun ham kiradi).
staff-stats-period-days = <b>{ $from } – { $to } oralig'ida yuborilganlar</b>
staff-stats-holders-title = Operatorlar bo'yicha (shu davr murojaatlari):
staff-stats-holder = { $name }: { $count } (ochiq: { $open }, shoshilinch: { $urgent })
staff-escalation-title = ⏰ <b>Muddatida javob berilmadi</b> (Moskva vaqti):
staff-escalation-item = { $urgent }{ $link } · { $category } · muddati { $due } · { $holder }
staff-escalation-urgent-title = 🔴⏰ <b>Muddatida javob berilmagan shoshilinch murojaatlar</b> (Moskva vaqti):

## Murojaatni hamkor tashkilotga topshirish (kartochkadagi «Hamkorga topshirish» tugmasi).
staff-button-transfer = ↪️ Hamkorga topshirish
staff-button-transfer-confirm = ✅ Topshirish: { $institution }
staff-transfer-choose = №{ $number } murojaatni qaysi tashkilotga topshirasiz?
staff-transfer-not-allowed = Murojaatni boshqa tashkilotga faqat shu chat administratori yoki uni olib borayotgan operator topshira oladi.
staff-transfer-closed = Yopilgan murojaat topshirilmaydi. Avval uni qayta oching.
staff-transfer-unknown-chat = Bu chat botning xodimlar chatlari orasida yo'q: murojaat topshirilmadi.
staff-transfer-nowhere = Topshiradigan joy yo'q: botning boshqa xodimlar chati yo'q.
staff-transferred = №{ $number } murojaat topshirildi: { $institution }.
staff-transfer-received = ↪️ №{ $number } murojaatni sizga boshqa tashkilot topshirdi: { $institution } (topshirgan: { $by }). Quyida – tavsif, fayllar va yozishma. Uni ishga oling.
staff-transfer-history-title = <b>Topshirilgunga qadar bo'lgan yozishma (Moskva vaqti):</b>
staff-transfer-left = ↪️ №{ $number } murojaat boshqa tashkilotga topshirildi: { $institution } (topshirgan: { $by }). Mavzu yopildi: bu yerdan murojaat egasiga endi hech narsa yetib bormaydi.
staff-transfer-gone = №{ $number } murojaat boshqa tashkilotga topshirilgan ({ $institution }): xabaringiz yuborilmadi. Endi unga o'sha tashkilot javob beradi.
staff-request-elsewhere = Bu murojaat endi boshqa xodimlar chatida olib boriladi.
staff-stats-transfers = Hamkorlarga topshirildi: { $out }, hamkorlardan keldi: { $into }
