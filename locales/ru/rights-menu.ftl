## Рамка вокруг страниц о правах (сами страницы в rights.ftl).

rights-title = <b>Ваши права</b>
    Выберите тему:
rights-not-found = Этой страницы больше нет в справочнике. Выберите тему:
# После заголовка страницы, если она разбита на части, например «(2/3)».
rights-part = ({ $part }/{ $parts })
rights-basis = Правовое основание: { $basis }
rights-checked = Проверено { $date }
rights-button-previous = ⬅️ Предыдущая часть
rights-button-next = Следующая часть ➡️
