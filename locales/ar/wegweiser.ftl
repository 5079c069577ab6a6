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
# REVIEW: draft by the developers
# How each language is called in this one, shown to managers beside its own name.
language-called-de = الألمانية
language-called-ar = العربية
language-called-fa = الفارسية
language-called-ti = التغرينية
language-called-en = الإنجليزية
language-called-uk = الأوكرانية

## First contact and help

# REVIEW: "مدير أو مديرة الاندماج" for Integrationsmanagerin/Integrationsmanager — is this the term people know, or is a paraphrase (e.g. "المسؤول عن الاندماج") clearer? "في بلديتكم" for "in Ihrer Gemeinde".
welcome =
    مرحبًا بكم في Wegweiser، { $name }!
    هنا يمكنكم البقاء على تواصل مع مدير أو مديرة الاندماج لديكم. ويمكنكم أيضًا تلقّي تذكيرات بمواعيدكم، والعثور على خدمات وأنشطة في بلديتكم.
help =
    <b>كيف يعمل Wegweiser</b>
    /start – البدء من جديد
    /menu – قائمتكم
    /offers – العروض المحلية
    /language – تغيير اللغة
    /privacy – الاطلاع على بياناتكم وحذفها
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
command-menu = عرض القائمة
command-language = تغيير اللغة
command-help = عرض المساعدة
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
command-privacy = حماية البيانات

## Roles

not-allowed = لا يمكنكم فعل ذلك هنا. اكتبوا { "\u200E" }/help لتعرفوا ما يمكنكم فعله.

## Invitation links

invite-unknown = رابط الدعوة هذا غير صالح. يُرجى أن تطلبوا رابطًا جديدًا من مدير أو مديرة الاندماج لديكم.
invite-used = رابط الدعوة هذا استُخدم من قبل. كل رابط يعمل مرة واحدة فقط. يُرجى أن تطلبوا رابطًا جديدًا.
invite-expired = انتهت صلاحية رابط الدعوة هذا. يُرجى أن تطلبوا رابطًا جديدًا.
invite-revoked = رابط الدعوة هذا لم يعد صالحًا. يُرجى أن تطلبوا رابطًا جديدًا.
invite-already-linked = أنتم متصلون بـ Wegweiser من قبل. اكتبوا { "\u200E" }/menu لتروا قائمتكم.

## Integrationsmanager: joining

# REVIEW: "الأشخاص الذين ترافقونهم" (the people you accompany) for Klientinnen und Klienten — is a shorter usual term (e.g. "المستفيدون") better?
manager-joined = مرحبًا بكم في Wegweiser! الأشخاص الذين ترافقونهم يرون اسمكم هكذا: «{ $name }». هل هذا صحيح؟
manager-name-keep = نعم، هذا صحيح
manager-name-change = إدخال اسم آخر
manager-name-ask = يُرجى أن تكتبوا لي الاسم الذي سيراه الأشخاص الذين ترافقونهم (64 حرفًا على الأكثر).
manager-name-bad = يجب أن يكون طول الاسم من 1 إلى 64 حرفًا. يُرجى المحاولة مرة أخرى.
# REVIEW: placeholders "الاختصار" (KÜRZEL), "اللغة", "الرقم", "النص" (TEXT); "غياب" for Abwesenheit, "بديل" for Vertretung; "الرسالة المُحوَّلة" for the forwarded message. New lines: "التاريخ الوقت | المكان | الموضوع" and "العنوان | النوع" for DATUM UHRZEIT | ORT | THEMA and TITEL | ART; "مهلة" (plural "مُهَل") for Frist; "تغيير وقتها" for verschieben. The /offers line: "العروض المحلية" for "Angebote vor Ort". The /broadcast lines: "رسالة جماعية" (group message) for Mitteilung.
manager-menu =
    <b>قائمتكم</b>
    /clients – الأشخاص الذين ترافقونهم
    /new_client الاختصار AGS اللغة – دعوة شخص
    /away DD.MM.YYYY – تسجيل غياب (مع بديل: { "\u200E" }/away DD.MM.YYYY الرقم)
    /back – إنهاء الغياب
    /reply الاختصار النص – الرد على شخص
    /appointment – تحديد موعد (خطوة بخطوة)
    /appointment الاختصار التاريخ الوقت | المكان | الموضوع – موعد في سطر واحد
    /appointments – المواعيد القادمة، وتغيير وقتها أو إلغاؤها
    /deadline الاختصار التاريخ | العنوان | النوع – تسجيل مهلة
    /deadlines – المُهَل المفتوحة
    /offers – مشاهدة العروض المحلية وإرسالها إلى الأشخاص الذين ترافقونهم
    /broadcast – كتابة رسالة جماعية إلى الأشخاص الذين ترافقونهم
    /broadcasts – مشاهدة الرسائل الجماعية المجدولة وإلغاؤها
    /language – تغيير اللغة
    للرد على شخص ما، ردّوا على رسالته المُحوَّلة.

## Integrationsmanager: inviting a client

# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
new-client-usage = لدعوة شخص: { "\u200E" }/new_client الاختصار AGS اللغة، مثلًا { "\u200E" }/new_client AB-12 08118011 fa (AGS = رمز البلدية المكوّن من 8 أرقام). يرى الاختصارَ أنتم والشخص البديل والشخص نفسه (تحت «حماية البيانات»): الأحرف الأولى من الاسم أو رقم الملف، 32 حرفًا على الأكثر، بدون أسماء كاملة. اللغات: { $languages }.
# REVIEW: "البلدية" for Gemeinde.
new-client-bad-gemeinde = البلدية { $ags } ليست من البلديات التابعة لكم ({ $gemeinden }).
# REVIEW: the zero form ("0 يوم") never occurs in practice; please check all six forms after "لمدة".
new-client-created =
    دعوة لـ <b>{ $label }</b> ({ $gemeinde }). الرابط صالح لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } ولمرة واحدة فقط:
    { $link }
new-client-qr-caption = رمز QR لـ { $label } – لعرضه أو طباعته.

## Clients: joining with consent

# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
privacy-notice =
    <b>حماية البيانات</b>
    يحفظ Wegweiser: معرّف حسابكم على Telegram، واختصارًا اختير لكم (ليس اسمكم)، وبلديتكم، ولغتكم، وموافقاتكم، وبداية المرافقة ونهايتها المخططة، ووقت آخر تواصل، ومواعيدكم ومُهَلكم (ومنها هل حضرتم)، والعروض التي تهمّكم، ودعوتكم، وأرقام رسائلكم (لتوجيه الردود)، ومن غيّر ماذا ومتى (بدون المحتوى).
    أما رسائلكم نفسها فتُحوَّل فقط، ولا تُحفظ لدى Wegweiser.
    يرى بياناتكم { $manager }، والشخص البديل أثناء الغياب، ومسؤولو إدارة الجهة.
    تنتهي المرافقة في اليوم المخطط، بعد 4 سنوات على الأكثر. وبعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من ذلك تُحذف بياناتكم، ولا تبقى للإحصاء السنوي إلا أعداد بدون أسماء.
    يمكنكم عبر { "\u200E" }/privacy الاطلاع على بياناتكم وحذفها في أي وقت.
    يُرجى اختيار ما توافقون عليه:
consent-contact = التواصل مع مدير أو مديرة الاندماج لديكم
consent-reminders = تذكيرات بالمواعيد والمُهَل
consent-announcements = رسائل جماعية (مثلًا عن دورات لغة جديدة)
# REVIEW: buttons "الموافقة والربط" / "عدم الربط" — clear enough for people with little formal education?
consent-agree = الموافقة والربط
consent-decline = عدم الربط
consent-needed-note = التواصل ضروري للربط. أما التذكيرات والرسائل الجماعية فيمكنكم تفعيلها أو إيقافها.
onboarding-declined = حسنًا. لم يُحفظ أي شيء. يمكنكم فتح الرابط مرة أخرى لاحقًا.
client-linked = أنتم الآن على تواصل مع { $manager }. يكفي أن تكتبوا هنا – وستُحوَّل رسالتكم.

## Clients: menu

client-menu = ماذا تريدون أن تفعلوا؟
menu-write = ✉️ الكتابة إلى { $manager }
menu-appointments = 📅 مواعيدي
menu-deadlines = ⏳ مُهَلي
menu-language = 🌐 اللغة
menu-privacy = 🔒 حماية البيانات
write-hint = اكتبوا رسالتكم هنا في المحادثة. ستصل إلى { $manager }.

## Relaying messages

relay-to-manager = 📨 <b>{ $label }</b> · { $gemeinde } · { $language }
relay-to-client = ✉️ <b>{ $manager }</b>:
relay-reply-hint = للرد على شخص ما، ردّوا على الرسالة المُحوَّلة من هذا الشخص.
reply-usage = للرد على شخص مباشرةً: { "\u200E" }/reply الاختصار رسالتكم
reply-unknown-label = لا يوجد الاختصار { $label } بين الأشخاص المرتبطين الذين ترافقونهم.
relay-client-gone = هذا الشخص لم يعد مرتبطًا بـ Wegweiser. لم يتم توصيل ردكم.

## Notices to Integrationsmanager

notify-client-linked = ✅ الشخص <b>{ $label }</b> ({ $gemeinde }) مرتبط بكم الآن.
notify-client-unreachable = ⚠️ لم يعد بالإمكان الوصول إلى الشخص <b>{ $label }</b> عبر Telegram (تم حظر Wegweiser أو حذف الحساب). يُرجى التواصل بطريقة أخرى.
notify-client-deleted = 🗑 حذف الشخص <b>{ $label }</b> كل بياناته لدى Wegweiser. انتهى الربط.
# REVIEW: "نُقل إليكم" for "wurde Ihnen übergeben" (cases handed over); the zero form never occurs in practice.
notify-clients-handed-over =
    { $count ->
        [zero] لم يُنقل إليكم أي شخص.
        [one] نُقل إليكم شخص واحد.
        [two] نُقل إليكم شخصان.
        [few] نُقل إليكم { $count } أشخاص.
        [many] نُقل إليكم { $count } شخصًا.
       *[other] نُقل إليكم { $count } شخص.
    } تجدونهم في { "\u200E" }/clients.

## Absence and office hours

# REVIEW: "الإدارة" for Verwaltung (the bot's administrators).
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-usage = لتسجيل غياب: { "\u200E" }/away DD.MM.YYYY – التاريخ هو آخر يوم تغيبون فيه. مع بديل: { "\u200E" }/away DD.MM.YYYY الرقم.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-set = الغياب مسجَّل حتى { $until } ضمنًا، والعودة يوم { $back }. البديل: { $substitute }. سيتم إبلاغ الأشخاص الذين ترافقونهم.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-set-alone = الغياب مسجَّل حتى { $until } ضمنًا، والعودة يوم { $back }، بدون بديل.
back-done = أهلًا بعودتكم! انتهى غيابكم.
# REVIEW: "خارج العمل" (out of office) chosen to avoid a gendered adjective.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-notice = { $manager } خارج المكتب حتى { $until } ضمنًا (العودة يوم { $back }). ستصل رسالتكم إلى الشخص البديل: { $substitute }.
# REVIEW: "خارج العمل"; passive "ستُقرأ" to avoid gender.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-notice-alone = { $manager } خارج المكتب حتى { $until } ضمنًا، وستُقرأ رسالتكم ابتداءً من { $back }.
# REVIEW: passive "ستُقرأ" so that no verb has the manager's gender; "عند بدء أوقات العمل التالية" for "ab … wieder erreichbar".
office-hours-notice = شكرًا على رسالتكم. ستصل إلى { $manager }، وستُقرأ عند بدء أوقات العمل التالية: { $next }.

## Caseload

