package org.casenotes.ui.forms.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.casenotes.core.forms.MissingValue;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.SuggestedEdit;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.ui.forms.FindingWords;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The note's review beside the form: every finding in words with its field's label, under a heading per group (what
 * is missing, what a payer checks, wording, the record), and below them what is still missing. Opening a finding
 * (double-click or Enter) puts the caret on its words in its field; "Quick fix" applies the selected finding's first
 * suggestion. The rule behind a finding is named in its hover.
 */
public final class ReviewPanel {

    private final Composite root;
    private final Label missing;
    private final TableViewer findings;
    private final Button quickFix;

    ReviewPanel(Composite parent, FormToolkit toolkit, FormDefinition form, Consumer<Finding> jump,
            BiConsumer<Finding, SuggestedEdit> fix) {
        root = toolkit.createComposite(parent);
        root.setLayout(new GridLayout(1, false));

        Section list = toolkit.createSection(root, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
        list.setText("Findings");
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite client = toolkit.createComposite(list);
        client.setLayout(new GridLayout(1, false));
        findings = new TableViewer(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        findings.getTable().setHeaderVisible(true);
        findings.getTable().setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 200;
        findings.getTable().setLayoutData(tableData);
        findings.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(findings);
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        column("Finding", 330, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Heading heading ? heading.text() : ((Finding) element).message();
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof Finding finding ? imageOf(finding) : null;
            }

            @Override
            public Font getFont(Object element) {
                return element instanceof Heading ? bold : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof Finding finding ? FindingText.hover(finding) : null;
            }
        });
        column("Field", 160, ColumnLabelProvider.createTextProvider(element -> element instanceof Finding finding
                ? FindingWords.fieldLabel(form, finding.fieldId()) : ""));
        findings.addOpenListener(event -> selected().ifPresent(jump));
        quickFix = toolkit.createButton(client, "Quick fix", SWT.PUSH);
        quickFix.setEnabled(false);
        findings.addSelectionChangedListener(event -> quickFix.setEnabled(
                selected().map(finding -> !finding.suggestions().isEmpty()).orElse(false)));
        quickFix.addListener(SWT.Selection, event -> selected().filter(finding -> !finding.suggestions().isEmpty())
                .ifPresent(finding -> fix.accept(finding, finding.suggestions().get(0))));
        list.setClient(client);

        // below the findings, so that a long list of what is missing never pushes the wording out of sight
        Section completeness = toolkit.createSection(root, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
        completeness.setText("Still missing");
        completeness.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        missing = toolkit.createLabel(completeness, "", SWT.WRAP);
        completeness.setClient(missing);
    }

    /** A group's heading row in the findings list, e.g. "Wording (2)". */
    record Heading(FindingWords.Group group, int count) {
        String text() {
            return group.title() + " (" + count + ")";
        }
    }

    private void column(String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(findings, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    private static Image imageOf(Finding finding) {
        String id = switch (finding.severity()) {
            case ERROR -> FieldDecorationRegistry.DEC_ERROR;
            case WARNING -> FieldDecorationRegistry.DEC_WARNING;
            case INFO -> FieldDecorationRegistry.DEC_INFORMATION;
        };
        return FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage();
    }

    private Optional<Finding> selected() {
        Object first = ((IStructuredSelection) findings.getSelection()).getFirstElement();
        return first instanceof Finding finding ? Optional.of(finding) : Optional.empty();
    }

    /** @return the findings under a heading per group (what is missing, payer, wording, record), groups in order */
    static List<Object> grouped(List<Finding> all) {
        Map<FindingWords.Group, List<Finding>> byGroup = new EnumMap<>(FindingWords.Group.class);
        all.forEach(finding -> byGroup.computeIfAbsent(FindingWords.groupOf(finding), g -> new ArrayList<>())
                .add(finding));
        List<Object> rows = new ArrayList<>();
        byGroup.forEach((group, members) -> {
            rows.add(new Heading(group, members.size()));
            rows.addAll(members);
        });
        return rows;
    }

    void show(List<Finding> all, List<MissingValue> missingValues) {
        List<Object> rows = grouped(all);
        if (!rows.equals(findings.getInput())) {
            findings.setInput(rows);
        }
        String summary = missingValues.isEmpty() ? "Every required field is filled in."
                : missingValues.stream().map(value -> "\u2022 " + value.label() + " " + value.message())
                        .collect(Collectors.joining("\n"));
        if (!summary.equals(missing.getText())) {
            missing.setText(summary);
            root.layout(true, true); // the summary's section grows and shrinks with it, the findings take the rest
        }
    }

    /** @return the findings list */
    public TableViewer findings() {
        return findings;
    }

    /** @return the completeness summary as shown */
    public String missingText() {
        return missing.getText();
    }

    /** @return the "Quick fix" button */
    public Button quickFixButton() {
        return quickFix;
    }
}
