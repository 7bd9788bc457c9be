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

## New pages (sheet revision 2026-12)

rights-section-problems = Common problems

rights-page-fakereg-title = Fake ("rubber") registration
rights-page-fakereg-body =
    Fake registration means being registered at an address where you do not actually live, or at a firm where you do not work. If someone offers to sell you registration at an address where you will not live, that is it. Do not agree.

    • Registering a foreigner this way is a crime of the host (art. 322.3 of the Russian Criminal Code). Federal Law No. 383-FZ of 9 November 2024 made the penalty harsher. According to legal experts and the MVD, it is now up to <b>5 years</b> in prison. Ask a legal adviser for the exact penalty under the current text of the article.
    • For you, according to the MVD, the consequences are: you are taken off the migration registration and held liable for giving false information.
    • Without valid registration you risk fines, expulsion and the register of controlled persons.

    Register where you really live. The notice is filed by your landlord or by the organisation where you live. At your employer's address only if you live there. If you came to work in Moscow or Moscow Oblast, registration goes through the Amina app.
rights-page-fakereg-basis = Russian Criminal Code, art. 322.3; Federal Law No. 383-FZ of 9 November 2024; Federal Law No. 109-FZ

rights-page-wagehelp-title = Unpaid wages: help from Kyrgyzstan's labour ministry
rights-page-wagehelp-body =
    If your employer does not pay your wages, besides the Russian authorities you can turn to the <b>representation of the Ministry of Labour, Social Security and Migration of the Kyrgyz Republic</b> in Russia. It is in Moscow and helps migrants all over Russia.

    • The representation takes individual and collective complaints and negotiates with employers and Russian authorities.
    • Complaining together can be easier. According to the ministry, in early 2026, 66 workers from Kyrgyzstan were paid 1 million roubles of wage debt after their joint complaint.
    • Collect evidence: your contract, payslips, bank statements, messages, names of witnesses, dates and amounts owed.
    • This help <b>does not stop</b> the court deadlines. For unpaid wages the deadline is 1 year.

    We could not confirm the representation's address and phone: ask the Embassy or a consulate of Kyrgyzstan. You can also write to us through this bot — name the employer, the city and the amount owed.
rights-page-wagehelp-basis = Russian Labour Code, art. 392; Kyrgyz labour ministry figures (2026)

rights-page-rusexam-title = Do you need a Russian language exam?
rights-page-rusexam-body =
    The exam in Russian language, Russian history and the basics of law is taken to get a patent, a work permit, a temporary residence permit (RVP), a residence permit (VNZh) and, in some cases, citizenship (according to guides for migrants).

    • Citizens of Kyrgyzstan <b>need no</b> patent and no work permit (EAEU Treaty, art. 97). We found no rule saying that a worker from an EAEU country must pass this exam to work.
    • What you really need for work: fingerprinting, a photo and the medical examination within 30 days of entry, the medical exam every year, and migration registration.
    • If you want an RVP, a VNZh or Russian citizenship, ask about the exam at the MVD migration unit.
    • The Russian test for children entering school is a separate rule (see "Kindergarten and school").

    If you are told you cannot be hired without an exam certificate: we found no such requirement for citizens of Kyrgyzstan. If in doubt, write to us through this bot.
rights-page-rusexam-basis = EAEU Treaty, art. 97

rights-page-raid-title = Raids and document checks
rights-page-raid-body =
    In a raid or a document check, the police and the MVD check whether you are in Russia legally. Stay calm and show your documents.

    • Carry your passport or ID card, migration card, the tear-off slip of the arrival notice and your labour contract. This is the advice of Kyrgyzstan's labour ministry.
    • The officer must give his name, rank and position and explain your rights: to legal help, to an interpreter, to have your relatives told, to refuse to give explanations.
    • Without a court decision you may be held for no more than <b>48 hours</b>. It is reported that a foreigner facing expulsion may also be held for up to 48 hours.
    • Do not sign a record you do not understand. Ask for an interpreter.
    • Say that you are a citizen of Kyrgyzstan and ask for the consulate to be told that you are held.

    According to the media, since 5 February 2025 expulsion for some migration offences may be ordered not only by judges but also by MVD officers. What to do if such a decision is made: see the page "Expulsion and deportation".
