## Huquqlar bo'yicha qo'llanma (o'zbek tili, lotin yozuvi)

rights-section-docs = Hujjatlar va migratsiya hisobi

rights-page-reg30-title = Migratsiya hisobi: 30 kun
rights-page-reg30-body =
    Qirg'iziston fuqarolariga Rossiyaga kirgan kundan boshlab dastlabki <b>30 kun</b> davomida migratsiya hisobi (ro'yxatga olish) kerak emas. Bundan uzoqroq qolsangiz, shu 30 kun tugaguncha hisobga qo'yilishingiz kerak.

    • Qirg'iziston fuqarolari uchun muddat — 30 kun. 90 kun faqat Belarus fuqarolariga beriladi. «Barcha YeOII fuqarolariga 90 kun» deb yozgan saytlar xato qiladi.
    • Bu qoida oila a'zolaringizga ham tegishli.
    • Moskva shahri va Moskva viloyatidan tashqarida sizni qabul qiluvchi tomon hisobga qo'yadi. Kelganlik haqidagi bildirishnomaning ajratma qismini saqlang: u hisobda turganingizni tasdiqlaydi.
    • Moskva shahri va Moskva viloyatida ishchilar «Amina» ilovasi orqali ro'yxatdan o'tadi (uning sahifasiga qarang).
    • Mehnat shartnomangiz bo'lsa, hisobni bir yilga rasmiylashtirib, keyin uzaytirish mumkin.

    Oxirgi kunni kutmang. Kelganingizdan keyin tezroq hisobga turing.
rights-page-reg30-basis = YeOII to'g'risidagi shartnoma, 97-modda; 109-FZ-son Federal qonun; 121-FZ-son Federal qonun (Moskva va viloyat)

rights-page-host-title = Sizni kim hisobga qo'yadi
rights-page-host-body =
    Moskva shahri va Moskva viloyatidan tashqarida sizni <b>qabul qiluvchi tomon</b> hisobga qo'yadi: uy egasi yoki siz haqiqatan yashaydigan tashkilot. U kelganlik haqida bildirishnoma (уведомление о прибытии) topshiradi.

    • Bildirishnoma topshirilgach, sizga uning ajratma qismi (отрывная часть) beriladi. Uni pasportingiz bilan birga saqlang.
    • Ajratma qismda ism-familiyangiz, hujjatingiz ma'lumotlari va manzilingiz to'g'ri yozilganini tekshiring.
    • Ish beruvchining manzili bo'yicha sizni faqat o'sha yerda haqiqatan yashasangiz hisobga qo'yishlari mumkin.
    • O'zingiz yashamaydigan manzil bo'yicha hisobga turishga rozi bo'lmang: bunday hisob bekor qilinadi, sizni esa yolg'on ma'lumot uchun jazolashlari mumkin.
    • Moskva shahri va Moskva viloyatida ishchi «Amina» orqali hisobga turadi, uy egasi endi bildirishnoma topshirmaydi. Ishlamaydigan oila a'zolarini, jumladan bolalarni, ma'lumotlarga ko'ra, avvalgidek qabul qiluvchi tomon hisobga qo'yadi.
    • Mehmonxona, kasalxona yoki sanatoriyda Rossiya IIVga (MVD) muassasaning o'zi xabar beradi.

    Qabul qiluvchi tomondan bildirishnomani o'z vaqtida, Rossiyadagi dastlabki 30 kuningiz tugaguncha topshirishni so'rang.
rights-page-host-basis = 109-FZ-son Federal qonun, 21-modda, 2-qism; 121-FZ-son Federal qonun (Moskva va viloyat)

rights-page-card-title = Migratsiya kartasi
rights-page-card-body =
    Rossiyaga kirishda migratsiya kartasini to'ldirasiz. Rossiyaga ID-karta yoki xorijga chiqish pasporti bilan kirish mumkin.

    • Kirish maqsadi: ishlash uchun kelsangiz, <b>«работа»</b> (ish) deb ko'rsating.
    • Kirish maqsadini Rossiyadan chiqmasdan o'zgartirib bo'lmaydi.
    • Kartani Rossiyada bo'lgan butun vaqtingiz davomida saqlang: bo'lish muddati uzaytirilgani haqidagi belgi shu kartaga qo'yiladi.
    • Karta hali ham kerak. 2026-yil yanvarida hukumat uni Gosuslugi orqali beriladigan ariza bilan almashtirish bo'yicha takliflar tayyorlashni topshirgan. Kartani bekor qilish haqidagi qarorni biz topmadik.
    • Kartani yo'qotsangiz, 3 kun ichida Rossiya IIV (MVD) migratsiya bo'linmasiga murojaat qiling: dublikat bepul beriladi.

    Kartani chegarada, o'tkazish punktidan chiqmasdan oldin tekshiring. Maqsad noto'g'ri yozilgan bo'lsa, uni faqat Rossiyadan chiqib, qayta kirib tuzatish mumkin.
