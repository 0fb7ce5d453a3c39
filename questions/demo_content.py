"""Demo content for Haven, a community Q&A site about relationships.

Pure data: specialists, members, questions with specialist answers, articles and
community threads. All names, licence numbers and licensing bodies are fictional.
Bodies are Markdown; consumers are expected to call ``.strip()`` on them.
"""

from __future__ import annotations

CATEGORIES = [
    {
        "slug": "dating",
        "name": "Dating",
        "description": "Meeting people, early relationships, apps, and figuring out what you want.",
    },
    {
        "slug": "breakups",
        "name": "Breakups",
        "description": "Endings, heartbreak, no-contact, and finding your feet again.",
    },
    {
        "slug": "marriage",
        "name": "Marriage",
        "description": "Long-term partnership, commitment, and keeping connection alive.",
    },
    {
        "slug": "family",
        "name": "Family",
        "description": "Parents, siblings, in-laws, children, and the ties that shape us.",
    },
    {
        "slug": "communication",
        "name": "Communication",
        "description": "Listening, conflict, repair, and saying what you mean with care.",
    },
    {
        "slug": "self-worth",
        "name": "Self-worth",
        "description": "Confidence, boundaries, people-pleasing, and how you treat yourself.",
    },
    {
        "slug": "divorce",
        "name": "Separation & Divorce",
        "description": "Separating well, co-parenting, and building life after divorce.",
    },
]

COMMUNITY_BOARDS = [
    {
        "slug": "general",
        "name": "General",
        "description": "Open conversation about relationships, big and small.",
    },
    {
        "slug": "stories",
        "name": "Stories",
        "description": "Share what you have been through and what helped.",
    },
    {
        "slug": "feedback",
        "name": "Site Feedback",
        "description": "Ideas, suggestions and questions about Haven itself.",
    },
]

SPECIALISTS = [
    {
        "username": "dr.amara.okafor",
        "display_name": "Dr. Amara Okafor",
        "email": "amara.okafor@example.org",
        "professional_title": "Clinical Psychologist",
        "qualifications": "Doctorate in Clinical Psychology (DClinPsy)",
        "licence_number": "CPP-48213",
        "licensing_body": "Council for Psychological Practice",
        "jurisdiction": "England & Wales",
        "years_of_practice": 14,
        "specialisations": ["breakups", "self-worth", "communication"],
        "languages": ["English", "Yoruba"],
        "approach": (
            "Attachment-based and compassion-focused. I help people understand the "
            "relationship patterns they learned early on, and practise responding to "
            "themselves and others with more steadiness and kindness."
        ),
        "bio": (
            "I have spent most of my career working with adults going through painful "
            "endings and the self-doubt that often follows. I grew up between Lagos and "
            "London, and I know how much family and culture shape the way we love. In "
            "sessions I go at your pace; there is no script, and nothing you feel is too "
            "small to bring. Outside work I sing in a community choir and walk a very "
            "opinionated terrier."
        ),
        "session_formats": ["online", "in_person"],
        "location": "London, United Kingdom",
        "fee_range": "£90–130 per session",
        "offers_free_consultation": True,
        "consultation_description": "Free 20-minute introductory video call.",
    },
    {
        "username": "lucia.fernandez",
        "display_name": "Lucía Fernández",
        "email": "lucia.fernandez@example.org",
        "professional_title": "Licensed Marriage and Family Therapist",
        "qualifications": "MA in Marriage and Family Therapy",
        "licence_number": "LMFT-104882",
        "licensing_body": "State Board of Family Therapy Practice",
        "jurisdiction": "California, USA",
        "years_of_practice": 11,
        "specialisations": ["marriage", "communication", "family"],
        "languages": ["English", "Spanish"],
        "approach": (
            "Gottman-informed and grounded in Emotionally Focused Therapy (EFT). I help "
            "couples slow down their conflict cycle, understand the needs underneath it, "
            "and build small daily habits of connection."
        ),
        "bio": (
            "I work mostly with couples and families who love each other but keep getting "
            "stuck in the same arguments. I am bilingual and bicultural, and I often work "
            "with families navigating two sets of expectations at once. I believe most "
            "couples do not need to become different people; they need to feel safe "
            "enough to show each other who they already are. I see clients in Los Angeles "
            "and online across California."
        ),
        "session_formats": ["online", "in_person"],
        "location": "Los Angeles, USA",
        "fee_range": "$140–180 per session",
        "offers_free_consultation": True,
        "consultation_description": "Free 30-minute initial consultation, online or in person.",
    },
    {
        "username": "dr.james.whitfield",
        "display_name": "Dr. James Whitfield",
        "email": "james.whitfield@example.org",
        "professional_title": "Clinical Psychologist",
        "qualifications": "PhD in Clinical Psychology",
        "licence_number": "CPO-20917",
        "licensing_body": "Provincial College of Psychological Practitioners",
        "jurisdiction": "Ontario, Canada",
        "years_of_practice": 19,
        "specialisations": ["marriage", "divorce", "family"],
        "languages": ["English", "French"],
        "approach": (
            "Family-systems thinking combined with practical CBT tools. I look at how each "
            "person's reactions fit together into a pattern, then help the family or "
            "couple try out small, concrete changes."
        ),
        "bio": (
            "I have worked with couples and families for nearly two decades, including "
            "many families going through separation. I am particularly interested in how "
            "children experience big transitions, and how parents can protect them even "
            "when the adults are hurting. My style is direct but gentle, and I like to "
            "give people something practical to try between sessions. I am a father of "
            "three and a terrible but enthusiastic curler."
        ),
        "session_formats": ["in_person", "online"],
        "location": "Toronto, Canada",
        "fee_range": "CA$170–210 per session",
        "offers_free_consultation": False,
        "consultation_description": "",
    },
    {
        "username": "priya.raman",
        "display_name": "Priya Raman",
        "email": "priya.raman@example.org",
        "professional_title": "Registered Psychotherapist",
        "qualifications": "Master of Counselling and Psychotherapy",
        "licence_number": "RP-77354",
        "licensing_body": "Australasian Register of Counselling Professionals",
        "jurisdiction": "Victoria, Australia",
        "years_of_practice": 8,
        "specialisations": ["dating", "breakups", "self-worth"],
        "languages": ["English", "Tamil"],
        "approach": (
            "Acceptance and Commitment Therapy (ACT) with an attachment-informed lens. "
            "Together we notice the stories your mind tells you about love and worth, and "
            "choose actions that fit the kind of partner and person you want to be."
        ),
        "bio": (
            "I work with people in their twenties, thirties and forties who are dating, "
            "recovering from a breakup, or wondering why relationships feel so hard. "
            "Many of my clients are juggling family expectations alongside their own "
            "hopes, something I understand from my own life. I am warm, curious and "
            "occasionally a little cheeky in sessions. I work fully online, which means I "
            "see clients from across Australia and New Zealand."
        ),
        "session_formats": ["online"],
        "location": "Melbourne, Australia",
        "fee_range": "A$130–160 per session",
        "offers_free_consultation": True,
        "consultation_description": (
            "Free 15-minute phone or video call to see if we're a good fit."
        ),
    },
    {
        "username": "siobhan.kelly",
        "display_name": "Siobhán Kelly",
        "email": "siobhan.kelly@example.org",
        "professional_title": "Accredited Counsellor and Psychotherapist",
        "qualifications": "MA in Counselling and Psychotherapy",
        "licence_number": "ACP-30561",
        "licensing_body": "Irish Board of Counselling Practice",
        "jurisdiction": "Ireland",
        "years_of_practice": 16,
        "specialisations": ["breakups", "divorce", "family"],
        "languages": ["English", "Irish"],
        "approach": (
            "Person-centred with a narrative therapy influence. I believe you are the "
            "expert on your own life, and my job is to help you step back from the story "
            "of what happened and find a version you can live with and grow from."
        ),
        "bio": (
            "I came to counselling after years working as a family mediator, so endings "
            "and new beginnings are very familiar territory for me. I work with people "
            "going through breakups, separation and divorce, and with families trying to "
            "find a new shape afterwards. I try to make the room feel like a kitchen "
            "table rather than a clinic. I live on the west coast with my husband and two "
            "teenagers, who keep me humble."
        ),
        "session_formats": ["online", "in_person"],
        "location": "Galway, Ireland",
        "fee_range": "€70–100 per session",
        "offers_free_consultation": True,
        "consultation_description": (
            "Free 30-minute first session online, with no obligation to continue."
        ),
    },
    {
        "username": "dr.kenji.mori",
        "display_name": "Dr. Kenji Mori",
        "email": "kenji.mori@example.org",
        "professional_title": "Counselling Psychologist",
        "qualifications": "PhD in Counselling Psychology",
        "licence_number": "RPSY-5512",
        "licensing_body": "Western Canada Psychology Licensing Board",
        "jurisdiction": "British Columbia, Canada",
        "years_of_practice": 10,
        "specialisations": ["dating", "communication", "self-worth"],
        "languages": ["English", "Japanese"],
        "approach": (
            "Cognitive behavioural therapy (CBT) blended with mindfulness. We work on the "
            "anxious thoughts that crowd out connection, and practise communication "
            "skills in a way that feels natural rather than scripted."
        ),
        "bio": (
            "Many of the people I work with describe themselves as overthinkers, and I "
            "say that with affection because I am one too. I help clients with dating "
            "anxiety, difficult conversations and the inner critic that tells them they "
            "are too much or not enough. Sessions are structured but relaxed, and I often "
            "suggest small experiments to try during the week. I work online with clients "
            "across British Columbia."
        ),
        "session_formats": ["online"],
        "location": "Vancouver, Canada",
        "fee_range": "CA$160–200 per session",
        "offers_free_consultation": False,
        "consultation_description": "",
    },
    {
        "username": "marcus.bell",
        "display_name": "Marcus Bell",
        "email": "marcus.bell@example.org",
        "professional_title": "Licensed Professional Counselor",
        "qualifications": "MS in Clinical Mental Health Counseling",
        "licence_number": "LPC-009874",
        "licensing_body": "State Board of Professional Counseling Licensure",
        "jurisdiction": "Georgia, USA",
        "years_of_practice": 13,
        "specialisations": ["marriage", "divorce", "communication"],
        "languages": ["English"],
        "approach": (
            "Gottman-trained and solution-focused. I help couples name the pattern they "
            "are caught in, practise gentler ways of raising issues, and build on what is "
            "already working rather than only fixing what is broken."
        ),
        "bio": (
            "I work with couples at every stage, from newlyweds to partners deciding "
            "whether and how to separate. I have a particular soft spot for men who have "
            "never talked about their feelings before and are not sure where to start. "
            "I keep things practical, and I am honest with couples about what I see. "
            "When I am not in the office, I am usually coaching my son's basketball team."
        ),
        "session_formats": ["in_person", "online"],
        "location": "Atlanta, USA",
        "fee_range": "$110–150 per session",
        "offers_free_consultation": True,
        "consultation_description": "Free 20-minute phone consultation.",
    },
    {
        "username": "nadia.haddad",
        "display_name": "Nadia Haddad",
        "email": "nadia.haddad@example.org",
        "professional_title": "Registered Counsellor and Psychotherapist",
        "qualifications": "PG Diploma in Integrative Counselling",
        "licence_number": "NRCP-61208",
        "licensing_body": "National Register of Counselling Practitioners",
        "jurisdiction": "Scotland",
        "years_of_practice": 9,
        "specialisations": ["dating", "family", "self-worth"],
        "languages": ["English", "Arabic", "French"],
        "approach": (
            "Integrative and schema-informed, with close attention to culture and family "
            "background. I help people notice long-standing patterns, like people-pleasing "
            "or choosing unavailable partners, and try out new ways of relating."
        ),
        "bio": (
            "I was born in Beirut, grew up in Marseille and have lived in Edinburgh for "
            "over a decade, so I often work with people caught between different family "
            "cultures. My clients usually come to me because they keep ending up in the "
            "same kind of relationship, or because they find it very hard to say no. I "
            "aim to be warm and steady, and honest when it matters. I offer sessions in "
            "English, Arabic and French."
        ),
        "session_formats": ["in_person", "online"],
        "location": "Edinburgh, United Kingdom",
        "fee_range": "£60–85 per session",
        "offers_free_consultation": False,
        "consultation_description": "",
    },
]

MEMBERS = [
    {
        "username": "sam_rivera",
        "display_name": "Sam Rivera",
        "email": "sam.rivera@example.org",
        "bio": "Graphic designer, dog person, trying to get better at the feelings part.",
        "location": "Austin, USA",
    },
    {
        "username": "hannah.b",
        "display_name": "Hannah Brooks",
        "email": "hannah.brooks@example.org",
        "bio": "",
        "location": "",
    },
    {
        "username": "tomasz.nowak",
        "display_name": "Tomasz Nowak",
        "email": "tomasz.nowak@example.org",
        "bio": "Engineer and weekend cyclist. Learning as I go.",
        "location": "Leeds, UK",
    },
    {
        "username": "aisha_m",
        "display_name": "Aisha Mahmoud",
        "email": "aisha.mahmoud@example.org",
        "bio": "New mum and part-time teacher. Here to learn and to listen.",
        "location": "Birmingham, UK",
    },
    {
        "username": "jordan.lee",
        "display_name": "Jordan Lee",
        "email": "jordan.lee@example.org",
        "bio": "They/them. Amateur baker, full-time overthinker.",
        "location": "Seattle, USA",
    },
    {
        "username": "mei.chen",
        "display_name": "Mei Chen",
        "email": "mei.chen@example.org",
        "bio": "",
        "location": "Sydney, Australia",
    },
    {
        "username": "daniel.osei",
        "display_name": "Daniel Osei",
        "email": "daniel.osei@example.org",
        "bio": "Accountant by day, five-a-side by night.",
        "location": "Toronto, Canada",
    },
    {
        "username": "rosa_delgado",
        "display_name": "Rosa Delgado",
        "email": "rosa.delgado@example.org",
        "bio": "Mother of three, recently divorced, finding my feet again.",
        "location": "San Antonio, USA",
    },
    {
        "username": "ethan.walsh",
        "display_name": "Ethan Walsh",
        "email": "ethan.walsh@example.org",
        "bio": "",
        "location": "Dublin, Ireland",
    },
    {
        "username": "fatima.idrissi",
        "display_name": "Fatima Idrissi",
        "email": "fatima.idrissi@example.org",
        "bio": "Nurse, reader, slowly learning to say no.",
        "location": "Lyon, France",
    },
]

