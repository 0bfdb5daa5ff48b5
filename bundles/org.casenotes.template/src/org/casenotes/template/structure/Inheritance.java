package org.casenotes.template.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casenotes.template.ast.Section;
import org.casenotes.template.ast.Template;

/** Walks {@code extends} chains, resolving only global references, so it is safe to call while linking. */
public final class Inheritance {

    private Inheritance() {
    }

    /**
     * @return the template and its bases, nearest first, stopping before a template is visited twice.
     */
    public static List<Template> chain(Template template) {
        Set<Template> seen = new LinkedHashSet<>();
        Template current = template;
        while (current != null && !current.eIsProxy() && seen.add(current)) {
            current = current.getBase();
        }
        return new ArrayList<>(seen);
    }

    /** @return whether following {@code extends} from this template comes back to it. */
    public static boolean isCyclic(Template template) {
        Template current = template.getBase();
        Set<Template> seen = new LinkedHashSet<>();
        while (current != null && !current.eIsProxy() && seen.add(current)) {
            if (current == template) {
                return true;
            }
            current = current.getBase();
        }
        return false;
    }

    /** @return the usable base: {@code null} when absent, unresolved, or part of a cycle. */
    public static Template usableBase(Template template) {
        Template base = template.getBase();
        if (base == null || base.eIsProxy() || isCyclic(template)) {
            return null;
        }
        return base;
    }

    /** @return whether including {@code section} would (directly or through its own includes) include {@code start}. */
    public static boolean includesReach(Section section, Section start) {
        return IncludeWalk.reaches(section, start);
    }
}
