package org.casenotes.model.form.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The merge fields every letter can use, filled from the client record, the clinician, the agency and the calendar.
 * A letter can also use the id of any field it declares, e.g. {@code {lastSessionDate}}. The template language checks
 * a letter's body against these names; {@code org.casenotes.core.letters} fills them. Both read this one list.
 */
public final class MergeFields {

    /** Standard merge fields, in the order documentation lists them. */
    public static final List<String> STANDARD = List.of("client.firstName", "client.lastName", "client.fullName",
            "client.preferredName", "client.dateOfBirth", "client.address", "client.memberId", "client.phone",
            "client.email", "clinician.name", "clinician.credentials", "clinician.licenseNumber", "clinician.phone",
            "clinician.email", "agency.name", "agency.address", "agency.phone", "agency.fax", "payer.name",
            "payer.address", "plan.goals", "plan.nextReviewDate", "date.today");

    private MergeFields() {
    }

    /** A {@code {placeholder}} found in a letter body; offsets are relative to the scanned text. */
    public record Placeholder(String name, int offset, int length) {
    }

    /** @return the placeholders in {@code text}; {@code {{} writes a literal brace and is skipped. */
    public static List<Placeholder> scan(String text) {
        List<Placeholder> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                i += 2;
                continue;
            }
            if (c == '{') {
                int end = text.indexOf('}', i + 1);
                int lineEnd = text.indexOf('\n', i + 1);
                if (end < 0 || (lineEnd >= 0 && lineEnd < end)) {
                    found.add(new Placeholder(null, i, 1));
                    i++;
                    continue;
                }
                found.add(new Placeholder(text.substring(i + 1, end).strip(), i, end - i + 1));
                i = end + 1;
                continue;
            }
            i++;
        }
        return found;
    }

    /** @return the candidate closest to {@code name} (edit distance at most 3), or null. */
    public static String closest(String name, List<String> candidates) {
        String best = null;
        int bestDistance = 4;
        for (String candidate : candidates) {
            int distance = distance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }

    /**
     * @return the Levenshtein distance between {@code a} and {@code b} (also how diagnosis codes find their nearest)
     */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