clients-header =
    <b>الأشخاص الذين ترافقونهم</b> ({ $count }) – الصفحة { $page } من { $pages }
clients-empty = لم تدعوا أحدًا بعد. لدعوة شخص استخدموا { "\u200E" }/new_client.
client-line = { $label } · { $gemeinde } · { $status } · { $last }
# REVIEW: status words "تمت الدعوة" / "مرتبط" / "لا يمكن الوصول إليه" / "انتهى" (short, mostly masculine).
status-invited = تمت الدعوة
status-active = مرتبط
status-unreachable = لا يمكن الوصول إليه
status-ended = انتهى
# REVIEW: "لا يوجد بعد" (none yet) for "noch nie"; also shown as "Begleitung bis" when no date is set.
never = لا يوجد بعد
# Arrows point the way a right-to-left reader reads: ▶ back (the pager puts it on the right), ◀ forward (on the left).
page-previous = ▶ السابق
page-next = التالي ◀
client-page =
    <b>{ $label }</b>
    البلدية: { $gemeinde }
    اللغة: { $language }
    الحالة: { $status }
    آخر تواصل: { $last }
    المرافقة حتى: { $until }
client-action-invite = 🔗 رابط دعوة جديد

## Clients: privacy

privacy-menu = <b>حماية البيانات</b> – هنا ترون ما هو محفوظ عنكم، وتغيّرون موافقاتكم، أو تحذفون كل شيء.
privacy-show = عرض بياناتي
privacy-consents = تغيير الموافقات
privacy-delete = حذف كل شيء
privacy-data =
    <b>هذا ما هو محفوظ عنكم</b>
    الاختصار: { $label }
    البلدية: { $gemeinde }
    اللغة: { $language }
    مدير أو مديرة الاندماج: { $manager }
    تاريخ الربط: { $since }
    المرافقة مخطط لها حتى: { $until }
    الموافقات: { $consents }
privacy-file-caption = بياناتكم كملف (JSON).
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
privacy-consents-title = اضغطوا على التذكيرات أو الرسائل الجماعية لتشغيلها أو إيقافها. يبقى التواصل مفعّلًا لأنه هو الربط نفسه: إذا لم تعودوا تريدونه، فاختاروا «إنهاء التواصل» في قائمة حماية البيانات.
privacy-delete-confirm = هل تريدون حقًا حذف كل شيء؟ سينتهي عندها الربط مع { $manager }. لا يمكن التراجع عن ذلك.
privacy-delete-yes = نعم، حذف كل شيء
privacy-delete-no = لا، رجوع
privacy-deleted = تم حذف بياناتكم. شكرًا لاستخدامكم Wegweiser. يمكنكم البدء من جديد في أي وقت بكتابة { "\u200E" }/start.
consent-none = لا شيء

## Administrators (bot commands)

# REVIEW: "الجهة" for Träger, "المقاطعة" for Landkreis, placeholders "النوع" / "الاسم" / "رقم-الجهة" / "الرقم" / "رقم-الخلف" (NACHFOLGE-NR); "الحالات" (cases) for Klientinnen und Klienten; the type values (gemeinde, landkreis, traeger, verbund) are typed as they are and stay German. The /offers line: "الكثير منها دفعة واحدة" for "viele auf einmal" (the command line import). The /broadcast lines: "رسالة جماعية" (group message) for Mitteilung; "الجميع في إحدى بلدياتكم" (everyone in one of your municipalities).
admin-help =
    <b>الإدارة</b>
    /add_org النوع الاسم – إضافة جهة (النوع: gemeinde, landkreis, traeger, verbund)
    /add_gemeinde AGS الاسم | المقاطعة – إضافة بلدية
    /invite_manager رقم-الجهة AGS[,AGS] الاسم – دعوة مدير أو مديرة اندماج
    /managers – كل مديري ومديرات الاندماج مع عدد الأشخاص الذين يرافقونهم
    /assign الرقم AGS – إسناد بلدية إلى مدير أو مديرة اندماج
    /deactivate الرقم رقم-الخلف – إلغاء التسجيل ونقل كل الحالات
    /offers – مشاهدة عروض بلدياتكم وتغييرها وإضافتها (الكثير منها دفعة واحدة: wegweiser offers import)
    /broadcast – كتابة رسالة جماعية إلى الجميع في إحدى بلدياتكم
    /broadcasts – مشاهدة الرسائل الجماعية المجدولة وإلغاؤها
admin-org-added = تمت إضافة الجهة رقم { $id }: { $name }.
admin-gemeinde-added = تمت إضافة البلدية: { $name } ({ $ags })، { $landkreis }.
admin-manager-invited =
    دعوة لـ { $name } (رقم { $id }). الرابط صالح لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } ولمرة واحدة فقط:
    { $link }
admin-bad-input = لم أفهم ذلك: { $problem }. اكتبوا { "\u200E" }/admin لتروا الأوامر.
admin-duplicate = هذا موجود من قبل.
# REVIEW: draft translation
admin-landkreis-of-kreis = بلديات هذه الدائرة تتبع المقاطعة { $landkreis }. يُرجى استخدام هذا الاسم.
# REVIEW: draft translation
admin-landkreis-other-kreis = بلديات هذه المقاطعة لها رمز الدائرة { $kreis }؛ هذا الرمز AGS يتبع دائرة أخرى.
admin-unknown-reference = لم يتم العثور على الجهة أو البلدية.
admin-out-of-scope = أنتم لا تديرون هذه البلدية.
admin-assigned = أُسندت البلدية { $gemeinde } الآن إلى رقم { $id }.
# REVIEW: "إلغاء التسجيل" for abmelden, "نُقل" for übergeben; the zero form never occurs in practice.
admin-deactivated =
    تم إلغاء تسجيل رقم { $id }. { $count ->
        [zero] لم يُنقل أي شخص
        [one] نُقل شخص واحد
        [two] نُقل شخصان
        [few] نُقل { $count } أشخاص
        [many] نُقل { $count } شخصًا
       *[other] نُقل { $count } شخص
    } إلى رقم { $successor }.
admin-manager-line = رقم { $id } · { $name } · { $status } · { $count }

## Asking to be taken on (without an invite)

# REVIEW: "طلب المرافقة" (ask for support/accompaniment) as a button for newcomers — clear enough?
join-ask = 🤝 طلب المرافقة
join-choose-gemeinde = في أي بلدية تسكنون؟
# REVIEW: "مقر البلدية" (the municipality's office) for Rathaus; "لا يعمل Wegweiser بعد" (Wegweiser does not work yet) for "ist noch nicht eingerichtet".
join-no-gemeinde = لا يعمل Wegweiser بعد في أي بلدية. يُرجى التوجّه إلى مقر البلدية لديكم.
# REVIEW: "وصل طلبكم إلى مديري ومديرات الاندماج في …" (your request has reached the integration managers in …).
join-requested = شكرًا! وصل طلبكم إلى مديري ومديرات الاندماج في { $gemeinde }. ستتلقّون الرد هنا.
# REVIEW: "You have already sent a request, and it is still open. You will get the answer here."
join-already-open = لقد أرسلتم طلبًا من قبل، وهو لا يزال مفتوحًا. ستتلقّون الرد هنا.
notify-join-request = 🙋 طلب جديد من { $gemeinde } (اللغة: { $language }). هل تريدون مرافقة هذا الشخص؟
join-accept = نعم، سأرافق هذا الشخص
join-decline = لا
# REVIEW: "سيظهر هذا الشخص لديكم مؤقتًا بالاختصار «…»" (for now this person appears to you with the short code …); "إشعار حماية البيانات" for Datenschutzhinweis.
join-accepted-manager = تم القبول. سيظهر هذا الشخص لديكم مؤقتًا بالاختصار «{ $label }»، وسيتلقّى الآن إشعار حماية البيانات.
join-declined-manager = تم الرفض. سيتم إبلاغ الشخص بذلك.
# REVIEW: "تم البتّ في هذا الطلب من قبل" (this request has already been decided).
join-already-decided = تم البتّ في هذا الطلب من قبل.
# REVIEW: passive "ستتم مرافقتكم من قِبل" (no gendered verb for the manager); "إشعار حماية البيانات" for Datenschutzhinweis.
join-accepted = خبر سار: ستتم مرافقتكم من قِبل { $manager }. يُرجى قراءة إشعار حماية البيانات ثم اختيار ما توافقون عليه.
join-continue = متابعة
# REVIEW: "مقر البلدية" (the municipality's office) for Rathaus.
join-declined = للأسف لم يُقبَل طلبكم في { $gemeinde }. يُرجى التوجّه إلى مقر البلدية لديكم.

## Caseload: actions on a client

client-action-gemeinde = 🏠 تغيير البلدية
# REVIEW: "النقل إلى زميل أو زميلة" (hand over to a colleague), "نقل" as in the other hand-over messages.
client-action-handover = 👥 النقل إلى زميل أو زميلة
client-action-extend = ⏳ تمديد المرافقة سنة واحدة
client-action-end = ✖ إنهاء المرافقة
client-choose-gemeinde = البلدية الجديدة لـ { $label }:
client-choose-manager = إلى من تريدون نقل { $label }؟
client-no-colleague = لا يوجد في هذه البلدية زميل أو زميلة يمكنكم النقل إليه أو إليها.
# REVIEW: "تغيّرت بلدية … إلى …" (the municipality of … changed to …), chosen to avoid a gendered verb for "wohnt".
client-gemeinde-changed = تغيّرت بلدية { $label } إلى { $gemeinde }.
# REVIEW: "نُقل الشخص … إلى …" (the person … was handed over to …) for "is now supported by …", passive to avoid gender.
client-handed-over = نُقل الشخص { $label } إلى { $manager }.
# REVIEW: passive "نُقل إليكم … من …" (… was handed over to you by …) to avoid gender.
notify-client-handed-over = 👥 نُقل إليكم الشخص <b>{ $label }</b> ({ $gemeinde }) من { $from }.
client-extended = مرافقة { $label } مخطط لها الآن حتى { $until }.
client-extend-limit = لا يمكن تمديد مرافقة { $label } لأكثر من 4 سنوات.
client-end-confirm = هل تريدون حقًا إنهاء مرافقة { $label }؟ لن يتمكن هذا الشخص بعد ذلك من الكتابة إليكم.
client-end-yes = نعم، إنهاء
# REVIEW: draft by the developers
client-end-no = لا، استمر في المرافقة
client-ended = انتهت مرافقة { $label }.
# REVIEW: "انتهت مرافقة … لكم" (…'s support of you has ended); "نتمنى لكم كل الخير" for "Alles Gute".
support-ended-client = انتهت مرافقة { $manager } لكم. نتمنى لكم كل الخير! ستُحذف بياناتكم تلقائيًا بعد مدة الاحتفاظ؛ ويمكنكم الاطلاع عليها وحذفها الآن عبر { "\u200E" }/privacy.
# REVIEW: "في صفحة هذا الشخص" (on this person's page, i.e. in /clients).
support-ends-soon = ⏳ تنتهي مرافقة <b>{ $label }</b> يوم { $until }. يمكنكم عند الحاجة تمديدها في صفحة هذا الشخص.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
support-ends-week = ⏳ تنتهي مرافقة <b>{ $label }</b> بعد أسبوع، في { $until }. يمكنكم عند الحاجة تمديدها في صفحة هذا الشخص.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
support-ended-planned = 🏁 انتهت مرافقة <b>{ $label }</b> اليوم كما كان مخططًا. تم إبلاغ الشخص؛ وستُحذف بياناته بعد مدة الاحتفاظ.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
notify-client-retention-deleted = 🗑 حُذفت بيانات <b>{ $label }</b>: انقضت مدة الاحتفاظ بعد انتهاء المرافقة.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
notify-client-unlinked-deleted = 🗑 لم تُستخدم الدعوة الخاصة بـ <b>{ $label }</b> وانتهت صلاحيتها منذ مدة طويلة؛ حُذف هذا الإدخال.

