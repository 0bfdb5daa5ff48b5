package org.casenotes.model.form.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.Section;
import org.junit.jupiter.api.Test;

class FormDefinitionsTest {

    private static final FormFactory F = FormFactory.eINSTANCE;

    /** form { s1 { a, g (group) { b } }, c } */
    private static FormDefinition form() {
        FormDefinition form = F.createFormDefinition();
        Section s1 = F.createSection();
        s1.setId("s1");
        var group = F.createRepeatableGroup();
        group.setId("g");
        group.getElements().add(field("b"));
        s1.getElements().add(field("a"));
        s1.getElements().add(group);
        form.getElements().add(s1);
        form.getElements().add(field("c"));
        return form;
    }

    private static Field field(String id) {
        Field field = F.createField();
        field.setId(id);
        field.setType(F.createShortTextType());
        return field;
    }

    @Test
    void visitsElementsDepthFirstInDocumentOrder() {
        List<String> ids = FormDefinitions.allElements(form()).stream().map(FormElement::getId).toList();
        assertEquals(List.of("s1", "a", "g", "b", "c"), ids);
    }

    @Test
    void listsFieldsOnlyIncludingThoseInGroups() {
        List<String> ids = FormDefinitions.allFields(form()).stream().map(Field::getId).toList();
        assertEquals(List.of("a", "b", "c"), ids);
    }

    @Test
    void findsFieldsByIdButNotOtherElements() {
        FormDefinition form = form();
        assertEquals("b", FormDefinitions.findField(form, "b").orElseThrow().getId());
        assertTrue(FormDefinitions.findField(form, "s1").isEmpty(), "a section is not a field");
        assertTrue(FormDefinitions.findField(form, "nope").isEmpty());
    }

    @Test
    void knowsTheEnclosingRepeatableGroup() {
        FormDefinition form = form();
        assertEquals("g", FormDefinitions.enclosingGroup(FormDefinitions.findField(form, "b").orElseThrow())
                .orElseThrow().getId());
        assertTrue(FormDefinitions.enclosingGroup(FormDefinitions.findField(form, "a").orElseThrow()).isEmpty());
    }

    @Test
    void indexLooksUpByIdAndKeepsFieldOrder() {
        ElementIndex index = ElementIndex.of(form());
        assertEquals("g", index.element("g").orElseThrow().getId());
        assertTrue(index.field("g").isEmpty());
        assertEquals(List.of("a", "b", "c"), index.fields().stream().map(Field::getId).toList());
    }

    @Test
    void indexRejectsDuplicateIds() {
        FormDefinition form = form();
        form.getElements().add(field("a"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ElementIndex.of(form));
        assertTrue(error.getMessage().contains("'a'"), error.getMessage());
    }
}
