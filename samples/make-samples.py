#!/usr/bin/env python3
"""Generate the fictional sample consultation CSVs for heed.

Every free-text answer below was written by hand for this project; the
script only shuffles whole answers into respondents, picks areas, ratings
and timestamps, and writes the two Google Sheets style CSV exports.
All people, places, schools, emails and phone numbers are fictional
(phone numbers are from Ofcom's drama ranges; emails use example.* domains).

Pool format: each answer starts on a line beginning with a tone marker
  [+] positive  [-] negative  [~] mixed  [0] neutral / nothing in particular
and runs until the next marker, so answers may span several lines.
Each pool answer is used at most once; short trivial answers ("n/a",
"nothing") fill the remaining slots and may repeat. About half of the
answers that use straight apostrophes get curly ones, as phone keyboards do.
Python 3 standard library only.

Usage: python3 make-samples.py   (writes next to this script)
"""
import csv
import datetime
import os
import random
import re

SEED = 20260701

# ---------------------------------------------------------------------------
# Q2 (April-June 2026): "What has worked well in your contact with the LA?"
# ---------------------------------------------------------------------------
Q2_WELL = r'''
[+] The officer who rang me was lovely and actually listened.
[+] Honestly the drop in session at the library was really useful, met other families and got some advice about GCSE exam centres.
[-] nothing has worked well. nothing.
[+] Our EHE officer replied to my email within a day which I wasn’t expecting at all
[+] They accepted a written report instead of a visit which was a huge relief for us
[~] The officer we had was fine, it’s the letters that are the problem
[+] Being told clearly that I didn’t have to send work samples if I didn't want to. Took a weight off.
[+] I liked that they asked our local home ed group for feedback on the new letter before sending it out. First time we have felt included in anything.
[+] All good so far, they left us alone after the first report which is how it should be
[-] Worked well? Being ignored for 4 months I suppose, at least nobody bothered us
[+] The exams officer helped my daughter find a centre for her iGCSE English, we would never have found one on our own.
[+] Friendly phone call, no pressure, felt like a conversation not an interrogation.
[+] She seemed to genuinely get that we are autonomous educators and didnt ask for a timetable. Massive difference from our last LA.
[0] We have only been deregistered since March so not much contact yet
[+] The list of local groups and resources on the website
[~] Some of the team are great. Some are not. Depends who you get tbh
[+] The officer took time to explain what the LA's role actually is and what it isn't, wish that had been written down somewhere though
[+] They sorted out the school place quickly when we decided to go back, no judgement about the 2 years at home
[+] Mrs Okafor (our officer) was brilliant when my son Reuben was struggling, she pointed us to a local autism support group and checked in a month later just to see how he was.
[+] Being able to meet in a cafe rather than at home. My son is autistic and a stranger in the house would have set him off for days
[-] The letters arrive. That’s about it.
[+] they didnt panic when I said we dont follow a curriculum
[+] I appreciated that the meeting was offered in the evening as I work days. Small thing but it matters.
[+] The home ed forum that the LA runs with parents twice a year. It actually changed the wording of the annual letter so somebody was listening.
[+] Quick response
[+] Got a reply, eventually
[~] The person on the phone was kind but couldn't answer any of my questions and said someone would call back. They did, three weeks later.
[+] They funded a couple of sessions with a maths tutor when my eldest had a gap. I didn't even know that was possible, a friend told me to ask.
[+] When my daughter was in crisis last winter the officer backed off completely and said take all the time you need. I will always be grateful for that.
[+] Our officer gave us good info about college courses for 14-16 year olds, my son starts at Eastmoor College in September doing two days a week
[+] genuinely nothing to complain about, the lady we deal with is very reasonable and seems to like home ed
[-] I cannot think of a single thing, sorry
[+] I was reassured that they would not share our information with school without asking first. That was my biggest worry.
[+] The interpreter for my husband at the meeting. He is more comfortable in Polish and they arranged it without any fuss.
[+] The new officer actually read our report before the meeting which made a nice change
[0] We use the library and the National Trust places a lot but I don't think that's anything to do with the council
[+] The SENCO at the old school and the EHE officer spoke to each other so I didn’t have to repeat everything for the hundredth time. Rare but nice.
[+] Email contact works well for us, I can think about what I want to say rather than being put on the spot
[~] Visit went ok in the end, the officer was pleasant, but I was a wreck for the week before it
[+] Being treated like a parent who knows her own child
[-] Nothing. I was made to feel like a criminal from the first letter.
[+] They gave me a named person and a direct number rather than the generic inbox. Game changer.
[+] The exam access arrangements advice for my dyslexic son was spot on, he got extra time for his functional skills
[+] We showed them photos from our museum visits and nature journals and that was enough, no fuss
[+] They respected that my daughter didn't want to be at the meeting, and just spoke to me
[+] I found the EHE team very approachable when I rang up before deregistering, they were honest that they couldn't force the school to do anything but told me about the options
[~] the officer was ok but kept saying “we just need to tick a box” which didn’t fill me with confidence
[+] Things have improved alot since last year. Letters are a bit friendlier and we got a reply within the week
[+] Honestly the best thing was the parent rep on the forum pushing back on the home visit wording. Go Sarah.
[+] The SAO threat was withdrawn once I sent a proper report so I suppose the system worked in the end, but it was a horrible month
[+] Informal chat at the park meet up. Nice to put a face to a name.
[+] They made it clear in the phone call that a visit was optional and I could send something written instead. I wish everyone was told that.
[+] our contact is good, she knows us and doesn't need everything explaining again each year
[+] I asked for some advice on science resources and got a really thoughtful email back with links, including some free online courses
[+] I actually feel like I can trust our current officer. Took 3 years and 4 officers to get here though.
[0] We don't have much to do with them and thats how we like it
[+] The Saturday drop-in. Kids played, parents chatted, officer answered questions. More of this please.
[+] Very polite on the phone.
[+] Being pointed towards the SEND information advice service (SENDIASS) when we were trying to get an EHCP assessment. They were amazing.
[+] no complaints, the yearly email is fine, i send a few paragraphs and that's that
[~] The website is better than it was. Still doesn't say what happens to the information you send them though.
[+] When I explained we do project based learning with lots of trips out, the officer said that sounded great and asked what my son was enjoying most. That was it. Lovely.
[+] Our meeting was moved to the community centre because my wheelchair doesn't fit through the door of the council office. They were really accommodating.
[-] Worked well... hmm. The automatic reply email is very reliable.
[+] They let my 15yo do the talking which he loved, he felt like an adult for once
[+] The Eastmoor home ed liaison group meetings, where parents and the team actually sit down together
[+] Getting the exam fees paid for my son's maths GCSE. Didn't know that was a thing in some areas. Please keep it!
[+] Straightforward and respectful. Thank you.
[+] they didn’t push us back to school even tho my daughters attendance had been awful, they understood why we took her out
[+] Being given time. After we deregistered they waited 3 months before getting in touch which gave us time to settle and deschool.
[~] To be fair, once you actually get hold of someone they are helpful. It's getting hold of them that's the problem.
[+] The officer signposted us to a young carers group for my eldest, which had nothing to do with education really but helped massively
[+] My son Kai has severe anxiety and the officer agreed to just email instead of any face to face, which meant he wasn't worrying about it for weeks.
[+] The info about the local authority's duties was clear, and they admitted when they didn't know something which I respect
[+] Honestly pretty good. No complaints. 10/10 would be left alone again
[-] They have been consistently inconsistent, so at least that's something you can rely on
[+] The music service let home ed kids join the Saturday orchestra at the same price as school kids
[+] The lady at the front desk was really kind when I came in upset after a letter. She made me a cup of tea and found someone to talk to me.
[+] Helped us get a place on a forest school course for home educated children
[0] I only filled this in because our group asked everyone to
[+] It's much better than when we lived in the last LA, where they wanted a visit every 6 months and lesson plans.
[+] They read our education philosophy and didn’t ask for more. First time ever. I nearly fell off my chair.
[+] Our officer is an ex home educator herself and it shows, she just gets it
[+] Using the online form to send our annual update was quick and easy
[+] When I asked what they would do with the samples I sent they explained exactly who would see them and how long they keep them. Thank you for that.
[~] the visit itself was fine, the officer was nice enough, but she was clearly ticking boxes from a school inspection form which felt a bit much for a 6 year old who learns through play
[+] The advice about access to the local college at 16 and the travel bursary was really helpful, my daughter's now got a place on the animal care course.
[+] Really appreciated the officer being honest that she had concerns about the amount of maths, and then just talking it through with us rather than sending a formal letter. We changed a few things and it was fine.
[+] We were included in the meeting about our son's EHCP annual review even though he is home educated now. Felt like a proper team for once.
[+] The response to my complaint was quick and the manager apologised properly
[+] Someone finally explained the difference between a section 437 notice and a friendly enquiry letter! Lol
[~] the team try their best i think but there clearly aren't enough of them
[+] They told me straight away who my link officer was and how to reach her
[+] The home education coffee morning at the Riverside family hub. The kids do craft and I get to talk to grown ups.
[+] the officer came to our home ed group instead of individual visits which was much less scary for everyone
[+] Good communication after I sent our report, they said thanks and that was it, no follow up questions
[-] Not a lot to be honest, it's mostly been form letters and one very awkward phone call
[+] They arranged the meeting for a time when my husband could come too. Both of us being there made a big difference to how it felt.
[+] All fine, got what I needed
[+] The SEN team and the EHE team talking to each other for once, and the EP report actually being shared with us before the meeting
[+] The support we got when my son was being bullied at school and I was considering taking him out. The officer talked me through what home education involves and didn't try to persuade me either way.
[+] Felt listened to. That's all I really want.
[+] quick, friendly, sorted
[+] Our last report was accepted with just a short note saying it all looked lovely. Made my day honestly.
[+] We got help with a reference for my daughter's college application, that was really kind
[+] the officer at the Ashby Vale meet up was really warm and clearly interested in what the children were doing, my youngest showed him her school of fish drawings and he was genuinely delighted
[+] The sessions on preparing for exams as a private candidate - useful and well run, please do them again
[~] I think they mean well
[+] The guidance they sent with examples of the kind of thing to put in a report (photos, a diary, a short summary) was great. More of that.
[+] I like that the team are now on the council website with names and photos
[+] The officer arranged for us to meet at the library because my eldest is more settled there. Small adjustment, huge difference.
[+] It was very helpful when they explained that they have no power to tell us how to teach, only to check the education is suitable. Wish I had known that at the start.
'''

