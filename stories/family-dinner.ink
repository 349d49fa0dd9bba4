# title: The family conversation
# summary: Home for the weekend, you're cooking Sunday tea with your mum when the local news sets her off about immigrants and the hospital. The kitchen window is open, and the neighbour can hear.
# duration: 12 min
# content_note: A parent makes dismissive generalisations about immigrants (implied, no slurs)
# content_note: A family argument with raised voices and an unkind remark
# content_note: Chronic pain, hospital waiting lists and worry about losing a job
# author: Common Ground

VAR intervene = 0
VAR rescue = 0
VAR abandon = 0

// Story state of our own, besides the three running totals.
VAR trust = 0
VAR topics = 0
VAR said_sorry = false
VAR snapped = false
VAR repaired = false
VAR pity = false
VAR used_ileana = false
VAR ileana_stayed = false
VAR bad_apology = false

-> kitchen

=== kitchen ===
Sunday, a little after six. Your mum's kitchen smells of onions and browning meat, and the window over the sink is propped open with a wooden spoon to let the steam out. # scene: kitchen # music: home # ambience: kitchen
You're home for the weekend. You're on potatoes. Mum is on everything else, moving between the hob and the counter with one hand never far from the worktop.
The little telly by the bread bin is on with the sound down low, the way it always is. Through the open window you can hear someone next door unpegging washing from a line.
"Don't cut them so small, they'll go to mush. You've been in that city too long." # speaker: Mum
-> chat

