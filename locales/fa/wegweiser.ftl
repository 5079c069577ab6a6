# Wegweiser — Persian (Farsi) (fa).
# DRAFT translation by the developers, awaiting review by a native speaker.
# { "\u200E" } before a /command is a left-to-right mark: it keeps "/help" from showing
# as "help/" inside right-to-left text.
# Uncertain phrases are marked with a "# REVIEW:" comment directly above the message.
# Reference: locales/de/wegweiser.ftl (same messages, same variables, same HTML).
# Polite address with شما; Persian letters ی and ک; zero-width non-joiner in می‌ forms.

## Languages

# The language's own name, shown in the language picker.
language-name = فارسی
language-picker = لطفاً زبان خود را انتخاب کنید.
language-chosen = از این به بعد به فارسی برای شما می‌نویسم.
# REVIEW: draft by the developers
# How each language is called in this one, shown to managers beside its own name.
language-called-de = آلمانی
language-called-ar = عربی
language-called-fa = فارسی
language-called-ti = تیگرینیا
language-called-en = انگلیسی
language-called-uk = اوکراینی

## First contact and help

# REVIEW: "مدیر ادغام" for Integrationsmanagerin/Integrationsmanager — is it understood (also by Dari speakers from Afghanistan)? "قرارهای ملاقات" for Termine (Dari may prefer "وعده").
welcome =
    به Wegweiser خوش آمدید، { $name }!
    اینجا می‌توانید با مدیر ادغام خود در تماس بمانید. همچنین می‌توانید برای قرارهای ملاقات خود یادآوری دریافت کنید و خدمات و برنامه‌های محل زندگی خود را پیدا کنید.
help =
    <b>طرز کار Wegweiser</b>
    /start – شروع دوباره
    /menu – منوی شما
    /offers – برنامه‌ها و خدمات محلی
    /language – تغییر زبان
    /privacy – دیدن و پاک کردن اطلاعات شما
    /help – همین راهنما
    اگر نمی‌دانید چه کار کنید، { "\u200E" }/help را بنویسید.

## Answers to input the bot does not understand

not-understood = متأسفانه این را متوجه نشدم. با نوشتن { "\u200E" }/help می‌بینید که اینجا چه کارهایی می‌توانید انجام دهید.
unknown-command = دستور { $command } را نمی‌شناسم. با نوشتن { "\u200E" }/help همهٔ دستورها را می‌بینید.
unsupported-content = هنوز نمی‌توانم این نوع پیام را بخوانم. لطفاً یک متن کوتاه برایم بنویسید یا از { "\u200E" }/help استفاده کنید.
stale-button = این دکمه دیگر فعال نیست. لطفاً از جدیدترین پیام استفاده کنید.
something-went-wrong = مشکلی پیش آمد. لطفاً چند دقیقهٔ دیگر دوباره امتحان کنید.

## The command menu (Telegram shows it next to the input field)

command-start = شروع دوباره
command-menu = نمایش منو
command-language = تغییر زبان
command-help = نمایش راهنما
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
command-privacy = حریم خصوصی

## Roles

not-allowed = این کار را اینجا نمی‌توانید انجام دهید. با نوشتن { "\u200E" }/help می‌بینید که چه کارهایی می‌توانید انجام دهید.

## Invitation links

invite-unknown = این لینک دعوت معتبر نیست. لطفاً از مدیر ادغام خود یک لینک جدید بخواهید.
invite-used = از این لینک دعوت قبلاً استفاده شده است. هر لینک فقط یک بار کار می‌کند. لطفاً یک لینک جدید بخواهید.
invite-expired = مهلت این لینک دعوت تمام شده است. لطفاً یک لینک جدید بخواهید.
invite-revoked = این لینک دعوت دیگر معتبر نیست. لطفاً یک لینک جدید بخواهید.
invite-already-linked = شما قبلاً به Wegweiser وصل شده‌اید. با نوشتن { "\u200E" }/menu منوی خود را می‌بینید.

## Integrationsmanager: joining

# REVIEW: "مراجعان" for Klientinnen und Klienten — the usual word in social work?
manager-joined = به Wegweiser خوش آمدید! مراجعان شما، شما را با نام «{ $name }» می‌بینند. آیا درست است؟
manager-name-keep = بله، درست است
manager-name-change = وارد کردن نام دیگر
manager-name-ask = لطفاً نامی را که مراجعان شما باید ببینند برایم بنویسید (حداکثر ۶۴ حرف).
manager-name-bad = نام باید بین ۱ تا ۶۴ حرف باشد. لطفاً دوباره امتحان کنید.
# REVIEW: placeholders "برچسب" (KÜRZEL), "زبان", "شماره", "متن" (TEXT); "غیبت" for Abwesenheit, "جانشین" for Vertretung; "«پاسخ» (Reply)" for Telegram's reply function. New lines: "تاریخ ساعت | مکان | موضوع" and "عنوان | نوع" for DATUM UHRZEIT | ORT | THEMA and TITEL | ART; "قرار" for Termin, "مهلت" for Frist. The /offers line: "برنامه‌های محلی" for "Angebote vor Ort". The /broadcast lines: "اطلاعیه" for Mitteilung (as in consent-announcements).
manager-menu =
    <b>منوی شما</b>
    /clients – مراجعان شما
    /new_client برچسب AGS زبان – دعوت از یک نفر
    /away DD.MM.YYYY – ثبت غیبت (با جایگزین: { "\u200E" }/away DD.MM.YYYY شماره)
    /back – پایان غیبت
    /reply برچسب متن – پاسخ به یک نفر
    /appointment – تعیین قرار (قدم به قدم)
    /appointment برچسب تاریخ ساعت | مکان | موضوع – یک قرار در یک خط
    /appointments – قرارهای پیش رو، جابه‌جا کردن یا لغو
    /deadline برچسب تاریخ | عنوان | نوع – ثبت مهلت
    /deadlines – مهلت‌های باز
    /offers – دیدن برنامه‌های محلی و فرستادن آن‌ها برای مراجعان
    /broadcast – نوشتن اطلاعیه برای مراجعان
    /broadcasts – دیدن و لغو اطلاعیه‌های برنامه‌ریزی‌شده
    /language – تغییر زبان
    برای پاسخ به کسی، روی پیام فرستاده‌شده «پاسخ» (Reply) بزنید.

## Integrationsmanager: inviting a client

# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
new-client-usage = برای دعوت از یک نفر: { "\u200E" }/new_client برچسب AGS زبان، برای مثال { "\u200E" }/new_client AB-12 08118011 fa (AGS = کد هشت‌رقمی شهرداری). برچسب را شما، فرد جایگزین شما و خود آن شخص (در بخش «حریم خصوصی») می‌بینید: حروف اول نام یا شمارهٔ پرونده، حداکثر ۳۲ حرف، بدون نام کامل. زبان‌ها: { $languages }.
# REVIEW: "شهرداری" for Gemeinde in messages for managers (clients see "محل زندگی").
new-client-bad-gemeinde = شهرداری { $ags } جزو شهرداری‌های شما نیست ({ $gemeinden }).
new-client-created =
    دعوت‌نامه برای <b>{ $label }</b> ({ $gemeinde }). این لینک { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } و فقط یک بار معتبر است:
    { $link }
new-client-qr-caption = کد QR برای { $label } – برای نشان دادن یا چاپ کردن.

## Clients: joining with consent

# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
privacy-notice =
    <b>حریم خصوصی</b>
    ربات Wegweiser این‌ها را ذخیره می‌کند: شناسهٔ حساب تلگرام شما، برچسبی که برای شما انتخاب شده است (نه نام شما)، شهرداری شما، زبان شما، موافقت‌های شما، آغاز و پایان برنامه‌ریزی‌شدهٔ همراهی، زمان آخرین تماس، قرارها و مهلت‌های شما (از جمله این‌که آمدید یا نه)، برنامه‌هایی که به آن‌ها علاقه دارید، دعوت‌نامهٔ شما، شمارهٔ پیام‌های شما (برای رساندن پاسخ‌ها) و این‌که چه کسی چه چیزی را کی تغییر داده است (بدون محتوا).
    خودِ پیام‌های شما فقط فرستاده می‌شوند و در Wegweiser ذخیره نمی‌شوند.
    اطلاعات شما را { $manager }، در زمان غیبت فرد جایگزین، و مدیران سازمان می‌بینند.
    همراهی در روز برنامه‌ریزی‌شده و حداکثر پس از ۴ سال پایان می‌یابد. { $days ->
        [one] یک روز
       *[other] { $days } روز
    } پس از آن اطلاعات شما پاک می‌شود؛ برای آمار سالانه فقط اعداد بدون نام باقی می‌ماند.
    با { "\u200E" }/privacy می‌توانید هر وقت بخواهید اطلاعات خود را ببینید و پاک کنید.
    لطفاً انتخاب کنید با چه چیزهایی موافق هستید:
consent-contact = ارتباط با مدیر ادغام خود
consent-reminders = یادآوری قرارها و مهلت‌ها
consent-announcements = اطلاعیه‌ها (مثلاً دربارهٔ کلاس‌های جدید زبان)
# REVIEW: buttons "موافقت و اتصال" / "عدم اتصال" — clear enough?
consent-agree = موافقت و اتصال
consent-decline = عدم اتصال
consent-needed-note = برای اتصال، موافقت با ارتباط لازم است. یادآوری‌ها و اطلاعیه‌ها را می‌توانید روشن یا خاموش کنید.
onboarding-declined = بسیار خوب. چیزی ذخیره نشد. می‌توانید بعداً دوباره لینک را باز کنید.
client-linked = اکنون به { $manager } وصل هستید. کافی است همین‌جا بنویسید – پیام شما فرستاده می‌شود.

## Clients: menu

client-menu = چه کاری می‌خواهید انجام دهید؟
menu-write = ✉️ پیام به { $manager }
menu-appointments = 📅 قرارهای من
menu-deadlines = ⏳ مهلت‌های من
menu-language = 🌐 زبان
menu-privacy = 🔒 حریم خصوصی
write-hint = پیام خود را همین‌جا در گفتگو بنویسید. پیام شما به { $manager } می‌رسد.

## Relaying messages

relay-to-manager = 📨 <b>{ $label }</b> · { $gemeinde } · { $language }
relay-to-client = ✉️ <b>{ $manager }</b>:
relay-reply-hint = برای پاسخ به کسی، روی پیام فرستاده‌شدهٔ همان شخص «پاسخ» (Reply) بزنید.
reply-usage = برای پاسخ مستقیم به کسی: { "\u200E" }/reply برچسب پیام شما
reply-unknown-label = برچسب { $label } در میان افراد وصل‌شده‌ای که همراهی می‌کنید وجود ندارد.
relay-client-gone = این شخص دیگر به Wegweiser وصل نیست. پاسخ شما فرستاده نشد.

## Notices to Integrationsmanager

notify-client-linked = ✅ <b>{ $label }</b> ({ $gemeinde }) اکنون به شما وصل است.
notify-client-unreachable = ⚠️ <b>{ $label }</b> دیگر از طریق Telegram در دسترس نیست (Wegweiser را مسدود کرده یا حساب خود را حذف کرده است). لطفاً از راه دیگری تماس بگیرید.
notify-client-deleted = 🗑 <b>{ $label }</b> همهٔ اطلاعات خود را در Wegweiser پاک کرده است. اتصال دیگر برقرار نیست.
# REVIEW: "به شما سپرده شد" for "wurde Ihnen übergeben".
notify-clients-handed-over =
    { $count ->
        [one] { $count } نفر به شما سپرده شد.
       *[other] { $count } نفر به شما سپرده شدند.
    } آن‌ها را در { "\u200E" }/clients پیدا می‌کنید.

## Absence and office hours

