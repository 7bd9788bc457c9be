## Buttons and short messages used on many screens.

common-button-home = 🏠 Main menu
common-button-back = ◀️ Back
common-slow-down = You are sending messages very fast. Please wait a few seconds, then try again.
common-hint = I answer through the menu below. Choose a topic, or use Search to find a page by words.
common-unknown-command = I do not know this command. Here is the menu:
common-outdated-button = This button is out of date. Here is the current menu:
common-form-left = The form is closed; what you entered in it was not saved.
common-cancelled = Cancelled; nothing was saved.
common-nothing-to-cancel = There is nothing to cancel.
common-error = Sorry, something went wrong on our side. Please try again in a minute. If it keeps happening, open the menu with /menu.

## Main menu

menu-title = <b>Main menu</b>
    Choose what you need:
menu-rights = 📘 Know your rights
menu-search = 🔎 Search
menu-emergency = 🆘 Emergency help
menu-language = 🌐 Language

## /start, language choice, /help

start-greeting = Hello! This is the helpdesk of the Ombudsman (Akyikatchy) of the Kyrgyz Republic for people working in Russia. Here you can read about your rights in your language.
start-choose-language = Choose your language:
start-welcome-back = Welcome back! Choose what you need:
start-language-set = Language: { $language }.
help-text =
    <b>How to use this bot</b>

    • 📘 Know your rights: short pages on documents, work, police, health, family, pensions and entry bans. Each page names its legal basis and the date it was checked.
    • 🔎 Search: type a few words in any language, for example "registration" or "salary".
    • 🆘 Emergency help: 112 and what to do if you are detained.

    Commands: /menu (main menu), /search, /emergency, /language, /help.
    The information is general and does not replace a lawyer's advice.

## Command list shown by Telegram (at most 256 characters each)

command-start = Start and choose a language
command-menu = Main menu
command-search = Search the rights guide
command-emergency = Emergency numbers and help
command-language = Change the language
command-help = How to use the bot

## Language names are written in their own language: the same in every locale.
language-name-ky = Кыргызча
language-name-ru = Русский
language-name-uz = O'zbekcha
language-name-en = English

## Admin commands (shown only to admins)
command-broadcast = Send an announcement
command-newevent = Create a webinar or reception
command-events = Upcoming events: edit or cancel
common-moscow-time = 🕒 All times are Moscow time (MSK).
common-id-user = Your Telegram id: <code>{ $id }</code>
common-id-chat = This chat's id: <code>{ $chat }</code>
common-id-staff-hint = To receive requests here, put this id into STAFF_CHAT_ID (or REQUEST_ROUTING) in the .env file.
