package org.casenotes.template.linking;

import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.Comparison;
import org.casenotes.template.ast.Membership;
import org.casenotes.template.ast.Option;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.ValueRef;
import org.casenotes.template.structure.ExpressionTypes;
import org.casenotes.template.structure.Names;
import org.casenotes.template.structure.ValueType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Messages for names that do not resolve, phrased for a template designer rather than a programmer. */
public class DesignerLinkingMessages extends LinkingDiagnosticMessageProvider {

    /** Issue code of every unresolved name. */
    public static final String UNRESOLVED = "org.casenotes.template.unresolved";

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        String name;
        try {
            name = context.getLinkText();
        } catch (IllegalNodeException e) {
            name = e.getNode().getText();
        }
        return new DiagnosticMessage(message(context.getContext(), context.getReference(), name), Severity.ERROR,
                UNRESOLVED, name);
    }

    private static String message(EObject context, EReference reference, String name) {
        if (reference == AstPackage.Literals.TEMPLATE__BASE) {
            return "No template named '" + name + "'. Check the spelling and the imports at the top of the file.";
        }
        if (reference == AstPackage.Literals.INCLUDE__SECTION) {
            return "No shared section named '" + name + "'. Check the spelling and the imports at the top of the file.";
        }
        if (reference == AstPackage.Literals.INSTRUMENT_USE__INSTRUMENT) {
            return "No instrument named '" + name + "'. Check the spelling and the imports at the top of the file.";
        }
        if (reference == AstPackage.Literals.CHOICE_TYPE__OPTION_SET) {
            return "No option set named '" + name + "'. Check the spelling and the imports at the top of the file.";
        }
        if (reference == AstPackage.Literals.MEMBERSHIP__VALUES && context instanceof Membership membership) {
            return notAnOption(name, membership.getSubject() == null ? ValueType.UNKNOWN
                    : ExpressionTypes.of(membership.getSubject()), subjectName(membership.getSubject()));
        }
        if (reference == AstPackage.Literals.VALUE_REF__MEMBER && context instanceof ValueRef ref) {
            return "The instrument '" + Names.of(ref.getTarget()) + "' has no item or score named '" + name + "'.";
        }
        if (reference == AstPackage.Literals.VALUE_REF__TARGET) {
            if (context.eContainer() instanceof Comparison comparison && comparison.getRight() == context
                    && comparison.getLeft() != null) {
                ValueType left = ExpressionTypes.of(comparison.getLeft());
                if (left.isChoice()) {
                    return notAnOption(name, left, subjectName(comparison.getLeft()));
                }
            }
            return "Nothing named '" + name + "' here: no field, calculation or instrument of this template has that id.";
        }
        if (reference == AstPackage.Literals.OVERRIDING__TARGET || reference == AstPackage.Literals.REMOVAL__TARGET
                || reference == AstPackage.Literals.ADDITION__TARGET || reference == AstPackage.Literals.INSERTION__ANCHOR) {
            Template template = EcoreUtil2.getContainerOfType(context, Template.class);
            String what = reference == AstPackage.Literals.ADDITION__TARGET ? "section" : "section, field or group";
            String verb = reference == AstPackage.Literals.OVERRIDING__TARGET ? "override"
                    : reference == AstPackage.Literals.REMOVAL__TARGET ? "remove"
                            : reference == AstPackage.Literals.INSERTION__ANCHOR ? "insert before" : "add to";
            if (reference == AstPackage.Literals.ADDITION__TARGET && (template == null || template.getBase() == null)) {
                return "Cannot add to '" + name + "': this template does not extend a base template.";
            }
            String source = template == null || template.getBase() == null ? "the included sections"
                    : "the base template '" + Names.of(template.getBase()) + "' and the included sections";
            return "Cannot " + verb + " '" + name + "': " + source + " have no " + what
                    + " with that id. You can only " + verb + " what this template inherits or includes.";
        }
        return "Cannot find '" + name + "'.";
    }

    private static String subjectName(EObject subject) {
        if (subject instanceof ValueRef ref) {
            String target = Names.of(ref.getTarget());
            return ref.getMember() == null ? target : target + "." + Names.of(ref.getMember());
        }
        return "the value";
    }

    private static String notAnOption(String name, ValueType type, String subject) {
        if (!type.isChoice()) {
            return "'" + name + "' cannot be an answer of '" + subject + "', which is " + type.describe()
                    + ", not a choice.";
        }
        List<Option> options = type.options();
        return "'" + name + "' is not an answer option of '" + subject + "' (options: "
                + options.stream().map(Names::of).collect(Collectors.joining(", ")) + ").";
    }
}
