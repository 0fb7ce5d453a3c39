"""Recognise crisis language in English: suicidal intent, self-harm, violence at home, danger
to a child.

A screen, not a diagnosis: it errs towards showing help and asking a moderator to look. It
is a pure function of the text (no database, no settings) so it is fast and easy to test
against the labelled corpus in ``tests/crisis_corpus.tsv``.

How it reads a text:
- normalisation: Unicode folding, lower case, "leetspeak" inside words (``k!ll`` → ``kill``),
  apostrophes dropped (``don't`` → ``dont``), hyphens as spaces (``self-harm``);
- patterns with word boundaries in which every letter may repeat or be single
  (``kil``/``kill``/``kiiill``), plus listed misspellings and shorthand (``kms``, ``unalive``);
- guards: a negation just before (or inside) a match ("I would *never* kill myself", "he has
  *never* hit me"); a phrase inside quotation marks next to a word such as *song*, *film*
  or *joke*; for suicide and self-harm, a clause that places it firmly in the past
  ("I *used to* cut myself").

``moderation/concern.py`` adds a second, broader tier (indirect language) on the same
normalisation and guards.
"""

import re
import unicodedata
from dataclasses import dataclass

SUICIDE = "suicide"
SELF_HARM = "self_harm"
ABUSE = "abuse"
CHILD = "child"
CATEGORY_LABELS = {
    SUICIDE: "Thoughts of suicide",
    SELF_HARM: "Self-harm",
    ABUSE: "Abuse or violence at home",
    CHILD: "A child in danger",
}


@dataclass(frozen=True)
class CrisisResult:
    matched: bool
    categories: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()


