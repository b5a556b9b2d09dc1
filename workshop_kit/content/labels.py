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
        "kind.opening": "Opening",
        "kind.icebreaker": "Icebreaker",
        "kind.presentation": "Presentation",
        "kind.discussion": "Discussion",
        "kind.group-work": "Group work",
        "kind.role-play": "Role play",
        "kind.reflection": "Reflection",
        "kind.break": "Break",
        "kind.closing": "Closing",
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
        "kind.opening": "افتتاح",
        "kind.icebreaker": "تمهيد وتعارف",
        "kind.presentation": "عرض",
        "kind.discussion": "نقاش",
        "kind.group-work": "عمل في مجموعات",
        "kind.role-play": "لعب أدوار",
        "kind.reflection": "تأمّل",
        "kind.break": "استراحة",
        "kind.closing": "ختام",
    },
}


def label(key: str, lang: str, **values: object) -> str:
    """The word or phrase ``key`` in ``lang`` (English if the language is unknown),
    with ``values`` filled in."""
    text = LABELS.get(lang, LABELS["en"]).get(key) or LABELS["en"][key]
    return text.format(**values) if values else text