= chat
{topics == 0: She's smiling when she says it. She's glad you're here, and she'd never say so.}
{topics == 1: The pile of potatoes grows. Mum tastes, adds pepper, tastes again.}
* [Ask how the hip is, really #neutral]
    ~ topics++
    ~ trust++
    "How's the hip? Really. Not the phone version." # speaker: You
    Mum laughs, once, through her nose. "Really? Like somebody's left a screwdriver in it." # speaker: Mum
    "I'm on the list. Fourteen months, the letter says. Fourteen more. I do eight hours at the counter on painkillers and a prayer." # speaker: Mum
* [Ask how work is going #neutral]
    ~ topics++
    "How's work? Still on the pharmacy counter?" # speaker: You
    "Nineteen years in June. They've cut me to twenty-two hours." She says it to the pan. "New manager. Twelve of them self-service tills by the door now. They'll have a machine doing my job before they've fixed my hip." # speaker: Mum
* [Ask when Kerry is calling #neutral]
    ~ topics++
    ~ trust++
    "What time's Kerry ringing?" # speaker: You
    "Seven. It's lunchtime in Calgary. Jack's lost a tooth, so I'll be shown the gap." Her face does something soft. "Two years in March since they went. I keep that laptop charged now. Me. Can you imagine." # speaker: Mum
+ [Just peel, in easy quiet #neutral]
    You peel. She stirs. It's the kind of quiet you only get with people who've known you all your life.
    -> news
- {topics >= 2: -> news}
-> chat

=== news ===
The local news comes on. Mum turns it up with a wet finger.
"…at the General Hospital, where waiting lists for routine operations are now the longest in the region. Eight beds on the orthopaedic ward closed this spring. Managers blame staff shortages…" # speaker: Newsreader
Mum watches with the wooden spoon held still in the air.
"Well, there you are. Fourteen months for a hip, and they've let half the world in and put the lot of them at the front of the queue." # speaker: Mum
"I've paid in since I was sixteen. Your grandad paid in all his life. And we wait." She tips her head at the window. "Her next door's been here five minutes and there's a brand-new car on her drive." # speaker: Mum
Her next door is Ileana. You met her at Christmas, the two of you out on the pavement at midnight watching the Hendersons' fireworks. She told you she works nights at the General, that her daughter Sofia is eight and wants a dog, and that in Cluj they would have done the fireworks better.
Next door, the washing line has gone quiet. The window is still open. # discuss: Your mum is tired, in pain and frightened, and she has just said something unfair. What do you want to happen next: for her, for you, and for Ileana?
* [Ask what happened at the hospital #intervene]
    -> listen
* ["That's a myth, Mum. The numbers say the opposite." #intervene]
    -> lecture
* ["Leave Ileana out of it. She's got it hard enough." #rescue]
    -> speak_for
* [Ask whether the stew needs more salt #abandon]
    -> drift

=== listen ===
"What happened at the hospital? Something's happened." # speaker: You
-> story

= story
Mum puts the spoon down on its saucer. For a second you think she's going to tell you not to be daft.
"February. The hip went on me on the stairs at work, and they sent me up the General in a taxi. Nine hours on a trolley in a corridor. Nine hours. One nurse for the whole corridor, running, and a lad next to me being sick in a bowl." # speaker: Mum
"Then a letter. Fourteen months. I rang to ask if there was a cancellation list, and a machine told me I was valued." # speaker: Mum
She turns the gas down carefully, as if it might argue with her.
"And if I can't stand, I can't do the counter. And if I can't do the counter, they've got the machines. I'm sixty-one. Who's having me?" # speaker: Mum
"When the wire works shut, your grandad stood in that hall with four hundred men, and nobody came from anywhere to say sorry. Nobody listened to us then. Nobody's listening now. They're all too busy." A glance at the window. "Helping everyone else." # speaker: Mum
You haven't said a word about Ileana yet. The window is still open. # discuss: She has told you what's underneath the remark. Is this the moment to answer it, or not yet? What would each cost?
* ["You're scared you'll lose the job before you get the hip." #intervene]
    ~ trust += 2
    "You're scared you'll lose the job before you get the hip." # speaker: You
    Mum is quiet. Then: "Yes. Course I am. I'm scared of being useless." She wipes her hands on the tea towel. "Don't tell Kerry." # speaker: Mum
    "I won't. Can I say one thing back, though?" # speaker: You
    "Go on." # speaker: Mum
    "I don't think the queue is Ileana's fault. I think the hospital's short of everyone, and she's one of the people it's got." # speaker: You
    "Hmm," says Mum. It isn't yes. It isn't the end of the conversation, either. # speaker: Mum
* ["But it's not immigrants making you wait, Mum." #intervene]
    "But it's not immigrants making you wait, Mum." # speaker: You
    "Then who is it? Because somebody is." # speaker: Mum
    "Not enough staff. Not enough money. Beds closed because there's nobody to work them." # speaker: You
    "And that's not them?" She says it tired, not sharp. "Oh, I don't know. I don't know anything, me, apparently." # speaker: Mum
    She's still talking to you, though. Just.
* [Squeeze her shoulder and leave it there #abandon]
    ~ trust++
    You put your hand on her shoulder. She pats it twice with a damp hand. "You're a good kid." # speaker: Mum
    The remark stays where she left it, on the counter between the salt and the pepper.
- -> door

=== lecture ===
"That's a myth, Mum. It's the opposite. They pay in more than they take out, and the General would shut tomorrow without staff from abroad. It's just what the papers want you to think." # speaker: You
You've made this exact point in pubs and seminar rooms, and it always went down well there.
Mum puts the spoon down.
"Oh, here we go." # speaker: Mum
"I'm not racist, if that's where this is heading. I'm tired. I've got a hip like broken glass and a letter that says fourteen months, and you've got a fact." # speaker: Mum
She turns the telly up a notch. The weather comes on: rain for the rest of the week. # discuss: You are probably right about the figures. Is being right what this moment needs? What else might?
* [Find the figures on your phone and show her #intervene]
    -> escalate
* ["Sorry. That came out like a lecture." #intervene]
    ~ said_sorry = true
    "Sorry. That came out like a lecture." # speaker: You
    Mum looks at you for a long moment. "It did. You get that from me, mind." She turns the telly down again. "Go on, then. Ask me something, instead of telling me." # speaker: Mum
    "What happened at the hospital?" # speaker: You
    -> listen.story
* [Drop it. Go and lay the table. #abandon]
    -> drift.cold

=== escalate ===
You get your phone out and find the chart, the good one, with the bars. "Look. Here. Net contribution, every year for ten years." # speaker: You
Mum doesn't look at it. # music: tension
"I don't want your phone. I want my hip." # speaker: Mum
"I stood at that counter nineteen years so you could go off to university, and you've come back talking to me like I'm thick." # speaker: Mum
The gravy is catching on the bottom of the pan. Neither of you moves to stir it. # discuss: Most of us have things we'd never say to a stranger and might say to family. Why is it easier to hurt the people we're closest to?
* ["Maybe stop believing everything the telly tells you." #abandon]
    -> snap
* [Put the phone away. "You're not thick. I'm sorry." #intervene]
    ~ said_sorry = true
    You put the phone face down on the counter. "You're not thick. I'm sorry. I came in swinging." # speaker: You
    Mum scrapes at the burnt bit with the spoon. "You did." A long breath out. "Go on, then. Ask me something, instead." # speaker: Mum # music: home
    "What happened at the hospital? Something did." # speaker: You
    -> listen.story

=== snap ===
~ snapped = true
"Maybe stop believing everything the telly tells you, then. No wonder I don't come home more." # speaker: You
It's out before you can catch it, and it's the second half that lands.
Mum turns off the hob. Then the telly. The kitchen goes very quiet: the fridge, the rain starting, a car door somewhere down the street.
"Right," she says. "Well. You know where the plates are." # speaker: Mum
She goes up the stairs the slow way, one at a time, hand on the rail. You count them without meaning to. Thirteen. Her bedroom door closes. # sfx: footsteps
-> back_step

=== back_step ===
You go and stand on the back step because you can't stay in the kitchen. It's cold, and it smells of rain and wet bins. # ambience: none # music: none
Over the fence, Ileana is putting a bag into the new car, a coat over blue scrubs. She has a long cardboard box under one arm. She sees you, hesitates, and comes to the fence.
"This came to mine. For your mum. I think it's the hip kit: the long shoehorn, the grabber." She passes it over. "Tell her not to bend past ninety degrees." # speaker: Ileana
"I heard some of that. The window." She doesn't smile. "Not the words. The tune." # speaker: Ileana
"Nine years I'm here. Every year, somebody's mother says this in a kitchen. Sometimes it's my own mother, about somebody else." She shrugs. "I don't need you to fight her for me. I've got a shift. If you want to fight somebody, fight the hospital. I'll hold your coat." # speaker: Ileana
"And she's not wrong about the queue. She's wrong about why." # speaker: Ileana
She gets in the car. The headlights sweep across the fence, and she's gone. # discuss: Ileana has said what she wants and what she doesn't. What is yours to do now, and what isn't?
- (options)
* [Message Ileana to apologise for your mum #rescue]
    You type: "So sorry about my mum. She doesn't mean it. You don't deserve that." You send it.
    The reply comes a few minutes later, probably at a red light. # sfx: notification
    "Not your sorry to give. Is she okay on the stairs? With that hip." # speaker: Ileana
    You look up. The landing light is on.
    -> options
+ [Go up and knock on her door #intervene]
    -> repair
+ [Text Kerry: you're getting the early train #abandon]
    -> end_early_train

=== repair ===
You carry the box upstairs. Thirteen steps. You knock. # ambience: kitchen
"It's open." # speaker: Mum
She's sitting on the edge of the bed with her shoes still on, because taking them off is a whole operation now.
"Ileana brought this round. Your hip kit. She says don't bend past ninety degrees." You put it on the bed. # speaker: You
"Does she." Mum looks at the box, not at you. # speaker: Mum # discuss: What makes an apology land, and what turns it into a way of ending the conversation?
* ["I'm sorry. That was cruel, and you're not stupid." #intervene]
    -> landed
* ["Sorry you got upset." #abandon]
    ~ bad_apology = true
    "Sorry you got upset." # speaker: You
    Mum does look at you then. "That's not sorry. That's 'sorry you're like that'." # speaker: Mum
    She's right, and you both know it.
    ** ["No. You're right. Let me try that again." #intervene]
        -> landed
    ** [Shrug. "I've said sorry." #abandon]
        "I've said sorry." # speaker: You
        "You have," she says, and looks back at the box. "Pull the door to on your way out, love." # speaker: Mum
        -> end_early_train

= landed
~ repaired = true
"I'm sorry. What I said was cruel, and it wasn't true. You're not stupid. And I do want to come home." # speaker: You # music: home
Mum is quiet for a long time. Then she pats the bed beside her, and you sit.
"I'm not a bad person." # speaker: Mum
"I know you're not." # speaker: You
"I'm frightened, that's all." And it comes out in a rush, like it's been waiting behind the door: the nine hours on a trolley, the letter, the counter, the new tills, sixty-one and who's having me. "And your grandad, when the wire works went. Nobody came. Nobody listened." # speaker: Mum
"I'm listening now. I should have started with that." # speaker: You
"Yes. You should." She nearly smiles. "Help me up. That stew'll be ruined." # speaker: Mum
-> dinner

=== speak_for ===
~ pity = true
"Leave Ileana out of it, Mum. She's got it hard enough. She's on her own here with a little girl, she sends every penny back home, she barely knows a soul. She's not taking anything off anyone." # speaker: You
It comes out fast and hot, and it feels good to say.
Mum blinks. "I never said her. I said them." # speaker: Mum
"And how do you know what she sends home?" # speaker: Mum
You open your mouth and find you don't. She mentioned her mother once, at Christmas. The rest you filled in yourself, from somewhere.
"She's all right, her," Mum says. "She's one of the good ones. It's the rest of them." # speaker: Mum # discuss: "One of the good ones" can sound like agreement. What does it cost Ileana, and what does it cost the conversation?
* [Ask who "the rest of them" are, then #intervene]
    ~ trust++
    "Who's the rest, then?" # speaker: You
    "Oh, you know." # speaker: Mum
    "I don't, Mum. Who?" # speaker: You
    She flaps the tea towel at the telly. "Them. Off the news." She hears it herself, how thin it sounds, and she doesn't like hearing it. "Don't twist my words." # speaker: Mum
* [Take the win. "Exactly. She's lovely." #rescue]
    "Exactly. She's lovely. So give her a break." # speaker: You
    Mum nods, satisfied. You're agreeing now, the two of you, though you're not sure what about: that Ileana is the exception, and that exceptions need you to stick up for them.
* [Let it drop, relieved #abandon]
    You let it drop. Mum goes back to the stew, humming. It's over, and it's not over.
- -> door

=== drift ===
"Does it need more salt?" # speaker: You
Mum tastes. "Pinch." She adds a pinch. "It's not just the hospital, you know. It's everything. You ring the doctor's at eight in the morning and you're thirty-fourth in the queue. Thirty-fourth." # speaker: Mum
The newsreader moves on to a cat stuck up a crane on the ring road. Mum laughs at the cat, and for a moment everything is normal.
-> quiet

= cold
You go and lay the table instead. Knives, forks, the good placemats with the lighthouses on. Behind you Mum puts a lid on a pan harder than a lid needs putting.
-> quiet

= quiet
For a minute there's only the extractor fan and the rain starting. Then, without turning round:
"You're very quiet. You think I'm awful." # speaker: Mum # discuss: Silence can be a kindness or a verdict. How might your silence be read right now, and by whom?
* ["No. I'm just tired." #abandon]
    "No. Just tired. Long week." # speaker: You
    "Well." She sounds relieved, and a tiny bit disappointed, as if she'd braced for something that didn't come. "Get the gravy boat down, then." # speaker: Mum
    You get it down from the top cupboard. While your back is turned she says, half to herself, "I'm only saying what everybody's thinking," and you let that one go as well.
    -> door
* ["Not awful. But I don't agree with you." #intervene]
    "Not awful. But I don't agree with you." # speaker: You
    Mum turns round. "Go on, then. Out with it." # speaker: Mum
    "Can I ask what happened first? Something has." # speaker: You
    -> listen.story

=== door ===
There's a knock at the back door, two quick raps, and it opens before anyone answers, the way doors do on this street. # sfx: door
Ileana stands on the mat in a coat over blue scrubs, with a bag for her night shift on her shoulder and a long cardboard box under her arm. There's rain in her hair.
"Denise. This came to mine. I think it's the hip kit: the long shoehorn, the grabber." She puts it on the table. # speaker: Ileana
She looks at the open window over the sink, then at the two of you.
{
- pity:
    "Also, for your information, I don't send money home. My mother sends me jam. Cherry, every month, in a box with too much tape." She says it to you, not to Mum. "And I know a lot of people. Just not so many on this street." # speaker: Ileana
    It's dry. It isn't quite a joke. Your face goes hot.
- listen.story:
    "I heard the news through the window. And the rest." It's a look at Mum that isn't angry, exactly. "Fourteen months for a hip. That's long, Denise." # speaker: Ileana
    Mum, caught off guard, says, "It is," and then doesn't know where to put her hands. # speaker: Mum
- else:
    "Your window is open, Denise," she says. That's all. It's enough. # speaker: Ileana
    Mum colours and turns back to the stove.
}
Ileana doesn't leave. She came round with something else to ask; you can see it. # discuss: Ileana is in the kitchen, and she has already chosen what to say. What do you do with the next ten seconds?
* [Pull out a chair. Ask if she's time for a tea. #intervene]
    -> tea
* ["Ileana, tell Mum what it's really like on the ward." #rescue]
    -> exhibit
* [Apologise to Ileana for what Mum said #rescue]
    -> apologise_for
* [Keep your head down. It's between them. #abandon]
    -> head_down

=== tea ===
~ ileana_stayed = true
"Have you got time for a tea? Sit down a minute." You pull a chair out from the table. # speaker: You # sfx: chair
Ileana looks at the clock on the cooker, then at Mum. It's Mum's kitchen. She's waiting to see.
Mum, after a beat: "Kettle's just boiled." It hasn't. She puts it on. # speaker: Mum # sfx: kettle
"Ten minutes," says Ileana, and sits, and doesn't take her coat off. # speaker: Ileana
For a moment nobody says anything. Then Ileana nods at the telly, where the hospital is back in the headlines.
"You know I work there? The General. Ward twelve. Orthopaedics." # speaker: Ileana
Mum turns round with the milk in her hand. "Hips?" # speaker: Mum
"Hips, knees. Who is your consultant?" # speaker: Ileana
"Mr Hale." # speaker: Mum
"Mr Hale is good. He is also one man, with eight beds fewer than last year." Ileana takes the mug. # speaker: Ileana # sfx: cup
"In March they closed those beds. Not only for money. Because there is nobody to stand next to them. I do my shift and half of somebody else's. So when the telly says the foreigners are the queue, I think: Denise, the foreigners are the ones keeping the other beds open." # speaker: Ileana
She says it plainly. She's said it before, you think, in other kitchens.
"I didn't mean you," Mum says. # speaker: Mum
"Everybody says 'not you'." Ileana blows on her tea. "So who? The other Romanian nurse on my ward? The Filipino one? The doctor from Lagos who did the knee in bed four on a Sunday, on his day off?" # speaker: Ileana
Mum has no answer to that, and to her credit she doesn't invent one.
"It's okay. I'm not cross with you. I'm cross with the rota." Ileana turns the mug round in her hands. "My mother in Cluj is waiting for a hip, too. Two years. I ring her every day and she tells me about the pain, and from here I can do nothing. Nothing. I'm a nurse on a hip ward, and I can't get my own mother a hip." # speaker: Ileana
"That's hard, love," Mum says, and she means it. # speaker: Mum
"Can I ask you something, since you're from here? Sofia starts at St Anne's on Monday. My phone sends us along the ring road, with the lorries. Is there a better way? I want to walk her the first day, after my shift." # speaker: Ileana
"Canal path," says Mum at once. "Through the gate by the chippy. No lorries, and the lollipop man's at the top. Derek. He's been there since our Kerry was small." She's already reaching for the pad by the phone. "Here. I'll draw you it." # speaker: Mum
You've said almost nothing for ten minutes. It has been the best part of the evening.
Ileana drains her tea and looks at the clock. "I have to go. The rota waits for nobody." # speaker: Ileana
* (fix_school) [Offer to ring the school for her, sort Monday out #rescue]
    "If it helps, I could ring St Anne's tomorrow and sort Monday out for you? Breakfast club, whatever she needs." # speaker: You
    Ileana looks at you with something between amusement and patience. "I rang them. In August. I filled in eleven forms. I asked your mother about a path." She stands and picks up her bag. "But thank you." # speaker: Ileana
    Mum, tearing the map off the pad, gives you a look that says she's enjoying this a bit.
* [Thank her for the parcel and see her to the door #neutral]
    "Thanks for bringing it round. Good luck tonight." # speaker: You
    "Luck doesn't staff a ward," says Ileana, "but thank you." # speaker: Ileana
- At the door she turns back. "Denise. Ninety degrees. Don't bend past it." # speaker: Ileana
"I heard you the first time," Mum says, and it's almost warm. # speaker: Mum
Ileana goes out into the rain with the map in her pocket. # sfx: door
-> dinner

=== exhibit ===
~ used_ileana = true
"Ileana, tell Mum what it's really like on the ward. She thinks… go on, tell her." # speaker: You
Ileana stops with her hand still on the box. Mum stares at you.
"I have a shift in forty minutes," Ileana says quietly. "I'm not doing a presentation in your mother's kitchen." # speaker: Ileana
"I didn't mean it like…" # speaker: You
"I know what you meant. You meant well." She turns to Mum. "Denise. Your parcel. Don't bend past ninety degrees." # speaker: Ileana
And she goes, before anyone can ask her anything else, including whatever it was she came round to ask. # sfx: door
Mum lets out a breath. "Well. That's me told. They don't even want to talk to you, see." # speaker: Mum
You want to say that isn't what happened. You know it isn't. But you're not sure you can explain what did happen without making it worse.
-> dinner

=== apologise_for ===
"Ileana, I'm so sorry about what Mum said. She doesn't mean it. She's in pain." # speaker: You
Mum's spoon stops moving.
Ileana looks from you to Mum and back. "She can say sorry herself, if she wants. Or not. I don't collect them." # speaker: Ileana
"I don't need my children apologising for me in my own kitchen," Mum says, to the stove. # speaker: Mum
There's a silence you made. Ileana steps round it; she came with a question and she still needs the answer.
"Denise. Sofia starts at St Anne's on Monday. Is there a better way than the ring road? I want to walk her the first day." # speaker: Ileana
"Canal path," Mum says, short. "Gate by the chippy." Then, a bit less short: "Lollipop man's called Derek." # speaker: Mum
"Thank you." Ileana nods to Mum, not to you, and goes. # speaker: Ileana # sfx: door
-> dinner

=== head_down ===
You keep your eyes on the pan and stir something that doesn't need stirring.
{
- trust >= 2:
    "Thanks, love," Mum says to Ileana. "You didn't have to bring it round in this weather." # speaker: Mum
- else:
    Mum says thank you to the box rather than to Ileana.
}
Ileana waits a second, as if she's giving somebody the chance to say something. Nobody does.
"Sofia starts at St Anne's on Monday," she says to Mum. "Is there a better way than the ring road?" # speaker: Ileana
"Canal path," Mum says. "Gate by the chippy." # speaker: Mum
"Thank you." Ileana glances at you, a look you can't read, and goes. # speaker: Ileana # sfx: door
"She's all right, her," Mum says, when the car has started. It isn't an apology. It might be the start of some other sentence. # speaker: Mum
-> dinner

=== dinner ===
You eat at the table on the lighthouse placemats. The stew is good. {snapped: Mum's eyes are a bit pink. Neither of you mentions it.} {escalate: There's a faint taste of burnt gravy, and she apologises for it twice.}
At seven on the dot, the laptop propped against the fruit bowl starts to ring. # sfx: phone-buzz
Kerry appears, in a kitchen with a big window full of bright snow, and then Jack's face, much too close to the camera.
"Nana! Look! LOOK!" He pulls his lip down to show the gap. # speaker: Jack
"Oh my word. What did the fairy bring you?" # speaker: Mum
"Five dollars. Canadian ones." # speaker: Jack
Jack is called away for lunch. Kerry leans in and narrows her eyes at the screen. "Mum, you look done in. Is it the hip?" # speaker: Kerry
"I'm fine." # speaker: Mum
"She's not fine, is she?" Kerry says, to you. # speaker: Kerry
{snapped:
    "And have you two been at it? She's got her 'fine' face on, and you've got your guilty one." # speaker: Kerry
}
{rescue > 1:
    "And what's up with you? You've got your campaign face on. Who are you saving this week?" # speaker: Kerry
}
{abandon > 1 && not snapped: You tell her Mum's fine. Kerry looks at you through the screen a second longer than usual.}
"Do you know what's still the weirdest thing, here?" Kerry says. "Every day somebody asks where I'm from. School gate, dentist, the man at the tyre place. Nice about it. Mostly." # speaker: Kerry
"That first winter I didn't know a soul. I used to sit in the car in the supermarket car park just to hear people talking. Then Jack's teacher, Mrs Reyes, who came over from Manila when she was twenty, she took me for a coffee and told me which forms, and who to ring, and which doctor's would actually take us. I'd have come home that winter without her." # speaker: Kerry
Mum watches her the whole time with her hand resting near the screen, as if she could reach through it.
"They'd better be good to you over there," Mum says. # speaker: Mum
"They are, Mum. Mostly." # speaker: Kerry
Kisses, waves, Jack shouting goodbye from another room. The screen goes dark.
Mum sits with her hand on the closed laptop. The rain is steady now. The house next door is dark. # discuss: Your mum has just watched her own daughter describe being a newcomer. Is there common ground here? How could you offer it without turning it into a trap?
* [Ask what she told Kerry, the night before Calgary #intervene]
    -> ask_kerry
* ["Kerry's an immigrant too, you know. Same thing." #intervene]
    -> gotcha
* [Clear the plates. Let it lie for tonight. #abandon]
    -> let_lie

=== ask_kerry ===
"What did you say to her? The night before they went." # speaker: You
Mum doesn't answer straight away.
"I said go." # speaker: Mum
"I said, there's nothing here for you, love, there's nothing here for Jack, and Dan's got a proper job there. Go. And then I drove them to the airport and I sat in the car park for an hour after." # speaker: Mum
"What would you have done, if it had been you? If the work was there, and it was me and Kerry you had to feed?" # speaker: You
"I'd have crawled." No hesitation at all. "Hands and knees, hip and all. For you two." # speaker: Mum
You let that sit for a moment. Then, carefully:
{
- ileana_stayed:
    "Ileana's on a hip ward where she can't get her own mum a hip. And tonight she came round here to ask the safest way to walk Sofia to school." # speaker: You
- else:
    "At Christmas, Ileana told me she left Sofia with her mum for the whole first year, while she sorted out the job here. She said, 'Never again. Next time I sleep in the car with her.'" # speaker: You
}
{used_ileana:
    "And don't start on her next door. She made it very clear she's no interest in talking to me." # speaker: Mum
}
Mum looks at the window. Next door, the drive is empty; the car went off to the night shift.
"It's not the same," she says. And then, after a while: "It's not not the same, either." # speaker: Mum
"I still want my hip done. And I still think they've let everything go to pot." # speaker: Mum
"So do I. We just don't agree on who let it." # speaker: You
"No," she says, and nearly laughs. "We don't." # speaker: Mum
{
- used_ileana || rescue >= 2:
    -> end_spoke_for
- repaired:
    -> end_round_two
- else:
    -> end_door_open
}

=== gotcha ===
"Kerry's an immigrant too, you know. Same thing. If somebody over there said about her what you said tonight…" # speaker: You
Mum's face closes like a door.
"That's different." # speaker: Mum
"How?" # speaker: You
"It just is. She went properly. She's working. She's not…" Mum stops. She doesn't finish it, which is something. # speaker: Mum
{repaired:
    "We've only just made up, you and me." # speaker: Mum
}
"Don't use your sister against me. Not tonight." # speaker: Mum
You've won the point. You can feel it, and you can feel what it cost: she's holding the laptop against her chest as if you might take that as well.
{
- used_ileana || rescue >= 2:
    -> end_spoke_for
- else:
    -> end_thats_different
}

=== let_lie ===
You stack the plates and run the hot tap. Mum dries. It's easy, the way it's always been easy, as long as nobody says anything.
{
- used_ileana || rescue >= 2:
    -> end_spoke_for
- repaired:
    -> end_round_two
- abandon >= 2 && not ileana_stayed:
    -> end_kept_peace
- else:
    -> end_door_open
}

// ---------------------------------------------------------------- endings

=== end_door_open ===
{let_lie:
    You leave it there for tonight. Enough has been said, and some of it has been heard. # music: reflect
- else:
    The plates go in the sink, and the evening winds down the way Sunday evenings do. # music: reflect
}
{
- ileana_stayed:
    On Monday morning Mum texts you: "Saw the little one go past with her mum at twenty to nine, on the canal path. Waved. She waved back. Derek says she's got a good loud voice." # speaker: Mum # sfx: notification
- else:
    Before bed Mum stops by the pad on the phone table. "What's the little girl called? Next door." # speaker: Mum
    "Sofia." # speaker: You
    "Sofia," she repeats, as if she's filing it somewhere. # speaker: Mum
}
The following Sunday, on the phone, she brings up the hospital again, and something she saw on the news about boats. You don't lecture. You ask her another question.
{
- ileana_stayed && listen.story:
    It isn't settled. It won't be settled next Sunday either. But she's still talking to you, and you're still asking. # ending: door-open # ending_title: The door stays open # practice: listen # practice: non_target # practice: support_leadership # practice: take_action
- ileana_stayed:
    It isn't settled. It won't be settled next Sunday either. But she's still talking to you, and you're still asking. # ending: door-open # ending_title: The door stays open # practice: non_target # practice: support_leadership # practice: take_action # missed: listen
- listen.story:
    It isn't settled. It won't be settled next Sunday either. But she's still talking to you, and you're still asking. # ending: door-open # ending_title: The door stays open # practice: listen # practice: non_target # practice: take_action # missed: support_leadership
- else:
    It isn't settled. It won't be settled next Sunday either. But she's still talking to you, and you're still asking. # ending: door-open # ending_title: The door stays open # practice: non_target # practice: take_action # missed: listen # missed: support_leadership
}
Your mum didn't change her mind tonight, and she didn't stop talking to you either. That is usually how it goes: one conversation rarely settles it. # debrief
{listen.story: {said_sorry: You started with a lecture, caught yourself and said sorry, and then you listened. That let you hear the hip, the counter and the wire works underneath the remark.|You listened before you argued. Asking what had happened let you hear the hip, the counter and the wire works underneath the remark.}|You never quite got to what was underneath your mum's remark: the hip, the job, the town that nobody listened to.} # debrief
{ask_kerry: You found common ground in something she already believes, that she'd do anything for her children, and you let her get there herself rather than springing it on her.|You left the common ground for another night: she would do anything for her children, and so would Ileana. It will still be there next Sunday.} # debrief
{ileana_stayed: When Ileana came in, you made room and then got out of the way. She chose what to say, and she and your mum sorted out the school run without you.|Ileana came and went without much room from you. Next time, try pulling out a chair and letting her decide what to say.} # debrief
{tea.fix_school:
    You did offer to sort out Sofia's first day for her. She had already done it, eleven forms' worth; what she wanted from your kitchen was a path, and she asked for it herself. # debrief
}
Try again and see what happens if you lead with the facts, or if you find yourself speaking for Ileana instead of beside her. # debrief
-> END

=== end_round_two ===
{let_lie: You don't push it any further tonight. You've had one fight and one making-up, and that's enough for a Sunday.} You wash, she dries. Before bed she says, "You'll come at Easter?" and you say, "If you'll have me," and she says, "Don't be soft." # music: reflect
In the morning, on your way to the station, Ileana's car pulls into next door's drive after her night shift. She lifts two fingers off the steering wheel, too tired for more. Mum, at the front door in her dressing gown, lifts a hand back.
You said the worst thing you've said to her in years, and then you climbed thirteen stairs and said sorry properly. She heard both. # ending: round-two # ending_title: Sorry, and round two # practice: mistakes # practice: listen # practice: non_target # practice: take_action
Expect to make mistakes, and agree to fix them. You got this one badly wrong, and you went back. # debrief
{bad_apology: Your first "sorry you got upset" didn't land, and your mum told you so. The second one worked because it named what you'd done, not how she felt about it.|Your apology worked because it named what you'd done, not how she felt about it.} # debrief
Once you stopped arguing, she told you what the remark was standing in front of: the hip, the job, and a town nobody listened to. # debrief
Ileana said what she wanted over the fence: not a champion in your mum's kitchen, but somebody angry with the hospital alongside her. # debrief
Try again and see whether you can ask the question before the lecture, instead of after the row. # debrief
-> END

=== end_thats_different ===
Mum goes up early. "Night, love." A kiss on the top of your head on the way past, the way she always has. # music: reflect
In the morning she's bright and busy, and the argument has been folded away somewhere with the lighthouse placemats. On the train you get a text: a link to a news story about the hospital, with no comment. Then a second one: "Safe home x". # sfx: notification
{ileana_stayed: Next door, Sofia has her map of the canal path. Your mum drew it. Whatever else she thinks, she did that herself.|Next door, Ileana is asleep after her shift. Nobody asked her what she thought about any of it.}
{
- listen.story || repaired:
    You were right. It cost more than it won. # ending: thats-different # ending_title: "That's different" # practice: take_action # practice: listen # missed: non_target
- else:
    You were right. It cost more than it won. # ending: thats-different # ending_title: "That's different" # practice: take_action # missed: non_target # missed: listen
}
You spoke up, and that matters: your mum heard that you disagree, clearly, more than once. # debrief
But you spoke from above her, not beside her. When you push someone away to win a point, you push away a part of yourself too: you grew up in that kitchen. # debrief
Kerry was common ground, and used as a trap she became a weapon. Asked about gently ("What did you tell her, the night before?") she could have been a bridge. # debrief
{listen.story || repaired: You did listen to her fears earlier, and that still counts; the next conversation starts from there.|Your mum's fears, the hip, the counter, the wire works, never got a hearing tonight.} # debrief
Try again and ask her what she told Kerry, and then wait. # debrief
-> END

=== end_spoke_for ===
On Monday, a text from a number you saved at Christmas. # sfx: notification # music: reflect
{
- used_ileana:
    "Your mother and I will be fine. We are neighbours for a long time; you are here for a weekend. Please don't make me your argument. I'm a nurse, not a statistic." # speaker: Ileana
- pity:
    "Your mother and I will be fine. We are neighbours for a long time; you are here for a weekend. I'd rather she says it to my face than you say things for me. Also the jam is very good. I'll bring her some." # speaker: Ileana
- else:
    "Your mother and I will be fine. We are neighbours for a long time; you are here for a weekend. I can talk to her myself. I've been talking to people's mothers all week." # speaker: Ileana
}
{
- used_ileana:
    Mum, on the phone that Sunday, mentions "her next door" once, the way you'd mention the weather. "Keeps herself to herself, that one." You know exactly where she got that idea.
- else:
    Mum, on the phone that Sunday, says Ileana is "one of the good ones", and you hear how neatly it lets her keep everything else.
}
{
- listen.story || repaired:
    You stood up for Ileana, and you stood in front of her. # ending: spoke-for-her # ending_title: Not your argument # practice: take_action # practice: listen # missed: support_leadership
- else:
    You stood up for Ileana, and you stood in front of her. # ending: spoke-for-her # ending_title: Not your argument # practice: take_action # missed: support_leadership # missed: listen
}
You took action, and your mum knows where you stand. That's real. # debrief
{used_ileana: You asked Ileana to be your evidence, on her way to a night shift, in someone else's kitchen. She said no, and she was right to.|You spoke for Ileana, as someone who needed protecting. She has her own voice, and she used it.} # debrief
Supporting someone's leadership means getting out of the way: making room, asking what they want, and letting them decide. Rescuing takes the power away again, however kindly it's meant. # debrief
{
- pity:
    "One of the good ones" feels like progress, but it can leave the rest of your mum's view untouched. # debrief
- else:
    {listen.story: You did listen to your mum, and that counted. The harder part was listening to Ileana, too: she had already said what she wanted.|Your mum's fears never really got a hearing, and neither did what Ileana wanted.} # debrief
}
Try again and see what Ileana does when you pull out a chair and say nothing at all. # debrief
-> END

=== end_kept_peace ===
You catch the late train with a foil parcel of stew in your bag. "Lovely to have you x," Mum texts. It was lovely. Mostly. # sfx: notification # music: reflect
In April, Mum's hip finally gets a date. She rings you after the pre-op appointment.
"Her next door was my nurse! On the ward. I thought she did the cleaning, in them blue things. Did you know she was a nurse?" # speaker: Mum
You did. You never said.
"She was very good. Very thorough. Told me off for bending." A pause. "Still, though. You can't tell me they haven't let it all go to pot." # speaker: Mum
It was a quiet Sunday. Nobody shouted, and nobody changed their mind. # ending: kept-the-peace # ending_title: A quiet Sunday # missed: take_action # missed: non_target # missed: listen
You kept the peace, and the peace kept your mum's remark exactly where she left it. # debrief
Ileana heard it through the window, and then she looked after your mum on the ward anyway, because that is her job and she is good at it. She didn't need you to speak for her. She might have liked not to be the only one speaking. # debrief
The mark of an ally is taking action. With family, that often starts small: one question, "What happened at the hospital?", asked before the salt. # debrief
{abandon > 2:
    You stepped away several times tonight. That's worth noticing, without beating yourself up about it: it is the easiest thing to do in a kitchen you love. # debrief
}
Try again and ask her what happened, and see where it goes. # debrief
-> END

=== end_early_train ===
{
- repair:
    You go back downstairs and eat your stew standing up at the counter. Upstairs, her little telly comes on. # ambience: kitchen
- else:
    You text Kerry: "Getting the early train tomorrow. Can't do this." Then you go in and eat your stew standing up at the counter. Upstairs, her little telly comes on. # ambience: kitchen
}
At seven the laptop on the table starts to ring. There's only you to answer it. # sfx: phone-buzz
"Where's Mum?" Kerry is in a bright kitchen full of snow-light, and she isn't smiling. # speaker: Kerry
"Upstairs. We had a row. About the news. Immigration." # speaker: You
Kerry, who has spent two years being asked where she's from, laughs without any fun in it. "Course you did." # speaker: Kerry
"She's frightened, you know. The hip. The job. She won't say it to you, because you're the clever one. She says it to me, at two in the morning her time." # speaker: Kerry
{
- repair:
    "I went up. It didn't go well." # speaker: You
    "Then go up again, you daft thing." # speaker: Kerry
- else:
    "Go up and see her, you daft thing." # speaker: Kerry
}
You say you will. You don't.
You get the 6:40 in the morning. You leave the box on the kitchen table with a note on top: FROM ILEANA. DON'T BEND PAST 90. # music: reflect # ambience: none
Halfway home, Mum texts: "You forgot the stew I put up for you." Nothing else. # sfx: notification
The next Sunday she rings as usual, bright and careful, and talks about Jack's tooth for a long time. Neither of you mentions it. The hospital doesn't come up. Nothing does.
{
- repair:
    You climbed the thirteen stairs, and then you didn't quite say sorry. # ending: early-train # ending_title: The early train # missed: mistakes # missed: non_target # missed: listen
- else:
    The stairs were thirteen steps, and you didn't climb them. # ending: early-train # ending_title: The early train # missed: mistakes # missed: non_target # missed: listen
}
You said something true in a way that hurt, and then something unkind in a way that was meant to. Then you left. Most of us have done it. # debrief
Alliance work is built on trying things, making mistakes and going on. {repair: The going-on part was one real apology away, and your mum even told you what it would sound like.|The going-on part was one knock on a bedroom door away.} # debrief
Your mum's fears, the hip, the counter, the wire works, are still there, and she's still saying the same things about the people next door. Nobody has asked her why. # debrief
Ileana told you what she wanted: not a fight in your mum's kitchen on her behalf, but someone angry with the hospital alongside her. # debrief
{repair: Try again, and when she tells you that's not sorry, believe her.|Try again, and go up the stairs.} # debrief
-> END