# ---------------------------------------------------------------------------
# Q2 (April-June 2026): "What could we do better?"
# ---------------------------------------------------------------------------
Q2_BETTER = r'''
[-] Tell people what is actually required by law and what is optional!! The letter reads like a home visit is compulsory and it isn't.
[-] stop sending letters that start with “most children attend school”. we know. thats why we left.
[-] answer emails. I have sent 3 and recieved nothing back
[-] Your website says one thing, the officer said another and the letter said something else again. Which is it?
[-] Please stop treating home education as a safeguarding issue. It isn't one. Children who are home educated are seen by far more adults than you seem to think.
[-] the tone of the annual letter is really patronising, it talks to us like we're naughty children who haven't done our homework
[-] Explain what happens to the information we send. Who sees it? How long do you keep it? Is it shared with social care? Nobody can tell me.
[-] Dont threaten people with a school attendance order in the very first letter. I had only deregistered 3 weeks before. I was in tears.
[-] More help with exams please. Finding an exam centre for GCSEs is a nightmare and costs us hundreds of pounds per subject. We are not sitting on a trust fund.
[~] More drop in sessions, the one in April was great but it was the only one
[-] Learn what autonomous education is before you judge it. Asking my 7 year old which “subjects” she does was ridiculous.
[-] Give us a named officer who stays the same. We've had four different people in two years and each one wants to start from scratch.
[-] Be honest about what you can and can't do. The officer implied she could make us go back to school if we didn't agree to a visit, which is not true.
[-] Support for SEND children who are home educated is non existent. My son has an EHCP and since we deregistered it's like he doesn't exist.
[-] Publish clear guidance with examples of what a good report looks like. I spent days on ours and still had no idea if it was what you wanted.
[0] n/a we're happy
[-] stop calling it “elective” when the school gave us no choice. my son was being bullied every day and the school did nothing, I didn't elect anything
[-] Reply within a reasonable time. 6 weeks is not reasonable.
[-] I would like the LA to understand that not every family wants to be visited in their home. Our home is our private space, not a classroom for inspection.
[-] more groups in the north of the county please, everything is in Town Centre and it's an hour on the bus
[-] The form asks for a “timetable”. We don't have one. Autonomous learning doesn't work like that. Please change the form.
[-] Stop sending letters first class recorded delivery, it makes you think something awful has happened. My heart stopped.
[-] Better training for officers on autism and PDA. The officer who visited kept trying to make my son look at her and answer questions, he shut down completely and then she wrote that he was “unresponsive”.
[-] listen to parents. we know our children
[-] Make the website clearer. I couldn't find who to contact or what the process even is.
[-] the school pressured us to deregister so they didn't have to deal with my daughter's needs and then the LA acted like it was our decision. its called off-rolling and you should be looking into the school, not us
[-] Honestly just leave us alone unless there's a genuine concern
[-] Fewer forms
[-] Officers who turn up with clipboards and checklists designed for schools. Home education isn’t school at home.
[-] It would help if you actually read the report we sent before asking the same questions again in the meeting
[-] Offer meetings somewhere other than the council offices, which are stressful for my daughter and have no parking for my blue badge
[-] Your letter said I “must” provide samples of work. I checked the guidance and that is not true. Please be honest in your letters, it ruins trust.
[-] Rights. Tell parents their rights. The school didn’t, the LA didn’t, I had to find out from a Facebook group.
[-] My son’s mental health is the reason we home educate. Every letter from you sets him back weeks because he thinks he's going to be sent back. Please think about the impact.
[-] stop the “informal” visits that turn out not to be informal at all
[0] Cant think of anything right now
[-] get back to people when you say you will. “I'll call you Thursday” - it's now been 3 Thursdays
[-] Sort out the EHCP process. We have been waiting 38 weeks for an assessment which is way past the 20 week legal limit.
[~] It would be good to know who else is on the team, and who covers when our officer is on leave
[-] Involve home educators in writing policy. Don't just consult after it's all decided.
[-] Stop asking for the children’s full names, dates of birth and NHS numbers in the first email. What is that for?
[-] A bit more respect would be nice. The phrase “we have concerns” should not be thrown around when there are no actual concerns.
[-] They need to make it clearer that parents can choose not to have a home visit. Our officer, Mr Daniels, told us it was “standard practice”, and I felt I had no choice. I only found out afterwards it's optional.
[-] when i phoned to ask a question the woman said “well most parents find it easier just to have the visit”. That's not an answer.
[-] Practical support with resources, science equipment, library access etc. Other LAs do this.
[-] My daughter has dyslexia and I asked about an assessment. Was told home ed kids aren't entitled. I am pretty sure that's wrong.
[-] Be consistent. My friend in Riverside gets a letter once a year. I get one every term. Same LA.
[-] I think you should sack whoever wrote the leaflet. Whoever thought “Is home education right for your child? Most children thrive in school” was a neutral opening line needs a holiday.
[-] make the annual contact a simple email, not a 4 page form
[-] My son was excluded from Oakfield Academy for behaviour linked to his ADHD, which was never properly supported. Then we were told home education was our only option. Then we get letters questioning our choice. You couldn’t make it up.
[~] It's fine. Maybe send out a reminder a bit earlier so we have time to get a report together
[-] Don't assume we're all hiding something.
[-] we moved here from Wales and the difference is massive. There they were helpful and friendly, here it feels like we're being watched. Why is it so different?
[-] Actually respond to the parent forum’s recommendations. We spent ages on them in January and heard nothing.
[-] More info about flexi schooling please, our school says no and we don’t know what our rights are
[-] I would like a written record of what was agreed at our meeting. I asked twice and nothing came.
[-] Sorry but this survey is a tick box exercise and nothing will change. Prove me wrong.
[0] no
[-] make meetings accessible. my partner is Deaf and there was no BSL interpreter, even though I asked for one twice
[-] Please stop ringing at 9am on a Monday and asking to “pop round this week”. That's not how anyone should be treated.
[-] The phrase “suitable education” needs defining clearly for parents. Everyone seems to have their own definition depending on which officer you get.
[-] my daughter is 13 and her anxiety is through the roof, she was refusing school for a year and the attendance officer kept sending fines. Then we took her out and now EHE want to visit. She can't cope with any of it. Can someone please just stop and think about the child here.
[-] The officer said my daughter “should be doing more writing” because she's 8 and prefers to dictate her stories. She is 8! It's called child-led learning.
[-] Your survey is too long
[-] Stop pretending the annual visit is a “chance to celebrate our achievements”. It's monitoring. Just call it what it is, we'd respect you more.
[-] Be clear about the timescales. How long do we have to respond? What happens if we don't?
[-] Pay for exam entries. Other LAs do it. Why should my kid miss out because I can't afford £180 per GCSE?
[-] We are made to feel like we have to justify ourselves every year even though nothing has changed. It is draining and honestly it makes me anxious for weeks.
[~] The officer was nice but didn't seem to know much about the law, she kept referring to the “national curriculum requirements” which don't apply to us
[-] hire more staff, nobody ever answers the phone
[-] Please don't copy the school into emails about us. The school is the reason we left. My son's old headteacher at St Mary's Primary does not need to know what we do now.
[-] There should be an independent person you can contact if you disagree with an officer. At the moment it's just the officer's word against yours.
[-] More activities in the summer holidays that home ed kids can access, things like sports sessions and the swimming lessons at the leisure centre
[-] The website still says “home education must follow a broad and balanced curriculum” and that isn't what the law says at all. Fix it.
[-] Be kinder
[-] Stop using the word “concerns” in every email, it makes me feel sick every time I open one
[~] More clarity on the exam support available, I only found out about the fee help by accident
[-] you need to understand that some of us have had awful experiences with schools and social services and that your letters bring all of that back. A bit of compassion would go a long way.
[-] It would be really nice if anyone ever asked what we actually need. Nobody has ever asked me that. Until this survey I suppose.
[-] Better information for new home educators. When I deregistered I was sent a letter which was basically a list of things I had to do, most of which turned out not to be true.
[-] the phone line only works 10-2 on weekdays which is useless if you work
[-] I appreciate you might need to check in occasionally but 3 letters in 2 months is too much
[-] you should look at how Coldharbour families are treated compared to everyone else. We get more visits, more letters and more suspicion. It feels like it's because of our postcode.
[-] Get rid of the annual report template. It's designed for a school. My daughter doesn't do “literacy” and “numeracy” on a Tuesday, she writes stories and bakes and counts her pocket money.
[-] I've emailed ehe.team@example.gov.uk four times about getting my son's EHCP transferred. No reply. My number is 07700 900123 if anyone actually wants to call me.
[-] Don't ask for a photo of our school room. We don't have one. We learn at the kitchen table, in the garden, in the car, in the library. It doesn't need a special room.
[-] I think the LA should have a clear and published complaints route for EHE. I didn't know who to complain to.
[-] Would be helpful if there was a home ed newsletter with events and things. We only hear about things through word of mouth
[-] my son is 16 on 14/03/2010, sorry I mean born 14/03/2010, and nobody has told us anything about what happens next with college or training or anything
[-] Don't send the same generic letter to families who've been home educating for 10 years and ones who started last week
[~] I would like to be able to book a time to talk rather than waiting for a call back that may or may not happen
[-] The problem isn't the team, it's the policy. The policy assumes we are failing until we prove otherwise.
[-] I was told by one officer that I needed to send work samples and by another that I didn't. Can you please all agree on what you want.
[-] Treat us as partners, not suspects
[-] Fund a proper exam centre for private candidates in the county. Currently we have to travel to another county and it's ridiculous.
[-] Speak to the families before you write policies about us, not after. We're not hard to find, there are 4 big groups in the county.
[-] Stop the unannounced visits. An officer turned up on my doorstep without warning while I was in my dressing gown with a poorly toddler. I was mortified and my older two were terrified.
[-] Understand that a structured, curriculum approach isn't the only valid one. And equally that not all of us are unschoolers! We're all different.
[-] our officer was fine but we were asked at the end if we had “any safeguarding concerns” as if that's a normal question to ask a mum at her kitchen table
[-] My ex husband has been sending me threatening messages and last week he turned up at the house while the children were there and tried to take our youngest. I told the EHE officer when she rang, I was so scared, and she said it wasn’t her department. Who do I tell?
[-] I don't know who else to tell but the family next door took their kids out of school in January and I haven't seen the little one outside since. I hear shouting and crying most nights and once I heard him screaming. I'm worried something is really wrong. Is anyone checking on them?
[-] Listening would be a good start. Actually listening, not just waiting for your turn to talk.
[-] There was a question on the form about whether our child was “known to social care”. Why? That is not an education question.
[-] Honestly more of the same. Nothing major.
[-] Send information in plain English. Half the letter is legal references that nobody understands.
[-] The letter we got said “Failure to respond may result in further action.” Further action like what?? It's so intimidating.
[-] Consider the impact of your letters on parents who are already exhausted. I am a single mum of three, one with complex medical needs, and I do not have the energy for a fight over paperwork.
[-] Can you please translate the letters. My English is not good and my son has to read them to me, he gets worried.
[-] Please make it possible to contact someone by text or WhatsApp. I'm autistic myself and phone calls are really hard for me.
[-] Put the guidance online where we can find it. The link in the email (https://www.example.gov.uk/ehe-guidance) goes to a page that says “not found”.
[-] Tell us what we're doing well. It's always what we're doing wrong.
[~] i guess just more info about what's available locally, groups, activities, that kind of thing
[-] It would be good if you could connect families who are new to home ed with others who have done it for years. A buddy system or peer mentors maybe.
[-] The officer asked my 10yo daughter if she was “happy at home” in front of me. What was she supposed to say?? If you think there's a problem say so, if not don't ask kids leading questions.
[-] Support for parents whose children have been failed by CAMHS. We have been on the waiting list for 2 years. Home education is the only thing keeping her going.
[-] You could stop assuming that an unhappy child at school is a child with a bad parent.
'''

