package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's "done means" across real processes: two clinicians (A, B) and their supervisor (S), each in a product
 * of their own on an X display of their own, all running at the same time and signed in to one agency server on a
 * private PostgreSQL through File &gt; Open Agency Server… from the keyboard. The agency's IT sets the server up
 * with the product's command line ({@code casenotes server init}, {@code add-account --name --credentials},
 * {@code assign}) and its administrator publishes a small template from a file with {@code casenotes server
 * publish-template}. With real key events A adds a client and signs a note on the published template, which waits
 * for S's co-signature; S co-signs it from Note &gt; Review Queue; B's New Note wizard offers the published template
 * and B saves a draft on it. What happened is read back from the server as its owner, and every display is
 * photographed into {@code target/agency-server-product-test/}.
 */
class AgencyServerProductTest {

    private static final String DEMO = "Casenotes - Demo caseload (fictional clients)";
    private static final String DATABASE = "casenotes";
    private static final String ADMIN = "itadmin";
    private static final String A = "mchen";
    private static final String B = "bsingh";
    private static final String S = "dokafor";
    private static final String PASSWORD = "product-test-account-secret";
    private static final String TEMPLATE_ID = "agency.GroupNote";
    /**
     * One required long text and a signature that always asks for a supervisor's co-signature; only the integrity
     * pack's rules (those a progress note gets otherwise ask for goals and risk, which would block its signing).
     */
    private static final String GROUP_NOTE = """
            package agency
            template GroupNote "Agency group note" version 1 kind progress {
            	rules {
            		packs "org.casenotes.core.integrity"
            	}
            	field summary "Summary" : longtext required
            	signature signature "Signature" {
            		cosignature required
            	}
            }
            """;
    /** Three products starting at once on a loaded two-core machine take their time. */
    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration STEP = Duration.ofMinutes(2);
    private static final Path SHOTS = Path.of("target", "agency-server-product-test");

    @TempDir
    Path temp;

    @BeforeAll
    static void productIsMaterialized() {
        if (!Files.isExecutable(ProductProcess.PRODUCT.resolve("casenotes"))) {
            fail("the build materializes the product at " + ProductProcess.PRODUCT);
        }
    }

    @Test
    void aSupervisorCoSignsAClinicianNoteFromTheQueueAndAPublishedTemplateReachesBothClinicians() throws Exception {
        try (AgencyPostgres postgres = AgencyPostgres.start()) {
            postgres.asOwner("postgres", "CREATE DATABASE " + DATABASE);
            String url = postgres.url(DATABASE);
            setUpAsTheAgencysIt(postgres, url);
            List<Person> people = new ArrayList<>();
            try {
                Person a = Person.start("a", temp);
                people.add(a);
                Person s = Person.start("s", temp);
                people.add(s);
                Person b = Person.start("b", temp);
                people.add(b);
                try {
                    actOut(postgres, url, a, s, b);
                } catch (AssertionError | IOException e) {
                    for (Person person : people) {
                        person.display.screenshot(SHOTS.resolve("failed-" + person.name + ".png"));
                    }
                    throw new AssertionError(e.getMessage() + "\n--- notes on the server ---\n"
                            + postgres.asOwner(DATABASE, "SELECT id, author, template_id, status FROM note")
                            + "\n--- PostgreSQL log ---\n" + postgres.log(), e);
                }
            } finally {
                for (Person person : people) {
                    person.close();
                }
                X11.drive(null);
            }
        }
    }

