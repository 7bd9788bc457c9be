## Murojaatlar: shakl, «Mening murojaatlarim», operatorlar bilan yozishma, /privacy.

menu-file-request = ✍️ Murojaat qilish
menu-my-requests = 📂 Mening murojaatlarim
menu-privacy = 🔒 Mening ma'lumotlarim
command-request = Shikoyat yoki murojaat yuborish
command-myrequests = Mening murojaatlarim va javoblar
command-privacy = Nimani saqlaymiz; ma'lumotlarimni o'chirish

request-not-accepting = Hozircha bot orqali murojaatlar qabul qilinmaydi. Shoshilinch yordam kerak bo'lsa, «Shoshilinch yordam» bo'limini oching.
request-limit-open = Bir vaqtda ochiq bo'lishi mumkin bo'lgan murojaatlar soni – { $max }, sizda shuncha ochiq murojaat bor. Ulardan biriga «📂 Mening murojaatlarim» orqali yozing – operator o'sha yerda javob beradi. Ulardan biri yopilgach, yangi murojaat yubora olasiz.
request-limit-daily = Oxirgi 24 soatda siz bir kishidan bir kunda qabul qilinadigan eng ko'p murojaatni yubordingiz: { $max }. Nima bo'lganini «📂 Mening murojaatlarim» orqali ulardan biriga qo'shib yozing yoki ertaga qayta urinib ko'ring.
request-button-cancel = ✖️ Bekor qilish
request-button-done = ✅ Tayyor, keyingi qadam
request-button-chat-only = 💬 Faqat shu chatda
request-button-share-phone = 📞 Telefon raqamimni qoldirish
request-button-send-phone = 📞 Raqamimni yuborish
request-button-privacy = 📄 To'liq matnni o'qish
request-button-consent = ✅ Roziman
request-button-submit = 📨 Murojaatni yuborish
request-button-edit-category = ✏️ Mavzu
request-button-edit-city = ✏️ Shahar
request-button-edit-text = ✏️ Tavsif
request-button-edit-contact = ✏️ Aloqa
request-button-write = ✍️ Shu murojaatga yozish
request-button-about-page = ✍️ Shu mavzuda murojaat qilish

request-category-wages = 💰 Ish haqi to'lanmadi
request-category-contract = 📄 Shartnoma va ish beruvchi
request-category-police = 👮 Politsiya va ushlab turish
request-category-expulsion = 🚫 Chiqarib yuborish, deportatsiya
request-category-documents = 🪪 Hujjatlar, migratsiya hisobi
request-category-entry_ban = ⛔ Kirish taqiqi va reyestr
request-category-health = 🏥 Sog'liq
request-category-housing = 🏠 Uy-joy
request-category-violence = 🆘 Kamsitish yoki zo'ravonlik
request-category-other = ❓ Boshqa

request-step-category = <b>Yangi murojaat · qadam 1/5</b>
    Murojaatingiz nima haqida?
request-step-city = <b>Qadam 2/5</b>
    Qaysi shahar yoki viloyatdasiz? Quyidan tanlang yoki nomini yozing.
request-city-hint = Shahringiz yoki viloyatingiz nomini yozing (80 belgigacha) yoki tugmalardan birini tanlang.
request-step-text = <b>Qadam 3/5</b>
    Nima bo'lganini yozing: qachon, qayerda, kim. Bir nechta xabar yuborishingiz mumkin, jami { $max_text } belgigacha.
    Dalil sifatida rasm, hujjat, ovozli xabar va video yuborishingiz mumkin ({ $max_files } ta faylgacha).
    Tugatgach, «Tayyor» tugmasini bosing.
request-evidence-received = Qabul qilindi: matn – { $chars } belgi, fayllar – { $files } ta. Yana yuboring yoki «Tayyor» tugmasini bosing.
request-text-too-long = Bu juda uzun: tavsif jami { $max } belgidan oshmasligi kerak, { $left } belgi qoldi. Qisqartirib, qaytadan yuboring.
request-too-many-files = Siz { $max } ta fayl yubordingiz, bitta murojaatga bundan ko'p bo'lmaydi. Davom etish uchun «Tayyor» tugmasini bosing.
request-evidence-hint = Matn, rasm, hujjat, ovozli xabar yoki video yuboring.
request-evidence-empty = Avval nima bo'lganini yozing: matn yoki ovozli xabar yuboring.
request-step-contact = <b>Qadam 4/5</b>
    Operator siz bilan qanday bog'lansin? Javoblar doim shu yerga, shu chatga keladi. Qo'ng'iroq uchun telefon raqamingizni ham qoldirishingiz mumkin.