rights-page-card-basis = RF Hukumatining 2004-yil 16-avgustdagi 413-son qarori (migratsiya kartasi); QR Elchixonasi eslatmasi

rights-page-stay-title = Rossiyada qancha muddat bo'lish mumkin
rights-page-stay-body =
    Mehnat (yoki fuqarolik-huquqiy) shartnomangizning butun muddati davomida Rossiyadan chiqmasdan bo'lishingiz mumkin. Oila a'zolaringiz ham shuncha muddat bo'lishi mumkin.

    • 2025-yil 1-yanvardan vizasiz kelgan chet elliklar Rossiyada bir kalendar yilda ko'pi bilan 90 kun bo'lishi mumkin. Shartnoma bo'yicha ishlayotganlarga bu cheklov tatbiq etilmaydi, lekin bo'lish muddatini uzaytirish kerak.
    • <b>Kirgan kuningizdan boshlab 90 kun o'tmasdan uzaytirishga ariza bering.</b> Qayerga: turgan joyingizdagi Rossiya IIV (MVD) migratsiya bo'linmasiga. Nimani olib borish kerak: pasport, migratsiya kartasi va ish beruvchi tasdiqlagan mehnat shartnomasi nusxasi. Uzaytirilgani haqidagi belgi migratsiya kartasiga qo'yiladi.
    • Daktiloskopiya, suratga tushish va tibbiy ko'rikdan oldindan o'ting. Hujjatlarning to'liq ro'yxatini migratsiya bo'linmasidan aniqlang.
    • Shartnoma o'z muddatida tugasa, qo'shimcha kun berilmaydi. U tugaguncha yangi shartnoma tuzing va bo'lish muddatini uzaytiring yoki shu sanagacha Rossiyadan chiqib keting.
    • Shartnoma <b>muddatidan oldin</b> bekor bo'lsa va kirganingizdan beri 90 kundan ko'p o'tgan bo'lsa, Rossiyadan chiqmasdan yangi shartnoma tuzish uchun <b>15 kun</b> vaqtingiz bor.

    Shartnomaning o'z nusxangizni saqlang: Rossiyada bo'lish huquqingiz shunga bog'liq. O'z muddatlaringizni «Mening muddatlarim» bo'limida hisoblab ko'rishingiz mumkin.
rights-page-stay-basis = YeOII to'g'risidagi shartnoma, 97-modda, 5-band; 115-FZ-son Federal qonun, 5-modda, 2-band; 2024-yil 8-avgustdagi 260-FZ-son Federal qonun

rights-page-medical-title = Daktiloskopiya, surat, tibbiy ko'rik
rights-page-medical-body =
    Ishlash uchun kelgan bo'lsangiz, Rossiyaga kirgan kundan boshlab <b>30 kun ichida</b> daktiloskopiya (barmoq izlarini olish), suratga tushish va tibbiy ko'rikdan o'tishingiz kerak. Boshqa maqsadda kelsangiz, muddat — 90 kun.

    • 6 yoshga to'lmagan bolalar bundan ozod.
    • Daktiloskopiyadan bir marta o'tiladi va u bepul.
    • Tibbiy ko'rikdan <b>har yili</b> o'tish kerak. Tibbiy ma'lumotnomangiz muddati tugasa, 30 kun ichida uni yangilang.
    • Qayerda: Rossiya IIV (MVD) bo'linmalarida yoki ko'p funksiyali migratsiya markazida (MMC). Moskvada bu — «Saxarovo» MMC: u yerda chet el fuqarosi kartasi beriladi, «Amina»ga shu karta bilan kirasiz.
    • Ishlash uchun rus tili imtihoni kerak emas: YeOII fuqarolari uchun bunday talabni biz topmadik.

    Kechiktirmang: 30 kun tez o'tadi. Daktiloskopiya va tibbiy ko'rikdan keyin berilgan hujjatlarni pasportingiz bilan birga saqlang.
rights-page-medical-basis = 115-FZ-son Federal qonun; davlat daktiloskopik ro'yxatga olish qoidalari

rights-page-amina-title = Amina ilovasi (Moskva va viloyat)
rights-page-amina-body =
    <b>2025-yil 1-sentabrdan</b> Moskva shahri yoki Moskva viloyatiga <b>ishlash</b> uchun keladigan Qirg'iziston fuqarolari «Amina» ilovasidan foydalanishi shart. Migratsiya hisobiga shu ilova orqali turasiz: uy egasi endi bildirishnoma topshirmaydi.

    • Ilovani RuStore do'konidan o'rnating. Ilovaga «Saxarovo» MMC bergan chet el fuqarosi kartasi bilan kirasiz, karta yo'qolsa — pasport ma'lumotlari bilan.
    • Haqiqatan yashaydigan va tunaydigan joyingizni ko'rsating.
    • Ko'chsangiz, yangi manzilni <b>3 ish kuni ichida</b> ilovada xabar qiling.
    • Ilovani har kuni oching. Geolokatsiya, ilova ruxsatlari va bildirishnomalarni o'chirmang.
    • Geolokatsiya 3 ish kunidan ortiq bo'lmasa, sizni hisobdan chiqarib, nazoratdagi shaxslar reyestriga kiritadilar. 2025-yil dekabr o'rtalarigacha shu tarzda 139 236 kishi hisobdan chiqarilgan.
    • Boshqa hududga ketsangiz, o'sha yerda, yashaydigan joyingizda hisobga turing. Moskva yoki viloyatga qaytganingizda ilovada qaytadan ro'yxatdan o'ting.
    • Voyaga yetmaganlarga ilova kerak emas.

    Kelganingizdan keyin «Amina»da necha kun ichida ro'yxatdan o'tish kerakligini biz tasdiqlay olmadik: darhol ro'yxatdan o'ting. Tajriba 2029-yil 1-sentabrgacha davom etadi. Telefoningiz quvvatlangan bo'lishini kuzatib boring.
