package org.casenotes.template.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * The {@code INT} terminal and the {@code SignedInt} rule ({@code '-'? INT}): whole numbers, with an error in words
 * for one out of range ({@link WholeNumbers}).
 */
final class WholeNumberConverter implements IValueConverter<Integer> {

    @Override
    public Integer toValue(String string, INode node) {
        if (string == null || string.isBlank()) {
            throw new ValueConverterException("A whole number is missing here.", node, null);
        }
        return WholeNumbers.parse(string, node);
    }

    @Override
    public String toString(Integer value) {
        if (value == null) {
            throw new ValueConverterException("A whole number is missing.", null, null);
        }
        return value.toString();
    }
}
