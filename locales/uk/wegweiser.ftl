# Wegweiser — Ukrainian (uk).
# DRAFT translation by the developers, awaiting review by a native speaker.
# Uncertain phrases are marked with a "# REVIEW:" comment directly above the message.
# Reference: locales/de/wegweiser.ftl (same messages, same variables, same HTML).
# Polite address with «Ви» (capitalised).

## Languages

# The language's own name, shown in the language picker.
language-name = Українська
language-picker = Будь ласка, оберіть свою мову.
language-chosen = Відтепер я писатиму Вам українською.
# REVIEW: draft by the developers
# How each language is called in this one, shown to managers beside its own name.
language-called-de = німецька
language-called-ar = арабська
language-called-fa = перська
language-called-ti = тигринья
language-called-en = англійська
language-called-uk = українська

## First contact and help

# REVIEW: "менеджер або менеджерка з інтеграції" for Integrationsmanager/in — is this the usual term? "громада" for Gemeinde.
welcome =
    Вітаємо у Wegweiser, { $name }!
    Тут Ви можете підтримувати зв’язок зі своїм менеджером або менеджеркою з інтеграції, отримувати нагадування про зустрічі та знаходити послуги й заходи у Вашій громаді.
help =
    <b>Як працює Wegweiser</b>
    /start – почати спочатку
    /menu – Ваше меню
    /offers – місцеві пропозиції
    /language – змінити мову
    /privacy – переглянути та видалити Ваші дані
    /help – ця довідка
    Якщо Ви не знаєте, що робити далі, напишіть /help.

## Answers to input the bot does not understand

not-understood = На жаль, я цього не розумію. Напишіть /help, щоб побачити, що тут можна зробити.
unknown-command = Команда { $command } мені невідома. Напишіть /help, щоб побачити всі команди.
unsupported-content = Я поки не вмію читати такі повідомлення. Будь ласка, напишіть мені короткий текст або скористайтеся командою /help.
stale-button = Ця кнопка вже не діє. Будь ласка, скористайтеся найновішим повідомленням.
something-went-wrong = Щось пішло не так. Будь ласка, спробуйте ще раз за кілька хвилин.

## The command menu (Telegram shows it next to the input field)

command-start = Почати спочатку
command-menu = Показати меню
command-language = Змінити мову
command-help = Показати довідку
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
command-privacy = Захист даних

## Roles

not-allowed = Тут Ви не можете цього зробити. Напишіть /help, щоб побачити, що Ви можете зробити.

## Invitation links

invite-unknown = Це посилання-запрошення недійсне. Будь ласка, попросіть нове посилання у свого менеджера або менеджерки з інтеграції.
invite-used = Це посилання-запрошення вже використано. Кожне посилання діє лише один раз. Будь ласка, попросіть нове посилання.
invite-expired = Строк дії цього посилання-запрошення минув. Будь ласка, попросіть нове посилання.
invite-revoked = Це посилання-запрошення більше не діє. Будь ласка, попросіть нове посилання.
invite-already-linked = Ви вже підключені до Wegweiser. Напишіть /menu, щоб побачити своє меню.

## Integrationsmanager: joining

manager-joined = Вітаємо у Wegweiser! Ваші клієнтки та клієнти бачать Вас як «{ $name }». Це правильно?
manager-name-keep = Так, усе правильно
manager-name-change = Ввести інше ім’я
manager-name-ask = Будь ласка, напишіть мені ім’я, яке мають бачити Ваші клієнтки та клієнти (не більше 64 символів).
manager-name-bad = Ім’я має містити від 1 до 64 символів. Будь ласка, спробуйте ще раз.
# REVIEW: placeholders "МІТКА" (KÜRZEL), "МОВА", "НОМЕР", "ТЕКСТ"; "якщо Вас хтось заміняє" for "mit Vertretung". New lines: "ДАТА ЧАС | МІСЦЕ | ТЕМА" and "НАЗВА | ВИД" for DATUM UHRZEIT | ORT | THEMA and TITEL | ART; "зустріч" for Termin, "термін" for Frist. The /broadcast lines: "оголошення" for Mitteilung (as in consent-announcements).
manager-menu =
    <b>Ваше меню</b>
    /clients – Ваші клієнтки та клієнти
    /new_client МІТКА AGS МОВА – запросити когось
    /away DD.MM.YYYY – позначити відсутність (якщо Вас хтось заміняє: /away DD.MM.YYYY НОМЕР)
    /back – завершити відсутність
    /reply МІТКА ТЕКСТ – відповісти комусь
    /appointment – запланувати зустріч (крок за кроком)
    /appointment МІТКА ДАТА ЧАС | МІСЦЕ | ТЕМА – зустріч одним рядком
    /appointments – заплановані зустрічі: перенести або скасувати
    /deadline МІТКА ДАТА | НАЗВА | ВИД – додати строк
    /deadlines – відкриті строки
    /offers – переглянути місцеві пропозиції й надіслати їх клієнткам і клієнтам
    /broadcast – написати оголошення Вашим клієнткам і клієнтам
    /broadcasts – переглянути й скасувати заплановані оголошення
    /language – змінити мову
    Щоб комусь відповісти, відповідайте на переслане повідомлення.

## Integrationsmanager: inviting a client

# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
new-client-usage = Щоб запросити когось: /new_client МІТКА AGS МОВА, наприклад /new_client AB-12 08118011 fa (AGS – восьмизначний ключ громади). Мітку бачите Ви, особа, яка Вас заміняє, і сама людина (у розділі «Захист даних»): ініціали або номер справи, не більше 32 символів, без повних імен. Мови: { $languages }.
new-client-bad-gemeinde = Громада { $ags } не належить до Ваших громад ({ $gemeinden }).
new-client-created =
    Запрошення для <b>{ $label }</b> ({ $gemeinde }). Посилання діє { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } і лише один раз:
    { $link }
new-client-qr-caption = QR-код для { $label } – щоб показати або роздрукувати.

## Clients: joining with consent

# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
privacy-notice =
    <b>Захист даних</b>
    Wegweiser зберігає: ідентифікатор Вашого облікового запису Telegram, мітку, яку { $manager } використовує для Вас (не ім’я), Вашу громаду, Вашу мову, Ваші згоди, початок і запланований кінець супроводу, час останнього контакту, Ваші зустрічі й строки (зокрема, чи Ви прийшли), пропозиції, які Вас цікавлять, Ваше запрошення, номери Ваших повідомлень (для відповідей) і хто й коли щось змінював (без змісту).
    Самі Ваші повідомлення лише пересилаються і не зберігаються у Wegweiser.
    Ваші дані бачать { $manager }, під час відсутності – особа, яка заміняє, а також адміністратори організації.
    Супровід закінчується в запланований день, не пізніше ніж через 4 роки. Через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } після цього Ваші дані видаляються; для річної статистики залишаються лише числа без імен.
    Через /privacy Ви можете будь-коли переглянути та видалити свої дані.
    Будь ласка, оберіть, на що Ви погоджуєтеся:
consent-contact = Зв’язок із Вашим менеджером або менеджеркою з інтеграції
consent-reminders = Нагадування про зустрічі та строки
consent-announcements = Оголошення (наприклад, про нові мовні курси)
consent-agree = Погодитися й підключитися
consent-decline = Не підключатися
consent-needed-note = Для підключення потрібна згода на зв’язок. Нагадування й оголошення Ви можете вмикати та вимикати.
onboarding-declined = Добре. Нічого не збережено. Ви можете відкрити посилання ще раз пізніше.
client-linked = Тепер Ви на зв’язку з { $manager }. Просто пишіть тут – Ваше повідомлення буде переслано.

## Clients: menu

client-menu = Що Ви хочете зробити?
# REVIEW: "Написати: $manager" — the colon avoids declining the name.
menu-write = ✉️ Написати: { $manager }
menu-appointments = 📅 Мої зустрічі
# REVIEW: "терміни" for Fristen, as in consent-reminders — or the more official "строки"?
menu-deadlines = ⏳ Мої строки
menu-language = 🌐 Мова
menu-privacy = 🔒 Захист даних
write-hint = Просто напишіть своє повідомлення тут, у чаті. Його отримає { $manager }.

## Relaying messages

relay-to-manager = 📨 <b>{ $label }</b> · { $gemeinde } · { $language }
relay-to-client = ✉️ <b>{ $manager }</b>:
relay-reply-hint = Щоб комусь відповісти, відповідайте на переслане повідомлення саме цієї особи.
reply-usage = Щоб відповісти комусь напряму: /reply МІТКА Ваше повідомлення
reply-unknown-label = Серед підключених осіб, яких Ви супроводжуєте, немає мітки { $label }.
relay-client-gone = Ця особа більше не підключена до Wegweiser. Вашу відповідь не доставлено.

## Notices to Integrationsmanager

notify-client-linked = ✅ <b>{ $label }</b> ({ $gemeinde }) тепер на зв’язку з Вами.
notify-client-unreachable = ⚠️ <b>{ $label }</b>: зв’язок через Telegram більше неможливий (Wegweiser заблоковано або акаунт видалено). Будь ласка, зв’яжіться іншим способом.
notify-client-deleted = 🗑 <b>{ $label }</b>: особа видалила всі свої дані у Wegweiser. Зв’язку більше немає.
notify-clients-handed-over =
    { $count ->
        [one] Вам передано { $count } особу.
        [few] Вам передано { $count } особи.
        [many] Вам передано { $count } осіб.
       *[other] Вам передано { $count } особи.
    } Ви знайдете їх у /clients.

## Absence and office hours

