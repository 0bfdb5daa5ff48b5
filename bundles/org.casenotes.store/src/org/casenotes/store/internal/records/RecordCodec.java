package org.casenotes.store.internal.records;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.casenotes.model.record.RecordPackage;
import org.casenotes.store.CorruptCaseloadException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Serializes record-model objects with EMF's binary resource format: compact, fast, and (since it names classes
 * and features rather than numbering them) tolerant of features being added to the model. Cross-object
 * references in the record model are ids, not EMF references, so each record serializes on its own. The record
 * package is registered explicitly, so decoding works with or without the OSGi extension registry.
 */
public final class RecordCodec {

    private static final URI IN_MEMORY = URI.createURI("casenotes:record");
    private static final Map<Object, Object> OPTIONS = Map.of();

    /**
     * @param object the object to serialize; it is copied, so it stays in its container
     * @return its bytes
     */
    public byte[] encode(EObject object) {
        Resource resource = new BinaryResourceImpl(IN_MEMORY);
        resource.getContents().add(EcoreUtil.copy(object));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try {
            resource.save(bytes, OPTIONS);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory serialization failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param <T>   the expected type
     * @param bytes bytes made by {@link #encode}
     * @param type  the expected type
     * @return the object, in no container
     * @throws CorruptCaseloadException if the bytes are not a serialized object of that type
     */
    public <T extends EObject> T decode(byte[] bytes, Class<T> type) {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(RecordPackage.eNS_URI, RecordPackage.eINSTANCE);
        Resource resource = new BinaryResourceImpl(IN_MEMORY);
        resources.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(bytes), OPTIONS);
        } catch (IOException | RuntimeException e) {
            throw new CorruptCaseloadException("A stored " + type.getSimpleName() + " cannot be read.", e);
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!type.isInstance(root)) {
            throw new CorruptCaseloadException("A stored record is not a " + type.getSimpleName() + ".");
        }
        resource.getContents().clear();
        return type.cast(root);
    }
}