# REVIEW: "بخش اداری" for Verwaltung (the bot's administrators).
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-usage = برای ثبت غیبت: { "\u200E" }/away DD.MM.YYYY – تاریخ، آخرین روز غیبت شماست. با جایگزین: { "\u200E" }/away DD.MM.YYYY شماره.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-set = غیبت تا پایان { $until } ثبت شد، بازگشت در { $back }. جایگزین: { $substitute }. به مراجعان شما اطلاع داده می‌شود.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-set-alone = غیبت تا پایان { $until } ثبت شد، بازگشت در { $back }، بدون جایگزین.
back-done = خوش برگشتید! غیبت شما به پایان رسید.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-notice = { $manager } تا پایان { $until } حضور ندارد (بازگشت در { $back }). پیام شما به جایگزین او، { $substitute }، می‌رسد.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-notice-alone = { $manager } تا پایان { $until } حضور ندارد و از { $back } پیام شما را می‌خواند.
# REVIEW: "از $next" — $next is a date (and perhaps a time).
office-hours-notice = از پیام شما متشکریم. { $manager } از { $next } دوباره در دسترس است و آن را می‌خواند.

## Caseload

clients-header =
    <b>مراجعان شما</b> ({ $count }) – صفحهٔ { $page } از { $pages }
clients-empty = هنوز کسی را دعوت نکرده‌اید. با { "\u200E" }/new_client می‌توانید کسی را دعوت کنید.
client-line = { $label } · { $gemeinde } · { $status } · { $last }
status-invited = دعوت‌شده
status-active = وصل
status-unreachable = در دسترس نیست
status-ended = پایان‌یافته
# REVIEW: "هنوز نه" (not yet) for "noch nie".
never = هنوز نه
# Arrows point the way a right-to-left reader reads: ▶ back (the pager puts it on the right), ◀ forward (on the left).
page-previous = ▶ قبلی
page-next = بعدی ◀
client-page =
    <b>{ $label }</b>
    شهرداری: { $gemeinde }
    زبان: { $language }
    وضعیت: { $status }
    آخرین تماس: { $last }
    همراهی تا: { $until }
client-action-invite = 🔗 لینک دعوت جدید

## Clients: privacy

privacy-menu = <b>حریم خصوصی</b> – اینجا می‌بینید چه اطلاعاتی از شما ذخیره شده است، موافقت‌های خود را تغییر می‌دهید یا همه چیز را پاک می‌کنید.
privacy-show = دیدن اطلاعات من
privacy-consents = تغییر موافقت‌ها
privacy-delete = پاک کردن همه چیز
privacy-data =
    <b>این اطلاعات از شما ذخیره شده است</b>
    برچسب: { $label }
    محل زندگی: { $gemeinde }
    زبان: { $language }
    مدیر ادغام: { $manager }
    تاریخ اتصال: { $since }
    همراهی برنامه‌ریزی‌شده تا: { $until }
    موافقت‌ها: { $consents }
privacy-file-caption = اطلاعات شما به‌صورت فایل (JSON).
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
privacy-consents-title = برای روشن یا خاموش کردن یادآوری‌ها یا اطلاعیه‌ها، روی آن‌ها بزنید. ارتباط روشن می‌ماند، چون خودِ اتصال است: اگر دیگر آن را نمی‌خواهید، در منوی حریم خصوصی «پایان ارتباط» را انتخاب کنید.
privacy-delete-confirm = واقعاً همه چیز پاک شود؟ در این صورت اتصال شما با { $manager } قطع می‌شود. این کار قابل برگشت نیست.
privacy-delete-yes = بله، همه چیز پاک شود
privacy-delete-no = نه، برگشت
privacy-deleted = اطلاعات شما پاک شد. از اینکه از Wegweiser استفاده کردید متشکریم. هر وقت بخواهید می‌توانید با { "\u200E" }/start دوباره شروع کنید.
consent-none = هیچ‌کدام

## Administrators (bot commands)

# REVIEW: "سازمان" for Träger, "شهرستان" for Landkreis, "شهرداری" for Gemeinde, placeholders "نوع" / "نام" / "شماره-سازمان" / "شماره" / "شماره-جایگزین" (NACHFOLGE-NR); the type values (gemeinde, landkreis, traeger, verbund) are typed as they are and stay German. The /offers line: "چند برنامه با هم" for "viele auf einmal" (the command line import). The /broadcast lines: "اطلاعیه" for Mitteilung (as in consent-announcements); "همهٔ مراجعان یکی از شهرداری‌های شما" (all clients of one of your municipalities) for "alle in einer Ihrer Gemeinden".
admin-help =
    <b>مدیریت</b>
    /add_org نوع نام – ثبت سازمان (نوع: gemeinde, landkreis, traeger, verbund)
    /add_gemeinde AGS نام | شهرستان – ثبت شهرداری
    /invite_manager شماره-سازمان AGS[,AGS] نام – دعوت از مدیر ادغام
    /managers – همهٔ مدیران ادغام با تعداد مراجعان
    /assign شماره AGS – سپردن یک شهرداری به یک مدیر ادغام
    /deactivate شماره شماره-جانشین – غیرفعال کردن و سپردن همهٔ مراجعان او
    /offers – دیدن، تغییر و افزودن برنامه‌های شهرداری‌های شما (چند برنامه با هم: wegweiser offers import)
    /broadcast – نوشتن اطلاعیه برای همهٔ مراجعان یکی از شهرداری‌های شما
    /broadcasts – دیدن و لغو اطلاعیه‌های برنامه‌ریزی‌شده
admin-org-added = سازمان شمارهٔ { $id } ثبت شد: { $name }.
admin-gemeinde-added = شهرداری ثبت شد: { $name } ({ $ags })، { $landkreis }.
admin-manager-invited =
    دعوت‌نامه برای { $name } (شمارهٔ { $id }). این لینک { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } و فقط یک بار معتبر است:
    { $link }
admin-bad-input = این را متوجه نشدم: { $problem }. با نوشتن { "\u200E" }/admin دستورها را می‌بینید.
admin-duplicate = این از قبل وجود دارد.
# REVIEW: draft translation
admin-landkreis-of-kreis = شهرداری‌های این بخش به شهرستان { $landkreis } تعلق دارند. لطفاً همین نام را به کار ببرید.
# REVIEW: draft translation
admin-landkreis-other-kreis = شهرداری‌های این شهرستان کد بخش { $kreis } دارند؛ این AGS به بخش دیگری تعلق دارد.
admin-unknown-reference = سازمان یا شهرداری پیدا نشد.
admin-out-of-scope = مدیریت این شهرداری با شما نیست.
admin-assigned = شهرداری { $gemeinde } اکنون به شمارهٔ { $id } سپرده شد.
# REVIEW: "غیرفعال شد" for "ist abgemeldet".
admin-deactivated =
    شمارهٔ { $id } غیرفعال شد. { $count ->
        [one] { $count } نفر به شمارهٔ { $successor } سپرده شد.
       *[other] { $count } نفر به شمارهٔ { $successor } سپرده شدند.
    }
admin-manager-line = شمارهٔ { $id } · { $name } · { $status } · { $count }

## Asking to be taken on (without an invite)

# REVIEW: "درخواست همراهی" (ask for support/accompaniment) as a button for newcomers — clear enough?
join-ask = 🤝 درخواست همراهی
# REVIEW: "محل زندگی شما کدام است؟" (which is your place of residence?) — clients see "محل زندگی" for Gemeinde.
join-choose-gemeinde = محل زندگی شما کدام است؟
# REVIEW: "شهرداری محل زندگی" (the municipal office where you live) for Rathaus.
join-no-gemeinde = ربات Wegweiser هنوز در هیچ محلی راه‌اندازی نشده است. لطفاً به شهرداری محل زندگی خود مراجعه کنید.
join-requested = متشکریم! درخواست شما به مدیران ادغام { $gemeinde } رسید. پاسخ را همین‌جا دریافت می‌کنید.
join-already-open = شما قبلاً یک درخواست فرستاده‌اید که هنوز باز است. پاسخ را همین‌جا دریافت می‌کنید.
# REVIEW: "همراهی این شخص را به عهده بگیرید" (take on the support of this person).
notify-join-request = 🙋 درخواست جدید از { $gemeinde } (زبان: { $language }). آیا می‌خواهید همراهی این شخص را به عهده بگیرید؟
join-accept = بله، همراهی این شخص را به عهده می‌گیرم
join-decline = نه
# REVIEW: "توضیحات حریم خصوصی" for Datenschutzhinweis; "فعلاً با برچسب «…» برای شما نمایش داده می‌شود" (for now shown to you with the label …).
join-accepted-manager = پذیرفته شد. این شخص فعلاً با برچسب «{ $label }» برای شما نمایش داده می‌شود و اکنون توضیحات حریم خصوصی را دریافت می‌کند.
join-declined-manager = رد شد. به این شخص خبر داده می‌شود.
join-already-decided = دربارهٔ این درخواست قبلاً تصمیم گرفته شده است.
# REVIEW: "توضیحات حریم خصوصی" for Datenschutzhinweis; "انتخاب کنید با چه چیزهایی موافق هستید" (choose what you agree to).
join-accepted = خبر خوب: { $manager } همراهی شما را به عهده می‌گیرد. لطفاً توضیحات حریم خصوصی را بخوانید و انتخاب کنید با چه چیزهایی موافق هستید.
join-continue = ادامه
# REVIEW: "شهرداری محل زندگی" (the municipal office where you live) for Rathaus.
join-declined = متأسفانه درخواست شما در { $gemeinde } پذیرفته نشد. لطفاً به شهرداری محل زندگی خود مراجعه کنید.

## Caseload: actions on a client

client-action-gemeinde = 🏠 تغییر شهرداری
client-action-handover = 👥 سپردن به همکار
client-action-extend = ⏳ تمدید همراهی به مدت ۱ سال
client-action-end = ✖ پایان همراهی
client-choose-gemeinde = شهرداری جدید برای { $label }:
client-choose-manager = { $label } به چه کسی سپرده شود؟
client-no-colleague = در این شهرداری همکاری نیست که بتوانید این شخص را به او بسپارید.
client-gemeinde-changed = { $label } اکنون در { $gemeinde } زندگی می‌کند.
# REVIEW: "همراهی … اکنون با … است" (the support of … is now with …).
client-handed-over = همراهی { $label } اکنون با { $manager } است.
notify-client-handed-over = 👥 { $from } <b>{ $label }</b> ({ $gemeinde }) را به شما سپرد.
client-extended = همراهی { $label } اکنون تا { $until } برنامه‌ریزی شده است.
client-extend-limit = همراهی { $label } را نمی‌توان به بیش از ۴ سال تمدید کرد.
client-end-confirm = واقعاً همراهی { $label } پایان یابد؟ در این صورت این شخص دیگر نمی‌تواند به شما پیام بدهد.
client-end-yes = بله، پایان یابد
# REVIEW: draft by the developers
client-end-no = نه، همراهی ادامه یابد
client-ended = همراهی { $label } به پایان رسید.
# REVIEW: "برایتان آرزوی موفقیت داریم" (we wish you success) for "Alles Gute".
support-ended-client = همراهی { $manager } با شما به پایان رسید. برایتان آرزوی موفقیت داریم! اطلاعات شما پس از مدت نگهداری به‌طور خودکار پاک می‌شود؛ در { "\u200E" }/privacy می‌توانید همین حالا آن را ببینید و پاک کنید.
# REVIEW: "در $until" — $until is a date; "صفحهٔ این شخص" (this person's page, in /clients).
support-ends-soon = ⏳ همراهی <b>{ $label }</b> روز { $until } به پایان می‌رسد. در صورت نیاز می‌توانید آن را در صفحهٔ این شخص تمدید کنید.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
support-ends-week = ⏳ همراهی <b>{ $label }</b> یک هفتهٔ دیگر، در { $until }، به پایان می‌رسد. در صورت نیاز می‌توانید آن را در صفحهٔ این شخص تمدید کنید.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
support-ended-planned = 🏁 همراهی <b>{ $label }</b> امروز طبق برنامه به پایان رسید. به این شخص اطلاع داده شد؛ اطلاعاتش پس از مدت نگهداری پاک می‌شود.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
notify-client-retention-deleted = 🗑 اطلاعات <b>{ $label }</b> پاک شد: مدت نگهداری پس از پایان همراهی سپری شده است.
# REVIEW: new (retention) — drafted by the developers, not yet checked by a native speaker.
notify-client-unlinked-deleted = 🗑 دعوت‌نامهٔ <b>{ $label }</b> هرگز استفاده نشد و مدت‌ها پیش منقضی شده است؛ این مورد پاک شد.

