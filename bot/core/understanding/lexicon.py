"""Key words of other languages, written as the English words the intents know.

People ask in their own language ("¿cuándo es la fecha límite?", "截止日期是什么时候", "когда
дедлайн?"). Rather than teach every intent every language, the words that carry the meaning are
rewritten into English before matching ("when is the deadline"). Only words that cannot be
mistaken for English are listed ("data" is Portuguese for "date" and English for data, so it is
left out). Text is already folded: lowercase, Latin accents removed (see :mod:`.text`).
"""

from __future__ import annotations

import re

# Latin-script languages: whole words or phrases.
WORDS: dict[str, str] = {
    # Spanish
    "cuando": "when", "donde": "where", "fecha limite": "deadline", "fecha de entrega":
    "deadline", "plazo": "deadline", "fecha": "date", "entrega": "submission", "enviar":
    "submit", "mandar": "submit", "entregar": "submit", "vence": "is due", "hay que": "", "articulo": "paper", "paginas": "pages", "pagina": "page",
    "referencias": "references", "bibliografia": "bibliography", "anonimo": "anonymous",
    "anonima": "anonymous", "anonimizado": "anonymized", "anonimizada": "anonymized",
    "archivo": "file", "fichier": "file", "datei": "file", "dateiformat": "file format",
    "formato": "format", "plantilla": "template", "estilo": "style", "temas": "topics",
    "organizadores": "organizers", "organizacion": "organizers", "contactar": "contact",
    "contacto": "contact", "correo": "email", "quien": "who", "quienes": "who",
    "conferencia": "conference", "ciudad": "city", "aceptacion": "acceptance",
    "aceptados": "accepted", "aceptado": "accepted", "notificacion": "notification",
    "resultados": "results", "cuantas": "how many", "cuantos": "how many", "taller": "workshop",
    "se realiza": "takes place", "se celebra": "takes place", "es en": "is in",
    "esta en": "is in", "ediciones anteriores": "previous editions", "humano": "human",
    "forma parte de": "part of", "obligatorio": "required",
    "hablar con": "talk to", "avisan": "notify", "sede": "venue",
    "fuera de plazo": "after the deadline", "envios": "submissions", "como hacer": "how to make",
    "tabla": "table", "que dia": "which day",
    "doble ciego": "double blind", "ciego": "blind", "ciega": "blind", "revision": "review",
    "subir": "upload", "becas de viaje": "travel grants", "becas": "grants",
    # Portuguese
    "quando": "when", "onde": "where", "prazo": "deadline", "data do": "date of",
    "data da": "date of", "data de": "date of", "submissao": "submission", "envio": "submission",
    "artigo": "paper", "anonimizar": "anonymize", "organizacao": "organizers",
    "contato": "contact", "quem": "who", "cidade": "city", "aceitacao": "acceptance",
    "aceitos": "accepted", "aceito": "accepted", "notificacao": "notification",
    "quantas": "how many", "fica em": "is in", "acontece": "takes place",
    "bolsas de viagem": "travel grants", "bolsa de viagem": "travel grant", "bolsas": "grants",
    "viagem": "travel", "estudantes": "students", "duplo cego": "double blind",
    # French
    "quand": "when", "ou se deroule": "where does it take place", "ou se": "where",
    "ou a lieu": "where", "ou est": "where is",
    "date limite": "deadline", "soumission": "submission", "soumettre": "submit",
    "anonyme": "anonymous", "anonymise": "anonymized", "anonymisee": "anonymized",
    "modele": "template", "gabarit": "template", "sujets": "topics", "themes": "topics",
    "organisateurs": "organizers", "contacter": "contact", "courriel": "email", "qui": "who",
    "ville": "city", "acceptation": "acceptance", "resultats": "results", "combien": "how many",
    "atelier": "workshop", "rattache a": "part of", "se tient": "takes place",
    "de quoi parle": "what is this workshop about", "humain": "human", "obligatoire": "required",
    "qui puis-je": "who can i", "qui puis je": "who can i", "ecrire": "write",
    # German
    "wann": "when", "wo": "where", "frist": "deadline", "einreichungsfrist": "deadline",
    "abgabefrist": "deadline", "einreichung": "submission", "einreichen": "submit",
    "seiten": "pages", "seite": "page", "literaturverzeichnis": "references",
    "literatur": "references", "referenzen": "references", "anonymisiert": "anonymized",
    "vorlage": "template", "themen": "topics", "organisatoren": "organizers",
    "veranstalter": "organizers", "kontaktieren": "contact", "kontakt": "contact", "wer": "who",
    "konferenz": "conference", "stadt": "city", "zusage": "acceptance", "annahme": "acceptance",
    "benachrichtigung": "notification", "ergebnisse": "results", "wie viele": "how many",
    "findet statt": "takes place", "bis wann": "until when", "eingereicht": "submitted",
    "an welchem tag": "which day", "welchem tag": "which day",
    "muss": "must", "zusagen": "acceptances", "absagen": "decisions", "vortrag": "talk",
    "reisestipendium": "travel grant", "reisekosten": "travel funding",
    "doppelblind": "double blind",
    "statt": "takes place", "ist in": "is in",
    "worum geht": "what is this workshop about", "welcher": "which", "welche": "which",
    "welches": "which", "un": "a", "una": "a", "une": "a", "uno": "a",
    "sobre o que": "what is this workshop about", "mensch": "human",
    # Italian
    "dove": "where", "scadenza": "deadline", "sottomissione": "submission", "inviare": "submit",
    "pagine": "pages", "riferimenti": "references", "anonimizzato": "anonymized",
    "modello": "template", "argomenti": "topics", "temi": "topics",
    "organizzatori": "organizers", "contattare": "contact", "chi": "who",
    "conferenza": "conference", "citta": "city", "accettazione": "acceptance",
    "accettati": "accepted", "notifiche": "notification", "notifica": "notification",
    "risultati": "results", "quante": "how many", "si tiene": "takes place",
    "si svolge": "takes place",
    # Vietnamese (accents folded; đ stays)
    "khi nao": "when", "o đau": "where", "o dau": "where", "đau": "where", "han nop": "deadline",
    "han chot": "deadline", "nop bai": "submit paper", "ngay nao": "which day",
    "bao nhieu trang": "how many pages", "trang": "pages", "tai lieu tham khao": "references",
    "an danh": "anonymous", "đinh dang": "format", "dinh dang": "format", "chu đe": "topics",
    "chu de": "topics", "ban to chuc": "organizers", "lien he": "contact", "hoi nghi":
    "conference", "thanh pho": "city", "thong bao": "notification", "ket qua": "results",
    "chap nhan": "acceptance", "to chuc": "takes place", "bai bao": "paper",
    # more Spanish, Portuguese, French, German, Italian chat
    "que ciudad": "which city", "es el": "is the", "es la": "is the", "c est quand": "when is",
    "c'est quand": "when is", "quand est": "when is", "todavia": "still", "escribo": "write",
    "escribir": "write",
    "a quien le": "who do i", "entra": "fit", "sobre": "about", "vale": "ok",
    "vai ser em": "is it in", "tem que": "must", "em pdf": "in pdf", "escopo": "scope",
    "plataformas": "platforms", "producao": "production", "mesmo": "really",
    "quel jour de la semaine": "which weekday", "editions precedentes": "previous editions",
    "jour": "day", "wochentag": "weekday", "schon mal": "before", "organisiert": "organizes",
    "datenstrukturen": "data structures", "finale": "final", "passt": "fit", "stile": "style",
    "gabs": "was there",
    "di cosa tratta": "what is this workshop about", "giorno": "day",
    # Hindi written in Latin letters
    "kab": "when", "kahan": "where", "kis city": "which city", "kitne": "how many",
}

