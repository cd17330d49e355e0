"""General evidence about one line of a pasted web page: shape, voice and boilerplate cues.

Every cue here describes a *kind* of page furniture (a credit, a share prompt, a
sign-up form) as it appears across news sites, never the exact lines of one page.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path
from typing import Any

from briefgen.errors import BriefgenError
from briefgen.nlp.quotemarks import DOUBLE_MARKS, find_quote_spans

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
QUOTE_SPAN = re.compile(r"[“\"«][^“”\"«»]*[”\"»]|[“\"«][^“”\"«»]*$")
TERMINAL = re.compile(r"[.!?…][\"”’'»)\]]*$|[”\"]$")
REPORTING = re.compile(
    r"\b(said|says|say|told|tells|added|adds|according to|stated|wrote|tweeted|reported|"
    r"asked|insisted|warned|claimed|noted|explained)\b",
    re.IGNORECASE,
)
READER_PRONOUNS = frozenset(
    ("we", "our", "ours", "us", "you", "your", "yours", "ourselves")
    + ("you're", "we're", "we've", "you've", "we'll", "you'll")
)

# A breadcrumb: short segments joined by path separators ("News / World / More").
CRUMB = re.compile(r"^(?:[^/>»|›]{1,30}\s*[/>»|›]\s*){1,8}[^/>»|›]{0,30}$")
# An ad slot or placeholder left by a CMS: "[ad_1]", "ADVERTISEMENT", "Sponsored".
AD_MARKER = re.compile(
    r"^\[?\s*(?:ad[\s_-]?\d*|ads?|advert|advertisement(?:\s*[-–—:|]\s*.{0,40})?|"
    r"sponsored(?: content)?|promoted|"
    r"continue reading the main story|"
    r"story continues below.*|continue reading below.*)\s*\]?$",
    re.IGNORECASE,
)
BRACKET_TOKEN = re.compile(r"^\[[\w\s-]{1,20}\]$")
SHARE_START = re.compile(
    r"^(?:share|tweet|spread the|e-?mail|print|copy|pin|follow|like us|send)\b", re.IGNORECASE
)
SOCIAL = re.compile(
    r"^(?:facebook|twitter|x|whatsapp|linkedin|pinterest|telegram|reddit|email|e-mail|print|"
    r"messenger|flipboard|threads|bluesky|vk|copy link|sms)$",
    re.IGNORECASE,
)
SHARE = re.compile(
    r"\b(?:share|shares|sharing|tweet|spread the (?:love|word)|facebook|twitter|whatsapp|"
    r"linkedin|pinterest|telegram|reddit|e-?mail this|print this|copy link|pin it)\b",
    re.IGNORECASE,
)
NAVIGATION = re.compile(
    r"^(?:read more|read next|read also|see also|source link|original source|tags?|topics?|"
    r"filed under|related(?: articles| stories| coverage| news)?|more (?:from|on|stories)\b.*|"
    r"click here\b.*|contact(?: us)?|about(?: us)?|privacy(?: policy)?|terms (?:of use|of service|"
    r"and conditions)|cookies?(?: policy| settings)?|advertise(?: with us)?|subscribe(?: now)?|"
    r"sign in|log ?in|register|skip to .*|back to top|next (?:article|story|post)|"
    r"previous (?:post)|post navigation|you (?:may|might) also like|related posts?|"
    r"more (?:news|stories|articles)|popular (?:posts|stories)|"
    r"previous (?:article|story)|follow us.*|"
    r"recommended(?: for you| stories| articles| reading| reads| videos)?|"
    r"trending(?: now| stories)?|editor['’]s picks|in other news|"
    r"most (?:read|popular|viewed)|latest(?: news)?|watch(?: live)?|listen|menu|home|search|"
    r"comments?|\d+ comments?|show comments|view comments|load more|top stories|"
    r"\d+\s*min(?:ute)?s?\s+read|listen to (?:this )?article|gift (?:this )?article|"
    r"save(?: article)?|print|play video|watch (?:the |this )?(?:video|story|report|clip))"
    r"\s*[:.»>]*$",
    re.IGNORECASE,
)
# A line of subject tags: "Topics: Floods, Kenya, Climate", "Tags: economy | jobs".
TAG_LINE = re.compile(
    r"^(?:tags?|topics?|filed under|categories|category|keywords|related topics|more on)\s*:"
    r"\s*[^.!?]{1,120}$",
    re.IGNORECASE,
)
# The outlet's notes on the story itself: updates, corrections, where it first ran.
EDITORIAL_NOTE = re.compile(
    # "This report by The Canadian Press was first published March 3, 2024": a wire trailer.
    r"^(?:\(?\s*)?(?:this (?:story|article|report|post|piece|page)(?: by [^.]{1,60}?)? "
    r"(?:has been|was|is being) "
    r"(?:updated|corrected|amended|originally published|first published)|"
    r"editor['’]s note\s*:|correction\s*:|clarification\s*:|update\s*:\s*this|"
    r"an earlier version of this (?:story|article|report|post)|"
    r"this (?:story|article|report) (?:first|originally) appeared)",
    re.IGNORECASE,
)
# A label over links to other stories; the headlines under it are links, not subheadings.
LINK_LIST_LABEL = re.compile(
    r"^(?:read more|read also|also read|see also|related(?: \w+)?|more on this(?: story)?|"
    r"recommended(?: for you| stories| articles| reading| reads| videos)?|"
    r"you (?:may|might) also like|more from .{1,30}|most (?:read|popular|viewed)(?: stories)?|"
    r"more stories|top stories|editor['’]s picks|what to read next|in other news|must reads?|"
    r"popular (?:now|stories|articles)|latest(?: news| stories)?|"
    r"trending(?: now| stories)?)\s*[:.»>]*$",
    re.IGNORECASE,
)
# A link to another story, labelled: "Related: …", "READ MORE: …", "Watch: …".
LINK_LABEL = re.compile(
    r"^(?:related|read more|read also|also read|see also|more|watch|listen|recommended|"
    r"explainer|opinion|analysis|live|latest|don['’]t miss|trending|in pictures|video)"
    r"(?:\s*[:|»>]|\s[-–—])\s*\S",
    re.IGNORECASE,
)
# The page asking the reader to act: "Support <outlet> today", "Donate now", "Sign up".
IMPERATIVE_APPEAL = re.compile(
    r"^(?:please\s+)?(?:support|donate|subscribe|sign up|join|contribute|give|chip in|"
    r"become a (?:member|subscriber|supporter)|register|follow)\b",
    re.IGNORECASE,
)
CALL_TO_ACTION = re.compile(
    r"\bclick here\b|\bfor (?:complete|full|more|live) coverage\b|\bthis is a (?:live|developing|"
    r"breaking) (?:update|story)\b|\bcheck back (?:later|for updates)\b|\bread more\b|"
    r"\bdownload (?:our|the) app\b|https?://\S+$|\bwww\.\S+$",
    re.IGNORECASE,
)
COMMENT_FORM = re.compile(
    r"\bleave a (?:reply|comment)\b|\bpost (?:a )?comment\b|\brequired fields are marked\b|"
    r"\bemail address will not be published\b|\bjoin the (?:conversation|discussion)\b|"
    r"\badd a comment\b|\bcomments? (?:are|is) closed\b|\bcommenting (?:rules|policy)\b|"
    r"\bsave my name, email\b|\bnotify me of (?:follow-up comments|new posts)\b",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b|"
    r"\bmay not be (?:published|reproduced|redistributed|copied)\b|"
    r",?\s\b(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Pty(?: Ltd)?|GmbH|Corp\.?|PLC|plc|S\.A\.|AG)\s*$"
)
CREDIT_LINE = re.compile(
    r"(?i:\bcontributed (?:to )?(?:this )?report(?:ing)?\b|\b(?:additional )?reporting by\b|"
    r"^[-–—\s]*with files from\b|\bcontributed (?:research|reporting)\b|"
    r"\b(?:editing|edited|written|writing|compiled) by\b)|"
    # A byline: capitalised names only, so "By Sunday, Russia had lost …" is not one.
    r"^(?i:by)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and))*"
    r"(?:\s*[,|]\s*(?:[A-Z][\w.&'’-]*\s?){1,5})?$|"
    r"^(?i:source|sources|with|via)\s*:\s*[\w ,.&'’/-]+$|"
    r"^(?:[A-Z][\w.&'’-]*\s?){1,4}(?:/\s?(?:[A-Z][\w.&'’-]*\s?){1,4})+$",
)
PHOTO_WORDS = (
    r"photo|photos|photograph|photography|photographer|picture|pictures|image|images|file|"
    r"credit|courtesy|"
    r"via|illustration|screenshot|screengrab|handout|pool"
)
CAPTION_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:" + PHOTO_WORDS + r")\b[^()]*"
    r"|[A-Z][\w.'’ -]*(?:/[A-Z][\w.'’ -]*)+)\)\s*$"
    r"|\[(?:[^\[\]]*\b(?:" + PHOTO_WORDS + r")\b[^\[\]]*"
    r"|[A-Z][\w.'’ -]*(?:/[A-Z][\w.'’ -]*)+)\]\s*$",
    re.IGNORECASE,
)
# A label that announces the next line is a caption ("Image caption,", "Photo:").
CAPTION_LABEL = re.compile(
    r"^(?:image|photo|picture|video|media)\s*(?:caption|source|credit)s?\b.{0,40}$", re.IGNORECASE
)
CAPTION_LEAD = re.compile(
    r"^\(?\s*(?:(?:photo|image|picture|video) caption|pictured|photo|photograph|image|"
    r"picture|file (?:photo|image|picture)|caption|credit|illustration)s?"
    r"\s*(?:[:|]|\s[-–—]\s)",
    re.IGNORECASE,
)
# A caption saying where the picture came from: "… in this still image obtained from a
# drone video", "… in this handout photo released by the ministry on Friday".
CAPTION_SOURCE = re.compile(
    r"\bin (?:this|a|an) (?:[\w-]+ ){0,3}?(?:photo(?:graph)?|image|picture|screen ?grab|"
    r"video grab|frame grab|still)\b.{0,80}?\b(?:taken|obtained|released|provided|"
    r"distributed|handed out|posted|shared|made available|grabbed)\b"
    r"|\bstill (?:image|photo) (?:obtained|taken|grabbed) from\b"
    r"|\bscreen ?grab (?:from|of|taken)\b",
    re.IGNORECASE,
)
# A credit after a bar: "… on Friday. | Jane Doe/AFP", "| Photo: Jane Doe".
CAPTION_BAR_CREDIT = re.compile(
    r"\|\s*(?:(?:photo|image|picture|credit)s?\s*[:/]?\s*)?"
    r"(?:[A-Z][\w.'’&-]*\s?){1,4}(?:/\s?(?:[A-Z][\w.'’&-]*\s?){1,4})?"
    r"(?:(?:via|for)\s(?:[A-Z][\w.'’&-]*\s?){1,3})?$"
)
# The few small words a bare credit line holds: "AFP via Getty Images", "Photo courtesy
# of the family", "Jane Doe for The Times".
CREDIT_SMALL_WORDS = frozenset(
    ("via", "for", "by", "of", "courtesy", "the", "and")
    + ("photo", "photos", "image", "images", "file", "handout", "pool")
)
CREDIT_WORDS = re.compile(
    r"getty images|shutterstock|\bvia\b|/|\bphotos?\b|\bimages?\b|\bcourtesy\b|\bhandout\b",
    re.IGNORECASE,
)
CAPTION_TAIL = re.compile(
    r"(?:[.!?”\"]\s+|\|\s*|\s[-–—]\s)(?:(?:photo|image|picture|credit)s?\s*[:/]?\s*)?"
    r"(?:[\w-]+\.)+(?:com|org|net|ru|ua|uk|gov|int|info|io|news|tv|eu|de|fr)\s*$"
    r"|(?:[.!?”\"]\s+|\|\s*)(?:photo|photograph|image|picture|credit)s?\s*:\s*[^.!?]{2,60}$",
    re.IGNORECASE,
)
# A caption ending in its credit: "… in Moscow. Sergei Ivanov / TASS".
CAPTION_AGENCY_TAIL = re.compile(
    r"[.!?”\"]\s+(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*\s?/\s?[A-Z][\w.'’ /-]{1,50}$"
    # … or in a bare credit with no verb and no full stop: "… in Moscow. Moskva News Agency".
    r"|[.!?]\s+(?:[A-Z][\w.'’&-]*\s){0,4}[A-Z][\w'’&-]*$"
)
# A social-media line: "Follow Jane Doe on Twitter @jdoe", "Follow GNN on Instagram".
SOCIAL_FOLLOW = re.compile(
    r"^(?:please\s+)?(?:follow|like|find|join)\s(?:us|me|him|her|them|[A-Z][\w.&'’-]*"
    r"(?:\s[A-Z][\w.&'’-]*){0,4})\s(?:on|@|at)\s?(?:twitter|x|facebook|instagram|tiktok|"
    r"youtube|threads|bluesky|linkedin|telegram|whatsapp|@\w)",
    re.IGNORECASE,
)
# A reporter's sign-off: "Jane Doe reported from Kyiv, and John Roe from Moscow."
REPORTED_FROM = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s){1,4}(?:reported|contributed reporting) from [A-Z][^.]{0,80}"
    r"(?:\.\s*(?:[A-Z][\w.'’-]*\s){1,4}contributed (?:research|reporting)[^.]{0,40})?\.?$"
)
# An author's note: "Jane Doe is a reporter for … Follow her on X @jdoe."
AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s(?:is|was|has been|covers|reports)\b.{0,120}"
    r"\b(?:reporter|correspondent|editor|writer|journalist|columnist|producer|contributor|"
    r"covers|intern|fellow)\b.{0,120}$"
)
AUTHOR_CONTACT = re.compile(
    r"@\w{2,}|\bfollow (?:him|her|them)\b|\b(?:e-?mail|contact|reach) (?:him|her|them)\b|"
    r"\bbased in\b|\bcan be reached\b",
    re.IGNORECASE,
)
POSITION_MARKER = re.compile(r"\((?:L|R|C|left|right|center|centre|top|bottom)\)")
# Words of a request for money or sign-ups. Strong ones rarely occur in reporting;
# weak ones do ("members", "support"), so they count only together or with "we/you".
STRONG_APPEAL_WORDS = re.compile(
    r"\b(?:donat\w+|contributions?|ad-free|paywall|membership|subscri\w+|patrons?|"
    r"your (?:help|support|donation|contribution|gift)|support (?:us|our)\b|fill the gap|chip in|"
    r"newsletters?|sign[ -]?up|signing up|inbox|unsubscribe|privacy policy|"
    r"terms of (?:use|service)|one email)\b",
    re.IGNORECASE,
)
APPEAL_WORDS = re.compile(
    r"\b(?:support(?:ing|s)?|journalism|readers?|monthly|annual(?:ly)?|members?|independent|"
    r"gift|contribute|ads|e-?mail(?:s| address)?|registering|register)\b|\$\d",
    re.IGNORECASE,
)


def appeal_strength(text: str) -> int:
    return 2 * len(STRONG_APPEAL_WORDS.findall(text)) + len(APPEAL_WORDS.findall(text))


def words(text: str) -> list[str]:
    return WORD.findall(text)


def fold(text: str) -> str:
    return " ".join(text.split())


def key(text: str) -> str:
    """A comparison key: lower-case words only (for repeated-line detection)."""
    return " ".join(w.lower() for w in words(text))


@functools.cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words. Read from its file, not imported: importing the module
    imports all of spaCy (over a second), and cleaning text needs only this list."""
    spec = importlib.util.find_spec("spacy")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        raise BriefgenError("spaCy is not installed; `pip install spacy`")
    path = Path(list(folders)[0]) / "lang" / "en" / "stop_words.py"
    namespace: dict[str, Any] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102
    return frozenset(namespace["STOP_WORDS"])


