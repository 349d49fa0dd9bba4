# title: The joke
# summary: A farewell lunch for your project team at a busy café. Rob, the colleague you like most, tells a joke at the expense of Polish people, with Kasia sitting right there. What do you do at the table, and afterwards?
# duration: 12 min
# content_note: A joke demeaning Polish people is told at a work lunch (implied, never reproduced)
# content_note: Casual workplace prejudice against migrants, told by someone likeable
# content_note: Brief mention of anti-Irish prejudice in Britain in the 1950s
# author: Common Ground

VAR intervene = 0
VAR rescue = 0
VAR abandon = 0

// Story state of our own (the three above are kept by the game).
VAR seat = "rob"
VAR laughed = false
VAR asked = false
VAR answered = false
VAR shamed = false
VAR spoke_for = false
VAR spotlit = false
VAR plan_later = false
VAR called_dan = false
VAR bill_move = ""
VAR trust = 0
VAR rob_open = 0
VAR talked_kasia = false
VAR talked_rob = false
VAR kasia_said = ""
VAR promised = false
VAR dropped = false
VAR used_her_name = false
VAR go_between = false
VAR relayed = false
VAR repaired = false
VAR rob_plan = ""
VAR asked_spokesperson = false
VAR rob_moved = false
VAR listened = false
VAR kasia_saw = 0

-> arrive

