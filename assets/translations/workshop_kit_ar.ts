<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_JO" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/help/about.py" line="+117"/>
        <location line="+3"/>
        <source>About Workshop Kit</source>
        <translation>حول Workshop Kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+81"/>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workshop Kit</source>
        <translation>Workshop Kit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offline toolkit for community workshops on gender-based violence and gender equality: discussion guides, anonymous before-and-after surveys and printable handouts. It never connects to the internet.</source>
        <translation>مجموعة أدوات تعمل دون إنترنت لورش العمل المجتمعية حول العنف القائم على النوع الاجتماعي والمساواة بين الجنسين: أدلة للنقاش، واستبيانات مجهولة الهوية قبل الورشة وبعدها، ونشرات جاهزة للطباعة. لا يتصل البرنامج بالإنترنت أبدًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free software under the GNU General Public License, version 3 or later. The fonts and libraries it carries are listed under Licences.</source>
        <translation>برنامج حر مرخّص بموجب رخصة جنو العمومية العامة (GNU GPL)، الإصدار ٣ أو أي إصدار لاحق. الخطوط والمكتبات المضمّنة فيه مذكورة في «التراخيص».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data folder (workshops, settings, curricula):</source>
        <translation>مجلد بياناتك (الورش والإعدادات والمناهج):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;فتح مجلد البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the data folder in the file manager</source>
        <translation>عرض مجلد البيانات في مدير الملفات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log folder</source>
        <translation>فتح مجلد السجل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log records what went wrong (never answers, codes or times); send it to whoever helps you with Workshop Kit</source>
        <translation>يُدوِّن السجل ما حدث من أخطاء (ولا يحتوي أبدًا على إجابات أو رموز أو أوقات)؛ يمكن إرساله إلى من يقدّم المساعدة في Workshop Kit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Built with Qt for Python {qt} on Python {python}.</source>
        <translation>بُني باستخدام Qt for Python {qt} على Python {python}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Libraries</source>
        <translation>المكتبات البرمجية</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The data folder could not be created: {error}</source>
        <translation>تعذّر إنشاء مجلد البيانات: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder could not be opened here. Its path is shown above: select it to copy it into your file manager.</source>
        <translation>تعذّر فتح المجلد من هنا. مساره ظاهر في الأعلى: يمكن تحديده ونسخه إلى مدير الملفات.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The log folder could not be created: {error}</source>
        <translation>تعذّر إنشاء مجلد السجل: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log folder could not be opened here. It is: {folder}</source>
        <translation>تعذّر فتح مجلد السجل من هنا. مكانه: {folder}</translation>
    </message>
</context>
<context>
    <name>BarsWidget</name>
    <message>
        <location filename="../../workshop_kit/ui/results/bars.py" line="+52"/>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: not shown, fewer than {k}</source>
        <translation>{label}: غير معروض، أقل من {k}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: {disagree}% disagree, {agree}% agree</source>
        <translation>{label}: غير موافقين {disagree}٪، موافقون {agree}٪</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>not shown: fewer than {k}</source>
        <translation>غير معروض: أقل من {k}</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="+199"/>
        <source>Your centre</source>
        <translation>مركزك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Its name is printed on every handout.</source>
        <translation>اختياري. يُطبع اسمه على كل نشرة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Centre name:</source>
        <translation>اسم ال&amp;مركز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre name</source>
        <translation>اسم المركز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. East Amman Community Centre</source>
        <translation>مثال: مركز شرق عمّان المجتمعي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave it empty to print no name. A logo can be added on the Settings page.</source>
        <translation>اتركه فارغًا إذا لم ترغب في طباعة أي اسم. يمكن إضافة شعار من صفحة الإعدادات.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: the facilitator PIN is needed.</source>
        <translation>لم يُحفظ: يلزم الرقم السري للميسّرين.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name could not be saved: {error}</source>
        <translation>تعذّر حفظ الاسم: {error}</translation>
    </message>