def stop_share(text: str) -> float:
    tokens = [w.lower() for w in words(text)]
    if not tokens:
        return 0.0
    stop = stop_words()
    return sum(1 for t in tokens if t in stop) / len(tokens)


def content_words(text: str) -> set[str]:
    stop = stop_words()
    return {
        w.lower().replace("’", "'")
        for w in words(text)
        if w.lower() not in stop and not w.isdigit() and len(w) > 2
    }


def content_stems(text: str) -> set[str]:
    """Crude stems: 'Ukraine' and 'Ukrainian', 'talks' and 'talked' meet."""
    return {w[:5] for w in content_words(text)}


def ends_sentence(text: str) -> bool:
    return bool(TERMINAL.search(text.rstrip()))


# The marks that can open a quotation (quotemarks): a line without any has none. Most
# lines of a page have none, and finding spans goes through the line a character at a time.
_OPENING_MARK = re.compile(f"[{re.escape(DOUBLE_MARKS)}'‘‛`]")


def outside_quotes(text: str) -> str:
    """The text with its quotations blanked, in any convention of quotation marks."""
    if not _OPENING_MARK.search(text):
        return text
    spans = find_quote_spans(text)
    if not spans:
        return QUOTE_SPAN.sub(" ", text)
    out, at = [], 0
    for start, end in spans:
        out.append(text[at : max(start - 1, at)])
        at = min(end + 1, len(text))
    out.append(text[at:])
    return " ".join(out)