# Q2 top-up (written after the main Q2 pools)
Q2_WELL += r'''
[~] When I told our officer that my 14 year old had been cutting herself and saying she didn’t want to be alive anymore, she took it seriously and got CAMHS to call us the same day. I didn’t know who else to tell. We are still waiting for proper help though and I'm frightened every night.
[+] Our officer, Miss Adeyemi, rang me back on 01632 960 418 when I left a message, even though it was after 5. Really appreciated it.
[+] The meeting was at the library in Ashby Vale (near us, LE99 4ZX) so we could walk, which helps as we don't drive
[+] nothing to moan about this time, which makes a change
[+] Our officer was very supportive when my mum died in the spring and our report was late. She just said don't worry about it, send it when you can.
[+] Honestly better than I expected. I'd heard horror stories from other parents in the Facebook group but our officer was just a normal, kind person.
[0] Don't really have any contact apart from the annual letter.
[+] I emailed to ask about work experience for my 15yo and they put us in touch with the careers adviser, who was excellent
[+] They put us in touch with a home ed family with a deaf child like ours. We meet every fortnight now.
'''
Q2_BETTER += r'''
[-] My son told me an older lad from the estate has been giving him money and a new phone to “drop off bags” for him after dark. He is 13. He won’t tell me more and he's scared of them. I emailed the EHE team about it two weeks ago and had no reply. Who is supposed to deal with this??
[-] please can the officer stop texting my personal mobile (+44 7700 900456) at 8pm. Office hours please.
[-] Send post to the right address. Yours keeps going to our old house at 12 Mill Lane, AV3 9ZZ, and the new owners are opening it. That's our children's information!
[-] I'd like to know why our file apparently says “parent uncooperative” because I declined a visit. Declining an optional visit is not being uncooperative. I want it removed. You can reach me at j.harding@example.com.
[-] get rid of the jargon. “Section 437(1)”, “efficient full time education suitable to age ability and aptitude”. Just tell us in normal words what you need.
[-] The drop in clashed with the big home ed group meet up at the National Trust place. Maybe ask the groups before picking a date?
'''

