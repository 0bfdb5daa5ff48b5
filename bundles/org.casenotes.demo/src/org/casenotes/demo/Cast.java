package org.casenotes.demo;

import static org.casenotes.demo.DemoForms.BIRP;
import static org.casenotes.demo.DemoForms.DAP;
import static org.casenotes.demo.DemoForms.SOAP;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.demo.ClientProfile.Care;
import org.casenotes.demo.ClientProfile.Story;
import org.casenotes.model.record.ClientStatus;

/**
 * The demo's clients. Every name, date and story is invented; any likeness to a real person is a coincidence.
 * The stories are written the way the practitioner guide asks: observable facts, the client's own words in
 * quotation marks, interventions and the client's response, and a reason when progress stalls.
 */
final class Cast {

    private Cast() {
    }

    static List<ClientProfile> clients() {
        return List.of(fuentes(), lindqvist(), haddad(), whitfield(), pemberton(), nguyen(), bellamy(), raman(),
                brandt(), delgado(), asante(), thornbury(), ashgrove());
    }

    private static ClientProfile fuentes() {
        return new ClientProfile("C-1001", "Alejandra Fuentes Marín", "Ale", "she/her", LocalDate.of(1991, 3, 14),
                ClientStatus.ACTIVE, "Riverbend Community Health Plan (Medicaid)",
                dx("F33.1", "Major depressive disorder, recurrent, moderate"),
                new Care(SOAP, Staff.VALE, 7, 26, 0, false, new int[] {18, 7}, null, true),
                new Story("Low mood most days, sleeping 3 to 4 hours a night and no longer seeing friends since losing "
                        + "her warehouse job.", "about 5 months",
                        "Two earlier depressive episodes (2015, 2019) treated with counseling; lives with her sister.",
                        "Ale will return to her usual daily routine and feel able to look for work.",
                        List.of(new String[] {"Sleep at least 6 hours on 5 nights a week", "sleep log"},
                                new String[] {"Two planned social or enjoyable activities a week",
                                    "activity schedule"},
                                new String[] {"PHQ-9 below 10 on two administrations in a row", "PHQ-9 total"}),
                        List.of("the activity schedule and which planned activities happened",
                                "her sleep log and a wind-down routine",
                                "her thoughts after a rejected job application",
                                "reconnecting with a friend from her old job",
                                "a budget plan while she looks for work"),
                        List.of("I actually went to my cousin's birthday.", "Mornings are still the hardest part.",
                                "I slept through the night twice this week.", "I keep thinking nobody will hire me."),
                        List.of("behavioralActivation", "cbt", "homeworkReview"),
                        "A second job rejection this week; she stopped her activity schedule for four days."));
    }

    private static ClientProfile lindqvist() {
        return new ClientProfile("C-1002", "Theodor Lindqvist", "Theo", "he/him", LocalDate.of(1998, 11, 2),
                ClientStatus.ACTIVE, "Bluewater Health PPO", dx("F41.1", "Generalized anxiety disorder"),
                new Care(DAP, Staff.VALE, 7, 25, 0, true, null, new int[] {15, 6}, true),
                new Story("Worries most of the day about work and his health, with tight shoulders and trouble "
                        + "falling asleep; checks his work email until midnight.", "about 2 years",
                        "Software tester; first time in counseling; lives alone, close to his brother.",
                        "Theo will manage worry so that it no longer keeps him from sleeping or resting.",
                        List.of(new String[] {"Use scheduled worry time on 5 days a week", "worry log"},
                                new String[] {"Stop work email by 8 pm on weeknights", "self-report"},
                                new String[] {"GAD-7 below 8", "GAD-7 total"}),
                        List.of("scheduled worry time and what he wrote in it", "an email cut-off time",
                                "muscle relaxation before bed", "a health worry after a headache",
                                "asking his manager about deadlines"),
                        List.of("The worry time thing is weirdly working.", "I closed the laptop at eight and survived.",
                                "My shoulders are not up by my ears all day anymore."),
                        List.of("cbt", "relaxation", "psychoeducation"),
                        "A product release at work doubled his hours for two weeks."));
    }