def addresses_reader(text: str) -> bool:
    """The outlet speaking to its reader (we / you) in its own voice, not a quoted speaker."""
    own = outside_quotes(text)
    # "US" is the country, not the pronoun.
    tokens = [w.lower().replace("’", "'") for w in words(own) if w != "US"]
    if not any(t in READER_PRONOUNS for t in tokens):
        return False
    # "we" in a reported remark ("we will win, he said") is a speaker's, not the page's.
    return not (REPORTING.search(own) and own != text)


def addresses_you(text: str) -> bool:
    own = outside_quotes(text)
    return bool(re.search(r"\b(?:you|your|yours|you['’](?:re|ve|ll))\b", own, re.IGNORECASE))


def is_caption(text: str) -> bool:
    return bool(
        CAPTION_CREDIT.search(text)
        or CAPTION_LEAD.search(text)
        or CAPTION_BAR_CREDIT.search(text)
        or is_bare_credit(text)
        or is_sourced_caption(text)
        or CAPTION_TAIL.search(text)
        or CAPTION_AGENCY_TAIL.search(text)
        or (POSITION_MARKER.search(text) and len(words(text)) > 6 and not REPORTING.search(text))
    )


def is_bare_credit(text: str) -> bool:
    """A line that is only a picture's credit: "AFP via Getty Images"."""
    tokens = words(text)
    if not tokens or len(tokens) > 9 or ends_sentence(text) or not CREDIT_WORDS.search(text):
        return False
    return all(w[:1].isupper() or w.isdigit() or w.lower() in CREDIT_SMALL_WORDS for w in tokens)


def is_sourced_caption(text: str) -> bool:
    """ "Smoke rises … in this still image obtained from a drone video": a caption, but
    not a reported paragraph about a photo ("The photo … shows …, officials said")."""
    return (
        len(words(text)) <= 60
        and bool(CAPTION_SOURCE.search(text))
        and not REPORTING.search(outside_quotes(text))
    )


def is_crumb(text: str) -> bool:
    if not CRUMB.match(text):
        return False
    parts = [p for p in re.split(r"[/>»|›]", text) if p.strip()]
    return len(parts) >= 2 and all(len(words(p)) <= 4 for p in parts)


def is_share_prompt(text: str) -> bool:
    """A share prompt ("Share this article", a lone "Facebook"), not "Facebook under fire"."""
    if len(words(text)) > 6 or ends_sentence(text) or not SHARE.search(text):
        return False
    return bool(SHARE_START.match(text) or SOCIAL.match(text.strip(" :|·•")))
