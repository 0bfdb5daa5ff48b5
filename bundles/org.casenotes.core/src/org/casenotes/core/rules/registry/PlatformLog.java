package org.casenotes.core.rules.registry;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Writes to the framework's log service, which the platform log ({@code .metadata/.log}, or the command line's log
 * in its configuration area) records; without one (outside OSGi), nothing is written and the catalogue's callers
 * still see the problem ({@link RuleCatalogue#problems()}, {@link org.casenotes.core.rules.RuleFailures}).
 */
final class PlatformLog {

    private final Logger logger;

    private PlatformLog(Logger logger) {
        this.logger = logger;
    }

    static PlatformLog of(BundleContext context) {
        if (context == null) {
            return new PlatformLog(null);
        }
        try {
            ServiceReference<LoggerFactory> reference = context.getServiceReference(LoggerFactory.class);
            LoggerFactory factory = reference == null ? null : context.getService(reference);
            return new PlatformLog(factory == null ? null : factory.getLogger(RuleCatalogue.class));
        } catch (IllegalStateException e) {
            return new PlatformLog(null); // the bundle is stopping
        }
    }

    void error(String message, Throwable cause) {
        if (logger != null) {
            logger.error(message.replace("{", "\\{"), cause);
        }
    }

    void warn(String message) {
        if (logger != null) {
            logger.warn(message.replace("{", "\\{"));
        }
    }
}