</context>
<context>
    <name>ChangeCodeDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/key_dialogs.py" line="+115"/>
        <source>Change the unlock code</source>
        <translation>تغيير رمز فتح القفل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old unlock code stops working as soon as you press OK.</source>
        <translation>يتوقف رمز فتح القفل القديم عن العمل بمجرد الضغط على «موافق».</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/pin_change.py" line="+49"/>
        <source>Change the facilitator PIN</source>
        <translation>تغيير الرقم السري للميسّرين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the current PIN, then the new one (6 to 8 digits) twice.</source>
        <translation>يُرجى كتابة الرقم السري الحالي، ثم كتابة الرقم الجديد (من 6 إلى 8 أرقام) مرتين.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current PIN:</source>
        <translation>الرقم السري الحالي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN:</source>
        <translation>الرقم السري الجديد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again:</source>
        <translation>تأكيد الرقم السري الجديد:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PIN could not be saved: {error}</source>
        <translation>تعذّر حفظ الرقم السري: {error}</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/code_entry.py" line="+62"/>
        <source>This is your new unlock code. Write it down on paper now, and keep the paper where only the facilitators of this centre can find it. Workshop Kit asks for it whenever someone opens the survey answers.</source>
        <translation>هذا هو رمز فتح القفل الجديد. يُرجى تدوينه الآن على ورقة، والاحتفاظ بالورقة في مكان لا يصل إليه إلا ميسّرو هذا المركز. يطلبه Workshop Kit كلما فتح أحدٌ إجابات الاستبيانات.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock code</source>
        <translation>رمز فتح القفل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show a &amp;different code</source>
        <translation>عرض رمز م&amp;ختلف</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock code, typed back</source>
        <translation>رمز فتح القفل، مكتوبًا مرة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the code back from your paper:</source>
        <translation>يُرجى كتابة الرمز مرة أخرى من ورقتك:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose my own &amp;passphrase instead (at least 20 characters)</source>
        <translation>اختيار &amp;عبارة مرور خاصة بي بدلًا من ذلك (20 حرفًا على الأقل)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again:</source>
        <translation>عبارة المرور مرة أخرى:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type the code from your paper to go on.</source>
        <translation>يُرجى كتابة الرمز المدوَّن على ورقتك للمتابعة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is not the code shown. Check what you wrote down, then type it again.</source>
        <translation>هذا ليس الرمز المعروض. يُرجى التحقق مما دوّنته، ثم كتابته مرة أخرى.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A passphrase needs at least 20 characters (or a code of at least 12 digits). A few unrelated words make a good one.</source>
        <translation>يجب أن تتكوّن عبارة المرور من 20 حرفًا على الأقل (أو رمز من 12 رقمًا على الأقل). بضع كلمات لا علاقة بينها تصنع عبارة مرور جيدة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>عبارتا المرور مختلفتان. يُرجى كتابة العبارة نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="+260"/>
        <source>Where to get help</source>
        <translation>أين يمكن الحصول على المساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Local services, printed on every handout.</source>
        <translation>اختياري. خدمات محلية تُطبع على كل نشرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every handout prints these in a “where to get help” box. Add real local services (shelter, legal aid, health, a hotline) with their opening hours. Workshop Kit never invents contacts: until you add them, handouts say to ask the facilitator. Names in other languages can be added on the Settings page.</source>
        <translation>تُطبع هذه الجهات على كل نشرة في مربع «أين يمكن الحصول على المساعدة». يُرجى إضافة خدمات محلية حقيقية (مأوى، مساعدة قانونية، رعاية صحية، خط ساخن) مع ساعات عملها. لا يختلق Workshop Kit أي جهات اتصال أبدًا: إلى أن تُضاف، تنصح النشرات بسؤال فريق التيسير. يمكن إضافة الأسماء بلغات أخرى من صفحة الإعدادات.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name of the service</source>
        <translation>اسم الخدمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add another contact</source>
        <translation>إ&amp;ضافة جهة اتصال أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another contact</source>
        <translation>إضافة جهة اتصال أخرى</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not saved: the facilitator PIN is needed.</source>
        <translation>لم يُحفظ: يلزم الرقم السري للميسّرين.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contacts could not be saved: {error}</source>
        <translation>تعذّر حفظ جهات الاتصال: {error}</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../workshop_kit/ui/errors.py" line="+139"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop Kit met a problem it did not expect. What was already saved is safe, and you can carry on.</source>
        <translation>واجه Workshop Kit مشكلة غير متوقعة. كل ما حُفظ من قبل سليم، ويمكن متابعة العمل.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/results/export_dialog.py" line="+38"/>
        <source>Export survey results</source>
        <translation>تصدير نتائج الاستبيان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to export</source>
        <translation>المحتوى المراد تصديره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results report (PDF)</source>
        <translation>تقرير النتائج (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet: responses, summary, codebook (XLSX)</source>
        <translation>جدول بيانات: الردود والملخص ودليل الترميز (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses, one row each (CSV)</source>
        <translation>الردود، كل رد في صف (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPSS syntax for the CSV (.sps)</source>
        <translation>أوامر SPSS لملف CSV (.sps)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codebook: items, options and codes (CSV)</source>
        <translation>دليل الترميز: البنود والخيارات والرموز (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data bundle to merge on another laptop</source>
        <translation>حزمة بيانات لدمجها على حاسوب آخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of labels</source>
        <translation>لغة التسميات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option labels instead of codes</source>
        <translation>أسماء الخيارات بدلًا من الرموز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the lead&apos;s key file (.wkkey)…</source>
        <translation>اختيار ملف مفتاح مسؤول البرنامج (.wkkey)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper</source>
        <translation>ال&amp;ورق</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Individual-level data: asks for the facilitator PIN. It holds no names and no match codes.</source>
        <translation>بيانات على مستوى الأفراد: يُطلب الرقم السري للميسّرين. لا تحتوي على أسماء ولا على رموز مطابقة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Numbers based on fewer than {k} responses are left out.</source>
        <translation>تُحذف الأرقام التي يقل عدد الردود التي بُنيت عليها عن {k}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This laptop has no programme lead key yet, so it cannot make a data bundle: a bundle is always sealed to the lead&apos;s key, so that only the lead can open it. Ask the programme lead for their key file (.wkkey).</source>
        <translation>لا يوجد على هذا الحاسوب مفتاح لمسؤول البرنامج بعد، لذا لا يمكنه إنشاء حزمة بيانات: فحزمة البيانات تُختم دائمًا بمفتاح مسؤول البرنامج، حتى لا يفتحها أحد غيره. يُرجى طلب ملف المفتاح (.wkkey) من مسؤول البرنامج.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle is sealed to the programme lead&apos;s key and signed by this laptop: only the lead can open it, and this laptop cannot read it back.
Lead key fingerprint:
{fingerprint}</source>
        <translation>حزمة البيانات مختومة بمفتاح مسؤول البرنامج وموقّعة من هذا الحاسوب: لا يستطيع فتحها إلا مسؤول البرنامج، ولا يستطيع هذا الحاسوب قراءتها مرة أخرى.
بصمة مفتاح مسؤول البرنامج:
{fingerprint}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the lead&apos;s key file</source>
        <translation>اختيار ملف مفتاح مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead key files (*.wkkey)</source>
        <translation>ملفات مفتاح مسؤول البرنامج (*.wkkey)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the programme lead&apos;s key?</source>
        <translation>هل تريد إضافة مفتاح مسؤول البرنامج؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of this lead key:

{fingerprint}

Read it back with the programme lead (on the phone, say) before adding it. This laptop&apos;s bundles will be sealed to this key, and the lead can also open this laptop&apos;s data with it if the unlock code is lost.</source>
        <translation>بصمة مفتاح مسؤول البرنامج هذا:

{fingerprint}

يُرجى مطابقتها مع مسؤول البرنامج (عبر الهاتف مثلًا) قبل إضافته. ستُختم حزم البيانات من هذا الحاسوب بهذا المفتاح، ويمكن لمسؤول البرنامج أيضًا أن يفتح به بيانات هذا الحاسوب إذا فُقد رمز فتح القفل.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} is not a programme lead&apos;s key file; nothing was changed. The lead&apos;s file ends in .wkkey (the .wkprivate file stays with the lead).</source>
        <translation>الملف {file} ليس ملف مفتاح لمسؤول البرنامج؛ ولم يتغيّر شيء. ينتهي اسم ملف مسؤول البرنامج بـ .wkkey (أما ملف .wkprivate فيبقى لدى المسؤول).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save export as</source>
        <translation>حفظ الملف المُصدَّر باسم</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../workshop_kit/ui/results/filters.py" line="+28"/>
        <source>Curriculum</source>
        <translation>المنهاج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Survey</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Site</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop language</source>
        <translation>لغة الورشة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates</source>
        <translation>ال&amp;تواريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Survey</source>
        <translation>الا&amp;ستبيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Curriculum</source>
        <translation>ال&amp;منهاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ite</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshop</source>
        <translation>ال&amp;ورشة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="+50"/>
        <source>Set up Workshop Kit</source>
        <extracomment>the interface language just saved (a language code such as &quot;ar&quot;)</extracomment>
        <translation>إعداد Workshop Kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip setup</source>
        <translation>ت&amp;خطي الإعداد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip setup</source>
        <translation>تخطي الإعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this setup and save nothing from this page on</source>
        <translation>إغلاق الإعداد دون حفظ أي شيء من هذه الصفحة فصاعدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A facilitator PIN is set. Enter it to save changes to what every handout prints.</source>
        <translation>تم تعيين رقم سري للميسّرين. يُرجى إدخاله لحفظ التغييرات على ما يُطبع في كل نشرة.</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <location filename="../../workshop_kit/ui/results/group_filter.py" line="+27"/>
        <source>Gr&amp;oup</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respondent group</source>
        <translation>فئة المجيبين</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item}: {option}</source>
        <translation>{item}: {option}</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <location filename="../../workshop_kit/ui/results/group_view.py" line="+37"/>
        <source>Survey results for the group</source>
        <translation>نتائج الاستبيان للمجموعة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>→ next   ← back   F full screen   Esc close</source>
        <translation>→ التالي   ← السابق   F ملء الشاشة   Esc إغلاق</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../workshop_kit/ui/results/cards.py" line="+82"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Responses: {pre} before, {post} after</source>
        <translation>الردود: {pre} قبل، {post} بعد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreeing (of those who answered): {pre} before, {post} after</source>
        <translation>الموافقون (من بين من أجابوا): {pre} قبل، {post} بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefer not to answer: {pre} before, {post} after</source>
        <translation>أفضّل عدم الإجابة: {pre} قبل، {post} بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale position: </source>
        <translation>الموقع على المقياس: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share agreeing, in points: </source>
        <translation>نسبة الموافقين، بالنقاط المئوية: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show to the group</source>
        <translation>عرض على المجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show to the group: {item}</source>
        <translation>عرض على المجموعة: {item}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too few people to show this question to the group safely</source>
        <translation>عدد الأشخاص قليل جدًا لعرض هذا السؤال على المجموعة بأمان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shown to the group as agree / not agree only: too few people to show each answer safely</source>
        <translation>يُعرض على المجموعة بصيغة موافق / غير موافق فقط: عدد الأشخاص قليل جدًا لعرض كل إجابة بأمان</translation>
    </message>
</context>
<context>
    <name>KeySetupDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/setup_dialog.py" line="+73"/>
        <source>Protect the survey answers</source>
        <translation>حماية إجابات الاستبيانات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The survey answers are protected</source>
        <translation>إجابات الاستبيانات محميّة</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+112"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&amp;Finish</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The survey answers will be stored encrypted</source>
        <translation>ستُخزَّن إجابات الاستبيانات مشفّرة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop Kit stores every survey answer encrypted, so that no one who takes the laptop or copies its files can read them. One unlock code opens them: you will write it down now. A recovery sheet, or your programme lead&apos;s key, opens them if the code is ever lost.</source>
        <translation>يخزّن Workshop Kit كل إجابة على الاستبيانات مشفّرة، حتى لا يستطيع قراءتها أي شخص يأخذ الحاسوب أو ينسخ ملفاته. يفتحها رمز واحد لفتح القفل، وستدوّنه الآن. وإذا فُقد الرمز يومًا، تفتحها ورقة الاسترداد أو مفتاح مسؤول البرنامج.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The kiosk keeps saving answers without the code; you need it to see workshops and results. This takes a few minutes and a pen and paper.</source>
        <translation>تواصل شاشة الاستبيان حفظ الإجابات دون الرمز؛ لكنه يلزم لعرض الورش والنتائج. يستغرق ذلك بضع دقائق، ويحتاج إلى قلم وورقة.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Does your programme lead give you a key file (a name ending in .wkkey)?</source>
        <translation>هل يزوّدك مسؤول البرنامج بملف مفتاح (ينتهي اسمه بـ .wkkey)؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;No: print a recovery sheet for this laptop instead</source>
        <translation>&amp;لا: طباعة ورقة استرداد لهذا الحاسوب بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Yes: use the programme lead&apos;s key file</source>
        <translation>&amp;نعم: استخدام ملف مفتاح مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose the key file…</source>
        <translation>ا&amp;ختيار ملف المفتاح…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fingerprint of the lead&apos;s key</source>
        <translation>بصمة مفتاح مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Setting up the keys</source>
        <translation>إعداد المفاتيح</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;تشفير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Try again</source>
        <translation>إ&amp;عادة المحاولة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the key file first, or answer No.</source>
        <translation>يُرجى اختيار ملف المفتاح أولًا، أو الإجابة بـ «لا».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The programme lead&apos;s key file</source>
        <translation>ملف مفتاح مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme lead key (*.wkkey)</source>
        <translation>مفتاح مسؤول البرنامج (*.wkkey)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is not a programme lead&apos;s key file. Ask the lead for the file whose name ends in .wkkey.</source>
        <translation>الملف {name} ليس ملف مفتاح لمسؤول البرنامج. يُرجى أن تطلب من المسؤول الملف الذي ينتهي اسمه بـ .wkkey.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key file {name}. Read its fingerprint to the programme lead by phone: every group must match the lead&apos;s.</source>
        <translation>ملف المفتاح {name}. يُرجى قراءة بصمته لمسؤول البرنامج عبر الهاتف: يجب أن تتطابق كل مجموعة مع البصمة لدى المسؤول.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Making the keys and encrypting the survey answers already on this laptop. This can take a few seconds; do not switch the laptop off.</source>
        <translation>جارٍ إنشاء المفاتيح وتشفير إجابات الاستبيانات الموجودة على هذا الحاسوب. قد يستغرق ذلك بضع ثوانٍ؛ يُرجى عدم إطفاء الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n workshop(s) on this laptop were encrypted.</source>
        <translation>
            <numerusform>عدد الورش التي شُفّرت على هذا الحاسوب: %n.</numerusform>
            <numerusform>عدد الورش التي شُفّرت على هذا الحاسوب: %n.</numerusform>
            <numerusform>عدد الورش التي شُفّرت على هذا الحاسوب: %n.</numerusform>
            <numerusform>عدد الورش التي شُفّرت على هذا الحاسوب: %n.</numerusform>
            <numerusform>عدد الورش التي شُفّرت على هذا الحاسوب: %n.</numerusform>
            <numerusform>عدد الورش التي شُفّرت على هذا الحاسوب: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There were no survey answers on this laptop yet: every answer saved from now on is encrypted.</source>
        <translation>لم تكن على هذا الحاسوب أي إجابات على الاستبيانات بعد: كل إجابة تُحفظ من الآن فصاعدًا ستكون مشفّرة.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s) made by a newer version of Workshop Kit were left as they were.</source>
        <translation>
            <numerusform>عدد الملفات التي أنشأها إصدار أحدث من Workshop Kit وتُركت كما هي: %n.</numerusform>
            <numerusform>عدد الملفات التي أنشأها إصدار أحدث من Workshop Kit وتُركت كما هي: %n.</numerusform>
            <numerusform>عدد الملفات التي أنشأها إصدار أحدث من Workshop Kit وتُركت كما هي: %n.</numerusform>
            <numerusform>عدد الملفات التي أنشأها إصدار أحدث من Workshop Kit وتُركت كما هي: %n.</numerusform>
            <numerusform>عدد الملفات التي أنشأها إصدار أحدث من Workshop Kit وتُركت كما هي: %n.</numerusform>
            <numerusform>عدد الملفات التي أنشأها إصدار أحدث من Workshop Kit وتُركت كما هي: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your programme lead&apos;s key can open the answers if the unlock code is lost: no recovery sheet is needed. Keep the unlock code you wrote down.</source>
        <translation>يمكن لمفتاح مسؤول البرنامج فتح الإجابات إذا فُقد رمز فتح القفل، فلا حاجة إلى ورقة استرداد. يُرجى الاحتفاظ برمز فتح القفل الذي دوّنته.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The keys were made, but encrypting the survey answers stopped: {error} Nothing is lost: Workshop Kit finishes encrypting at its next start, with the unlock code you wrote down. Print a recovery sheet from Settings then.</source>
        <translation>أُنشئت المفاتيح، لكن تشفير إجابات الاستبيانات توقّف: {error} لم يُفقد شيء: سيُكمل Workshop Kit التشفير عند تشغيله في المرة القادمة، باستخدام رمز فتح القفل الذي دوّنته. يُرجى بعد ذلك طباعة ورقة استرداد من الإعدادات.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keys could not be made: {error} Nothing was changed. Fix the problem and press Encrypt to try again.</source>
        <translation>تعذّر إنشاء المفاتيح: {error} لم يتغيّر شيء. يُرجى إصلاح المشكلة ثم الضغط على «تشفير» لإعادة المحاولة.</translation>
    </message>
</context>
<context>
    <name>KeysBox</name>
    <message>
        <location filename="../../workshop_kit/ui/settings/keys_box.py" line="+61"/>
        <source>Encryption keys</source>
        <translation>مفاتيح التشفير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change &amp;unlock code…</source>
        <translation>تغيير &amp;رمز فتح القفل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a new recovery &amp;sheet…</source>
        <translation>طباعة &amp;ورقة استرداد جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add the programme lead&apos;s key…</source>
        <translation>إ&amp;ضافة مفتاح مسؤول البرنامج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make a programme lead key…</source>
        <translation>إ&amp;نشاء مفتاح لمسؤول البرنامج…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the programme lead&apos;s own computer: makes the key files to hand out</source>
        <translation>لحاسوب مسؤول البرنامج نفسه: يُنشئ ملفات المفتاح التي تُوزَّع</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working on the keys</source>
        <translation>جارٍ العمل على المفاتيح</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not set up yet: the survey answers on this laptop are not encrypted.</source>
        <translation>لم يُعدّ بعد: إجابات الاستبيانات على هذا الحاسوب غير مشفّرة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key files of this laptop cannot be read. Nothing was changed; ask for help before you do anything else with the survey data.</source>
        <translation>تتعذّر قراءة ملفات المفاتيح على هذا الحاسوب. لم يتغيّر شيء؛ يُرجى طلب المساعدة قبل القيام بأي شيء آخر ببيانات الاستبيانات.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Laptop fingerprint: {fingerprint}</source>
        <translation>بصمة الحاسوب: {fingerprint}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If the unlock code is lost, the recovery sheet or the programme lead&apos;s key (fingerprint {fingerprint}) opens the data.</source>
        <translation>إذا فُقد رمز فتح القفل، تفتح البيانات ورقةُ الاسترداد أو مفتاحُ مسؤول البرنامج (البصمة {fingerprint}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If the unlock code is lost, the programme lead&apos;s key (fingerprint {fingerprint}) opens the data.</source>
        <translation>إذا فُقد رمز فتح القفل، يفتح البيانات مفتاحُ مسؤول البرنامج (البصمة {fingerprint}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the unlock code is lost, the recovery sheet opens the data.</source>
        <translation>إذا فُقد رمز فتح القفل، تفتح البيانات ورقةُ الاسترداد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing but the unlock code opens the data: print a recovery sheet or add the programme lead&apos;s key.</source>
        <translation>لا شيء يفتح البيانات سوى رمز فتح القفل: يُرجى طباعة ورقة استرداد أو إضافة مفتاح مسؤول البرنامج.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <location line="+26"/>
        <source>Not changed</source>
        <translation>لم يتغيّر شيء</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Nothing was changed: the facilitator PIN is needed.</source>
        <translation>لم يتغيّر شيء: يلزم الرقم السري للميسّرين.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed: unlock the survey data first.</source>
        <translation>لم يتغيّر شيء: يُرجى فتح قفل بيانات الاستبيانات أولًا.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was changed: {error}</source>
        <translation>لم يتغيّر شيء: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the facilitator PIN to change the unlock code.</source>
        <translation>يُرجى إدخال الرقم السري للميسّرين لتغيير رمز فتح القفل.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlock code changed</source>
        <translation>تم تغيير رمز فتح القفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new unlock code is in use. The old one no longer opens the data.</source>
        <translation>رمز فتح القفل الجديد قيد الاستخدام. لم يعد الرمز القديم يفتح البيانات.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the facilitator PIN to make a new recovery sheet.</source>
        <translation>يُرجى إدخال الرقم السري للميسّرين لإنشاء ورقة استرداد جديدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New recovery sheet</source>
        <translation>ورقة استرداد جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new recovery code is made and shown once, to print. The old recovery sheet stops working at once: shred it afterwards. Make a new sheet?</source>
        <translation>يُنشأ رمز استرداد جديد ويُعرض مرة واحدة لطباعته. تتوقف ورقة الاسترداد القديمة عن العمل فورًا: يُرجى إتلافها بعد ذلك. هل تريد إنشاء ورقة جديدة؟</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The programme lead&apos;s key file</source>
        <translation>ملف مفتاح مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme lead key (*.wkkey)</source>
        <translation>مفتاح مسؤول البرنامج (*.wkkey)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the facilitator PIN to add the programme lead&apos;s key.</source>
        <translation>يُرجى إدخال الرقم السري للميسّرين لإضافة مفتاح مسؤول البرنامج.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a lead key</source>
        <translation>ليس مفتاحًا لمسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a programme lead&apos;s key file. Nothing was changed. Ask the lead for the file whose name ends in .wkkey.</source>
        <translation>الملف {name} ليس ملف مفتاح لمسؤول البرنامج. لم يتغيّر شيء. يُرجى أن تطلب من المسؤول الملف الذي ينتهي اسمه بـ .wkkey.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read this fingerprint to the programme lead by phone; every group must match the lead&apos;s:

{fingerprint}

Add this key? The lead will then be able to open this laptop&apos;s data if its unlock code is lost.</source>
        <translation>يُرجى قراءة هذه البصمة لمسؤول البرنامج عبر الهاتف؛ يجب أن تتطابق كل مجموعة مع البصمة لدى المسؤول:

{fingerprint}

هل تريد إضافة هذا المفتاح؟ سيتمكّن المسؤول بعدها من فتح بيانات هذا الحاسوب إذا فُقد رمز فتح القفل الخاص به.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It replaces the lead key added before (fingerprint {fingerprint}).</source>
        <translation>وهو يحلّ محلّ مفتاح مسؤول البرنامج الذي أُضيف سابقًا (البصمة {fingerprint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the programme lead&apos;s key</source>
        <translation>إضافة مفتاح مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lead key added</source>
        <translation>أُضيف مفتاح مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The programme lead&apos;s key can now open this laptop&apos;s data.</source>
        <translation>يمكن لمفتاح مسؤول البرنامج الآن فتح بيانات هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Programme lead key made</source>
        <translation>أُنشئ مفتاح مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand out {public} to every laptop of the programme (Settings, Add the programme lead&apos;s key). Keep {private} and its passphrase safe, apart from each other and never on those laptops. Its fingerprint, to read out by phone:

{fingerprint}</source>
        <translation>يُرجى توزيع {public} على كل حواسيب البرنامج (الإعدادات، إضافة مفتاح مسؤول البرنامج). واحتفظ بـ {private} وبعبارة المرور الخاصة به في مكان آمن، كلٌّ منهما بمعزل عن الآخر، ولا تضعهما أبدًا على تلك الحواسيب. بصمته، لقراءتها عبر الهاتف:

{fingerprint}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../workshop_kit/ui/kiosk/window.py" line="+161"/>
        <source>Facilitator: leave the survey (PIN)</source>
        <translation>للميسّرين: الخروج من الاستبيان (الرقم السري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the survey</source>
        <translation>الخروج من الاستبيان</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>Check before you hand the laptop over</source>
        <translation>يُرجى التحقق قبل تسليم الحاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFTER survey (last session)</source>
        <translation>الاستبيان البعدي (الجلسة الأخيرة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BEFORE survey (first session)</source>
        <translation>الاستبيان القبلي (الجلسة الأولى)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If this is the right workshop and survey, press the button and hand the laptop to the first participant. If not, leave with your PIN (⚙ or Esc).</source>
        <translation>إذا كانت الورشة والاستبيان صحيحين، يُرجى الضغط على الزر وتسليم الحاسوب إلى أول مشارك أو مشاركة. وإن لم يكونا كذلك، يمكن الخروج باستخدام الرقم السري (⚙ أو Esc).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready: show the survey</source>
        <translation>كل شيء جاهز: عرض الاستبيان</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Enter the facilitator PIN to leave the survey.</source>
        <translation>يُرجى إدخال الرقم السري للميسّرين للخروج من الاستبيان.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="-483"/>
        <source>Interface language</source>
        <extracomment>Interface languages in the order offered, each named in its own language (never translated).</extracomment>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the menus, buttons and messages.</source>
        <translation>لغة القوائم والأزرار والرسائل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Workshop Kit. Four short steps set it up for your centre. Each one is optional: press “Skip setup” to start at once. Everything can be changed later on the Settings page.</source>
        <translation>مرحبًا بك في Workshop Kit. أربع خطوات قصيرة لإعداده لمركزك، وكل خطوة منها اختيارية: اضغط «تخطي الإعداد» للبدء فورًا. ويمكن تغيير كل شيء لاحقًا من صفحة الإعدادات.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each workshop has its own language for sessions, surveys and handouts, chosen when you create it. You can change the interface language later on the Settings page.</source>
        <translation>لكل ورشة لغتها الخاصة للجلسات والاستبيانات والنشرات، وتُختار عند إنشائها. يمكن تغيير لغة الواجهة لاحقًا من صفحة الإعدادات.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The language could not be saved: {error}</source>
        <translation>تعذّر حفظ اللغة: {error}</translation>
    </message>
</context>
<context>
    <name>LeadKeyDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/results/sealed_import.py" line="+52"/>
        <source>Open a sealed bundle</source>
        <translation>فتح حزمة بيانات مختومة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is sealed to the programme lead&apos;s key. Choose the lead&apos;s private key file (.wkprivate) and type its passphrase to open it.</source>
        <translation>الملف {file} مختوم بمفتاح مسؤول البرنامج. لفتحه، يُرجى اختيار ملف المفتاح الخاص بالمسؤول (.wkprivate) وكتابة عبارة المرور الخاصة به.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+33"/>
        <source>The lead&apos;s private key file</source>
        <translation>ملف المفتاح الخاص بمسؤول البرنامج</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the lead&apos;s key</source>
        <translation>عبارة مرور مفتاح مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Key file:</source>
        <translation>&amp;ملف المفتاح:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lead private key files (*.wkprivate)</source>
        <translation>ملفات المفتاح الخاص بمسؤول البرنامج (*.wkprivate)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the lead&apos;s private key file (.wkprivate).</source>
        <translation>يُرجى اختيار ملف المفتاح الخاص بمسؤول البرنامج (.wkprivate).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the passphrase of the lead&apos;s key.</source>
        <translation>يُرجى كتابة عبارة مرور مفتاح مسؤول البرنامج.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../workshop_kit/ui/library/page.py" line="+57"/>
        <source>Search sessions (Ctrl+F)</source>
        <extracomment>curriculum, session, content language curriculum id, session id, content language (&quot;Print handouts&quot;)</extracomment>
        <translation>البحث في الجلسات (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search sessions</source>
        <translation>البحث في الجلسات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content language</source>
        <translation>لغة المحتوى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content language:</source>
        <translation>لغة المحتوى:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Curricula and sessions</source>
        <translation>المناهج والجلسات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sessions match your search.</source>
        <translation>لا توجد جلسات تطابق البحث.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open my curricula folder</source>
        <translation>فتح مجلد مناهجي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your centre&apos;s own curricula here</source>
        <translation>يمكن إضافة مناهج مركزك هنا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Session guide</source>
        <translation>دليل الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run session…</source>
        <translation>بدء الجلسة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through the activities with a timer (Ctrl+R)</source>
        <translation>التنقّل بين الأنشطة خطوة بخطوة مع مؤقّت (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print handouts…</source>
        <translation>طباعة النشرات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Print page for this session</source>
        <translation>فتح صفحة الطباعة لهذه الجلسة</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{number}. {title} ({minutes} min)</source>
        <translation>{number}. {title} ({minutes} دقيقة)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n curriculum(s) could not be loaded and are not shown.</source>
        <translation>
            <numerusform>تعذّر تحميل %Ln من المناهج، ولن تظهر.</numerusform>
            <numerusform>تعذّر تحميل منهاج واحد، ولن يظهر.</numerusform>
            <numerusform>تعذّر تحميل منهاجين، ولن يظهرا.</numerusform>
            <numerusform>تعذّر تحميل %Ln مناهج، ولن تظهر.</numerusform>
            <numerusform>تعذّر تحميل %Ln منهاجًا، ولن تظهر.</numerusform>
            <numerusform>تعذّر تحميل %Ln منهاج، ولن تظهر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s) found in the curricula (missing translations are shown in the default language).</source>
        <translation>
            <numerusform>عُثر على %Ln من المشكلات في المناهج (تظهر الترجمات الناقصة باللغة الافتراضية).</numerusform>
            <numerusform>عُثر على مشكلة واحدة في المناهج (تظهر الترجمات الناقصة باللغة الافتراضية).</numerusform>
            <numerusform>عُثر على مشكلتين في المناهج (تظهر الترجمات الناقصة باللغة الافتراضية).</numerusform>
            <numerusform>عُثر على %Ln مشكلات في المناهج (تظهر الترجمات الناقصة باللغة الافتراضية).</numerusform>
            <numerusform>عُثر على %Ln مشكلةً في المناهج (تظهر الترجمات الناقصة باللغة الافتراضية).</numerusform>
            <numerusform>عُثر على %Ln مشكلة في المناهج (تظهر الترجمات الناقصة باللغة الافتراضية).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose a session on the left to read its guide.</source>
        <translation>يُرجى اختيار جلسة من القائمة لقراءة دليلها.</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/gate.py" line="+149"/>
        <source>The survey data are locked</source>
        <extracomment>minutes without a key press or click before the data lock by themselves just before the keys are forgotten: stop work that reads the data the data became readable (True) or were locked (False) the keys were set up (the main window builds its data pages again) no keys yet: nothing may be saved until the key setup has run</extracomment>
        <translation>بيانات الاستبيانات مقفلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers are kept encrypted. Unlock them with the unlock code to see workshops and results. They lock again when a survey starts, when you choose Lock (Ctrl+L), and after {minutes} minutes without use.</source>
        <translation>تُحفظ الإجابات مشفّرة. لعرض الورش والنتائج، يُرجى فتح قفلها باستخدام رمز فتح القفل. وتُقفل مرة أخرى عند بدء استبيان، وعند اختيار «قفل» (Ctrl+L)، وبعد {minutes} دقيقة من عدم الاستخدام.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;فتح القفل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up the unlock code first</source>
        <translation>يُرجى إعداد رمز فتح القفل أولًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Survey answers are always stored encrypted. Before the first workshop, choose how they are protected: an unlock code for everyday use, and a recovery sheet or the programme lead&apos;s key in case it is lost.</source>
        <translation>تُخزَّن إجابات الاستبيانات مشفّرة دائمًا. قبل الورشة الأولى، يُرجى اختيار طريقة حمايتها: رمز فتح القفل للاستخدام اليومي، وورقة الاسترداد أو مفتاح مسؤول البرنامج في حال فقدان الرمز.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Set up…</source>
        <translation>إ&amp;عداد…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workshop_kit/ui/main_window.py" line="+91"/>
        <location line="+71"/>
        <source>Workshop Kit</source>
        <extracomment>emitted when the window is first painted on screen emitted once the pages are built and the curricula loaded emitted after the interface language changed (the pages are rebuilt) the survey data&apos;s lock (``ui.keys.gate``), made with the store what the start sealed of a folder made before encryption the start-up check and the listing&apos;s file reads, on workers (``ui.startup``) the sealed store opened here, until its check is done False for a smoke run: a check of the installation leaves the user&apos;s size alone</extracomment>
        <translation>Workshop Kit</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Loading curricula…</source>
        <translation>جارٍ تحميل المناهج…</translation>
    </message>
    <message>
        <location line="+303"/>
        <source>Workshop data was repaired</source>
        <translation>أُصلحت بيانات الورش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some workshop files could not be read when Workshop Kit started. Nothing was deleted:</source>
        <translation>تعذّرت قراءة بعض ملفات الورش عند بدء تشغيل Workshop Kit. لم يُحذف أي شيء:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Workshop data cannot be saved</source>
        <translation>لا يمكن حفظ بيانات الورش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop Kit checked its data folder and found a problem:</source>
        <translation>فحص Workshop Kit مجلد بياناته ووجد مشكلة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock survey data</source>
        <translation>&amp;قفل بيانات الاستبيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide workshops and results until the unlock code is typed</source>
        <translation>إخفاء الورش والنتائج إلى أن يُكتب رمز فتح القفل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quick start</source>
        <translation>ال&amp;بدء السريع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-time &amp;setup…</source>
        <translation>إ&amp;عداد البداية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Workshop Kit</source>
        <translation>&amp;حول Workshop Kit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshops</source>
        <translation>ال&amp;ورش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Results</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print</source>
        <translation>ال&amp;طباعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
</context>
<context>
    <name>MakeLeadKeyDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/key_dialogs.py" line="+18"/>
        <source>Make a programme lead key</source>
        <translation>إنشاء مفتاح لمسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the programme lead&apos;s own computer. This makes two files: the key file (ending in .wkkey), which you hand to every laptop of the programme, and the private file (ending in .wkprivate), which stays with you. With the private file and its passphrase you can open the survey answers of any laptop that added your key, if its unlock code is lost, and read the bundles those laptops send you. Keep both safe and apart: if the private file or the passphrase is lost, so is that way in.</source>
        <translation>لحاسوب مسؤول البرنامج نفسه. يُنشئ هذا ملفين: ملف المفتاح (ينتهي بـ .wkkey)، الذي يُسلَّم إلى كل حواسيب البرنامج، والملف الخاص (ينتهي بـ .wkprivate)، الذي يبقى معك. بالملف الخاص وعبارة المرور الخاصة به يمكنك فتح إجابات الاستبيانات على أي حاسوب أضاف مفتاحك إذا فُقد رمز فتح القفل الخاص به، وقراءة حزم البيانات التي ترسلها إليك تلك الحواسيب. يُرجى الاحتفاظ بهما في مكان آمن وبمعزل أحدهما عن الآخر: فإذا فُقد الملف الخاص أو عبارة المرور، ضاعت معه طريقة الوصول هذه.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no folder chosen)</source>
        <translation>(لم يُختر أي مجلد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;folder…</source>
        <translation>اختيار ال&amp;مجلد…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save in:</source>
        <translation>الحفظ في:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>اسم الملف:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase (at least 20 characters):</source>
        <translation>عبارة المرور (20 حرفًا على الأقل):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again:</source>
        <translation>عبارة المرور مرة أخرى:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to save the lead key</source>
        <translation>مكان حفظ مفتاح مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the folder to save the key files in.</source>
        <translation>يُرجى اختيار المجلد الذي ستُحفظ فيه ملفات المفتاح.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only letters a to z, digits, - and _ in the file name.</source>
        <translation>يُرجى استخدام الأحرف من a إلى z والأرقام و- و_ فقط في اسم الملف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} already exists there. Choose another name: replacing a lead key would lock out every laptop that uses it.</source>
        <translation>الملف {file} موجود هناك بالفعل. يُرجى اختيار اسم آخر: فاستبدال مفتاح مسؤول البرنامج سيمنع الوصول على كل حاسوب يستخدمه.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase needs at least 20 characters.</source>
        <translation>يجب أن تتكوّن عبارة المرور من 20 حرفًا على الأقل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>عبارتا المرور مختلفتان. يُرجى كتابة العبارة نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>MatchAudit</name>
    <message>
        <location filename="../../workshop_kit/ui/results/audit_view.py" line="+24"/>
        <source>fewer than {k}</source>
        <translation>أقل من {k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matched: {pre} of before responses, {post} of after responses</source>
        <translation>الردود المتطابقة: {pre} من ردود الاستبيان القبلي، {post} من ردود الاستبيان البعدي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the {open} of {workshops} workshops still open: {tolerant} pairs matched with one differing code element; ambiguous (never paired): {apre} before, {apost} after</source>
        <translation>في الورش التي لا تزال مفتوحة ({open} من {workshops})، الثنائيات المتطابقة مع اختلاف عنصر واحد في الرمز: {tolerant}؛ الملتبسة (لا تُطابَق أبدًا): {apre} قبل، {apost} بعد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} before (0–100): matched {matched}, not matched {unmatched}, difference {difference}</source>
        <translation>{name} في الاستبيان القبلي (0–100): المتطابقة {matched}، غير المتطابقة {unmatched}، الفرق {difference}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How well before and after were matched</source>
        <translation>مدى نجاح المطابقة بين الاستبيانين القبلي والبعدي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Match audit</source>
        <translation>تدقيق المطابقة</translation>
    </message>
</context>
<context>
    <name>PaperEntryWindow</name>
    <message>
        <location filename="../../workshop_kit/ui/paper/window.py" line="+75"/>
        <source>Key each form twice and compare</source>
        <translation>إدخال كل استمارة مرتين ومقارنة الإدخالين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the number of the ticked answer (1 = first answer on the form), 0 for “prefer not to answer”, nothing for a blank. Enter moves on; Ctrl+S saves the form.</source>
        <translation>اكتب رقم الإجابة المؤشَّر عليها (1 = الإجابة الأولى في الاستمارة)، و0 لـ«أفضّل عدم الإجابة»، واترك الخانة فارغة إذا لم تُجب. مفتاح Enter ينتقل إلى التالي، وCtrl+S يحفظ الاستمارة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Match code</source>
        <translation>رمز المطابقة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About you</source>
        <translation>معلومات عنك</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save form (Ctrl+S)</source>
        <translation>حفظ الاستمارة (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type 1 to {count}, or 0 for “prefer not to answer”.</source>
        <translation>يُرجى كتابة رقم من 1 إلى {count}، أو 0 لـ«أفضّل عدم الإجابة».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A letter goes here, not a number.</source>
        <translation>هذه الخانة لحرف، وليست لرقم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits only here.</source>
        <translation>أرقام فقط في هذه الخانة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two digits at most.</source>
        <translation>رقمان على الأكثر.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(blank)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Forms saved: {count}</source>
        <translation>الاستمارات المحفوظة: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Second keying: type the same form again.</source>
        <translation>الإدخال الثاني: أدخل الاستمارة نفسها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First keying of this form.</source>
        <translation>الإدخال الأول لهذه الاستمارة.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} answer(s) differ between the two keyings (marked in red). Check them against the paper form, correct them, then save again.</source>
        <translation>عدد الإجابات المختلفة بين الإدخالين: {count} (مُعلَّمة بالأحمر). يُرجى مراجعتها مقابل الاستمارة الورقية وتصحيحها، ثم الحفظ مرة أخرى.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form could not be saved: {error}</source>
        <translation>تعذّر حفظ الاستمارة: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Form saved. Key the next form.</source>
        <translation>حُفظت الاستمارة. أدخل الاستمارة التالية.</translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <location filename="../../workshop_kit/ui/settings/pin_box.py" line="+31"/>
        <source>Facilitator PIN</source>
        <translation>الرقم السري للميسّرين</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forgot the PIN? Use the &amp;recovery code…</source>
        <translation>نسيتُ الرقم السري: استخدام &amp;رمز الاسترداد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New recovery &amp;code…</source>
        <translation>رمز استرداد &amp;جديد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace a lost recovery code; the PIN is needed, the old code stops working</source>
        <translation>استبدال رمز استرداد مفقود؛ يلزم الرقم السري، ويتوقف الرمز القديم عن العمل</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No PIN yet. Workshop Kit asks for one when it is first needed.</source>
        <translation>لا يوجد رقم سري بعد. سيطلب Workshop Kit اختيار رقم سري عند الحاجة إليه أول مرة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PIN is set, but it has no recovery code yet: make one now and keep it on paper in the office.</source>
        <translation>تم تعيين رقم سري، لكن ليس له رمز استرداد بعد: يُرجى إنشاء رمز الآن والاحتفاظ به مكتوبًا على ورقة في المكتب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PIN is set.</source>
        <translation>تم تعيين رقم سري.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a PIN…</source>
        <translation>ا&amp;ختيار رقم سري…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;hange the PIN…</source>
        <translation>&amp;تغيير الرقم السري…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN changed</source>
        <translation>تم تغيير الرقم السري</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new PIN is in use now.</source>
        <translation>الرقم السري الجديد مُفعَّل الآن.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>New recovery code</source>
        <translation>رمز استرداد جديد</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Enter the facilitator PIN to make a new recovery code:</source>
        <translation>يُرجى إدخال الرقم السري للميسّرين لإنشاء رمز استرداد جديد:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrong PIN.</source>
        <translation>الرقم السري غير صحيح.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No new recovery code</source>
        <translation>لم يُنشأ رمز استرداد جديد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write down this recovery code now and keep it in the office, away from the laptop. It is shown only this once; the old code no longer works.</source>
        <translation>يُرجى تدوين رمز الاسترداد هذا الآن والاحتفاظ به في المكتب، بعيدًا عن الحاسوب. لن يُعرض إلا هذه المرة فقط؛ ولم يعد الرمز القديم صالحًا.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/kiosk/pin_dialog.py" line="+54"/>
        <source>This PIN repeats one digit or a short group of digits; choose another.</source>
        <translation>هذا الرقم السري يكرر رقمًا واحدًا أو مجموعة قصيرة من الأرقام؛ يُرجى اختيار رقم آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PIN is a run of digits, such as 123456; choose another.</source>
        <translation>هذا الرقم السري أرقام متتالية، مثل 123456؛ يُرجى اختيار رقم آخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PIN is a common pattern that is easy to guess; choose another.</source>
        <translation>هذا الرقم السري نمط شائع يسهل تخمينه؛ يُرجى اختيار رقم آخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN needs 6 to 8 digits.</source>
        <translation>يجب أن يتكوّن الرقم السري من 6 إلى 8 أرقام.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN file is damaged or missing. Nothing protected by the PIN can be done until a facilitator sets a new PIN with the recovery code that was shown when the PIN was first chosen.</source>
        <translation>ملف الرقم السري تالف أو مفقود. لا يمكن تنفيذ أي شيء يحميه الرقم السري إلى أن يعيّن أحد أفراد فريق التيسير رقمًا سريًا جديدًا باستخدام رمز الاسترداد الذي عُرض عند اختيار الرقم السري أول مرة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too many wrong tries. Try again in {minutes} minutes.</source>
        <translation>محاولات خاطئة كثيرة. يُرجى المحاولة مجددًا بعد {minutes} دقيقة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong PIN. {tries} tries left before the PIN is locked.</source>
        <translation>الرقم السري غير صحيح. عدد المحاولات المتبقية قبل قفل الرقم السري: {tries}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN.</source>
        <translation>الرقم السري غير صحيح.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write down this recovery code now and keep it in the office, away from the laptop. It is shown only this once. With it a facilitator can set a new PIN when the PIN is forgotten or its file is damaged.</source>
        <translation>يُرجى تدوين رمز الاسترداد هذا الآن والاحتفاظ به في المكتب، بعيدًا عن الحاسوب. لن يُعرض إلا هذه المرة فقط. وبه يمكن لأحد أفراد فريق التيسير تعيين رقم سري جديد إذا نُسي الرقم السري أو تلف ملفه.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written it &amp;down</source>
        <translation>&amp;دوّنتُ الرمز</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two new PINs are not the same.</source>
        <translation>الرقمان السريان الجديدان غير متطابقين.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Facilitator PIN</source>
        <translation>الرقم السري للميسّرين</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forgot the PIN?</source>
        <translation>&amp;نسيتُ الرقم السري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new PIN with the recovery code</source>
        <translation>تعيين رقم سري جديد باستخدام رمز الاسترداد</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Too many wrong tries. Try again in {seconds} seconds.</source>
        <translation>محاولات خاطئة كثيرة. يُرجى المحاولة مجددًا بعد {seconds} ثانية.</translation>
    </message>
</context>
<context>
    <name>PinGuard</name>
    <message>
        <location filename="../../workshop_kit/ui/pin_guard.py" line="+51"/>
        <source>PIN file damaged or missing</source>
        <translation>ملف الرقم السري تالف أو مفقود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press OK to type the recovery code now.</source>
        <translation>يُرجى الضغط على «موافق» لكتابة رمز الاسترداد الآن.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="+104"/>
        <source>Facilitator PIN</source>
        <translation>الرقم السري للميسّرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional now: Workshop Kit asks for it when it is first needed.</source>
        <translation>اختياري الآن: سيطلبه Workshop Kit عند الحاجة إليه أول مرة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN guards leaving the survey kiosk, so participants cannot see other answers or leave the survey by accident, and everything that can hurt: exporting raw data, importing, deleting or closing workshops and what handouts print. Choose 6 to 8 digits that are not easy to guess and share them only among the facilitators.</source>
        <translation>يحمي الرقم السري الخروجَ من شاشة الاستبيان، حتى لا يرى المشاركون والمشاركات إجابات غيرهم ولا يخرجوا من الاستبيان عن طريق الخطأ، كما يحمي كل ما قد يُلحق ضررًا: تصدير البيانات الخام، والاستيراد، وحذف الورش أو إغلاقها، وما يُطبع في النشرات. يُرجى اختيار 6 إلى 8 أرقام لا يسهل تخمينها، على ألّا يعرفها إلا فريق التيسير.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;urrent PIN:</source>
        <translation>الرقم السري ال&amp;حالي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN:</source>
        <translation>ال&amp;رقم السري:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN &amp;again:</source>
        <translation>&amp;تأكيد الرقم السري:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current PIN</source>
        <translation>الرقم السري الحالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>تأكيد الرقم السري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN problem</source>
        <translation>مشكلة في الرقم السري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A PIN is set. Leave the boxes empty to keep it; to change it, type the current PIN and the new one twice.</source>
        <translation>تم تعيين رقم سري. يمكن ترك الخانات فارغة للإبقاء عليه؛ ولتغييره، يُرجى كتابة الرقم السري الحالي ثم الرقم الجديد مرتين.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery code: {code}
Write it down now and keep it in the office, away from the laptop; it is shown only this once. With it a facilitator can set a new PIN when the PIN is forgotten or its file is damaged. Press Next when it is written down.</source>
        <translation>رمز الاسترداد: {code}
يُرجى تدوينه الآن والاحتفاظ به في المكتب، بعيدًا عن الحاسوب؛ فلن يُعرض إلا هذه المرة فقط. وبه يمكن لأحد أفراد فريق التيسير تعيين رقم سري جديد إذا نُسي الرقم السري أو تلف ملفه. يُرجى الضغط على «التالي» بعد تدوينه.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type it in both boxes, or leave both empty to choose it later.</source>
        <translation>يُرجى كتابته في الخانتين، أو ترك الخانتين فارغتين لاختياره لاحقًا.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Leave both boxes empty to choose the PIN later.</source>
        <translation>اترك الخانتين فارغتين لاختيار الرقم السري لاحقًا.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The two PINs are not the same. Type the same PIN in both boxes.</source>
        <translation>الرقمان السريان غير متطابقين. اكتب الرقم نفسه في الخانتين.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The PIN could not be saved: {error}</source>
        <translation>تعذّر حفظ الرقم السري: {error}</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../workshop_kit/ui/run/presenter.py" line="+28"/>
        <source>Presenter view — {title}</source>
        <translation>عرض المقدِّم — {title}</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../workshop_kit/ui/printing/page.py" line="+73"/>
        <source>Participant handout</source>
        <translation>نشرة المشاركين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator guide</source>
        <translation>دليل التيسير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper survey form</source>
        <translation>استمارة الاستبيان الورقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pack for a workshop</source>
        <translation>حزمة الطباعة لورشة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before (first session)</source>
        <translation>قبل (الجلسة الأولى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After (last session)</source>
        <translation>بعد (الجلسة الأخيرة)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Large print (16 pt or more)</source>
        <translation>خط كبير (١٦ نقطة أو أكثر)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document:</source>
        <translation>المستند:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum:</source>
        <translation>المنهاج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>الجلسة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop:</source>
        <translation>الورشة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey:</source>
        <translation>الاستبيان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>Copies:</source>
        <translation>عدد النسخ:</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print… (Ctrl+P)</source>
        <translation>طباعة… (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF… (Ctrl+Shift+S)</source>
        <translation>حفظ بصيغة PDF… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(none: blank code boxes)</source>
        <translation>(لا شيء: خانات رموز فارغة)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Participants:</source>
        <translation>المشاركون:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a workshop for its print pack.</source>
        <translation>يُرجى اختيار ورشة لإعداد حزمة الطباعة الخاصة بها.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Building…</source>
        <translation>جارٍ الإعداد…</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n page(s), ready to print or save.</source>
        <translation>
            <numerusform>%Ln صفحة، جاهزة للطباعة أو الحفظ.</numerusform>
            <numerusform>صفحة واحدة، جاهزة للطباعة أو الحفظ.</numerusform>
            <numerusform>صفحتان، جاهزتان للطباعة أو الحفظ.</numerusform>
            <numerusform>%Ln صفحات، جاهزة للطباعة أو الحفظ.</numerusform>
            <numerusform>%Ln صفحةً، جاهزة للطباعة أو الحفظ.</numerusform>
            <numerusform>%Ln صفحة، جاهزة للطباعة أو الحفظ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot build this document: {reason}</source>
        <translation>تعذّر إعداد هذا المستند: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {name}.</source>
        <translation>تم الحفظ: {name}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../workshop_kit/ui/problems.py" line="+49"/>
        <source>{sentence}
Details: {detail}</source>
        <translation>{sentence}
التفاصيل: {detail}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%n response(s)</source>
        <translation>عدد الردود: %n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file of the workshop at {site} on {day} was damaged. It was moved to {quarantined_to} and the newest good backup ({backup}, {responses}) was restored. The most recent changes may be missing.</source>
        <translation>كان ملف الورشة في {site} بتاريخ {day} تالفًا. نُقل إلى {quarantined_to}، واستُعيدت أحدث نسخة احتياطية سليمة ({backup}، {responses}). قد تكون آخر التغييرات مفقودة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workshop file {file} was damaged and no good backup was found. It was moved to {quarantined_to}, unchanged, and is not listed until it is repaired.</source>
        <translation>كان ملف الورشة {file} تالفًا ولم يُعثر على نسخة احتياطية سليمة. نُقل كما هو دون تغيير إلى {quarantined_to}، ولن يظهر في القائمة إلى أن يُصلَح.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This workshop is no longer on this laptop: it may have been deleted. The Workshops page lists the workshops that are here.</source>
        <translation>لم تعد هذه الورشة موجودة على هذا الحاسوب: ربما حُذفت. تعرض صفحة الورش الورشَ الموجودة عليه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This workshop was saved by a newer version of Workshop Kit. Update Workshop Kit to open it; the file has not been changed.</source>
        <translation>حُفظت هذه الورشة بإصدار أحدث من Workshop Kit. يُرجى تحديث Workshop Kit لفتحها؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This workshop&apos;s file is damaged and could not be read. Nothing was deleted: restart Workshop Kit to move it aside and restore its newest good backup.</source>
        <translation>ملف هذه الورشة تالف وتعذّرت قراءته. لم يُحذف أي شيء: يُرجى إعادة تشغيل Workshop Kit لنقله جانبًا واستعادة أحدث نسخة احتياطية سليمة منه.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the site (a place, not a person).</source>
        <translation>يُرجى إدخال المكان (موقع، وليس شخصًا).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site may have at most {most} characters.</source>
        <translation>لا يمكن أن يتجاوز اسم المكان {most} من الأحرف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site may hold only letters, digits, spaces and punctuation.</source>
        <translation>لا يمكن أن يحتوي اسم المكان إلا على حروف وأرقام ومسافات وعلامات ترقيم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilitator initials are up to {most} letters, never a name.</source>
        <translation>الأحرف الأولى للميسّر: {most} من الأحرف على الأكثر، وليس اسمًا أبدًا.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Update Workshop Kit on this laptop, then import the bundle again.</source>
        <translation>يُرجى تحديث Workshop Kit على هذا الحاسوب، ثم استيراد حزمة البيانات مرة أخرى.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for a new export from the laptop it came from.</source>
        <translation>يُرجى طلب تصدير جديد من الحاسوب الذي أتت منه حزمة البيانات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sentence} {advice}</source>
        <translation>{sentence} {advice}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In workshop {workshop}, response {response} has an answer to question &apos;{item}&apos; that is not one of its options.</source>
        <translation>في الورشة {workshop}، يتضمن الرد رقم {response} إجابة عن السؤال «{item}» ليست من بين خيارات هذا السؤال.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In workshop {workshop}, response {response} answers a question &apos;{item}&apos; that the survey does not have.</source>
        <translation>في الورشة {workshop}، يتضمن الرد رقم {response} إجابة عن سؤال «{item}» غير موجود في الاستبيان.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In workshop {workshop}, response {response} has no answers at all.</source>
        <translation>في الورشة {workshop}، لا يتضمن الرد رقم {response} أي إجابة على الإطلاق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In workshop {workshop}, response {response} is to a survey other than the workshop&apos;s.</source>
        <translation>في الورشة {workshop}، يخص الرد رقم {response} استبيانًا غير استبيان الورشة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In workshop {workshop}, response {response} is dated outside the workshop ({first} to {last}).</source>
        <translation>في الورشة {workshop}، يحمل الرد رقم {response} تاريخًا خارج فترة الورشة (من {first} إلى {last}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop {workshop} uses the survey &apos;{instrument}&apos;, which this laptop does not have.</source>
        <translation>تستخدم الورشة {workshop} الاستبيان «{instrument}»، وهو غير موجود على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop {workshop} uses version {version} of the survey &apos;{instrument}&apos;, newer than the version {installed} this Workshop Kit has.</source>
        <translation>تستخدم الورشة {workshop} الإصدار {version} من الاستبيان «{instrument}»، وهو أحدث من الإصدار {installed} الموجود في Workshop Kit على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workshop {workshop} uses version {version} of the survey &apos;{instrument}&apos;; this laptop has only version {installed}, so its answers cannot be checked.</source>
        <translation>تستخدم الورشة {workshop} الإصدار {version} من الاستبيان «{instrument}»؛ ولا يوجد على هذا الحاسوب إلا الإصدار {installed}، لذا لا يمكن التحقق من إجاباتها.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workshop {workshop} is dated {day}, which cannot be right (a day from {earliest} to {latest} is expected).</source>
        <translation>تاريخ الورشة {workshop} هو {day}، وهذا لا يمكن أن يكون صحيحًا (المتوقع تاريخ من {earliest} إلى {latest}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workshop {workshop} was closed on {closed_day}, before its day {day}.</source>
        <translation>أُغلقت الورشة {workshop} في {closed_day}، أي قبل تاريخها {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop {workshop} holds {count} responses of one phase but expected {expected} people; at most {most} are plausible.</source>
        <translation>في الورشة {workshop}، بلغ عدد الردود في إحدى المرحلتين (قبل أو بعد) {count}، بينما العدد المتوقع للمشاركين {expected}؛ والحد الأقصى المعقول هو {most}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The before-and-after matching of workshop {workshop} does not fit its responses.</source>
        <translation>لا تتوافق المطابقة بين القبلي والبعدي في الورشة {workshop} مع ردودها.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/library/problems_dialog.py" line="+18"/>
        <source>Content problems</source>
        <translation>مشكلات المحتوى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These problems were found in the curricula files. A curriculum with errors is not shown in the Library; fix the file named on each line, then restart or check it with &apos;workshop-kit validate&apos;.</source>
        <translation>عُثر على هذه المشكلات في ملفات المناهج. لا يظهر في المكتبة أي منهاج فيه أخطاء؛ يُرجى إصلاح الملف المذكور في كل سطر، ثم إعادة تشغيل البرنامج أو فحص الملف بالأمر &apos;workshop-kit validate&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems found</source>
        <translation>المشكلات التي عُثر عليها</translation>
    </message>
</context>
<context>
    <name>QuickStartDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/help/quick_start.py" line="+39"/>
        <location line="+4"/>
        <source>Quick start</source>
        <translation>البدء السريع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The quick start could not be read: {error}</source>
        <translation>تعذّرت قراءة دليل البدء السريع: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/pin_change.py" line="+19"/>
        <source>Set a new PIN with the recovery code</source>
        <translation>تعيين رقم سري جديد باستخدام رمز الاسترداد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recovery code was shown once when the PIN was first chosen, to be kept on paper in the office. Type it (dashes and spaces do not matter), then a new PIN of 6 to 8 digits twice.</source>
        <translation>عُرض رمز الاسترداد مرة واحدة عند اختيار الرقم السري أول مرة، ليُحتفظ به مكتوبًا على ورقة في المكتب. يُرجى كتابته (لا تهمّ الشَّرطات والمسافات)، ثم كتابة رقم سري جديد من 6 إلى 8 أرقام مرتين.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recovery code:</source>
        <translation>رمز الاسترداد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN:</source>
        <translation>الرقم السري الجديد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again:</source>
        <translation>تأكيد الرقم السري الجديد:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The PIN could not be saved: {error}</source>
        <translation>تعذّر حفظ الرقم السري: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That recovery code is not right. Check it against the paper copy.</source>
        <translation>رمز الاسترداد هذا غير صحيح. يُرجى مطابقته مع النسخة الورقية.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../workshop_kit/ui/results/page.py" line="+62"/>
        <source>Results</source>
        <extracomment>workshops were added by an import (the Workshops page refreshes)</extracomment>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show to the &amp;group…</source>
        <translation>عرض على ال&amp;مجموعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen items&apos; bars, large, for a projector (F5)</source>
        <translation>أشرطة البنود المختارة بحجم كبير لجهاز العرض (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report, spreadsheet, SPSS or data bundle (Ctrl+E)</source>
        <translation>تقرير أو جدول بيانات أو SPSS أو حزمة بيانات (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import bundle…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge data from another laptop (Ctrl+I)</source>
        <translation>دمج بيانات من حاسوب آخر (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Results by item</source>
        <translation>النتائج حسب البند</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{workshops} workshops · {pre} responses before, {post} after · {pairs} matched pairs · unmatched: {upre} before, {upost} after · numbers based on fewer than {k} responses are hidden, and every count is adjusted a little so that no one can be singled out</source>
        <translation>الورش: {workshops} · الردود: {pre} قبل، {post} بعد · الثنائيات المتطابقة: {pairs} · غير المتطابقة: {upre} قبل، {upost} بعد · تُخفى الأرقام التي يقل عدد ردودها عن {k}، ويُعدَّل كل عدد قليلًا كي لا يمكن تمييز أي شخص</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Scores and indicators</source>
        <translation>الدرجات والمؤشرات</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This export holds every response, one row each. It has no names and no match codes, but it is individual-level data: keep the file safe and delete it when it is no longer needed. Enter the facilitator PIN to continue.</source>
        <translation>يحتوي هذا الملف على كل الردود، كل رد في صف. لا يتضمن أسماء ولا رموز مطابقة، لكنه بيانات على مستوى الأفراد: احفظ الملف في مكان آمن واحذفه عند انتهاء الحاجة إليه. أدخل الرقم السري للميسّرين للمتابعة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing {file} adds its workshops and responses to this laptop. Enter the facilitator PIN to continue.</source>
        <translation>يضيف استيراد {file} ما فيه من ورش وردود إلى هذا الحاسوب. يُرجى إدخال الرقم السري للميسّرين للمتابعة.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved {path}: {summary}</source>
        <translation>تم حفظ {path}: {summary}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a data bundle</source>
        <translation>استيراد حزمة بيانات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop Kit bundles (*.wkbundle)</source>
        <translation>حزم Workshop Kit (*.wkbundle)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Already imported</source>
        <translation>مستورَد من قبل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} was not imported and nothing changed: {reason}</source>
        <translation>لم يُستورد {file} ولم يتغيّر شيء: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{added} workshops added, {merged} merged, {present} already here, {rejected} rejected; {responses} responses added.</source>
        <translation>الورش المضافة: {added}، المدموجة: {merged}، الموجودة مسبقًا: {present}، المرفوضة: {rejected}؛ الردود المضافة: {responses}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some workshops were not imported</source>
        <translation>لم تُستورد بعض الورش</translation>
    </message>
</context>
<context>
    <name>RunWindow</name>
    <message>
        <location filename="../../workshop_kit/ui/run/window.py" line="+66"/>
        <source>Running: {title}</source>
        <translation>جلسة جارية: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time left in this activity</source>
        <translation>الوقت المتبقي لهذا النشاط</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>◀ Back</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous activity (Ctrl+Left)</source>
        <translation>النشاط السابق (Ctrl+Left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start or pause the timer (Space)</source>
        <translation>بدء المؤقّت أو إيقافه مؤقتًا (مفتاح المسافة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next activity (Ctrl+Right)</source>
        <translation>النشاط التالي (Ctrl+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart timer</source>
        <translation>إعادة تشغيل المؤقّت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter view</source>
        <translation>عرض المقدِّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the questions on a projector (F5)</source>
        <translation>عرض الأسئلة على جهاز العرض (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current activity</source>
        <translation>النشاط الحالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitator notes</source>
        <translation>ملاحظات للميسّرين</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session: {spent} of {total} min</source>
        <translation>الجلسة: {spent} من {total} دقيقة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stop the session?</source>
        <translation>إيقاف الجلسة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timer will stop and the presenter view will close.</source>
        <translation>سيتوقف المؤقّت وسيُغلق عرض المقدِّم.</translation>
    </message>
</context>
<context>
    <name>ScoresTable</name>
    <message>
        <location filename="../../workshop_kit/ui/results/cards.py" line="+25"/>
        <source>Score or indicator</source>
        <translation>الدرجة أو المؤشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired change</source>
        <translation>التغيّر (ثنائيات متطابقة)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (score 0–100)</source>
        <translation>{name} (درجة من ٠ إلى ١٠٠)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reliability (Cronbach&apos;s alpha)</source>
        <translation>الثبات (معامل ألفا كرونباخ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes to at least one: {stem}</source>
        <translation>نعم لواحد على الأقل: {stem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scores and indicators</source>
        <translation>الدرجات والمؤشرات</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <source>fewer than {k}</source>
        <translation>أقل من {k}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{mean} (n = {n})</source>
        <translation>{mean} (العدد = {n})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>alpha {alpha} (n {n})</source>
        <translation>ألفا {alpha} (ن {n})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>too few responses</source>
        <translation>عدد الإجابات غير كافٍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too few questions</source>
        <translation>عدد الأسئلة غير كافٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not defined (the totals do not vary)</source>
        <translation>غير محدَّد (المجاميع لا تتغيّر)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cronbach&apos;s alpha: how consistently people answered this score&apos;s questions, from those who answered all of them (the nearer to 1, the more consistent). Shown from {n} such people; n is adjusted like every count.</source>
        <translation>معامل ألفا كرونباخ: مدى اتساق إجابات الناس عن أسئلة هذه الدرجة، محسوبًا ممّن أجابوا عنها كلها (كلما اقترب من 1 كان الاتساق أكبر). يُعرض ابتداءً من {n} أشخاص كهؤلاء؛ ويُعدَّل n كما يُعدَّل كل عدد.</translation>
    </message>
</context>
<context>
    <name>SealedImport</name>
    <message>
        <location filename="../../workshop_kit/ui/results/sealed_import.py" line="+57"/>
        <source>The passphrase does not open {key}. Nothing was imported; try again.</source>
        <translation>عبارة المرور لا تفتح {key}. لم يُستورد شيء؛ يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{key} is not a programme lead&apos;s private key file. Nothing was imported.</source>
        <translation>الملف {key} ليس ملف مفتاح خاص بمسؤول البرنامج. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was not imported and nothing changed: {reason}</source>
        <translation>لم يُستورد {file} ولم يتغيّر شيء: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} comes from a laptop this computer has not met before. Its fingerprint is:

{fingerprint}

Ask whoever sent the bundle to read you the fingerprint their laptop showed when it saved the bundle (on the phone, say). Only if every digit matches, enter the facilitator PIN to trust this laptop and import the bundle.</source>
        <translation>الملف {file} صادر عن حاسوب لم يتعامل معه هذا الحاسوب من قبل. بصمته هي:

{fingerprint}

يُرجى أن تطلب ممّن أرسل حزمة البيانات أن يقرأ لك البصمة التي عرضها حاسوبه عند حفظ الحزمة (عبر الهاتف مثلًا). ولا تُدخل الرقم السري للميسّرين للوثوق بهذا الحاسوب واستيراد الحزمة إلا إذا تطابق كل رقم.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} was imported before (it was made on {day}); nothing new was imported.</source>
        <translation>استُورد الملف {file} من قبل (أُنشئ في {day})؛ ولم يُستورد أي شيء جديد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is an old-format bundle: it is neither sealed nor signed, so nobody can vouch for where it came from or that it was not changed on the way. Import it only if you know who made it. It cannot add responses to a workshop that is already closed here. Enter the facilitator PIN to import it anyway.</source>
        <translation>الملف {file} حزمة بيانات بالتنسيق القديم: فهي غير مختومة وغير موقّعة، لذا لا يمكن لأحد أن يضمن مصدرها أو أنها لم تُغيَّر في الطريق. يُرجى استيرادها فقط إذا كنت تعرف من أنشأها. ولا يمكنها إضافة ردود إلى ورشة أُغلقت هنا من قبل. يُرجى إدخال الرقم السري للميسّرين لاستيرادها على أي حال.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/kiosk/pin_dialog.py" line="+120"/>
        <source>Choose a facilitator PIN</source>
        <translation>اختيار رقم سري للميسّرين</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN guards the survey screen, raw data, imports and deleting workshops. Choose 6 to 8 digits that are hard to guess (not 123456 or 111111) and share them only among the facilitators.</source>
        <translation>يحمي الرقم السري شاشة الاستبيان والبيانات الخام والاستيراد وحذف الورش. يُرجى اختيار 6 إلى 8 أرقام يصعب تخمينها (لا 123456 ولا 111111)، على ألّا يعرفها إلا فريق التيسير.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN:</source>
        <translation>الرقم السري:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again:</source>
        <translation>تأكيد الرقم السري:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A PIN is already set. Change it on the Settings page.</source>
        <translation>تم تعيين رقم سري من قبل. يمكن تغييره من صفحة الإعدادات.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN could not be saved: {error}</source>
        <translation>تعذّر حفظ الرقم السري: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../workshop_kit/ui/settings/labels.py" line="+20"/>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running a session</source>
        <translation>إدارة الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language</source>
        <translation>لغة المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn this many seconds before an activity ends</source>
        <translation>التنبيه قبل انتهاء النشاط بهذا العدد من الثواني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide numbers based on fewer than this many responses</source>
        <translation>إخفاء الأرقام المبنية على عدد ردود أقل من هذا العدد</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../workshop_kit/ui/settings/page.py" line="+83"/>
        <source>Your centre (printed on every handout)</source>
        <translation>مركزك (يُطبع على كل نشرة)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. East Amman Community Centre</source>
        <translation>مثال: مركز شرق عمّان المجتمعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre name:</source>
        <translation>اسم المركز:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose logo…</source>
        <translation>اختيار شعار…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logo (optional):</source>
        <translation>الشعار (اختياري):</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Local help contacts</source>
        <translation>جهات المساعدة المحلية</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Every handout prints these in a “where to get help” box. Add real local services (shelter, legal aid, health, a hotline) with their opening hours. Workshop Kit never invents contacts: until you add them, handouts say to ask the facilitator.</source>
        <translation>تُطبع هذه الجهات على كل نشرة في مربع «أين يمكن الحصول على المساعدة». يُرجى إضافة خدمات محلية حقيقية (مأوى، مساعدة قانونية، رعاية صحية، خط ساخن) مع ساعات عملها. لا يختلق Workshop Kit أي جهات اتصال أبدًا: إلى أن تُضاف، تنصح النشرات بسؤال فريق التيسير.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours (English)</source>
        <translation>ساعات العمل (بالإنجليزية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours (Arabic)</source>
        <translation>ساعات العمل (بالعربية)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected</source>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A new interface language applies as soon as you save.</source>
        <translation>تُطبَّق لغة الواجهة الجديدة فور الحفظ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save settings (Ctrl+S)</source>
        <translation>حفظ الإعدادات (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(no logo)</source>
        <translation>(لا يوجد شعار)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>These settings change what every handout prints or how small a count the results may show. Enter the facilitator PIN to save them.</source>
        <translation>تغيّر هذه الإعدادات ما يُطبع في كل نشرة أو أصغر عدد يمكن أن تعرضه النتائج. يُرجى إدخال الرقم السري للميسّرين لحفظها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: the facilitator PIN is needed.</source>
        <translation>لم يُحفظ: يلزم الرقم السري للميسّرين.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+47"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The settings could not be saved: {error}</source>
        <translation>تعذّر حفظ الإعدادات: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a logo</source>
        <translation>اختيار شعار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not an image</source>
        <translation>ليس صورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an image Workshop Kit can read.</source>
        <translation>الملف {name} ليس صورة يستطيع Workshop Kit قراءتها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The logo could not be kept: {error}</source>
        <translation>تعذّر حفظ الشعار: {error}</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/sheet.py" line="+235"/>
        <source>New recovery sheet</source>
        <translation>ورقة استرداد جديدة</translation>
    </message>
</context>
<context>
    <name>SheetPanel</name>
    <message>
        <location line="-167"/>
        <source>This recovery code opens the survey answers if the unlock code is lost. Print the recovery sheet or save it as PDF (then print it), and keep the paper in a locked drawer in the office, never with the laptop. It is shown only this once.</source>
        <translation>يفتح رمز الاسترداد هذا إجابات الاستبيانات إذا فُقد رمز فتح القفل. يُرجى طباعة ورقة الاسترداد أو حفظها بصيغة PDF (ثم طباعتها)، والاحتفاظ بالورقة في درج مقفل في المكتب، وليس مع الحاسوب أبدًا. لن يُعرض إلا هذه المرة فقط.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you lose both the unlock code and this sheet, the survey answers cannot be opened by anyone.</source>
        <translation>إذا فُقد رمز فتح القفل وهذه الورقة معًا، فلن يتمكّن أحد من فتح إجابات الاستبيانات.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sheet language:</source>
        <translation>لغة الورقة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet language</source>
        <translation>لغة الورقة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I have &amp;written the recovery code down</source>
        <translation>لقد &amp;دوّنتُ رمز الاسترداد</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save the recovery sheet as PDF</source>
        <translation>حفظ ورقة الاسترداد بصيغة PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery-sheet.pdf</source>
        <translation>recovery-sheet.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery sheet was not saved: {error}</source>
        <translation>لم تُحفظ ورقة الاسترداد: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as {name}. Print it, then delete the file: anyone who has it can open the survey answers.</source>
        <translation>حُفظت باسم {name}. يُرجى طباعتها ثم حذف الملف: فأي شخص يحصل عليه يمكنه فتح إجابات الاستبيانات.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recovery sheet</source>
        <translation>ورقة الاسترداد</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sheet could not be printed.</source>
        <translation>تعذّرت طباعة الورقة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent to the printer. Check that the page came out whole.</source>
        <translation>أُرسلت إلى الطابعة. يُرجى التحقق من أن الصفحة طُبعت كاملة.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../workshop_kit/ui/shortcuts.py" line="+32"/>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshops</source>
        <translation>الورش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Print</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a session</source>
        <translation>إدارة جلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter</source>
        <translation>عرض المقدِّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey kiosk</source>
        <translation>شاشة الاستبيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper entry</source>
        <translation>إدخال الاستمارات الورقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group view</source>
        <translation>العرض للمجموعة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Go to the Library page</source>
        <extracomment>The contexts in the order the Help dialog shows them (untranslated source text).</extracomment>
        <translation>الانتقال إلى صفحة المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Workshops page</source>
        <translation>الانتقال إلى صفحة الورش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Results page</source>
        <translation>الانتقال إلى صفحة النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Print page</source>
        <translation>الانتقال إلى صفحة الطباعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Settings page</source>
        <translation>الانتقال إلى صفحة الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search sessions</source>
        <translation>البحث في الجلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Run the chosen session</source>
        <translation>بدء الجلسة المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print handouts for the session</source>
        <translation>طباعة نشرات الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workshop</source>
        <translation>ورشة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen workshop</source>
        <translation>تعديل الورشة المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen workshop</source>
        <translation>حذف الورشة المختارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pack for the workshop</source>
        <translation>حزمة الطباعة للورشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chosen items to the group</source>
        <translation>عرض البنود المختارة على المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a data bundle</source>
        <translation>استيراد حزمة بيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or pause the timer</source>
        <translation>بدء المؤقّت أو إيقافه مؤقتًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next activity</source>
        <translation>النشاط التالي</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+1"/>
        <source>Previous activity</source>
        <translation>النشاط السابق</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open the presenter view</source>
        <translation>فتح عرض المقدِّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the session (asks first)</source>
        <translation>إيقاف الجلسة (بعد التأكيد)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Full screen on or off</source>
        <translation>تشغيل ملء الشاشة أو إيقافه</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Leave full screen</source>
        <translation>الخروج من ملء الشاشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the screen (any key returns)</source>
        <translation>إخفاء الشاشة (أي مفتاح يعيدها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the survey (facilitator PIN)</source>
        <translation>الخروج من الاستبيان (الرقم السري للميسّرين)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form and start the next</source>
        <translation>حفظ الاستمارة وبدء التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next item</source>
        <translation>البند التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Previous item</source>
        <translation>البند السابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the group view</source>
        <translation>إغلاق العرض للمجموعة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/help/shortcuts_dialog.py" line="+60"/>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <extracomment>item data role holding the list of separate key sequences of a line</extracomment>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Keys that work in each part of Workshop Kit.</source>
        <translation>المفاتيح التي تعمل في كل جزء من Workshop Kit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <location filename="../../workshop_kit/ui/storage_errors.py" line="+31"/>
        <source>The disk that holds {path} is full, so workshop data cannot be saved. Everything saved before is unchanged. Free some space on it, then try again.</source>
        <translation>القرص الذي يحتوي على {path} ممتلئ، لذا لا يمكن حفظ بيانات الورش. كل ما حُفظ من قبل لم يتغيّر. يُرجى إخلاء بعض المساحة عليه، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop Kit may not write to {path} (the folder or the disk is read-only), so workshop data cannot be saved. Everything saved before is unchanged. Ask whoever looks after this computer to allow writing there, then try again.</source>
        <translation>لا يملك Workshop Kit إذنًا بالكتابة في {path} (المجلد أو القرص للقراءة فقط)، لذا لا يمكن حفظ بيانات الورش. كل ما حُفظ من قبل لم يتغيّر. يُرجى الطلب من الشخص المسؤول عن هذا الحاسوب السماح بالكتابة هناك، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is a file named {path} where Workshop Kit keeps its backups folder, so workshop data cannot be saved. Everything saved before is unchanged. Move or rename that file, then try again.</source>
        <translation>يوجد ملف باسم {path} في المكان الذي يحفظ فيه Workshop Kit مجلد النسخ الاحتياطية، لذا لا يمكن حفظ بيانات الورش. كل ما حُفظ من قبل لم يتغيّر. يُرجى نقل هذا الملف أو إعادة تسميته، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk reported an error at {path}. Everything saved before is unchanged; the last change may not have been saved. Try again; if it keeps happening, check the disk.</source>
        <translation>أبلغ القرص عن خطأ في {path}. كل ما حُفظ من قبل لم يتغيّر؛ وربما لم يُحفظ التغيير الأخير. يُرجى المحاولة مرة أخرى؛ وإذا تكرّر ذلك، يُرجى فحص القرص.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/unlock_dialog.py" line="+49"/>
        <source>Unlock the survey data</source>
        <extracomment>how the data were opened: &quot;code&quot; or &quot;lead&quot; (the lead&apos;s key file)</extracomment>
        <translation>فتح قفل بيانات الاستبيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey answers are kept encrypted on this laptop. Type the unlock code to see workshops and results.</source>
        <translation>تُحفظ إجابات الاستبيانات مشفّرة على هذا الحاسوب. يُرجى كتابة رمز فتح القفل لعرض الورش والنتائج.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlock code</source>
        <translation>رمز فتح القفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock code:</source>
        <translation>&amp;رمز فتح القفل:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the code</source>
        <translation>إ&amp;ظهار الرمز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the keys</source>
        <translation>جارٍ فتح المفاتيح</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forgot the code? Type the code on the recovery sheet instead, or ask the programme lead to open the data with their key file.</source>
        <translation>في حال نسيان الرمز، يمكن كتابة الرمز المدوَّن على ورقة الاسترداد بدلًا منه، أو الطلب من مسؤول البرنامج فتح البيانات باستخدام ملف المفتاح الخاص به.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the programme lead&apos;s &amp;key file…</source>
        <translation>استخدام &amp;ملف مفتاح مسؤول البرنامج…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The programme lead&apos;s private key</source>
        <translation>المفتاح الخاص لمسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead private key (*.wkprivate)</source>
        <translation>المفتاح الخاص لمسؤول البرنامج (*.wkprivate)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lead key passphrase</source>
        <translation>عبارة مرور مفتاح مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase of this key file:</source>
        <translation>عبارة المرور لملف المفتاح هذا:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening the keys…</source>
        <translation>جارٍ فتح المفاتيح…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That passphrase does not open this key file.</source>
        <translation>عبارة المرور هذه لا تفتح ملف المفتاح هذا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That code does not open the data. Check it against where it was written down: it has 12 digits (the recovery sheet&apos;s has 24).</source>
        <translation>هذا الرمز لا يفتح البيانات. يُرجى مطابقته مع المكان الذي دُوِّن فيه: يتكوّن من 12 رقمًا (أما رمز ورقة الاسترداد فيتكوّن من 24 رقمًا).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That file is not a programme lead&apos;s private key, or it is damaged.</source>
        <translation>هذا الملف ليس مفتاحًا خاصًا لمسؤول البرنامج، أو أنه تالف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keys could not be opened: {reason}</source>
        <translation>تعذّر فتح المفاتيح: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/workshops/dialog.py" line="+37"/>
        <source>Edit workshop</source>
        <translation>تعديل الورشة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New workshop</source>
        <translation>ورشة جديدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A workshop is one delivery of a curriculum. Enter no names: the site is a place, and facilitator initials are optional.</source>
        <translation>الورشة هي تنفيذ واحد لمنهاج. لا تُدخل أي أسماء: المكان موقع وليس شخصًا، والأحرف الأولى من اسم الميسّر اختيارية.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. East Amman community centre</source>
        <translation>مثال: مركز شرق عمّان المجتمعي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>optional, e.g. RA</source>
        <translation>اختياري، مثال: RA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No survey</source>
        <translation>بلا استبيان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Curriculum:</source>
        <translation>المنهاج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions:</source>
        <translation>الجلسات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator initials:</source>
        <translation>الأحرف الأولى للميسّر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected participants:</source>
        <translation>العدد المتوقع للمشاركين:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before/after survey:</source>
        <translation>استبيان قبل/بعد:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Enter the site (a place, not a person).</source>
        <translation>يُرجى إدخال المكان (موقع، وليس شخصًا).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one session.</source>
        <translation>يُرجى اختيار جلسة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no curriculum to choose.</source>
        <translation>لا يوجد منهاج للاختيار.</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <location filename="../../workshop_kit/ui/workshops/page.py" line="+82"/>
        <source>Day</source>
        <extracomment>What a store change may raise for reasons outside the program: a full or read-only disk, a file damaged or replaced meanwhile, a workshop deleted by an import. a workshop id: &quot;Print pack&quot; for it a survey kiosk went full screen (the main window locks the data)</extracomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum</source>
        <translation>المنهاج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workshops</source>
        <translation>الورش</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New workshop…</source>
        <translation>ورشة جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a workshop (Ctrl+N)</source>
        <translation>إنشاء ورشة (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close workshop…</source>
        <translation>إغلاق الورشة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make before/after matching final and delete the match codes</source>
        <translation>اعتماد المطابقة بين القبلي والبعدي نهائيًا وحذف رموز المطابقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start “before” survey</source>
        <translation>بدء الاستبيان «القبلي»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start “after” survey</source>
        <translation>بدء الاستبيان «البعدي»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key in paper forms…</source>
        <translation>إدخال الاستمارات الورقية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pack…</source>
        <translation>حزمة الطباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide, handouts and paper forms for this workshop</source>
        <translation>الدليل والنشرات والاستمارات الورقية لهذه الورشة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the chosen workshop (F2)</source>
        <translation>تعديل الورشة المختارة (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen workshop and its responses (Del)</source>
        <translation>حذف الورشة المختارة وردودها (Del)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Create a workshop to run its surveys.</source>
        <translation>يُرجى إنشاء ورشة لإجراء استبياناتها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before and after matched by code: &lt;b&gt;{pairs}&lt;/b&gt; pairs; unmatched: {up} before, {uq} after; ambiguous (never paired): {ap} before, {aq} after.</source>
        <translation>الثنائيات المتطابقة بالرمز بين القبلي والبعدي: &lt;b&gt;{pairs}&lt;/b&gt;؛ غير المتطابقة: {up} قبل، {uq} بعد؛ الملتبسة (لا تُطابَق أبدًا): {ap} قبل، {aq} بعد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matching becomes final when you close the workshop.</source>
        <translation>تصبح المطابقة نهائية عند إغلاق الورشة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed on {day}: the match codes have been deleted.</source>
        <translation>أُغلقت في {day}: حُذفت رموز المطابقة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This workshop has no survey.</source>
        <translation>لا يوجد استبيان لهذه الورشة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not changed</source>
        <translation>لم يُعدَّل شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workshop was not changed: {reason}</source>
        <translation>لم تُعدَّل الورشة: {reason}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Close this workshop?</source>
        <translation>إغلاق هذه الورشة؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing makes the before/after matching final. Matched surveys keep only a pair number; the match codes and this workshop&apos;s secret key are deleted for good, so nobody can link answers to a person&apos;s code. No more surveys can be added.

Close the workshop?</source>
        <translation>يجعل الإغلاق المطابقة بين القبلي والبعدي نهائية. لا تحتفظ الاستبيانات المتطابقة إلا برقم الثنائية، وتُحذف رموز المطابقة والمفتاح السري لهذه الورشة نهائيًا، فلا يستطيع أحد ربط الإجابات برمز أي شخص. ولا يمكن إضافة استبيانات بعد ذلك.

هل تريد إغلاق الورشة؟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the facilitator PIN to close the workshop at {site}.</source>
        <translation>يُرجى إدخال الرقم السري للميسّرين لإغلاق الورشة في {site}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workshop closed</source>
        <translation>أُغلقت الورشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pairs} before/after pairs kept. The match codes were deleted.</source>
        <translation>الثنائيات المحفوظة بين القبلي والبعدي: {pairs}. حُذفت رموز المطابقة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete this workshop?</source>
        <translation>حذف هذه الورشة؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the workshop at {site} on {day} and its {count} survey responses? This cannot be undone.</source>
        <translation>هل تريد حذف الورشة في {site} بتاريخ {day} مع ردود الاستبيان الخاصة بها (عددها {count})؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the facilitator PIN to delete the workshop at {site}.</source>
        <translation>يُرجى إدخال الرقم السري للميسّرين لحذف الورشة في {site}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Survey not available</source>
        <translation>الاستبيان غير متوفر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The survey &apos;{id}&apos; did not load; see the Library&apos;s list of problems.</source>
        <translation>لم يُحمَّل الاستبيان &apos;{id}&apos;؛ راجع قائمة المشكلات في المكتبة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey changed</source>
        <translation>تغيّر الاستبيان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workshop uses version {old} of the survey, but version {new} is installed. Answers of different versions cannot be compared; create a new workshop for the new version.</source>
        <translation>تستخدم هذه الورشة الإصدار {old} من الاستبيان، لكن الإصدار المثبّت هو {new}. لا يمكن مقارنة إجابات إصدارات مختلفة؛ يُرجى إنشاء ورشة جديدة للإصدار الجديد.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Survey</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Before (first session)</source>
        <translation>قبل (الجلسة الأولى)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After (last session)</source>
        <translation>بعد (الجلسة الأخيرة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper forms</source>
        <translation>الاستمارات الورقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which forms are you keying in?</source>
        <translation>ما الاستمارات التي تُدخلها؟</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paper forms — {site}, {day}</source>
        <translation>الاستمارات الورقية — {site}، {day}</translation>
    </message>
</context>
<context>
    <name>_ContactRow</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="+61"/>
        <source>e.g. Legal aid clinic</source>
        <translation>مثال: عيادة المساعدة القانونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 06 555 0101</source>
        <translation>مثال: 06 555 0101</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Sun–Thu 9:00–15:00</source>
        <translation>مثال: الأحد–الخميس 9:00–15:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact {number}: name of the service</source>
        <translation>جهة الاتصال {number}: اسم الخدمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact {number}: phone</source>
        <translation>جهة الاتصال {number}: الهاتف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact {number}: opening hours</source>
        <translation>جهة الاتصال {number}: ساعات العمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contact {number}</source>
        <translation>إزالة جهة الاتصال {number}</translation>
    </message>
</context>
<context>
    <name>_JobDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/key_dialogs.py" line="-152"/>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was changed: {error}</source>
        <translation>لم يتغيّر شيء: {error}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../workshop_kit/ui/errors.py" line="-102"/>
        <source>The details were written to the log (Help → About → Open log folder).</source>
        <translation>دُوِّنت التفاصيل في السجل (مساعدة ← حول ← فتح مجلد السجل).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong and this could not be finished.</source>
        <translation>حدث خطأ ما وتعذّر إكمال هذه العملية.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The disk is full: free some space and try again.</source>
        <translation>القرص ممتلئ: يُرجى إخلاء بعض المساحة والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop Kit is not allowed to write here: {path}</source>
        <translation>لا يملك Workshop Kit إذنًا بالكتابة هنا: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file or folder is missing: {path}</source>
        <translation>هذا الملف أو المجلد غير موجود: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file could not be read or written: {reason}</source>
        <translation>تعذّرت قراءة ملف أو الكتابة فيه: {reason}</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../workshop_kit/ui/results/cards.py" line="-106"/>
        <location filename="../../workshop_kit/ui/results/format.py" line="+19"/>
        <source>fewer than {k}</source>
        <translation>أقل من {k}</translation>
    </message>
    <message>
        <location filename="../../workshop_kit/ui/results/format.py" line="+16"/>
        <source>Wilcoxon signed-rank</source>
        <translation>اختبار ويلكوكسون للرتب ذات الإشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign test</source>
        <translation>اختبار الإشارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>McNemar</source>
        <translation>اختبار ماكنمار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paired t</source>
        <translation>اختبار t للعينات المترابطة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exact</source>
        <translation>دقيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal approximation with continuity correction</source>
        <translation>تقريب طبيعي مع تصحيح الاستمرارية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chi-square approximation with continuity correction</source>
        <translation>تقريب مربع كاي مع تصحيح الاستمرارية</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cut at the possible range</source>
        <translation>مقيّدة بحدود المدى الممكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every pair changed by the same amount: a cautious, wide interval</source>
        <translation>تغيّرت كل الثنائيات بالمقدار نفسه: فترة حذرة وواسعة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paired change: not shown (fewer than {k} pairs)</source>
        <translation>التغيّر لدى الثنائيات: غير معروض (أقل من {k} ثنائيات)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (95% CI {low} to {high})</source>
        <translation> (فترة ثقة ٩٥٪: من {low} إلى {high})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> [{note}]</source>
        <translation> [{note}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {change}; {tests}; {n} pairs</source>
        <translation>التغيّر {change}؛ {tests}؛ عدد الثنائيات: {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{test} ({method})</source>
        <translation>{test} ({method})</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../workshop_kit/ui/startup.py" line="+43"/>
        <source>Workshop Kit is already open for this data folder:
{folder}

Its window has been brought to the front. Only one copy can use a data folder at a time, so that neither undoes the other&apos;s changes.</source>
        <translation>يعمل Workshop Kit بالفعل على مجلد البيانات هذا:
{folder}

أُظهرت نافذته في المقدمة. لا يمكن إلا لنسخة واحدة من البرنامج استخدام مجلد البيانات في الوقت نفسه، حتى لا تُلغي إحداهما تغييرات الأخرى.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workshop Kit cannot save anything in its data folder:
{folder}

You can read the guides, print documents and look at results, but new workshops, survey answers and settings cannot be saved. Ask whoever looks after this computer to let Workshop Kit write to this folder, then start it again.</source>
        <translation>لا يستطيع Workshop Kit حفظ أي شيء في مجلد بياناته:
{folder}

يمكن قراءة الأدلة وطباعة المستندات والاطلاع على النتائج، لكن لا يمكن حفظ ورش جديدة ولا إجابات الاستبيانات ولا الإعدادات. يُرجى الطلب من الشخص المسؤول عن هذا الحاسوب السماح لـ Workshop Kit بالكتابة في هذا المجلد، ثم إعادة تشغيله.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workshop Kit is already open</source>
        <translation>Workshop Kit مفتوح بالفعل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read-only: nothing can be saved</source>
        <translation>للقراءة فقط: لا يمكن حفظ أي شيء</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only data folder</source>
        <translation>مجلد البيانات للقراءة فقط</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Checking the workshop data…</source>
        <translation>جارٍ فحص بيانات الورش…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workshop data checked: Workshop Kit found a problem (see the message).</source>
        <translation>فُحصت بيانات الورش: وجد Workshop Kit مشكلة (انظر الرسالة).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop data checked: no problems found.</source>
        <translation>فُحصت بيانات الورش: لم تُوجد أي مشكلة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workshop data could not be checked: {reason}</source>
        <translation>تعذّر فحص بيانات الورش: {reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the list of workshops…</source>
        <translation>جارٍ قراءة قائمة الورش…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the list of workshops: {done} of {total}…</source>
        <translation>جارٍ قراءة قائمة الورش: {done} من {total}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list of workshops is ready.</source>
        <translation>قائمة الورش جاهزة.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Preparing the survey answers for quick reading: {done} of {total}…</source>
        <translation>تجهيز إجابات الاستبيان لقراءة سريعة: {done} من {total}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The survey answers are ready for quick reading.</source>
        <translation>إجابات الاستبيان جاهزة لقراءة سريعة.</translation>
    </message>
</context>
</TS>
