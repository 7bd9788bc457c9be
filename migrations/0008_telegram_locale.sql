-- The language Telegram reports for a user (when it is one of ours), kept apart from the one
-- they chose: messages the bot sends on its own (reminders, notices, broadcasts by language)
-- use the chosen language, else this one, rather than the default.
ALTER TABLE users ADD COLUMN telegram_locale TEXT;
