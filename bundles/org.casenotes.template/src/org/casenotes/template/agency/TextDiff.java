package org.casenotes.template.agency;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/** The line-by-line difference of two template texts in unified diff format (java-diff-utils). */
final class TextDiff {

    private static final int CONTEXT_LINES = 3;

    private TextDiff() {
    }

    /** @return the unified diff lines, empty when the texts are equal */
    static List<String> unified(String olderName, String olderText, String newerName, String newerText) {
        List<String> older = olderText.lines().toList();
        List<String> newer = newerText.lines().toList();
        Patch<String> patch = DiffUtils.diff(older, newer);
        if (patch.getDeltas().isEmpty()) {
            return List.of();
        }
        return UnifiedDiffUtils.generateUnifiedDiff(olderName, newerName, older, patch, CONTEXT_LINES);
    }
}
