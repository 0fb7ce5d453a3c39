"""The words behind the "possible risk" score (``concern.risk_score``): risk lemmas by
category, the cues that make a post more or less likely to be about the writer's own danger
now, and the idioms removed before anything is counted.

Patterns are written against ``crisis.normalise``d text (lower case, apostrophes dropped:
``won't`` → ``wont``, ``I'm`` → ``im``); ``lemma`` adds regular inflections and
``crisis._fuzzy`` lets every letter repeat (``cuttt``, ``bruiseees``). Weights: 2–3 for words
that nearly say it (``overdose``, ``hurt myself``, ``47 days clean``), 1.5 for a sign that needs
one more (``pills``, ``blade``, ``bruises``), 1 for words that only count next to a stronger
one (``scared``, ``forever``, ``planning``). Each signal counts once per window.
"""

from moderation.crisis import ABUSE, CHILD, SELF_HARM, SUICIDE


def lemma(*stems: str) -> str:
    """``hit`` → hit, hits, hitting; ``bruise`` → bruise, bruises, bruised, bruising."""
    forms = []
    for stem in stems:
        if stem.endswith("e"):
            forms.append(stem[:-1] + "(?:e|es|ed|ing)")
        else:
            forms.append(stem + "(?:s|es|ed|ing)?")
    return "(?:" + "|".join(forms) + ")"


def signal(category: str, weight: float, *alternatives: str) -> tuple[str, float, str]:
    return category, weight, "|".join(alternatives)


VIOLENT = "|".join(
    [
        lemma("hit", "beat", "punch", "slap", "kick", "choke", "strangle", "shove", "push"),
        lemma("smack", "drag", "pin", "attack", "stab", "strike", "throttle", "burn"),
        r"threw|thrown|throws|grabbed|grabs|grab|beaten|struck|bit|bites",
    ]
)
VICTIM = (
    r"(?:me|us|her|him|them|(?:my|our) (?:\w+ )?(?:son|daughter|kids?|baby|mum|mom|sister|"
    r"brother|dad|wife|husband))"
)
NOT_VIOLENCE_AFTER = (  # "pushed me away", "hit me with a surprise", "grabbed me a coffee"
    r"(?! (?:\w+ )?(?:away|out|back)| (?:to (?!the)|for|a coffee|a drink|into (?!the|a)|"
    r"with (?:a|an) (?!(?:\w+ )?(?:bottle|belt|pan|knife|bat|glass|hammer|plate))))"
)
PARTNER = r"(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|mom)"
KIDS = (
    r"(?:kids?|children|child|sons?|daughters?|baby|babies|toddler|stepson|stepdaughter|niece|"
    r"nephew|little (?:brother|sister|one|boy|girl)|\d+ year old|"
    r"(?:im|i am|shes|hes) (?:only )?1\d)s?"
)

