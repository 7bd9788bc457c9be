## Search words for each rights page: words people type that the page itself may not use
## (everyday words, synonyms, Russian terms). Never shown; only searched.

rights-page-reg30-keywords = registration, register, 30 days, stay registration, propiska
rights-page-host-keywords = landlord, host, arrival notice, tear-off slip, address
rights-page-card-keywords = migration card, border, purpose of entry, passport
rights-page-stay-keywords = how long, stay, 90 days, extend, overstay, extension, extend stay, contract ended, 15 days
rights-page-medical-keywords = fingerprints, fingerprinting, medical exam, medical certificate, photo, dactyloscopy, every year, MMC, Sakharovo
rights-page-amina-keywords = Amina, app, Moscow, geolocation, location, Sakharovo, MMC, deregistered
rights-page-ruid-keywords = RuID, entry application, app, before travel, 72 hours, QR code, mandatory
rights-page-nopatent-keywords = patent, work permit, job, employer, diploma, tax
rights-page-contract-keywords = labour contract, employment contract, agreement, hiring, written contract
rights-page-wages-keywords = salary, wages, pay, unpaid, not paid, delay, money
rights-page-deadlines-keywords = court, deadline, sue, dismissal, fired, lawsuit
rights-page-complain-keywords = complaint, labour inspection, prosecutor, Gosuslugi, where to complain
rights-page-detained-keywords = police, detained, arrested, stopped, rights, lawyer, 48 hours
rights-page-interpreter-keywords = interpreter, translator, language, native language, sign
rights-page-consulate-keywords = consulate, embassy, notify, criminal case, suspect
rights-page-urgent-keywords = ambulance, hospital, doctor, emergency care, free treatment, 103, no SIM, blocked SIM
rights-page-oms-keywords = OMS, insurance, medical insurance, policy, clinic
rights-page-school-keywords = school, children, child, Russian test, retake, education, school admission
rights-page-kindergarten-keywords = kindergarten, nursery, preschool, daycare
rights-page-familyoms-keywords = family, wife, husband, children, medical care, insurance
rights-page-social-keywords = social security, benefits, trade union, union
rights-page-eaeu-keywords = pension, retirement, old age, EAEU agreement
rights-page-record-keywords = pension record, contributions, work record, SFR, Social Fund
rights-page-ban-keywords = entry ban, ban, deportation, expulsion, blacklist, check ban
rights-page-register-keywords = register of controlled persons, bank account blocked, card blocked, check, cash limit, get off the register, wrong listing
rights-page-ombudsman-keywords = ombudsman, Akyikatchy, complaint, human rights, help
rights-page-rfombudsman-keywords = Russian ombudsman, High Commissioner, human rights Russia
rights-page-embassy-keywords = embassy, consulate, passport, Moscow, Yekaterinburg, Novosibirsk, Kazan, St Petersburg

## New pages (sheet revision 2026-12)

rights-page-fakereg-keywords = fake registration, rubber registration, buy registration, false address, bought propiska, 322.3
rights-page-wagehelp-keywords = wages not paid, unpaid salary, wage debt, employer cheated, labour ministry, Kyrgyz ministry, collective complaint, representation
rights-page-rusexam-keywords = Russian exam, Russian language test, language test, certificate, exam for work, testing
rights-page-raid-keywords = raid, police raid, document check, identity check, stopped in the street, taken to the police station, what to carry
rights-page-expulsion-keywords = expulsion, deportation, deported, expelled, appeal, court decision, detention centre, TsVSIG
rights-page-lostdocs-keywords = lost passport, passport stolen, lost documents, lost migration card, lost ID card, duplicate, certificate of return
rights-page-docstaken-keywords = passport taken, employer took passport, employer keeps passport, documents taken, boss has my passport, passport not returned
rights-page-money-keywords = money transfer, send money home, remittance, card blocked, account blocked, bank, cash, sanctions
rights-page-sim-keywords = SIM, SIM card, phone number, mobile operator, SIM cut off, biometrics, SNILS, IMEI
rights-page-injury-keywords = injury at work, work accident, died, death, killed, body home, repatriation, compensation, breadwinner
rights-page-military-keywords = army, war, military, recruitment, recruiter, military contract, mercenary, mercenarism, mobilisation
