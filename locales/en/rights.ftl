rights-section-docs = Documents and registration

rights-page-reg30-title = Registration within 30 days
rights-page-reg30-body =
    As a citizen of Kyrgyzstan (an EAEU country), you do not need migration registration for the first <b>30 days</b> after entry. If you stay longer, you must be registered.

    • For citizens of Kyrgyzstan the term is 30 days. Only citizens of Belarus get 90 days. Websites that say "90 days for all EAEU citizens" are wrong.
    • The same rule applies to your family members.
    • Keep the tear-off slip of the arrival notice. It shows that you are registered.
    • If you have a labour contract, registration can be made for one year and then renewed.

    Do not wait for the last day. Ask your host to register you soon after you arrive.
rights-page-reg30-basis = EAEU Treaty, art. 97; Federal Law No. 109-FZ

rights-page-host-title = Who registers you
rights-page-host-body =
    The <b>host party</b> registers you. This is your landlord or the organisation where you actually live. The host party files the arrival notice.

    • After the notice is filed, you get the tear-off slip. Keep it with your passport.
    • Check that your name, document details and address on the slip are correct.
    • You can be registered at your employer's address only if you really live there.
    • Do not agree to registration at an address where you do not live.

    Ask the host party to file the notice in time, so that you are registered before your first 30 days in Russia end.
rights-page-host-basis = Federal Law No. 109-FZ, art. 21(2)

rights-page-card-title = Migration card
rights-page-card-body =
    When you enter Russia, you fill in a migration card. You can enter with your ID card or with your foreign-travel passport.

    • Purpose of entry: if you come to work, write <b>"work" (работа)</b>.
    • The purpose of entry cannot be changed later without leaving Russia.
    • Keep the migration card for your whole stay in Russia. Do not lose it.

    Check the card at the border, before you leave the checkpoint. If the purpose is wrong, you can only fix it by leaving Russia and entering again.
rights-page-card-basis = Russian migration rules (migration card); Embassy memo

rights-page-stay-title = How long you can stay
rights-page-stay-body =
    You can stay in Russia for as long as your labour contract (or civil-law contract) lasts. Your family members can stay for the same time.

    • You can stay for the whole term of the contract without leaving Russia.
    • If the contract ends early after 90 days from your entry, you have <b>15 days</b> to sign a new contract.
    • Since 1 January 2025, visa-free foreigners may stay at most 90 days in a calendar year. This limit does not apply to you while you are employed.
    • To extend your stay, go to the MVD migration unit with a copy of your labour contract.

    Keep your copy of the contract safe: your right to stay depends on it.
rights-page-stay-basis = EAEU Treaty, art. 97(5); Federal Law No. 260-FZ of 08.08.2024

rights-page-medical-title = Fingerprints, photo, medical exam
rights-page-medical-body =
    If you come to work, you must do fingerprinting, a photo and a medical examination within <b>30 days</b> of entry. If you come for another purpose, the term is 90 days.

    • Children under 6 do not need to do this.
    • Fingerprinting is done only once, and it is free.
    • When your medical certificate expires, renew it within 30 days.

    Do not wait: 30 days pass quickly. Keep the papers you receive after fingerprinting and the medical exam together with your passport.
rights-page-medical-basis = Federal Law No. 115-FZ; state fingerprint registration rules

rights-page-amina-title = The Amina app (Moscow region)
rights-page-amina-body =
    Since <b>1 September 2025</b>, foreigners who come to work in Moscow city or Moscow Oblast must install the Amina app. This includes citizens of Kyrgyzstan.

    • Install the app from RuStore.
    • The app tracks your location (geolocation).
    • Open the app every day. Check that it works and that geolocation is on.
    • If you leave for another region, register there.
    • When you come back to Moscow or Moscow Oblast, register in the app again.

    This rule is part of an experiment in the Moscow region. Keep your phone charged and the app working.
rights-page-amina-basis = Rules of the Moscow region experiment (since 1 Sep 2025)

rights-page-ruid-title = The RuID app
rights-page-ruid-body =
    RuID is an app where visa-free foreigners can file an application before they enter Russia. It is an experiment from 30 June 2025 to 30 June 2026.

    • During the experiment, filing the application is voluntary.
    • If you do not file it, this is not a reason to refuse you entry or to ban you.
    • A draft decree would make the application mandatory from 1 July 2026 for people who come to work or study. We could <b>not confirm</b> that it was adopted.

    <b>Check the current rules before you travel.</b>
