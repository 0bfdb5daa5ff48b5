package org.casenotes.core.diagnoses;

import java.util.Locale;
import java.util.Objects;

/**
 * One ICD-10-CM code with its description, e.g. {@code F43.10} "Post-traumatic stress disorder, unspecified".
 *
 * @param code        the code as written, with its dot after the third character
 * @param description the description as released
 */
public record IcdCode(String code, String description) {

    public IcdCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }

    /** @return the code without its dot, upper case: the form codes are compared in ({@code F4310}) */
    public String compact() {
        return compact(code);
    }

    /** @return {@code "F43.10 Post-traumatic stress disorder, unspecified"} */
    @Override
    public String toString() {
        return code + " " + description;
    }

    /** @return {@code typed} without dots and spaces, upper case: {@code " f43.10"} gives {@code F4310} */
    public static String compact(String typed) {
        return typed.replace(".", "").replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** @return a compact code written with its dot after the third character: {@code F4310} gives {@code F43.10} */
    public static String dotted(String compact) {
        return compact.length() <= 3 ? compact : compact.substring(0, 3) + "." + compact.substring(3);
    }
}