SIGNALS: list[tuple[str, float, str]] = [
    # --- Suicide: death and ending, absence, goodbyes, means, hopelessness, a plan ----------
    signal(SUICIDE, 1.0, r"die|dying|dead|death"),
    signal(
        SUICIDE,
        2.0,
        r"stop (?:being alive|existing|living)|not (?:be )?alive|not existing",
        r"(?:would|will|d) be (?:ok|okay|fine|better|happier) without me",
        r"(?:cant|cannot|dont) see myself (?:being )?(?:alive|here|around)",
    ),
    signal(
        SUICIDE,
        2.0,
        r"suicid\w*|overdos\w*(?! of)|end it|ending it|end things",
        r"take my (?:own )?life(?! advice| savings| in my)",
        r"too many (?:\w+ )?(?:pills|tablets|painkillers)",
        r"done with (?:life|living|everything|it all)",
        r"(?:tonight|today) (?:is|feels like) the (?:night|day)",
    ),
    signal(
        SUICIDE,
        1.5,
        r"(?:it ?ll|it will|itll) (?:all )?be over|over soon|(?:im|i am) (?:so )?done",
        r"(?:be )?gone soon|be gone|never see me again|not coming back|much longer",
        r"(?:doesnt|wont|will not) matter (?:any ?more|soon)",
    ),
    signal(
        SUICIDE,
        1.0,
        r"gone|disappear\w*|without me|(?:be|being) around|be here|next year",
        r"(?:wasnt|werent|not) (?:here|around)",
    ),
    signal(SUICIDE, 1.0, r"permanently|for good|forever(?! (?:together|and ever))"),
    signal(
        SUICIDE,
        1.5,
        r"(?:going to|gonna) do it|do it (?:tonight|today|soon)|right (?:moment|time)(?! to)",
        r"ready to go(?! on| to| out| back| home| for)",
        r"if anything happens to me|look after my (?:cat|dog|kids|children)",
    ),
    signal(
        SUICIDE,
        1.5,
        r"(?:im|i am|feel like|feel) (?:\w+ )?(?:a burden|worthless|useless|a waste|too much)",
    ),
    signal(
        SUICIDE,
        1.5,
        r"counted|counting|saving (?:them|up|my)|stockpil\w*|hoard\w*|collecting",
        r"stopped taking|putting (?:\w+ ){0,2}(?:aside|away|in a)",
    ),
    signal(
        SUICIDE,
        1.5,
        r"(?:nobody|no one|noone) (?:would|will|d) (?:even )?(?:miss|notice|care)",
        r"(?:wouldnt|wont|would not) (?:even )?(?:notice|care|miss me)",
    ),
    signal(
        SUICIDE,
        1.5,
        r"goodbye|farewell|last post",
        r"my last (?:\w+ )?(?:christmas|birthday|post|message|time|day|night|summer)",
    ),
    signal(SUICIDE, 1.0, r"thanks? (?:you )?(?:to )?(?:everyone|all|you all|for everything)"),
    signal(
        SUICIDE,
        1.5,
        r"(?:a|the) note|letters? to|my will|passwords|life insurance|funeral|affairs",
    ),
    signal(SUICIDE, 1.5, r"given (?:my|away)|gave away|give away|giving away"),
    signal(
        SUICIDE,
        1.5,
        r"pills|tablets|paracetamol|painkillers|antidepressants|sleeping pills",
        r"vodka and|bottle of",
    ),
    signal(
        SUICIDE,
        1.5,
        r"rope|noose|hang\w*|gun|bridge|balcony|ledge|rooftop|car park|cliffs?|which floor",
        r"train tracks|the tracks|platform|step(?:ping)? off|jump\w*|lean over",
        r"the sea|drown\w*|car running|exhaust|in front of a (?:bus|train|car|lorry)",
    ),
    signal(
        SUICIDE,
        1.5,
        r"painless|ways to (?:go|die)|how many (?:of )?(?:\w+ )?(?:would|it takes|to)",
    ),
    signal(SUICIDE, 1.0, r"googl\w*|looking up|research\w*|searching"),
    signal(
        SUICIDE,
        1.0,
        r"thinking (?:about|of) (?:it|how|ending|dying|jumping|stepping|driving|walking|doing|"
        r"not)",
        r"thinking how|how easy|fantasi\w*|picture my|imagin\w* my",
    ),
    signal(
        SUICIDE,
        1.0,
        r"too much for|better off|no point|no reason|pointless|hopeless|worthless",
        r"(?:cant|cannot) (?:keep doing|keep going|do|take|go on)\w*(?: this| it)?",
        r"tired of (?:existing|living|life)|exhausted|hold on|all too much",
        r"no way (?:out|forward)|see a way|out of reasons|whats the point|point of trying",
        r"never (?:going to|gonna) get better|want out",
        r"(?:let|make) it (?:all )?stop|(?:want|need) (?:everything|it all|this) to stop",
        r"(?:want|need) (?:the|this|it|everything) (?:pain )?to stop",
        r"(?:a|the) (?:problem|burden) for (?:anyone|everyone)",
    ),
    signal(
        SUICIDE,
        1.0,
        r"planning|enough by|sorted|relieved|figured out|worked out (?:how|which|where|when)",
    ),
    signal(
        SUICIDE,
        1.0,
        r"without telling (?:her|him|them|anyone)|(?:they|he|she) (?:dont|doesnt) know",
        r"nobody knows",
    ),
    signal(
        SUICIDE,
        1.5,
        r"decided (?:it|this|that (?:its|this)|to end|im done)|made my (?:plans|decision)",
        r"made up my mind|made peace|(?:have|had|got|made) a plan",
    ),
    signal(
        SUICIDE,
        1.0,
        r"meant it|i mean it|mean (?:it|actually)|not being dramatic|(?:im|i am) serious",
    ),
    signal(
        SUICIDE,
        3.0,
        r"(?:pray|hope|wish) (?:that )?i (?:wont|dont|never|do not|will not) wake up",
        r"not (?:to )?wake up|sleep forever(?! on| in| till| until| after)|calms me down",
    ),
    # --- Self-harm: the act, the tools, the marks, the secrecy and the relapse ---------------
    signal(SELF_HARM, 1.5, lemma("cut", "carve", "slice"), r"carved"),
    signal(SELF_HARM, 1.5, r"blades?|razors?|compass|lighter|hot spoons?"),
    signal(
        SELF_HARM,
        1.0,
        lemma("scratch", "pinch", "bite", "burn", "bruise", "bleed"),
        r"burnt|bled|blood|raw|split|stitches|bald patch|in clumps",
    ),
    signal(
        SELF_HARM,
        1.0,
        r"(?:on|into|in|my) (?:my )?(?:stomach|arms?|wrists?|legs?|thighs?|skin|knuckles)",
    ),
    signal(
        SELF_HARM,
        2.5,
        r"(?:(?:hurt|hurting|harm|harming|punish|punishing|starve|starving|scratch\w*|"
        r"pinch\w*|bit|bite|biting|burn\w*|cut|cutting|hit|hitting|punch\w*)(?: and \w+)? "
        r"myself|self ?harm\w*|\bsh\b|pull\w* (?:my )?hair out)"
        r"(?! (?:at|playing|by|doing|lifting|with extra|on the|in the gym))",
    ),
    signal(SELF_HARM, 1.5, r"on purpose|deliberately"),
    signal(
        SELF_HARM,
        2.0,
        r"(?:cut|carv|scratch|burn|bit|pinch|slic)\w* (?:into )?my (?:arms?|wrists?|legs?|"
        r"thighs?|stomach|skin)",
    ),
    signal(
        SELF_HARM,
        1.5,
        r"deserve (?:the |this )?(?:pain|it|to (?:hurt|suffer|bleed))",
        r"(?:new|fresh|deep|deeper) (?:marks|cuts|scars|burns)",
    ),
    signal(
        SELF_HARM,
        1.5,
        r"to feel something|relief|as (?:a )?punishment",
        r"only thing that (?:stops|helps|calms)|the only way i can",
    ),
    signal(SELF_HARM, 2.0, r"\d+ (?:days?|weeks?|months?|years?) clean"),
    signal(SELF_HARM, 1.5, r"relapse\w*"),
    signal(
        SELF_HARM,
        1.5,
        r"long sleeves|scars|(?:punch|hit|slam|bang)\w* (?:the|my) (?:wall|hand|head)",
    ),
    signal(
        SELF_HARM,
        1.0,
        r"(?:hide|see|cover|found|find|hid|hiding) (?:the |my )?(?:marks|scars|cuts|blades?|"
        r"razors?)",
        r"hiding (?:them|it)|nobody knows|(?:doesnt|dont|does not) know|secret",
    ),
    # --- Abuse: hands on, injuries, threats, fear, control, hiding and escape ---------------
    signal(
        ABUSE,
        2.0,
        rf"(?:{VIOLENT}) {VICTIM}\b{NOT_VIOLENCE_AFTER}",
        r"(?:put|laid) (?:his|her|their) hands on (?:me|her|him)",
        PARTNER + r" (?:\w+ )?hurts? (?:me|us) (?:when|again|physically|every|if)",
    ),
    signal(
        ABUSE,
        2.5,
        r"(?:being|been|was|got|gets|get) (?:\w+ )?(?:hit|beaten|hitting|beating|abused|"
        r"neglected|punched|slapped|kicked|choked|strangled|shoved)",
        r"gets violent|violent|abusive",
        r"(?:hands|knife|gun) (?:to|on|around) my (?:neck|throat)",
        r"by (?:my|the) (?:throat|hair|neck)",
    ),
    signal(
        ABUSE,
        1.5,
        r"bruises?|bruised|black eye|stitches|broke my|split lip|swollen|road rash|marks all",
        r"broken (?:my )?(?:wrist|arm|ribs?|nose|jaw)|passed out|cant breathe",
    ),
    signal(
        ABUSE,
        1.0,
        r"threat\w*",
        r"(?:says|said|told me|swore) (?:that )?(?:if i|hell|hed|shell|he will|he would|"
        r"hes going|shes going)",
    ),
    signal(
        ABUSE,
        1.5,
        r"kill (?:me|my|us)|hurt (?:me|us|himself|herself)|find me|make sure|my body",
        r"take the kids (?:away|from me)|burn the house|make me disappear",
    ),
    signal(
        ABUSE,
        1.5,
        r"find out i (?:posted|wrote|told|talked)|(?:sees?|reads?|finds?) (?:this|my post)",
        r"(?:scared|afraid|terrified|frightened) of (?:(?:him|her|them)\b|(?:my|their|his|her) "
        r"(?:\w+ )?(?:dad|father|mum|mom|mother|stepdad|stepmum|stepmom|husband|wife|partner|"
        r"boyfriend|girlfriend|ex)\b(?! ?in ?laws?))",
    ),
    signal(
        ABUSE,
        1.5,
        r"(?:cant|cannot|not allowed to|never allowed to) (?:go out|go anywhere|leave|see my|"
        r"talk to|have (?:my own|a phone|money|friends))",
        r"without (?:telling|asking) (?:him|her)|where im going|where i go",
        r"who i (?:see|talk to|text)",
    ),
    signal(
        ABUSE,
        2.0,
        r"lock\w* (?:\w+ ){1,3}(?:in|inside) (?:a|the|his|her|their) (?:room|bedroom|shed|"
        r"cupboard|cellar|basement|garage|car|bathroom)",
    ),
    signal(
        ABUSE,
        1.5,
        r"hiding (?:in|from)|hide from|(?:kicking|banging|pounding) (?:on )?the door",
    ),
    signal(
        ABUSE,
        1.0,
        r"scared|afraid|terrified|frightened|petrified|shaking|hiding|unsafe|not safe|escape",
        r"against (?:my|the) door|lock(?:ed)? myself",
    ),
    signal(
        ABUSE,
        1.5,
        r"controls?|controlling|tracks? my|tracking my|my location|checks my phone",
        r"(?:takes|took|taken) (?:my|his|her) (?:\w+ )?(?:phone|keys|card|money|pension|"
        r"passport)",
        r"wont let me|isolat\w*|locks? me|locked me|monitors?|an app",
    ),
    signal(
        ABUSE,
        1.5,
        r"(?:showing|shows|turns|turning|turned) up (?:at|outside)|follow(?:s|ing|ed) me",
        r"outside my (?:flat|house|work|door|home)",
        r"(?:has|have|had|with) a (?:knife|gun|weapon|hammer|bat)",
    ),
    signal(
        ABUSE,
        1.0,
        r"when (?:he|she|they)(?:s| is)? (?:\w+ )?(?:drunk|drinks|drinking|angry|jealous)",
        r"when we argue|during (?:a|an|the) (?:fight|argument|row)",
        r"kicking the door|screaming|furious|rage",
    ),
    signal(
        ABUSE,
        1.5,
        r"(?:cant|cannot|couldnt) explain|unexplained|says? (?:i|she|he) fell|told \w+ i fell",
    ),
    signal(ABUSE, 0.5, r"police|court|social services|refuge|shelter|restraining order"),
    # --- A child: the same signs with a child in the sentence, plus their own --------------
    signal(
        CHILD,
        2.0,
        r"groom\w*|touch\w* (?:\w+ ){0,2}(?:private|privates|down there)|private parts",
        r"naked|sexual|keep (?:it a )?secrets?|comes into my (?:room|bed)",
    ),
    signal(
        CHILD,
        1.5,
        r"alone (?:in the \w+ )?for (?:hours|days|the night)|home alone",
        r"no food|starv\w*|not feed\w*|doesnt feed|drinks and drives|drunk driving",
    ),
    signal(
        CHILD,
        1.5,
        r"punishment|cupboard|holds? (?:her|his|their) head|under the (?:bath)?water",
        r"belt|cable|cigarette",
    ),
    signal(CHILD, 1.0, r"for (?:hours|days|whole days|the night|nights|the weekend)|every night"),
    signal(
        CHILD,
        1.0,
        r"(?:scared|afraid) to go (?:back|home)|covered in bruises",
        r"when (?:he|she|they) (?:misbehaves?|cries|cry|wets|talks back|answers back|spills)",
    ),
]