# ---------------------------------------------------------------------------
# Q3 (July-September 2026): "What has worked well in your contact with the LA?"
# New published EHE guidance went online in July; the new monitoring policy
# (annual home visit "expected") started at the same time.
# ---------------------------------------------------------------------------
Q3_WELL = r'''
[+] The new guidance on the website is really clear. It finally says in black and white that a home visit is optional and what else you can send instead.
[+] Loved the examples of how to show progress in the new guidance – photos, a learning diary, a short written summary. Made writing our report so much easier.
[~] The guidance is good. The letter that came with it, less so.
[+] They published what happens to the information we send and how long it is kept. Thank you, that's all some of us ever wanted.
[-] Oh great, another letter. That's what's worked “well”.
[+] For the first time I actually understand what the LA's role is. The new FAQ page is brilliant.
[~] The written guidance is much better this year. Shame the officers don’t seem to have read it.
[+] Our officer stayed the same which was nice, she knows us now
[+] The summer drop in at the Riverside hub was lovely, the kids did a science workshop and I picked up the new exam centre list
[-] nothing since July. it was ok before that.
[+] The new page listing the team with names, patches and email addresses. Should have been there years ago.
[+] Clear timescales in the letter this time: when they need the report by and what happens if you need more time
[+] I liked that the guidance says autonomous and child led approaches are valid and gives examples. Felt seen honestly.
[~] Being told in writing that I could refuse the visit. Then being told on the phone by a different officer that refusing “would be noted”. So, mixed.
[+] They helped my son get into the college 14-16 programme in September, the officer did the referral herself
[+] The published flowchart of what happens after you send a report. Simple but so useful.
[0] Not much contact this quarter
[+] Our officer, Mr Hussain, was honest that he didn't agree with everything in the new policy and said he'd take our written report instead of a visit. Appreciated the honesty.
[+] the exams info pack. finally someone has written down which centres take private candidates and roughly what they cost
[~] The guidance is clear. The practice isn't.
[+] I emailed a question about the new visits and got a reply within two days, with a link to the relevant bit of the guidance. That's how it should work.
[+] Good to see the parent forum's comments actually made it into the final guidance document. Some of our wording is in there!
[+] The officer asked my daughter what she was proud of this year and listened properly to the answer. She was beaming for days.
[+] They have been helpful with my son's EHCP annual review, the SEN caseworker came to us and was really nice
[+] The online form is easy and you can save it and come back later, which is a blessing with three kids interrupting
[-] Worked well? The new policy has made everything worse. Nothing has worked well since July.
[+] Clearer letters. Less legal waffle. More “here's what we need and why”.
[+] I appreciated the document explaining the difference between an informal enquiry and a formal notice. Calmed me right down.
[~] Officer was pleasant. The visit was not.
[+] Funding for my daughter's IGCSE biology exam. Thank you, we literally couldn't have done it otherwise.
[+] The guidance has a section on SEND and home education which is really helpful, including what the LA still has to do for kids with EHCPs
[+] When I asked, they sent me the exact wording of the policy and the bit of the law it's based on. Transparency at last.
[0] We moved into the area in August so no real experience yet.
[+] Honestly the team have been lovely to us, I know lots of people are upset about the new visits but our officer made it feel very relaxed and it was over in 20 minutes
[+] nice to see the website updated. The old one was from 2019 I think
[~] I like the new guidance but I don't trust that it will be followed
[+] They explained why they were asking for the information and what it would be used for. That's new and welcome.
[+] the librarian at Eastmoor library, not LA exactly but she's been amazing for my son
[+] Being able to download the guidance as a PDF and as an easy read version. My partner has a learning disability and the easy read one was perfect for him.
[+] Meeting at the Town Centre library rather than at home, when I asked. No problem at all.
[+] We got the new letter and it was actually friendly! Started with “thank you for letting us know about your child's education”. Small things.
[+] It's clearer now what they mean by “suitable education” – the examples in the guidance are helpful and broad
[+] Our officer was really understanding when I explained my son has PDA and can't cope with direct questions. She chatted to me and just said hi to him.
[-] they at least spelled my name right this time
[+] I finally know who to contact if I disagree with a decision - the complaints route is published now
[~] The new “information for families” leaflet is better but still opens with the line about safeguarding, which sets the wrong tone
[+] They were quick to confirm in writing that the visit is voluntary, which I can show to anyone else who asks
[+] I like the new way of sending the report through the portal, and getting an acknowledgement straight away. No more wondering if it arrived.
[+] the consultation meetings in July, good to be asked before things are changed even if I disagreed with some of it
[+] The maths and English tutor list they shared with us
[+] My daughter Freya (11) took part in the art competition at the museum that the LA advertised to home ed families. She won a prize and hasn't stopped smiling.
[+] Being given a choice of how to share our year: visit, meeting elsewhere, phone call or written report. Please keep that choice.
[+] No issues, all good
[+] Our officer helped me apply for a school place for my youngest who wants to try it, and didn't make it weird that her big brother is still at home
[-] Nothing has worked well. The guidance is nice words on a page but the officer still insisted on coming in and looking around.
[+] Clear information about the college transport and bursaries. Sorted.
[+] I felt respected in the meeting. That's all.
[+] The careers adviser session for home educated teens was fab, my son came back full of ideas
[+] Very helpful phone call explaining the new register and what it means for us. Calm and factual, no scaremongering.
[+] They now have a short video on the website explaining the process. My husband, who never reads anything, actually watched it.
[+] I was really worried when the letter about the new visits came, but when I phoned the team they were reassuring and said a meeting at the library was fine
[+] Finally someone who knows what unschooling is! Our new officer has home educated her own kids.
[~] The guidance is a lot better, it's clear and the examples are useful. I still think the visits policy is wrong though.
[+] The summer programme at the leisure centre was open to home ed kids for the first time. Brilliant.
[+] Quick acknowledgement email when I sent our update
[+] The officer followed up after the meeting with a short summary of what we'd agreed. Really helpful to have it in writing.
[0] can't say really
[+] The interpreter was booked before I even asked because they had noted my language from last year. Thank you.
[+] The guidance now explains what the LA can and can't ask for. I have printed it out and stuck it on the fridge.
[+] I find the team easy to contact now that the email addresses are on the website
[-] The best part was when the officer left.
[+] My officer took on board that my daughter's autism means she learns in bursts and it wasn't a problem that she did no “formal” maths for a month
[+] The parents' reference group they set up to look at the guidance. I was on it, and I genuinely felt listened to.
[+] that they finally explained what the monitoring is for, even if I don't agree with it
[+] The information sent was clear and straight to the point.
[+] our visit was at the National Trust garden near us (the kids wanted to show her the pond) and it was lovely. Never thought I'd say that about a visit.
[+] The Q&A evening online about the new guidance, very well run and they answered every question even the awkward ones
[~] The guidance PDF is great. The 12 page form that came with it isn't.
[+] The SENCO from my son’s old school and the EHE team sorted out his records transfer to the new specialist provision without us having to chase
[+] More honest communication all round this quarter, I'd say.
[+] Nothing bad to report, thanks
[+] Support with my son's dyslexia assessment - they found a way to get it done through the educational psychology service even though he isn't at school
[+] the email templates are so much friendlier now. whoever rewrote them, thank you
[+] Clear guidance on flexischooling, finally. We now know it's up to the head and what to ask for.
[+] It was good to have the new guidance to point to when the officer asked for something it says is optional. She backed down straight away.
[+] Peer support meet ups in Coldharbour that the LA now helps to fund. My kids have made real friends there.
[+] Being asked how we wanted to be contacted. Email for us please, and they've stuck to it.
[+] Short and simple yearly check in, no drama
[~] The guidance document is helpful, but you shouldn’t need to read 30 pages to find out your rights
[+] Our officer was very kind when my son melted down in the middle of the meeting. She just waited and said it was fine, we could carry on another day.
'''

