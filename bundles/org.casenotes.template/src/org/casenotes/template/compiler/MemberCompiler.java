package org.casenotes.template.compiler;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.SignatureBlock;
import org.casenotes.template.ast.Calculation;
import org.casenotes.template.ast.ClientWords;
import org.casenotes.template.ast.Field;
import org.casenotes.template.ast.FieldFacet;
import org.casenotes.template.ast.Group;
import org.casenotes.template.ast.Hint;
import org.casenotes.template.ast.Include;
import org.casenotes.template.ast.InstrumentUse;
import org.casenotes.template.ast.Member;
import org.casenotes.template.ast.Requirement;
import org.casenotes.template.ast.Section;
import org.casenotes.template.ast.Signature;
import org.casenotes.template.ast.Visibility;
import org.eclipse.emf.ecore.EObject;

/** Compiles members into containers; conditions are compiled once every element exists. */
final class MemberCompiler {

    private static final FormFactory FORM = FormFactory.eINSTANCE;

    private final CompilationContext context;
    private final InstrumentCatalog instruments;
    private final FieldTypeCompiler types;
    private final List<Runnable> pendingConditions = new ArrayList<>();

    MemberCompiler(CompilationContext context, InstrumentCatalog instruments, FieldTypeCompiler types) {
        this.context = context;
        this.instruments = instruments;
        this.types = types;
    }

    void resolveConditions() {
        pendingConditions.forEach(Runnable::run);
        pendingConditions.clear();
    }

    void compile(Member member, ElementContainer container) {
        if (member instanceof Include include) {
            compile(include.getSection(), container);
            return;
        }
        FormElement element = element(member);
        container.getElements().add(element);
        context.register(element);
        if (element instanceof ElementContainer nested) {
            for (EObject child : member.eContents()) {
                if (child instanceof Member childMember) {
                    compile(childMember, nested);
                }
            }
        }
    }

    private FormElement element(Member member) {
        ExpressionCompiler expressions = new ExpressionCompiler(context);
        if (member instanceof Section section) {
            var result = FORM.createSection();
            named(result, section.getName(), section.getLabel());
            result.setGuidance(section.getGuidance());
            visibility(result, section.getVisibility(), expressions);
            return result;
        }
        if (member instanceof Group group) {
            RepeatableGroup result = FORM.createRepeatableGroup();
            named(result, group.getName(), group.getLabel());
            result.setHint(group.getGuidance());
            result.setMinRows(group.getMin());
            result.setMaxRows(group.getMax() == 0 ? -1 : group.getMax());
            visibility(result, group.getVisibility(), expressions);
            return result;
        }
        if (member instanceof Field field) {
            return field(field, expressions);
        }
        if (member instanceof Calculation calculation) {
            var result = FORM.createCalculatedValue();
            named(result, calculation.getName(), calculation.getLabel());
            pendingConditions.add(() -> result.setCalculation(expressions.calculation(calculation)));
            return result;
        }
        if (member instanceof InstrumentUse use) {
            InstrumentBlock result = FORM.createInstrumentBlock();
            var instrument = instruments.copyInto(context.form(), use.getInstrument());
            named(result, use.getName(), instrument.getTitle());
            result.setInstrument(instrument);
            for (EObject facet : use.getFacets()) {
                if (facet instanceof Requirement requirement) {
                    result.setRequired(requirement.isRequired());
                } else if (facet instanceof Visibility visibility) {
                    visibility(result, visibility, expressions);
                }
            }
            return result;
        }
        if (member instanceof Signature signature) {
            SignatureBlock result = FORM.createSignatureBlock();
            named(result, signature.getName(), signature.getLabel());
            result.setAttestation(signature.getAttestation());
            result.setCredentialsRequired(signature.isCredentials());
            Requirement cosign = signature.getCosignature();
            if (cosign != null && cosign.isRequired()) {
                if (cosign.getCondition() == null) {
                    result.setCosignatureRequired(true);
                } else {
                    pendingConditions.add(() -> result.setCosignatureWhen(expressions.condition(cosign.getCondition())));
                }
            }
            return result;
        }
        throw new IllegalStateException("Unknown member " + member);
    }

    private FormElement field(Field field, ExpressionCompiler expressions) {
        var result = FORM.createField();
        named(result, field.getName(), field.getLabel());
        result.setType(types.compile(field.getType(), field.getFacets()));
        for (FieldFacet facet : field.getFacets()) {
            if (facet instanceof Requirement requirement) {
                result.setRequired(requirement.isRequired() && requirement.getCondition() == null);
                if (requirement.getCondition() != null) {
                    pendingConditions.add(() -> result.setRequiredWhen(expressions.condition(requirement.getCondition())));
                }
            } else if (facet instanceof Visibility visibility) {
                visibility(result, visibility, expressions);
            } else if (facet instanceof Hint hint) {
                result.setHint(hint.getText());
            } else if (facet instanceof ClientWords) {
                result.setClientWords(true);
            }
        }
        return result;
    }

    private void visibility(FormElement element, Visibility visibility, ExpressionCompiler expressions) {
        if (visibility != null) {
            pendingConditions.add(() -> element.setShownWhen(expressions.condition(visibility.getCondition())));
        }
    }

    private static void named(FormElement element, String id, String label) {
        element.setId(id);
        element.setLabel(label);
    }
}
