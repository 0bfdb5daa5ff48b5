package org.casenotes.model.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormModelTest {

    @Test
    void packageRegistersItselfByNamespaceUri() {
        assertSame(FormPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://casenotes.org/model/form/1.0"));
    }

    @Test
    void defaultsMatchTheTemplateLanguage() {
        RepeatableGroup group = FormFactory.eINSTANCE.createRepeatableGroup();
        assertEquals(0, group.getMinRows());
        assertEquals(-1, group.getMaxRows(), "unbounded by default");
        LongTextType text = FormFactory.eINSTANCE.createLongTextType();
        assertNull(text.getMinWords(), "unset limits are null");
        assertTrue(FormFactory.eINSTANCE.createSignatureBlock().isCredentialsRequired());
        assertEquals(1, FormFactory.eINSTANCE.createInstrumentItem().getCriticalScore());
        assertEquals("<=", ComparisonOperator.LESS_OR_EQUAL.getLiteral());
    }

    @Test
    void sampleFormIsValidForEmf() {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(SampleForms.soapNote());
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic::toString);
    }

    @Test
    void missingMandatoryFieldTypeIsReportedByEmfValidation() {
        FormDefinition form = SampleForms.soapNote();
        Field untyped = FormFactory.eINSTANCE.createField();
        untyped.setId("untyped");
        form.getElements().add(untyped);
        assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(form).getSeverity());
    }

    @Test
    void roundTripsThroughXmiKeepingCrossReferences(@TempDir Path dir) throws IOException {
        ResourceSet saving = resourceSet();
        URI uri = URI.createFileURI(dir.resolve("soap.form").toString());
        Resource out = saving.createResource(uri);
        out.getContents().add(SampleForms.soapNote());
        out.save(Map.of());

        Resource in = resourceSet().getResource(uri, true);
        FormDefinition loaded = (FormDefinition) in.getContents().get(0);
        assertEquals("std.SoapNote", loaded.getId());
        assertEquals(3, loaded.getVersion());
        assertEquals(WindowUnit.DAYS, loaded.getRuleConfiguration().getSigningWindow().getUnit());
        Section assessment = (Section) loaded.getElements().get(1);
        Field setbackReason = (Field) assessment.getElements().get(1);
        Membership condition = assertInstanceOf(Membership.class, setbackReason.getRequiredWhen());
        ElementValue subject = (ElementValue) condition.getSubject();
        assertSame(assessment.getElements().get(0), subject.getElement(), "reference resolved inside the loaded form");
        assertFalse(subject.getElement().eIsProxy());
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("form", new XMIResourceFactoryImpl());
        return set;
    }
}