## Later additions (labels, substitutes, manager status)

# REVIEW: "برچسب" for Kürzel, as elsewhere in this file.
new-client-label-taken = برچسب { $label } را قبلاً استفاده کرده‌اید. لطفاً برچسب دیگری انتخاب کنید.
reply-ambiguous-label = برچسب { $label } با بیش از یک نفر مطابقت دارد. لطفاً به پیام فرستاده‌شدهٔ آن شخص پاسخ دهید.
# REVIEW: "جانشین" for Vertretung, as in away-set.
# REVIEW: new draft (issue 11), awaiting a native speaker.
notify-substitute = 👥 { $manager } تا پایان { $until } حضور ندارد (بازگشت در { $back }). شما جایگزین هستید: پیام‌های مراجعان او اکنون به شما می‌رسد.
status-manager-active = فعال
# REVIEW: "غیرفعال" for abgemeldet.
status-manager-inactive = غیرفعال

## Appointments and deadlines: topics and kinds

topic-jobcenter = Jobcenter
# REVIEW: "ادارهٔ امور اتباع خارجی" as the explanation of Ausländerbehörde (the German name is kept, as people see it on letters and doors).
topic-auslaenderbehoerde = Ausländerbehörde (ادارهٔ امور اتباع خارجی)
topic-arzt = پزشک
topic-schule = مدرسه / مهدکودک
topic-wohnung = مسکن
topic-sprachkurs = کلاس زبان
topic-beratung = مشاوره
# REVIEW: "تمدید کمک‌هزینه" (extension of the benefits) for Jobcenter-Weiterbewilligung; the German word is kept after the slash.
deadline-kind-jobcenter = Jobcenter: تمدید کمک‌هزینه / Weiterbewilligung
# REVIEW: "اجازهٔ اقامت" for Aufenthaltstitel; the German word is kept after the slash.
deadline-kind-aufenthalt = اجازهٔ اقامت / Aufenthaltstitel
# REVIEW: "کلاس ادغام" for Integrationskurs.
deadline-kind-integrationskurs = ثبت‌نام در کلاس ادغام
# REVIEW: "مهلت اعتراض" for Widerspruchsfrist (time to object to an official decision); the German word is kept after the slash.
deadline-kind-widerspruch = مهلت اعتراض / Widerspruchsfrist
deadline-kind-other = مهلت

## Appointments and deadlines: typing dates

# REVIEW: the date reader only understands German words and Latin digits, so the examples keep "morgen" and "Di" with a gloss (فردا، سه‌شنبه) and Latin digits.
when-malformed = این را به‌عنوان تاریخ و ساعت متوجه نشدم. مثال‌ها: { "\u2066" }25.11.2026 14:30{ "\u2069" } · { "\u2066" }25.11. 14:30{ "\u2069" } · { "\u2066" }morgen 10:00{ "\u2069" } (فردا) · { "\u2066" }Di 9:30{ "\u2069" } (سه‌شنبه)
when-no-such-date = چنین تاریخی وجود ندارد. لطفاً روز و ماه را بررسی کنید.
# REVIEW: "تغییر ساعت تابستانی یا زمستانی" for Zeitumstellung.
when-no-such-time = این ساعت در آن روز وجود ندارد (به دلیل تغییر ساعت تابستانی یا زمستانی). لطفاً ساعت دیگری انتخاب کنید.
when-in-past = این زمان گذشته است. لطفاً زمانی در آینده وارد کنید.
# REVIEW: draft by the developers
when-year-unclear = { $past } گذشته است. اگر منظورتان { $next } است، لطفاً سال را هم بنویسید، برای مثال { $example }.

## Integrationsmanager: appointments

# REVIEW: placeholders "تاریخ ساعت | مکان | موضوع"; the example place "شهرداری، اتاق 3" is free text and shown to the client as typed; Latin digits in what is typed.
appointment-usage = برای تعیین قرار: { "\u200E" }/appointment برچسب تاریخ ساعت | مکان | موضوع، برای مثال { "\u200E" }/appointment AB-12 25.11. 14:30 | شهرداری، اتاق 3 | Jobcenter. اگر یادآوری‌ها را متفاوت از معمول می‌خواهید، در آخر | 2d,3h اضافه کنید. بدون جزئیات، { "\u200E" }/appointment شما را قدم به قدم راهنمایی می‌کند.
appointment-place-empty = لطفاً مکان را وارد کنید.
# REVIEW: draft by the developers
appointment-topic-empty = لطفاً یک موضوع بنویسید، برای مثال Jobcenter یا وقت دکتر برای کودک.
appointment-too-long = این متن خیلی طولانی است. مکان حداکثر ۲۰۰، موضوع حداکثر ۸۰ و عنوان حداکثر ۱۲۰ حرف.
appointment-bad-leads = لطفاً یادآوری‌ها را به شکل فهرستی مثل 1d,2h وارد کنید (d = روز، 1 تا 30؛ h = ساعت، 1 تا 72؛ حداکثر چهار مورد).
appointment-client-not-linked = { $label } هنوز به Wegweiser وصل نیست (یا همراهی به پایان رسیده است)؛ قرارها و مهلت‌ها فقط بعد از اتصال ممکن است.
appointment-saved = 📅 قرار برای <b>{ $label }</b> ثبت شد: { $topic }، { $when }. { $label } اکنون آن را به زبان خود دریافت می‌کند.
appointment-saved-reminders = یادآوری‌ها برنامه‌ریزی شده‌اند.
appointment-saved-no-reminders = بدون یادآوری: { $label } با یادآوری‌ها موافقت نکرده است.
plan-no-clients = هنوز کسی ندارید که به Wegweiser وصل باشد.
plan-which-client = این قرار برای چه کسی است؟
plan-abort = لغو
plan-aborted = لغو شد. چیزی ذخیره نشد.
# REVIEW: draft by the developers
dismissed = بسیار خب، همه‌چیز همان‌طور که بود می‌ماند.
# REVIEW: "morgen" and "Di" stay German (the date reader only understands German words), with a gloss.
plan-when = قرار برای <b>{ $label }</b>. چه زمانی؟ برای مثال: 25.11. 14:30 · morgen 10:00 (فردا) · Di 9:30 (سه‌شنبه)
plan-where = کجا؟ (نشانی یا مکان، برای مثال شهرداری، اتاق 3)
plan-topic = موضوع چیست؟ یک موضوع انتخاب کنید یا آن را بنویسید.
plan-use-buttons = لطفاً روی «ذخیره» یا «لغو» بزنید.
plan-confirm =
    <b>بررسی قرار</b>
    برای: { $label }
    زمان: { $when }
    مکان: { $place }
    موضوع: { $topic }
plan-save = ✅ ذخیره
appointment-gone = این قرار در این فاصله تغییر کرده یا لغو شده است. لطفاً { "\u200E" }/appointments را دوباره باز کنید.
appointment-moved-manager = 📅 قرار <b>{ $label }</b> به { $when } منتقل شد. به { $label } خبر داده می‌شود؛ یادآوری‌ها دوباره برنامه‌ریزی شدند.
appointments-none-manager = هیچ قراری در پیش نیست.
appointments-title-manager =
    <b>{ $count ->
        [one] { $count } قرار پیش رو
       *[other] { $count } قرار پیش رو
    }</b>
appointment-line-manager = • { $when } – <b>{ $label }</b>، { $topic } ({ $answer })
list-more = … و { $count } مورد دیگر.
answer-yes = ✅ می‌آید
answer-no = ❌ نمی‌تواند بیاید
answer-none = هنوز بدون پاسخ
appointment-page =
    <b>قرار { $label }</b>
    زمان: { $when }
    مکان: { $place }
    موضوع: { $topic }
    پاسخ: { $answer }
appointment-move = 🕑 تغییر زمان
appointment-cancel = ✖️ لغو قرار
appointment-move-when = زمان جدید برای قرار <b>{ $label }</b>؟ برای مثال: 26.11. 9:00
appointment-cancel-confirm = واقعاً قرار لغو شود؟ به این شخص خبر داده می‌شود.
appointment-cancel-yes = بله، لغو شود
# REVIEW: draft by the developers
appointment-cancel-no = نه، قرار بماند
appointment-cancelled-manager = قرار <b>{ $label }</b> لغو شد. به { $label } خبر داده می‌شود.
followup-attended = ✅ آمد
followup-missed = ❌ نیامد
followup-noted-attended = ثبت شد: { $label } سر قرار آمد.
followup-noted-missed = ثبت شد: { $label } سر قرار نیامد.

## Integrationsmanager: deadlines

# REVIEW: placeholders "تاریخ | عنوان | نوع"; the example title "درخواست تمدید کمک‌هزینه" (Weiterbewilligungsantrag) is free text and shown to the client as typed.
deadline-usage = برای ثبت مهلت: { "\u200E" }/deadline برچسب تاریخ | عنوان | نوع، برای مثال { "\u200E" }/deadline AB-12 15.12. | درخواست تمدید کمک‌هزینه | jobcenter. نوع‌ها: jobcenter, aufenthalt, integrationskurs, widerspruch, other.
deadline-unknown-kind = این نوع را نمی‌شناسم. نوع‌ها: jobcenter (تمدید کمک‌هزینه)، aufenthalt (اجازهٔ اقامت)، integrationskurs (ثبت‌نام)، widerspruch (مهلت اعتراض)، other.
deadline-saved = ⏳ مهلت برای <b>{ $label }</b> ثبت شد: { $due }. { $label } اکنون آن را به زبان خود دریافت می‌کند.
# REVIEW: "مهلت باز" for "offene Frist" (a deadline not yet done).
deadlines-none-manager = هیچ مهلت بازی وجود ندارد.
deadlines-title-manager =
    <b>{ $count ->
        [one] { $count } مهلت باز
       *[other] { $count } مهلت باز
    }</b>
deadline-line-manager = • { $due } – <b>{ $label }</b>: { $title }
deadline-cancel-button = ✖️ حذف { $label } { $date }
deadline-cancelled-manager = مهلت <b>{ $label }</b> حذف شد. به { $label } خبر داده می‌شود.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-move-button = 📅 جابه‌جایی { $label } { $date }
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-move-ask = مهلت <b>{ $label }</b> («{ $title }»، تا کنون { $due }) به چه روزی منتقل شود؟ برای نمونه: 15.12.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-moved-manager = 📅 مهلت <b>{ $label }</b> به { $due } منتقل شد. به { $label } خبر داده می‌شود؛ یادآوری‌ها دوباره برنامه‌ریزی شدند.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-gone-manager = این مهلت قبلاً انجام یا حذف شده است؛ چیزی تغییر نکرد.

## Clients: appointments and deadlines

# REVIEW: "قرار" for Termin, as in consent-reminders (Dari speakers may prefer "وعده" or "نوبت").
appointment-new =
    📅 <b>قرار جدید</b> از طرف { $manager }
    { $topic }
    🕑 { $when }
    📍 { $place }
    می‌آیید؟