    private static ClientProfile haddad() {
        return new ClientProfile("C-1003", "Samira Haddad", null, "she/her", LocalDate.of(1984, 6, 27),
                ClientStatus.ACTIVE, "Keystone Mutual EPO", dx("F43.12", "Post-traumatic stress disorder, chronic"),
                new Care(BIRP, Staff.VALE, 7, 24, 0, false, new int[] {14, 13}, new int[] {13, 12}, true),
                new Story("Nightmares 3 to 4 times a week and avoids driving on the highway since a car crash two "
                        + "years ago; her husband drives her to work.", "2 years",
                        "Pharmacy technician; the crash was not her fault; no injuries beyond a broken wrist.",
                        "Samira will drive her usual routes again and sleep without nightmares most nights.",
                        List.of(new String[] {"Drive the highway route to work alone 3 times a week",
                            "exposure log"},
                                new String[] {"Nightmares on no more than 1 night a week", "sleep diary"}),
                        List.of("her driving ladder and the next step on it", "grounding when a memory comes up",
                                "a nightmare about the crash and what helped afterwards",
                                "her husband's role in the driving practice"),
                        List.of("I drove to the grocery store by myself.", "The highway is still a no.",
                                "When the truck passed me I counted the colors like we practised."),
                        List.of("exposure", "traumaFocused", "mindfulness"),
                        "Her practice drives stopped for three weeks while her car was in the repair shop."));
    }

    private static ClientProfile whitfield() {
        return new ClientProfile("C-1004", "Jordan Whitfield", "Jo", "they/them", LocalDate.of(2006, 1, 19),
                ClientStatus.ACTIVE, "Hollins College Student Health Plan",
                dx("F32.1", "Major depressive disorder, single episode, moderate", "F41.1",
                        "Generalized anxiety disorder"),
                new Care(SOAP, Staff.OKAFOR, 7, 22, 0, true, new int[] {11, 17}, new int[] {12, 15}, true),
                new Story("Low mood and worry about failing classes; missing morning lectures and sleeping in "
                        + "until noon; less contact with friends since moving to campus.", "about 4 months",
                        "First-year student, 400 miles from home; no earlier treatment.",
                        "Jo will keep up with classes and feel connected to people on campus.",
                        List.of(new String[] {"Attend at least 4 of 5 morning lectures a week", "self-report"},
                                new String[] {"Contact a friend or family member 3 times a week", "self-report"},
                                new String[] {"PHQ-9 below 10", "PHQ-9 total"}),
                        List.of("midterm grades and a plan for talking to an advisor",
                                "their morning routine and alarm plan", "a call home that went badly",
                                "the campus club they used to attend", "their safety plan and who they can call"),
                        List.of("I just can't get out of bed for the 9 am.", "My roommate noticed I stopped eating dinner.",
                                "Sometimes I think everyone would be fine without me."),
                        List.of("behavioralActivation", "problemSolving", "safetyPlanning", "supportive"),
                        "Midterm exams and a failed chemistry exam; Jo stopped going to the dining hall."));
    }

    private static ClientProfile pemberton() {
        return new ClientProfile("C-1005", "Harold Pemberton", "Hal", "he/him", LocalDate.of(1958, 8, 4),
                ClientStatus.ACTIVE, "Medicare Part B", dx("F43.21", "Adjustment disorder with depressed mood"),
                new Care(DAP, Staff.VALE, 14, 26, 0, false, new int[] {13, 5}, null, true),
                new Story("Sadness, crying most days and eating one meal a day since his wife died in the spring; "
                        + "has not left the house except for groceries.", "4 months",
                        "Retired bus mechanic; married 41 years; two adult children in other states.",
                        "Hal will grieve his wife while taking care of himself and staying in touch with people.",
                        List.of(new String[] {"Eat three meals a day on most days", "self-report"},
                                new String[] {"Attend the bereavement group twice a month", "attendance"}),
                        List.of("memories of his wife and the anniversary coming up", "the bereavement group",
                                "cooking simple meals", "calls with his daughter", "returning to the woodworking shop"),
                        List.of("The group was better than I expected.", "I made her soup recipe.",
                                "The house is too quiet at night."),
                        List.of("supportive", "behavioralActivation", "resourceLinkage"),
                        "The first holidays without his wife."));
    }

    private static ClientProfile nguyen() {
        return new ClientProfile("C-1006", "Lan Thi Nguyen", "Lan", "she/her", LocalDate.of(1973, 2, 11),
                ClientStatus.ACTIVE, "Bluewater Health PPO", dx("F41.0", "Panic disorder"),
                new Care(BIRP, Staff.VALE, 7, 20, 0, false, null, new int[] {16, 8}, true),
                new Story("Sudden episodes of racing heart, shaking and fear of dying, 3 to 4 a week, mostly in "
                        + "stores; has stopped shopping alone.", "8 months",
                        "Owns a nail salon with her sister; two emergency room visits found no heart problem.",
                        "Lan will go to stores and work without panic attacks stopping her.",
                        List.of(new String[] {"Shop alone for 20 minutes once a week", "exposure log"},
                                new String[] {"Fewer than 1 panic attack a week", "panic diary"},
                                new String[] {"GAD-7 below 10", "GAD-7 total"}),
                        List.of("what a panic attack does in the body", "slow breathing and how to practise it",
                                "a short trip to the pharmacy alone", "a longer trip to the supermarket",
                                "what she will do if an attack starts at work"),
                        List.of("My heart raced but I stayed.", "I did the breathing in the car first.",
                                "I was in the store ten minutes and nothing happened."),
                        List.of("psychoeducation", "relaxation", "exposure"),
                        "A cold and a week away from the salon interrupted her practice."));
    }

