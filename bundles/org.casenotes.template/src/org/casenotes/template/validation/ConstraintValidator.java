package org.casenotes.template.validation;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.Bound;
import org.casenotes.template.ast.Field;
import org.casenotes.template.ast.FieldFacet;
import org.casenotes.template.ast.Group;
import org.casenotes.template.ast.InstrumentUse;
import org.casenotes.template.ast.LengthLimit;
import org.casenotes.template.ast.LengthUnit;
import org.casenotes.template.ast.Pattern;
import org.casenotes.template.ast.Range;
import org.casenotes.template.ast.Requirement;
import org.casenotes.template.ast.TextType;
import org.casenotes.template.ast.Visibility;
import org.eclipse.xtext.validation.Check;

/** Field constraints: requiredness, visibility, length limits, patterns, ranges and group sizes. */
public class ConstraintValidator extends NoteTemplateCheck {

    @Check
    public void checkFacets(Field field) {
        Requirement requirement = null;
        Visibility visibility = null;
        Map<LengthUnit, LengthLimit> minimums = new EnumMap<>(LengthUnit.class);
        Map<LengthUnit, LengthLimit> maximums = new EnumMap<>(LengthUnit.class);
        boolean text = field.getType() instanceof TextType;
        for (FieldFacet facet : field.getFacets()) {
            if (facet instanceof Requirement r) {
                if (requirement != null) {
                    error("'" + field.getName() + "' already says whether it is required; keep one clause.", facet, null,
                            IssueCodes.DUPLICATE_FACET);
                }
                requirement = r;
            } else if (facet instanceof Visibility v) {
                if (visibility != null) {
                    error("'" + field.getName() + "' already has a 'shown when'; combine the conditions with 'and' or 'or'.",
                            facet, null, IssueCodes.DUPLICATE_FACET);
                }
                visibility = v;
            } else if (facet instanceof LengthLimit limit) {
                if (!text) {
                    error("Word and character limits apply to text fields only.", facet, null,
                            IssueCodes.FACET_NOT_APPLICABLE);
                }
                Map<LengthUnit, LengthLimit> bucket = limit.getBound() == Bound.MIN ? minimums : maximums;
                if (bucket.put(limit.getUnit(), limit) != null) {
                    error("There is already a '" + limit.getBound() + " ... " + limit.getUnit() + "' limit on this field.",
                            facet, null, IssueCodes.DUPLICATE_FACET);
                }
            } else if (facet instanceof Pattern pattern && !text) {
                error("Patterns apply to text fields only.", pattern, null, IssueCodes.FACET_NOT_APPLICABLE);
            }
        }
        for (Map.Entry<LengthUnit, LengthLimit> min : minimums.entrySet()) {
            LengthLimit max = maximums.get(min.getKey());
            if (max != null && min.getValue().getCount() > max.getCount()) {
                error("Empty range: at least " + min.getValue().getCount() + " and at most " + max.getCount() + " "
                        + min.getKey() + " can never both hold.", max, AstPackage.Literals.LENGTH_LIMIT__COUNT,
                        IssueCodes.EMPTY_RANGE);
            }
        }
    }

    @Check
    public void checkMaximumIsPositive(LengthLimit limit) {
        if (limit.getBound() == Bound.MAX && limit.getCount() == 0
                && !UnreadNumbers.at(limit, AstPackage.Literals.LENGTH_LIMIT__COUNT)) {
            error("A maximum of 0 " + limit.getUnit() + " leaves nothing to write.", limit,
                    AstPackage.Literals.LENGTH_LIMIT__COUNT, IssueCodes.EMPTY_RANGE);
        }
    }

    @Check
    public void checkPattern(Pattern pattern) {
        if (pattern.getRegex() == null) {
            return;
        }
        try {
            java.util.regex.Pattern.compile(pattern.getRegex());
        } catch (PatternSyntaxException e) {
            error("This pattern is not a valid regular expression: " + e.getDescription() + " (at character "
                    + (e.getIndex() + 1) + ").", pattern, AstPackage.Literals.PATTERN__REGEX, IssueCodes.INVALID_PATTERN);
        }
        if (pattern.getMessage() != null && pattern.getMessage().isBlank()) {
            error("Write a message that tells the clinician what to enter.", pattern,
                    AstPackage.Literals.PATTERN__MESSAGE, IssueCodes.INVALID_PATTERN);
        }
    }

    @Check
    public void checkRange(Range range) {
        if (range.getMin() != null && range.getMax() != null && range.getMin().compareTo(range.getMax()) > 0) {
            error("Empty range " + range.getMin().toPlainString() + ".." + range.getMax().toPlainString()
                    + ": the first number must not be larger than the second.", range, null, IssueCodes.EMPTY_RANGE);
        }
    }

    @Check
    public void checkInstrumentRequirement(InstrumentUse use) {
        for (Object facet : use.getFacets()) {
            if (facet instanceof Requirement requirement && requirement.getCondition() != null) {
                error("An instrument is either required or optional. To require it only sometimes, write 'required' "
                        + "with 'shown when': a hidden instrument is never required.", requirement,
                        AstPackage.Literals.REQUIREMENT__CONDITION, IssueCodes.FACET_NOT_APPLICABLE);
            }
        }
    }

    @Check
    public void checkGroupSize(Group group) {
        if (group.getMax() > 0 && group.getMin() > group.getMax()) {
            error("Empty range: a group cannot need at least " + group.getMin() + " rows and allow at most "
                    + group.getMax() + ".", group, AstPackage.Literals.GROUP__MAX, IssueCodes.EMPTY_RANGE);
        }
    }
}