appointment-moved =
    📅 <b>زمان قرار شما تغییر کرد</b> ({ $manager })
    { $topic }
    🕑 زمان جدید: { $when }
    📍 { $place }
    می‌آیید؟
appointment-reminder =
    🔔 <b>یادآوری قرار شما</b>
    { $topic }
    🕑 { $when }
    📍 { $place }
appointment-cancelled =
    ✖️ <b>قرار لغو شد</b>
    { "\u200F" }{ $topic }
    🕑 { $when }
    لازم نیست بیایید.
appointment-yes = ✅ می‌آیم
appointment-no = ❌ نمی‌توانم بیایم
appointment-calendar = 📅 افزودن به تقویم
appointment-thanks-yes = متشکریم! پاسخ شما فرستاده شد.
# REVIEW: "مدیر ادغام شما" for "Ihre Begleitung".
appointment-thanks-no = از اینکه خبر دادید متشکریم. مدیر ادغام شما برای یک قرار جدید با شما تماس می‌گیرد.
appointment-calendar-caption = فایل را باز کنید تا قرار به تقویم شما اضافه شود.
appointment-button-cancelled = این قرار لغو شده است.
appointment-button-moved = زمان این قرار تغییر کرده است. لطفاً به پیام جدیدتر پاسخ دهید.
appointment-button-past = این قرار قبلاً شروع شده است.
appointments-none-client = هیچ قراری در پیش ندارید.
appointments-title-client = <b>قرارهای شما</b>
appointment-line-client = • { $when } – { $topic }، { $place }
deadline-new =
    ⏳ <b>مهلت</b>: { $title } ({ $kind })
    تا: { $due }
    وقتی کار انجام شد، روی «انجام شد» بزنید.
deadline-reminder =
    🔔 <b>یادآوری مهلت</b>: { $title } ({ $kind })
    تا: { $due }
deadline-done = ✅ انجام شد
deadline-done-named = ✅ انجام شد: { $title }
# REVIEW: "مدیر ادغام شما" for "Ihre Begleitung".
deadline-thanks = متشکریم! به مدیر ادغام شما خبر داده شد.
deadline-button-closed = این مهلت قبلاً انجام شده یا حذف شده است.
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
deadline-cancelled = ✖️ مهلت «{ $title }» ({ $due }) از فهرست شما حذف شد. دیگر یادآوری‌ای برای آن دریافت نمی‌کنید. اگر مطمئن نیستید که هنوز باید کاری انجام دهید، همین‌جا بنویسید.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-moved =
    📅 <b>مهلت تغییر کرد</b>: { $title } ({ $kind })
    تاریخ جدید: تا { $due }
    وقتی کار انجام شد، روی «انجام شد» بزنید.
deadlines-none-client = هیچ مهلت بازی ندارید.
deadlines-title-client = <b>مهلت‌های شما</b>
deadline-line-client = • { $due } – { $title }

## Integrationsmanager: notices about appointments and deadlines

notify-appointment-yes = ✅ <b>{ $label }</b> سر قرار می‌آید: { $topic }، { $when }.
notify-appointment-no = ❌ <b>{ $label }</b> نمی‌تواند سر قرار بیاید: { $topic }، { $when }. لطفاً قرار جدیدی بگذارید ({ "\u200E" }/appointments).
notify-appointment-unanswered = ❔ <b>{ $label }</b> هنوز به قرار پاسخ نداده است: { $topic }، { $when }.
appointment-followup = آیا <b>{ $label }</b> سر قرار آمد؟ { $topic }، { $when }
notify-deadline-done = ✅ <b>{ $label }</b> انجام داد: { $title } (تا { $due }).
notify-deadline-overdue = ⚠️ مهلت گذشت و انجام آن اعلام نشد: <b>{ $label }</b>، { $title } ({ $kind }، تا { $due }).

## Integrationsmanager: the digest

digest = <b>مرور کلی شما برای { $date }</b>
digest-today = <b>امروز</b>
digest-unanswered = <b>هنوز بدون پاسخ</b>
digest-overdue = <b>مهلت‌های گذشته</b>
digest-unreachable = <b>در دسترس نیستند</b>
digest-appointment = • { $when } – { $label }، { $topic }
digest-deadline = • { $label }: { $title } (تا { $due })
digest-client = • { $label }
digest-more = … و { $count } مورد دیگر

## Local offers: browsing (clients, Integrationsmanager, administrators)

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. "برنامه" (plural "برنامه‌ها") for Angebot, and "برنامه‌ها و خدمات" in the menu and the command — clear enough, also for Dari speakers? The arrows ◀ are kept as in German; in right-to-left text they may point the wrong way.

menu-offers = 📍 برنامه‌ها و خدمات نزدیک من
command-offers = برنامه‌ها و خدمات محلی
offer-category-sprache = زبان
offer-category-arbeit = کار و آموزش حرفه‌ای
offer-category-beratung = مشاوره
offer-category-familie = کودکان و خانواده
offer-category-gesundheit = سلامت
# REVIEW: "اوقات فراغت و آشنایی" (free time and getting to know people) for Freizeit & Begegnung.
offer-category-freizeit = اوقات فراغت و آشنایی
offer-category-wohnen = مسکن
# REVIEW: "شهرداری" for Gemeinde (this message is mostly seen by managers and administrators).
offers-no-gemeinde = هنوز هیچ شهرداری برای شما ثبت نشده است، به همین دلیل نمی‌توانم برنامه‌ای نشان دهم.
offers-choose-gemeinde = برنامه‌های کدام شهرداری را می‌خواهید ببینید؟
offers-categories = <b>برنامه‌ها در { $gemeinde }</b>
    به دنبال چه چیزی هستید؟
offers-none = هنوز هیچ برنامه‌ای در { $gemeinde } ثبت نشده است.
offer-category-button = { $category } ({ $count })
offers-list-header = <b>{ $category }</b> · { $gemeinde }
    صفحهٔ { $page } از { $pages }
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
offer-only-german-mark = (متن فقط به آلمانی)
offers-back-categories = ▶ موضوع‌ها
offers-back-list = ▶ بازگشت به فهرست
offers-back-offer = ▶ بازگشت به برنامه
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
offer-only-german = توضیحات این برنامه فقط به زبان آلمانی موجود است.
offer-detail-inactive = ⏸ غیرفعال: مراجعان این برنامه را نمی‌بینند.
offer-detail-times = 🕒 { $times }
# REVIEW: "جلسهٔ بعدی" (next session) for "Nächster Termin".
offer-detail-next = 📅 جلسهٔ بعدی: { $when }
offer-detail-until = این برنامه تا { $date } معتبر است
offer-detail-address = 📍 { $address }
offer-detail-phone = ☎️ { $phone }
offer-detail-email = ✉️ { $email }
offer-detail-web = 🌐 { $web }
offer-detail-languages = 🗣 زبان‌هایی که آنجا صحبت می‌شود: { $languages }
offer-detail-map = 🗺 <a href="{ $url }">نمایش روی نقشه</a>
offer-gone = این برنامه دیگر وجود ندارد.
offer-button-interested = 🙋 به این علاقه دارم
offer-button-show = دیدن برنامه

## Local offers: interest and recommendations

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

offer-interest-sent = متشکریم! { $manager } اکنون می‌داند که به این برنامه علاقه دارید و با شما تماس می‌گیرد.
offer-interest-again = { $manager } از قبل می‌داند که به این برنامه علاقه دارید و با شما تماس می‌گیرد.
notify-offer-interest = 🙋 { $label } به برنامهٔ «{ $offer }» علاقه دارد. لطفاً با او تماس بگیرید.
offer-button-send = 📨 فرستادن برای مراجع
offer-send-pick = «{ $offer }» برای چه کسی فرستاده شود؟
offer-send-nobody = هیچ‌یک از مراجعان شما در شهرداری‌ای که «{ $offer }» شامل آن می‌شود زندگی نمی‌کند، یا هیچ‌کدام در حال حاضر در دسترس نیستند.
offer-send-unreachable = این شخص در حال حاضر از طریق Wegweiser در دسترس نیست.
offer-sent = «{ $offer }» برای { $label } فرستاده می‌شود. پیام به زبان همان شخص می‌رسد.
offer-recommended = { $manager } یک برنامه به شما پیشنهاد می‌کند: <b>{ $offer }</b>

## Local offers: administrators

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

offer-button-new = ➕ برنامهٔ جدید
offer-button-edit = ✏️ { $field }
offer-button-deactivate = ⏸ غیرفعال کردن
offer-button-activate = ▶ فعال کردن
offer-field-title = عنوان
offer-field-description = توضیحات
offer-field-times = زمان‌ها
offer-field-address = نشانی
offer-field-phone = تلفن
offer-field-email = ایمیل
offer-field-web = وب‌سایت
offer-field-schedule = زمان‌بندی (cron)
offer-not-yours = این برنامه متعلق به شهرداری‌های شما نیست؛ نمی‌توانید آن را تغییر دهید.
# REVIEW: "فایل ورود داده (import)" for Import-Datei.
offer-edit-prompt = لطفاً مقدار جدید <b>{ $field }</b> را بفرستید (به آلمانی؛ ترجمه‌ها با فایل ورود داده (import) می‌آیند).
    مقدار فعلی: { $current }
    برای خالی کردن این بخش، { $clear } بفرستید.
offer-activated = این برنامه دوباره دیده می‌شود.
offer-deactivated = این برنامه غیرفعال شد و دیگر برای مراجعان دیده نمی‌شود.
offer-new-category = برنامهٔ جدید در { $gemeinde }: به کدام موضوع مربوط است؟
offer-new-title = موضوع: { $category }. نام این برنامه چیست؟ لطفاً عنوان را به آلمانی بفرستید.
offer-text-only = لطفاً مقدار را به‌صورت متن بفرستید.
offer-saved = ذخیره شد.
offer-problem-id = شناسه فقط می‌تواند حروف کوچک لاتین، رقم، «-»، «_» و «.» داشته باشد.
offer-problem-category = چنین موضوعی وجود ندارد.
offer-problem-missing = این بخش نباید خالی باشد.
offer-problem-too-long = این خیلی طولانی است: حداکثر { $max } حرف.
# REVIEW: the example is wrapped in left-to-right isolates (U+2066 … U+2069) so that its five fields are not shown in reverse order; please check that it reads 0 18 * * 2. Latin digits in "18:00", as in the example.
offer-problem-schedule = این زمان‌بندی معتبر نیست. مثال: «{ "\u2066" }0 18 * * 2{ "\u2069" }» یعنی سه‌شنبه‌ها ساعت 18:00 (دقیقه، ساعت، روز، ماه، روز هفته). برای حذف زمان‌بندی، { $clear } بفرستید.
# REVIEW: draft by the developers
schedule-problem-parts = یک برنامهٔ زمانی پنج بخش دارد که با فاصله جدا می‌شوند (دقیقه ساعت روز ماه روز هفته)؛ اینجا { $count } بخش است.
schedule-problem-range = { $part } { $value } وجود ندارد: مجاز از { $min } تا { $max } است.
schedule-problem-part = «{ $text }» را به‌عنوان { $part } متوجه نشدم. مجاز است: یک عدد، یک بازه مثل 1-5، یک فهرست مثل 1,3، یک گام مثل */15 یا *.
schedule-problem-other = این پنج بخش این‌طور با هم جور نیستند.
schedule-part-minute = دقیقه
schedule-part-hour = ساعت
schedule-part-day = روز
schedule-part-month = ماه
schedule-part-weekday = روز هفته
offer-problem-place = لطفاً یک شهرداری یا شهرستان را نام ببرید.
offer-problem-duplicate = این شناسه از قبل وجود دارد.
offer-problem-url = این نشانی وب نیست. مثال: https://www.example.com
offer-problem-email = این نشانی ایمیل نیست. مثال: info@example.com
offer-problem-phone = این شماره تلفن نیست. فقط رقم، فاصله و + / - ( ) مجاز است.
offer-problem-date = این تاریخ معتبر نیست.
offer-problem-language = این کد زبان نیست (برای مثال de, ar, ti).
# REVIEW: draft by the developers (issue 14)
offer-problem-scope = این کار مجاز نیست: فقط شهرداری‌هایی که مدیریت می‌کنید (کل بخش فقط برای مدیران کل).

