package org.casenotes.core.record;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests ids for new clients: {@code c-} and the number after the highest one among the caseload's ids of that
 * form, four digits at least ({@code c-0014}). Ids of other forms (an agency's own numbering) are left alone and
 * never collide with a suggestion, since each suggestion is also checked against every id given.
 */
public final class ClientIds {

    private static final Pattern NUMBERED = Pattern.compile("c-(\\d{1,9})");

    private final Set<String> taken;
    private long last;

    /** @param taken the ids the caseload (and whatever is being added with the suggestions) already has */
    public ClientIds(Collection<String> taken) {
        this.taken = new HashSet<>(taken);
        for (String id : taken) {
            Matcher numbered = NUMBERED.matcher(id);
            if (numbered.matches()) {
                last = Math.max(last, Long.parseLong(numbered.group(1)));
            }
        }
    }

    /** @return the next free id; each call gives another one */
    public String next() {
        String id;
        do {
            last++;
            id = String.format("c-%04d", last);
        } while (!taken.add(id));
        return id;
    }

    /** @return the id a single new client would be suggested among {@code taken} */
    public static String nextFree(Collection<String> taken) {
        return new ClientIds(taken).next();
    }
}
