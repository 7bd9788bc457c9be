rights-section-docs = Documents and registration

rights-page-reg30-title = Registration within 30 days
rights-page-reg30-body =
    As a citizen of Kyrgyzstan, you do not need migration registration for the first <b>30 days</b> after entry. If you stay longer, you must be registered before these 30 days end.

    • For citizens of Kyrgyzstan the term is 30 days. Only citizens of Belarus get 90 days. Websites that say "90 days for all EAEU citizens" are wrong.
    • The same rule applies to your family members.
    • Outside Moscow city and Moscow Oblast, the host party registers you. Keep the tear-off slip of the arrival notice: it shows that you are registered.
    • In Moscow city and Moscow Oblast, workers are registered through the Amina app (see its page).
    • If you have a labour contract, registration can be made for one year and then renewed.

    Do not wait for the last day. Get registered soon after you arrive.
rights-page-reg30-basis = EAEU Treaty, art. 97; Federal Law No. 109-FZ; Federal Law No. 121-FZ (Moscow region)

rights-page-host-title = Who registers you
rights-page-host-body =
    Outside Moscow city and Moscow Oblast, the <b>host party</b> registers you: your landlord or the organisation where you actually live. The host party files the arrival notice.

    • After the notice is filed, you get the tear-off slip. Keep it with your passport.
    • Check that your name, document details and address on the slip are correct.
    • You can be registered at your employer's address only if you really live there.
    • Do not agree to registration at an address where you do not live: such a registration is cancelled, and you may be punished for false information.
    • In Moscow city and Moscow Oblast, a worker is registered through Amina, and the landlord no longer files a notice. Family members who do not work, children included, are reportedly still registered by the host party, as before.
    • In a hotel, hospital or sanatorium, the institution itself notifies the MVD.

    Ask the host party to file the notice in time, before your first 30 days in Russia end.
rights-page-host-basis = Federal Law No. 109-FZ, art. 21(2); Federal Law No. 121-FZ (Moscow region)

rights-page-card-title = Migration card
rights-page-card-body =
    When you enter Russia, you fill in a migration card. You can enter with your ID card or with your foreign-travel passport.

    • Purpose of entry: if you come to work, write <b>"work" (работа)</b>.
    • The purpose of entry cannot be changed without leaving Russia.
    • Keep the card for your whole stay in Russia: the extension of your stay is marked on it.
    • The card is still needed. In January 2026 the government ordered proposals to replace it with an application on Gosuslugi. We found no decision to abolish the card.
    • If you lose the card, go to the MVD migration unit within 3 days: the duplicate is free.

    Check the card at the border, before you leave the checkpoint. If the purpose is wrong, you can only fix it by leaving Russia and entering again.
rights-page-card-basis = RF Government Decree No. 413 of 16.08.2004 (migration card); Embassy memo

rights-page-stay-title = How long you can stay
rights-page-stay-body =
    You can stay in Russia for the whole term of your labour contract (or civil-law contract) without leaving. Your family members can stay for the same time.

    • Since 1 January 2025, visa-free foreigners may stay in Russia at most 90 days in a calendar year. This limit does not apply to people working under a contract, but the stay must be extended.
    • <b>Apply for the extension before 90 days have passed</b> since your entry. Where: the MVD migration unit where you stay. What to bring: your passport, migration card and a copy of your labour contract certified by the employer. The extension is marked on your migration card.
    • Do fingerprinting, the photo and the medical exam in advance. Ask the migration unit for the full list of documents.
    • If your contract runs to its end date, there are no extra days. Before it ends, sign a new contract and get your stay extended, or leave by that date.
    • If your contract ended <b>early</b> and more than 90 days have passed since your entry, you have <b>15 days</b> to sign a new contract without leaving.

    Keep your copy of the contract safe: your right to stay depends on it. You can count your own deadlines under "My deadlines".
rights-page-stay-basis = EAEU Treaty, art. 97(5); Federal Law No. 115-FZ, art. 5(2); Federal Law No. 260-FZ of 08.08.2024

