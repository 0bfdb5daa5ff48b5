package org.casenotes.template.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casenotes.template.ast.Addition;
import org.casenotes.template.ast.Component;
import org.casenotes.template.ast.Group;
import org.casenotes.template.ast.Include;
import org.casenotes.template.ast.Instrument;
import org.casenotes.template.ast.Insertion;
import org.casenotes.template.ast.Member;
import org.casenotes.template.ast.Removal;
import org.casenotes.template.ast.Section;
import org.casenotes.template.ast.Symbol;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.TemplateMember;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The components (sections, groups, fields, calculations, embedded instruments, signatures) that a template shows
 * after inheritance, removals, additions and includes are applied. Scoping, validation and compilation all use
 * this one definition of "what is in a template".
 */
@Singleton
public final class TemplateComponents {

    private final IResourceScopeCache cache;

    @Inject
    public TemplateComponents(IResourceScopeCache cache) {
        this.cache = cache;
    }

    /** @return all components of the flattened template, inherited ones first, in document order. */
    public List<Component> of(Template template) {
        if (template.eResource() == null) {
            return compute(template);
        }
        return cache.get(Tuples.pair("components", template), template.eResource(), () -> compute(template));
    }

    /** @return the components the template inherits from its base (empty without a usable base). */
    public List<Component> inherited(Template template) {
        Template base = Inheritance.usableBase(template);
        return base == null ? List.of() : of(base);
    }

    /**
     * @return what {@code override} and {@code remove} can address: the inherited components and those that the
     *         template's includes bring in (everything the template uses but did not write itself)
     */
    public List<Component> reused(Template template) {
        List<Component> result = new ArrayList<>(inherited(template));
        for (TemplateMember member : template.getMembers()) {
            List<Member> members = member instanceof Addition addition ? addition.getMembers()
                    : member instanceof Insertion insertion ? insertion.getMembers()
                            : member instanceof Member own ? List.of(own) : List.of();
            for (Member own : members) {
                List<Component> collected = new ArrayList<>();
                collect(own, new HashSet<>(), collected);
                collected.stream().filter(c -> !EcoreUtil.isAncestor(template, c)).forEach(result::add);
            }
        }
        return result;
    }

    /** @return the components inside a shared section or group, includes expanded, the container excluded. */
    public List<Component> inside(EObject container) {
        List<Component> result = new ArrayList<>();
        for (EObject child : container.eContents()) {
            if (child instanceof Member member) {
                collect(member, new HashSet<>(), result);
            }
        }
        return result;
    }

    /** @return the symbols (names usable in conditions and formulas) visible inside {@code owner}. */
    public List<Symbol> symbols(EObject owner) {
        List<? extends EObject> candidates;
        if (owner instanceof Template template) {
            candidates = of(template);
        } else if (owner instanceof Instrument instrument) {
            List<EObject> list = new ArrayList<>(instrument.getItems());
            list.addAll(instrument.getCalculations());
            candidates = list;
        } else if (owner != null) {
            candidates = inside(owner);
        } else {
            candidates = List.of();
        }
        List<Symbol> symbols = new ArrayList<>();
        for (EObject candidate : candidates) {
            if (candidate instanceof Symbol symbol) {
                symbols.add(symbol);
            }
        }
        return symbols;
    }

    /** @return the element that owns the names visible at {@code context}: a template, instrument or shared section. */
    public static EObject owner(EObject context) {
        EObject current = context;
        EObject topSection = null;
        while (current != null) {
            if (current instanceof Template || current instanceof Instrument) {
                return current;
            }
            if (current instanceof Section section && section.eContainer() instanceof org.casenotes.template.ast.TemplateFile) {
                topSection = section;
            }
            current = current.eContainer();
        }
        return topSection;
    }

    private List<Component> compute(Template template) {
        List<Component> result = new ArrayList<>();
        Template base = Inheritance.usableBase(template);
        if (base != null) {
            Set<EObject> removed = removedBy(template);
            for (Component inherited : of(base)) {
                if (!removed.contains(inherited)) {
                    result.add(inherited);
                }
            }
        }
        for (TemplateMember member : template.getMembers()) {
            if (member instanceof Member own) {
                collect(own, new HashSet<>(), result);
            } else if (member instanceof Addition addition) {
                for (Member added : addition.getMembers()) {
                    collect(added, new HashSet<>(), result);
                }
            } else if (member instanceof Insertion insertion) {
                for (Member inserted : insertion.getMembers()) {
                    collect(inserted, new HashSet<>(), result);
                }
            }
        }
        return Collections.unmodifiableList(result);
    }

    private static Set<EObject> removedBy(Template template) {
        Set<EObject> removed = new HashSet<>();
        for (TemplateMember member : template.getMembers()) {
            if (member instanceof Removal removal && removal.getTarget() != null && !removal.getTarget().eIsProxy()) {
                EObject target = removal.getTarget();
                removed.add(target);
                if (target instanceof Section || target instanceof Group) {
                    List<Component> nested = new ArrayList<>();
                    for (EObject child : target.eContents()) {
                        if (child instanceof Member m) {
                            collect(m, new HashSet<>(), nested);
                        }
                    }
                    removed.addAll(nested);
                }
            }
        }
        return removed;
    }

    private static void collect(Member member, Set<Section> including, List<Component> sink) {
        if (member instanceof Include include) {
            Section section = include.getSection();
            if (section != null && !section.eIsProxy() && including.add(section)) {
                collect(section, including, sink);
                including.remove(section);
            }
            return;
        }
        if (member instanceof Component component) {
            sink.add(component);
        }
        if (member instanceof Section || member instanceof Group) {
            for (EObject child : member.eContents()) {
                if (child instanceof Member nested) {
                    collect(nested, including, sink);
                }
            }
        }
    }
}