# REVIEW: new draft (issue 11), awaiting a native speaker.
away-usage = Щоб позначити відсутність: /away DD.MM.YYYY – дата є Вашим останнім днем відсутності. Із заміною: /away DD.MM.YYYY НОМЕР.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-set = Відсутність позначено (до: { $until } включно; повернення: { $back }). Заміна: { $substitute }. Ваші клієнти отримають повідомлення.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-set-alone = Відсутність позначено (до: { $until } включно; повернення: { $back }), без заміни.
back-done = З поверненням! Вашу відсутність завершено.
# REVIEW: "не на роботі" (not at work) chosen to avoid a gendered form.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-notice = { $manager } зараз не на роботі (до: { $until } включно; повернення: { $back }). Поки що Ваше повідомлення отримає { $substitute }.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-notice-alone = { $manager } зараз не на роботі (до: { $until } включно) і прочитає Ваше повідомлення після повернення ({ $back }).
# REVIEW: "у найближчий робочий час: $next" — $next is a date (and perhaps a time) that cannot be declined.
office-hours-notice = Дякуємо за Ваше повідомлення. { $manager } прочитає його в найближчий робочий час: { $next }.

## Caseload

clients-header =
    <b>Ваші клієнтки та клієнти</b> ({ $count }) – сторінка { $page } з { $pages }
clients-empty = Ви ще нікого не запросили. Запросити когось можна командою /new_client.
client-line = { $label } · { $gemeinde } · { $status } · { $last }
status-invited = запрошено
status-active = підключено
status-unreachable = недоступно
status-ended = завершено
# REVIEW: "ще не було" (not yet) for "noch nie".
never = ще не було
page-previous = ◀ назад
page-next = далі ▶
client-page =
    <b>{ $label }</b>
    Громада: { $gemeinde }
    Мова: { $language }
    Статус: { $status }
    Останній контакт: { $last }
    Супровід до: { $until }
client-action-invite = 🔗 Нове посилання-запрошення

## Clients: privacy

privacy-menu = <b>Захист даних</b> – тут Ви бачите, що про Вас збережено, можете змінити свої згоди або видалити все.
privacy-show = Переглянути мої дані
privacy-consents = Змінити згоди
privacy-delete = Видалити все
privacy-data =
    <b>Ось що про Вас збережено</b>
    Мітка: { $label }
    Громада: { $gemeinde }
    Мова: { $language }
    Менеджер/ка з інтеграції: { $manager }
    Підключено з: { $since }
    Супровід заплановано до: { $until }
    Згоди: { $consents }
privacy-file-caption = Ваші дані у вигляді файлу (JSON).
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
privacy-consents-title = Торкніться нагадувань або оголошень, щоб увімкнути чи вимкнути їх. Контакт залишається увімкненим, бо це і є зв’язок: якщо Ви більше його не хочете, оберіть у меню захисту даних «Завершити контакт».
privacy-delete-confirm = Справді видалити все? Тоді зв’язок із { $manager } припиниться. Це неможливо скасувати.
privacy-delete-yes = Так, видалити все
privacy-delete-no = Ні, назад
privacy-deleted = Ваші дані видалено. Дякуємо, що користувалися Wegweiser. Ви можете будь-коли почати знову командою /start.
consent-none = немає

## Administrators (bot commands)

# REVIEW: "організація" for Träger, "РАЙОН" for Landkreis, "громада" for Gemeinde, placeholders "ТИП" / "НАЗВА" / "НОМЕР-ОРГАНІЗАЦІЇ" / "ІМ’Я" / "НОМЕР-НАСТУПНИКА" (NACHFOLGE-NR); "деактивувати" for abmelden; the type values (gemeinde, landkreis, traeger, verbund) are typed as they are and stay German. The /broadcast lines: "оголошення" for Mitteilung (as in consent-announcements).
admin-help =
    <b>Адміністрування</b>
    /add_org ТИП НАЗВА – створити організацію (ТИП: gemeinde, landkreis, traeger, verbund)
    /add_gemeinde AGS НАЗВА | РАЙОН – створити громаду
    /invite_manager НОМЕР-ОРГАНІЗАЦІЇ AGS[,AGS] ІМ’Я – запросити менеджера або менеджерку з інтеграції
    /managers – усі менеджери й менеджерки з інтеграції з кількістю клієнтів
    /assign НОМЕР AGS – закріпити громаду за менеджером або менеджеркою з інтеграції
    /deactivate НОМЕР НОМЕР-НАСТУПНИКА – деактивувати й передати всіх клієнток і клієнтів
    /offers – переглянути, змінити, додати пропозиції Ваших громад (багато одразу: wegweiser offers import)
    /broadcast – написати оголошення всім в одній із Ваших громад
    /broadcasts – переглянути й скасувати заплановані оголошення
admin-org-added = Організацію № { $id } створено: { $name }.
admin-gemeinde-added = Громаду створено: { $name } ({ $ags }), { $landkreis }.
admin-manager-invited =
    Запрошення для { $name } (№ { $id }). Посилання діє { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } і лише один раз:
    { $link }
admin-bad-input = Не вдалося зрозуміти: { $problem }. Напишіть /admin, щоб побачити команди.
admin-duplicate = Таке вже існує.
# REVIEW: draft translation
admin-landkreis-of-kreis = Громади цього району належать до Landkreis { $landkreis }. Будь ласка, використайте цю назву.
# REVIEW: draft translation
admin-landkreis-other-kreis = Громади цього Landkreis мають ключ району { $kreis }; цей AGS належить до іншого району.
admin-unknown-reference = Організацію або громаду не знайдено.
admin-out-of-scope = Ви не керуєте цією громадою.
admin-assigned = Громаду { $gemeinde } тепер закріплено за № { $id }.
# REVIEW: "деактивовано" for "ist abgemeldet".
admin-deactivated =
    № { $id } деактивовано. { $count ->
        [one] { $count } особу
        [few] { $count } особи
        [many] { $count } осіб
       *[other] { $count } особи
    } передано до № { $successor }.
admin-manager-line = № { $id } · { $name } · { $status } · { $count }

## Asking to be taken on (without an invite)

join-ask = 🤝 Попросити про супровід
join-choose-gemeinde = У якій громаді Ви живете?
# REVIEW: "ратуша (Rathaus)" for Rathaus — or is "міська рада" / "мерія" clearer?
join-no-gemeinde = Wegweiser ще не працює в жодній громаді. Будь ласка, зверніться до ратуші (Rathaus) Вашої громади.
# REVIEW: "менеджери та менеджерки з інтеграції громади $gemeinde" (the integration managers of the community …).
join-requested = Дякуємо! Ваш запит отримали менеджери та менеджерки з інтеграції громади { $gemeinde }. Відповідь Ви отримаєте тут.
join-already-open = У Вас уже є відкритий запит. Відповідь Ви отримаєте тут.
notify-join-request = 🙋 Новий запит із громади { $gemeinde } (мова: { $language }). Бажаєте супроводжувати цю особу?
join-accept = Так, я супроводжуватиму цю особу
join-decline = Ні
# REVIEW: "повідомлення про захист даних" for Datenschutzhinweis.
join-accepted-manager = Прийнято. Поки що ця особа має у Вас мітку «{ $label }» і зараз отримає повідомлення про захист даних.
join-declined-manager = Відхилено. Особа отримає про це повідомлення.
join-already-decided = Щодо цього запиту вже ухвалено рішення.
join-accepted = Гарна новина: { $manager } супроводжуватиме Вас. Будь ласка, прочитайте повідомлення про захист даних і оберіть, на що Ви погоджуєтеся.
join-continue = Далі
# REVIEW: "ратуша (Rathaus)" for Rathaus.
join-declined = На жаль, Ваш запит у громаді { $gemeinde } не прийнято. Будь ласка, зверніться до ратуші (Rathaus) Вашої громади.

## Caseload: actions on a client

client-action-gemeinde = 🏠 Змінити громаду
client-action-handover = 👥 Передати колезі
client-action-extend = ⏳ Продовжити супровід на 1 рік
client-action-end = ✖ Завершити супровід
client-choose-gemeinde = Нова громада для { $label }:
client-choose-manager = Кому передати { $label }?
client-no-colleague = У цій громаді немає колег, яким Ви можете передати цю особу.
client-gemeinde-changed = { $label } тепер живе в громаді { $gemeinde }.
client-handed-over = Супровід { $label } тепер здійснює { $manager }.
# REVIEW: "Вам передано … від $from" (handed over to you from …), chosen to avoid a gendered past tense.
notify-client-handed-over = 👥 Вам передано <b>{ $label }</b> ({ $gemeinde }) від { $from }.
client-extended = Супровід { $label } продовжено. Нова дата завершення: { $until }
client-extend-limit = Супровід { $label } не можна продовжити понад 4 роки.
client-end-confirm = Справді завершити супровід { $label }? Тоді ця особа більше не зможе Вам писати.
client-end-yes = Так, завершити
# REVIEW: draft by the developers
client-end-no = Ні, продовжити супровід
client-ended = Супровід { $label } завершено.
# REVIEW: "Ваш супровід із боку $manager" (your support by …) — natural?
support-ended-client = Ваш супровід із боку { $manager } завершено. Усього найкращого! Ваші дані буде автоматично видалено після строку зберігання; командою /privacy Ви можете переглянути й видалити їх уже зараз.
# REVIEW: "завершується $until" — $until is a date that cannot be declined.
support-ends-soon = ⏳ Супровід <b>{ $label }</b> скоро завершиться (дата: { $until }). За потреби Ви можете продовжити його на сторінці цієї особи.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
support-ends-week = ⏳ Супровід <b>{ $label }</b> завершується за тиждень ({ $until }). За потреби Ви можете продовжити його на сторінці цієї особи.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
support-ended-planned = 🏁 Супровід <b>{ $label }</b> сьогодні завершено, як і планувалося. Особу повідомлено; її дані буде видалено після строку зберігання.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
notify-client-retention-deleted = 🗑 Дані <b>{ $label }</b> видалено: строк зберігання після завершення супроводу минув.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
notify-client-unlinked-deleted = 🗑 Запрошенням для <b>{ $label }</b> так і не скористалися, і його строк давно минув; запис видалено.

## Later additions (labels, substitutes, manager status)

