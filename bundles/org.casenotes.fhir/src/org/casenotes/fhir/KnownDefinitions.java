package org.casenotes.fhir;

import java.util.List;
import java.util.Map;

/**
 * The option sets and instruments of the library an import joins, so that a Questionnaire made from a template
 * comes back as {@code choice from std.common.Interventions} and {@code instrument phq9 : std.instruments.PHQ9}
 * rather than as copies, when the options and items are still the same.
 *
 * @param optionSets  option ids of each option set, by its full id
 * @param instruments item ids of each instrument, by its full id
 */
public record KnownDefinitions(Map<String, List<String>> optionSets, Map<String, List<String>> instruments) {

    /** Nothing known: everything is imported as written in the file. */
    public static final KnownDefinitions NONE = new KnownDefinitions(Map.of(), Map.of());

    public KnownDefinitions {
        optionSets = Map.copyOf(optionSets);
        instruments = Map.copyOf(instruments);
    }
}
