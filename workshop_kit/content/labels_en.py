"""The fixed words of documents in English (see ``labels``)."""

from __future__ import annotations

__all__ = ["WORDS"]

WORDS: dict[str, str] = {
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
    "survey_before": "Before this session: the anonymous survey “{title}” (run it from "
    "the Workshops page).",
    "survey_after": "After this session: the anonymous survey “{title}” (run it from "
    "the Workshops page).",
    "survey_before_unnamed": "Before this session: the anonymous survey (run it from the "
    "Workshops page).",
    "survey_after_unnamed": "After this session: the anonymous survey (run it from the "
    "Workshops page).",
    "kiosk.start": "Start",
    "kiosk.next": "Next",
    "kiosk.back": "Back",
    "kiosk.skip": "Skip this question",
    "kiosk.prefer_not": "Prefer not to answer",
    "kiosk.prefer_not_say": "Prefer not to say",
    "kiosk.progress": "Question {number} of {count}",
    "kiosk.code_intro": "First, {count} small questions make your private code. "
    "It lets us compare your answers before and after the course without your name. "
    "Answer them the same way both times.",
    "kiosk.code_progress": "Code question {number} of {count}",
    "kiosk.code.letter_hint": "Type one letter",
    "kiosk.code.number_hint": "Type a number",
    "kiosk.code.letter_refused": "That is a number. Please type a letter.",
    "kiosk.code.number_refused": "Please type a number, with digits only.",
    "kiosk.code.letter_too_long": "Only one letter, please.",
    "kiosk.code.number_too_long": "Two digits at most, please.",
    "kiosk.code.empty": "Please type your answer, or press “{skip}”.",
    "kiosk.help_back": "Back to the survey",
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
    "pdf.help_write_in": "Local help contacts:",
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
    "pdf.about_you_heading": "About you",
    "pdf.about_you_note": "These questions are not part of your score. They let us compare "
    "groups, never single people. You may choose “Prefer not to say”.",
    "pdf.items_heading": "Questions",
    "pdf.page_of": "Page {page} of {pages}",
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
    "report.ci_method.bound": "every pair changed by the same amount: a cautious, wide interval",
    "report.test_line": "{test}, {method}: {p}",
    "report.p_method": "{p} ({method})",
    "report.p_value": "p-value",
    "report.test_used": "Test used for the p-values: {test}.",
    "report.ci": "{change} ({low} to {high})",
    "report.n": "(n = {n})",
    "report.fewer": "fewer than {k}",
    "report.hidden": "hidden",
    "report.groups_heading": "Scores by group",
    "report.groups_intro": "The same scores for each group that participants said they "
    "belong to (asked before the workshop; “prefer not to say” is in no group). A pair "
    "counts in the group of its before answer. A group score with fewer than {k} people "
    "is not shown.",
    "report.group": "Group",
    "report.scores_heading": "Scores",
    "report.scores_intro": "Each score runs from 0 to 100; a higher score means more of "
    "what the score names. The change is in points on that scale.",
    "report.score": "Score (0–100)",
    "report.score_change": "Change (95% CI)",
    "report.alpha_heading": "How consistent each score's questions were",
    "report.alpha_intro": "Cronbach's alpha, before and after, from the people who answered "
    "every question of the score: the nearer to one, the more consistently people answered "
    "the questions of a score alike. It says nothing about the change.",
    "report.alpha_score": "Score",
    "report.alpha_before": "Alpha before",
    "report.alpha_after": "Alpha after",
    "report.alpha.too_few": "too few responses",
    "report.alpha.one_item": "too few questions",
    "report.alpha.no_spread": "not defined (the totals do not vary)",
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
    "report.methods.alpha": "Cronbach's alpha is worked out separately before and after, "
    "from the people who answered every question of the score (“Prefer not to answer” to "
    "any of them leaves a person out of alpha), with the reverse-worded questions flipped "
    "and “Don't know” counted as not yes, as in the score. It is shown only from "
    "{min_n} such people (and never from fewer than {k}), rounded to two decimals; the "
    "number of people beside it is adjusted like every count. Unlike the other figures it "
    "is worked out from the answers as given. With fewer than 20 people alpha is rough; "
    "0.7 or more is often read as consistent enough.",
    "report.methods.caution": "Many questions are tested at once, so a few small p-values "
    "can appear by chance. With small groups, read the results as signs, not as proof.",
    "report.disclosure": "Numbers based on fewer than {k} responses are not shown, and "
    "neither are numbers that would let someone work them out. The only exception is the "
    "number who chose “Prefer not to answer”: it follows from the totals anyway and says "
    "nothing about anyone's view.",
    "report.disclosure_noise": "So that comparing two reports cannot single anyone out, "
    "every count in this report had a small random amount added or taken away (nine "
    "times in ten 2 or less) before anything was worked out from it; the same people "
    "always get the same amount, so "
    "numbers differ slightly from a plain count and may not add up exactly. Test results "
    "are given only as a range of p-values (below 0.01, 0.01 to 0.05, 0.05 or more). "
    "Everything except Cronbach's alpha is computed from the adjusted counts.",
    "report.disclosure_marks": "“{fewer}” stands for a number from fewer than {k} "
    "responses; “{hidden}” for a number held back because, with the numbers around it, it "
    "would let someone work out a smaller group.",
    "report.construct.violence_acceptance": "Accepting violence in the home",
    "report.construct.dhs_justification": "Justifying wife-beating",
    "report.construct.harassment_blame": "Blaming women for harassment",
    "report.construct.gender_norms": "Unequal roles of women and men",
    "report.construct.help_knowledge": "Knowing where to get help",
    "report.construct.bystander_confidence": "Confidence to act",
    "xlsx.answers_title": "Answers by item and phase (all responses, matched or not)",
    "xlsx.agreeing_title": "Share agreeing (agree side, among those who answered)",
    "xlsx.paired_title": "Before vs after in matched pairs (after minus before; 95% "
    "confidence interval)",
    "xlsx.scores_title": "Construct scores (0-100, reverse-worded items flipped)",
    "xlsx.alpha_title": "Cronbach's alpha per construct and phase (people who answered every "
    "item; shown from 10 people and k, to 2 decimals; n adjusted like every count)",
    "xlsx.indicators_title": "Indicators: share answering yes to at least one item of the block",
    "xlsx.col.item_id": "item_id",
    "xlsx.col.item": "item",
    "xlsx.col.phase": "phase",
    "xlsx.col.n": "n",
    "xlsx.col.value": "value",
    "xlsx.col.answer": "answer",
    "xlsx.col.count": "count",
    "xlsx.col.share": "share",
    "xlsx.col.pre": "pre",
    "xlsx.col.post": "post",
    "xlsx.col.kind": "kind",
    "xlsx.col.id": "id",
    "xlsx.col.text": "text",
    "xlsx.col.outcome": "outcome",
    "xlsx.col.pairs": "pairs",
    "xlsx.col.test": "test",
    "xlsx.col.method": "method",
    "xlsx.col.statistic": "statistic",
    "xlsx.col.p_value": "p_value",
    "xlsx.col.mean_change": "mean_change",
    "xlsx.col.ci_low": "ci_low",
    "xlsx.col.ci_high": "ci_high",
    "xlsx.col.note": "note",
    "xlsx.col.construct": "construct",
    "xlsx.col.items": "items",
    "xlsx.col.n_pre": "n_pre",
    "xlsx.col.mean_pre": "mean_pre",
    "xlsx.col.n_post": "n_post",
    "xlsx.col.mean_post": "mean_post",
    "xlsx.col.alpha": "alpha",
    "xlsx.col.block": "block",
    "xlsx.col.stem": "stem",
    "xlsx.outcome.position": "scale position",
    "xlsx.outcome.yes": "yes (0/1)",
    "xlsx.outcome.agreeing": "agreeing (0/1)",
    "xlsx.outcome.score": "score 0-100",
    "xlsx.outcome.indicator": "yes to at least one (0/1)",
    "xlsx.withheld": "withheld",
    "xlsx.about_title": "Workshop Kit export",
    "xlsx.about.survey": "Survey",
    "xlsx.about.survey_value": "{title} ({id}, version {version})",
    "xlsx.about.language": "Language of labels",
    "xlsx.about.exported": "Exported on",
    "xlsx.about.filters": "Filters",
    "xlsx.about.filters_none": "none (all)",
    "xlsx.about.day_from": "Workshop days from",
    "xlsx.about.day_to": "Workshop days until",
    "xlsx.about.k": "Disclosure threshold k",
    "xlsx.about.workshops": "Workshops",
    "xlsx.about.pre": "Responses before",
    "xlsx.about.post": "Responses after",
    "xlsx.about.pairs": "Matched pairs",
    "xlsx.about.unmatched_pre": "Unmatched before",
    "xlsx.about.unmatched_post": "Unmatched after",
    "xlsx.about.other": "Responses to other surveys (left out)",
    "xlsx.about.rows": "Rows in the responses sheet",
    "xlsx.about.individual": "The responses sheet is individual-level data: one row per "
    "survey response. It holds no names, no response ids, no match codes and no day other "
    "than the workshop day, but it is still confidential: share it only as your "
    "data-protection rules allow.",
    "xlsx.about.disclosure": "The summary sheet has passed disclosure control with k = {k}: "
    "a number based on fewer than {k} people reads '{fewer}'; a number hidden so that a "
    "small group cannot be worked out reads '{hidden}'. Every count and everything worked "
    "out from it had a small random amount added or taken away (nine times in ten 2 or "
    "less; the same people always get the same amount), so that comparing two exports "
    "cannot single anyone out; p-values are given only as ranges.",
    "xlsx.about.columns": "Columns of the responses sheet",
    "xlsx.about.items": "(items)",
    "xlsx.about.items_text": "One column per item, see the codebook sheet: the option value; "
    "{code} = {prefer_not}; empty = not asked.",
    "column.row": "Row number in this file",
    "column.workshop": "Workshop key (W- and the start of its id, which begins with the form code)",
    "column.site": "Site of the workshop",
    "column.curriculum": "Curriculum id",
    "column.sessions": "Session ids of the workshop, joined by +",
    "column.language": "Language of the workshop",
    "column.workshop_day": "Day of the workshop (YYYY-MM-DD)",
    "column.phase": "pre = before the workshop, post = after",
    "column.pair": "Pair number of matched before/after responses within the workshop "
    "(empty: unmatched)",
    "column.instrument": "Survey instrument id",
    "column.instrument_version": "Survey instrument version",
    "column.entry_mode": "kiosk = answered on the laptop, paper = typed in from a paper form",
    "group.agree": "Agree",
    "group.not_agree": "Do not agree",
    "group.yes": "Yes",
    "group.not_yes": "Not yes (no or don't know)",
    "group.collapsed": "Answers grouped into two, so that no small group can be seen",
    "group.too_few": "Too few people to show this question safely",
    "report.audit_heading": "How well before and after were matched",
    "report.audit.rate_pre": "Before responses that were matched",
    "report.audit.rate_post": "After responses that were matched",
    "report.audit.tolerant": "Pairs matched with one differing code element",
    "report.audit.ambiguous_pre": (
        "Before responses with more than one possible match (never paired)"
    ),
    "report.audit.ambiguous_post": (
        "After responses with more than one possible match (never paired)"
    ),
    "report.audit.detail": (
        "Pairs matched with one differing element and ambiguous responses are "
        "known only for the {open} of {workshops} workshops still open: closing "
        "a workshop deletes its codes and keeps only its pairs."
    ),
    "report.audit.detail_none": (
        "How pairs were found (with one differing code element, or left ambiguous) is not "
        "known here: every workshop is closed, and closing a workshop deletes its codes "
        "and keeps only its pairs."
    ),
    "report.audit.score": "Score before the workshop (0–100)",
    "report.audit.matched": "Matched",
    "report.audit.unmatched": "Not matched",
    "report.audit.difference": "Difference (not matched minus matched)",
    "report.audit.note": (
        "The paired results speak for those who were matched. If those who were "
        "not matched scored very differently before the workshop, the paired "
        "results may not speak for them."
    ),
    "sheet.title": "Recovery sheet",
    "sheet.header": "Workshop Kit · recovery sheet · keep locked away",
    "sheet.centre": "Centre: {centre}",
    "sheet.no_centre": "Centre: (no name set in Settings)",
    "sheet.made_on": "Printed on {day}",
    "sheet.code_heading": "Recovery code",
    "sheet.code_intro": "Type this code where Workshop Kit asks for the unlock code. Spaces "
    "and dashes do not matter.",
    "sheet.laptop": "For the laptop with this fingerprint (Settings, Encryption keys): "
    "{fingerprint}",
    "sheet.opens_heading": "What it opens",
    "sheet.opens": "This code opens every survey answer stored on this laptop, the same as "
    "the facilitator's unlock code. Use it when the unlock code is lost, then choose a new "
    "unlock code in Settings. Anyone who has this sheet and the laptop can read the answers.",
    "sheet.keep_heading": "Where to keep it",
    "sheet.keep_drawer": "In a locked drawer or cabinet in the office.",
    "sheet.keep_apart": "Never with the laptop, in its bag or in its case.",
    "sheet.keep_no_copies": "Do not photograph it, copy it or send it by message or e-mail.",
    "sheet.lost_title": "If both are lost",
    "sheet.lost": "If you lose both the unlock code and this sheet, the survey answers cannot "
    "be opened by anyone.",
    "sheet.found_heading": "If you find this sheet",
    "sheet.found": "Do not use it. Give it back, in a closed envelope, to the manager of the "
    "centre named above, without copying or photographing it.",
    "sheet.replaced": "Printing a new recovery sheet makes this one stop working: then shred "
    "this sheet.",
}