# REVIEW: "мітка" for Kürzel, as elsewhere in this file.
new-client-label-taken = Мітку { $label } Ви вже використовуєте. Будь ласка, оберіть іншу.
# REVIEW: "переслане повідомлення" for the relayed message.
reply-ambiguous-label = Мітка { $label } підходить більш ніж одній особі. Будь ласка, дайте відповідь на переслане повідомлення цієї особи.
# REVIEW: "заміна" for Vertretung; "людей, яких супроводжує" for the clients.
# REVIEW: new draft (issue 11), awaiting a native speaker.
notify-substitute = 👥 { $manager } зараз не на роботі (до: { $until } включно; повернення: { $back }). Ви заміняєте цю людину: повідомлення від її клієнток і клієнтів тепер надходять Вам.
status-manager-active = активний
# REVIEW: "деактивовано" for abgemeldet, as in admin-deactivated.
status-manager-inactive = деактивовано

## Appointments and deadlines: topics and kinds

topic-jobcenter = Jobcenter
# REVIEW: "відомство у справах іноземців" as the explanation of Ausländerbehörde (the German name is kept, as people see it on letters and doors).
topic-auslaenderbehoerde = Ausländerbehörde (відомство у справах іноземців)
topic-arzt = Лікар / лікарка
topic-schule = Школа / дитсадок
topic-wohnung = Житло
topic-sprachkurs = Мовний курс
topic-beratung = Консультація
# REVIEW: "продовження виплат" for Jobcenter-Weiterbewilligung (the application to keep receiving Bürgergeld); the German word is kept after the slash.
deadline-kind-jobcenter = Jobcenter: продовження виплат / Weiterbewilligung
# REVIEW: "посвідка на проживання" for Aufenthaltstitel; the German word is kept after the slash.
deadline-kind-aufenthalt = Посвідка на проживання / Aufenthaltstitel
deadline-kind-integrationskurs = Запис на інтеграційний курс
# REVIEW: "термін для заперечення" for Widerspruchsfrist (time to object to an official decision) — or "строк оскарження"?
deadline-kind-widerspruch = Строк для заперечення / Widerspruchsfrist
deadline-kind-other = Строк

## Appointments and deadlines: typing dates

# REVIEW: the date reader only understands German words, so the examples keep "morgen" and "Di" with a gloss (завтра, вівторок).
when-malformed = Не вдалося розпізнати дату й час. Приклади: 25.11.2026 14:30 · 25.11. 14:30 · morgen 10:00 (завтра) · Di 9:30 (вівторок)
when-no-such-date = Такої дати не існує. Будь ласка, перевірте день і місяць.
# REVIEW: "перехід на літній або зимовий час" for Zeitumstellung.
when-no-such-time = Такого часу в цей день не існує (перехід на літній або зимовий час). Будь ласка, оберіть інший.
when-in-past = Цей час уже минув. Будь ласка, вкажіть час у майбутньому.
# REVIEW: draft by the developers
when-year-unclear = Ця дата вже минула: { $past }. Якщо Ви маєте на увазі наступну ({ $next }), будь ласка, допишіть рік, наприклад { $example }.

## Integrationsmanager: appointments

# REVIEW: placeholders "ДАТА ЧАС | МІСЦЕ | ТЕМА"; the example place "Ратуша, кімната 3" is free text and shown to the client as typed.
appointment-usage = Щоб запланувати зустріч: /appointment МІТКА ДАТА ЧАС | МІСЦЕ | ТЕМА, наприклад /appointment AB-12 25.11. 14:30 | Ратуша, кімната 3 | Jobcenter. Якщо потрібні інші нагадування, ніж зазвичай, додайте в кінці | 2d,3h. Без параметрів /appointment проведе Вас крок за кроком.
appointment-place-empty = Будь ласка, вкажіть місце.
# REVIEW: draft by the developers
appointment-topic-empty = Будь ласка, вкажіть тему, наприклад Jobcenter або прийом у лікаря для дитини.
appointment-too-long = Текст задовгий. Місце – не більше 200, тема – не більше 80, назва – не більше 120 символів.
appointment-bad-leads = Будь ласка, вкажіть нагадування списком, наприклад 1d,2h (d = дні, 1–30; h = години, 1–72; не більше чотирьох).
appointment-client-not-linked = { $label } ще не підключено до Wegweiser (або супровід завершено); зустрічі й строки можна додавати лише після підключення.
appointment-saved = 📅 Зустріч для <b>{ $label }</b> додано: { $topic }, { $when }. { $label } отримає її зараз своєю мовою.
appointment-saved-reminders = Нагадування заплановано.
# REVIEW: "від $label немає згоди" (there is no consent from …), chosen to avoid a gendered past tense.
appointment-saved-no-reminders = Без нагадувань: від { $label } немає згоди на нагадування.
plan-no-clients = У Вас ще немає нікого, хто підключений до Wegweiser.
plan-which-client = Для кого ця зустріч?
plan-abort = Скасувати
plan-aborted = Скасовано. Нічого не збережено.
# REVIEW: draft by the developers
dismissed = Гаразд, усе залишається як було.
# REVIEW: "morgen" and "Di" stay German (the date reader only understands German words), with a gloss.
plan-when = Зустріч для <b>{ $label }</b>. Коли? Наприклад: 25.11. 14:30 · morgen 10:00 (завтра) · Di 9:30 (вівторок)
plan-where = Де? (адреса або місце, наприклад Ратуша, кімната 3)
plan-topic = Про що йдеться? Оберіть тему або напишіть її.
plan-use-buttons = Будь ласка, натисніть «Зберегти» або «Скасувати».
plan-confirm =
    <b>Перевірте зустріч</b>
    Для: { $label }
    Коли: { $when }
    Де: { $place }
    Тема: { $topic }
plan-save = ✅ Зберегти
appointment-gone = Цю зустріч тим часом змінено або скасовано. Будь ласка, відкрийте /appointments ще раз.
appointment-moved-manager = 📅 Зустріч <b>{ $label }</b> перенесено. Новий час: { $when }. { $label } отримає повідомлення; нагадування заплановано заново.
appointments-none-manager = Немає запланованих зустрічей.
appointments-title-manager =
    <b>{ $count ->
        [one] { $count } запланована зустріч
        [few] { $count } заплановані зустрічі
        [many] { $count } запланованих зустрічей
       *[other] { $count } запланованої зустрічі
    }</b>
appointment-line-manager = • { $when } – <b>{ $label }</b>, { $topic } ({ $answer })
list-more = … і ще { $count }.
answer-yes = ✅ прийде
answer-no = ❌ не може прийти
answer-none = ще немає відповіді
appointment-page =
    <b>Зустріч: { $label }</b>
    Коли: { $when }
    Де: { $place }
    Тема: { $topic }
    Відповідь: { $answer }
appointment-move = 🕑 Перенести
appointment-cancel = ✖️ Скасувати
appointment-move-when = Новий час для зустрічі <b>{ $label }</b>? Наприклад: 26.11. 9:00
appointment-cancel-confirm = Справді скасувати зустріч? Особа отримає про це повідомлення.
appointment-cancel-yes = Так, скасувати
# REVIEW: draft by the developers
appointment-cancel-no = Ні, залишити зустріч
appointment-cancelled-manager = Зустріч <b>{ $label }</b> скасовано. { $label } отримає повідомлення.
# REVIEW: "Була" / "Не прийшла" agree with "особа" in appointment-followup, to avoid gendered forms.
followup-attended = ✅ Була
followup-missed = ❌ Не прийшла
followup-noted-attended = Занотовано: особа { $label } була на зустрічі.
followup-noted-missed = Занотовано: особа { $label } не прийшла.

## Integrationsmanager: deadlines

# REVIEW: placeholders "ДАТА | НАЗВА | ВИД"; the example title "Заява на продовження виплат" (Weiterbewilligungsantrag) is free text and shown to the client as typed.
deadline-usage = Щоб додати строк: /deadline МІТКА ДАТА | НАЗВА | ВИД, наприклад /deadline AB-12 15.12. | Заява на продовження виплат | jobcenter. Види: jobcenter, aufenthalt, integrationskurs, widerspruch, other.
deadline-unknown-kind = Такого виду я не знаю. Види: jobcenter (продовження виплат), aufenthalt (посвідка на проживання), integrationskurs (запис), widerspruch (строк для заперечення), other.
deadline-saved = ⏳ Строк для <b>{ $label }</b> додано (до: { $due }). { $label } отримає його зараз своєю мовою.
deadlines-none-manager = Немає відкритих строків.
# REVIEW: "відкритий термін" for "offene Frist" (a deadline not yet done).
deadlines-title-manager =
    <b>{ $count ->
        [one] { $count } відкритий строк
        [few] { $count } відкриті строки
        [many] { $count } відкритих строків
       *[other] { $count } відкритого строку
    }</b>
deadline-line-manager = • { $due } – <b>{ $label }</b>: { $title }
deadline-cancel-button = ✖️ Скасувати { $label } { $date }
deadline-cancelled-manager = Строк <b>{ $label }</b> скасовано. { $label } отримає повідомлення.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-move-button = 📅 Перенести { $label } { $date }
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-move-ask = На який день перенести строк <b>{ $label }</b> («{ $title }», досі { $due })? Наприклад: 15.12.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-moved-manager = 📅 Строк <b>{ $label }</b> перенесено на { $due }. { $label } отримає повідомлення; нагадування заплановано наново.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-gone-manager = Цей строк уже виконано або скасовано; нічого не змінено.

## Clients: appointments and deadlines

# REVIEW: "зустріч" for Termin (as in consent-reminders) — for an office or doctor's appointment "прийом" or "запис" may be more usual.
appointment-new =
    📅 <b>Нова зустріч</b> від { $manager }
    { $topic }
    🕑 { $when }
    📍 { $place }
    Ви прийдете?
appointment-moved =
    📅 <b>Вашу зустріч перенесено</b> ({ $manager })
    { $topic }
    🕑 Новий час: { $when }
    📍 { $place }
    Ви прийдете?