# --- Normalisation --------------------------------------------------------------------------
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_LEET_INSIDE_WORD = re.compile(r"(?<=[a-z])[013457@$!*]+(?=[a-z])")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower().translate(_QUOTES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _LEET_INSIDE_WORD.sub(lambda m: m.group().translate(_LEET).replace("*", "i"), text)
    text = re.sub(r"(?<=[a-z])'(?=[a-z])", "", text)  # don't → dont, he'll → hell
    text = re.sub(r"[-_/]+", " ", text)
    text = re.sub(r"[^a-z0-9\s\"'.!?;:,]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _fuzzy(pattern: str) -> str:
    """Let every run of one letter in a pattern match one or more of it: kill ~ kil ~ kiiill.

    Letters after a backslash (``\\b``, ``\\w``) and inside character classes are left alone.
    """
    out, i, in_class = [], 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
        elif "a" <= char <= "z":
            j = i
            while j < len(pattern) and pattern[j] == char:
                j += 1
            quantified = j < len(pattern) and pattern[j] in "?*{"
            out.append(f"(?:{char}+)" if quantified else f"{char}+")
            i = j
            continue
        else:
            out.append(char)
        i += 1
    return "".join(out)


@dataclass(frozen=True)
class _Rule:
    category: str
    regex: re.Pattern
    carries_negation: bool  # the phrase holds its own "not" ("don't want to live")


def _rules(category: str, *patterns: str, carries_negation: bool = False) -> list[_Rule]:
    return [
        _Rule(category, re.compile(r"\b" + _fuzzy(p) + r"\b"), carries_negation) for p in patterns
    ]


SELF = r"(?:my ?self|myself)"
SUICIDE_WORD = r"su[ie]?[cs]i?de"
PERSON = (
    r"(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|father|mum|mom|"
    r"mother|stepdad|stepfather|stepmum|stepmom|stepmother|brother|sister|fiance|fiancee|"
    r"spouse|uncle|grandfather|son|daughter)"
)
ADULT = (
    r"(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|father|mum|mom|"
    r"mother|stepdad|stepfather|stepmum|stepmom|stepmother|fiance|fiancee|spouse|uncle|"
    r"grandfather)"
)
KIDS = (
    r"(?:kids?|children|child|sons?|daughters?|baby|babies|toddler|stepson|stepdaughter|"
    r"grandson|granddaughter|little one|nephew|niece|grandchild|grandchildren|grandkids|"
    r"stepkids|stepchildren)"
)
OWNER = r"(?:the|my|our|his|her|their|your)"
WILL = (
    r"(?:ll|d|will|would|could|might|may|is going to|was going to|is gonna|s going to|s gonna|"
    r"going to|gonna)"
)
ADULT_FAMILY = (
    r"(?:mom|mum|mother|wife|sister|girlfriend|partner|husband|brother|dad|father|grandmother)"
)

RULES: list[_Rule] = [
    *_rules(
        SUICIDE,
        r"su[ie]?[cs]s?[iy]?d(?:al|ial|le|el)",
        r"(?:commit(?:ted|ting|s)?|attempt(?:ed|ing|s)?|tried|try(?:ing)?|thinking (?:about|of)|"
        r"think about|thought (?:about|of)|considering|considered|plan(?:ning|ned|s)? (?:on )?|"
        r"contemplat(?:e|ed|ing)) (?:committing |commit )?" + SUICIDE_WORD,
        SUICIDE_WORD + r" (?:attempts?|notes?|plans?|thoughts?|letters?|hotline|helpline)",
        r"(?:kill|killing|killed|off|offing|unalive|unaliving|end|ending|hang|hanging|hanged|"
        r"shoot|shooting|drown|drowning) "
        + SELF
        + r"(?! laughing| with laughter| in the foot| with (?:it|that|this)\b| in (?:work|"
        r"paperwork))",
        r"kms",
        r"unaliv(?:e|ing)",
        r"(?:kill|killing|killed|kills|end|ending|hang|hanging|unalive) "
        r"(?:himself|herself|themselves|themself)",
        r"(?:end|ending|ended|take|taking|took) (?:my|his|her|their) own life",
        r"(?:end|ending) (?:my|his|her|their) life",
        r"end it all",
        r"(?:want|wants|wanted|wanting|wanna|wish|wishes|ready|deserve|deserves) (?:to |2 )?"
        r"(?:just )?die(?! of| for| laughing| my hair| her hair| his hair| inside)",
        r"wish (?:that )?i (?:was|were) dead",
        r"wish i could (?:just )?(?:die|disappear forever|stop existing)",
        r"better off dead",
        r"(?:everyone|everybody|people|they|family|world|kids|children|all) (?:\w+ ){0,2}"
        r"better off (?:without me|if i (?:was|were) (?:dead|gone))",
        r"tired of (?:living|being alive|existing)",
        r"(?:overdose|od) on",
        r"(?:take|took|taking|swallow|swallowed|swallowing) (?:all (?:of )?(?:my|the)|a bottle of|"
        r"a handful of|every) (?:\w+ )?(?:pills|tablets)",
        r"(?:pills|tablets|meds|medication|antidepressants|painkillers) (?:saved|stockpiled|"
        r"hoarded|"
        r"put aside)",
        r"(?:saving|stockpiling|hoarding|stockpiled|hoarded) (?:up )?(?:\w+ )?(?:pills|tablets|"
        r"meds|"
        r"medication|medicines?|antidepressants|painkillers|paracetamol|sleeping pills|insulin)",
        r"jump(?:ing)? (?:off|from) (?:a|the|my) (?:\w+ )?(?:bridge|building|roof|balcony|cliff|"
        r"tower)",
        r"(?:jump|jumping|step|stepping|throw myself|throwing myself) in front of (?:a|the) "
        r"(?:train|bus|truck|car|lorry)",
        r"(?:slit|slitting|cut|cuts|cutting) (?:my|his|her|their) (?:wrists?|throat)",
        r"(?:goodbye|farewell) (?:notes?|letters?)",
        r"end(?:ing|ed|s)? it all",
        r"(?:take|taking|took) my life(?! advice| savings| back| in (?:my|your) (?:own )?hands|"
        r" story)",
        SUICIDE_WORD + r" (?:\w+ ){0,4}?(?:only (?:way|option|answer|choice)|way out|"
        r"best option|answer|solution)",
        r"(?:thoughts?|thinking|thought|think) (?:of|about) (?:dying|death|suicide|not being here|"
        r"not existing|not waking up|ending it)",
        r"(?:whats|what is|is there any|is there a) (?:the )?point (?:of|in) (?:living|life|being "
        r"alive|going on)(?! together| with| in | abroad| apart)",
        r"(?:happier|better|easier|lighter) (?:off )?(?:if|when|once) i (?:was|were|am|m)? ?"
        r"(?:gone|dead|disappeared|not here|not around)",
        r"(?:happier|better|easier) (?:off )?(?:if|when|once) i (?:didnt|did not) exist",
        r"disappear(?:ed)? (?:for good|forever|permanently)(?! from (?:social|my|his|her|the))",
        r"(?:want|need|make|wish) (?:the|this|all the|all this|my) pain (?:to )?(?:stop|end|go "
        r"away) (?:forever|for good|permanently)",
        r"how (?:many|much) (?:\w+ ){0,2}?(?:pills|tablets|paracetamol|sleeping pills) "
        r"(?:it (?:would|will) take|to (?:die|end it|kill))",
        r"(?:looking up|look up|googling|google|searching|researching) (?:\w+ ){0,2}?(?:how|ways) "
        r"to (?:die|end it|end my life|kill myself)",
        r"(?:bought|buying|got|have|tied) (?:a |some |the )?(?:rope|noose)(?! for| to tie| swing)",
        r"(?:tonight|today) is the night(?! of| we| for)",
        r"better (?:off )?without (?:me|(?:a|an|someone) (?:\w+ ){0,2}?like me)(?! in (?:his|her|"
        r"their) life)",
        r"(?:nobody|no one|noone|someone) (?:has|have|will have|would have) to find me",
        r"(?:plan|planning|planned|thinking about|think about) (?:exactly )?how (?:i|"
        r"to) (?:would |will "
        r"|could )?do it(?= .{0,40}(?:find me|nobody|no one|tonight|hurt))",
        r"(?:kill|killing) (?:yourself|urself|your self)",
        r"kys",
        r"(?:going to|gonna|im going to|ready to|about to|decided to|plan to|planning to) end it"
        r"(?! with| between| off| this weekend)",
        r"(?:thinking|thought|think) (?:about|of) (?:jumping|throwing myself)(?! into| in | at |"
        r" on "
        r"| ship| back| to)",
        r"giv(?:e|ing|en) (?:\w+ ){0,2}?(?:my|his|her|their|all my|all his|all her) (?:stuff|"
        r"things|"
        r"belongings|possessions|pets?)(?: away)",
        r"giv(?:e|ing|en) away (?:all )?(?:my|his|her|their) (?:stuff|things|belongings|"
        r"possessions)",
        r"(?:said|saying|say) (?:my )?goodbyes? (?:\w+ ){0,3}?(?:everyone|to my|to everyone)"
        r"(?= .{0,80}(?:ready|tonight|for good|someone to know|last time))",
        r"(?:have|got) everything (?:ready|planned|sorted)(?= .{0,60}goodbye)",
    ),
    *_rules(
        SUICIDE,
        r"(?:no|nothing|not any|zero) (?:\w+ )?(?:reason|point|purpose) (?:to|in|of|for) "
        r"(?:live|living|go on|going on|being alive|stay alive|staying alive|existing)",
        r"(?:dont|do not|didnt|no longer|not|never) (?:\w+ )?(?:want|wanna|wish) (?:to )?"
        r"(?:live|be alive|be here anymore|exist|wake up|keep living|go on living)(?! with| in |"
        r" there| together| near| at | close| abroad| apart| alone| separately| next| like that)",
        r"(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up",
        r"(?:hope|wish) i (?:dont|never|do not) wake up",
        r"(?:cant|cannot|can not) (?:go on|keep going) (?:living|any ?more)",
        r"(?:dont|do not) see the point (?:in|of) (?:living|being alive|going on|life)",
        r"(?:life|living) (?:is not|isnt|aint|is no longer|not) worth (?:it|living)",
        r"not worth living",
        r"(?:want|wanna|wish|need) (?:to )?(?:just )?(?:not|never) (?:exist|be alive|wake up)",
        r"(?:dont|doesnt|do not|does not|cant|cannot) see (?:a|any) (?:future|way out|reason to "
        r"(?:live|go on|stay))",
        r"wish (?:i|id|i had|that i|that id) (?:never|not) (?:been born|woken up|existed|woke up)",
        r"(?:wont|will not|not going to|dont think ill|do not think i will) be (?:around|here|"
        r"alive) "
        r"(?:much longer|for much longer|any ?more|tomorrow|by (?:tomorrow|morning|the weekend)|"
        r"for (?:christmas|his birthday|her birthday|my birthday|the holidays|new year))",
        carries_negation=True,
    ),
    *_rules(
        SELF_HARM,
        r"self ?(?:harms?|harmed|harming|injury|injure|injuring|injured|mutilation|mutilate|"
        r"mutilating)",
        r"(?:cut|cutting|cuts|burn|burning|burned|burnt|burns|harm|harming|harmed|scratch|"
        r"scratching|scratched|starve|starving|starved) (?:"
        + SELF
        + r"|himself|herself|themselves)(?! on | while| when| by accident| accidentally| shaving|"
        r" cooking)",
        r"(?:want|wanna|wanted|urge|urges|need|needed|started|start|starting|tempted) (?:to )?"
        r"(?:hurt|harm|cut|burn|hit|punch) " + SELF,
        r"(?:hurt|hurting|hit|hitting|punch|punching|harm|harming|bang|banging|cut|cutting|burn|"
        r"burning|scratch|scratching|starve|starving) (?:"
        + SELF
        + r"|my head|my arms?|my legs?) (?:\w+ ){0,5}?(?:on purpose|until (?:it|they|i) "
        r"(?:bleeds?|bled|bruises?)|to feel (?:something|better|in control)|as (?:a )?punishment)",
        r"(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|scratch|scratches|scratching) "
        r"(?:my|his|her|their) (?:arms?|legs?|thighs?|skin|stomach|wrists?)(?! on | while| when|"
        r" by accident| accidentally| cooking| chopping)",
        r"(?:been|is|has been|have been|started|keeps|kept|still) cutting(?! (?:back|down|corners|"
        r"ties|me|him|her|us|out|off|the|onions|carbs|costs|hair|grass|class|school|them|it|my "
        r"hair|his hair|her hair|a|in)\b)",
        r"(?:hit|hitting|bang|banging) my head (?:against|on|into) (?:the|a) (?:wall|floor|door)",
        r"(?:hurting|harming|burning|cutting) (?:myself|my ?self)(?! by| with (?:these|this|"
        r"thoughts)| emotionally| over| about| for)",
        r"urges? to (?:cut|hurt|harm|burn)",
        r"(?:relapse|relapsed|relapsing) (?:on |into |with )?(?:self harm|cutting|harming)",
        r"(?:fresh|new|deep) (?:cuts|scars|burns) on (?:my|his|her|their)",
        r"cuts on (?:my|his|her|their) (?:arms?|legs?|wrists?|thighs?)",
        r"scars? from cutting",
        r"until (?:it|i|they|the skin) (?:bleeds?|bled|bleeding)",
        r"(?:i|ive|i have|been|im|am|started|start|starting|keep|kept) (?:\w+ )?(?:cut|cutting) "
        r"again",
        r"(?:punch|punching|punched|slap|slapping|slapped|hit|hitting) (?:myself|my ?self) "
        r"(?:in|on) (?:the|my) (?:face|head|stomach|legs?|arms?)",
        r"(?:blades?|razors?) (?:\w+ ){0,3}?(?:to cut|for cutting|hidden|hid)",
        r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|injure|injuring) "
        + SELF
        + " again",
    ),
    *_rules(
        ABUSE,
        PERSON + r" (?:\w+ ){0,2}?(?:hit|hits|hitting|beat|beats|beating|punched|punches|punching|"
        r"punch|slapped|slaps|slapping|slap|kicked|kicks|kicking|kick|choked|chokes|choking|choke|"
        r"strangled|strangles|strangling|strangle|shoved|shoves|shoving|smacked|smacks|attacked|"
        r"attacks|attacking|raped|rapes|bit|bites|stabbed|stabs|burned|burns|pushed|pushes|pushing|"
        r"dragged|drags|threw (?:\w+ ){0,3}?at|throws (?:\w+ ){0,3}?at) (?:me|us)(?! away| out|"
        r" off| back| at | in (?:a|the) (?:race|game|argument|match|end|polls?)|"
        r" to (?!the (?:ground|floor|wall))| up to|"
        r" with (?:a|an|the|his|her) (?:news|surprise|question|comment|gift|present))",
        ADULT + r" (?:\w+ ){0,2}?(?:hits|hit|beats|beat|punches|punched|chokes|choked|strangled|"
        r"attacks|attacked|slaps|slapped|kicks|kicked) (?:my|our|his|her) (?:\w+ )?" + ADULT_FAMILY,
        r"(?:threatened|threatens|threatening|threaten|swore|swears|promised|said|says|told me|"
        r"keeps saying|screamed|yelled|texted) (?:that )?(?:to|(?:he|she|they) ?" + WILL + r") "
        r"(?:\w+ )?(?:kill|hurt|beat|stab|shoot|strangle|choke|burn|finish) (?:me|us)",
        r"(?:said|says|told me|screamed|yelled|shouted|texted|threatened)\W+(?:\w+\W+){0,3}?"
        r"(?:ill|i will|im going to|im gonna|i am going to) (?:kill|hurt|stab|shoot|strangle) you",
        r"(?:afraid|scared|terrified|frightened|fear|fearing|worried|worry) (?:that )?"
        r"(?:he|she|they) ?" + WILL + r" (?:\w+ )?(?:kill|hurt|hit|beat|attack|strangle|choke|"
        r"rape) (?:me|us)",
        r"(?:he|she|they) ?(?:ll|will|is going to|s going to|is gonna|s gonna) kill me"
        r"(?! if (?:he|she|they) (?:finds?|knew|knows|sees?|hears?))",
        r"(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:back )?home(?! for)",
        r"what (?:he|she|they) (?:might|will|would|could) do to (?:me|us)",
        r"(?:fear|fearing|afraid|scared|terrified) for my (?:life|safety)",
        r"in danger(?! of)",
        r"unsafe at home",
        r"domestic (?:violence|abuse)",
        r"(?:physically|sexually) (?:abusive|abused|abusing|abuses|assaulted|assaulting|assaults|"
        r"violent)",
        r"(?:raped|rape|raping|rapes) (?:me|her|him)",
        PERSON + r" (?:\w+ )?(?:raped|rapes|molested)",
        r"marital rape",
        r"sexual(?:ly)? assault(?:ed|s)?",
        r"(?:forced|forces|forcing|pressures|pressured|makes|made) me (?:to |into )?"
        r"(?:have sex|sex|sexual|sleep with)",
        r"(?:locks|locked|locking) me (?:in|inside|up)",
        r"(?:held|holds|pinned|pins) me (?:down|against)",
        r"grabbed me by (?:the )?(?:throat|neck|hair|arms?|wrists?)",
        r"(?:left|gave me) (?:\w+ )?(?:bruises|a black eye|a split lip)",
        r"(?:bruises|bruised|black eye|split lip|broken (?:ribs?|nose|arm|wrist|jaw)) "
        r"(?:\w+ ){0,5}?(?:from|by|because of|after) (?:him|her|them|he|she|my "
        + ADULT_FAMILY
        + r"|my (?:boyfriend|ex|partner))",
        PERSON + r" (?:\w+ ){0,2}?(?:threw|throws|throwing|slammed|slams|slamming|shoved|shoves|"
        r"pushed|pushes) (?:me|us) (?:against|into|across|down|onto|off|to the (?:ground|floor))",
        ADULT + r" (?:\w+ ){0,2}?(?:beats|beat|hits|hit|punches|punched|chokes|choked|strangles|"
        r"strangled|rapes|raped|molests|molested|abuses|abused|slaps|slapped|kicks|kicked|hurts) "
        r"(?:them|her|him)(?! at | in | to | up\b| back| off| with (?:the|a|his|her) (?:news|"
        r"question))",
        r"(?:broke|breaks|broken) into (?:my|our) (?:home|house|flat|apartment|place)",
        r"threat\w* (?:me|us) with (?:a|his|her|the) (?:knife|gun|weapon|bat|hammer|bottle|"
        r"belt)",
        r"(?:knife|gun|blade) (?:to|at|against) my (?:throat|head|neck|chest)",
        r"(?:hands?|fingers|arms?) (?:around|round|on) my (?:neck|throat)",
        r"(?:squeezed|choked|strangled|held) (?:\w+ ){0,2}?until i (?:couldnt|could not|cant) "
        r"breathe",
    ),
    *_rules(
        ABUSE,
        r"(?:dont|do not|no longer|not|never) feel safe (?:at home|in my (?:own )?home|"
        r"in (?:the|our|my) house|with (?:him|her|my " + ADULT_FAMILY + r"|my (?:boyfriend|ex)))",
        r"(?:not|isnt|never) safe (?:at home|in (?:my|our|the) (?:home|house))",
        r"(?:wont|will not|doesnt|does not|never) let me (?:leave|go out|go outside|out of the "
        r"house|see my (?:family|friends|parents))",
        carries_negation=True,
    ),
    *_rules(
        CHILD,
        r"(?:hits?|hitting|beats?|beating|hurts?|hurting|abuses|abused|abusing|molests|molested|"
        r"molesting|shakes|shook|shaking|burns|burned|burnt|burning|kicks|kicked|kicking|slaps|"
        r"slapped|slapping|punches|punched|chokes|choked|choking|starves|starved|locks|locked) "
        + OWNER
        + r" (?:\w+ )?"
        + KIDS
        + r"(?! feelings| to see| that| emotionally)",
        r"(?:touches|touched|touching|touch) (?:\w+ ){0,3}?(?:inappropriately|sexually|"
        r"in (?:a|an) (?:sexual|inappropriate) way|(?:in )?(?:places|private parts|privates)|"
        r"down there)",
        KIDS + r" (?:is|are) (?:\w+ )?(?:in danger|unsafe)(?! of)",
        r"(?:hits|beats|hurts|slaps|kicks|punches|shakes|hit|beat|hurt|slapped|kicked|punched|"
        r"shook) (?:him|her|them) (?:when|if|whenever|every time) (?:he|she|they) (?:cries|cry|"
        r"crying|misbehaves?|wets|talks back|spills|answers back)",
        r"leaves? (?:our|my|the|his|her) (?:\w+ ){0,4}?(?:alone|home alone) for (?:days|hours|"
        r"the night|nights|the weekend|whole days)",
        r"does (?:\w+ )?things to (?:him|her|them)(?! for)",
        r"grab\w* " + OWNER + r" (?:\w+ )?" + KIDS + r" by (?:the|his|her) (?:neck|throat|hair|"
        r"arms?)",
        r"child (?:abuse|abuser|neglect|in danger)",
        r"(?:grooming|groomed|grooms) (?:\w+ )?" + KIDS,
        r"molest\w*",
        r"shaken baby",
        r"(?:threatened|threatens|threatening|said|says|swore) (?:that )?(?:to|(?:he|she|they) ?"
        + WILL
        + r") (?:\w+ )?(?:kill|hurt|hit|beat|harm) "
        + OWNER
        + r" "
        + KIDS,
        r"(?:afraid|scared|terrified|worried) (?:that )?(?:he|she|they) ?" + WILL + r" (?:\w+ )?"
        r"(?:kill|hurt|hit|beat|harm) " + OWNER + " " + KIDS,
        KIDS + r" (?:\w+ ){0,6}?(?:says|said|told me|tells me) (?:that )?(?:her|his|their|my) "
        r"(?:\w+ )?(?:dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|uncle|"
        r"grandfather|boyfriend|girlfriend|teacher|coach) (?:\w+ )?(?:hurt|hurts|hit|hits|touched|"
        r"touches|beat|beats|slapped|kicked|burned)",
    ),
    *_rules(CHILD, KIDS + r" (?:is|are) (?:not|no longer|never) safe", carries_negation=True),
]

# --- Guards ----------------------------------------------------------------------------------
NEGATORS = frozenset(
    "not never no dont didnt doesnt wont wouldnt isnt arent wasnt werent cant cannot couldnt "
    "shouldnt nor neither hasnt havent hadnt".split()
)
NEGATION_WINDOW = 3  # words before a phrase that can negate it
CLAUSE_BREAK = re.compile(r"[.!?;:,]|\b(?:but|if|because|cause|when|and|so|since|unless)\b")
SENTENCE_BREAK = re.compile(r"[.!?]")
MEDIA_OR_JOKE = re.compile(
    r"\b(?:song|songs|lyrics?|film|movie|book|novel|album|show|series|episode|meme|joke|jokes|"
    r"joking|jokingly|kidding|title|titled|called|line|quote|quoting|game|character|play|poem)\b"
)
QUOTED = re.compile(r"\"[^\"]*\"|(?<![a-z])'[^']+'(?![a-z])")
PLAYFUL = re.compile(
    r"\b(?:play ?fights?|play ?fighting|running joke|as a joke|jokingly|joking|kidding|"
    r"we (?:both )?laughed|tickl\w*)\b"
)
IDIOMS = re.compile(
    r"\b(?:hits?|hitting) (?:me|us) up\b|\blike (?:banging|hitting) my head (?:against|on) (?:a|"
    r"the)"
    r" (?:brick )?wall\b"
)
PAST = re.compile(
    r"\b(?:used to|years ago|when i was (?:a )?(?:teen|teenager|kid|child|little|younger|"
    r"at school|in school))\b"
)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)]
    after = CLAUSE_BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _sentence(text: str, start: int, end: int) -> str:
    before = [m.end() for m in SENTENCE_BREAK.finditer(text, 0, start)]
    after = SENTENCE_BREAK.search(text, end)
    return text[(before[-1] if before else 0) : (after.start() if after else len(text))]