    private void actOut(AgencyPostgres postgres, String url, Person a, Person s, Person b) throws Exception {
        // all three products are up at once, each showing the demo on its own display
        for (Person person : List.of(a, s, b)) {
            person.demo = person.drive().awaitWindowTitled(DEMO, START);
        }
        Thread.sleep(ProductProcess.SETTLE.toMillis());

        // A signs in and adds a client (Client > New Client…: the id suggested, the legal name typed, Save)
        String aWindow = a.signIn(url, A);
        a.drive();
        String newClient = a.pressUntilShown(aWindow, "New Client", "alt+c", "n");
        Thread.sleep(1_000);
        X11.pressKeys(newClient, "Tab");
        X11.type("Marguerite Oakhollow");
        a.display.screenshot(SHOTS.resolve("a-new-client.png"), newClient);
        X11.keys("Return");
        a.product.awaitUntil(() -> X11.mappedWindowTitled("New Client").isEmpty(), "the New Client dialog to close",
                STEP);
        String client = awaitRow(postgres, "SELECT id FROM client WHERE display_name LIKE '%Oakhollow%'",
                "A's new client on the server", a);

        // the administrator assigns the client to B too; B signs in and works at the same time as A
        casenotes(Map.of("CASENOTES_SERVER_PASSWORD", PASSWORD), "server", "assign", "--url", url, "--user", ADMIN,
                "--client", client, "--account", B);
        String bWindow = b.signIn(url, B);

        // A writes a note on the published template (first in the wizard's progress list), saves and signs it
        a.drive();
        String wizard = a.openNewNote(aWindow, client);
        a.display.screenshot(SHOTS.resolve("a-new-note-wizard.png"), wizard);
        a.writeDraft(wizard, "Group session on coping skills; Marguerite practised paced breathing.");
        String note = awaitRow(postgres, "SELECT id FROM note WHERE author = '" + A + "' AND template_id = '"
                + TEMPLATE_ID + "'", "A's draft on the published template", a);
        String sign = a.pressUntilShown(aWindow, "Sign Note", "ctrl+shift+g");
        Thread.sleep(1_000);
        a.display.screenshot(SHOTS.resolve("a-signing.png"), sign);
        X11.pressKeys(sign, "Return");
        awaitRow(postgres, "SELECT id FROM note WHERE id = '" + note + "' AND status = 'SIGNED'",
                "A's note signed, waiting for S's co-signature", a);
        a.display.screenshot(SHOTS.resolve("a-signed.png"));

        // S signs in, opens Note > Review Queue, chooses the note and co-signs it (confirmed)
        String sWindow = s.signIn(url, S);
        s.drive();
        X11.pressKeys(sWindow, "alt+n");
        Thread.sleep(500);
        X11.keys("q");
        Thread.sleep(3_000); // a view has no window of its own to wait for; the queue is read as it opens
        X11.keys("Down");
        Thread.sleep(1_000);
        s.display.screenshot(SHOTS.resolve("s-review-queue.png"));
        X11.keys("Tab");
        X11.keys("space");
        String confirm = s.product.awaitWindowTitled("Co-sign Note", STEP);
        Thread.sleep(1_000);
        s.display.screenshot(SHOTS.resolve("s-confirming.png"), confirm);
        X11.pressKeys(confirm, "Return");
        awaitRow(postgres, "SELECT id FROM note WHERE id = '" + note + "' AND status = 'COSIGNED'",
                "A's note co-signed by S", s);
        Thread.sleep(1_000);
        s.display.screenshot(SHOTS.resolve("s-cosigned.png"));

        // B's New Note wizard offers the published template: B saves a draft on it
        b.drive();
        String bWizard = b.openNewNote(bWindow, client);
        b.display.screenshot(SHOTS.resolve("b-new-note-wizard.png"), bWizard);
        b.writeDraft(bWizard, "Joined the group late; plan to catch up next week.");
        awaitRow(postgres, "SELECT id FROM note WHERE author = '" + B + "' AND template_id = '" + TEMPLATE_ID
                + "' AND status = 'DRAFT'", "B's draft on the published template", b);
        b.display.screenshot(SHOTS.resolve("b-draft.png"));

        // the server's record: co-signed, with the names and credentials of the accounts, not of any workbench
        assertEquals(A + "|COSIGNED|" + client, postgres.asOwner(DATABASE,
                "SELECT author, status, client_id FROM note WHERE id = '" + note + "'"));
        String content = postgres.asOwner(DATABASE, "SELECT encode(content, 'escape') FROM note_content WHERE id = '"
                + note + "'");
        assertTrue(content.contains("Mei Chen") && content.contains("APCC"), "A signed as the server's account names"
                + " A:\n" + content);
        assertTrue(content.contains("Dana Okafor") && content.contains("LCSW-S"), "S co-signed as the server's"
                + " account names S:\n" + content);
        assertTrue(content.contains("paced breathing"), "the text A typed is in the signed note:\n" + content);
    }

