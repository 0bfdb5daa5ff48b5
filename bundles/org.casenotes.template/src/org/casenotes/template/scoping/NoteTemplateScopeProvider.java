package org.casenotes.template.scoping;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.Comparison;
import org.casenotes.template.ast.Component;
import org.casenotes.template.ast.Expression;
import org.casenotes.template.ast.Instrument;
import org.casenotes.template.ast.InstrumentUse;
import org.casenotes.template.ast.Membership;
import org.casenotes.template.ast.Section;
import org.casenotes.template.ast.Symbol;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.ValueRef;
import org.casenotes.template.structure.ExpressionTypes;
import org.casenotes.template.structure.Names;
import org.casenotes.template.structure.TemplateComponents;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MultimapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Names inside a template are local: a condition sees the fields, calculations and embedded instruments of its
 * flattened template (inherited and included ones too); {@code phq9.total} looks inside the embedded instrument;
 * answer options are visible where a choice is compared or tested for membership; {@code override}, {@code remove}
 * and {@code add to} see what the base template provides. Templates, shared sections, option sets and instruments
 * are found globally through the package and its imports.
 */
public class NoteTemplateScopeProvider extends AbstractNoteTemplateScopeProvider {

    @Inject
    private TemplateComponents components;

    @Inject
    private IResourceScopeCache cache;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference == AstPackage.Literals.VALUE_REF__TARGET) {
            return valueScope(context);
        }
        if (reference == AstPackage.Literals.VALUE_REF__MEMBER) {
            return context instanceof ValueRef ref ? instrumentMemberScope(ref) : IScope.NULLSCOPE;
        }
        if (reference == AstPackage.Literals.MEMBERSHIP__VALUES) {
            return context instanceof Membership membership ? optionScope(membership.getSubject(), IScope.NULLSCOPE)
                    : IScope.NULLSCOPE;
        }
        if (reference == AstPackage.Literals.OVERRIDING__TARGET || reference == AstPackage.Literals.REMOVAL__TARGET
                || reference == AstPackage.Literals.INSERTION__ANCHOR) {
            Template template = EcoreUtil2.getContainerOfType(context, Template.class);
            return template == null ? IScope.NULLSCOPE : scopeFor(components.reused(template), IScope.NULLSCOPE);
        }
        if (reference == AstPackage.Literals.ADDITION__TARGET) {
            Template template = EcoreUtil2.getContainerOfType(context, Template.class);
            if (template == null) {
                return IScope.NULLSCOPE;
            }
            List<Section> sections = new ArrayList<>();
            for (Component inherited : components.inherited(template)) {
                if (inherited instanceof Section section) {
                    sections.add(section);
                }
            }
            return scopeFor(sections, IScope.NULLSCOPE);
        }
        return super.getScope(context, reference);
    }

    private IScope valueScope(EObject context) {
        EObject owner = TemplateComponents.owner(context);
        if (owner == null) {
            return IScope.NULLSCOPE;
        }
        IScope symbols = cache.get(Tuples.pair("symbols", owner), owner.eResource(),
                () -> scopeFor(components.symbols(owner), IScope.NULLSCOPE));
        Expression comparedWith = comparedChoice(context);
        return comparedWith == null ? symbols : optionScope(comparedWith, symbols);
    }

    /** In {@code progress = setback} the right side may name an answer option of the left side. */
    private static Expression comparedChoice(EObject context) {
        if (context instanceof Comparison comparison) {
            return comparison.getLeft();
        }
        if (context instanceof ValueRef && context.eContainer() instanceof Comparison comparison
                && comparison.getRight() == context) {
            return comparison.getLeft();
        }
        return null;
    }

    private static IScope optionScope(Expression subject, IScope outer) {
        if (subject == null) {
            return outer;
        }
        var type = ExpressionTypes.of(subject);
        return type.isChoice() ? scopeFor(type.options(), outer) : outer;
    }

    private static IScope instrumentMemberScope(ValueRef ref) {
        Symbol target = ref.getTarget();
        if (target instanceof InstrumentUse use && use.getInstrument() != null && !use.getInstrument().eIsProxy()) {
            Instrument instrument = use.getInstrument();
            List<EObject> members = new ArrayList<>(instrument.getItems());
            members.addAll(instrument.getCalculations());
            return scopeFor(members, IScope.NULLSCOPE);
        }
        return IScope.NULLSCOPE;
    }

    private static IScope scopeFor(Iterable<? extends EObject> elements, IScope outer) {
        List<IEObjectDescription> descriptions = new ArrayList<>();
        for (EObject element : elements) {
            String name = Names.of(element);
            if (name != null) {
                descriptions.add(EObjectDescription.create(QualifiedName.create(name), element));
            }
        }
        return MultimapBasedScope.createScope(outer, descriptions, false);
    }
}
