package org.casenotes.core.rules.payer.internal;

import org.casenotes.core.rules.SourceCitation;

/**
 * The sources the US-baseline payer rules cite. They name the public rule behind each check; an agency adds its
 * state's Medicaid manual or a payer's policy through its own rule pack.
 */
final class PayerSources {

    static final SourceCitation CPT_PSYCHOTHERAPY_TIME = new SourceCitation(
            "AMA CPT, Psychiatry: psychotherapy 90832/90834/90837 (time rule: 16-37, 38-52, 53+ minutes)",
            "https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleid=57130");
    static final SourceCitation MEDICAL_NECESSITY = new SourceCitation(
            "CMS LCD L34616 Psychiatric Codes: documentation of time, medical necessity and the treatment plan",
            "https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=34616");
    static final SourceCitation TELEHEALTH = new SourceCitation(
            "42 CFR 410.78 Telehealth services (interactive audio-video; audio-only for mental health), with "
                    + "state telehealth consent rules",
            "https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-B/part-410/subpart-B/section-410.78");
    static final SourceCitation SUICIDE_RISK = new SourceCitation(
            "The Joint Commission NPSG.15.01.01 (screen for suicide risk, safety planning); PHQ-9 item 9 "
                    + "(Kroenke, Spitzer & Williams 2001)",
            "https://www.jointcommission.org/standards/national-patient-safety-goals/");
    static final SourceCitation SIGNATURES = new SourceCitation(
            "CMS Medicare Program Integrity Manual, Pub. 100-08, ch. 3, 3.3.2.4 Signature requirements",
            "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/pim83c03.pdf");
    static final SourceCitation LATE_ENTRIES = new SourceCitation(
            "CMS Medicare Program Integrity Manual, Pub. 100-08, ch. 3, 3.3.2.5 Amendments, corrections and "
                    + "delayed entries",
            "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/pim83c03.pdf");

    private PayerSources() {
    }
}
