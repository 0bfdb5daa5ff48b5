package org.casenotes.core.lifecycle;

import java.util.Objects;

/**
 * A supervisor's comment on a note returned for revision, about the whole note or one field.
 *
 * @param fieldId the field the remark is about, or null for the whole note
 * @param text    the remark
 */
public record ReviewRemark(String fieldId, String text) {

    public ReviewRemark {
        if (Objects.requireNonNull(text, "text").isBlank()) {
            throw new IllegalArgumentException("A review remark needs text.");
        }
    }

    /** @return a remark about the whole note */
    public static ReviewRemark general(String text) {
        return new ReviewRemark(null, text);
    }

    /** @return a remark about one field */
    public static ReviewRemark onField(String fieldId, String text) {
        return new ReviewRemark(Objects.requireNonNull(fieldId, "fieldId"), text);
    }
}