request-step-phone = Yozish maydoni ostidagi «📞 Raqamimni yuborish» tugmasini bosing. Telegram akkauntingizga bog'langan raqamni o'zi yuboradi, uni qo'lda yozish shart emas.
request-phone-back-hint = Fikringiz o'zgardimi?
request-phone-hint = «📞 Raqamimni yuborish» tugmasini bosing yoki orqaga qayting.
request-phone-not-yours = Bu boshqa odamning kontakti. O'z raqamingizni tugma orqali yuboring.
request-phone-saved = ✅ Raqam qabul qilindi.
request-step-consent = <b>Qadam 5/5: roziligingiz</b>
    Murojaatingizni ko'rib chiqish uchun Ombudsman idorasi siz yozganlarni, yuborgan fayllaringizni, shahringizni va, agar qoldirgan bo'lsangiz, telefon raqamingizni saqlaydi. Ularni faqat idora operatorlari ko'radi. Ular faqat sizga yordam berish uchun ishlatiladi, murojaat yopilgandan keyin { $days } kun saqlanadi va ularni istalgan vaqtda /privacy buyrug'i bilan o'chirishingiz mumkin.
    Shu shaxsiy ma'lumotlaringizga ishlov berilishiga rozimisiz?
request-consent-missing = Roziligingiz bo'lmasa, murojaatni qabul qila olmaymiz. Huquqlaringiz haqida menyuda baribir o'qishingiz mumkin.
request-summary-title = <b>Murojaatingizni tekshiring</b>
request-summary-category = Mavzu: { $category }
request-summary-city = Shahar: { $city }
request-summary-text = Tavsif:
request-summary-files = Fayllar: { $count }
request-summary-chat = Aloqa: faqat shu chatda
request-summary-phone = Aloqa: shu chat va telefon { $phone }
request-summary-hint = Yuboring yoki kerakli joyini tuzating:
request-receipt = ✅ <b>№{ $number } murojaatingiz qabul qilindi.</b>
    Operator shu yerda, shu chatda javob beradi. Raqamni saqlab qo'ying: murojaat holatini «Mening murojaatlarim» bo'limida ko'rishingiz mumkin. Hozir shu yerga nima yozsangiz, shu murojaatga qo'shiladi.
request-receipt-after-hours = 🕒 Hozir ish vaqti emas. Javobni shu vaqtdan boshlab kuting: { $when } (Moskva vaqti).
request-receipt-urgent = 🆘 Agar sizga xavf tug'ilsa yoki sizni ushlashgan bo'lsa, javobni kutmang:
request-away-reply = 📨 №{ $number } murojaat bo'yicha xabaringiz operatorlarga yetkazildi.
request-cancelled = Murojaat yuborilmadi, kiritganlaringiz o'chirildi.
request-draft-kept = Murojaat hali yuborilmadi: kiritganlaringizni saqlab qo'ydim. Davom ettirish uchun «✍️ Murojaat qilish» tugmasini bosing yoki /request yuboring.
request-draft-found = Sizda boshlangan, lekin yuborilmagan murojaat bor. To'xtagan joyingizdan davom ettirasizmi yoki qaytadan boshlaysizmi?
request-button-resume = ▶️ Davom ettirish
request-button-restart = 🆕 Qaytadan boshlash

request-status-new = 🆕 yangi
request-status-in_progress = 🔄 ko'rib chiqilmoqda
request-status-answered = 💬 javob berildi
request-status-closed = ✅ yopilgan
request-list-title = <b>📂 Mening murojaatlarim</b>
    Javoblarni ko'rish uchun murojaatni bosing.