rights-page-amina-basis = 2025-yil 23-maydagi 121-FZ-son Federal qonun (Moskva shahri va Moskva viloyatidagi tajriba)

rights-page-ruid-title = RuID ilovasi
rights-page-ruid-body =
    RuID — vizasiz keladigan chet elliklar Rossiyaga kirish uchun oldindan ariza topshiradigan ilova.

    • 2026-yil 30-iyungacha ariza topshirish ixtiyoriy edi va arizasiz kelganlarga kirish rad etilmas edi.
    • Xabarlarga ko'ra, 2026-yil 30-iyun yoki 1-iyuldan ishlash yoki o'qish uchun kirishda ariza <b>majburiy</b>. Qabul qilingan qarorni biz topmadik, manbalar u kimga tegishli ekanini turlicha yozadi.
    • Har qanday holatda nima qilish kerak: ishga jo'nashdan oldin RuID ilovasida «работа» (ish) maqsadi bilan ariza bering — chegarani kesib o'tishdan 90 kun oldindan erta emas va <b>72 soatdan</b> kechiktirmay. Favqulodda holatlarda (yaqin qarindoshning og'ir kasalligi yoki vafoti, hujjatlari bilan) — kamida 4 soat oldin.
    • QR-kodni saqlang. Chegarada surat va barmoq izlari avvalgidek tekshiriladi.
    • Agar sizga kirish taqiqlangan bo'lsa yoki nazoratdagi shaxslar reyestrida bo'lsangiz, ariza yordam bermaydi. Avval ikkalasini ham tekshiring.

    <b>Jo'nashdan oldin amaldagi qoidalarni tekshiring</b>: Rossiya IIV saytida, mfa.gov.kg saytidagi Qirg'iziston elchixonasi sahifalarida yoki shu bot orqali bizdan.
rights-page-ruid-basis = Rossiya Raqamli rivojlanish vazirligining (Mintsifry) 2025-yil 17-iyundagi ОК-П24-58177-son xati (2026-yil 30-iyungacha amal qilgan); Rossiya IIV qarori loyihasi (2026-yil yanvar)

rights-section-work = Ish va mehnat huquqlari

rights-page-nopatent-title = Patent va ruxsatnoma kerak emas
rights-page-nopatent-body =
    Qirg'iziston fuqarolari Rossiyada YeOII to'g'risidagi shartnoma asosida ishlaydi.

    • Sizga <b>patent ham, ishlashga ruxsatnoma ham kerak emas</b>.
    • Ish beruvchi sizni kvotasiz va Rossiya mehnat bozorini himoya qiluvchi boshqa cheklovlarsiz ishga olishi mumkin.
    • Diplomingiz va ta'lim to'g'risidagi boshqa hujjatlaringiz alohida tartibsiz tan olinadi. Bu pedagogik, tibbiy va farmatsevtik ishga taalluqli emas: u yerda nima kerakligini ish beruvchidan so'rang.
    • Daromad solig'ini (NDFL) ishning birinchi kunidan Rossiya soliq rezidentlari bilan bir xil stavkalarda to'laysiz.

    Kimdir sizga ishlash uchun patent sotib olish kerak desa, bu Qirg'iziston fuqarolari uchun to'g'ri emas.
rights-page-nopatent-basis = YeOII to'g'risidagi shartnoma, 97–98-moddalar

rights-page-contract-title = Mehnat shartnomasi
rights-page-contract-body =
    Yozma mehnat shartnomasi asosida ishlang.

    • Shartnoma ikki nusxada tuziladi. Bir nusxasi — sizniki.
    • Sizni yozma shartnomasiz ishga qo'yishgan bo'lsa ham, shartnoma tuzilgan hisoblanadi. Ish beruvchi uni <b>3 ish kuni ichida</b> yozma rasmiylashtirishi shart.
    • Ish beruvchi sizni ishga olganini 3 ish kuni ichida Rossiya IIVga (MVD) xabar qilishi shart.
    • O'z nusxangizni saqlang: Rossiyada bo'lish huquqingiz shunga bog'liq.

    Imzolashdan oldin shartnomani o'qib chiqing. Ish haqi, ish vaqti, lavozimingiz va ish beruvchining nomini tekshiring.
rights-page-contract-basis = RF Mehnat kodeksi, 67-modda

rights-page-wages-title = Ish haqi kechiktirilsa
rights-page-wages-body =
    Ish beruvchi ish haqingizni kechiktirsa, sizning huquqlaringiz bor.

    • Ish haqi <b>15 kundan ortiq</b> kechiktirilsa, ish beruvchini oldindan yozma ogohlantirib, ishni to'xtatib turishingiz mumkin.
    • Kechiktirilgan har bir kun uchun ish beruvchi kompensatsiya to'lashi shart: to'lanmagan summadan Rossiya Markaziy banki asosiy stavkasining kamida 1/150 qismi miqdorida.
    • Ogohlantirishingiz nusxasini uni topshirgan sanangiz bilan saqlang.
    • Dalillarni to'plang: mehnat shartnomasi, hisob-kitob varaqalari, bank ko'chirmalari, yozishmalar, guvohlarning ismlari.

    Bu dalillar bilan shikoyat qilish yoki sudga murojaat qilish mumkin. «Qayerga shikoyat qilish mumkin» va «Sudga murojaat muddatlari» sahifalariga qarang.
rights-page-wages-basis = RF Mehnat kodeksi, 142- va 236-moddalar

rights-page-deadlines-title = Sudga murojaat muddatlari
rights-page-deadlines-body =
    Ish beruvchini sudga bermoqchi bo'lsangiz, kechiktirmang. Muddatlar qisqa:

    • <b>1 oy</b> — ishdan bo'shatish bo'yicha nizolar;
    • <b>3 oy</b> — boshqa mehnat nizolari;
    • <b>1 yil</b> — ish haqi to'lanmasa yoki to'liq to'lanmasa.

    Mehnat nizolari bo'yicha ishchilar sud yig'imlari va xarajatlarini to'lamaydi.

    Davlat mehnat inspeksiyasi yoki prokuraturaga ham shikoyat qilishingiz mumkin («Qayerga shikoyat qilish mumkin» sahifasiga qarang). Hujjatlarni oldindan to'plang: shartnoma, hisob-kitob varaqalari, yozishmalar.
rights-page-deadlines-basis = RF Mehnat kodeksi, 392- va 393-moddalar

rights-page-complain-title = Qayerga shikoyat qilish mumkin
rights-page-complain-body =
    Ish beruvchi huquqlaringizni buzsa, quyidagilarga murojaat qilishingiz mumkin:

    • <b>Davlat mehnat inspeksiyasiga</b>, jumladan Gosuslugi orqali onlayn;
    • prokuraturaga;
    • sudga («Sudga murojaat muddatlari» sahifasiga qarang);
    • Qirg'iziston Mehnat, ijtimoiy ta'minot va migratsiya vazirligining Rossiyadagi vakolatxonasiga: u ish haqi berilmagani haqidagi shikoyatlarni, jumladan jamoaviy shikoyatlarni qabul qiladi va ish beruvchilar bilan muzokaralar olib boradi. Uning aloqa ma'lumotlarini biz tasdiqlay olmadik — elchixona yoki konsullikdan so'rang.

    Vazirlikka murojaat qilish sudga murojaat muddatlarini to'xtatmaydi. Shuningdek, shu bot orqali Qirg'iziston Respublikasi Ombudsmaniga (Akiykatchi) yozishingiz mumkin. Nima bo'lganini, ish beruvchining nomini va shaharni yozing.

    Shikoyatdan oldin dalillarni to'plang: shartnoma, hisob-kitob varaqalari, yozishmalar. Sanalar, summalar va ismlarni yozib oling. Yuborgan hamma narsangizning nusxasini sanasi bilan saqlang.
rights-page-complain-basis = RF Mehnat kodeksi, 352-modda

rights-section-police = Politsiya va ushlab turish

rights-page-detained-title = Politsiya to'xtatsa yoki ushlasa
rights-page-detained-body =
    Politsiya sizni to'xtatsa yoki ushlasa, xotirjam bo'ling va hujjatlaringizni ko'rsating.

    Xodim o'z familiyasi, unvoni va lavozimini aytishi shart. U sizga huquqlaringizni tushuntirishi shart:
    • yuridik yordam olish (advokat) huquqi;
    • tarjimon olish huquqi;
    • ushlanganingiz haqida qarindoshlaringizga xabar berilishi huquqi;
    • tushuntirish berishdan bosh tortish huquqi.

    Sud qarorisiz sizni <b>48 soatdan</b> ortiq ushlab turish mumkin emas. Tushunmagan hujjatlaringizni imzolamang.

    Pasport yoki ID-karta, migratsiya kartasi, ajratma qism (Moskva va viloyatda — «Amina»dagi ro'yxatingiz) va mehnat shartnomasini (yoki uning nusxasini) yoningizda olib yuring.
rights-page-detained-basis = «Politsiya to'g'risida»gi Federal qonun, 14-modda

rights-page-interpreter-title = Tarjimon va ona tilingiz
rights-page-interpreter-body =
    Ma'muriy huquqbuzarlik ishi bo'yicha siz ona tilingizda tushuntirish berishingiz, so'zlashingiz va shikoyat qilishingiz, tarjimon yordamidan foydalanishingiz mumkin.

    • Rus tilini yaxshi tushunmasangiz, <b>tarjimon</b> so'rang.
    • Tushunmagan hujjatlaringizni imzolamang.
    • Bayonnomaga «Мне нужен переводчик» (Menga tarjimon kerak) deb yozishingiz mumkin.
    • Imzolashdan oldin bayonnomani o'qing yoki uni tarjima qilib berishlarini so'rang.

    Tarjimon — sizning huquqingiz, iltifot emas. Uni xotirjam va aniq so'rang.
rights-page-interpreter-basis = RF Ma'muriy huquqbuzarliklar to'g'risidagi kodeksi, 24.2-modda

rights-page-consulate-title = Konsullikka xabar berilishi shart
rights-page-consulate-body =
    Agar sizni jinoyatda gumon qilib ushlashsa, bu haqda Qirg'iziston elchixonasi yoki konsulligiga <b>12 soat ichida</b> xabar berilishi shart.

    • Buni talab qiling. Qirg'iziston fuqarosi ekaningizni aniq ayting.
    • Boshqa har qanday ushlashda ham, agar siz so'rasangiz, konsullikka kechiktirmay xabar beriladi. Konsul sizga kelib uchrashishi mumkin.
    • Qarindoshlaringizga xabar berishlarini so'rang.
    • Advokat va tarjimon so'rang.
    • Tushunmagan hujjatlaringizni imzolamang.

    Qarindoshlaringiz ham Moskvadagi elchixonaga yoki bosh konsullikka (Yekaterinburg, Novosibirsk, Sankt-Peterburg, Qozon) murojaat qilishi mumkin.

    Elchixona va konsulliklarning sahifalari Qirg'iziston Tashqi ishlar vazirligi saytida: mfa.gov.kg
rights-page-consulate-basis = RF Jinoyat-protsessual kodeksi, 96-modda, 3-qism; Konsullik munosabatlari to'g'risidagi Vena konvensiyasi, 36-modda

rights-section-health = Sog'liq va tibbiy yordam

rights-page-urgent-title = Shoshilinch tibbiy yordam
rights-page-urgent-body =
    Tez (shoshilinch) va kechiktirib bo'lmaydigan tibbiy yordam siz va oila a'zolaringiz uchun <b>bepul</b>.

    • <b>103</b> (tez yordam) yoki 112 raqamiga qo'ng'iroq qiling. Mobil telefondan qo'ng'iroq bepul, hisobingizda pul bo'lmasa ham.
    • SIM-kartangiz bo'lmasa yoki bloklangan bo'lsa, <b>112</b> raqamiga qo'ng'iroq qiling: SIM-kartasiz ishlashi aniq ma'lum bo'lgan raqam faqat shu.
    • Bu yordam OMS polisi bo'lmagan oila a'zolaringiz uchun ham bepul.
    • Shifokorlarga Qirg'iziston (YeOII davlati) fuqarosi ekaningizni ayting va pasportingizni ko'rsating.

    Rejali davolanish haqida «Majburiy tibbiy sug'urta (OMS)» sahifasini o'qing.
rights-page-urgent-basis = YeOII to'g'risidagi shartnoma, 98-modda, 4-band; Tibbiy yordam ko'rsatish to'g'risidagi protokol (30-ilova)

rights-page-oms-title = Majburiy tibbiy sug'urta (OMS)
rights-page-oms-body =
    YeOII davlatidan kelgan ishchi sifatida siz majburiy tibbiy sug'urta (OMS) tizimida sug'urtalangansiz.

    • <b>OMS polisini</b> ish beruvchingizdan yoki tibbiy sug'urta tashkilotidan so'rang.
    • Oila a'zolaringizda vaqtincha yashashga ruxsat (RVP) yoki yashash guvohnomasi (VNJ) bo'lmasa, ular OMS bilan sug'urtalanmaydi.
    • 2026-yil martida YeOII Sudi (R-7/25-son ish) davlatlar ishchilarning oila a'zolariga OMSni avtomatik ravishda berishga majbur emasligini ko'rsatdi.

    Oilangiz uchun ixtiyoriy tibbiy sug'urta (DMS) haqida o'ylab ko'ring.
rights-page-oms-basis = 326-FZ-son Federal qonun, 10-modda

rights-section-family = Oila va bolalar

rights-page-school-title = Maktab
rights-page-school-body =
    <b>2025-yil 1-apreldan</b> chet ellik bolani maktabga qabul qilish uchun uning Rossiyada qonuniy bo'lishini tasdiqlovchi hujjatlar va rus tilidan test talab qilinadi. YeOII fuqarolari uchun istisnoni biz topmadik.

    • Bola testdan o'tmasa, qabul qilishni rad etishlari mumkin. Testni <b>3 oydan</b> keyingina qayta topshirish mumkin.
    • 2025-yil 19-oktabrdan soddalashtirilgan tartib (faqat og'zaki qism, 3 oy kutmasdan) vatandoshlarni ko'chirish dasturi ishtirokchilari, diplomatlar va «umumiy qadriyatlar» bo'yicha ruxsatnoma egalarining bolalariga tegishli — mehnat muhojirlarining bolalariga emas.
    • Test natijasi ustidan shikoyat qilish mumkin: Moskvada — 2 ish kuni ichida, Sankt-Peterburgda — 10 kun ichida. Boshqa hududlarda ta'lim boshqarmasidan aniqlang.
    • Xabarlarga ko'ra, maktab bola yoki ota-onasi nazoratdagi shaxslar reyestrida yo'qligini tekshiradi va reyestrdagi ota-onalarning bolalarini qabul qilmaydi.
    • 2026-yil 28-yanvardan maktablar va Rossiya IIV chet ellik bolalar haqida ma'lumot almashadi: test natijalari, o'qishga qabul qilish va o'qishdan chiqarish.

    Bolaning migratsiya hisobida turganini oldindan tekshiring va u bilan rus tilini o'rganing. Test qachon va qayerda o'tishini maktabdan so'rang.
rights-page-school-basis = 2024-yil 28-dekabrdagi 544-FZ-son Federal qonun; Rossiya Maorif vazirligining 2025-yil 4-martdagi 170 va 171-son buyruqlari

rights-page-kindergarten-title = Bolalar bog'chasi
rights-page-kindergarten-body =
    2025-yil noyabrdan chet ellik bolani bolalar bog'chasiga qabul qilish uchun quyidagi hujjatlarning nusxalari talab qilinadi (Rossiya Maorif vazirligining 609-son buyrug'i):

    • bola va ota-onaning qarindoshligi haqida;
    • bola va ota-onaning Rossiyada qonuniy bo'lishi haqida;
    • bolaning shaxsini tasdiqlovchi;
    • bolaning SNILS va INN raqamlari, agar bo'lsa;
    • ota-onaning ishi haqida.

    Qonuniy bo'lishni tasdiqlovchi hujjatlar bo'lmasa, davlat yoki munitsipal bog'cha bolani qabul qilishni rad etishi mumkin. Bog'cha uchun rus tili testi yo'q.

    Hujjatlarning rus tiliga tarjimalarini olib boring: buyruq loyihasida ular talab qilingan edi, yakuniy matnda bu talab qolganmi — biz bilmaymiz.
rights-page-kindergarten-basis = Rossiya Maorif vazirligining 2025-yil 18-avgustdagi 609-son buyrug'i

rights-page-familyoms-title = Oilangiz uchun tibbiy yordam
rights-page-familyoms-body =
    Oila a'zolaringizga tez va shoshilinch tibbiy yordam bepul ko'rsatiladi. 103 yoki 112 raqamiga qo'ng'iroq qiling.

    • Oila a'zolaringizda vaqtincha yashashga ruxsat (RVP) yoki yashash guvohnomasi (VNJ) bo'lmasa, ular OMS bilan sug'urtalanmaydi.
    • OMS polisi bo'lmasa, rejali davolanish pullik bo'lishi mumkin.
    • Turmush o'rtog'ingiz va bolalaringiz uchun <b>ixtiyoriy tibbiy sug'urta</b> (DMS) haqida o'ylab ko'ring.

    Shifokorga borganingizda oila a'zolaringizning pasport va hujjatlarini olib boring. Rejali davolanishdan oldin narxini so'rang.
rights-page-familyoms-basis = YeOII to'g'risidagi shartnoma, 98-modda, 4-band; 326-FZ-son Federal qonun, 10-modda

rights-page-social-title = Ijtimoiy ta'minot va kasaba uyushmasi
rights-page-social-body =
    YeOII davlatidan kelgan ishchi sifatida siz ijtimoiy ta'minotga (ijtimoiy sug'urtaga) Rossiya fuqarolari bilan bir xil shartlarda haqlisiz. Pensiya bundan mustasno: u alohida kelishuv bilan tartibga solinadi («Pensiya» bo'limiga qarang).

    • Rossiyalik ishchilar kabi kasaba uyushmasiga a'zo bo'lishingiz mumkin.
    • Rasmiy, yozma shartnoma bilan ishlang: shunda huquqlaringizni himoya qilish osonroq.

    Ish beruvchi bilan nizongiz bo'lsa, kasaba uyushmasi maslahat berishi mumkin. Qaysi kasaba uyushmasiga a'zo bo'lishingiz mumkinligini ishxonangizda yoki shahringizda so'rang.
rights-page-social-basis = YeOII to'g'risidagi shartnoma, 98-modda

rights-section-pension = Pensiya

rights-page-eaeu-title = YeOII pensiya kelishuvi
rights-page-eaeu-body =
    YeOII davlatlari mehnatkashlarining pensiya ta'minoti to'g'risidagi kelishuv <b>2021-yil 1-yanvardan</b> kuchga kirgan.

    • Shu sanadan keyingi ish uchun har bir davlat o'z hududida ishlab topilgan staj uchun pensiyani o'z fuqarolari bilan bir xil shartlarda to'laydi.
    • Boshqa YeOII davlatlaridagi stajingiz pensiya olish huquqini aniqlashda hisobga olinadi.
    • Bir davlatning pensiyasi boshqa davlat pensiyasini to'xtatmaydi.
    • Pensiya boshqa YeOII davlatida yashayotgan kishiga ham to'lanadi.

    Demak, Rossiyadagi rasmiy ish Qirg'izistonga qaytganingizdan keyin ham sizga Rossiya pensiyasini berishi mumkin.
rights-page-eaeu-basis = YeOII mehnatkashlarining pensiya ta'minoti to'g'risidagi kelishuv; 2020-yil 9-noyabrdagi 354-FZ-son Federal qonun

rights-page-record-title = Pensiyaga qaysi ish hisoblanadi
rights-page-record-body =
    Stajga faqat rasmiy ish kiradi: ish beruvchi siz uchun <b>pensiya badallarini</b> to'lagan ish.

    • Yozma mehnat shartnomasini talab qiling.
    • Ish beruvchi badallarni to'layotganini tekshirib turing, masalan, Gosuslugi orqali.
    • Shartnomalar va hisob-kitob varaqalarini saqlang. Rossiyadan ketayotganda nusxalarini o'zingiz bilan oling.
    • Ish beruvchi badal to'lamagan bo'lsa, bu vaqt stajga kirmasligi mumkin.

    2023-yil 1-yanvardan Rossiya pensiya kafolatlari to'g'risidagi 1992-yilgi MDH kelishuvidan chiqqan. 2021-yilgacha bo'lgan ish endi qanday hisobga olinishini biz tasdiqlay olmadik. Rossiya Ijtimoiy fondi (SFR) yoki Qirg'iziston Respublikasi Ijtimoiy fondidan so'rang.
rights-page-record-basis = YeOII mehnatkashlarining pensiya ta'minoti to'g'risidagi kelishuv

rights-section-bans = Kirish taqiqi va reyestr

rights-page-ban-title = Kirish taqiqi: oldindan tekshiring
rights-page-ban-body =
    Rossiyaga kirish taqiqi bor-yo'qligini jo'nashdan kamida <b>2 oy oldin</b> tekshiring. Buning uchun Rossiya IIV xizmati bor.

    • Ma'muriy chiqarib yuborish, deportatsiya yoki readmissiyadan keyin Rossiyaga kirish 5 yilga taqiqlanadi.
    • Bunday qarorlar ikki yoki undan ko'p bo'lsa, taqiq uzoqroq bo'ladi.
    • Bo'lish muddati tugaganidan keyin 30 kun ichida chiqib ketmasangiz, ma'lumotlarga ko'ra, kirish 3 yilga taqiqlanadi. Qachondir Rossiyada ruxsat etilgan muddatdan ortiq qolgan bo'lsangiz, albatta o'zingizni tekshiring.
    • Xabarlarga ko'ra, 2026-yil 1-martdan Rossiya IIV va chegarachilar kirish taqiqi bor odam ismini yoki tug'ilgan sanasini o'zgartirsa, FSBga xabar beradi.

    Taqiq borligini bilib, uni xato deb hisoblasangiz, shu bot orqali bizga yozing yoki elchixona yoki konsullikka murojaat qiling.
rights-page-ban-basis = 114-FZ-son Federal qonun, 27-modda

rights-page-register-title = Nazoratdagi shaxslar reyestri
rights-page-register-body =
    <b>2025-yil 5-fevraldan</b> Rossiyada nazoratdagi shaxslar reyestri yuritiladi. Unga Rossiyada bo'lish asosi tugagan kishilar (bo'lish muddati, shartnoma), shuningdek noqonuniy kirish, chiqarib yuborish, deportatsiya, readmissiya yoki bo'lishi nomaqbul deb topilgan qarordan keyin kiritiladi.

    Reyestrdagi kishilarga qonun man etadi:
    • haydovchilik guvohnomasi olishni;
    • yangi hisob ochish va bank operatsiyalarini (majburiy to'lovlar, o'z hisobiga tushgan pul va oyiga 30 000 rublgacha naqd pul yechish bundan mustasno);
    • nikohni ro'yxatdan o'tkazishni;
    • Rossiya IIV ruxsatisiz yashash yoki turish joyini o'zgartirishni.
    Xabarlarga ko'ra, shuningdek ko'chmas mulk va transport sotib olish va ro'yxatdan o'tkazish, firma ro'yxatdan o'tkazish va Rossiyadan chiqib ketishdan boshqa hollarda hududdan chiqish mumkin emas. Moskvada reyestrga kiritilgandan so'ng hisoblar darhol bloklanadi.

    O'zingizni Rossiya IIV saytida yoki Gosuslugi orqali bepul tekshiring. Reyestrda bo'lsangiz, Rossiyadan chiqib keting yoki turgan joyingizdagi Rossiya IIV migratsiya bo'linmasiga borib, maqomingizni rasmiylashtiring (ishchi — shartnomaning tasdiqlangan nusxasi bilan bo'lish muddatini uzaytirish orqali). Elchixona yoki konsullik ham yordam berishi mumkin.

    Ba'zan odamlarni reyestrga xato bilan kiritib, ularga xabar bermaydilar. Rossiya IIVga qonuniy bo'lishingizni tasdiqlovchi hujjatlarni olib boring. Rad etishsa, Rossiya IIVning yuqori bo'linmasiga yoki sudga shikoyat qiling.
