## Кнопки и короткие сообщения, которые встречаются на многих экранах.

common-button-home = 🏠 Главное меню
common-button-back = ◀️ Назад
common-slow-down = Вы отправляете сообщения очень быстро. Подождите несколько секунд и попробуйте снова.
common-hint = Я отвечаю через меню ниже. Выберите тему или воспользуйтесь поиском, чтобы найти страницу по словам.
common-unknown-command = Такой команды нет. Вот меню:
common-outdated-button = Эта кнопка устарела. Вот актуальное меню:
common-form-left = Форма закрыта, введённое в ней не сохранено.
common-cancelled = Отменено, введённое не сохранено.
common-nothing-to-cancel = Отменять нечего.
common-error = Извините, у нас что-то пошло не так. Попробуйте ещё раз через минуту. Если ошибка повторяется, откройте меню командой /menu.

## Главное меню

menu-title = <b>Главное меню</b>
    Выберите, что вам нужно:
menu-rights = 📘 Ваши права
menu-search = 🔎 Поиск
menu-emergency = 🆘 Экстренная помощь
menu-language = 🌐 Язык

## /start, выбор языка, /help

start-greeting = Здравствуйте! Это справочная служба Омбудсмена (Акыйкатчы) Кыргызской Республики для тех, кто работает в России. Здесь можно прочитать о своих правах на своём языке.
start-choose-language = Выберите язык:
start-welcome-back = С возвращением! Выберите, что вам нужно:
start-language-set = Язык: { $language }.
help-text =
    <b>Как пользоваться ботом</b>

    • 📘 Ваши права: короткие страницы о документах, работе, полиции, здоровье, семье, пенсиях и запретах на въезд. На каждой странице указаны правовое основание и дата проверки.
    • 🔎 Поиск: напишите несколько слов на любом языке, например «регистрация» или «зарплата».
    • 🆘 Экстренная помощь: 112 и что делать при задержании.

    Команды: /menu (главное меню), /search, /emergency, /language, /help.
    Информация общая и не заменяет консультацию юриста.

## Список команд в Telegram (не длиннее 256 символов)

command-start = Начать и выбрать язык
command-menu = Главное меню
command-search = Поиск по справочнику о правах
command-emergency = Экстренные номера и помощь
command-language = Сменить язык
command-help = Как пользоваться ботом

## Language names are written in their own language: the same in every locale.
language-name-ky = Кыргызча
language-name-ru = Русский
language-name-uz = O'zbekcha
language-name-en = English

## Команды администраторов (видны только им)
command-broadcast = Отправить объявление
command-newevent = Создать вебинар или приём
command-events = Ближайшие мероприятия: изменить или отменить
common-moscow-time = 🕒 Время везде московское (МСК).
common-id-user = Ваш id в Telegram: <code>{ $id }</code>
common-id-chat = id этого чата: <code>{ $chat }</code>
common-id-staff-hint = Чтобы обращения приходили сюда, укажите этот id в STAFF_CHAT_ID (или в REQUEST_ROUTING) в файле .env.
