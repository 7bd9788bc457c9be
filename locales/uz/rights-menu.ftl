## Huquqlar sahifalarining umumiy qismlari (sahifalarning o'zi rights.ftl faylida).

rights-title = <b>Huquqlaringiz</b>
    Mavzuni tanlang:
rights-not-found = Bu sahifa endi qo'llanmada yo'q. Mavzuni tanlang:
# Sahifa qismlarga bo'lingan bo'lsa, sarlavhadan keyin chiqadi, masalan, «(2/3)».
rights-part = ({ $part }/{ $parts })
rights-basis = Huquqiy asos: { $basis }
rights-checked = Tekshirilgan sana: { $date }
rights-button-previous = ⬅️ Oldingi qism
rights-button-next = Keyingi qism ➡️
