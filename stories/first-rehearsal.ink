# title: First rehearsal: the garden rota
# summary: A five-minute warm-up at a community garden. Someone new is left off the rota; what do you do?
# duration: 5 min
# content_note: Mild exclusion of a newcomer who speaks English as a second language
# author: Common Ground

VAR intervene = 0
VAR rescue = 0
VAR abandon = 0

-> gate

=== gate ===
Saturday morning at the Elm Street community garden. The sky is the colour of weak tea and somebody has already filled the watering cans. # scene: garden # ambience: garden # music: title
Dev is pinning the new watering rota to the shed door. # speaker: Narrator
"Right, that's everyone sorted for the summer." # speaker: Dev
You read down the list. Every name is there except Mariam's, who joined in April and has weeded more beds than anyone.
Mariam is at the next bed, close enough to hear. She glances at the list, then back at her trowel. # discuss: What do you notice first here, and what might Mariam already be weighing up?
* [Ask Dev, lightly, how people get onto the rota #intervene]
    "How does the rota work, Dev? Is there a sign-up I missed?" # speaker: You
    Dev frowns at the sheet. "People just tell me. Nobody's said anything else." # speaker: Dev
    -> ask_mariam
* [Tell Dev he's left Mariam off because he doesn't think she'd understand it #rescue]
    "You've left Mariam off. She understands a rota perfectly well, you know." # speaker: You
    Dev goes pink. Mariam looks up, caught between the two of you, now the subject of the conversation instead of part of it.
    -> ask_mariam
* [It's Dev's list. Leave it. #abandon]
    You pick up a watering can. It isn't your rota.
    -> later

=== ask_mariam ===
Mariam has stopped weeding.
* [Turn to Mariam: "Did you want to be on it? Which days suit you?" #intervene]
    "I'd like Thursdays," she says. "I didn't know how to ask. Everyone seemed to already know." # speaker: Mariam
    Dev pulls the pen out from behind his ear and hands it to her, not to you. # speaker: Narrator
    -> ending_rota
* [Write her name in yourself, on Thursday #rescue]
    You take the pen and write MARIAM under Thursday.
    "I work Thursdays," she says quietly. "Saturdays would be better." # speaker: Mariam
    You cross it out. It is a small mess on the sheet, and a smaller one between you.
    * * [Apologise and hand her the pen #intervene]
        "Sorry. I should have asked. Here." # speaker: You
        She takes the pen and writes her own name. # speaker: Narrator
        -> ending_rota
    * * [Laugh it off and go back to your bed #abandon]
        -> later

=== later ===
At the end of the morning, Mariam leaves without saying goodbye. The rota flutters on the shed door, one name short.
{abandon > 1: You think about it on the bus home, and about why it felt easier to say nothing.}
Next week, you could ask her which days suit her. # ending: left-off # ending_title: One name short # practice: self_care # missed: take_action
Next time, a single question to the person it concerns can open a door. # debrief
-> END

=== ending_rota ===
By lunchtime the rota has one more name on it, in Mariam's own handwriting. # sfx: chime
{rescue > 0: You notice you reached for the pen first. Next time, you might start by asking.}
"Thursdays and Saturdays," she says, and goes back to the tomatoes. # speaker: Mariam # ending: on-the-rota # ending_title: In her own handwriting # practice: take_action # practice: support_leadership
Asking the person it concerns what they want, and then handing them the pen, is supporting their leadership. # debrief
-> END
