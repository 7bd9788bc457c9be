## Canned answers (/templates in a request's topic). The title is the operator's button; the
## text goes to the migrant in their language.

template-received-title = We are working on it
template-received-text = Hello! We have received your request №{ $number } and are working on it. We will write to you here as soon as there is news.
template-details-title = Ask for details
template-details-text = To help you, we need a few more details: the date and place of what happened, the employer's name or the name of the organisation, and what you have already done. Please write them here.
template-documents-title = Ask for documents
template-documents-text = Please send photos of the documents you have: passport pages with your photo and the entry stamp, the migration card, the registration slip, the labour contract, if you have one. Take the photos in good light so the text can be read.
template-reception-title = Invite to a reception
template-reception-text = Your question is best discussed in person. Look under "🗓 Events" in the menu for the nearest reception of citizens and register there.
template-lawyer-title = Passed to a lawyer
template-lawyer-text = We have passed your request to a lawyer. They will answer here, in this chat. It may take a few working days.
template-hotline-title = Emergency numbers
template-hotline-text = If you are in danger, call 112 at once (free from any phone). If you are detained, you have the right to an interpreter and to contact the consulate of the Kyrgyz Republic.