rights-page-medical-title = Fingerprints, photo, medical exam
rights-page-medical-body =
    If you come to work, you must do fingerprinting, a photo and a medical examination within <b>30 days</b> of entry. If you come for another purpose, the term is 90 days.

    • Children under 6 do not need to do this.
    • Fingerprinting is done only once, and it is free.
    • The medical exam must be done <b>every year</b>. When your medical certificate expires, renew it within 30 days.
    • Where: at MVD units or at a multifunctional migration centre (MMC). In Moscow this is the MMC "Sakharovo": it issues the foreign citizen's card that you need to log in to Amina.
    • You need no Russian language exam to work: we found no such rule for EAEU citizens.

    Do not wait: 30 days pass quickly. Keep the papers you receive after fingerprinting and the medical exam together with your passport.
rights-page-medical-basis = Federal Law No. 115-FZ; state fingerprint registration rules

rights-page-amina-title = The Amina app (Moscow region)
rights-page-amina-body =
    Since <b>1 September 2025</b>, citizens of Kyrgyzstan who come to <b>work</b> in Moscow city or Moscow Oblast must use the Amina app. You are registered through it: the landlord no longer files a notice.

    • Install the app from RuStore. Log in with the foreign citizen's card from the MMC "Sakharovo"; if you lost the card, with your passport details.
    • Give the place where you really live and sleep.
    • If you move, report the new address in the app within <b>3 working days</b>.
    • Open the app every day. Keep geolocation, the app's permissions and notifications on.
    • With no geolocation for more than 3 working days, you are taken off the registration and put on the register of controlled persons. By mid-December 2025, 139,236 people had been taken off the registration this way.
    • If you leave for another region, register there, where you live. When you come back to Moscow city or Moscow Oblast, register in the app again.
    • Minors do not need the app.

    We could not confirm how many days after arrival you have to register in Amina: register at once. The experiment runs until 1 September 2029. Keep your phone charged.
rights-page-amina-basis = Federal Law No. 121-FZ of 23.05.2025 (experiment in Moscow city and Moscow Oblast)

rights-page-ruid-title = The RuID app
rights-page-ruid-body =
    RuID is an app where visa-free foreigners file an application before they enter Russia.

    • Until 30 June 2026, filing the application was voluntary, and nobody was refused entry for not filing it.
    • From 30 June or 1 July 2026, the application is reported to be <b>mandatory</b> for entry to work or study. We did not find the adopted decree, and sources differ on whom it covers.
    • What to do in any case: before you travel to work, file the RuID application with the purpose "work", no earlier than 90 days and no later than <b>72 hours</b> before you cross the border. In emergencies (serious illness or death of a close relative, with documents), at least 4 hours before.
    • Keep the QR code. Photos and fingerprints are still checked at the border.
    • The application does not help if you have an entry ban or are on the register of controlled persons. Check both first.

    <b>Check the current rules before you travel</b>: on the website of the Russian MVD, on the Kyrgyz Embassy's pages on mfa.gov.kg, or with us through this bot.
rights-page-ruid-basis = Mintsifry letter No. ОК-П24-58177 of 17.06.2025 (valid until 30.06.2026); MVD draft decree (January 2026)

rights-section-work = Work

rights-page-nopatent-title = No patent needed
rights-page-nopatent-body =
    Citizens of Kyrgyzstan work in Russia under the EAEU Treaty.

    • You need <b>no patent and no work permit</b>.
    • An employer may hire you without quotas or other limits that protect the Russian labour market.
    • Your diplomas and other education documents are recognised without a special procedure. This does not apply to teaching, medical and pharmaceutical work: there, ask the employer what is needed.
    • You pay income tax at the same rates as tax residents of Russia, from your first day of work.

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

    • If wages are more than <b>15 days</b> late, you may stop work after giving the employer a written notice.
    • For each day of delay, the employer must pay you compensation: at least 1/150 of the Bank of Russia key rate, counted on the unpaid amount.
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
    • the court (see "Deadlines to go to court");
    • the representation of the Kyrgyz Ministry of Labour, Social Security and Migration in Russia: it takes complaints about unpaid wages, also collective ones, and negotiates with employers. We could not confirm its contacts: ask the embassy or a consulate.

    A complaint to the ministry does not stop the court deadlines. You can also write to the Ombudsman (Akyikatchy) of the Kyrgyz Republic through this bot. Say what happened, the name of the employer and the city.

    Before you complain, collect evidence: your contract, pay slips and messages. Write down dates, amounts and names. Keep copies of everything you send, with the date.