# ---------------------------------------------------------------------------
# Q3 (July-September 2026): "What could we do better?"
# ---------------------------------------------------------------------------
Q3_BETTER = r'''
[-] Scrap the new home visit policy. An annual visit “expected” for every family is disproportionate and intrusive, and your own guidance says visits are optional. Which is it?
[-] The letter in July said visits are now “expected annually”. I have home educated for 9 years without one. Nothing has changed except your policy. Why am I suddenly being treated like a suspect?
[-] Make the officers follow the guidance you published. Ours clearly hadn't read it.
[-] stop turning up at peoples houses. just stop.
[-] My friend got a visit request by email, I got a phone call, another mum got a knock on the door. Same policy, same month, three completely different approaches. Sort it out.
[-] The new monitoring letter is threatening. “If we are unable to satisfy ourselves... we may consider issuing a notice under section 437.” In the FIRST letter. To a family you've never had a problem with.
[-] One officer told me a written report is fine, another phoned a week later and said the policy now requires a visit. I asked them to talk to each other and got no reply.
[-] Please respect our privacy. The officer wanted to see my children's bedrooms. That has nothing to do with education.
[-] Do not ask to speak to my children alone. You have no legal right to do that and it frightened my son.
[~] The guidance is good. Now train your staff on it
[-] The visits are causing huge anxiety. My daughter has been sick every day this week because she knows the officer is coming on Friday.
[-] Why are we being monitored more than children in school? Children in school don't get a council officer in their living room.
[-] Stop calling the visit a “welfare check”. It's an education enquiry. If you have a welfare concern, say so and follow proper procedures. If not, don't use that language.
[-] inconsistent. totally inconsistent. depends who you get.
[-] The new policy was decided without asking any of us. The “consultation” in July was a presentation of what had already been decided.
[-] I declined the visit politely, sent a 10 page report with photos, and was told it “wasn't sufficient without seeing the learning environment”. The learning environment is the whole world. What do you want to see, my kitchen?
[-] Treat us with respect. The officer who came walked through the house opening cupboards. I felt violated.
[-] Give us the same officer. We've had three since July. Each one asks the same questions and wants a new visit.
[-] Stop sending letters addressed “To the parent/carer of” and then our child's full name in bold. It reads like a summons.
[-] Your officers need to understand that monitoring is not the same as inspecting. We are not a school.
[-] please dont make visits compulsory, its not the law
[-] The officer said “it's just a friendly visit” and then asked to see the children's exercise books, a timetable and the room they learn in. Not friendly.
[-] Explain why the policy changed. What was the problem it is solving? Nobody has told us.
[-] The officer in Eastmoor said we could do a video call instead. The officer for Ashby Vale says that's not allowed. Can you please all read the same document.
[-] My son is autistic and cannot cope with strangers in the house. I asked for a reasonable adjustment (meeting elsewhere without him) and was told the policy requires seeing the child in the home. That is discrimination.
[-] Stop the unannounced doorstep visits. Two officers turned up at 4pm last Tuesday with no warning. My kids hid upstairs.
[-] i think you need to remember that you work for us not the other way round
[-] I get that you have a job to do but this new policy is heavy handed and it's destroying the goodwill you had with the home ed community
[-] The home visit letter should say clearly that it is optional. Your website says it is. Your letter says it's “expected”. Your officer says it's “required”. Three different words!
[-] The officer wrote in her report that our home was “cluttered” and “not conducive to learning”. We have four children and a dog. It's a home, not a showroom.
[-] The monitoring policy feels like surveillance. Please reconsider.
[-] More exam support. Still nowhere in the county that takes private candidates for science practicals.
[-] My husband has been hitting me and last month he grabbed our son by the throat. I want to get the children away but he checks my phone and reads everything. I could only do this survey because he's at work. Please don’t send anything to the house.
[-] This will sound mad but the new officer asked my 12yo if anyone hurt him at home and he said yes, his uncle, who stays with us at weekends. I didn't know. Nobody has contacted me since and the uncle is coming again on Saturday. What am I meant to do?
[-] Be consistent with deadlines. My letter gave me 14 days, my sister's (same LA, same month) gave her 28.
[-] Home education is not a safeguarding issue and treating every family as a potential risk is insulting. There are proper safeguarding procedures, use them when there's a real concern.
[-] stop emailing me at 10pm about visits. it keeps me awake.
[-] please, please stop with the visits. I'm a single dad, I work nights, I can't be in the house at 10am on a Tuesday because you've decided that's when it's happening.
[-] The SAO threat in the second letter was completely unnecessary. We had already agreed to send a report. It's bullying, plain and simple.
[-] Hold the officers to the same standard. Our previous officer was brilliant and accepted our report, the new one wants visits every 6 months. Same child, same education, different officer.
[-] Honestly? Just go back to how it was before July.
[-] The new policy says you will “assess the home learning environment”. What does that mean? What are you looking for? Nobody can tell me.
[-] Remove the question about the child's GP and health visitor details from the monitoring form. It's education monitoring, not a health check.
[-] Officer arrived late, took photos of my daughter's work on her phone without asking, and left. I have no idea where those photos went.
[-] We were told visits will be “light touch”. Ours lasted 2 and a half hours and ended with a list of “recommendations” including a set daily timetable. We are autonomous home educators. I am exhausted.
[-] Listen to the forum. The parent reps said in June this would go badly and it has.
[-] the new visits have made my son's anxiety much worse, he's started having panic attacks again which he hasn't had since he left school. Thanks for that.
[-] There seems to be no consistency between Riverside and North Wealdshire. Friends in Riverside are visited, we are not. Or is that coming?
[-] It would be better if you didn't send an officer who then contradicts the guidance you sent a week earlier
[-] Please give families the option of a meeting at the library or a video call without having to argue for it
[-] Drop the visits, keep the drop ins. The drop ins actually help.
[-] More consistency. More respect. Fewer visits.
[-] When the officer visited she talked to my 6 year old about “school friends” and “proper lessons”. Our children don’t need to be told their education is not proper.
[-] Better information about the new register. Is it live? What's on it? Who can see it?
[-] our officer was lovely. The policy is not. Please don't confuse the two, but please do change the policy.
[-] I'm disappointed that after all the parent forum work last year, the new monitoring policy was just imposed.
[-] The tone of the latest letter is awful. “You are required to make your home available for a visit.” No, I'm not.
[-] stop ringing my partner at work to arrange visits, that's completely inappropriate
[-] I found out at the visit that they had contacted my son's GP without telling me. How is that OK?
[-] My daughter is 17 and doing A levels online. The officer still wanted a visit and to see her “work”. She's nearly an adult. Let her speak for herself.
[-] I'm not convinced the team all got the same training. Our officer didn't know the new guidance existed.
[-] please put the officer's name on the letter and a direct number. “EHE Team” with no name isn't very helpful when you need to talk to someone.
[-] The new policy feels like it was written by people who think all home educators are hiding something. We aren't. Most of us are just tired parents doing our best for kids that school failed.
[-] Tell your officers that “most children go to school” is not a useful opening line in a meeting with home educators
[-] SEND kids should be treated differently. My daughter is non verbal and the officer wanted to “hear from her”. She uses AAC and it takes time. Nobody planned for that.
[-] There should be an appeal route if you disagree with the outcome of a visit. At the moment it just goes on your file.
[-] The officer for our area changed twice over the summer and neither told us. We found out when someone new emailed asking for a visit.
[-] Make sure visits are arranged at times that suit families, not just office hours
[0] More of the summer activities please
[-] Respect the fact that we said no. No means no.
[-] The letter asked me to provide “evidence of progress in all core subjects”. We don't follow the national curriculum and we don't have to. Your own guidance says so!
[-] Less monitoring, more support. Simple.
[-] the visit felt like an inspection. there is no other word for it.
[-] I think you should pause the new visit policy and review it with parents. It's not working.
[-] Officers turning up in pairs feels intimidating. My kids thought they were police.
[-] why did i receive two identical letters from two different officers in the same week? Does anyone know who is doing what?
[-] This new policy is clearly a reaction to the national news stories, and we are the ones paying for it. We're not those families.
[-] They asked for my son's NHS number and the name of our dentist. I asked why and nobody could tell me. That's not education.
[-] Be honest. If the visit is because of the new government rules, say so. If it's LA policy, say so. Don't hide behind “we have to”.
[-] I work from home and the officer wanted to see where the children learn “during the school day”. They learn next to me, at the same table, on their laptops and with books. She seemed to think that wasn't good enough.
[-] After the visit the officer sent a letter saying she had “no concerns at this time”. At this time? What does that mean?
[-] Please stop writing “elective” home education like we chose it for fun. Many of us were forced out by schools that couldn't cope.
[~] I'd like more info on exam costs and funding, the guidance says there is help but doesn't say how to apply
[-] I'm a home educating dad with mobility problems. The officer insisted on coming upstairs to see the “learning space”. I had to explain 3 times that it's downstairs in the living room. Exhausting.
[-] Please read the reports we send. Ours was 6 pages and the officer asked questions answered on page 1.
[-] Don't use visits as a fishing expedition.
[-] The officer said the visit was “optional but strongly recommended” and that a refusal would “trigger further enquiries”. That's not optional, is it.
[-] get the policy and the practice to match up
[-] the officer, a Ms Kowalczyk, kept asking my daughter Amelia (9) about her “feelings about school”. She's never been to school!
[-] Better communication about what the new policy actually means for families who are already known to you
[-] Please share the visit notes with us. We've asked for them twice. Under GDPR we have a right to see them.
[-] Stop sending the visit letter to families who've told you they are moving out of the area. We left in July, still got it at our new address (CH61 9XZ), forwarded by your office!
[-] Honestly my biggest problem is that I don't trust you anymore. Last year I did. This policy has changed that.
[-] i filled in this survey last time and nothing changed. whats the point
[-] My daughter hasn't been eating and has lost so much weight her periods have stopped. She's 15. The GP referred her to the eating disorder service in June and we haven't heard anything. I told the EHE officer at the visit and she just wrote it down. I am terrified.
'''