rights-page-register-basis = 115-FZ-son Federal qonun, 31.2-modda; 2024-yil 8-avgustdagi 260-FZ-son Federal qonun; RF Hukumatining 2024-yil 26-dekabrdagi 1899-son qarori

rights-section-contacts = Qayerga murojaat qilish

rights-page-ombudsman-title = Qirg'iziston Ombudsmani (Akiykatchi)
rights-page-ombudsman-body =
    Qirg'iziston Respublikasi Ombudsmani (Akiykatchi) Qirg'iziston fuqarolarining huquqlarini, jumladan Rossiyada ham, himoya qiladi.

    • Sayt: <b>ombudsman.kg</b>. U yerda onlayn murojaat topshirish mumkin.
    • Ombudsman apparati muhojirlarning murojaatlarini onlayn, jumladan ijtimoiy tarmoqlar va WhatsApp orqali qabul qiladi.
    • Ombudsman Rossiya Federatsiyasidagi Inson huquqlari bo'yicha vakil apparati bilan birga ishlaydi: muhojirlar uchun qo'shma axborot uchrashuvlari, muhojirlar huquqlari bo'yicha qo'shma vebinar, tashriflar davomida fuqarolarni qo'shma qabul qilish (biri Moskvadagi QR Elchixonasida, boshqasi 2024-yilda Sankt-Peterburgda bo'lib o'tgan).

    Shu bot orqali bizga ham yozishingiz mumkin.