def _negated(text: str, match: re.Match, clause_start: int) -> bool:
    preceding = text[clause_start : match.start()].split()[-NEGATION_WINDOW:]
    inside = match.group().split()[1:]  # "he has never hit me": the negation sits inside
    return any(word in NEGATORS for word in preceding + inside)


def _quoted_as_media_or_joke(text: str, match: re.Match) -> bool:
    for quote in QUOTED.finditer(text):
        if quote.start() <= match.start() and match.end() <= quote.end():
            around = text[max(0, quote.start() - 60) : quote.end() + 60]
            return bool(MEDIA_OR_JOKE.search(around))
    return False


def _suppressed(text: str, rule: _Rule, match: re.Match) -> bool:
    clause_start, clause_end = _clause(text, match.start(), match.end())
    if not rule.carries_negation and _negated(text, match, clause_start):
        return True
    if _quoted_as_media_or_joke(text, match):
        return True
    for idiom in IDIOMS.finditer(text, max(0, match.start() - 20), match.end() + 20):
        if idiom.start() < match.end() and match.start() < idiom.end():
            return True
    if rule.category == ABUSE and PLAYFUL.search(_sentence(text, match.start(), match.end())):
        return True
    in_the_past = PAST.search(text[clause_start:clause_end])
    return rule.category in (SUICIDE, SELF_HARM) and in_the_past is not None


def scan(normal: str, rules: list[_Rule]) -> CrisisResult:
    """Run ``rules`` over normalised text, skipping what the guards suppress."""
    categories: list[str] = []
    phrases: list[str] = []
    for rule in rules:
        for match in rule.regex.finditer(normal):
            if _suppressed(normal, rule, match):
                continue
            if rule.category not in categories:
                categories.append(rule.category)
            if match.group() not in phrases:
                phrases.append(match.group())
    order = list(CATEGORY_LABELS)
    categories.sort(key=order.index)
    return CrisisResult(bool(categories), tuple(categories), tuple(phrases))


def detect(text: str) -> CrisisResult:
    """Does this text hold crisis language, of which kinds, and which phrases?"""
    return scan(normalise(text), RULES)
