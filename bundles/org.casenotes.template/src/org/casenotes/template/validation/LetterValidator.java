package org.casenotes.template.validation;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.Component;
import org.casenotes.template.ast.Field;
import org.casenotes.template.ast.LetterBody;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.TemplateMember;
import org.casenotes.model.form.query.MergeFields;
import org.casenotes.model.form.query.MergeFields.Placeholder;
import org.casenotes.template.structure.TemplateComponents;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/** Letters: a body only in letters, exactly one body, and only known {@code {merge fields}}. */
public class LetterValidator extends NoteTemplateCheck {

    @Inject
    private TemplateComponents components;

    @Check
    public void checkBodyPlacement(Template template) {
        List<LetterBody> bodies = new ArrayList<>();
        for (TemplateMember member : template.getMembers()) {
            if (member instanceof LetterBody body) {
                bodies.add(body);
            }
        }
        boolean letter = "letter".equals(template.getKind());
        for (LetterBody body : bodies) {
            if (!letter) {
                error("Only letters have a body; change the kind to 'letter' or remove the body.", body, null,
                        IssueCodes.BODY_OUTSIDE_LETTER);
            }
        }
        for (int i = 1; i < bodies.size(); i++) {
            error("A letter has one body; merge this text into the first one.", bodies.get(i), null,
                    IssueCodes.BODY_OUTSIDE_LETTER);
        }
        if (letter && bodies.isEmpty() && !template.isAbstract() && !inheritsBody(template)) {
            error("A letter needs a body: add body \"\"\" ... \"\"\" with the letter's text.", template,
                    AstPackage.Literals.TOP_LEVEL_ELEMENT__NAME, IssueCodes.LETTER_WITHOUT_BODY);
        }
    }

    private static boolean inheritsBody(Template template) {
        for (Template base : org.casenotes.template.structure.Inheritance.chain(template)) {
            if (base != template && base.getMembers().stream().anyMatch(LetterBody.class::isInstance)) {
                return true;
            }
        }
        return false;
    }

    @Check
    public void checkMergeFields(LetterBody body) {
        Template template = EcoreUtil2.getContainerOfType(body, Template.class);
        List<INode> nodes = NodeModelUtils.findNodesForFeature(body, AstPackage.Literals.LETTER_BODY__TEXT);
        if (template == null || nodes.isEmpty()) {
            return;
        }
        List<String> known = new ArrayList<>(MergeFields.STANDARD);
        for (Component component : components.of(template)) {
            if (component instanceof Field field && field.getName() != null) {
                known.add(field.getName());
            }
        }
        INode node = nodes.get(0);
        for (Placeholder placeholder : MergeFields.scan(node.getText())) {
            int offset = node.getOffset() + placeholder.offset();
            if (placeholder.name() == null) {
                getMessageAcceptor().acceptError("This '{' is never closed. Close the merge field with '}', or write '{{' "
                        + "for a literal brace.", body, offset, placeholder.length(), IssueCodes.UNKNOWN_MERGE_FIELD);
            } else if (!known.contains(placeholder.name())) {
                String suggestion = MergeFields.closest(placeholder.name(), known);
                getMessageAcceptor().acceptError("Unknown merge field '{" + placeholder.name() + "}'."
                        + (suggestion == null ? " Use a field of this letter or a standard one such as {client.firstName}."
                                : " Did you mean {" + suggestion + "}?"),
                        body, offset, placeholder.length(), IssueCodes.UNKNOWN_MERGE_FIELD, placeholder.name());
            }
        }
    }
}
