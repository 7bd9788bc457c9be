## The staff chat: request cards, topics and operators' commands. Shown in DEFAULT_LOCALE.

command-queue = Open requests, urgent first
command-stats = Statistics
command-export = Export requests (CSV and XLSX)
command-templates = Canned answers for this request
command-staff = Operators and admins
command-id = My id and this chat's id

staff-topic-name = №{ $number } · { $category } · { $city }
staff-card-urgent = 🔴 <b>URGENT</b>
staff-card-title = <b>Request №{ $number }</b> · { $category }
staff-card-city = City: { $city }
staff-card-status = Status: { $status } · assignee: { $assignee }
staff-card-created = Filed: { $date } (Moscow)
staff-card-phone = Phone: { $phone }
staff-card-chat-only = Contact: only in the bot
staff-card-rating = Rating: { $rating } of 5
staff-card-continued = (the full text follows in the next message)
staff-card-erased = ⚪ The migrant's personal data was erased; the request is closed.
staff-full-text = <b>Full text of request №{ $number }:</b>
staff-history-title = <b>The topic was deleted and opened again. The thread so far (Moscow time):</b>
staff-history-in = migrant
staff-history-out = operator
staff-history-note = note
staff-rated = ⭐ The migrant rated the help: { $rating } of 5.
staff-template-sent = 📋 Canned answer sent (language: { $language }):
staff-button-take = 🙋 Take
staff-button-urgent-on = 🔴 Mark urgent
staff-button-urgent-off = ⚪ Not urgent
staff-button-close = ✅ Close
staff-button-reopen = 🔄 Reopen
staff-not-allowed = Only operators and admins can do this.
staff-admins-only = Only admins can do this.
staff-request-unknown = This request does not exist.
staff-outdated-button = This button is out of date: use a fresh card or /queue.
staff-already-closed = The request is already closed.
staff-already-open = The request is already open.
staff-erased = The migrant erased their data: nothing can be sent.
staff-closed-hint = Request №{ $number } is closed, so this message was not sent. Press "Reopen" on the card first. (Start a message with ! to leave an internal note.)
staff-edit-closed = Request №{ $number } is closed, so the change was not sent to the migrant.
staff-taken = You took request №{ $number }.
staff-urgent-set = Marked urgent.
staff-urgent-unset = No longer urgent.
staff-closed = Request №{ $number } closed; the migrant is asked to rate the help.
staff-reopened = Request №{ $number } reopened.
staff-queue-title = <b>Open requests: { $count }</b> (urgent first, then the oldest)
staff-queue-empty = No open requests. 🎉
staff-queue-item = { $urgent }{ $link } · { $category } · { $city } · { $status } · { $assignee } · { $age }
staff-queue-unassigned = nobody
staff-queue-more = …and { $count } more.
staff-age-minutes = { $count } min
staff-age-hours = { $count } h
staff-age-days = { $count } d
staff-stats-title = <b>Statistics</b>
staff-stats-period-week = <b>Last 7 days</b>
staff-stats-period-all = <b>All time</b>
staff-stats-total = Requests: { $count }
staff-stats-by-status = By status: { $list }
staff-stats-by-category = By topic: { $list }
staff-stats-by-city = By city: { $list }
staff-stats-median = Median time to first answer: { $time }
staff-stats-no-answers = Median time to first answer: no answers yet
staff-stats-rating = Average rating: { $rating } ({ $count } rated)
staff-export-usage = Usage: /export 2026-11-01 2026-11-30 (dates inclusive; without dates: the last 30 days).
staff-export-bad-range = The dates must be YYYY-MM-DD, between the years 2000 and 2100, the first not after the second, at most 366 days apart.
staff-export-done = Requests filed { $from } – { $to }: { $count }. { $personal ->
        [yes] With personal data (you are an admin): keep these files safe.
       *[no] Without personal data (only admins get texts and phone numbers).
    }
staff-templates-title = Choose a canned answer for request №{ $number }. It is sent in the migrant's language.
staff-templates-where = Use /templates inside a request's topic (or as a reply to its card).
staff-template-done = Sent.
staff-list-title = <b>Staff</b> (admins from ADMIN_IDS are listed too):
staff-list-item = { $id } · { $role }
staff-list-item-named = { $id } · { $name } · { $role }
staff-role-operator = operator
staff-role-admin = admin
staff-usage = Usage: /staff add 123456789 operator | /staff add 123456789 admin | /staff remove 123456789 | /staff lift 123456789 (lift the request limit) | /staff limit 123456789 (restore it)
staff-limit-lifted = The request limit is lifted for { $id }: no limit on how many they file.
staff-limit-restored = The usual limit applies to { $id } again: { $open } open at a time, { $daily } new a day.
staff-limit-not-lifted = The limit was not lifted for { $id }: the usual one applies.
staff-added = { $id } is now { $role }.
staff-removed = { $id } is no longer staff.
staff-not-staff = { $id } was not staff.
staff-env-admin = { $id } is an admin from ADMIN_IDS in .env; change it there.