QUESTIONS = [
    # ------------------------------------------------------------------ dating
    {
        "title": "How do I stop overanalysing every text when I'm getting to know someone?",
        "category": "dating",
        "tags": ["texting", "anxiety", "attachment"],
        "asker": "mei.chen",
        "anonymous": False,
        "body": """
I've been on four dates with someone I really like. He's kind, he plans things, and when we're
together it feels easy. The problem is everything in between.

If he takes three hours to reply, I start reading into it. If a message is shorter than usual, I
reread it about ten times and show it to my flatmate for a second opinion. Last week I spent
twenty minutes drafting a reply that just said "sounds good".

I know this is my stuff, not his. He hasn't done anything wrong. But I can feel the anxiety
leaking into how I act, and I'm worried I'll either come across as needy or pull away first just
to make the feeling stop.

How do I stay present and enjoy getting to know someone without my phone running my whole day?
""",
        "answers": [
            {
                "specialist": "dr.kenji.mori",
                "body": """
Thank you for describing this so clearly. What you're noticing (the checking, the rereading, the
twenty-minute reply) is very common in the early weeks of dating, when there's real interest and
not much certainty yet. Your mind is trying to reduce uncertainty by searching for clues. The
trouble is that texts are a thin source of information, so the search never feels finished.

A few things that tend to help:

- **Name the loop when it starts.** Something as simple as "there's the checking urge again"
  creates a little distance between you and the thought.
- **Add a gentle delay.** When a message arrives and you feel the pull to analyse it, wait ten
  minutes and do something with your hands first. Then reply once, without drafting.
- **Look at the whole picture.** Write down what you actually know about him from how he shows
  up in person: he plans, he's kind, things feel easy. Come back to that list when a short text
  starts to feel like a verdict.
- **Ease off the group reviews.** Friends are lovely, but crowdsourcing every message can keep
  the anxiety topped up.

It may also help to ask yourself what you fear a slow reply means. Often it's an older worry,
about being forgotten or not chosen, showing up in a new place. If that feels familiar across
relationships, it could be worth exploring with a therapist. For now, be kind to yourself:
seeing the pattern this clearly is already a strength.
""",
                "references": [],
                "votes": 18,
                "helped": True,
            },
            {
                "specialist": "priya.raman",
                "body": """
I'd add one small reframe to Dr. Mori's suggestions: the goal isn't to stop feeling anxious,
it's to stop letting the anxiety drive. Nerves in early dating usually mean you care, and
there's nothing wrong with caring.

Next time the urge to reread shows up, notice the thought ("he's losing interest") and then put
the words "I'm having the thought that…" in front of it. It sounds almost too simple, but it
reminds you that a thought is something passing through your mind, not a fact about him.

Then ask yourself: what would the person I want to be in this relationship do right now? Maybe
she'd put the phone in another room and call a friend, go for a walk, or simply reply warmly and
get on with her evening.

Finally, it's completely fine to say, lightly and in person, that you like knowing when you'll
next see each other. Making a plan at the end of each date takes a lot of pressure off the
in-between days. And how he responds to a small, reasonable request will tell you far more than
the length of any text.
""",
                "references": [
                    "Harris, R. (2009). ACT with Love. New Harbinger Publications.",
                ],
                "votes": 11,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "Is it a red flag that he still hasn't introduced me to any of his friends after four "
            "months?"
        ),
        "category": "dating",
        "tags": ["trust", "commitment", "boundaries"],
        "asker": "fatima.idrissi",
        "anonymous": False,
        "body": """
I've been seeing someone for about four months. We see each other two or three times a week,
we've met each other's flatmates in passing, and he's said he isn't seeing anyone else. By most
measures it's going well.

But I haven't met a single one of his friends. He talks about them, and he goes out with them
most Fridays, but when I've half-joked about tagging along he changes the subject. Meanwhile
he's met my best friend twice and came to my sister's birthday.

I don't want to be the person who makes a big deal out of nothing. Maybe he's just private, or
his friends are a bit much. But a small voice keeps asking whether I'm a secret, or whether he's
keeping his options open.

Is this a red flag, or am I overthinking it? And how do I bring it up without sounding like I'm
making demands?
""",
        "answers": [
            {
                "specialist": "nadia.haddad",
                "body": """
I don't think you're overthinking this. You've noticed a real imbalance (he's met your people,
you haven't met his), and it makes sense that it's raising questions. At the same time, on its
own it isn't proof of anything. There are many reasons someone might keep parts of their life
separate: shyness, a friend group he's unsure you'd enjoy, past relationships where mixing
things went badly, or simply not having thought about it.

The only way to find out which it is, is to ask, and you can do that without making demands. A
few ideas:

- **Lead with curiosity rather than accusation.** For example: "I've loved getting to know your
  life, and I realised I haven't met any of your friends yet. I'd like to. How do you feel about
  that?"
- **Say what it means to you.** "Meeting the important people in each other's lives matters to
  me. It helps me feel like we're building something."
- **Listen to the answer and to what happens next.** A clear reason and a concrete plan ("let's
  get dinner with Sam and Priya next month") is reassuring. Vagueness, irritation or repeated
  changes of subject are worth paying attention to.

It's also fair to check in with yourself about what you want at four months. If you're hoping
for a committed relationship, you're allowed to say so, and you're allowed to decide what you
need to see in order to feel secure. That isn't being demanding; it's knowing yourself.
""",
                "references": [],
                "votes": 14,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "I'm 41 and back on dating apps after a long relationship. How do I stop feeling like "
            "a fraud?"
        ),
        "category": "dating",
        "tags": ["apps", "dating-again", "confidence"],
        "asker": "daniel.osei",
        "anonymous": False,
        "body": """
My last relationship lasted eleven years. When it ended I took a long break, and a friend
finally talked me into setting up a dating profile last month.

I feel completely out of my depth. Everyone's profile seems polished and funny. I rewrote my bio
six times and still think it sounds like a job application. When I do get a match, I freeze,
because the last time I asked someone out was before smartphones. On two dates so far I've felt
like I was acting the part of a confident single man rather than being myself.

Part of me thinks I'm too old to be starting over, and that everyone else my age is either
settled or knows exactly what they're doing. I'm not even sure what I'm looking for yet.

How do I get comfortable with this without pretending to be someone I'm not?
""",
        "answers": [
            {
                "specialist": "priya.raman",
                "body": """
First, a gentle correction: you are not too old, and you are definitely not the only person your
age doing this. Plenty of people come back to dating after a long relationship, and almost all
of them describe that same "I don't know the rules any more" feeling. It's a sign of being new
to something, not of being a fraud.

A few practical ideas:

- **Write your profile as if you're talking to one friendly person.** Skip the performance.
  Mention two or three specific things you enjoy and one thing you're curious about. Specific is
  more attractive than polished.
- **Treat early dates as conversations, not auditions.** Your only job is to find out whether
  you enjoy this person's company. That takes the pressure off being impressive.
- **Let yourself not know what you want yet.** It's fine to say on a date that you're figuring
  it out after a long relationship. Many people find that honesty refreshing.

It can also help to notice the voice saying "everyone else knows what they're doing". That voice
is comparing your inside to other people's outside. Everyone is nervous; some people just hide
it better.
""",
                "references": [],
                "votes": 16,
                "helped": True,
            },
            {
                "specialist": "nadia.haddad",
                "body": """
Priya has covered the practical side beautifully, so I'd like to add something about the feeling
of acting a part.

After eleven years with one person, a lot of your sense of who you are in a relationship was
shaped together with them. It's natural that, on your own, the "dating version" of you feels
unfamiliar. You haven't met him properly yet. Rather than trying to be confident, try being
curious about yourself. After each date, jot down a few notes: when did I feel relaxed? When did
I feel like I was performing? What did I enjoy talking about?

Over a few weeks those notes will start to show you what you value now, which may be a bit
different from what you wanted at thirty. That's the real answer to "what am I looking for", and
it tends to arrive through experience rather than thinking.

It's also worth making sure you've had space to grieve the relationship that ended. If you
notice the dates bringing up a lot of sadness or comparison, that isn't failure; it's
information. Go at a pace that feels kind.
""",
                "references": [],
                "votes": 9,
                "helped": False,
            },
            {
                "specialist": "dr.kenji.mori",
                "body": """
One small addition on the freezing-up part, since that's something I help people with often.

When you match with someone and your mind goes blank, it's usually because you're trying to find
the perfect opening. Give yourself permission to be ordinary. Pick one detail from their profile
and ask a genuine question about it: "You mentioned you're learning to climb. How did you get
into that?" That's it. Good conversations rarely start with clever lines.

Before a date, you might try a short routine to settle your body: a few slow breaths with a
longer out-breath than in-breath, and a reminder of one thing you're looking forward to finding
out about the other person. Shifting attention from "how am I coming across?" to "who is this
person?" is one of the most reliable ways to feel more like yourself.

And if a date feels stilted, that isn't a verdict on you. Some conversations just don't flow.
Each one is practice, and the skill does come back faster than you'd expect.
""",
                "references": [],
                "votes": 6,
                "helped": False,
            },
        ],
    },
    {
        "title": "We've been long-distance for a year. How do we decide who moves?",
        "category": "dating",
        "tags": ["long-distance", "commitment"],
        "asker": "sam_rivera",
        "anonymous": False,
        "body": """
My partner and I met while she was visiting Austin for work, and we've been long-distance ever
since. She lives about a three-hour flight away. We see each other roughly once a month and talk
every day. It's been a really good year, and we both say we want to close the distance sometime
next year.

The problem is that every time we try to talk about who moves, it gets tense. Her job is harder
to do remotely, but my whole support network is here, including my mum, who isn't well. I don't
want to be the one who refuses to compromise, but I also don't want to move and then resent it.

We both end up saying "we'll figure it out", and then nothing happens. How do couples actually
make this kind of decision fairly?
""",
        "answers": [
            {
                "specialist": "dr.kenji.mori",
                "body": """
This is one of the biggest decisions a long-distance couple faces, and the tension you're
describing makes sense: you're both weighing real things, and neither option is free. The fact
that it keeps getting postponed usually means the conversation feels too big to have all at
once. It can help to break it into smaller pieces.

**Step one: list what matters, separately.** Each of you writes down your non-negotiables, your
strong preferences and the things you could let go of. For you that might include being near
your mum; for her, a role she has worked hard for. Share the lists without debating them yet.

**Step two: get curious about the options.** Are there more than two? Could one of you move with
a plan to review after a year? Could her employer consider partial remote work? Could you both
move somewhere new?

**Step three: talk about feelings, not just logistics.** What would you each need to not feel
resentful? Naming the fear out loud ("I'm scared I'll lose my support system") often takes the
heat out of it.

**Step four: set a date.** "We'll decide by March" turns an endless maybe into a plan.

If you keep getting stuck, a few sessions with a couples therapist can provide a neutral space
for exactly this kind of decision.
""",
                "references": [],
                "votes": 12,
                "helped": False,
            },
        ],
    },
    {
        "title": "Should I tell someone I've just started dating that I'm in therapy?",
        "category": "dating",
        "tags": ["trust", "vulnerability", "boundaries"],
        "asker": "ethan.walsh",
        "anonymous": True,
        "body": """
I've been seeing a counsellor for about a year, mostly about anxiety and some things from my
childhood. It's helped a lot, and honestly I'm proud of the work I've done.

I've now been on a handful of dates with someone new, and it's going well. Last time, they
mentioned a friend who "needs therapy", said in a slightly jokey way, and I felt myself go
quiet. I didn't say anything.

Part of me wants to be open about it, because it's a big part of my life and I go every Tuesday
evening, so it'll come up. Another part of me worries they'll see me as damaged or
high-maintenance before they really know me.

Is there a right time to share something like this? Do I owe it to them, or is it private?
""",
        "answers": [
            {
                "specialist": "nadia.haddad",
                "body": """
It's lovely to hear that therapy has helped and that you feel proud of it. That pride is worth
holding on to as you think about this.

There's no rule that says you owe a new partner this information, and there's no single right
moment. It's your story, and you get to decide when and how to share it. Many people find it
helps to think of disclosure as gradual rather than one big announcement.

Some thoughts that might help:

- **Start with the light version.** You could mention it as a simple fact: "I can't do Tuesday
  evenings, that's when I see my counsellor." How they respond to a matter-of-fact comment will
  tell you a lot.
- **Share the deeper parts when trust has grown.** You don't need to explain what you work on
  until you want to.
- **Notice their values.** The "needs therapy" comment may have been careless rather than
  unkind. If it bothers you, you could gently say so later. Someone who's right for you will be
  able to hear it.

Looking after your wellbeing is not a sign of being damaged. It's a sign of someone who takes
relationships, including the one with themselves, seriously. The right person is likely to see
it that way too.
""",
                "references": [],
                "votes": 20,
                "helped": True,
            },
        ],
    },
    {
        "title": "How do I get past first-date nerves that make my mind go completely blank?",
        "category": "dating",
        "tags": ["first-dates", "anxiety", "confidence"],
        "asker": "ethan.walsh",
        "anonymous": False,
        "body": """
I'm 27 and I've been on maybe eight first dates this year. Messaging is fine; I'm quite chatty
over text. But the moment I sit down across from someone, my mind empties. I forget the
questions I'd planned, I answer in one or two words, and then I spend the whole walk home
replaying every silence.

Two people have politely told me afterwards that they didn't feel a connection, which is fair
enough, but I'm sure it's because I come across as cold or bored when really I'm just nervous.

Friends say "just be yourself", but I don't know how to do that when my body is in full panic
mode. Are there practical things that help with this? I'd love to actually enjoy dating instead
of dreading it.
""",
        "answers": [],
    },
    {
        "title": "She's wonderful, but I don't feel a spark yet. How long should I give it?",
        "category": "dating",
        "tags": ["first-dates", "dating-again", "commitment"],
        "asker": "daniel.osei",
        "anonymous": False,
        "body": """
I've been on five dates with a woman I met through a friend. On paper she's everything I've said
I wanted: kind, funny, wants a family, lives nearby. We never run out of things to talk about,
and I genuinely look forward to seeing her.

But I don't feel that rush I've felt with people in the past. No butterflies, no checking my
phone for her messages. It's calm and comfortable.

Some friends tell me a spark is overrated and that calm is what healthy feels like. Others say
if it isn't there by now, it never will be, and I'm wasting her time. I don't want to lead her
on, but I also don't want to walk away from something good just because it doesn't feel
dramatic.

How do you tell the difference between no chemistry and a slow burn?
""",
        "answers": [
            {
                "specialist": "priya.raman",
                "body": """
This is such a thoughtful question, and the fact that you're weighing her feelings as well as
your own says a lot.

You're right that there are two possibilities here, and five dates is often too early to tell
them apart. Sometimes the intense rush we've felt before was partly anxiety: the uncertainty of
not knowing where we stood. When someone is consistent and kind, that anxious edge is missing,
and it can feel like something's missing too. Calm can be an unfamiliar kind of good.

On the other hand, attraction does matter, and it's fine to want it. A few questions to sit
with:

- Do you enjoy physical closeness with her, even if it isn't fireworks?
- When you imagine her with someone else, what do you feel?
- Are there moments, like when she laughs, or talks about something she loves, when you feel
  drawn towards her?

If the answers are mostly warm, a slow burn is quite possible. Give it a few more dates, ideally
doing something new together, since novelty and shared adventure can help attraction grow.

If the answers are mostly neutral, it's kind to be honest sooner rather than later. Either way,
you're not wasting her time by taking a few more weeks to find out. You're being careful with
something that matters.
""",
                "references": [
                    "Fisher, H. (2004). Why We Love: The Nature and Chemistry of Romantic Love. "
                    "Henry Holt.",
                ],
                "votes": 13,
                "helped": False,
            },
        ],
    },
    # --------------------------------------------------------------- breakups
    {
        "title": (
            "My partner ended things saying she 'needs space to figure things out'. "
            "Does giving space mean no contact?"
        ),
        "category": "breakups",
        "tags": ["space", "no-contact", "reconciliation", "attachment"],
        "asker": "sam_rivera",
        "anonymous": False,
        "body": """
Three weeks ago my girlfriend of just over a year ended things. She said she still cares about
me but she "needs space to figure things out", and that she doesn't know what she wants right
now. She didn't say it was definitely over, and she didn't say it wasn't.

Since then I've felt completely lost. I don't know what "space" actually means. Does it mean no
contact at all? Am I allowed to text her on her birthday next week? If she messages me, should I
answer? And how long is space supposed to last: a week, a month, indefinitely?

What scares me most is that if I reach out, I'll push her further away. But if I say nothing, I
worry she'll think I don't care and simply move on.

I keep drafting messages and deleting them. How do I respect what she asked for without losing
myself while I wait?
""",
        "answers": [
            {
                "specialist": "dr.amara.okafor",
                "body": """
I'm so sorry. Being told someone needs space, without knowing whether it's a pause or an ending,
is one of the hardest places to be. You're not only dealing with a loss; you're dealing with
uncertainty, and our minds find uncertainty very difficult to tolerate.

What you're describing, drafting and deleting and worrying that silence will look like
indifference, is your attachment system doing its job. When a connection we rely on is
threatened, we're wired to try to restore it. That urge is normal. It doesn't mean you're needy;
it means she mattered.

The helpful distinction is between reaching out because it's genuinely appropriate, and reaching
out to calm your own anxiety. Messages sent to soothe a panicky moment tend to ask for
reassurance, and reassurance is exactly what someone who's asked for space often can't give yet.
That's where the risk of pushing her away lies, not in contact itself.

In the weeks ahead, it may help to:

- **Give the anxiety somewhere else to go.** Write the message you want to send in a notebook
  instead, and read it back the next day.
- **Lean on people who can hold you.** Friends, family, and if possible a counsellor of your
  own.
- **Look after the basics.** Sleep, food and movement matter more than usual. Rejection really
  does hurt, and research suggests the brain processes it in ways that overlap with physical
  pain.

Whatever she decides, you deserve steadiness in the meantime, and that's something you can start
building now.
""",
                "references": [
                    "Levine, A., & Heller, R. (2010). Attached: The New Science of Adult "
                    "Attachment and How It Can Help You Find and Keep Love. TarcherPerigee.",
                    "Kross, E., Berman, M. G., Mischel, W., Smith, E. E., & Wager, T. D. (2011). "
                    "Social rejection shares somatosensory representations with physical pain. "
                    "Proceedings of the National Academy of Sciences, 108(15), 6270–6275.",
                ],
                "votes": 22,
                "helped": False,
            },
            {
                "specialist": "priya.raman",
                "body": """
I'd like to focus on the practical side, because "space" is one of those words that means
something different to everyone.

For some people it means no contact at all for a while. For others it means fewer messages and
no conversations about the relationship. For others still, it's mainly about not being pressured
for a decision. Guessing leaves you in an exhausting limbo, so it's reasonable to ask for
clarity once, calmly and briefly. For example:

> "I want to respect what you've asked for. To help me do that, could you tell me what space
> looks like for you? Are you okay with any contact, and is there a rough time you'd like to
> check in?"

Then, whatever she says, go with it. If she doesn't reply or doesn't know, assume low or no
contact for now.

On your specific questions:

- **Her birthday:** unless she has asked for zero contact, a short, warm message with no
  questions and nothing to reply to is usually fine. "Happy birthday, I hope it's a lovely day."
  Nothing more.
- **If she messages you:** reply kindly and in proportion. Match her tone and length rather than
  treating it as an opening for the big conversation.
- **How long:** there's no standard. But it's fair to suggest a check-in point, perhaps four to
  six weeks away, so neither of you is waiting indefinitely.

Asking for clarity isn't what pushes people away; repeated pressure is. One clear, respectful
question is a very different thing.
""",
                "references": [],
                "votes": 25,
                "helped": True,
            },
            {
                "specialist": "siobhan.kelly",
                "body": """
Both answers above are wise, and I'd like to add a different emphasis: this space is for you
too.

When someone asks for time to figure things out, it's very easy for our whole life to become
organised around their decision: waiting for the phone, reading meaning into every post, putting
plans on hold. Weeks can slip by like that. But her process is something you can't control. What
you can shape is how you spend this time and what you're willing to accept.

A few questions worth asking yourself:

- **What do I need, not only what does she need?** It's okay to want clarity, and it's okay to
  have a limit. Waiting indefinitely isn't an obligation.
- **What would I be doing if I knew it was over?** Seeing friends, making plans, picking up
  things you used to enjoy. Start doing some of those now. They help whatever the outcome.
- **If she did come back, what would need to be different?** A relationship that resumes after a
  break usually needs an honest conversation about what wasn't working, not just a return to how
  things were.

Many people find that a few weeks into living their own life again, they feel less desperate for
the other person's answer and clearer about their own. That isn't giving up on her. It's making
sure that, whichever way this goes, you're still standing on your own two feet.
""",
                "references": [
                    "Fisher, B., & Alberti, R. (2016). Rebuilding: When Your Relationship Ends "
                    "(4th ed.). Impact Publishers.",
                ],
                "votes": 17,
                "helped": False,
            },
        ],
    },
    {
        "title": "How do I stop checking my ex's social media every night?",
        "category": "breakups",
        "tags": ["no-contact", "moving-on", "social-media"],
        "asker": "mei.chen",
        "anonymous": True,
        "body": """
We split up two months ago after nearly three years together. It was his decision, and I've
mostly accepted it. During the day I'm okay: I go to work, I see friends, I'm managing.

But every night in bed I end up on his profiles. I check his stories, who has liked his photos,
whether he's been tagged anywhere. Last week I saw pictures of him at a friend's barbecue
looking completely fine, and I was awake until three in the morning.

I've muted him, but I still go looking. I can't bring myself to block him because it feels so
final and dramatic, and part of me worries he'll notice and think I'm still hung up on him.
Which I suppose I am.

I know this isn't helping me. How do I actually break the habit?
""",
        "answers": [
            {
                "specialist": "dr.amara.okafor",
                "body": """
The late-night check is one of the most common parts of heartbreak, so please don't be hard on
yourself for it. It helps to understand why it's so sticky.

Each time you look, there's a small chance of finding something: a clue about how he's doing,
whether he misses you, whether there's someone new. That unpredictable "maybe" is exactly what
makes a habit hard to break. And what you find is rarely the whole truth. A photo at a barbecue
shows one moment he chose to share, not how he feels at two in the morning.

Some steps that people find genuinely helpful:

- **Add friction.** Log out of the app at night, move it off your home screen, or charge your
  phone outside the bedroom. Small barriers interrupt an automatic habit.
- **Replace the ritual.** The checking often fills a gap: the moment before sleep when
  loneliness is loudest. A podcast, an audiobook or a short journal entry can fill that gap
  instead.
- **Ride the urge.** When you feel the pull, notice it, breathe, and give it five minutes. Urges
  rise and fall like a wave.
- **Reconsider blocking.** Blocking or restricting someone isn't dramatic; it's a boundary for
  your own recovery. Many people never notice, and if he does, that's okay. Your wellbeing is
  allowed to come first.

If you slip, simply start again the next night. Breaking a habit is never a straight line.
""",
                "references": [],
                "votes": 19,
                "helped": True,
            },
        ],
    },
    {
        "title": "We broke up six months ago and I still feel stuck. Is that normal?",
        "category": "breakups",
        "tags": ["grief", "moving-on"],
        "asker": "mei.chen",
        "anonymous": False,
        "body": """
Six months ago my boyfriend of three years and I broke up. It was mostly his decision, though
I'd also felt things slipping for a while. I honestly thought I'd be over it by now.

On the surface I'm doing well. I'm working, seeing friends, going to the gym, and I've been on a
few dates. But there's a heaviness that hasn't lifted. A song in a shop can undo my whole
afternoon. I still avoid the street where his flat is. Some Sunday evenings I just sit on the
sofa feeling hollow.

My friends have started gently saying things like "you need to move on", and I feel like I'm
failing at getting over him. Is there a normal timeline for this? And how do I know if I'm
actually stuck, or just still healing?
""",
        "answers": [
            {
                "specialist": "siobhan.kelly",
                "body": """
There's no standard timeline, and six months after a three-year relationship is not a long time.
Many people find the second half of the first year surprisingly hard, because the initial shock
has worn off and the world expects you to be fine.

It may help to know that grief after a breakup usually isn't a straight line. One well-known way
of understanding grief describes us moving back and forth between two kinds of coping: facing
the loss (missing him, feeling the sadness) and rebuilding life (work, friends, dates, the gym).
Healthy grieving involves both, and the swinging back and forth is part of it, not a sign of
failure. From what you describe, you're doing a lot of the rebuilding. The Sunday evenings and
the songs are the loss side asking for some attention too.

A few gentle ideas:

- **Give the sadness a time and place.** Rather than waiting for it to ambush you, set aside a
  short time each week to write, look at old photos, or simply feel it.
- **Notice progress in small ways.** Are the hard moments a little shorter or less frequent than
  three months ago? That's healing.
- **Reclaim places slowly.** Walk down that street with a friend one day, when you feel ready.

If you find the heaviness affects your sleep, appetite or work for weeks on end, or you feel
it's getting worse rather than better, it would be worth talking to a counsellor. Not because
something is wrong with you, but because you deserve support with this.
""",
                "references": [
                    "Stroebe, M., & Schut, H. (1999). The dual process model of coping with "
                    "bereavement: Rationale and description. Death Studies, 23(3), 197–224.",
                ],
                "votes": 15,
                "helped": True,
            },
        ],
    },
    {
        "title": "My ex wants to stay friends. Is that realistic, or should I say no?",
        "category": "breakups",
        "tags": ["friendships", "boundaries", "no-contact", "space"],
        "asker": "sam_rivera",
        "anonymous": False,
        "body": """
A couple of months ago my girlfriend asked for space, and eventually she decided it was over.
I've been slowly getting used to that. Then last week she messaged to say she misses me as a
person and would love for us to be friends.

We met for coffee on Saturday. It was nice in the moment, and it felt so good to laugh with her
again. But afterwards I felt awful for days, like I'd gone back to the start.

Part of me wants any connection with her I can get. Another part of me suspects I'm only saying
yes because I'm hoping she'll change her mind. I don't want to be cold, and she's genuinely a
good person. But I'm not sure I can be "just friends" right now.

Is friendship with an ex ever realistic? And if I say no, how do I do that kindly?
""",
        "answers": [
            {
                "specialist": "priya.raman",
                "body": """
Friendship with an ex can be realistic, but it's rarely realistic straight away, and the way you
felt after that coffee is important information.

It sounds like you already know the honest answer to your own question: part of you is hoping
the friendship will become a way back. That's completely understandable, but it makes friendship
very hard, because every message becomes a clue and every meeting reopens the wound. It's not a
fair position to put yourself in.

Saying "not now" is different from saying "never". You could try something like:

> "I'm really glad you reached out, and I care about you too. Right now, being friends is too
> hard for me. I need some time to get over us. Maybe later I'll be in a place where I can be a
> good friend, and if so, I'll let you know."

That's kind, clear, and honest. It also leaves the door in your hands, which is where it
belongs.

In the meantime, it may help to ask yourself what a good friendship with her would actually look
like, and what would need to be true for you to enjoy it without hoping for more. Many people
find that after several months of real distance, the answer becomes much clearer. Some go on to
become good friends with an ex; others find they simply don't want to any more. Both are fine
outcomes.
""",
                "references": [],
                "votes": 14,
                "helped": False,
            },
        ],
    },
    {
        "title": "I was the one who ended it, so why do I feel so guilty and sad?",
        "category": "breakups",
        "tags": ["grief", "guilt", "moving-on"],
        "asker": "ethan.walsh",
        "anonymous": False,
        "body": """
Two months ago I ended a two-year relationship. She's a lovely person and she didn't do anything
wrong. Over the last six months I'd slowly realised I couldn't see a future with her, and it
felt unfair to keep going.

She was heartbroken, and I keep replaying her face when I told her. Since then I've felt a mix
of guilt and a sadness I wasn't expecting. I miss her, I miss our routines, I miss having
someone to text about my day.

I feel as if I have no right to be sad, because I made the choice. Some friends treat me like
the bad guy; others act as though I should be relieved. And sometimes I wonder whether missing
her means I made a huge mistake.

Is this normal? How do I deal with the guilt?
""",
        "answers": [
            {
                "specialist": "siobhan.kelly",
                "body": """
Yes, this is very normal, and I'm glad you asked, because the person who ends a relationship
often grieves quietly, without much permission or support.

Ending something doesn't mean it stopped mattering. You lost a companion, a routine and a future
you'd once imagined. Missing those things is grief, and grief doesn't check who made the
decision.

It might help to separate a few threads that can get tangled together:

- **Missing her is not the same as having made a mistake.** You can miss someone deeply and
  still know the relationship wasn't right. Both can be true.
- **Guilt and sorrow are different.** Guilt says "I did something wrong". Sorrow says "something
  painful happened". From what you describe, you made a hard decision honestly and with care.
  That's sorrow at causing pain, not evidence of wrongdoing.
- **Her hurt is real, and it isn't yours to fix.** Reaching out to check on her may feel kind,
  but it can make it harder for her to heal. Giving her space is often the kindest thing now.

Let yourself be sad. Talk to the friends who can hold both sides of it, and be honest with them
about how you feel rather than performing relief. Over time, most people find the guilt softens
into something gentler: a respect for what was good, and an acceptance of why it ended.
""",
                "references": [],
                "votes": 16,
                "helped": True,
            },
            {
                "specialist": "dr.amara.okafor",
                "body": """
Siobhán has put this so well. I'd add one practice that many people I work with find helpful
when guilt keeps replaying the same scene.

Try writing a letter to her that you won't send. Say everything: what you appreciated, what
you're sorry for, why you made the choice you did, and what you hope for her. The purpose isn't
to reach her. It's to give the feelings somewhere to land so they stop circling in your head at
night.

Then, if you can, write a short note to yourself as though from a kind friend who knows the
whole story. What would that friend say about how you handled a very difficult conversation?
People are often much harsher with themselves than they would ever be with someone they love.

If the guilt becomes constant, or you notice yourself second-guessing every decision in other
areas of your life too, it might be worth speaking to a counsellor for a few sessions. Being
able to make a hard choice and then live with it peacefully is a skill, and it's one that can be
strengthened.
""",
                "references": [
                    "Neff, K. (2011). Self-Compassion: The Proven Power of Being Kind to "
                    "Yourself. William Morrow.",
                ],
                "votes": 10,
                "helped": False,
            },
        ],
    },
    {
        "title": "How do we split up our friend group and shared plans after a breakup?",
        "category": "breakups",
        "tags": ["friendships", "boundaries", "moving-on"],
        "asker": "ethan.walsh",
        "anonymous": False,
        "body": """
My ex and I were together for two years and in that time our friend groups completely merged. We
have a weekly quiz team, a group chat with twelve people in it, and we're both invited to a
mutual friend's wedding in August. We even booked a group holiday for September before we broke
up.

Nobody has taken sides, which I'm grateful for, but it's awkward. People pause before mentioning
her. I've skipped the quiz three weeks running because I don't know if she'll be there, and I've
muted the group chat because seeing her messages still stings.

I don't want to lose these friends, and I don't want her to lose them either. But I also can't
keep tiptoeing around forever. Is there a fair way to handle shared friends and plans after a
breakup? Should we talk about it directly, or let it sort itself out?
""",
        "answers": [],
    },
    {
        "title": (
            "My ex got back in touch after a year. How do I know if trying again is a good idea?"
        ),
        "category": "breakups",
        "tags": ["reconciliation", "trust", "commitment"],
        "asker": "jordan.lee",
        "anonymous": True,
        "body": """
We were together for two years and broke up a year ago, mainly because they weren't ready to
commit and I wanted us to move in together. It took me a long time to get over it, but I'd
finally reached a place where I felt settled and happy on my own.

Last week they messaged to say they've been doing a lot of thinking, they've started therapy,
and they'd like to try again. They were thoughtful and didn't push. I haven't replied yet.

I never completely stopped loving them, and my heart jumped when I saw the message. But I'm
scared of going back to the same situation, waiting for a commitment that never comes. My
friends are split: half say people can change, half say I'm setting myself up to get hurt.

How can I tell whether this is worth trying?
""",
        "answers": [
            {
                "specialist": "priya.raman",
                "body": """
It makes sense that you feel both hope and fear. You loved this person, and you also remember
what it cost you to move on. Both deserve a voice.

Rather than trying to decide yes or no straight away, it might help to gather some information.
A few questions worth exploring, both with yourself and, if you choose, with them:

- **What ended it, specifically?** For you, it was a mismatch around commitment. Has that
  actually changed, and how would you know?
- **What are they offering now?** "I'd like to try again" can mean many things. It's fair to ask
  what they picture, including living together, and on what kind of timeline.
- **What has changed in you?** You've built a settled life on your own. What parts of it do you
  want to protect?

Going slowly is a perfectly reasonable option. You could meet a few times to talk, without
agreeing to get back together yet. Pay attention to consistency over weeks, not just the
intensity of early conversations. Change tends to show up in actions, repeated over time.

Whatever you decide, you've already shown you can get through losing this relationship. That
means you're choosing from a stronger place than before, not a desperate one.
""",
                "references": [],
                "votes": 12,
                "helped": False,
            },
            {
                "specialist": "siobhan.kelly",
                "body": """
I'd gently add one question that can cut through a lot of noise: if you met this person today,
as they are now, would you choose them?

Sometimes when an ex returns, we're responding partly to the past: the version of them we fell
for, the future we imagined, and the hurt we'd like to undo. None of that is wrong, but it's
worth noticing. Try writing two short lists: what draws you back, and what worries you. Look at
which items are about who they are now, and which are about who they were or who you hoped
they'd be.

It also helps to decide, before you reply, what your own bottom line is. If living together is
something you want within a certain time, it's fair to say so early, not as an ultimatum but as
honest information. Someone who has truly done the thinking they describe should be able to hear
that without retreating.

And please know that either choice can be a healthy one. Saying "I'm glad you've grown, but I've
moved on" is not a failure of love. Nor is deciding to try again with your eyes open.
""",
                "references": [],
                "votes": 8,
                "helped": False,
            },
        ],
    },
    # --------------------------------------------------------------- marriage
    {
        "title": (
            "Since our baby arrived we only talk about logistics. How do we find each other again?"
        ),
        "category": "marriage",
        "tags": ["new-baby", "intimacy", "division-of-labour"],
        "asker": "aisha_m",
        "anonymous": False,
        "body": """
Our son is seven months old and we adore him. But my husband and I have turned into a very
efficient little company. Our conversations are about feeds, nappies, who's doing nursery
pick-up, and whether we're out of washing tablets again.

We haven't had a proper conversation about anything else in weeks. When he gets home we do a
handover like nurses changing shifts, and by the time the baby is asleep we're both too tired to
do anything but scroll on our phones on opposite ends of the sofa.

There's no big problem. We're not fighting much. I just miss him, even though he's right there.
I'm worried that if we let this go on, we'll wake up in five years as co-parents who happen to
share a house.

How do couples reconnect during the baby years when there's no time or energy for grand
gestures?
""",
        "answers": [
            {
                "specialist": "lucia.fernandez",
                "body": """
What you're describing is one of the most common experiences of new parenthood, and the fact
that you miss him is a good sign. It means the connection is still there; it just has nowhere to
go right now.

The good news is that reconnection in the baby years is rarely about grand gestures. It's about
small, frequent moments of turning towards each other. A few ideas that fit into tired lives:

- **A ten-minute check-in that isn't logistics.** Once the baby is asleep, before the phones
  come out, sit together and ask one real question: "What was the best and hardest part of your
  day?" Then just listen.
- **Separate the handover from the hello.** When he gets home, greet each other properly first,
  a hug and a few words, before any baby updates.
- **Notice and say what you appreciate.** Sleep-deprived parents mostly hear what's gone wrong.
  "I saw how patient you were at bath time" goes a long way.
- **Protect one small ritual.** A shared cup of tea on Saturday morning, a walk with the pram
  together, a show you only watch with each other.

It may also help to tell him exactly what you've told us: that you miss him and you don't want
to drift. Said gently, that's not a complaint; it's an invitation. Many partners are feeling the
same thing and are relieved when someone names it first.
""",
                "references": [
                    "Gottman, J. M., & Gottman, J. S. (2007). And Baby Makes Three. Crown.",
                ],
                "votes": 21,
                "helped": True,
            },
            {
                "specialist": "dr.james.whitfield",
                "body": """
Lucía's suggestions are excellent. I'd add a word about fairness, because in my experience it's
often quietly linked to the loss of closeness in the first year.

When one partner feels they are carrying more of the mental load (remembering the appointments,
noticing the washing tablets are running low, planning the week), it becomes hard to feel
romantic towards the other person, even when there's lots of love. That isn't anyone's fault; it
often just happens by default, especially if one parent has been on leave.

It might be worth sitting down together, perhaps on a weekend morning, and writing out
everything it takes to run the household and look after your son. Then look at who does what,
including the invisible tasks. The aim isn't to keep score; it's to make the load visible so you
can share it in a way that feels fair to both of you.

Couples who do this often find they have more energy for each other afterwards, because
resentment has less room to build. And please be patient with yourselves. The first year with a
baby is a real transition for any relationship. Feeling a bit lost in it doesn't mean you've
lost each other.
""",
                "references": [],
                "votes": 12,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "My husband shuts down whenever I bring up money. How can we talk about finances "
            "calmly?"
        ),
        "category": "marriage",
        "tags": ["finances", "conflict", "stonewalling"],
        "asker": "hannah.b",
        "anonymous": False,
        "body": """
We've been married seven years. We're not in debt, but we're not saving much either, and I'd
like us to make a plan. We'll need a bigger place eventually and I'd like to feel less anxious
about the future.

The trouble is that whenever I raise it, my husband goes quiet. He says "it's fine" or "can we
not do this now", or he picks up his phone. If I push, he gets defensive and says I'm making him
feel like a failure, which is not what I'm trying to do at all. Then I end up feeling like the
nag, and we both go to bed annoyed.

He grew up in a family where money was always tight and often the cause of arguments, so I think
it's a sore spot. But avoiding the topic altogether isn't working either.

How do I bring up money without it turning into a shutdown or a fight?
""",
        "answers": [
            {
                "specialist": "marcus.bell",
                "body": """
Money conversations are rarely just about money. As you've already spotted, they often carry a
lot of history. If your husband grew up with money as a source of stress and conflict, his body
may go into protection mode as soon as the topic comes up, long before the actual conversation
starts. Shutting down is often a sign of feeling overwhelmed, not of not caring.

A few approaches that tend to help:

- **Start softly.** How a conversation begins often predicts how it ends. Try opening with a
  shared hope rather than a problem: "I'd love for us to feel more relaxed about the future.
  Could we make a plan together?"
- **Pick the time on purpose.** Not at bedtime, not when one of you has just walked in. Agree on
  a time in advance, so it doesn't feel like an ambush.
- **Keep it short and specific.** Twenty minutes on one question ("how much could we put aside
  each month?") is easier than a big "we need to talk about money".
- **Name what it isn't.** "This isn't about you doing anything wrong. It's about us being a
  team." That can lower the sense of threat.
- **Agree on a pause signal.** If either of you feels flooded, it's fine to take a twenty-minute
  break and come back.

You might also invite him to share what money meant in his house growing up. Understanding his
story can turn this from a battle into something you're facing together.
""",
                "references": [
                    "Gottman, J. M., & Silver, N. (1999). The Seven Principles for Making "
                    "Marriage Work. Crown.",
                ],
                "votes": 17,
                "helped": True,
            },
        ],
    },
    {
        "title": (
            "I found messages between my wife and a coworker. Nothing physical happened, "
            "but I feel betrayed. What now?"
        ),
        "category": "marriage",
        "tags": ["infidelity", "trust"],
        "asker": "tomasz.nowak",
        "anonymous": True,
        "body": """
We've been married nine years and have two children. Last month I saw a notification on my
wife's phone and ended up reading months of messages between her and a colleague. There's
nothing sexual in them, but they talk every day about everything: our arguments, her worries,
things she hasn't told me. At one point he wrote "I wish you'd met me first", and she replied
with a heart.

When I confronted her she was upset and embarrassed. She says it was just a close friendship
that got "a bit much" and that she's already stopped it. She wants to move on.

I don't know what to feel. Part of me thinks I'm overreacting because nothing physically
happened. Another part of me feels more hurt than I've ever felt. I can't stop thinking about
all the things she told him instead of me.

How do we get past this? Is it even possible?
""",
        "answers": [
            {
                "specialist": "dr.james.whitfield",
                "body": """
I'm sorry you're going through this. What you're feeling is not an overreaction. Many people
find that emotional intimacy with someone else, sharing worries and private things and a sense
of "us", hurts every bit as much as a physical affair, sometimes more. The question isn't
whether it counts. It's what it means to you, and what you both need now.

It is possible to get through this, and many couples do. But it usually takes more than "moving
on". A few things tend to matter:

- **Honest answers to your questions.** You'll likely have questions about what happened and
  why. It helps if your wife can answer them openly, without you feeling you have to
  investigate.
- **Clear boundaries going forward.** What does "stopped" look like in practice, especially if
  they still work together? Agreeing on that together can help rebuild a sense of safety.
- **Understanding, not just apology.** Eventually, it helps for both of you to look at what was
  missing between you that made that connection feel so important to her. That is not to blame
  you; it's to make sure the marriage can meet those needs.
- **Time.** Trust comes back gradually, through consistent actions over months.

I would strongly suggest working with a couples therapist who has experience with infidelity.
This is a lot to navigate on your own, and a neutral space can help you both be heard.
""",
                "references": [
                    'Glass, S. P. (2003). Not "Just Friends": Rebuilding Trust and Recovering '
                    "Your Sanity After Infidelity. Free Press.",
                ],
                "votes": 19,
                "helped": True,
            },
            {
                "specialist": "marcus.bell",
                "body": """
Dr. Whitfield has covered the path forward well. I want to speak to the part of you that's
hurting right now, because I hear a lot of men in your position try to minimise their pain
because "nothing happened".

Something did happen. The person you trust most shared her inner world with someone else, and
kept that from you. It makes complete sense that you feel shaken, and you don't need to talk
yourself out of it.

In these early weeks, a few things can help you stay steady:

- **Find your own support.** A trusted friend, a counsellor, someone you can speak to honestly
  without having to protect your wife's image.
- **Pace the conversations.** You don't need to resolve everything in one night. Agree with her
  on a time each day or every few days to talk, and give yourselves breaks in between.
- **Notice the reading and rereading.** It's very normal to go back over the messages. But each
  rereading tends to reopen the wound. If you can, step back from them.
- **Let her see your hurt, not only your anger.** It's often the hurt underneath that helps the
  other person truly understand what was lost.

It's okay not to know yet how you feel about the future. Give yourself time to find out.
""",
                "references": [],
                "votes": 11,
                "helped": False,
            },
            {
                "specialist": "lucia.fernandez",
                "body": """
I'd like to add a thought about your wife's wish to "move on", because it's one of the most
common sticking points I see.

When the partner who crossed a line wants to move on quickly, it's usually not because they
don't care. Often it's shame. Talking about it is painful, and they hope that if they can just
get back to normal, the hurt will fade. Unfortunately, for the hurt partner, moving on too fast
can feel like being asked to pretend nothing happened.

It might help to say something like: "I want us to get through this. But I can't move on until I
feel you understand how much this hurt me." That frames it as a shared goal, not a punishment.

Research and clinical experience both suggest that recovery tends to go best when the partner
who strayed can stay present with the other's pain, again and again if necessary, without
becoming defensive. That's hard, and it often needs help. A couples therapist can support her to
do that, and support you to express your hurt in a way she can take in.

Finally, don't lose sight of the fact that she ended it and is still there. That's something to
build on, when you're ready.
""",
                "references": [
                    "Perel, E. (2017). The State of Affairs: Rethinking Infidelity. Harper.",
                ],
                "votes": 8,
                "helped": False,
            },
        ],
    },
    {
        "title": "Is it normal to feel more like roommates than partners after ten years?",
        "category": "marriage",
        "tags": ["intimacy", "loneliness"],
        "asker": "hannah.b",
        "anonymous": True,
        "body": """
My husband and I have been together for ten years, married for seven. We get on fine. We don't
argue much, we split the chores, we watch the same shows. Our friends think we're the stable
couple.

But somewhere along the way we stopped being close. We rarely touch apart from a quick kiss
goodbye. We don't really ask each other how we're feeling, and I can't remember the last time we
laughed together about something silly. We've become very good housemates.

I don't want to leave, and I'm not even sure he's noticed. I feel a bit ridiculous complaining
when nothing is actually wrong. But I feel lonely in my own marriage, and that scares me.

Is this just what long-term relationships turn into? Or is there a way to get the closeness
back?
""",
        "answers": [
            {
                "specialist": "lucia.fernandez",
                "body": """
You're not ridiculous at all. Feeling lonely next to someone you love is one of the most painful
feelings in a relationship, and it's very common after many years together. It doesn't mean your
marriage is failing; it means it has drifted, and drift can be reversed.

Long-term relationships often slide into "parallel lives" not because people stop caring, but
because daily life rewards efficiency. Over time, the small bids for connection (a question, a
touch, a shared joke) get missed or stop being made. Neither person decides to pull away; it
just happens.

Some steps to gently reverse the drift:

- **Tell him, softly.** Something like: "I love our life, and I miss feeling close to you. I'd
  like us to find that again." Speak from your longing, not from criticism.
- **Start with small bids.** Reach for his hand on the sofa. Ask a question you don't know the
  answer to. Send him a message about something that made you think of him.
- **Do something new together.** Shared novelty (a class, a day trip, a new walking route) can
  rekindle a sense of being a team.
- **Notice how he responds.** If he turns towards you, even clumsily, build on that.

If you find you can't shift the pattern together, couples therapy can help. Approaches such as
Emotionally Focused Therapy are designed specifically to help partners rebuild emotional
closeness. Wanting more connection is a healthy thing to want.
""",
                "references": [
                    "Johnson, S. (2008). Hold Me Tight: Seven Conversations for a Lifetime of "
                    "Love. Little, Brown.",
                ],
                "votes": 23,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "We keep having the same argument about household chores. How do we break the loop?"
        ),
        "category": "marriage",
        "tags": ["division-of-labour", "arguments", "conflict"],
        "asker": "tomasz.nowak",
        "anonymous": False,
        "body": """
Every couple of weeks my wife and I have the same row. It usually starts with something small,
like dishes left in the sink or the bins not going out, and within five minutes it's about how I
"never notice anything" and she "has to do everything". I get defensive and list the things I
do, she gets more upset, and we both end up sulking.

The thing is, I think we both have a point. I do quite a lot, but I probably don't see half of
what she does. And she has a way of saying things that makes me feel like a child.

We've tried chore charts. They lasted about three weeks. How do couples actually stop having the
same fight over and over?
""",
        "answers": [
            {
                "specialist": "marcus.bell",
                "body": """
The fact that you can see both of you have a point is a great starting place. Recurring
arguments like this are rarely about the dishes. They're usually about something underneath:
feeling unappreciated, feeling unseen, feeling criticised. The dishes are just where it shows
up.

It can help to look at the pattern rather than the content. Here's what you describe: she raises
something, sometimes critically; you defend; she feels unheard and escalates; you withdraw. Each
reaction makes sense, and each one triggers the next. Once you both can see the loop, you can
start to step out of it together.

Some practical steps:

- **Have the conversation when it's calm.** Not in the middle of a row. Sit down and say, "We
  keep having this argument. Can we figure out what's really going on?"
- **Each share what's underneath.** She might say "I feel alone in running the house". You might
  say "I feel like nothing I do is enough". Listen without correcting.
- **Swap defending for acknowledging.** Next time she raises something, try "You're right, I
  missed that" before anything else. It often de-escalates in seconds.
- **Ask for the request, not the criticism.** It's fair to say, "It helps me when you ask me
  directly, rather than telling me what I didn't do."

Many couples find it's not the perfect system that solves this, but feeling on the same side.
""",
                "references": [],
                "votes": 15,
                "helped": True,
            },
            {
                "specialist": "lucia.fernandez",
                "body": """
Marcus has captured the emotional loop beautifully. I'd add one practical point about why chore
charts often fail, and what tends to work instead.

Most charts divide up the doing: who washes up, who does the bins. But much of the work of a
household is noticing, remembering and planning: realising the bins go out tomorrow, knowing the
kids need new shoes, keeping track of the dentist. When one partner holds most of that, they
feel exhausted even if the doing is split fairly, and the other partner genuinely may not see
it.

A better approach is to divide whole areas of responsibility rather than single tasks. For
example, instead of "Tomasz puts the bins out when asked", try "Tomasz owns bins and recycling
completely", which includes knowing the day and noticing when the bags run out. That way nobody
has to be the manager, and nobody has to be managed.

Try choosing two or three areas each to own fully for a month, then check in honestly about how
it feels. It's often the first time both partners feel like equals in the house, and it can take
a lot of heat out of the row.
""",
                "references": [],
                "votes": 10,
                "helped": False,
            },
        ],
    },
    {
        "title": "How do we handle very different needs for time with friends?",
        "category": "marriage",
        "tags": ["boundaries", "friendships"],
        "asker": "aisha_m",
        "anonymous": False,
        "body": """
My husband is a real people person. Before the baby, he'd happily see friends three or four
evenings a week, and he still wants to go out at least twice a week and have people over at
weekends. I love his friends, but I'm much more of a homebody. After a week of teaching and
looking after our son, I want quiet evenings with just us.

At the moment it's becoming a bit of a tug of war. If he goes out, I feel left behind and a
little resentful. If he stays in for me, he gets restless and I feel guilty.

Neither of us is wrong, I know that. But how do couples who are so different on this find a
balance that doesn't leave one person always giving way?
""",
        "answers": [],
    },
    # ----------------------------------------------------------------- family
    {
        "title": (
            "My mother-in-law criticises my parenting in front of everyone. How do I set a "
            "boundary without a family war?"
        ),
        "category": "family",
        "tags": ["in-laws", "boundaries", "new-baby"],
        "asker": "aisha_m",
        "anonymous": False,
        "body": """
My mother-in-law is generous and she loves our son to bits. She also has an opinion about
everything I do. He's "too warmly dressed", I'm "spoiling him" by picking him up when he cries,
I should have started solids earlier. Last Sunday at a family lunch she told my sister-in-law,
in front of me, that I'm "a bit anxious as a mother".

I've tried laughing it off. I've tried explaining why we do things the way we do. Nothing
changes, and I come away from every visit feeling small and then snap at my husband on the drive
home.

My husband says she means well and that's just how she is. He's not wrong, but I need something
to change. I don't want to cause a rift. She's his mum and she'll always be in our son's life.
How do I set a boundary without starting a family war?
""",
        "answers": [
            {
                "specialist": "nadia.haddad",
                "body": """
It sounds exhausting to feel judged every time you see her, especially in a season when you're
already tired and learning as you go. Your wish to protect the relationship while also
protecting yourself is a very healthy one. Those two goals aren't in conflict.

A few thoughts:

- **Get on the same page with your husband first.** This is the most important step. Rather than
  asking him to agree she's wrong, ask him to support you: "I know she means well. I still need
  her to stop commenting on my parenting in front of others, and I'd like us to handle it as a
  team."
- **Consider who speaks.** In many families it works best if the adult child raises things with
  their own parent. He might say, "Mum, we love how much you care. We've made our choices about
  feeding and sleep, and we'd like you to trust us."
- **Have a short, calm phrase ready.** In the moment, something like "Thanks, we've got it
  covered" and then changing the subject. You don't need to justify or explain.
- **Separate her intentions from the impact.** She may well mean well. That doesn't mean the
  impact is okay.

Boundaries often feel like conflict at first, especially in close families. But clear, kind
limits usually make relationships more sustainable, not less. It may take a few repetitions
before things shift.
""",
                "references": [],
                "votes": 20,
                "helped": True,
            },
            {
                "specialist": "lucia.fernandez",
                "body": """
Nadia's advice is spot on. I want to pick up on the drive home, because I think it's an
important detail.

When we feel hurt by someone we can't easily confront, the frustration often spills onto the
safest person nearby. Your husband then hears criticism of his mum from a partner who's upset,
and he may instinctively defend her. That leaves you feeling unsupported, and the cycle repeats.

It might help to agree on a different ritual for after visits. For example, the first ten
minutes in the car are for him to simply listen and say something like "that sounded hard",
without explaining her side. Later, when you're both calm, you can talk about what to do.

It may also help to remember that your husband is in a genuinely difficult position, between two
people he loves. Acknowledging that out loud ("I know this puts you in the middle, and I'm
sorry") can make it much easier for him to step towards you.

When couples feel like a team on in-law issues, the in-law problem itself often shrinks. You'll
still have a mother-in-law with opinions, but you won't feel alone with them.
""",
                "references": [],
                "votes": 12,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "My parents don't accept my partner because of his religion. How do I handle family "
            "events?"
        ),
        "category": "family",
        "tags": ["parents", "boundaries", "culture"],
        "asker": "mei.chen",
        "anonymous": True,
        "body": """
I've been with my boyfriend for eight months, and it's serious. We're talking about moving in
together. He's kind, patient and makes me very happy.

My parents know about him but refuse to meet him, because he's of a different faith from our
family. My mum cries when I bring him up. My dad simply leaves the room. They've made it clear
he isn't welcome at Lunar New Year, and I've been told relatives are asking questions.

I love my parents and I understand their beliefs matter to them. But I'm an adult, and I feel
like I'm being asked to choose. Every family event now comes with a knot in my stomach. Do I go
without him and pretend everything's fine? Do I stay away in protest? I don't want to lose my
family, and I don't want to hide the person I love.
""",
        "answers": [
            {
                "specialist": "nadia.haddad",
                "body": """
This is such a painful position, and one I see often: loving your family, loving your partner,
and feeling that being loyal to one means betraying the other. Please know that feeling torn
doesn't mean you're doing something wrong.

Some things that may help you find your footing:

- **Clarify your own values first.** Before deciding what to do about Lunar New Year, spend some
  time with the bigger question: what kind of relationship do you want with your parents, and
  with him, in five years? Decisions about individual events are easier when you know the
  direction.
- **Keep the door open without giving up yourself.** You might say to your parents: "I love you
  and I want you in my life. He's important to me and he isn't going away. I hope one day you'll
  meet him." Said calmly and repeated over time, that can be powerful.
- **Decide events one at a time.** Going to some family occasions alone is not the same as
  pretending. You can attend and still be honest if asked.
- **Talk openly with your partner.** How does he feel about being excluded? What does he need
  from you? Make these decisions together so neither of you carries them alone.

Many families do soften over time, especially as they see a relationship last. Others take
longer, or don't. Either way, a counsellor with experience in cross-cultural families can be a
great support while you work out your path.
""",
                "references": [],
                "votes": 18,
                "helped": True,
            },
        ],
    },
    {
        "title": "My older brother keeps borrowing money and never pays it back. How do I say no?",
        "category": "family",
        "tags": ["siblings", "boundaries", "finances", "people-pleasing"],
        "asker": "sam_rivera",
        "anonymous": False,
        "body": """
My brother is four years older than me and has always been a bit chaotic with money. Over the
last two years I've lent him around three thousand dollars in total: for rent, a car repair, a
deposit on a flat. Each time he swears he'll pay it back by the end of the month. He hasn't paid
back a cent.

Now he's asking again, and I don't want to say yes. But whenever I hesitate, he makes me feel
like the selfish younger brother who's "doing well" and won't help family. Mum also quietly
takes his side.

I love him and I don't want to fall out. But I'm starting to dread his calls, and I'm annoyed at
myself as much as at him. How do I say no without wrecking the relationship?
""",
        "answers": [
            {
                "specialist": "siobhan.kelly",
                "body": """
It's clear how much you care about your brother, and also how worn down you feel. Both of those
things can be true at once, and saying no to money isn't the same as saying no to him.

It might help to think about what's really being asked of you. Each loan has come with a
promise, and each broken promise has chipped away at your trust and your goodwill. Saying no now
is a way of protecting the relationship, so that resentment doesn't build until it spills over.

Some practical thoughts:

- **Decide before the call.** Know your answer before he asks, so you're not making the decision
  under pressure. You might decide "no more loans", or a specific small limit you're comfortable
  never seeing again.
- **Keep it short and warm.** "I love you, and I'm not able to lend money any more. I'm happy to
  help in other ways." You don't need a long explanation.
- **Offer something else if you want to.** Help with a budget, a lift to an appointment, time
  together.
- **Expect some pushback.** When a pattern changes, people sometimes push harder at first. Stay
  calm and repeat yourself rather than debating.

As for the outstanding money, it's your choice whether to raise it. Some people find peace in
mentally writing it off; others prefer a small repayment plan.

If your mum weighs in, you can be equally kind and clear with her. This is between you and your
brother.
""",
                "references": [],
                "votes": 13,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "My teenage daughter has gone quiet since her dad and I separated. How can I reach her?"
        ),
        "category": "family",
        "tags": ["children", "separation", "listening"],
        "asker": "rosa_delgado",
        "anonymous": False,
        "body": """
My husband and I separated eight months ago. Our two younger boys seem to be adjusting fairly
well, but my fifteen-year-old daughter has gone very quiet. She used to chat to me in the car
and tell me about her friends. Now she answers in single words and spends almost all her time in
her room with headphones on.

Her grades are okay and she's still seeing friends, so I don't think she's in any kind of
trouble. But it feels as though she's shut a door on me. When I try to ask how she's feeling
about the separation, she rolls her eyes and says "I'm fine, Mum".

I don't know whether to push, give her space, or get her some kind of support. I just want her
to know I'm still here. How do I reach her without making things worse?
""",
        "answers": [
            {
                "specialist": "dr.james.whitfield",
                "body": """
It's clear how much you love her and how much you miss the connection you had. Your instinct to
reach her without pushing is exactly right.

Some withdrawal is normal at fifteen, separation or not. But it's also common for teenagers to
go quiet after their parents separate, especially the eldest, who may be trying not to add to
anyone's burden. "I'm fine" can mean "I don't want to upset you" as much as "leave me alone".

A few approaches that often help with teenagers:

- **Side by side, not face to face.** Teenagers often talk more in the car, while cooking, or
  walking the dog than in a direct "how are you feeling?" conversation. Keep doing things
  together without an agenda.
- **Lower the stakes.** Instead of asking about the separation, talk about her world: music,
  friends, a show she likes. Connection first; the bigger conversations tend to follow.
- **Say it once, clearly.** Something like: "I know this year has been a lot. You don't have to
  talk about it, but whenever you want to, I'm here, and nothing you feel would upset me." Then
  let it be.
- **Protect her from adult conflict.** Make sure she isn't carrying messages between you and her
  dad, or hearing about adult disagreements.

If her withdrawal deepens, if she stops seeing friends, or if her sleep, eating or schoolwork
change noticeably, it would be worth talking to her school or a counsellor who works with young
people. Many teenagers find it easier to talk to someone outside the family.
""",
                "references": [
                    "Emery, R. E. (2004). The Truth About Children and Divorce. Viking.",
                ],
                "votes": 16,
                "helped": True,
            },
        ],
    },
    {
        "title": "How do I reconnect with my dad after years of barely speaking?",
        "category": "family",
        "tags": ["parents", "reconciliation", "grief"],
        "asker": "daniel.osei",
        "anonymous": False,
        "body": """
My dad and I haven't had a real conversation in about eight years. There wasn't one big blow-up.
He was strict and distant when I was growing up, we clashed a lot when I was in my twenties, and
after I moved to Canada we just drifted into the occasional birthday text.

Recently my aunt told me he's been unwell, nothing life-threatening, but it shook me. I realised
I don't want to look back and wish I'd tried. At the same time I feel angry about some things
from my childhood, and I don't know if I can talk to him without that coming out.

I'm not even sure what I want from him. An apology? Just a normal relationship? How do you start
reconnecting with a parent after so long, especially when there's old hurt on both sides?
""",
        "answers": [
            {
                "specialist": "dr.james.whitfield",
                "body": """
It takes courage to want to reach towards a parent after years of distance, especially when
there's hurt as well as love. It's very normal to feel both at once.

A few thoughts that might help you begin:

- **Start small and low-pressure.** A phone call to ask how he's feeling, or a message about
  something you know he cares about (football, the family, his garden), is often easier than a
  big "we need to talk". Let contact become ordinary again before anything heavier.
- **Be realistic about what he can offer.** Some parents are able to reflect on the past and
  apologise; others aren't, often because of their own upbringing. It helps to hope for the best
  while preparing for a more limited version of connection.
- **Work through the anger somewhere safe.** Your anger about childhood is valid. Writing about
  it, or talking it through with a counsellor, can help you decide what you want to say to him
  and what you'd rather work through for yourself.
- **Think about what "reconnected" means to you.** It might be a monthly call. It might be a
  visit home. It doesn't have to be everything at once.

Many adult children find that a relationship with an older parent can become something new: not
the one they wished they'd had as a child, but something honest and real in its own right.
That's worth trying for, at your own pace.
""",
                "references": [
                    "Gibson, L. C. (2015). Adult Children of Emotionally Immature Parents. "
                    "New Harbinger Publications.",
                ],
                "votes": 14,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "My wife's family speaks a language I don't, and I feel left out at every gathering. "
            "Is it fair to mind?"
        ),
        "category": "family",
        "tags": ["in-laws", "loneliness", "culture"],
        "asker": "tomasz.nowak",
        "anonymous": False,
        "body": """
My wife's family is Portuguese. They've always been welcoming to me, and her mum cooks enough
for an army whenever we visit. But at gatherings, almost everyone speaks Portuguese. They'll
switch to English for me for a few minutes, and then drift back. I end up sitting there smiling
at jokes I don't understand, sometimes for hours.

My wife translates when she remembers, but she's enjoying catching up with her family, and I
don't want to take that away from her. I've tried learning Portuguese with an app, but I'm
nowhere near following a fast family conversation.

I feel a bit petty for minding, because nobody is being unkind. But I often come home feeling
lonely and invisible. Is it fair to bring this up, and how do I do it without sounding like I'm
criticising her family?
""",
        "answers": [
            {
                "specialist": "nadia.haddad",
                "body": """
It's not petty at all. Sitting for hours in a conversation you can't follow is genuinely lonely,
even when everyone is kind. You're describing a very real experience that many people in
cross-cultural families share, and it's completely fair to want it to feel better.

It also sounds like you're being thoughtful about your wife's need to connect with her family in
her own language. That generosity matters, and it's a good foundation for a conversation.

Some ideas:

- **Talk to your wife away from gatherings.** Share how it feels rather than what others are
  doing wrong. "I love your family. At big lunches I sometimes feel invisible, and I'd love to
  find ways to feel more included."
- **Make small plans together.** Perhaps she can sit near you, give you a quick summary of the
  funny stories, or bring you into conversations with a cousin who enjoys speaking English.
- **Find one-to-one connection.** Many people find it easier to bond with in-laws in smaller
  moments: helping her mum in the kitchen, a walk with her dad. Language matters less when
  you're doing something together.
- **Keep learning, gently.** Even a few phrases can mean a lot to a family, and they're often
  delighted by the effort.

Bringing this up isn't criticising them. It's letting your wife know what you need to feel at
home in her family, which is something she probably wants too.
""",
                "references": [],
                "votes": 9,
                "helped": False,
            },
        ],
    },
    # ---------------------------------------------------------- communication
    {
        "title": "How do I bring up something that bothers me without it sounding like an attack?",
        "category": "communication",
        "tags": ["conflict", "boundaries", "listening"],
        "asker": "mei.chen",
        "anonymous": False,
        "body": """
I have a habit of letting small things build up. My boyfriend is often late, usually by twenty
minutes or so, and doesn't let me know. Each time I tell myself it's not a big deal. Then about
the fifth time, I end up snapping at him over something completely unrelated, and he's confused
because, from his point of view, I seemed fine.

I grew up in a family where nobody raised anything directly. You just went quiet and everyone
was supposed to guess. So I don't really have a model for how to say "this bothers me" calmly,
in the moment, without it turning into a big thing.

Whenever I try, I either sound apologetic and vague, or I sound like I'm accusing him. How do
people raise small issues in a way that's honest but kind?
""",
        "answers": [
            {
                "specialist": "dr.kenji.mori",
                "body": """
You've described a very common pattern: holding things in to keep the peace, until the pressure
builds and comes out sideways. Recognising it, and where it comes from, is a big first step.

The good news is that raising small things early is a learnable skill, and it actually gets
easier the smaller the issue is. Here's a simple structure many people find helpful:

1. **Describe what happened, without judgement.** "When you arrive twenty minutes after we
   agreed and I haven't heard from you…"
2. **Say how you feel.** "…I feel a bit anxious and then frustrated…"
3. **Explain what matters to you.** "…because I like being able to plan, and I want to feel like
   my time matters too."
4. **Make a clear, doable request.** "Could you send a quick text if you're running late?"

Notice there's no "you always" or "you never". It sticks to one event and one request.

Practise on low-stakes things first. It will feel awkward and a little scripted at the start;
that's fine. Over time you'll find your own words.

Also, it's okay to tell him what you told us: "I'm trying to get better at raising things early,
rather than saving them up." That invites him in as an ally, and it explains why your approach
might feel different for a while.
""",
                "references": [
                    "Rosenberg, M. B. (2003). Nonviolent Communication: A Language of Life "
                    "(2nd ed.). PuddleDancer Press.",
                ],
                "votes": 21,
                "helped": True,
            },
            {
                "specialist": "dr.amara.okafor",
                "body": """
Dr. Mori's structure is a great tool. I'd like to add a little about the feeling part, because
for people who grew up in families where things weren't said, the hardest step is often just
tolerating the discomfort of speaking up.

When you say "this bothers me", your body may react as if something dangerous is happening: a
racing heart, a wish to take it back, an urge to add "but it's fine, really". That's an old
alarm going off. It was useful in a family where raising things wasn't safe. It's less useful
now.

It may help to:

- **Expect the discomfort.** Tell yourself beforehand, "this will feel uncomfortable, and that's
  okay."
- **Keep it brief.** Say your piece in two or three sentences, then pause. You don't need to
  fill the silence or justify yourself.
- **Notice what happens next.** In a caring relationship, most small requests are received far
  better than our fears predict. Each time that happens, the alarm quietens a little.

And if you do still snap sometimes, repair matters more than perfection. "I'm sorry I snapped.
What I really meant was that the lateness has been bothering me." That's a good conversation
too.
""",
                "references": [],
                "votes": 9,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "My partner says I 'always make it about me' when they share a problem. How do I "
            "listen better?"
        ),
        "category": "communication",
        "tags": ["listening", "conflict"],
        "asker": "jordan.lee",
        "anonymous": False,
        "body": """
My partner told me last week, quite gently, that whenever they tell me about something hard, I
end up talking about myself. They gave examples. When they said their boss had been dismissive,
I launched into a story about my old manager. When they said they felt lonely after moving
cities, I talked about how lonely I was at university.

In my head I was relating, showing them I understand. But I can see now it might feel like I'm
taking the conversation away from them.

I honestly want to be a better listener. I just don't know what to do instead. If I don't share
my own experience, I worry I'll just sit there nodding and they'll think I don't care. What does
good listening actually look like?
""",
        "answers": [
            {
                "specialist": "lucia.fernandez",
                "body": """
What a caring question, and how lovely that your partner felt safe enough to tell you this
gently. That speaks well of your relationship.

You've already identified something very common: sharing a similar story is often meant as
empathy, but it can land as a change of subject. The good news is that listening well is not
about sitting silently and nodding. It's about keeping the spotlight on them for a while, and
being curious.

Some things to try:

- **Reflect what you hear.** "It sounds like your boss made you feel invisible in that meeting."
  This shows you understood, without needing your own story.
- **Ask an open question.** "What was that like?" or "What bothered you most about it?" helps
  them go deeper.
- **Name the feeling.** "That sounds really lonely." Feelings that are named often feel lighter.
- **Ask what they need.** "Do you want ideas, or do you mostly want me to listen?" Many
  arguments come from mixing up those two.
- **Save your story for later.** If your experience is relevant, you can offer it once they've
  felt heard: "I had something a bit similar once. Would it help to hear about it?"

It might feel unnatural at first. You could even tell your partner you're practising, and invite
them to nudge you if you drift. That's a lovely way of turning this into something you do
together.
""",
                "references": [
                    "Gottman, J. M., & DeClaire, J. (2001). The Relationship Cure. "
                    "Crown Publishers.",
                ],
                "votes": 17,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "We argue over text and it always escalates. Should we ban serious conversations by "
            "message?"
        ),
        "category": "communication",
        "tags": ["texting", "arguments", "long-distance"],
        "asker": "sam_rivera",
        "anonymous": False,
        "body": """
My girlfriend and I are long-distance, so a lot of our communication happens over text. Most of
the time that's fine. But whenever something tricky comes up, like plans for a visit or
something one of us said on a call, it turns into a long text argument.

She'll send a paragraph, I'll read it as angry, I'll reply defensively, she'll read my reply as
cold. An hour later we're both upset about things neither of us actually meant. Then on a video
call the next day we sort it out in ten minutes.

I've suggested we stop discussing anything serious over text, but she says that's not realistic
when we're apart so much and she doesn't want to bottle things up until we can call. Is there a
middle ground?
""",
        "answers": [
            {
                "specialist": "marcus.bell",
                "body": """
You've noticed something important: the same conversation that goes badly over text goes well on
a call. That's because so much of what makes us feel safe in a conversation, tone of voice,
facial expression, a softening smile, is missing in text. Our brains fill the gap, and under
stress they usually fill it with the worst interpretation.

Your girlfriend also has a point: in a long-distance relationship, waiting for the next call can
mean bottling things up. So a middle ground makes sense. Some ideas:

- **Use text to flag, not to resolve.** It's fine to send "something you said earlier bothered
  me, can we talk tonight?" That gets it out without trying to settle it in writing.
- **Agree on a switch signal.** If either of you notices a text exchange heating up, you can say
  "let's call". Agree in advance that this isn't avoidance; it's care.
- **Keep texts short when emotions are high.** Long paragraphs invite long defensive replies.
- **Assume good intent out loud.** "I might be reading this wrong, but it sounds like you're
  annoyed. Is that right?" Checking takes seconds and prevents a lot of spirals.

Talk these ideas through together when you're both calm, and come up with your own version.
Having a shared plan is what makes it work.
""",
                "references": [],
                "votes": 15,
                "helped": True,
            },
            {
                "specialist": "dr.kenji.mori",
                "body": """
I'd add one small habit that helps a lot of couples I work with: the "pause before send".

When you've drafted a reply in a tense exchange, wait a few minutes before sending. Then read it
back as though you're her, reading it at the end of a long day. Is there anything that could
easily be read as sarcastic, dismissive or cold? Often it's just a missing softener: "I hear
you", "I get why that bothered you", "I love you, and I'm frustrated."

It also helps to notice what you're telling yourself about her messages. When you read a
paragraph as "angry", what's the evidence in the words themselves? Sometimes it's there. Often
we're filling in a tone from our own worry. Asking "what else might she mean?" can cool things
down before you reply.

None of this means you shouldn't feel frustrated. It just gives your thoughtful self a moment to
catch up with your reactive self before you hit send.
""",
                "references": [],
                "votes": 7,
                "helped": False,
            },
        ],
    },
    {
        "title": "How do I apologise properly when I've really hurt my partner?",
        "category": "communication",
        "tags": ["apologies", "trust", "conflict"],
        "asker": "aisha_m",
        "anonymous": False,
        "body": """
Last weekend, during an argument about visiting his family, I said something cruel to my husband
about his dad. It was something he'd told me in confidence years ago, and I threw it back at him
in anger. I regretted it the second I said it.

I've said sorry several times, but he's still quiet and distant. He says he accepts the apology
but he just needs some time. I keep wanting to fix it, so I keep bringing it up, and I think
that's making it worse.

I feel terrible. I know "sorry" isn't enough on its own, but I'm not sure what else I'm supposed
to do. What does a real apology look like, and how do I give him the time he needs without
feeling like I'm doing nothing?
""",
        "answers": [
            {
                "specialist": "dr.amara.okafor",
                "body": """
The fact that you recognise exactly what you did, and why it hurt so much, is the foundation of
a real apology. Using something shared in confidence is painful because it touches trust, not
just feelings. It makes sense that he needs time, and it makes sense that you want to fix it
quickly. Both are very human.

A meaningful apology usually has a few parts:

- **Name what you did, specifically.** "I used something private you'd trusted me with, to hurt
  you."
- **Show you understand the impact.** "I imagine it made you feel betrayed, and less safe
  telling me things."
- **Take responsibility without excuses.** Avoid "but I was upset" or "you'd said something
  too".
- **Say what you'll do differently.** "When I'm that angry, I'm going to ask for a break rather
  than saying something I can't take back."

If you haven't yet said something like this fully, it may be worth doing once, calmly. After
that, the most powerful thing you can do is stop apologising for a while. Repeated apologies can
unintentionally ask him to comfort you, when he's the one who's hurt.

Giving him time isn't doing nothing. Being warm and consistent, keeping the promise you made,
and letting him come back towards you at his pace is the repair. It can be uncomfortable to
wait, so find your own support to help you hold the guilt in the meantime.
""",
                "references": [
                    "Lerner, H. (2017). Why Won't You Apologize? Healing Big Betrayals and "
                    "Everyday Hurts. Touchstone.",
                ],
                "votes": 19,
                "helped": True,
            },
        ],
    },
    {
        "title": "My husband goes silent for days after an argument. How do I get through to him?",
        "category": "communication",
        "tags": ["stonewalling", "conflict", "attachment"],
        "asker": "hannah.b",
        "anonymous": True,
        "body": """
Whenever we have a disagreement, even a fairly small one, my husband goes completely quiet. Not
just for an evening: sometimes for two or three days. He answers practical questions but won't
look at me, and he sleeps with his back to me. Then one day he acts as though nothing happened,
and we never talk about the original issue.

The silence drives me up the wall. I end up following him around the house trying to get him to
talk, which only makes him retreat further. Sometimes I get so frustrated I say things I regret,
just to get a reaction.

He says he just needs time to calm down and that I'm "too intense". I say he's punishing me. I
don't know who's right any more. How do we break this pattern?
""",
        "answers": [
            {
                "specialist": "lucia.fernandez",
                "body": """
What you're describing is one of the most common patterns couples get stuck in, sometimes called
"pursue-withdraw". One partner moves towards the other to reconnect and resolve; the other moves
away to calm down and avoid escalation. The more one pursues, the more the other withdraws, and
vice versa. Each person's move makes complete sense from the inside, and each one triggers the
other.

It helps to see this cycle as the problem, rather than either of you. You're not "too intense",
and he isn't necessarily punishing you. You're both trying to feel safe in different ways.

Some steps:

- **Talk about the cycle when you're calm.** "I think we get stuck in a loop where I chase and
  you go quiet. Can we figure out a better way?"
- **Agree on a time-out with a return time.** He gets space, but with a promise: "I need a
  couple of hours; let's talk after dinner." A pause with a return is very different from
  silence with no end.
- **Share what's underneath.** For you, it may be fear of disconnection. For him, perhaps
  feeling overwhelmed or like he can never get it right.

Emotionally Focused Therapy is specifically designed to help couples step out of this kind of
cycle. If you can't shift it together, it's well worth considering.
""",
                "references": [
                    "Johnson, S. (2008). Hold Me Tight: Seven Conversations for a Lifetime of "
                    "Love. Little, Brown.",
                ],
                "votes": 24,
                "helped": True,
            },
            {
                "specialist": "dr.amara.okafor",
                "body": """
Lucía has named the cycle so well. I want to add something for you personally, because being on
the receiving end of days of silence is genuinely painful, and it's understandable that it
brings out parts of you that you don't like.

When someone we love goes quiet, many of us experience it as a threat to the relationship. Our
nervous system reacts with urgency: fix this now. That urgency isn't a character flaw; it's a
very human response to feeling shut out. But it does make it harder to respond in the way you'd
like to.

During a silence, it might help to:

- **Turn towards yourself first.** Notice what's happening in your body and name the feeling:
  "I'm scared and lonely right now."
- **Make one clear, calm bid, and then step back.** "I'd like to talk when you're ready. I'll be
  in the kitchen." Then do something that soothes you.
- **Reach out to others.** A walk with a friend or a call with your sister can steady you while
  you wait.

Days-long silence does have an impact on a partner, and it's fair to tell him so, calmly, once
things are settled. You deserve to feel secure in your relationship, and he deserves to be able
to take space. A good agreement can honour both.
""",
                "references": [],
                "votes": 13,
                "helped": False,
            },
            {
                "specialist": "marcus.bell",
                "body": """
I'd like to speak briefly to the husband's side of this pattern, because it might help you
understand what's happening for him.

Many people who withdraw after conflict, and in my experience that's often men, describe feeling
flooded: their heart rate rises, their thoughts scatter, and they genuinely can't think
straight. Going quiet is their way of stopping things from getting worse. Unfortunately, if
they've never learnt how to come back and repair, the silence just stretches on.

So when you next talk about this, it might help to ask him, with real curiosity, what happens
for him during an argument. Does he feel overwhelmed? Criticised? Worried he'll say something he
regrets? His answer might surprise you, and it can be the start of a more compassionate
conversation.

It's also completely reasonable to ask him for two things: to tell you when he needs a break,
and to come back to the conversation within a day. Stepping away to calm down is healthy. Never
coming back isn't. A twenty-minute break doing something calming, rather than stewing, can help
him return ready to talk.
""",
                "references": [
                    "Gottman, J. M. (1994). Why Marriages Succeed or Fail. Simon & Schuster.",
                ],
                "votes": 10,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "How do we talk about wanting different things in the bedroom without making "
            "each other feel rejected?"
        ),
        "category": "communication",
        "tags": ["intimacy", "conflict", "vulnerability"],
        "asker": "hannah.b",
        "anonymous": True,
        "body": """
My husband and I have been together ten years, and our physical relationship has become a bit of
a sore topic. We want different things, both in how often and in what feels good, and we've
never really been able to talk about it openly.

When I try to bring it up, he hears it as criticism and gets hurt. When he brings it up, I feel
pressured and go quiet. So mostly we avoid the subject, which means nothing changes and there's
a low hum of tension between us.

I love him, and I'd like this part of our life to feel close and fun again rather than a source
of awkwardness. But I don't know how to start a conversation about it without one of us feeling
rejected. How do other couples do this?
""",
        "answers": [],
    },
    # ------------------------------------------------------------- self-worth
    {
        "title": "Why do I keep ending up with people who don't treat me well?",
        "category": "self-worth",
        "tags": ["patterns", "self-esteem", "attachment"],
        "asker": "fatima.idrissi",
        "anonymous": True,
        "body": """
I'm 34 and I've had four serious relationships. Looking back, they all followed a similar
pattern. At the start they were charming and attentive, and I felt incredibly lucky. Then,
slowly, I started doing more and more of the giving. I'd plan everything, forgive things I
shouldn't have, and spend a lot of time anxious about whether they were annoyed with me.

The kind, steady men I've dated, I've found "boring" and ended things after a few dates. I'm
embarrassed to admit that.

My friends say I have terrible taste in men, and they laugh, but it doesn't feel funny any more.
I want a relationship where I feel safe and respected. I just don't seem to know how to choose
one, or maybe I don't believe I deserve one.

Where does a pattern like this come from, and how do I change it?
""",
        "answers": [
            {
                "specialist": "dr.amara.okafor",
                "body": """
Thank you for being so honest. Seeing a pattern this clearly, and being willing to look at your
own part in it without beating yourself up, takes real courage.

Patterns like this usually aren't about bad taste. They're often about familiarity. We tend to
feel drawn to relationships that echo something we learned early, even when it was painful. If,
growing up, love felt like something you had to earn, or something that could be withdrawn, then
a partner who's charming but unpredictable can feel exciting and "right". A steady, kind
partner, by contrast, can feel flat, simply because it's unfamiliar.

Some things that can help to shift the pattern:

- **Notice the spark, and get curious about it.** When you feel a strong pull towards someone,
  ask: what exactly am I responding to? Is it them, or the chase?
- **Give steadiness a longer chance.** When you meet someone kind and feel "bored", try a few
  more dates and notice whether the boredom is really calm.
- **Watch for early signs.** Who's doing the giving? Do you feel relaxed or anxious around them?
  Your body often knows before your mind does.
- **Work on the belief underneath.** "Maybe I don't believe I deserve one" is worth exploring
  gently, ideally with a therapist, because it's likely to be a very old belief, not a true one.

You're not stuck. Patterns that were learned can be unlearned.
""",
                "references": [
                    "Young, J. E., & Klosko, J. S. (1993). Reinventing Your Life. Plume.",
                ],
                "votes": 22,
                "helped": True,
            },
            {
                "specialist": "nadia.haddad",
                "body": """
Dr. Okafor's answer is wonderful. I'd like to add a small, practical exercise that I often use
with clients who recognise a pattern like yours.

Take a sheet of paper and write down, for each of your four relationships, three things: what
drew you to them at the start, what the first warning sign was, and what you did when you
noticed it. Then look across all four.

Very often, people find that the things that drew them in were similar (confidence, intensity, a
sense of being chosen), and that they noticed the early signs but talked themselves out of them.
That's not foolishness; it's hope, and often a habit of putting the other person's comfort
before your own feelings.

Then, write a short list of what you want to feel in a relationship: safe, respected, relaxed,
free to say no. Keep it somewhere you can see it. When you're dating, check in with that list
rather than with the strength of the spark.

Finally, it can help to practise being treated well in friendships too. Notice who in your life
is consistently kind and reliable, and spend more time with them. Getting used to steady care in
any relationship makes it easier to recognise, and accept, in a romantic one.
""",
                "references": [],
                "votes": 14,
                "helped": False,
            },
        ],
    },
    {
        "title": "How do I stop people-pleasing in my relationship?",
        "category": "self-worth",
        "tags": ["people-pleasing", "boundaries", "self-esteem", "patterns"],
        "asker": "fatima.idrissi",
        "anonymous": False,
        "body": """
I've been with my partner for eight months and he's lovely. But I've noticed I say yes to
everything. I go along with what he wants for dinner, which friends we see, even which films we
watch, and then quietly feel resentful. When he asks what I'd like, my mind goes blank, or I say
"I don't mind" even when I do.

It's not that he's demanding. He's actually asked me several times to tell him what I want. I
just find it really hard. Saying no, or even stating a preference, makes me feel anxious, as
though I'll be seen as difficult.

I'm a nurse, so I spend all day looking after others, and I think it has spilled into
everything. How do I start having my own opinions in a relationship without feeling like I'm
being selfish?
""",
        "answers": [
            {
                "specialist": "nadia.haddad",
                "body": """
It's lovely that you've noticed this, and also that your partner is inviting you to share more
of yourself. That's a safe place to practise, which is a real gift.

People-pleasing usually starts as a sensible strategy. Somewhere along the way, you learned that
keeping others happy kept you safe or loved. It's not selfishness to want to change it; it's
giving your partner the chance to know the real you.

Some small steps to try:

- **Start with tiny preferences.** Pick something low-stakes, like choosing the film on Friday,
  and say it plainly: "I'd like to watch this one."
- **Buy yourself time.** If your mind goes blank, try "Let me think about it and I'll tell you
  in a minute." Then check in with yourself.
- **Notice the resentment.** That small flash of irritation after saying yes is useful. It's
  your preference trying to get your attention.
- **Tolerate the anxiety.** The first few times you state a need, you may feel uncomfortable. It
  usually fades as you learn that people don't leave when you express a preference.
- **Tell him what you're working on.** He's already on your side. You might even ask him to
  gently remind you when you say "I don't mind".

Given your job, it's also worth asking where you get looked after. Rest, time with people who
nourish you, and small pleasures just for you are part of this too.
""",
                "references": [
                    "Brown, B. (2010). The Gifts of Imperfection. Hazelden Publishing.",
                ],
                "votes": 18,
                "helped": True,
            },
            {
                "specialist": "dr.kenji.mori",
                "body": """
Nadia's steps are excellent. I'd like to add a CBT-style experiment that can help with the
anxiety part.

People-pleasing is often kept going by a prediction: "If I say what I want, he'll be annoyed, or
think I'm difficult." Because you never test it, the prediction never gets challenged, and the
anxiety stays.

So try this for two weeks. Each time you plan to state a preference, write down beforehand what
you predict will happen and how strongly you believe it, from 0 to 100. Then do it. Afterwards,
write down what actually happened.

Most people find their predictions are much gloomier than reality. Seeing that in writing, again
and again, gradually teaches your brain that it's safe to have an opinion. And if your
prediction does sometimes come true, that's useful information too: you'll find you can cope
with someone being mildly disappointed, which is a very freeing discovery.

Be patient with yourself. You're changing a habit that has been with you for a long time.
""",
                "references": [
                    "Burns, D. D. (1980). Feeling Good: The New Mood Therapy. William Morrow.",
                ],
                "votes": 11,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "I keep comparing my relationship to everyone's highlight reel online. How do I stop?"
        ),
        "category": "self-worth",
        "tags": ["comparison", "social-media", "self-esteem", "jealousy"],
        "asker": "jordan.lee",
        "anonymous": False,
        "body": """
My partner and I are happy, I think. We've been together two years, we live together, and day to
day things are good. But whenever I go on social media, I see couples on surprise weekend trips,
elaborate anniversary posts, proposals on beaches. And I start to feel like we're doing
something wrong.

My partner isn't very into big gestures. They show love by making me tea in the morning and
fixing my bike. I know that's love. But then I see someone's "five-year anniversary, he planned
the whole trip" post and I feel a twinge of something, and sometimes I'm short with my partner
afterwards without quite knowing why.

I'm embarrassed by this. How do I stop measuring my relationship against strangers on the
internet?
""",
        "answers": [
            {
                "specialist": "dr.kenji.mori",
                "body": """
Please don't be embarrassed. Comparison is a very human tendency; we're social creatures, and
our minds constantly check how we're doing relative to others. Social media just gives that
tendency an endless supply of carefully chosen, beautifully lit material.

It can help to remind yourself what you're comparing. You know the whole of your relationship:
the tea, the bike repairs, the ordinary Tuesday evenings, and also the disagreements. Online,
you see one edited moment of someone else's. It's a bit like comparing your full diary with
someone else's holiday postcard.

Some practical steps:

- **Notice the trigger.** When you feel that twinge, pause and name it: "I'm comparing again."
  Then ask what you're actually longing for. Is it a trip? Feeling special? Being surprised?
- **Share the longing, not the comparison.** If you'd love a weekend away, say so to your
  partner directly. That's a much kinder conversation than being short with them.
- **Curate your feed.** Mute accounts that reliably leave you feeling worse. It's fine to
  protect your attention.
- **Practise noticing your own moments.** Each evening, note one small way your partner showed
  love that day. Over time, your mind starts to notice what you have, not just what's missing.

It's very possible that your relationship is quietly, deeply good. The tea every morning counts.
""",
                "references": [
                    "Chapman, G. (1992). The Five Love Languages. Northfield Publishing.",
                ],
                "votes": 16,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "After being cheated on, I can't stop wondering what was wrong with me. How do I "
            "rebuild my confidence?"
        ),
        "category": "self-worth",
        "tags": ["infidelity", "self-esteem", "confidence", "comparison"],
        "asker": "daniel.osei",
        "anonymous": True,
        "body": """
About a year and a half ago I found out my partner of eleven years had been seeing someone else
for most of our last year together. I ended it straight away, and I know that was the right
thing to do.

But I still haven't been able to stop comparing myself to him. I looked at his profile (I know,
I know). He's younger, he seems more confident, more fun. I keep replaying that last year,
wondering what I did wrong, whether I wasn't attractive enough or interesting enough.

Logically I know her choices were hers. But emotionally I feel like I've been found lacking, and
now that I've started dating again I notice I doubt myself constantly, even at work and with
friends. I used to feel reasonably good about who I was. How do I get that back?
""",
        "answers": [
            {
                "specialist": "priya.raman",
                "body": """
I'm so sorry. Being betrayed by someone you trusted shakes not just your relationship but your
sense of yourself. It makes complete sense that your mind is still searching for reasons, and
that it turns the search inwards. It's trying to make sense of something that doesn't make
sense, and to protect you from being hurt like this again.

But it's worth saying clearly: her decision to be unfaithful tells you about her choices, her
ways of coping, and perhaps her struggles. It is not a verdict on your worth. People are
unfaithful to partners who are attractive, interesting and loving all the time.

Some ways to start rebuilding:

- **Notice the comparison loop and step out of it.** When your mind goes to him, try saying
  "comparing again" and gently bring your attention to something in front of you. And if you
  can, stop looking at his profile. It only feeds the loop.
- **Collect evidence of who you are.** Ask two or three trusted friends what they value about
  you. Write it down. Read it on hard days.
- **Do things that remind you of your competence.** A skill, a hobby, a challenge. Confidence
  often comes back through doing, before it comes back through feeling.
- **Be kind to yourself about the time it takes.** After eleven years together, there's no
  deadline for this.

If the self-doubt continues to spread into work and friendships, a counsellor can help you
untangle what belongs to this betrayal and what might be older.
""",
                "references": [
                    "Neff, K. (2011). Self-Compassion: The Proven Power of Being Kind to "
                    "Yourself. William Morrow.",
                ],
                "votes": 21,
                "helped": True,
            },
            {
                "specialist": "dr.amara.okafor",
                "body": """
Priya has said so much of what I'd want to say. I'll add just one thing, about the phrase "found
lacking".

After a betrayal, many people experience a deep sense of shame, the feeling of being not enough,
even though they weren't the one who did something wrong. Shame is very persuasive. It tells us
the problem is who we are, rather than what happened to us. And it tends to make us hide, which
is why you may notice yourself pulling back at work and with friends.

The antidote to shame is usually connection and kindness rather than argument. Try speaking to
yourself as you would to a close friend who'd just told you this story. You probably wouldn't
tell him he wasn't interesting enough. You'd tell him he deserved honesty, and that he was brave
to leave.

It may also help to share what you're feeling with one or two people you trust. Saying "I feel
like I wasn't enough" out loud, and hearing a loving response, can loosen shame's hold in a way
that thinking alone often can't.

You made a strong, self-respecting choice when you ended it. That part of you is still there.
""",
                "references": [],
                "votes": 12,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "Is it okay to be single for a while, even though everyone keeps asking when I'll "
            "settle down?"
        ),
        "category": "self-worth",
        "tags": ["loneliness", "self-esteem", "parents"],
        "asker": "ethan.walsh",
        "anonymous": False,
        "body": """
After a breakup last year and a long run of first dates that went nowhere, I've decided I want
to take a break from dating. Honestly, I'm relieved. I've got more time for friends, I've
started climbing again, and I'm sleeping better.

The problem is everyone else. My mum asks at every family dinner whether I've "met anyone nice".
My nan has started saying she hopes she'll see me married. My friends are pairing off and some
have started trying to set me up.

Sometimes I wonder if they're right and I'm just avoiding things. Other times I feel genuinely
content. But the constant questions make me feel like being single is a problem to be solved. Is
it okay to just not be looking for a while? And how do I answer the questions without getting
defensive?
""",
        "answers": [
            {
                "specialist": "priya.raman",
                "body": """
Yes, it's absolutely okay. Time on your own, especially after a breakup and a tiring stretch of
dating, can be one of the most valuable seasons of your life. It sounds as though you're already
feeling the benefits: more time with friends, climbing, better sleep. Those are signs of a
choice that's good for you.

On the question of whether you're avoiding things, a helpful test is to ask yourself whether
you're moving towards something or away from something. Resting, reconnecting with yourself and
enjoying your life is moving towards. Staying single because you're afraid of being hurt is
moving away. Only you can tell which it is, and it might be a bit of both. That's fine too.

As for the questions, a light, warm answer usually works best. For example: "Not at the moment,
and I'm really enjoying having time for myself." If someone pushes, you can smile and change the
subject: "I'll let you know! How's your garden?"

Your family is probably asking because they love you and want you to be happy. You can show them
you are happy, just not in the shape they expected.
""",
                "references": [],
                "votes": 19,
                "helped": True,
            },
            {
                "specialist": "nadia.haddad",
                "body": """
I'd add a thought about the family side. In many families, asking about relationships is a way
of showing care, and sometimes it carries the hopes or worries of an older generation. Your
nan's comment may be less about you and more about her own wish to see the family continuing.

If the questions are weighing on you, it can help to have a quiet conversation with your mum
rather than answering in the moment. Something like: "I know you ask because you care. I'm
really happy at the moment, and the questions make me feel like I'm doing something wrong. Could
we talk about other things?" Most parents, hearing that, will soften.

It can also help to share what is going on in your life. When family only hear "no news" about
dating, that's all they have to ask about. Tell them about the climbing, your friends, work.
Giving them a fuller picture of your life shows them there's plenty to be glad about.

Being content on your own is a real achievement, and it also tends to make future relationships
healthier when you do choose to date again.
""",
                "references": [],
                "votes": 10,
                "helped": False,
            },
            {
                "specialist": "dr.kenji.mori",
                "body": """
A brief addition on the doubt that creeps in ("maybe they're right and I'm avoiding things").

Thoughts like that tend to get louder after a comment from someone else, and quieter when we're
busy doing things we enjoy. That's worth noticing. If you feel content most of the time and
doubtful mainly after family dinners, the doubt may be more about their expectations than your
own wishes.

One simple exercise: write down what you'd want your life to look like in a year, in a few
areas: friendships, health, work, fun, and yes, relationships. Not what you think you should
want, but what you actually want. Then look at whether your current choices fit.

If a relationship appears on that list, you can decide when and how you'd like to work towards
it. If it doesn't right now, you can answer the questions with a clear conscience. Either way,
you're steering your own life, which is exactly what a break is for.
""",
                "references": [],
                "votes": 6,
                "helped": False,
            },
        ],
    },
    {
        "title": "How do I accept compliments from my partner without brushing them off?",
        "category": "self-worth",
        "tags": ["confidence", "self-esteem", "vulnerability"],
        "asker": "daniel.osei",
        "anonymous": False,
        "body": """
I've been seeing someone for a few months now and it's going really well. She's very
affectionate and generous with compliments. She tells me I'm handsome, that I'm good at my job,
that she admires how I look after my younger brother.

And every single time, I deflect. I make a joke, or say "nah, not really", or change the
subject. Last week she said, half-laughing, "why can't you just take a compliment?" and I didn't
have an answer.

I think it comes from growing up in a house where praise was rare and showing off was frowned
upon. Accepting a compliment feels arrogant somehow, or like I'm going to be caught out. But I
can see that brushing her off might feel like I'm rejecting her kindness.

How do I learn to just say thank you and mean it?
""",
        "answers": [],
    },
    # ---------------------------------------------------------------- divorce
    {
        "title": "How do we tell our children we're separating?",
        "category": "divorce",
        "tags": ["children", "co-parenting", "separation"],
        "asker": "tomasz.nowak",
        "anonymous": True,
        "body": """
After a lot of thought and a few months of counselling, my wife and I have decided to separate.
It's been a sad but fairly calm decision, and we both want to do this as gently as possible for
our kids, who are six and nine.

We haven't told them yet. I'll be moving out in the next few months, and we want to share the
news before anything changes at home. But I keep imagining their faces and I feel sick.

How much should we tell them? Should we do it together? What do we say when they ask why? Our
nine-year-old asks a lot of questions and will definitely want to know whose fault it is. I want
to be honest without burdening them with adult stuff.

Any guidance on how to have this conversation would mean a lot.
""",
        "answers": [
            {
                "specialist": "dr.james.whitfield",
                "body": """
The care you're both putting into this will make a real difference to your children. How parents
handle separation, and especially how much conflict children are exposed to, matters much more
for children's wellbeing than the separation itself.

Some guidance that many families find helpful:

- **Tell them together, if you can.** Seeing both parents calm and united sends a powerful
  message: we're still your parents, and we'll still look after you.
- **Keep it simple and age-appropriate.** Something like: "Mum and Dad have decided we'll be
  happier living in two homes. We both love you very much, and that will never change. This is a
  grown-up decision, and it's not because of anything you did."
- **Be concrete about what happens next.** Children cope better when they know the practical
  details: where Dad will live, when they'll see him, that they'll still go to the same school.
  Bring a calendar if that helps.
- **On "whose fault is it":** you can say, "It isn't anyone's fault. Sometimes grown-ups decide
  they can't be married any more, even though they both tried." Avoid sharing adult reasons or
  blame.
- **Expect different reactions.** Tears, anger, questions, or apparent indifference are all
  normal. Let them know they can ask questions any time.

Pick a time when you'll all be together for the rest of the day, not just before school. And
look after yourselves too: this is a sad day for you both.
""",
                "references": [
                    "Emery, R. E. (2004). The Truth About Children and Divorce. Viking.",
                ],
                "votes": 23,
                "helped": True,
            },
            {
                "specialist": "siobhan.kelly",
                "body": """
Dr. Whitfield has covered the conversation itself so well. I want to add a few thoughts about
the weeks that follow, because telling them is the beginning rather than the end.

Children often take in news like this in pieces. Your six-year-old may seem fine on the day and
then ask a surprising question three weeks later at bedtime. Your nine-year-old might ask the
same question many times. That's not a sign it went badly; it's how children process. Answer
patiently and consistently, and if you're not sure, it's fine to say "That's a good question.
Let me talk to Mum and we'll answer it together."

A few other things that help:

- **Keep routines steady.** Familiar bedtimes, meals and activities give children a sense of
  safety when other things are changing.
- **Let them love both homes.** When you move, help them set up their space in your new home,
  with some of their own things. Speak warmly about their time with their mum.
- **Tell the school.** Teachers can keep an eye out and offer support.

And please make room for your own feelings. Imagining their faces and feeling sick is your love
for them. You don't have to hide sadness entirely; children benefit from seeing that parents can
be sad and still be okay.
""",
                "references": [
                    "Ahrons, C. (1994). The Good Divorce. HarperCollins.",
                ],
                "votes": 14,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "My co-parent and I can't agree on anything. How do we communicate for the kids' sake?"
        ),
        "category": "divorce",
        "tags": ["co-parenting", "conflict", "boundaries"],
        "asker": "tomasz.nowak",
        "anonymous": False,
        "body": """
My ex-wife and I separated last year. The kids are doing okay, but communication between the two
of us is awful. Every message about pick-up times turns into a dig about something else. She
thinks I'm too relaxed about screen time and bedtimes; I think she schedules too many
activities. We've had two arguments at handovers in front of the children, and I hated seeing
their faces.

We both love the kids and we both want to do right by them. But we seem to bring out the worst
in each other, and everything feels like a fight about who was to blame for the marriage.

How do other co-parents make it work when there's this much tension? Is there a way to keep
things civil even if we'll never be friends?
""",
        "answers": [
            {
                "specialist": "marcus.bell",
                "body": """
I respect that you noticed your children's faces at handover, and that you want to change this
for their sake. That's the right compass.

When a marriage ends with hurt on both sides, it's very common for every conversation about the
kids to carry echoes of the old relationship. One approach that helps many families is to treat
co-parenting more like a respectful business partnership than a personal relationship. You don't
need to be friends. You need to be reliable, polite and focused on the children.

Some practical steps:

- **Keep messages brief, informative, friendly and firm.** For example: "Hi, I can collect the
  kids at 5 on Friday instead of 6. Does that work? Thanks." No commentary, no history.
- **Use a shared calendar or a co-parenting app.** Putting logistics in one place cuts down on
  back-and-forth.
- **Keep handovers short and warm.** A smile, a quick update, and goodbye. Save anything
  contentious for a planned conversation, never in front of the kids.
- **Pick your battles.** Small differences between homes, like bedtimes or screen rules, are
  usually fine for children. Focus on the few things that truly matter, such as safety, school
  and health.
- **Consider a mediator.** If you can't agree on big issues, a family mediator can help you make
  a parenting plan without it becoming a fight.

It may take months for the heat to come down. Consistency on your side helps even if she takes
longer.
""",
                "references": [],
                "votes": 18,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "I'm newly divorced at 52 and my whole social life revolved around being a couple. "
            "Where do I start?"
        ),
        "category": "divorce",
        "tags": ["loneliness", "friendships", "dating-again"],
        "asker": "rosa_delgado",
        "anonymous": False,
        "body": """
My divorce was finalised in the spring after twenty-four years of marriage. For most of that
time, our social life was built around other couples: dinners, barbecues, holidays with the same
three families. Since the separation, the invitations have mostly dried up. A couple of the
wives still check on me, but the group events have quietly moved on without me.

My kids are wonderful, but two of them are still at home and I don't want to lean on them for
company. Weekends when they're with their dad are the hardest. The house is very quiet.

I'm not ready to date, and I'm not sure I want to for a long while. But I'd like to have a life
again. I just don't know how to make friends at 52, on my own, after so long. Where does someone
start?
""",
        "answers": [
            {
                "specialist": "marcus.bell",
                "body": """
First, I want to acknowledge how big this loss is. Divorce often brings a second, quieter loss:
the social world that came with the marriage. Many people are caught off guard by it, and it can
hurt as much as the separation itself. You haven't done anything wrong; couples' circles just
tend to rearrange themselves.

Making friends in midlife is absolutely possible, but it takes a slightly different approach
than it did when you were younger. Friendships now tend to grow through repeated contact around
a shared interest. Some ideas:

- **Choose one regular activity.** A walking group, a choir, a book club, volunteering, a class
  at the community college. The key is regularity: seeing the same faces every week.
- **Plan your kid-free weekends in advance.** Those are your most vulnerable times. Fill at
  least one slot with something: a class, a coffee, a trip to a museum.
- **Follow up with the people who reach out.** The wives who check on you may welcome a
  one-to-one friendship outside the couples' group. Suggest a lunch.
- **Look for people in the same season.** Divorce support groups or meetups for people starting
  over can be a source of real understanding, and many lasting friendships start there.

It will feel awkward at first, and some attempts won't click. That's normal. Give each new
activity a couple of months before judging it. You're building a life that fits who you are now,
and that takes a little time.
""",
                "references": [],
                "votes": 15,
                "helped": False,
            },
        ],
    },
    {
        "title": "Is it normal to grieve a marriage I chose to leave?",
        "category": "divorce",
        "tags": ["grief", "separation", "guilt"],
        "asker": "rosa_delgado",
        "anonymous": False,
        "body": """
I was the one who asked for the divorce. The marriage had been unhappy for years. We'd tried
counselling twice, and I know with my whole heart that leaving was right for me and, in the long
run, for the kids.

So I'm confused by how sad I am. Some nights I cry about things I haven't thought about in
years: our first apartment, the day our eldest was born, the way he used to sing badly in the
car. I miss the family we were in the good years.

My sister says I shouldn't feel sad because I got what I wanted. My friends expected me to be
relieved, and I am, partly. But the grief catches me off guard, and I've started wondering if it
means I made a mistake.

Is it normal to grieve something you chose to end?
""",
        "answers": [
            {
                "specialist": "siobhan.kelly",
                "body": """
Yes, it's completely normal, and I'd go further: it makes sense. You didn't only leave an
unhappy marriage. You also said goodbye to twenty-odd years of shared history, the young couple
in the first apartment, the family you were in the good years, and the future you once imagined
together. Those things were real, and it's natural to grieve them.

Choosing to end something doesn't protect us from grief. In some ways it can make it harder,
because other people don't expect us to be sad, and we may not give ourselves permission either.
Your sister may mean well, but feelings don't follow that kind of logic.

It might help to think of the sadness as a sign of how much that life meant to you, rather than
a sign that leaving was wrong. Relief and grief can sit side by side.

Some gentle ideas:

- **Let the memories come.** When a memory surfaces, you might write it down, and perhaps what
  you're grateful for in it.
- **Mark the ending.** Some people find a small ritual helpful: a letter to the marriage, a walk
  somewhere meaningful, or putting a few precious photos into a box for your children.
- **Find people who understand.** A divorce recovery group or counsellor can offer a space where
  you don't have to justify your feelings.

Over time, many people find the good memories become something they can hold with tenderness,
rather than pain.
""",
                "references": [
                    "Hetherington, E. M., & Kelly, J. (2002). For Better or For Worse: Divorce "
                    "Reconsidered. W. W. Norton.",
                ],
                "votes": 20,
                "helped": True,
            },
        ],
    },
    {
        "title": (
            "My ex has a new partner and our kids are about to meet her. How do I handle my "
            "feelings?"
        ),
        "category": "divorce",
        "tags": ["co-parenting", "jealousy", "children"],
        "asker": "rosa_delgado",
        "anonymous": True,
        "body": """
My ex-husband told me last week that he's been seeing someone for a few months and wants the
kids to meet her at the end of the month. He was respectful about it and gave me notice, which I
appreciate.

But I've been a mess since. I'm not jealous in a romantic sense, as I don't want him back. It's
more that I feel panicky imagining my children spending weekends with a woman I've never met.
What if they like her more? What if she's great with them and I'm the tired, stressed-out
parent? What if they come home talking about her and I can't hide my face?

I don't want my feelings to become the kids' problem. How do I handle this gracefully, and is it
reasonable to ask to meet her first?
""",
        "answers": [
            {
                "specialist": "dr.james.whitfield",
                "body": """
The feelings you describe are extremely common, and it speaks well of you that your first
concern is keeping them from becoming your children's problem.

It might help to name what's underneath. Often it isn't jealousy so much as fear of being
replaced, or of losing a place in your children's lives. That fear is understandable, but it's
worth saying clearly: children don't have a limited amount of love to share. A kind adult in
their dad's home doesn't take anything away from their relationship with you. You are their mum,
and that isn't up for grabs.

On your question about meeting her first: yes, it's reasonable to ask, and many co-parents find
it helpful. A short, friendly coffee can turn her from an imagined figure into a real person,
and it shows your children that the adults in their lives are cooperating. Frame it as being for
the kids: "I'd love to meet her briefly before the kids do, so I can tell them I've met her and
she seems nice."

When the children come home:

- **Let them talk freely.** A calm "that sounds fun" gives them permission to enjoy both homes.
- **Don't ask them to report back.** It can put them in an awkward loyalty bind.
- **Find your own outlet.** Have a friend you can call that evening, so you can say everything
  you're feeling to someone who isn't your child.
""",
                "references": [],
                "votes": 17,
                "helped": True,
            },
            {
                "specialist": "marcus.bell",
                "body": """
Dr. Whitfield has covered the practical side. I'd just like to speak to the "tired, stressed-out
parent" worry, because I hear it a lot from parents in your position.

The parent who does most of the day-to-day care often ends up seeing the children at their most
ordinary: school runs, homework battles, bedtime negotiations. A new partner, especially early
on, tends to see them on fun weekends. It's natural to fear that comparison. But children know
the difference between someone who is pleasant on a Saturday and the person who has been there
every single day. That's a deep kind of security, and it doesn't disappear.

It might also be a prompt to look after yourself a bit more in this season. Are there ways to
reduce the load so that you get some fun time with the kids too? A regular pancake morning, a
film night, a walk together. Not to compete, but because you deserve to enjoy them as well.

And when the difficult feelings come, be gentle with yourself. You can feel wobbly and still be
the steady parent your children need.
""",
                "references": [],
                "votes": 9,
                "helped": False,
            },
        ],
    },
    {
        "title": (
            "We're separated but living under the same roof until the house sells. How do we make "
            "it bearable?"
        ),
        "category": "divorce",
        "tags": ["separation", "boundaries", "co-parenting"],
        "asker": "tomasz.nowak",
        "anonymous": False,
        "body": """
My wife and I agreed to separate a few months ago, but the housing market being what it is, we
can't afford two places until our house sells. So for now we're living together, with me in the
spare room.

We're mostly civil, but it's strange and tiring. We still share the kitchen, we bump into each
other in the hallway, and there's no real way to grieve or move on when the person is right
there every morning. Occasionally we slip into old habits, like chatting over dinner, and then
one of us gets hurt or confused.

The kids know we're separating but I'm not sure they really understand, given we still live
together. It might be another six months before we sell.

Has anyone got advice on setting up some ground rules so this period is less painful for
everyone?
""",
        "answers": [],
    },
]

ARTICLES = [
    {
        "author": "lucia.fernandez",
        "title": "Repair Attempts: The Small Moves That Keep Couples Close",
        "category": "marriage",
        "body": """
Every couple argues. What distinguishes couples who stay close from those who drift apart is
rarely whether they fight, but how they find their way back to each other afterwards, and often
during the argument itself. Relationship researchers call these moments repair attempts.

## What a repair attempt looks like

A repair attempt is any word or gesture that says "we're still on the same side". It can be
small and a little clumsy:

- "Okay, I'm getting defensive. Can I start again?"
- "You're right about that part."
- A hand on an arm, a shared glance, a silly face at the right moment.
- "Can we take a break and come back to this after dinner?"

None of these solve the problem being argued about. What they do is lower the temperature, so
that solving it becomes possible.

## Why repairs sometimes fail

Couples often tell me, "I tried to make peace, and it didn't work." Usually the repair was fine.
The difficulty is that when we're hurt or flooded, we're much less able to notice a repair, let
alone accept it. A joke can feel like mockery. "Let's take a break" can feel like abandonment.

So the skill isn't only in making repairs. It's also in learning to receive them, even imperfect
ones. Sometimes accepting a repair means saying, "I can tell you're trying, thank you," even
when part of you is still annoyed.

## Building a repair habit

Some practical ideas for couples:

1. **Agree on a few phrases in advance.** When you're calm, choose two or three repair phrases
   you'll both recognise. Some couples even have a code word.
2. **Notice your partner's style.** One person may repair with humour, another with a touch,
   another with an apology. Learn to recognise your partner's version.
3. **Repair after, too.** If an argument got heated, come back to it later: "I didn't like how I
   spoke to you earlier. I'm sorry." These after-the-fact repairs matter as much as
   in-the-moment ones.
4. **Look after the friendship.** Repairs land more easily when there's a reservoir of goodwill.
   Daily moments of interest, appreciation and affection make it easier to believe the best of
   each other under stress.

## When repairs keep missing

If every attempt to make peace seems to go wrong, it can be a sign that there's more hurt
underneath than either of you has been able to say. That's a good moment to seek support from a
couples therapist, not because your relationship is failing, but because you deserve help
finding your way back to each other.

The goal isn't a relationship without conflict. It's a relationship where both people trust
that, however hard the conversation, you'll find your way back.
""",
        "references": [
            "Gottman, J. M., & Silver, N. (1999). The Seven Principles for Making Marriage Work. "
            "Crown.",
            "Gottman, J. M., & DeClaire, J. (2001). The Relationship Cure. Crown Publishers.",
        ],
        "comments": [
            {
                "author": "tomasz.nowak",
                "body": (
                    "The point about receiving repairs really landed for me. I realised my wife "
                    "was trying to make peace far more often than I noticed."
                ),
            },
            {
                "author": "aisha_m",
                "body": (
                    "We've started using \"can I start again?\" and it's amazing how much it "
                    "helps. Thank you for this."
                ),
            },
        ],
    },
    {
        "author": "dr.amara.okafor",
        "title": "Heartbreak Hurts: Why Self-Compassion Helps You Heal",
        "category": "breakups",
        "body": """
When a relationship ends, most people expect to feel sad. What often surprises them is how
physical it feels: the ache in the chest, the exhaustion, the difficulty eating or sleeping. And
alongside that pain, many people notice a harsh inner voice that seems to make everything worse.

## Why breakups hurt so much

We are social creatures. Our need to belong is one of the most fundamental human needs, and the
loss of a close bond registers in the brain as a genuine threat. Research on social rejection
suggests it draws on some of the same systems involved in physical pain. So if your heartbreak
feels like a physical injury, that isn't melodrama. Your body is responding to a real loss.

## The second arrow

There's an old image of two arrows. The first arrow is the pain of what happened: the loss, the
rejection, the change. The second arrow is what we add on top: "I should be over this by now",
"I'm so pathetic", "no one will ever love me again". We can't always avoid the first arrow. But
the second one is often where much of the suffering lives, and it's the one we can learn to put
down.

## What self-compassion is, and isn't

Self-compassion simply means treating yourself with the same warmth you'd offer a friend who is
struggling. It isn't self-pity, and it isn't letting yourself off the hook. In fact, people who
are kinder to themselves after setbacks often find it easier to reflect honestly on what they
might do differently, because reflection doesn't feel so threatening.

Three elements can help:

- **Mindful awareness:** noticing and naming what you feel, without exaggerating or suppressing
  it. "This is really painful right now."
- **Common humanity:** remembering that heartbreak is one of the most universal human
  experiences. You are not uniquely broken.
- **Kindness:** asking, "What do I need right now?" and offering it, whether that's rest, a
  walk, a call with a friend, or a good cry.

## Small practices for hard days

- Place a hand on your chest and take a few slow breaths. It sounds simple, but soothing touch
  can help calm the body.
- Write yourself a short note from the perspective of a wise, kind friend.
- Notice the second arrow when it arrives, and gently say, "that's the critic again."
- Keep some structure in your day: meals, movement, time outdoors, contact with at least one
  person.

Healing from heartbreak takes time, and it rarely moves in a straight line. But every time you
meet your pain with kindness rather than criticism, you make that road a little gentler.
""",
        "references": [
            "Neff, K. (2011). Self-Compassion: The Proven Power of Being Kind to Yourself. "
            "William Morrow.",
            "Baumeister, R. F., & Leary, M. R. (1995). The need to belong: Desire for "
            "interpersonal attachments as a fundamental human motivation. Psychological "
            "Bulletin, 117(3), 497–529.",
        ],
        "comments": [
            {
                "author": "sam_rivera",
                "body": (
                    '"The second arrow" is going on a sticky note on my fridge. I\'ve been '
                    "shooting myself with it for weeks."
                ),
            },
            {
                "author": "mei.chen",
                "body": "Reading this on a rough Sunday evening. Thank you, it helped.",
            },
            {
                "author": "ethan.walsh",
                "body": (
                    "Really useful even from the side of being the one who ended things. The "
                    "inner critic doesn't care who made the decision."
                ),
            },
        ],
    },
    {
        "author": "siobhan.kelly",
        "title": "Co-Parenting After Separation: Keeping Children at the Centre",
        "category": "divorce",
        "body": """
When parents separate, one of the first worries I hear is, "Will the children be okay?" The
encouraging answer from decades of research and practice is that most children adjust well over
time, and one of the biggest factors is how the adults around them manage conflict.

## Children need both parents to be okay

Children generally do best when they can keep loving relationships with both parents, without
feeling that loving one is a betrayal of the other. That means protecting them from adult
arguments, from being asked to carry messages, and from hearing one parent criticise the other.
Even small comments can leave a child feeling torn.

## Think of it as a working partnership

You don't need to be friends with your former partner to co-parent well. Many parents find it
helpful to think of their co-parenting relationship as a respectful working partnership, with a
shared project: raising your children.

In practice, that might mean:

- **Keeping communication brief and practical.** Focus on the children: schedules, school,
  health.
- **Using shared tools.** A shared calendar or a simple notebook that travels between homes can
  cut down on misunderstandings.
- **Agreeing on the big things.** Safety, education and health decisions matter most.
  Differences in bedtimes or snacks between homes are usually fine.
- **Planning handovers.** Short, calm and predictable handovers help children move between homes
  more easily.

## Expect feelings, and plan for them

Separation brings grief, anger and worry for parents too. Those feelings are valid, and they
need somewhere to go, just not to the children. A friend, a support group or a counsellor can be
that place. When parents have their own support, they're better able to stay calm and present
for their children.

It's also normal for children to have a range of reactions: sadness, anger, clinginess, or
seeming not to care. Let them know all feelings are welcome, answer their questions honestly and
simply, and keep routines as steady as possible.

## When conflict stays high

Some separations remain very conflictual, despite best efforts. In that situation, parallel
parenting, where each parent runs their own home with minimal direct contact, can reduce the
temperature. Family mediation can also help parents agree on arrangements without going to
court.

Co-parenting is rarely smooth from the start. It tends to get easier with time, practice and
goodwill. Every calm handover and every kind word about the other parent is a gift to your
children that they will carry with them.
""",
        "references": [
            "Emery, R. E. (2004). The Truth About Children and Divorce. Viking.",
            "Ahrons, C. (1994). The Good Divorce. HarperCollins.",
        ],
        "comments": [
            {
                "author": "rosa_delgado",
                "body": (
                    "The line about not asking children to carry messages hit home. We did that "
                    "in the first few months without realising. It's so much better now."
                ),
            },
        ],
    },
    {
        "author": "dr.kenji.mori",
        "title": "Texting, Timing and Anxiety: Dating in an Always-On World",
        "category": "dating",
        "body": """
A generation ago, early dating involved long stretches of not knowing: you went on a date, and
you waited for a phone call. Today we can message someone any time, see when they were last
online, and read a lot into a single emoji. The technology is new. The anxiety it can stir up is
very old.

## Why texts feel so loaded

In person, we read each other through tone, facial expression and body language. Text strips all
that away. When a message is ambiguous, our minds fill in the gaps, and if we're feeling
uncertain, they often fill them in with the most worrying interpretation. A short reply becomes
"they're losing interest". A delay becomes "they've met someone else".

For people who tend towards anxiety in relationships, this can become a cycle: checking,
rereading, asking friends for opinions, drafting and redrafting. Each check brings a moment of
relief or worry, which keeps the habit going.

## Reading the whole picture

A helpful principle is to give more weight to patterns than to single messages. Ask yourself:

- Does this person make plans and follow through?
- How do they treat me when we're together?
- Over a few weeks, do they show consistent interest?

These are far better guides than response time or punctuation.

## Practical habits that help

- **Agree on a rhythm.** It's fine to ask someone you're dating how they like to communicate.
  Some people text all day; others prefer a call in the evening. Knowing their style prevents a
  lot of misreadings.
- **Make plans in person.** Ending each date by setting the next one reduces the uncertainty of
  the in-between days.
- **Use a pause before sending.** When you're anxious, wait a few minutes before replying, and
  reread your message as if you were the receiver.
- **Limit checking.** Turn off read receipts and "last seen" indicators if they feed your worry.
- **Notice and name thoughts.** "I'm having the thought that they're not interested" creates
  some distance from the thought itself.

## When it's more than texting

If you find that anxiety about relationships affects your sleep, work or wellbeing, or that the
same fears come up in every relationship, it may be worth exploring with a therapist. Often, the
patterns we notice in dating have roots in earlier experiences, and understanding them can make
future relationships feel much calmer.

Dating involves uncertainty, and no strategy can remove it completely. But with a little
awareness, it's possible to hold that uncertainty more lightly, and enjoy getting to know
someone new.
""",
        "references": [
            "Levine, A., & Heller, R. (2010). Attached: The New Science of Adult Attachment and "
            "How It Can Help You Find and Keep Love. TarcherPerigee.",
        ],
        "comments": [
            {
                "author": "mei.chen",
                "body": (
                    "Ending each date by planning the next one has honestly changed everything "
                    "for me. So much less time staring at my phone."
                ),
            },
            {
                "author": "fatima.idrissi",
                "body": "Turning off read receipts was the best thing I did this year.",
            },
        ],
    },
]

COMMUNITY_THREADS = [
    {
        "board": "stories",
        "author": "rosa_delgado",
        "title": "One year after my divorce: what actually helped",
        "body": """
It's been a year since my divorce was finalised, and I wanted to share a few things that helped,
in case anyone here is at the start of that road.

- **Saying yes to small invitations.** Even when I didn't feel like it. A coffee, a walk, a
  neighbour's barbecue.
- **Joining a choir.** I can't sing very well, but every Tuesday I see the same faces, and now
  some of them are real friends.
- **Letting myself be sad.** I used to hide it from everyone. Once I stopped pretending, it
  passed more quickly.
- **Keeping things civil with my ex.** Not easy, but our kids are so much calmer now.

It isn't all sunshine. Some weekends are still lonely. But a year ago I couldn't imagine feeling
this settled. If you're in the thick of it, it really does get better.
""",
        "replies": [
            {
                "author": "hannah.b",
                "body": "Thank you for writing this. Saving it for the hard days.",
            },
            {
                "author": "marcus.bell",
                "body": (
                    "This is a wonderful list, Rosa. The choir point is a great example of how "
                    "regular, shared activities help new friendships grow. Congratulations on "
                    "the year."
                ),
            },
            {
                "author": "tomasz.nowak",
                "body": (
                    "A few months in myself and the civil-with-my-ex part is the hardest. Good "
                    "to hear it pays off."
                ),
            },
        ],
    },
    {
        "board": "general",
        "author": "mei.chen",
        "title": "What's one small thing your partner does that makes you feel loved?",
        "body": """
After reading Dr. Mori's article on texting, I've been trying to notice the everyday things
rather than waiting for grand gestures. So I'm curious: what's one small thing your partner (or
a friend, or family member) does that makes you feel cared for?

I'll start. My boyfriend always texts me a photo of whatever dog he sees on his way to work.
It's so silly, and it makes my morning every time.
""",
        "replies": [
            {
                "author": "jordan.lee",
                "body": (
                    "My partner makes me tea every morning before I'm awake. I didn't realise how "
                    "much that meant until I wrote it down."
                ),
            },
            {
                "author": "aisha_m",
                "body": (
                    "My husband takes the baby for the first hour on Saturdays so I can have a "
                    "lie-in. Pure gold."
                ),
            },
            {
                "author": "fatima.idrissi",
                "body": (
                    "He asks how my shift went and actually remembers the names of my colleagues."
                ),
            },
            {
                "author": "lucia.fernandez",
                "body": (
                    "I love this thread. Noticing and naming these moments is one of the "
                    "simplest ways to strengthen a relationship. Consider telling your partners "
                    "you wrote about them here!"
                ),
            },
        ],
    },
    {
        "board": "feedback",
        "author": "jordan.lee",
        "title": "Suggestion: let us follow tags we care about",
        "body": """
I love Haven, and I've learned a lot from the answers here. One small suggestion: it would be
great to be able to follow specific tags, like "attachment" or "boundaries", and get a gentle
notification or a digest when new questions are posted with them.

Right now I find myself checking the same tag pages every few days. A weekly email digest would
be plenty. Anyone else want this?
""",
        "replies": [
            {
                "author": "sam_rivera",
                "body": 'Yes please. I\'d follow "no-contact" and "space" in a heartbeat.',
            },
            {
                "author": "daniel.osei",
                "body": "+1. A weekly digest would be perfect. Daily would be too much for me.",
            },
            {
                "author": "hannah.b",
                "body": (
                    "Agreed, as long as there's a way to keep it private. Some of the topics I "
                    "follow aren't ones I'd want showing on my profile."
                ),
            },
        ],
    },
    {
        "board": "stories",
        "author": "aisha_m",
        "title": "We tried a weekly check-in for three months. Here's how it went",
        "body": """
After our baby arrived, my husband and I realised we only ever talked about logistics. Someone
here suggested a weekly check-in, so we tried it: twenty minutes every Sunday evening, phones in
another room.

We each answer three questions: What went well for us this week? What was hard? What's one thing
I'd love from you next week?

The first two weeks were awkward, and one turned into a small argument. But by the end of the
first month, it felt like the one time each week we really saw each other. Last Sunday he told
me he'd been looking forward to it all day.

It hasn't fixed everything, but it's given us a place to start.
""",
        "replies": [
            {
                "author": "lucia.fernandez",
                "body": (
                    "Thank you for sharing this, Aisha. Those first awkward weeks are so common, "
                    "and it's lovely that you kept going. The question about what you'd love "
                    "next week is a beautiful way to turn complaints into requests."
                ),
            },
            {
                "author": "mei.chen",
                "body": "Stealing these three questions. Thank you!",
            },
        ],
    },
    {
        "board": "general",
        "author": "ethan.walsh",
        "title": "How do you spend the holidays when you're newly single?",
        "body": """
This will be my first Christmas in three years without a partner. Last year we split the
holidays between our families, and now I'm not sure what to do with myself. My family are lovely
but very much "so, any news?" people, and most of my friends will be with their partners'
families.

I'm not miserable about it, just a bit unsure. How have others handled the first holiday season
after a breakup? Any traditions you started for yourself?
""",
        "replies": [
            {
                "author": "sam_rivera",
                "body": (
                    "First one after my breakup, I volunteered at a community lunch on Christmas "
                    "Day. Best decision I made. Busy, useful, and a lot of laughing."
                ),
            },
            {
                "author": "rosa_delgado",
                "body": (
                    "I started a tradition of a long walk on the beach on the morning of the "
                    "25th, just me and a flask of coffee. It's become my favourite part of the "
                    "day."
                ),
            },
            {
                "author": "siobhan.kelly",
                "body": (
                    "Lovely ideas here. It can help to plan the days ahead a little, so you know "
                    "where you'll be and who you'll see, and to have a short, friendly answer "
                    'ready for the "any news?" questions. Be gentle with yourself if it brings '
                    "up some sadness; first holidays often do."
                ),
            },
            {
                "author": "daniel.osei",
                "body": (
                    "Organise a friends' dinner for the others who are free. You'd be surprised "
                    "how many people are glad to be asked."
                ),
            },
        ],
    },
]
