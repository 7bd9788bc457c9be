## Administratorlar uchun /broadcast: e'lonni hammaga yoki bitta tilni tanlaganlarga yuborish.

broadcast-ask-message = 📣 Tarqatiladigan xabarni qabul qiluvchilarga qanday ko'rinishda borishi kerak bo'lsa, aynan shunday yuboring: matn yoki izohli rasm, video, hujjat. U har bir qabul qiluvchiga nusxalab yuboriladi.
broadcast-ask-audience = Kimga yuborilsin? (son – qabul qiluvchilar soni: e'lonlarni o'chirmagan va botni bloklamaganlar)
broadcast-audience-all = Hammaga
broadcast-preview = ☝️ Xabar shunday ko'rinadi. Qabul qiluvchilar: { $recipients }.
broadcast-preview-time = { $minutes ->
    [0] Yuborish bir daqiqadan kamroq vaqt oladi.
   *[other] Yuborish taxminan { $minutes } daqiqa davom etadi.
}
broadcast-preview-paid = ⚡ <b>Pullik tarqatish</b>: soniyasiga 30 ta emas, 1000 tagacha xabar yuboriladi. Telegram har bir xabar uchun bot balansidan 0,1 yulduz (Telegram Stars) yechib oladi: bu tarqatish ko'pi bilan { $stars } ⭐ turadi.
broadcast-preview-confirm = Yuborilsinmi?
broadcast-button-send-now = ✅ Hozir yuborish
broadcast-button-schedule = 🕒 Rejalashtirish
broadcast-button-cancel = ✖️ Bekor qilish
broadcast-button-pause = ⏸ Vaqtincha to'xtatish
broadcast-button-resume = ▶️ Davom ettirish
broadcast-button-stop = ⏹ To'xtatish
broadcast-ask-when = Tarqatish boshlanadigan sana va vaqtni Moskva vaqti bilan KK.OO.YYYY SS:DD (kun.oy.yil soat:daqiqa) ko'rinishida yozing, masalan, 25.12.2026 18:30.
broadcast-bad-when = Bu vaqtni tushuna olmadim yoki u keyingi 60 kun ichida emas. Uni KK.OO.YYYY SS:DD (kun.oy.yil soat:daqiqa) ko'rinishida, Moskva vaqti bilan yozing.
broadcast-cancelled = Tarqatish bekor qilindi, hech narsa yuborilmadi.
broadcast-scheduled = 🕒 Rejalashtirildi: { $when } (Moskva vaqti bilan).
broadcast-status-scheduled = rejalashtirilgan
broadcast-status-running = yuborilmoqda
broadcast-status-paused = vaqtincha to'xtatilgan
broadcast-status-cancelled = to'xtatilgan
broadcast-status-done = yakunlangan
broadcast-progress =
    📣 <b>Tarqatish №{ $number }</b>: { $status }
    Yuborildi: { $sent }
    Botni bloklaganlar: { $blocked }
    Xatolar: { $failed }
    Qoldi: { $remaining } (taxminan { $minutes } daqiqa)