appointment-reminder =
    🔔 <b>Нагадування про Вашу зустріч</b>
    { $topic }
    🕑 { $when }
    📍 { $place }
appointment-cancelled =
    ✖️ <b>Зустріч скасовано</b>
    { $topic }, { $when }
    Вам не потрібно приходити.
appointment-yes = ✅ Я прийду
appointment-no = ❌ Не зможу прийти
appointment-calendar = 📅 Додати в календар
appointment-thanks-yes = Дякуємо! Вашу відповідь передано.
# REVIEW: "Ваш менеджер або менеджерка з інтеграції" for "Ihre Begleitung"; "зв’яжеться" is gender-neutral.
appointment-thanks-no = Дякуємо, що повідомили. Ваш менеджер або менеджерка з інтеграції зв’яжеться з Вами щодо нової зустрічі.
appointment-calendar-caption = Відкрийте файл, щоб додати зустріч у свій календар.
appointment-button-cancelled = Цю зустріч скасовано.
appointment-button-moved = Цю зустріч перенесено. Будь ласка, дайте відповідь на новіше повідомлення.
appointment-button-past = Ця зустріч уже почалася.
appointments-none-client = У Вас немає запланованих зустрічей.
appointments-title-client = <b>Ваші зустрічі</b>
appointment-line-client = • { $when } – { $topic }, { $place }
deadline-new =
    ⏳ <b>Строк</b>: { $title } ({ $kind })
    До: { $due }
    Натисніть «Виконано», коли все буде зроблено.
deadline-reminder =
    🔔 <b>Нагадування про строк</b>: { $title } ({ $kind })
    До: { $due }
deadline-done = ✅ Виконано
deadline-done-named = ✅ Виконано: { $title }
# REVIEW: "Вашого менеджера або менеджерку з інтеграції" for "Ihre Begleitung".
deadline-thanks = Дякуємо! Вашого менеджера або менеджерку з інтеграції повідомлено.
deadline-button-closed = Цей строк уже виконано або скасовано.
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
deadline-cancelled = ✖️ Строк «{ $title }» ({ $due }) вилучено з Вашого списку. Нагадувань про нього більше не буде. Якщо Ви не впевнені, чи потрібно ще щось зробити, напишіть тут.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-moved =
    📅 <b>Строк перенесено</b>: { $title } ({ $kind })
    Новий строк: до { $due }
    Натисніть «Виконано», коли все буде зроблено.
deadlines-none-client = У Вас немає відкритих строків.
deadlines-title-client = <b>Ваші строки</b>
deadline-line-client = • { $due } – { $title }

## Integrationsmanager: notices about appointments and deadlines

notify-appointment-yes = ✅ <b>{ $label }</b> прийде на зустріч: { $topic }, { $when }.
notify-appointment-no = ❌ <b>{ $label }</b> не може прийти на зустріч: { $topic }, { $when }. Будь ласка, домовтеся про нову (/appointments).
notify-appointment-unanswered = ❔ Від <b>{ $label }</b> ще немає відповіді щодо зустрічі: { $topic }, { $when }.
appointment-followup = Чи була особа <b>{ $label }</b> на зустрічі? { $topic }, { $when }
# REVIEW: "$label: виконано – …" (… done), chosen to avoid a gendered past tense.
notify-deadline-done = ✅ <b>{ $label }</b>: виконано – { $title } (до: { $due }).
notify-deadline-overdue = ⚠️ Строк минув, про виконання не повідомлено: <b>{ $label }</b>, { $title } ({ $kind }, до: { $due }).

## Integrationsmanager: the digest

digest = <b>Ваш огляд: { $date }</b>
digest-today = <b>Сьогодні</b>
digest-unanswered = <b>Ще без відповіді</b>
digest-overdue = <b>Прострочені строки</b>
digest-unreachable = <b>Недоступні</b>
digest-appointment = • { $when } – { $label }, { $topic }
digest-deadline = • { $label }: { $title } (до: { $due })
digest-client = • { $label }
digest-more = … і ще { $count }

## Local offers: browsing (clients, Integrationsmanager, administrators)

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

# REVIEW: "пропозиції" for Angebote (the welcome message says "послуги й заходи"); "поруч" (near me).
menu-offers = 📍 Пропозиції поруч
command-offers = Місцеві пропозиції
offer-category-sprache = Мова
# REVIEW: "навчання" for Ausbildung (vocational training) — or "професійне навчання"?
offer-category-arbeit = Робота й навчання
offer-category-beratung = Консультації
offer-category-familie = Діти й сім’я
offer-category-gesundheit = Здоров’я
# REVIEW: "Дозвілля й зустрічі" for Freizeit & Begegnung.
offer-category-freizeit = Дозвілля й зустрічі
offer-category-wohnen = Житло
offers-no-gemeinde = Для Вас ще не вказано громаду, тому я не можу показати пропозиції.
offers-choose-gemeinde = Пропозиції якої громади Ви хочете переглянути?
offers-categories = <b>Пропозиції в громаді { $gemeinde }</b>
    Що Ви шукаєте?
offers-none = У громаді { $gemeinde } ще немає пропозицій.
offer-category-button = { $category } ({ $count })
offers-list-header = <b>{ $category }</b> · { $gemeinde }
    Сторінка { $page } з { $pages }
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
offer-only-german-mark = (текст лише німецькою)
offers-back-categories = ◀ Теми
offers-back-list = ◀ До списку
offers-back-offer = ◀ До пропозиції
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
offer-only-german = Опис цієї пропозиції є лише німецькою мовою.
offer-detail-inactive = ⏸ Неактивна: клієнтки та клієнти не бачать цієї пропозиції.
offer-detail-times = 🕒 { $times }
offer-detail-next = 📅 Найближча дата: { $when }
offer-detail-until = Діє до: { $date }
offer-detail-address = 📍 { $address }
offer-detail-phone = ☎️ { $phone }
offer-detail-email = ✉️ { $email }
offer-detail-web = 🌐 { $web }
# REVIEW: "Мови спілкування" (languages of communication) for "Dort wird gesprochen".
offer-detail-languages = 🗣 Мови спілкування: { $languages }
offer-detail-map = 🗺 <a href="{ $url }">Показати на карті</a>
offer-gone = Цієї пропозиції більше немає.
offer-button-interested = 🙋 Мене це цікавить
offer-button-show = Переглянути пропозицію

## Local offers: interest and recommendations

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

offer-interest-sent = Дякуємо! { $manager } тепер знає, що Вас цікавить ця пропозиція, і зв’яжеться з Вами.
offer-interest-again = { $manager } уже знає, що Вас цікавить ця пропозиція, і зв’яжеться з Вами.
notify-offer-interest = 🙋 { $label } цікавиться пропозицією «{ $offer }». Будь ласка, зв’яжіться з цією особою.
offer-button-send = 📨 Надіслати клієнтові/клієнтці
offer-send-pick = Кому надіслати «{ $offer }»?
offer-send-nobody = Ніхто з Ваших клієнток і клієнтів не живе в громаді, для якої діє «{ $offer }», або всі вони зараз недоступні.
offer-send-unreachable = Ця особа зараз недоступна через Wegweiser.
# REVIEW: "особі $label" (to the person …) avoids declining the label.
offer-sent = Надсилаємо «{ $offer }» особі { $label }. Повідомлення надійде мовою цієї особи.
offer-recommended = { $manager } рекомендує Вам пропозицію: <b>{ $offer }</b>

## Local offers: administrators

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

offer-button-new = ➕ Нова пропозиція
offer-button-edit = ✏️ { $field }
offer-button-deactivate = ⏸ Деактивувати
offer-button-activate = ▶ Активувати
offer-field-title = Назва
offer-field-description = Опис
# REVIEW: "Час проведення" for Zeiten (opening or course times).
offer-field-times = Час проведення
offer-field-address = Адреса
offer-field-phone = Телефон
offer-field-email = E-mail
offer-field-web = Вебсайт
offer-field-schedule = Розклад (cron)
offer-not-yours = Ця пропозиція не належить до Ваших громад; Ви не можете її змінити.
offer-edit-prompt = Будь ласка, надішліть нове значення для поля <b>{ $field }</b> (німецькою; переклади додаються через файл імпорту).
    Зараз: { $current }
    Щоб очистити поле, надішліть { $clear }.
offer-activated = Пропозиція знову видима.
offer-deactivated = Пропозицію деактивовано: клієнтки та клієнти її більше не бачать.
offer-new-category = Нова пропозиція в громаді { $gemeinde }: до якої теми вона належить?
offer-new-title = Тема: { $category }. Як називається пропозиція? Будь ласка, надішліть назву німецькою.
offer-text-only = Будь ласка, надішліть значення текстом.
offer-saved = Збережено.
offer-problem-id = Ідентифікатор може містити лише малі латинські літери, цифри, «-», «_» і «.».
offer-problem-category = Такої теми немає.
offer-problem-missing = Це поле не може бути порожнім.
offer-problem-too-long = Текст задовгий: не більше { $max } символів.
offer-problem-schedule = Це недійсний розклад. Приклад: «0 18 * * 2» означає щовівторка о 18:00 (хвилина, година, день, місяць, день тижня). Щоб видалити розклад, надішліть { $clear }.
# REVIEW: draft by the developers
schedule-problem-parts = Розклад має п’ять частин, розділених пробілами (хвилина година день місяць день тижня); тут їх { $count }.
schedule-problem-range = Значення «{ $part }» { $value } не існує: дозволено від { $min } до { $max }.
schedule-problem-part = Не розумію «{ $text }» як «{ $part }». Дозволено: число, діапазон на зразок 1-5, список на зразок 1,3, крок на зразок */15 або *.
schedule-problem-other = П’ять частин так не поєднуються.
schedule-part-minute = хвилина
schedule-part-hour = година
schedule-part-day = день
schedule-part-month = місяць
schedule-part-weekday = день тижня
offer-problem-place = Будь ласка, вкажіть громаду або район.
offer-problem-duplicate = Такий ідентифікатор уже існує.
offer-problem-url = Це не вебадреса. Приклад: https://www.example.com
offer-problem-email = Це не адреса електронної пошти. Приклад: info@example.com
offer-problem-phone = Це не номер телефону. Дозволено лише цифри, пробіли та + / - ( ).
offer-problem-date = Це недійсна дата.
offer-problem-language = Це не код мови (наприклад, de, ar, ti).
# REVIEW: draft by the developers (issue 14)
offer-problem-scope = Цього не можна: лише громади, які ви адмініструєте (увесь район — лише для глобальних адміністраторів).