    private static ClientProfile bellamy() {
        return new ClientProfile("C-1007", "Marcus Bellamy", null, "he/him", LocalDate.of(1980, 5, 30),
                ClientStatus.ACTIVE, "Riverbend Community Health Plan (Medicaid)",
                dx("F10.20", "Alcohol use disorder, moderate", "F33.0",
                        "Major depressive disorder, recurrent, mild"),
                new Care(BIRP, Staff.VALE, 7, 26, 0, false, new int[] {12, 11}, null, true),
                new Story("Drinks 6 to 8 beers most evenings, missed two shifts after drinking, and his partner has "
                        + "asked him to cut down.", "about 3 years",
                        "Line cook; one earlier detox admission (2021); his partner and son live with him.",
                        "Marcus will cut down his drinking and keep his job.",
                        List.of(new String[] {"No more than 2 drinks on any day, 5 days a week", "drink log"},
                                new String[] {"Attend a recovery meeting of his choice once a week", "attendance"}),
                        List.of("his drink log and the days he stayed at two", "what he wants for his son",
                                "the recovery meetings he has tried", "a plan for the evenings after work",
                                "his medication appointment"),
                        List.of("Three days this week I stopped at two.", "The meetings are not for me, too many speeches.",
                                "My son asked me to watch his game and I was there."),
                        List.of("motivational", "problemSolving", "resourceLinkage"),
                        "His hours were cut at work; he said evenings at home are when he drinks most."));
    }

    private static ClientProfile raman() {
        return new ClientProfile("C-1008", "Priya Raman", null, "she/her", LocalDate.of(1994, 12, 8),
                ClientStatus.ACTIVE, "Keystone Mutual EPO",
                dx("F42.2", "Obsessive-compulsive disorder, mixed obsessional thoughts and acts"),
                new Care(SOAP, Staff.VALE, 7, 21, 0, false, null, new int[] {14, 9}, true),
                new Story("Checks the stove and door locks for about 90 minutes before leaving home; late to work "
                        + "twice a week.", "since her teens, worse for a year",
                        "Accountant; lives with her partner; tried an online program last year.",
                        "Priya will leave home on time without long checking routines.",
                        List.of(new String[] {"Check the stove and lock once each before leaving", "exposure log"},
                                new String[] {"Leave home within 15 minutes of her plan on 4 days a week",
                                    "self-report"}),
                        List.of("her exposure hierarchy", "leaving after a single check", "what her partner can say instead of reassuring",
                                "urges at work to re-check spreadsheets"),
                        List.of("I left after one check and the house was fine.", "The urge peaked and then dropped.",
                                "My partner stopped answering 'are you sure' and it helped."),
                        List.of("exposure", "cbt", "homeworkReview"),
                        "A week of year-end closing at work with long hours; she did no exposure practice."));
    }

    private static ClientProfile brandt() {
        return new ClientProfile("C-1009", "Elias Brandt", null, "he/him", LocalDate.of(2001, 9, 21),
                ClientStatus.DISCHARGED, "Bluewater Health PPO",
                dx("F43.22", "Adjustment disorder with anxiety"),
                new Care(DAP, Staff.OKAFOR, 14, 26, 6, false, null, new int[] {11, 3}, true),
                new Story("Worry and poor sleep after moving to a new city for an apprenticeship; calls in sick "
                        + "when anxious.", "3 months",
                        "Electrician apprentice; moved here for the program; supportive parents back home.",
                        "Elias will settle into his apprenticeship and new city.",
                        List.of(new String[] {"Go to work on every scheduled day for a month", "self-report"},
                                new String[] {"Join one social activity in the new city", "self-report"}),
                        List.of("his first weeks on the job", "a climbing gym near his flat",
                                "a plan for the practical exam", "ending counseling and what to do if worry returns"),
                        List.of("I haven't called in sick since we started.", "I met two people at the climbing gym.",
                                "I think I'm ready to stop coming."),
                        List.of("problemSolving", "cbt", "supportive"),
                        "The practical exam was moved up by a month."));
    }

