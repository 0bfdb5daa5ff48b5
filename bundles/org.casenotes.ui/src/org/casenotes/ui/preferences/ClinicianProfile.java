package org.casenotes.ui.preferences;

import java.util.Objects;

import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.ClinicianRole;
import org.casenotes.model.record.RecordFactory;

/**
 * Who is using this workbench: the clinician whose name and credentials go on every signature, and whether they
 * supervise others (supervisors return and co-sign notes).
 *
 * @param id          the clinician's user id, as notes record their author
 * @param name        the name on signatures
 * @param credentials the credentials on signatures (e.g. LCSW); blank if none are recorded
 * @param supervisor  whether the clinician reviews and co-signs other clinicians' notes
 */
public record ClinicianProfile(String id, String name, String credentials, boolean supervisor) {

    public ClinicianProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        credentials = credentials == null ? "" : credentials.strip();
    }

    /** @return the clinician as the note lifecycle sees them */
    public Clinician toClinician() {
        Clinician clinician = RecordFactory.eINSTANCE.createClinician();
        clinician.setId(id);
        clinician.setName(name);
        clinician.setCredentials(credentials.isEmpty() ? null : credentials);
        clinician.setRole(supervisor ? ClinicianRole.SUPERVISOR : ClinicianRole.CLINICIAN);
        return clinician;
    }

    /** @return how the signature will read, e.g. "Robin Vale, LCSW", or the name and a warning without credentials */
    public String signatureLine() {
        return credentials.isEmpty() ? name + " (no credentials recorded)" : name + ", " + credentials;
    }
}