    /** Init, three accounts (S first: A and B name S as their supervisor), and the administrator's template. */
    private void setUpAsTheAgencysIt(AgencyPostgres postgres, String url) throws Exception {
        casenotes(Map.of("CASENOTES_ADMIN_PASSWORD", PASSWORD), "server", "init", "--url", url, "--user",
                AgencyPostgres.OWNER, "--agency", "Harbourside Family Services", "--admin", ADMIN);
        casenotes(Map.of("CASENOTES_ACCOUNT_PASSWORD", PASSWORD), "server", "add-account", "--url", url, "--user",
                AgencyPostgres.OWNER, "--account", S, "--role", "supervisor", "--name", "Dana Okafor",
                "--credentials", "LCSW-S");
        casenotes(Map.of("CASENOTES_ACCOUNT_PASSWORD", PASSWORD), "server", "add-account", "--url", url, "--user",
                AgencyPostgres.OWNER, "--account", A, "--role", "clinician", "--supervisor", S, "--name", "Mei Chen",
                "--credentials", "APCC");
        casenotes(Map.of("CASENOTES_ACCOUNT_PASSWORD", PASSWORD), "server", "add-account", "--url", url, "--user",
                AgencyPostgres.OWNER, "--account", B, "--role", "clinician", "--supervisor", S, "--name",
                "Bea Singh", "--credentials", "ASW");
        Path template = Files.writeString(temp.resolve("group-note.ntpl"), GROUP_NOTE);
        assertEquals("Published agency.GroupNote version 1 (Agency group note) for every clinician of the agency.",
                casenotes(Map.of("CASENOTES_SERVER_PASSWORD", PASSWORD), "server", "publish-template",
                        template.toString(), "--url", url, "--user", ADMIN).strip());
        assertEquals(ADMIN + "|" + TEMPLATE_ID + "|1", postgres.asOwner(DATABASE,
                "SELECT published_by, template_id, version FROM published_template"));
    }

