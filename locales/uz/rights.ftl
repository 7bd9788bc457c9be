## Huquqlar bo'yicha qo'llanma (o'zbek tili, lotin yozuvi)

rights-section-docs = Hujjatlar va migratsiya hisobi

rights-page-reg30-title = Migratsiya hisobi: 30 kun
rights-page-reg30-body =
    Qirg'iziston fuqarolari va ularning oila a'zolari Rossiyaga kirgan kundan boshlab <b>30 kun</b> davomida migratsiya hisobiga (миграционный учёт) turmasa ham bo'ladi. Bu YeOII (ЕАЭС) fuqarolariga berilgan imtiyoz. 30 kundan keyin hisobga turish majburiy.

    • Qirg'iziston fuqarolari uchun muddat 90 emas, <b>30 kun</b>. 90 kun faqat Belarus fuqarolariga tegishli. «Barcha YeOII fuqarolariga 90 kun» degan ma'lumotlar noto'g'ri.
    • Hisobga qo'yilgach, kelganlik haqidagi bildirishnomaning ajratma qismini (отрывная часть уведомления) oling va yo'qotmang.
    • Mehnat shartnomangiz bo'lsa, hisobga bir yilgacha muddatga qo'yilishingiz va keyin uni uzaytirishingiz mumkin.

    Rossiyaga kirgan kuningizni eslab qoling va hisobga turishni oxirgi kunga qoldirmang.
rights-page-reg30-basis = YeOII to'g'risidagi shartnoma, 97-modda; 109-FZ-son Federal qonun

rights-page-host-title = Sizni kim hisobga qo'yadi
rights-page-host-body =
    Migratsiya hisobiga sizni <b>qabul qiluvchi tomon</b> (принимающая сторона) qo'yadi. Bu – siz yashayotgan uyning egasi yoki siz yashayotgan joydagi tashkilot (masalan, yotoqxona).

    • Qabul qiluvchi tomon kelganlik haqida bildirishnoma (уведомление о прибытии) topshiradi.
    • Sizga bildirishnomaning ajratma qismi (отрывная часть) beriladi. Uni saqlang: u hisobda turganingizni tasdiqlaydi.
    • Ish beruvchining manzili bo'yicha hisobga faqat o'sha yerda haqiqatan yashasangiz turishingiz mumkin.

    Ajratma qismni olganingizda ism-familiyangiz, manzil va sanalar to'g'ri yozilganini tekshiring.
rights-page-host-basis = 109-FZ-son Federal qonun, 21-modda, 2-qism

rights-page-card-title = Migratsiya kartasi
rights-page-card-body =
    Rossiyaga kirishda migratsiya kartasi (миграционная карта) to'ldiriladi. Ishlash uchun kelayotgan bo'lsangiz, kirish maqsadi sifatida <b>«работа»</b> (ish) deb ko'rsating.

    • Kirish maqsadini Rossiyadan chiqmasdan o'zgartirib bo'lmaydi. Shuning uchun chegarada uni to'g'ri belgilang.
    • Migratsiya kartasini yo'qotmang va Rossiyada bo'lgan butun vaqtingiz davomida saqlang.
    • Rossiyaga Qirg'iziston ID-kartasi yoki xorijga chiqish pasporti (заграничный паспорт) bilan kirish mumkin.

    Kartani to'ldirayotganda ism-familiyangizni pasportingizdagidek yozing va barcha ma'lumotlarni tekshiring.
rights-page-card-basis = Rossiya migratsiya qoidalari (migratsiya kartasi); Elchixona eslatmasi

