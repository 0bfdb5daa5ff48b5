package org.casenotes.core.rules.language.internal;

/** How a word-list rule turns a matched term into a finding ({@code @check} in the list header). */
enum Check {
    /** Every match is a finding; alternatives become replacement edits. */
    TERM("term"),
    /**
     * A match is a finding only when neither its sentence nor the next one names an observed
     * behaviour (an {@code @evidence} phrase), quotes the client, or says what the client did (a verb
     * of behaviour whose subject is the client): an interpretation needs the behaviour beside it.
     */
    NEEDS_EVIDENCE("needs-evidence"),
    /**
     * The writer's own impression: besides the alternatives, the finding suggests moving the whole
     * sentence to a psychotherapy note (offered as removing it from this note).
     */
    PERSONAL_IMPRESSION("personal-impression");

    private final String keyword;

    Check(String keyword) {
        this.keyword = keyword;
    }

    /** @throws IllegalArgumentException for an unknown keyword */
    static Check of(String keyword) {
        for (Check check : values()) {
            if (check.keyword.equals(keyword)) {
                return check;
            }
        }
        throw new IllegalArgumentException(
                "unknown check '" + keyword + "' (expected term, needs-evidence or personal-impression)");
    }
}
