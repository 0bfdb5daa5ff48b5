package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.casenotes.store.server.AgencyAccount;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.Role;
import org.junit.jupiter.api.Test;

/**
 * Signatures on the agency server name the account as the server records it: the name and credentials given when
 * the account was added reach every session of it, on any workbench; an account given none signs with its user id.
 */
class SignerAccountTest {

    private static final String PASSWORD = "signer-secret-for-tests";

    @Test
    void theAccountsNameAndCredentialsComeFromTheServer() {
        AgencyServers agency = AgencyServers.initialised("sig-plain", PASSWORD);
        agency.server().addAccount(LocalPostgres.OWNER, LocalPostgres.OWNER_PASSWORD.toCharArray(), "sig-named",
                PASSWORD.toCharArray(), Role.SUPERVISOR, null, " Robin Vale ", "LCSW, LCADC");

        AgencySession named = agency.server().signIn("sig-named", PASSWORD.toCharArray());
        assertEquals(new AgencyAccount("sig-named", Role.SUPERVISOR, null, "Robin Vale", "LCSW, LCADC"),
                named.account());
        named.store().close();

        AgencySession plain = agency.server().signIn("sig-plain", PASSWORD.toCharArray());
        assertEquals("sig-plain", plain.account().displayName(), "no name given: the user id");
        assertEquals("", plain.account().credentials());
        plain.store().close();
    }
}
