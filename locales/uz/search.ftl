search-prompt = 🔎 Savolingiz haqida istalgan tilda bir necha so'z yozing. Masalan: migratsiya hisobi, ish haqi, politsiya.
search-text-only = Qidirish uchun so'z bilan (matn ko'rinishida) yozing, masalan: migratsiya hisobi.
search-nothing = «{ $query }» bo'yicha hech narsa topilmadi. Boshqa so'zlarni yozib ko'ring yoki menyudan mavzu tanlang.
search-results = «{ $query }» bo'yicha topilgan sahifalar. Yana qidirish uchun boshqa so'zlarni yozing.
