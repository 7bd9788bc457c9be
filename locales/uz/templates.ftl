## Tayyor javoblar (murojaat mavzusidagi /templates). Sarlavha – operator tugmasi;
## matn muhojirga uning tilida yuboriladi.

template-received-title = Murojaat ustida ishlayapmiz
template-received-text = Assalomu alaykum! №{ $number } murojaatingizni oldik va uning ustida ishlayapmiz. Yangilik bo'lishi bilan shu yerga yozamiz.
template-details-title = Tafsilotlarni so'rash
template-details-text = Sizga yordam berishimiz uchun yana biroz ma'lumot kerak: voqea bo'lgan sana va joy, ish beruvchi yoki tashkilotning nomi hamda siz allaqachon nima qilganingiz. Iltimos, ularni shu yerga yozing.
template-documents-title = Hujjatlarni so'rash
template-documents-text = Iltimos, qo'lingizdagi hujjatlarning rasmini yuboring: pasportning suratingiz va kirish muhri bor sahifalari, migratsiya kartasi, migratsiya hisobi haqidagi bildirishnomaning ajratma qismi, mehnat shartnomasi (bo'lsa). Matni o'qiladigan bo'lishi uchun yorug' joyda suratga oling.
template-reception-title = Qabulga taklif qilish
template-reception-text = Savolingizni yuzma-yuz muhokama qilgan ma'qul. Menyudagi «🗓 Tadbirlar» bo'limidan eng yaqin fuqarolarni qabul qilish kunini toping va ro'yxatdan o'ting.
template-lawyer-title = Yuristga topshirildi
template-lawyer-text = Murojaatingizni yuristga topshirdik. U shu yerda, shu chatda javob beradi. Bu bir necha ish kuni vaqt olishi mumkin.
template-hotline-title = Shoshilinch raqamlar
template-hotline-text = Agar sizga xavf tug'ilsa, darhol 112 ga qo'ng'iroq qiling (istalgan telefondan bepul). Agar sizni ushlashsa, tarjimon olishga va Qirg'iziston Respublikasi konsulligi bilan bog'lanishga haqingiz bor.
