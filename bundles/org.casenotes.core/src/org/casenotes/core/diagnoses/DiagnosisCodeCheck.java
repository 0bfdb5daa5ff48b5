package org.casenotes.core.diagnoses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casenotes.model.form.query.MergeFields;

/**
 * Accepts a code only if it is in the list, and refuses any other with a message that names the nearest codes:
 * "F32.10 is not an ICD-10-CM code; did you mean F32.1, F32.0, F32.2 or F32.3?". A category that has codes below it
 * ({@code F43.1}) is named as such with its codes; a code of a chapter the list does not cover ({@code I10}) is refused
 * as outside the list rather than called unknown, since the list holds the behavioural-health codes only.
 */
public final class DiagnosisCodeCheck {

    /** How many near codes a refusal names. */
    public static final int NEAREST = 4;

    private static final Pattern COVERED = Pattern.compile("F.*|Z(5[5-9]|6[0-5]|69|7[0-6]).*");
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Z][0-9][0-9A-Z]*");

    private final Icd10CmCodes codes;
    private final DiagnosisCodeSearch search;

    public DiagnosisCodeCheck(Icd10CmCodes codes) {
        this.codes = codes;
        this.search = new DiagnosisCodeSearch(codes);
    }

    /**
     * @param typed a code as typed (any case, with or without its dot)
     * @return the code as listed
     * @throws UnknownDiagnosisCodeException if the list has no such code, with the nearest codes
     */
    public IcdCode check(String typed) {
        String shown = typed == null ? "" : typed.strip();
        if (shown.isEmpty()) {
            throw new UnknownDiagnosisCodeException("Enter an ICD-10-CM code.", List.of());
        }
        var found = codes.find(shown);
        if (found.isPresent()) {
            return found.get();
        }
        String compact = IcdCode.compact(shown);
        List<IcdCode> below = codes.startingWith(compact);
        if (CODE_LIKE.matcher(compact).matches() && !below.isEmpty()) {
            throw new UnknownDiagnosisCodeException(IcdCode.dotted(compact)
                    + " is a category, not a code a diagnosis can carry; choose one of its codes: "
                    + list(below.subList(0, Math.min(below.size(), 6))) + (below.size() > 6 ? ", …" : "") + ".",
                    below);
        }
        if (CODE_LIKE.matcher(compact).matches() && !COVERED.matcher(compact).matches()) {
            throw new UnknownDiagnosisCodeException(shown + " is outside the behavioural-health codes Casenotes lists "
                    + "(F01-F99, Z55-Z65, Z69-Z76).", List.of());
        }
        List<IcdCode> nearest = CODE_LIKE.matcher(compact).matches() ? nearestTo(compact)
                : search.search(shown, NEAREST);
        throw new UnknownDiagnosisCodeException(shown + " is not an ICD-10-CM code"
                + (nearest.isEmpty() ? "." : "; did you mean " + either(nearest) + "?"), nearest);
    }

    /** @return the codes sharing the longest start with {@code compact}, then the fewest edits away, then in order */
    List<IcdCode> nearestTo(String compact) {
        List<IcdCode> all = new ArrayList<>(codes.all());
        all.sort(Comparator.comparingInt((IcdCode code) -> -sharedStart(compact, code.compact()))
                .thenComparingInt(code -> MergeFields.distance(compact, code.compact()))
                .thenComparingInt(codes::position));
        return List.copyOf(all.subList(0, Math.min(NEAREST, all.size())));
    }

    private static int sharedStart(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String list(List<IcdCode> codes) {
        return codes.stream().map(IcdCode::code).collect(Collectors.joining(", "));
    }

    private static String either(List<IcdCode> codes) {
        if (codes.size() == 1) {
            return codes.get(0).code();
        }
        return list(codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1).code();
    }
}
