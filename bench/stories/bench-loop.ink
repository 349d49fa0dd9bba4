# title: Bench: the long lunch
# summary: A lunch that never ends, for npm run bench: every choice leads back round, with a change of room every ten choices. It never ends on purpose; playable stories live in stories/ and always end.
# author: Common Ground

VAR intervene = 0
VAR rescue = 0
VAR abandon = 0
VAR round = 0

-> lunch

=== lunch ===
~ round = round + 1
{ round % 20 == 1:
    You carry your tray to the café by the window. Round {round} begins. # scene: cafe
}
{ round % 20 == 11:
    The conversation moves to the office kitchen. Round {round} begins. # scene: kitchen
}
Sam sets down a mug and looks around the table. {~It is quiet for a moment.|Someone laughs at the far end.|The coffee machine hisses.|A phone buzzes and is ignored.}
"So, what did everyone think of the new rota?" # speaker: Sam
Priya starts to answer, then stops, and Alex talks over her. That makes {round} times this week. {~She looks down at her plate.|She picks up her fork again.|She glances at you.}
+ [Ask Priya what she was going to say #intervene]
    "Priya, you were saying?" # speaker: You
    -> lunch
+ [Answer for Priya, since you know what she thinks #rescue]
    "Priya thinks it's unfair, actually." # speaker: You
    -> lunch
+ [Let it go and finish your sandwich #abandon]
    You finish your sandwich.
    -> lunch