## Later additions (labels, substitutes, manager status)

# REVIEW: "الاختصار" for Kürzel, as elsewhere in this file.
new-client-label-taken = تستخدمون الاختصار { $label } من قبل. يُرجى اختيار اختصار آخر.
reply-ambiguous-label = الاختصار { $label } ينطبق على أكثر من شخص. يُرجى الرد على الرسالة المُحوَّلة من هذا الشخص.
# REVIEW: "البديل" for Vertretung; the sentence avoids gendered verbs.
# REVIEW: new draft (issue 11), awaiting a native speaker.
notify-substitute = 👥 { $manager } خارج المكتب حتى { $until } ضمنًا (العودة يوم { $back }). أنتم البديل: رسائل الأشخاص الذين تتم مرافقتهم تصل إليكم الآن.
status-manager-active = نشط
# REVIEW: "ملغى التسجيل" for abgemeldet.
status-manager-inactive = ملغى التسجيل

## Appointments and deadlines: topics and kinds

topic-jobcenter = Jobcenter
# REVIEW: "دائرة الأجانب" as the explanation of Ausländerbehörde (the German name is kept, as people see it on letters and doors).
topic-auslaenderbehoerde = Ausländerbehörde (دائرة الأجانب)
topic-arzt = طبيب / طبيبة
topic-schule = مدرسة / روضة أطفال
topic-wohnung = السكن
topic-sprachkurs = دورة لغة
topic-beratung = استشارة
# REVIEW: "طلب استمرار المساعدة" (application to continue the benefits) for Jobcenter-Weiterbewilligung; the German word is kept after the slash.
deadline-kind-jobcenter = Jobcenter: استمرار المساعدة / Weiterbewilligung
# REVIEW: "تصريح الإقامة" for Aufenthaltstitel; the German word is kept after the slash.
deadline-kind-aufenthalt = تصريح الإقامة / Aufenthaltstitel
deadline-kind-integrationskurs = التسجيل في دورة الاندماج
# REVIEW: "مهلة الاعتراض" for Widerspruchsfrist (time to object to an official decision); the German word is kept after the slash.
deadline-kind-widerspruch = مهلة الاعتراض / Widerspruchsfrist
deadline-kind-other = مهلة

## Appointments and deadlines: typing dates

# REVIEW: the date reader only understands German words, so the examples keep "morgen" and "Di" with a gloss (غدًا، الثلاثاء); the Latin examples may be displayed in an odd order in right-to-left text.
when-malformed = لم أفهم هذا كتاريخ ووقت. أمثلة: { "\u2066" }25.11.2026 14:30{ "\u2069" } · { "\u2066" }25.11. 14:30{ "\u2069" } · { "\u2066" }morgen 10:00{ "\u2069" } (غدًا) · { "\u2066" }Di 9:30{ "\u2069" } (الثلاثاء)
when-no-such-date = هذا التاريخ غير موجود. يُرجى التحقق من اليوم والشهر.
# REVIEW: "تغيير التوقيت الصيفي أو الشتوي" for Zeitumstellung.
when-no-such-time = هذا الوقت غير موجود في هذا اليوم (بسبب تغيير التوقيت الصيفي أو الشتوي). يُرجى اختيار وقت آخر.
when-in-past = هذا الوقت في الماضي. يُرجى إدخال وقت في المستقبل.
# REVIEW: draft by the developers
when-year-unclear = يوم { $past } قد مضى. إذا كنت تقصد { $next }، يُرجى كتابة السنة أيضًا، مثلًا { $example }.

## Integrationsmanager: appointments

# REVIEW: placeholders "التاريخ الوقت | المكان | الموضوع"; the example place "مقر البلدية، الغرفة 3" is free text and shown to the client as typed.
appointment-usage = لتحديد موعد: { "\u200E" }/appointment الاختصار التاريخ الوقت | المكان | الموضوع، مثلًا { "\u200E" }/appointment AB-12 25.11. 14:30 | مقر البلدية، الغرفة 3 | Jobcenter. إذا أردتم تذكيرات في أوقات غير معتادة، أضيفوا في النهاية | 2d,3h. وبدون تفاصيل يرشدكم { "\u200E" }/appointment خطوة بخطوة.
appointment-place-empty = يُرجى إدخال المكان.
# REVIEW: draft by the developers
appointment-topic-empty = يُرجى ذكر موضوع، مثلًا Jobcenter أو موعد طبيب للطفل.
appointment-too-long = هذا طويل جدًا. المكان 200 حرف على الأكثر، والموضوع 80 حرفًا على الأكثر، والعنوان 120 حرفًا على الأكثر.
appointment-bad-leads = يُرجى كتابة التذكيرات كقائمة مثل 1d,2h (d = أيام، من 1 إلى 30؛ h = ساعات، من 1 إلى 72؛ أربعة على الأكثر).
appointment-client-not-linked = الشخص { $label } غير مرتبط بـ Wegweiser بعد (أو انتهت المرافقة)؛ لا يمكن إرسال المواعيد والمُهَل إلا بعد الربط.
# REVIEW: "بلغته" (in his language) is masculine, agreeing with "الشخص".
appointment-saved = 📅 تم تسجيل موعد لـ <b>{ $label }</b>: { $topic }، { $when }. سيتلقّاه الشخص { $label } الآن بلغته.
appointment-saved-reminders = تمت جدولة التذكيرات.
appointment-saved-no-reminders = بدون تذكيرات: لم يوافق الشخص { $label } على التذكيرات.
plan-no-clients = لا يوجد لديكم بعد أي شخص مرتبط بـ Wegweiser.
plan-which-client = لمن هذا الموعد؟
plan-abort = إلغاء
plan-aborted = تم الإلغاء. لم يُحفظ أي شيء.
# REVIEW: draft by the developers
dismissed = حسنًا، يبقى كل شيء كما كان.
# REVIEW: "morgen" and "Di" stay German (the date reader only understands German words), with a gloss.
plan-when = موعد لـ <b>{ $label }</b>. متى؟ مثلًا: 25.11. 14:30 · morgen 10:00 (غدًا) · Di 9:30 (الثلاثاء)
plan-where = أين؟ (العنوان أو المكان، مثلًا مقر البلدية، الغرفة 3)
plan-topic = ما موضوع الموعد؟ اختاروا موضوعًا أو اكتبوه.
plan-use-buttons = يُرجى الضغط على «حفظ» أو «إلغاء».
plan-confirm =
    <b>مراجعة الموعد</b>
    لـ: { $label }
    متى: { $when }
    أين: { $place }
    الموضوع: { $topic }
plan-save = ✅ حفظ
appointment-gone = تم تغيير هذا الموعد أو إلغاؤه في هذه الأثناء. يُرجى فتح { "\u200E" }/appointments من جديد.
appointment-moved-manager = 📅 تم تغيير موعد <b>{ $label }</b> إلى { $when }. سيتم إبلاغ { $label }، وأُعيدت جدولة التذكيرات.
appointments-none-manager = لا توجد مواعيد قادمة.
# REVIEW: the zero form never occurs in practice (then appointments-none-manager is shown); please check all six forms.
appointments-title-manager =
    <b>{ $count ->
        [zero] لا توجد مواعيد قادمة
        [one] موعد قادم واحد
        [two] موعدان قادمان
        [few] { $count } مواعيد قادمة
        [many] { $count } موعدًا قادمًا
       *[other] { $count } موعد قادم
    }</b>
appointment-line-manager = • { $when } – <b>{ $label }</b>، { $topic } ({ $answer })
list-more = … و{ $count } أخرى.
# REVIEW: "سيحضر" / "لا يستطيع الحضور" are masculine (agreeing with "الشخص").
answer-yes = ✅ سيحضر
answer-no = ❌ لا يستطيع الحضور
answer-none = لا يوجد رد بعد
appointment-page =
    <b>موعد { $label }</b>
    متى: { $when }
    أين: { $place }
    الموضوع: { $topic }
    الرد: { $answer }
# REVIEW: "تغيير الوقت" (change the time) for verschieben.
appointment-move = 🕑 تغيير الوقت
appointment-cancel = ✖️ إلغاء الموعد
appointment-move-when = ما الوقت الجديد لموعد <b>{ $label }</b>؟ مثلًا: 26.11. 9:00
appointment-cancel-confirm = هل تريدون حقًا إلغاء الموعد؟ سيتم إبلاغ الشخص.
appointment-cancel-yes = نعم، إلغاء الموعد
# REVIEW: draft by the developers
appointment-cancel-no = لا، أبقِ الموعد
appointment-cancelled-manager = تم إلغاء موعد <b>{ $label }</b>. سيتم إبلاغ { $label }.
# REVIEW: "حضر" / "لم يحضر" are masculine (agreeing with "الشخص" in appointment-followup).
followup-attended = ✅ حضر
followup-missed = ❌ لم يحضر
followup-noted-attended = تم التسجيل: حضر الشخص { $label } الموعد.
followup-noted-missed = تم التسجيل: لم يحضر الشخص { $label } الموعد.

## Integrationsmanager: deadlines

# REVIEW: placeholders "التاريخ | العنوان | النوع"; the example title "طلب استمرار المساعدة" (Weiterbewilligungsantrag) is free text and shown to the client as typed.
deadline-usage = لتسجيل مهلة: { "\u200E" }/deadline الاختصار التاريخ | العنوان | النوع، مثلًا { "\u200E" }/deadline AB-12 15.12. | طلب استمرار المساعدة | jobcenter. الأنواع: jobcenter, aufenthalt, integrationskurs, widerspruch, other.
deadline-unknown-kind = لا أعرف هذا النوع. الأنواع: jobcenter (استمرار المساعدة)، aufenthalt (تصريح الإقامة)، integrationskurs (التسجيل)، widerspruch (مهلة الاعتراض)، other.
deadline-saved = ⏳ تم تسجيل مهلة لـ <b>{ $label }</b>: { $due }. سيتلقّاها الشخص { $label } الآن بلغته.
# REVIEW: "مفتوحة" (open) for "offen" (not yet done).
deadlines-none-manager = لا توجد مُهَل مفتوحة.
# REVIEW: the zero form never occurs in practice (then deadlines-none-manager is shown); please check all six forms.
deadlines-title-manager =
    <b>{ $count ->
        [zero] لا توجد مُهَل مفتوحة
        [one] مهلة مفتوحة واحدة
        [two] مهلتان مفتوحتان
        [few] { $count } مُهَل مفتوحة
        [many] { $count } مهلة مفتوحة
       *[other] { $count } مهلة مفتوحة
    }</b>
deadline-line-manager = • { $due } – <b>{ $label }</b>: { $title }
deadline-cancel-button = ✖️ إلغاء مهلة { $label } { $date }
deadline-cancelled-manager = تم إلغاء مهلة <b>{ $label }</b>. سيتم إبلاغ { $label }.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-move-button = 📅 تأجيل مهلة { $label } { $date }
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-move-ask = إلى أي يوم تريدون نقل مهلة <b>{ $label }</b> («{ $title }»، حتى الآن { $due })؟ مثلًا: 15.12.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-moved-manager = 📅 تم نقل مهلة <b>{ $label }</b> إلى { $due }. سيتم إبلاغ { $label }، وأُعيد تخطيط التذكيرات.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-gone-manager = هذه المهلة منتهية أو ملغاة بالفعل؛ لم يتغير شيء.

## Clients: appointments and deadlines

appointment-new =
    📅 <b>موعد جديد</b> من { $manager }
    { $topic }
    🕑 { $when }
    📍 { $place }
    هل ستحضرون؟
