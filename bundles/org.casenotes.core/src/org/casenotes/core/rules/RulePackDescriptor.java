package org.casenotes.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * Metadata of a rule pack contributed through {@code org.casenotes.core.rulePacks}: a named group of
 * rules (e.g. a state's Medicaid rules) that an agency can review and switch on or off as a whole.
 *
 * @param id unique id, e.g. {@code org.casenotes.core.language}
 * @param name display name
 * @param description what the pack checks and for whom
 * @param ruleIds ids of the rules in the pack
 */
public record RulePackDescriptor(String id, String name, String description, List<String> ruleIds) {

    public RulePackDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        ruleIds = List.copyOf(ruleIds);
    }

    /** @return {@code settings} with every rule of this pack switched off */
    public RuleSettings disable(RuleSettings settings) {
        RuleSettings result = settings;
        for (String ruleId : ruleIds) {
            result = result.withDisabled(ruleId);
        }
        return result;
    }
}
