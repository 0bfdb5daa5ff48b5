package org.casenotes.template.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

/**
 * The standard terminal converters, plus {@code """text blocks"""}, and whole numbers whose overflow is an error in
 * words.
 */
public class NoteTemplateValueConverters extends DefaultTerminalConverters {

    private final TextBlockConverter textBlock = new TextBlockConverter();
    private final WholeNumberConverter wholeNumber = new WholeNumberConverter();

    @ValueConverter(rule = "TEXT_BLOCK")
    public IValueConverter<String> textBlock() {
        return textBlock;
    }

    @Override
    @ValueConverter(rule = "INT")
    public IValueConverter<Integer> INT() {
        return wholeNumber;
    }

    @ValueConverter(rule = "SignedInt")
    public IValueConverter<Integer> signedInt() {
        return wholeNumber;
    }
}
