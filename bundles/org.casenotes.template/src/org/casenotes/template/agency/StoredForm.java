package org.casenotes.template.agency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A compiled {@link FormDefinition} as it is kept in a published version folder: the form model in XMI (UTF-8),
 * readable without the template language, so that looking a published version up never compiles it again.
 */
final class StoredForm {

    /** The stored form's file name beside {@code <Name>.ntpl}: {@code <Name>.form.xmi}. */
    static final String SUFFIX = ".form.xmi";

    private static final Map<String, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

    private StoredForm() {
    }

    /**
     * @return {@code form} in XMI without its {@linkplain FormDefinition#getSourceUri() source}, which is where it is
     *         read from (so that the stored form does not depend on where the data folder is), after checking that
     *         reading it back gives an equal form
     * @throws IllegalStateException when the XMI would not give the same form back (nothing is then published)
     */
    static byte[] of(FormDefinition form) {
        FormDefinition stored = EcoreUtil.copy(form);
        stored.setSourceUri(null);
        Resource resource = new XMIResourceImpl(URI.createURI("published" + SUFFIX));
        resource.getContents().add(stored);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            resource.save(bytes, OPTIONS);
        } catch (IOException e) {
            throw new IllegalStateException("The form of " + form.getId() + " cannot be written as XMI", e);
        }
        byte[] xmi = bytes.toByteArray();
        if (!EcoreUtil.equals(stored, read(xmi, URI.createURI("published" + SUFFIX)))) {
            throw new IllegalStateException("The form of " + form.getId()
                    + " does not read back the same from XMI; it is not published.");
        }
        return xmi;
    }

    /**
     * @param xmi    what {@link #of(FormDefinition)} wrote
     * @param origin where it was read from (for references and messages)
     * @return the form
     * @throws IllegalStateException when {@code xmi} holds no form this version of Casenotes can read
     */
    static FormDefinition read(byte[] xmi, URI origin) {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(FormPackage.eNS_URI, FormPackage.eINSTANCE);
        Resource resource = new XMIResourceImpl(origin);
        set.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(xmi), OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(where(origin) + " holds no form this version of Casenotes can read ("
                    + e.getMessage() + ").", e);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof FormDefinition form)) {
            throw new IllegalStateException(where(origin) + " holds no single form definition.");
        }
        return form;
    }

    private static String where(URI origin) {
        return origin.isFile() ? origin.toFileString() : origin.toString();
    }
}
