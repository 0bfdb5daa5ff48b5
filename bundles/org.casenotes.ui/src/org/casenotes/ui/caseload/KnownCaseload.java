package org.casenotes.ui.caseload;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A caseload this workbench has created or opened: where it is and the agency whose caseload it is (the store keeps
 * no agency record, so the workbench remembers it beside the folder).
 *
 * @param location      the caseload's folder
 * @param agencyName    the agency's name, as the window title and the caseload view show it
 * @param agencyAddress the agency's postal address; blank if not given
 * @param agencyPhone   the agency's phone number; blank if not given
 */
public record KnownCaseload(Path location, String agencyName, String agencyAddress, String agencyPhone) {

    public KnownCaseload {
        location = location.toAbsolutePath().normalize();
        agencyName = clean(agencyName);
        agencyAddress = clean(agencyAddress);
        agencyPhone = clean(agencyPhone);
    }

    /** @return what the caseload is called where it shows, e.g. "Brightwater Counselling (caseload-2026)" */
    public String name() {
        String folder = Objects.toString(location.getFileName(), location.toString());
        return agencyName.isEmpty() ? folder : agencyName + " (" + folder + ")";
    }

    /** Tabs and line breaks separate the remembered entries, so they cannot be part of a value. */
    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
