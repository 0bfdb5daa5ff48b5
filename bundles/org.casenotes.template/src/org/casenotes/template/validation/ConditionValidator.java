package org.casenotes.template.validation;

import org.casenotes.template.ast.And;
import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.Comparison;
import org.casenotes.template.ast.ComparisonOperator;
import org.casenotes.template.ast.Expression;
import org.casenotes.template.ast.InstrumentUse;
import org.casenotes.template.ast.Membership;
import org.casenotes.template.ast.Not;
import org.casenotes.template.ast.Or;
import org.casenotes.template.ast.Requirement;
import org.casenotes.template.ast.Sum;
import org.casenotes.template.ast.ValueRef;
import org.casenotes.template.ast.Visibility;
import org.casenotes.template.structure.ExpressionTypes;
import org.casenotes.template.structure.ValueType;
import org.casenotes.template.structure.ValueType.Kind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/** Types in conditions: comparisons, membership tests, and/or/not, and the values they use. */
public class ConditionValidator extends NoteTemplateCheck {

    @Check
    public void checkCondition(Requirement requirement) {
        expectCondition(requirement.getCondition(), requirement, AstPackage.Literals.REQUIREMENT__CONDITION);
    }

    @Check
    public void checkCondition(Visibility visibility) {
        expectCondition(visibility.getCondition(), visibility, AstPackage.Literals.VISIBILITY__CONDITION);
    }

    @Check
    public void checkLogic(Or or) {
        expectCondition(or.getLeft(), or, AstPackage.Literals.OR__LEFT);
        expectCondition(or.getRight(), or, AstPackage.Literals.OR__RIGHT);
    }

    @Check
    public void checkLogic(And and) {
        expectCondition(and.getLeft(), and, AstPackage.Literals.AND__LEFT);
        expectCondition(and.getRight(), and, AstPackage.Literals.AND__RIGHT);
    }

    @Check
    public void checkLogic(Not not) {
        expectCondition(not.getOperand(), not, AstPackage.Literals.NOT__OPERAND);
    }

    private void expectCondition(Expression condition, EObject owner, EStructuralFeature feature) {
        if (condition == null) {
            return;
        }
        ValueType type = ExpressionTypes.of(condition);
        if (type.kind() != Kind.BOOLEAN && !type.isUnknown() && type.kind() != Kind.INSTRUMENT) {
            error("'" + text(condition) + "' is " + type.describe() + ", not a condition. Compare it, e.g. '"
                    + text(condition) + (type.isChoice() ? " in [...]'" : " > 0'") + ", or test '" + text(condition)
                    + " is answered'.", owner, feature, IssueCodes.NOT_A_CONDITION);
        }
    }

    @Check
    public void checkComparison(Comparison comparison) {
        if (comparison.getLeft() == null || comparison.getRight() == null) {
            return;
        }
        ValueType left = ExpressionTypes.of(comparison.getLeft());
        ValueType right = ExpressionTypes.of(comparison.getRight());
        if (left.isUnknown() || right.isUnknown() || left.kind() == Kind.INSTRUMENT || right.kind() == Kind.INSTRUMENT) {
            return;
        }
        boolean equality = comparison.getOp() == ComparisonOperator.EQUAL
                || comparison.getOp() == ComparisonOperator.NOT_EQUAL;
        if (left.kind() == Kind.MULTI_CHOICE && right.kind() == Kind.OPTION) {
            error("'" + text(comparison.getLeft()) + "' allows several answers; test it with 'in [" + text(comparison.getRight())
                    + "]' instead of '" + comparison.getOp().getLiteral() + "'.", comparison,
                    AstPackage.Literals.COMPARISON__OP, IssueCodes.TYPE_MISMATCH);
            return;
        }
        if (left.kind() == Kind.CHOICE && right.kind() == Kind.OPTION) {
            if (!equality) {
                error("Answer options are not ordered; use '=', '!=' or 'in [...]'.", comparison,
                        AstPackage.Literals.COMPARISON__OP, IssueCodes.TYPE_MISMATCH);
            }
            return;
        }
        if (!equality && !(left.isOrdered() && right.isOrdered() && compatible(left, right))) {
            error("Cannot order " + left.describe() + " ('" + text(comparison.getLeft()) + "') and " + right.describe()
                    + " ('" + text(comparison.getRight()) + "') with '" + comparison.getOp().getLiteral() + "'.",
                    comparison, AstPackage.Literals.COMPARISON__OP, IssueCodes.TYPE_MISMATCH);
            return;
        }
        if (equality && !compatible(left, right)) {
            error("Cannot compare " + left.describe() + " ('" + text(comparison.getLeft()) + "') with "
                    + right.describe() + " ('" + text(comparison.getRight()) + "').", comparison,
                    AstPackage.Literals.COMPARISON__OP, IssueCodes.TYPE_MISMATCH);
        }
    }

    private static boolean compatible(ValueType left, ValueType right) {
        if (left.isNumeric() && right.isNumeric()) {
            return true;
        }
        return left.kind() == right.kind() && !left.isChoice();
    }

    @Check
    public void checkMembership(Membership membership) {
        if (membership.getSubject() == null) {
            return;
        }
        ValueType subject = ExpressionTypes.of(membership.getSubject());
        if (!subject.isChoice() && !subject.isUnknown()) {
            error("'in [...]' needs a choice, but '" + text(membership.getSubject()) + "' is " + subject.describe() + ".",
                    membership, AstPackage.Literals.MEMBERSHIP__SUBJECT, IssueCodes.TYPE_MISMATCH);
        }
    }

    @Check
    public void checkSum(Sum sum) {
        for (int i = 0; i < sum.getTerms().size(); i++) {
            expectNumber(sum.getTerms().get(i), sum, AstPackage.Literals.SUM__TERMS, i);
        }
    }

    private void expectNumber(Expression expression, EObject owner, EStructuralFeature feature, int index) {
        if (expression == null) {
            return;
        }
        ValueType type = ExpressionTypes.of(expression);
        if (!type.isNumeric() && type.kind() != Kind.INSTRUMENT) {
            String why = type.kind() == Kind.CHOICE ? " (give every option a 'score' to use it in sums)" : "";
            error("'" + text(expression) + "' is " + type.describe() + ", not a number" + why + ".", owner, feature,
                    index, IssueCodes.TYPE_MISMATCH);
        }
    }

    @Check
    public void checkInstrumentNeedsMember(ValueRef ref) {
        if (ref.getTarget() instanceof InstrumentUse use && ref.getMember() == null) {
            error("'" + use.getName() + "' is a whole instrument; name one of its items or scores, e.g. '"
                    + use.getName() + ".total'.", ref, AstPackage.Literals.VALUE_REF__TARGET,
                    IssueCodes.INSTRUMENT_WITHOUT_MEMBER);
        }
        if (ref.getMember() != null && ref.getTarget() != null && !ref.getTarget().eIsProxy()
                && !(ref.getTarget() instanceof InstrumentUse)) {
            error("Only embedded instruments have parts to name with '.'.", ref, AstPackage.Literals.VALUE_REF__MEMBER,
                    IssueCodes.TYPE_MISMATCH);
        }
    }

    static String text(EObject element) {
        var node = NodeModelUtils.findActualNodeFor(element);
        return node == null ? "?" : NodeModelUtils.getTokenText(node);
    }
}