## Announcements: what clients receive

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. "оголошення" for Mitteilung, as in consent-announcements — neutral enough, or could it be read as a classified ad?

broadcast-message = 📣 { $text }
broadcast-only-german = Це оголошення доступне лише німецькою мовою.
# REVIEW: button "Вимкнути оголошення" (switch off announcements) for "Keine Mitteilungen mehr".
broadcast-stop = 🔕 Вимкнути оголошення
broadcast-stopped = Ви більше не отримуватимете оголошень. Повідомлення від Вашого менеджера або менеджерки з інтеграції та нагадування Ви й надалі отримуватимете. Знову ввімкнути оголошення можна командою /privacy.
offer-today = 📅 Сьогодні: <b>{ $offer }</b> – { $when }
# REVIEW: "сповіщення" (notifications) for Hinweise, to keep it apart from "нагадування" (reminders).
offer-mute = 🔕 Вимкнути сповіщення про цю пропозицію
offer-muted = Ви більше не отримуватимете сповіщень про цю пропозицію.

## Announcements: progress and report (Integrationsmanager, administrators)

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. The counts follow a colon, to avoid number agreement.

broadcast-starting = 📣 Ваше оголошення готується …
# REVIEW: "очікують" for ausstehend, "недоступні" for "nicht erreicht" (as in status-unreachable).
broadcast-progress = 📣 Ваше оголошення надсилається. Доставлено: { $sent } з { $total }, очікують: { $pending }, недоступні: { $failed }.
broadcast-progress-done = 📣 Ваше оголошення надіслано. Доставлено: { $sent } з { $total }, недоступні: { $failed }.
# REVIEW: "Невідомо (час очікування минув, повторно не надсилалося)" for "Unklar (Zeitüberschreitung, nicht noch einmal gesendet)".
broadcast-report =
    <b>Звіт про Ваше оголошення</b>
    Одержувачі: { $total }
    Доставлено: { $sent }
    Недоступні (бота заблоковано або акаунт видалено): { $failed }
    Невідомо (час очікування минув, повторно не надсилалося): { $unknown }
    Не надіслано (згоду тим часом відкликано): { $dropped }
broadcast-report-unreached = Будь ласка, зв’яжіться з цими особами іншим способом:
broadcast-report-client = • { $label }
broadcast-report-more = … і ще { $count }

## Announcements: composing

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

broadcast-audience-ask = <b>📣 Нове оголошення</b>
    Кому його надіслати? У дужках – скільки осіб його отримають: лише ті, хто погодився отримувати оголошення.
broadcast-offer-attached = Оголошення про пропозицію <b>{ $offer }</b>
broadcast-audience-mine = Усі мої клієнтки та клієнти
broadcast-audience-mine-in = Мої клієнтки та клієнти в громаді { $gemeinde }
broadcast-audience-gemeinde = Усі клієнтки та клієнти в громаді { $gemeinde }
broadcast-audience-button = { $audience } ({ $count })
broadcast-audience-zero = Недоступно для вибору, бо там ще ніхто не погодився отримувати оголошення: { $audiences }
broadcast-audience-none = Ваше оголошення ніхто б не отримав: ще ніхто не погодився отримувати оголошення. Клієнтки та клієнти можуть будь-коли ввімкнути це в /privacy. Нічого не збережено.
broadcast-audience-empty = Тут ще ніхто не погодився отримувати оголошення. Будь ласка, оберіть інший варіант.
broadcast-audience-chosen = Кому: { $audience } ({ $count ->
        [one] { $count } особа
        [few] { $count } особи
        [many] { $count } осіб
       *[other] { $count } особи
    })
broadcast-languages =
    Ви можете надіслати оголошення лише тим, хто читає певними мовами. Торкніться потрібних мов або «Усі мови».
    Вибрано: { $languages }
broadcast-languages-all = усі мови
broadcast-all-languages = Усі мови
broadcast-continue = Далі ▶
broadcast-languages-chosen = Мови: { $languages }
broadcast-audience-only = (лише { $languages })
# REVIEW: "Відкинути" (discard) for Verwerfen — or "Видалити чернетку" (delete the draft)?
broadcast-abort = ✖ Відкинути
broadcast-discarded = Оголошення відкинуто. Нічого не надіслано.
broadcast-ask-german = Будь ласка, напишіть тепер текст оголошення німецькою мовою (не більше { $max } символів). Хто читає іншою мовою, отримає німецький текст із приміткою, доки немає перекладу.
# REVIEW: "мовою: $language" — the colon avoids declining the language name (shown in its own language, e.g. "العربية").
broadcast-ask-translation = Будь ласка, напишіть тепер текст мовою: { $language } (не більше { $max } символів).
broadcast-text-not-text = Будь ласка, надішліть текст звичайним повідомленням, без зображення чи файлу. Нічого не збережено; я чекаю на текст.
broadcast-text-empty = Текст порожній. Нічого не збережено; будь ласка, надішліть текст оголошення.
broadcast-text-too-long = Текст задовгий: символів – { $length }, можна не більше { $max }. Нічого не збережено; будь ласка, скоротіть його й надішліть ще раз.
broadcast-translations =
    Є тексти: { $done }.
    Ще без власного тексту: { $missing }. Хто читає цими мовами, отримає німецький текст із приміткою. Бажаєте додати текст?
broadcast-add-translation = ➕ Текст: { $language }
broadcast-show-preview = 👁 Попередній перегляд
broadcast-preview-heading = <b>Попередній перегляд · { $language } · { $count ->
        [one] { $count } особа
        [few] { $count } особи
        [many] { $count } осіб
       *[other] { $count } особи
    }</b>
broadcast-preview-ready = Так Ваше оголошення отримає { $count ->
        [one] { $count } особа
        [few] { $count } особи
        [many] { $count } осіб
       *[other] { $count } особи
    }. Надіслати зараз чи пізніше?
broadcast-send-now = 📣 Надіслати зараз
broadcast-schedule = 🕒 Надіслати пізніше
# REVIEW: dative forms "особі" / "особам" after the number.
broadcast-sent-now = Ваше оголошення зараз надсилається { $count ->
        [one] { $count } особі
        [few] { $count } особам
        [many] { $count } особам
       *[other] { $count } особам
    }. Тут Ви побачите, як просувається надсилання; наприкінці Ви отримаєте звіт.
# REVIEW: the date reader only understands German words, so the examples keep "morgen" and "Di" with a gloss, as in when-malformed.
broadcast-ask-when = Коли надіслати оголошення? Приклади: 25.11.2026 14:30 · 25.11. 14:30 · morgen 10:00 (завтра) · Di 9:30 (вівторок)
broadcast-scheduled = 🕒 Ваше оголошення заплановано. Час надсилання: { $when }. Командою /broadcasts Ви можете переглянути свої заплановані оголошення та скасувати їх.
broadcast-list-none = У Вас немає запланованих оголошень. Написати нове можна командою /broadcast.
broadcast-list-title = <b>Ваші заплановані оголошення ({ $count })</b>
broadcast-list-line =
    🕒 { $when }
    Кому: { $audience } · зараз { $count ->
        [one] { $count } особа
        [few] { $count } особи
        [many] { $count } осіб
       *[other] { $count } особи
    }
    «{ $text }»
broadcast-cancel-button = ✖ Скасувати: { $when }
broadcast-cancelled = Заплановане оголошення ({ $when }) скасовано. Нічого не буде надіслано.
broadcast-already-started = Це оголошення вже надсилається або вже надіслане; скасувати його більше не можна.
# REVIEW: "Оголосити" (announce) for Ankündigen, a button on an offer's page.
offer-button-announce = 📣 Оголосити

## Privacy for everyone, stand-ins and hand-over, reachability (issue 11)

