package org.casenotes.template.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.Component;
import org.casenotes.template.ast.Field;
import org.casenotes.template.ast.GuidanceFacet;
import org.casenotes.template.ast.Group;
import org.casenotes.template.ast.Hint;
import org.casenotes.template.ast.InstrumentUse;
import org.casenotes.template.ast.Overriding;
import org.casenotes.template.ast.OverrideFacet;
import org.casenotes.template.ast.Removal;
import org.casenotes.template.ast.Requirement;
import org.casenotes.template.ast.Section;
import org.casenotes.template.ast.Symbol;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.TemplateMember;
import org.casenotes.template.ast.ValueRef;
import org.casenotes.template.ast.Visibility;
import org.casenotes.template.structure.ExpressionTypes;
import org.casenotes.template.structure.Inheritance;
import org.casenotes.template.structure.Names;
import org.casenotes.template.structure.TemplateComponents;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/** {@code extends}, {@code override}, {@code remove}. */
public class InheritanceValidator extends NoteTemplateCheck {

    @Inject
    private TemplateComponents components;

    @Check
    public void checkAcyclicExtends(Template template) {
        if (Inheritance.isCyclic(template)) {
            List<Template> chain = Inheritance.chain(template);
            String path = chain.stream().map(Template::getName).collect(Collectors.joining(" → "));
            error("'" + template.getName() + "' extends itself: " + path + " → " + template.getName()
                    + ". Break the cycle by extending a different template.", template,
                    AstPackage.Literals.TEMPLATE__BASE, IssueCodes.CYCLIC_EXTENDS);
        }
    }

    @Check
    public void checkOverrideFacets(Overriding overriding) {
        Component target = overriding.getTarget();
        if (target == null || target.eIsProxy()) {
            return;
        }
        boolean container = target instanceof Section || target instanceof Group;
        for (OverrideFacet facet : overriding.getFacets()) {
            if (facet instanceof GuidanceFacet && !container) {
                error("Only sections and groups have guidance; for a field, override its 'hint'.", facet, null,
                        IssueCodes.FACET_NOT_APPLICABLE);
            } else if (facet instanceof Hint && !(target instanceof Field)) {
                error("Only fields have hints; for a section or group, override its 'guidance'.", facet, null,
                        IssueCodes.FACET_NOT_APPLICABLE);
            } else if (facet instanceof Requirement
                    && !(target instanceof Field || target instanceof InstrumentUse)) {
                error("Only fields and instruments can be made required or optional; a group's rows are set by 'min'.", facet, null,
                        IssueCodes.FACET_NOT_APPLICABLE);
            } else if (facet instanceof Visibility && !(container || target instanceof Field
                    || target instanceof InstrumentUse)) {
                error("Only sections, groups, fields and instruments can be shown conditionally.", facet, null,
                        IssueCodes.FACET_NOT_APPLICABLE);
            }
        }
        Template template = EcoreUtil2.getContainerOfType(overriding, Template.class);
        for (TemplateMember member : template.getMembers()) {
            if (member == overriding) {
                break;
            }
            if (member instanceof Overriding earlier && earlier.getTarget() == target) {
                warning("'" + Names.of(target) + "' is already overridden on line " + Lines.of(earlier)
                        + "; combine the two overrides.", overriding, AstPackage.Literals.OVERRIDING__TARGET,
                        IssueCodes.DUPLICATE_FACET);
                break;
            }
        }
    }

    @Check
    public void checkRemovalKeepsReferences(Removal removal) {
        Component target = removal.getTarget();
        Template template = EcoreUtil2.getContainerOfType(removal, Template.class);
        if (target == null || target.eIsProxy() || template == null) {
            return;
        }
        Set<EObject> removed = new HashSet<>();
        removed.add(target);
        target.eAllContents().forEachRemaining(removed::add);
        for (Component kept : components.of(template)) {
            for (ValueRef ref : EcoreUtil2.getAllContentsOfType(kept, ValueRef.class)) {
                Symbol used = ExpressionTypes.referenced(ref);
                Symbol head = ref.getTarget();
                if ((used != null && removed.contains(used)) || (head != null && removed.contains(head))) {
                    error("Cannot remove '" + Names.of(target) + "': '" + Names.of(kept)
                            + "' still uses it in a condition or formula. Override or remove '" + Names.of(kept)
                            + "' too.", removal, AstPackage.Literals.REMOVAL__TARGET,
                            IssueCodes.REMOVAL_BREAKS_REFERENCE);
                    return;
                }
            }
        }
    }
}
