# Wegweiser — Arabic (ar).
# DRAFT translation by the developers, awaiting review by a native speaker.
# { "\u200E" } before a /command is a left-to-right mark: it keeps "/help" from showing
# as "help/" inside right-to-left text.
# Uncertain phrases are marked with a "# REVIEW:" comment directly above the message.
# Reference: locales/de/wegweiser.ftl (same messages, same variables, same HTML).
# Modern Standard Arabic, simple; polite plural address (أنتم / ـكم), gender-neutral.

## Languages

# The language's own name, shown in the language picker.
language-name = العربية
language-picker = يُرجى اختيار لغتكم.
language-chosen = من الآن سأكتب لكم باللغة العربية.

## First contact and help

# REVIEW: "مدير أو مديرة الاندماج" for Integrationsmanagerin/Integrationsmanager — is this the term people know, or is a paraphrase (e.g. "المسؤول عن الاندماج") clearer? "في بلديتكم" for "in Ihrer Gemeinde".
welcome =
    مرحبًا بكم في Wegweiser، { $name }!
    هنا يمكنكم البقاء على تواصل مع مدير أو مديرة الاندماج لديكم. ويمكنكم أيضًا تلقّي تذكيرات بمواعيدكم، والعثور على خدمات وأنشطة في بلديتكم.
help =
    <b>كيف يعمل Wegweiser</b>
    /start – البدء من جديد
    /language – تغيير اللغة
    /help – هذه المساعدة
    إذا لم تعرفوا ماذا تفعلون بعد ذلك، فاكتبوا { "\u200E" }/help.

## Answers to input the bot does not understand

not-understood = عذرًا، لم أفهم ذلك. اكتبوا { "\u200E" }/help لتعرفوا ما يمكنكم فعله هنا.
unknown-command = لا أعرف الأمر { $command }. اكتبوا { "\u200E" }/help لتروا كل الأوامر.
unsupported-content = لا أستطيع حتى الآن قراءة هذا النوع من الرسائل. يُرجى أن تكتبوا لي نصًا قصيرًا أو أن تستخدموا { "\u200E" }/help.
stale-button = لم يعد هذا الزر يعمل. يُرجى استخدام آخر رسالة.
something-went-wrong = حدث خطأ ما. يُرجى المحاولة مرة أخرى بعد بضع دقائق.

## The command menu (Telegram shows it next to the input field)

command-start = البدء من جديد
command-language = تغيير اللغة
command-help = عرض المساعدة
