package org.casenotes.template.compiler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.LetterBody;
import org.casenotes.model.form.MergeInput;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.template.ast.Addition;
import org.casenotes.template.ast.GuidanceFacet;
import org.casenotes.template.ast.Hint;
import org.casenotes.template.ast.Insertion;
import org.casenotes.template.ast.LabelFacet;
import org.casenotes.template.ast.Member;
import org.casenotes.template.ast.OverrideFacet;
import org.casenotes.template.ast.Overriding;
import org.casenotes.template.ast.Removal;
import org.casenotes.template.ast.Requirement;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.TemplateMember;
import org.casenotes.template.ast.Visibility;
import org.casenotes.template.internal.TemplateWorkspace;
import org.casenotes.template.structure.Names;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;

import com.google.inject.Inject;

/**
 * Compiles a validated template into a {@link FormDefinition}: the base is compiled first, then this template's
 * removals, additions, own members and overrides are applied to a copy of it. Element ids are the template ids, so
 * they stay stable across versions and across templates that share a base. Compile only templates without errors.
 */
public final class FormCompiler {

    private static final FormFactory FORM = FormFactory.eINSTANCE;

    private static final Map<String, FormKind> KINDS = Map.of("progress", FormKind.PROGRESS, "intake", FormKind.INTAKE,
            "treatmentPlan", FormKind.TREATMENT_PLAN, "planReview", FormKind.PLAN_REVIEW, "discharge",
            FormKind.DISCHARGE, "contact", FormKind.CONTACT, "sessionSummary", FormKind.SESSION_SUMMARY, "letter",
            FormKind.LETTER, "psychotherapy", FormKind.PSYCHOTHERAPY);

    private final IQualifiedNameProvider names;
    private final Map<Template, FormDefinition> compiled = new HashMap<>();

    @Inject
    public FormCompiler(IQualifiedNameProvider names) {
        this.names = names;
    }

    /** @return a new, self-contained form definition for the template (bases are compiled once and copied). */
    public FormDefinition compile(Template template) {
        FormDefinition form = EcoreUtil.copy(compileCached(template));
        if (form.getKind() == FormKind.LETTER) {
            moveFieldsToLetterInputs(form);
        }
        return form;
    }

    private FormDefinition compileCached(Template template) {
        FormDefinition form = compiled.get(template);
        if (form == null) {
            form = build(template);
            compiled.put(template, form);
        }
        return form;
    }

    private FormDefinition build(Template template) {
        Template base = template.getBase();
        FormDefinition form = base == null ? FORM.createFormDefinition() : EcoreUtil.copy(compileCached(base));
        form.setId(names.getFullyQualifiedName(template).toString());
        form.setTitle(template.getTitle());
        form.setVersion(template.getVersion());
        form.setKind(KINDS.get(template.getKind()));
        if (template.getDescription() != null) {
            form.setDescription(template.getDescription());
        }
        form.getBaseChain().clear();
        if (base != null) {
            form.getBaseChain().add(names.getFullyQualifiedName(base).toString());
            form.getBaseChain().addAll(compileCached(base).getBaseChain());
        }
        form.setSourceUri(template.eResource() == null ? null : TemplateWorkspace.nameOf(template.eResource()));
        form.setRuleConfiguration(RuleConfigurations.merge(form.getRuleConfiguration(), template.getRules()));

        CompilationContext context = new CompilationContext(form);
        InstrumentCatalog instruments = new InstrumentCatalog(names);
        MemberCompiler members = new MemberCompiler(context, instruments, new FieldTypeCompiler(names));
        for (TemplateMember member : template.getMembers()) {
            if (member instanceof Removal removal) {
                EcoreUtil.remove(context.element(Names.of(removal.getTarget()), FormElement.class));
            }
        }
        context.reindex();
        for (TemplateMember member : template.getMembers()) {
            if (member instanceof Member own) {
                members.compile(own, form);
            } else if (member instanceof Addition addition) {
                var section = context.element(Names.of(addition.getTarget()), org.casenotes.model.form.Section.class);
                for (Member added : addition.getMembers()) {
                    members.compile(added, section);
                }
            } else if (member instanceof Insertion insertion) {
                insertBefore(context.element(Names.of(insertion.getAnchor()), FormElement.class), insertion, members);
            } else if (member instanceof org.casenotes.template.ast.LetterBody body) {
                LetterBody letter = FORM.createLetterBody();
                letter.setText(body.getText());
                form.setLetterBody(letter);
            }
        }
        members.resolveConditions();
        ExpressionCompiler expressions = new ExpressionCompiler(context);
        for (TemplateMember member : template.getMembers()) {
            if (member instanceof Overriding overriding) {
                apply(overriding, context.element(Names.of(overriding.getTarget()), FormElement.class), expressions);
            }
        }
        return form;
    }

    /** Compiles the inserted members into a holder, then moves them in front of the anchor, keeping their order. */
    private static void insertBefore(FormElement anchor, Insertion insertion, MemberCompiler members) {
        ElementContainer container = (ElementContainer) anchor.eContainer();
        org.casenotes.model.form.Section holder = FORM.createSection();
        for (Member inserted : insertion.getMembers()) {
            members.compile(inserted, holder);
        }
        container.getElements().addAll(container.getElements().indexOf(anchor), List.copyOf(holder.getElements()));
    }

    private static void apply(Overriding overriding, FormElement element, ExpressionCompiler expressions) {
        for (OverrideFacet facet : overriding.getFacets()) {
            if (facet instanceof LabelFacet label) {
                element.setLabel(label.getLabel());
            } else if (facet instanceof GuidanceFacet guidance) {
                if (element instanceof org.casenotes.model.form.Section section) {
                    section.setGuidance(guidance.getText());
                } else if (element instanceof RepeatableGroup group) {
                    group.setHint(guidance.getText());
                }
            } else if (facet instanceof Hint hint && element instanceof org.casenotes.model.form.Field field) {
                field.setHint(hint.getText());
            } else if (facet instanceof Requirement requirement) {
                if (element instanceof org.casenotes.model.form.Field field) {
                    field.setRequired(requirement.isRequired() && requirement.getCondition() == null);
                    field.setRequiredWhen(requirement.getCondition() == null ? null
                            : expressions.condition(requirement.getCondition()));
                } else if (element instanceof InstrumentBlock block) {
                    block.setRequired(requirement.isRequired());
                }
            } else if (facet instanceof Visibility visibility) {
                element.setShownWhen(expressions.condition(visibility.getCondition()));
            }
        }
    }

    /** A letter's fields are the inputs its writer supplies; they are merged into the body, not shown as a note. */
    private static void moveFieldsToLetterInputs(FormDefinition form) {
        LetterBody body = form.getLetterBody() == null ? FORM.createLetterBody() : form.getLetterBody();
        form.setLetterBody(body);
        for (org.casenotes.model.form.Field field : FormDefinitions.allFields(form)) {
            MergeInput input = FORM.createMergeInput();
            input.setId(field.getId());
            input.setLabel(field.getLabel());
            input.setType(EcoreUtil.copy(field.getType()));
            body.getInputs().add(input);
        }
        form.getElements().clear();
    }
}