rights-page-stay-title = Rossiyada qancha yashash mumkin
rights-page-stay-body =
    Siz va oilangiz Rossiyada mehnat shartnomangiz (yoki fuqarolik-huquqiy shartnomangiz) amal qiladigan muddat davomida yashashingiz mumkin. Shu muddat ichida Rossiyadan chiqib, qayta kirish shart emas.

    • Shartnoma muddatidan oldin tugasa va kirganingizdan beri 90 kun o'tgan bo'lsa, yangi shartnoma tuzish uchun sizda <b>15 kun</b> bor.
    • 2025-yil 1-yanvardan vizasiz kelgan chet elliklar bir kalendar yilda Rossiyada ko'pi bilan 90 kun bo'lishi mumkin. Ishlayotgan (mehnat munosabatida bo'lgan) kishilarga bu cheklov tatbiq etilmaydi.
    • Yashash muddatini uzaytirish uchun IIV (МВД) migratsiya bo'linmasiga mehnat shartnomasi nusxasi bilan boring.

    Shartnoma nusxasini doim saqlang: Rossiyada qonuniy turishingiz shunga bog'liq.
rights-page-stay-basis = YeOII to'g'risidagi shartnoma, 97-modda, 5-band; 2024-yil 8-avgustdagi 260-FZ-son Federal qonun

rights-page-medical-title = Daktiloskopiya va tibbiy ko'rik
rights-page-medical-body =
    Qirg'iziston fuqarolari ham daktiloskopiya (дактилоскопия – barmoq izlarini olish), suratga tushish va tibbiy ko'rikdan (медосвидетельствование) o'tishi shart.

    • Ishlash uchun kelgan bo'lsangiz – Rossiyaga kirgan kundan boshlab <b>30 kun ichida</b>. Boshqa maqsadda kelganlar uchun muddat – 90 kun.
    • 6 yoshga to'lmagan bolalar bu tartibdan ozod.
    • Daktiloskopiyadan bir marta o'tasiz, bu bepul.
    • Tibbiy ma'lumotnomaning muddati tugasa, uni tugagan kundan keyin <b>30 kun ichida</b> yangilang.

    Muddatni o'tkazib yubormang. Berilgan barcha hujjatlarni saqlang.
rights-page-medical-basis = 115-FZ-son Federal qonun; davlat daktiloskopik ro'yxatga olish qoidalari

rights-page-amina-title = Amina ilovasi (Moskva)
rights-page-amina-body =
    <b>2025-yil 1-sentabrdan</b> Moskva shahri yoki Moskva viloyatiga ishlash uchun keladigan chet elliklar, jumladan Qirg'iziston fuqarolari, <b>Amina</b> ilovasini o'rnatishi shart.

    • Ilovani RuStore orqali yuklab oling.
    • Ilova joylashuvingizni (геолокация) kuzatib boradi.
    • Har kuni ilovaga kirib, geolokatsiya yoqilganini va to'g'ri ishlayotganini tekshiring.
    • Boshqa hududga ketsangiz, o'sha yerda migratsiya hisobiga turing. Moskva yoki Moskva viloyatiga qaytganingizda ilovada yana ro'yxatdan o'ting.

    Savollaringiz bo'lsa, shu bot orqali bizga yozing.
rights-page-amina-basis = Moskva mintaqasidagi tajriba qoidalari (2025-yil 1-sentabrdan)

rights-page-ruid-title = RuID ilovasi
rights-page-ruid-body =
    RuID – Rossiyaga kirish uchun oldindan ariza topshiriladigan ilova. 2025-yil 30-iyundan 2026-yil 30-iyungacha tajriba (эксперимент) o'tkazildi: vizasiz keladigan chet elliklar ilovada ariza topshirishi mumkin edi.

    • Tajriba davrida ariza topshirish ixtiyoriy edi.
    • Ariza topshirmaslik kirishni rad etish yoki kirishni taqiqlash uchun asos emas edi.
    • 2026-yil 1-iyuldan ishlash yoki o'qish uchun kelganlarga arizani majburiy qilish haqida qaror loyihasi bor edi. Bu qaror qabul qilingani <b>tasdiqlanmagan</b>.

    Rossiyaga jo'nashdan oldin amaldagi qoidalarni albatta tekshiring: rasmiy manbalardan yoki shu bot orqali bizdan so'rang.
rights-page-ruid-basis = Rossiya Raqamli rivojlanish vazirligining 2025-yil 17-iyundagi OK-P24-58177-son xati

rights-section-work = Ish va mehnat huquqlari

rights-page-nopatent-title = Patent va ruxsatnoma kerak emas
rights-page-nopatent-body =
    Qirg'iziston – YeOII (ЕАЭС) a'zosi. Shuning uchun Qirg'iziston fuqarolariga Rossiyada ishlash uchun <b>patent ham, ishlashga ruxsatnoma ham kerak emas</b>.

    • Ish beruvchi sizni kvotasiz va chet ellik ishchilar uchun belgilangan cheklovlarsiz ishga olishi mumkin.
    • Ta'lim to'g'risidagi hujjatlaringiz (diplom, attestat) alohida tan olish tartibisiz tan olinadi. Pedagogik, tibbiy va farmatsevtik ish bundan mustasno.
    • Daromad solig'ini (НДФЛ) ishning birinchi kunidan Rossiya soliq rezidentlari bilan bir xil stavkada to'laysiz.

    Kimdir sizdan patent talab qilsa, bu noto'g'ri. YeOII to'g'risidagi shartnomaning 97-moddasini eslating.
rights-page-nopatent-basis = YeOII to'g'risidagi shartnoma, 97–98-moddalar

rights-page-contract-title = Mehnat shartnomasi
rights-page-contract-body =
    Mehnat shartnomasi (трудовой договор) yozma ravishda, ikki nusxada tuziladi. Bir nusxasi sizga beriladi.

    • Yozma shartnomasiz ishga qo'yilgan bo'lsangiz ham, shartnoma tuzilgan hisoblanadi. Ish beruvchi uni <b>3 ish kuni ichida</b> yozma rasmiylashtirishi shart.
    • Ish beruvchi sizni ishga olganini <b>3 ish kuni ichida</b> IIVga (МВД) xabar qilishi shart.
    • Shartnoma nusxangizni saqlang: Rossiyada qancha muddat yashashingiz shu shartnomaga bog'liq.

    Imzolashdan oldin shartnomani diqqat bilan o'qing: lavozim, ish haqi va ish vaqti yozilganini tekshiring. Tushunmagan narsangizni imzolamang.
rights-page-contract-basis = RF Mehnat kodeksi, 67-modda

rights-page-wages-title = Ish haqi to'lanmasa
rights-page-wages-body =
    Ish haqi <b>15 kundan ortiq</b> kechiktirilsa, ish beruvchini yozma ravishda ogohlantirib, ishni to'xtatib turishingiz mumkin.

    • Ish beruvchi kechiktirilgan har bir kun uchun kompensatsiya to'lashi shart: o'z vaqtida to'lanmagan summadan Markaziy bank asosiy stavkasining (ключевая ставка ЦБ) kamida 1/150 qismi miqdorida.
    • Dalillarni to'plang: mehnat shartnomasi, hisob-kitob varaqalari (расчётные листки), SMS va messenjerdagi yozishmalar, guvohlar.
    • Ogohlantirish xatini ikki nusxada yozing. Ikkinchi nusxaga ish beruvchidan qabul qilgani haqida belgi qo'ydirib oling.

    Ish haqi bo'yicha sudga murojaat qilish muddati – 1 yil. Qayerga murojaat qilish haqida «Qayerga shikoyat qilish mumkin» sahifasini o'qing.
rights-page-wages-basis = RF Mehnat kodeksi, 142- va 236-moddalar

rights-page-deadlines-title = Sudga murojaat muddatlari
rights-page-deadlines-body =
    Mehnat nizosi bo'yicha sudga murojaat qilishning qat'iy muddatlari bor. Ularni o'tkazib yubormang.

    • Umumiy mehnat nizosi – <b>3 oy</b>.
    • Ishdan bo'shatish bo'yicha nizo – <b>1 oy</b>.
    • To'lanmagan yoki to'liq to'lanmagan ish haqi – <b>1 yil</b>.

    Mehnat nizolari bo'yicha da'volarda ishchilar sudga davlat bojini (госпошлина) to'lamaydi.

    Kechiktirmang. Hujjat va dalillarni oldindan to'plang: shartnoma, buyruqlar, hisob-kitob varaqalari, yozishmalar. Muddat qaysi kundan hisoblanishini aniqlash uchun yurist bilan maslahatlashing yoki shu bot orqali bizga yozing.
rights-page-deadlines-basis = RF Mehnat kodeksi, 392- va 393-moddalar

rights-page-complain-title = Qayerga shikoyat qilish mumkin
rights-page-complain-body =
    Ish beruvchi huquqlaringizni buzsa (masalan, ish haqi bermasa, shartnoma tuzmasa yoki noqonuniy ishdan bo'shatsa), quyidagi joylarga murojaat qiling:

    • Davlat mehnat inspeksiyasi (Государственная инспекция труда). Shikoyatni Gosuslugi (Госуслуги) orqali onlayn ham yuborish mumkin.
    • Prokuratura (прокуратура).
    • Sud.

    Shuningdek, shu bot orqali Qirg'iziston Ombudsmaniga yozishingiz mumkin.

    Shikoyatga dalillarni ilova qiling: shartnoma nusxasi, hisob-kitob varaqalari, yozishmalar. Barcha hujjatlarning nusxasini o'zingizda saqlang.
rights-page-complain-basis = RF Mehnat kodeksi, 352-modda

rights-section-police = Politsiya va ushlab turish

rights-page-detained-title = Politsiya to'xtatsa yoki ushlasa
rights-page-detained-body =
    Politsiya sizni to'xtatsa yoki ushlasa, xotirjam bo'ling va hujjatlaringizni ko'rsating.

    Politsiya xodimi o'z ism-familiyasi, unvoni va lavozimini aytishi hamda huquqlaringizni tushuntirishi shart. Sizning huquqlaringiz:

    • yuridik yordam olish (advokat);
    • tarjimon xizmatidan foydalanish;
    • qarindoshlaringizga xabar berilishi;
    • tushuntirish berishdan bosh tortish.

    Sud qarorisiz ushlab turish <b>48 soatdan</b> oshmasligi kerak.

    Xodimning ism-familiyasi va unvonini eslab qoling yoki yozib oling. Tushunmagan hujjatingizni imzolamang.
rights-page-detained-basis = «Politsiya to'g'risida»gi Federal qonun, 14-modda

rights-page-interpreter-title = Tarjimon va ona tilingiz
rights-page-interpreter-body =
    Ma'muriy ish (административное дело) yuritilganda siz ona tilingizda, masalan, o'zbek yoki qirg'iz tilida gapirishingiz, tushuntirish berishingiz va shikoyat yozishingiz mumkin. Buning uchun tarjimon xizmatidan foydalanish huquqingiz bor.

    • Rus tilini yaxshi tushunmasangiz, darhol tarjimon so'rang.
    • Tushunmagan hujjatingizni, jumladan bayonnomani (протокол), imzolamang.
    • Hujjat mazmunini sizga tushunarli tilda tushuntirishlarini so'rang.

    Tarjimon so'raganingizni bayonnomaga yozib qo'yishlarini talab qiling. Keyin shikoyat qilsangiz, bu sizga yordam beradi.
rights-page-interpreter-basis = RF Ma'muriy huquqbuzarliklar to'g'risidagi kodeksi, 24.2-modda

rights-page-consulate-title = Konsullikka xabar berish
rights-page-consulate-body =
    Agar sizni jinoyat sodir etganlikda gumon qilib ushlashsa (подозреваемый), Qirg'iziston elchixonasi yoki konsulligiga <b>12 soat ichida</b> xabar berilishi shart.

    • Elchixona yoki konsullikka xabar berishni o'zingiz talab qiling.
    • Qarindoshlaringizga ham xabar berilishini so'rang.
    • Advokat va tarjimon so'rang.
    • Tushunmagan hujjatingizni imzolamang.

    Qirg'iziston Respublikasining Rossiyadagi elchixonasi sayti: kyrgyzembassy.ru. Konsulliklar haqidagi ma'lumotni mfa.gov.kg saytidan tekshiring.
rights-page-consulate-basis = RF Jinoyat-protsessual kodeksi, 96-modda, 3-qism

rights-section-health = Sog'liq va tibbiy yordam

rights-page-urgent-title = Shoshilinch tibbiy yordam
rights-page-urgent-body =
    Rossiyada ishlayotgan Qirg'iziston fuqarolari va ularning oila a'zolari shoshilinch va kechiktirib bo'lmaydigan tibbiy yordamni (экстренная и неотложная помощь) <b>bepul</b> oladi.

    • Tez tibbiy yordam: <b>103</b> yoki <b>112</b>.
    • 112 raqamiga har qanday mobil telefondan bepul qo'ng'iroq qilish mumkin, hisobda pul yoki SIM-karta bo'lmasa ham.
    • Yoningizda pasport yoki ID-kartani, bo'lsa, OMS polisini olib yuring.

    Qo'ng'iroq qilganingizda manzilni, nima bo'lganini va bemorning ahvolini aniq ayting. Rus tilida gapirish qiyin bo'lsa, yoningizdagilardan yordam so'rang.
rights-page-urgent-basis = YeOII to'g'risidagi shartnoma, 98-modda, 4-band; Tibbiy yordam ko'rsatish to'g'risidagi protokol (30-ilova)

rights-page-oms-title = Majburiy tibbiy sug'urta (OMS)
rights-page-oms-body =
    Rossiyada ishlayotgan YeOII fuqarolari, jumladan Qirg'iziston fuqarolari, majburiy tibbiy sug'urta (ОМС) bilan sug'urtalanadi.

    • OMS polisini olish uchun ish beruvchingizga yoki tibbiy sug'urta kompaniyasiga (страховая компания) murojaat qiling.
    • Oila a'zolaringiz, agar ularda vaqtincha yashashga ruxsat (РВП) yoki yashash guvohnomasi (ВНЖ) bo'lmasa, OMS bilan sug'urtalanmaydi.
    • YeOII Sudi 2026-yil martida (R-7/25-son ish) davlatlar oila a'zolariga OMSni avtomatik ravishda berishga majbur emasligini ko'rsatdi.

    Oila a'zolaringiz uchun ixtiyoriy tibbiy sug'urta (ДМС) haqida o'ylab ko'ring. Shoshilinch tibbiy yordam esa ular uchun ham bepul.
rights-page-oms-basis = 326-FZ-son Federal qonun, 10-modda

rights-section-family = Oila va bolalar

rights-page-school-title = Bog'cha va maktab
rights-page-school-body =
    <b>2025-yil 1-apreldan</b> chet ellik bolalarni bog'cha va maktabga qabul qilish uchun ularning Rossiyada qonuniy turganini tasdiqlovchi hujjatlar talab qilinadi. Maktabga kirish uchun bola rus tilidan test topshirishi kerak.

    • YeOII fuqarolari uchun istisno borligi aniqlanmagan. Bu talablar Qirg'iziston fuqarolarining bolalariga ham tegishli deb hisoblang.
    • Bolaning hujjatlari va migratsiya hisobini oldindan tartibga keltiring.
    • Bola rus tilini yaxshi bilmasa, uni testga oldindan tayyorlang.

    Bu test maktabga kiradigan bolalar uchun. Savollaringiz bo'lsa, maktabning o'zidan yoki shu bot orqali bizdan so'rang.
rights-page-school-basis = Chet ellik bolalarni qabul qilish bo'yicha Rossiya qoidalari (2025-yil 1-apreldan)

rights-page-familyoms-title = Oilangiz uchun tibbiy yordam
rights-page-familyoms-body =
    Siz Rossiyada ishlasangiz, oila a'zolaringiz ham shoshilinch va kechiktirib bo'lmaydigan tibbiy yordamni <b>bepul</b> oladi. Tez yordam: 103 yoki 112.

    • Oila a'zolaringiz OMS (majburiy tibbiy sug'urta) bilan sug'urtalanmagan. Istisno – ularda vaqtincha yashashga ruxsat (РВП) yoki yashash guvohnomasi (ВНЖ) bo'lsa.
    • Shuning uchun boshqa tibbiy yordam, masalan, rejali davolanish uchun pul to'lashga to'g'ri kelishi mumkin.
    • Oila a'zolaringiz uchun ixtiyoriy tibbiy sug'urta (ДМС) olishni o'ylab ko'ring. Polis nimani qoplashini sotib olishdan oldin o'qing.

    Oila a'zolaringizning hujjatlari doim yonida bo'lsin.
rights-page-familyoms-basis = YeOII to'g'risidagi shartnoma, 98-modda, 4-band; 326-FZ-son Federal qonun, 10-modda

rights-page-social-title = Ijtimoiy ta'minot va kasaba uyushmasi
rights-page-social-body =
    YeOII to'g'risidagi shartnomaga ko'ra, Rossiyada ishlayotgan Qirg'iziston fuqarolari ijtimoiy ta'minot (социальное обеспечение) bo'yicha Rossiya fuqarolari bilan bir xil shartlarga ega. Pensiya bundan mustasno: u alohida kelishuv bilan tartibga solinadi («Pensiya» bo'limiga qarang).

    • Siz kasaba uyushmasiga (профсоюз) a'zo bo'lishingiz mumkin.
    • Kasaba uyushmasi mehnat huquqlaringizni himoya qilishda yordam berishi mumkin.
    • Bu huquqlardan foydalanish uchun rasmiy ishlang: yozma mehnat shartnomasi talab qiling va uning nusxasini saqlang.

    Savollaringiz bo'lsa, shu bot orqali bizga yozing.
rights-page-social-basis = YeOII to'g'risidagi shartnoma, 98-modda

rights-section-pension = Pensiya

rights-page-eaeu-title = YeOII pensiya kelishuvi
rights-page-eaeu-body =
    YeOII davlatlari mehnatkashlarining pensiya ta'minoti to'g'risidagi kelishuv <b>2021-yil 1-yanvardan</b> kuchga kirgan.

    • Shu sanadan keyingi ish uchun har bir davlat o'z hududida ishlab topilgan mehnat staji (стаж) uchun pensiya to'laydi. Bunda o'z fuqarolari bilan bir xil shartlar qo'llanadi.
    • Boshqa YeOII davlatlarida ishlagan stajingiz pensiya olish huquqini aniqlashda hisobga olinadi.
    • Bir davlatdan pensiya olish boshqa davlat pensiyasini to'xtatmaydi.
    • Pensiya boshqa YeOII davlatida yashayotgan kishiga ham to'lanadi.

    Demak, Qirg'izistonga qaytsangiz ham, Rossiyada ishlagan yillaringiz uchun pensiya olishingiz mumkin.
rights-page-eaeu-basis = YeOII mehnatkashlarining pensiya ta'minoti to'g'risidagi kelishuv; 2020-yil 9-noyabrdagi 354-FZ-son Federal qonun

rights-page-record-title = Pensiyaga qaysi ish hisoblanadi
rights-page-record-body =
    Pensiya uchun faqat rasmiy (qonuniy) ish hisobga olinadi: ish beruvchi siz uchun pensiya badallarini (пенсионные взносы) to'lagan bo'lishi kerak.

    • Ish beruvchidan yozma mehnat shartnomasi talab qiling.
    • Badallar to'lanayotganini tekshirib turing, masalan, Gosuslugi (Госуслуги) orqali.
    • 2021-yilgacha bo'lgan ish bo'yicha savollar bilan Rossiya Ijtimoiy fondiga (Социальный фонд России, СФР) yoki Qirg'iziston Ijtimoiy fondiga murojaat qiling.

    Mehnat shartnomalari va ish haqi to'g'risidagi hujjatlarni yillar davomida saqlang. Ular pensiya tayinlashda kerak bo'lishi mumkin.
rights-page-record-basis = YeOII mehnatkashlarining pensiya ta'minoti to'g'risidagi kelishuv

rights-section-bans = Kirish taqiqi va reyestr

rights-page-ban-title = Rossiyaga kirish taqiqi
rights-page-ban-body =
    Rossiyaga jo'nashdan kamida <b>2 oy oldin</b> kirish taqiqi (запрет на въезд) bor-yo'qligini IIVning (МВД) rasmiy xizmati orqali tekshiring.

    • Ma'muriy chiqarib yuborish (административное выдворение), deportatsiya yoki readmissiya – Rossiyaga <b>5 yil</b> kirish taqiqi.
    • Bunday holat ikki yoki undan ko'p marta bo'lgan bo'lsa, taqiq muddati uzoqroq bo'ladi.
    • Taqiq boshqa sabablarga ko'ra ham qo'yilishi mumkin.

    Tekshiruv natijasini saqlab qo'ying (masalan, skrinshot). Taqiq borligini bilsangiz, yo'lga chiqishdan oldin shu bot orqali bizga yozing.
rights-page-ban-basis = 114-FZ-son Federal qonun, 27-modda

rights-page-register-title = Nazoratdagi shaxslar reyestri
rights-page-register-body =
    <b>2025-yil 5-fevraldan</b> Rossiyada nazoratdagi shaxslar reyestri (реестр контролируемых лиц) yuritiladi. Unga Rossiyada qonuniy turish asosi tugagan, chegarani noqonuniy kesib o'tgan, deportatsiya yoki readmissiya qilingan, bo'lishi «istalmagan» deb topilgan shaxslar kiritiladi.

    Xabarlarga ko'ra, reyestrdagi kishilar uchun:
    • bank operatsiyalari bloklanadi;
    • nikohni ro'yxatdan o'tkazib bo'lmaydi;
    • mol-mulk sotib olib bo'lmaydi;
    • haydovchilik guvohnomasi olib bo'lmaydi.

    O'zingizni IIV (МВД) sayti yoki Gosuslugi orqali tekshiring. Reyestrda bo'lsangiz, turgan joyingizdagi IIV migratsiya bo'linmasiga boring.
rights-page-register-basis = 2024-yil 8-avgustdagi 260-FZ-son Federal qonun (nazoratdagi shaxslar reyestri)

rights-section-contacts = Qayerga murojaat qilish

rights-page-ombudsman-title = Qirg'iziston Ombudsmani
rights-page-ombudsman-body =
    Qirg'iziston Respublikasi Ombudsmani – Akyikatchy (Акыйкатчы) – inson huquqlarini himoya qiladi va mehnat muhojirlarining murojaatlarini onlayn qabul qiladi.

    • Rasmiy sayt: ombudsman.kg. Saytda onlayn ariza topshirish mumkin.
    • Murojaatlar ijtimoiy tarmoqlar va WhatsApp orqali ham qabul qilinadi.
    • Ombudsman Rossiya Federatsiyasidagi Inson huquqlari bo'yicha vakil idorasi bilan hamkorlik qiladi: muhojirlar uchun birgalikda axborot tadbirlari, vebinarlar va fuqarolarni qabul qilish o'tkaziladi. Bunday qabullar, masalan, Moskvadagi Qirg'iziston elchixonasida va Sankt-Peterburgda bo'lib o'tgan.

    Shu bot orqali bizga to'g'ridan-to'g'ri yozishingiz mumkin.
rights-page-ombudsman-basis = Hamkorlik to'g'risidagi memorandum (2022) va 2023–2026-yillar protokollari

rights-page-rfombudsman-title = Rossiyadagi Inson huquqlari vakili
rights-page-rfombudsman-body =
    Rossiya Federatsiyasidagi Inson huquqlari bo'yicha vakil (Уполномоченный по правам человека в РФ) – davlat idorasi. Rasmiy sayt: ombudsmanrf.org.

    • Rossiyadagi chet el fuqarolari ham bu idoraga shikoyat qilishi mumkin.
    • Odatda shikoyat <b>1 yil ichida</b> beriladi.
    • Odatda avval sudga yoki ma'muriy tartibda (yuqori turuvchi idoraga) shikoyat qilgan bo'lishingiz kerak.

    Shikoyat berishdan oldin amaldagi qoidalarni ombudsmanrf.org saytida tekshiring. Qirg'iziston Ombudsmani bu idora bilan hamkorlik qiladi, shuning uchun shu bot orqali bizga ham yozishingiz mumkin.
rights-page-rfombudsman-basis = 1-FKZ-son Federal konstitutsiyaviy qonun

rights-page-embassy-title = Elchixona va konsulliklar
rights-page-embassy-body =
    Qirg'iziston Respublikasining Rossiya Federatsiyasidagi elchixonasi Moskvada joylashgan. Saytlar: kyrgyzembassy.ru va mfa.gov.kg.

    Bosh konsulliklar (Генеральное консульство) quyidagi shaharlarda bor:
    • Yekaterinburg;
    • Novosibirsk;
    • Sankt-Peterburg;
    • Qozon.

    Qirg'iziston Respublikasi Mehnat, ijtimoiy ta'minot va migratsiya vazirligining Moskvada vakolatxonasi (представительство) bor. U butun Rossiyadagi muhojirlarga yordam beradi.

    Telefon raqamlari va manzillarni faqat rasmiy saytdan – mfa.gov.kg – tekshiring. Internetdagi tasdiqlanmagan raqamlarga ishonmang.
rights-page-embassy-basis = Konsullik munosabatlari to'g'risidagi Vena konvensiyasi

## New pages (sheet revision 2026-12)

rights-section-problems = Ko'p uchraydigan muammolar

rights-page-fakereg-title = Soxta («rezina») ro'yxat
rights-page-fakereg-body =
    Soxta ro'yxat – bu siz aslida yashamaydigan manzilda yoki siz ishlamaydigan firmada migratsiya hisobiga qo'yilish. Sizga yashamaydigan manzilingizda ro'yxatni sotib olishni taklif qilishsa, bu – o'sha. Rozi bo'lmang.

    • Chet el fuqarosini shu tarzda hisobga qo'yish qabul qiluvchi tomonning jinoyati hisoblanadi (RF Jinoyat kodeksi, 322.3-modda). 2024-yil 9-noyabrdagi 383-FZ-son Federal qonun jazoni og'irlashtirdi. Yuristlar va IIV ma'lumotiga ko'ra, endi <b>5 yilgacha</b> ozodlikdan mahrum qilish jazosi bor. Aniq jazoni moddaning amaldagi matni bo'yicha yuristdan so'rang.
    • IIV ma'lumotiga ko'ra, siz uchun oqibati quyidagicha: sizni migratsiya hisobidan chiqarishadi va yolg'on ma'lumot berganingiz uchun javobgarlikka tortishadi.
    • Amaldagi ro'yxatingiz bo'lmasa, sizga jarima, Rossiyadan chiqarib yuborish va nazoratdagi shaxslar reyestriga tushish xavfi bor.

    Haqiqatan yashaydigan joyingizda hisobga turing. Bildirishnomani uy egasi yoki siz yashaydigan tashkilot topshiradi. Ish beruvchining manzili bo'yicha – faqat o'sha yerda yashasangiz. Moskva shahri yoki Moskva viloyatiga ishlash uchun kelgan bo'lsangiz, hisobga qo'yish Amina ilovasi orqali bo'ladi.
rights-page-fakereg-basis = RF Jinoyat kodeksi, 322.3-modda; 2024-yil 9-noyabrdagi 383-FZ-son Federal qonun; 109-FZ-son Federal qonun

rights-page-wagehelp-title = Ish haqi to'lanmasa: Qirg'iziston Mehnat vazirligi yordami
rights-page-wagehelp-body =
    Ish beruvchi ish haqingizni to'lamasa, Rossiya idoralaridan tashqari <b>Qirg'iziston Respublikasi Mehnat, ijtimoiy ta'minot va migratsiya vazirligining</b> Rossiyadagi vakolatxonasiga murojaat qilishingiz mumkin. U Moskvada joylashgan va butun Rossiyadagi muhojirlarga yordam beradi.

    • Vakolatxona shaxsiy va jamoaviy shikoyatlarni qabul qiladi, ish beruvchilar va Rossiya idoralari bilan muzokaralar olib boradi.
    • Birgalikda shikoyat qilish osonroq bo'lishi mumkin. Vazirlik ma'lumotiga ko'ra, 2026-yil boshida Qirg'izistondan kelgan 66 nafar ishchiga umumiy shikoyatdan keyin 1 mln rubl ish haqi qarzi to'langan.
    • Dalillarni to'plang: shartnoma, hisob-kitob varaqalari, bank ko'chirmalari, yozishmalar, guvohlarning ismlari, qarz sanalari va summalari.
    • Bu yordam sudga murojaat qilish muddatlarini <b>to'xtatmaydi</b>. To'lanmagan ish haqi bo'yicha muddat – 1 yil.

    Vakolatxonaning manzili va telefonini tasdiqlay olmadik: ularni Qirg'iziston elchixonasi yoki konsulligidan so'rang. Shu bot orqali bizga ham yozishingiz mumkin – ish beruvchi, shahar va qarz summasini ko'rsating.
rights-page-wagehelp-basis = RF Mehnat kodeksi, 392-modda; Qirg'iziston Mehnat vazirligi ma'lumotlari (2026)

rights-page-rusexam-title = Rus tili imtihoni kerakmi
rights-page-rusexam-body =
    Rus tili, Rossiya tarixi va qonunchilik asoslari bo'yicha imtihon patent, ishlashga ruxsatnoma, vaqtincha yashashga ruxsat (RVP), yashash guvohnomasi (VNJ) va ba'zi hollarda fuqarolik olish uchun topshiriladi (muhojirlar uchun qo'llanmalarda shunday yozilgan).

    • Qirg'iziston fuqarolariga patent ham, ishlashga ruxsatnoma ham <b>kerak emas</b> (YeOII to'g'risidagi shartnoma, 97-modda). YeOII davlatidan kelgan ishchi ishlash uchun bu imtihonni topshirishi shart degan qoidani topmadik.
    • Ishlash uchun haqiqatan kerak bo'lgan narsalar: Rossiyaga kirgandan keyin 30 kun ichida daktiloskopiya, suratga tushish va tibbiy ko'rik, har yili tibbiy ko'rik va migratsiya hisobi.
    • RVP, VNJ yoki Rossiya fuqaroligini olmoqchi bo'lsangiz, imtihon haqida IIV migratsiya bo'linmasidan so'rang.
    • Maktabga kiradigan bolalar uchun rus tili testi – alohida qoida («Bog'cha va maktab» sahifasiga qarang).

    Imtihon sertifikatisiz ishga olinmaysiz deyishsa, biling: Qirg'iziston fuqarolari uchun bunday talabni topmadik. Shubhangiz bo'lsa, shu bot orqali bizga yozing.
rights-page-rusexam-basis = YeOII to'g'risidagi shartnoma, 97-modda

rights-page-raid-title = Reyd va hujjat tekshiruvi
rights-page-raid-body =
    Reyd (oblava) yoki hujjat tekshiruvi vaqtida politsiya va IIV Rossiyada qonuniy bo'lishingizni tekshiradi. Xotirjam bo'ling va hujjatlaringizni ko'rsating.

    • Yoningizda pasport yoki ID-karta, migratsiya kartasi, kelganlik haqidagi bildirishnomaning ajratma qismi (отрывная часть уведомления) va mehnat shartnomasi bo'lsin. Buni Qirg'iziston Mehnat vazirligi maslahat beradi.
    • Xodim o'z ism-familiyasi, unvoni va lavozimini aytishi hamda huquqlaringizni tushuntirishi shart: yuridik yordam, tarjimon, qarindoshlarga xabar berish, tushuntirish berishdan bosh tortish huquqlari.
    • Sud qarorisiz <b>48 soatdan</b> ortiq ushlab turish mumkin emas. Xabarlarga ko'ra, chiqarib yuborish xavfi bo'lgan chet el fuqarosini ham 48 soatgacha ushlab turishlari mumkin.
    • Tushunmagan bayonnomangizni imzolamang. Tarjimon so'rang.
    • Qirg'iziston fuqarosi ekaningizni ayting va ushlanganingiz haqida konsullikka xabar berishlarini so'rang.

    OAV xabarlariga ko'ra, 2025-yil 5-fevraldan ba'zi migratsiya qoidabuzarliklari uchun chiqarib yuborishni faqat sudyalar emas, IIV xodimlari ham tayinlashi mumkin. Bunday qaror chiqsa nima qilish kerakligini «Chiqarib yuborish va deportatsiya» sahifasida o'qing.
rights-page-raid-basis = «Politsiya to'g'risida»gi Federal qonun, 14-modda; RF Ma'muriy huquqbuzarliklar to'g'risidagi kodeksi, 3.10-modda

rights-page-expulsion-title = Chiqarib yuborish va deportatsiya
rights-page-expulsion-body =
    <b>Ma'muriy chiqarib yuborish</b> – huquqbuzarlik uchun jazo. Uni sudya tayinlaydi, 2025-yil 5-fevraldan esa, xabarlarga ko'ra, ba'zi migratsiya qoidabuzarliklari uchun IIV xodimlari ham sudsiz tayinlashi mumkin. <b>Deportatsiya</b> – qo'llanmalarda yozilishicha, kishining Rossiyada bo'lishi uchun qonuniy asos tugagan, lekin u chiqib ketmagan bo'lsa, IIV chiqaradigan qaror.

    • Chiqarib yuborish yoki deportatsiyadan keyin Rossiyaga kirish 5 yilga taqiqlanadi, kishi esa nazoratdagi shaxslar reyestriga kiritiladi.
    • Ma'muriy ish bo'yicha qarorga uning nusxasini olgan kundan boshlab <b>10 kun ichida</b> shikoyat qilish mumkin. Qarorni yozma ravishda berishlarini va tarjimon so'rang.
    • Chiqarib yuborish yoki deportatsiya masalasi hal qilinayotganda sud sizni chet el fuqarolarini vaqtincha saqlash markaziga joylashtirishi mumkin. E'lon qilingan sud qarorlariga ko'ra, bu muddat uzaytiriladi; uning eng uzoq chegarasini tasdiqlay olmadik.
    • Agar siz so'rasangiz, hokimiyat Qirg'iziston konsulligiga kechiktirmasdan xabar berishi shart, konsul esa sizni ko'rgani kelishga haqli.

    Qarindoshlaringiz elchixona yoki konsullikka murojaat qilishi mumkin. Shikoyatni kechiktirmang: 10 kun tez o'tadi. Shu bot orqali bizga yozing.
rights-page-expulsion-basis = RF Ma'muriy huquqbuzarliklar to'g'risidagi kodeksi, 3.10- va 30.3-moddalar; 114-FZ-son Federal qonun, 27-modda; Konsullik munosabatlari to'g'risidagi Vena konvensiyasi, 36-modda

rights-page-lostdocs-title = Pasport yoki migratsiya kartasi yo'qolsa
rights-page-lostdocs-body =
    Pasport, ID-karta yoki migratsiya kartasi yo'qolsa yoki o'g'irlansa, tartib bilan harakat qiling. Bu bitta yo'l, shuning uchun hammasi bitta sahifada.

    • <b>Avval politsiya.</b> Yo'qotish yoki o'g'irlik haqida ariza bering va yozma tasdiq oling.
    • <b>Keyin elchixona yoki konsullik.</b> U yerda Qirg'iziston Respublikasiga qaytish guvohnomasi beriladi: 5 ish kunida, shaxsingizni aniqlash kerak bo'lsa, yana 10 kungacha. U 30 kalendar kun amal qiladi va faqat uyga qaytish uchun beriladi. Agar bo'lsa, ID-karta yoki pasportingizni va tug'ilganlik haqidagi guvohnomangizni olib boring.
    • Agar siz Qirg'iziston aholi reyestrida bo'lsangiz yoki konsullik hisobida tursangiz, yangi ID-kartaga elchixona yoki konsullikda ariza berishingiz mumkin.
    • <b>Migratsiya kartasi.</b> 3 kun ichida eng yaqin IIV migratsiya bo'linmasiga murojaat qiling. E'lon qilingan qoidalarga ko'ra, Rossiyaga qaysi hujjatlar bilan kirgan bo'lsangiz, shularni ko'rsatsangiz, dublikat bepul beriladi. Pasport ham yo'qolgan bo'lsa, avval uning o'rniga hujjat oling.

    Xizmatlar narxini mfa.gov.kg saytidagi elchixona yoki konsullik sahifasidan ko'ring. Hujjatlar nusxasini asl nusxalaridan alohida saqlang, masalan, telefoningizda surat sifatida.
rights-page-lostdocs-basis = RF Hukumatining 2004-yil 16-avgustdagi 413-son qarori, 11-band; Qirg'iziston konsullik muassasalari qoidalari

rights-page-docstaken-title = Ish beruvchi pasportingizni olib qo'ysa
rights-page-docstaken-body =
    Ish beruvchiga ishchining pasporti yoki ID-kartasini o'zida saqlashga ruxsat beradigan qonunni topmadik. Hujjatlaringiz o'zingizda bo'lishi kerak.

    • Ishga rasmiylashtirish uchun ish beruvchiga pasportingiz ma'lumotlari kerak: nusxasini bering, asl nusxasini ko'rsatib, darhol qaytarib oling.
    • Hujjatlaringizni qaytarishni yozma ravishda talab qiling. Arizaning nusxasini sanasi bilan o'zingizda qoldiring.
    • Qaytarishmasa, politsiyaga xabar bering: <b>102</b> yoki 112. Arizangiz qabul qilinganini tasdiqlovchi hujjatni saqlang.
    • RF Jinoyat kodeksining 325-moddasi 2-qismiga ko'ra, pasport yoki boshqa muhim shaxsiy hujjatni o'g'irlash – jinoyat. Bu modda chet el fuqarosining pasportini ushlab turgan ish beruvchiga qo'llanilishini tasdiqlay olmadik.
    • Qirg'iziston elchixonasi yoki konsulligiga va Qirg'iziston Mehnat vazirligining Moskvadagi vakolatxonasiga murojaat qiling.

    Pasport qaytarilmasa, konsullik qaytish guvohnomasi yoki yangi ID-karta berishi mumkin («Pasport yoki migratsiya kartasi yo'qolsa» sahifasiga qarang). Qirg'iziston Tashqi ishlar vazirligi barcha hujjatlarning nusxasini oldindan qilib, alohida saqlashni maslahat beradi.
rights-page-docstaken-basis = RF Jinoyat kodeksi, 325-modda, 2-qism

rights-page-money-title = Pul o'tkazmalari va bloklangan hisob
rights-page-money-body =
    Bank hisobingizni yoki kartangizni bloklagan bo'lsa, nazoratdagi shaxslar reyestriga tushib qolmaganingizni tekshiring. Kishi reyestrga kiritilganda uning hisoblari avtomatik ravishda bloklanadi. Amina ilovasidagi ro'yxatdan chiqarilgandan keyin ham reyestrga tushib qolish mumkin.

    260-FZ-son Federal qonunga ko'ra, reyestrdagi kishi faqat quyidagilarni qila oladi:
    • o'z hisobiga pul qabul qilish;
    • majburiy to'lovlarni to'lash;
    • oyiga <b>30 000 rublgacha</b> naqd pul yechish.
    Hisobdan pul jo'natish, jumladan uyga o'tkazish, ruxsat etilgan operatsiyalar qatorida yo'q.

    • O'zingizni IIV sayti yoki Gosuslugi orqali bepul tekshirishingiz mumkin.
    • Blokdan chiqish uchun reyestrdan chiqish kerak: Rossiyadan ketish yoki IIV migratsiya bo'linmasida maqomingizni qonuniylashtirish («Nazoratdagi shaxslar reyestri» sahifasiga qarang).
    • OAV xabarlariga ko'ra, sanksiyalar tufayli Qirg'izistonning ba'zi banklari Rossiya banklari bilan o'tkazmalarni to'xtatgan, ba'zi pul o'tkazish tizimlari esa ishlab turgan. Pul jo'natishdan oldin bank yoki o'tkazma xizmatidan aniqlang.
rights-page-money-basis = 2024-yil 8-avgustdagi 260-FZ-son Federal qonun; 115-FZ-son Federal qonun, 31.2-modda

rights-page-sim-title = Chet el fuqarosi uchun SIM-karta
rights-page-sim-body =
    <b>2025-yil 1-yanvardan</b> chet el fuqarosi SIM-kartani faqat aloqa operatori ofisiga o'zi borib rasmiylashtira oladi.

    Nima kerak:
    • pasport;
    • SNILS;
    • Gosuslugi portalidagi hisob (akkaunt);
    • Yagona biometrik tizimga topshirilgan biometrik ma'lumotlar.

    • Bitta chet el fuqarosiga – ko'pi bilan 10 ta raqam.
    • Telefoningizning IMEI kodi shartnomaga yoziladi. Telefoningizni almashtirsangiz, operatorda ma'lumotlarni yangilang.
    • Raqamli rivojlanish vazirligi (Mintsifry) ma'lumotiga ko'ra, 2025-yil 1-iyuldan avval biometrik tasdiqsiz sotib olingan SIM-kartalar bosqichma-bosqich o'chirilmoqda. Raqamingizni 2025-yilgacha olgan bo'lsangiz, u o'chirilmasligi uchun nima qilish kerakligini operatordan so'rang.

    Operator ofisiga barcha hujjatlaringiz bilan birdaniga boring: ulardan birortasi bo'lmasa, raqam berilmaydi.

    SIM-kartangiz o'chirilgan bo'lsa yoki SIM-karta bo'lmasa, favqulodda holatda <b>112</b> raqamiga qo'ng'iroq qiling: SIM-kartasiz aynan shu raqam ishlaydi.
rights-page-sim-basis = 126-FZ-son «Aloqa to'g'risida»gi Federal qonun (2025-yil 1-yanvardan kiritilgan o'zgarishlar)

rights-page-injury-title = Ishda jarohat olish yoki halok bo'lish
rights-page-injury-body =
    Qirg'izistondan kelgan ishchi ishda jarohat olsa yoki halok bo'lsa, qanday yordam va to'lovlar borligi quyida.

    • <b>Jasadni vataniga olib borish.</b> Qirg'iziston Tashqi ishlar va Mehnat vazirliklari ma'lumotiga ko'ra, 2021-yil 15-maydan chet elda vafot etgan fuqaroning jasadini vataniga olib borish xarajatini davlat to'laydi. Qarindoshlarga pul tez to'lanadi: elchixona, konsulliklar yoki vazirlikning Qirg'izistondagi markazi orqali.
    • Qarindoshlar Qirg'iziston elchixonasi yoki konsulligiga yoki Qirg'iziston Mehnat vazirligiga murojaat qiladi (uning Moskvada vakolatxonasi bor).
    • Ishdagi baxtsiz hodisa uchun <b>kompensatsiya</b> kishi ishlagan davlatning, ya'ni Rossiyaning qonunlari bo'yicha to'lanadi (ishlab chiqarishdagi baxtsiz hodisalarni tekshirish to'g'risidagi YevrAzES kelishuvi).
    • OAVdagi misol: Qirg'iziston Mehnat vazirligi vakolatxonasining yordami bilan halok bo'lgan ishchining oilasi Rossiya Ijtimoiy fondidan boquvchisini yo'qotganlik uchun 2 mln rubl bir martalik to'lov va ish beruvchidan 174 000 rubl olgan.

    Mehnat shartnomasi, hisob-kitob varaqalari va voqea haqidagi barcha hujjatlarni saqlang. Shu bot orqali bizga yozing.
rights-page-injury-basis = Ishlab chiqarishdagi baxtsiz hodisalarni tekshirish to'g'risidagi YevrAzES kelishuvi (2014-yil 4-noyabrdagi 321-FZ-son Federal qonun)

rights-page-military-title = Urushga yollash: Qirg'iziston qonuni
rights-page-military-body =
    Qirg'iziston elchixonasi Rossiyadagi fuqarolarni ogohlantiradi: chet eldagi qurolli mojarolar va harbiy harakatlarda qatnashish – <b>Qirg'iziston qonuniga ko'ra jinoyat</b>. 2026-yil yanvarida Qirg'iziston tashqi ishlar vaziri Qirg'iziston qonuni chet eldagi urushda qatnashishni taqiqlashini yana bir bor eslatdi.

    • 2022-yilda elchixona mol-mulkni musodara qilish bilan 5 yildan 10 yilgacha ozodlikdan mahrum qilish jazosini aytgan. Bugun qaysi modda va qanday jazo qo'llanilishini tasdiqlay olmadik.
    • Qirg'iziston Respublikasining 2021-yil 28-oktabrdagi Jinoyat kodeksida 416-modda «Yollanmachilik» bor.
    • «Pullik xizmat» va «oson pul» haqidagi takliflarga ishonmang. Tushunmagan hujjatlaringizni imzolamang.

    Sizni majburlashsa yoki aldashsa, darhol Qirg'iziston elchixonasi yoki konsulligiga murojaat qiling: xabarlarga ko'ra, elchixona bunday odamlarga qaytib kelishda allaqachon yordam bergan. Qarindoshlaringiz Qirg'iziston Tashqi ishlar vazirligiga murojaat qilishi mumkin.
rights-page-military-basis = Qirg'iziston Respublikasining Jinoyat kodeksi; Qirg'iziston elchixonasi va Tashqi ishlar vazirligining ogohlantirishlari (2022, 2026)
