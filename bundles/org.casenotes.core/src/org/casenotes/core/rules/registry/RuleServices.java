package org.casenotes.core.rules.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.casenotes.core.rules.Rule;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@link Rule}s registered as OSGi services by any bundle (a plugin's {@code @Component(service = Rule.class)},
 * or {@code BundleContext.registerService}), tracked while Casenotes runs: a rule registered or unregistered later is
 * in or out of the next engine the {@link RuleCatalogue} makes.
 */
public final class RuleServices {

    /**
     * Service property naming the rule pack of a rule service whose id no rule-pack metadata lists; without it the
     * rule's pack is the symbolic name of the bundle that registered it.
     */
    public static final String PACK_PROPERTY = "casenotes.rule.pack";

    /**
     * A rule service and the pack it says it belongs to.
     *
     * @param rule the rule
     * @param pack its pack when no metadata lists it
     */
    public record RuleService(Rule rule, String pack) {
    }

    private final BundleContext context;
    private final ServiceTracker<Rule, Rule> tracker;

    private RuleServices(BundleContext context, ServiceTracker<Rule, Rule> tracker) {
        this.context = context;
        this.tracker = tracker;
    }

    /** @return the rule services seen from {@code context}, tracked from now on; none if {@code context} is null */
    public static RuleServices tracking(BundleContext context) {
        if (context == null) {
            return new RuleServices(null, null);
        }
        ServiceTracker<Rule, Rule> tracker = new ServiceTracker<>(context, Rule.class, null);
        tracker.open();
        return new RuleServices(context, tracker);
    }

    /** @return the context the services are tracked from, or null when none are */
    BundleContext context() {
        return context;
    }

    /** @return a number that changes whenever a rule service comes or goes */
    public int generation() {
        return tracker == null ? 0 : tracker.getTrackingCount();
    }

    /** @return the rule services now registered, highest service ranking first */
    public List<RuleService> current() {
        if (tracker == null) {
            return List.of();
        }
        ServiceReference<Rule>[] references = tracker.getServiceReferences();
        if (references == null) {
            return List.of();
        }
        List<RuleService> services = new ArrayList<>();
        Arrays.stream(references).sorted(Comparator.reverseOrder()).forEach(reference -> {
            Rule rule = tracker.getService(reference);
            if (rule != null) {
                Object pack = reference.getProperty(PACK_PROPERTY);
                services.add(new RuleService(rule,
                        pack instanceof String named ? named : reference.getBundle().getSymbolicName()));
            }
        });
        return services;
    }
}
