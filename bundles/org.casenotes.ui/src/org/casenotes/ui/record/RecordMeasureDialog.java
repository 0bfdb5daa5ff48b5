package org.casenotes.ui.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.core.measures.InstrumentScore;
import org.casenotes.core.measures.MeasureEntry;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.record.Client;
import org.casenotes.ui.lifecycle.NoteForms;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Client &gt; Record Measure…: a measure given outside a note. The clinician picks the instrument and the day, then
 * answers every item or gives only the total; the score (total, band, critical items) shows as they answer, and
 * "Record" is enabled only while {@link MeasureEntry#problems} has nothing to say, which the dialog shows.
 */
public final class RecordMeasureDialog extends TitleAreaDialog {

    /** The dialog's window title. */
    public static final String TITLE = "Record Measure";

    private final List<Instrument> instruments;
    private final Client client;
    private final LocalDate today;
    private Combo instrument;
    private DateTime day;
    private Button byAnswers;
    private Composite answersArea;
    private final List<Combo> answers = new ArrayList<>();
    private Text total;
    private Label score;
    private Label problems;
    private MeasureEntry entry;

    /**
     * @param instruments the instruments to offer (from the installed and published templates)
     * @param client      the client the measure is for
     * @param today       today, which the measure may not be dated after
     */
    public RecordMeasureDialog(Shell parent, List<Instrument> instruments, Client client, LocalDate today) {
        super(parent);
        this.instruments = List.copyOf(instruments);
        this.client = client;
        this.today = today;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Record a measure for " + name(client));
        setMessage("A measure given outside a note: answer every item, or enter only the total when that is all "
                + "you have (e.g. a score from another provider).");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        new Label(body, SWT.NONE).setText("Instrument:");
        instrument = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        instruments.forEach(candidate -> instrument.add(NoteForms.title(candidate)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(instrument);
        instrument.addListener(SWT.Selection, event -> instrumentChosen());

        new Label(body, SWT.NONE).setText("Given on:");
        day = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        day.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
        day.addListener(SWT.Selection, event -> validate());

        byAnswers = new Button(body, SWT.RADIO);
        byAnswers.setText("Answers to every item");
        byAnswers.setSelection(true);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(byAnswers);
        answersArea = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(answersArea);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).indent(16, 0).applyTo(answersArea);

        Button byTotal = new Button(body, SWT.RADIO);
        byTotal.setText("Total only:");
        total = new Text(body, SWT.BORDER);
        GridDataFactory.swtDefaults().hint(60, SWT.DEFAULT).applyTo(total);
        byAnswers.addListener(SWT.Selection, event -> modeChanged());
        byTotal.addListener(SWT.Selection, event -> modeChanged());
        total.addListener(SWT.Modify, event -> validate());

        score = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(score);
        problems = new Label(body, SWT.WRAP);
        problems.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(420, SWT.DEFAULT).applyTo(problems);
        if (instruments.size() == 1) {
            instrument.select(0);
            instrumentChosen();
        }
        modeChanged();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Record", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void instrumentChosen() {
        for (Control child : answersArea.getChildren()) {
            child.dispose();
        }
        answers.clear();
        chosen().ifPresent(chosen -> {
            for (InstrumentItem item : chosen.getItems()) {
                Label text = new Label(answersArea, SWT.WRAP);
                text.setText(item.getId() + ". " + item.getText());
                GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
                Combo answer = new Combo(answersArea, SWT.READ_ONLY | SWT.DROP_DOWN);
                answer.add("");
                chosen.getScale().forEach(option -> answer.add(option.getLabel() + " (" + option.getScore() + ")"));
                answer.addListener(SWT.Selection, event -> validate());
                answers.add(answer);
            }
        });
        modeChanged();
        getShell().pack();
    }

    private void modeChanged() {
        boolean itemByItem = byAnswers.getSelection();
        answers.forEach(answer -> answer.setEnabled(itemByItem));
        total.setEnabled(!itemByItem);
        validate();
    }

    private Optional<Instrument> chosen() {
        int index = instrument.getSelectionIndex();
        return index < 0 ? Optional.empty() : Optional.of(instruments.get(index));
    }

    private void validate() {
        if (problems == null || score == null) {
            return;
        }
        List<String> found = new ArrayList<>();
        entry = null;
        Instrument chosen = chosen().orElse(null);
        LocalDate given = LocalDate.of(day.getYear(), day.getMonth() + 1, day.getDay());
        if (chosen != null && !byAnswers.getSelection()) {
            try {
                entry = MeasureEntry.ofTotal(chosen, given, Integer.parseInt(total.getText().strip()));
            } catch (NumberFormatException e) {
                found.add("Enter the total as a whole number.");
            }
        } else {
            entry = MeasureEntry.ofAnswers(chosen, given, chosenAnswers(chosen));
        }
        if (entry != null) {
            found.addAll(entry.problems(client, today));
        }
        problems.setText(String.join("\n", found));
        score.setText(found.isEmpty() ? describe(entry) : "");
        Button record = getButton(IDialogConstants.OK_ID);
        if (record != null) {
            record.setEnabled(found.isEmpty());
        }
        problems.getParent().layout(true, true);
    }

    private Map<String, String> chosenAnswers(Instrument chosen) {
        Map<String, String> chosenAnswers = new LinkedHashMap<>();
        if (chosen == null) {
            return chosenAnswers;
        }
        for (int i = 0; i < answers.size(); i++) {
            int index = answers.get(i).getSelectionIndex();
            if (index > 0) {
                ChoiceOption option = chosen.getScale().get(index - 1);
                chosenAnswers.put(chosen.getItems().get(i).getId(), option.getId());
            }
        }
        return chosenAnswers;
    }

    private static String describe(MeasureEntry entry) {
        Instrument chosen = entry.instrument();
        if (entry.total().isPresent()) {
            return "Total " + entry.total().get() + InstrumentScore.bandOf(chosen, entry.total().get())
                    .map(band -> " · " + band).orElse("");
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        entry.answers().forEach((item, option) -> chosen.getScale().stream()
                .filter(candidate -> candidate.getId().equals(option)).findFirst()
                .ifPresent(candidate -> scores.put(item, candidate.getScore())));
        InstrumentScore score = InstrumentScore.of(chosen, scores);
        return "Total " + score.total().map(String::valueOf).orElse("—") + score.band().map(band -> " · " + band)
                .orElse("") + (score.criticalItems().isEmpty() ? ""
                        : " · critical: item " + String.join(", item ", score.criticalItems()));
    }

    @Override
    protected void okPressed() {
        validate();
        if (entry != null && entry.problems(client, today).isEmpty()) {
            super.okPressed();
        }
    }

    /** @return the measure as entered, once the dialog was closed with "Record" */
    public Optional<MeasureEntry> entry() {
        return getReturnCode() == OK ? Optional.ofNullable(entry) : Optional.empty();
    }

    private static String name(Client client) {
        return client.getPreferredName() == null ? client.getLegalName() : client.getPreferredName();
    }
}
