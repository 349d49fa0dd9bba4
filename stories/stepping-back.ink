# title: Stepping back
# summary: Nadia, a senior designer who uses a wheelchair, is pitching her accessibility plan to leadership, and the director keeps turning to you. Back her lead without taking it over or leaving her to it.
# duration: 12 min
# content_note: Ableism at work: a disabled colleague is talked over and her expertise is questioned (no slurs)
# content_note: Workplace tension over budget cuts, deadlines and who gets the credit
# author: Common Ground

VAR intervene = 0
VAR rescue = 0
VAR abandon = 0

// Story state of our own.
VAR trust = 0              // how far Nadia trusts you to back her without taking over
VAR showed = false         // you showed her Cath's text
VAR asked = false          // you asked what she needs, so you know what she wants
VAR knows_figure = false   // she knows the cuts and your underspend before the meeting
VAR ceiling = false        // you gave Cath a lower number behind her back
VAR spoke_for = false      // you answered a question meant for her
VAR owned_ceiling = false  // you told her about the text to Cath
VAR owned_spoke = false    // you owned answering for her
VAR handed_back = false    // you handed Cath's question back to her
VAR credited = false       // you redirected Cath's thanks to Nadia
VAR kept_credit = false    // you accepted Cath's thanks and the action
VAR owen_onside = false    // Owen agreed to a start date for phase two
VAR funding = "audit"      // audit | hers | yours
VAR reports_to_nadia = false
VAR friday = "none"        // none | hers | yours | nobody
VAR rested = false
VAR refused = 0            // times Nadia has turned down your help
VAR reworked = false

-> early

