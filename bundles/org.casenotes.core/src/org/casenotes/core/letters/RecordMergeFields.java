package org.casenotes.core.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casenotes.core.record.PlanVersions;
import org.casenotes.model.form.query.MergeFields;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ContactDetails;
import org.casenotes.model.record.Coverage;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.TreatmentPlan;

/**
 * How each standard merge field ({@link MergeFields#STANDARD}) is filled from the record: the client's names (the
 * name they go by first), date of birth, address and contact, the coverage in force and its payer, the current
 * treatment plan's goals and review date, the clinician profile, the agency's letterhead and the day of writing.
 * A field the record does not hold comes back empty, never as a blank or a guess, so the letter asks for it.
 */
public final class RecordMergeFields {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private record Source(String label, Function<LetterSources, String> value) {
    }

    private final Map<String, Source> fields = new LinkedHashMap<>();

    public RecordMergeFields() {
        field("client.firstName", "Client's first name", s -> firstWord(goesBy(s.client())));
        field("client.lastName", "Client's last name", s -> lastName(s.client().getLegalName()));
        field("client.fullName", "Client's full (legal) name", s -> s.client().getLegalName());
        field("client.preferredName", "Name the client goes by", s -> goesBy(s.client()));
        field("client.dateOfBirth", "Client's date of birth", s -> day(s.client().getDateOfBirth()));
        field("client.address", "Client's address", s -> contact(s, ContactDetails::getAddress));
        field("client.phone", "Client's phone number", s -> contact(s, ContactDetails::getPhone));
        field("client.email", "Client's e-mail address", s -> contact(s, ContactDetails::getEmail));
        field("client.memberId", "Client's insurance member ID",
                s -> coverage(s).map(Coverage::getMemberId).orElse(null));
        field("clinician.name", "Your name", s -> s.author().name());
        field("clinician.credentials", "Your credentials (e.g. LCSW)", s -> s.author().credentials());
        field("clinician.licenseNumber", "Your license number", s -> s.author().licenseNumber());
        field("clinician.phone", "Your phone number", s -> s.author().phone());
        field("clinician.email", "Your e-mail address", s -> s.author().email());
        field("agency.name", "Agency name", s -> s.agency().name());
        field("agency.address", "Agency address", s -> s.agency().address());
        field("agency.phone", "Agency phone number", s -> s.agency().phone());
        field("agency.fax", "Agency fax number", s -> s.agency().fax());
        field("payer.name", "Insurance company (payer)", s -> coverage(s).map(Coverage::getPayerName).orElse(null));
        field("payer.address", "Insurance company's address", s -> null);
        field("plan.goals", "Treatment plan goals", RecordMergeFields::goals);
        field("plan.nextReviewDate", "Next treatment plan review",
                s -> PlanVersions.current(s.client()).map(TreatmentPlan::getNextReviewDate).map(RecordMergeFields::day)
                        .orElse(null));
        field("date.today", "Today's date", s -> day(s.today()));
        for (String name : MergeFields.STANDARD) {
            if (!fields.containsKey(name)) {
                throw new IllegalStateException("No source for the standard merge field " + name);
            }
        }
    }

    private void field(String name, String label, Function<LetterSources, String> value) {
        fields.put(name, new Source(label, value));
    }

    /** @return whether {@code name} is a standard merge field */
    public boolean isStandard(String name) {
        return fields.containsKey(name);
    }

    /** @return what a standard field is, as a writer is asked for it, e.g. "Client's address" */
    public String label(String name) {
        Source source = fields.get(name);
        if (source == null) {
            throw new IllegalArgumentException("Not a standard merge field: " + name);
        }
        return source.label();
    }

    /** @return the field's value from the record, or empty when the record does not hold it */
    public Optional<String> value(String name, LetterSources sources) {
        Source source = fields.get(name);
        if (source == null) {
            throw new IllegalArgumentException("Not a standard merge field: " + name);
        }
        return Optional.ofNullable(source.value().apply(sources)).map(String::strip).filter(text -> !text.isEmpty());
    }

    /** @return a day as letters write it, e.g. "3 March 2026" */
    public static String day(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }

    private static String goesBy(Client client) {
        String preferred = client.getPreferredName();
        return preferred != null && !preferred.isBlank() ? preferred.strip() : firstWord(client.getLegalName());
    }

    private static String firstWord(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().split("\\s+")[0];
    }

    private static String lastName(String legalName) {
        if (legalName == null || legalName.isBlank()) {
            return null;
        }
        String[] words = legalName.strip().split("\\s+");
        return words.length < 2 ? null : words[words.length - 1];
    }

    private static String contact(LetterSources sources, Function<ContactDetails, String> part) {
        ContactDetails contact = sources.client().getContact();
        return contact == null ? null : part.apply(contact);
    }

    /** The coverage in force on the day of writing: the primary one first. */
    private static Optional<Coverage> coverage(LetterSources sources) {
        LocalDate today = sources.today();
        return sources.client().getCoverages().stream()
                .filter(coverage -> coverage.getStartDate() == null || !coverage.getStartDate().isAfter(today))
                .filter(coverage -> coverage.getEndDate() == null || !coverage.getEndDate().isBefore(today))
                .max(Comparator.comparing(Coverage::isPrimary));
    }

    private static String goals(LetterSources sources) {
        return PlanVersions.current(sources.client())
                .map(plan -> plan.getProblems().stream().flatMap(problem -> problem.getGoals().stream())
                        .filter(goal -> goal.getStatus() == null || goal.getStatus() == GoalStatus.ACTIVE)
                        .filter(goal -> goal.getStatement() != null && !goal.getStatement().isBlank())
                        .map(goal -> "- " + goal.getStatement().strip()).collect(Collectors.joining("\n")))
                .filter(text -> !text.isEmpty()).orElse(null);
    }
}