# Q3 top-up
Q3_WELL += r'''
[+] The guidance has a whole section on what you can send instead of a visit. We sent a video of the kids explaining their projects and it was accepted.
[+] Very clear letter confirming our arrangements for the year. Nothing to complain about.
[~] the website is much better now, shame the phone line still rings out
[+] I appreciated the officer saying up front that she wasn't there to judge, just to hear about what we do
[+] Emails answered quickly, usually same day
[+] They gave me the name and email of our new link officer (s.mensah@example.gov.uk) as soon as ours left. No gap this time.
[+] The exam centre at the Town Centre library is a godsend, first time we haven't had to travel out of county
[+] Good that they now say exactly which bits of information are required by law and which are just “helpful”
[+] Our meeting was at the soft play café because my youngest is 2. The officer didn't bat an eyelid. Legend.
[+] I liked that the guidance was written with home educators, you can tell
[0] we keep ourselves to ourselves
[+] The officer sent the notes of our meeting afterwards and asked me to correct anything she'd got wrong. First time that's ever happened.
[+] I was at the end of my rope with my son's school refusal and the team were kind and practical and pointed me to a parent support group. I don't feel so alone now.
[+] My daughter's dyslexia is now on record properly and she has extra time agreed for her exams next summer
[+] Honestly, the officer was nice. I was ready for a fight and there wasn't one.
[+] They were clear with me that I could bring a friend or supporter to the meeting. I brought my sister and it helped a lot.
[+] The section in the guidance called “What we will do with your information” – exactly what I needed to see.
[-] Absolutely nothing, and I have told my MP as much
[+] Fast reply when I asked about my son's college application, and a helpful contact at the college too
[+] They signposted us to a great free online maths course and a local tutor who does sliding scale fees
[+] My husband is Deaf and they booked a BSL interpreter for the meeting without us having to chase. So much better than last time.
[+] We showed the officer our rock pool project (we'd been watching a school of fish in the harbour all summer) and she was genuinely interested
[+] I like that the new guidance lists what counts as evidence. My son's Minecraft builds and YouTube channel were accepted as part of his learning.
[+] They put the consultation response online so we could see what other parents said and what the council did about it. That felt very open.
[+] Getting an actual answer to an actual question. Miracles do happen.
[+] Named officer, direct line (01632 960 772), email replies within a couple of days. That's all I ever wanted.
[+] The young people's drop in for teens was brilliant, my 15 year old went on her own and came back happy
[+] The officer understood that my 10yo learns mainly through reading and gaming and didn't try to turn that into a problem
[+] Clear guidance on what to do if your child wants to go back to school. We needed that this summer.
[~] I felt a lot more confident going into the meeting because I'd read the new guidance first and knew what they could and couldn't ask. The meeting itself was still stressful.
'''
Q3_BETTER += r'''
[-] The visit was booked for a day my son has his CAMHS appointment. I told them, and they said they couldn't move it. Seriously?
[-] Stop writing “we will need to see the child” in every letter. You don't, legally, and I will not have my children paraded for inspection.
[-] Officers need to know the guidance as well as we do. At the moment parents are having to quote your own document back to your own staff.
[-] The new policy makes me feel like I can't trust the LA with anything. I'm scared to mention my son's mental health in case it's used against us.
[-] Whoever came up with the visit policy should spend a day home educating a child with severe anxiety.
[-] My daughter went to Hillcrest Primary until Year 4 and the officer kept comparing her to “where she'd be at Hillcrest”. She's not at Hillcrest. That's the point.
[-] It's not acceptable to say in a letter that you “will assume the education is unsuitable” if we don't agree to a visit. Check the law.
[-] There's no consistency at all. My friend's officer took a phone call. Mine insisted on coming in. We're in the same street!
[-] the officer told me she needed to “check the house was suitable”. suitable for what?? we're not fostering.
[-] If you're going to visit, at least tell us what you'll be looking at and what the visit is for. The letter didn't say.
[-] The timing of the new policy (right at the start of the summer holidays) was awful. Lots of us were away and came back to threatening letters.
[-] I don't understand why the LA has suddenly decided that we all need visiting. We were fine in June. What happened?
[-] Reply to complaints. I sent one on 22 July to complaints@example.gov.uk and still nothing.
[-] I'm all for support, but the only support I've been offered since July is “support to get back into school”. We don't want that. We're thriving.
[-] Just be upfront. Is this about the register? Is it about Ofsted? Is it about money? Nobody will say.
[-] The officer wrote in her notes that I was “defensive”. I was defending my family's privacy, which I'm entitled to do.
[-] My son is 11 (DOB 03/09/2015) and since the visit he asks every day if he has to go back to school. He was settled and happy. Now he isn't. Is that what you wanted?
[-] Please stop the two officers at once thing. It's intimidating, especially for a mum on her own with three little ones.
[-] Training on home education for every officer, done by home educators
[-] we had a visit last year which was fine. This year it was completely different, different officer, different questions, different “standards”. Nobody explained why.
[-] The officer asked if my son had a desk and a “proper chair”. He reads on the sofa and builds lego on the floor. Is that a safeguarding risk now? Come on.
[-] Give us proper notice. 3 days is not enough notice for a visit, especially with a child who needs time to prepare.
[-] The letter said “further action may be taken” if we didn't respond within 10 days. We were on holiday in Scotland. Came back to a second letter and an email from a manager. All for a holiday.
[-] Stop. Knocking. On. The. Door.
[-] please remember that not every house is big and tidy. I was embarrassed to have the officer in our tiny flat with washing everywhere and a baby crying, and she kept looking round. I haven't slept properly since.
[-] I'd like to see the data behind the new policy. How many home educated children were actually found to be at risk? Publish it.
[-] The visit policy assumes everyone is at home all day. We're out at groups, forest school, museums, the library. Learning happens everywhere.
[-] Don't ask to look in the fridge. Just don't.
[-] there needs to be a way to report an officer's conduct without it coming back on your family
[0] nothing more to add
[-] My 8 year old's dad and I are separated and he told the officer I'm not educating her, out of spite. Now we're having extra visits. Nobody asked me anything first, they just assumed he was right.
[-] Your officer parked across my drive, came in in her shoes, and told my daughter (who is autistic and was hiding under a blanket) to “come out and say hello”. Please train your staff on autism.
[-] The letter about the new visits didn't mention anywhere that you could ask for a different venue or a different format. The guidance does. Make them match.
[-] Going forward, please involve the home ed groups BEFORE you change policy. You had our email addresses.
[-] The new officer asked me to fill in the same form I filled in in April. Why don't you keep records?
'''
Q3_WELL += r'''
[+] Our officer was very human about it all. She rang to say she was running early and I said give me ten minutes to find a support bra and put the kettle on, and she just laughed and waited in the car.
'''