appointment-moved =
    📅 <b>تم تغيير وقت موعدكم</b> ({ $manager })
    { $topic }
    🕑 الوقت الجديد: { $when }
    📍 { $place }
    هل ستحضرون؟
appointment-reminder =
    🔔 <b>تذكير بموعدكم</b>
    { $topic }
    🕑 { $when }
    📍 { $place }
appointment-cancelled =
    ✖️ <b>تم إلغاء الموعد</b>
    { "\u200F" }{ $topic }
    🕑 { $when }
    لا داعي لحضوركم.
appointment-yes = ✅ سأحضر
appointment-no = ❌ لا أستطيع الحضور
appointment-calendar = 📅 إضافة إلى التقويم
appointment-thanks-yes = شكرًا! تم إرسال ردّكم.
# REVIEW: "مدير أو مديرة الاندماج لديكم" for "Ihre Integrationsmanagerin oder Ihr Integrationsmanager"; passive "سيتم التواصل" (no gendered verb).
appointment-thanks-no = شكرًا على إبلاغنا. سيتم التواصل معكم من قِبل مدير أو مديرة الاندماج لديكم لتحديد موعد جديد.
appointment-calendar-caption = افتحوا الملف لإضافة الموعد إلى تقويمكم.
appointment-button-cancelled = تم إلغاء هذا الموعد.
appointment-button-moved = تم تغيير وقت هذا الموعد. يُرجى الرد على الرسالة الأحدث.
appointment-button-past = هذا الموعد بدأ بالفعل.
appointments-none-client = ليس لديكم مواعيد قادمة.
appointments-title-client = <b>مواعيدكم</b>
appointment-line-client = • { $when } – { $topic }، { $place }
# REVIEW: "مهلة" for Frist (as in consent-reminders); "حتى" for "bis".
deadline-new =
    ⏳ <b>مهلة</b>: { $title } ({ $kind })
    حتى: { $due }
    اضغطوا على «تم» عندما تنتهون منها.
deadline-reminder =
    🔔 <b>تذكير بمهلة</b>: { $title } ({ $kind })
    حتى: { $due }
deadline-done = ✅ تم
deadline-done-named = ✅ تم: { $title }
# REVIEW: "مدير أو مديرة الاندماج لديكم" for "Ihre Begleitung".
deadline-thanks = شكرًا! تم إبلاغ مدير أو مديرة الاندماج لديكم.
deadline-button-closed = هذه المهلة أُنجزت أو أُلغيت من قبل.
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
deadline-cancelled = ✖️ حُذفت المهلة «{ $title }» ({ $due }) من قائمتكم. لن تصلكم تذكيرات بشأنها بعد الآن. إذا لم تكونوا متأكدين هل ما زال عليكم فعل شيء، فاكتبوا هنا.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-moved =
    📅 <b>تم تغيير موعد المهلة</b>: { $title } ({ $kind })
    الموعد الجديد: حتى { $due }
    اضغطوا على «تم» عندما تنتهون منها.
deadlines-none-client = ليس لديكم مُهَل مفتوحة.
deadlines-title-client = <b>مُهَلكم</b>
deadline-line-client = • { $due } – { $title }

## Integrationsmanager: notices about appointments and deadlines

notify-appointment-yes = ✅ سيحضر الشخص <b>{ $label }</b> الموعد: { $topic }، { $when }.
notify-appointment-no = ❌ لا يستطيع الشخص <b>{ $label }</b> حضور الموعد: { $topic }، { $when }. يُرجى تحديد موعد جديد ({ "\u200E" }/appointments).
notify-appointment-unanswered = ❔ لم يردّ الشخص <b>{ $label }</b> بعد على الموعد: { $topic }، { $when }.
appointment-followup = هل حضر الشخص <b>{ $label }</b> الموعد؟ { $topic }، { $when }
notify-deadline-done = ✅ أنجز الشخص <b>{ $label }</b>: { $title } (حتى { $due }).
notify-deadline-overdue = ⚠️ انتهت المهلة ولم يُبلَّغ عن إنجازها: <b>{ $label }</b>، { $title } ({ $kind }، حتى { $due }).

## Integrationsmanager: the digest

# REVIEW: "ملخصكم" (your summary) for "Ihr Überblick".
digest = <b>ملخصكم ليوم { $date }</b>
digest-today = <b>اليوم</b>
digest-unanswered = <b>بدون رد بعد</b>
digest-overdue = <b>مُهَل منتهية</b>
digest-unreachable = <b>لا يمكن الوصول إليهم</b>
digest-appointment = • { $when } – { $label }، { $topic }
digest-deadline = • { $label }: { $title } (حتى { $due })
digest-client = • { $label }
digest-more = … و{ $count } أخرى

## Local offers: browsing (clients, Integrationsmanager, administrators)

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. "عرض" (plural "عروض") for Angebot throughout, as German institutions write it in Arabic — or is "خدمات وأنشطة" (as in welcome) clearer? The arrows ◀ are kept as in German; in right-to-left text they may point the wrong way.

# REVIEW: "عروض في منطقتي" (offers in my area).
menu-offers = 📍 عروض في منطقتي
command-offers = العروض المحلية
offer-category-sprache = اللغة
# REVIEW: "التدريب المهني" for Ausbildung.
offer-category-arbeit = العمل والتدريب المهني
offer-category-beratung = الاستشارات
offer-category-familie = الأطفال والعائلة
offer-category-gesundheit = الصحة
# REVIEW: "الترفيه والتعارف" (leisure and getting to know people) for Freizeit & Begegnung.
offer-category-freizeit = الترفيه والتعارف
offer-category-wohnen = السكن
offers-no-gemeinde = لم تُسجَّل لكم أي بلدية بعد، لذلك لا أستطيع أن أُريكم العروض.
offers-choose-gemeinde = عروض أي بلدية تريدون رؤيتها؟
offers-categories = <b>العروض في { $gemeinde }</b>
    عمّ تبحثون؟
offers-none = لا توجد عروض مسجّلة في { $gemeinde } بعد.
offer-category-button = { $category } ({ $count })
offers-list-header = <b>{ $category }</b> · { $gemeinde }
    الصفحة { $page } من { $pages }
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
offer-only-german-mark = (النص بالألمانية فقط)
offers-back-categories = ▶ المواضيع
offers-back-list = ▶ العودة إلى القائمة
offers-back-offer = ▶ العودة إلى العرض
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
offer-only-german = وصف هذا العرض متوفر باللغة الألمانية فقط.
# REVIEW: "الأشخاص الذين تتم مرافقتهم" for Klientinnen und Klienten (as in notify-substitute).
offer-detail-inactive = ⏸ غير نشط: لا يظهر هذا العرض للأشخاص الذين تتم مرافقتهم.
offer-detail-times = 🕒 { $times }
offer-detail-next = 📅 الموعد القادم: { $when }
offer-detail-until = العرض متاح حتى { $date }
offer-detail-address = 📍 { $address }
offer-detail-phone = ☎️ { $phone }
offer-detail-email = ✉️ { $email }
offer-detail-web = 🌐 { $web }
offer-detail-languages = 🗣 اللغات المستخدمة هناك: { $languages }
# REVIEW: "الموقع على الخريطة" (the place on the map), to avoid the verb "عرض" (show), which is also the word for the offer.
offer-detail-map = 🗺 <a href="{ $url }">الموقع على الخريطة</a>
offer-gone = هذا العرض لم يعد موجودًا.
# REVIEW: "هذا يهمّني" (this interests me), chosen to avoid the gendered "مهتم / مهتمة".
offer-button-interested = 🙋 هذا يهمّني
offer-button-show = فتح العرض

## Local offers: interest and recommendations

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

# REVIEW: "أبلغنا … أن" (we have told … that) and the passive "سيتم التواصل معكم" (you will be contacted) avoid a gendered verb for the manager.
offer-interest-sent = شكرًا! أبلغنا { $manager } أن هذا العرض يهمّكم، وسيتم التواصل معكم.
# REVIEW: same construction as offer-interest-sent ("we have already told … ").
offer-interest-again = لقد أبلغنا { $manager } من قبل أن هذا العرض يهمّكم، وسيتم التواصل معكم.
# REVIEW: "يهتمّ" and "معه" are masculine (agreeing with "الشخص").
notify-offer-interest = 🙋 يهتمّ الشخص { $label } بالعرض «{ $offer }». يُرجى التواصل معه.
offer-button-send = 📨 إرسال لشخص ترافقونه
offer-send-pick = إلى من تريدون إرسال «{ $offer }»؟
offer-send-nobody = لا أحد من الأشخاص الذين ترافقونهم يسكن في بلدية يشملها «{ $offer }»، أو لا يمكن الوصول إلى أيٍّ منهم حاليًا.
offer-send-unreachable = لا يمكن الوصول إلى هذا الشخص عبر Wegweiser حاليًا.
offer-sent = يتم إرسال «{ $offer }» إلى { $label }. ستصل الرسالة بلغة هذا الشخص.
# REVIEW: "لديكم توصية من … بهذا العرض" (you have a recommendation from … for this offer), chosen to avoid a gendered verb.
offer-recommended = لديكم توصية من { $manager } بهذا العرض: <b>{ $offer }</b>

## Local offers: administrators

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

offer-button-new = ➕ عرض جديد
offer-button-edit = ✏️ { $field }
offer-button-deactivate = ⏸ تعطيل
offer-button-activate = ▶ تفعيل
# REVIEW: "الاسم" (name) for Titel, to keep it apart from "العنوان" (address).
offer-field-title = الاسم
offer-field-description = الوصف
offer-field-times = الأوقات
offer-field-address = العنوان
offer-field-phone = الهاتف
offer-field-email = البريد الإلكتروني
offer-field-web = الموقع الإلكتروني
offer-field-schedule = الجدول الزمني (cron)
offer-not-yours = هذا العرض لا يتبع بلدياتكم، لذلك لا يمكنكم تغييره.
offer-edit-prompt = يُرجى إرسال القيمة الجديدة لـ <b>{ $field }</b> (بالألمانية؛ الترجمات تأتي مع ملف الاستيراد).
    القيمة الحالية: { $current }
    لإفراغ الحقل أرسلوا { $clear }.
