package org.casenotes.template.conversion;

import java.math.BigInteger;
import java.util.Locale;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Whole numbers of a template (versions, limits, scores, rows, signing windows) are Java {@code int}s; one outside that
 * range is an error that names the number and the range, where Java would say {@code For input string: "..."}.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    /** @return the value of {@code digits} (an optional minus sign and decimal digits) */
    static Integer parse(String digits, INode node) {
        String plain = digits.replaceAll("\\s+", "");
        BigInteger value;
        try {
            value = new BigInteger(plain);
        } catch (NumberFormatException e) {
            throw new ValueConverterException("'" + digits + "' is not a whole number.", node, null);
        }
        if (value.bitLength() > 31) {
            throw new ValueConverterException(value.signum() < 0
                    ? String.format(Locale.ROOT, "%s is too small: whole numbers in a template go down to %,d.", plain,
                            Integer.MIN_VALUE)
                    : String.format(Locale.ROOT, "%s is too large: whole numbers in a template go up to %,d.", plain,
                            Integer.MAX_VALUE),
                    node, null);
        }
        return value.intValue();
    }
}
