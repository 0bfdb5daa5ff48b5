package org.casenotes.template.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.BandFormula;
import org.casenotes.template.ast.Calculation;
import org.casenotes.template.ast.CodeFormula;
import org.casenotes.template.ast.CodeRow;
import org.casenotes.template.ast.DurationFormula;
import org.casenotes.template.ast.Option;
import org.casenotes.template.ast.Range;
import org.casenotes.template.ast.ValueRef;
import org.casenotes.template.structure.ExpressionTypes;
import org.casenotes.template.structure.ValueType;
import org.casenotes.template.structure.ValueType.Kind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/** Calculated values: bands, durations, CPT suggestions, and calculations that depend on themselves. */
public class CalculationValidator extends NoteTemplateCheck {

    @Check
    public void checkBand(BandFormula band) {
        requireNumber(band.getSubject(), band, AstPackage.Literals.BAND_FORMULA__SUBJECT, "A band");
        List<Labelled> ranges = new ArrayList<>();
        for (Option option : band.getBands()) {
            ranges.add(new Labelled(option.getRange(), "'" + option.getName() + "'", option));
        }
        reportOverlaps(ranges, "Bands");
    }

    @Check
    public void checkCodes(CodeFormula code) {
        requireNumber(code.getMinutes(), code, AstPackage.Literals.CODE_FORMULA__MINUTES, "A CPT suggestion");
        List<Labelled> ranges = new ArrayList<>();
        for (CodeRow row : code.getRows()) {
            ranges.add(new Labelled(row.getRange(), "'" + row.getCode() + "'", row));
        }
        reportOverlaps(ranges, "Codes");
    }

    @Check
    public void checkDuration(DurationFormula duration) {
        requireClock(duration.getStart(), duration, AstPackage.Literals.DURATION_FORMULA__START);
        requireClock(duration.getStop(), duration, AstPackage.Literals.DURATION_FORMULA__STOP);
    }

    @Check
    public void checkNotSelfDependent(Calculation calculation) {
        List<String> path = new ArrayList<>();
        if (dependsOn(calculation, calculation, new LinkedHashSet<>(), path)) {
            error("'" + calculation.getName() + "' depends on itself (" + calculation.getName() + " → "
                    + String.join(" → ", path) + "). Calculate it from answered fields instead.", calculation,
                    AstPackage.Literals.CALCULATION__NAME, IssueCodes.CYCLIC_CALCULATION);
        }
    }

    private static boolean dependsOn(Calculation from, Calculation target, Set<Calculation> seen, List<String> path) {
        if (!seen.add(from)) {
            return false;
        }
        for (ValueRef ref : EcoreUtil2.getAllContentsOfType(from, ValueRef.class)) {
            if (ExpressionTypes.referenced(ref) instanceof Calculation used) {
                path.add(used.getName());
                if (used == target || dependsOn(used, target, seen, path)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    private void requireNumber(org.casenotes.template.ast.Expression expression, EObject owner,
            EStructuralFeature feature, String what) {
        if (expression == null) {
            return;
        }
        ValueType type = ExpressionTypes.of(expression);
        if (!type.isNumeric()) {
            error(what + " needs a number, but '" + ConditionValidator.text(expression) + "' is " + type.describe()
                    + ".", owner, feature, IssueCodes.TYPE_MISMATCH);
        }
    }

    private void requireClock(ValueRef ref, EObject owner, EStructuralFeature feature) {
        if (ref == null) {
            return;
        }
        ValueType type = ExpressionTypes.of(ref);
        if (type.kind() != Kind.TIME && type.kind() != Kind.DATETIME && !type.isUnknown()) {
            error("A duration is measured between two times, but '" + ConditionValidator.text(ref) + "' is "
                    + type.describe() + ".", owner, feature, IssueCodes.TYPE_MISMATCH);
        }
    }

    private record Labelled(Range range, String label, EObject owner) {
    }

    private void reportOverlaps(List<Labelled> ranges, String what) {
        List<Labelled> sorted = new ArrayList<>();
        for (Labelled labelled : ranges) {
            if (labelled.range() != null && labelled.range().getMin() != null) {
                sorted.add(labelled);
            }
        }
        sorted.sort(Comparator.comparing(l -> l.range().getMin()));
        for (int i = 1; i < sorted.size(); i++) {
            Labelled previous = sorted.get(i - 1);
            Labelled current = sorted.get(i);
            BigDecimal previousMax = previous.range().getMax();
            if (previousMax == null || previousMax.compareTo(current.range().getMin()) >= 0) {
                error(what + " " + previous.label() + " and " + current.label() + " overlap"
                        + (previousMax == null ? "" : " at " + current.range().getMin().toPlainString())
                        + "; each value must fall in one range only.", current.owner(),
                        current.owner().eClass().getEStructuralFeature("range"), IssueCodes.OVERLAPPING_RANGES);
            }
        }
    }
}
