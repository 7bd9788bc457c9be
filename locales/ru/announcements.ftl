## Получает ли пользователь объявления (рассылки) от офиса.

menu-announcements = 🔔 Объявления
announcements-on = 🔔 <b>Объявления включены.</b> Офис будет присылать новости о вебинарах, приёмах граждан и изменениях в правилах.
announcements-off = 🔕 <b>Объявления выключены.</b> Новости от офиса приходить не будут. Ответы на ваши вопросы по-прежнему придут.
announcements-button-off = 🔕 Выключить
announcements-button-on = 🔔 Включить
announcements-button-city = 🏙 Мой город
announcements-ask-city = В каком городе вы живёте и работаете? Объявления о приёмах в вашем городе будут приходить вам. Изменить можно в любой момент.
announcements-city = 🏙 Ваш город: { $city }.
announcements-city-unknown = 🏙 Город не указан.
city-moscow = Москва и область
city-spb = Санкт-Петербург
city-yekaterinburg = Екатеринбург
city-novosibirsk = Новосибирск
city-kazan = Казань
city-krasnoyarsk = Красноярск
city-samara = Самара
city-other = Другой город