=== arrive ===
Friday, twenty to one, and Marlow's is heaving. # scene: cafe # music: lunch # ambience: cafe
Someone has pushed three tables together under the steamed-up window, and eight of you are squeezed round them, coats on the backs of chairs and bags under feet: the whole Atlas project team, out to say goodbye to Hannah, who starts at the Glasgow office on Monday.
Rob organised it. Of course he did. He booked the table, bought the card, and drew a lopsided cartoon of Hannah on the front that has already made her cry laughing once.
Rob is the reason you're on this team. He interviewed you two years ago, bought you a flat white on your first morning, and tells anyone who'll listen that you're the only person who laughs at his jokes before the punchline.
"There they are! Saved you a seat, chief." # speaker: Rob
He pats the chair beside him. At the far end, by the radiator, the other empty chair is next to Kasia, who has a folded newspaper open at the crossword.
Kasia has been on Atlas longer than anyone, Rob included. She came over from Gdańsk at nineteen, sixteen years ago, and she runs the team's numbers with a dry precision that makes Dan slightly afraid of her. She nods at you and goes back to her clue. # discuss: Before anything happens: who at a table like this do you already feel closest to, and how might that shape what you notice?
- (seat_choice)
* [Take in the table first #neutral]
    Dan, the project manager, is reading the wine list aloud to nobody. Tomi, three months into his first proper job, sits very straight and watches everyone, learning the rules. Priya and Leon are arguing about whether a film was good or just long.
    Hannah is in the middle of it all, pink-cheeked, wearing the paper crown Rob brought her.
    Kasia fills in a word, frowns, and rubs it out. # discuss: Who at this table has the most standing, and who has the least? Who would the others follow?
    -> seat_choice
+ [Sit by Rob. He saved it for you. #neutral]
    ~ seat = "rob"
    You drop into the chair. Rob slides a menu across, already open at the sandwiches, because he knows.
    "The club's good. Don't let Dan talk you into the wine. He's on a mission." # speaker: Rob
+ [Sit at the quiet end, by Kasia #neutral]
    ~ seat = "kasia"
    You take the chair by the radiator. Kasia turns the newspaper so you can see the clue.
    "'Send-off', eight letters. I've been staring at it for ten minutes." # speaker: Kasia
    "Farewell?" # speaker: You
    She looks at the paper, then at Hannah's crown, then back at you.
    "I'm slow today." # speaker: Kasia
- -> the_joke

=== the_joke ===
The food comes in waves. Dan orders two bottles of house white "for the table", which mostly means for Dan.
"The kitchen's from about 1974. Orange tiles, brown cupboards. I'll have to get someone in." # speaker: Hannah
She's telling everyone about the flat she's rented in Glasgow, and Rob lights up the way he does when he sees an opening.
"Oh, have I told you the one about the Polish builder?" # speaker: Rob
He hasn't. But you know the shape of it before he's four words in; everyone does. It's a joke that has been told in a thousand pubs. The setup is a builder pricing up a kitchen, and the punchline lands on the old idea that people like Kasia are cheap, crafty, and over here to take something.
Rob tells it well. Rob tells everything well. The timing is perfect, and the accent is, he would say, affectionate.
The table laughs. Dan loudest, slapping the table so the glasses jump. Tomi half a second late, glancing round to check. Hannah laughs, then looks down the table and stops. # sfx: cup # music: tension
"Good one, Rob." # speaker: Kasia
She says it in a voice with nothing in it at all, and reaches for the water jug. {seat == "kasia": Her other hand has flattened the crossword against the table.}
Rob is looking at you, grinning, waiting. Your laugh is usually the first. # discuss: What makes it hard to respond to a joke told by someone you like, at someone else's celebration?
* [Laugh. It's Rob, and it's Hannah's day. #abandon]
    -> you_laugh
* [Say nothing. Look at your plate. #abandon]
    -> stay_silent
* ["Not cool, Rob. Kasia's sitting right there." #rescue]
    -> speak_for
* [Ask Rob to explain what makes it funny. #intervene]
    -> ask_why

=== you_laugh ===
~ laughed = true
The laugh is out of you before you've decided anything. It's your Rob laugh, the first one, the one that tells the table it's fine.
Tomi, who has been watching you since you sat down, laughs again, a beat behind you, as if you've confirmed something.
{seat == "kasia": Beside you, Kasia doesn't look up.|Down the table, Kasia's eyes meet yours for half a second. Then they go to the window, where it has started to rain.}
"Right. Has everyone signed the card? Dan, you've signed it twice." # speaker: Rob
Rob, delighted, is already on to the next thing. Your face is still doing the shape of the laugh. It feels like a coat you've put on by mistake. # discuss: Most of us have laughed at something we wish we hadn't. What makes it possible to come back to it, and what makes it hard?
-> second_thoughts

=== stay_silent ===
You look at your plate. You cut a chip in half. You cut the half in half.
Nobody notices your silence; that's the thing about silence. From three feet away it looks exactly like agreement.
Except Rob, who notices everything at a table.
"Tough crowd at your end." # speaker: Rob
He winks at you and moves on to the card. Tomi is watching you, trying to work out which of you to copy.
{seat == "kasia": Beside you, Kasia fills in another clue. Her pen goes through the paper.|At the far end, Kasia is looking out of the window, where it has started to rain.} # discuss: Staying quiet can feel like not taking part. Who at this table is reading your silence, and what do you think each of them makes of it?
-> second_thoughts

=== second_thoughts ===
* {laughed} [Go back to it now, out loud. #intervene]
    -> come_back
* {not laughed} [Say something now, before the moment's gone. #intervene]
    -> come_back
* [Not here. Find Kasia after lunch. #neutral]
    ~ plan_later = true
    You make a note to yourself, the kind you make about dentist appointments. After lunch. When it's quieter. When it isn't Hannah's day.
    -> speeches
* {laughed} [Leave it. It was only a joke. #abandon]
    You let it go. It was only a joke. The card comes round and you write "Glasgow won't know what's hit it!" and a smiley face that comes out looking slightly nervous.
    -> speeches
* {not laughed} [Let it pass. It's Hannah's day. #abandon]
    You let it pass. It's Hannah's day. The card comes round and you write "Glasgow won't know what's hit it!" under Dan's two signatures.
    -> speeches

=== come_back ===
~ asked = true
~ repaired = true
{laughed:
    "Hang on. Sorry, Rob, go back a sec. I laughed at that, and I'm not actually sure why. What is the funny bit?" # speaker: You
    It's clumsy, and it's late, and Dan actually groans. You say it anyway.
- else:
    "Sorry, Rob, go back a sec. Explain that one to me. What is the funny bit?" # speaker: You
    It's a beat late, and it doesn't matter: everybody knows exactly which bit you mean.
}
-> ask_why.reaction

=== ask_why ===
~ asked = true
"Go on then, Rob. Explain it to me. What's the funny bit?" # speaker: You
You say it the way you'd ask about a film you didn't get: light, curious. It still lands on the table like a dropped plate.
-> reaction

= reaction
{speak_for: Rob's grin stays where it is, but it's working harder now.|Rob laughs, waiting for your punchline. Then he sees there isn't one.}
"The funny bit is... well, he's a builder, and he's Polish, so he's..." # speaker: Rob
He stops. You watch him hear it: the way you only really hear a joke when somebody makes you take it apart in daylight.
"Oh, come on. It's Friday. It's a joke." # speaker: Dan
Hannah's paper crown has slipped over one ear. Tomi looks from Rob to you and back again like a tennis umpire.
{seat == "kasia": Beside you, Kasia has gone completely still.|At the far end, Kasia has put the water jug down.} She's watching you, not Rob, and you cannot read her face at all.
The silence stretches. Somebody is going to fill it. # discuss: The question is out. What is the most useful thing to do with the silence that follows, and why is it so hard to leave alone?
* [Wait. Let Rob answer it himself. #intervene]
    -> rob_answers
* ["It isn't funny. It's lazy prejudice, and you know it." #rescue]
    -> pile_on
* [Turn to Kasia: "Did you find it funny?" #abandon]
    -> spotlight

=== rob_answers ===
~ answered = true
~ rob_open += 1
You don't add anything. You hold Rob's eye, not hard, and let the question sit there. It is the longest four seconds of your working year.
"It's... honestly?" Rob rubs the back of his neck. "It's not that funny when you have to say it out loud, is it." # speaker: Rob
"Kas. Sorry. Bad one." # speaker: Rob
Everyone looks at Kasia. She takes her time pouring her water.
"I've heard that one from my first landlord, two taxi drivers and a man at a wedding in Swindon," she says. "Yours had the best timing. That's all you're getting." # speaker: Kasia
It gets a laugh, a real one, and this time it's hers.
"Now. Can we do Hannah's card before Dan finishes the second bottle?" # speaker: Kasia
She closes the subject like a laptop lid, and the table lets her. {spotlight: She doesn't look at you again for a while.}
-> speeches

=== pile_on ===
"It isn't funny, Rob. It's lazy prejudice, and honestly? I expected better from you." # speaker: You
-> fallout

= too_polite
"She's too polite to say it, Rob. I'm not. That joke is lazy prejudice, and I expected better from you." # speaker: You
-> fallout

= fallout
~ shamed = true
~ repaired = false
~ kasia_saw += 1
~ rob_open -= 1
It feels good for about a second and a half.
"Right. Noted. I'm a bigot. Good to know." # speaker: Rob
Rob has gone red to the tips of his ears.
"Bit much, mate." # speaker: Dan
"Guys. Please. It's my leaving lunch." # speaker: Hannah
And now everyone is looking at Kasia, because apparently she is what this is about, and she has to decide, in front of seven people and a waiter, whether she is offended or a good sport.
"I'm fine. Can everyone stop looking at me, please? My soup's going cold." # speaker: Kasia
Rob gets up and goes to the counter to "sort something out with the bill". He's gone a long time. {seat == "rob": His chair sits empty beside you, his jacket still on the back of it.}
-> speeches

=== spotlight ===
~ spotlit = true
~ repaired = false
~ trust -= 1
"Kasia, did you find it funny?" # speaker: You
Every head turns to {seat == "kasia":your|the far} end of the table. For a moment Kasia looks exactly like someone who has been handed a microphone she didn't ask for.
"I'm eating my soup," she says. "Ask Rob. It's his joke." # speaker: Kasia
"See? She's fine. Kas knows me." # speaker: Rob
So Rob has answered for her, and all she's told you is whose question it was. Her spoon hangs halfway to her mouth, and stays there. # discuss: Kasia has handed the question back. What do you think she wants from the people at this table?
* ["Fair. Sorry. Rob, what is the funny bit?" #intervene]
    ~ repaired = true
    "Fair. Sorry, Kasia, that wasn't yours to answer. Rob: what is the funny bit?" # speaker: You
    -> rob_answers
* [Let it drop. You've made it worse. #abandon]
    "Sorry. Forget I said anything." # speaker: You
    "To Hannah!" # speaker: Rob
    Rob raises his glass, and the table grabs the toast like a lifebelt. The moment goes under.
    Kasia eats her soup. She doesn't look at you.
    -> speeches

=== speak_for ===
~ spoke_for = true
~ kasia_saw += 1
"Not cool, Rob. Kasia's sitting right there." # speaker: You
It comes out louder than you meant. The next table glances over.
"Kas knows I'm joking. Don't you, Kas?" # speaker: Rob
Rob blinks at you, then grins down the table at her. So now two people have answered for her, in opposite directions, and Kasia hasn't said a word. She sets the water jug down with great care.
"I am sitting right here, yes," she says. "Thank you for the update. Both of you." # speaker: Kasia
She's looking at you when she says it. # discuss: You tried to protect Kasia, and she doesn't seem grateful. What might she be telling you?
* ["Sorry. Your call, Kasia." #intervene]
    -> her_call_at_table
* ["She's too polite to say it, Rob. I'm not." #rescue: 2]
    -> pile_on.too_polite
* [Ask Rob, then: what is the funny part? #intervene]
    ~ repaired = true
    -> ask_why

=== her_call_at_table ===
~ answered = true
~ repaired = true
~ trust += 1
~ rob_open += 1
"Sorry. Your call, Kasia." # speaker: You
You sit back. It is harder than speaking was.
Kasia considers you for a second. Then she turns to Rob.
"For the record, Rob? No. Not funny. I've heard it from my first landlord, two taxi drivers and a man at a wedding in Swindon, and it wasn't funny then either." # speaker: Kasia
Rob opens his mouth to do a bit, and then, to his credit, doesn't.
"Fair. Fair enough. Sorry, Kas." # speaker: Rob
"Pass the bread." # speaker: Kasia
He passes the bread. The table breathes out.
-> speeches

=== speeches ===
{shamed:
    Rob is still at the counter. Dan stands to do the speech instead, because someone has to, and it is exactly as good as a speech by Dan. He calls Hannah "an absolute legend" four times and "Helen" once. # music: lunch
    Rob comes back in time for the toast, claps louder than anyone, and doesn't look at your end of the table.
- else:
    Rob taps his glass with a knife and stands up. # sfx: cup # music: lunch
    His speech for Hannah is short and funny and kind. He tells the story of her fixing the build server at two in the morning on a bank holiday, on a video call she'd forgotten had the camera on, in a dressing gown with ducks on it.
    "She taught me to write tests. Which, as you all know, I still don't. But now I feel guilty about it, and that's growth." # speaker: Rob
    Hannah cries. Everyone cheers. Priya films it.
    This is the Rob you like. It's the same Rob who told the joke. You would quite like them to be two different people, and they aren't.
}
The bill arrives on a saucer, long as a shopping list, and Dan grabs it.
{answered || shamed:
    Dan looks at the total, looks down the table, opens his mouth, glances at Rob, and closes it again.
    "Kasia, would you mind doing the split? You're the only one of us who can add up." # speaker: Dan
    "Give it here." # speaker: Kasia
    She does it on her phone in forty seconds, and nobody makes a joke about it. {shamed: Nobody says much of anything.|It's a small thing. You notice it anyway.}
    -> leaving
}
-> callback

=== callback ===
"Kasia, you do the split. You'll get us mates' rates, eh?" # speaker: Dan
Dan holds the bill out down the table, and winks. It's Rob's joke again: its little brother. Tomi laughs, then looks at you to check he was right to.
{laughed: Rob glances your way, expecting the laugh.}
Kasia looks at the bill in Dan's hand and doesn't take it yet. # discuss: The joke has come back in a smaller form. Kasia can clearly handle Dan. Does that mean she should have to?
* [Ask Dan what he means by that. #intervene]
    ~ called_dan = true
    ~ rob_open += 1
    ~ repaired = true
    "Mates' rates how, Dan? What do you mean?" # speaker: You
    "You know. She's good with numbers." # speaker: Dan
    Dan has gone a shade pinker than the wine.
    "Is that the joke?" # speaker: You
    "Oh, for... fine. Fine. Sorry, Kasia. Ignore me." # speaker: Dan
    "I always do," says Kasia, and takes the bill. # speaker: Kasia
    The table laughs, with her this time. At the other end, Rob has gone quiet, turning his glass slowly round by the stem.
* [Grab the bill yourself, so she doesn't have to. #rescue]
    ~ bill_move = "grab"
    ~ kasia_saw += 1
    "I'll do it. I'm quick." # speaker: You
    You reach across and take the bill out of Dan's hand. Kasia watches you do her job for about three seconds.
    "I'm quicker," she says, and holds out her hand. # speaker: Kasia
    You give it to her. She does it on her phone in forty seconds.
    "Thirteen twenty each. Dan, you're nineteen fifty. You had the wine." # speaker: Kasia
* [Let Kasia handle it. She looks like she will. #abandon]
    ~ bill_move = "kasia"
    She does. She takes the bill, does it on her phone in forty seconds flat, and reads it out.
    "Thirteen pounds twenty each. Dan, yours is nineteen fifty. You had the wine." # speaker: Kasia
    The table laughs, at Dan this time. She's good at this. She's had a lot of practice.
    She pays, puts on her coat, and says she has a call at two. She doesn't have a call at two. You share a calendar.
- -> leaving

=== leaving ===
Chairs scrape. Coats, scarves, the hunt for umbrellas. Hannah hugs everyone twice and Dan three times. # sfx: chair # music: none
{bill_move == "kasia": Kasia left a few minutes ago, but she hasn't got far: through the window you can see her under the awning, waiting for a gap in the rain.|Kasia is first out of the door. Through the window you can see her under the awning, hood up, waiting for a gap in the rain.}
{shamed: Rob is at the counter with his back to the room, arguing politely with the card machine about a tip he insisted on adding.|Rob is at the counter, arguing with the card machine about a tip he insisted on adding.}
Everyone else drifts out in twos and threes, back towards the office. You have about five minutes before anyone wonders where you are. # discuss: You have five minutes and two people you could talk to. Who needs what from you, if anything?
* [Go out to Kasia under the awning. #intervene]
    -> kasia_talk
* [Hang back with Rob at the counter. #intervene]
    -> rob_talk
* [Put your hood up and head back alone. #abandon]
    -> alone

=== alone ===
You put your hood up and go. # sfx: footsteps # ambience: none
Behind you, through the steamed-up window of Marlow's, Rob is laughing with the woman at the till. Kasia is under the awning with her headphones in, looking at nothing in particular.
{plan_later: You'd meant to find Kasia. You tell yourself there'll be a better moment.}
By the time you're back at your desk there are forty new emails, and Friday afternoon does what Friday afternoons do.
-> monday

=== kasia_talk ===
~ talked_kasia = true
{talked_rob:
    She sees you coming and pulls out one earbud, which isn't an invitation, exactly, but isn't a refusal either. # discuss: How do you open a check-in so that Kasia keeps control of the conversation?
- else:
    The door sighs shut behind you and the noise of Marlow's drops away to rain. # sfx: door # ambience: none
    Kasia is under the awning, hood up, watching the rain bounce off the bins as if it owes her money. She sees you and gives you a small, tired half-smile. # discuss: How do you open a check-in so that Kasia keeps control of the conversation?
}
{rescue > 1: You can feel yourself arriving with a speech ready. You're not sure who it's for.}
* ["Want company? Or would you rather be left alone?" #intervene]
    ~ trust += 1
    "Want company? Or would you rather be left alone? Either's fine." # speaker: You
    She actually thinks about it, which you appreciate.
    "Company's fine. As long as it doesn't come with a speech." # speaker: Kasia
* ["Are you okay? That joke was horrible." #rescue]
    ~ kasia_saw += 1
    "Are you okay? That joke was horrible." # speaker: You
    "I'm fine." She looks at you properly. "You look worse than me, honestly. It wasn't about you." # speaker: Kasia
    She doesn't say it unkindly. She just says it.
* ["Help me understand. How do Polish people take jokes like that?" #abandon]
    ~ trust -= 1
    ~ asked_spokesperson = true
    "Can I ask? Help me understand. How do Polish people usually take jokes like that?" # speaker: You
    Kasia laughs, properly, for the first time all lunch. It isn't entirely kind.
    "I don't know. I haven't done the survey. There are about a million of us here; I'll send round a questionnaire." # speaker: Kasia
    "I can tell you what I think. I'm one person. That's what I've got." # speaker: Kasia
-
"Do you want to know what I actually do? I keep a list." # speaker: Kasia
She holds up her phone.
"Since June 2016. Every joke. Every 'but where are you really from'. Every 'you're one of the good ones'. Date, place, who. Nothing else." # speaker: Kasia
"It's not for anything. Nobody's ever going to read it. It just means I don't have to carry them around in my head. They go in the phone, I say 'good one', I eat my lunch." # speaker: Kasia
"'Good one' is the cheapest thing I can say. It costs me nothing and it finishes the conversation. Forty-two times now, it's worked." # speaker: Kasia
"Rob's the first one on there I actually like. That's the annoying part." # speaker: Kasia
She puts the phone away.
{laughed && not asked: -> you_laughed}
-> what_she_wants

= you_laughed
"You laughed, by the way." # speaker: Kasia
She says it the way she'd tell you your shoelace was undone. # discuss: Kasia names your mistake, calmly. What would a real repair sound like here, and what would turn it into something she has to manage?
* ["I did. I'm sorry. I won't next time." #intervene]
    ~ repaired = true
    ~ trust += 1
    ~ kasia_said = "next_time"
    "I did. I'm sorry. Next time, I won't." # speaker: You
    You don't add anything. It takes a surprising amount of effort not to.
    "Okay. That's all I wanted, really. Not to be the only one at the table not laughing." # speaker: Kasia
    Kasia nods, once, and that seems to be that.
* ["It was a reflex. I didn't mean anything by it." #abandon]
    ~ kasia_said = "next_time"
    "It was a reflex. I didn't mean anything by it." # speaker: You
    "I know you didn't." She pulls her hood tighter. "Rob didn't mean anything by it either. Nobody ever means anything. That's how you get to forty-two." # speaker: Kasia
* {not talked_rob} ["I'll make it right. I'll talk to Rob for you." #rescue]
    ~ kasia_said = "not_for_me"
    ~ trust -= 1
    ~ kasia_saw += 1
    "I'll make it right. I'll talk to Rob. For you." # speaker: You
    "For me." She tries the words out, and doesn't seem to like the fit. "I didn't ask you for anything. You laughed; that's yours. The joke's Rob's. I'm just the person it was about." # speaker: Kasia
* {talked_rob} ["Don't worry. I've already sorted it with Rob." #rescue]
    ~ kasia_said = "not_for_me"
    ~ trust -= 1
    ~ kasia_saw += 1
    "Don't worry about it. I've already sorted it with Rob." # speaker: You
    "Sorted it." She tries the word out, and doesn't seem to like the fit. "I didn't ask you to sort anything. You laughed; that's yours. The joke's Rob's. I'm just the person it was about." # speaker: Kasia
    She puts her earbud back in, and that's the end of that.
    -> monday
- -> choose_next

= what_she_wants
{
- shamed:
    ~ kasia_said = "not_show"
    "Can I tell you what happens now?" # speaker: Kasia
    "On Monday, someone from Finance asks me if I'm okay. By Wednesday it's 'that thing with Kasia and Rob'. I didn't do anything. I ate my soup. And I'm the story." # speaker: Kasia
    "I know you were angry for me. I didn't need you angry. I needed Rob to think about it for five seconds. Those aren't the same thing." # speaker: Kasia
- her_call_at_table:
    ~ kasia_said = "ask_first"
    "You jumped in for me. Then, when I said, you stepped back. Most people don't manage the second part." # speaker: Kasia
    "Next time, ask him the question. Or ask me what I want. Just don't answer for me." # speaker: Kasia
- spoke_for:
    ~ kasia_said = "ask_first"
    "You answered for me. Then Rob answered for me. For a second there I was a thing you two were arguing about." # speaker: Kasia
    "Asking him what was funny: that was better. Start there next time." # speaker: Kasia
- spotlit:
    ~ kasia_said = "ask_first"
    "And please don't hand me the microphone again. Eight people looking at me to find out whether Polish people are offended. I'm not the embassy." # speaker: Kasia
    "If you want to ask somebody what's funny, ask the person who told the joke." # speaker: Kasia
    {answered:
        "You asked Rob after. That was the useful bit." # speaker: Kasia
    }
- answered:
    ~ kasia_said = "next_time"
    {laughed:
        "You laughed, and then you came back and asked him anyway. I've never seen anyone do that. Usually once a thing's been laughed at, it's set." # speaker: Kasia
    }
    "What you did in there, asking him. That was useful. He had to hear it in his own voice, and I didn't have to do anything. Usually I'm the one who has to be the grown-up." # speaker: Kasia
    "I'd rather it hadn't been at Hannah's lunch. But there's never a good lunch." # speaker: Kasia
    "So: same again next time, if there is one. Don't make it bigger than that." # speaker: Kasia
- called_dan:
    ~ kasia_said = "next_time"
    "You had a go at Dan, though. With the bill." # speaker: Kasia
    "I'd have liked it the first time, with Rob. But I'll take Dan." # speaker: Kasia
- else:
    ~ kasia_said = "next_time"
    "You didn't laugh. I saw. Thank you for that, I suppose." # speaker: Kasia
    "But two people not laughing just looks like two people who didn't get the joke." # speaker: Kasia
    {bill_move == "grab":
        "And I can split a bill, you know. I do the quarterly forecasts." # speaker: Kasia
    }
    {bill_move == "kasia":
        "I haven't got a call at two, by the way." # speaker: Kasia
        "I know." # speaker: You
        "Course you do. You can see my calendar." # speaker: Kasia
    }
    "Next time, say something. It doesn't need to be a speech. It can be one question." # speaker: Kasia
}
{kasia_saw > 1:
    "And you keep trying to carry this for me. I've carried it for sixteen years. I know where the handles are." # speaker: Kasia
}
-> choose_next

= choose_next
{talked_rob: -> after_rob_news}
She zips her coat up to her chin. Across the road, the rain is easing. # discuss: Kasia has told you what she wants, in her own words. What is yours to do now, and what isn't?
* ["Can I talk to Rob? As his mate, not for you." #intervene]
    ~ promised = true
    {shamed || spoke_for || spotlit:
        ~ repaired = true
    }
    "Would it be all right if I talked to Rob? Not for you. As his mate." # speaker: You
    She considers it.
    "Talk to him for you. Leave my name out of it. I'm not a reason; I'm a colleague." # speaker: Kasia
    "And if he wants to say something to me, he can say it himself. Short." # speaker: Kasia
    -> rob_talk
* {kasia_said != "not_for_me"} ["Leave it with me. I'll sort Rob out." #rescue]
    ~ trust -= 1
    "Leave it with me. I'll sort Rob out." # speaker: You
    "Sort him out." Kasia looks almost amused. "I didn't ask for a bodyguard. If you want a word with Rob, have it because you minded. Not on my behalf." # speaker: Kasia
    She puts her earbuds back in. That's the end of that.
    -> rob_talk
* ["Okay. I'll drop it. Your call." #neutral]
    ~ dropped = true
    {shamed || spoke_for || spotlit:
        ~ repaired = true
    }
    "Okay. I'll drop it. Your call." # speaker: You
    "Thank you." She means it. "Drop it with me, I mean. What you do with Rob is your business. Just don't do it in my name." # speaker: Kasia
    -> rob_arrives

= rob_arrives
Rob comes out of Marlow's with the receipt between his teeth, fighting an umbrella that is losing. # sfx: door
{shamed:
    "Walk back?" # speaker: Rob
    He asks the pavement rather than you, but he asks.
- else:
    "Walk back, you two? There's room under here for one and a half." # speaker: Rob
}
"I'm waiting for the rain to stop." # speaker: Kasia
"That's Tuesday." # speaker: Rob
So it's you and Rob under one umbrella, all the way up Station Road. # discuss: Kasia asked you to drop it with her. Does that settle what, if anything, you owe Rob?
* [Say something to Rob. For yourself, not for her. #intervene]
    -> rob_talk
* [Talk about the football. You said you'd drop it. #neutral]
    You talk about the football. Rob does an impression of the referee that is genuinely very funny, and you laugh. It's a real laugh. It still feels slightly borrowed.
    -> monday

= after_rob_news
"You were in there with Rob a long time." # speaker: Kasia
She zips her coat up to her chin and waits. # discuss: How much of your talk with Rob is Kasia's to hear, and how do you tell it without making her the reason for it?
* {(rob_plan == "ask" || rob_plan == "retire" || rob_plan == "relay") && not used_her_name} ["I talked to Rob. Just for me. Your name didn't come up." #intervene]
    "I talked to Rob. Just for me. Your name didn't come up." # speaker: You
    "Good." A pause. "Did he listen?" # speaker: Kasia
    You tell her a bit of it: the grandad from Cork, the stag dos, "you give it, you take it". She listens the way she does the crossword, head on one side, not filling anything in until she's sure.
    "Huh. Cork." # speaker: Kasia
    "If he wants to say something to me, he can say it himself. Short." # speaker: Kasia
* {used_her_name} ["I told Rob you were upset. I shouldn't have." #intervene]
    ~ repaired = true
    "I told Rob you were upset. I shouldn't have. You never said that, and it wasn't mine to say." # speaker: You
    Kasia closes her eyes for a moment.
    "I said I was fine. I was fine." # speaker: Kasia
    "Okay. Thank you for telling me. At least now I know why he's going to be strange with me on Monday." # speaker: Kasia
* {go_between} ["Rob's sorry. He asked me to tell you." #rescue]
    ~ relayed = true
    "Rob's sorry. He asked me to tell you." # speaker: You
    "Did he." Kasia looks up the road, where Rob's umbrella is disappearing round the corner. "I sit nine metres from him. He knows where I am." # speaker: Kasia
    "I'm not cross with you. I'm just not a parcel." # speaker: Kasia
* {rob_plan == "sulk"} ["I tried to talk to Rob. It went badly." #neutral]
    "I tried to talk to Rob. It went badly." # speaker: You
    "He's a big baby when he's cornered. He'll come round. Or he won't. There's always Monday." # speaker: Kasia
* {rob_plan == "none"} ["I meant to say something to Rob. I bottled it." #neutral]
    "I meant to say something to Rob. I bottled it." # speaker: You
    "Happens." She shrugs. "Usually to me." # speaker: Kasia
* ["I'll leave Rob out of it. How are you doing?" #neutral]
    "I'll leave Rob out of it. How are you doing, actually?" # speaker: You
    "Wet." Then, after a bit: "My sister's having a baby in March. I'm going to be an aunt for the fourth time. I've got a list for that too. Names she's not allowed to use." # speaker: Kasia
    You stand there while she tells you the list. It's long, and some of it is very funny, and none of it is about Friday.
- -> monday

=== rob_talk ===
~ talked_rob = true
{
- kasia_talk.rob_arrives:
    Halfway up Station Road, with the rain drumming on the umbrella, you decide it's now or it's never.
- kasia_talk:
    Rob comes out of Marlow's with the receipt between his teeth, fighting an umbrella that is losing. # sfx: door
    {promised:
        Kasia gives you a small nod, and heads off with her hood up, leaving you to it.
    - else:
        Kasia heads off with her hood up, without looking back.
    }
    "Walk back with me, chief? I'll share. Barely." # speaker: Rob
    You fall into step with him under the umbrella.
- else:
    You hang back while everyone else spills out into the rain. Rob is at the counter, waiting for a card machine that is thinking very hard about his card.
    "Go on without me. I'll be ages. Story of my life." # speaker: Rob
    He waves Dan off. Then it's just the two of you, and the coffee machine hissing.
}
{
- shamed:
    "Come to finish the job?" # speaker: Rob
    He doesn't look at you. He says it lightly. It isn't light.
- answered:
    "Go on, then. Tell me off properly. I know I've earned it." # speaker: Rob
    He's half joking. Only half.
- else:
    "Good do, wasn't it? Hannah cried twice. Result." # speaker: Rob
    {rob_open > 0:
        He's been quieter since Dan and the bill, though. Something got through, and he hasn't decided what to do with it.
    - else:
        He's happy. He has no idea. Or he has some idea, and he's put it somewhere he doesn't have to look at it.
    }
}
This is the man who taught you the deploy pipeline, covered for you the week your dad was in hospital, and has never once made you feel stupid for asking. # discuss: How do you raise this with a colleague you like, as one of "us", without setting yourself above him?
* {laughed} ["I laughed at that joke. I wish I hadn't." #intervene]
    -> level
* {not laughed} ["I laugh at most of your stuff. Not that one." #intervene]
    -> level
* ["That joke was bigoted, Rob. I expected better of you." #rescue]
    -> above
* ["Kasia was really upset, you know." #rescue]
    -> her_name
* ["Great speech, by the way." #abandon]
    -> bottled

= level
~ rob_open += 1
{laughed || stay_silent > 0:
    ~ repaired = true
}
{laughed:
    "I laughed at that joke. First, like always. And then I spent the rest of lunch wishing I hadn't." # speaker: You
- else:
    "I laugh at most of your stuff. You know I do. I couldn't laugh at that one." # speaker: You
}
"And I'm not saying it from up a mountain. I've told ones like it. I've laughed at worse." # speaker: You
-> open_up

= open_up
Rob is quiet for a long time. Long for Rob, anyway. {kasia_talk: The rain drums on the umbrella.|The card machine finally beeps, and he ignores it.}
"My grandad was from Cork. Came over in the fifties. He used to talk about the signs in the boarding-house windows. He got every Irish joke going, and he gave as good as he got. That's how we did it in our house. You give it, you take it." # speaker: Rob
"I suppose Kas never signed up for the giving and the taking." # speaker: Rob
{asked:
    "I got that joke off my dad. I've told it at every stag do since 2004. Nobody's ever asked me why it's funny before." # speaker: Rob
    "Turns out I don't know." # speaker: Rob
    He laughs, not much.
- else:
    "I got that joke off my dad. I've told it at every stag do since 2004. Nobody's ever said anything." # speaker: Rob
    "Or nobody's ever said anything to me." # speaker: Rob
    He says it slowly, as if he's only just heard the difference.
}
-> advice

= advice
"Should I say something to her? A proper apology? I could get her a card. Flowers. Is flowers weird? Flowers is weird." # speaker: Rob
{promised: You think of Kasia under the awning: if he wants to say something to me, he can say it himself.} # discuss: Rob wants to make it right. What kind of making-it-right would actually serve Kasia, and who gets to decide?
* ["Ask her if she wants to hear it. Keep it short." #intervene]
    ~ rob_plan = "ask"
    "Ask her if she wants to hear it. If she does, keep it short. No flowers." # speaker: You
    "Short." Rob nods. "I can do short." He considers this. "I can't do short. I'll practise." # speaker: Rob
* ["I'll tell her you're sorry. Save you both the awkwardness." #rescue]
    ~ rob_plan = "relay"
    ~ go_between = true
    "I'll tell her you're sorry, if you like. Save you both the awkwardness." # speaker: You
    "Would you? Legend. Tell her I'm an idiot." # speaker: Rob
    The relief comes off him like steam. He's lighter already. You're carrying it for him now, and you're not sure it was ever yours to carry.
* ["Maybe just don't tell it again. That might be enough." #neutral]
    ~ rob_plan = "retire"
    "Honestly? Maybe just don't tell it again." # speaker: You
    "Retired. Forty years on the circuit. It had a good run." # speaker: Rob
    "Too soon?" # speaker: Rob
    He winces at himself.
- -> after_rob

= above
~ rob_open -= 1
"That joke was bigoted, Rob. Honestly, I expected better of you." # speaker: You
It comes out cleaner than you'd planned, and colder.
"Right. And you've never laughed at anything dodgy, have you? Christmas do. The one about the Welsh. You did the accent." # speaker: Rob
Rob's face has closed like a door. You did do the accent. You'd forgotten. He hasn't.
"So don't stand there like you've never been in the room, chief." # speaker: Rob # discuss: Rob has turned it back on you, and he isn't wrong. What do you do with being caught out halfway through calling someone in?
* ["You're right. I have. That's why I'm saying it." #intervene]
    ~ rob_open += 1
    ~ repaired = true
    "You're right. I did the accent. I'm not better than you; I'm in the same room. That's why I'm saying it." # speaker: You
    Rob breathes out through his nose. Some of the door opens again.
    -> open_up
* ["That's different. That was different." #rescue]
    ~ rob_plan = "sulk"
    "That's different." # speaker: You
    "Course it is. Everyone's is." # speaker: Rob
    {kasia_talk:
        "Keep it." # speaker: Rob
        He hands you the umbrella and jogs off up the road to catch Dan at the crossing. Even sulking, he's generous. It makes it worse.
    - else:
        He pockets his receipt and is out of the door before you find your next sentence. Through the window you watch him catch Dan up at the crossing and say something that makes Dan laugh. You can guess what about.
    }
    -> after_rob

= her_name
~ used_her_name = true
"Kasia was really upset, you know." # speaker: You
{promised: The words are out before you remember what she asked under the awning. Leave my name out of it. Too late now.}
"Was she? Did she say that? God." # speaker: Rob
Rob's face falls all the way down. He's already looking past you, towards the office.
"I'll go and... I'll sort it. I'll apologise. Properly. Now." # speaker: Rob
He means every word. He's a good man with a big heart and no brakes, and he is about to drive all of it straight at her desk. # discuss: Rob is ready to rush to Kasia with a big apology. Who would that apology really be for?
* ["Wait. Ask her first if she even wants to talk." #intervene]
    ~ rob_plan = "ask"
    "Wait. Don't. Ask her first if she wants to talk about it. She might not." # speaker: You
    "Ask. Right." He rubs his face. "Yeah. I'd hate it too, actually. Someone making a whole thing." # speaker: Rob
    -> after_rob
* ["Go on. I'll come with you." #rescue]
    ~ rob_plan = "ambush"
    -> ambush

= bottled
~ rob_plan = "none"
"Great speech, by the way." # speaker: You
"Yeah? Cheers, chief. Thought I was a bit off form today." # speaker: Rob
He brightens. {kasia_talk: You talk about the football the rest of the way.|He holds the door for you.} The thing you meant to say stays behind in Marlow's with the crumbs.
-> after_rob

=== after_rob ===
{kasia_talk: -> monday}
{rob_plan == "sulk":
    You step out of Marlow's on your own. # sfx: door # ambience: none
- else:
    You step out of Marlow's with Rob, who spots Dan at the crossing and jogs off to catch him up. # sfx: door # ambience: none
}
Kasia is still under the awning, hood up, headphones in, watching the rain bounce off the bins as if it owes her money. # discuss: You've spoken to the person who told the joke. What, if anything, do you owe the person it was about?
* [Stop and check in with Kasia. #intervene]
    -> kasia_talk
* [Leave her be. She's got her headphones in. #abandon]
    You give her a nod as you pass. She nods back. You walk back to the office on your own, rehearsing things you could have said to somebody.
    -> monday

=== ambush ===
"Go on. I'll come with you." # speaker: You
At three o'clock, Rob walks up to Kasia's desk with two coffees, and you one step behind him, like a witness. # sfx: footsteps # ambience: none
"Kas. Kas. I'm so sorry. I'm an idiot. I didn't realise how upset you were, and I just..." # speaker: Rob
The whole bank of desks goes quiet the way open-plan offices do, everyone typing slightly slower.
Kasia looks at Rob. Then, over his shoulder, at you. Then she does what she has clearly done many times before: she makes it fine.
"Rob. It's fine. Honestly. I'm fine. You're fine." # speaker: Kasia
She pats his arm. He tells her again how sorry he is. She tells him again that it's fine. It is ten minutes before he goes back to his desk, lighter.
Kasia puts her headphones in and doesn't take them out until six.
-> monday

=== monday ===
~ temp erred = laughed || stay_silent > 0 || spoke_for || spotlit || shamed
~ temp acted = asked || called_dan || talked_kasia || rob_plan == "ask" || rob_plan == "retire" || rob_plan == "relay"
~ rob_moved = rob_plan == "ask" || rob_plan == "retire"
~ listened = talked_kasia && trust >= 0
{
- rob_plan == "ambush" || (shamed && not repaired):
    -> ending_louder
- rescue >= 3 && (used_her_name || go_between || bill_move == "grab"):
    -> ending_louder
- not acted || (abandon >= 4 && not rob_moved):
    -> ending_joke
- dropped && not talked_rob:
    -> ending_her_call
- talked_rob && not talked_kasia && (rob_moved || rob_plan == "relay"):
    -> ending_mates
- erred && repaired:
    -> ending_repair
- erred:
    -> ending_loose
- else:
    -> ending_question
}

=== ending_question ===
Monday morning. Hannah's desk is empty except for a cactus she's left to the team, with a note: DO NOT OVERWATER. THIS MEANS YOU, DAN. # music: reflect # ambience: none
{
- rob_plan == "ask":
    At ten, Rob stops at Kasia's desk with two coffees and asks if she's got a minute. She says she's got two. He uses one. Whatever he says, it's short: you can tell from across the room, because he doesn't wave his hands once.
- rob_plan == "retire":
    Rob doesn't tell any jokes at stand-up, which Dan remarks on.
    "Resting my voice." # speaker: Rob
    He doesn't look at anyone in particular when he says it.
- rob_plan == "relay":
    Rob is breezy with Kasia all morning, the breeziness of a man who believes his apology has been delivered. {relayed: It has, in a way. By you. Kasia is polite about it.|It hasn't. You keep meaning to.}
- else:
    Rob is Rob: first in, radio on, doing the coffee run. He gets Kasia's order right without asking, the way he always has. Whatever he took away from Friday, he's keeping it to himself.
}
{talked_kasia:
    At lunch, Kasia turns her phone round to show you the list. Entry forty-two is there: Friday's date, Marlow's, Rob. Underneath it she's added a line. She won't tell you what it says.
    "It's mine," she says, and puts the phone away, and that seems exactly right. # speaker: Kasia
- else:
    You never do ask Kasia how Friday was for her. She doesn't bring it up. Once, passing your desk, she taps the back of your chair twice, which could mean anything.
}
"How did you know what to say? At the lunch?" # speaker: Tomi # sfx: kettle
Tomi has caught you by the kettle, very serious, the way he is about everything.
"I didn't," you tell him. "I asked a question. Rob did the rest." # speaker: You
{
- listened && rob_moved:
    Tomi nods slowly, as if he's writing it down somewhere. # ending: why-is-that-funny # ending_title: Why is that funny? # practice: take_action # practice: non_target # practice: listen # practice: support_leadership
- listened:
    Tomi nods slowly, as if he's writing it down somewhere. # ending: why-is-that-funny # ending_title: Why is that funny? # practice: take_action # practice: listen # practice: support_leadership # missed: non_target
- rob_moved:
    Tomi nods slowly, as if he's writing it down somewhere. # ending: why-is-that-funny # ending_title: Why is that funny? # practice: take_action # practice: non_target # missed: listen
- else:
    Tomi nods slowly, as if he's writing it down somewhere. # ending: why-is-that-funny # ending_title: Why is that funny? # practice: take_action # missed: listen # missed: non_target
}
You asked Rob what was funny and then let the silence do the work, so Rob heard his own joke in his own voice and Kasia didn't have to be the grown-up. # debrief
{
- talked_kasia && asked_spokesperson:
    When you checked in with Kasia you asked her to speak for every Polish person. She answered for herself instead, and told you what she wanted anyway. # debrief
- talked_kasia && not listened:
    When you checked in with Kasia, you kept reaching for her part of the work. She told you what she wanted anyway; it's worth another listen. # debrief
- talked_kasia:
    You checked in with Kasia without asking her to speak for every Polish person, and you took what she wanted at her word. That is listening, and it is supporting her lead. # debrief
- else:
    You never checked in with Kasia. She coped, as she always has; she might have liked to know someone noticed. # debrief
}
{rob_moved:
    You went to Rob as one of his own, someone who has laughed at worse, and he found his own way to make it right. That's going after your own group from the standpoint of support. # debrief
}
{rescue > 0:
    Somewhere along the way you reached to do something on Kasia's behalf. Notice where, and what it cost her. # debrief
}
{
- listened && rob_moved:
    Try again and laugh first, or speak for Kasia, and see what it takes to come back from it. # debrief
- else:
    Try again and, after lunch, find Kasia under the awning or hang back with Rob: the question at the table was only the start. # debrief
}
-> END

=== ending_repair ===
~ temp joker = "Dan"
{called_dan:
    ~ joker = "Leon"
}
Monday morning. Hannah's desk is empty except for a cactus and a note: DO NOT OVERWATER. THIS MEANS YOU, DAN. # music: reflect # ambience: none
{
- shamed:
    Rob is careful with you on Monday: polite, a bit stiff, no coffee run for your end of the office.
    {talked_kasia: Someone from Finance does ask Kasia if she's okay, just as she said they would. She tells them she's fine and has a deadline.}
    On Tuesday you catch Rob at the kettle. # sfx: kettle
    "I was out of order on Friday. Not what I said. How I said it. In front of everyone." # speaker: You
    "Yeah. And I was out of order with the what." # speaker: Rob
    Rob looks at you for a while before he says it. On Wednesday, the coffee run resumes. Kasia's order is right. Yours is wrong, which Rob insists is a coincidence.
- laughed || stay_silent > 0:
    On Wednesday, at the sprint review, {joker} says Kasia's estimate for the data migration is "very competitive, mates' rates", and looks round for the laugh.
    It doesn't come from you. You've been rehearsing this in the shower.
    "What do you mean, {joker}?" # speaker: You
    {joker} mumbles something about numbers and moves on. Across the table, Kasia writes something in her notebook and doesn't look up.
    Afterwards, in the corridor, she falls into step with you for exactly four paces.
    "Quicker," she says. "Getting there." # speaker: Kasia
- spoke_for || spotlit:
    On Wednesday, at the sprint review, {joker} says Kasia's estimate for the data migration is "very competitive, mates' rates", and looks round for the laugh.
    This time you look at Kasia first. She raises one eyebrow about a millimetre: go on, then.
    "What do you mean, {joker}?" # speaker: You
    {joker} mumbles something about numbers. Kasia takes it from there, and she is much funnier about it than you would have been.
}
{
- rob_plan == "ask":
    At some point that week, Rob asks Kasia if she's got a minute, and she says she's got two. Whatever he says, it's short.
- rob_plan == "relay" && not relayed:
    Rob thinks his apology reached Kasia. It didn't. You still mean to sort that out, properly this time, by telling him to do it himself.
- rob_plan == "sulk":
    Rob is still a bit cool with you. It'll pass, or it won't. You'd say the same thing again, but you'd say it differently.
}
{abandon > 1:
    You got it wrong before you got it right, more than once. Kasia doesn't seem to be keeping score of that. She has a different list.
}
{
- listened && rob_moved:
    The cactus survives the week. Dan has not been near it. # ending: coming-back-to-it # ending_title: Coming back to it # practice: mistakes # practice: take_action # practice: listen # practice: non_target
- listened:
    The cactus survives the week. Dan has not been near it. # ending: coming-back-to-it # ending_title: Coming back to it # practice: mistakes # practice: take_action # practice: listen # missed: non_target
- rob_moved:
    The cactus survives the week. Dan has not been near it. # ending: coming-back-to-it # ending_title: Coming back to it # practice: mistakes # practice: take_action # practice: non_target # missed: listen
- else:
    The cactus survives the week. Dan has not been near it. # ending: coming-back-to-it # ending_title: Coming back to it # practice: mistakes # practice: take_action # missed: listen # missed: non_target
}
{
- shamed:
    You shamed Rob in front of the team, which made Kasia the story; then you owned how you'd done it without taking back what you meant. # debrief
- laughed && come_back > 0:
    You laughed, the reflex laugh most of us have, and then you went back to it out loud, at the same table, in front of the same people. # debrief
- laughed && called_dan:
    You laughed at Rob's joke, and then you didn't let its little brother go past when Dan tried it at the bill. # debrief
- laughed:
    You laughed, the reflex laugh most of us have, and then you owned it plainly, without asking anyone to make you feel better. # debrief
- stay_silent > 0:
    You went quiet at the table, and then found your voice, late. Late still counts; next time it can be quicker. # debrief
- spoke_for:
    You spoke for Kasia at the table, then stepped back and let her say what she wanted in her own words. That's supporting her lead. # debrief
- spotlit:
    You handed Kasia the microphone in front of eight people, then took it back and put the question where it belonged, with Rob. # debrief
}
Making mistakes is part of the work; agreeing to fix them is the rest of it. # debrief
{
- listened:
    Kasia told you what she wanted, and you listened, even when it wasn't what you'd have chosen. # debrief
- talked_kasia:
    Kasia told you what she wanted under the awning. Next time, try taking it exactly as she said it, without adding to it. # debrief
- else:
    You never checked in with Kasia afterwards. Coming back to the joke was yours to do; asking her what she wanted would have been the other half. # debrief
}
{rob_moved:
    You went to Rob as someone who has laughed at worse, not from above, and he found his own way to make it right. # debrief
}
Try again and ask Rob the question straight away, then see what changes for Kasia and for Tomi. # debrief
-> END

=== ending_louder ===
Monday morning. Hannah's desk is empty except for a cactus and a note: DO NOT OVERWATER. # music: reflect # ambience: none
{
- rob_plan == "ambush":
    Rob is very careful with Kasia now. He asks if she's all right before every meeting. He holds doors. At stand-up he starts a joke about the printer, glances at her, and stops halfway.
    "He thinks I'm fragile now. I've been here longer than him. I trained him on the reporting tool." # speaker: Kasia
    "I spent ten minutes on Friday making him feel better about a joke about me. And you stood there and watched me do it." # speaker: Kasia
    She tells you this at the kettle, not angrily. Just so you know.
- shamed:
    By lunchtime, the story has been round the building. In the version that reaches Finance, Kasia "had a go at Rob" at Hannah's leaving do. Three people ask her if she's all right. One asks if she's going to HR.
    Rob is polite to you and has stopped doing the coffee run for your end of the office.
    {talked_kasia:
        "Finance. Like I said. I'm the incident now." # speaker: Kasia
        It has gone exactly the way she told you it would under the awning. She tells you this at the kettle, not angrily. Just so you know.
    - else:
        "I ate my soup. That's all I did. And now I'm the incident." # speaker: Kasia
        She tells you this at the kettle, not angrily. Just so you know.
    }
- used_her_name:
    Rob does ask Kasia if she's got a minute, as instructed. He asks at a volume the whole bank of desks can hear, and he opens with "I heard you were upset on Friday."
    "I didn't say I was upset. I said I was fine. Somebody's been translating me." # speaker: Kasia
    She tells you this later, at the kettle, not angrily. Just so you know.
- go_between:
    Rob never says anything to Kasia himself. As far as he's concerned it's been dealt with: you were passing it on.
    {relayed:
        "I got Rob's apology. Secondhand. Like a coat." # speaker: Kasia
        She tells you this at the kettle, not angrily. Just so you know.
    - else:
        You never did pass it on; there was never a right moment. So nobody has apologised to Kasia, and two people think it's been handled.
    }
- else:
    All Friday afternoon you were one step ahead of Kasia: the bill, the conversation, Rob. She noticed. {rob_moved: When Rob asks her for a minute on Tuesday, it goes fine, and she makes sure you know she handled it herself.}
    "You're very kind. You keep getting there before me." # speaker: Kasia
    She tells you this at the kettle, not angrily. Just so you know.
}
{rescue > 3:
    You fought hard on Friday, on her side. You just never quite asked her where she wanted the fight to be.
}
{
- shamed || rob_plan == "ambush":
    "I'm going to be really careful around Kasia from now on. Like, no jokes at all. Just to be safe." # speaker: Tomi
    Tomi stops you in the corridor to tell you this, earnestly. He's worked out a rule from Friday, the way he works out all the rules. # sfx: footsteps
- else:
    "Is Kasia okay? Everyone keeps asking if Kasia's okay." # speaker: Tomi
    Tomi stops you in the corridor, earnest and worried. He's trying to work out the rule, the way he works out all the rules. # sfx: footsteps
}
He means it kindly. You think of Kasia, nine metres away, about to be handled with care by one more person. # ending: louder-than-her # ending_title: Louder than her # practice: take_action # missed: support_leadership # missed: listen # missed: non_target
You acted, and that matters: plenty of people at that table didn't. # debrief
But each time you spoke for Kasia, shamed Rob in public or carried messages between them, she lost a little more say in her own story. # debrief
{
- rob_plan == "ambush":
    Rob's apology ended up being for Rob: Kasia spent ten minutes looking after him, in front of the whole bank of desks. # debrief
- shamed:
    Going after Rob from above, as someone better than him, pushed him away and made Kasia the incident instead of the joke. # debrief
- used_her_name:
    You put words in Kasia's mouth to move Rob, and he acted on words she never said. # debrief
- go_between:
    Carrying Rob's apology for him let him skip the part where he says it himself. # debrief
- else:
    Doing Kasia's jobs for her, the bill, the talking, the sorting-out of Rob, left her less room to do them her way. # debrief
}
Try again and ask Kasia what she wants before you act for her, and go to Rob as someone who has laughed at worse. # debrief
-> END

=== ending_joke ===
Monday morning. Hannah's desk is empty except for a cactus and a note: DO NOT OVERWATER. # music: reflect # ambience: none
"And Kasia's estimate for the migration is very competitive. Mates' rates, eh?" # speaker: Tomi
That's Tomi at stand-up, finishing his update, trying out being one of the gang. He looks at Rob for approval.
Rob laughs. Dan laughs. It's over before you've decided what to do with your face.
"Good one, Tomi." # speaker: Kasia
{talked_kasia:
    Kasia types something into her phone. You know what number it is.
- else:
    Kasia types something into her phone, briefly, the way you'd note down a number plate.
}
{talked_kasia: She told you what she wanted under the awning on Friday. It wasn't much. It was one question.}
{plan_later: You still mean to find a moment with her. You've meant to for a while now.}
{abandon > 3: None of it felt like a decision at the time: a moment let go here, a shrug there. It added up anyway.}
In December, Kasia doesn't come to the Christmas lunch. She has a thing. She has quite a lot of things on, these days, whenever the team eats together.
The seat by the radiator goes to whoever turns up last. # ending: only-a-joke # ending_title: Only a joke # missed: take_action # missed: listen # missed: non_target
Nobody did anything cruel on Friday. The joke was told, the table laughed, and the lesson Tomi learned was that this is how the team talks. # debrief
Kasia handled it her way, with "good one" and, as it happens, a list in her phone of every joke like it since 2016. She shouldn't have had to handle it alone. # debrief
One question at the table, or a quiet word with Rob afterwards, would have cost you a few awkward minutes and changed what Tomi learned. # debrief
Try again and ask Rob to explain what's funny, or laugh and then come back to it: there is more than one moment to get this right. # debrief
-> END

=== ending_her_call ===
Monday morning. There's a flat white on your desk when you get in, your order exactly, which Kasia can only have got from Rob. No note. When you look over, she has her headphones in and is frowning at a spreadsheet, which is how you know it was her. # music: reflect # ambience: none
Nobody mentions Friday. Rob is Rob: first in, radio on, doing the coffee run.
{answered:
    As far as you know, Rob never tells that joke again. But in October, at someone else's leaving do, at a table you're not sitting at, Dan tells it, with Rob's timing. Priya says Rob laughed.
- else:
    In October, at someone else's leaving do, at a table you're not sitting at, Rob tells the one about the Polish builder again. You hear about it from Priya.
}
You find Kasia at the kettle. You don't ask; she tells you anyway. # sfx: kettle
"Forty-six. They're consistent." # speaker: Kasia
"You can talk to him, you know. I told you. What you do with Rob was always your business." # speaker: Kasia
You think about the walk back up Station Road under one umbrella, talking about the football. # ending: her-call # ending_title: Her call # practice: listen # practice: support_leadership # missed: non_target
Kasia asked you to drop it with her, and you did. She trusts you more for it; the coffee on your desk says so. # debrief
But she also told you that Rob was your business, not hers. He never heard from you, and the joke kept travelling. # debrief
Respecting what someone from the target group wants, and doing the work with your own group, are two different jobs, and both are yours. # debrief
Try again and, on the walk back, say something to Rob for yourself, not in her name. # debrief
-> END

=== ending_mates ===
Monday morning. Hannah's desk is empty except for a cactus and a note: DO NOT OVERWATER. # music: reflect # ambience: none
{
- rob_plan == "ask":
    At ten, Rob stops at Kasia's desk with two coffees and asks if she's got a minute. She looks surprised, then says she's got two. Whatever he says, it's short. When he walks away she sits for a moment with her hands flat on the desk, then goes back to her spreadsheet.
- rob_plan == "retire":
    Rob doesn't tell any jokes at stand-up, which Dan remarks on.
    "Resting my voice." # speaker: Rob
    The one about the Polish builder is never heard again, at least not from him.
- else:
    Rob gives Kasia a thumbs-up across the office, the kind you give someone after a message has been delivered. Kasia, who has received no message, gives him a puzzled one back. You meant to tell her. You still mean to.
}
Kasia has no idea you had anything to do with it. {asked: As far as she knows, you asked one question at lunch, and that was the end of it.|As far as she knows, you {laughed:laughed at the joke|sat through the joke} and went back to your emails, like everyone else.}
She's friendly with you. She's friendly with everyone. When the team goes back to Marlow's in March, she takes the seat by the radiator, and she doesn't turn the crossword round for you to see.
"Cork." # speaker: Rob
Rob says it out of nowhere on Tuesday, putting a flat white on your desk, and nods as if that's a whole sentence. # ending: between-mates # ending_title: Between mates # practice: take_action # practice: non_target # missed: listen
You went to Rob as one of his own, not as someone better than him, and it worked: he heard it, and he did something about it. # debrief
{asked:
    You asked the question at the table, but never checked in with Kasia afterwards, so she never got to say what she wanted. # debrief
- else:
    You never checked in with Kasia, so she never got to say what she wanted, and never knew that anyone at that table had noticed. # debrief
}
Working on your own group is half of it; the other half is asking the person it landed on, and then listening. # debrief
Try again and find Kasia under the awning before you go back. # debrief
-> END

=== ending_loose ===
Monday morning. Hannah's desk is empty except for a cactus and a note: DO NOT OVERWATER. # music: reflect # ambience: none
{
- rob_plan == "ask":
    At ten, Rob stops at Kasia's desk and asks if she's got a minute. Whatever he says, it's short. {used_her_name: He starts with "I heard you were upset," and Kasia's face does something complicated.}
- rob_plan == "retire":
    Rob doesn't tell any jokes at stand-up, which Dan remarks on.
    "Resting my voice." # speaker: Rob
- rob_plan == "relay":
    Rob is breezy with Kasia, the breeziness of a man who believes his apology has been delivered. {relayed: It was, secondhand, by you.|It wasn't.}
- rob_plan == "sulk":
    Rob is a bit cool with you. He's still telling jokes at stand-up, just not at your end of the room.
- else:
    Rob is Rob: first in, radio on, doing the coffee run.
}
Kasia is pleasant to you. She's pleasant to everyone. She doesn't turn the crossword round for you, and she doesn't mention the list again.
{
- laughed:
    You never quite said it, to her or to Rob: that you laughed, and wish you hadn't. It sits between you, small and hard to shift, like a stone in a shoe.
- spotlit:
    You never quite took back the question you asked her in front of eight people. She hasn't forgotten it. She just doesn't mention it.
- else:
    You said some things, to some people, after. The first thing, the one at the table, you never said, and nobody at that table knows you wanted to.
}
"Was that joke on Friday okay, in the end? Or not?" # speaker: Tomi # sfx: kettle
Tomi asks you this at the kettle, genuinely unsure. You open your mouth and find you haven't given him much to go on.
{
- rob_moved:
    "Not," you tell him, eventually. It's a start. # speaker: You # ending: loose-ends # ending_title: Loose ends # practice: take_action # practice: non_target # missed: mistakes
- else:
    "Not," you tell him, eventually. It's a start. # speaker: You # ending: loose-ends # ending_title: Loose ends # practice: take_action # missed: mistakes # missed: non_target
}
You did act on Friday: you followed up, you talked to people, and that is more than most of the table managed. # debrief
{
- laughed:
    But the first mistake, the reflex laugh, never got owned, and Kasia was left to wonder which one was the real you. # debrief
- spotlit:
    But handing Kasia the microphone in front of eight people never got put right, and it coloured everything after. # debrief
- else:
    But the silence at the table never got broken, by you, where Rob and Tomi could see it. # debrief
}
Expect to make mistakes, and agree to fix them: a plain "I did that, I'm sorry, I won't next time" costs less than it feels. # debrief
Try again and, when you get it wrong, go back and name it, to Kasia or to Rob, without asking anyone to make you feel better. # debrief
-> END