offer-activated = العرض ظاهر من جديد.
offer-deactivated = تم تعطيل العرض، ولم يعد يظهر للأشخاص الذين تتم مرافقتهم.
offer-new-category = عرض جديد في { $gemeinde }: إلى أي موضوع ينتمي؟
offer-new-title = الموضوع: { $category }. ما اسم العرض؟ يُرجى إرسال الاسم بالألمانية.
offer-text-only = يُرجى إرسال القيمة كنص.
offer-saved = تم الحفظ.
# REVIEW: "المعرّف" for Kennung (the offer's ID in the import file).
offer-problem-id = يجب أن يحتوي المعرّف فقط على حروف لاتينية صغيرة وأرقام و«-» و«_» و«.».
offer-problem-category = هذا الموضوع غير موجود.
offer-problem-missing = لا يجوز أن يكون هذا الحقل فارغًا.
# REVIEW: "الحد الأقصى لعدد الأحرف: …" (maximum number of characters: …) avoids number agreement.
offer-problem-too-long = هذا طويل جدًا. الحد الأقصى لعدد الأحرف: { $max }.
# REVIEW: the example is wrapped in left-to-right isolates (U+2066 … U+2069) so that its five fields are not shown in reverse order; please check that it reads 0 18 * * 2. "كل يوم ثلاثاء" (every Tuesday).
offer-problem-schedule = هذا ليس جدولًا زمنيًا صالحًا. مثال: «{ "\u2066" }0 18 * * 2{ "\u2069" }» يعني كل يوم ثلاثاء الساعة 18:00 (الدقيقة، الساعة، اليوم، الشهر، يوم الأسبوع). لحذف الجدول الزمني أرسلوا { $clear }.
# REVIEW: draft by the developers
schedule-problem-parts = للجدول الزمني خمسة أجزاء تفصل بينها مسافات (الدقيقة الساعة اليوم الشهر يوم الأسبوع)؛ هنا يوجد { $count }.
schedule-problem-range = { $part } { $value } غير موجود: المسموح من { $min } إلى { $max }.
schedule-problem-part = لم أفهم „{ $text }“ على أنه { $part }. المسموح: رقم، أو مدى مثل 1-5، أو قائمة مثل 1,3، أو خطوة مثل */15، أو *.
schedule-problem-other = الأجزاء الخمسة لا تتوافق معًا بهذا الشكل.
schedule-part-minute = الدقيقة
schedule-part-hour = الساعة
schedule-part-day = اليوم
schedule-part-month = الشهر
schedule-part-weekday = يوم الأسبوع
offer-problem-place = يُرجى ذكر بلدية أو مقاطعة.
offer-problem-duplicate = هذا المعرّف موجود من قبل.
offer-problem-url = هذا ليس عنوان موقع إلكتروني. مثال: https://www.example.com
offer-problem-email = هذا ليس عنوان بريد إلكتروني. مثال: info@example.com
offer-problem-phone = هذا ليس رقم هاتف. المسموح به فقط: الأرقام والمسافات و + / - ( ).
offer-problem-date = هذا ليس تاريخًا صالحًا.
offer-problem-language = هذا ليس رمز لغة (مثلًا de, ar, ti).
# REVIEW: draft by the developers (issue 14)
offer-problem-scope = لا يحق لكم ذلك: فقط البلديات التي تديرونها (المقاطعة كلها للمسؤولين العامّين فقط).

## Announcements: what clients receive

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. "رسالة جماعية" (group message, plural "رسائل جماعية") for Mitteilung, chosen to avoid "إعلان", which also means an advertisement. But the consent the client switches on again in /privacy is called "إعلانات" (consent-announcements): should the two words be the same?

broadcast-message = 📣 { $text }
broadcast-only-german = هذه الرسالة متوفرة باللغة الألمانية فقط.
# REVIEW: button "إيقاف الرسائل الجماعية" (stop the group messages).
broadcast-stop = 🔕 إيقاف الرسائل الجماعية
broadcast-stopped = لن تصلكم الرسائل الجماعية بعد الآن. أما رسائل مدير أو مديرة الاندماج لديكم والتذكيرات فستظل تصلكم. يمكنكم تفعيل الرسائل الجماعية من جديد عبر { "\u200E" }/privacy.
offer-today = 📅 اليوم: <b>{ $offer }</b> – { $when }
# REVIEW: "تنبيهات" (alerts) for Hinweise, to keep it apart from "تذكيرات" (reminders).
offer-mute = 🔕 إيقاف التنبيهات عن هذا العرض
offer-muted = لن تصلكم تنبيهات عن هذا العرض بعد الآن.

## Announcements: progress and report (Integrationsmanager, administrators)

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. The counts follow a colon, to avoid number agreement.

broadcast-starting = 📣 يجري تجهيز رسالتكم الجماعية …
# REVIEW: "تم التوصيل" for zugestellt, "قيد الانتظار" for ausstehend, "تعذّر الوصول إليهم" for "nicht erreicht".
broadcast-progress = 📣 يجري إرسال رسالتكم الجماعية. تم التوصيل: { $sent } من { $total }، قيد الانتظار: { $pending }، تعذّر الوصول إليهم: { $failed }.
broadcast-progress-done = 📣 تم إرسال رسالتكم الجماعية. تم التوصيل: { $sent } من { $total }، تعذّر الوصول إليهم: { $failed }.
# REVIEW: "غير مؤكد (انتهت مهلة الانتظار، ولم تُرسل مرة أخرى)" for "Unklar (Zeitüberschreitung, nicht noch einmal gesendet)"; "Wegweiser" for "Bot", as in notify-client-unreachable.
broadcast-report =
    <b>تقرير عن رسالتكم الجماعية</b>
    عدد المستلمين: { $total }
    تم التوصيل: { $sent }
    تعذّر الوصول إليهم (تم حظر Wegweiser أو حذف الحساب): { $failed }
    غير مؤكد (انتهت مهلة الانتظار، ولم تُرسل مرة أخرى): { $unknown }
    لم تُرسل (سُحبت الموافقة في هذه الأثناء): { $dropped }
broadcast-report-unreached = يُرجى التواصل مع هؤلاء الأشخاص بطريقة أخرى:
broadcast-report-client = • { $label }
broadcast-report-more = … و{ $count } آخرون

## Announcements: composing

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. "الأشخاص الذين أرافقهم" (the people I accompany) on the manager's own buttons; "الأشخاص الذين تتم مرافقتهم" for Klientinnen und Klienten otherwise.

broadcast-audience-ask = <b>📣 رسالة جماعية جديدة</b>
    إلى من تريدون إرسالها؟ الرقم بين القوسين هو عدد الأشخاص الذين سيتلقّونها: فقط من وافق على تلقّي الرسائل الجماعية.
broadcast-offer-attached = رسالة جماعية عن العرض <b>{ $offer }</b>
broadcast-audience-mine = كل الأشخاص الذين أرافقهم
broadcast-audience-mine-in = الأشخاص الذين أرافقهم في { $gemeinde }
broadcast-audience-gemeinde = كل الأشخاص الذين تتم مرافقتهم في { $gemeinde }
broadcast-audience-button = { $audience } ({ $count })
broadcast-audience-zero = غير متاح للاختيار، لأنه لم يوافق أحد هناك بعد على تلقّي الرسائل الجماعية: { $audiences }
broadcast-audience-none = لن تصل رسالتكم إلى أحد: لم يوافق أحد بعد على تلقّي الرسائل الجماعية. يمكن للأشخاص الذين تتم مرافقتهم تفعيل ذلك في أي وقت عبر { "\u200E" }/privacy. لم يُحفظ أي شيء.
broadcast-audience-empty = لم يوافق أحد هنا بعد على تلقّي الرسائل الجماعية. يُرجى اختيار شيء آخر.
# REVIEW: the zero form never occurs in practice; please check all six forms (here and in the other messages of this section that count people).
broadcast-audience-chosen = إلى: { $audience } ({ $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    })
broadcast-languages =
    يمكنكم إرسال الرسالة فقط إلى الأشخاص الذين يقرؤون لغات معيّنة. اضغطوا على اللغات، أو على «كل اللغات».
    اللغات المختارة: { $languages }
broadcast-languages-all = كل اللغات
broadcast-all-languages = كل اللغات
# ◀ points forward for a right-to-left reader.
broadcast-continue = متابعة ◀
broadcast-languages-chosen = اللغات: { $languages }
broadcast-audience-only = (فقط { $languages })
# REVIEW: "حذف المسودة" (delete the draft) for Verwerfen.
broadcast-abort = ✖ حذف المسودة
broadcast-discarded = تم حذف الرسالة. لم يُرسل أي شيء.
# REVIEW: "الحد الأقصى لعدد الأحرف: …" avoids number agreement, as in offer-problem-too-long.
broadcast-ask-german = يُرجى الآن كتابة نص الرسالة باللغة الألمانية (الحد الأقصى لعدد الأحرف: { $max }). من يقرأ لغة أخرى يتلقّى النص الألماني مع ملاحظة، ما دامت لا توجد ترجمة.
broadcast-ask-translation = يُرجى الآن كتابة النص باللغة { $language } (الحد الأقصى لعدد الأحرف: { $max }).
broadcast-text-not-text = يُرجى إرسال النص كرسالة عادية، بدون صورة أو ملف. لم يُحفظ أي شيء؛ أنا في انتظار النص.
broadcast-text-empty = النص فارغ. لم يُحفظ أي شيء؛ يُرجى إرسال نص الرسالة.
broadcast-text-too-long = النص طويل جدًا: عدد أحرفه { $length }، والحد الأقصى { $max }. لم يُحفظ أي شيء؛ يُرجى تقصيره وإرساله مرة أخرى.
broadcast-translations =
    النصوص الموجودة: { $done }.
    بدون نص خاص بعد: { $missing }. من يقرأ هذه اللغات يتلقّى النص الألماني مع ملاحظة. هل تريدون إضافة نص؟
broadcast-add-translation = ➕ نص باللغة { $language }
broadcast-show-preview = 👁 معاينة
broadcast-preview-heading = <b>معاينة · { $language } · { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }</b>
broadcast-preview-ready = هكذا ستصل رسالتكم إلى { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }. هل تريدون الإرسال الآن أم لاحقًا؟
broadcast-send-now = 📣 الإرسال الآن
broadcast-schedule = 🕒 الإرسال لاحقًا
broadcast-sent-now = يجري الآن إرسال رسالتكم إلى { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }. ستتابعون هنا تقدّم الإرسال؛ وفي النهاية ستتلقّون تقريرًا.
# REVIEW: the date reader only understands German words, so the examples keep "morgen" and "Di" with a gloss (غدًا، الثلاثاء), as in when-malformed; each example is wrapped in left-to-right isolates (U+2066 … U+2069) so that date and time are not swapped — please check the display.
broadcast-ask-when = متى تريدون إرسال الرسالة؟ أمثلة: { "\u2066" }25.11.2026 14:30{ "\u2069" } · { "\u2066" }25.11. 14:30{ "\u2069" } · { "\u2066" }morgen 10:00{ "\u2069" } (غدًا) · { "\u2066" }Di 9:30{ "\u2069" } (الثلاثاء)
broadcast-scheduled = 🕒 تمت جدولة رسالتكم. موعد الإرسال: { $when }. عبر { "\u200E" }/broadcasts ترون رسائلكم المجدولة ويمكنكم إلغاؤها.
broadcast-list-none = ليس لديكم رسائل جماعية مجدولة. لكتابة رسالة جديدة استخدموا { "\u200E" }/broadcast.
broadcast-list-title = <b>رسائلكم الجماعية المجدولة ({ $count })</b>
broadcast-list-line =
    🕒 { $when }
    إلى: { $audience } · حاليًا { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }
    «{ $text }»
# REVIEW: the date and time (e.g. 24.12. 18:00) are wrapped in left-to-right isolates (U+2066 … U+2069) so that they are not swapped — please check the display.
broadcast-cancel-button = ✖ إلغاء: { "\u2066" }{ $when }{ "\u2069" }
broadcast-cancelled = تم إلغاء الرسالة المجدولة في { $when }. لن يُرسل أي شيء.
broadcast-already-started = يجري إرسال هذه الرسالة الآن أو تم إرسالها من قبل؛ لم يعد من الممكن إلغاؤها.
# REVIEW: "إرسال رسالة جماعية" (send a group message) for Ankündigen, a button on an offer's page.
offer-button-announce = 📣 إرسال رسالة جماعية

## Privacy for everyone, stand-ins and hand-over, reachability (issue 11)