rights-page-complain-basis = Labour Code of the RF, art. 352

rights-section-police = Police and detention

rights-page-detained-title = If the police stop you
rights-page-detained-body =
    If the police stop or detain you, stay calm and show your documents.

    The officer must tell you his name, rank and position. He must explain your rights:
    • the right to legal help (a lawyer);
    • the right to an interpreter;
    • the right to have your relatives told about the detention;
    • the right to refuse to give explanations.

    Without a court decision, you can be held for at most <b>48 hours</b>. Do not sign papers that you do not understand.

    Carry your passport or ID card, migration card, tear-off registration slip (in the Moscow region: your registration in Amina) and labour contract (or a copy).
rights-page-detained-basis = Federal Law "On Police", art. 14

rights-page-interpreter-title = Interpreter and your language
rights-page-interpreter-body =
    In an administrative case you may give explanations, speak and file complaints in your native language, and use an interpreter's help.

    • If you do not understand Russian well, ask for an <b>interpreter</b>.
    • Do not sign papers that you do not understand.
    • You can write in the record: "Мне нужен переводчик" (I need an interpreter).
    • Before you sign the record, read it or ask for it to be translated.

    An interpreter is your right, not a favour. Ask for one calmly and clearly.
rights-page-interpreter-basis = Code of Administrative Offences of the RF, art. 24.2

rights-page-consulate-title = Your consulate must be told
rights-page-consulate-body =
    If you are held as a suspect in a criminal case, the embassy or consulate of Kyrgyzstan must be notified within <b>12 hours</b>.

    • Ask for this. Say clearly that you are a citizen of Kyrgyzstan.
    • In any other detention the consulate is also told without delay if you ask. A consul may visit you.
    • Ask that your relatives be told.
    • Ask for a lawyer and an interpreter.
    • Do not sign papers that you do not understand.

    Your relatives can also contact the embassy in Moscow or a Consulate General (Yekaterinburg, Novosibirsk, St Petersburg, Kazan).

    The embassy's and consulates' pages are on the website of the Kyrgyz Foreign Ministry: mfa.gov.kg
rights-page-consulate-basis = Criminal Procedure Code of the RF, art. 96(3); Vienna Convention on Consular Relations, art. 36

rights-section-health = Health

rights-page-urgent-title = Emergency medical care
rights-page-urgent-body =
    Emergency and urgent medical care is <b>free</b> for you and your family members.

    • Call <b>103</b> (ambulance) or 112. Calls from a mobile phone are free, even with no credit.
    • No SIM card, or a blocked one: call <b>112</b>. It is the only number known for sure to work without a SIM card.
    • This care is free also for family members who have no OMS policy.
    • Tell the doctors that you are a citizen of Kyrgyzstan, an EAEU country, and show your passport.

    For planned treatment, see the page "Medical insurance (OMS)".
rights-page-urgent-basis = EAEU Treaty, art. 98(4); Protocol on medical care (Annex 30)

rights-page-oms-title = Medical insurance (OMS)
rights-page-oms-body =
    As a worker from an EAEU country, you are insured under compulsory medical insurance (OMS).

    • Ask your employer or a medical insurance company for your <b>OMS policy</b>.
    • Your family members are not insured under OMS unless they have a temporary residence permit (RVP) or a residence permit (VNZh).
    • In March 2026 the EAEU Court (case R-7/25) said that states do not have to give OMS to workers' family members automatically.

    For your family, think about voluntary medical insurance (DMS).
