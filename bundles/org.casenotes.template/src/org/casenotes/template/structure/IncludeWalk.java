package org.casenotes.template.structure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.casenotes.template.ast.Include;
import org.casenotes.template.ast.Section;
import org.eclipse.emf.ecore.EObject;

/** Follows {@code include} statements transitively (sections may include sections from other files). */
final class IncludeWalk {

    private IncludeWalk() {
    }

    static boolean reaches(Section from, Section target) {
        Deque<Section> todo = new ArrayDeque<>();
        Set<Section> seen = new HashSet<>();
        todo.push(from);
        while (!todo.isEmpty()) {
            Section current = todo.pop();
            if (!seen.add(current)) {
                continue;
            }
            for (EObject content : (Iterable<EObject>) current::eAllContents) {
                if (content instanceof Include include) {
                    Section included = include.getSection();
                    if (included == null || included.eIsProxy()) {
                        continue;
                    }
                    if (included == target) {
                        return true;
                    }
                    todo.push(included);
                }
            }
        }
        return false;
    }
}
