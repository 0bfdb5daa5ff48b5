package org.casenotes.template.ide.services;

import java.util.List;

/**
 * One element of a template file's outline: a template, a shared section, an option set or an instrument at the top,
 * and inside them their sections, groups, fields and other members.
 *
 * @param kind     what the element is, as the language writes it: {@code template}, {@code section}, {@code field} ...
 * @param name     its id ({@code include}, {@code insert before} and {@code add to} name what they refer to)
 * @param label    what clinicians see (a title or label), or empty
 * @param offset   where the element starts in the text
 * @param length   how long it is
 * @param children the elements inside it, in text order
 */
public record OutlineNode(String kind, String name, String label, int offset, int length, List<OutlineNode> children) {

    public OutlineNode {
        children = List.copyOf(children);
    }
}
