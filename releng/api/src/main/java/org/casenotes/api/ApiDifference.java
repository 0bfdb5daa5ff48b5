package org.casenotes.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a bundle's built API differs from its recorded API, and the version the difference needs: a removal or a
 * change breaks plugins compiled against the recorded version (the major version must rise); an addition does not
 * break them but a plugin that uses it needs the new version (the minor version must rise).
 *
 * @param recorded the API as recorded
 * @param built the API of the built bundle
 * @param removed signatures in {@code recorded} only, whose element is gone
 * @param changed element key to {was, now} for elements whose signature differs
 * @param added signatures in {@code built} only, for new elements
 */
public record ApiDifference(ApiDescription recorded, ApiDescription built, List<String> removed,
        Map<String, List<String>> changed, List<String> added) {

    private static final Pattern MEMBER = Pattern.compile("([\\w$<>]+\\([^)]*\\))");

    /** @return the difference between {@code recorded} and {@code built} */
    public static ApiDifference between(ApiDescription recorded, ApiDescription built) {
        SortedSet<String> gone = new TreeSet<>(recorded.lines());
        gone.removeAll(built.lines());
        SortedSet<String> fresh = new TreeSet<>(built.lines());
        fresh.removeAll(recorded.lines());
        Map<String, String> freshByKey = new LinkedHashMap<>();
        fresh.forEach(line -> freshByKey.putIfAbsent(key(line), line));
        List<String> removed = new ArrayList<>();
        Map<String, List<String>> changed = new LinkedHashMap<>();
        for (String line : gone) {
            String now = freshByKey.remove(key(line));
            if (now == null) {
                removed.add(line);
            } else {
                fresh.remove(now);
                changed.put(key(line), List.of(line, now));
            }
        }
        return new ApiDifference(recorded, built, removed, changed, new ArrayList<>(fresh));
    }

    /** @return what names one element: owner plus member name and parameters, or owner alone for the type itself */
    static String key(String line) {
        int colon = line.indexOf(": ");
        String owner = line.substring(0, colon);
        String signature = line.substring(colon + 2);
        int value = signature.indexOf(" = ");
        if (value >= 0) {
            signature = signature.substring(0, value);
        }
        if (isTypeLine(signature)) {
            return owner;
        }
        Matcher member = MEMBER.matcher(signature);
        if (member.find()) {
            return owner + "#" + member.group(1);
        }
        return owner + "#" + signature.substring(signature.lastIndexOf(' ') + 1);
    }

    private static boolean isTypeLine(String signature) {
        String[] words = signature.split(" ");
        for (String word : words) {
            if (word.equals("class") || word.equals("interface") || word.equals("enum") || word.equals("record")
                    || word.equals("@interface")) {
                return true;
            }
            if (!word.equals("public") && !word.equals("protected") && !word.equals("static")
                    && !word.equals("abstract") && !word.equals("final")) {
                return false;
            }
        }
        return false;
    }

    /** @return true if the built API equals the recorded one */
    public boolean none() {
        return removed.isEmpty() && changed.isEmpty() && added.isEmpty();
    }

    /** @return true if plugins compiled against the recorded API may break */
    public boolean breaking() {
        return !removed.isEmpty() || !changed.isEmpty();
    }

    /** @return the lowest bundle version the built API may carry */
    public BundleVersion neededVersion() {
        if (breaking()) {
            return recorded.version().nextMajor();
        }
        return added.isEmpty() ? recorded.version() : recorded.version().nextMinor();
    }

    /** @return true if the built bundle's version is high enough for the difference */
    public boolean versionRaised() {
        return built.version().compareTo(neededVersion()) >= 0;
    }

    /** @return the difference for a person: what was removed, changed and added */
    public List<String> describe() {
        List<String> text = new ArrayList<>();
        removed.forEach(line -> text.add("  removed: " + line));
        changed.forEach((key, lines) -> {
            text.add("  changed: " + lines.get(1));
            text.add("      was: " + lines.get(0));
        });
        added.forEach(line -> text.add("  added:   " + line));
        return text;
    }
}
