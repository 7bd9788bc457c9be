## Ар бир барак үчүн издөө сөздөрү: адамдар жазган, бирок баракта жок болушу мүмкүн сөздөр
## (күнүмдүк сөздөр, синонимдер). Көрсөтүлбөйт, издөөдө гана колдонулат.

rights-page-reg30-keywords = каттоо, катталуу, прописка, регистрация, 30 күн
rights-page-host-keywords = үй ээси, кабыл алуучу тарап, дарек, талон
rights-page-card-keywords = миграциялык карта, чек ара, келүү максаты, паспорт
rights-page-stay-keywords = канча убакыт, туруу мөөнөтү, 90 күн, узартуу
rights-page-medical-keywords = дактилоскопия, манжа изи, медкароо, медициналык текшерүү, маалымкат
rights-page-amina-keywords = Амина, колдонмо, Москва, геолокация
rights-page-ruid-keywords = RuID, кирүүгө арыз, колдонмо
rights-page-nopatent-keywords = патент, иштөөгө уруксат, жумушка орношуу, диплом, салык
rights-page-contract-keywords = эмгек келишими, келишим, контракт, келишимсиз иш
rights-page-wages-keywords = айлык, эмгек акы, айлык бербей жатат, акча, кечиктирүү
rights-page-deadlines-keywords = сот, мөөнөт, доо, жумуштан бошотуу, бошотушту
rights-page-complain-keywords = арыз, даттануу, эмгек инспекциясы, прокуратура, Госуслуги
rights-page-detained-keywords = полиция, кармашты, кармоо, камак, укук, адвокат
rights-page-interpreter-keywords = котормочу, которуу, эне тил, кол коюу
rights-page-consulate-keywords = консулдук, элчилик, кабарлоо, кылмыш иши
rights-page-urgent-keywords = тез жардам, оорукана, доктур, дарыгер, акысыз дарылоо, 103
rights-page-oms-keywords = ОМС, полис, медициналык камсыздандыруу, страховка, поликлиника
rights-page-school-keywords = мектеп, бала бакча, балдар, бала, орус тили тести, окуу
rights-page-familyoms-keywords = үй-бүлө, аял, күйөө, балдар, дарылоо, страховка
rights-page-social-keywords = социалдык камсыздоо, жөлөкпул, профсоюз, кесиптик бирлик
rights-page-eaeu-keywords = пенсия, пенсиялык стаж, ЕАЭБ, карылык
rights-page-record-keywords = стаж, пенсиялык төгүмдөр, Социалдык фонд
rights-page-ban-keywords = кирүүгө тыюу, тыюу, депортация, чыгарып салуу, кара тизме
rights-page-register-keywords = көзөмөлдөгү адамдардын реестри, карта бөгөттөлдү, эсеп бөгөттөлдү
rights-page-ombudsman-keywords = Акыйкатчы, омбудсмен, адам укуктары, арыз, жардам
rights-page-rfombudsman-keywords = Россиянын омбудсмени, адам укуктары боюнча ыйгарым укуктуу өкүл
rights-page-embassy-keywords = элчилик, консулдук, паспорт, Москва, Екатеринбург, Новосибирск, Казань, Санкт-Петербург