# Cues that raise the score: the writer, now, again.
FIRST_PERSON = r"\b(?:i|im|ive|id|me|my|myself)\b"
THIRD_PERSON = r"\b(?:he|she|they|hes|shes|theyre|his|her|their|him|them)\b"
INTENSITY = (
    r"\b(?:tonight|right now|again|every (?:night|day|time|weekend)|lately|keep|kept|cant stop|"
    r"any ?more|always|so much|worse|getting harder)\b"
)

# Cues that lower it: about media or a cause, clearly over, about supporting someone else,
# or said for a laugh.
MEDIA = (
    r"\b(?:documentary|film|movie|book|novel|memoir|story|essay|episode|series|song|podcast|"
    r"article|news|(?:tv|crime|the) show|advocate|volunteers?|volunteering|awareness|"
    r"resources|research|plot|character|fiction|intake|standard question|school project|"
    r"charity)\b"
)
PAST = (
    r"\b(?:(?:\w+ )?years ago|used to|in my (?:teens|twenties|thirties)|"
    r"when (?:i|we) (?:was|were) (?:\w+ )?(?:kids?|a kid|younger|little|teen\w*|child|children|"
    r"in school|at school)|"
    r"(?:im|i am|shes|hes|theyre|were|she is|he is) (?:\w+ )?(?:safe|fine|okay|ok|well|better) "
    r"now|happily|reconciled|recovery|recovered|healing|therapy and meds|got through)\b"
)
SUPPORTING_SOMEONE = (
    r"\b(?:how (?:do|can|should) i (?:\w+ ){0,2}(?:support|help|be there)|"
    r"support (?:him|her|them)|be there for|friend of mine|for a friend|asking for a friend)\b"
)
JOKING = r"\b(?:joking|kidding|jokes?|jokingly|as a joke)\b"
LAUGHING = r"\b(?:lol|lmao|haha\w*|jk)\b"  # also typed by people in real pain: a light touch