rights-page-raid-basis = Federal Law "On Police", art. 14; Russian Code of Administrative Offences, art. 3.10

rights-page-expulsion-title = Expulsion and deportation
rights-page-expulsion-body =
    <b>Administrative expulsion</b> is a penalty for an offence. A judge orders it, and since 5 February 2025, it is reported, for some migration offences MVD officers can too, without a court. <b>Deportation</b>, as guides describe it, is an MVD decision when a person's legal ground for staying has ended and he has not left.

    • After expulsion or deportation, entry to Russia is banned for 5 years, and the person is put on the register of controlled persons.
    • A decision in an administrative case can be appealed within <b>10 days</b> of receiving its copy. Ask for the decision in writing and for an interpreter.
    • While expulsion or deportation is pending, a court can place you in a temporary detention centre for foreign citizens (TsVSIG). According to published court decisions, the term is extended; we could not confirm its maximum.
    • If you ask, the authorities must tell the consulate of Kyrgyzstan without delay, and a consul has the right to visit you.

    Relatives can contact the Embassy or a consulate. Do not put off the appeal: 10 days pass quickly. Write to us through this bot.
rights-page-expulsion-basis = Russian Code of Administrative Offences, arts. 3.10, 30.3; Federal Law No. 114-FZ, art. 27; Vienna Convention on Consular Relations, art. 36

rights-page-lostdocs-title = Lost your passport or migration card
rights-page-lostdocs-body =
    If your passport, ID card or migration card is lost or stolen, go step by step. It is one path, so it is all on one page.

    • <b>First, the police.</b> Report the loss or theft and get a written confirmation.
    • <b>Then the Embassy or a consulate.</b> They issue a certificate of return to Kyrgyzstan: in 5 working days, up to 10 more if your identity must be established. It is valid for 30 calendar days and only for going home. Bring your ID card or passport and birth certificate if you have them.
    • You can apply for a new ID card at the Embassy or a consulate if you are in the population register of Kyrgyzstan or on the consular register.
    • <b>Migration card.</b> Within 3 days go to the nearest MVD migration unit. Under the published rules a duplicate is free if you show the documents you entered with. If your passport is lost too, first get the document that replaces it.

    For fees, see the Embassy's or consulate's page on mfa.gov.kg. Keep copies of your documents apart from the originals, for example photos on your phone.
rights-page-lostdocs-basis = Russian Government Decree No. 413 of 16 August 2004, para. 11; rules of the Kyrgyz consular posts

rights-page-docstaken-title = Your employer took your passport
rights-page-docstaken-body =
    We found no law that lets an employer keep a worker's passport or ID card. Your documents must stay with you.

    • To hire you, the employer needs your passport details: give a copy, show the original and take it back at once.
    • Ask for your documents back in writing. Keep a copy of your request with the date.
    • If they are not returned, report it to the police: <b>102</b> or 112. Keep the proof that your report was accepted.
    • Under art. 325(2) of the Russian Criminal Code, stealing a passport or another important personal document is a crime. Whether this article is applied to an employer who keeps a foreigner's passport, we could not confirm.
    • Contact the Embassy or a consulate of Kyrgyzstan and the Kyrgyz labour ministry's representation in Moscow.

    If the passport is never returned, the consulate can issue a certificate of return or a new ID card (see "Lost your passport or migration card"). The Kyrgyz Foreign Ministry advises making copies of all documents in advance and keeping them separately.
rights-page-docstaken-basis = Russian Criminal Code, art. 325(2)