# REVIEW: new draft (issue 11), awaiting a native speaker.
away-colleagues = Хто може Вас замінити (номер · ім’я): { $list }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-no-colleagues = У Вашій організації немає нікого, хто може Вас замінити. Ви можете позначити відсутність без заміни.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-bad-date = Я не розумію «{ $text }» як дату. Будь ласка, так: /away 20.12.2026 (2.1.2027 теж можна) – Ваш останній день відсутності.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-date-past = Цей день уже минув: { $date }. Будь ласка, вкажіть останній день відсутності: сьогодні або пізніше.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-unknown-substitute = Номер «{ $number }» не належить нікому, хто може Вас замінити. Нічого не записано.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-self-substitute = Ви не можете замінювати самі себе. Нічого не записано.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
client-away-substitute = 👥 Поки { $manager } не на роботі (до: { $until } включно; повернення: { $back }), Ваші повідомлення читає і відповідає на них { $substitute }.
# REVIEW: new draft (issue 11), awaiting a native speaker.
client-new-manager = 👥 Тепер Вас супроводжує { $manager }. Відтепер Ваші повідомлення надходять до { $manager }.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-standin-ended = Відсутність { $manager } завершилася: { $manager } знову сам(а) супроводжує <b>{ $label }</b>. Вашу відповідь не доставлено.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-client-moved = <b>{ $label }</b> тепер супроводжує { $manager }. Вашу відповідь не доставлено.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-client-unreachable = ⚠️ <b>{ $label }</b>: зв’язок через Telegram неможливий (Wegweiser заблоковано або акаунт видалено). Ваше повідомлення не надіслано. Щойно { $label } напише знову, це знову буде можливо.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-no-consent = <b>{ $label }</b> не дав(ла) згоди на контакт через Wegweiser. Ваше повідомлення не надіслано.
# REVIEW: new draft (issue 11), awaiting a native speaker.
notify-client-ended-contact = 🔚 <b>{ $label }</b> завершив(ла) контакт через Wegweiser. Повідомлення більше не передаються.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-missing = Без Вашої згоди на контакт Wegweiser не передає Ваше повідомлення { $manager }. Ви можете дати її в /privacy, «Змінити згоди».
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact = Завершити контакт
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact-yes = Так, завершити контакт
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact-confirm = Завершити контакт із { $manager } через Wegweiser? Тоді більше не надходитимуть повідомлення, нагадування й оголошення. Свої дані Ви й потім зможете переглянути або видалити в /privacy.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-ended = Контакт із { $manager } через Wegweiser завершено. У /privacy Ви можете переглянути свої дані або видалити все.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-required = Ваша згода на контакт — це сам зв’язок, її не можна вимкнути окремо. Якщо Ви більше не хочете контакту, торкніться «Завершити контакт» або «Видалити все».
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-manager = Як менеджер(ка) з інтеграції, Ваше ім’я, організація та громади зберігаються, поки Ви працюєте з Wegweiser. Їх видаляє Ваша адміністрація, коли знімає Вас з обліку.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-menu = <b>Захист даних</b> – тут Ви бачите, що про Вас збережено, і можете видалити все.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-nothing = Про Вас нічого не збережено.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-data =
    <b>Збережено про Вас</b>
    Мова: { $language }
    Відомі з: { $since }
    Запити на супровід: { $requests }
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-open = відкритий
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-accepted = прийнятий
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-declined = відхилений
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-requests-none = немає
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-language-none = ще не обрано
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-delete-confirm = Справді видалити все? Вашу мову і Ваші запити на супровід буде видалено. Це неможливо скасувати.
# REVIEW: new draft (issue 11), awaiting a native speaker.
invite-manager-is-client = Цей акаунт Telegram підключено до Wegweiser як клієнта. Як менеджер(ка) з інтеграції Ви потребуєте окремого акаунта – або спершу видаліть у /privacy усе, що збережено про Вас як клієнта.
# REVIEW: new draft (issue 11), awaiting a native speaker.
invite-client-is-manager = Цей акаунт Telegram належить менеджеру чи менеджерці з інтеграції. Особі, яку супроводжують, потрібен власний акаунт Telegram.
# REVIEW: new draft (issue 11), awaiting a native speaker.
join-asked-recently = Ви щойно надсилали запит у громаді { $gemeinde }. Менеджери з інтеграції там отримують повідомлення щонайбільше раз на день: Знову запитати можна з такого часу: { $from }.
# REVIEW: new draft (issue 11), awaiting a native speaker.
broadcast-preview-unreachable = { $count ->
        [one] Ще { $count } особа недоступна
        [few] Ще { $count } особи недоступні
        [many] Ще { $count } осіб недоступні
       *[other] Ще { $count } особи недоступні
    } через Telegram (Wegweiser заблоковано або акаунт видалено) і не отримають оголошення. Хто напише знову, отримає наступного разу.

## Inbound flood limit

# Sent once when someone sends more than 30 messages or taps within 10 seconds.
# REVIEW: draft by the developers
inbound-too-fast = Це було забагато одразу. Те, що ви надіслали надто швидко за останні секунди, я <b>не</b> передав. Будь ласка, зачекайте хвилинку й надішліть це ще раз.

## Web workplace
# REVIEW: draft translation of the web workplace's texts, awaiting a native speaker
web-link-off = Веб-робоче місце на цьому сервері не ввімкнено. Адміністрація може ввімкнути його в конфігурації ([web] listen).
web-link = 🖥 Ваше посилання для входу у веб-робоче місце:
    { $link }
    Воно дійсне { $minutes } хвилин і лише один раз. Не передавайте його нікому.
web-sign-in-title = Вхід
web-sign-in-intro = Ви входите у веб-робоче місце Wegweiser. Посилання діє лише один раз.
web-sign-in-button = Увійти зараз
web-link-used = Це посилання для входу застаріло або вже використане. Напишіть /web у боті, щоб отримати нове.
web-signed-out-title = Ви вийшли
web-signed-out-body = Ви не ввійшли. Напишіть /web у боті, щоб отримати посилання для входу.
web-forbidden = Ця сторінка вам недоступна.
web-not-found = Такої сторінки немає.
web-internal-error = Щось пішло не так. Спробуйте, будь ласка, ще раз за мить.
web-csrf-refused = Форма застаріла або неповна; нічого не змінено. Оновіть сторінку і спробуйте ще раз.
web-error-title = Примітка
web-back-to-today = До огляду «Сьогодні»
web-skip-to-content = Перейти до змісту
web-nav-label = Головна навігація
web-nav-today = Сьогодні
web-nav-plan = Запланувати зустріч
web-sign-out = Вийти
web-sign-out-everywhere = Вийти всюди
web-today-title = Сьогодні
web-today-no-caseload = У вас немає клієнтів; тут для вас нічого немає.
web-today-appointments = Зустрічі сьогодні
web-tomorrow-appointments = Зустрічі завтра
web-today-unanswered = Ще без відповіді
web-today-overdue = Прострочені строки
web-today-unreachable = Недосяжні
web-nothing = Нічого.
web-col-when = Коли
web-col-client = Клієнт
web-col-topic = Тема
web-col-place = Місце
web-col-answer = Відповідь
web-col-status = Статус
web-col-language = Мова
web-cancelled = скасовано
web-client-title = Клієнт
web-plan-appointment = Запланувати зустріч
web-client-appointments = Зустрічі
web-client-deadlines = Відкриті строки
web-plan-title = Запланувати зустріч
web-form-has-errors = Перевірте, будь ласка, позначені поля.
web-field-client = Клієнт
web-field-date = Дата
web-field-time = Час
web-field-zone = Час у часовому поясі { $zone }.
web-field-place = Місце
web-field-topic = Тема
web-topic-other = інше (введіть нижче)
web-field-topic-free = Тема своїми словами
web-field-leads = Нагадування заздалегідь (напр. 1d,2h)
web-plan-save = Зберегти зустріч
web-error-client = Виберіть, будь ласка, клієнта.
web-error-date = Вкажіть, будь ласка, дату.
web-error-time = Вкажіть, будь ласка, час (ГГ:ХХ).
web-error-no-such-time = Такого часу цього дня немає (перехід на інший час).
web-nav-caseload = Клієнти
web-caseload-title = Клієнти
web-caseload-search = Пошук за позначкою
web-caseload-sort = Сортувати за
web-caseload-filter = Показати
web-caseload-pages = Сторінки
web-all = усі
web-col-gemeinde = Громада
web-col-linked = на зв’язку з
web-col-last-contact = останній контакт
web-col-support-end = супровід до
web-prev = ← назад
web-next = далі →
# REVIEW: draft translation of the web workplace's appointment, deadline and request pages (issue 13), awaiting a native speaker
web-nav-week = Тиждень
web-nav-joins = Запити
web-today-joins = Нові запити
web-appointment-title = Зустріч
web-move-title = Перенести зустріч
web-move-save = Перенести
web-cancel-appointment = Скасувати зустріч
web-cancel-title = Скасувати зустріч
web-stale-appointment = Цю зустріч тим часом змінили або скасували (можливо, у боті); тут нічого не змінено. Будь ласка, подивіться актуальний стан.
web-stale-deadline = Цей строк уже виконано або скасовано; тут нічого не змінено.
web-back-to-client = До сторінки клієнта
web-client-support = Супровід
web-field-new-gemeinde = Нова громада
web-field-colleague = Колега
web-stale-choice = Цей вибір уже недійсний; нічого не змінено. Будь ласка, оновіть сторінку клієнта.
web-deadline-add = Додати строк
web-deadline-title = Додати строк
web-deadline-save = Зберегти строк
web-deadline-cancel = Скасувати
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move = Перенести
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-page-title = Строк
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move-title = Перенести строк
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move-save = Перенести на цей день
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-field-new-due = Новий день
web-field-due = Строк до
web-field-title = Назва
web-field-kind = Вид
web-error-deadline-title = Будь ласка, введіть назву.
web-col-due = Строк
web-col-title = Назва
web-col-kind = Вид
web-col-action = Дія
web-col-asked = Запит від
web-week-title = Тиждень
web-week-nav = Тижні
web-week-prev = ← попередній тиждень
web-week-this = цей тиждень
web-week-next = наступний тиждень →
web-joins-title = Запити
web-joins-back = До запитів
# REVIEW: draft by the developers (issue 14, administrators' web pages), awaiting a native speaker.
web-admin-nav-offers = Пропозиції
web-admin-nav-upload = Файл пропозицій
web-admin-nav-audit = Журнал
web-admin-offers-title = Місцеві пропозиції
web-admin-no-gemeinde = Ви не адмініструєте жодної громади; тут для вас нічого немає.
web-admin-filter = Показати
web-admin-filter-active = Активні
web-admin-filter-lacks = Бракує перекладу мовою
web-admin-active = активна
web-admin-inactive = неактивна
web-admin-col-missing = Бракує мовами
web-admin-offer-title = Редагувати пропозицію
web-admin-offer-id = Ідентифікатор
web-admin-activate = Активувати
web-admin-deactivate = Деактивувати
web-admin-texts = Тексти мовами
web-admin-missing = бракує
web-admin-details = Дані
web-admin-field-gemeinden = Громади (AGS, через пробіл)
web-admin-field-landkreis = Район (Landkreis, для всього району)
web-admin-field-languages = Мови спілкування (коди, напр. de ar)
web-admin-field-valid-from = Дійсна з
web-admin-field-valid-until = Дійсна до
web-admin-save = Зберегти
web-admin-back-to-list = До списку пропозицій
web-admin-upload-title = Пропозиції з файлу
web-admin-upload-intro = Завантажте файл TOML або CSV (як для «wegweiser offers import»). Спочатку його лише перевіряють; імпорт відбудеться, тільки коли ви потім натиснете «Імпортувати», і лише якщо все правильно.
web-admin-upload-file = Файл
web-admin-upload-check = Перевірити
web-admin-upload-again = Перевірити інший файл
web-admin-upload-format = Назва файлу має закінчуватися на .csv або .toml. Нічого не імпортовано.
web-admin-upload-unreadable = Файл не вдалося прочитати. Нічого не імпортовано.
web-admin-upload-nothing = Нічого не імпортовано.
web-admin-upload-rejected = Нічого не імпортовано. Знайдено проблем: { $count }. Виправте файл і перевірте його ще раз.
web-admin-col-line = Рядок
web-admin-col-field = Поле
web-admin-col-problem = Проблема
web-admin-upload-plan = Усе гаразд. Нових: { $create } · змінених: { $update } · без змін: { $same }. Ще нічого не збережено.
web-admin-upload-create = Нові
web-admin-upload-update = Змінені
web-admin-upload-import = Імпортувати
web-admin-upload-done = Імпортовано. Нових: { $create } · змінених: { $update } · без змін: { $same }.

