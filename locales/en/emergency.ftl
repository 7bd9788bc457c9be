emergency-title = Emergency help
emergency-body =
    <b>112</b>: the single emergency number.
    • 101: fire
    • 102: police
    • 103: ambulance
    • 104: gas
    Calls from a mobile phone are free, even with no credit. <b>No SIM card, or a blocked one: call 112</b>. It is the only number known for sure to work without a SIM card. If you do not know which number to call, call 112. Say what happened, where you are (city, street, building) and your name. Speak slowly.

    <b>If you are detained</b>
    • Stay calm.
    • Ask the officer's name, rank and position.
    • Ask for an interpreter and a lawyer.
    • Ask that your relatives and the consulate of Kyrgyzstan be told about the detention.
    • Do not sign anything you do not understand.
    • Without a court decision, you can be held for at most 48 hours.

    <b>Official websites</b>
    • ombudsman.kg: Ombudsman (Akyikatchy) of the Kyrgyz Republic
    • ombudsmanrf.org: High Commissioner for Human Rights in the Russian Federation
    • mfa.gov.kg: Ministry of Foreign Affairs of the Kyrgyz Republic, with the embassy's and consulates' pages