## Announcements: what clients receive

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. "اطلاعیه" (plural "اطلاعیه‌ها") for Mitteilung, as in consent-announcements.

broadcast-message = 📣 { $text }
broadcast-only-german = این اطلاعیه فقط به زبان آلمانی موجود است.
# REVIEW: button "دیگر اطلاعیه نمی‌خواهم" (I do not want announcements any more).
broadcast-stop = 🔕 دیگر اطلاعیه نمی‌خواهم
broadcast-stopped = از این به بعد اطلاعیه‌ای برای شما فرستاده نمی‌شود. پیام‌های مدیر ادغام شما و یادآوری‌ها همچنان به شما می‌رسند. با { "\u200E" }/privacy می‌توانید اطلاعیه‌ها را دوباره فعال کنید.
offer-today = 📅 امروز: <b>{ $offer }</b> – { $when }
# REVIEW: "پیام" (message) for Hinweise, to keep it apart from "یادآوری" (reminders).
offer-mute = 🔕 دیگر دربارهٔ این برنامه پیام نمی‌خواهم
offer-muted = از این به بعد دربارهٔ این برنامه پیامی برای شما فرستاده نمی‌شود.

## Announcements: progress and report (Integrationsmanager, administrators)

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. The counts follow a colon, to avoid agreement.

broadcast-starting = 📣 اطلاعیهٔ شما در حال آماده شدن است …
# REVIEW: "رسیده" (arrived) for zugestellt, "در انتظار" for ausstehend, "در دسترس نبودند" for "nicht erreicht".
broadcast-progress = 📣 اطلاعیهٔ شما در حال ارسال است. رسیده: { $sent } از { $total }، در انتظار: { $pending }، در دسترس نبودند: { $failed }.
broadcast-progress-done = 📣 اطلاعیهٔ شما فرستاده شد. رسیده: { $sent } از { $total }، در دسترس نبودند: { $failed }.
# REVIEW: "نامشخص (مهلت پاسخ تمام شد، دوباره فرستاده نشد)" for "Unklar (Zeitüberschreitung, nicht noch einmal gesendet)"; "Wegweiser" for "Bot", as in notify-client-unreachable.
broadcast-report =
    <b>گزارش اطلاعیهٔ شما</b>
    گیرندگان: { $total }
    رسیده: { $sent }
    در دسترس نبودند (Wegweiser مسدود شده یا حساب حذف شده است): { $failed }
    نامشخص (مهلت پاسخ تمام شد، دوباره فرستاده نشد): { $unknown }
    فرستاده نشد (موافقت در این فاصله پس گرفته شد): { $dropped }
broadcast-report-unreached = لطفاً از راه دیگری با این افراد تماس بگیرید:
broadcast-report-client = • { $label }
broadcast-report-more = … و { $count } نفر دیگر

## Announcements: composing

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. "شهرداری" for Gemeinde and "مراجعان" for Klientinnen und Klienten, as in the other messages for managers.

broadcast-audience-ask = <b>📣 اطلاعیهٔ جدید</b>
    برای چه کسانی فرستاده شود؟ عدد داخل پرانتز نشان می‌دهد چند نفر آن را دریافت می‌کنند: فقط کسانی که با دریافت اطلاعیه‌ها موافقت کرده‌اند.
broadcast-offer-attached = اطلاعیه دربارهٔ برنامهٔ <b>{ $offer }</b>
broadcast-audience-mine = همهٔ مراجعان من
broadcast-audience-mine-in = مراجعان من در { $gemeinde }
broadcast-audience-gemeinde = همهٔ مراجعان در { $gemeinde }
broadcast-audience-button = { $audience } ({ $count })
broadcast-audience-zero = این موارد قابل انتخاب نیستند، چون آنجا هنوز کسی با دریافت اطلاعیه‌ها موافقت نکرده است: { $audiences }
broadcast-audience-none = اطلاعیهٔ شما به هیچ‌کس نمی‌رسید: هنوز کسی با دریافت اطلاعیه‌ها موافقت نکرده است. مراجعان هر وقت بخواهند می‌توانند این را در { "\u200E" }/privacy فعال کنند. چیزی ذخیره نشد.
broadcast-audience-empty = اینجا هنوز کسی با دریافت اطلاعیه‌ها موافقت نکرده است. لطفاً گزینهٔ دیگری انتخاب کنید.
broadcast-audience-chosen = برای: { $audience } ({ $count ->
        [one] { $count } نفر
       *[other] { $count } نفر
    })
broadcast-languages =
    می‌توانید اطلاعیه را فقط برای کسانی بفرستید که زبان‌های مشخصی را می‌خوانند. روی زبان‌های مورد نظر بزنید، یا روی «همهٔ زبان‌ها».
    انتخاب‌شده: { $languages }
broadcast-languages-all = همهٔ زبان‌ها
broadcast-all-languages = همهٔ زبان‌ها
# ◀ points forward for a right-to-left reader.
broadcast-continue = ادامه ◀
broadcast-languages-chosen = زبان‌ها: { $languages }
broadcast-audience-only = (فقط { $languages })
# REVIEW: "حذف پیش‌نویس" (delete the draft) for Verwerfen.
broadcast-abort = ✖ حذف پیش‌نویس
broadcast-discarded = اطلاعیه حذف شد. چیزی فرستاده نشد.
broadcast-ask-german = لطفاً اکنون متن اطلاعیه را به آلمانی بنویسید (حداکثر { $max } حرف). کسانی که زبان دیگری می‌خوانند، تا وقتی ترجمه‌ای نباشد، متن آلمانی را همراه با یک توضیح دریافت می‌کنند.
broadcast-ask-translation = لطفاً اکنون متن را به زبان { $language } بنویسید (حداکثر { $max } حرف).
broadcast-text-not-text = لطفاً متن را به‌صورت یک پیام ساده، بدون عکس یا فایل، بفرستید. چیزی ذخیره نشد؛ منتظر متن هستم.
broadcast-text-empty = متن خالی است. چیزی ذخیره نشد؛ لطفاً متن اطلاعیه را بفرستید.
broadcast-text-too-long = متن خیلی طولانی است: { $length } حرف، در حالی که حداکثر { $max } حرف ممکن است. چیزی ذخیره نشد؛ لطفاً آن را کوتاه کنید و دوباره بفرستید.
broadcast-translations =
    متن‌های موجود: { $done }.
    هنوز بدون متن جداگانه: { $missing }. کسانی که این زبان‌ها را می‌خوانند، متن آلمانی را همراه با یک توضیح دریافت می‌کنند. آیا می‌خواهید متنی اضافه کنید؟
broadcast-add-translation = ➕ متن به زبان { $language }
broadcast-show-preview = 👁 پیش‌نمایش
broadcast-preview-heading = <b>پیش‌نمایش · { $language } · { $count ->
        [one] { $count } نفر
       *[other] { $count } نفر
    }</b>
broadcast-preview-ready = اطلاعیهٔ شما به این شکل به { $count ->
        [one] { $count } نفر
       *[other] { $count } نفر
    } می‌رسد. همین حالا فرستاده شود یا بعداً؟
broadcast-send-now = 📣 ارسال فوری
broadcast-schedule = 🕒 ارسال بعداً
broadcast-sent-now = اطلاعیهٔ شما اکنون برای { $count ->
        [one] { $count } نفر
       *[other] { $count } نفر
    } فرستاده می‌شود. اینجا می‌بینید که ارسال تا کجا پیش رفته است؛ در پایان یک گزارش دریافت می‌کنید.
# REVIEW: the date reader only understands German words and Latin digits, so the examples keep "morgen" and "Di" with a gloss, as in when-malformed; each example is wrapped in left-to-right isolates (U+2066 … U+2069) so that date and time are not swapped — please check the display.
broadcast-ask-when = اطلاعیه چه زمانی فرستاده شود؟ مثال‌ها: { "\u2066" }25.11.2026 14:30{ "\u2069" } · { "\u2066" }25.11. 14:30{ "\u2069" } · { "\u2066" }morgen 10:00{ "\u2069" } (فردا) · { "\u2066" }Di 9:30{ "\u2069" } (سه‌شنبه)
broadcast-scheduled = 🕒 اطلاعیهٔ شما برای { $when } برنامه‌ریزی شد. با { "\u200E" }/broadcasts اطلاعیه‌های برنامه‌ریزی‌شدهٔ خود را می‌بینید و می‌توانید آن‌ها را لغو کنید.
broadcast-list-none = هیچ اطلاعیهٔ برنامه‌ریزی‌شده‌ای ندارید. با { "\u200E" }/broadcast می‌توانید اطلاعیهٔ جدیدی بنویسید.
broadcast-list-title = <b>اطلاعیه‌های برنامه‌ریزی‌شدهٔ شما ({ $count })</b>
broadcast-list-line =
    🕒 { $when }
    برای: { $audience } · در حال حاضر { $count ->
        [one] { $count } نفر
       *[other] { $count } نفر
    }
    «{ $text }»
# REVIEW: the date and time (e.g. 24.12. 18:00) are wrapped in left-to-right isolates (U+2066 … U+2069) so that they are not swapped — please check the display.
broadcast-cancel-button = ✖ لغو: { "\u2066" }{ $when }{ "\u2069" }
broadcast-cancelled = اطلاعیه‌ای که برای { $when } برنامه‌ریزی شده بود لغو شد. چیزی فرستاده نمی‌شود.
broadcast-already-started = این اطلاعیه در حال ارسال است یا فرستاده شده است؛ دیگر نمی‌توان آن را لغو کرد.
# REVIEW: "اطلاع‌رسانی" (informing people) for Ankündigen, a button on an offer's page.
offer-button-announce = 📣 اطلاع‌رسانی

## Privacy for everyone, stand-ins and hand-over, reachability (issue 11)

