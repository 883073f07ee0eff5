"""The topics a call for papers often leaves out: reviews, visas, posters, recordings...

When a question asks about one of these and the knowledge does not cover it (no FAQ entry, no such
deadline), the honest answer is "I don't know, ask the organizers". Cues are regular expressions
over normalized text (see :mod:`.text`), like the intents' cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from bot.core.understanding.intents import any_of, regex
from bot.core.understanding.literals import Needs, required


@dataclass(frozen=True)
class Topic:
    """Something people ask about that a call for papers often does not say."""

    name: str
    label: str  # "the camera-ready deadline", used in "I don't know about ..."
    cues: tuple[str, ...]
    deadline_kind: str | None = None  # answered after all if the knowledge has such a deadline
    offtopic: bool = False  # not about the workshop at all (general help, chatter)
    covered_by: str | None = None  # a workshop field that, when the knowledge has it, answers it

    @cached_property
    def pattern(self) -> str:
        return "|".join(f"(?:{c})" for c in self.cues)

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return regex(self.pattern)

    @cached_property
    def quick(self) -> re.Pattern[str] | None:
        """A cheap search that finds something wherever the topic's cues could match."""
        return any_of(self.needs)

    @cached_property
    def needs(self) -> Needs:
        """Strings one of which every match contains (None: always search)."""
        found = [required(c) for c in self.cues]
        if any(n is None for n in found):
            return None
        return frozenset().union(*found)  # type: ignore[arg-type]


