package org.casenotes.model.form.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.build.FormBuilder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class FormDefinitionsTest {

    /** form { s1 { a, g (group) { b } }, c } */
    private static FormDefinition form() {
        return FormBuilder.form(null, null).section("s1", null, s -> s.shortText("a", null)
                .group("g", null, g -> g.shortText("b", null))).shortText("c", null).build();
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
        form.getElements().add(EcoreUtil.copy(FormDefinitions.findField(form, "a").orElseThrow()));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ElementIndex.of(form));
        assertTrue(error.getMessage().contains("'a'"), error.getMessage());
    }
}