# Scripts without spaces between words (or where words inflect): substrings.
SUBSTRINGS: dict[str, str] = {
    # Chinese
    "截止日期": "deadline", "截稿": "deadline", "截止": "deadline", "投稿": "submission",
    "提交": "submit", "论文": "paper", "参考文献": "references", "匿名": "anonymous",
    "格式": "format", "模板": "template", "主题": "topics", "范围": "scope",
    "组织者": "organizers", "主办方": "organizers", "联系": "contact", "邮箱": "email",
    "邮件": "email", "会议": "conference", "城市": "city", "在哪": "where", "哪里": "where",
    "什么时候": "when", "哪一天": "which day", "何时": "when", "日期": "date", "哪天": "which day",
    "通知": "notification",
    "录用": "acceptance", "结果": "results", "多少页": "how many pages", "页": " pages",
    "举行": "takes place", "举办": "takes place", "以前": "before", "往届": "previous editions",
    "谁": "who", "跟哪个会": "which conference", "星期几": "which weekday", "能投": "can submit",
    "分布式": "distributed", "训练": "training", "框架": "framework", "数据结构": "data structures",
    "编程语言": "programming languages", "优化": "optimization", "平台": "platform",
    "长滩": "long beach", "对吧": "right", "酒店": "hotel", "注册": "registration",
    "报名": "registration", "还能": "still can", "现在": "now", "组织": "organized",
    "主办": "organized",
    # Japanese
    "締め切り": "deadline", "締切": "deadline", "論文": "paper", "ページ": "pages",
    "フォーマット": "format", "形式": "format", "テンプレート": "template",
    "スタイルファイル": "style file", "スタイル": "style", "テーマ": "topics",
    "トピック": "topics", "主催者": "organizers", "オーガナイザー": "organizers",
    "連絡": "contact", "メール": "email", "誰": "who", "学会": "conference", "都市": "city",
    "どこ": "where", "いつ": "when", "日程": "date", "日付": "date", "採択": "acceptance",
    "開催": "takes place", "カメラレディ": "camera-ready", "ポスター": "poster",
    "ワークショップ": "workshop", "ファイル": "file", "何曜日": "which weekday",
    "スコープ": "scope", "付録": "appendix", "空港": "airport", "シェア": "share",
    "最適化": "optimization", "参加登録": "registration", "登録": "registration",
    # Korean
    "등록": "registration",
    "마감": "deadline", "제출": "submission", "논문": "paper", "페이지": "pages",
    "참고문헌": "references", "익명": "anonymous", "형식": "format", "포맷": "format",
    "템플릿": "template", "주제": "topics", "주최": "organizers", "조직위": "organizers",
    "운영진": "organizers", "연락": "contact", "이메일": "email", "누구": "who",
    "학회": "conference",
    "컨퍼런스": "conference", "도시": "city", "어디": "where", "언제": "when", "날짜": "date",
    "통보": "notification", "합격": "acceptance", "결과": "results", "열리": "takes place",
    "워크숍": "workshop", "워크샵": "workshop", "포스터": "poster", "로만": "only",
    "무슨 요일": "which weekday", "며칠": "what date", "요일": "weekday",
    "프로그래밍 언어": "programming languages",
    "받나요": "accept", "심사중": "under review", "심사 중": "under review",
    # Russian
    "дедлайн": "deadline", "срок": "deadline", "подач": "submission", "статьи": "paper",
    "статей": "papers", "статью": "paper", "статья": "paper", "страниц": "pages",
    "литератур": "references", "анонимиз": "anonymiz", "анонимн": "anonymous",
    "формат": "format", "шаблон": "template", "стиль": "style", "тематик": "topics",
    "организатор": "organizer", "связаться": "contact", "контакт": "contact", "почт": "email",
    "кто": "who", "конференц": "conference", "город": "city", "воркшоп": "workshop",
    "уведомлен": "notification", "результат": "results", "принят": "accepted",
    "сколько": "how many", "проходит": "takes place", "когда": "when", "где": "where",
    "дата": "date", "откуда": "affiliation", "список принятых статей": "list of accepted papers",
    "список принятых": "list of accepted papers",
    # Hindi
    "कब": "when", "कहाँ": "where", "कहां": "where", "तारीख": "date", "तिथि": "date",
    "डेडलाइन": "deadline", "लास्ट डेट": "deadline", "अंतिम तिथि": "deadline",
    "पेपर": "paper", "सबमिशन": "submission", "जमा": "submit", "पेज": "pages", "पृष्ठ": "pages",
    "संदर्भ": "references", "गुमनाम": "anonymous", "फॉर्मेट": "format", "प्रारूप": "format",
    "टेम्पलेट": "template", "विषय": "topics", "आयोजक": "organizers", "संपर्क": "contact",
    "ईमेल": "email", "कौन": "who", "सम्मेलन": "conference", "कॉन्फ्रेंस": "conference",
    "शहर": "city", "वर्कशॉप": "workshop", "कार्यशाला": "workshop", "परिणाम": "results",
    "नतीजे": "results", "स्वीकृति": "acceptance",
}

_WORDS_RX = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True)) + r")\b")
_SUBSTRINGS_RX = re.compile(
    "|".join(re.escape(w) for w in sorted(SUBSTRINGS, key=len, reverse=True)))
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0900-\u097f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


_SPACES = re.compile(r"[ \t]{2,}")
_CJK_DATE = re.compile(r"(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]")
_MONTH_NAMES = ("january february march april may june july august september october november "
                "december").split()


def _cjk_date(m: re.Match[str]) -> str:
    month, day = int(m.group(1)), int(m.group(2))
    return f" {_MONTH_NAMES[month - 1]} {day} " if 1 <= month <= 12 else m.group(0)


def to_english(text: str) -> str:
    """``text`` (folded) with the key words of other languages in English: Latin-script words
    are replaced; in other scripts the English is put before the original word."""
    if _NON_LATIN.search(text):
        text = _CJK_DATE.sub(_cjk_date, text)  # "12月8号" -> "december 8"
        text = _SUBSTRINGS_RX.sub(lambda m: f" {SUBSTRINGS[m.group(0)]} {m.group(0)}", text)
    text = _WORDS_RX.sub(lambda m: WORDS[m.group(0)], text)
    return _SPACES.sub(" ", text)
