package org.example.casenotes.oregon;

import org.casenotes.core.rules.SourceCitation;

/**
 * The Oregon regulations the pack's rules cite, shown beside each finding. Check them against the current text of the
 * Oregon Administrative Rules before relying on them: this is an example plugin, not legal advice.
 */
final class OregonSources {

    /** Service records of behavioral health programs: each service documented and signed by the person providing it. */
    static final SourceCitation SERVICE_RECORD = new SourceCitation(
            "OAR 309-019-0140 Service Record (outpatient behavioral health): documentation of each service, signed "
                    + "by the person providing it; the time allowed is set by the program's policy and contracts",
            "https://oregon.public.law/rules/oar_309-019-0140");

    /** Telehealth in the Oregon Health Plan: the client's consent to services delivered by telehealth, documented. */
    static final SourceCitation TELEHEALTH = new SourceCitation(
            "OAR 410-120-1990 Telehealth (Oregon Health Plan): the member's informed consent to telehealth, "
                    + "documented in the record",
            "https://oregon.public.law/rules/oar_410-120-1990");

    private OregonSources() {
    }
}
