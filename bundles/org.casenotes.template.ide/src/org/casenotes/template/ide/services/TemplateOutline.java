package org.casenotes.template.ide.services;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.ast.Addition;
import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.Calculation;
import org.casenotes.template.ast.Field;
import org.casenotes.template.ast.Group;
import org.casenotes.template.ast.Include;
import org.casenotes.template.ast.Insertion;
import org.casenotes.template.ast.Instrument;
import org.casenotes.template.ast.InstrumentUse;
import org.casenotes.template.ast.Member;
import org.casenotes.template.ast.OptionSet;
import org.casenotes.template.ast.Overriding;
import org.casenotes.template.ast.Removal;
import org.casenotes.template.ast.Section;
import org.casenotes.template.ast.Signature;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.TemplateFile;
import org.casenotes.template.ast.TemplateMember;
import org.casenotes.template.ast.TopLevelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Builds the outline of a parsed template file from its syntax tree, without resolving any reference (names of
 * referred elements are read from the text), so it is cheap and works on files with errors.
 */
final class TemplateOutline {

    private TemplateOutline() {
    }

    static List<OutlineNode> of(TemplateFile file) {
        List<OutlineNode> nodes = new ArrayList<>();
        for (TopLevelElement element : file.getElements()) {
            switch (element) {
            case Template template -> nodes.add(node("template", template.getName(), template.getTitle(), template,
                    templateMembers(template.getMembers())));
            case Section section -> nodes.add(section(section));
            case OptionSet set -> nodes.add(node("options", set.getName(), set.getTitle(), set, List.of()));
            case Instrument instrument -> nodes.add(node("instrument", instrument.getName(), instrument.getTitle(),
                    instrument, List.of()));
            default -> {
                // nothing else is declared at the top level
            }
            }
        }
        return nodes;
    }

    private static List<OutlineNode> templateMembers(List<TemplateMember> members) {
        List<OutlineNode> nodes = new ArrayList<>();
        for (TemplateMember member : members) {
            switch (member) {
            case Member plain -> nodes.add(member(plain));
            case Insertion insertion -> nodes.add(node("insert before",
                    referenced(insertion, AstPackage.Literals.INSERTION__ANCHOR), "",
                    insertion, members(insertion.getMembers())));
            case Addition addition -> nodes.add(node("add to",
                    referenced(addition, AstPackage.Literals.ADDITION__TARGET), "", addition,
                    members(addition.getMembers())));
            case Overriding overriding -> nodes.add(node("override",
                    referenced(overriding, AstPackage.Literals.OVERRIDING__TARGET), "",
                    overriding, List.of()));
            case Removal removal -> nodes.add(node("remove",
                    referenced(removal, AstPackage.Literals.REMOVAL__TARGET), "", removal,
                    List.of()));
            default -> {
                // a letter's body has no structure worth outlining
            }
            }
        }
        return nodes;
    }

    private static List<OutlineNode> members(List<Member> members) {
        return members.stream().map(TemplateOutline::member).toList();
    }

    private static OutlineNode member(Member member) {
        return switch (member) {
        case Section section -> section(section);
        case Group group -> node("group", group.getName(), group.getLabel(), group, members(group.getMembers()));
        case Field field -> node("field", field.getName(), field.getLabel(), field, List.of());
        case Calculation calculation -> node("calc", calculation.getName(), calculation.getLabel(), calculation,
                List.of());
        case InstrumentUse use -> node("instrument", use.getName(),
                referenced(use, AstPackage.Literals.INSTRUMENT_USE__INSTRUMENT), use,
                List.of());
        case Signature signature -> node("signature", signature.getName(), signature.getLabel(), signature,
                List.of());
        case Include include -> node("include",
                referenced(include, AstPackage.Literals.INCLUDE__SECTION), "", include,
                List.of());
        default -> node("member", "", "", member, List.of());
        };
    }

    private static OutlineNode section(Section section) {
        return node("section", section.getName(), section.getLabel(), section, members(section.getMembers()));
    }

    /** @return the name a reference is written with, read from the text (so nothing is resolved) */
    private static String referenced(EObject element, EReference reference) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
        return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
    }

    private static OutlineNode node(String kind, String name, String label, EObject element,
            List<OutlineNode> children) {
        ICompositeNode node = NodeModelUtils.getNode(element);
        int offset = node == null ? 0 : node.getOffset();
        int length = node == null ? 0 : node.getLength();
        return new OutlineNode(kind, name == null ? "" : name, label == null ? "" : label, offset, length, children);
    }
}