rights-page-money-title = Money transfers and a blocked account
rights-page-money-body =
    If your bank has blocked your account or card, check whether you are on the register of controlled persons. Accounts are blocked automatically when a person is listed. You can end up there after losing your registration in the Amina app, too.

    Under Federal Law No. 260-FZ a person on the register may only:
    • receive money into his own account;
    • pay obligatory payments;
    • take out up to <b>30 000 roubles</b> in cash a month.
    Sending money from the account, including sending it home, is not among the allowed operations.

    • You can check yourself free of charge on the MVD website or on Gosuslugi.
    • To lift the block you must get off the register: leave Russia or regularise your status at the MVD migration unit (see "Register of controlled persons").
    • According to the media, because of sanctions some Kyrgyz banks stopped transfers with Russian banks, while some transfer systems kept working. Before sending money, check with your bank or transfer service.
rights-page-money-basis = Federal Law No. 260-FZ of 8 August 2024; Federal Law No. 115-FZ, art. 31.2

rights-page-sim-title = A SIM card for a foreigner
rights-page-sim-body =
    Since <b>1 January 2025</b> a foreigner can get a SIM card only in person, at the mobile operator's office.

    What you need:
    • your passport;
    • SNILS;
    • a Gosuslugi account;
    • your biometrics recorded in the Unified Biometric System.

    • One foreigner may have at most 10 numbers.
    • Your phone's IMEI goes into the contract. If you change phones, update the details with the operator.
    • Since 1 July 2025, according to the digital ministry (Mintsifry), SIM cards bought earlier without biometric confirmation are being cut off step by step. If your number was bought before 2025, ask your operator what to do so that it is not cut off.

    Go to the operator's office with all the documents at once: without any one of them you will not get a number.

    If your SIM card is cut off or you have none, in an emergency call <b>112</b>: only this number is sure to work without a SIM card.
rights-page-sim-basis = Federal Law No. 126-FZ "On Communications" (changes since 1 January 2025)

rights-page-injury-title = Injury or death at work
rights-page-injury-body =
    If a worker from Kyrgyzstan is injured or dies at work, this is the help and the payments we know of.

    • <b>Bringing the body home.</b> Since 15 May 2021, according to the Kyrgyz Foreign and Labour Ministries, the state pays for bringing home the body of a citizen who died abroad. Relatives are paid quickly: by the Embassy, the consulates or the ministry's centre in Kyrgyzstan.
    • Relatives contact the Embassy or a consulate of Kyrgyzstan, or the Kyrgyz labour ministry (it has a representation in Moscow).
    • <b>Compensation</b> for an accident at work is paid under the law of the country where the person worked, that is Russia (the EurAsEC agreement on investigating accidents at work).
    • An example from the media: with the help of the Kyrgyz labour ministry's representation, the family of a worker who died got a one-time payment of 2 million roubles from Russia's Social Fund for the loss of a breadwinner, and 174 000 roubles from the employer.

    Keep the labour contract, payslips and every document about what happened. Write to us through this bot.
rights-page-injury-basis = EurAsEC agreement on investigating accidents at work (Federal Law No. 321-FZ of 4 November 2014)

rights-page-military-title = Recruitment for war: Kyrgyz law
rights-page-military-body =
    The Embassy of Kyrgyzstan warns citizens in Russia: taking part in armed conflicts and military action abroad is <b>a crime under Kyrgyz law</b>. In January 2026 the Kyrgyz Foreign Minister said again that Kyrgyz law forbids taking part in a war abroad.

    • In 2022 the Embassy named a penalty of 5 to 10 years in prison with confiscation of property. Which article and which penalty apply today, we could not confirm.
    • The Criminal Code of the Kyrgyz Republic of 28 October 2021 has article 416 "Mercenarism".
    • Do not believe offers of "paid service" or "easy money". Do not sign documents you do not understand.

    If you are being pressured or were deceived, contact the Embassy or a consulate of Kyrgyzstan at once: it is reported that the Embassy has already helped such people get back. Relatives can apply to the Kyrgyz Foreign Ministry.
rights-page-military-basis = Criminal Code of the Kyrgyz Republic; warnings of the Kyrgyz Embassy and Foreign Ministry (2022, 2026)
