package org.casenotes.plugins.internal;

import java.security.cert.Certificate;

import org.eclipse.equinox.p2.core.UIServices;

/**
 * What p2 asks a user while installing: here nothing. Repositories need no password (none is stored or asked for),
 * and unsigned plugins are accepted: the user chose the repository, and neither Casenotes nor plugins built with
 * Tycho from Maven Central are signed. The plugin guide says to install only from sources one trusts.
 */
final class AcceptUnsignedPlugins extends UIServices {

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return null;
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return null;
    }

    @Override
    @SuppressWarnings("deprecation") // the constructor p2's own headless UIServices use; its successor adds PGP keys
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
        return new TrustInfo(new Certificate[0], false, true);
    }
}
