"""The fixed words of content documents (guide headings, activity kinds, ...), per
content language.

A session guide in Arabic needs Arabic headings whatever language the interface is in,
so these words belong to the content, not to the interface translations. Every
language has every key (a test checks this); an unknown language falls back to English.
"""

from __future__ import annotations

__all__ = ["LABELS", "label"]

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "session_heading": "Session {number}: {title}",
        "session_meta": "{minutes} minutes · {count} activities",
        "content_warning": "Content warning — read this to the group first",
        "objectives": "Objectives",
        "materials": "Materials",
        "preparation": "Preparation",
        "timing": "Timing",
        "start": "Start",
        "minutes": "Minutes",
        "activity": "Activity",
        "kind": "Kind",
        "total": "Total: {minutes} minutes",
        "activity_heading": "{number}. {title}",
        "activity_when": "{start} – {end} · {minutes} min · {kind}",
        "activity_meta": "{kind} · {minutes} min",
        "steps": "Steps",
        "questions": "Discussion questions",
        "facilitator_notes": "Facilitator notes",
        "safety": "Safety",
        "disclosure": "If someone discloses abuse",
        "key_messages": "Key messages for the handout",
        "take_home": "Questions to take home",
        "position": "{index} of {count}",
        "not_translated": "(not translated)",
        "survey_before": "Before this session: the anonymous survey '{id}' (Surveys page).",
        "survey_after": "After this session: the anonymous survey '{id}' (Surveys page).",
        "kiosk.start": "Start",
        "kiosk.next": "Next",
        "kiosk.back": "Back",
        "kiosk.skip": "Skip this question",
        "kiosk.prefer_not": "Prefer not to answer",
        "kiosk.progress": "Question {number} of {count}",
        "kiosk.code_intro": "First, {count} small questions make your private code. "
        "It lets us compare your answers before and after the course without your name. "
        "Answer them the same way both times.",
        "kiosk.code_progress": "Code question {number} of {count}",
        "kiosk.code.letter_hint": "Type one letter",
        "kiosk.code.number_hint": "Type a number",
        "kiosk.submit_title": "You have finished.",
        "kiosk.submit_text": "Press the button to send your answers. You can still go back.",
        "kiosk.submit": "Send my answers",
        "kiosk.thanks": "Thank you!",
        "kiosk.next_person": "Next person",
        "kiosk.still_there": "Are you still there?",
        "kiosk.still_there_text": "If nobody answers, this survey will be cleared "
        "and nothing will be saved.",
        "kiosk.continue": "Yes, continue",
        "kiosk.read_aloud": "Read aloud",
        "kiosk.hide": "Hide screen",
        "kiosk.cover": "Please wait a moment.",
        "kiosk.save_failed": "Your answers could not be saved. Please ask the facilitator "
        "for help; do not close this screen.",
        "code.mother_initial": "What is the first letter of your mother's first name?",
        "code.birth_day": "On which day of the month were you born? (1 to 31)",
        "code.older_siblings": "How many older brothers and sisters do you have?",
        "code.birthplace_initial": "What is the first letter of the town or village "
        "where you were born?",
        "code.younger_siblings": "How many younger brothers and sisters do you have?",
        "kind.opening": "Opening",
        "kind.icebreaker": "Icebreaker",
        "kind.presentation": "Presentation",
        "kind.discussion": "Discussion",
        "kind.group-work": "Group work",
        "kind.role-play": "Role play",
        "kind.reflection": "Reflection",
        "kind.break": "Break",
        "kind.closing": "Closing",
        "pdf.handout": "Participant handout",
        "pdf.guide": "Facilitator guide",
        "pdf.key_messages": "Key messages",
        "pdf.help_title": "Where to get help",
        "pdf.help_intro": "If you or someone you know needs help, you can contact:",
        "pdf.help_private": "You can also speak to the facilitator in private.",
        "pdf.help_none": "Ask the facilitator for local help contacts.",
        "pdf.help_settings": "Add your local help contacts in Settings.",
        "pdf.phone": "Phone: {phone}",
        "pdf.hours": "Hours: {hours}",
        "pdf.warning_default": "Before you start, tell the group: nobody has to share their own "
        "story, anyone may pass on any question, and anyone may step out at any time.",
        "pdf.workshop_code": "Workshop code",
        "pdf.survey": "Survey",
        "pdf.phase.pre": "Before the workshop",
        "pdf.phase.post": "After the workshop",
        "pdf.form_rules": "Do not write your name on this form. Mark one circle for each "
        "question, or the circle for “{prefer_not}”. You may leave out any question.",
        "pdf.code_heading": "Your private code",
        "pdf.code_hint": "Write your answer in the boxes: a letter or a number.",
        "pdf.items_heading": "Questions",
        "report.title": "Survey results: {title}",
        "report.made_on": "Report made on {day}",
        "report.filters_heading": "Which responses are included",
        "report.filters_none": "All saved responses to this survey (no filters).",
        "report.filter.curriculum": "Curriculum",
        "report.filter.instrument": "Survey",
        "report.filter.site": "Site",
        "report.filter.dates": "Workshop days",
        "report.filter.language": "Workshop language",
        "report.filter.workshop": "Workshop code",
        "report.dates_between": "{start} to {end}",
        "report.dates_from": "from {start}",
        "report.dates_until": "until {end}",
        "report.lang.en": "English",
        "report.lang.ar": "Arabic",
        "report.lang.fr": "French",
        "report.counts_heading": "How many responses",
        "report.count.workshops": "Workshops",
        "report.count.pre": "Responses before",
        "report.count.post": "Responses after",
        "report.count.pairs": "Matched pairs (the same person before and after)",
        "report.count.unmatched_pre": "Before, with no matching response after",
        "report.count.unmatched_post": "After, with no matching response before",
        "report.count.other": "Left out: responses to another survey",
        "report.items_heading": "Results question by question",
        "report.reverse_note": "Worded the other way round: in the score “{score}” its answers "
        "are flipped.",
        "report.chart_title": "Answers before and after (share of those who answered)",
        "report.before": "Before",
        "report.after": "After",
        "report.bar_fewer": "Not shown: fewer than {k} responses",
        "report.bar_hidden": "Not shown: some answers were given by fewer than {k} people",
        "report.bar_empty": "No answers to show",
        "report.responses": "Responses",
        "report.agreeing": "Agreeing (of those who answered)",
        "report.answering_yes": "Answering yes (of those who answered)",
        "report.prefer_not": "Prefer not to answer",
        "report.paired": "Before and after (matched pairs)",
        "report.pairs": "Pairs",
        "report.change": "Change, after minus before (95% CI)",
        "report.test_p": "Test: p-value",
        "report.position": "Position on the scale (steps)",
        "report.agreeing_points": "Share agreeing (percentage points)",
        "report.yes_points": "Share answering yes (percentage points)",
        "report.test.wilcoxon": "Wilcoxon signed-rank test",
        "report.test.sign": "Sign test",
        "report.test.mcnemar": "McNemar's test",
        "report.test.t": "Paired t-test",
        "report.method.exact": "exact",
        "report.method.normal-cc": "normal approximation with continuity correction",
        "report.method.chi2-cc": "chi-square approximation with continuity correction",
        "report.ci_method.t-clipped": "interval cut at the possible range",
        "report.ci_method.bound": "every pair changed by the same amount: a cautious, wide "
        "interval",
        "report.test_line": "{test}, {method}: {p}",
        "report.p_method": "{p} ({method})",
        "report.p_value": "p-value",
        "report.test_used": "Test used for the p-values: {test}.",
        "report.ci": "{change} ({low} to {high})",
        "report.n": "(n = {n})",
        "report.fewer": "fewer than {k}",
        "report.hidden": "hidden",
        "report.scores_heading": "Scores",
        "report.scores_intro": "Each score runs from 0 to 100; a higher score means more of "
        "what the score names. The change is in points on that scale.",
        "report.score": "Score (0–100)",
        "report.score_change": "Change (95% CI)",
        "report.indicators_heading": "Indicators",
        "report.indicators_intro": "The share who answered yes to at least one situation, among "
        "those who answered at least one of them (“Don't know” counts as not yes). The change "
        "is in percentage points.",
        "report.indicator": "Indicator",
        "report.indicator_name": "Yes to at least one situation: {stem}",
        "report.indicator_change": "Change, points (95% CI)",
        "report.methods_heading": "How these numbers were made",
        "report.methods.shares": "Shares use every response of each phase, matched or not. The "
        "share agreeing counts the answers on the agree side of the scale (for yes/no "
        "questions: yes; “Don't know” counts as not agreeing) among those who gave an answer. "
        "“Prefer not to answer” is shown beside it and is not part of the share.",
        "report.methods.pairs": "The before-and-after tests use matched pairs only: the two "
        "surveys of one person, linked by their private code, in which both answers were "
        "given. “Prefer not to answer” is left out of the tests.",
        "report.methods.tests": "Agreement questions get Wilcoxon's signed-rank test and the "
        "sign test on the change in position on the scale; every question with an agree and a "
        "disagree side, yes/no questions included, gets McNemar's test on agreeing or not; "
        "scores get Wilcoxon's test and indicators McNemar's test. These tests leave out the "
        "pairs whose answer did not change (zero differences).",
        "report.methods.exact": "Small numbers get exact p-values: McNemar's test below "
        "25 changed pairs, the sign test always, and Wilcoxon's test up to 50 changed "
        "pairs, ties and zeros included (counted over every way the changes could have "
        "fallen up or down by chance). Otherwise the p-value is approximate: for "
        "Wilcoxon's test the normal distribution with a continuity correction, for "
        "McNemar's test chi-square with a continuity correction. Each test says which "
        "it used.",
        "report.methods.change": "The change is the mean difference, after minus "
        "before, with its 95% confidence interval. For the share agreeing (or answering "
        "yes) the interval is Newcombe's method for matched pairs. For positions on the "
        "scale and for scores it is Student's t interval, cut at the smallest or "
        "largest change possible where it would reach past it (the table says so). When "
        "every pair changed by exactly the same amount, the interval is the widest such "
        "a change could have: a few identical changes do not make a change certain. No "
        "interval reaches past what the scale allows.",
        "report.methods.reverse": "Some statements are worded the other way round. In the "
        "scores their answers are flipped, so that a higher score always means more of what "
        "the score names; the question-by-question results show the answers as given.",
        "report.methods.scores": "A person's score is the mean of their answers to the "
        "score's questions, from 0 to 100. It counts only when the person answered at "
        "least half of those questions. On yes/no questions “Don't know” counts as not "
        "yes, as in the shares and the indicators (the convention of the Demographic "
        "and Health Surveys); only “Prefer not to answer” is left out.",
        "report.methods.caution": "Many questions are tested at once, so a few small p-values "
        "can appear by chance. With small groups, read the results as signs, not as proof.",
        "report.disclosure": "Numbers based on fewer than {k} responses are not shown, and "
        "neither are numbers that would let someone work them out. The only exception is the "
        "number who chose “Prefer not to answer”: it follows from the totals anyway and says "
        "nothing about anyone's view.",
        "report.disclosure_marks": "“{fewer}” stands for a number from fewer than {k} "
        "responses; “{hidden}” for a number held back because, with the numbers around it, it "
        "would let someone work out a smaller group.",
        "report.construct.violence_acceptance": "Accepting violence in the home",
        "report.construct.dhs_justification": "Justifying wife-beating",
        "report.construct.harassment_blame": "Blaming women for harassment",
        "report.construct.gender_norms": "Unequal roles of women and men",
        "report.construct.help_knowledge": "Knowing where to get help",
        "report.construct.bystander_confidence": "Confidence to act",
    },
    "ar": {
        "session_heading": "الجلسة {number}: {title}",
        "session_meta": "{minutes} دقيقة · {count} أنشطة",
        "content_warning": "تنبيه بشأن المحتوى — اقرؤوه على المجموعة أولًا",
        "objectives": "الأهداف",
        "materials": "المواد",
        "preparation": "التحضير",
        "timing": "التوقيت",
        "start": "البداية",
        "minutes": "الدقائق",
        "activity": "النشاط",
        "kind": "النوع",
        "total": "المجموع: {minutes} دقيقة",
        "activity_heading": "{number}. {title}",
        "activity_when": "{start} – {end} · {minutes} دقيقة · {kind}",
        "activity_meta": "{kind} · {minutes} دقيقة",
        "steps": "الخطوات",
        "questions": "أسئلة للنقاش",
        "facilitator_notes": "ملاحظات للميسّر",
        "safety": "السلامة",
        "disclosure": "إذا أفصح أحد عن تعرّضه للعنف",
        "key_messages": "الرسائل الأساسية لورقة المشاركين",
        "take_home": "أسئلة للتفكير في البيت",
        "position": "{index} من {count}",
        "not_translated": "(غير مترجم)",
        "survey_before": "قبل هذه الجلسة: الاستبيان بدون أسماء '{id}' (صفحة الاستبيانات).",
        "survey_after": "بعد هذه الجلسة: الاستبيان بدون أسماء '{id}' (صفحة الاستبيانات).",
        "kiosk.start": "ابدأ",
        "kiosk.next": "التالي",
        "kiosk.back": "رجوع",
        "kiosk.skip": "تخطَّ هذا السؤال",
        "kiosk.prefer_not": "أفضّل عدم الإجابة",
        "kiosk.progress": "السؤال {number} من {count}",
        "kiosk.code_intro": "في البداية، {count} أسئلة صغيرة تصنع رمزك الخاص. "
        "يسمح لنا هذا الرمز بمقارنة إجاباتك قبل الدورة وبعدها من دون اسمك. "
        "أجب عنها بالطريقة نفسها في المرتين.",
        "kiosk.code_progress": "سؤال الرمز {number} من {count}",
        "kiosk.code.letter_hint": "اكتب حرفًا واحدًا",
        "kiosk.code.number_hint": "اكتب رقمًا",
        "kiosk.submit_title": "لقد انتهيت.",
        "kiosk.submit_text": "اضغط الزر لإرسال إجاباتك. ما زال بإمكانك الرجوع.",
        "kiosk.submit": "أرسل إجاباتي",
        "kiosk.thanks": "شكرًا لك!",
        "kiosk.next_person": "الشخص التالي",
        "kiosk.still_there": "هل ما زلت هنا؟",
        "kiosk.still_there_text": "إذا لم يُجب أحد، سيُمسح هذا الاستبيان ولن يُحفظ شيء.",
        "kiosk.continue": "نعم، أكمل",
        "kiosk.read_aloud": "اقرأ بصوت عالٍ",
        "kiosk.hide": "إخفاء الشاشة",
        "kiosk.cover": "لحظة من فضلك.",
        "kiosk.save_failed": "تعذّر حفظ إجاباتك. اطلب المساعدة من الميسّر، ولا تغلق هذه الشاشة.",
        "code.mother_initial": "ما أول حرف من اسم والدتك الأول؟",
        "code.birth_day": "في أي يوم من الشهر وُلدت؟ (من 1 إلى 31)",
        "code.older_siblings": "كم عدد إخوتك وأخواتك الأكبر منك؟",
        "code.birthplace_initial": "ما أول حرف من اسم المدينة أو القرية التي وُلدت فيها؟",
        "code.younger_siblings": "كم عدد إخوتك وأخواتك الأصغر منك؟",
        "kind.opening": "افتتاح",
        "kind.icebreaker": "تمهيد وتعارف",
        "kind.presentation": "عرض",
        "kind.discussion": "نقاش",
        "kind.group-work": "عمل في مجموعات",
        "kind.role-play": "لعب أدوار",
        "kind.reflection": "تأمّل",
        "kind.break": "استراحة",
        "kind.closing": "ختام",
        "pdf.handout": "ورقة المشاركين",
        "pdf.guide": "دليل الميسّر",
        "pdf.key_messages": "الرسائل الأساسية",
        "pdf.help_title": "أين تجد المساعدة",
        "pdf.help_intro": "إذا احتجت أنت أو أحد تعرفه إلى المساعدة، يمكنك التواصل مع:",
        "pdf.help_private": "ويمكنك أيضًا التحدث مع الميسّر على انفراد.",
        "pdf.help_none": "اطلب من الميسّر قائمة جهات المساعدة المحلية.",
        "pdf.help_settings": "أضيفوا جهات المساعدة المحلية في الإعدادات.",
        "pdf.phone": "الهاتف: {phone}",
        "pdf.hours": "أوقات العمل: {hours}",
        "pdf.warning_default": "قبل أن تبدؤوا، قولوا للمجموعة: لا أحد مضطر إلى أن يحكي قصته "
        "الشخصية، ويمكن لأي شخص ألا يجيب عن أي سؤال، وأن يخرج من الغرفة في أي وقت.",
        "pdf.workshop_code": "رمز الورشة",
        "pdf.survey": "الاستبيان",
        "pdf.phase.pre": "قبل الورشة",
        "pdf.phase.post": "بعد الورشة",
        "pdf.form_rules": "لا تكتب اسمك على هذه الورقة. ضع علامة في دائرة واحدة لكل سؤال، "
        "أو في دائرة «{prefer_not}». يمكنك أن تترك أي سؤال دون إجابة.",
        "pdf.code_heading": "رمزك الخاص",
        "pdf.code_hint": "اكتب إجابتك في المربعات: حرفًا أو رقمًا.",
        "pdf.items_heading": "الأسئلة",
        "report.title": "نتائج الاستبيان: {title}",
        "report.made_on": "أُعدّ التقرير في {day}",
        "report.filters_heading": "الإجابات التي يشملها التقرير",
        "report.filters_none": "كل الإجابات المحفوظة لهذا الاستبيان (دون تصفية).",
        "report.filter.curriculum": "المنهج",
        "report.filter.instrument": "الاستبيان",
        "report.filter.site": "المكان",
        "report.filter.dates": "أيام الورش",
        "report.filter.language": "لغة الورش",
        "report.filter.workshop": "رمز الورشة",
        "report.dates_between": "من {start} إلى {end}",
        "report.dates_from": "ابتداءً من {start}",
        "report.dates_until": "حتى {end}",
        "report.lang.en": "الإنجليزية",
        "report.lang.ar": "العربية",
        "report.lang.fr": "الفرنسية",
        "report.counts_heading": "عدد الإجابات",
        "report.count.workshops": "الورش",
        "report.count.pre": "الإجابات قبل الورشة",
        "report.count.post": "الإجابات بعد الورشة",
        "report.count.pairs": "الأزواج المتطابقة (الشخص نفسه قبل الورشة وبعدها)",
        "report.count.unmatched_pre": "إجابات قبل الورشة لا تقابلها إجابة بعدها",
        "report.count.unmatched_post": "إجابات بعد الورشة لا تقابلها إجابة قبلها",
        "report.count.other": "إجابات مستبعدة لأنها عن استبيان آخر",
        "report.items_heading": "النتائج سؤالًا سؤالًا",
        "report.reverse_note": "صيغت هذه العبارة بالاتجاه المعاكس: تُعكس إجاباتها في مقياس "
        "«{score}».",
        "report.chart_title": "الإجابات قبل الورشة وبعدها (نسبةً إلى من أجابوا)",
        "report.before": "قبل",
        "report.after": "بعد",
        "report.bar_fewer": "لا يُعرض: أقل من {k} إجابات",
        "report.bar_hidden": "لا يُعرض: بعض الإجابات اختارها أقل من {k} أشخاص",
        "report.bar_empty": "لا توجد إجابات لعرضها",
        "report.responses": "عدد الإجابات",
        "report.agreeing": "الموافقون (من بين من أجابوا)",
        "report.answering_yes": "من أجابوا بنعم (من بين من أجابوا)",
        "report.prefer_not": "أفضّل عدم الإجابة",
        "report.paired": "قبل الورشة وبعدها (الأزواج المتطابقة)",
        "report.pairs": "الأزواج",
        "report.change": "التغيّر، بعد ناقص قبل (فترة ثقة 95%)",
        "report.test_p": "الاختبار: القيمة الاحتمالية",
        "report.position": "الموقع على المقياس (بالدرجات)",
        "report.agreeing_points": "نسبة الموافقين (بالنقاط المئوية)",
        "report.yes_points": "نسبة من أجابوا بنعم (بالنقاط المئوية)",
        "report.test.wilcoxon": "اختبار ويلكوكسون للرتب الموقّعة",
        "report.test.sign": "اختبار الإشارة",
        "report.test.mcnemar": "اختبار ماكنمار",
        "report.test.t": "اختبار t للأزواج",
        "report.method.exact": "دقيق",
        "report.method.normal-cc": "تقريب التوزيع الطبيعي مع تصحيح الاستمرارية",
        "report.method.chi2-cc": "تقريب كاي تربيع مع تصحيح الاستمرارية",
        "report.ci_method.t-clipped": "قُصّت الفترة عند حدود المقياس",
        "report.ci_method.bound": "تغيّرت كل الأزواج بالمقدار نفسه: فترة متحفّظة واسعة",
        "report.test_line": "{test}، {method}: {p}",
        "report.p_method": "{p} ({method})",
        "report.p_value": "القيمة الاحتمالية",
        "report.test_used": "الاختبار المستخدم للقيم الاحتمالية: {test}.",
        "report.ci": "{change} (من {low} إلى {high})",
        "report.n": "(ن = {n})",
        "report.fewer": "أقل من {k}",
        "report.hidden": "محجوب",
        "report.scores_heading": "المقاييس",
        "report.scores_intro": "يمتد كل مقياس من 0 إلى 100، وكلما ارتفعت الدرجة دلّت على قدر "
        "أكبر مما يسمّيه المقياس. يُقاس التغيّر بنقاط هذا المقياس.",
        "report.score": "المقياس (0–100)",
        "report.score_change": "التغيّر (فترة ثقة 95%)",
        "report.indicators_heading": "المؤشرات",
        "report.indicators_intro": "نسبة من أجابوا بنعم عن موقف واحد على الأقل، من بين من أجابوا "
        "عن واحد منها على الأقل (تُعدّ «لا أعرف» غير «نعم»). يُقاس التغيّر بالنقاط المئوية.",
        "report.indicator": "المؤشر",
        "report.indicator_name": "«نعم» لموقف واحد على الأقل: {stem}",
        "report.indicator_change": "التغيّر بالنقاط (فترة ثقة 95%)",
        "report.methods_heading": "كيف حُسبت هذه الأرقام",
        "report.methods.shares": "تُحسب النسب من كل إجابات المرحلة، سواء وُجد لها زوج أم لا. "
        "تعدّ نسبة الموافقين الإجابات الواقعة في جهة الموافقة من المقياس (وفي أسئلة نعم/لا: "
        "«نعم»، وتُعدّ «لا أعرف» عدم موافقة) من بين من أجابوا. تظهر «أفضّل عدم الإجابة» إلى "
        "جانبها ولا تدخل في حساب النسبة.",
        "report.methods.pairs": "لا تستخدم اختبارات المقارنة بين ما قبل الورشة وما بعدها إلا "
        "الأزواج المتطابقة: استبيانا الشخص نفسه، يربط بينهما رمزه الخاص، وقد أجاب فيهما عن "
        "السؤال. تُستبعد «أفضّل عدم الإجابة» من الاختبارات.",
        "report.methods.tests": "يُطبَّق على أسئلة الموافقة اختبار ويلكوكسون للرتب الموقّعة "
        "واختبار الإشارة على تغيّر الموقع على المقياس، ويُطبَّق على كل سؤال له جهة موافقة وجهة "
        "عدم موافقة، ومنها أسئلة نعم/لا، اختبار ماكنمار على الموافقة أو عدمها، ويُطبَّق "
        "اختبار ويلكوكسون على المقاييس واختبار ماكنمار على المؤشرات. تستبعد هذه الاختبارات "
        "الأزواج التي لم تتغيّر إجابتها (الفروق الصفرية).",
        "report.methods.exact": "تُحسب القيمة الاحتمالية حسابًا دقيقًا حين تكون الأعداد "
        "صغيرة: في اختبار ماكنمار إذا قلّ عدد الأزواج التي تغيّرت عن 25، وفي اختبار "
        "الإشارة دائمًا، وفي اختبار ويلكوكسون حتى 50 زوجًا تغيّرت، ومنها التغيّرات "
        "المتساوية في الحجم والفروق الصفرية (تُعدّ كل الطرق التي كان يمكن أن تتجه بها "
        "التغيّرات صعودًا أو هبوطًا بالصدفة). وفيما عدا ذلك تكون القيمة تقريبية: في "
        "اختبار ويلكوكسون التوزيع الطبيعي مع تصحيح الاستمرارية، وفي اختبار ماكنمار "
        "توزيع كاي تربيع مع تصحيح الاستمرارية. ويذكر كل اختبار الطريقة التي استخدمها.",
        "report.methods.change": "التغيّر هو متوسط الفرق، بعد ناقص قبل، مع فترة الثقة "
        "95%. في نسبة الموافقين (أو المجيبين بنعم) تُحسب الفترة بطريقة نيوكومب للأزواج "
        "المتطابقة. وفي الموقع على المقياس وفي الدرجات تُحسب بفترة t لستيودنت، وتُقصّ "
        "عند أصغر تغيّر ممكن أو أكبره إذا تجاوزته (ويذكر الجدول ذلك). وإذا تغيّرت كل "
        "الأزواج بالمقدار نفسه تمامًا، تكون الفترة أوسع ما يمكن لتغيّر كهذا: فبضعة "
        "تغيّرات متطابقة لا تجعل التغيّر مؤكَّدًا. ولا تتجاوز أي فترة ما يسمح به "
        "المقياس.",
        "report.methods.reverse": "صيغت بعض العبارات بالاتجاه المعاكس. تُعكس إجاباتها في "
        "المقاييس، فتدلّ الدرجة الأعلى دائمًا على قدر أكبر مما يسمّيه المقياس، أما النتائج "
        "سؤالًا سؤالًا فتعرض الإجابات كما أُعطيت.",
        "report.methods.scores": "درجة الشخص في مقياس هي متوسط إجاباته عن أسئلة "
        "المقياس، من 0 إلى 100، ولا تُحسب إلا إذا أجاب عن نصف هذه الأسئلة على الأقل. "
        "وفي أسئلة نعم/لا تُعدّ «لا أعرف» غير «نعم»، كما في النسب والمؤشرات (وهو عرف "
        "المسوح الديموغرافية والصحية)، ولا يُستبعد إلا «أفضّل عدم الإجابة».",
        "report.methods.caution": "تُختبر أسئلة كثيرة في وقت واحد، فقد تظهر بعض القيم "
        "الاحتمالية الصغيرة بالصدفة. ومع المجموعات الصغيرة، اقرؤوا النتائج على أنها مؤشرات "
        "لا براهين.",
        "report.disclosure": "لا تُعرض الأرقام المبنية على أقل من {k} إجابات، ولا الأرقام التي "
        "تسمح لأحد باستنتاجها. الاستثناء الوحيد هو عدد من اختاروا «أفضّل عدم الإجابة»: فهو "
        "يُستنتج من المجاميع على أي حال، ولا يكشف رأي أحد.",
        "report.disclosure_marks": "تعني «{fewer}» رقمًا مبنيًا على أقل من {k} إجابات، وتعني "
        "«{hidden}» رقمًا حُجب لأنه يسمح، مع الأرقام المحيطة به، باستنتاج مجموعة أصغر.",
        "report.construct.violence_acceptance": "تقبّل العنف في البيت",
        "report.construct.dhs_justification": "تبرير ضرب الزوجة",
        "report.construct.harassment_blame": "لوم المرأة على التحرّش",
        "report.construct.gender_norms": "عدم المساواة في أدوار المرأة والرجل",
        "report.construct.help_knowledge": "معرفة جهات المساعدة",
        "report.construct.bystander_confidence": "الثقة بالقدرة على التصرّف",
    },
}


def label(key: str, lang: str, **values: object) -> str:
    """The word or phrase ``key`` in ``lang`` (English if the language is unknown),
    with ``values`` filled in."""
    text = LABELS.get(lang, LABELS["en"]).get(key) or LABELS["en"][key]
    return text.format(**values) if values else text