    /**
     * Runs {@code casenotes arguments...} as IT would in a terminal (no display, passwords from the environment: the
     * owner's unless {@code environment} names another) and fails unless it succeeds.
     *
     * @return what it printed
     */
    private String casenotes(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProductProcess.PRODUCT.resolve("casenotes").toString()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(temp, "cli", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Map<String, String> passwords = new HashMap<>(Map.of("CASENOTES_SERVER_PASSWORD",
                AgencyPostgres.OWNER_PASSWORD));
        passwords.putAll(environment);
        builder.environment().putAll(passwords);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(String.join(" ", arguments) + " did not finish within 3 minutes");
        }
        String said = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "casenotes " + String.join(" ", arguments) + "\n" + said);
        System.out.print("casenotes " + arguments[0] + " " + arguments[1] + ": " + said);
        return said;
    }

    /** @return the first column of the first row {@code sql} finds as the owner, once it finds one */
    private static String awaitRow(AgencyPostgres postgres, String sql, String what, Person person) throws Exception {
        String[] found = new String[1];
        person.product.awaitUntil(() -> {
            found[0] = postgres.asOwner(DATABASE, sql).lines().findFirst().orElse(null);
            if (found[0] == null) {
                Thread.sleep(400);
            }
            return found[0] != null;
        }, what, STEP);
        return found[0].split("\\|")[0];
    }

    /** One person: a product on a display of its own, with a data folder of its own. */
    private static final class Person implements AutoCloseable {

        final String name;
        final VirtualDisplay display;
        final ProductProcess product;
        String demo;

        private Person(String name, VirtualDisplay display, ProductProcess product) {
            this.name = name;
            this.display = display;
            this.product = product;
        }

        static Person start(String name, Path temp) throws IOException, InterruptedException {
            VirtualDisplay display = VirtualDisplay.start();
            Map<String, String> environment = new HashMap<>(ProductProcess.UNCACHED);
            environment.put("DISPLAY", display.name());
            try {
                return new Person(name, display, ProductProcess.start(temp.resolve(name + "-data"),
                        temp.resolve(name + "-output.txt"), environment));
            } catch (IOException e) {
                display.close();
                throw e;
            }
        }

        /** Sends the keys and window look-ups that follow to this person's display. */
        ProductProcess drive() {
            X11.drive(display.name());
            return product;
        }

        /**
         * File &gt; Open Agency Server…: the address, the user id and the password typed, Enter.
         *
         * @return the workbench window, once its title names the account and server
         */
        String signIn(String url, String user) throws Exception {
            drive();
            String dialog = pressUntilShown(demo, "Open Agency Server", "alt+f", "g");
            Thread.sleep(1_000);
            X11.pressKeys(dialog, "ctrl+a");
            X11.type(url);
            X11.keys("Tab");
            X11.type(user);
            X11.keys("Tab");
            X11.type(PASSWORD);
            X11.keys("Return");
            String window = product.awaitWindowTitled("Casenotes - " + user + " on " + url, STEP);
            Thread.sleep(2_000);
            display.screenshot(SHOTS.resolve(name + "-signed-in.png"));
            return window;
        }

        /** Finds the client in the caseload view's search box, chooses it (Down) and presses Ctrl+Alt+N. */
        String openNewNote(String window, String client) throws Exception {
            drive();
            X11.pressKeys(window, "Escape");
            X11.type(client);
            Thread.sleep(1_500);
            X11.keys("Down");
            Thread.sleep(1_000);
            String wizard = pressUntilShown(window, "New Note", "ctrl+alt+n");
            Thread.sleep(1_500);
            return wizard;
        }

        /**
         * Presses {@code keys} in {@code window} (half a second apart, so a menu opened by the first is there for the
         * next) until a window titled {@code title} shows: up to three times, 30 s each, as a user presses again a
         * key the busy workbench of a loaded machine lost (a menu left open is closed with Escape first).
         *
         * @return the window that showed
         */
        String pressUntilShown(String window, String title, String... keys) throws Exception {
            drive();
            for (int attempt = 1; attempt < 3; attempt++) {
                X11.pressKeys(window, keys[0]);
                for (int i = 1; i < keys.length; i++) {
                    Thread.sleep(500);
                    X11.keys(keys[i]);
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < deadline) {
                    Optional<String> shown = X11.mappedWindowTitled(title);
                    if (shown.isPresent()) {
                        return shown.get();
                    }
                    Thread.sleep(200);
                }
                System.out.printf("%s: no '%s' within 30 s of %s; pressing again%n", name, title, List.of(keys));
                if (keys[0].startsWith("alt+")) {
                    X11.pressKeys(window, "Escape");
                }
            }
            X11.pressKeys(window, keys[0]);
            for (int i = 1; i < keys.length; i++) {
                Thread.sleep(500);
                X11.keys(keys[i]);
            }
            return product.awaitWindowTitled(title, STEP);
        }

        /**
         * Finish in the New Note wizard (with the template it chose first), then types {@code text} into the draft's
         * first field and saves it with Ctrl+S.
         */
        void writeDraft(String wizard, String text) throws Exception {
            drive();
            X11.pressKeys(wizard, "Return");
            product.awaitUntil(() -> X11.mappedWindowTitled("New Note").isEmpty(), name + "'s New Note wizard to"
                    + " close", STEP);
            Thread.sleep(3_000); // the note editor has no window of its own to wait for; its first field gets the keys
            X11.type(text);
            X11.keys("ctrl+s");
        }

        @Override
        public void close() throws InterruptedException {
            product.close();
            display.close();
        }
    }
}