# REVIEW: new draft (issue 11), awaiting a native speaker.
away-colleagues = من يمكنه أن ينوب عنكم (الرقم · الاسم): { $list }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-no-colleagues = لا يوجد في مؤسستكم من يمكنه أن ينوب عنكم. يمكنكم تسجيل الغياب بدون بديل.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-bad-date = لم أفهم «{ $text }» كتاريخ. اكتبوه هكذا: { "\u2066" }/away 20.12.2026{ "\u2069" } (ويصلح أيضًا { "\u2066" }2.1.2027{ "\u2069" }) – آخر يوم تغيبون فيه.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-date-past = { $date } في الماضي. يُرجى ذكر آخر يوم من غيابكم: اليوم أو لاحقًا.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-unknown-substitute = الرقم «{ $number }» لا يعود لأي شخص يمكنه أن ينوب عنكم. لم يتم تسجيل شيء.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-self-substitute = لا يمكنكم أن تنوبوا عن أنفسكم. لم يتم تسجيل شيء.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
client-away-substitute = 👥 طوال غياب { $manager } (حتى { $until } ضمنًا، والعودة يوم { $back })، تُقرأ رسائلكم ويُرَدّ عليها من قِبل { $substitute }.
# REVIEW: new draft (issue 11), awaiting a native speaker.
client-new-manager = 👥 تتم مرافقتكم الآن من قِبل { $manager }. من الآن تصل رسائلكم إلى { $manager }.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-standin-ended = انتهى غياب { $manager }: عادت مرافقة الشخص <b>{ $label }</b> إلى { $manager }. لم يتم توصيل ردكم.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-client-moved = تتم الآن مرافقة الشخص <b>{ $label }</b> من قِبل { $manager }. لم يتم توصيل ردكم.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-client-unreachable = ⚠️ لا يمكن الوصول إلى <b>{ $label }</b> عبر Telegram (تم حظر Wegweiser أو حذف الحساب). لم تُرسل رسالتكم. عندما يكتب { $label } من جديد، يعود الإرسال ممكنًا.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-no-consent = لم يوافق <b>{ $label }</b> على التواصل عبر Wegweiser. لم تُرسل رسالتكم.
# REVIEW: new draft (issue 11), awaiting a native speaker.
notify-client-ended-contact = 🔚 أنهى <b>{ $label }</b> التواصل عبر Wegweiser. لن تُنقل الرسائل بعد الآن.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-missing = بدون موافقتكم على التواصل لا ينقل Wegweiser رسالتكم إلى { $manager }. يمكنكم إعطاؤها عبر { "\u200E" }/privacy ثم «تغيير الموافقات».
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact = إنهاء التواصل
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact-yes = نعم، إنهاء التواصل
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact-confirm = هل تريدون إنهاء التواصل مع { $manager } عبر Wegweiser؟ عندها لن تُرسل رسائل أو تذكيرات أو رسائل جماعية بعد الآن. يمكنكم بعد ذلك عرض بياناتكم أو حذفها عبر { "\u200E" }/privacy.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-ended = انتهى التواصل مع { $manager } عبر Wegweiser. يمكنكم عبر { "\u200E" }/privacy عرض بياناتكم أو حذف كل شيء.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-required = موافقتكم على التواصل هي الربط نفسه ولا يمكن إلغاؤها وحدها. إذا لم تعودوا تريدون التواصل، اضغطوا على «إنهاء التواصل» أو «حذف كل شيء».
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-manager = بصفتكم مدير أو مديرة اندماج، يُحفظ اسمكم ومؤسستكم وبلدياتكم ما دمتم تعملون مع Wegweiser. تحذفها إدارتكم عند إلغاء تسجيلكم.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-menu = <b>حماية البيانات</b> – هنا ترون ما هو محفوظ عنكم ويمكنكم حذف كل شيء.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-nothing = لا شيء محفوظ عنكم.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-data =
    <b>المحفوظ عنكم</b>
    اللغة: { $language }
    معروفون منذ: { $since }
    طلبات المرافقة: { $requests }
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-open = مفتوح
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-accepted = مقبول
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-declined = مرفوض
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-requests-none = لا توجد
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-language-none = لم تُختر بعد
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-delete-confirm = هل تريدون حقًا حذف كل شيء؟ ستُحذف لغتكم وطلبات المرافقة. لا يمكن التراجع عن ذلك.
# REVIEW: new draft (issue 11), awaiting a native speaker.
invite-manager-is-client = حساب Telegram هذا مرتبط بـ Wegweiser كشخص تتم مرافقته. كمدير أو مديرة اندماج تحتاجون إلى حساب خاص – أو احذفوا أولًا عبر { "\u200E" }/privacy كل ما هو محفوظ عنكم كشخص تتم مرافقته.
# REVIEW: new draft (issue 11), awaiting a native speaker.
invite-client-is-manager = حساب Telegram هذا يعود لمدير أو مديرة اندماج. الشخص الذي تتم مرافقته يحتاج إلى حساب Telegram خاص به.
# REVIEW: new draft (issue 11), awaiting a native speaker.
join-asked-recently = لقد طلبتم في { $gemeinde } قبل وقت قصير. يتم إبلاغ مديري ومديرات الاندماج هناك مرة واحدة في اليوم على الأكثر: يمكنكم الطلب من جديد ابتداءً من { $from }.
# REVIEW: new draft (issue 11), awaiting a native speaker.
broadcast-preview-unreachable = لا يمكن الوصول عبر Telegram إلى { $count ->
        [zero] { $count } شخص آخر
        [one] شخص آخر واحد
        [two] شخصين آخرين
        [few] { $count } أشخاص آخرين
        [many] { $count } شخصًا آخر
       *[other] { $count } شخص آخر
    } (تم حظر Wegweiser أو حذف الحساب)، ولن تصلهم الرسالة. من يكتب من جديد يُشمل في المرة القادمة.

## Inbound flood limit

# Sent once when someone sends more than 30 messages or taps within 10 seconds.
# REVIEW: draft by the developers
inbound-too-fast = وصلني الكثير دفعة واحدة. ما أرسلتموه بسرعة كبيرة في الثواني الأخيرة <b>لم</b> يُنقل. يُرجى الانتظار قليلاً ثم إرساله مرة أخرى.

## Web workplace
# REVIEW: draft translation of the web workplace's texts, awaiting a native speaker
web-link-off = مكان العمل على الويب غير مفعّل على هذا الخادم. يمكن للإدارة تفعيله في الإعدادات ([web] listen).
web-link = 🖥 رابط تسجيل الدخول إلى مكان العمل على الويب:
    { $link }
    صالح لمدة { $minutes } دقيقة ولمرة واحدة فقط. لا تعطه لأحد.
web-sign-in-title = تسجيل الدخول
web-sign-in-intro = أنت تسجّل الدخول إلى مكان العمل على الويب في Wegweiser. الرابط يعمل مرة واحدة فقط.
web-sign-in-button = سجّل الدخول الآن
web-link-used = انتهت صلاحية رابط تسجيل الدخول هذا أو تم استخدامه. اكتب /web في البوت للحصول على رابط جديد.
web-signed-out-title = تم تسجيل الخروج
web-signed-out-body = أنت غير مسجّل الدخول. اكتب /web في البوت للحصول على رابط تسجيل الدخول.
web-forbidden = هذه الصفحة غير متاحة لك.
web-not-found = هذه الصفحة غير موجودة.
web-internal-error = حدث خطأ ما. يرجى المحاولة مرة أخرى بعد قليل.
web-csrf-refused = انتهت صلاحية النموذج أو كان ناقصًا؛ لم يتغير شيء. يرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
web-error-title = ملاحظة
web-back-to-today = العودة إلى «اليوم»
web-skip-to-content = الانتقال إلى المحتوى
web-nav-label = التنقل الرئيسي
web-nav-today = اليوم
web-nav-plan = تخطيط موعد
web-sign-out = تسجيل الخروج
web-sign-out-everywhere = تسجيل الخروج من كل مكان
web-today-title = اليوم
web-today-no-caseload = ليس لديك عملاء؛ لا يوجد ما تفعله هنا.
web-today-appointments = مواعيد اليوم
web-tomorrow-appointments = مواعيد الغد
web-today-unanswered = بدون رد بعد
web-today-overdue = مهل متأخرة
web-today-unreachable = لا يمكن الوصول إليهم
web-nothing = لا شيء.
web-col-when = متى
web-col-client = العميل
web-col-topic = الموضوع
web-col-place = المكان
web-col-answer = الرد
web-col-status = الحالة
web-col-language = اللغة
web-cancelled = ملغى
web-client-title = العميل
web-plan-appointment = تخطيط موعد
web-client-appointments = المواعيد
web-client-deadlines = المهل المفتوحة
web-plan-title = تخطيط موعد
web-form-has-errors = يرجى التحقق من الحقول المعلّمة.
web-field-client = العميل
web-field-date = التاريخ
web-field-time = الوقت
web-field-zone = الوقت حسب المنطقة الزمنية { $zone }.
web-field-place = المكان
web-field-topic = الموضوع
web-topic-other = آخر (اكتبه أدناه)
web-field-topic-free = الموضوع بكلماتك
web-field-leads = التذكير مسبقًا (مثلًا 1d,2h)
web-plan-save = حفظ الموعد
web-error-client = يرجى اختيار عميل.
web-error-date = يرجى إدخال تاريخ.
web-error-time = يرجى إدخال وقت (HH:MM).
web-error-no-such-time = هذا الوقت غير موجود في ذلك اليوم (تغيير الساعة).
web-nav-caseload = العملاء
web-caseload-title = العملاء
web-caseload-search = البحث بالرمز
web-caseload-sort = الترتيب حسب
web-caseload-filter = عرض
web-caseload-pages = الصفحات
web-all = الكل
web-col-gemeinde = البلدية
web-col-linked = متصل منذ
web-col-last-contact = آخر تواصل
web-col-support-end = المرافقة حتى
web-prev = → السابق
web-next = التالي ←
# REVIEW: draft translation of the web workplace's appointment, deadline and request pages (issue 13), awaiting a native speaker
web-nav-week = الأسبوع
web-nav-joins = الطلبات
web-today-joins = طلبات جديدة
web-appointment-title = الموعد
web-move-title = تأجيل الموعد
web-move-save = تأجيل
web-cancel-appointment = إلغاء الموعد
web-cancel-title = إلغاء الموعد
web-stale-appointment = تم تغيير هذا الموعد أو إلغاؤه في هذه الأثناء (ربما في البوت)؛ لم يتغير شيء هنا. يرجى الاطلاع على الوضع الحالي.
web-stale-deadline = هذه المهلة أُنجزت أو أُلغيت من قبل؛ لم يتغير شيء هنا.
web-back-to-client = إلى صفحة العميل
web-client-support = المرافقة
web-field-new-gemeinde = البلدية الجديدة
web-field-colleague = الزميلة أو الزميل
web-stale-choice = هذا الاختيار لم يعد صالحًا؛ لم يتغير شيء. يرجى إعادة تحميل صفحة العميل.
web-deadline-add = إضافة مهلة
web-deadline-title = إضافة مهلة
web-deadline-save = حفظ المهلة
web-deadline-cancel = إلغاء
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move = نقل
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-page-title = مهلة
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move-title = نقل المهلة
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move-save = النقل إلى هذا اليوم
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-field-new-due = اليوم الجديد
web-field-due = تاريخ الاستحقاق
web-field-title = العنوان
web-field-kind = النوع
web-error-deadline-title = يرجى إدخال عنوان.
web-col-due = الاستحقاق
web-col-title = العنوان
web-col-kind = النوع
web-col-action = إجراء
web-col-asked = تاريخ الطلب
web-week-title = الأسبوع
web-week-nav = الأسابيع
web-week-prev = → الأسبوع السابق
web-week-this = هذا الأسبوع
web-week-next = الأسبوع التالي ←
web-joins-title = الطلبات
web-joins-back = إلى الطلبات
# REVIEW: draft by the developers (issue 14, administrators' web pages), awaiting a native speaker.
web-admin-nav-offers = العروض
web-admin-nav-upload = ملف العروض
web-admin-nav-audit = سجل التدقيق
web-admin-offers-title = العروض المحلية
web-admin-no-gemeinde = أنتم لا تديرون أي بلدية؛ لا يوجد هنا ما تفعلونه.
web-admin-filter = عرض
web-admin-filter-active = نشط
web-admin-filter-lacks = الترجمة ناقصة في
web-admin-active = نشط
web-admin-inactive = غير نشط
web-admin-col-missing = ناقص في
web-admin-offer-title = تعديل العرض
web-admin-offer-id = المعرّف
web-admin-activate = تفعيل
web-admin-deactivate = إيقاف
web-admin-texts = النصوص باللغات
web-admin-missing = ناقص
web-admin-details = البيانات
web-admin-field-gemeinden = البلديات (AGS، مفصولة بمسافات)
web-admin-field-landkreis = المقاطعة (Landkreis، للمقاطعة كلها)
web-admin-field-languages = اللغات المستخدمة (رموز، مثلًا de ar)
web-admin-field-valid-from = صالح من
web-admin-field-valid-until = صالح حتى
web-admin-save = حفظ
web-admin-back-to-list = إلى قائمة العروض
web-admin-upload-title = عروض من ملف
web-admin-upload-intro = ارفعوا ملف TOML أو CSV (كما في «wegweiser offers import»). يُفحص الملف أولًا؛ ولا يُستورد إلا عندما تضغطون بعد ذلك على «استيراد»، وفقط إذا كان كل شيء صحيحًا.
web-admin-upload-file = الملف
web-admin-upload-check = فحص
web-admin-upload-again = فحص ملف آخر
web-admin-upload-format = يجب أن ينتهي اسم الملف بـ ‎.csv أو ‎.toml. لم يُستورد شيء.
web-admin-upload-unreadable = تعذّرت قراءة الملف. لم يُستورد شيء.
web-admin-upload-nothing = لم يُستورد شيء.
web-admin-upload-rejected = لم يُستورد شيء. عدد المشكلات: { $count }. يرجى تصحيح الملف وفحصه مرة أخرى.
web-admin-col-line = السطر
web-admin-col-field = الحقل
web-admin-col-problem = المشكلة
web-admin-upload-plan = كل شيء سليم. جديد: { $create } · معدَّل: { $update } · دون تغيير: { $same }. لم يُحفظ شيء بعد.
web-admin-upload-create = جديد
web-admin-upload-update = معدَّل
web-admin-upload-import = استيراد
web-admin-upload-done = تم الاستيراد. جديد: { $create } · معدَّل: { $update } · دون تغيير: { $same }.

