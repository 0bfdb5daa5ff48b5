package org.casenotes.template.internal;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.eclipse.core.runtime.ILog;

/**
 * What Xtext's libraries need set before the first injector, so that nothing of theirs reaches the console of the
 * workbench or of {@code casenotes check-templates}/{@code audit}, whose stderr carries only Casenotes' own lines:
 * <ul>
 * <li>Guice without run-time bytecode generation ({@value #GUICE_BYTECODE_GEN}{@code =DISABLED}, unless set): Guice
 * 7 defines its generated classes through {@code sun.misc.Unsafe}, which JDK 24 and later report on stderr as
 * terminally deprecated (and later JDKs refuse). Xtext uses no method interception, the only feature that needs the
 * generated classes; constructors are then called by reflection (no slower for a start that creates each object a
 * few times).</li>
 * <li>Xtext logs through log4j 1.x, which, left unconfigured, prints {@code log4j:WARN No appenders could be found}
 * at the first message. Unless log4j was configured ({@code -Dlog4j.configuration}), errors go to the Eclipse
 * platform log, as every other bundle's do, and lower levels (Xtext's debug timings) are not even formatted.</li>
 * </ul>
 */
public final class XtextRuntimeSettings {

    static final String GUICE_BYTECODE_GEN = "guice_bytecode_gen_option";

    private XtextRuntimeSettings() {
    }

    /** Applies the settings; call before the first injector is created (later calls change nothing). */
    public static synchronized void apply() {
        if (System.getProperty(GUICE_BYTECODE_GEN) == null) {
            System.setProperty(GUICE_BYTECODE_GEN, "DISABLED");
        }
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.setLevel(Level.ERROR);
            root.addAppender(new PlatformLogAppender());
        }
    }

    /** Passes log4j events on to the platform log of the template bundle. */
    private static final class PlatformLogAppender extends AppenderSkeleton {

        @Override
        protected void append(LoggingEvent event) {
            ThrowableInformation thrown = event.getThrowableInformation();
            ILog.of(XtextRuntimeSettings.class).error(event.getLoggerName() + ": " + event.getRenderedMessage(),
                    thrown == null ? null : thrown.getThrowable());
        }

        @Override
        public boolean requiresLayout() {
            return false;
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
