package org.casenotes.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExportedPackagesTest {

    @Test
    void internalAndFriendPackagesAreNotApi() {
        assertEquals(List.of("org.example.api"), List.copyOf(ExportedPackages.api(TestBundle.EXPORTS)));
    }

    @Test
    void quotedAttributesWithCommasAndVersionsAreRead() {
        String header = "a.b;version=\"1.0.0\",a.c;x-friends:=\"x,y,z\",a.d;uses:=\"a.b,a.c\";x-internal:=false,"
                + " a.e;x-internal:=true, a.f";

        assertEquals(List.of("a.b", "a.d", "a.f"), List.copyOf(ExportedPackages.api(header)));
    }

    @Test
    void noHeaderMeansNoApi() {
        assertEquals(List.of(), List.copyOf(ExportedPackages.api(null)));
    }
}