# REVIEW: new draft (issue 11), awaiting a native speaker.
away-colleagues = چه کسی می‌تواند جایگزین شما باشد (شماره · نام): { $list }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-no-colleagues = در سازمان شما کسی نیست که بتواند جایگزین شما باشد. می‌توانید غیبت را بدون جایگزین ثبت کنید.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-bad-date = «{ $text }» را به عنوان تاریخ نمی‌فهمم. لطفاً این‌طور بنویسید: { "\u2066" }/away 20.12.2026{ "\u2069" } ({ "\u2066" }2.1.2027{ "\u2069" } هم درست است) – آخرین روز غیبت شما.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-date-past = { $date } گذشته است. لطفاً آخرین روز غیبت خود را بنویسید: امروز یا بعد از آن.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-unknown-substitute = شمارهٔ «{ $number }» متعلق به کسی نیست که بتواند جایگزین شما باشد. چیزی ثبت نشد.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-self-substitute = نمی‌توانید جایگزین خودتان باشید. چیزی ثبت نشد.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
client-away-substitute = 👥 تا وقتی { $manager } حضور ندارد (تا پایان { $until }، بازگشت در { $back })، { $substitute } پیام‌های شما را می‌خواند و پاسخ می‌دهد.
# REVIEW: new draft (issue 11), awaiting a native speaker.
client-new-manager = 👥 از این پس { $manager } مسئول همراهی شماست. پیام‌های شما از حالا به { $manager } می‌رسد.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-standin-ended = غیبت { $manager } تمام شده است: { $manager } دوباره خودش <b>{ $label }</b> را همراهی می‌کند. پاسخ شما فرستاده نشد.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-client-moved = اکنون { $manager } همراه <b>{ $label }</b> است. پاسخ شما فرستاده نشد.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-client-unreachable = ⚠️ <b>{ $label }</b> از طریق Telegram در دسترس نیست (Wegweiser را مسدود کرده یا حساب را حذف کرده است). پیام شما فرستاده نشد. به محض اینکه { $label } دوباره بنویسد، ارسال دوباره ممکن است.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-no-consent = <b>{ $label }</b> با ارتباط از طریق Wegweiser موافقت نکرده است. پیام شما فرستاده نشد.
# REVIEW: new draft (issue 11), awaiting a native speaker.
notify-client-ended-contact = 🔚 <b>{ $label }</b> ارتباط از طریق Wegweiser را پایان داده است. دیگر پیامی منتقل نمی‌شود.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-missing = بدون موافقت شما با ارتباط، Wegweiser پیام شما را به { $manager } نمی‌رساند. می‌توانید آن را در { "\u200E" }/privacy و «تغییر موافقت‌ها» بدهید.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact = پایان ارتباط
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact-yes = بله، ارتباط پایان یابد
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact-confirm = ارتباط با { $manager } از طریق Wegweiser پایان یابد؟ در این صورت دیگر پیام، یادآوری یا اطلاعیه‌ای فرستاده نمی‌شود. بعد از آن هم می‌توانید اطلاعات خود را در { "\u200E" }/privacy ببینید یا پاک کنید.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-ended = ارتباط با { $manager } از طریق Wegweiser پایان یافت. در { "\u200E" }/privacy می‌توانید اطلاعات خود را ببینید یا همه چیز را پاک کنید.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-required = موافقت شما با ارتباط، خودِ اتصال است و جداگانه لغو نمی‌شود. اگر دیگر ارتباط نمی‌خواهید، روی «پایان ارتباط» یا «پاک کردن همه چیز» بزنید.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-manager = به عنوان مدیر ادغام، نام، سازمان و شهرداری‌های شما تا وقتی با Wegweiser کار می‌کنید ذخیره می‌شود. بخش اداری شما هنگام لغو ثبت، آن‌ها را پاک می‌کند.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-menu = <b>حریم خصوصی</b> – اینجا می‌بینید چه چیزی دربارهٔ شما ذخیره شده است و می‌توانید همه چیز را پاک کنید.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-nothing = چیزی دربارهٔ شما ذخیره نشده است.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-data =
    <b>ذخیره‌شده دربارهٔ شما</b>
    زبان: { $language }
    آشنا از: { $since }
    درخواست‌های همراهی: { $requests }
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-open = باز
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-accepted = پذیرفته شده
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-declined = رد شده
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-requests-none = هیچ
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-language-none = هنوز انتخاب نشده
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-delete-confirm = واقعاً همه چیز پاک شود؟ زبان و درخواست‌های همراهی شما پاک می‌شود. این کار قابل برگشت نیست.
# REVIEW: new draft (issue 11), awaiting a native speaker.
invite-manager-is-client = این حساب Telegram به عنوان مراجع به Wegweiser وصل است. به عنوان مدیر ادغام به حساب جداگانه نیاز دارید – یا اول در { "\u200E" }/privacy همهٔ اطلاعات مراجع را پاک کنید.
# REVIEW: new draft (issue 11), awaiting a native speaker.
invite-client-is-manager = این حساب Telegram متعلق به یک مدیر ادغام است. مراجع به حساب Telegram جداگانه‌ای نیاز دارد.
# REVIEW: new draft (issue 11), awaiting a native speaker.
join-asked-recently = شما همین تازگی در { $gemeinde } درخواست داده‌اید. مدیران ادغام آنجا حداکثر روزی یک بار باخبر می‌شوند: از { $from } می‌توانید دوباره درخواست دهید.
# REVIEW: new draft (issue 11), awaiting a native speaker.
broadcast-preview-unreachable = { $count ->
        [one] { $count } نفر دیگر
       *[other] { $count } نفر دیگر
    } از طریق Telegram در دسترس نیستند (Wegweiser را مسدود کرده یا حساب را حذف کرده‌اند) و اطلاعیه را دریافت نمی‌کنند. هر کس دوباره بنویسد، دفعهٔ بعد دریافت می‌کند.

## Inbound flood limit

# Sent once when someone sends more than 30 messages or taps within 10 seconds.
# REVIEW: draft by the developers
inbound-too-fast = این یکباره خیلی زیاد بود. آنچه در چند ثانیهٔ گذشته خیلی سریع فرستادید <b>منتقل نشد</b>. لطفاً کمی صبر کنید و سپس دوباره بفرستید.

## Web workplace
# REVIEW: draft translation of the web workplace's texts, awaiting a native speaker
web-link-off = محل کار وب روی این سرور روشن نیست. مدیریت می‌تواند آن را در پیکربندی روشن کند ([web] listen).
web-link = 🖥 پیوند ورود شما به محل کار وب:
    { $link }
    این پیوند { $minutes } دقیقه و فقط یک بار معتبر است. آن را به کسی ندهید.
web-sign-in-title = ورود
web-sign-in-intro = شما وارد محل کار وب Wegweiser می‌شوید. این پیوند فقط یک بار کار می‌کند.
web-sign-in-button = اکنون وارد شوید
web-link-used = این پیوند ورود منقضی شده یا قبلاً استفاده شده است. برای گرفتن پیوند تازه در ربات /web بنویسید.
web-signed-out-title = خارج شدید
web-signed-out-body = شما وارد نشده‌اید. برای گرفتن پیوند ورود در ربات /web بنویسید.
web-forbidden = این صفحه برای شما باز نیست.
web-not-found = این صفحه وجود ندارد.
web-internal-error = مشکلی پیش آمد. لطفاً کمی بعد دوباره امتحان کنید.
web-csrf-refused = فرم منقضی شده یا ناقص بود؛ چیزی تغییر نکرد. لطفاً صفحه را دوباره بارگذاری کنید و دوباره امتحان کنید.
web-error-title = توجه
web-back-to-today = بازگشت به «امروز»
web-skip-to-content = رفتن به محتوا
web-nav-label = ناوبری اصلی
web-nav-today = امروز
web-nav-plan = برنامه‌ریزی قرار
web-sign-out = خروج
web-sign-out-everywhere = خروج از همه‌جا
web-today-title = امروز
web-today-no-caseload = شما مراجعه‌کننده‌ای ندارید؛ اینجا کاری برای شما نیست.
web-today-appointments = قرارهای امروز
web-tomorrow-appointments = قرارهای فردا
web-today-unanswered = هنوز بدون پاسخ
web-today-overdue = مهلت‌های گذشته
web-today-unreachable = دسترس‌ناپذیر
web-nothing = هیچ.
web-col-when = چه وقت
web-col-client = مراجعه‌کننده
web-col-topic = موضوع
web-col-place = مکان
web-col-answer = پاسخ
web-col-status = وضعیت
web-col-language = زبان
web-cancelled = لغو شده
web-client-title = مراجعه‌کننده
web-plan-appointment = برنامه‌ریزی قرار
web-client-appointments = قرارها
web-client-deadlines = مهلت‌های باز
web-plan-title = برنامه‌ریزی قرار
web-form-has-errors = لطفاً فیلدهای علامت‌خورده را بررسی کنید.
web-field-client = مراجعه‌کننده
web-field-date = تاریخ
web-field-time = ساعت
web-field-zone = ساعت به وقت منطقهٔ زمانی { $zone }.
web-field-place = مکان
web-field-topic = موضوع
web-topic-other = دیگر (پایین بنویسید)
web-field-topic-free = موضوع به زبان خودتان
web-field-leads = یادآوری از قبل (مثلاً 1d,2h)
web-plan-save = ذخیرهٔ قرار
web-error-client = لطفاً یک مراجعه‌کننده انتخاب کنید.
web-error-date = لطفاً تاریخ را وارد کنید.
web-error-time = لطفاً ساعت را وارد کنید (HH:MM).
web-error-no-such-time = این ساعت در آن روز وجود ندارد (تغییر ساعت).
web-nav-caseload = مراجعه‌کنندگان
web-caseload-title = مراجعه‌کنندگان
web-caseload-search = جستجو با برچسب
web-caseload-sort = مرتب‌سازی بر اساس
web-caseload-filter = نمایش
web-caseload-pages = صفحه‌ها
web-all = همه
web-col-gemeinde = شهرداری
web-col-linked = متصل از
web-col-last-contact = آخرین تماس
web-col-support-end = همراهی تا
web-prev = → قبلی
web-next = بعدی ←
# REVIEW: draft translation of the web workplace's appointment, deadline and request pages (issue 13), awaiting a native speaker
web-nav-week = هفته
web-nav-joins = درخواست‌ها
web-today-joins = درخواست‌های تازه
web-appointment-title = قرار ملاقات
web-move-title = جابه‌جایی قرار ملاقات
web-move-save = جابه‌جا کردن
web-cancel-appointment = لغو قرار ملاقات
web-cancel-title = لغو قرار ملاقات
web-stale-appointment = این قرار ملاقات در این فاصله تغییر کرده یا لغو شده است (شاید در ربات)؛ اینجا چیزی تغییر نکرد. لطفاً وضعیت فعلی را ببینید.
web-stale-deadline = این مهلت قبلاً انجام یا لغو شده است؛ اینجا چیزی تغییر نکرد.
web-back-to-client = به صفحهٔ مراجع
web-client-support = همراهی
web-field-new-gemeinde = شهرداری جدید
web-field-colleague = همکار
web-stale-choice = این انتخاب دیگر معتبر نیست؛ چیزی تغییر نکرد. لطفاً صفحهٔ مراجع را دوباره بارگیری کنید.
web-deadline-add = افزودن مهلت
web-deadline-title = افزودن مهلت
web-deadline-save = ذخیرهٔ مهلت
web-deadline-cancel = لغو
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move = جابه‌جایی
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-page-title = مهلت
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move-title = جابه‌جایی مهلت
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move-save = انتقال به این روز
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-field-new-due = روز جدید
web-field-due = سررسید در
web-field-title = عنوان
web-field-kind = نوع
web-error-deadline-title = لطفاً عنوانی وارد کنید.
web-col-due = سررسید
web-col-title = عنوان
web-col-kind = نوع
web-col-action = اقدام
web-col-asked = تاریخ درخواست
web-week-title = هفته
web-week-nav = هفته‌ها
web-week-prev = → هفتهٔ قبل
web-week-this = این هفته
web-week-next = هفتهٔ بعد ←
web-joins-title = درخواست‌ها
web-joins-back = به درخواست‌ها
# REVIEW: draft by the developers (issue 14, administrators' web pages), awaiting a native speaker.
web-admin-nav-offers = برنامه‌ها
web-admin-nav-upload = فایل برنامه‌ها
web-admin-nav-audit = گزارش بازرسی
web-admin-offers-title = برنامه‌های محلی
web-admin-no-gemeinde = شما هیچ شهرداری را مدیریت نمی‌کنید؛ اینجا کاری برای شما نیست.
web-admin-filter = نمایش
web-admin-filter-active = فعال
web-admin-filter-lacks = ترجمه ناقص است در
web-admin-active = فعال
web-admin-inactive = غیرفعال
web-admin-col-missing = ناقص در
web-admin-offer-title = ویرایش برنامه
web-admin-offer-id = شناسه
web-admin-activate = فعال کردن
web-admin-deactivate = غیرفعال کردن
web-admin-texts = متن‌ها به زبان‌ها
web-admin-missing = ناقص
web-admin-details = مشخصات
web-admin-field-gemeinden = شهرداری‌ها (AGS، با فاصله جدا شده)
web-admin-field-landkreis = بخش (Landkreis، برای کل بخش)
web-admin-field-languages = زبان‌های گفتاری (کدها، مثلاً de ar)
web-admin-field-valid-from = معتبر از
web-admin-field-valid-until = معتبر تا
web-admin-save = ذخیره
web-admin-back-to-list = به فهرست برنامه‌ها
web-admin-upload-title = برنامه‌ها از یک فایل
web-admin-upload-intro = یک فایل TOML یا CSV بارگذاری کنید (مانند «wegweiser offers import»). ابتدا فقط بررسی می‌شود؛ وارد کردن فقط وقتی انجام می‌شود که سپس «وارد کردن» را بزنید، و فقط اگر همه چیز درست باشد.
web-admin-upload-file = فایل
web-admin-upload-check = بررسی
web-admin-upload-again = بررسی فایل دیگر
web-admin-upload-format = نام فایل باید به ‎.csv یا ‎.toml ختم شود. چیزی وارد نشد.
web-admin-upload-unreadable = فایل خوانده نشد. چیزی وارد نشد.
web-admin-upload-nothing = چیزی وارد نشد.
web-admin-upload-rejected = چیزی وارد نشد. تعداد مشکلات: { $count }. لطفاً فایل را اصلاح کنید و دوباره بررسی کنید.
web-admin-col-line = سطر
web-admin-col-field = فیلد
web-admin-col-problem = مشکل
web-admin-upload-plan = همه چیز درست است. جدید: { $create } · تغییر یافته: { $update } · بدون تغییر: { $same }. هنوز چیزی ذخیره نشده است.
web-admin-upload-create = جدید
web-admin-upload-update = تغییر یافته
web-admin-upload-import = وارد کردن
web-admin-upload-done = وارد شد. جدید: { $create } · تغییر یافته: { $update } · بدون تغییر: { $same }.

