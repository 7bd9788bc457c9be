## /broadcast for admins: send an announcement to everyone or to the speakers of one language.

broadcast-ask-message = 📣 Send the message to broadcast exactly as it should look: text, or a photo, video or document with a caption. It will be copied to each recipient.
broadcast-ask-audience = Who should receive it? (the number is the recipients: people who did not turn announcements off and did not block the bot)
broadcast-audience-all = Everyone
broadcast-preview = ☝️ This is how the message will look. Recipients: { $recipients }.
broadcast-preview-time = { $minutes ->
    [0] Sending takes less than a minute.
   *[other] Sending takes about { $minutes } min.
}
broadcast-preview-paid = ⚡ <b>Paid broadcast</b>: up to 1,000 messages a second instead of 30. Telegram takes 0.1 Star per message from the bot's balance: up to { $stars } ⭐ for this one.
broadcast-preview-confirm = Send it?
broadcast-button-send-now = ✅ Send now
broadcast-button-schedule = 🕒 Schedule
broadcast-button-cancel = ✖️ Cancel
broadcast-button-pause = ⏸ Pause
broadcast-button-resume = ▶️ Resume
broadcast-button-stop = ⏹ Stop
broadcast-ask-when = Send the date and time to start, Moscow time, as DD.MM.YYYY HH:MM, for example 25.12.2026 18:30.
broadcast-bad-when = I could not read this, or it is not within the next 60 days. Send it as DD.MM.YYYY HH:MM, Moscow time.
broadcast-cancelled = The broadcast is cancelled; nothing was sent.
broadcast-scheduled = 🕒 Scheduled for { $when } (Moscow time).
broadcast-status-scheduled = scheduled
broadcast-status-running = sending
broadcast-status-paused = paused
broadcast-status-cancelled = stopped
broadcast-status-done = finished
broadcast-progress =
    📣 <b>Broadcast №{ $number }</b>: { $status }
    Sent: { $sent }
    Blocked the bot: { $blocked }
    Failed: { $failed }
    Remaining: { $remaining } (about { $minutes } min)
