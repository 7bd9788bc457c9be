## Requests: the form, "My requests", the thread with operators, /privacy.

menu-file-request = ✍️ File a request
menu-my-requests = 📂 My requests
menu-privacy = 🔒 My data
command-request = File a complaint or request
command-myrequests = My requests and answers
command-privacy = What we store; delete my data

request-not-accepting = Requests are not accepted through the bot yet. For urgent help see "Emergency help".
request-limit-open = You already have as many open requests as one person can have at a time: { $max }. Please write in one of them under “📂 My requests” — an operator will answer there. You can file a new request once one of them is closed.
request-limit-daily = In the last 24 hours you have filed as many requests as we take from one person in a day: { $max }. Please add what happened to one of them under “📂 My requests”, or try again tomorrow.
request-button-cancel = ✖️ Cancel
request-button-done = ✅ Done, next step
request-button-chat-only = 💬 Only in this chat
request-button-share-phone = 📞 Share my phone number
request-button-send-phone = 📞 Send my number
request-button-privacy = 📄 Full privacy notice
request-button-consent = ✅ I agree
request-button-submit = 📨 Send the request
request-button-edit-category = ✏️ Topic
request-button-edit-city = ✏️ City
request-button-edit-text = ✏️ Description
request-button-edit-contact = ✏️ Contact
request-button-write = ✍️ Write to this request
request-button-about-page = ✍️ File a request about this

request-category-wages = 💰 Unpaid wages
request-category-contract = 📄 Labour contract and employer
request-category-police = 👮 Police and detention
request-category-expulsion = 🚫 Imminent expulsion or deportation
request-category-documents = 🪪 Documents and registration
request-category-entry_ban = ⛔ Entry ban and the register
request-category-health = 🏥 Health
request-category-housing = 🏠 Housing
request-category-violence = 🆘 Discrimination or violence
request-category-other = ❓ Other

request-step-category = <b>New request · step 1 of 5</b>
    What is your request about?
request-step-city = <b>Step 2 of 5</b>
    In which city or region are you? Choose below or type its name.
request-city-hint = Please type the name of your city or region (up to 80 characters), or choose one of the buttons.
request-step-text = <b>Step 3 of 5</b>
    Describe what happened: when, where, who. You can send several messages, up to { $max_text } characters in all.
    Photos, documents, voice messages and videos are welcome as evidence (up to { $max_files }).
    When you have finished, press "Done".
request-evidence-received = Received: { $chars } characters of text, { $files } { $files ->
        [one] file
       *[other] files
    }. Send more, or press "Done".
request-text-too-long = This is too long: the description may have { $max } characters in all, { $left } are left. Please shorten it and send it again.
request-too-many-files = You have already sent { $max } files, the most one request can take. Press "Done" to go on.
request-evidence-hint = Please send text, a photo, a document, a voice message or a video.
request-evidence-empty = Please describe what happened first: send a text or a voice message.
request-step-contact = <b>Step 4 of 5</b>
    How can the operator reach you? Answers always come here, to this chat. You may also share your phone number for a call.
request-step-phone = Press the button "📞 Send my number" below the typing field. Telegram sends the number linked to your account; we do not ask you to type it.
request-phone-back-hint = Changed your mind?
request-phone-hint = Please use the "📞 Send my number" button, or go back.
request-phone-not-yours = This is someone else's contact. Please send your own number with the button.
request-phone-saved = ✅ Number received.
request-step-consent = <b>Step 5 of 5: your consent</b>
    To handle your request, the Ombudsman's office stores what you wrote, the files you sent, your city and, if you shared it, your phone number. Only the office's operators see them. They are used only to help you, kept until { $days } days after the request is closed, and you can delete them at any time with /privacy.
    Do you agree to the processing of these personal data?
