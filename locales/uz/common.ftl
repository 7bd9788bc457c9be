## Ko'p ekranlarda ishlatiladigan tugmalar va qisqa xabarlar.

common-button-home = 🏠 Bosh menyu
common-button-back = ◀️ Orqaga
common-slow-down = Siz xabarlarni juda tez yuboryapsiz. Bir necha soniya kutib, qaytadan urinib ko'ring.
common-hint = Men quyidagi menyu orqali javob beraman. Mavzuni tanlang yoki sahifani so'zlar bo'yicha topish uchun «Qidiruv»dan foydalaning.
common-unknown-command = Bunday buyruq yo'q. Mana menyu:
common-outdated-button = Bu tugma eskirgan. Mana amaldagi menyu:
common-form-left = Shakl yopildi, unga kiritganlaringiz saqlanmadi.
common-cancelled = Bekor qilindi, hech narsa saqlanmadi.
common-nothing-to-cancel = Bekor qiladigan hech narsa yo'q.
common-error = Kechirasiz, bizda nosozlik yuz berdi. Bir daqiqadan keyin qayta urinib ko'ring. Xato takrorlanaversa, menyuni /menu buyrug'i bilan oching.

## Bosh menyu

menu-title = <b>Bosh menyu</b>
    Keraklisini tanlang:
menu-rights = 📘 Huquqlaringiz
menu-search = 🔎 Qidiruv
menu-emergency = 🆘 Shoshilinch yordam
menu-language = 🌐 Til

## /start, tilni tanlash, /help

start-greeting = Assalomu alaykum! Bu – Rossiyada ishlayotganlar uchun Qirg'iziston Respublikasi Ombudsmanining (Akiykatchi) ma'lumot xizmati. Bu yerda huquqlaringiz haqida o'z tilingizda o'qishingiz mumkin.
start-choose-language = Tilni tanlang:
start-welcome-back = Qaytganingizdan xursandmiz! Keraklisini tanlang:
start-language-set = Til: { $language }.
help-text =
    <b>Botdan qanday foydalanish kerak</b>

    • 📘 Huquqlaringiz: hujjatlar, ish, politsiya, sog'liq, oila, pensiya va kirish taqiqlari haqida qisqa sahifalar. Har bir sahifada uning huquqiy asosi va tekshirilgan sanasi ko'rsatilgan.
    • 🔎 Qidiruv: istalgan tilda bir necha so'z yozing, masalan, «migratsiya hisobi» yoki «ish haqi».
    • 🆘 Shoshilinch yordam: 112 raqami va sizni ushlashsa nima qilish kerakligi.

    Buyruqlar: /menu (bosh menyu), /search, /emergency, /language, /help.
    Bu umumiy ma'lumot, u yurist maslahati o'rnini bosmaydi.

## Telegram ko'rsatadigan buyruqlar ro'yxati (har biri ko'pi bilan 256 belgi)

command-start = Boshlash va tilni tanlash
command-menu = Bosh menyu
command-search = Huquqlar bo'yicha qo'llanmadan qidirish
command-emergency = Shoshilinch raqamlar va yordam
command-language = Tilni o'zgartirish
command-help = Botdan qanday foydalanish kerak

## Language names are written in their own language: the same in every locale.
language-name-ky = Кыргызча
language-name-ru = Русский
language-name-uz = O'zbekcha
language-name-en = English

## Administratorlar buyruqlari (faqat ularga ko'rinadi)
command-broadcast = E'lon yuborish
command-newevent = Vebinar yoki qabul yaratish
command-events = Yaqin tadbirlar: o'zgartirish yoki bekor qilish
common-moscow-time = 🕒 Barcha vaqtlar Moskva vaqti bilan ko'rsatilgan.
common-id-user = Telegramdagi id raqamingiz: <code>{ $id }</code>
common-id-chat = Bu chatning id raqami: <code>{ $chat }</code>
common-id-staff-hint = Murojaatlar shu yerga kelishi uchun bu id raqamini .env faylidagi STAFF_CHAT_ID (yoki REQUEST_ROUTING) sozlamasiga yozing.
