package org.casenotes.ui.caseload;

import java.util.Optional;

import org.casenotes.core.templates.PublicationOutlet;
import org.casenotes.store.server.AgencySession;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Publishes what the template designer publishes on the agency server whose caseload is open, so that it reaches
 * every clinician of the agency (the server lets only administrators publish, and keeps each version once).
 */
public final class ServerPublicationOutlet implements PublicationOutlet {

    private static boolean registered;

    /** Registers the outlet once for the workbench's life, where the designer's Publish finds it. */
    public static synchronized void register() {
        Bundle bundle = FrameworkUtil.getBundle(ServerPublicationOutlet.class);
        if (registered || bundle == null || bundle.getBundleContext() == null) {
            return;
        }
        bundle.getBundleContext().registerService(PublicationOutlet.class, new ServerPublicationOutlet(), null);
        registered = true;
    }

    @Override
    public Optional<String> destination() {
        return CaseloadSession.current().agency().map(session -> "the agency server " + session.url());
    }

    @Override
    public void publish(String templateId, int version, String title, String text) {
        AgencySession session = CaseloadSession.current().agency()
                .orElseThrow(() -> new IllegalStateException("No agency server is open."));
        session.publish(templateId, version, title, text);
    }
}