request-consent-missing = Without your consent we cannot accept the request. You can still read about your rights in the menu.
request-summary-title = <b>Please check your request</b>
request-summary-category = Topic: { $category }
request-summary-city = City: { $city }
request-summary-text = Description:
request-summary-files = Files: { $count }
request-summary-chat = Contact: only in this chat
request-summary-phone = Contact: this chat and the phone { $phone }
request-summary-hint = Send it, or correct a field:
request-receipt = ✅ <b>Your request №{ $number } is received.</b>
    An operator will answer here, in this chat. Keep the number: you can follow the status under "My requests". Anything you write here now is added to this request.
request-receipt-after-hours = 🕒 It is outside office hours now. Expect an answer from { $when } (Moscow time).
request-receipt-urgent = 🆘 If you are in danger or detained, do not wait for the answer:
request-away-reply = 📨 Your message about request №{ $number } has been passed on to the operators.
request-cancelled = The request was not sent, and what you entered is deleted.
request-draft-kept = Your request has not been sent yet: I kept what you entered. To continue, tap “✍️ File a request” or send /request.
request-draft-found = You have a request you started but did not send. Continue where you stopped, or start again?
request-button-resume = ▶️ Continue
request-button-restart = 🆕 Start again

request-status-new = 🆕 new
request-status-in_progress = 🔄 in progress
request-status-answered = 💬 answered
request-status-closed = ✅ closed
request-list-title = <b>📂 My requests</b>
    Tap a request to see its answers.
request-list-empty = You have no requests yet.
request-list-item = №{ $number } · { $status } · { $date }
request-list-page = Requests { $from }–{ $to } of { $total }.
request-button-page-prev = ◀️ Back
request-button-page-next = Next ▶️
request-view-title = <b>Request №{ $number }</b> · { $category }
request-view-status = Status: { $status } · filed { $date }
request-view-empty = No messages yet.
request-view-erased = The texts of this request were deleted.
request-history-in = 🙋 You
request-history-out = 👤 Operator
request-history-file = [file]
request-not-found = This request is not found among yours.
request-closed = This request is closed. To continue, file a new one.
request-write-hint = Write your message (text, photo, voice, document): it goes to request №{ $number }.
request-choose = You have several open requests. Which one is this message about?
request-choice-item = №{ $number } · { $category }
request-relay-failed = This request is closed, so your message was not sent. File a new request from the menu.
request-edit-closed = Request №{ $number } is closed, so your change did not reach the operators. If needed, file a new request from the menu.
request-edited-mark = ✏️ Edited:
request-notice-taken = 🔄 Your request №{ $number } has been taken by an operator.
request-notice-closed = ✅ Your request №{ $number } is closed. How much did we help you? Rate from 1 to 5:
request-notice-reopened = 🔄 Your request №{ $number } is open again.
request-rated = Thank you for your rating!

privacy-text = <b>🔒 Your data</b>
    What we store, and why:
    • your Telegram id, the language and the city you chose: to answer you in your language;
    • your requests: topic, city, description, files, and your phone number only if you shared it: to handle them;
    • dates you entered under "My deadlines", and events you registered for: to remind you.
    We do not store your name. Operators see requests only in the office's closed chat.
    A closed request's texts, files and phone number are deleted { $days } days after closing; anonymous counts (how many requests on which topic) are kept for reports.
    You can delete all your data now.
privacy-button-erase = 🗑 Delete my data
privacy-button-confirm = 🗑 Yes, delete everything
privacy-button-keep = ◀️ No, keep it
privacy-erase-confirm = Delete all your data? Your requests' texts, files and phone number, your settings, dates and registrations will be deleted. Open requests will be closed. This cannot be undone.
privacy-erased = ✅ Your data is deleted ({ $requests } { $requests ->
        [one] request
       *[other] requests
    } anonymised). Only anonymous counts remain. Send /start to use the bot again.

## The institutions that handle requests (TEAM_NAMES), and the notice of a handover.
institution-kg-ombudsman = the Ombudsman (Akyikatchy) of the Kyrgyz Republic
institution-ru-commissioner = the High Commissioner for Human Rights in the Russian Federation
institution-partner = a partner institution
request-notice-transferred = ↪️ Your request №{ $number } has been handed over: { $institution } now handles it. You need do nothing: write here as before, and the answer comes to this chat.