# Final top-up: shorter answers and answers typed with line breaks
Q2_WELL += r"""
[+] Friendly, helpful, no hassle.
[+] the lady on the phone, forget her name, was very nice
[+] They respected our decision. Thank you.
[0] Haven't really needed them
[+] The drop-in at Coldharbour community centre
[~] Some things ok, some things not
[+] Polite emails
[+] Being left to get on with it
[+] The reply to my first email was really good:
- told me what the law says
- told me what they would ask for and when
- gave me a list of local groups
Why can't every letter be like that?
[+] our officer is great.

our officer's manager is not.
[+] Getting help with the exam fees
[-] Worked well for who?
[+] Advice about the college link course, definately worth asking about if you have a 14-15yo
[+] Nice to have a human to talk to at the start. I was in bits after the school meeting and she was calm and kind.
[+] the forum meetings, when they happen
[+] My officer Mrs Patel was so kind when we had our first meeting. She asked my son Jack about his dinosaurs for ages.
Honestly made his week.
"""
Q2_BETTER += r"""
[-] Reply quicker
[-] Clearer letters please
[-] more support for teens
[-] Less suspicion
[~] Not much, maybe more meetups in the holidays
[-] Be clear what is optional
[-] 1. Reply to emails
2. Stop the threatening tone
3. Tell us who our officer is
4. Ask before you visit
[-] definately stop sending letters in August when half of us are away, then getting cross when we don't reply in 2 weeks
[-] Your letters make me feel sick.

I am a good mum. My kids are happy and learning. Please stop making me feel like I'm doing something wrong.
[-] we need someone to go to when the school and the LA disagree about our sons needs, he's stuck in the middle and its him that suffers
[-] Stop assuming “home education” means “no education”
[-] more groups for SEN kids, the mainstream groups are too loud for my two
[-] Seperate the EHE team from attendance enforcement. Right now it feels like the same people.
[-] Stop the jargon
[-] Honestly, I don't know where to start. The first letter we got was rude, the second contradicted the first, the phone line is never answered, and when I did finally speak to someone she said she'd “have to check with a colleague” and never called back.
Then out of the blue we got a letter saying you had “not received a response”. I had responded. Twice. By email AND post.
I'm not angry any more, just tired.
"""
Q3_WELL += r"""
[+] The guidance!
[+] clear info at last
[~] guidance good, visits bad
[+] Much better website
[+] We got a reply in two days. Two days!
[+] Our officer was kind
[0] Not had much contact
[+] The new guidance has:
- what's required
- what's optional
- what they do with your info
- who to contact
Took them long enough but it's good.
[+] Kept it short and respectful.
[+] They accepted our report without a visit and said thank you.

That's it. That's all it takes.
[+] The officer at the Eastmoor meeting, who said “I'm not here to catch anyone out”. Felt believed for once.
[+] being treated like adults
[+] Getting a straight answer about what the new register means for us
[+] The home ed swimming sessions at the leisure centre on Wednesday mornings
"""
Q3_BETTER += r"""
[-] Stop the visits
[-] less intrusion please
[-] Be consistent!!
[-] visits should be optional. full stop.
[-] Train officers on the guidance
[-] Where do I start.
The new policy.
The letters.
The visits.
The officer who said one thing and the manager who said another.
The fact that nobody answers the phone.
[-] Officers need to be on the same page. Ours said a Zoom call was fine, then her colleague emailed saying it wasn't and a visit was “essential”.

Which one do we believe?
[-] my son Oliver (he's 9) cried for an hour after the officer left. He thought she'd come to take him back to school. Please think about what these visits feel like for the children.
[-] Don't make people beg for a meeting outside the home
[-] send the guidance with the letter, not separately 3 weeks later
[-] Please call me on 07700 900782 before sending anything else, I'd rather talk
[-] home visits are a step too far
[-] Its not the officers fault, its the new rules, but the officers are the ones who have to face us
[-] Respond to the petition. 400 home educating families signed it.
"""

