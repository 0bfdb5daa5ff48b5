package org.casenotes.template.compiler;

import org.casenotes.model.form.CalculatedValue;
import org.casenotes.model.form.Condition;
import org.casenotes.model.form.CptBand;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.template.ast.And;
import org.casenotes.template.ast.AnsweredTest;
import org.casenotes.template.ast.BandFormula;
import org.casenotes.template.ast.BooleanLiteral;
import org.casenotes.template.ast.Calculation;
import org.casenotes.template.ast.CodeFormula;
import org.casenotes.template.ast.CodeRow;
import org.casenotes.template.ast.Comparison;
import org.casenotes.template.ast.DurationFormula;
import org.casenotes.template.ast.Expression;
import org.casenotes.template.ast.Field;
import org.casenotes.template.ast.Formula;
import org.casenotes.template.ast.InstrumentUse;
import org.casenotes.template.ast.Item;
import org.casenotes.template.ast.Membership;
import org.casenotes.template.ast.Not;
import org.casenotes.template.ast.NumberLiteral;
import org.casenotes.template.ast.Option;
import org.casenotes.template.ast.Or;
import org.casenotes.template.ast.Sum;
import org.casenotes.template.ast.Symbol;
import org.casenotes.template.ast.TextLiteral;
import org.casenotes.template.ast.ValueRef;
import org.casenotes.template.structure.ExpressionTypes;

/**
 * Compiles conditions and calculations. References become pointers to the form's own elements (by id), to items of
 * an embedded instrument block, or to the block's total.
 */
final class ExpressionCompiler {

    private static final FormFactory FORM = FormFactory.eINSTANCE;

    /** The psychotherapy time bands used when a {@code cpt for} formula lists no codes of its own. */
    private static final Object[][] PSYCHOTHERAPY_CODES = { { "90832", 16, 37 }, { "90834", 38, 52 },
            { "90837", 53, null } };

    private final CompilationContext context;

    ExpressionCompiler(CompilationContext context) {
        this.context = context;
    }

    Condition condition(Expression expression) {
        if (expression instanceof Or or) {
            var result = FORM.createOrCondition();
            result.getOperands().add(condition(or.getLeft()));
            result.getOperands().add(condition(or.getRight()));
            return result;
        }
        if (expression instanceof And and) {
            var result = FORM.createAndCondition();
            result.getOperands().add(condition(and.getLeft()));
            result.getOperands().add(condition(and.getRight()));
            return result;
        }
        if (expression instanceof Not not) {
            return negate(condition(not.getOperand()));
        }
        if (expression instanceof Comparison comparison) {
            var result = FORM.createComparison();
            result.setLeft(value(comparison.getLeft(), null));
            result.setOperator(org.casenotes.model.form.ComparisonOperator.get(comparison.getOp().getLiteral()));
            result.setRight(value(comparison.getRight(), null));
            return result;
        }
        if (expression instanceof Membership membership) {
            var result = FORM.createMembership();
            result.setSubject(value(membership.getSubject(), null));
            for (Option option : membership.getValues()) {
                result.getOptionIds().add(option.getName());
            }
            return membership.isNegated() ? negate(result) : result;
        }
        if (expression instanceof AnsweredTest answered) {
            var result = FORM.createAnswered();
            result.setSubject(value(answered.getSubject(), null));
            return answered.isNegated() ? negate(result) : result;
        }
        // a yes/no value used as a condition: "required when underSupervision"
        var result = FORM.createComparison();
        result.setLeft(value(expression, null));
        result.setOperator(org.casenotes.model.form.ComparisonOperator.EQUAL);
        var yes = FORM.createBooleanLiteral();
        yes.setValue(true);
        result.setRight(yes);
        return result;
    }

    private static Condition negate(Condition condition) {
        var not = FORM.createNotCondition();
        not.setOperand(condition);
        return not;
    }

    /** Compiles the formula of a calculated value declared in the template. */
    org.casenotes.model.form.Calculation calculation(Calculation calculation) {
        return formula(calculation.getFormula(), null);
    }

