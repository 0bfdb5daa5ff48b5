package org.casenotes.core.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The agency's {@link RulePolicy} as the agency settings keep it: the workbench's preferences (node
 * {@value #NODE}), which the command line reads from the same file in the data folder. One reader for both, so the
 * workbench and {@code casenotes audit} apply the same packs, severities and signing window.
 * <p>
 * Packs are switched off by id ({@value #PACKS_OFF}, ids separated by commas). Settings written before packs had ids
 * ({@code agency.pack.language=false} and the like) are still read: the old four switches map to the packs they
 * covered.
 */
public final class AgencyRulePolicy {

    /** The preference node of the agency settings. */
    public static final String NODE = "org.casenotes.ui";
    /** Days after the day of service before a note is a late entry. */
    public static final String SIGNING_WINDOW_DAYS = "agency.lateEntryWindowDays";
    /** Ids of the rule packs the agency switched off, separated by commas. */
    public static final String PACKS_OFF = "agency.packsOff";
    /** Severity overrides, "ruleId=SEVERITY" separated by commas or new lines. */
    public static final String RULE_SEVERITIES = "agency.ruleSeverities";

    /** The switches of the settings before packs had ids ({@code agency.pack.<name>}) and the packs each covered. */
    private static final Map<String, List<String>> OLD_SWITCHES = Map.of(
            "agency.pack.language", List.of("org.casenotes.core.language", "org.casenotes.core.privacy"),
            "agency.pack.completeness", List.of("org.casenotes.core.completeness"),
            "agency.pack.payer", List.of("org.casenotes.core.payer"),
            "agency.pack.integrity", List.of("org.casenotes.core.integrity"));

    private AgencyRulePolicy() {
    }

    /**
     * @param setting the value of a key, or null when not set
     * @return the policy those settings make; a value that cannot be read counts as not set
     */
    public static RulePolicy read(UnaryOperator<String> setting) {
        Set<String> off = new LinkedHashSet<>(ids(setting.apply(PACKS_OFF)));
        OLD_SWITCHES.forEach((key, packs) -> {
            if ("false".equalsIgnoreCase(strip(setting.apply(key)))) {
                off.addAll(packs);
            }
        });
        int days = RulePolicy.DEFAULT.signingWindowDays();
        try {
            String written = strip(setting.apply(SIGNING_WINDOW_DAYS));
            days = written.isEmpty() ? days : Math.max(0, Integer.parseInt(written));
        } catch (NumberFormatException e) {
            // keeps the default, as the preference service does
        }
        RuleSettings settings;
        try {
            settings = settings(severities(strip(setting.apply(RULE_SEVERITIES))));
        } catch (IllegalArgumentException e) {
            settings = RuleSettings.DEFAULTS;
        }
        return new RulePolicy(off, days, settings);
    }

    /**
     * @param dataFolder the clinician's data folder (the workbench's instance location)
     * @return the policy of the agency settings saved by the workbench in that folder, else {@link RulePolicy#DEFAULT}
     * @throws IOException if the settings file exists but cannot be read
     */
    public static RulePolicy ofDataFolder(Path dataFolder) throws IOException {
        Path file = dataFolder.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/" + NODE + ".prefs");
        if (!Files.isRegularFile(file)) {
            return RulePolicy.DEFAULT;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return read(properties::getProperty);
    }

    /** @return {@code packsOff} as the value of {@value #PACKS_OFF} */
    public static String packsOffValue(Set<String> packsOff) {
        return String.join(",", packsOff);
    }

    /**
     * @param text "ruleId=SEVERITY" entries separated by commas or line breaks; SEVERITY is INFO, WARNING, ERROR or OFF
     * @return rule id to severity, in the order written
     * @throws IllegalArgumentException naming the first entry that is not of that form
     */
    public static Map<String, String> severities(String text) {
        Map<String, String> severities = new LinkedHashMap<>();
        for (String entry : text.split("[,\\n\\r]+")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String rule = equals < 0 ? "" : entry.substring(0, equals).strip();
            String level = equals < 0 ? "" : entry.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
            if (rule.isEmpty() || !isLevel(level)) {
                throw new IllegalArgumentException("'" + entry.strip()
                        + "' is not of the form rule.id=INFO, WARNING, ERROR or OFF");
            }
            severities.put(rule, level);
        }
        return severities;
    }

    /** @return the rule settings {@code severities} make (rules set {@code OFF} are disabled) */
    public static RuleSettings settings(Map<String, String> severities) {
        RuleSettings settings = RuleSettings.DEFAULTS;
        for (Map.Entry<String, String> entry : severities.entrySet()) {
            String level = entry.getValue().strip().toUpperCase(Locale.ROOT);
            settings = "OFF".equals(level) ? settings.withDisabled(entry.getKey())
                    : settings.withSeverity(entry.getKey(), Severity.valueOf(level));
        }
        return settings;
    }

    private static boolean isLevel(String level) {
        if ("OFF".equals(level)) {
            return true;
        }
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(level)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> ids(String value) {
        return value == null ? List.of()
                : List.of(value.split("[,\\s]+")).stream().filter(id -> !id.isBlank()).toList();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