## The offer file's own problems, on the upload page (the command line says them in English)
# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. The counts follow a colon. TOML, CSV, AGS and the keys in brackets stay as they are written.

offer-file-toml-not-utf8 = فایل متن UTF-8 نیست. لطفاً آن را با رمزگذاری UTF-8 ذخیره کنید.
offer-file-csv-not-utf8 = فایل متن UTF-8 نیست (نخستین نویسهٔ نادرست در سطر: { $row }). احتمالاً با قالب "CSV (Trennzeichen-getrennt)" ذخیره شده است: لطفاً آن را با قالب "CSV UTF-8 (durch Trennzeichen getrennt)" ذخیره کنید و همان فایل را بارگذاری کنید.
offer-file-cell-not-utf8 = این متن UTF-8 نیست. لطفاً فایل را با قالب "CSV UTF-8" ذخیره کنید.
offer-file-toml-syntax = این TOML معتبر نیست ({ $detail }).
offer-file-unknown-top-key = مورد ناشناخته: فایل برنامه‌ها فقط جدول‌های [[offer]] دارد.
offer-file-not-offer-array = هر برنامه را با سطر [[offer]] (دو کروشه) شروع کنید.
offer-file-unknown-field = فیلد ناشناخته. مجاز است: { $expected }.
offer-file-unknown-column = ستون ناشناخته. مجاز است: { $expected } و همچنین title_&lt;زبان&gt; و description_&lt;زبان&gt; و times_&lt;زبان&gt;.
offer-file-unnamed-column = این ستون نام ندارد.
offer-file-duplicate-column = این ستون دو بار آمده است.
offer-file-missing-column = این ستون نیست؛ و اجباری است.
offer-file-unreadable-header = سطر عنوان‌ها خوانده نمی‌شود ({ $detail }).
offer-file-unreadable-row = این سطر خوانده نمی‌شود ({ $detail }).
offer-file-too-many-cells = این سطر بیش از ستون‌های سطر عنوان‌ها خانه دارد. خانه‌ها: { $cells }، ستون‌ها: { $columns }.
offer-file-missing-id = کم است: هر برنامه یک شناسه لازم دارد (مثلاً hemmingen-sprachcafe).
offer-file-missing-category = کم است: هر برنامه یک موضوع لازم دارد.
offer-file-missing = کم است: هر برنامه { $field } لازم دارد.
offer-file-not-yes-no = "{ $value }" نه بله است نه خیر (مجاز: true/false، ja/nein، wahr/falsch یا 1/0؛ خالی یعنی بله).
offer-file-not-bool = انتظار می‌رود true یا false (بدون گیومه).
offer-file-not-text = انتظار می‌رود متنی در گیومه، مثلاً { $field } = "…".
offer-file-not-list = انتظار می‌رود یک فهرست، مثلاً { $field } = ["…"].
offer-file-not-texts = انتظار می‌رود متن‌هایی در گیومه، مثلاً { $field } = ["…"].
offer-file-ags-number = هر AGS را در گیومه بنویسید، مثلاً ["08118011"]: به‌صورت عدد، صفر آغازش از دست می‌رود.
offer-file-not-date = انتظار می‌رود یک تاریخ، مثلاً { $field } = "2026-01-31".
offer-file-not-text-table = انتظار می‌رود برای هر زبان یک متن، مثلاً [offer.{ $field }] با de = "…".
offer-file-unknown-gemeinde = شهرداری با AGS { $ags } وجود ندارد. نخست باید افزوده شود.
offer-file-leading-zero = شهرداری با AGS { $ags } وجود ندارد. منظورتان { $padded } بود؟ (برنامهٔ صفحه‌گسترده صفر آغاز را حذف می‌کند، مگر ستون به‌صورت متن قالب‌بندی شده باشد.)
offer-file-landkreis-like = هیچ شهرداری‌ای به شهرستان "{ $landkreis }" تعلق ندارد. منظورتان "{ $like }" بود؟
offer-file-landkreis-none-yet = هیچ شهرداری‌ای به شهرستان "{ $landkreis }" تعلق ندارد: هنوز هیچ شهرداری‌ای افزوده نشده است.
offer-file-unknown-landkreis = هیچ شهرداری‌ای به شهرستان "{ $landkreis }" تعلق ندارد. شهرستان‌های شناخته‌شده: { $known }.
offer-file-not-your-gemeinde = شما شهرداری با AGS { $ags } را مدیریت نمی‌کنید.
offer-file-landkreis-global = برنامه‌های یک شهرستان کامل را فقط مدیران کل نگه می‌دارند.
offer-file-foreign-id = "{ $id }" برنامهٔ شهرداری‌ای است که شما مدیریت نمی‌کنید.
offer-file-duplicate-id = شناسهٔ "{ $id }" بیش از یک بار در فایل آمده است (نخستین بار در سطر: { $first }).
offer-file-no-offers-toml = فایل هیچ برنامه‌ای ندارد. هر برنامه با سطر [[offer]] آغاز می‌شود.
offer-file-no-offers-csv = فایل هیچ برنامه‌ای ندارد. هر سطر زیر سطر عنوان‌ها یک برنامه است.
offer-file-gemeinde-removed = یک شهرداری نام‌برده در فایل هنگام وارد کردن حذف شد. چیزی وارد نشد؛ لطفاً دوباره امتحان کنید.
offer-file-saved-meanwhile = برنامه‌ای از فایل هنگام وارد کردن از سوی کس دیگری ذخیره شد. چیزی وارد نشد؛ لطفاً دوباره امتحان کنید.

## The offer editor: a new offer, and the preview as a client sees it
# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

web-admin-new-offer = برنامهٔ جدید
web-admin-new-offer-title = برنامهٔ جدید
web-admin-new-offer-intro = شناسهٔ فایل برنامه‌ها هنگام ساختن برنامه داده می‌شود.
web-admin-create = ساختن برنامه
web-admin-preview = پیش‌نمایش: مراجعان برنامه را در ربات این‌گونه می‌بینند
web-admin-preview-language = زبان
web-admin-preview-show = نمایش پیش‌نمایش
web-admin-preview-edits = پیش‌نمایش با تغییرها
web-admin-preview-unsaved = پیش‌نمایش فرم را همان‌گونه که پر شده نشان می‌دهد. هنوز چیزی ذخیره نشده است.

web-admin-export = دانلود (همه برنامه‌هایی که اجازه ویرایش دارید)
web-admin-audit-title = گزارش بازرسی
web-admin-audit-who = چه کسی
web-admin-audit-what = چه کاری
web-admin-audit-subject = مربوط به
web-admin-audit-from = از
web-admin-audit-until = تا
web-admin-audit-more = جدیدترین ورودی‌ها نمایش داده می‌شوند، به تعداد { $count }؛ فایل CSV همه را دارد.
web-admin-actor-person = شخص
web-admin-actor-cli = خط فرمان
web-admin-actor-system = راهنما (Wegweiser)
web-admin-actor-deleted = شخص حذف‌شده
web-admin-nav-figures = آمار
web-admin-figures-title = آمار سالانه
web-admin-figures-year = سال
web-admin-figure-clients_linked = افراد تازه در همراهی
web-admin-figure-clients_ended = همراهی‌های پایان‌یافته
web-admin-figure-appointments_planned = قرارهای برنامه‌ریزی‌شده
web-admin-figure-appointments_attended = قرارهای انجام‌شده
web-admin-figure-appointments_missed = قرارهای از دست رفته
# REVIEW: figures at a glance (figbench14, 2026-12), awaiting a native speaker.
web-admin-figure-interests_shown = علاقه به پیشنهادها
web-admin-figure-announcements = اطلاعیه‌ها
web-admin-figure-announcements_delivered = اطلاعیه‌های رسیده (دامنهٔ دسترسی)
web-admin-figures-status-invited = دعوت‌شده (امروز)
web-admin-figures-status-active = در همراهی (امروز)
web-admin-figures-status-unreachable = در دسترس نیست (امروز)
web-admin-figures-status-ended = همراهی پایان‌یافته (امروز)
web-admin-figures-offers = پیشنهادهای نمایان (امروز)
web-admin-figures-of = نمودارها برای
web-admin-figures-of-place = بر اساس ماه: { $place }
web-admin-figures-all = همه
web-admin-figures-organisations = سازمان‌ها
web-admin-figures-months = اعداد نمودارها بر اساس ماه
web-admin-figures-figure = عدد
web-admin-figures-bar = { $month }: { $figure } { $value }
web-admin-figures-chart-clients = ورودی‌ها و خروجی‌ها بر اساس ماه
web-admin-figures-chart-appointments = قرارها بر اساس ماه
web-admin-figures-chart-interests = علاقه به پیشنهادها بر اساس ماه
web-admin-figures-chart-announcements = اطلاعیه‌ها و دامنهٔ دسترسی بر اساس ماه
web-admin-figures-csv-gemeinden = CSV: شهرداری‌ها
web-admin-figures-csv-organisations = CSV: سازمان‌ها
web-admin-figures-csv-months = CSV: بر اساس ماه
web-admin-figures-csv-today = CSV: وضعیت امروز
web-admin-figures-kennzahlen = هر عدد کدام شاخص (Kennzahl) را پشتیبانی می‌کند
web-admin-figures-kennzahlen-note = تطبیق با شاخص‌های VwV Integrationsmanagement برداشت ماست؛ لطفاً با ادارهٔ تأمین بودجه هماهنگ کنید.
web-admin-figures-kennzahl = شاخص (VwV Integrationsmanagement)
web-admin-kennzahl-cases-new = تعداد پرونده‌ها: پرونده‌های تازه
web-admin-kennzahl-cases-closed = تعداد پرونده‌ها: پرونده‌های بسته‌شده
web-admin-kennzahl-cases-open = تعداد پرونده‌ها: پرونده‌های جاری در روز مرجع
web-admin-kennzahl-contacts = دیدارهای مشاوره و همراهی
web-admin-kennzahl-referrals = ارجاع به پیشنهادهای محلی
web-admin-kennzahl-none = هیچ (برای برنامه‌ریزی محلی)