    private org.casenotes.model.form.Calculation formula(Formula formula, InstrumentBlock block) {
        if (formula instanceof Sum sum) {
            var result = FORM.createSum();
            for (Expression term : sum.getTerms()) {
                result.getTerms().add(value(term, block));
            }
            return result;
        }
        if (formula instanceof BandFormula band) {
            var result = FORM.createBandLookup();
            result.setSource(value(band.getSubject(), block));
            result.getBands().addAll(InstrumentCatalog.bands(band.getBands()));
            return result;
        }
        if (formula instanceof DurationFormula duration) {
            var result = FORM.createDurationMinutes();
            result.setStart(context.element(ExpressionTypes.referenced(duration.getStart()) instanceof Field f
                    ? f.getName() : "", org.casenotes.model.form.Field.class));
            result.setStop(context.element(ExpressionTypes.referenced(duration.getStop()) instanceof Field f
                    ? f.getName() : "", org.casenotes.model.form.Field.class));
            return result;
        }
        if (formula instanceof CodeFormula code) {
            var result = FORM.createCptSuggestion();
            result.setMinutes(value(code.getMinutes(), block));
            if (code.getRows().isEmpty()) {
                for (Object[] row : PSYCHOTHERAPY_CODES) {
                    result.getBands().add(cptBand((String) row[0], (Integer) row[1], (Integer) row[2]));
                }
            }
            for (CodeRow row : code.getRows()) {
                Integer max = row.getRange().getMax() == null ? null : row.getRange().getMax().intValue();
                result.getBands().add(cptBand(row.getCode(), row.getRange().getMin().intValue(), max));
            }
            return result;
        }
        throw new IllegalStateException("Unknown formula " + formula);
    }

    private static CptBand cptBand(String code, int min, Integer max) {
        CptBand band = FORM.createCptBand();
        band.setCode(code);
        band.setMinMinutes(min);
        band.setMaxMinutes(max);
        return band;
    }

    private org.casenotes.model.form.Expression value(Expression expression, InstrumentBlock block) {
        if (expression instanceof NumberLiteral number) {
            var result = FORM.createNumberLiteral();
            result.setValue(number.getValue());
            return result;
        }
        if (expression instanceof TextLiteral text) {
            var result = FORM.createTextLiteral();
            result.setValue(text.getValue());
            return result;
        }
        if (expression instanceof BooleanLiteral bool) {
            var result = FORM.createBooleanLiteral();
            result.setValue(bool.isValue());
            return result;
        }
        if (expression instanceof Sum sum) {
            return formula(sum, block);
        }
        if (expression instanceof ValueRef ref) {
            return reference(ref, block);
        }
        throw new IllegalStateException("A condition cannot be used as a value: " + expression);
    }

    private org.casenotes.model.form.Expression reference(ValueRef ref, InstrumentBlock block) {
        Symbol target = ref.getTarget();
        if (target instanceof InstrumentUse use) {
            InstrumentBlock used = context.element(use.getName(), InstrumentBlock.class);
            return instrumentPart(ref.getMember(), used);
        }
        if (block != null && (target instanceof Item || target instanceof Calculation)) {
            return instrumentPart(target, block);
        }
        if (target instanceof Option option) {
            var result = FORM.createOptionLiteral();
            result.setOptionId(option.getName());
            return result;
        }
        var result = FORM.createElementValue();
        if (target instanceof Field field) {
            result.setElement(context.element(field.getName(), org.casenotes.model.form.Field.class));
        } else if (target instanceof Calculation calculation) {
            result.setElement(context.element(calculation.getName(), CalculatedValue.class));
        } else {
            throw new IllegalStateException("Unresolved reference in a validated template: " + target);
        }
        return result;
    }

    private org.casenotes.model.form.Expression instrumentPart(Symbol member, InstrumentBlock block) {
        if (member instanceof Item item) {
            var result = FORM.createInstrumentItemValue();
            result.setBlock(block);
            result.setItem(block.getInstrument().getItems().stream().filter(i -> i.getId().equals(item.getName()))
                    .findFirst().orElseThrow());
            return result;
        }
        if (member instanceof Calculation calculation) {
            if (InstrumentCatalog.isTotal(calculation)) {
                var result = FORM.createInstrumentTotal();
                result.setBlock(block);
                return result;
            }
            return formula(calculation.getFormula(), block);
        }
        throw new IllegalStateException("Not a part of an instrument: " + member);
    }
}