## The offer file's own problems, on the upload page (the command line says them in English)
# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. "الملف" for Datei, "العمود" for Spalte, "السطر" for Zeile; the counts follow a colon, to avoid number agreement. TOML, CSV, AGS and the keys in brackets stay as they are written.

offer-file-toml-not-utf8 = الملف ليس نصًا بترميز UTF-8. يُرجى حفظه بترميز UTF-8.
offer-file-csv-not-utf8 = الملف ليس نصًا بترميز UTF-8 (أول حرف خاطئ في السطر: { $row }). ربما حُفظ بصيغة "CSV (Trennzeichen-getrennt)": يُرجى حفظه بصيغة "CSV UTF-8 (durch Trennzeichen getrennt)" ورفع ذلك الملف.
offer-file-cell-not-utf8 = هذا ليس نصًا بترميز UTF-8. يُرجى حفظ الملف بصيغة "CSV UTF-8".
offer-file-toml-syntax = هذا ليس TOML صالحًا ({ $detail }).
offer-file-unknown-top-key = مدخل غير معروف: ملف العروض يحتوي على جداول [[offer]] فقط.
offer-file-not-offer-array = ابدأوا كل عرض بسطر [[offer]] (قوسان معقوفان).
offer-file-unknown-field = حقل غير معروف. المسموح به: { $expected }.
offer-file-unknown-column = عمود غير معروف. المسموح به: { $expected }، وكذلك title_&lt;اللغة&gt; وdescription_&lt;اللغة&gt; وtimes_&lt;اللغة&gt;.
offer-file-unnamed-column = هذا العمود بلا اسم.
offer-file-duplicate-column = هذا العمود مكرر.
offer-file-missing-column = هذا العمود ناقص، وهو إلزامي.
offer-file-unreadable-header = تعذّرت قراءة سطر العناوين ({ $detail }).
offer-file-unreadable-row = تعذّرت قراءة هذا السطر ({ $detail }).
offer-file-too-many-cells = في هذا السطر خلايا أكثر من الأعمدة في سطر العناوين. الخلايا: { $cells }، الأعمدة: { $columns }.
offer-file-missing-id = ناقص: كل عرض يحتاج إلى معرّف (مثلًا hemmingen-sprachcafe).
offer-file-missing-category = ناقص: كل عرض يحتاج إلى موضوع.
offer-file-missing = ناقص: كل عرض يحتاج إلى { $field }.
offer-file-not-yes-no = "{ $value }" ليس نعم ولا لا (المسموح: true/false أو ja/nein أو wahr/falsch أو 1/0؛ الفارغ يعني نعم).
offer-file-not-bool = المتوقع true أو false (بدون علامات تنصيص).
offer-file-not-text = المتوقع نص بين علامتي تنصيص، مثلًا { $field } = "…".
offer-file-not-list = المتوقع قائمة، مثلًا { $field } = ["…"].
offer-file-not-texts = المتوقع نصوص بين علامات تنصيص، مثلًا { $field } = ["…"].
offer-file-ags-number = اكتبوا كل AGS بين علامتي تنصيص، مثلًا ["08118011"]: كرقم يفقد الصفر في أوله.
offer-file-not-date = المتوقع تاريخ، مثلًا { $field } = "2026-01-31".
offer-file-not-text-table = المتوقع نص لكل لغة، مثلًا [offer.{ $field }] مع de = "…".
offer-file-unknown-gemeinde = لا توجد بلدية برقم AGS { $ags }. يجب إضافتها أولًا.
offer-file-leading-zero = لا توجد بلدية برقم AGS { $ags }. هل تقصدون { $padded }؟ (برنامج الجداول يحذف الصفر في الأول إن لم يكن العمود منسقًا كنص.)
offer-file-landkreis-like = لا تتبع أي بلدية للمقاطعة "{ $landkreis }". هل تقصدون "{ $like }"؟
offer-file-landkreis-none-yet = لا تتبع أي بلدية للمقاطعة "{ $landkreis }": لم تُضف أي بلدية بعد.
offer-file-unknown-landkreis = لا تتبع أي بلدية للمقاطعة "{ $landkreis }". المقاطعات المعروفة: { $known }.
offer-file-not-your-gemeinde = أنتم لا تديرون البلدية ذات رقم AGS { $ags }.
offer-file-landkreis-global = العروض الخاصة بمقاطعة كاملة يديرها المسؤولون العامّون فقط.
offer-file-foreign-id = "{ $id }" عرض لبلدية لا تديرونها.
offer-file-duplicate-id = المعرّف "{ $id }" مكرر في الملف (أول مرة في السطر: { $first }).
offer-file-no-offers-toml = لا يحتوي الملف على أي عرض. كل عرض يبدأ بسطر [[offer]].
offer-file-no-offers-csv = لا يحتوي الملف على أي عرض. كل سطر تحت سطر العناوين عرض واحد.
offer-file-gemeinde-removed = حُذفت بلدية مذكورة في الملف أثناء الاستيراد. لم يُستورد شيء؛ يُرجى المحاولة مرة أخرى.
offer-file-saved-meanwhile = حفظ شخص آخر عرضًا من الملف أثناء الاستيراد. لم يُستورد شيء؛ يُرجى المحاولة مرة أخرى.

## The offer editor: a new offer, and the preview as a client sees it
# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

web-admin-new-offer = عرض جديد
web-admin-new-offer-title = عرض جديد
web-admin-new-offer-intro = يُعطى معرّف ملف العروض عند إنشاء العرض.
web-admin-create = إنشاء العرض
web-admin-preview = معاينة: هكذا يرى الأشخاص العرض في البوت
web-admin-preview-language = اللغة
web-admin-preview-show = عرض المعاينة
web-admin-preview-edits = معاينة مع التغييرات
web-admin-preview-unsaved = تُظهر المعاينة النموذج كما هو مملوء. لم يُحفظ شيء بعد.

web-admin-export = تنزيل (كل العروض التي يحق لكم تعديلها)
web-admin-audit-title = سجل التدقيق
web-admin-audit-who = مَن
web-admin-audit-what = ماذا
web-admin-audit-subject = يخص
web-admin-audit-from = من
web-admin-audit-until = حتى
web-admin-audit-more = تظهر أحدث الإدخالات، وعددها { $count }؛ ملف CSV يحتوي عليها كلها.
web-admin-actor-person = شخص
web-admin-actor-cli = سطر الأوامر
web-admin-actor-system = فيغفايزر (Wegweiser)
web-admin-actor-deleted = شخص محذوف
web-admin-nav-figures = الأرقام
web-admin-figures-title = الأرقام السنوية
web-admin-figures-year = السنة
web-admin-figure-clients_linked = أشخاص جدد في المرافقة
web-admin-figure-clients_ended = مرافقة منتهية
web-admin-figure-appointments_planned = مواعيد مخطط لها
web-admin-figure-appointments_attended = مواعيد تم حضورها
web-admin-figure-appointments_missed = مواعيد فائتة
# REVIEW: figures at a glance (figbench14, 2026-12), awaiting a native speaker.
web-admin-figure-interests_shown = الاهتمام بالعروض
web-admin-figure-announcements = الرسائل الجماعية
web-admin-figure-announcements_delivered = الرسائل الجماعية المسلَّمة (الوصول)
web-admin-figures-status-invited = مدعوّون (اليوم)
web-admin-figures-status-active = في المرافقة (اليوم)
web-admin-figures-status-unreachable = لا يمكن الوصول إليهم (اليوم)
web-admin-figures-status-ended = انتهت المرافقة (اليوم)
web-admin-figures-offers = العروض الظاهرة (اليوم)
web-admin-figures-of = الرسوم البيانية لـ
web-admin-figures-of-place = حسب الشهر: { $place }
web-admin-figures-all = الكل
web-admin-figures-organisations = المؤسسات
web-admin-figures-months = أرقام الرسوم البيانية حسب الشهر
web-admin-figures-figure = الرقم
web-admin-figures-bar = { $month }: { $figure } { $value }
web-admin-figures-chart-clients = الحالات الجديدة والمنتهية حسب الشهر
web-admin-figures-chart-appointments = المواعيد حسب الشهر
web-admin-figures-chart-interests = الاهتمام بالعروض حسب الشهر
web-admin-figures-chart-announcements = الرسائل الجماعية والوصول حسب الشهر
web-admin-figures-csv-gemeinden = CSV: البلديات
web-admin-figures-csv-organisations = CSV: المؤسسات
web-admin-figures-csv-months = CSV: حسب الشهر
web-admin-figures-csv-today = CSV: الوضع اليوم
web-admin-figures-kennzahlen = أيّ مؤشر (Kennzahl) يدعمه كل رقم
web-admin-figures-kennzahlen-note = ربط الأرقام بمؤشرات VwV Integrationsmanagement هو قراءتنا؛ يرجى مراجعته مع جهة التمويل.
web-admin-figures-kennzahl = المؤشر (VwV Integrationsmanagement)
web-admin-kennzahl-cases-new = عدد الحالات: حالات جديدة
web-admin-kennzahl-cases-closed = عدد الحالات: حالات مغلقة
web-admin-kennzahl-cases-open = عدد الحالات: حالات جارية في يوم المرجع
web-admin-kennzahl-contacts = لقاءات الاستشارة والمرافقة
web-admin-kennzahl-referrals = الإحالة إلى العروض المحلية
web-admin-kennzahl-none = لا شيء (للتخطيط المحلي)