rights-page-oms-basis = Federal Law No. 326-FZ, art. 10

rights-section-family = Family and children

rights-page-school-title = School
rights-page-school-body =
    Since <b>1 April 2025</b>, a foreign child needs documents proving legal stay in Russia and a Russian language test to be admitted to school. We found no exception for citizens of EAEU countries.

    • A child who fails the test may be refused. The test can be retaken no earlier than <b>3 months</b> later.
    • Since 19 October 2025, a simpler test (oral part only, no 3-month wait) applies to children of resettlement programme participants, of diplomats and of holders of "shared values" permits — not to labour migrants' children.
    • The result can be appealed: in Moscow within 2 working days, in St Petersburg within 10 days. In other regions, ask the education department.
    • Schools reportedly check whether the child or the parents are on the register of controlled persons, and do not admit children of listed parents.
    • Since 28 January 2026, schools and the MVD exchange data on foreign children: test results, admissions and removals from school.

    Make sure early that the child is registered, and practise Russian with the child. Ask the school where and when the test is held.
rights-page-school-basis = Federal Law No. 544-FZ of 28.12.2024; Minprosveshcheniya orders No. 170 and 171 of 04.03.2025

rights-page-kindergarten-title = Kindergarten
rights-page-kindergarten-body =
    Since November 2025, a foreign child needs copies of these documents to be admitted to a kindergarten (Minprosveshcheniya order No. 609):

    • on the kinship of the child and the parent;
    • on the legal stay in Russia of the child and the parent;
    • of the child's identity;
    • the child's SNILS and INN, if there are any;
    • on the parents' work.

    Without documents on legal stay, a state or municipal kindergarten may refuse to admit the child. There is no Russian language test for kindergartens.

    Bring translations of the documents into Russian: the draft order required them, and we do not know whether the final text kept this.
rights-page-kindergarten-basis = Order of the Russian Ministry of Education (Minprosveshcheniya) No. 609 of 18.08.2025

rights-page-familyoms-title = Medical care for your family
rights-page-familyoms-body =
    Emergency and urgent medical care is free for your family members. Call 103 or 112.

    • Family members are not insured under OMS unless they have a temporary residence permit (RVP) or a residence permit (VNZh).
    • Without an OMS policy, planned treatment may cost money.
    • Think about <b>voluntary medical insurance</b> (DMS) for your spouse and children.

    Take your family's passports and documents when you go to a doctor. Ask the price before planned treatment.
rights-page-familyoms-basis = EAEU Treaty, art. 98(4); Federal Law No. 326-FZ, art. 10

rights-page-social-title = Social security and trade unions
rights-page-social-body =
    As a worker from an EAEU country, you have social security (social insurance) on the same terms as Russian citizens. Pensions are an exception: they follow a separate agreement (see the section "Pensions").

    • You may join a trade union, like Russian workers.
    • Work legally, under a written contract: this makes it easier to protect your rights.

    A trade union can advise you when you have a dispute with your employer. Ask at work or in your city which union you can join.
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

    Since 1 January 2023, Russia is no longer part of the 1992 CIS agreement on pension guarantees. We could not confirm how work before 2021 counts now. Ask Russia's Social Fund (SFR) or the Social Fund of the Kyrgyz Republic.
rights-page-record-basis = EAEU Agreement on pension provision

rights-section-bans = Entry bans and the register

rights-page-ban-title = Entry bans: check before you travel
rights-page-ban-body =
    Check whether you have a ban on entry to Russia at least <b>2 months</b> before you travel. Use the MVD online service.

    • After administrative expulsion, deportation or readmission, entry is banned for 5 years.
    • After two or more such decisions, the ban is longer.
    • If you do not leave within 30 days after your stay term ended, entry is reportedly banned for 3 years. If you ever stayed in Russia longer than allowed, be sure to check yourself.
    • Since 1 March 2026, the MVD and border guards reportedly tell the FSB when a person with a ban has changed name or date of birth.

    If you find a ban and think it is a mistake, write to us through this bot or contact the embassy or a consulate.
