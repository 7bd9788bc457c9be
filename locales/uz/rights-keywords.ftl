## Har bir sahifa uchun qidiruv so'zlari: odamlar yozadigan, lekin sahifada bo'lmasligi mumkin bo'lgan so'zlar
## (so'zlashuv so'zlari, sinonimlar). Ko'rsatilmaydi, faqat qidiriladi.

rights-page-reg30-keywords = ro'yxatga olish, ro'yxat, registratsiya, propiska, 30 kun
rights-page-host-keywords = uy egasi, qabul qiluvchi tomon, manzil, talon
rights-page-card-keywords = migratsiya kartasi, chegara, kirish maqsadi, pasport
rights-page-stay-keywords = qancha muddat, bo'lish muddati, 90 kun, uzaytirish, muddatni uzaytirish, 15 kun, shartnoma tugadi
rights-page-medical-keywords = daktiloskopiya, barmoq izi, tibbiy ko'rik, tibbiy ma'lumotnoma, medspravka, har yili, MMC, Saxarovo
rights-page-amina-keywords = Amina, ilova, Moskva, geolokatsiya, Saxarovo, MMC, hisobdan chiqarishdi
rights-page-ruid-keywords = RuID, kirish arizasi, ilova, 72 soat, QR-kod, majburiy
rights-page-nopatent-keywords = patent, ishlashga ruxsat, ishga joylashish, diplom, soliq
rights-page-contract-keywords = mehnat shartnomasi, shartnoma, kontrakt, shartnomasiz ish
rights-page-wages-keywords = ish haqi, maosh, oylik, pul to'lamayapti, kechikish
rights-page-deadlines-keywords = sud, muddat, da'vo, ishdan bo'shatish, bo'shatishdi
rights-page-complain-keywords = shikoyat, mehnat inspeksiyasi, prokuratura, Gosuslugi
rights-page-detained-keywords = politsiya, ushlashdi, ushlash, hibsga olish, huquq, advokat
rights-page-interpreter-keywords = tarjimon, tarjima, ona tili, imzo qo'yish
rights-page-consulate-keywords = konsullik, elchixona, xabar berish, jinoyat ishi
rights-page-urgent-keywords = tez yordam, kasalxona, shifokor, vrach, bepul davolanish, 103, simka yo'q, SIM-kartasiz
rights-page-oms-keywords = OMS, polis, tibbiy sug'urta, strahovka, poliklinika
rights-page-school-keywords = maktab, bolalar, bola, rus tili testi, test, qayta topshirish, o'qish, maktabga qabul
rights-page-kindergarten-keywords = bog'cha, bolalar bog'chasi, yasli, bog'chaga qabul
rights-page-familyoms-keywords = oila, xotin, er, bolalar, davolanish, sug'urta
rights-page-social-keywords = ijtimoiy ta'minot, nafaqa, kasaba uyushmasi, profsoyuz
rights-page-eaeu-keywords = pensiya, nafaqa, pensiya staji, YeOII
rights-page-record-keywords = staj, pensiya badallari, Ijtimoiy fond, SFR
rights-page-ban-keywords = kirish taqiqi, taqiq, deportatsiya, chiqarib yuborish, qora ro'yxat
rights-page-register-keywords = nazoratdagi shaxslar reyestri, karta bloklandi, hisob bloklandi, naqd pul, reyestrdan chiqish
rights-page-ombudsman-keywords = ombudsman, Akiykatchi, Akyikatchy, inson huquqlari, shikoyat, yordam
rights-page-rfombudsman-keywords = Rossiya ombudsmani, inson huquqlari bo'yicha vakil
rights-page-embassy-keywords = elchixona, konsullik, pasport, Moskva, Yekaterinburg, Novosibirsk, Qozon, Sankt-Peterburg

## New pages (sheet revision 2026-12)

rights-page-fakereg-keywords = soxta ro'yxat, rezina propiska, propiska sotib olish, registratsiya sotib olish, yolg'on manzil, pulga ro'yxat, 322.3
rights-page-wagehelp-keywords = oylik bermayapti, maosh to'lanmadi, ish haqi qarzi, aldab ketdi, Mehnat vazirligi, vazirlik, jamoaviy shikoyat, vakolatxona
rights-page-rusexam-keywords = rus tili imtihoni, rus tili testi, rus tili, sertifikat, ish uchun imtihon, test
rights-page-raid-keywords = reyd, oblava, hujjat tekshiruvi, tekshiruv, politsiyaga olib ketishdi, ko'chada to'xtatishdi, nima olib yurish kerak
rights-page-expulsion-keywords = chiqarib yuborish, deportatsiya, deport, haydab yuborish, sud, shikoyat qilish, qarorga shikoyat, saqlash markazi
rights-page-lostdocs-keywords = pasportni yo'qotdim, pasport yo'qoldi, pasportni o'g'irlashdi, hujjat yo'qoldi, migratsiya kartasini yo'qotdim, dublikat, qaytish guvohnomasi, ID-karta
rights-page-docstaken-keywords = pasportni olib qo'yishdi, pasportni bermayapti, ish beruvchi pasportni ushlab turibdi, xo'jayin hujjatni oldi, hujjatlarni olib qo'yishdi
rights-page-money-keywords = pul o'tkazish, uyga pul jo'natish, pul yuborish, karta bloklandi, hisob bloklandi, karta ishlamayapti, bank, naqd pul, sanksiya
rights-page-sim-keywords = simka, sim-karta, SIM, simka olish, simka o'chib qoldi, telefon raqami, operator, biometriya, SNILS, IMEI
rights-page-injury-keywords = ishda jarohat, baxtsiz hodisa, halok bo'ldi, vafot etdi, o'lim, jasad, jasadni olib ketish, kompensatsiya, boquvchisini yo'qotish
rights-page-military-keywords = armiya, urush, harbiy, urushga yollash, harbiy shartnoma, yollanma, yollanmachilik, harbiy xizmat, safarbarlik
