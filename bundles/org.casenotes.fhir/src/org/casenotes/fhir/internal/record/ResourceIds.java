package org.casenotes.fhir.internal.record;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The {@code fullUrl} of each resource in a client's bundle: a {@code urn:uuid} made from the client, the resource
 * type and the Casenotes id, so that exporting the same record twice gives the same references and a receiver can
 * recognise a resource it has seen.
 */
final class ResourceIds {

    private final String clientId;

    ResourceIds(String clientId) {
        this.clientId = clientId;
    }

    String of(String resourceType, String id) {
        String name = "casenotes:" + clientId + ":" + resourceType + ":" + id;
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