## The offer file's own problems, on the upload page (the command line says them in English)
# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. The counts follow a colon, to avoid number agreement.

offer-file-toml-not-utf8 = Файл не є текстом у кодуванні UTF-8. Збережіть його з кодуванням UTF-8.
offer-file-csv-not-utf8 = Файл не є текстом у кодуванні UTF-8 (перший хибний символ у рядку: { $row }). Імовірно, його збережено як "CSV (Trennzeichen-getrennt)": збережіть його як "CSV UTF-8 (durch Trennzeichen getrennt)" і завантажте цей файл.
offer-file-cell-not-utf8 = Це не текст у кодуванні UTF-8. Збережіть файл як "CSV UTF-8".
offer-file-toml-syntax = Це не коректний TOML ({ $detail }).
offer-file-unknown-top-key = Невідомий запис: файл пропозицій містить лише таблиці [[offer]].
offer-file-not-offer-array = Починайте кожну пропозицію з рядка [[offer]] (дві квадратні дужки).
offer-file-unknown-field = Невідоме поле. Дозволено: { $expected }.
offer-file-unknown-column = Невідомий стовпець. Дозволено: { $expected }, а також title_&lt;мова&gt;, description_&lt;мова&gt; і times_&lt;мова&gt;.
offer-file-unnamed-column = Цей стовпець не має назви.
offer-file-duplicate-column = Цей стовпець трапляється двічі.
offer-file-missing-column = Цього стовпця немає, а він обов’язковий.
offer-file-unreadable-header = Рядок заголовків не вдається прочитати ({ $detail }).
offer-file-unreadable-row = Цей рядок не вдається прочитати ({ $detail }).
offer-file-too-many-cells = У цьому рядку більше клітинок, ніж стовпців у рядку заголовків. Клітинок: { $cells }, стовпців: { $columns }.
offer-file-missing-id = Бракує: кожна пропозиція потребує ідентифікатора (наприклад, hemmingen-sprachcafe).
offer-file-missing-category = Бракує: кожна пропозиція потребує теми.
offer-file-missing = Бракує: кожна пропозиція потребує { $field }.
offer-file-not-yes-no = "{ $value }" — ні так, ні ні (дозволено: true/false, ja/nein, wahr/falsch або 1/0; порожньо означає так).
offer-file-not-bool = Очікується true або false (без лапок).
offer-file-not-text = Очікується текст у лапках, наприклад { $field } = "…".
offer-file-not-list = Очікується список, наприклад { $field } = ["…"].
offer-file-not-texts = Очікуються тексти в лапках, наприклад { $field } = ["…"].
offer-file-ags-number = Пишіть кожен AGS у лапках, наприклад ["08118011"]: як число він втрачає початковий 0.
offer-file-not-date = Очікується дата, наприклад { $field } = "2026-01-31".
offer-file-not-text-table = Очікується текст для кожної мови, наприклад [offer.{ $field }] з de = "…".
offer-file-unknown-gemeinde = Громади з AGS { $ags } немає. Її треба спершу додати.
offer-file-leading-zero = Громади з AGS { $ags } немає. Ви мали на увазі { $padded }? (Електронна таблиця відкидає початковий 0, якщо стовпець не відформатовано як текст.)
offer-file-landkreis-like = До району "{ $landkreis }" не належить жодна громада. Ви мали на увазі "{ $like }"?
offer-file-landkreis-none-yet = До району "{ $landkreis }" не належить жодна громада: громад ще не додано.
offer-file-unknown-landkreis = До району "{ $landkreis }" не належить жодна громада. Відомі райони: { $known }.
offer-file-not-your-gemeinde = Ви не адмініструєте громаду з AGS { $ags }.
offer-file-landkreis-global = Пропозиції для всього району ведуть лише глобальні адміністратори.
offer-file-foreign-id = "{ $id }" — пропозиція громади, яку ви не адмініструєте.
offer-file-duplicate-id = Ідентифікатор "{ $id }" трапляється у файлі кілька разів (уперше в рядку: { $first }).
offer-file-no-offers-toml = У файлі немає жодної пропозиції. Кожна пропозиція починається з рядка [[offer]].
offer-file-no-offers-csv = У файлі немає жодної пропозиції. Кожен рядок під рядком заголовків — одна пропозиція.
offer-file-gemeinde-removed = Громаду з файлу видалили під час імпорту. Нічого не імпортовано; спробуйте ще раз.
offer-file-saved-meanwhile = Хтось інший зберіг пропозицію з файлу під час імпорту. Нічого не імпортовано; спробуйте ще раз.

## The offer editor: a new offer, and the preview as a client sees it
# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

web-admin-new-offer = Нова пропозиція
web-admin-new-offer-title = Нова пропозиція
web-admin-new-offer-intro = Ідентифікатор для файлу пропозицій призначається під час створення.
web-admin-create = Створити пропозицію
web-admin-preview = Попередній перегляд: так клієнти бачать пропозицію в боті
web-admin-preview-language = Мова
web-admin-preview-show = Показати попередній перегляд
web-admin-preview-edits = Попередній перегляд зі змінами
web-admin-preview-unsaved = Попередній перегляд показує форму так, як її заповнено. Нічого ще не збережено.

web-admin-export = Завантажити (усі пропозиції, які ви можете редагувати)
web-admin-audit-title = Журнал
web-admin-audit-who = Хто
web-admin-audit-what = Що
web-admin-audit-subject = Стосується
web-admin-audit-from = Від
web-admin-audit-until = До
web-admin-audit-more = Показано найновіші записи: { $count }; у файлі CSV є всі.
web-admin-actor-person = Особа
web-admin-actor-cli = Командний рядок
web-admin-actor-system = Wegweiser
web-admin-actor-deleted = видалена особа
web-admin-nav-figures = Показники
web-admin-figures-title = Річні показники
web-admin-figures-year = Рік
web-admin-figure-clients_linked = Нові особи в супроводі
web-admin-figure-clients_ended = Завершений супровід
web-admin-figure-appointments_planned = Заплановані зустрічі
web-admin-figure-appointments_attended = Зустрічі, що відбулися
web-admin-figure-appointments_missed = Пропущені зустрічі
# REVIEW: figures at a glance (figbench14, 2026-12), awaiting a native speaker.
web-admin-figure-interests_shown = Інтерес до пропозицій
web-admin-figure-announcements = Оголошення
web-admin-figure-announcements_delivered = Доставлені оголошення (охоплення)
web-admin-figures-status-invited = Запрошені (сьогодні)
web-admin-figures-status-active = У супроводі (сьогодні)
web-admin-figures-status-unreachable = Недосяжні (сьогодні)
web-admin-figures-status-ended = Супровід завершено (сьогодні)
web-admin-figures-offers = Видимі пропозиції (сьогодні)
web-admin-figures-of = Діаграми для
web-admin-figures-of-place = За місяцями: { $place }
web-admin-figures-all = Усі
web-admin-figures-organisations = Організації
web-admin-figures-months = Числа діаграм за місяцями
web-admin-figures-figure = Показник
web-admin-figures-bar = { $month }: { $figure } { $value }
web-admin-figures-chart-clients = Нові та завершені випадки за місяцями
web-admin-figures-chart-appointments = Зустрічі за місяцями
web-admin-figures-chart-interests = Інтерес до пропозицій за місяцями
web-admin-figures-chart-announcements = Оголошення та охоплення за місяцями
web-admin-figures-csv-gemeinden = CSV: громади
web-admin-figures-csv-organisations = CSV: організації
web-admin-figures-csv-months = CSV: за місяцями
web-admin-figures-csv-today = CSV: стан на сьогодні
web-admin-figures-kennzahlen = Який показник (Kennzahl) підтримує кожне число
web-admin-figures-kennzahlen-note = Відповідність показникам VwV Integrationsmanagement — наше тлумачення; будь ласка, узгодьте її з установою, що фінансує.
web-admin-figures-kennzahl = Показник (VwV Integrationsmanagement)
web-admin-kennzahl-cases-new = Кількість випадків: нові
web-admin-kennzahl-cases-closed = Кількість випадків: завершені
web-admin-kennzahl-cases-open = Кількість випадків: поточні на звітну дату
web-admin-kennzahl-contacts = Консультаційні та супровідні контакти
web-admin-kennzahl-referrals = Скерування до місцевих пропозицій
web-admin-kennzahl-none = немає (для місцевого планування)

## Web invite (web3)

# REVIEW: draft translation
web-invite-no-bot = Бот ще не зʼєднався з Telegram; посилання-запрошення можна створити лише після цього. Спробуйте ще раз за хвилину.

