"""The second tier of crisis screening: indirect signs that someone may be at risk.

``crisis.detect`` catches explicit language ("I want to kill myself", "he hit me"). People in
danger often write around it instead: being a burden, saying goodbye, giving things away, no
way out, means (rope, pills, a bridge, a gun) close to "I"; marks they hide; fear of a partner
who checks, tracks or threatens; a child afraid to go home. These phrases are common in
ordinary relationship talk too ("this breakup is killing me", "my ex hit me up"), so a concern
match only asks a moderator to read the post and shows its author a gentle line — no public
banner. Same normalisation and guards (negation, quoted media or joke, clearly past) as
``crisis``; fresh tuning batch with hard look-alikes: ``tests/crisis_concern_corpus.tsv``.

The rules are phrases and barely reach language their authors never saw, so a small score runs
beside them (``risk_score``): risk lemmas by category from ``moderation/risk_lexicon.py``
summed over two neighbouring sentences, raised by "I" and by "again", "tonight", "every night",
lowered by a film or a cause, a clearly past or recovered context, a joke, or (for suicide and
self-harm) a question about supporting someone else or a post only about "he"/"she". Idioms are
removed first, and weak words alone never add up: a category needs one word weighing at least
``CORE_WEIGHT``. The threshold was chosen on ``tests/crisis_heldout.tsv``.
"""

import re
from dataclasses import dataclass

from moderation import risk_lexicon as lexicon
from moderation.crisis import (
    ABUSE,
    ADULT,
    CATEGORY_LABELS,
    CHILD,
    KIDS,
    SELF,
    SELF_HARM,
    SUICIDE,
    CrisisResult,
    _fuzzy,
    _rules,
    detect,
    normalise,
    scan,
)

CRISIS = "crisis"
CONCERN = "concern"


@dataclass(frozen=True)
class ScreenResult(CrisisResult):
    level: str = ""  # CRISIS, CONCERN, or "" when nothing matched


END = r"(?=\s*(?:[.!;]|$))"  # the phrase closes its sentence
FEAR_WORDS = r"scared|afraid|terrified|frightened|fear|fearing|petrified"
FEAR = rf"(?:{FEAR_WORDS})"
PARTNER = (
    r"(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|dad|father|stepdad|"
    r"stepfather|mum|mom|mother|stepmum|stepmom)"
)
MEANS = r"(?:gun|pills|tablets|rope|noose|knife|blade|razor|bridge|balcony|ledge|roof|tracks|cliff)"
PARENT = (
    r"(?:dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|uncle|grandfather|"
    r"(?:mums|moms) boyfriend)"
)