rights-page-ban-basis = Federal Law No. 114-FZ, art. 27

rights-page-register-title = Register of controlled persons
rights-page-register-body =
    Since <b>5 February 2025</b>, Russia keeps a register of controlled persons. People are put on it when their grounds to stay have ended (the stay term, the contract), and also after illegal entry, expulsion, deportation, readmission or a decision that their stay is undesirable.

    For people on the register, the law forbids:
    • getting a driving licence;
    • opening new bank accounts and bank operations, except obligatory payments, money coming into your own account and cash withdrawals up to 30,000 roubles a month;
    • registering a marriage;
    • changing the place of residence or stay without MVD permission.
    Reportedly, buying and registering property and vehicles, registering a company and leaving the region (except to leave Russia) are also not allowed. In Moscow, accounts are blocked as soon as a person is put on the register.

    Check yourself for free on the MVD website or on Gosuslugi. If you are on the register, leave Russia, or go to the MVD migration unit where you stay and regularise your status (a worker: extension of stay with a certified copy of the contract). The embassy or a consulate can also help.

    People are sometimes put on the register by mistake and not told. Take the documents proving your legal stay to the MVD. If they refuse, complain to a higher MVD office or to a court.
rights-page-register-basis = Federal Law No. 115-FZ, art. 31.2; Federal Law No. 260-FZ of 08.08.2024; RF Government Decree No. 1899 of 26.12.2024

rights-section-contacts = Where to turn

rights-page-ombudsman-title = Ombudsman of Kyrgyzstan (Akyikatchy)
rights-page-ombudsman-body =
    The Ombudsman (Akyikatchy) of the Kyrgyz Republic protects the rights of citizens of Kyrgyzstan, also in Russia.

    • Website: <b>ombudsman.kg</b>. You can file an application online there.
    • The Ombudsman's office takes requests from migrants online, also through social networks and WhatsApp.
    • The Ombudsman works together with the office of the High Commissioner for Human Rights in the Russian Federation: joint information events for migrants, a joint webinar on migrants' rights, and joint receptions of citizens during visits (one was held at the Kyrgyz Embassy in Moscow, another in 2024 in St Petersburg).

    You can also write to us through this bot.
rights-page-ombudsman-basis = Memorandum of cooperation (2022) and protocols 2023–2026

rights-page-rfombudsman-title = High Commissioner for Human Rights in Russia
rights-page-rfombudsman-body =
    The High Commissioner for Human Rights in the Russian Federation is a Russian state office that protects human rights.

    • Website: <b>ombudsmanrf.org</b>
    • Foreigners who are in Russia may also complain there.
    • Usually a complaint must be filed within 1 year, and only after you have first appealed in court or to an administrative body.

    Check the current rules on the website before you write. The Ombudsman of Kyrgyzstan works together with this office, so you can also write to us through this bot.
rights-page-rfombudsman-basis = Federal Constitutional Law No. 1-FKZ

rights-page-embassy-title = Embassy and consulates
rights-page-embassy-body =
    Kyrgyzstan has an embassy and consulates in Russia. Contact them if you are in trouble, have lost your passport or are detained.

    • The Embassy of the Kyrgyz Republic is in Moscow.
    • Consulates General are in Yekaterinburg, Novosibirsk, St Petersburg and Kazan.
    • The embassy and consulates have pages on the website of the Kyrgyz Foreign Ministry: <b>mfa.gov.kg</b>. Find addresses, phone numbers and services there.
    • The Kyrgyz Ministry of Labour, Social Security and Migration has a representation in Moscow that helps migrants across Russia (unpaid wages, payments to families of those who died). We could not confirm its contacts: ask the embassy.

    Do not call numbers from unchecked notices on the internet: check addresses and phone numbers only on mfa.gov.kg.
rights-page-embassy-basis = Vienna Convention on Consular Relations