rights-page-ruid-basis = Mintsifry letter OK-P24-58177 of 17.06.2025

rights-section-work = Work

rights-page-nopatent-title = No patent needed
rights-page-nopatent-body =
    Citizens of Kyrgyzstan work in Russia under the EAEU Treaty.

    • You need <b>no patent and no work permit</b>.
    • An employer may hire you without quotas or other limits of the Russian labour market.
    • Your diplomas and other education documents are recognised without a special procedure. This does not apply to teaching, medical and pharmaceutical work: ask the employer what is needed.
    • You pay income tax at the same rate as tax residents of Russia, from your first day of work.

    If someone tells you that you must buy a patent to work, this is not true for citizens of Kyrgyzstan.
rights-page-nopatent-basis = EAEU Treaty, arts. 97–98

rights-page-contract-title = Your labour contract
rights-page-contract-body =
    Work under a written labour contract.

    • The contract is made in two copies. One copy is yours.
    • If the employer let you start work without a written contract, the contract still counts as concluded. The employer must put it in writing within <b>3 working days</b>.
    • The employer must notify the MVD within 3 working days after hiring you.
    • Keep your copy safe. Your right to stay in Russia depends on it.

    Read the contract before you sign it. Check the pay, working hours, your job and the name of the employer.
rights-page-contract-basis = Labour Code of the RF, art. 67

rights-page-wages-title = Unpaid wages
rights-page-wages-body =
    If your employer pays your wages late, you have rights.

    • If wages are more than <b>15 days</b> late, you may stop work. First give the employer a written notice.
    • For each day of delay, the employer must pay you compensation: at least 1/150 of the Central Bank key rate, counted on the unpaid amount.
    • Keep a copy of your notice with the date when you gave it.
    • Collect evidence: your contract, pay slips, bank statements, messages, names of witnesses.

    With this evidence you can complain or go to court. See "Where to complain" and "Deadlines to go to court".
rights-page-wages-basis = Labour Code of the RF, arts. 142, 236

rights-page-deadlines-title = Deadlines to go to court
rights-page-deadlines-body =
    If you want to take your employer to court, do not wait. The time limits are short:

    • <b>1 month</b> for a dispute about dismissal;
    • <b>3 months</b> for other labour disputes;
    • <b>1 year</b> for unpaid or partly paid wages.

    In labour claims, workers do not pay court fees.

    You can also complain to the State Labour Inspectorate or the prosecutor's office (see "Where to complain"). Collect your documents early: contract, pay slips, messages.
rights-page-deadlines-basis = Labour Code of the RF, arts. 392, 393

rights-page-complain-title = Where to complain
rights-page-complain-body =
    If your employer breaks your rights, you can turn to:

    • the <b>State Labour Inspectorate</b>, also online through Gosuslugi;
    • the prosecutor's office;
    • the court (see "Deadlines to go to court").

    You can also write to the Ombudsman of the Kyrgyz Republic through this bot. Say what happened, the name of the employer and the city.

    Before you complain, collect evidence: your contract, pay slips and messages. Write down dates, amounts and names. Keep copies of everything you send, with the date.
rights-page-complain-basis = Labour Code of the RF, art. 352

rights-section-police = Police and detention

rights-page-detained-title = If the police stop you
rights-page-detained-body =
    If the police stop or detain you, stay calm and show your documents.

    The officer must tell you his name, rank and position. He must explain your rights:
    • the right to legal help (a lawyer);
    • the right to an interpreter;
    • the right to have your relatives told;
    • the right to refuse to give explanations.

    Without a court decision, you can be held for at most <b>48 hours</b>.

    Carry your documents: passport or ID card, migration card, tear-off registration slip and labour contract (or a copy).
rights-page-detained-basis = Federal Law "On Police", art. 14

rights-page-interpreter-title = Interpreter and your language
rights-page-interpreter-body =
    In an administrative case you may speak, give explanations and file complaints in your native language, with an interpreter.

    • If you do not understand Russian well, ask for an <b>interpreter</b>.
    • Do not sign papers that you do not understand.
    • You can write in the record: "Мне нужен переводчик" (I need an interpreter).
    • Read the record or ask for it to be translated before you sign it.

    An interpreter is your right, not a favour. Ask for one calmly and clearly.
