package org.casenotes.demo;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Clinician;

/**
 * One fictional client of the demo: who they are, why they came, how their treatment is planned and how it goes.
 *
 * @param id            the client id
 * @param legalName     legal name
 * @param preferredName preferred name, or null
 * @param pronouns      pronouns
 * @param dateOfBirth   date of birth
 * @param status        status today
 * @param payer         the primary payer
 * @param diagnoses     ICD-10 code and description pairs, primary first
 * @param care          how services are delivered
 * @param story         the clinical story the notes tell
 */
record ClientProfile(String id, String legalName, String preferredName, String pronouns, LocalDate dateOfBirth,
        ClientStatus status, String payer, List<String[]> diagnoses, Care care, Story story) {

    /**
     * @return the same clinical story for another (fictional) person, seen every week for {@code sessions} weeks up
     *         to last week without cancellations; used to build large caseloads of an exact size
     */
    ClientProfile retold(String newId, String newLegalName, int sessions) {
        Care weekly = new Care(care.templateId(), care.clinician(), 7, sessions, 0, care.telehealth(), care.phq9(),
                care.gad7(), false);
        return new ClientProfile(newId, newLegalName, null, pronouns, dateOfBirth, ClientStatus.ACTIVE, payer,
                diagnoses, weekly, story);
    }

    /**
     * @param templateId  the progress-note template the clinician uses for this client
     * @param clinician   the primary clinician
     * @param cadenceDays days between sessions
     * @param firstWeek   weeks before today of the first session
     * @param lastWeek    weeks before today of the last session (0 for ongoing)
     * @param telehealth  whether sessions are by video from the client's home
     * @param phq9        PHQ-9 totals at the first and the last administration, or null if not given
     * @param gad7        GAD-7 totals at the first and the last administration, or null if not given
     * @param cancellations whether about one session in ten is cancelled, as in real caseloads
     */
    record Care(String templateId, Clinician clinician, int cadenceDays, int firstWeek, int lastWeek,
            boolean telehealth, int[] phq9, int[] gad7, boolean cancellations) {
    }

    /**
     * @param presentingProblem the reason for services, in observable terms
     * @param duration          how long the client has had it
     * @param background        relevant background
     * @param goal              the treatment-plan goal
     * @param objectives        measurable objectives: statement and measure pairs
     * @param topics            what sessions were about, one per session in turn
     * @param quotes            things the client said, quoted in notes
     * @param interventions     intervention option ids the clinician uses
     * @param setbackReason     why progress stalls when it does
     */
    record Story(String presentingProblem, String duration, String background, String goal,
            List<String[]> objectives, List<String> topics, List<String> quotes, List<String> interventions,
            String setbackReason) {
    }
}