## Web invite (web3)

# REVIEW: draft translation
web-invite-no-bot = لم يتصل البوت بتيليغرام بعد؛ لا يمكن إنشاء رابط الدعوة إلا بعد ذلك. يرجى المحاولة مرة أخرى بعد دقيقة.

## Administrators' pages: managers (admin14b)

# REVIEW: draft translation
web-admin-nav-managers = مديرو الاندماج
# REVIEW: draft translation
web-admin-managers-title = مديرو الاندماج
# REVIEW: draft translation
web-admin-manager-title = مدير الاندماج
# REVIEW: draft translation
web-col-name = الاسم
# REVIEW: draft translation
web-col-organisation = الجهة
# REVIEW: draft translation
web-col-gemeinden = البلديات
# REVIEW: draft translation
web-col-clients = الأشخاص المرافَقون
# REVIEW: draft translation
web-admin-invite-title = دعوة مدير اندماج
# REVIEW: draft translation
web-admin-invite = دعوة
# REVIEW: draft translation
web-admin-invited = تمت دعوة { $name }. أرسل هذا الرابط؛ يعمل مرة واحدة فقط:
# REVIEW: draft translation
web-admin-invite-qr = رمز QR للدعوة لـ { $name }
# REVIEW: draft translation
web-admin-invite-once = يُعرض الرابط الآن فقط: لا تُحفظ إلا بصمته.
# REVIEW: draft translation
web-admin-to-manager = إلى صفحة هذا الشخص
# REVIEW: draft translation
web-admin-error-name = يرجى كتابة اسم في سطر واحد، 64 حرفًا على الأكثر.
# REVIEW: draft translation
web-admin-error-gemeinden = يرجى اختيار بلدية واحدة على الأقل.
# REVIEW: draft translation
web-admin-error-organisation = يرجى اختيار جهة.
# REVIEW: draft translation
web-admin-assign-label = بلدية أخرى
# REVIEW: draft translation
web-admin-assign = إضافة
# REVIEW: draft translation
web-admin-assigned = أُضيفت البلدية.
# REVIEW: draft translation
web-admin-successor = الخلف (يتولى جميع الأشخاص المرافَقين)
# REVIEW: draft translation
web-admin-deactivate-next = متابعة إلى التأكيد
# REVIEW: draft translation
web-admin-no-successor = لا يوجد من يتولى الأشخاص المرافَقين: يجب أولًا دعوة خلف وأن يسجّل دخوله.
# REVIEW: draft translation
web-admin-back-to-managers = العودة إلى قائمة مديري الاندماج
# REVIEW: draft translation
web-admin-confirm-title = تأكيد إلغاء التفعيل
# REVIEW: draft translation
web-admin-confirm-text =
    سيُلغى تفعيل { $name }. { $count ->
        [zero] لا يوجد أحد لنقله؛ ومع ذلك يصبح { $successor } الخلف.
        [one] ينتقل هذا الشخص إلى { $successor } وسيُبلَّغ:
        [two] ينتقل هذان الشخصان إلى { $successor } وسيُبلَّغان:
        [few] ينتقل هؤلاء الـ { $count } أشخاص إلى { $successor } وسيُبلَّغون:
        [many] ينتقل هؤلاء الـ { $count } شخصًا إلى { $successor } وسيُبلَّغون:
       *[other] ينتقل هؤلاء الـ { $count } شخص إلى { $successor } وسيُبلَّغون:
    }
# REVIEW: draft translation
web-admin-confirm = إلغاء التفعيل والنقل
# REVIEW: draft translation
web-admin-cancel = إلغاء
# REVIEW: draft translation
web-admin-deactivated =
    أُلغي التفعيل. { $count ->
        [zero] لم يُنقل أي شخص.
        [one] نُقل شخص واحد.
        [two] نُقل شخصان.
        [few] نُقل { $count } أشخاص.
        [many] نُقل { $count } شخصًا.
       *[other] نُقل { $count } شخص.
    }

## Administrators' pages: organisations, Gemeinden, scoped administrators (struct14)

# REVIEW: draft translation
web-admin-nav-organisations = الجهات
# REVIEW: draft translation
web-admin-nav-gemeinden = البلديات
# REVIEW: draft translation
web-admin-nav-administrators = المسؤولون
# REVIEW: draft translation
web-admin-organisations-title = الجهات
# REVIEW: draft translation
web-admin-gemeinden-title = البلديات
# REVIEW: draft translation
web-admin-administrators-title = المسؤولون ذوو الاختصاص
# REVIEW: draft translation
web-col-managers = مديرو الاندماج
# REVIEW: draft translation
web-col-ags = AGS
# REVIEW: draft translation
web-col-landkreis = المقاطعة
# REVIEW: draft translation
web-col-person = الشخص
# REVIEW: draft translation
web-col-scope = مسؤول عن
# REVIEW: draft translation
web-col-since = منذ
# REVIEW: draft translation
web-field-ags = الرمز الرسمي للبلدية (AGS، 8 أرقام)
# REVIEW: draft translation
web-field-telegram-id = معرّف الشخص في تيليجرام (رقم)
# REVIEW: draft translation
web-admin-add = إضافة
# REVIEW: draft translation
web-admin-org-kind-gemeinde = بلدية
# REVIEW: draft translation
web-admin-org-kind-landkreis = مقاطعة
# REVIEW: draft translation
web-admin-org-kind-traeger = جهة خيرية مستقلة
# REVIEW: draft translation
web-admin-org-kind-verbund = اتحاد بلديات
# REVIEW: draft translation
web-admin-org-add-title = إضافة جهة
# REVIEW: draft translation
web-admin-org-added = تمت إضافة الجهة.
# REVIEW: draft translation
web-admin-error-kind = يُرجى اختيار أحد الأنواع الأربعة.
# REVIEW: draft translation
web-admin-error-place-name = يُرجى كتابة اسم في سطر واحد، 100 حرف على الأكثر.
# REVIEW: draft translation
web-admin-gemeinde-add-title = إضافة بلدية
# REVIEW: draft translation
web-admin-gemeinde-added = تمت إضافة البلدية.
# REVIEW: draft translation
web-admin-error-ags = الرمز الرسمي للبلدية مكوّن من 8 أرقام بالضبط، مثلًا 08118011.
# REVIEW: draft translation
web-admin-error-ags-taken = هذه البلدية موجودة من قبل: { $name }.
# REVIEW: draft translation
web-admin-gemeinden-read-only = يضيف البلديات الجديدة مسؤول عام.
# REVIEW: draft translation
web-admin-administrators-global = المسؤولون العامّون مذكورون في الإعدادات (admins) وليسوا هنا. يظهر الأشخاص بمعرّف السجل كما في سجل التدقيق.
# REVIEW: draft translation
web-admin-scope-organisation = الجهة { $name }
# REVIEW: draft translation
web-admin-scope-gemeinde = البلدية { $name } ({ $ags })
# REVIEW: draft translation
web-admin-scope-add-title = منح اختصاص
# REVIEW: draft translation
web-admin-scope-added = تم منح الاختصاص.
# REVIEW: draft translation
web-admin-scope-already = لهذا الشخص هذا الاختصاص من قبل؛ لم يتغيّر شيء.
# REVIEW: draft translation
web-admin-scope-removed = تمت إزالة الاختصاص.
# REVIEW: draft translation
web-admin-error-telegram-id = يُرجى كتابة معرّف تيليجرام رقمًا موجبًا.
# REVIEW: draft translation
web-admin-error-scope = يُرجى اختيار جهة أو بلدية.
# REVIEW: draft translation
web-admin-scope-remove = إزالة
# REVIEW: draft translation
web-admin-scope-remove-title = إزالة اختصاص
# REVIEW: draft translation
web-admin-scope-remove-text = لن يكون { $person } بعد ذلك مسؤولًا عن { $scope }. تبقى الاختصاصات الأخرى.
# REVIEW: draft translation
web-admin-scope-remove-confirm = تأكيد الإزالة
## Web announcements (issue 14)

# REVIEW: draft translation
# REVIEW: "رسالة جماعية" for Mitteilung, as in the bot (the glossary avoids "إعلان", which also means an advertisement).
web-nav-announce = الرسائل الجماعية
# REVIEW: draft translation
web-announce-title = الرسائل الجماعية
# REVIEW: draft translation
web-announce-new = رسالة جماعية جديدة
# REVIEW: draft translation
web-field-audience = لمن تُرسَل الرسالة الجماعية؟
# REVIEW: draft translation
web-error-audience = يرجى اختيار من سيتلقى الرسالة الجماعية.
# REVIEW: draft translation
web-field-only = فقط للأشخاص بهذه اللغات (بدون اختيار: كل اللغات)
# REVIEW: draft translation
web-field-text-german = النص بالألمانية (إلزامي، { $max } حرفًا كحد أقصى؛ يتلقاه من يقرأ لغة ليس لها نص خاص)
# REVIEW: draft translation
web-field-text-translation = النص بـ{ $language } (اختياري)
# REVIEW: draft translation
web-announce-when-hint = اترك التاريخ والوقت فارغين للإرسال فورًا.
# REVIEW: draft translation
web-announce-preview = معاينة
# REVIEW: draft translation
web-announce-preview-title = معاينة الرسالة الجماعية
# REVIEW: draft translation
web-announce-preview-total = مجموع المستلمين: { $count }
# REVIEW: draft translation
web-announce-preview-when = مُجدوَل في { $when }.
# REVIEW: draft translation
web-announce-schedule = جدولة لهذا الموعد
# REVIEW: draft translation
web-announce-send-now = إرسال الآن
# REVIEW: draft translation
web-announce-change = تعديل
# REVIEW: draft translation
web-announce-stale = هذه الرسالة الجماعية لم تعد مُجدوَلة.
# REVIEW: draft translation
web-announce-report-title = تقرير الرسالة الجماعية
# REVIEW: draft translation
web-announce-status-scheduled = هذه الرسالة الجماعية مُجدوَلة ولم تُرسَل بعد.
# REVIEW: draft translation
web-announce-status-cancelled = أُلغيت هذه الرسالة الجماعية ولم تُرسَل.
# REVIEW: draft translation
web-announce-progress-label = التقدم
# REVIEW: draft translation
web-announce-status-done = تم: أُرسلت الرسالة الجماعية.
# REVIEW: draft translation
web-announce-status-sending = جارٍ الإرسال: { $settled } من { $total } تمت معالجتها. تتحدث هذه الصفحة تلقائيًا.
# REVIEW: draft translation
web-announce-total = المستلمون
# REVIEW: draft translation
web-announce-delivered = تم التسليم
# REVIEW: draft translation
web-announce-pending = قيد الانتظار
# REVIEW: draft translation
web-announce-failed = لم يصل (البوت محظور أو الحساب محذوف)
# REVIEW: draft translation
web-announce-unknown = غير واضح (انتهت المهلة، لم يُرسل مجددًا)
# REVIEW: draft translation
web-announce-dropped = لم يُرسل (سُحبت الموافقة في الأثناء)
# REVIEW: draft translation
web-announce-unreached = لم يصل – يرجى التواصل معهم بطريقة أخرى:
# REVIEW: draft translation
web-announce-back = العودة إلى الرسائل الجماعية
# REVIEW: draft translation
web-announce-scheduled = الرسائل الجماعية المجدولة
# REVIEW: draft translation
web-announce-scheduled-none = ليس لديك رسائل جماعية مجدولة.
# REVIEW: draft translation
web-announce-cancel = إلغاء
# REVIEW: draft translation
web-announce-sent = الرسائل الجماعية المرسلة
# REVIEW: draft translation
web-announce-sent-none = لم ترسل أي رسائل جماعية بعد.
