emergency-title = Emergency help
emergency-body =
    <b>112</b>: the single emergency number.
    • 101: fire
    • 102: police
    • 103: ambulance
    • 104: gas
    Calls are free from any mobile phone, even with no credit or no SIM card. If you do not know which number to call, call 112. Say what happened, where you are (city, street, building) and your name. Speak slowly.

    <b>If you are detained</b>
    • Stay calm.
    • Ask the officer's name, rank and position.
    • Ask for an interpreter and a lawyer.
    • Ask that your relatives and the consulate of Kyrgyzstan be told.
    • Do not sign anything you do not understand.
    • Without a court decision, you can be held for at most 48 hours.

    <b>Official websites</b>
    • ombudsman.kg: Ombudsman of the Kyrgyz Republic
    • ombudsmanrf.org: High Commissioner for Human Rights in the Russian Federation
    • kyrgyzembassy.ru: Embassy of the Kyrgyz Republic in Moscow
    • mfa.gov.kg: Ministry of Foreign Affairs of the Kyrgyz Republic