rights-page-interpreter-basis = Code of Administrative Offences of the RF, art. 24.2

rights-page-consulate-title = Your consulate must be told
rights-page-consulate-body =
    If you are held as a suspect in a criminal case, the embassy or consulate of Kyrgyzstan must be notified within <b>12 hours</b>.

    • Ask for this. Say clearly that you are a citizen of Kyrgyzstan.
    • Ask that your relatives be told.
    • Ask for a lawyer and an interpreter.
    • Do not sign papers that you do not understand.

    Your relatives can also contact the Embassy or a Consulate General (Yekaterinburg, Novosibirsk, St Petersburg, Kazan).

    Embassy of the Kyrgyz Republic in Russia: kyrgyzembassy.ru
rights-page-consulate-basis = Criminal Procedure Code of the RF, art. 96(3)

rights-section-health = Health

rights-page-urgent-title = Emergency medical care
rights-page-urgent-body =
    Emergency and urgent medical care is <b>free</b> for you and your family members.

    • Call <b>103</b> (ambulance) or 112.
    • Calls are free from any mobile phone, even with no credit or no SIM card.
    • This care is free also for family members who have no OMS policy.
    • Tell the doctors that you are a citizen of Kyrgyzstan, an EAEU country, and show your passport.

    For planned (non-urgent) treatment, see the page about OMS medical insurance.
rights-page-urgent-basis = EAEU Treaty, art. 98(4); Protocol on medical care (Annex 30)

rights-page-oms-title = Medical insurance (OMS)
rights-page-oms-body =
    As a worker from an EAEU country, you are insured under compulsory medical insurance (OMS).

    • Ask your employer or an insurance company for your <b>OMS policy</b>.
    • Your family members are not insured under OMS, unless they have a temporary residence permit (RVP) or a residence permit (VNZh).
    • In March 2026 the EAEU Court (case R-7/25) said that states do not have to give OMS to workers' family members automatically.

    For your family, think about voluntary medical insurance.
rights-page-oms-basis = Federal Law No. 326-FZ, art. 10

rights-section-family = Family and children

rights-page-school-title = Kindergarten and school
rights-page-school-body =
    Since <b>1 April 2025</b>, new rules apply to foreign children.

    • For a kindergarten or school, you need documents that prove the child stays in Russia legally.
    • To enter school, the child must pass a test in the Russian language.
    • We found no exception for citizens of EAEU countries.

    Prepare the documents early, and make sure the child is registered. Practise Russian with the child before the test. Ask the school where and when the test is held.
rights-page-school-basis = Russian rules on admission of foreign children (since 1 Apr 2025)

rights-page-familyoms-title = Medical care for your family
rights-page-familyoms-body =
    Emergency and urgent medical care is free for your family members. Call 103 or 112.

    • Family members are not insured under OMS, unless they have a temporary residence permit (RVP) or a residence permit (VNZh).
    • Without OMS, planned treatment may cost money.
    • Think about <b>voluntary medical insurance</b> for your spouse and children.

    Keep your family's passports and documents ready when you go to a doctor. Ask the price before planned treatment.
rights-page-familyoms-basis = EAEU Treaty, art. 98(4); Federal Law No. 326-FZ, art. 10

rights-page-social-title = Social security and trade unions
rights-page-social-body =
    As a worker from an EAEU country, you have social security on the same terms as Russian citizens. Pensions are an exception: they follow a separate agreement (see the section "Pensions").

    • You may join a trade union, like Russian workers.
    • Work legally, under a written contract. This makes it easier to protect your rights.

    A trade union can advise you when you have a problem with your employer. Ask at work or in your city which union you can join.
rights-page-social-basis = EAEU Treaty, art. 98

rights-section-pension = Pensions

rights-page-eaeu-title = The EAEU pension agreement
rights-page-eaeu-body =
    The EAEU Agreement on pension provision for workers has been in force since <b>1 January 2021</b>.

    • For work after that date, each country pays a pension for the work record earned on its territory, on the same terms as to its own citizens.
    • Your work record in other EAEU countries counts toward the right to a pension.
    • A pension from one country does not stop a pension from another.
    • The pension is paid even if you live in another EAEU country.

    So legal work in Russia can give you a Russian pension later, also when you live in Kyrgyzstan again.
