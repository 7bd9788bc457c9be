## Shaxsiy muddatlar: muhojir o'z sanalarini kiritadi, bot muddatlarni eslatib turadi.

menu-deadlines = 📅 Mening muddatlarim
deadlines-title = <b>📅 Mening muddatlarim</b>
deadlines-intro = Sanalaringizni kiriting: men muddatlarni hisoblayman, har biri qaysi qoidaga asoslanganini aytaman va ular haqida oldindan hamda oxirgi kuni eslataman. Faqat sanalar saqlanadi, ularni istalgan vaqtda o'chirishingiz mumkin.
deadlines-none = Siz hali birorta ham sana kiritmagansiz.
deadlines-your-dates = <b>Sizning sanalaringiz</b>
deadlines-entry = Rossiyaga kirgan sana: { $date }
deadlines-contract = Mehnat shartnomasi tugaydi: { $date }
deadlines-contract-early = Mehnat shartnomasi muddatidan oldin bekor qilingan: { $date }
deadlines-medical = Tibbiy ma'lumotnomaning amal qilish muddati: { $date }
deadlines-list = <b>Muddatlar</b>
deadlines-passed = (muddat o'tgan)
deadline-registration = Migratsiya hisobiga turish — oxirgi kun: { $date }
deadline-amina = «Amina»da ro'yxatdan o'tish — kelishingiz bilan darhol, eng kechi: { $date }
deadline-medical = Daktiloskopiya, suratga tushish va tibbiy ko'rik — oxirgi kun: { $date }
deadline-stay = Bo'lish muddatini uzaytirishga ariza berish (90-kungacha) — oxirgi kun: { $date }
deadline-contract = Muddatidan oldin bekor qilingan shartnomadan keyin yangi mehnat shartnomasi — oxirgi kun: { $date }
deadline-contract-ends = Keyingi shartnoma va bo'lish muddatini uzaytirish — shartnoma tugaguncha, oxirgi kun: { $date }
deadline-certificate = Tibbiy ma'lumotnomani yangilash — oxirgi kun: { $date }
deadline-rule-registration = YeOII to'g'risidagi shartnoma, 97-modda: kirgandan keyingi dastlabki 30 kun davomida hisobga turish shart emas.
deadline-rule-amina = 121-FZ-son qonun: Moskva va viloyatda hisob «Amina» orqali. Ilovaning o'z muddati tasdiqlanmagan, shuning uchun umumiy 30 kun ko'rsatildi — uni kutmang.
deadline-rule-medical = 115-FZ-son qonun: ishlash uchun kelgan bo'lsangiz, kirgan kundan boshlab 30 kun.
deadline-rule-stay = YeOII to'g'risidagi shartnoma, 97-modda, va 260-FZ-son qonun: uzaytirmasangiz — ko'pi bilan 90 kun. Muddatni Rossiya IIV (MVD) migratsiya bo'linmasi uzaytiradi.
deadline-rule-contract = YeOII to'g'risidagi shartnoma, 97-modda, 5-band: 15 kun — faqat shartnoma kirgandan keyin 90 kundan ko'p o'tib muddatidan oldin bekor qilinsa.
deadline-rule-contract-ends = YeOII to'g'risidagi shartnoma, 97-modda, 5-band: shartnoma amal qilguncha bo'lishingiz mumkin; u tugagach qo'shimcha kun berilmaydi.
deadline-rule-certificate = 115-FZ-son qonun: ma'lumotnoma muddati tugagach 30 kun ichida yangilanadi, tibbiy ko'rikdan har yili o'tiladi.
deadlines-remind-before = { $days ->
       *[other] { $days } kun qolganda
    }
deadlines-remind-last-day = oxirgi kuni
deadlines-reminders-ahead = Eslataman: { $when }.
deadlines-last-day-today = Bugun oxirgi kun.
deadlines-note-early-needs-entry = Shartnoma muddatidan oldin bekor qilingan: yangi shartnoma uchun 15 kun faqat kirganingizdan beri 90 kundan ko'p o'tgan bo'lsa beriladi. Kirgan sanangizni kiriting, men muddatni hisoblayman.
deadlines-note-early-within-90 = Shartnoma kirgandan keyingi dastlabki 90 kun ichida bekor qilingan: yangi shartnoma uchun 15 kun berilmaydi. Yangi shartnoma tuzing va 90-kungacha bo'lish muddatini uzaytirishga ariza bering — yoki Rossiyadan chiqib keting.
deadlines-note-contract-kind-unknown = Shartnoma muddatidan oldin bekor qilinganmi, siz ko'rsatmadingiz, shuning uchun men uni shu sanagacha amal qiladi deb hisoblayman, qo'shimcha kun yo'q. Aniqlashtirish uchun «✏️ Shartnoma muddati» tugmasini bosing.
deadlines-amina-title = <b>Moskva va viloyat: «Amina»</b>
deadlines-amina-duties =
    • Ilovani har kuni geolokatsiyani yoqib oching: 3 ish kunidan ortiq geolokatsiya bo'lmasa, hisobdan chiqarib, nazoratdagi shaxslar reyestriga kiritadilar.
    • Ko'chsangiz, yangi manzilni 3 ish kuni ichida ilovada xabar qiling.
    • Boshqa hududdan qaytsangiz, ilovada qaytadan ro'yxatdan o'ting.
deadlines-city-hint = Moskva yoki Moskva viloyatida yashaysizmi? «🔔 E'lonlar» bo'limida shahringizni tanlang, men «Amina» qoidalarini ko'rsataman.
deadlines-note = Muddatlar zaxira bilan hisoblangan: ko'rsatilgan sana hech qachon qonunda belgilangandan kech bo'lmaydi. Qoidalar qo'llanma sahifalarida (pastdagi tugmalar).
deadlines-button-entry = ✏️ Rossiyaga kirgan sana
deadlines-button-contract = ✏️ Shartnoma muddati
deadlines-button-medical = ✏️ Ma'lumotnoma muddati
deadlines-button-delete = 🗑 Sanalarimni o'chirish
deadlines-button-page = 📘 Batafsil
deadlines-button-page-of = 📘 { $title }
deadlines-ask-contract-kind = Mehnat shartnomangiz muddatidan oldin bekor qilinganmi yoki tugash sanasigacha amal qiladimi? Muddat shunga bog'liq.
deadlines-button-contract-early = Muddatidan oldin bekor qilingan
deadlines-button-contract-term = O'z sanasigacha amal qiladi
deadlines-ask-entry = Rossiyaga kirgan sanangizni KK.OO.YYYY (kun.oy.yil) ko'rinishida yozing, masalan, { $example }.
deadlines-ask-contract = Mehnat shartnomangiz tugaydigan sanani KK.OO.YYYY (kun.oy.yil) ko'rinishida yozing, masalan, { $example }.
deadlines-ask-contract-early = Shartnoma qaysi sanada bekor qilinganini KK.OO.YYYY (kun.oy.yil) ko'rinishida yozing, masalan, { $example }.
deadlines-ask-medical = Tibbiy ma'lumotnomangiz qaysi sanagacha amal qilishini KK.OO.YYYY (kun.oy.yil) ko'rinishida yozing, masalan, { $example }.
deadlines-bad-date = Bu sanani tushuna olmadim. Iltimos, uni KK.OO.YYYY (kun.oy.yil) ko'rinishida yozing, masalan, { $example }.
deadlines-out-of-range = Bu sana bugungi kundan juda uzoq. Tekshirib, qaytadan yozing.
deadlines-entry-in-future = Rossiyaga kirgan sana kelajakda bo'lishi mumkin emas. Tekshirib, qaytadan yozing.
deadlines-saved = ✅ Saqlandi.
deadlines-deleted = Sanalaringiz o'chirildi. Endi eslatmalar kelmaydi.
deadlines-reminder = ⏰ <b>Eslatma</b>. { $what }. { $days ->
       *[other] Muddat tugashiga { $days } kun qoldi.
    }
deadlines-reminder-today = ⏰ <b>Bugun oxirgi kun</b>. { $what }.
