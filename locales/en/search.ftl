search-prompt = 🔎 Type a few words about your question, in any language. For example: registration, salary, police.
search-text-only = Please type your search as words (text), for example: registration.
search-nothing = Nothing found for «{ $query }». Try other words, or choose a topic in the menu.
search-results = Pages found for «{ $query }». Type other words to search again.
