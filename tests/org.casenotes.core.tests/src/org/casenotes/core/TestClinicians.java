package org.casenotes.core;

import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.ClinicianRole;
import org.casenotes.model.record.RecordFactory;

/** The fictional clinician who signs the notes of the record fixtures. */
public final class TestClinicians {

    private TestClinicians() {
    }

    /** @return Rowan Ellery, LCSW, a licensed clinician (id {@code c-rowan}) */
    public static Clinician rowan() {
        Clinician clinician = RecordFactory.eINSTANCE.createClinician();
        clinician.setId("c-rowan");
        clinician.setName("Rowan Ellery");
        clinician.setCredentials("LCSW");
        clinician.setRole(ClinicianRole.CLINICIAN);
        return clinician;
    }
}