# Everyday idioms that use the same words; removed before counting.
IDIOMS = "|".join(
    [
        r"\b(?:(?:is |are )?killing me|kill for|would kill|id kill|killed it|kill it",
        r"dying (?:to|for)|die (?:for|of)|could (?:just )?die|death of me|drop dead",
        r"dead (?:set|tired|on my feet|gorgeous)|dead end|(?:a|the) (?:dead|killer)|murder",
        r"(?:stab\w*|knife) (?:me )?in the back|backstab\w*|social suicide|suicide watch",
        r"hit (?:me|us) up|hit the (?:roof|gym|road)|hit it off|it hit me",
        r"hit (?:a|our|my) (?:\w+ )?(?:deer|anniversary|milestone|wall at work)",
        r"(?:hit|hits) me (?:that|how|when)|shot (?:me|her|him) down|knock ?out",
        r"beat (?:me|us|him|her) (?:at|to)|beats? me to|beat\w* (?:myself|herself|himself) up",
        r"cut (?:me|him|her) off|cut (?:it|back|down|corners)|cutting onions",
        r"cut (?:the|my|his|her) (?:grass|hedge|hair|losses)|cut (?:my|his|her) ex out",
        r"cut \w+ hair|pushes me to be|grabbed my hand|it hurts? me|life threatening",
        r"heart (?:is )?breaking|broke my heart|choked (?:on|up)|drowning in|up the wall",
        r"over the moon|bite my tongue|burn(?:t|ed) (?:out|dinner|the)|my back",
        r"for the last time|last slice|slammed the door|pulling my hair out(?! in)",
        r"(?:washing|dishwasher|vitamin|iron) (?:tablets|pills)|the pill)\b",
    ]
)
NEGATION = r"\b(?:not|never|no|nothing|dont|didnt|doesnt|isnt|wasnt|nobody)\b(?:\W+\w+)?\W+$"
# A child hitting or kicking ("my toddler hits me", "the baby kicks me") is not a child in danger.
CHILD_ACTOR = KIDS + r" (?:keeps |kept |always |sometimes |often |just )?(?:" + VIOLENT + r")\b"
