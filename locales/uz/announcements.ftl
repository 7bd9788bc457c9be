## Foydalanuvchi Ombudsman idorasidan e'lonlarni (ommaviy xabarlarni) oladimi yoki yo'qmi.

menu-announcements = 🔔 E'lonlar
announcements-on = 🔔 <b>E'lonlar yoqilgan.</b> Ombudsman idorasi sizga vebinarlar, fuqarolarni qabul qilish va qoidalardagi o'zgarishlar haqida yangiliklar yuborib turadi.
announcements-off = 🔕 <b>E'lonlar o'chirilgan.</b> Ombudsman idorasidan yangiliklar kelmaydi. O'z savollaringizga javoblar avvalgidek keladi.
announcements-button-off = 🔕 O'chirish
announcements-button-on = 🔔 Yoqish
announcements-button-city = 🏙 Mening shahrim
announcements-ask-city = Qaysi shaharda yashab, ishlaysiz? Shu shahardagi qabullar haqidagi e'lonlar sizga keladi. Istalgan vaqtda o'zgartirishingiz mumkin.
announcements-city = 🏙 Shahringiz: { $city }.
announcements-city-unknown = 🏙 Shahringiz ko'rsatilmagan.
city-moscow = Moskva va viloyat
city-spb = Sankt-Peterburg
city-yekaterinburg = Yekaterinburg
city-novosibirsk = Novosibirsk
city-kazan = Qozon
city-krasnoyarsk = Krasnoyarsk
city-samara = Samara
city-other = Boshqa shahar
