package org.casenotes.core.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.query.MergeFields;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.ContactDetails;
import org.casenotes.model.record.Coverage;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

/**
 * The standard letter templates as installed, plus an agency letter whose body uses every standard merge field; a
 * fictional client with a full record (and one with almost nothing recorded), a writer and a letterhead.
 */
final class LetterFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String EVERY_FIELD_LETTER = "agency.letters.EveryField";
    private static CompiledLibrary library;

    private LetterFixture() {
    }

    static synchronized CompiledLibrary library() {
        if (library == null) {
            String body = MergeFields.STANDARD.stream().map(name -> name + ": {" + name + "}")
                    .collect(Collectors.joining("\n"));
            String agency = """
                    package agency.letters
                    import std.letters.*
                    template EveryField "Every field" version 2 kind letter extends ClientLetter {
                    	field reason "Why we write" : text required
                    	field visits "Number of visits" : integer range 0..100 required
                    	body \"\"\"
                    %s
                    Reason: {reason}. Visits: {visits}. A brace: {{.
                    \"\"\"
                    }
                    """.formatted(body);
            library = TemplateLibrary.contributed().withSource(new TemplateSource("agency/letters.ntpl", agency))
                    .compile();
            if (library.hasErrors()) {
                throw new AssertionError("templates do not compile: " + library.diagnostics());
            }
        }
        return library;
    }

    static FormDefinition form(String id) {
        return library().form(id).orElseThrow(() -> new AssertionError(id + " is not installed"));
    }

    static List<FormDefinition> standardLetters() {
        return library().forms().stream().filter(form -> form.getKind() == FormKind.LETTER)
                .filter(form -> form.getId().startsWith("std.")).toList();
    }

    static LetterAuthor author() {
        return new LetterAuthor("c-rowan", "Rowan Ellery", "LCSW", "LCSW-12345", "555-0101", "rowan@example.org");
    }

    static Letterhead letterhead() {
        return new Letterhead("Harbourside Counseling", "12 Quay Street\nPortsmouth, NH 03801", "555-0100",
                "555-0199");
    }

    /** @return Samuel Ortiz, who goes by Sam: everything a letter can take from the record is recorded */
    static Client fullRecord() {
        RecordFactory f = RecordFactory.eINSTANCE;
        Client client = f.createClient();
        client.setId("C-2001");
        client.setLegalName("Samuel Ortiz");
        client.setPreferredName("Sam");
        client.setDateOfBirth(LocalDate.of(1990, 4, 2));
        client.setStatus(ClientStatus.ACTIVE);
        ContactDetails contact = f.createContactDetails();
        contact.setAddress("4 Elm Row\nDover, NH 03820");
        contact.setPhone("555-0142");
        contact.setEmail("sam@example.org");
        client.setContact(contact);
        Coverage old = f.createCoverage();
        old.setPayerName("Old Mutual Health");
        old.setMemberId("OLD-1");
        old.setPrimary(true);
        old.setEndDate(LocalDate.of(2025, 12, 31));
        Coverage coverage = f.createCoverage();
        coverage.setPayerName("Granite State Health");
        coverage.setMemberId("GSH-778899");
        coverage.setPrimary(true);
        coverage.setStartDate(LocalDate.of(2026, 1, 1));
        client.getCoverages().add(old);
        client.getCoverages().add(coverage);
        EpisodeOfCare episode = f.createEpisodeOfCare();
        episode.setId("E-1");
        episode.setStatus(EpisodeStatus.OPEN);
        episode.setStartDate(LocalDate.of(2026, 9, 1));
        TreatmentPlan plan = f.createTreatmentPlan();
        plan.setId("P-1");
        plan.setVersion(1);
        plan.setStatus(PlanStatus.ACTIVE);
        plan.setNextReviewDate(LocalDate.of(2027, 1, 15));
        Problem problem = f.createProblem();
        problem.setId("PR-1");
        problem.setStatement("Worry keeps Sam from work");
        problem.getGoals().add(goal("G-1", "Sleep through the night", GoalStatus.ACTIVE));
        problem.getGoals().add(goal("G-2", "Stop smoking", GoalStatus.DISCONTINUED));
        problem.getGoals().add(goal("G-3", "Return to work three days a week", GoalStatus.ACTIVE));
        plan.getProblems().add(problem);
        episode.getTreatmentPlans().add(plan);
        client.getEpisodes().add(episode);
        return client;
    }

    /** @return a client with only a legal name of one word: no address, contact, coverage or plan */
    static Client sparseRecord() {
        Client client = RecordFactory.eINSTANCE.createClient();
        client.setId("C-2002");
        client.setLegalName("Noor");
        client.setStatus(ClientStatus.WAITLIST);
        return client;
    }

    static LetterSources sources(Client client) {
        return new LetterSources(client, author(), letterhead(), TODAY);
    }

    private static Goal goal(String id, String statement, GoalStatus status) {
        Goal goal = RecordFactory.eINSTANCE.createGoal();
        goal.setId(id);
        goal.setStatement(statement);
        goal.setStatus(status);
        return goal;
    }
}
