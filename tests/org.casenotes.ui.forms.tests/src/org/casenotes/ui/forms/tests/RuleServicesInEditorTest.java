package org.casenotes.ui.forms.tests;

import static org.casenotes.ui.forms.tests.NoteEditorDriver.text;
import static org.casenotes.ui.forms.tests.NoteEditorDriver.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.rules.DescribedRule;
import org.casenotes.core.rules.FieldRule;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SourceCitation;
import org.casenotes.core.rules.TextRange;
import org.casenotes.ui.forms.internal.InstalledRules;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Rules are OSGi services too: one that another bundle registers is in the editor's findings, and one that throws is
 * reported once and switched off while the editor and the other rules go on.
 */
class RuleServicesInEditorTest {

    private final NoteEditorDriver driver = new NoteEditorDriver();
    private final BundleContext context = testBundleContext();

    /** @return this bundle's context: it registers the rules, as a plugin would */
    private static BundleContext testBundleContext() {
        Bundle tests = FrameworkUtil.getBundle(RuleServicesInEditorTest.class);
        if (tests.getBundleContext() == null) {
            try {
                tests.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
        return tests.getBundleContext();
    }

    @AfterEach
    void closeEditors() {
        NoteEditorDriver.closeAll();
    }

    /** {@code house.todo}: "TODO" left in a field. */
    private static final class TodoRule extends DescribedRule implements FieldRule {

        TodoRule() {
            super("house.todo", RuleCategory.COMPLETENESS, Severity.ERROR, "No TODO is left in a note.",
                    new SourceCitation("Agency documentation policy", "section 4"));
        }

        @Override
        public List<Finding> evaluateField(FieldText field, NoteContext note) {
            int at = field.text().indexOf("TODO");
            return at < 0 ? List.of()
                    : List.of(new Finding(id(), defaultSeverity(), "Finish the note: TODO is left.", field.fieldId(),
                            new TextRange(at, at + 4), List.of(), source()));
        }
    }

    /** Throws on every field it sees. */
    private static final class BrokenRule extends DescribedRule implements FieldRule {

        int runs;

        BrokenRule() {
            super("house.editor-broken", RuleCategory.LANGUAGE, Severity.WARNING, "Broken on purpose.",
                    new SourceCitation("test", ""));
        }

        @Override
        public List<Finding> evaluateField(FieldText field, NoteContext note) {
            runs++;
            throw new IndexOutOfBoundsException("plugin bug");
        }
    }

    private static long count(NoteFormEditor editor, String ruleId) {
        return editor.findings().stream().filter(finding -> finding.ruleId().equals(ruleId)).count();
    }

    @Test
    void aRuleRegisteredByAnotherBundleIsInTheEditorsFindings() throws Exception {
        ServiceRegistration<Rule> registration = context.registerService(Rule.class, new TodoRule(), null);
        try {
            NoteFormEditor editor = driver.open(driver.draft());
            StyledText narrative = text(editor, "narrative");
            type(narrative, "Plan: TODO");
            Finding todo = editor.findings().stream().filter(finding -> finding.ruleId().equals("house.todo"))
                    .findFirst().orElseThrow(() -> new AssertionError(editor.findings().toString()));
            assertEquals("narrative", todo.fieldId());
            assertEquals("TODO", todo.range().of(narrative.getText()));
        } finally {
            registration.unregister();
        }
        NoteFormEditor next = driver.open(driver.draft());
        type(text(next, "narrative"), "Plan: TODO");
        assertEquals(0, count(next, "house.todo"), "gone once its bundle unregisters it");
    }

    @Test
    void aRuleThatThrowsIsReportedOnceAndTheEditorAndTheOtherRulesGoOn() throws Exception {
        BrokenRule broken = new BrokenRule();
        ServiceRegistration<Rule> brokenRegistration = context.registerService(Rule.class, broken, null);
        ServiceRegistration<Rule> todoRegistration = context.registerService(Rule.class, new TodoRule(), null);
        try {
            NoteFormEditor editor = driver.open(driver.draft());
            StyledText narrative = text(editor, "narrative");
            type(narrative, "c");
            assertEquals(1, broken.runs, "it ran on the first text and threw");
            assertEquals(1, count(editor, "house.editor-broken"), editor.findings().toString());
            assertTrue(editor.findings().stream().anyMatch(f -> f.ruleId().equals("house.editor-broken")
                    && f.message().contains("switched off")), "the clinician is told once");
            assertTrue(InstalledRules.engine().failures().isDisabled("house.editor-broken"));

            type(narrative, "lient refused TODO");
            assertEquals(1, broken.runs, "not run again after it failed");
            assertEquals(0, count(editor, "house.editor-broken"), "not reported again");
            assertTrue(count(editor, "house.todo") > 0, editor.findings().toString());
            assertTrue(count(editor, "language.judgmental") > 0, editor.findings().toString());
            assertFalse(narrative.isDisposed());
            assertEquals("client refused TODO", narrative.getText());
        } finally {
            brokenRegistration.unregister();
            todoRegistration.unregister();
        }
    }
}
