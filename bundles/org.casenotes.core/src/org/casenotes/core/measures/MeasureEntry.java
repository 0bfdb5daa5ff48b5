package org.casenotes.core.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.MeasureResult;

/**
 * A measure entered on its own, outside a note (Client &gt; Record Measure…): the instrument, the day it was given,
 * and either the answer to every item or only the total (e.g. a score reported by another provider). Answers give
 * the total, band and critical items as in a note; a total alone gives the total and band, no critical items.
 * {@link #problems} says what is wrong in words a clinician can act on; {@link #addTo} refuses while there is any.
 *
 * @param instrument the instrument given
 * @param day        the day it was given
 * @param answers    the chosen scale option id of each answered item, by item id (empty when only a total is given)
 * @param total      the total, when entered without answers
 */
public record MeasureEntry(Instrument instrument, LocalDate day, Map<String, String> answers, Optional<Integer> total) {

    public MeasureEntry {
        answers = Map.copyOf(answers);
        Objects.requireNonNull(total, "total");
    }

    /** @return an entry of every item's answer */
    public static MeasureEntry ofAnswers(Instrument instrument, LocalDate day, Map<String, String> answers) {
        return new MeasureEntry(instrument, day, answers, Optional.empty());
    }

    /** @return an entry of the total alone */
    public static MeasureEntry ofTotal(Instrument instrument, LocalDate day, int total) {
        return new MeasureEntry(instrument, day, Map.of(), Optional.of(total));
    }

    /**
     * @param client the client the measure is for (its date of birth bounds the day)
     * @param today  today, which the day may not be after
     * @return what must be corrected before the entry can be recorded; empty when it can
     */
    public List<String> problems(Client client, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (instrument == null) {
            problems.add("Choose the instrument that was given.");
            return problems;
        }
        if (day == null) {
            problems.add("Enter the day the " + title() + " was given.");
        } else if (day.isAfter(today)) {
            problems.add("The " + title() + " cannot have been given after today (" + today + ").");
        } else if (client.getDateOfBirth() != null && day.isBefore(client.getDateOfBirth())) {
            problems.add("The " + title() + " cannot have been given before the client was born ("
                    + client.getDateOfBirth() + ").");
        }
        if (total.isPresent() && !answers.isEmpty()) {
            problems.add("Give either the answers or the total, not both: the answers make the total.");
        } else if (total.isPresent()) {
            int maximum = InstrumentScore.maximum(instrument);
            if (total.get() < 0 || total.get() > maximum) {
                problems.add("A " + title() + " total is between 0 and " + maximum + "; " + total.get() + " is not.");
            }
        } else {
            answerProblems(problems);
        }
        return problems;
    }

    private void answerProblems(List<String> problems) {
        List<String> missing = new ArrayList<>();
        for (InstrumentItem item : instrument.getItems()) {
            String option = answers.get(item.getId());
            if (option == null) {
                missing.add(item.getId());
            } else if (score(option).isEmpty()) {
                problems.add("'" + option + "' is not an answer on the " + title() + " scale (item " + item.getId()
                        + ").");
            }
        }
        for (String itemId : answers.keySet()) {
            if (instrument.getItems().stream().noneMatch(item -> item.getId().equals(itemId))) {
                problems.add("The " + title() + " has no item " + itemId + ".");
            }
        }
        if (missing.size() == instrument.getItems().size()) {
            problems.add("Answer every item of the " + title() + ", or enter only its total.");
        } else if (!missing.isEmpty()) {
            problems.add("Answer every item of the " + title() + ", or enter only its total; unanswered: "
                    + String.join(", ", missing) + ".");
        }
    }

    /**
     * Adds the entry to a client's record as a result of no note.
     *
     * @param client the client; gains the result
     * @param today  today
     * @param id     the new result's id
     * @return the result added
     * @throws IllegalArgumentException with the {@link #problems} if there are any
     */
    public MeasureResult addTo(Client client, LocalDate today, String id) {
        List<String> problems = problems(client, today);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        MeasureResult result;
        if (total.isPresent()) {
            InstrumentScore score = new InstrumentScore(total, InstrumentScore.bandOf(instrument, total.get()),
                    List.of(), 0, instrument.getItems().size());
            result = MeasureResults.create(id, instrument, day, null, Map.of(), score);
        } else {
            Map<String, Integer> scores = new LinkedHashMap<>();
            answers.forEach((item, option) -> scores.put(item, score(option).orElseThrow()));
            result = MeasureResults.create(id, instrument, day, null, scores, InstrumentScore.of(instrument, scores));
        }
        client.getMeasureResults().add(result);
        return result;
    }

    private Optional<Integer> score(String optionId) {
        return instrument.getScale().stream().filter(option -> option.getId().equals(optionId))
                .map(ChoiceOption::getScore).filter(Objects::nonNull).findFirst();
    }

    private String title() {
        return instrument.getTitle() == null || instrument.getTitle().isBlank() ? instrument.getId()
                : instrument.getTitle();
    }
}
