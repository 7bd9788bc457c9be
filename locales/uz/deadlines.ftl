## Shaxsiy muddatlar: muhojir o'z sanalarini kiritadi, bot muddatlarni eslatib turadi.

menu-deadlines = 📅 Mening muddatlarim
deadlines-title = <b>📅 Mening muddatlarim</b>
deadlines-intro = Sanalaringizni kiriting, men har bir muddat tugashiga 7, 3 va 1 kun qolganda hamda oxirgi kuni eslataman. Faqat sanalar saqlanadi, ularni istalgan vaqtda o'chirishingiz mumkin.
deadlines-none = Siz hali birorta ham sana kiritmagansiz.
deadlines-your-dates = <b>Sizning sanalaringiz</b>
deadlines-entry = Rossiyaga kirgan sana: { $date }
deadlines-contract = Mehnat shartnomasining tugash sanasi: { $date }
deadlines-medical = Tibbiy ma'lumotnomaning amal qilish muddati: { $date }
deadlines-list = <b>Muddatlar</b>
deadlines-passed = (muddat o'tgan)
deadline-registration = Migratsiya hisobiga turish: { $date } gacha
deadline-medical = Daktiloskopiya, suratga tushish va tibbiy ko'rik: { $date } gacha
deadline-contract = Yangi mehnat shartnomasi tuzish: { $date } gacha
deadline-certificate = Tibbiy ma'lumotnomani yangilash: { $date } gacha
deadlines-note = Muddatlar ehtiyotkorlik bilan hisoblangan: ko'rsatilgan sana hech qachon belgilangan muddatdan kech bo'lmaydi. Qoidalarni qo'llanma sahifalarida tekshiring.
deadlines-button-entry = ✏️ Rossiyaga kirgan sana
deadlines-button-contract = ✏️ Shartnoma muddati
deadlines-button-medical = ✏️ Ma'lumotnoma muddati
deadlines-button-delete = 🗑 Sanalarimni o'chirish
deadlines-button-page = 📘 Batafsil
deadlines-ask-entry = Rossiyaga kirgan sanangizni KK.OO.YYYY (kun.oy.yil) ko'rinishida yozing, masalan, { $example }.
deadlines-ask-contract = Mehnat shartnomangiz tugaydigan sanani KK.OO.YYYY (kun.oy.yil) ko'rinishida yozing, masalan, { $example }.
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