staff-chat-refused =
    ⚠️ The bot cannot work in the staff chat { $chat } as it needs to: “{ $reason }”.
    Requests are waiting and nothing is lost. Make the bot an admin of the chat with the “Manage topics” right (and add it back to the group if it was removed).

staff-rights-alert =
    ⚠️ At start-up the bot checked its rights in the staff chat { $chat }:
    { $problems }
    Requests wait and nothing is lost; once this is fixed, the bot carries on by itself.
staff-rights-not-member = • the bot is not in this chat: add it back and make it an admin
staff-rights-not-admin = • the bot is not an admin: make it an admin with the “Manage topics” and “Delete messages” rights
staff-rights-no-manage-topics = • the “Manage topics” right is missing: the bot cannot open a topic for a new request
staff-rights-no-delete-messages = • the “Delete messages” right is missing: the bot cannot remove a request's topic when its data is erased

staff-scope-all-not-allowed = Only admins from ADMIN_IDS see the requests of every chat. Here: this chat's requests, without "all".
staff-export-sent-private = 🔒 The export with personal data was sent to you in your private chat with the bot.
staff-export-start-private = 🔒 An export with personal data goes only to a private chat. Open the chat with the bot, press Start, then send /export again.
staff-operators-only-hint = ℹ️ The migrant will not see this: only this chat's operators answer in request topics. An admin of this chat adds you with /staff add { $id } operator.

## Handing a request to another operator, who holds how many, answer deadlines (issue 16)
staff-button-assign = 👤 Assign
staff-button-assign-confirm = ✅ Assign to { $name }
staff-assign-choose = Who should take request №{ $number }?
staff-assign-not-allowed = Only an admin of this chat or the operator who holds the request can hand it over.
staff-assign-not-operator = This person is no longer an operator of this chat: choose someone else.
staff-assign-nobody = There is nobody to hand it to: this chat has no other operators. An admin adds them with /staff add.
staff-assign-same = { $name } already holds this request.
staff-assigned = Request №{ $number } handed to { $name }.
staff-assigned-notice = 👤 Request №{ $number } is now held by { $holder } (handed over by { $by }).
staff-card-due = ⏳ Answer by { $time } (Moscow)
staff-card-overdue = ⏰ Answer overdue since { $time } (Moscow)
staff-queue-usage = Usage: /queue — this chat's open requests, /queue mine — only those you hold. Admins from ADMIN_IDS: /queue all, /queue all mine.
staff-queue-holders-title = <b>Who holds how many open requests:</b>
staff-queue-holder = { $name }: { $open }, of them urgent: { $urgent }
staff-queue-mine-title = <b>You hold { $count } open requests</b>, of them urgent: { $urgent }
staff-queue-mine-empty = You hold no open requests.
staff-stats-usage = Usage: /stats — the last 7 days and all time; /stats 2026-11-01 2026-11-30 — requests filed on those days (Moscow days, both included).
staff-stats-period-days = <b>Filed { $from } – { $to }</b>
staff-stats-holders-title = Per operator (requests of this period):
staff-stats-holder = { $name }: { $count } (open: { $open }, urgent: { $urgent })
staff-escalation-title = ⏰ <b>No answer by the deadline</b> (Moscow time):
staff-escalation-item = { $urgent }{ $link } · { $category } · due { $due } · { $holder }
staff-escalation-urgent-title = 🔴⏰ <b>Urgent requests without an answer by the deadline</b> (Moscow time):

## Handing a request to a partner institution (the card's "Hand to partners" button).
staff-button-transfer = ↪️ Hand to partners
staff-button-transfer-confirm = ✅ Hand to: { $institution }
staff-transfer-choose = Where should request №{ $number } go?
staff-transfer-not-allowed = Only an admin of this chat or the operator who holds the request can hand it to another institution.
staff-transfer-closed = A closed request is not handed over. Reopen it first.
staff-transfer-unknown-chat = That chat is not one of the bot's staff chats: the request was not handed over.
staff-transfer-nowhere = There is nowhere to hand it: the bot has no other staff chat.
staff-transferred = Request №{ $number } handed to: { $institution }.
staff-transfer-received = ↪️ Request №{ $number } was handed to you by another institution: { $institution } (by { $by }). Its description, files and thread follow. Take it into work.
staff-transfer-history-title = <b>The thread before the handover (Moscow time):</b>
staff-transfer-left = ↪️ Request №{ $number } was handed to another institution: { $institution } (by { $by }). This topic is closed: nothing written here reaches the migrant any more.
staff-transfer-gone = Request №{ $number } was handed to another institution ({ $institution }): your message was not sent. They answer it now.
staff-request-elsewhere = This request is now handled in another staff chat.
staff-stats-transfers = Handed to partners: { $out }, received from partners: { $into }
