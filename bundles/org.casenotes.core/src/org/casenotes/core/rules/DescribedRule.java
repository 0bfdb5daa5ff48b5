package org.casenotes.core.rules;

import java.util.Objects;

/**
 * A rule whose metadata (id, category, default severity, description, source) is fixed when it is made; subclasses
 * only say how they evaluate. Rule packs extend it so their rules describe themselves in one place.
 */
public abstract class DescribedRule implements Rule {

    private final String id;
    private final RuleCategory category;
    private final Severity severity;
    private final String description;
    private final SourceCitation source;

    protected DescribedRule(String id, RuleCategory category, Severity severity, String description,
            SourceCitation source) {
        this.id = Objects.requireNonNull(id, "id");
        this.category = Objects.requireNonNull(category, "category");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.description = Objects.requireNonNull(description, "description");
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final RuleCategory category() {
        return category;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final SourceCitation source() {
        return source;
    }
}
