package org.casenotes.core.clientimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.casenotes.core.record.ClientDetails;

/**
 * What a column of an imported file can become: a field of the client's record (the ones the client dialog edits)
 * or the client's diagnoses. Each has the header names a spreadsheet is likely to give it, compared ignoring case,
 * spaces and punctuation ("Date of Birth", "DOB", "date_of_birth").
 */
public enum ImportField {

    /** The client's id; when no column is mapped to it, ids are given as {@code c-NNNN}. */
    ID(ClientDetails.ID, false, "clientid", "id", "clientnumber", "clientno", "mrn", "recordnumber", "chartnumber"),
    /** The legal name, the one field every client must have. */
    LEGAL_NAME(ClientDetails.LEGAL_NAME, true, "legalname", "name", "fullname", "clientname", "client"),
    PREFERRED_NAME("Preferred name", false, "preferredname", "nickname", "goesby", "knownas"),
    PRONOUNS("Pronouns", false, "pronouns", "pronoun"),
    /** Written YYYY-MM-DD, as in the client dialog. */
    DATE_OF_BIRTH(ClientDetails.DATE_OF_BIRTH, false, "dateofbirth", "dob", "birthdate", "birthday", "born"),
    /** active, waitlist, inactive or discharged; active when blank. */
    STATUS("Status", false, "status", "clientstatus"),
    PHONE("Phone", false, "phone", "phonenumber", "telephone", "mobile", "cell", "cellphone"),
    /** yes/no (also y/n, true/false, 1/0, x); no when blank. */
    MAY_LEAVE_MESSAGE("OK to leave messages", false, "oktoleavemessages", "oktoleavemessage", "mayleavemessage",
            "mayleavemessages", "leavemessage", "leavemessages", "voicemailok"),
    EMERGENCY_CONTACT("Emergency contact", false, "emergencycontact", "emergencycontactname", "emergencyname"),
    EMERGENCY_PHONE("Emergency phone", false, "emergencyphone", "emergencycontactphone", "emergencynumber"),
    PAYER("Payer", false, "payer", "payername", "insurance", "insurer", "insurancecompany"),
    MEMBER_ID("Member id", false, "memberid", "member", "membernumber", "insuranceid", "policynumber",
            "subscriberid"),
    /** ICD-10-CM codes separated by semicolons, commas or spaces; the first is the primary diagnosis. */
    DIAGNOSES("Diagnoses (ICD-10-CM)", false, "diagnoses", "diagnosis", "diagnosiscodes", "diagnosiscode", "icd10",
            "icd10cm", "icd10codes", "icd10code", "icd", "dx");

    private final String label;
    private final boolean required;
    private final List<String> names;

    ImportField(String label, boolean required, String... names) {
        this.label = label;
        this.required = required;
        this.names = List.of(names);
    }

    /** @return the field's name as the client dialog shows it */
    public String label() {
        return label;
    }

    /** @return whether an import needs a column for it */
    public boolean required() {
        return required;
    }

    /**
     * @param header a column's header as written
     * @return the field a column of that name is taken to hold, if any
     */
    public static Optional<ImportField> named(String header) {
        String key = key(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (ImportField field : values()) {
            if (field.names.contains(key) || key(field.label).equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
