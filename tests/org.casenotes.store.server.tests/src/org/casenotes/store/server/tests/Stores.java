package org.casenotes.store.server.tests;

import org.casenotes.store.CaseloadStore;

/**
 * How a contract test gets its stores: one new caseload per test, opened (and re-opened) as
 * {@link #ACTOR}. One implementation per kind of store.
 */
interface Stores {

    /** The user id the stores are opened as. */
    String ACTOR = "clin-1";

    /** @return a new, empty caseload, unlocked */
    CaseloadStore create();

    /** @return the caseload {@link #create()} made, opened again (the caller closed the one before) */
    CaseloadStore reopen();

    /** @return what unlocks the store: the embedded caseload's passphrase, the server account's password */
    char[] secret();
}
