package org.casenotes.core.rules.integrity.internal;

import org.casenotes.core.rules.SourceCitation;

/** The sources the integrity rules cite. */
final class IntegritySources {

    static final SourceCitation CLONED_DOCUMENTATION = new SourceCitation(
            "HHS OIG, CMS and Its Contractors Have Adopted Few Program Integrity Practices to Address "
                    + "Vulnerabilities in EHRs (OEI-01-11-00571, 2014): copy-pasted and cloned notes",
            "https://oig.hhs.gov/oei/reports/oei-01-11-00571.asp");
    static final SourceCitation CARRIED_FORWARD = new SourceCitation(
            "AHIMA, Appropriate Use of the Copy and Paste Functionality in Electronic Health Records (2014): "
                    + "copied text is reviewed and updated for the current encounter",
            "https://www.ahima.org/");

    private IntegritySources() {
    }
}
