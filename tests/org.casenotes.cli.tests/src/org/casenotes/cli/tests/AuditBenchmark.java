package org.casenotes.cli.tests;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.cli.internal.AuditCommand;
import org.casenotes.cli.internal.AuditRules;
import org.casenotes.core.rules.RuleFailures;
import org.casenotes.core.rules.RulePolicy;
import org.casenotes.core.rules.registry.RuleCatalogue;
import org.casenotes.core.rules.registry.RuleServices;
import org.casenotes.core.rules.language.LanguagePack;
import org.casenotes.core.rules.language.WordListSource;
import org.casenotes.store.Caseloads;

/**
 * Harness for the audit performance goal (issue 5: 100,000 notes in under 60 s on 2 cores), run outside OSGi on a
 * caseload made by the store's large-caseload generator ({@code releng/bench/store-bench.sh}, 1,000 clients with
 * 100 notes each, passphrase {@code "benchmark passphrase, not a secret"}):
 *
 * <pre>
 * java -cp &lt;cli, cli.tests, core, store, model classes + emf, h2, gson, equinox jars&gt; \
 *     org.casenotes.cli.tests.AuditBenchmark CASELOAD WORDLIST_DIR [THREADS]
 * </pre>
 *
 * Runs {@code casenotes audit} with every standard rule (the word lists read from {@code WORDLIST_DIR}, normally
 * {@code bundles/org.casenotes.core/wordlists}); the summary's first line carries the total time, progress goes to
 * stderr, then the wall time and the load average (other work on the machine inflates wall time; run it under
 * {@code time} for the CPU time).
 * The generated notes name no installed template, so no form definitions are used. Audit a copy of the caseload: the store allows one user at a time.
 */
public final class AuditBenchmark {

    private AuditBenchmark() {
    }

    public static void main(String[] arguments) {
        if (arguments.length < 2) {
            System.err.println("usage: AuditBenchmark CASELOAD WORDLIST_DIR [THREADS]");
            System.exit(2);
        }
        LanguagePack language = LanguagePack.load(WordListSource.directory(Path.of(arguments[1])));
        List<String> auditArguments = new ArrayList<>();
        if (arguments.length > 2) {
            auditArguments.addAll(List.of("--threads", arguments[2]));
        }
        auditArguments.add(arguments[0]);
        RuleCatalogue catalogue = new RuleCatalogue(() -> language, List::of, RuleServices.tracking(null),
                RuleFailures.unreported());
        AuditCommand audit = new AuditCommand(caseload -> AuditRules.of(catalogue, RulePolicy.DEFAULT, Clock.systemUTC()),
                caseload -> (templateId, version) -> Optional.empty(), Caseloads.embedded(), () -> Optional.of("benchmark passphrase, not a secret".toCharArray()));
        long started = System.nanoTime();
        int exit = audit.run(auditArguments, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                System.err);
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        System.err.printf("bench: audit wall time including opening the caseload: %.1f s (exit %d)%n",
                (System.nanoTime() - started) / 1e9, exit);
        System.err.printf("bench: load average at the end: %.1f on %d cores%n", system.getSystemLoadAverage(),
                system.getAvailableProcessors());
    }
}
