package org.casenotes.template.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * All checks of a template file. Each composed validator covers one concern; messages are written for template
 * designers (what is wrong, where, and what to write instead).
 */
@ComposedChecks(validators = { StructureValidator.class, InheritanceValidator.class, ConstraintValidator.class,
        ConditionValidator.class, CalculationValidator.class, LetterValidator.class, RuleSettingsValidator.class,
        ImportValidator.class })
public class NoteTemplateValidator extends AbstractNoteTemplateValidator {
}
