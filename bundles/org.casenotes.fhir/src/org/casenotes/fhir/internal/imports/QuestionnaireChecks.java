package org.casenotes.fhir.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casenotes.fhir.ImportProblem;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What stops a Questionnaire's import before it is read as FHIR R4, found in its JSON so that each problem has a
 * path: not a Questionnaire, elements of another FHIR version (DSTU2's {@code group}, STU3's {@code option} and
 * {@code initialString}, R5's {@code answerConstraint} and item type {@code coding}), unknown item types, repeated
 * linkIds, enableWhen naming a question that is not there, and enableWhen conditions that depend on each other in a
 * cycle.
 */
final class QuestionnaireChecks {

    static final Set<String> R4_ITEM_TYPES = Set.of("group", "display", "boolean", "decimal", "integer", "date",
            "dateTime", "time", "string", "text", "url", "choice", "open-choice", "attachment", "reference",
            "quantity");
    private static final Map<String, String> OTHER_VERSIONS = Map.ofEntries(
            Map.entry("option", "STU3 (R4 calls it answerOption)"),
            Map.entry("options", "STU3 (R4 calls it answerValueSet)"),
            Map.entry("initialString", "STU3 (R4 has initial[].valueString)"),
            Map.entry("initialCoding", "STU3 (R4 has initial[].valueCoding)"),
            Map.entry("initialBoolean", "STU3 (R4 has initial[].valueBoolean)"),
            Map.entry("initialInteger", "STU3 (R4 has initial[].valueInteger)"),
            Map.entry("hasAnswer", "STU3 (R4 writes operator 'exists')"),
            Map.entry("answerConstraint", "R5"),
            Map.entry("disabledDisplay", "R5"),
            Map.entry("question", "DSTU2"));

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, String> locationOfLinkId = new LinkedHashMap<>();
    private final Map<String, List<String>> dependsOn = new HashMap<>();

    List<ImportProblem> check(JsonNode root) {
        if (!root.isObject() || !"Questionnaire".equals(root.path("resourceType").asText())) {
            problems.add(new ImportProblem("resourceType", root.isObject() && root.has("resourceType")
                    ? "this is a " + root.get("resourceType").asText() + ", not a Questionnaire"
                    : "this is not a FHIR resource (it has no resourceType)"));
            return problems;
        }
        if (root.has("group")) {
            problems.add(new ImportProblem("group", "a DSTU2 Questionnaire (it has 'group'); only FHIR R4"
                    + " Questionnaires can be imported"));
        }
        items(root.path("item"), "");
        for (Map.Entry<String, List<String>> entry : dependsOn.entrySet()) {
            for (String question : entry.getValue()) {
                if (!locationOfLinkId.containsKey(question)) {
                    problems.add(new ImportProblem(locationOfLinkId.get(entry.getKey()), "enableWhen names the"
                            + " question '" + question + "', which the Questionnaire does not have"));
                }
            }
        }
        cycles();
        return problems;
    }

    private void items(JsonNode items, String parent) {
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = (parent.isEmpty() ? "" : parent + ".") + "item[" + i + "]";
            String linkId = item.path("linkId").asText("");
            String location = path + (linkId.isEmpty() ? "" : " (linkId '" + linkId + "')");
            if (linkId.isEmpty()) {
                problems.add(new ImportProblem(path, "the item has no linkId"));
            } else if (locationOfLinkId.putIfAbsent(linkId, location) != null) {
                problems.add(new ImportProblem(location, "the linkId '" + linkId + "' is used already, at "
                        + locationOfLinkId.get(linkId)));
            }
            String type = item.path("type").asText("");
            if (!R4_ITEM_TYPES.contains(type)) {
                problems.add(new ImportProblem(location, type.isEmpty() ? "the item has no type"
                        : "unknown item type '" + type + "'" + ("coding".equals(type) || "question".equals(type)
                                ? " (an R5 type: only FHIR R4 Questionnaires can be imported)"
                                : "; R4's types are " + String.join(", ", new java.util.TreeSet<>(R4_ITEM_TYPES)))));
            }
            item.fieldNames().forEachRemaining(name -> {
                String version = OTHER_VERSIONS.get(name);
                if (version != null) {
                    problems.add(new ImportProblem(location, "'" + name + "' belongs to FHIR " + version
                            + "; only FHIR R4 Questionnaires can be imported"));
                }
            });
            JsonNode enableWhen = item.path("enableWhen");
            for (JsonNode entry : enableWhen) {
                if (entry.has("hasAnswer")) {
                    problems.add(new ImportProblem(location, "'enableWhen.hasAnswer' belongs to FHIR STU3; only FHIR"
                            + " R4 Questionnaires can be imported"));
                }
                if (entry.hasNonNull("question") && !linkId.isEmpty()) {
                    dependsOn.computeIfAbsent(linkId, key -> new ArrayList<>()).add(entry.get("question").asText());
                }
            }
            items(item.path("item"), path);
        }
    }

    /** Each cycle once, as the chain of linkIds it goes through. */
    private void cycles() {
        Map<String, Integer> state = new HashMap<>();
        for (String linkId : dependsOn.keySet()) {
            visit(linkId, state, new ArrayList<>());
        }
    }

    private void visit(String linkId, Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(linkId);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null && seen == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(linkId), path.size()));
            cycle.add(linkId);
            problems.add(new ImportProblem(locationOfLinkId.getOrDefault(linkId, linkId), "enableWhen conditions"
                    + " depend on each other in a cycle: " + String.join(" \u2192 ", cycle)
                    + " (no item of it could ever be shown)"));
            return;
        }
        state.put(linkId, 1);
        path.add(linkId);
        for (String question : dependsOn.getOrDefault(linkId, List.of())) {
            visit(question, state, path);
        }
        path.remove(path.size() - 1);
        state.put(linkId, 2);
    }
}
