## Shoshilinch yordam (o'zbek tili, lotin yozuvi)

emergency-title = Shoshilinch yordam
emergency-body =
    <b>112</b> – yagona favqulodda yordam raqami. Har qanday mobil telefondan qo'ng'iroq bepul: hisobda pul bo'lmasa ham, SIM-karta bo'lmasa ham.

    • 101 – yong'in xizmati
    • 102 – politsiya
    • 103 – tez tibbiy yordam
    • 104 – gaz xizmati

    Operatorga nima bo'lganini va qayerda ekaningizni aniq ayting.

    <b>Agar sizni ushlashsa:</b>
    • xotirjam bo'ling;
    • xodimdan ism-familiyasi va unvonini so'rang;
    • tarjimon va advokat so'rang;
    • qarindoshlaringizga va konsullikka xabar berilishini so'rang;
    • tushunmagan hujjatingizni imzolamang;
    • sud qarorisiz <b>48 soatdan</b> ortiq ushlab turish mumkin emas.

    Rasmiy saytlar:
    • ombudsman.kg – Qirg'iziston Ombudsmani
    • ombudsmanrf.org – Rossiyadagi Inson huquqlari bo'yicha vakil
    • kyrgyzembassy.ru – Qirg'iziston elchixonasi
    • mfa.gov.kg – Qirg'iziston Tashqi ishlar vazirligi

    Shoshilinch bo'lmagan savollar bilan shu bot orqali bizga yozing.