request-list-empty = Sizda hali murojaatlar yo'q.
request-list-item = №{ $number } · { $status } · { $date }
request-list-page = { $total } ta murojaatdan { $from }–{ $to }.
request-button-page-prev = ◀️ Oldingi
request-button-page-next = Keyingi ▶️
request-view-title = <b>Murojaat №{ $number }</b> · { $category }
request-view-status = Holati: { $status } · yuborilgan sana: { $date }
request-view-empty = Hozircha xabarlar yo'q.
request-view-erased = Bu murojaatning matnlari o'chirilgan.
request-history-in = 🙋 Siz
request-history-out = 👤 Operator
request-history-file = [fayl]
request-not-found = Bunday murojaat sizning murojaatlaringiz orasida yo'q.
request-closed = Bu murojaat yopilgan. Davom ettirish uchun yangi murojaat yuboring.
request-write-hint = Xabaringizni yozing (matn, rasm, ovozli xabar, hujjat): u №{ $number } murojaatga qo'shiladi.
request-choose = Sizda bir nechta ochiq murojaat bor. Bu xabar qaysi biriga tegishli?
request-choice-item = №{ $number } · { $category }
request-relay-failed = Bu murojaat yopilgan, shuning uchun xabaringiz yuborilmadi. Menyudan yangi murojaat yuboring.
request-edit-closed = №{ $number } murojaat yopilgan, shuning uchun o'zgartirishingiz operatorlarga yetib bormadi. Kerak bo'lsa, menyudan yangi murojaat yuboring.
request-edited-mark = ✏️ O'zgartirildi:
request-notice-taken = 🔄 №{ $number } murojaatingizni operator ko'rib chiqa boshladi.
request-notice-closed = ✅ №{ $number } murojaatingiz yopildi. Sizga qanchalik yordam bera oldik? 1 dan 5 gacha baholang:
request-notice-reopened = 🔄 №{ $number } murojaatingiz qayta ochildi.
request-rated = Bahoyingiz uchun rahmat!

privacy-text = <b>🔒 Ma'lumotlaringiz</b>
    Nimani va nima uchun saqlaymiz:
    • Telegram ID raqamingiz, tanlagan tilingiz va shahringiz: sizga o'z tilingizda javob berish uchun;
    • murojaatlaringiz: mavzu, shahar, tavsif, fayllar va telefon raqamingiz (faqat uni qoldirgan bo'lsangiz): ularni ko'rib chiqish uchun;
    • «Mening muddatlarim» bo'limida kiritgan sanalaringiz va ro'yxatdan o'tgan tadbirlaringiz: eslatib turish uchun.
    Ismingizni saqlamaymiz. Operatorlar murojaatlarni faqat idoraning yopiq chatida ko'radi.
    Yopilgan murojaatning matnlari, fayllari va telefon raqami yopilgandan { $days } kun o'tgach o'chiriladi; hisobotlar uchun faqat ismsiz umumiy sonlar qoladi (qaysi mavzuda nechta murojaat bo'lgani).
    Barcha ma'lumotlaringizni hoziroq o'chirishingiz mumkin.
privacy-button-erase = 🗑 Ma'lumotlarimni o'chirish
privacy-button-confirm = 🗑 Ha, hammasini o'chirish
privacy-button-keep = ◀️ Yo'q, qolsin
privacy-erase-confirm = Barcha ma'lumotlaringiz o'chirilsinmi? Murojaatlaringizning matnlari, fayllari va telefon raqami, sozlamalaringiz, sanalaringiz va tadbirlarga ro'yxatdan o'tishlaringiz o'chiriladi. Ochiq murojaatlar yopiladi. Buni qaytarib bo'lmaydi.
privacy-erased = ✅ Ma'lumotlaringiz o'chirildi ({ $requests } ta murojaat shaxsiy ma'lumotlardan tozalandi). Faqat ismsiz umumiy sonlar qoldi. Botdan qayta foydalanish uchun /start yuboring.

## Murojaatlarni ko'rib chiqadigan tashkilotlar (TEAM_NAMES) va topshirilgani haqida xabar.
institution-kg-ombudsman = Qirg'iziston Respublikasi Akiykatchisi (Ombudsmani)
institution-ru-commissioner = Rossiya Federatsiyasidagi Inson huquqlari bo'yicha vakil
institution-partner = hamkor tashkilot
request-notice-transferred = ↪️ №{ $number } murojaatingiz topshirildi: endi uni { $institution } ko'rib chiqadi. Hech narsa qilish shart emas: avvalgidek shu yerga yozing, javob shu chatga keladi.
