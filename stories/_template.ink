// ─────────────────────────────────────────────────────────────────────────────
// Common Ground story template
//
// Copy me:   cp stories/_template.ink stories/my-story.ink
// Check me:  npm run stories:check stories/my-story.ink
// Map me:    npm run stories:map my-story
// Play me:   npm run play stories/my-story.ink     (or npm start, in the browser)
//
// The leading "_" keeps this file out of the story list. Your copy's name (without
// .ink) becomes its id in links: http://localhost:5173/?story=my-story
//
// Lines starting with // are comments: players never see them. Delete them as
// you go. Everything here is plain Ink plus the tags in WRITING.md.
// ─────────────────────────────────────────────────────────────────────────────

// Global tags: at the very top, before any story text.
// title, summary and duration are required in a scored story.
# title: The template
# summary: A short scene to copy: a remark in a meeting, and what you do about it.
# duration: 3 min
// One content_note per thing to warn about; they are shown before the story starts.
# content_note: A dismissive remark about a colleague's accent
# author: Your name

// Declare these three and the game keeps them equal to the running totals,
// so the text can react to how the player has been doing. Never assign them.
VAR intervene = 0
VAR rescue = 0
VAR abandon = 0

-> meeting

=== meeting ===
// scene picks the illustrated setting; music and ambience start looping sounds.
The Monday meeting. Rain against the window, coffee going cold. # scene: meeting-room # music: meeting # ambience: meeting-room
// speaker says who is talking. The player's own lines use "# speaker: You".
"Could you say that again? Slower, maybe, so we can all follow." # speaker: Rob
Amira stops mid-sentence. A couple of people smile at their laptops. # sfx: chair
// discuss goes on the last line before a choice point: the facilitator's question.
Amira looks at her notes. # discuss: What just happened to Amira, and who noticed?

// Scoring tags go INSIDE the brackets, so the choice carries them.
// Every choice in a scored story needs at least one.
* [Ask Amira to carry on: "I was following fine. Go on." #intervene]
    "I was following fine. Go on, Amira." # speaker: You
    -> after_meeting
// A weight counts a tag more than once; a choice can carry several tags.
* [Tell Rob he's being rude and explain Amira's point for her #rescue: 2 #intervene]
    "That's rude, Rob. What Amira means is —" # speaker: You
    Amira closes her notebook. Now two people are talking about her point, and neither is her.
    -> after_meeting
* [Look at your laptop until it passes #abandon]
    You scroll through an email you have already read.
    -> after_meeting
// neutral: deliberately unscored, but still tagged, so the checker knows you meant it.
* [Top up your coffee #neutral]
    You reach for the jug. When you look up, the moment has gone.
    -> after_meeting

=== after_meeting ===
// Text can react to the running totals.
{rescue > 1: Amira catches your eye on the way out. She doesn't look grateful, exactly.}
In the corridor afterwards, Amira is at the coffee machine on her own. # discuss: What could you do now that you couldn't in the room?
* [Ask her how she wants to handle Rob, if at all #intervene]
    "Do you want to do anything about that? I'll back whatever you decide." # speaker: You
    -> ending_backed
* [Say nothing; it's over now #abandon]
    -> ending_silence

// An ending: its last line carries "# ending: id", a title, and the ally practices
// it shows (practice) or misses (missed). Ids: take_action, listen, use_privilege,
// support_leadership, non_target, mistakes, self_care.
=== ending_backed ===
"Maybe. Let me think about it," she says. "Thanks for asking first." # speaker: Amira # ending: backed # ending_title: Asked, not told # practice: take_action # practice: support_leadership # music: reflect
// Lines tagged debrief appear on the debrief screen, not in the story.
You acted, and you left the decision with Amira. # debrief
-> END

=== ending_silence ===
The coffee machine hisses. Amira takes her cup back to her desk. # ending: silence # ending_title: The moment passed # missed: take_action # missed: support_leadership # ambience: none
Nothing you did made it worse. Nothing you did made it better either. Try again, and try one small question. # debrief
-> END

// Inky's web-export tags (AUDIO, AUDIOLOOP, IMAGE, BACKGROUND, CLASS, CLEAR,
// RESTART) are understood or harmless, so stories written for Inky also play here.
