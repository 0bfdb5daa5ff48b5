package org.casenotes.model.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordModelTest {

    private static final RecordFactory R = RecordFactory.eINSTANCE;

    @Test
    void packageRegistersItselfByNamespaceUri() {
        assertSame(RecordPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://casenotes.org/model/record/1.0"));
    }

    @Test
    void psychotherapyNotesAreNotReachableFromTheRecordContainment() {
        Set<EClass> reachable = containmentClosure(RecordPackage.Literals.AGENCY);
        assertTrue(reachable.contains(RecordPackage.Literals.NOTE), "normal notes live in the record");
        assertTrue(!reachable.contains(RecordPackage.Literals.PSYCHOTHERAPY_NOTEBOOK),
                "no containment path from Agency leads to psychotherapy notes");
        for (EClass eClass : reachable) {
            for (EReference reference : eClass.getEAllReferences()) {
                assertNotEquals(RecordPackage.Literals.PSYCHOTHERAPY_NOTEBOOK, reference.getEReferenceType(),
                        eClass.getName() + "." + reference.getName() + " points at psychotherapy notes");
            }
        }
    }

    @Test
    void defaultsAreSafe() {
        Note note = R.createNote();
        assertEquals(NoteStatus.DRAFT, note.getStatus());
        assertEquals(ValueProvenance.ENTERED, R.createTextValue().getProvenance());
        assertEquals(3, R.createAgency().getSigningWindowDays());
    }

    @Test
    void roundTripsTypedValuesAndJavaTimeThroughXmi(@TempDir Path dir) throws IOException {
        Client client = R.createClient();
        client.setId("client-1");
        client.setPreferredName("Robin Example");
        client.setDateOfBirth(LocalDate.of(1990, 4, 2));
        Note note = R.createNote();
        note.setId("note-1");
        note.setTemplateId("std.SoapNote");
        note.setTemplateVersion(3);
        note.setCreatedAt(Instant.parse("2026-11-20T15:04:05Z"));
        NumberValue minutes = R.createNumberValue();
        minutes.setFieldId("minutes");
        minutes.setValue(new BigDecimal("53"));
        TimeValue start = R.createTimeValue();
        start.setFieldId("startTime");
        start.setValue(LocalTime.of(9, 30));
        ChoiceValue progress = R.createChoiceValue();
        progress.setFieldId("progress");
        progress.getOptionIds().add("setback");
        progress.setProvenance(ValueProvenance.CARRIED_REVIEW);
        note.getValues().add(minutes);
        note.getValues().add(start);
        note.getValues().add(progress);
        GroupValue goals = R.createGroupValue();
        goals.setGroupId("goalsAddressed");
        GroupRow row = R.createGroupRow();
        GoalReferenceValue goal = R.createGoalReferenceValue();
        goal.setFieldId("goal");
        goal.getPlanElementIds().add("goal-7");
        row.getValues().add(goal);
        goals.getRows().add(row);
        note.getGroups().add(goals);
        client.getNotes().add(note);

        URI uri = URI.createFileURI(dir.resolve("client.record").toString());
        Resource out = resourceSet().createResource(uri);
        out.getContents().add(client);
        out.save(Map.of());

        Client loaded = (Client) resourceSet().getResource(uri, true).getContents().get(0);
        assertEquals(LocalDate.of(1990, 4, 2), loaded.getDateOfBirth());
        Note loadedNote = loaded.getNotes().get(0);
        assertEquals(Instant.parse("2026-11-20T15:04:05Z"), loadedNote.getCreatedAt());
        assertEquals(new BigDecimal("53"), ((NumberValue) loadedNote.getValues().get(0)).getValue());
        assertEquals(LocalTime.of(9, 30), ((TimeValue) loadedNote.getValues().get(1)).getValue());
        assertEquals(ValueProvenance.CARRIED_REVIEW, loadedNote.getValues().get(2).getProvenance());
        GoalReferenceValue loadedGoal = (GoalReferenceValue) loadedNote.getGroups().get(0).getRows().get(0).getValues().get(0);
        assertEquals("goal-7", loadedGoal.getPlanElementIds().get(0));
        assertEquals("note-1", loaded.eResource().getURIFragment(loadedNote), "ids are the objects' URI fragments");
    }

    @Test
    void noteWithoutTemplateIdFailsEmfValidation() {
        Note note = R.createNote();
        note.setId("n");
        assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(note).getSeverity());
        note.setTemplateId("std.SoapNote");
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(note).getSeverity());
    }

    private static Set<EClass> containmentClosure(EClass root) {
        Set<EClass> seen = new HashSet<>();
        Deque<EClass> work = new ArrayDeque<>();
        work.add(root);
        while (!work.isEmpty()) {
            EClass next = work.pop();
            if (seen.add(next)) {
                next.getEAllContainments().forEach(containment -> work.add(containment.getEReferenceType()));
                // a containment typed by an abstract class or interface can hold any subclass
                for (var classifier : RecordPackage.eINSTANCE.getEClassifiers()) {
                    if (classifier instanceof EClass sub && next.isSuperTypeOf(sub)) {
                        work.add(sub);
                    }
                }
            }
        }
        return seen;
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("record", new XMIResourceFactoryImpl());
        return set;
    }
}