## Administrators' pages: managers (admin14b)

# REVIEW: draft translation
web-admin-nav-managers = Менеджери з інтеграції
# REVIEW: draft translation
web-admin-managers-title = Менеджери з інтеграції
# REVIEW: draft translation
web-admin-manager-title = Менеджер з інтеграції
web-col-name = Ім'я
# REVIEW: draft translation
web-col-organisation = Організація
# REVIEW: draft translation
web-col-gemeinden = Громади
# REVIEW: draft translation
web-col-clients = Супроводжувані особи
# REVIEW: draft translation
web-admin-invite-title = Запросити менеджера з інтеграції
web-admin-invite = Запросити
# REVIEW: draft translation
web-admin-invited = { $name } запрошено. Надішліть це посилання; воно діє лише один раз:
# REVIEW: draft translation
web-admin-invite-qr = QR-код запрошення для { $name }
# REVIEW: draft translation
web-admin-invite-once = Посилання показується лише зараз: зберігається тільки його відбиток.
# REVIEW: draft translation
web-admin-to-manager = До сторінки цієї особи
# REVIEW: draft translation
web-admin-error-name = Вкажіть ім'я в одному рядку, не більше 64 символів.
# REVIEW: draft translation
web-admin-error-gemeinden = Виберіть принаймні одну громаду.
# REVIEW: draft translation
web-admin-error-organisation = Виберіть організацію.
# REVIEW: draft translation
web-admin-assign-label = Ще одна громада
web-admin-assign = Додати
# REVIEW: draft translation
web-admin-assigned = Громаду додано.
# REVIEW: draft translation
web-admin-successor = Наступник (перебирає всіх супроводжуваних)
# REVIEW: draft translation
web-admin-deactivate-next = Далі до підтвердження
# REVIEW: draft translation
web-admin-no-successor = Немає нікого, хто міг би перебрати супроводжуваних: спочатку наступника треба запросити, і він має увійти.
# REVIEW: draft translation
web-admin-back-to-managers = До списку менеджерів з інтеграції
# REVIEW: draft translation
web-admin-confirm-title = Підтвердити деактивацію
# REVIEW: draft translation
web-admin-confirm-text =
    { $name } буде деактивовано. { $count ->
        [0] Передавати нікого; { $successor } все одно стає наступником.
        [one] Ця { $count } особа переходить до { $successor } і отримає повідомлення:
        [few] Ці { $count } особи переходять до { $successor } і отримають повідомлення:
        [many] Ці { $count } осіб переходять до { $successor } і отримають повідомлення:
       *[other] Ці { $count } особи переходять до { $successor } і отримають повідомлення:
    }
# REVIEW: draft translation
web-admin-confirm = Деактивувати й передати
web-admin-cancel = Скасувати
# REVIEW: draft translation
web-admin-deactivated =
    Деактивовано. { $count ->
        [one] Передано { $count } особу.
        [few] Передано { $count } особи.
        [many] Передано { $count } осіб.
       *[other] Передано { $count } особи.
    }

## Administrators' pages: organisations, Gemeinden, scoped administrators (struct14)

# REVIEW: draft translation
web-admin-nav-organisations = Організації
# REVIEW: draft translation
web-admin-nav-gemeinden = Громади
# REVIEW: draft translation
web-admin-nav-administrators = Адміністратори
# REVIEW: draft translation
web-admin-organisations-title = Організації
# REVIEW: draft translation
web-admin-gemeinden-title = Громади
# REVIEW: draft translation
web-admin-administrators-title = Адміністратори з повноваженнями
# REVIEW: draft translation
web-col-managers = Менеджери з інтеграції
# REVIEW: draft translation
web-col-ags = AGS
# REVIEW: draft translation
web-col-landkreis = Landkreis
# REVIEW: draft translation
web-col-person = Особа
# REVIEW: draft translation
web-col-scope = Відповідає за
# REVIEW: draft translation
web-col-since = З
# REVIEW: draft translation
web-field-ags = Офіційний ключ громади (AGS, 8 цифр)
# REVIEW: draft translation
web-field-telegram-id = Telegram-ID особи (число)
# REVIEW: draft translation
web-admin-add = Додати
# REVIEW: draft translation
web-admin-org-kind-gemeinde = Громада
# REVIEW: draft translation
web-admin-org-kind-landkreis = Landkreis
# REVIEW: draft translation
web-admin-org-kind-traeger = Благодійна організація
# REVIEW: draft translation
web-admin-org-kind-verbund = Об'єднання громад
# REVIEW: draft translation
web-admin-org-add-title = Додати організацію
# REVIEW: draft translation
web-admin-org-added = Організацію додано.
# REVIEW: draft translation
web-admin-error-kind = Будь ласка, виберіть один із чотирьох видів.
# REVIEW: draft translation
web-admin-error-place-name = Будь ласка, вкажіть назву в одному рядку, не довше 100 символів.
# REVIEW: draft translation
web-admin-gemeinde-add-title = Додати громаду
# REVIEW: draft translation
web-admin-gemeinde-added = Громаду додано.
# REVIEW: draft translation
web-admin-error-ags = Офіційний ключ громади має рівно 8 цифр, наприклад 08118011.
# REVIEW: draft translation
web-admin-error-ags-taken = Така громада вже існує: { $name }.
# REVIEW: draft translation
web-admin-gemeinden-read-only = Нові громади додає глобальний адміністратор.
# REVIEW: draft translation
web-admin-administrators-global = Глобальні адміністратори вказані в конфігурації (admins), а не тут. Особи показані з їхнім ідентифікатором журналу, як у журналі дій.
# REVIEW: draft translation
web-admin-scope-organisation = Організація { $name }
# REVIEW: draft translation
web-admin-scope-gemeinde = Громада { $name } ({ $ags })
# REVIEW: draft translation
web-admin-scope-add-title = Надати повноваження
# REVIEW: draft translation
web-admin-scope-added = Повноваження надано.
# REVIEW: draft translation
web-admin-scope-already = Ця особа вже має ці повноваження; нічого не змінено.
# REVIEW: draft translation
web-admin-scope-removed = Повноваження вилучено.
# REVIEW: draft translation
web-admin-error-telegram-id = Будь ласка, вкажіть Telegram-ID як додатне число.
# REVIEW: draft translation
web-admin-error-scope = Будь ласка, виберіть організацію або громаду.
# REVIEW: draft translation
web-admin-scope-remove = Вилучити
# REVIEW: draft translation
web-admin-scope-remove-title = Вилучити повноваження
# REVIEW: draft translation
web-admin-scope-remove-text = { $person } після цього більше не відповідатиме за { $scope }. Інші повноваження залишаються.
# REVIEW: draft translation
web-admin-scope-remove-confirm = Підтвердити вилучення
## Web announcements (issue 14)

# REVIEW: draft translation
web-nav-announce = Оголошення
# REVIEW: draft translation
web-announce-title = Оголошення
# REVIEW: draft translation
web-announce-new = Нове оголошення
# REVIEW: draft translation
web-field-audience = Кому надіслати оголошення?
# REVIEW: draft translation
web-error-audience = Будь ласка, виберіть, кому надіслати оголошення.
# REVIEW: draft translation
web-field-only = Лише людям із цими мовами (нічого не позначено: усі мови)
# REVIEW: draft translation
web-field-text-german = Текст німецькою (обов’язково, не більше { $max } символів; хто читає мову без власного тексту, отримає його)
# REVIEW: draft translation
web-field-text-translation = Текст мовою: { $language } (необов’язково)
# REVIEW: draft translation
web-announce-when-hint = Залиште дату й час порожніми, щоб надіслати одразу.
# REVIEW: draft translation
web-announce-preview = Попередній перегляд
# REVIEW: draft translation
web-announce-preview-title = Попередній перегляд оголошення
# REVIEW: draft translation
web-announce-preview-total = Усього отримувачів: { $count }
# REVIEW: draft translation
web-announce-preview-when = Заплановано на { $when }.
# REVIEW: draft translation
web-announce-schedule = Запланувати на цей час
# REVIEW: draft translation
web-announce-send-now = Надіслати зараз
# REVIEW: draft translation
web-announce-change = Змінити
# REVIEW: draft translation
web-announce-stale = Це оголошення не заплановане (вже ні).
# REVIEW: draft translation
web-announce-report-title = Звіт про оголошення
# REVIEW: draft translation
web-announce-status-scheduled = Це оголошення заплановане й ще не надіслане.
# REVIEW: draft translation
web-announce-status-cancelled = Це оголошення скасоване й не надіслане.
# REVIEW: draft translation
web-announce-progress-label = Хід надсилання
# REVIEW: draft translation
web-announce-status-done = Готово: оголошення надіслано.
# REVIEW: draft translation
web-announce-status-sending = Надсилається: { $settled } з { $total } опрацьовано. Сторінка оновлюється сама.
# REVIEW: draft translation
web-announce-total = Отримувачі
# REVIEW: draft translation
web-announce-delivered = Доставлено
# REVIEW: draft translation
web-announce-pending = Очікує
# REVIEW: draft translation
web-announce-failed = Не досягнуто (бота заблоковано або акаунт видалено)
# REVIEW: draft translation
web-announce-unknown = Невідомо (тайм-аут, не надсилалося повторно)
# REVIEW: draft translation
web-announce-dropped = Не надіслано (згоду тим часом відкликано)
# REVIEW: draft translation
web-announce-unreached = Не досягнуто – будь ласка, зв’яжіться з ними іншим способом:
# REVIEW: draft translation
web-announce-back = Назад до оголошень
# REVIEW: draft translation
web-announce-scheduled = Заплановані оголошення
# REVIEW: draft translation
web-announce-scheduled-none = У вас немає запланованих оголошень.
# REVIEW: draft translation
web-announce-cancel = Скасувати
# REVIEW: draft translation
web-announce-sent = Надіслані оголошення
# REVIEW: draft translation
web-announce-sent-none = Ви ще не надсилали оголошень.
