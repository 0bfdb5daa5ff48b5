package org.casenotes.core.rules.registry;

import java.util.Dictionary;
import java.util.Hashtable;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Rules as a plugin registers them: OSGi services of this test bundle, as {@code Rule}'s Javadoc shows. */
final class PluginRules {

    /** The pack the house rule says it belongs to (no metadata declares it). */
    static final String HOUSE_PACK = "org.example.house";

    private PluginRules() {
    }

    /** {@code house.todo}: flags "TODO" left in a field. */
    static final class TodoRule extends DescribedRule implements FieldRule {

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

    /** A rule whose author did not expect an empty field: it throws on every note. */
    static final class BrokenRule extends DescribedRule {

        int runs;

        BrokenRule(String id) {
            super(id, RuleCategory.COMPLETENESS, Severity.ERROR, "Broken on purpose.",
                    new SourceCitation("test", ""));
        }

        @Override
        public List<Finding> evaluate(NoteContext note) {
            runs++;
            throw new IllegalStateException("index out of range in a plugin");
        }
    }

    /** Registers {@code rule} as a service of this test bundle, in {@code pack} if not null. */
    static ServiceRegistration<Rule> register(Rule rule, String pack) {
        Dictionary<String, Object> properties = new Hashtable<>();
        if (pack != null) {
            properties.put(RuleServices.PACK_PROPERTY, pack);
        }
        return context().registerService(Rule.class, rule, properties);
    }

    static BundleContext context() {
        Bundle tests = FrameworkUtil.getBundle(PluginRules.class);
        if (tests.getBundleContext() == null) {
            try {
                tests.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
        return tests.getBundleContext();
    }
}