## Web invite (web3)

# REVIEW: draft translation
web-invite-no-bot = ربات هنوز به تلگرام وصل نشده است؛ پیوند دعوت فقط پس از آن ساخته می‌شود. لطفاً یک دقیقه دیگر دوباره امتحان کنید.

## Administrators' pages: managers (admin14b)

# REVIEW: draft translation
web-admin-nav-managers = مدیران ادغام
# REVIEW: draft translation
web-admin-managers-title = مدیران ادغام
# REVIEW: draft translation
web-admin-manager-title = مدیر ادغام
# REVIEW: draft translation
web-col-name = نام
# REVIEW: draft translation
web-col-organisation = سازمان
# REVIEW: draft translation
web-col-gemeinden = شهرداری‌ها
# REVIEW: draft translation
web-col-clients = افراد تحت همراهی
# REVIEW: draft translation
web-admin-invite-title = دعوت از یک مدیر ادغام
# REVIEW: draft translation
web-admin-invite = دعوت
# REVIEW: draft translation
web-admin-invited = { $name } دعوت شد. این لینک را بفرستید؛ فقط یک بار کار می‌کند:
# REVIEW: draft translation
web-admin-invite-qr = کد QR دعوت برای { $name }
# REVIEW: draft translation
web-admin-invite-once = لینک فقط اکنون نشان داده می‌شود: فقط اثری از آن ذخیره می‌شود.
# REVIEW: draft translation
web-admin-to-manager = به صفحهٔ این شخص
# REVIEW: draft translation
web-admin-error-name = لطفاً یک نام در یک خط، حداکثر ۶۴ نویسه، بنویسید.
# REVIEW: draft translation
web-admin-error-gemeinden = لطفاً دست‌کم یک شهرداری انتخاب کنید.
# REVIEW: draft translation
web-admin-error-organisation = لطفاً یک سازمان انتخاب کنید.
# REVIEW: draft translation
web-admin-assign-label = شهرداری دیگر
# REVIEW: draft translation
web-admin-assign = افزودن
# REVIEW: draft translation
web-admin-assigned = شهرداری افزوده شد.
# REVIEW: draft translation
# REVIEW: "مدیر بعدی" (the next manager) for Nachfolge: the glossary keeps "جانشین" for Vertretung (stand-in while away).
web-admin-successor = مدیر بعدی (همهٔ افراد را تحویل می‌گیرد)
# REVIEW: draft translation
web-admin-deactivate-next = ادامه برای تأیید
# REVIEW: draft translation
web-admin-no-successor = کسی نیست که افراد را تحویل بگیرد: نخست باید مدیر بعدی دعوت شود و وارد شود.
# REVIEW: draft translation
web-admin-back-to-managers = بازگشت به فهرست مدیران ادغام
# REVIEW: draft translation
web-admin-confirm-title = تأیید غیرفعال‌سازی
# REVIEW: draft translation
web-admin-confirm-text =
    { $name } غیرفعال می‌شود. { $count ->
        [0] کسی برای تحویل نیست؛ با این حال { $successor } مدیر بعدی می‌شود.
        [one] این شخص به { $successor } سپرده می‌شود و باخبر می‌شود:
       *[other] این { $count } نفر به { $successor } سپرده می‌شوند و باخبر می‌شوند:
    }
# REVIEW: draft translation
web-admin-confirm = غیرفعال کردن و تحویل
# REVIEW: draft translation
web-admin-cancel = لغو
# REVIEW: draft translation
web-admin-deactivated =
    غیرفعال شد. { $count ->
        [one] یک نفر تحویل داده شد.
       *[other] { $count } نفر تحویل داده شدند.
    }

## Administrators' pages: organisations, Gemeinden, scoped administrators (struct14)

# REVIEW: draft translation
web-admin-nav-organisations = سازمان‌ها
# REVIEW: draft translation
web-admin-nav-gemeinden = شهرداری‌ها
# REVIEW: draft translation
web-admin-nav-administrators = مدیران
# REVIEW: draft translation
web-admin-organisations-title = سازمان‌ها
# REVIEW: draft translation
web-admin-gemeinden-title = شهرداری‌ها
# REVIEW: draft translation
web-admin-administrators-title = مدیران با حوزهٔ مسئولیت
# REVIEW: draft translation
web-col-managers = مدیران ادغام
# REVIEW: draft translation
web-col-ags = AGS
# REVIEW: draft translation
web-col-landkreis = شهرستان
# REVIEW: draft translation
web-col-person = شخص
# REVIEW: draft translation
web-col-scope = مسئول
# REVIEW: draft translation
web-col-since = از
# REVIEW: draft translation
web-field-ags = کد رسمی شهرداری (AGS، ۸ رقم)
# REVIEW: draft translation
web-field-telegram-id = شناسهٔ تلگرام شخص (یک عدد)
# REVIEW: draft translation
web-admin-add = افزودن
# REVIEW: draft translation
web-admin-org-kind-gemeinde = شهرداری
# REVIEW: draft translation
web-admin-org-kind-landkreis = شهرستان
# REVIEW: draft translation
web-admin-org-kind-traeger = سازمان خیریهٔ مستقل
# REVIEW: draft translation
web-admin-org-kind-verbund = اتحادیهٔ شهرداری‌ها
# REVIEW: draft translation
web-admin-org-add-title = افزودن سازمان
# REVIEW: draft translation
web-admin-org-added = سازمان افزوده شد.
# REVIEW: draft translation
web-admin-error-kind = لطفاً یکی از چهار نوع را انتخاب کنید.
# REVIEW: draft translation
web-admin-error-place-name = لطفاً نامی در یک خط بنویسید، حداکثر ۱۰۰ نویسه.
# REVIEW: draft translation
web-admin-gemeinde-add-title = افزودن شهرداری
# REVIEW: draft translation
web-admin-gemeinde-added = شهرداری افزوده شد.
# REVIEW: draft translation
web-admin-error-ags = کد رسمی شهرداری دقیقاً ۸ رقم دارد، مثلاً 08118011.
# REVIEW: draft translation
web-admin-error-ags-taken = این شهرداری از قبل وجود دارد: { $name }.
# REVIEW: draft translation
web-admin-gemeinden-read-only = شهرداری‌های تازه را یک مدیر سراسری اضافه می‌کند.
# REVIEW: draft translation
web-admin-administrators-global = مدیران سراسری در پیکربندی (admins) آمده‌اند، نه اینجا. اشخاص با شناسهٔ گزارش نشان داده می‌شوند، مانند گزارش رویدادها.
# REVIEW: draft translation
web-admin-scope-organisation = سازمان { $name }
# REVIEW: draft translation
web-admin-scope-gemeinde = شهرداری { $name } ({ $ags })
# REVIEW: draft translation
web-admin-scope-add-title = دادن حوزهٔ مسئولیت
# REVIEW: draft translation
web-admin-scope-added = حوزهٔ مسئولیت داده شد.
# REVIEW: draft translation
web-admin-scope-already = این شخص از قبل این حوزهٔ مسئولیت را دارد؛ چیزی تغییر نکرد.
# REVIEW: draft translation
web-admin-scope-removed = حوزهٔ مسئولیت برداشته شد.
# REVIEW: draft translation
web-admin-error-telegram-id = لطفاً شناسهٔ تلگرام را به صورت عدد مثبت بنویسید.
# REVIEW: draft translation
web-admin-error-scope = لطفاً یک سازمان یا یک شهرداری انتخاب کنید.
# REVIEW: draft translation
web-admin-scope-remove = برداشتن
# REVIEW: draft translation
web-admin-scope-remove-title = برداشتن حوزهٔ مسئولیت
# REVIEW: draft translation
web-admin-scope-remove-text = { $person } پس از این دیگر مسئول { $scope } نیست. حوزه‌های دیگر می‌مانند.
# REVIEW: draft translation
web-admin-scope-remove-confirm = تأیید برداشتن
## Web announcements (issue 14)

# REVIEW: draft translation
web-nav-announce = اطلاعیه‌ها
# REVIEW: draft translation
web-announce-title = اطلاعیه‌ها
# REVIEW: draft translation
web-announce-new = اطلاعیهٔ جدید
# REVIEW: draft translation
web-field-audience = اطلاعیه برای چه کسانی فرستاده شود؟
# REVIEW: draft translation
web-error-audience = لطفاً انتخاب کنید اطلاعیه برای چه کسانی فرستاده شود.
# REVIEW: draft translation
web-field-only = فقط برای افرادی با این زبان‌ها (هیچ انتخابی: همهٔ زبان‌ها)
# REVIEW: draft translation
web-field-text-german = متن به آلمانی (الزامی، حداکثر { $max } نویسه؛ کسی که زبانی بدون متن جداگانه می‌خواند آن را دریافت می‌کند)
# REVIEW: draft translation
web-field-text-translation = متن به { $language } (اختیاری)
# REVIEW: draft translation
web-announce-when-hint = برای ارسال فوری، تاریخ و ساعت را خالی بگذارید.
# REVIEW: draft translation
web-announce-preview = پیش‌نمایش
# REVIEW: draft translation
web-announce-preview-title = پیش‌نمایش اطلاعیه
# REVIEW: draft translation
web-announce-preview-total = مجموع گیرندگان: { $count }
# REVIEW: draft translation
web-announce-preview-when = برنامه‌ریزی‌شده برای { $when }.
# REVIEW: draft translation
web-announce-schedule = برنامه‌ریزی برای این زمان
# REVIEW: draft translation
web-announce-send-now = همین حالا بفرست
# REVIEW: draft translation
web-announce-change = تغییر
# REVIEW: draft translation
web-announce-stale = این اطلاعیه (دیگر) برنامه‌ریزی نشده است.
# REVIEW: draft translation
web-announce-report-title = گزارش اطلاعیه
# REVIEW: draft translation
web-announce-status-scheduled = این اطلاعیه برنامه‌ریزی شده و هنوز فرستاده نشده است.
# REVIEW: draft translation
web-announce-status-cancelled = این اطلاعیه لغو شد و فرستاده نشد.
# REVIEW: draft translation
web-announce-progress-label = پیشرفت
# REVIEW: draft translation
web-announce-status-done = انجام شد: اطلاعیه فرستاده شد.
# REVIEW: draft translation
web-announce-status-sending = در حال ارسال: { $settled } از { $total } انجام شد. این صفحه خودش به‌روز می‌شود.
# REVIEW: draft translation
web-announce-total = گیرندگان
# REVIEW: draft translation
web-announce-delivered = تحویل داده شد
# REVIEW: draft translation
web-announce-pending = در انتظار
# REVIEW: draft translation
web-announce-failed = نرسید (ربات مسدود شده یا حساب حذف شده)
# REVIEW: draft translation
web-announce-unknown = نامشخص (پایان مهلت، دوباره فرستاده نشد)
# REVIEW: draft translation
web-announce-dropped = فرستاده نشد (رضایت در این میان پس گرفته شد)
# REVIEW: draft translation
web-announce-unreached = نرسید – لطفاً از راه دیگری با آن‌ها تماس بگیرید:
# REVIEW: draft translation
web-announce-back = بازگشت به اطلاعیه‌ها
# REVIEW: draft translation
web-announce-scheduled = اطلاعیه‌های برنامه‌ریزی‌شده
# REVIEW: draft translation
web-announce-scheduled-none = شما اطلاعیهٔ برنامه‌ریزی‌شده‌ای ندارید.
# REVIEW: draft translation
web-announce-cancel = لغو
# REVIEW: draft translation
web-announce-sent = اطلاعیه‌های فرستاده‌شده
# REVIEW: draft translation
web-announce-sent-none = هنوز اطلاعیه‌ای نفرستاده‌اید.
