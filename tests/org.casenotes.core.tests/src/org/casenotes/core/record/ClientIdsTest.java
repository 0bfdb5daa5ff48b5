package org.casenotes.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientIdsTest {

    @Test
    void suggestionsFollowTheHighestNumberedIdAndSkipTakenOnes() {
        ClientIds ids = new ClientIds(Set.of("c-0002", "c-0009", "agency-77", "c-0010x"));

        assertEquals(List.of("c-0010", "c-0011"), List.of(ids.next(), ids.next()));
        assertEquals("c-0001", ClientIds.nextFree(Set.of()));
        assertEquals("c-12345", ClientIds.nextFree(Set.of("c-12344")));
    }
}
