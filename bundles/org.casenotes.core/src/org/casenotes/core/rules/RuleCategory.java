package org.casenotes.core.rules;

/** The families of rules, as listed in the rule-engine design (issue 5). */
public enum RuleCategory {
    /** Required elements and field constraints from the FormDefinition. */
    COMPLETENESS,
    /** What insurers and auditors check (CPT time bands, plan, risk, signature). */
    PAYER,
    /** Wording: jargon, judgmental and stigmatizing terms, speculation. */
    LANGUAGE,
    /** Cloned or unreviewed carried-forward text. */
    INTEGRITY,
    /** Content that belongs in a psychotherapy note rather than the record. */
    PRIVACY
}
