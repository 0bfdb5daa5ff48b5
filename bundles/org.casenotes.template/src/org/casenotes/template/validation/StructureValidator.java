package org.casenotes.template.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.BandFormula;
import org.casenotes.template.ast.ChoiceType;
import org.casenotes.template.ast.Component;
import org.casenotes.template.ast.Include;
import org.casenotes.template.ast.Instrument;
import org.casenotes.template.ast.Option;
import org.casenotes.template.ast.OptionSet;
import org.casenotes.template.ast.Section;
import org.casenotes.template.ast.Signature;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.TemplateFile;
import org.casenotes.template.ast.TopLevelElement;
import org.casenotes.template.structure.Inheritance;
import org.casenotes.template.structure.Names;
import org.casenotes.template.structure.TemplateComponents;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/** Template headers, unique ids, shared-section includes and signatures. */
public class StructureValidator extends NoteTemplateCheck {

    /** The note kinds a template can declare. */
    public static final List<String> KINDS = List.of("progress", "intake", "treatmentPlan", "planReview", "discharge",
            "contact", "sessionSummary", "letter", "psychotherapy");

    private static final Set<String> NEEDS_NO_SIGNATURE = Set.of("letter", "sessionSummary");

    @Inject
    private TemplateComponents components;

    @Check
    public void checkHeader(Template template) {
        if (template.getVersion() < 1 && !UnreadNumbers.at(template, AstPackage.Literals.TEMPLATE__VERSION)) {
            error("The version must be 1 or higher; raise it each time the template changes.", template,
                    AstPackage.Literals.TEMPLATE__VERSION, IssueCodes.INVALID_VERSION);
        }
        if (template.getKind() != null && !KINDS.contains(template.getKind())) {
            error("Unknown kind '" + template.getKind() + "'. Use one of: " + String.join(", ", KINDS) + ".", template,
                    AstPackage.Literals.TEMPLATE__KIND, IssueCodes.UNKNOWN_KIND);
        }
    }

    @Check
    public void checkUniqueComponentIds(Template template) {
        reportDuplicates(components.of(template), template);
    }

    @Check
    public void checkUniqueComponentIds(Section section) {
        if (section.eContainer() instanceof TemplateFile) {
            reportDuplicates(components.inside(section), section);
        }
    }

    private void reportDuplicates(List<Component> all, EObject owner) {
        Map<String, Component> first = new HashMap<>();
        for (Component component : all) {
            String name = Names.of(component);
            if (name == null) {
                continue;
            }
            Component earlier = first.putIfAbsent(name, component);
            if (earlier == null || earlier == component) {
                continue;
            }
            String message = "Duplicate id '" + name + "': " + describe(earlier, owner)
                    + " already uses it. Ids must be unique in the whole template, inherited and included parts too.";
            if (EcoreUtil.isAncestor(owner, component)) {
                error(message, component, nameFeature(component), IssueCodes.DUPLICATE_ID);
            } else if (EcoreUtil.isAncestor(owner, earlier)) {
                error("Duplicate id '" + name + "': " + describe(component, owner)
                        + " also uses it. Ids must be unique in the whole template, inherited and included parts too.",
                        earlier, nameFeature(earlier), IssueCodes.DUPLICATE_ID);
            } else if (owner instanceof Template template) {
                error(message, template, AstPackage.Literals.TOP_LEVEL_ELEMENT__NAME, IssueCodes.DUPLICATE_ID);
            }
        }
    }

    private static String describe(Component component, EObject owner) {
        String kind = component.eClass().getName().toLowerCase();
        if (EcoreUtil.isAncestor(owner, component)) {
            return "the " + kind + " on line " + Lines.of(component);
        }
        TopLevelElement source = topLevel(component);
        return "the " + kind + " from '" + Names.of(source) + "'";
    }

    private static TopLevelElement topLevel(EObject element) {
        EObject current = element;
        while (current != null && !(current.eContainer() instanceof TemplateFile)) {
            current = current.eContainer();
        }
        return (TopLevelElement) current;
    }

    static EStructuralFeature nameFeature(EObject element) {
        return element.eClass().getEStructuralFeature("name");
    }

