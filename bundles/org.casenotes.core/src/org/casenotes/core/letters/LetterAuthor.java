package org.casenotes.core.letters;

import java.util.Objects;

/**
 * The clinician who writes and signs a letter, from the clinician profile: merged into {@code {clinician.*}} fields
 * and written in the signature. A part left blank is asked for when a letter uses it.
 *
 * @param id            the clinician's user id
 * @param name          the name on the signature
 * @param credentials   e.g. LCSW
 * @param licenseNumber the license number
 * @param phone         a phone number clients and providers can call
 * @param email         an e-mail address
 */
public record LetterAuthor(String id, String name, String credentials, String licenseNumber, String phone,
        String email) {

    public LetterAuthor {
        Objects.requireNonNull(id, "id");
        name = strip(name);
        credentials = strip(credentials);
        licenseNumber = strip(licenseNumber);
        phone = strip(phone);
        email = strip(email);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