rights-page-eaeu-basis = EAEU Agreement on pension provision; Federal Law No. 354-FZ of 09.11.2020

rights-page-record-title = What counts for your pension
rights-page-record-body =
    Only legal work counts: work for which your employer paid <b>pension contributions</b>.

    • Ask for a written labour contract.
    • Check that your employer pays contributions, for example on Gosuslugi.
    • Keep your contracts and pay slips. Take copies home when you leave Russia.
    • If the employer did not pay contributions, that time may not count for your pension.

    Work before 2021: we could not confirm how it counts. Ask Russia's Social Fund (SFR) or the Social Fund of the Kyrgyz Republic.
rights-page-record-basis = EAEU Agreement on pension provision

rights-section-bans = Entry bans and the register

rights-page-ban-title = Entry bans: check before you travel
rights-page-ban-body =
    Check whether you have a ban on entry to Russia at least <b>2 months</b> before you travel. Use the MVD online service.

    • After administrative expulsion, deportation or readmission, entry is banned for 5 years.
    • After two or more such decisions, the ban is longer.
    • If you ever stayed in Russia longer than allowed, be sure to check before you travel.

    If you find a ban and think it is a mistake, write to us through this bot or contact the Embassy.
rights-page-ban-basis = Federal Law No. 114-FZ, art. 27

rights-page-register-title = Register of controlled persons
rights-page-register-body =
    Since <b>5 February 2025</b>, Russia keeps a register of controlled persons.

    People get on it, for example, when their legal grounds to stay have ended, after crossing the border illegally, after deportation or readmission, or after a decision that their stay is "undesirable".

    Reported consequences for people on the register:
    • bank operations blocked;
    • no marriage registration;
    • no purchase of property;
    • restrictions on a driving licence.

    Check yourself on the MVD website or on Gosuslugi. If you are on the register, go to the MVD migration unit where you stay.
rights-page-register-basis = Federal Law No. 260-FZ of 08.08.2024 (register of controlled persons)

rights-section-contacts = Where to turn

rights-page-ombudsman-title = Ombudsman of Kyrgyzstan (Akyikatchy)
rights-page-ombudsman-body =
    The Ombudsman (Akyikatchy) of the Kyrgyz Republic protects the rights of citizens of Kyrgyzstan, also in Russia.

    • Website: <b>ombudsman.kg</b>. You can file an application online there.
    • The office takes requests from migrants online.
    • It works together with the office of the High Commissioner for Human Rights in the Russian Federation: joint information events for migrants, a joint webinar on migrants' rights, and joint receptions of citizens during visits (one was held at the Kyrgyz Embassy in Moscow, another in 2024 in St Petersburg).

    You can also write to us through this bot.
rights-page-ombudsman-basis = Memorandum of cooperation (2022) and protocols 2023–2026

rights-page-rfombudsman-title = Human Rights Commissioner of Russia
rights-page-rfombudsman-body =
    The High Commissioner for Human Rights in the Russian Federation is the Russian state office that protects human rights.

    • Website: <b>ombudsmanrf.org</b>
    • Foreigners who are in Russia may also complain there.
    • Usually a complaint must be filed within 1 year, and only after you have first appealed in court or to an administrative body.

    Check the current rules on the website before you write. The Ombudsman of Kyrgyzstan works together with this office, so you can also write to us through this bot.
rights-page-rfombudsman-basis = Federal Constitutional Law No. 1-FKZ

rights-page-embassy-title = Embassy and consulates
rights-page-embassy-body =
    Kyrgyzstan has an embassy and consulates in Russia. Contact them if you are in trouble or detained.

    • Embassy of the Kyrgyz Republic in Moscow: <b>kyrgyzembassy.ru</b>
    • Consulates General in Yekaterinburg, Novosibirsk, St Petersburg and Kazan.
    • The Ministry of Labour, Social Security and Migration of the Kyrgyz Republic has a representation in Moscow that helps migrants across Russia.

    Find addresses and phone numbers only on the official websites: kyrgyzembassy.ru and mfa.gov.kg.
rights-page-embassy-basis = Vienna Convention on Consular Relations