    @Check
    public void checkUniqueTopLevelNames(TemplateFile file) {
        Map<String, TopLevelElement> seen = new HashMap<>();
        for (TopLevelElement element : file.getElements()) {
            if (element.getName() != null && seen.putIfAbsent(element.getName(), element) != null) {
                error("Duplicate name '" + element.getName() + "': this file already declares it on line "
                        + Lines.of(seen.get(element.getName())) + ".", element,
                        AstPackage.Literals.TOP_LEVEL_ELEMENT__NAME, IssueCodes.DUPLICATE_ID);
            }
        }
    }

    @Check
    public void checkUniqueAcrossFiles(TemplateFile file) {
        if (file.eResource() == null || file.eResource().getResourceSet() == null) {
            return;
        }
        for (Resource other : file.eResource().getResourceSet().getResources()) {
            if (other == file.eResource() || other.getContents().isEmpty()
                    || !(other.getContents().get(0) instanceof TemplateFile otherFile)
                    || !Objects.equals(file.getName(), otherFile.getName())) {
                continue;
            }
            for (TopLevelElement element : file.getElements()) {
                for (TopLevelElement clash : otherFile.getElements()) {
                    if (element.getName() != null && element.getName().equals(clash.getName())) {
                        error("'" + element.getName() + "' is also declared in " + other.getURI().lastSegment()
                                + " in the same package; names must be unique in a package.", element,
                                AstPackage.Literals.TOP_LEVEL_ELEMENT__NAME, IssueCodes.DUPLICATE_ID);
                    }
                }
            }
        }
    }

    @Check
    public void checkUniqueOptions(ChoiceType choice) {
        reportDuplicateOptions(choice.getOptions(), "answer option");
    }

    @Check
    public void checkUniqueOptions(OptionSet set) {
        reportDuplicateOptions(set.getOptions(), "answer option");
    }

    @Check
    public void checkUniqueOptions(BandFormula band) {
        reportDuplicateOptions(band.getBands(), "band");
    }

    @Check
    public void checkInstrumentIds(Instrument instrument) {
        reportDuplicateOptions(instrument.getScale(), "answer");
        Map<String, EObject> seen = new HashMap<>();
        List<EObject> named = new java.util.ArrayList<>(instrument.getItems());
        named.addAll(instrument.getCalculations());
        for (EObject element : named) {
            String name = Names.of(element);
            if (name != null && seen.putIfAbsent(name, element) != null) {
                error("Duplicate id '" + name + "' in instrument '" + instrument.getName() + "'.", element,
                        nameFeature(element), IssueCodes.DUPLICATE_ID);
            }
        }
    }

    private void reportDuplicateOptions(List<Option> options, String what) {
        Map<String, Option> seen = new HashMap<>();
        for (Option option : options) {
            if (option.getName() != null && seen.putIfAbsent(option.getName(), option) != null) {
                error("Duplicate " + what + " id '" + option.getName() + "'.", option, AstPackage.Literals.OPTION__NAME,
                        IssueCodes.DUPLICATE_ID);
            }
        }
    }

    @Check
    public void checkInclude(Include include) {
        Section included = include.getSection();
        if (included == null || included.eIsProxy()) {
            return;
        }
        if (!(included.eContainer() instanceof TemplateFile)) {
            error("Only sections declared at the top level of a file can be included; '" + included.getName()
                    + "' belongs to '" + Names.of(topLevel(included)) + "'.", include,
                    AstPackage.Literals.INCLUDE__SECTION, IssueCodes.INCLUDE_NOT_SHARED);
            return;
        }
        Section enclosing = enclosingSharedSection(include);
        if (enclosing != null && (included == enclosing || Inheritance.includesReach(included, enclosing))) {
            error("Including '" + included.getName() + "' here would put the section '" + enclosing.getName()
                    + "' inside itself.", include, AstPackage.Literals.INCLUDE__SECTION, IssueCodes.CYCLIC_INCLUDE);
        }
    }

    private static Section enclosingSharedSection(EObject element) {
        TopLevelElement top = topLevel(element);
        return top instanceof Section section ? section : null;
    }

    @Check
    public void checkSignature(Template template) {
        if (template.isAbstract() || template.getKind() == null || NEEDS_NO_SIGNATURE.contains(template.getKind())) {
            return;
        }
        long signatures = components.of(template).stream().filter(Signature.class::isInstance).count();
        if (signatures == 0) {
            warning("This note has no signature block, so it cannot be signed. Add 'signature signature \"Signature\"'.",
                    template, AstPackage.Literals.TOP_LEVEL_ELEMENT__NAME, IssueCodes.MISSING_SIGNATURE);
        }
    }
}