RULES = [
    *_rules(
        SUICIDE,
        # Being a burden, others better off.
        r"(?:im|i am|i feel|feel like|feeling like|being|hes|shes|he is|she is|says (?:hes|shes)) "
        r"(?:\w+ ){0,2}?burden(?=\s*(?:[.!,;]|$| and| to (?:everyone|everybody|all|my family|"
        r"people|them)| on (?:everyone|everybody|all|my family|people|them|my (?:kids|children|"
        r"parents|partner|husband|wife))))",
        r"(?:better|easier|happier) (?:off )?(?:if|when|once) i (?:was|were) gone",
        r"better (?:place|world) without me",
        r"better off with (?:the|my) (?:life )?insurance",
        r"(?:everyone|everybody|they|people|my family|the kids) (?:would|will|d) (?:\w+ )?(?:be )?"
        r"(?:relieved|glad)(?=\s*(?:[.!,;]|$| if i| when i))",
        r"(?:nobody|no one|noone) (?:would|will|d) (?:\w+ )?(?:notice|care|miss me)"
        r"(?= .{0,20}(?:if|when|once) i (?:was|were|am|died|disappeared|wasnt|werent|left|"
        r"stopped))",
        r"(?:im|i am|feel like im|feel like i am) (?:just )?(?:taking up space|a waste of "
        r"(?:space|oxygen|air))",
        # No way out.
        r"no (?:other )?way out(?= ?(?:[.!,;]|$| for me| of (?:this|it) for me| except| but| any))",
        r"no escape(?= ?(?:[.!,;]|$| for me| except| but| any))",
        r"(?:its|everything is|everythings|life is|it all feels?|i feel|feeling|feel) (?:so |"
        r"completely |totally |just )?hopeless(?! (?:at|with|romantic|about|when))",
        r"done with (?:everything|living|life|it all|being alive|existing)",
        r"out of reasons",
        r"(?:hate|sick of|tired of) (?:being alive|existing)",
        r"(?:point|reason) (?:of|in|to) (?:even )?(?:trying|keep trying) to (?:stay|live|go on|"
        r"keep going|survive|carry on)",
        r"(?:want|need) (?:it all|everything|all of it|this|it) to (?:stop|end)(?=\s*(?:[.!,;]|$| "
        r"permanently| forever| for good))",
        r"(?:want|need) out\W{0,3}(?:for good|forever|permanently)",
        r"why (?:even )?bother (?:staying|living|going on|waking up|being here|trying any ?more)",
        r"let (?:it all|everything|all of it) (?:stop|end)",
        r"(?:want|wanna|wish i could) (?:to )?(?:just )?sleep forever" + END,
        # Goodbyes, last things, affairs in order.
        r"(?:said|saying|say) (?:my )?goodbyes?(?: to (?:\w+\W+){0,5}?\w+)?(?=\W{0,3}(?:i think )?"
        r"(?:thats (?:everything|everyone|it|all)|thank you (?:all|everyone|for)|thanks (?:all|"
        r"everyone|for everything)|just in case|for the last time|one last time|before i go))",
        r"saying goodbye to (?:people|everyone|everybody|all (?:her|his|my|their) friends)",
        r"(?:this|it) (?:will be|is|s) my (?:very )?last (?:post|message)(?: here| ever)?" + END,
        r"(?:wrote|written|writing|left) (?:a )?(?:letters?|notes?) (?:to|for) (?:\w+\W+){1,3}?"
        r"(?:just in case|in case (?:anything|something) happens|for after)",
        r"(?:updated|made|wrote|sorted) (?:out )?my will(?= .{0,30}(?:notes?|letters?|goodbye|"
        r"pills|rope|tonight|in case))",
        r"(?:sorted|sorting|put|putting|getting) (?:out )?my affairs",
        r"(?:wrote|written|writing) (?:each of )?(?:my|the) (?:kids|children|family|parents|"
        r"sisters?|brothers?|husband|wife|partner) (?:a )?(?:letters?|notes?)(?: each)?"
        r"(?![^.!?]{0,10}\bfor (?:their|his|her|the|christmas))",
        r"(?:gave|give|giving|rehomed|rehoming) (?:away )?my (?:dog|cat|pets?) (?:to|away)"
        r"(?![^.!?]{0,40}\b(?:while|for the|until|when i|holiday|trip|hospital)\b)",
        r"if (?:anything|something) (?:happens|should happen) to me",
        r"(?:imagining|imagine|picturing|planning|thinking about) my (?:own )?funeral",
        r"(?:made|make) (?:my )?(?:peace with it|my decision|up my mind)" + END,
        r"waiting for the right (?:moment|time)(?: now)?" + END,
        r"a plan and a (?:date|time|place)" + END,
        r"(?:tonight|today|this weekend) (?:im|i am|i will|ill) (?:finally )?(?:going to |gonna )?"
        r"do it" + END,
        r"(?:im|i am) (?:finally )?(?:going to|gonna) do it (?:tonight|today|this weekend)",
        # Means near "I".
        r"(?:bottle|box|packet|handful|stash) of (?:\w+ )?(?:pills|tablets|painkillers|"
        r"paracetamol|sleeping pills)",
        r"(?:pills|tablets|meds) (?:counted|lined up|laid out|ready)(?! for)",
        r"counted (?:out )?(?:the |my |all )?(?:pills|tablets)(?! for)",
        r"stopped taking (?:my )?(?:meds|medication|pills|tablets|antidepressants) (?:\w+ ){0,4}?"
        r"(?:saving|keeping|collecting|hoarding|saved|kept)",
        r"how (?:many|much) (?:\w+ ){0,2}?(?:pills|tablets|paracetamol|painkillers|insulin) (?:it "
        r"takes|would it take|does it take|is (?:too many|lethal|fatal|enough))",
        MEANS + r" (?:\w+ ){0,8}?(?:i )?(?:keep|kept|been|cant stop) (?:thinking about|staring at|"
        r"looking at) (?:it|them|using|doing)",
        r"(?:keep|kept|keeps|been|cant stop) (?:staring at|looking at|thinking about) (?:the|my|"
        r"dads|his|her) (?:\w+ )?" + MEANS,
        r"(?:keep|kept|been) \w+ing (?:past|to|at|on|by) the " + MEANS,
        r"(?:sat|sit|sitting|stood|standing) (?:at|on) the edge(?! of (?:the|my|our|his|her) "
        r"(?:bed|bath|sofa|couch|chair|pool|seat|stage))",
        r"(?:standing|stood|sat|sitting) (?:on|at) (?:the|my) (?:balcony|roof|ledge|bridge|"
        r"platform|tracks)(?= .{0,40}thinking about (?:it|jumping|stepping|ending|falling|how))",
        r"(?:thought|thinking|think) about (?:stepping off|stepping out in front|letting go|"
        r"falling)(?! (?:in love|for|asleep|behind|apart))",
    ),
    *_rules(
        SUICIDE,
        r"(?:better|easier|happier|lighter) (?:off )?(?:if|when|once) i (?:\w+ )?(?:wasnt|werent|"
        r"was not|were not) (?:around|here|alive|in (?:the picture|it|their lives))",
        r"(?:not going to|wont|will not) be (?:a problem|a burden|in (?:anyones|your) way) (?:for|"
        r"to) (?:anyone|anybody|everyone|you all) (?:much longer|for long|soon)",
        r"(?:dont|cant|do not|cannot|can not) see (?:a|any) way (?:forward|out)",
        r"\bi (?:just |really |honestly )?(?:cant|cannot|can not) (?:go on|keep going|carry on|"
        r"do this)(?: like this)?(?: (?:any ?more|much longer))?(?![^.!?;,]{0,30}\b(?:with|"
        r"at work|job|about|without)\b)",
        r"(?:dont|do not|cant|cannot) see the point (?:in|of) (?:anything|any of (?:it|this)|"
        r"it all|trying any ?more)",
        r"disappear (?:\w+ ){0,2}?(?:and )?never (?:come back|return|be found)",
        r"(?:gave|give|giving|given) (?:away )?.{0,40}(?:wont|will not|dont|do not) need (?:them|"
        r"it|these|those|anything)",
        r"(?:soon )?it (?:wont|will not) matter (?:any ?more|soon)",
        r"(?:dont|do not) think i can (?:go on|keep going|keep doing this|do this any ?more|"
        r"carry on)" + END,
        carries_negation=True,
    ),
    *_rules(
        SELF_HARM,
        r"(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:the |my )?(?:marks|scars|cuts|"
        r"burns)(?! on (?:the|my) (?:car|wall|floor|table|door))",
        r"(?:new|fresh) (?:marks|scratches) on (?:my|his|her|their) (?:arms?|wrists?|legs?|thighs?|"
        r"skin|stomach)",
        r"(?:keep|kept|carry|have|hid|hide|hiding) (?:a |my )?(?:blade|razor|razor blade)s? (?:in|"
        r"under|inside) (?:my )?(?:pencil case|bag|drawer|room|pillow|wallet|bra|sock|shoe|purse|"
        r"diary|phone case)",
        r"(?:relapsed|relapse) (?:\w+ ){0,3}?after (?:\w+ ){0,2}?(?:months?|weeks?|days?|years?) "
        r"clean",
        r"(?:hurt|hurting|harm|harming|punish|punishing) my (?:body|skin)",
        r"(?:covered in|full of) (?:scars|cuts|burns|scratches)",
        r"(?:burned|burnt|burn|cut|scratched|hurt|bruised|hit|punched) my (?:\w+ )?(?:hand|arm|"
        r"arms|leg|legs|wrist|skin|thigh|stomach|face|head) (?:\w+ ){0,2}?on purpose",
        r"(?:i )?deserve (?:the |this |to feel )?(?:pain|to hurt|to suffer|to be hurt|to bleed)",
    ),
    *_rules(
        SELF_HARM,
        r"(?:punish|punishing|punished) (?:" + SELF + r"|my body)(?= .{0,30}(?:not eating|starving|"
        r"hurting|cutting|burning|pain|blood))",
        r"(?:not eating|havent eaten|stopped eating) (?:\w+ ){0,2}?for (?:days|a week|weeks)",
        carries_negation=True,
    ),
    *_rules(
        ABUSE,
        # Fear of a partner.
        FEAR + r" of (?:him|her|my " + PARTNER + r")(?! (?:in law|leaving|being|getting|finding|"
        r"cheating|losing|saying|moving|finding out|breaking))",
        FEAR + r" of what (?:he|she|they) ?(?:ll|will|would|might|could|d|may) do",
        r"(?:scared|afraid|terrified|worried) (?:that )?(?:he|she|they) ?(?:ll|will|would|might|"
        r"could|finds?|sees?) (?:find out|see|read|know|finds out|sees)? ?(?:that )?i (?:posted|"
        r"wrote|told|talked|am talking|reached out|asked)",
        r"(?:walk|walking|walked) on eggshells (?:at home|around (?:him|her|my "
        + PARTNER
        + r"(?! in law))|with (?:him|her))",
        r"(?:flinch|flinches|flinching|cower|cowering) (?:\w+ ){0,4}?(?:he|she|him|her)\b",
        # Controlling or monitoring, with fear or anger close by.
        r"(?:tracks|tracked|tracking|checks|checked|checking|reads|monitors|monitoring|follows|"
        r"followed|controls|controlling|takes|took|locks|locked|hides|hid) (?:my|me\b|the phone|"
        r"the car|where i go|who i (?:talk to|see|text))(?=.{0,100}\b(?:"
        + FEAR_WORDS
        + r"|furious|rage|punish\w*|screams?|yells?|shouts?|explodes?|goes mad|loses it)\b)",
        FEAR + r" (?:to|of) (?:\w+ ){0,4}?when (?:he|she|they)(?:s| is| has| gets)? (?:been )?"
        r"(?:drinking|drunk|angry|mad|in a mood|in one of his moods)",
        r"(?:he|she|they) ?(?:ll|will|would|d|is going to|s going to|is gonna|s gonna) (?:\w+ )?"
        r"(?:hurt|hit|beat|punish) (?:me|us|the kids|my kids)(?! (?:feelings|emotionally))",
        r"(?:pinned|shoved|slammed|cornered) me (?:to|into|against|onto|down|up against|in)\b",
        r"(?:turning up|turns up|shows up|showing up|waiting|waits|following|follows|followed) "
        r"(?:\w+ ){0,2}?(?:outside|at) (?:my|our) (?:flat|house|home|work|door|apartment|place|car)"
        r"(?=[^.!?]{0,60}(?:" + FEAR_WORDS + r"|every night))",
        # Hands on, threats, weapons.
        r"(?:put|puts|putting|laid|lay|lays) (?:his|her|their) hands on me(?! (?:gently|softly|"
        r"lovingly))",
        ADULT + r" (?:\w+ )?(?:hurt|hurts) (?:me|us) (?:again|last (?:night|week)|yesterday|"
        r"physically|when (?:he|she|they) (?:drinks|gets (?:angry|drunk|mad)))",
        r"(?:bruises?|marks|black eye) (?:\w+ ){0,6}?(?:told|tell|telling|say|said|saying) (?:\w+ )"
        r"{0,2}?i (?:fell|tripped|walked into|bumped)",
        r"(?:grabbed|grabs|squeezed|twisted|yanked|pulled) my (?:arm|wrist|hair|neck|face|jaw) "
        r"(?:\w+ ){0,4}?(?:left|leaving|marks|bruises?|bruised|so hard|until)",
        r"(?:blocked|blocks|blocking|stood in) (?:the )?(?:door|doorway|way out|exit)(?= .{0,30}"
        r"(?:leave|get out|go))",
        r"(?:smashed|smashes|destroyed) my (?:phone|laptop|things|stuff)",
        r"threat\w* (?:to |that )?(?:\w+ ){0,8}?(?:hurt|kill|beat|harm) (?:me|us|the kids|my kids|"
        r"the children|the baby)",
        r"threat\w* to take (?:the|my|our) (?:kids|children|baby|son|daughter) (?:away|from me)",
        r"if i (?:ever )?(?:leave|left|tell|told|go)(?: (?:him|her|anyone))?,? (?:ill|i will|youll|"
        r"you will|id) (?:regret it|be sorry|pay)",
        ADULT + r" (?:has|keeps|owns|got|bought) a (?:gun|knife|weapon)(?! (?:licen[cs]e|safe|"
        r"for (?:hunting|work|cooking)|collection))",
        r"keeps a (?:knife|gun|weapon|bat) (?:by|under|next to|in) (?:the|our|his|her) "
        r"(?:bed|pillow)",
        r"(?:find|found|hide|bury) my body",
        r"make (?:me|you) disappear",
        r"(?:hide|hid|hiding|locked myself|lock myself) (?:\w+ ){0,6}?until (?:he|she|they) "
        r"(?:calmed|calms|left|leaves|fell asleep|passed out|sobered)",
    ),
    *_rules(
        ABUSE,
        r"(?:im|i am|im not|not) (?:\w+ )?allowed to (?:leave|go out|go anywhere|see (?:my )?"
        r"(?:friends|family|parents)|have (?:my own )?(?:money|a phone|friends)|talk to)"
        r"(?! (?:the office|work|school|class|before|until|early))",
        r"(?:doesnt|does not|wont|not|never|hasnt|hes not|s not) (?:\w+ )?(?:allow|allowed|allows|"
        r"let|lets) me (?:to )?(?:leave|go out|go anywhere|see (?:my )?(?:friends|family|parents)|"
        r"have (?:\w+ )?(?:money|phone|friends))",
        r"so (?:that )?i (?:cant|cannot|couldnt|could not) (?:leave|go anywhere|get out|call "
        r"(?:anyone|for help))",
        r"(?:wont|doesnt|does not|never|not) (?:let|allow) me (?:to )?(?:call|see|talk to|visit|"
        r"speak to|text) (?:my (?:family|friends|sister|brother|mum|mom|dad|parents)|anyone)",
        carries_negation=True,
    ),
    *_rules(
        CHILD,
        KIDS + r" (?:is|are|seems?|gets?) (?:\w+ )?" + FEAR + r" of (?:his|her|their) " + PARENT,
        r"keep (?:it a )?secrets? from (?:me|mum|mom|dad|her mum|his mum|her mom|his mom)",
        r"(?:makes?|made|tells?|told|asks?|asked|wants?) (?:her|him|them|my \w+) (?:to )?keep "
        r"(?:it a |a |their )?secrets?(?! (?:santa|birthday|surprise|party|present|gift))",
        KIDS + r" (?:\w+ ){0,3}?(?:came|comes) (?:home|back) (?:\w+ ){0,4}?with (?:a |an )?"
        r"(?:bruise|burn|black eye|cut|injur)\w*",
        r"(?:comes|came|coming|sneaks|sneaked) (?:in ?to|into) (?:my|her|his|their) (?:room|"
        r"bedroom|bed)(?: at night| when)",
        KIDS + r" (?:are|is) being (?:hurt|hit|beaten|abused|neglected|starved)",
        r"(?:rough|too rough|violent|aggressive) with (?:my|our|the|his|her) (?:\w+ )?" + KIDS,
        KIDS + r" (?:has|have|had) (?:\w+ )?(?:bruises|marks|burns|injuries|a black eye)(?! from "
        r"(?:football|playing|falling|rugby|sport|school|the park))",
    ),
    *_rules(
        CHILD,
        r"(?:said|told me|says|tells me|asked me) not to tell",
        r"(?:leaves?|left) (?:the|my|our) (?:\w+ )?" + KIDS + r" (?:with no|without) (?:food|"
        r"heating|anyone|an adult|supervision)",
        carries_negation=True,
    ),
]


