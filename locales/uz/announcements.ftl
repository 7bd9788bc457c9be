## Foydalanuvchi Ombudsman idorasidan e'lonlarni (ommaviy xabarlarni) oladimi yoki yo'qmi.

menu-announcements = 🔔 E'lonlar
announcements-on = 🔔 <b>E'lonlar yoqilgan.</b> Ombudsman idorasi sizga vebinarlar, fuqarolarni qabul qilish va qoidalardagi o'zgarishlar haqida yangiliklar yuborib turadi.
announcements-off = 🔕 <b>E'lonlar o'chirilgan.</b> Ombudsman idorasidan yangiliklar kelmaydi. O'z savollaringizga javoblar avvalgidek keladi.
announcements-button-off = 🔕 O'chirish
announcements-button-on = 🔔 Yoqish
