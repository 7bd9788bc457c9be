## Shoshilinch yordam (o'zbek tili, lotin yozuvi)

emergency-title = Shoshilinch yordam
emergency-body =
    <b>112</b> — favqulodda xizmatlarning yagona raqami.
    • 101 — yong'in xizmati
    • 102 — politsiya
    • 103 — tez tibbiy yordam
    • 104 — gaz xizmati
    Mobil telefondan qo'ng'iroq bepul, hisobingizda pul bo'lmasa ham. <b>SIM-kartangiz bo'lmasa yoki bloklangan bo'lsa, 112 raqamiga qo'ng'iroq qiling</b>: SIM-kartasiz ishlashi aniq ma'lum bo'lgan raqam faqat shu. Qayerga qo'ng'iroq qilishni bilmasangiz, 112 ga qo'ng'iroq qiling. Nima bo'lganini, qayerdaligingizni (shahar, ko'cha, uy) va ismingizni ayting. Sekin gapiring.

    <b>Agar sizni ushlashsa</b>
    • Xotirjam bo'ling.
    • Xodimdan familiyasi, unvoni va lavozimini so'rang.
    • Tarjimon va advokat so'rang.
    • Ushlanganingiz haqida qarindoshlaringizga va Qirg'iziston konsulligiga xabar berishlarini so'rang.
    • Tushunmagan narsangizni imzolamang.
    • Sud qarorisiz sizni 48 soatdan ortiq ushlab turish mumkin emas.

    <b>Rasmiy saytlar</b>
    • ombudsman.kg — Qirg'iziston Respublikasi Ombudsmani (Akiykatchi)
    • ombudsmanrf.org — Rossiya Federatsiyasidagi Inson huquqlari bo'yicha vakil
    • mfa.gov.kg — Qirg'iziston Respublikasi Tashqi ishlar vazirligi: elchixona va konsulliklarning sahifalari
