package org.casenotes.template.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The fast path of the preview while the designer types a label: when the new form differs from the shown one only
 * in what clinicians read (labels, titles, hints, guidance ...), the preview's texts are changed in place instead of
 * rendering the form again, which keeps what the designer filled in and takes milliseconds instead of seconds.
 */
final class PreviewTexts {

    /** Attributes that only say something to the reader; every other difference needs the form rendered again. */
    private static final Set<String> READ_ONLY_TEXTS = Set.of("label", "title", "hint", "guidance", "description",
            "instructions", "attestation", "text");

    private PreviewTexts() {
    }

    /**
     * @return the changed texts, old to new, when {@code before} and {@code after} differ in reader texts only, else
     *         null (also when a text appears or disappears: that needs a widget added or removed)
     */
    static Map<String, String> changes(EObject before, EObject after) {
        Map<String, String> changes = new LinkedHashMap<>();
        return compare(before, after, changes) ? changes : null;
    }

    private static boolean compare(EObject before, EObject after, Map<String, String> changes) {
        if (before.eClass() != after.eClass()) {
            return false;
        }
        for (EStructuralFeature feature : before.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient()) {
                continue;
            }
            Object was = before.eGet(feature);
            Object is = after.eGet(feature);
            if (feature instanceof EAttribute) {
                if (!Objects.equals(was, is) && !textChange(feature, was, is, changes)) {
                    return false;
                }
            } else if (((EReference) feature).isContainment()) {
                if (!compareContained(was, is, changes)) {
                    return false;
                }
            } else if (!fragments(was).equals(fragments(is))) {
                return false;
            }
        }
        return true;
    }

    /** @return whether a differing value is a reader text that was changed (and not added or removed), noted */
    private static boolean textChange(EStructuralFeature feature, Object was, Object is, Map<String, String> changes) {
        if (!READ_ONLY_TEXTS.contains(feature.getName()) || !(was instanceof String old)
                || !(is instanceof String now) || old.isBlank() || now.isBlank()) {
            return false;
        }
        return now.equals(changes.computeIfAbsent(old, key -> now));
    }

    private static boolean compareContained(Object was, Object is, Map<String, String> changes) {
        if (was instanceof List<?> before && is instanceof List<?> after) {
            if (before.size() != after.size()) {
                return false;
            }
            for (int i = 0; i < before.size(); i++) {
                if (!compare((EObject) before.get(i), (EObject) after.get(i), changes)) {
                    return false;
                }
            }
            return true;
        }
        if (was == null || is == null) {
            return was == is;
        }
        return compare((EObject) was, (EObject) is, changes);
    }

    private static Object fragments(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(PreviewTexts::fragments).toList();
        }
        return value instanceof EObject target ? EcoreUtil.getURI(target).fragment() : "";
    }

    /** @return whether a text of the rendered form below {@code root} was changed */
    static boolean apply(Control root, Map<String, String> changes) {
        Map<Pattern, String> patterns = new LinkedHashMap<>();
        changes.forEach((old, now) -> patterns.put(
                Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(old) + "(?![\\p{L}\\p{N}])"),
                Matcher.quoteReplacement(now)));
        return replace(root, patterns);
    }

    private static boolean replace(Control control, Map<Pattern, String> patterns) {
        boolean changed = false;
        switch (control) {
        case Label label -> changed = set(label, label.getText(), patterns, label::setText);
        case CLabel label -> changed = set(label, label.getText(), patterns, label::setText);
        case Button button -> changed = set(button, button.getText(), patterns, button::setText);
        case ExpandableComposite section -> changed = set(section, section.getText(), patterns, section::setText);
        case ScrolledForm form -> changed = set(form, form.getText(), patterns, form::setText);
        default -> {
            // inputs and containers show no text of the form's definition
        }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                changed |= replace(child, patterns);
            }
        }
        return changed;
    }

    /** Sets the control's new text and lays out only what it sits in (a whole-form layout takes long). */
    private static boolean set(Control control, String text, Map<Pattern, String> patterns,
            java.util.function.Consumer<String> setter) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String replaced = text;
        for (Map.Entry<Pattern, String> pattern : patterns.entrySet()) {
            replaced = pattern.getKey().matcher(replaced).replaceAll(pattern.getValue());
        }
        if (replaced.equals(text)) {
            return false;
        }
        setter.accept(replaced);
        control.requestLayout();
        return true;
    }
}