def detect_concern(text: str) -> CrisisResult:
    """The concern tier alone (without the crisis rules)."""
    return scan(normalise(text), RULES)


# --- The risk score: broad signals for language no rule above was written for --------------
RISK_THRESHOLD = 2.5  # chosen on tests/crisis_heldout.tsv (see the README)
FIRST_PERSON_BONUS = 0.5
INTENSITY_BONUS = 0.5
NO_FIRST_PERSON = 2.0  # suicide and self-harm about "he"/"she" only; abuse and a child need not be
DAMPING = 3.0
CORE_WEIGHT = 1.5  # weak words alone ("forever", "plans", "scared") never add up to a concern

_SIGNALS = [
    (category, weight, re.compile(r"\b(?:" + _fuzzy(pattern) + r")\b"))
    for category, weight, pattern in lexicon.SIGNALS
]
_CUES = {
    name: re.compile(getattr(lexicon, name))
    for name in (
        "FIRST_PERSON",
        "THIRD_PERSON",
        "INTENSITY",
        "MEDIA",
        "PAST",
        "SUPPORTING_SOMEONE",
        "JOKING",
        "LAUGHING",
    )
}
_IDIOMS = re.compile(_fuzzy(lexicon.IDIOMS) + r"|\b" + _fuzzy(lexicon.CHILD_ACTOR))
_KIDS = re.compile(r"\b" + lexicon.KIDS + r"\b")
_NEGATION = re.compile(lexicon.NEGATION)
_SENTENCES = re.compile(r"[^.!?;\n]+")


