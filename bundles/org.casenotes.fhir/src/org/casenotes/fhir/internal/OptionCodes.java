package org.casenotes.fhir.internal;

import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.Instrument;
import org.hl7.fhir.r4.model.Coding;

/**
 * The codes of answer options: an option's id is its code, in a code system named after the option set the options
 * came from (shared by every field that uses the set), else after the field, or after the instrument's scale.
 */
final class OptionCodes {

    private final FormDefinition form;

    OptionCodes(FormDefinition form) {
        this.form = form;
    }

    String system(Field field) {
        ChoiceType choice = (ChoiceType) field.getType();
        String name = choice.getOptionSetId() != null ? choice.getOptionSetId() : form.getId() + "." + field.getId();
        return Extensions.CASENOTES + "CodeSystem/" + name;
    }

    String system(Instrument instrument) {
        return Extensions.CASENOTES + "CodeSystem/" + instrument.getId() + ".scale";
    }

    static Coding coding(String system, ChoiceOption option) {
        return new Coding(system, option.getId(), option.getLabel() == null ? option.getId() : option.getLabel());
    }
}