rights-page-ombudsman-basis = Hamkorlik to'g'risidagi memorandum (2022) va 2023–2026-yillar protokollari

rights-page-rfombudsman-title = Rossiyadagi Inson huquqlari bo'yicha vakil
rights-page-rfombudsman-body =
    Rossiya Federatsiyasidagi Inson huquqlari bo'yicha vakil — inson huquqlarini himoya qiluvchi Rossiya davlat organi.

    • Sayt: <b>ombudsmanrf.org</b>
    • Rossiyadagi chet elliklar ham unga shikoyat qilishi mumkin.
    • Odatda shikoyat 1 yil ichida va faqat avval sudga yoki ma'muriy tartibda shikoyat qilganingizdan keyin beriladi.

    Murojaat qilishdan oldin amaldagi qoidalarni saytda tekshiring. Qirg'iziston Ombudsmani bu organ bilan birga ishlaydi, shuning uchun shu bot orqali bizga ham yozishingiz mumkin.
rights-page-rfombudsman-basis = 1-FKZ-son Federal konstitutsiyaviy qonun

rights-page-embassy-title = Elchixona va konsulliklar
rights-page-embassy-body =
    Qirg'izistonning Rossiyada elchixonasi va konsulliklari bor. Muammoga duch kelsangiz, pasportingizni yo'qotsangiz yoki ushlangan bo'lsangiz, ularga murojaat qiling.

    • Qirg'iziston Respublikasi Elchixonasi — Moskvada.
    • Bosh konsulliklar — Yekaterinburg, Novosibirsk, Sankt-Peterburg va Qozonda.
    • Elchixona va konsulliklarning sahifalari Qirg'iziston Tashqi ishlar vazirligi saytida bor: <b>mfa.gov.kg</b>. Manzil, telefon va xizmatlarni o'sha yerdan qarang.
    • Qirg'iziston Mehnat, ijtimoiy ta'minot va migratsiya vazirligining Moskvada vakolatxonasi bor, u butun Rossiyadagi muhojirlarga yordam beradi (ish haqi berilmaganda, halok bo'lganlarning oilalariga to'lovlar). Uning aloqa ma'lumotlarini biz tasdiqlay olmadik: elchixonadan so'rang.

    Internetdagi tekshirilmagan e'lonlardagi raqamlarga qo'ng'iroq qilmang: manzil va telefonlarni faqat mfa.gov.kg saytida tekshiring.
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
    • Bu yordam sudga murojaat qilish muddatlarini <b>to'xtatmaydi</b>. Ish haqi to'lanmasligi bo'yicha muddat – 1 yil.

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