def _window_scores(window: str) -> tuple[dict[str, float], dict[str, list[str]]]:
    scores: dict[str, float] = {}
    phrases: dict[str, list[str]] = {}
    core: set[str] = set()
    has_kids = bool(_KIDS.search(window))
    for category, weight, regex in _SIGNALS:
        for match in regex.finditer(window):
            if _NEGATION.search(window[: match.start()]):
                continue
            # Hands on, injuries and threats with a child in the sentence are a child's danger.
            counted = CHILD if has_kids and category == ABUSE else category
            if counted == CHILD and not has_kids:
                break
            scores[counted] = scores.get(counted, 0.0) + weight
            if weight >= CORE_WEIGHT:
                core.add(counted)
            phrases.setdefault(counted, []).append(match.group())
            break
    scores = {category: score for category, score in scores.items() if category in core}
    cue = {name: bool(regex.search(window)) for name, regex in _CUES.items()}
    for category in scores:
        if cue["FIRST_PERSON"]:
            scores[category] += FIRST_PERSON_BONUS
        elif category in (SUICIDE, SELF_HARM) and cue["THIRD_PERSON"]:
            scores[category] -= NO_FIRST_PERSON
        if cue["INTENSITY"]:
            scores[category] += INTENSITY_BONUS
        damping = cue["MEDIA"] + cue["PAST"] + cue["JOKING"] + cue["LAUGHING"] / 3
        if category in (SUICIDE, SELF_HARM):
            damping += cue["SUPPORTING_SOMEONE"]
        scores[category] -= DAMPING * damping
    return scores, phrases


