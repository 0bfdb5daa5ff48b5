package org.casenotes.template.ide.highlighting;

import java.util.List;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.Calculation;
import org.casenotes.template.ast.ChoiceType;
import org.casenotes.template.ast.Field;
import org.casenotes.template.ast.Group;
import org.casenotes.template.ast.Include;
import org.casenotes.template.ast.InstrumentUse;
import org.casenotes.template.ast.Item;
import org.casenotes.template.ast.LetterBody;
import org.casenotes.template.ast.Membership;
import org.casenotes.template.ast.Option;
import org.casenotes.template.ast.Section;
import org.casenotes.template.ast.Signature;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.TopLevelElement;
import org.casenotes.template.ast.ValueRef;
import org.casenotes.model.form.query.MergeFields;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Colours by meaning: where ids are declared, references to fields and to answer options, embedded instruments,
 * option sets and shared sections, the note kind, and {@code {merge fields}} inside letter bodies.
 */
public final class NoteTemplateSemanticHighlighting implements ISemanticHighlightingCalculator {

    @Override
    public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
            CancelIndicator cancelIndicator) {
        if (resource == null || resource.getContents().isEmpty()) {
            return;
        }
        var contents = resource.getContents().get(0).eAllContents();
        while (contents.hasNext()) {
            if (cancelIndicator.isCanceled()) {
                return;
            }
            highlight(contents.next(), acceptor);
        }
    }

    private static void highlight(EObject element, IHighlightedPositionAcceptor acceptor) {
        if (element instanceof TopLevelElement || element instanceof Field || element instanceof Group
                || element instanceof Calculation || element instanceof Item || element instanceof Option
                || element instanceof InstrumentUse || element instanceof Signature || element instanceof Section) {
            mark(element, element.eClass().getEStructuralFeature("name"), HighlightingStyles.DECLARATION, acceptor);
        }
        if (element instanceof Template) {
            mark(element, AstPackage.Literals.TEMPLATE__KIND, HighlightingStyles.NOTE_KIND, acceptor);
            mark(element, AstPackage.Literals.TEMPLATE__BASE, HighlightingStyles.TYPE_REFERENCE, acceptor);
        } else if (element instanceof ValueRef ref) {
            String style = ref.getTarget() instanceof Option ? HighlightingStyles.OPTION_REFERENCE
                    : ref.getTarget() instanceof InstrumentUse ? HighlightingStyles.INSTRUMENT_REFERENCE
                            : HighlightingStyles.FIELD_REFERENCE;
            mark(element, AstPackage.Literals.VALUE_REF__TARGET, style, acceptor);
            mark(element, AstPackage.Literals.VALUE_REF__MEMBER, HighlightingStyles.FIELD_REFERENCE, acceptor);
        } else if (element instanceof Membership) {
            mark(element, AstPackage.Literals.MEMBERSHIP__VALUES, HighlightingStyles.OPTION_REFERENCE, acceptor);
        } else if (element instanceof ChoiceType) {
            mark(element, AstPackage.Literals.CHOICE_TYPE__OPTION_SET, HighlightingStyles.TYPE_REFERENCE, acceptor);
        } else if (element instanceof Include) {
            mark(element, AstPackage.Literals.INCLUDE__SECTION, HighlightingStyles.TYPE_REFERENCE, acceptor);
        } else if (element instanceof InstrumentUse) {
            mark(element, AstPackage.Literals.INSTRUMENT_USE__INSTRUMENT, HighlightingStyles.TYPE_REFERENCE, acceptor);
        } else if (element instanceof LetterBody body) {
            for (INode node : NodeModelUtils.findNodesForFeature(body, AstPackage.Literals.LETTER_BODY__TEXT)) {
                for (MergeFields.Placeholder placeholder : MergeFields.scan(node.getText())) {
                    acceptor.addPosition(node.getOffset() + placeholder.offset(), placeholder.length(),
                            HighlightingStyles.MERGE_FIELD);
                }
            }
        }
    }

    private static void mark(EObject element, EStructuralFeature feature, String style,
            IHighlightedPositionAcceptor acceptor) {
        if (feature == null) {
            return;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
        for (INode node : nodes) {
            acceptor.addPosition(node.getOffset(), node.getLength(), style);
        }
    }
}
