package org.casenotes.core.record;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.ContactDetails;
import org.casenotes.model.record.Coverage;
import org.casenotes.model.record.RecordFactory;

/**
 * A client's details as typed into the New Client or Edit Client dialog, or read from a row of an imported
 * spreadsheet, before they become the record: checked field by field ({@link #problems}) and then written into a
 * {@link Client} ({@link #applyTo}). One set of rules for both, so an import refuses exactly what the dialog
 * refuses. The date of birth is kept as typed so that an impossible date can be refused with what was typed.
 */
public record ClientDetails(String id, String legalName, String preferredName, String pronouns, String dateOfBirth,
        ClientStatus status, String phone, boolean mayLeaveMessage, String emergencyContactName,
        String emergencyContactPhone, String payerName, String memberId) {

    /** The form a date of birth is typed in. */
    public static final String DATE_FORM = "YYYY-MM-DD";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The fields a problem can be reported at, by the label the dialog shows them with. */
    public static final String ID = "Client id";
    public static final String LEGAL_NAME = "Legal name";
    public static final String PREFERRED_NAME = "Preferred name";
    public static final String PRONOUNS = "Pronouns";
    public static final String DATE_OF_BIRTH = "Date of birth";
    /** The fields {@link #problems} can name, in the dialog's order. */
    public static final List<String> CHECKED_FIELDS = List.of(ID, LEGAL_NAME, PREFERRED_NAME, PRONOUNS, DATE_OF_BIRTH);

    /**
     * The longest id, name and pronouns the caseload keeps, in characters: the store indexes them in columns of a
     * fixed width (an id of 64, a display name of 400 holding both names), so a longer one is refused at the field
     * rather than by the database.
     */
    public static final int MAX_ID = 64;
    public static final int MAX_NAME = 150;
    public static final int MAX_PRONOUNS = 60;

    /** @return the details a client's record holds now */
    public static ClientDetails of(Client client) {
        ContactDetails contact = client.getContact();
        Optional<Coverage> coverage = primaryCoverage(client);
        return new ClientDetails(client.getId(), text(client.getLegalName()), text(client.getPreferredName()),
                text(client.getPronouns()),
                client.getDateOfBirth() == null ? "" : DATE.format(client.getDateOfBirth()),
                client.getStatus() == null ? ClientStatus.ACTIVE : client.getStatus(),
                contact == null ? "" : text(contact.getPhone()), contact != null && contact.isMayLeaveMessage(),
                contact == null ? "" : text(contact.getEmergencyContactName()),
                contact == null ? "" : text(contact.getEmergencyContactPhone()),
                coverage.map(Coverage::getPayerName).map(ClientDetails::text).orElse(""),
                coverage.map(Coverage::getMemberId).map(ClientDetails::text).orElse(""));
    }

    /**
     * @param takenIds the ids of the caseload's other clients
     * @param today    today, after which nobody is born
     * @return what is wrong, by the label of the field it is wrong at; empty when the details can be saved
     */
    public Map<String, String> problems(Collection<String> takenIds, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (id.isBlank()) {
            problems.put(ID, "Enter an id for the client.");
        } else if (!id.strip().equals(id) || id.chars().anyMatch(Character::isWhitespace)) {
            problems.put(ID, "A client id has no spaces.");
        } else if (id.length() > MAX_ID) {
            problems.put(ID, tooLong("A client id", id, MAX_ID));
        } else if (takenIds.contains(id)) {
            problems.put(ID, "Another client already has the id " + id + ".");
        }
        if (legalName.isBlank()) {
            problems.put(LEGAL_NAME, "Enter the client's legal name.");
        } else if (legalName.strip().length() > MAX_NAME) {
            problems.put(LEGAL_NAME, tooLong("A name", legalName.strip(), MAX_NAME));
        }
        if (preferredName.strip().length() > MAX_NAME) {
            problems.put(PREFERRED_NAME, tooLong("A name", preferredName.strip(), MAX_NAME));
        }
        if (pronouns.strip().length() > MAX_PRONOUNS) {
            problems.put(PRONOUNS, tooLong("Pronouns", pronouns.strip(), MAX_PRONOUNS));
        }
        if (!dateOfBirth.isBlank()) {
            try {
                LocalDate born = LocalDate.parse(dateOfBirth.strip(), DATE);
                if (born.isAfter(today)) {
                    problems.put(DATE_OF_BIRTH, "A date of birth cannot be after today; " + dateOfBirth.strip()
                            + " is.");
                } else if (born.isBefore(today.minusYears(130))) {
                    problems.put(DATE_OF_BIRTH, dateOfBirth.strip() + " is more than 130 years ago.");
                }
            } catch (DateTimeParseException e) {
                problems.put(DATE_OF_BIRTH, dateOfBirth.strip() + " is not a date: type it as " + DATE_FORM
                        + ", e.g. 1990-04-23.");
            }
        }
        return problems;
    }

    /** Writes these details into {@code client}; call only when {@link #problems} has nothing to say. */
    public void applyTo(Client client) {
        client.setId(id);
        client.setLegalName(legalName.strip());
        client.setPreferredName(orNull(preferredName));
        client.setPronouns(orNull(pronouns));
        client.setDateOfBirth(dateOfBirth.isBlank() ? null : LocalDate.parse(dateOfBirth.strip(), DATE));
        client.setStatus(status);
        ContactDetails contact = client.getContact();
        if (contact == null) {
            contact = RecordFactory.eINSTANCE.createContactDetails();
            client.setContact(contact);
        }
        contact.setPhone(orNull(phone));
        contact.setMayLeaveMessage(mayLeaveMessage);
        contact.setEmergencyContactName(orNull(emergencyContactName));
        contact.setEmergencyContactPhone(orNull(emergencyContactPhone));
        Optional<Coverage> existing = primaryCoverage(client);
        if (existing.isPresent() && payerName.isBlank() && memberId.isBlank() && onlyPayerAndMember(existing.get())) {
            client.getCoverages().remove(existing.get());
        } else if (existing.isPresent() || !payerName.isBlank() || !memberId.isBlank()) {
            Coverage coverage = existing.orElseGet(() -> {
                Coverage added = RecordFactory.eINSTANCE.createCoverage();
                added.setPrimary(true);
                client.getCoverages().add(added);
                return added;
            });
            coverage.setPayerName(orNull(payerName));
            coverage.setMemberId(orNull(memberId));
        }
    }

    /** @return whether the coverage holds nothing the dialog does not show, so that emptying both fields drops it */
    private static boolean onlyPayerAndMember(Coverage coverage) {
        return coverage.getPayerId() == null && coverage.getGroupNumber() == null && coverage.getStartDate() == null
                && coverage.getEndDate() == null;
    }

    private static Optional<Coverage> primaryCoverage(Client client) {
        return client.getCoverages().stream().filter(Coverage::isPrimary).findFirst()
                .or(() -> client.getCoverages().stream().findFirst());
    }

    private static String tooLong(String what, String value, int most) {
        return what + " has at most " + most + " characters; this one has " + value.length() + ".";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
