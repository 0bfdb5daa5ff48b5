package org.casenotes.fhir.internal.record;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.ContactDetails;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/** The client as a Patient: Casenotes id, legal and preferred names, date of birth, phone, e-mail, address. */
final class PatientResource {

    private PatientResource() {
    }

    static Patient of(Client client) {
        Patient patient = new Patient();
        patient.addIdentifier(new Identifier().setSystem(Codes.CLIENT_ID).setValue(client.getId()));
        patient.addName().setUse(NameUse.OFFICIAL).setText(client.getLegalName());
        if (client.getPreferredName() != null && !client.getPreferredName().isBlank()) {
            patient.addName().setUse(NameUse.USUAL).setText(client.getPreferredName());
        }
        if (client.getDateOfBirth() != null) {
            patient.setBirthDateElement(Times.day(client.getDateOfBirth()));
        }
        ContactDetails contact = client.getContact();
        if (contact != null) {
            if (present(contact.getPhone())) {
                patient.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(contact.getPhone());
            }
            if (present(contact.getEmail())) {
                patient.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(contact.getEmail());
            }
            if (present(contact.getAddress())) {
                patient.addAddress().setText(contact.getAddress());
            }
        }
        patient.setText(Narratives.of(client.getLegalName() + " (client " + client.getId() + ")"
                + (client.getDateOfBirth() == null ? "" : ", born " + client.getDateOfBirth())));
        return patient;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