    private static ClientProfile delgado() {
        return new ClientProfile("C-1010", "Rosa Delgado Whitaker", null, "she/her", LocalDate.of(1987, 4, 3),
                ClientStatus.ACTIVE, "Riverbend Community Health Plan (Medicaid)",
                dx("F34.1", "Dysthymic disorder (persistent depressive disorder)"),
                new Care(SOAP, Staff.VALE, 14, 24, 0, true, new int[] {12, 11}, null, true),
                new Story("Low mood for most of her adult life, tired, and says she 'just gets through the day'; "
                        + "three children at home and works nights.", "more than 10 years",
                        "Lives 50 miles from the office; sessions by video from home after her shift.",
                        "Rosa will have more days with energy for things she cares about.",
                        List.of(new String[] {"One activity for herself each week", "activity schedule"},
                                new String[] {"PHQ-9 below 10", "PHQ-9 total"}),
                        List.of("sleep after night shifts", "an hour for herself on Sunday",
                                "asking her sister for childcare help", "thoughts of being a bad mother"),
                        List.of("I'm tired all the time, that's just me.", "I read for an hour on Sunday.",
                                "My sister took the kids on Saturday."),
                        List.of("behavioralActivation", "cbt", "supportive"),
                        "Her night shifts went from three to five a week, so she slept about 4 hours a day."));
    }

    private static ClientProfile asante() {
        return new ClientProfile("C-1011", "Kwame Asante", null, "he/him", LocalDate.of(2010, 7, 12),
                ClientStatus.ACTIVE, "Riverbend Kids Health Plan (CHIP)",
                dx("F43.23", "Adjustment disorder with mixed anxiety and depressed mood"),
                new Care(BIRP, Staff.OKAFOR, 7, 16, 0, false, new int[] {13, 6}, null, true),
                new Story("Irritable at home, skipped school 6 days last month and stays in his room since the "
                        + "family moved here in the summer.", "5 months",
                        "Ninth grade; lives with his mother (Abena) and younger sister; sessions partly with his mother.",
                        "Kwame will go to school every day and feel more settled in the new town.",
                        List.of(new String[] {"Attend school every day for 4 weeks in a row", "school attendance record"},
                                new String[] {"Join one after-school activity", "self-report"}),
                        List.of("his first weeks at the new school", "the basketball team tryouts",
                                "arguments at home about screen time", "what he misses about his old town"),
                        List.of("School is okay I guess.", "I made the JV team.", "Mom listens more now."),
                        List.of("familySystems", "problemSolving", "supportive"),
                        "He was cut from the first tryout and stayed home for two days."));
    }

    private static ClientProfile thornbury() {
        return new ClientProfile("C-1012", "Beatrix Thornbury", "Bea", "she/her", LocalDate.of(1969, 10, 17),
                ClientStatus.INACTIVE, "Medicare Part B",
                dx("F33.2", "Major depressive disorder, recurrent, severe without psychotic features"),
                new Care(DAP, Staff.VALE, 14, 24, 9, false, new int[] {21, 16}, null, true),
                new Story("Stays in bed most of the day, has stopped answering the phone and lost 10 pounds in two "
                        + "months.", "3 months",
                        "Retired teacher; lives alone; her psychiatrist adjusted her antidepressant in the spring.",
                        "Bea will get up and dressed every day and see people each week.",
                        List.of(new String[] {"Be up and dressed by 10 am on 5 days a week", "self-report"},
                                new String[] {"PHQ-9 below 15", "PHQ-9 total"}),
                        List.of("a daily schedule", "her medication appointment", "a call with her former colleague"),
                        List.of("Some days I just can't face it.", "I went to the library once."),
                        List.of("behavioralActivation", "supportive", "resourceLinkage"),
                        "A flare of her back pain kept her in bed for a week."));
    }

    private static ClientProfile ashgrove() {
        return new ClientProfile("C-1013", "Wendell Ashgrove", "Wen", "he/him", LocalDate.of(1990, 1, 28),
                ClientStatus.WAITLIST, "Bluewater Health PPO", dx("F41.9", "Anxiety disorder, unspecified"),
                new Care(SOAP, Staff.VALE, 7, 0, 0, false, null, null, true),
                new Story("Referred by his physician for anxiety; intake scheduled.", "unknown", "", "", List.of(),
                        List.of(), List.of(), List.of(), ""));
    }

    private static List<String[]> dx(String... codeDescriptionPairs) {
        List<String[]> diagnoses = new java.util.ArrayList<>();
        for (int i = 0; i < codeDescriptionPairs.length; i += 2) {
            diagnoses.add(new String[] {codeDescriptionPairs[i], codeDescriptionPairs[i + 1]});
        }
        return diagnoses;
    }
}