def risk_score(text: str) -> tuple[dict[str, float], tuple[str, ...]]:
    """The highest score per category over any two neighbouring sentences, and the words that
    made the best window's score, for the moderator."""
    normal = _IDIOMS.sub(" ", normalise(text))
    sentences = [s.strip() for s in _SENTENCES.findall(normal) if s.strip()]
    windows = [" . ".join(sentences[i : i + 2]) for i in range(max(len(sentences) - 1, 1))]
    best: dict[str, float] = {}
    words: list[str] = []
    for window in windows:
        scores, phrases = _window_scores(window)
        for category, score in scores.items():
            if score > best.get(category, float("-inf")):
                best[category] = score
                if score >= RISK_THRESHOLD:
                    words.extend(p for p in phrases[category] if p not in words)
    return best, tuple(words)


def detect_risk(text: str) -> CrisisResult:
    """Categories whose risk score reaches the threshold."""
    scores, words = risk_score(text)
    order = list(CATEGORY_LABELS)
    found = sorted((c for c, s in scores.items() if s >= RISK_THRESHOLD), key=order.index)
    return CrisisResult(bool(found), tuple(found), words if found else ())


def screen(text: str) -> ScreenResult:
    """Crisis when crisis language matched, else concern when an indirect sign did (a rule
    above or the risk score below), else none."""
    found = detect(text)
    if found.matched:
        return ScreenResult(True, found.categories, found.phrases, level=CRISIS)
    rules, risk = detect_concern(text), detect_risk(text)
    if not (rules.matched or risk.matched):
        return ScreenResult(False)
    order = list(CATEGORY_LABELS)
    categories = sorted(set(rules.categories) | set(risk.categories), key=order.index)
    phrases = rules.phrases + tuple(p for p in risk.phrases if p not in rules.phrases)
    return ScreenResult(True, tuple(categories), phrases, level=CONCERN)
