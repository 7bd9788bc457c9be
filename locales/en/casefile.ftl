## Case files (/casefile) and their audit (/audit), for admins of the staff chat, in the admin's
## language. casefile-caption, -usage and -audit-* are Telegram HTML; the transcript lines
## (casefile-title … casefile-reason-*) are plain text in transcript.txt.

command-casefile = Case file of a request (ZIP, to your private chat)
command-audit = Who downloaded which case file
casefile-usage = Usage: /casefile 123 — the case file of request №123; in a request's topic just /casefile. Admins only; it goes to your private chat with the bot.
casefile-unknown = There is no such request here.
casefile-erased = Request №{ $number } has no case file: its data was erased on { $date }.
casefile-preparing = 📁 Preparing the case file of request №{ $number }: the thread and its files. It will arrive here in a moment.
casefile-start-private = 📁 A case file goes to a private chat only. Open the chat with the bot, press Start, then send /casefile again.
casefile-sent-private = 📁 The case file of request №{ $number } goes to your private chat with the bot.
casefile-already-queued = 📁 The case file of request №{ $number } is already on its way to your private chat with the bot.
casefile-caption = 📁 Case file of request №{ $number }: transcript.txt and { $files } { $files ->
        [one] file
       *[other] files
    }, { $size }.{ $left ->
        [0] {""}
       *[other] { " " }{ $left } not downloaded: see the transcript.
    } It holds personal data: keep it safe and delete it when the case no longer needs it.
casefile-size = { $size } MB
casefile-time = { $time } MSK
casefile-title = Case file of request №{ $number }
casefile-category = Topic: { $category }
casefile-city = City: { $city }
casefile-status = Status: { $status }
casefile-filed = Filed: { $time }
casefile-first-answer = First answer: { $time }
casefile-closed = Closed: { $time }
casefile-phone = Phone: { $phone }
casefile-made = Case file made: { $time }, for { $name }
casefile-zone = All times are Moscow time (MSK).
casefile-thread-empty = The thread has no messages.
casefile-left-out = Not in this ZIP: { $count ->
        [one] 1 file
       *[other] { $count } files
    } (the reason is given at each).
casefile-line-migrant = { $time } — Migrant:
casefile-line-operator = { $time } — Operator { $name }:
casefile-line-note = { $time } — [internal note] { $name }:
casefile-kind = { $kind ->
        [photo] photo
        [voice] voice message
        [video] video
        [video_note] video message
        [audio] audio
        [document] document
       *[other] file
    }
casefile-attachment = [{ $kind }: { $file }]
casefile-attachment-missing = [{ $kind }: not downloaded: { $reason }]
casefile-reason-too-big = larger than the 20 MB Telegram lets a bot download
casefile-reason-unavailable = Telegram no longer gives this file
casefile-reason-cap = left out to keep the case file under 45 MB
casefile-reason-failed = Telegram did not answer; ask for the case file again later
casefile-audit-title = <b>🗂 Case files sent (Moscow time), newest first:</b>
casefile-audit-line = { $time } · №{ $number } · { $name } · { $files } { $files ->
        [one] file
       *[other] files
    }, { $size }
casefile-audit-more = … and { $count } earlier.
casefile-audit-empty = No case file has been sent yet.
casefile-audit-usage = Usage: /audit — the latest case files of this chat's requests; /audit 123 — those of request №123; /audit all — every staff chat's (ADMIN_IDS only).
