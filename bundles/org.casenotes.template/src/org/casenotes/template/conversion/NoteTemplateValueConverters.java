package org.casenotes.template.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

/** Adds the conversion of {@code """text blocks"""} to the standard terminal converters. */
public class NoteTemplateValueConverters extends DefaultTerminalConverters {

	private final TextBlockConverter textBlock = new TextBlockConverter();

	@ValueConverter(rule = "TEXT_BLOCK")
	public IValueConverter<String> textBlock() {
		return textBlock;
	}
}