# What a call for papers often leaves out. When one of these is asked and the knowledge does not
# cover it (no FAQ, no such deadline), the honest answer is "I don't know, ask the organizers".
TOPICS: tuple[Topic, ...] = (
    Topic("camera_ready", "the camera-ready version", (
        r"\bcamera-?ready\b", r"(カメラレディ|最终版|最終版|카메라 레디)",
        r"\bfinal (versions?|papers?|cop(y|ies)|manuscripts?)\b",
        r"\brevised (versions?|papers?)\b"),
        "camera_ready"),
    Topic("abstract", "abstract or title registration", (
        r"(?<!extended )(?<!extended-)\babstracts?\b",
        r"\bregister\b.{0,25}\b(title|paper|abstract)\b",
        r"\btitle registration\b"), "abstract"),
    Topic("rebuttal", "a rebuttal or author response", (
        r"\brebuttals?\b", r"\bauthor (response|feedback)\b", r"\brespond to (the )?review"),
        "rebuttal"),
    Topic("review", "the review process", (
        r"(?<!blind )(?<!under )\breview(s|ers?|ing|ed)?\b(?! at)(?!.{0,20}\bblind)"
        r"(?!.{0,30}\b(tell|know|see|identify|guess) who\b)",
        r"\bprogram committee\b", r"\bpc members?\b", r"\bfeedback\b",
        r"\bpeer[- ]review", r"\bhow (are|will) (papers|submissions) (be )?(judged|selected|"
        r"evaluated)", r"\bacceptance rate\b", r"\bselection criteria\b")),
    Topic("authorship", "changes to the author list", (
        r"\b(change|update|modify|edit|fix|add to)\b.{0,15}\bauthor list\b",
        r"\bauthor list\b.{0,20}\b(change|later|after|final|update)",
        r"\b(add|remove|change|update|swap)\b.{0,20}\b(authors?|co-?authors?)\b"
        r"(?! names?)"
        r"(?!.{0,20}\b(on|in) the (paper|pdf|submission))", r"\bauthorship\b",
        r"\border of (the )?authors\b")),
    Topic("archival", "whether the workshop is archival (proceedings, publication)", (
        r"\b(non-?archival|archival|archived|proceedings|formal publication|publication|"
        r"published|journal|count as a (paper|publication)|indexed|dblp)\b",)),
    Topic("dual_submission", "dual submission and preprints", (
        r"\bunder (review|submission)\b", r"\boverlapping (version|paper|work|submission)\b",
        r"\bdual[- ]submission", r"\b(submitted|submit|published|"
        r"presented) (it )?(elsewhere|somewhere else|at another|to another|already)\b",
        r"\barxiv\b", r"\bpre-?prints?\b", r"\bpreviously (published|presented|submitted)\b",
        r"\balready (published|accepted|presented|submitted)\b",
        r"\b(also|same paper)\b.{0,30}\b(submit|send)\w*\b.{0,20}\b(to|at) (another|a different|"
        r"the main)\b", r"\b(submit|send)\w* (the )?same (paper|work|submission)\b",
        r"\bsame (paper|work|submission)\b.{0,30}\b(to|at|in) (the |another |a )?\w+ "
        r"(workshop|conference|venue|journal)\b")),
    Topic("registration", "registration and passes", (
        r"\bregist(er|ration|ered|ering)\b",
        r"(?<!already )(?<!did )(?<!has )(?<!will )(?<!to )(?<!it )(?<!deadline )\bpass\b"
        r"(?! (yet|already|by))|\b(passes|ticket|tickets|badge)\b",
        r"\bsign(ing)? up\b", r"\bworkshop[- ]only\b", r"\bearly[- ]?bird\b"), "registration"),
    Topic("fees", "fees and costs", (
        r"\b(fees?|cost|costs|price|prices|pricing|"
        r"how much(?!.{0,25}\b(trim|cut|shorten|remove|drop|lose)\b)(?! (longer|more time|time|"
        r"later|earlier|sooner))|pay|paid|payment|"
        r"discount\w*|rates?|cheaper|"
        r"expensive|cheap|student rate|free of charge|is it free)\b",)),
    Topic("visa", "visas and invitation letters", (
        r"\bvisas?\b", r"\b(invitation|support|invite) letter", r"\bletter of (invitation|"
        r"support)\b", r"(签证|ビザ|비자)")),
    Topic("travel_funding", "travel funding", (
        r"\btravel (grant|grants|funding|award|awards|support|scholarship|stipend)s?\b",
        r"\bfund(s|ing|ed)?\b.{0,25}\btravel\b", r"\btravel\b.{0,25}\bfund", r"\breimburs",
        r"\bscholarships?\b", r"\bfinancial (aid|support|assistance|help)\b", r"\bstipends?\b",
        r"\btravel budget\b")),
    Topic("recording", "recordings, slides and remote attendance", (
        r"\brecord(ed|ing|ings)?\b", r"\bpre-?record", r"\bslides?\b.{0,20}\b(posted|shared|online|"
        r"available|uploaded|published)\b", r"\bvideos?\b",
        r"\blive-?stream", r"\bstream(ed|ing)?\b", r"\bvirtual(ly)?\b", r"\bremote(ly)?\b",
        r"\bonline\b", r"\bzoom\b", r"\bhybrid\b", r"\bin person\b", r"\bin-person\b")),
    Topic("presentation", "talks and presentation formats", (
        r"\b(spotlight|oral|orals|lightning)\b", r"\btalks?\b", r"\bpresentations?\b",
        r"\bpresent(ed|ing|ers?|s)?\b", r"\bhow (many|much) (minutes|time)\b")),
    Topic("poster", "posters", (r"\bposters?\b", r"(ポスター|ホスター|海报|海報|포스터)")),
    Topic("appendix", "appendices and supplementary material", (
        r"\b(attach|include|add|upload)\b.{0,20}\b(code|data|zip|dataset|artifacts?)\b",
        r"\bappendi(x|ces|xes)\b", r"\bsupplement(ary|al)?\b", r"\bextra (material|pages)\b")),
    Topic("schedule", "the workshop's schedule", (
        r"\bschedule\b", r"\bprogram(me)?\b(?! committee| chair)", r"\bagenda\b",
        r"\bwhat time\b(?! ?zones?)(?!.{0,25}\b(deadline|due|submission|submit|close|notification|"
        r"notifications|notified|decisions?|results?|abstracts?|camera-?ready|registration))",
        r"\b(start|starting|end|ending|opening|closing) (time|hour)s?\b", r"\bkeynotes?\b",
        r"\b(invited|keynote) (talks?|speakers?)\b",
        r"\bspeakers?\b", r"\bsessions?\b", r"\b(coffee|lunch|tea) breaks?\b", r"\bbreaks\b",
        r"\bin the morning\b",
        r"\bpanels?\b")),
    Topic("acceptance_numbers", "how many papers are accepted", (
        r"\bhow many (papers|submissions|talks|posters)\b.{0,25}\b(accept|accepted|selected|get in|"
        r"make it|chosen)", r"\bacceptance rate\b", r"\bhow competitive\b")),
    Topic("attendance", "how many people attend", (
        r"\bhow many (attendees|people|participants|visitors)\b(?!.{0,25}\b(organi|committee))",
        r"\battendance (numbers|figures)\b",
        r"\b(audience|attendance) size\b")),
    Topic("date_changes", "changes to the dates", (
        r"\b(been|be|was|were|get|gets|got|is|are) (moved|changed|postponed|pushed( back)?|delayed|"
        r"extended|rescheduled|shifted)\b",)),
    Topic("revisions", "changing a paper after submitting it", (
        r"\b(revise|revision|revisions|replace|update|modify|edit|resubmit|swap)\b.{0,30}\b(paper|pdf|"
        r"submission|version|draft)\b", r"\bsubmitted version\b", r"\bafter submitting\b")),
    Topic("other_formats", "submitting something other than a paper", (
        r"\b(pdf|copy) of (my|the|our) (slides|poster|talk|presentation|thesis)\b",
        r"\b(slides|poster|video|demo|thesis)\b.{0,15}\b(as|instead of) (a |the |my )?(paper|"
        r"submission)\b",
        r"\b(late[- ]breaking|short papers?|extended abstracts?|demo|position paper|industry|"
        r"findings|poster[- ]only|non-archival)( \w+)? track\b|\btracks\b")),
    Topic("acceptance_criteria", "what gets accepted", (
        r"\b(would|could|will|can|might)\b.{0,40}\bbe accepted\b",
        r"\bchances? of (getting )?(in|accepted|acceptance)\b")),
    Topic("social_requests", "finding roommates and rides", (
        r"\b(roommates?|room ?share|share a room|carpool|flatmates?)\b",
        r"\b(free|spare|empty) seat\b", r"\banyone driving\b", r"\bdriving (down|up|over) from\b",
        r"\b(split|share) (a |an |the )?(room|uber|cab|taxi|ride|airbnb)\b",
        r"\b(uber|cab|taxi|ride) share\b",
        r"\blooking for (a |an )?(ride|group|buddy)\b"), offtopic=True),
    Topic("chatter", "messages not meant for the bot", (
        r"\bout of (the )?office\b", r"\bauto-?reply\b", r"\blimited access to (e-?mail|email)\b",
        r"\b(wrong|different|another) (thread|channel|chat|conversation)\b",
        r"\bmeant for (a |the )?(different|another|other|wrong) (thread|channel|person|chat)\b",
        r"\bplease (forward|share|circulate)\b", r"^call for (papers|participation)\b"),
        offtopic=True),
    Topic("response_time", "how quickly the organizers reply", (
        r"\bhow (quickly|fast|soon|long)\b.{0,30}\b(reply|replies|respond|answer|get back)\b",)),
    Topic("withdrawal", "withdrawing a submission", (r"\bwithdraw\w*\b", r"\bretract\w*\b")),
    Topic("eligibility", "who may submit", (
        r"\b(allowed|permitted|eligible|able) to submit\b", r"\bwho (can|may) submit\b",
        r"\bcan (organizers|reviewers|students|undergrads|anyone) submit\b")),
    Topic("people_details", "that about the organizers", (
        r"\bh-?index\b", r"\bh index\b", r"\bpublications\b", r"\bphone( number)?\b",
        r"\boffice\b", r"\btwitter handle\b", r"\bpersonal (homepage|website|page)\b")),
    Topic("attendance_rule", "whether an author must attend", (
        r"\b(authors?|presenters?|one of (us|the authors)|someone|we|i)\b.{0,25}\b(have to|must|"
        r"need to|required to|obliged to)\b.{0,30}\b(attend|be there|be present|come|show up)\b",
        r"\b(attend|attendance)\b.{0,30}\b(required|mandatory|compulsory)\b")),
    Topic("accepted_papers", "the list of accepted papers", (
        r"\b(list of|which|see the|see) (the )?accepted (papers|submissions|works)\b",
        r"\baccepted (papers|submissions) (list|page)\b")),
    Topic("dress_code", "a dress code", (r"\bdress(code| code)?\b", r"\bwhat (to|should i) wear\b",
                                          r"\battire\b")),
    Topic("directions", "travel to the venue and where to stay", (
        r"\b(get|go|travel) (from|to) (the )?(airport|venue)\b",
        r"\b(get|go|travel) from [a-z]{3} to\b", r"\bairports?\b",
        r"\blax\b", r"\bpark(ing)?\b", r"\bshuttle\b", r"\bdirections\b", r"\btransport(ation)?\b",
        r"\b(hotel|hotels|accommodation|accommodations|lodging|airbnb|where to stay)\b",
        r"\bget (there|to the venue)\b", r"\bfrom the airport\b")),
    Topic("accessibility", "accessibility", (
        r"\bwheelchair\b", r"\baccessib\w*\b", r"\bdisabilit\w*\b", r"\bchildcare\b",
        r"\blactation\b", r"\bsign language\b", r"\bcaptions?\b")),
    Topic("community", "chat channels for attendees", (
        r"\b(slack|discord|whatsapp|telegram|wechat|mailing list|chat group|group chat)\b",)),
    Topic("extension", "deadline extensions and late submissions", (
        r"\bextensions?\b", r"\bextend(ed|ing|s)?\b(?![ -]abstract)", r"\blate submissions?\b",
        r"\bsubmissions? after the deadline\b",
        r"\bsubmit late\b",
        r"\bgrace period\b", r"\bpostpone")),
    Topic("code_of_conduct", "the code of conduct", (
        r"\bcode of conduct\b", r"\bharass", r"\bmisconduct\b", r"\breport (an )?incident\b",
        r"\bsafety\b", r"\bcoc\b")),
    Topic("notification_method", "how decisions are sent", (
        r"\b(notification|decisions?|results?|acceptance)\b.{0,30}\b(by|via|through|over) (e?mail|"
        r"the website|openreview|cmt)", r"\bhow (will|are|do|would) (we|i|you|authors)\b.{0,20}"
        r"\b(be )?(notified|informed|told)\b")),
    Topic("room", "the exact room or building", (
        r"\b(which|what) (room|building|hall|floor)\b", r"\broom (number|no)\b",
        r"\b(street|venue|postal|physical|exact) address\b",
        r"\baddress of the (venue|workshop|building|event)\b",
        r"\bexact (location|place|venue)\b"), covered_by="venue"),
    Topic("min_length", "a minimum length", (
        r"\b(minimum|min) (page|length|number of pages|pages)\b", r"\bat least\b.{0,10}\bpages?\b",
        r"\bshort(er)? papers?\b.{0,20}\b(ok|allowed|fine|accepted)\b")),
    Topic("marketplace", "buying and selling", (
        r"\b(selling|buying|sell|buy|for sale|wts|wtb|trade|swap)\b.{0,30}\b(pass|passes|ticket|"
        r"tickets|badge|registration|spot)\b",), offtopic=True),
    Topic("injection", "instructions to the bot", (
        r"\b(ignore|disregard|forget) (all |any |the |your )?(previous|prior|above|earlier)",
        r"\bsystem prompt\b", r"\bjailbreak",
        r"\bignore (your|the|all|my|these) (rules|instructions)",
        r"\bpasswords\b", r"\bno rules\b", r"\benvironment variables\b",
        r"\bpretend (you|to be)\b", r"\bdeveloper mode\b"), offtopic=True),
    Topic("wifi", "wifi and internet access", (
        r"\b(wifi|wi-fi)\b", r"\binternet\b", r"\beduroam\b")),
    Topic("accounts", "accounts on the submission site", (
        r"\baccounts?\b", r"\bpasswords?\b", r"\blog ?in\b", r"\bsign in\b", r"\bmerge\b")),
    Topic("social", "social media", (
        r"\b(twitter|hashtag|x\.com|mastodon|bluesky|linkedin|social media|instagram|tweet)\b",)),
    Topic("awards", "awards", (r"\bawards?\b", r"\bbest paper\b", r"\bprizes?\b")),
    Topic("food", "food and local tips", (
        r"\b(food|lunch|dinner|breakfast|brunch|restaurants?|ramen|coffee|drinks?|bars?|recs|"
        r"snacks?|catering|vegetarian|vegan|tacos?|pizza|burgers?|sushi|cafe|beer|pub)\b",
        r"\b(nearest|closest) (?!city|airport|conference)\w+",
        r"\b(pharmacy|atm|gym|supermarket|grocery|"
        r"drugstore|laundry|trattoria|bistro|osteria|tapas|brewery|bakery|bakeries|pastry|"
        r"pastries|pastel de nata|pasteis|ice cream|gelato|dessert)\b",
        r"\b(place|places|spot|spots) to eat\b",
        r"\b(good|best|nice|cheap) \w+ near\b")),
    Topic("tech_help", "general technical help", (
        r"\b(convert|turn|export|change)\b.{0,30}\b(into|to) (a |an )?(word|pdf|latex|docx?|"
        r"html|markdown|png|jpe?g|image|svg|epub|slides)\b",
        r"\b(good|best|recommend\w*|favorite|which) (latex )?(editor|ide|reference manager|"
        r"software|app)\b", r"\b(should i|to) read first\b", r"\bpapers? (should i|to) read\b",
        r"\bsummari[sz]e\b.{0,40}\bpaper\b",
        r"\b(write|compose) (a|an|me a|me an) (haiku|poem|song|story|joke|limerick|rap)\b",
        r"\b(bug|bugs|oom|out of memory|stack ?trace|traceback|exception|"
        r"segfault|cuda error|pip install|compile error|compiler error|keyerror|valueerror|"
        r"typeerror|indexerror|attributeerror|importerror|nullpointerexception|"
        r"my (code|script|notebook)|fix my)\b",
        r"\bhow (to|do (i|you|we)|can (i|you|we)) (make|create|insert|draw|align|center|resize) "
        r"(a |an |the )?(table|figure|equation|diagram|plot|footnote|column)s?\b",
        r"\b(overleaf|latex|laptop|computer|editor|git)\b.{0,20}\b(ate|lost|crashed|deleted|wiped|"
        r"broke|corrupted)\b",
        r"\b(recommend|suggest)\b.{0,20}\b(a |some )?(good )?(paper|papers|book|library|tool)\b"),
        offtopic=True),
)


def _any_topic_check() -> re.Pattern[str] | None:
    needs = [t.needs for t in TOPICS]
    return None if any(n is None for n in needs) else any_of(frozenset().union(*needs))  # type: ignore[arg-type]


# one cheap search tells whether any topic can be asked about (most clauses: none)
ANY_TOPIC = _any_topic_check()
