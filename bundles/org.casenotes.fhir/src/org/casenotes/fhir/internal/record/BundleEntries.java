package org.casenotes.fhir.internal.record;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The entries of a bundle being built, each once, found again by resource type and Casenotes id. */
final class BundleEntries {

    private final Bundle bundle;
    private final ResourceIds ids;
    private final Map<String, String> added = new HashMap<>();

    BundleEntries(Bundle bundle, ResourceIds ids) {
        this.bundle = bundle;
        this.ids = ids;
    }

    /** Adds the resource unless one of its type and id is there; returns its fullUrl either way. */
    String add(String id, Resource resource) {
        String key = resource.fhirType() + "/" + id;
        return added.computeIfAbsent(key, ignored -> {
            String fullUrl = ids.of(resource.fhirType(), id);
            bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
            return fullUrl;
        });
    }

    boolean contains(String resourceType, String id) {
        return added.containsKey(resourceType + "/" + id);
    }

    Optional<Reference> reference(String resourceType, String id) {
        return Optional.ofNullable(added.get(resourceType + "/" + id)).map(Reference::new);
    }

    int size() {
        return bundle.getEntry().size();
    }
}
