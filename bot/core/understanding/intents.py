"""What people ask about a workshop: the built-in intents, and the cues they share.

Every cue here is generic: it would serve any workshop's knowledge file. Cues are regular
expressions over normalized text (see :mod:`.text`); their weights add up, and an intent
is understood when its cues reach 1.0. Examples are typical phrasings, used for fuzzy matching
of short questions and as the vocabulary the typo corrector knows. The topics a call usually
leaves out are in :mod:`.topics`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.core.understanding.literals import Needs, required

Cue = tuple[str, float]
FIRE = 1.0  # an intent is understood at this score
GRAY = 0.5  # between GRAY and FIRE it is offered as "did you mean"


@dataclass(frozen=True)
class Intent:
    name: str
    label: str  # shown in "did you mean" buttons and help
    cues: tuple[Cue, ...]
    examples: tuple[str, ...] = ()
    suppressed_by: tuple[str, ...] = ()  # dropped when one of these is understood too
    # each cue, with a quicker search that every match of the cue also matches (or None);
    # patterns are compiled when first needed, so start-up stays quick
    compiled: tuple[tuple[str, float, str | None], ...] = field(default=(), compare=False)
    needs: re.Pattern[str] | None = field(default=None, compare=False)  # for the whole intent

    def score(self, text: str) -> float:
        """The sum of the weights of the cues found in ``text``."""
        if self.needs is not None and not self.needs.search(text):
            return 0.0
        return sum(w for p, w, quick in self.compiled
                   if (quick is None or regex(quick).search(text)) and regex(p).search(text))


def make_intent(name: str, label: str, cues: tuple[Cue, ...], examples: tuple[str, ...] = (),
                suppressed_by: tuple[str, ...] = ()) -> Intent:
    """An intent with its cues compiled."""
    needs = [required(p) for p, _ in cues]
    compiled = tuple((p, w, quicker(p, n)) for (p, w), n in zip(cues, needs, strict=True))
    positive = [n for n, (_, w) in zip(needs, cues, strict=True) if w > 0]
    union = None if not positive or any(n is None for n in positive) else \
        any_of(frozenset().union(*positive))  # type: ignore[arg-type]
    return Intent(name, label, cues, examples, suppressed_by, compiled, union)


regex = lru_cache(maxsize=None)(re.compile)


def quicker(pattern: str, needs: Needs) -> str | None:
    """A pattern that matches wherever ``pattern`` does, and that Python searches faster.

    Without a leading ``\\b`` the engine can skip ahead to the possible first letters (about
    twice as fast); else, the strings every match must contain.
    """
    if pattern.startswith(r"\b"):
        return pattern[2:]
    if needs is None:
        return None
    return "|".join(re.escape(x) for x in sorted(needs, key=len, reverse=True))


def any_of(strings: Needs) -> re.Pattern[str] | None:
    """A search for any of ``strings`` (plain text, no word boundaries)."""
    if strings is None:
        return None
    return re.compile("|".join(re.escape(x) for x in sorted(strings, key=len, reverse=True)))


def _compile(intent: Intent) -> Intent:
    return make_intent(intent.name, intent.label, intent.cues, intent.examples,
                       intent.suppressed_by)


MONTH = ("(january|february|march|april|may|june|july|august|september|october|november|"
         "december)")
# a month written in full or short ("dec", "sept"), and nothing else that starts like one
MONTH_WORD = (r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
              r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b")
# "takes place", in a few languages: neutral between asking when and asking where
EVENT = (r"\b(happen|happening|take place|takes place|taking place|held|hold|scheduled|findet|"
         r"statt|"
         r"se realiza|se celebra|a lieu|se tient|acontece|se deroule)\b")
# a calendar day written in the question: "oct 27", "8th of december"
DAY = (r"(\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?\b|"
       r"\b\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)")
WEEKDAY = r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
ORDINAL = r"\b\d{1,2}(st|nd|rd|th)\b"
A_DAY = f"({ORDINAL}|{DAY}|{WEEKDAY})"  # "the 9th", "dec 8", "friday"

INTENTS: tuple[Intent, ...] = tuple(_compile(i) for i in (
    Intent("date", "when the workshop takes place", (
        (r"\b(when|what day|which day|what date)\b", 0.7),
        (r"\bdates?\b", 1.0), (r"\b(right|the|which|what) day\b", 0.6),
        (r"\bwhen (is|does|will|s) (it|this|the workshop|the event|that|[\w ]{0,25}workshop)\b",
         0.6),
        (EVENT, 0.4),
        (r"\b(fecha|cuando|wann|datum|quand|quando)\b", 0.7),
        (r"\b(right|correct|same|exact|actual|precise) (day|date)\b", 1.0),
        (r"^(when|when is it|when is that)$", 0.5),
        (r"\bon the \d{1,2}(st|nd|rd|th)\b", 0.6),
        (r"^(is )?(the |this )?(workshop|event|SELF) (is )?on (the )?" + A_DAY, 0.4),
        (r"^(is )?(the |this )?(workshop|event|SELF) (is )?(on )?(the )?" + A_DAY
         + r"( right| correct)?$", 0.6),
        (r"^(the )?(workshop|event|SELF) (day|days|date|dates)$", 0.5),
        (r"\bhow (long|much time|many days|many weeks|many months|far|soon)\b.{0,25}\b(until|till|"
         r"til|before|away|out|left)\b.{0,12}\b(the )?(workshop|event|SELF)\b", 1.2),
        (r"\bhow (many (days|weeks|months)|long|far)\b.{0,5}\b(out|away)\b.{0,8}\b(is )?"
         r"(the )?(workshop|event|SELF)\b", 1.2),
        (r"\b(is|are) (it|this|the workshop|the event|SELF) (next|this) (week|month|weekend)\b",
         1.0),
        (r"\b(workshop|event|SELF|it)\b.{0,12}\b(already )?(over|happened|past|finished|done)\b"
         r"(?!.{0,10}\bsubmi)", 0.6),
        (r"\b(miss|missed)\b.{0,10}\b(the )?(workshop|event|SELF)\b|\bstill (coming|upcoming|to "
         r"come|ahead)\b", 1.0),
        (r"\b(it|this|the workshop|workshop|the event|SELF) (is|s) (in|on) (early |mid |late )?"
         + MONTH + r"\b", 1.0),
        (r"\b(before|after|or|than|until|between)\b.{0,10}\b(the )?(workshop|event|SELF) "
         r"(day|itself|date|starts|begins)\b", 1.0),
        (r"\b(is|are) (it|this|the workshop|the event|SELF) (in|on) (early |mid |late )?" + MONTH
         + r"\b", 1.0),
        (r"\bon (a |the )?" + WEEKDAY, 0.6),
        (r"\bwhat year\b", 1.0), (r"\b(what|which) days\b", 0.7),
        (r"\bwhen\b.{0,15}\b(workshop|event|SELF)\b", 0.4),
        (r"\b(which|what) weekday\b", 1.0), (DAY + r".{0,30}\b(right|correct)\b", 0.5),
        (r"\b(which|what) nights?\b", 0.6), (r"\bworkshop day\b", 0.5),
        (r"\b(what|which) days?\b.{0,30}\b(workshop|event|it)\b", 0.4),
        (r"\b(first|last|final|opening|second) day of (the )?(workshop|event|it|SELF)\b", 1.0),
        (DAY, 0.5), (r"\b(is it|is the workshop|is this|happening|held) on\b", 0.5),
        (r"\bwhen (is|s|does|will) SELF\b", 1.0),
        (r"\b(is|s|on|be)\b.{0,10}" + DAY, 0.5), (r"\bday of (the )?week\b|\bweekday\b", 1.0),
        (r"\b(in|on|during) (early |mid |late )?" + MONTH + r"\b", 0.6),
        (r"\b(it|this|workshop|SELF|event) (is|s|happens|takes place|will be)\b", 0.4),
        (r"\b(how many days|one day or|two days|three days|multi-?day|(1|one|2|two)[- ]day|"
         r"how long is (the workshop|it|SELF))\b", 1.0),
        (r"(什么时候|何时|日期|哪天|いつ|日程|開催日|언제|날짜)", 1.0),
        (r"(举行|举办|開催|열리|열립)", 0.4),
    ), ("when is the workshop", "what is the date of the workshop", "date please",
        "which day is it", "when does it take place"),
        suppressed_by=("deadline", "timezone")),
    Intent("location", "where the workshop takes place", (
        (r"\bwhere\b", 0.7), (r"\b(location|located)\b", 1.0), (r"\bplace\b", 0.6),
        (r"\bvenue\b", 0.6),
        (r"\b(the|workshop|workshop s|this) venue\b|^venue$", 0.5),
        (r"\b(which|what|host) (us |u s )?(city|place|country|state|town|region|building|room|"
         r"hall)\b", 1.0), (r"\b(right|correct|same) (city|place|location|venue|town)\b", 1.0),
        (r"\b(is|are) (it|this|the workshop|that|the event|we|(the )?SELF)( \w+)? (in|near) "
         r"(?!(early |mid |late )?" + MONTH + r"\b)[a-z]", 1.0),
        (r"\bwhere (is|s|does|will) SELF\b", 1.0),
        (r"\b(it|this|this thing|workshop|the event|that|SELF)( \w+)? (is|s) (not )?(in|near|at) "
         r"(?!(early |mid |late )?" + MONTH + r"\b)[a-z]", 1.0),
        (r"\b(fly|flying|travel|travelling|traveling|come|go) (to|into)\b", 0.5),
        (r"\bsomewhere else\b", 0.5),
        (EVENT, 0.4),
        (r"\bwhere (exactly |precisely |again )?(is|does|will|s) "
         r"(it|this|the workshop|the event|that|[\w ]{0,25}workshop)"
         r"\b", 0.6),
        (r"\b(donde|lugar|sede|wo|ort|ou|lieu|onde|local)\b", 0.7),
        (r"^(where|where is it|where is that)$", 0.5), (r"\b[a-z]+ again this year\b", 0.5),
        (r"(在哪|哪里|地点|地點|どこ|場所|会場|어디|장소)", 1.0),
        (r"(举行|举办|開催|열리|열립)", 0.4),
    ), ("where is the workshop", "location", "which city is it in", "where is it held",
        "what is the venue"),
        suppressed_by=("contact", "submission", "organizer", "website")),
    Intent("conference", "which conference the workshop is part of", (
        (r"\bsatellite (event|workshop|meeting)\b|\bsatellite\b", 1.0),
        (r"\b(this|it|workshop|SELF) (is|s) (at|part of|with) (the )?[a-z]+\b", 0.6),
        (r"\b(co-?located|colocated|in conjunction|held with|held at|attached to|hangs off|"
         r"hang off|part of|affiliated with|parent|main|big|host|umbrella)\b.{0,30}"
         r"\b(conference|event|meeting)\b", 1.0),
        (r"\b(which|what) (conference|event)\b", 1.0),
        (r"\b(colocated|in conjunction with)\b", 1.0), (r"\bpart of\b", 0.5),
        (r"\b(is (this|it|SELF)|this is|it is|this was|it was|was this|was it) (a|an|the) [a-z]+"
         r"( \d{2,4})? workshop\b", 1.0),
        (r"\b(different|another|other|which other) (conference|event)\b", 1.0),
        (r"\b(konferenz|conferencia|conferenza|congres|kongress)\b", 1.0),
        (r"(会议|會議|会議|学会|학회|컨퍼런스)", 1.0),
        (r"\bconference\b", 0.5), (r"\bCONF\b", 0.7),
        (r"\b(colocated|in conjunction|held|part|affiliated|attached)\b.{0,20}\bCONF\b", 1.0),
        (r"\b(is it|is this|this is|at|a|an) (a |an )?CONF\b", 0.5),
        (r"\bCONF (workshop|one)\b", 0.5),
        (r"\b(icml|iclr|cvpr|acl|kdd|aaai|sosp|osdi|nips|CONF) workshop\b", 0.5),
        (r"\b(icml|iclr|cvpr|acl|kdd|aaai|sosp|osdi)\b", 0.5),
    ), ("which conference is this workshop part of", "is it at the main conference",
        "what is the parent conference", "is this workshop co-located with a conference"),
        suppressed_by=("previous_editions", "style")),
    Intent("deadline", "a deadline", (
        (r"\b(deadlines?|due|cutoff|cut-off|closing date|by when|submit by)\b", 1.0),
        (r"\blast day\b(?! of (the )?(workshop|event|conference|it))", 1.0),
        (r"\b(still|late|too late)\b.{0,20}\bsubmi", 1.0), (r"\bsubmi\w*\b.{0,20}\b(still|late)\b",
                                                            1.0),
        (r"\bwhen\b.{0,30}\b(submit|send|submission|submissions|papers? due)\b", 1.0),
        (r"\bsubmi\w*\b.{0,20}\b(on|before|after|until|till)\b", 0.6), (DAY, 0.4),
        (r"\bpapers? (finish|finishes|close|closes|end|ends|is due)\b", 1.0),
        (r"\b(date|day) by which\b|\bby which (date|day)\b", 1.0),
        (r"\b(sneak|squeeze|slip|get) (it|this|mine|my paper|ours|our paper) in\b", 1.0),
        (r"\b(when|until when)\b.{0,30}\b(full papers?|papers?|abstracts?|camera-?ready|final "
         r"version|registration)\b", 0.6), (r"\buntil when\b|\buntil what (date|day|time)\b", 1.0),
        (r"\b(have|got) until\b|\buntil the end of\b.{0,20}\bsubmi", 1.0),
        (r"\b(what|which) (date|day)\b.{0,40}\b(uploaded|submitted|sent|in|done) by\b", 1.0),
        (r"\bhow (long|much time|many days|many weeks)\b.{0,25}\b(left|remaining|until|till|"
         r"before|between|after)\b(?! (the )?(workshop|event|SELF|conference)\b)", 1.0),
        (r"\bhow much (longer|more time)\b", 1.0),
        (r"\b(deadline|submissions?|submission window|cfp)\b.{0,15}\b(pass|passed|over|closed|"
         r"close|open|still open|ended)\b", 1.0),
        (r"\btoo late\b|\bstill time\b", 0.6),
        (r"\b(too late|still time)\b.{0,25}\b(send|submit|upload|get)\w*\b.{0,20}\b(paper|it|"
         r"ours|mine|submission|in)\b", 0.4),
        (r"\b(submit|send|upload)\w*\b.{0,20}\b(today|tonight|tomorrow|right now|this week)\b",
         1.0),
        (r"\b(keep|still) (uploading|submitting|sending)\b", 1.0),
        (r"\b(time|days) left\b", 1.0), (r"^how long$", 0.5),
        (r"\b(notification|notifications|notified|notify|decisions?|acceptance|accepted|"
         r"rejected|results?|outcome|hear back|find out|verdict|avisan|aviso|aceptado|aceptados|"
         r"aceito|akzeptiert|accepte|notificacion|benachrichtigung|aceptacion|zusage)\b", 0.5),
        (r"\b(when|cuando|wann|quand|quando)\b.{0,40}\b(notification|notified|notify|"
         r"decisions?|acceptance|accepted|results?|outcome|hear back|find out|emails go out|"
         r"avisan|aviso|aceptado|aceptados|aceito|akzeptiert|accepte)\b", 0.6),
        (r"\b(which|what) day\b.{0,30}\b(notification|notified|decision)", 0.5),
        (r"\b(plazo|fecha limite|frist|einreichungsfrist|date limite|prazo|scadenza)\b", 1.0),
        (r"(截止|截稿|締め切り|締切|마감|デッドライン)", 1.0),
        (r"(通知|录用|錄用|採択|採否|合否|결과|합격|통보|발표)", 0.6),
        (r"\baccept(ed)?( or |/| and )reject(ed)?\b", 1.0),
        (r"\b(emails?|decisions?|results?|notifications?) (land|arrive|come out|go out|are sent|be "
         r"sent|get sent|drop|are out|be out)\b", 1.0),
        (r"\bwhen\b.{0,30}\b(tell us|let us know|hear|know if|find out if)\b", 1.0),
        (r"\b(until|till|by) (which|what) (date|day|time)\b", 1.0),
        (r"\b(notificacion|benachrichtigung|aceptacion|zusage|notificacao)\b", 0.6),
        (r"\b(missed|slipped past|overshot|blew) (it|the deadline|the cutoff|the cut-off)\b", 1.0),
        (r"\b(taking|accepting|take|accept) (papers|submissions|new papers)\b", 1.0),
        (r"\bpapers? (have|has|need|needs|must|should) (to )?be in\b", 1.0),
        (r"\b(send|sent|submit|submitted|upload|uploaded|turn)\w* "
         r"(it |this |mine |ours |the paper )?(in )?on " + DAY, 1.0),
        (r"\b(what|which) (date|day)\b.{0,40}\b(know|hear|find out|be told)\b.{0,25}"
         r"\b(if|whether)\b", 1.0),
        (r"\bstill (be )?(ok|okay|fine|open|acceptable|allowed|accepted|possible|in time)\b"
         r"(?!.{0,30}\b(workshop|event|conference|talk|poster|venue|room|hotel)\b)", 0.6),
    ), ("when is the paper deadline", "what is the submission deadline", "when is it due",
        "when will I hear back", "when is the notification", "deadlines"),
        suppressed_by=("deadlines", "timezone")),
    Intent("deadlines", "all the deadlines", (
        (r"\b(all|every|list|important|key|upcoming)\b.{0,15}\b(deadlines|dates)\b", 1.2),
        (r"^(deadlines|important dates|key dates|timeline)$", 1.2),
        (r"\btimeline\b", 1.2),
    ), ("all deadlines", "important dates", "list the deadlines", "timeline")),
    Intent("timezone", "the time zone and time of day of the deadlines", (
        (r"\b(time ?zone|timezones|aoe|anywhere on earth|utc|gmt|pst|pdt|pacific time|"
         r"edt|cest)\b", 1.0),
        (r"\bmidnight\b", 1.0), (r"\bend of (the )?(business )?day\b", 0.8),
        (r"\b(what|which) time\b.{0,25}\b(deadline|due|submission|close|notification|"
         r"notifications|notified|decisions?|results?|abstracts?|camera-?ready|registration)", 1.0),
        (r"\b(deadline|due|submission|notification|notified)\b.{0,25}\b(what|which) time\b", 1.0),
        (r"\bat what time\b", 0.6),
        (r"\bwhose (clock|time|midnight|end of day)\b|\b(which|what) clock\b", 1.0),
    ), ("which time zone is the deadline in", "is the deadline midnight aoe",
        "what time of day is the deadline"),
        suppressed_by=()),
    Intent("page_limit", "the page limit", (
        (r"\b(pages?|page limit|page count|length|word limit|words)\b", 0.6),
        (r"^(the )?(pages?|page limit|length|references?|refs|bibliography)( count)?$", 0.5),
        (r"\b(too long|longer than|how long)\b", 0.6),
        (r"\bpage (cap|maximum|max|budget|allowance)\b", 1.0),
        (r"\b(trim|cut|shorten|cut down|condense)\b", 0.4),
        (r"\bhow (much|many pages)\b.{0,25}\b(trim|cut|shorten|remove|drop|lose)\b", 1.0),
        (r"\bhow (many|much|long)\b.{0,15}\b(pages?|long)\b", 1.0),
        (r"\bhow long (can|should|is|may|must|could)\b.{0,20}\b(paper|submission|it|be)\b", 1.0),
        (r"\b(max|maximum|limit|exceed|over|more than|up to)\b.{0,20}\bpages?\b", 1.0),
        (r"\bpages?\b.{0,20}\b(max|maximum|limit|allowed|count)\b", 1.0),
        (r"\b(max|maximum)\b.{0,10}\blength\b", 1.0), (r"\blength\b.{0,15}\b(limit|paper)", 1.0),
        (r"\b(references?|bibliography|citations?)\b", 0.6),
        (r"\b(references?|bibliography|citations?)\b.{0,30}\b(count|included|excluded|"
         r"limit|pages?)\b", 1.0),
        (r"\b(count|include|includ\w+|exclud\w+)\b.{0,25}\b(references?|bibliography)", 1.0),
        (r"\bpage [0-9]+\b", 0.6), (r"\b[0-9]+[- ]?pages?\b", 0.5),
        (r"\btoo (short|long)\b", 0.6),
        (r"\b(paginas|seiten|pagine|paginas)\b", 1.0), (r"(页|頁|ページ|페이지)", 1.0),
    ), ("how many pages", "what is the page limit", "do references count toward the limit",
        "maximum length of a paper")),
    Intent("anonymity", "whether submissions are anonymized", (
        (r"\b(anonymous|anonymized|anonymize|anonymity|anonymization|deanonymi\w*)\b", 1.0),
        (r"\b(double|single)[- ]?blind\b", 1.0), (r"\bblind(ed)?\b", 1.0),
        (r"\b(keep|include|put|add|show|leave)\b.{0,30}\b(names?|affiliations?|authors?)\b.{0,20}"
         r"\b(on|in)\b", 1.0),
        (r"\b(author names?|names? and affiliations?)\b", 0.7),
        (r"\bnames? on (it|the paper|the submission|the pdf|there)\b", 1.0),
        (r"\bwith (the |our |my )?(author list|author names?|names?|affiliations?)\b.{0,15}\bon\b",
         1.0), (r"\banonymi[sz]\w*\b", 1.0),
        (r"\b(my|our|author|authors|their) names? (on|in)\b", 1.0),
        (r"\bauthors?\b.{0,60}\b(strip|remove|hide|redact|take out|delete)\b", 1.0),
        (r"\b(tell|know|see|identify|guess) who (we|i) (are|am)\b", 1.0),
        (r"\b(strip|remove|hide|redact|take out|delete|blank out|conceal|scrub)\b.{0,20}\b(names?|"
         r"authors?|affiliations?|identit\w*|who we are|who i am|ourselves|myself)\b", 1.0),
        (r"\b(anonimo|anonym|anonyme|anonima)\b", 1.0), (r"(匿名|익명)", 1.0),
    ), ("should the submission be anonymous", "is it double blind",
        "can we keep our names on the paper"),
        suppressed_by=("topics",)),
    Intent("file_format", "the file format", (
        (r"\bpdf\b", 0.7), (r"\b(file (type|format)|filetype|kind of file|type of file)\b", 1.0),
        (r"\bformat (de |of |du |der )(the |la |le )?file\b", 1.0),
        (r"\b(must|has to|have to|need to|needs to)\b.{0,20}\bpdf\b", 0.4),
        (r"\b(in|as|a|only|submit|send|upload|accept|allowed|ok|okay|fine|required)\b.{0,12}"
         r"\bpdf\b|\bpdf\b.{0,12}\b(ok|okay|fine|allowed|only|required|format|needed|"
         r"accepted)\b|^pdf$", 0.6),
        (r"\b(word doc|word file|ms word|microsoft word|doc file|docx|\.doc|odt|"
         r"google docs?|powerpoint|pptx|html|markdown|postscript|ps file|eps|tex source|"
         r"latex sources?|source files?|tarball)\b", 1.0),
        (r"\b(slide deck|slides)\b.{0,25}\b(as|instead of) (a |the )?(submission|paper)\b", 1.0),
        (r"\b(in|as|a|use) (ms )?word\b", 0.6),
        (r"\bpdf\b.{0,20}\bword\b|\bword\b.{0,20}\bpdf\b", 0.6),
        (r"\bword (format|document|documents|docs?)\b", 1.0),
    ), ("what file format", "can I submit a pdf", "can I send a word document"),
        suppressed_by=("submission",)),
    Intent("style", "the paper template and style files", (
        (r"\b(latex|template|templates|style ?files?|\.sty|sty file|overleaf|style guide|"
         r"formatting|author ?kit|author-kit)\b", 1.0),
        (r"\b(reformat|re-format|formatted for)\b", 0.6),
        (r"\bstyle (CONF|nips|icml|acm|ieee|lncs)\b", 1.0),
        (r"\b(acm|ieee|springer|lncs|two-column|two column|double-column|single-column)\b", 0.5),
        (r"\b(single|one|two|double)[- ]columns?\b.{0,25}\b(single|one|two|double)[- ]columns?\b",
         0.5),
        (r"\bstyle\b", 0.8), (r"\b(nips|neurips|icml|acm|ieee|acl|springer|lncs)\b.{0,10}"
                                 r"\bformat\b", 0.6),
        (r"\b(CONF|icml|iclr|cvpr|acm|ieee|acl|aaai|springer|lncs|nips)( \d{2,4}| [\w-]+)? "
         r"(style|template|"
         r"format|latex|sty)\b", 1.0),
    ), ("which latex style should I use", "template link", "what formatting template")),
    Intent("format", "the submission format", (
        (r"\bformat\b", 0.6), (r"\b(which|what) format\b", 0.5),
        (r"^(what |the |and )?format$", 0.5),
        (r"\b(specific|particular|required|mandatory|certain) format\b|\bfree-?form\b", 1.0),
        (r"\bformat(ting)? (requirements|rules|guidelines)\b", 1.0),
        (r"(形式|格式|형식|フォーマット|formato)", 1.0),
    ), ("what format should the paper be in", "format requirements"),
        suppressed_by=("file_format", "style", "page_limit")),
    Intent("submission", "how and where to submit", (
        (r"\bhow (do|can|to|should|would) (i |we |you )?(submit|send|upload)\b", 1.0),
        (r"\bwhere (do|can|to|should) (i |we )?(actually |even |exactly )?(submit|send|upload)\b",
         1.0),
        (r"\bsubmission (site|link|portal|system|page|url|website|server|form)\b", 1.0),
        (r"\b(cmt|openreview|easychair|hotcrp)\b", 1.0),
        (r"\b(email|mail)\b.{0,10}\b(my|the|our) (paper|submission)\b", 1.0),
        (r"\bsend\b.{0,10}\b(my|the|our) (paper|submission)\b", 0.5),
        (r"\b(which|what) (site|website|system|portal|platform|link)\b.{0,25}\b(submit|upload|"
         r"send)", 1.0),
        (r"\bupload\b", 0.5),
    ), ("how do I submit", "where do I submit my paper", "submission link")),
    Intent("requirements", "what a submission needs", (
        (r"\b(requirements?|guidelines?|submission details|submission rules|submission "
         r"instructions|author instructions|what do (you|they) (need|want|require|expect))\b",
         1.0), (r"\binstructions\b", 0.5), (r"\bcheck ?lists?\b", 1.0),
        (r"\bwhat (exactly )?(should|do|must) (i|we) (need to |have to )?(send|submit|include|"
         r"prepare)\b",
         1.0),
        (r"\bwhat rules\b|\b(rules|requirements) (for|does|do)\b", 1.0),
        (r"\bwhat do (i|we) (need|have) to do\b", 1.0),
        (r"\bwhat (does|should) (a|my|the|our) (valid|good|typical|proper )?(submission|paper) "
         r"look "
         r"like\b", 1.0),
        (r"\brequired of (a |the |my |our )?(submission|paper)\b|\bwhat (exactly )?is required\b",
         1.0),
        (r"\bwhat (exactly )?(do|should|must) (i|we) (hand in|turn in|send in|deliver|provide)\b",
         1.0), (r"\bchecklist\b", 0.6),
        (r"\bhow (do i|to|should i) prepare\b", 1.0),
        (r"\bsend something in\b", 0.5),
    ), ("what are the submission requirements", "what do you need from me",
        "submission guidelines")),
    Intent("topics", "the workshop's topics", (
        (r"\b(topics?|scope|themes?|subjects?|areas?|in scope|out of scope|on topic|off topic)\b",
         1.0),
        (r"\b(fit|fits|suitable|appropriate|relevant|welcome|eligible|within)\b", 0.6),
        (r"\b(be a|good|right|great) fit\b", 1.0), (r"\blooking for\b", 0.5),
        (r"\b(prefer|favou?r|interested in)\b.{0,30}\b(theory|theoretical|empirical|applied|"
         r"work|papers?|submissions?)\b", 1.0),
        (r"\b(kind|sort|type) of (thing|things|work|paper|papers|stuff|research) (you|they|the "
         r"workshop|this workshop)( are)? (want|accept|like|looking for|look for)", 1.0),
        (r"\b(what|which) (kind|kinds|sort|sorts|type|types) of (papers?|work|submissions?|"
         r"research|contributions?)\b", 1.0),
        (r"\b(take|accept|accepting|want|welcome|consider)\b.{0,20}\b(papers?|submissions?|"
         r"work)\b", 0.5),
        (r"\b(cover|covers|covered)\b", 0.4), (r"\babout\b", 0.3),
        (r"\b(submit|send|write|present)\b.{0,20}\babout\b", 0.5), (r"\bcan submit\b", 0.5),
        (r"\bpapers?\b.{0,20}\baccept\b", 0.5),
        (r"\b(temas|themen|sujets|temi|topicos)\b", 1.0),
        (r"(主题|话题|トピック|テーマ|주제)", 1.0),
    ), ("what topics are covered", "is my paper in scope", "would my paper fit",
        "what is the scope")),
    Intent("about", "what the workshop is about", (
        (r"\b(goal|goals|aim|aims|purpose|mission|objective|objectives|motivation|tldr|"
         r"overview|describe|description)\b", 1.0), (r"\b(summary|summarize|summarise)\b", 0.6),
        (r"\bwhy (does|do) (this|the|it|SELF)\b.{0,15}\bexist\b|\bwhat gap\b", 1.0),
        (r"^what (is|s) (this workshop|the workshop|SELF|this) (all )?about$", 1.0),
        (r"\b(aimed at|meant for|intended for|target audience|audience|who should (attend|come|"
         r"submit)|who is (it|this|the workshop) for)\b", 1.0),
        (r"\b(trying to|want to|hope to|hoping to) (achieve|do|accomplish|tackle|solve|address|"
         r"fix)\b", 1.0), (r"\bwhat problems?\b.{0,30}\b(workshop|it|SELF)\b", 0.6),
        (r"\b(relevant|suitable|meant|right|good) (to|for) (someone|people|students|me|us)( like "
         r"(me|us))?\b", 1.0),
        (r"\bwhat is (this|the|this whole) (workshop|event|thing)( (about|for))?$", 1.0),
        (r"\bwhat is (this|the|this whole) (workshop|event|thing)\b.{0,12}\b(about|for)\b", 1.0),
        (r"\bwhat (is it|is this|is the workshop) about\b", 1.0), (r"\babout\b", 0.2),
        (r"\bwhat\b.{0,40}\b(is|s) (it |this |the workshop )?for\b", 1.0),
        (r"\b(is|s) (this|it|the workshop|SELF)( workshop)? for (me|us|people like)\b", 1.0),
        (r"\b(point|idea|focus) of\b", 1.0), (r"\bexplain\b", 0.5),
        (r"\bexplain (simply|like)\b", 1.0),
        (r"\bwhy (should|would) (i|a|we|anyone|someone|one)\b.{0,30}\b(care|attend|come|submit|"
         r"go)\b", 1.0),
        (r"\b(more of|kind of|type of|sort of) (an? )?[\w ]{0,20}workshop\b", 1.0),
        (r"\b(de quoi (parle|traite)|de que (trata|se trata)|worum geht|um was geht|"
         r"sobre o que)\b", 1.0),
    ), ("what is this workshop about", "what is the goal of the workshop",
        "who is the workshop for", "tldr of the workshop"),
        suppressed_by=("topics", "contact")),
    Intent("previous_editions", "earlier editions of the workshop", (
        (r"\b(previous|earlier|past|prior|former|last year|last years|older|before|history|"
         r"ever (happen|been|held|run)|first time|edition|editions|iterations?|versions? of "
         r"this)\b", 0.7),
        (r"\b(previous|earlier|past|prior|former|older)\b.{0,20}\b(editions?|workshops?|years?|"
         r"versions?|iterations?|events?|one)\b", 1.0),
        (r"\b(ever|before|again|already)\b.{0,30}\b(held|happen\w*|run|ran|organized|done)\b", 1.0),
        (r"\b(held|happen\w*|run|ran|done)\b.{0,30}\b(before|previously|in the past)\b", 1.0),
        (r"\bpast workshops?\b", 1.0),
        (r"\blast year s? (workshop|edition|event|page|website)\b", 1.0),
        (r"\bfirst (edition|time|year|one|iteration)\b(?! (submitting|here|attending|at|going|"
         r"posting|using|writing))", 1.0),
        (r"\b(was there|has there been)\b.{0,25}\b(before|previously)\b", 1.0),
        (r"\b(was|were|has|have) there (ever )?(been )?(an?|one|any)\b", 0.6),
        (r"\bedition\b", 0.5), (r"\b(was|were) there (one|a workshop|an edition|one before)\b",
                                 1.0),
        (r"(以前|过去|過去|往届|上一届|前回|これまで|이전|지난)", 1.0),
    ), ("were there earlier editions", "previous workshops", "has this been held before")),
    Intent("organizers", "who organizes the workshop", (
        (r"\b(organizers?|organizing|organized|organizes|organize|organization committee|"
         r"organising|committee|chairs?|co-?chairs?|hosts)\b", 1.0),
        (r"\bwho (runs|is running|is behind|are behind|hosts|is hosting|puts on|is in charge)\b",
         1.0),
        (r"\b(organisatoren|organizadores|organisateurs|organizzatori)\b", 1.0),
        # "who organized the party": another event's organizers
        (r"\bwho (organized|organizes|is organizing|runs|ran|planned|hosted|hosts) (the |this "
         r"|that |tonight s |last night s )?(\w+ )?(party|social|dinner|karaoke|meetup|reception|"
         r"session|booth|tutorial|bar|lunch|outing|trip|game|hackathon)", -1.0),
        (r"(组织者|主办|主催|オーガナイザー|운영진|주최)", 1.0),
    ), ("who organizes the workshop", "list the organizers", "who is on the committee"),
        suppressed_by=("contact", "submission")),
    Intent("organizer", "one organizer", (), ("where does the organizer work",)),
    Intent("contact", "how to reach the organizers", (
        (r"\b(contact|get in touch|reach (out|you|the|someone|them|a human)|email address|"
         r"mail address|emails of|email of|email for|e?mail addr)\b", 1.0),
        (r"\bwho (do|should|can|could) (i|we) (ask|email|contact|write|talk|speak|reach)\b", 1.0),
        (r"\b(talk|speak|chat) (to|with) (a |an |someone|somebody|the )?(actual |real )?(human|"
         r"person|real|"
         r"organizer|organizers|people|someone|somebody)\b", 1.0),
        (r"\b(human|real person|actual person)\b", 0.7),
        (r"\b(send|ask|direct) (my )?(questions?|queries|inquiries)\b", 1.0),
        (r"\bpoint of contact\b", 1.0),
        (r"\b(right|best|correct) (person|people|one|address) to (ask|ping|contact|email|talk to|"
         r"reach|write to)\b", 1.0),
        (r"\bwho (do|should|can|could) (i|we) (ping|dm|message)\b", 1.0),
        (r"^(email|e-mail|mail|contact|contacts)( address| addresses| info| information)?$", 1.0),
        (r"\b(reach|contact|talk to|speak to|speak with) (an? |the )?(actual |real )?(person|"
         r"human|someone|somebody)\b", 1.0),
        (r"\b(to )?who (do |should |can )?(i|we) (write|email|mail|send|ask|contact)\b", 1.0),
        (r"\bwho\b.{0,12}\b(write|email|mail)\b", 0.6),
        (r"\bwrite (an )?e?mail\b", 0.6),
        (r"\b(email|contact|reach|talk to|write to|speak to) (someone|somebody|a human|a person)\b",
         1.0),
        (r"\b(email|address|someone|somebody|person|human) (i|we) can (write|send|talk|reach|email|"
         r"contact|ask)", 1.0), (r"\bis there (an |a )?(email|e-mail|contact|address|way to reach)",
                                1.0),
        (r"\bquestions? (that|which)? ?(are|is) not (covered|answered)\b", 1.0),
        (r"\bemails?\b", 0.5), (r"\bwho (do|should|can) i\b", 0.5),
        (r"\b(contactar|hablar con|humano|correo|kontakt|kontaktieren|mensch|contacter|"
         r"humain|contato|contattare)\b", 1.0),
        (r"(联系|連絡|問い合わせ|연락|문의)", 1.0),
    ), ("how do I contact the organizers", "who do I email", "I need to talk to a human",
        "email addresses of the organizers")),
    Intent("website", "the workshop's website", (
        (r"\b(website|web site|web page|webpage|homepage|home page|url)\b", 1.0),
        (r"\b(link|site)\b", 0.5),
    ), ("what is the workshop website", "link to the workshop page"),
        suppressed_by=("style", "submission", "previous_editions")),
))

CHITCHAT: tuple[Intent, ...] = tuple(_compile(i) for i in (
    Intent("greeting", "hello", (
        (r"^(hi|hello|hey|heya|hiya|yo|sup|howdy|hola|bonjour|hallo|ciao|ola|greetings|good "
         r"(morning|afternoon|evening|day)|morning|evening|afternoon|gm|what is up|whats up|"
         r"wassup|hey there|hi there|hello there|hi all|hey all|hello everyone|hi everyone)"
         r"( (there|all|everyone|bot|folks|team|friend))?$", 1.0),
        (r"^(你好|こんにちは|안녕하세요|안녕)$", 1.0),
    )),
    Intent("thanks", "thanks", (
        (r"\b(thanks|thank you|thank u|cheers|appreciate it|appreciated|much obliged|gracias|"
         r"merci|danke|grazie|obrigad[oa])\b", 1.0),
        (r"(谢谢|ありがとう|감사)", 1.0),
    )),
    Intent("goodbye", "goodbye", (
        (r"^(bye|goodbye|bye bye|see you|see ya|cya|later|good night|gn|ttyl|adios|ciao)\b", 1.0),
        (r"\b(bye for now|see you later|talk later|gotta go|have to go)\b", 1.0),
    )),
    Intent("identity", "who I am", (
        (r"\b(are you|r u|am i (talking|chatting|speaking) (to|with)) (a |an )?(bot|robot|"
         r"machine|human|ai|person|real|computer|program|chatgpt|llm)\b", 1.0),
        (r"\b(who|what) (are you|is this bot|am i (talking|chatting|speaking) (to|with))\b", 1.0),
        (r"\bwhat (exactly )?(am i|are we) (talking|chatting|speaking) (to|with)\b", 1.0),
        (r"\b(your name|who made you|who built you)\b", 1.0),
        (r"\b(is this|are you|am i (talking|speaking|chatting) (to|with))\b.{0,25}\b(automated|"
         r"assistant|chatbot|bot|human|ai|real person)\b", 1.0),
        (r"\bare you\b.{0,40}\b(bot|robot|human|ai|machine|real person|program)\b", 1.0),
    )),
    Intent("capabilities", "what I can do", (
        (r"\bwhat (can|could|do) (you|u) (do|help|answer|know)\b", 1.0),
        (r"\bwhat (kind of |sort of |type of )?(questions|things|stuff) (can|could|should|do) "
         r"(i|we) ask\b", 1.0),
        (r"^(help|commands|menu|\?|what can i ask|how does this work|how do you work)$", 1.0),
        (r"\bhow (do|can) i use (you|this bot)\b", 1.0),
        (r"\bwhat (sorts?|kinds?|types?) of (things|questions|stuff)\b.{0,30}\b(you|help|answer|"
         r"ask)\b", 1.0), (r"\b(you are|you re) able to help with\b", 1.0),
    )),
    Intent("compliment", "kind words", (
        (r"\b(good|nice|cool|great|awesome|helpful|smart|clever|best|amazing|lovely) "
         r"(bot|robot|job|work)\b", 1.0),
        (r"\byou( are|re| r)? (cool|great|awesome|amazing|the best|helpful|smart|nice|funny)\b",
         1.0),
        (r"^(lol|lmao|haha+|nice|cool|awesome|great|perfect|wow|neat)[!. ]*$", 1.0),
        (r"\blove (you|this bot|it)\b", 1.0),
        (r"\byou( are|re| r)? (so |really |way |much )?(fast|faster|quick|quicker|better|smarter|"
         r"great|awesome|helpful|amazing)\b", 1.0),
    )),
    Intent("ack", "okay", (
        (r"^(ok|okay|got it|alright|all right|sounds good|makes sense|understood|noted|i see|"
         r"ah ok|oh ok|ok cool|cool thanks|great thanks)[!. ]*$", 1.0),
    )),
))

# Words that show a message is about the workshop even when no intent matched (-> "unknown"
# rather than "off-topic").
WORKSHOP_WORDS = re.compile(
    r"\b(workshop|atelier|taller|paper|papers|submission|submissions|submit|author|authors|organizers?|"
    r"attend|attendees|deadline|accepted|conference|event|venue|participants?|cfp|call for "
    r"papers)\b")

ASK_WHO = re.compile(r"\b(who|which (ones?|people|organizers?)|anyone|anybody|someone|names?)\b")
PERSON_CUES = re.compile(
    r"\b(email|mail|contact|reach|affiliat\w*|works?|working|employer|org|organization|"
    r"company|institution|university|lab|from|at|who is|s)\b")
# "if we get accepted, ...": a condition, not a question
CONDITIONAL = re.compile(r"^(if|once|assuming|in case|provided|supposing|as long as|unless|given|"
                         r"considering|due to|before i|after i|while i|"
                         r"even if)\b")


def intent_by_name(name: str) -> Intent | None:
    return next((i for i in INTENTS + CHITCHAT if i.name == name), None)
