package org.casenotes.core.letters;

import java.util.ArrayList;
import java.util.List;

/**
 * The agency's letterhead, as set in Agency Settings: printed at the top of every letter and merged into
 * {@code {agency.*}} fields. A part left blank is not invented: a letter that uses it asks for it.
 *
 * @param name    the agency's name
 * @param address its postal address (several lines allowed)
 * @param phone   its phone number
 * @param fax     its fax number
 */
public record Letterhead(String name, String address, String phone, String fax) {

    /** A letterhead with nothing recorded. */
    public static final Letterhead NONE = new Letterhead("", "", "", "");

    public Letterhead {
        name = strip(name);
        address = strip(address);
        phone = strip(phone);
        fax = strip(fax);
    }

    /** @return the letterhead as printed, one line each: name, address lines, then phone and fax */
    public String text() {
        List<String> lines = new ArrayList<>();
        if (!name.isEmpty()) {
            lines.add(name);
        }
        address.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
        String contact = (phone.isEmpty() ? "" : "Phone " + phone)
                + (phone.isEmpty() || fax.isEmpty() ? "" : "  ·  ") + (fax.isEmpty() ? "" : "Fax " + fax);
        if (!contact.isEmpty()) {
            lines.add(contact);
        }
        return String.join("\n", lines);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