=== early ===
Ten to ten on a Tuesday. The fourth-floor meeting room smells of whiteboard marker and somebody's reheated porridge. # scene: meeting-room # music: meeting # ambience: meeting-room
Nadia Osei is already here, at the end of the long table nearest the screen: the only end without a table leg in the way. She has her laptop on her knees and a display cable between her teeth.
She takes it out to speak. "Tell me this screen works today." # speaker: Nadia
It works on the second try. Her first slide comes up, huge and plain: the checkout page of the company's own booking website, with a red box drawn round a button that has no label. # sfx: click
You have known Nadia for six years. She is the senior designer who wrote the company's accessibility standards in her own evenings, the person everyone messages when a customer complaint mentions a screen reader. Today she is item four on the leadership agenda: Accessibility programme, N. Osei, twenty minutes.
Her one-page proposal is on the table in front of you. An external audit of the booking site. A rebuild of the checkout, which nobody using a screen reader has managed to finish in two years. A paid panel of disabled customers to test it, and training for the designers so it stays fixed. Fifty-eight thousand pounds over two quarters, and half a developer.
You sit on the budget committee, so you know something she doesn't yet. Yesterday the committee was told to find eight per cent savings before anything new gets funded. You also know that your own team's training line has fifteen thousand pounds sitting in it unspent, because the course you booked went bust, and that it goes back to the centre in June if nobody uses it.
Your phone buzzes. # sfx: phone-buzz
It's Cath Byrne, the director. You and Cath started in the call centre the same week, twelve years ago. "Is Nadia's access thing going to be expensive? Give me your honest read before 10. C" # speaker: Cath
Nadia is watching her slides load. She hasn't seen your phone. # discuss: Cath asked you about Nadia's proposal, not Nadia. What could you do with that message, and what would each option cost you, and her?
* [Show Nadia the message #intervene]
    ~ showed = true
    ~ trust++
    You turn the phone round and hold it out.
    Nadia reads it. Her mouth does something that isn't quite a smile. "Course she did." # speaker: Nadia
    "That's not at you. It's my proposal and she's texting you about it, that's all. It happens a lot." # speaker: Nadia
    She hands the phone back. "Tell her the honest read is that I'm presenting it at ten, with the numbers." # speaker: Nadia
    You type it word for word and send it. # sfx: click
    "Thanks for showing me," she says. "Since you're being useful." # speaker: Nadia
    -> the_ask
* [Ask Nadia what she needs from you today #intervene]
    ~ trust++
    "Before everyone piles in: is there anything you want from me in there?" # speaker: You
    Nadia looks up from the laptop. For a second she seems to be checking whether you mean it.
    "Nobody's asked me that before one of these," she says. "Give me a second. I want to answer it properly." # speaker: Nadia
    You put the phone face down on the table. Cath can wait ten minutes.
    -> the_ask
* [Text Cath your honest read #rescue]
    ~ ceiling = true
    You type fast, because Cath asked and you know the numbers better than anyone in the building. "Worth doing. Pricey. Given the cuts I'd back forty, not the full fifty-eight." # speaker: You
    Sent. It's reasonable. It's exactly what you would say in committee. # sfx: click
    It is also Nadia's number, moved, before she has said a word.
    Nadia glances over. "Was that Cath?" # speaker: Nadia
    -> told_cath
* [Pocket the phone. It's Nadia's meeting, not yours. #abandon]
    You turn the phone face down. The last thing Nadia needs ten minutes before a pitch is you hovering over her.
    "Good luck. Not that you need it." # speaker: You
    "Thanks." She's already back in her slides. If she was going to ask you something, the moment passes. # speaker: Nadia
    You answer three emails while the room fills up.
    -> meeting

=== the_ask ===
"Two things," Nadia says. # speaker: Nadia
"One. You're on the budget committee. What has Cath actually got to play with? Everyone round that table will know the real number except me. I'm always the one guessing." # speaker: Nadia
"Two. Owen is going to ask how many of our customers 'actually need this'. He asks every time. When he does, I would like not to be the only person in the room who answers it. I am so tired of being the only one who answers it." # speaker: Nadia
She turns her chair a few degrees so she's facing you square on. "What I don't want is anybody answering the questions that are for me. I've had years of that." # speaker: Nadia
~ asked = true
Strictly, the committee's figures aren't shared until Friday. # discuss: Nadia has asked for the budget picture. How much do you share, and do you add advice she hasn't asked for?
* [Tell her everything, cuts and your team's underspend #intervene]
    ~ knows_figure = true
    ~ trust++
    You tell her. Eight per cent. Nothing new unless something else gives. And fifteen thousand in your training line, unspent, that goes back to the centre in June if nobody uses it.
    Nadia writes "8%" and "15k ops June" on the back of her hand in biro.
    "That's useful. That is really useful." She's already dragging a slide into a new place. "Phase three is training, mostly. Isn't it." # speaker: Nadia
    It isn't a question, and it isn't one for you.
    You have just shared committee business three days early. You decide you can live with that, and with whatever Marcus says if he finds out.
    -> meeting
* [Tell her the cuts, then how to pitch it to Cath #rescue]
    You tell her about the eight per cent. Then, because you've known Cath for twelve years, you keep going.
    "Lead with the legal risk, she hates legal risk. Don't open on the complaints. And maybe go in at forty, so she feels like she's won something—" # speaker: You
    ~ refused++
    "I asked for the number." Nadia's voice is level. "Not the pitch." # speaker: Nadia
    "I've been pitching this for two years. Going in low is how I got 'next year', twice." # speaker: Nadia
    She thanks you for the eight per cent, and means it, and turns back to her screen. You never get round to mentioning the underspend.
    -> meeting
* ["Committee business. I can't, sorry." #abandon]
    "I'm not allowed to, not till Friday. Sorry. You know what it's like." # speaker: You
    "Sure." Nadia nods, as if she does know what it's like, exactly. "Everyone else in there will know it, though." # speaker: Nadia
    She goes back to her slides. It's a real rule and you've kept it. It doesn't feel the way keeping a rule usually feels.
    -> meeting

=== told_cath ===
You could tell her. It would mean saying "forty" out loud to the person whose plan costs fifty-eight. # discuss: You've already shaped Nadia's meeting without her. What do you owe her now, before she goes in?
* [Tell her exactly what you sent #intervene]
    ~ owned_ceiling = true
    You read it out. All of it, including the forty.
    Nadia doesn't say anything for long enough that you can hear the air conditioning.
    "So forty's the ceiling," she says. "Before I've opened my mouth." # speaker: Nadia
    "Thanks for telling me. I'd rather know now than find out in there." She isn't smiling. # speaker: Nadia
    "I'm still asking for fifty-eight. If Cath quotes forty at me, I want you to say you sent that before you'd seen the full plan. Because you hadn't seen the full plan." # speaker: Nadia
    "Okay," you say. It's not much to ask, and she has told you exactly what it is. # speaker: You
    -> meeting
* ["Yes. Look, let me handle the money part in there." #rescue: 2]
    ~ trust--
    "She listens to me on money. Let me take the budget slide, and you do the rest." # speaker: You
    ~ refused++
    "No." # speaker: Nadia
    It isn't loud. It doesn't need to be.
    "She listens to me too, when she gets to hear me. I've been handling the money part for two years." # speaker: Nadia
    She turns back to the screen. You offered the thing you'd most want offered to you, and it has landed as the thing she least wanted.
    -> meeting
* ["Just Cath. Nothing important." #abandon]
    "Just Cath being Cath. Nothing important." # speaker: You
    Nadia nods and goes back to her slides. You tell yourself it's a small thing, a text between old friends.
    -> meeting

=== meeting ===
The door opens at ten on the dot. # sfx: door
Cath arrives with a coffee and an agenda of eleven items. Owen Pryce, head of product, arrives with his laptop already open on the board for Rebook, the big September launch. Marcus from Finance comes in behind them, and Jo, who takes the notes.
Owen swings his bag down at the end of the table, into the one gap without a table leg.
"Owen. Bag." Nadia says it the way you'd say it about a bag anywhere. # speaker: Nadia
"God, sorry, Nadia, sorry, sorry." He moves it, and keeps apologising for rather longer than the bag deserves. # speaker: Owen
Cath drops into the chair next to yours. # sfx: chair
{
- ceiling:
    "Thanks for the steer this morning," she murmurs. "Forty. Helpful." # speaker: Cath
    Across the table, Nadia hears it. She doesn't look up.
- showed:
    "Very diplomatic reply," she murmurs. "I'll take that as a no comment." # speaker: Cath
- else:
    "You didn't answer my text," she murmurs, not crossly. # speaker: Cath
}
Items one to three take longer than they should. Then Cath says, "Nadia. Go." # speaker: Cath
Nadia doesn't waste a slide. She plays a screen recording: the company's own checkout, a screen reader's flat voice reading out "button, button, unlabelled button" while the timer in the corner runs down and the booking drops.
"That's our site," she says. "Eleven customers emailed about the checkout this quarter. One man booked a room for his mother by phoning us, three times, because the site kept throwing him out. Most people who can't use our checkout don't email. They book with whoever's checkout works." # speaker: Nadia
Then the plan, in three slides. Audit. Rebuild. Test it with the people who will use it, and train the designers so it doesn't break again. She has the risk register, the competitor who got a solicitor's letter last spring, and the cost of doing nothing, worked out to the month.
It's good. You have sat through a lot of pitches in this room, and it is good.
{rescue > 1: You notice your own hand hovering over your pen, ready to add something. There is nothing to add.}
-> the_question

=== the_question ===
"Thanks, Nadia. Very clear," Cath says. "One question. If we only did the audit this year, what do we actually get?" # speaker: Cath
Nadia takes a breath and reaches for the trackpad, looking for the slide that answers it.
In the pause, Cath's eyes slide sideways to you. "You've read this. What's your view?" # speaker: Cath
{asked: Nadia told you, before the meeting, what she didn't want. Anybody answering the questions that are for her.}
{rescue > 1: Cath has already had one steer from you today. It would be the easiest thing in the world to give her another.}
You do know the answer. It's on page one. The pause is getting long. # discuss: Cath asked Nadia a question and then turned to you. Why does that happen in meetings, and what will Nadia read into whatever you do next?
* [Answer Cath. She asked you, and you know it. #rescue: 2]
    ~ spoke_for = true
    ~ trust--
    "The audit tells us exactly what's broken," you say. "Then we phase the rebuild into next year, when things loosen up. It's a sensible first step." # speaker: You
    It comes out smooth. Cath nods. Jo types it up.
    Nadia has found her slide. She doesn't put it up.
    "What the audit gets us," she says, "is a very expensive list of things I could list for you now, for free. Phasing the rebuild into next year is what we did last year." # speaker: Nadia
    It's said to Cath. It lands on you. Cath says, "Fair," and the meeting moves on, but your version is already in Jo's notes. # speaker: Cath
* ["I'd rather hear Nadia on that. It's her plan." #intervene]
    ~ trust++
    ~ handed_back = true
    "I'd rather hear Nadia on that," you say. "It's her plan, and she knows it better than I do." # speaker: You
    Cath's eyebrows go up a millimetre. You've known her twelve years; you know that millimetre. She isn't used to you handing things back, and she doesn't love it.
    "Go on then, Nadia," she says. # speaker: Cath
    Nadia puts the slide up. "An audit on its own gets us a very expensive list of things I could list for you now, for free. The rebuild is what gets customers through the checkout." # speaker: Nadia
    She holds Cath's eye while she says it. Cath, to her credit, holds hers.
* [Say nothing. Let the pause sit. #abandon]
    You look down at your notepad. The pause stretches. Cath is still looking at you, waiting, and somehow your silence is holding the floor.
    Nadia fills it herself. "I'll take that one, Cath, since it's my plan." # speaker: Nadia
    She answers it well: an audit alone is a very expensive list of things she could list right now, for free. But she had to take the question back before she could answer it, and everyone watched her do it.
- -> owen

=== owen ===
Owen leans back. "I'm not against any of this," he says, in the voice of a man about to be against it. # speaker: Owen # music: tension
"But I've got Rebook going live in September and a team that's done four weekends in a row. Half a developer for two quarters is the difference between shipping and not shipping." # speaker: Owen
"And, genuinely asking, how many of our customers actually need this? I've never had a single complaint come through product. Not one." # speaker: Owen
Marcus studies his spreadsheet. Jo stops typing.
Nadia's shoulders drop a centimetre. You have watched her answer this exact question in two other meetings. She opens her mouth to answer it a third time.
{asked: This is the moment she asked you for. Not to answer her questions. To not leave her alone with this one.}
The complaints Owen has never seen don't go to product. They go to customer service, and customer service reports to you. # discuss: Owen has real pressure on his team. How do you bring him along without making him the villain, and whose job is it to do that?
* ["I used to ask that too, Owen. Can I say what changed?" #intervene]
    ~ owen_onside = true
    ~ trust++
    "I asked the same thing a couple of years ago," you say. "Honestly. Then I started reading what comes into customer service." # speaker: You
    "Those complaints don't come to product, Owen. They come to my team. Eleven this quarter, on the checkout alone. I should have been sending them to you, and I haven't. That one's on me." # speaker: You
    Owen blinks. "Eleven? Nobody's ever sent me those." # speaker: Owen
    "I'll send them this afternoon." # speaker: You
    He rubs his face. "Then it's not a whether, it's a when. I can't lose anyone before Rebook ships. I really can't." # speaker: Owen
    Nadia has had her answer ready all this time. Now she uses it for something better. "Then start phase two in October, after Rebook. And I'd want your best front-end developer, not whoever's free." # speaker: Nadia
    Owen almost laughs. "October I can do. The best one, I'll think about." # speaker: Owen
    Nadia writes it down. So does Jo.
* ["Honestly, Owen, that's a slightly embarrassing question." #rescue]
    "Honestly, Owen? That's a slightly embarrassing question." # speaker: You
    It gets a laugh from Marcus, which makes it worse.
    Owen goes red. "I ask about capacity and I get told I'm embarrassing. Great. Good to know." # speaker: Owen
    He folds his arms. Whatever he might have given, he won't give it now, not in front of everyone.
    Nadia ends up smoothing it over. "It's a fair question about capacity, Owen. Let's talk about timing after." # speaker: Nadia
    So now she is doing your job as well as hers: looking after Owen's feelings, in the middle of her own pitch.
* [Let Nadia answer. She knows this better than you do. #abandon]
    { asked:
        ~ trust--
    }
    You keep quiet. It's her subject. She's the expert. You'd only get it half right.
    Nadia answers it for the third time. One in five people. The legal duty. The eleven emails, which she has only seen because she asked customer service to forward them to her personally.
    She is precise and patient and completely right, and Owen nods the way people nod at the weather. "Still a capacity problem, though," he says. # speaker: Owen
    {asked: She glances at you, once. It's the look of someone who asked for one thing.}
- -> money

=== money ===
"Right." Cath puts her coffee down. "I'll be straight with you, Nadia, because you deserve straight." # speaker: Cath # music: meeting
"The board froze new spend after a bad first quarter. I have to find eight per cent. I can find twenty thousand for the audit, from central, this year. I can't find fifty-eight." # speaker: Cath
{
- ceiling && owned_ceiling:
    "And I gather even forty would be a stretch," Cath adds, with a nod towards you. # speaker: Cath
    You say what Nadia asked you to say. "I sent that before I'd seen the full plan, Cath. Nadia's number is the one to use." # speaker: You
    Cath shrugs, unbothered. It costs you a little face in front of the room. It is exactly the right size of cost.
- ceiling:
    "And I gather even forty would be a stretch," Cath adds, with a nod towards you. # speaker: Cath
    Nadia's eyes go to you, stay there for a second, and go back to Cath.
}
Cath isn't being unkind. You were in the committee room yesterday when the eight per cent landed; you watched her face while she did the sums.
{knows_figure: -> she_asks | -> your_call}

= she_asks
Nadia doesn't miss a beat. "Then I'd like to ask something, in front of everyone." # speaker: Nadia
She turns her chair to face you. "Your training line has fifteen thousand unspent. Phase three is a testing panel and training for the design team. Would you put it towards that?" # speaker: Nadia
Everyone looks at you. It's your team's money. Your team were looking forward to that course, and your deputy fought for it. # discuss: Nadia has asked you, in public, for your resources. What makes a yes hard here, and what makes it more than just a yes?
* ["Yes. It's yours." #intervene]
    ~ funding = "hers"
    ~ trust++
    "Yes," you say. "It's yours." # speaker: You
    Your deputy will be annoyed about the course. You'll buy her a coffee and explain. Marcus makes a note. Cath looks from you to Nadia and back, recalculating something.
* ["Yes, and my team can run the panel for you." #rescue]
    ~ funding = "hers"
    "Yes. And my team can run the testing panel, take that off your plate." # speaker: You
    ~ refused++
    "I'll run the panel," Nadia says. "I've already written the recruiting brief, and I know who to ask. But thank you for the money." # speaker: Nadia
    She thanks you for the money the way people thank you for the part they wanted.
* ["Can we take that offline? It's my team's budget." #abandon]
    ~ funding = "audit"
    ~ trust--
    "Can we pick that up offline?" you say. "It's my team's budget. I'd need to talk to them first." # speaker: You
    It's true. It's also the sentence most budgets in this room have quietly died on.
    Nadia nods once. "Sure. Offline." # speaker: Nadia
    Cath is already moving on.
- -> credit

= your_call
Nobody in the room but you and Marcus knows about the fifteen thousand. Nadia certainly doesn't. She's sitting very straight, doing sums on a number she has only just heard. # discuss: You have money and the director's ear, and Nadia doesn't. What is the difference between offering them and taking over with them?
* [Slide her a note: "Ops underspend, 15k. Yours if useful." #intervene]
    ~ funding = "hers"
    ~ trust++
    You write it on the corner of your agenda, tear it off and slide it along the table.
    Nadia reads it. She looks at you for a second, weighing it up: is this help, or is this you?
    Then she folds the note and turns to Cath. "I've just been told there may be fifteen thousand unspent in ops training. If it's offered, I'd put it into phase three. Testing and training are the parts that stop this breaking again." # speaker: Nadia
    "Is it offered?" Cath asks you. # speaker: Cath
    "It's offered," you say. "It's Nadia's to use." # speaker: You
* ["Ops can cover the rest. Leave it with me." #rescue: 2]
    ~ funding = "yours"
    ~ trust--
    "Ops has an underspend," you say. "I can cover the gap. Leave it with me, I'll sort it." # speaker: You
    "Brilliant." Cath visibly relaxes. "Then let's make it ops-led. Much easier to get that past the board." # speaker: Cath
    It is easier. That's the trouble. You watch Nadia's plan become your line item in the space of a sentence.
    ~ refused++
    "Phase three was going to be run by design," Nadia says, carefully. # speaker: Nadia
    "Sure, sure, you'll be involved," says Cath. # speaker: Cath
* [Keep quiet. Your team needs that training money too. #abandon]
    ~ funding = "audit"
    You don't mention it. Your team has waited a year for that course, and you'd have to rebook it with someone else. It's a real need. It just isn't the only one in the room.
    "Twenty for the audit, then," Cath says. "And we revisit the rest next year." # speaker: Cath
    "Fine," Nadia says, in a voice that has said "fine" to "next year" before. # speaker: Nadia
- -> credit

=== credit ===
Cath checks the clock. Seven items still to go.
{
- funding == "yours":
    "Good. So: ops leads, central funds the audit{owen_onside:, and phase two starts in October}." # speaker: Cath
- funding == "hers":
    "Good. So: audit from central, phase three from the ops underspend{owen_onside:, phase two from October}." # speaker: Cath
- else:
    "Good. So: audit from central, and the rest goes on next year's list." # speaker: Cath
}
Then she turns to you. "And thank you for pulling this together. It's good to see ops getting behind it. Can you own it from your side and send me a monthly update?" # speaker: Cath
Jo types your name into the actions column.
{intervene + rescue == 0: You haven't pulled anything together. You've barely said a word. It's your name going in the column anyway.}
{funding == "yours": Of course Cath is asking you. You've just taken the money side.}
{rescue > 2: After the morning you've had, it would feel like the natural thing to say yes.}
Nadia is looking at the screen, where her own name sits in small type at the foot of her own slides. # discuss: Cath has just thanked you for Nadia's work. What makes it hard to correct a director in public, and what happens if nobody does?
* ["It's Nadia's programme. She should report to you directly." #intervene]
    ~ reports_to_nadia = true
    ~ credited = true
    ~ trust++
    "That's kind, but it's Nadia's programme," you say. "She built it. She should be the one reporting to you. I'm on the end of the phone if she wants me." # speaker: You
    There's a tiny pause, the kind that costs you something with Cath that you'll earn back over lunch one day.
    "Of course. Nadia, monthly, to me," Cath says. Jo deletes your name and types Nadia's. # speaker: Cath
    { funding == "yours":
        Nadia catches your eye. "And the ops money, is that mine to spend or yours?" # speaker: Nadia
        "Yours," you say. You mean it, and you both know the board paper will still say ops. # speaker: You
    }
* ["Happy to. I'll keep Nadia in the loop." #rescue]
    ~ kept_credit = true
    "Happy to," you say. "I'll keep Nadia in the loop." # speaker: You
    In the loop. Of her own programme. You hear it about half a second after everyone else does.
    Nadia says nothing. Jo leaves your name in the actions column.
* [Let it go. Correcting Cath in public would look petty. #abandon]
    ~ reports_to_nadia = true
    You smile and say nothing. It's just a form of words; everyone knows whose work it is.
    Nadia clears her throat. "I'll send the updates, Cath. It's my programme." # speaker: Nadia
    "Of course, of course," says Cath. Jo changes the name. # speaker: Cath
    Nadia got there on her own. She usually has to.
- Cath moves on to item five. The rest of the meeting happens around you: a fire-door policy, a row about parking, the date of the Christmas party.
-> after

=== after ===
At half past eleven the room empties. # sfx: footsteps
Nadia stays behind to unplug the screen. The cable fights her. She wins.
{
- spoke_for || (ceiling && not owned_ceiling): -> repair
- trust >= 2: -> her_ask
- else: -> distance
}

= repair
She's coiling the cable and not looking at you.
{spoke_for: You can still hear your own voice in the middle of her pitch. A sensible first step. It's in Jo's notes now, as if it were the plan.}
{ceiling && not owned_ceiling && not spoke_for: "Forty," she says, to the cable. "Helpful." # speaker: Nadia}
{rescue > 3: It has been a morning of you stepping in. This is the one sitting in the room with you both.}
Neither of you says anything. The cable is nearly coiled. # discuss: You got something wrong, in front of people. What does a real repair sound like, and what does it ask of Nadia?
* [{spoke_for:"I answered for you in there. I shouldn't have."|"I gave Cath a number for your plan. I shouldn't have."} #intervene]
    { spoke_for && ceiling && not owned_ceiling:
        You make yourself say the rest of it. "And this morning I told Cath forty, behind your back." # speaker: You
    }
    ~ owned_spoke = spoke_for
    ~ owned_ceiling = ceiling
    ~ trust++
    "No," Nadia says. "You shouldn't have." # speaker: Nadia
    She finishes coiling the cable. It takes long enough that you don't fill the silence, which you suspect is the point.
    "Thanks for saying it, though. Most people make me bring it up, and then I'm the difficult one." # speaker: Nadia
    "Here's what I want. If you've got something to add in a meeting, pass me a note. I'll decide whether it gets said." # speaker: Nadia
    {spoke_for: "And ask Jo to fix the minutes. That audit line was your view, not the plan." # speaker: Nadia}
    "I'll do it now," you say, and you do, before you've left the room. # speaker: You
* ["I was only trying to keep things moving." #rescue]
    "I was only trying to keep things moving," you say. "Cath was getting impatient." # speaker: You
    "I know." Nadia drops the cable into her bag. "It moved. Just not where I was taking it." # speaker: Nadia
    She goes. The door swings shut behind her on its slow hinge. # sfx: door
* [Say "Good meeting" and head out. #abandon]
    "Good meeting," you say. # speaker: You
    "Was it." It isn't a question. # speaker: Nadia
- -> evening

= her_ask
She drops the cable into her bag and looks up at you.
{kept_credit: "For the record," she says, "I'm not in the loop. I'm the loop." It's said lightly. It isn't light. # speaker: Nadia}
{trust >= 5: "That's the best version of this meeting I've had," she says. "So I'm going to push my luck." # speaker: Nadia}
"Friday's budget committee. I want phase two in the real budget, not as a favour from Owen that vanishes if Rebook slips. Can you get me ten minutes on the agenda? I'll do the talking." # speaker: Nadia
Friday's agenda is already full. Getting her on it means Marcus moving something of his, and you owing Marcus. # discuss: Nadia has asked for access, not for you to speak for her. What makes "I'll just do it for you" so tempting here?
* ["I'll get you on. What else do you need in the room?" #intervene]
    ~ friday = "hers"
    "I'll get you on," you say. "What else do you need in the room?" # speaker: You
    She thinks about it. "Sit where Cath can see you. If anyone asks you a question that's mine, send it back to me." # speaker: Nadia
    You message Marcus before she's out of the door. He replies with a groan and the word "fine". # sfx: notification
* ["Quicker if I just raise it for you at committee." #rescue]
    ~ friday = "yours"
    "Honestly, it would be quicker if I just raised it for you. I'm in the room anyway." # speaker: You
    ~ refused++
    Nadia's face doesn't change much. "Quicker," she says. "Yes. It usually is." # speaker: Nadia
    "I'd rather be in the room myself. But if you won't get me in, raise it. With my numbers, not yours." # speaker: Nadia
* ["Friday's rammed. Could you try emailing Marcus?" #abandon]
    ~ friday = "nobody"
    "Friday's rammed, honestly. Could you try emailing Marcus?" # speaker: You
    "I have. Three times." She says it without any heat at all. "He doesn't answer my emails. He answers yours." # speaker: Nadia
    She goes. You think about that for longer than you expected to.
- -> evening

= distance
Nadia has the cable coiled and her bag on her knee, and she's heading for the door.
"Thanks for coming," she says, which is what people say to people who came. # speaker: Nadia
{abandon > 2: She isn't going to ask you for anything. Not today; maybe not again.}
{abandon <= 2: You can't tell what she made of your morning. She isn't going to tell you unless you ask.}
She's nearly at the door. # discuss: Nadia isn't asking you for anything. Is that her independence, or something else? What would you need to hear before you offered?
* [Catch her at the door: "What would help, from here?" #intervene]
    ~ friday = "hers"
    "Nadia. What would actually help, from here? From me?" # speaker: You
    She stops in the doorway and considers you, and the question, and whether it's real.
    "Friday's budget committee," she says. "Ten minutes on the agenda. I'll do the talking." # speaker: Nadia
    "I'll get you on." # speaker: You
    "Okay." A pause. "Next time, ask before the meeting. It's more use then." # speaker: Nadia
* [Hold the door for her and let her go. #abandon]
    The door has a push-pad. You hold it anyway.
    "Thanks," she says, and goes. # speaker: Nadia # sfx: door
- -> evening

=== evening ===
Six o'clock. You've come back for the charger you left in the meeting room. It's dark except for the standby light on the screen. # ambience: none
Your phone buzzes. # sfx: phone-buzz
It's Marcus. "Drink? You looked like you'd swallowed a wasp in there. My round." # speaker: Marcus
You're tired in the way that sleep doesn't quite reach. There are forty things in your inbox. There's also whatever you're still carrying out of that room.
{rescue > 2: Part of you wants to stay and go through Nadia's whole budget sheet tonight, line by line, and get it right.}
* [Say yes, and tell Marcus honestly how it went #neutral]
    ~ rested = true
    You go. The pub is quiet. Marcus is a good listener and a poor liar.
    {spoke_for: "You did jump in on the audit question," he says. "You know that, right?" You know that. # speaker: Marcus}
    {funding == "hers": "Putting your own budget on the table. That was the best bit of the meeting." # speaker: Marcus}
    {owen_onside: "And Owen's been texting me all afternoon about those complaint emails. You got to him." # speaker: Marcus}
    "Look after yourself with this, though. You're not fixing it in a week. She's been at it for years." # speaker: Marcus
    You're home by nine, which is early for you, and you sleep.
* [Send him "next week" and clear the inbox #neutral]
    You send Marcus a thumbs up and "next week". The inbox takes you until half past eight. At some point you stop really reading the words.
    Tomorrow you will be worse at all of this, and you know it.
* {rescue > 1} [Stay late and rebuild Nadia's budget sheet your way #rescue]
    ~ reworked = true
    You open Nadia's spreadsheet and start tidying it. By ten the numbers are neater, and yours, and you haven't eaten.
    You email it to her at ten past ten, with "just a few tweaks!" in the subject line.
- -> verdict

=== verdict ===
{
- rescue >= 4 && rescue > intervene: -> ending_yours
- abandon >= 3 && abandon > intervene: -> ending_alone
- (spoke_for || ceiling) && (owned_spoke || not spoke_for) && (owned_ceiling || not ceiling): -> ending_mended
- intervene >= 5 && rescue + abandon <= 1 && owen_onside && funding == "hers" && friday == "hers": -> ending_hers
- else: -> ending_half
}

=== ending_hers ===
On Friday Nadia gets her ten minutes at the budget committee. You sit at the side, where Cath can see you, and say almost nothing. # music: reflect
Once, Marcus asks you a question about the phasing. You hand it back to Nadia. She answers it better than you would have.
Phase two goes into the real budget. In October, Owen sends his best front-end developer, Kemi, and grumbles about it for a week.
In January, customer service forwards an email: a customer using a screen reader booked a room in under four minutes and wanted someone to know. Nadia sends it on to you with two words. "First one." # speaker: Nadia
It's her programme, with her name on it, and you were somewhere in the room. # ending: her-programme # ending_title: Her name on it # practice: take_action # {asked:practice|missed}: listen # practice: use_privilege # practice: support_leadership # practice: non_target # {rested:practice|missed}: self_care
Nadia got her whole plan, and kept it. {showed:You showed her Cath's text and listened to what she asked for|{asked:You asked what she needed|You came late to asking, but when you did, you offered what you had}}, you gave her {knows_figure:the number and the underspend|the underspend when she needed it}, and you let her decide how to use them. # debrief
{handed_back:When Cath turned Nadia's question to you, you handed it back.|When Cath turned Nadia's question to you, you didn't quite hand it back, and she had to reclaim it.} {credited:When Cath thanked you for Nadia's work, you redirected it.|When Cath thanked you for Nadia's work, Nadia had to claim it herself.} Supporting her leadership lives in those small moments: neither rescuing nor stepping away. # debrief
With Owen, you spoke as someone who had once asked his question too, and brought complaints he had never seen. Going after a colleague from support, not from being better than him, moved him to October. # debrief
{rested: You also let Marcus look after you a bit. Alliance is long work; it needs rest and support.|You skipped the drink with Marcus. Alliance is long work: next time, let someone look after you too.} # debrief
Try again and take a different turn: answer Cath's question yourself, or pitch the money side, and watch what it does to Nadia's morning. # debrief
-> END

=== ending_yours ===
{
- funding == "yours":
    The programme gets funded: more of it than Nadia would have got, because you put your budget behind it and your name on it. # music: reflect
- funding == "hers":
    The programme gets funded: the audit from central, the testing panel from your underspend. # music: reflect
- else:
    The audit gets funded. You spend the spring lobbying for the rest at every committee, in your words, and by May you've got it. # music: reflect
}
By July it has a new name in Cath's updates: the ops accessibility programme. {reports_to_nadia: Nadia sends the monthly report, but every question about it comes to you.|The monthly report comes from you. Nadia is copied in.}
{reworked: Nadia never replied to the spreadsheet you sent her that Tuesday night. She just started using your version, without comment.}
She answers every question she's sent, quickly and well. She stops sending anything she isn't asked for.
The agency your team hires to rebuild the checkout passes the audit's checklist. A blind customer still can't finish a booking, because of a timeout Nadia could have explained in a sentence. Nobody asks her. She doesn't offer.
In September she tells you she's taking her name off it. "I'm not going to be a consultant on my own idea," she says. "It's yours. Good luck with it." # speaker: Nadia
You have a funded programme, and a colleague who has stopped bringing you things. # ending: your-project # ending_title: Funded, and no longer hers # practice: take_action # missed: listen # missed: support_leadership # {owen_onside:practice|missed}: non_target # {rested:practice|missed}: self_care
The money arrived, and Nadia's leadership went. The one thing only she knew how to do was never asked of her. # debrief
You acted all morning, and acting takes nerve. But each time you stepped in{ceiling:, steering Cath before Nadia had said a word}{spoke_for:, answering a question that was hers}{funding == "yours":, taking the money side}{kept_credit:, keeping the credit}, the power moved from her to you. The seed calls this rescuing: it "removes the power once again". # debrief
{refused > 1:Nadia told you what she wanted {refused} times, by saying no to your help. Those were the moments to listen.|Nadia kept telling you what she wanted in small ways: a level voice, a look, a silence. Those were the moments to listen.} # debrief
{rested: You did let Marcus take you for a drink; that's worth keeping.|You didn't stop all day. Rescuing is tiring, and it's easier to notice when you're rested.} # debrief
Try again and, before the meeting, ask Nadia what she needs from you. Then give her exactly that, and hand the questions back when they come to you. # debrief
-> END

=== ending_alone ===
Cath funds the audit: twenty thousand, from central. {funding == "hers": Your underspend pays for the testing panel, in the end, though nobody quite remembers how.|Phase two goes on next year's list, where it was last year.} # music: reflect
In August the audit report comes back with two hundred and twelve issues. Most of them are on the list Nadia gave Cath in March, for free.
{ owen_onside:
    At the lift, a week after the meeting, she says it almost kindly. "You were good with Owen. Then you weren't anywhere." # speaker: Nadia
- else:
    At the lift, a week after the meeting, she says it almost kindly. "I thought you'd say something. When Owen started." # speaker: Nadia
}
She puts the audit on the shared drive, goes back to her design work, and stops putting her name on the leadership agenda. "Someone else can do it next year," she tells you. "I've done my turn." # speaker: Nadia
The checkout still times out. The customers who can't use it still don't email. # ending: on-her-own # ending_title: Twenty thousand and a list # {intervene > 1:practice|missed}: take_action # {funding == "hers":practice|missed}: use_privilege # {owen_onside:practice|missed}: non_target # missed: support_leadership # {rested:practice|missed}: self_care
Nadia got an audit and lost the will to keep pushing. Nobody was cruel: Cath had a real budget and Owen a real deadline. But nobody with power stood next to her. # debrief
Stepping back felt respectful. Without any offer of support, it left her to {not knows_figure:guess the budget alone, }{not owen_onside:answer Owen alone, }{credited:and hold the room alone|and claim her own work alone}. The seed's word for that is abandoning. # debrief
You had things she didn't: the committee figures, an underspend, Cath's ear, and the complaints Owen had never seen. {funding == "hers":You used one of them.|Most of them stayed in your pocket.} # debrief
Try again and ask her, before the meeting, what she needs from you. Then use what you have on her behalf. # debrief
-> END

=== ending_mended ===
The minutes go out on Thursday{spoke_for:, corrected. "Audit alone not recommended (N. Osei)."|.} {ceiling: Cath's forty never makes it into them.} # music: reflect
{
- funding == "hers":
    Nadia's programme is funded: the audit from central, the testing panel from your underspend{owen_onside:, and phase two from October}.
- funding == "yours":
    The programme is funded, on an ops budget code. At your next one-to-one with Cath you ask for it to be moved into Nadia's name. It takes two months and three emails, and it happens.
- else:
    Only the audit is funded, for now. Nadia takes the rest to Friday's budget committee herself.
}
At the next leadership meeting, Nadia gives {reports_to_nadia:her first monthly update|an update on the audit}. Once, when Cath asks about phasing and glances your way, you feel the old pull. You write a note instead and slide it along the table. Nadia reads it, folds it, and answers in her own words, which are better than yours.
Things are a little cooler between you than they were at ten to ten on Tuesday. They are also more honest. When you overstep she tells you, and you say thanks, and stop.
"You're getting better at the notes," she says in the lift, a month later. "Fewer of them." # speaker: Nadia # ending: mended # ending_title: Pass me a note # practice: mistakes # practice: support_leadership # practice: listen # {funding == "hers":practice|missed}: use_privilege # {owen_onside:practice|missed}: non_target # {rested:practice|missed}: self_care
You got something wrong: {spoke_for && ceiling:you gave Cath a number behind Nadia's back, and then answered a question that was hers|{spoke_for:you answered a question that was Nadia's, in front of everyone|you gave Cath a number for Nadia's plan behind her back}}. # debrief
Then you owned it, plainly, {spoke_for:without making Nadia do the work of raising it|before she walked into the room}, and you let her set the terms for what came next. That is what the seed means by making mistakes and agreeing to fix them. # debrief
The repair wasn't one big apology. It was a changed habit: notes instead of speeches, her words instead of yours. # debrief
Try again and notice the pull before the pause ends. When the question comes to you, hand it back, and see how her morning changes. # debrief
-> END

=== ending_half ===
{
- funding == "hers":
    Nadia's programme is funded: twenty thousand from central for the audit, fifteen from your training line for the testing panel{owen_onside:, and phase two pencilled in for October}. # music: reflect
- funding == "yours":
    The programme is funded, on an ops budget code with your name on it{owen_onside:, and phase two starts in October}. # music: reflect
- else:
    Cath funds the audit, twenty thousand from central. The rest goes on next year's list. # music: reflect
}
{funding == "hers" && owen_onside:Most of Nadia's plan survives the morning. Not all of it is still hers.|It isn't nothing. It isn't what Nadia asked for, either.}
{
- friday == "hers":
    You get her onto Friday's committee agenda, and she does well there. {owen_onside:Phase two goes into the real budget.|Phase two is "under review", which is better than "next year".}
- friday == "yours":
    You raise phase two at Friday's committee yourself, with her numbers. It goes "under review". She asks you how it went, and you realise she'd have liked to see it go.
- else:
    Phase two doesn't come up at Friday's committee. Nobody put it on the agenda.
}
Nadia runs what she's got, and runs it well. {kept_credit:Cath's monthly update comes from you, built from Nadia's numbers, and Nadia stops adding anything to them that you don't ask for.|She keeps you posted, politely, in the same all-staff updates as everyone else.}
She doesn't ask you for anything else that term. You can't tell whether that's because she didn't need anything, or because she has learned what asking you costs. # ending: half-a-yes # ending_title: Half a yes # practice: take_action # {funding == "hers":practice|missed}: use_privilege # {owen_onside:practice|missed}: non_target # missed: support_leadership # {rested:practice|missed}: self_care
Nadia got {funding == "hers" && owen_onside:most|part} of her plan, and much of what she got, she got by her own effort. # debrief
{funding == "hers": You put your underspend on the table on her terms, which mattered.|Your underspend never reached her plan on her terms.} {owen_onside: You brought Owen round from a shared starting point, which moved his team to October.|Owen was left unconvinced, and Nadia was left to carry him.} # debrief
Somewhere in the morning you took over, or stepped away, or both, and Nadia noticed. Supporting her leadership sits between those two: ask what she needs, back her when she asks, and hand back what's hers. # debrief
Try again and ask Nadia before the meeting what she wants from you. Her answer changes what the right move is at almost every point after that. # debrief
-> END
