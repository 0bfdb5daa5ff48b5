package org.casenotes.ui.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.core.forms.Evaluated;
import org.casenotes.core.forms.Expressions;
import org.casenotes.core.forms.FormState;
import org.casenotes.core.forms.InstrumentAnswers;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * An embedded instrument such as PHQ-9: its instructions, one answer per item on the shared scale, a live total
 * and severity band, the change from the client's last score of the instrument (meaningful change and remission
 * per its published thresholds), and the follow-up message of a critical item as soon as it is answered at or above its
 * critical score.
 */
final class InstrumentView implements ElementView {

    private static final java.time.format.DateTimeFormatter LAST_DAY = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

    private final EditorServices services;
    private final InstrumentBlock block;
    private final Composite root;
    private final List<Combo> answers = new ArrayList<>();
    private final List<Label> alerts = new ArrayList<>();
    private final Label total;
    private final Label change;

    InstrumentView(Composite parent, EditorServices services, InstrumentBlock block) {
        this.services = services;
        this.block = block;
        Instrument instrument = block.getInstrument();
        root = services.toolkit().createComposite(parent);
        root.setLayoutData(FormRows.filling());
        root.setLayout(new GridLayout(2, false));
        Label title = services.toolkit().createLabel(root, block.getLabel() != null ? block.getLabel()
                : instrument.getTitle() != null ? instrument.getTitle() : instrument.getId());
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        if (instrument.getInstructions() != null) {
            Label instructions = services.toolkit().createLabel(root, instrument.getInstructions(), SWT.WRAP);
            instructions.setLayoutData(FormRows.filling(2));
        }
        for (InstrumentItem item : instrument.getItems()) {
            createItem(item);
        }
        total = services.toolkit().createLabel(root, "");
        total.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        total.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        change = services.toolkit().createLabel(root, "");
        change.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        if (instrument.getSource() != null) {
            Label source = services.toolkit().createLabel(root, instrument.getSource(), SWT.WRAP);
            source.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            source.setLayoutData(FormRows.filling(2));
        }
    }

    private void createItem(InstrumentItem item) {
        Label text = services.toolkit().createLabel(root, item.getText() == null ? item.getId() : item.getText(), SWT.WRAP);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Combo answer = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        services.toolkit().adapt(answer);
        answer.add("");
        for (ChoiceOption option : block.getInstrument().getScale()) {
            answer.add(option.getLabel() + (option.getScore() == null ? "" : " (" + option.getScore() + ")"));
        }
        answer.addListener(SWT.Selection, e -> {
            if (!services.refreshing()) {
                int index = answer.getSelectionIndex();
                String optionId = index <= 0 ? null : block.getInstrument().getScale().get(index - 1).getId();
                services.editing().change("Answer " + item.getId(),
                        () -> new InstrumentAnswers(services.editing().note(), block).setAnswer(item, optionId));
            }
        });
        answer.addListener(SWT.KeyDown, e -> answerByScore(answer, e));
        if (services.readOnly()) {
            ReadOnlyLook.apply(answer);
        }
        answers.add(answer);
        Label alert = services.toolkit().createLabel(root, "", SWT.WRAP);
        alert.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData alertData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        alertData.exclude = true;
        alert.setLayoutData(alertData);
        alert.setVisible(false);
        alerts.add(alert);
    }

    /**
     * Typing an item's score (the digit in brackets, e.g. 0 for "Not at all (0)") answers it and moves on to the next
     * item (after the last, to the next field), so a questionnaire is answered with one key per item, as on paper.
     */
    private void answerByScore(Combo answer, Event key) {
        if (services.readOnly() || key.character < '0' || key.character > '9' || (key.stateMask & SWT.MODIFIER_MASK) != 0) {
            return;
        }
        List<ChoiceOption> scale = block.getInstrument().getScale();
        for (int i = 0; i < scale.size(); i++) {
            Integer score = scale.get(i).getScore();
            if (score != null && score == key.character - '0') {
                key.doit = false;
                answer.select(i + 1);
                answer.notifyListeners(SWT.Selection, new Event());
                int next = answers.indexOf(answer) + 1;
                if (next < answers.size() && !answers.get(next).isDisposed()) {
                    answers.get(next).setFocus();
                } else if (next == answers.size()) {
                    answer.traverse(SWT.TRAVERSE_TAB_NEXT); // the last item answered: on to the next field
                }
                return;
            }
        }
    }

    @Override
    public boolean refresh(ValueScope scope) {
        boolean changed = ElementView.show(root, FormState.isShown(block, scope));
        InstrumentAnswers held = new InstrumentAnswers(scope.note(), block);
        List<InstrumentItem> items = block.getInstrument().getItems();
        for (int i = 0; i < items.size(); i++) {
            InstrumentItem item = items.get(i);
            Optional<String> answer = held.answer(item);
            int index = answer.map(id -> indexOf(id) + 1).orElse(0);
            Combo combo = answers.get(i);
            services.whileRefreshing(() -> combo.select(index));
            boolean critical = item.isCritical() && held.score(item).map(s -> s.intValue() >= item.getCriticalScore())
                    .orElse(false);
            alerts.get(i).setText(critical && item.getCriticalMessage() != null ? item.getCriticalMessage() : "");
            changed |= ElementView.show(alerts.get(i), critical);
        }
        String totalText = held.total().map(sum -> {
            Evaluated band = Expressions.band(sum, block.getInstrument().getSeverityBands());
            return "Total: " + sum.toPlainString() + (band.isPresent() ? " \u2014 " + band.text() : "");
        }).orElse("Total: " + CalculatedView.NO_VALUE);
        String changeText = held.total().flatMap(sum -> services.names().changeFromLastScore(
                block.getInstrument().getId(), sum.intValue(), scope.note().getId()))
                .map(since -> "Change from the last score (" + since.from() + "): "
                        + since.describe(LAST_DAY.format(since.since())))
                .orElse("");
        if (!totalText.equals(total.getText()) || !changeText.equals(change.getText())) {
            total.setText(totalText);
            change.setText(changeText);
            root.layout();
        }
        return changed;
    }

    private int indexOf(String optionId) {
        List<ChoiceOption> scale = block.getInstrument().getScale();
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i).getId().equals(optionId)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void collectFields(Map<String, FieldView> into) {
        // items are answered here, not through field renderers
    }

    /** @return the answer selector of item {@code index} */
    Combo answer(int index) {
        return answers.get(index);
    }

    /** @return the change from the client's last score of the instrument as shown, or "" (for tests) */
    String changeText() {
        return change.getText();
    }

    /** @return the total and band as shown */
    String totalText() {
        return total.getText();
    }
}
