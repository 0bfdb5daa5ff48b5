package org.casenotes.demo;

import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.ClinicianRole;
import org.casenotes.model.record.RecordFactory;

/** The fictional clinicians of the demo agency. */
final class Staff {

    /** The licensed clinician who carries most of the caseload and is the demo's user. */
    static final Clinician VALE = clinician("clin-vale", "Robin Vale", "LCSW", ClinicianRole.CLINICIAN, null);
    /** The clinical supervisor, who co-signs the pre-licensure clinician's notes. */
    static final Clinician CASTELLANOS = clinician("clin-castellanos", "Miriam Castellanos", "LCSW",
            ClinicianRole.SUPERVISOR, null);
    /** A pre-licensure clinician practising under supervision. */
    static final Clinician OKAFOR = clinician("clin-okafor", "Dana Okafor", "LMSW", ClinicianRole.CLINICIAN,
            "clin-castellanos");

    private Staff() {
    }

    private static Clinician clinician(String id, String name, String credentials, ClinicianRole role,
            String supervisorId) {
        Clinician clinician = RecordFactory.eINSTANCE.createClinician();
        clinician.setId(id);
        clinician.setName(name);
        clinician.setCredentials(credentials);
        clinician.setRole(role);
        clinician.setSupervisorId(supervisorId);
        return clinician;
    }
}