# Short answers real respondents give; these may repeat (they are trivial).
TRIVIAL_WELL = ["n/a", "N/A", "nothing", "Nothing really", "not sure", "-",
                "none", "Not much", "No contact yet", "Can't think of anything",
                "nothing.", "na"]
TRIVIAL_BETTER = ["n/a", "N/A", "nothing", "Nothing, all good", "no", "not sure",
                  "All good thanks", "Keep it up", "nothing really", "nope",
                  "None", "no comment"]

HEADER = ["Timestamp", "Which area do you live in?",
          "How would you rate your contact with the Elective Home Education team?",
          "What has worked well in your contact with the local authority?",
          "What could we do better?"]
AREAS = [("North Wealdshire", 30), ("Riverside", 22), ("Ashby Vale", 18),
         ("Eastmoor", 13), ("Coldharbour", 10), ("Town Centre", 7)]
RATINGS = ["Very good", "Good", "Neither good nor poor", "Poor", "Very poor"]
WELL_SCORE = {"+": 1.0, "~": 0.0, "0": 0.0, "-": -1.5, "t": 0.0}
BETTER_SCORE = {"+": 0.5, "~": -0.3, "0": 0.3, "-": -1.0, "t": 0.4}


def parse(pool):
    """Split a pool into (tone, text) answers."""
    out = []
    for m in re.finditer(r"^\[([+\-~0])\] (.*?)(?=^\[[+\-~0]\] |\Z)", pool,
                         re.S | re.M):
        out.append((m.group(1), m.group(2).strip()))
    return out


def smarten(rng, answers):
    """Phone keyboards turn ' into a curly apostrophe: mimic that for about half
    of the answers that were written with straight ones."""
    out = []
    for tone, text in answers:
        if "'" in text and not re.search("[\u2018\u2019\u201c\u201d]", text) \
                and rng.random() < 0.5:
            text = text.replace("'", "\u2019")
        out.append((tone, text))
    return out


def timestamps(rng, n, start, end, bump_days=0):
    """n ascending timestamps between start and end dates (inclusive)."""
    days = (end - start).days + 1
    weights = []
    for d in range(days):
        day = start + datetime.timedelta(days=d)
        w = 1.0 if day.weekday() < 5 else 0.6
        if d < bump_days:          # response spike after letters went out
            w *= 2.0
        weights.append(w)
    hours = list(range(6, 24))
    hour_w = [1, 2, 4, 6, 7, 6, 6, 7, 6, 5, 5, 6, 7, 8, 9, 9, 7, 4]
    out = []
    for _ in range(n):
        d = rng.choices(range(days), weights)[0]
        h = rng.choices(hours, hour_w)[0]
        out.append(datetime.datetime(start.year, start.month, start.day)
                   + datetime.timedelta(days=d, hours=h,
                                        minutes=rng.randrange(60),
                                        seconds=rng.randrange(60)))
    return sorted(out)


def rating(rng, wt, bt):
    s = WELL_SCORE[wt] + BETTER_SCORE[bt] + rng.gauss(0, 0.6)
    for cut, r in ((1.0, 0), (0.2, 1), (-0.6, 2), (-1.6, 3)):
        if s > cut:
            return RATINGS[r]
    return RATINGS[4]


def build(rng, well_pool, better_pool, n):
    well = smarten(rng, parse(well_pool))
    better = smarten(rng, parse(better_pool))
    rng.shuffle(well)
    rng.shuffle(better)
    n_blank = round(n * 0.10)
    blank_ids = set(rng.sample(range(n), n_blank))
    blank_well = set(sorted(blank_ids)[::2])
    n_well = n - len(blank_well)
    n_better = n - (n_blank - len(blank_well))
    assert len(well) <= n_well and len(better) <= n_better, (len(well), len(better), n)
    well += [("t", rng.choice(TRIVIAL_WELL)) for _ in range(n_well - len(well))]
    better += [("t", rng.choice(TRIVIAL_BETTER))
               for _ in range(n_better - len(better))]
    rng.shuffle(well)
    # respondents with a blank must give a real answer in the other column
    well.sort(key=lambda a: a[0] == "t")          # substantive first (stable)
    rows = []
    wi = 0
    order = sorted(range(n), key=lambda i: (i not in blank_ids, rng.random()))
    pairs = {}
    for i in order:
        if i in blank_well:
            pairs[i] = [None, None]
            continue
        pairs[i] = [well[wi], None]
        wi += 1
    # pair "better" answers, preferring matching tone, never trivial+trivial
    # and never trivial next to a blank; those needing a real answer go first
    order2 = sorted(order, key=lambda i: 0 if pairs[i][0] is None
                    else 1 if pairs[i][0][0] == "t" else 2)
    for i in order2:
        w = pairs[i][0]
        if i in blank_ids and i not in blank_well:
            continue                               # better left blank
        cands = [k for k, b in enumerate(better)
                 if not (b[0] == "t" and (w is None or w[0] == "t"))]
        weights = []
        for k in cands:
            b = better[k][0]
            wt = 1.0
            if w is not None and w[0] == "-" and b in "-~":
                wt = 6.0
            if w is not None and w[0] == "t" and b in "-~":
                wt = 2.0
            weights.append(wt)
        k = rng.choices(cands, weights)[0]
        pairs[i][1] = better.pop(k)
    assert not better
    for i in range(n):
        w, b = pairs[i]
        rows.append((w, b))
    return rows


def write(path, rows, stamps, rng, eol):
    with open(path, "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator=eol, quoting=csv.QUOTE_MINIMAL)
        wr.writerow(HEADER)
        names = [a for a, _ in AREAS]
        aw = [w for _, w in AREAS]
        for ts, (w, b) in zip(stamps, rows):
            wt = w[0] if w else "0"
            bt = b[0] if b else "0"
            wr.writerow([ts.strftime("%Y/%m/%d %H:%M:%S"),
                         rng.choices(names, aw)[0],
                         rating(rng, wt, bt),
                         w[1] if w else "",
                         b[1] if b else ""])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(SEED)
    q2 = build(rng, Q2_WELL, Q2_BETTER, 166)
    write(os.path.join(here, "consultation-2026-Q2.csv"), q2,
          timestamps(rng, len(q2), datetime.date(2026, 4, 1),
                     datetime.date(2026, 6, 30)), rng, "\n")
    q3 = build(rng, Q3_WELL, Q3_BETTER, 170)
    write(os.path.join(here, "consultation-2026-Q3.csv"), q3,
          timestamps(rng, len(q3), datetime.date(2026, 7, 1),
                     datetime.date(2026, 9, 30), bump_days=21), rng, "\r\n")


if __name__ == "__main__":
    main()
