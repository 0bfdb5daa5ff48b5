package org.casenotes.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;

class ApiCheckTest {

    private static final String GREETER = "org/example/api/Greeter";

    @TempDir
    Path root;

    private Path bundle;
    private Path apiFiles;
    private ByteArrayOutputStream report;
    private ApiCheck check;

    @BeforeEach
    void setUp() throws IOException {
        bundle = Files.createDirectories(root.resolve("org.example.api"));
        apiFiles = Files.createDirectories(root.resolve("api"));
        report = new ByteArrayOutputStream();
        check = new ApiCheck(apiFiles, new PrintStream(report, true, StandardCharsets.UTF_8));
    }

    private ApiDescription built(TestBundle version) throws IOException {
        version.writeInto(bundle);
        return ApiSignatures.of(ApiCheck.jarIn(bundle));
    }

    private String report() {
        return report.toString(StandardCharsets.UTF_8);
    }

    @Test
    void recordedApiPasses() throws IOException {
        assertTrue(check.record(built(TestBundle.greeter("0.1.0"))));

        assertTrue(check.check(built(TestBundle.greeter("0.1.0")), bundle), report());
        assertTrue(report().contains("API unchanged since 0.1.0"), report());
    }

    @Test
    void recordedFileHoldsTheVersionAndOnlyPublicAndProtectedApi() throws IOException {
        check.record(built(TestBundle.greeter("0.1.0")));

        String file = Files.readString(apiFiles.resolve("org.example.api.api"));
        assertTrue(file.contains("\nbundle org.example.api\nversion 0.1.0\n"), file);
        assertTrue(file.contains("org.example.api.Greeter: public class extends java.lang.Object"), file);
        assertTrue(file.contains("org.example.api.Greeter: public java.lang.String greet(java.lang.String)"), file);
        assertTrue(file.contains("org.example.api.Greeter: protected java.lang.String salutation()"), file);
        assertTrue(file.contains("org.example.api.Greeter: public Greeter()"), file);
        assertTrue(file.contains(ApiCheck.RECORD_COMMAND), file);
        assertFalse(file.contains("packageOnly"), file);
        assertFalse(file.contains("secret"), file);
        assertFalse(file.contains("Hidden"), "package-private class: " + file);
        assertFalse(file.contains("Engine"), "x-internal package: " + file);
        assertFalse(file.contains("Helper"), "x-friends package: " + file);
    }

    @Test
    void removedMethodFailsAndAsksForTheMajorVersion() throws IOException {
        check.record(built(TestBundle.greeter("0.1.0")));
        TestBundle withoutGreet = TestBundle.at("0.1.0").type(GREETER, Opcodes.ACC_PUBLIC)
                .method(GREETER, Opcodes.ACC_PUBLIC, "<init>", "()V")
                .method(GREETER, Opcodes.ACC_PROTECTED, "salutation", "()Ljava/lang/String;");

        assertFalse(check.check(built(withoutGreet), bundle));

        String text = report();
        assertTrue(text.contains("removed: org.example.api.Greeter: public java.lang.String greet(java.lang.String)"),
                text);
        assertTrue(text.contains("the major version must rise"), text);
        assertTrue(text.contains("to 1.0.0"), text);
        assertTrue(text.contains(ApiCheck.RECORD_COMMAND), text);
    }

    @Test
    void removedMethodCannotBeRecordedWithoutTheMajorVersion() throws IOException {
        check.record(built(TestBundle.greeter("0.1.0")));
        String before = Files.readString(apiFiles.resolve("org.example.api.api"));
        TestBundle withoutHook = TestBundle.at("0.2.0").type(GREETER, Opcodes.ACC_PUBLIC)
                .method(GREETER, Opcodes.ACC_PUBLIC, "<init>", "()V")
                .method(GREETER, Opcodes.ACC_PUBLIC, "greet", "(Ljava/lang/String;)Ljava/lang/String;");

        assertFalse(check.record(built(withoutHook)), "0.2.0 is a minor raise, a removal needs 1.0.0");

        assertEquals(before, Files.readString(apiFiles.resolve("org.example.api.api")));
        assertTrue(report().contains("raise it to 1.0.0"), report());
    }

    @Test
    void addedMethodWithoutVersionRaiseFails() throws IOException {
        check.record(built(TestBundle.greeter("0.1.0")));
        TestBundle withFarewell = TestBundle.greeter("0.1.0")
                .method(GREETER, Opcodes.ACC_PUBLIC, "farewell", "()Ljava/lang/String;");

        assertFalse(check.check(built(withFarewell), bundle));
        assertTrue(report().contains("added:   org.example.api.Greeter: public java.lang.String farewell()"), report());
        assertTrue(report().contains("raise Bundle-Version in"), report());
        assertTrue(report().contains("to 0.2.0"), report());
        assertFalse(check.record(built(withFarewell)), "no minor raise: not recorded");
    }

    @Test
    void addedMethodPassesOnceTheMinorIsRaisedAndRecorded() throws IOException {
        check.record(built(TestBundle.greeter("0.1.0")));
        TestBundle withFarewell = TestBundle.greeter("0.2.0")
                .method(GREETER, Opcodes.ACC_PUBLIC, "farewell", "()Ljava/lang/String;");

        assertFalse(check.check(built(withFarewell), bundle), "the file must be re-recorded");
        assertTrue(report().contains("Bundle-Version is 0.2.0, high enough"), report());
        assertTrue(check.record(built(withFarewell)));

        assertTrue(check.check(built(withFarewell), bundle), report());
        assertTrue(Files.readString(apiFiles.resolve("org.example.api.api")).contains("\nversion 0.2.0\n"));
    }

    @Test
    void changedReturnTypeIsReportedAsAChange() throws IOException {
        check.record(built(TestBundle.greeter("0.1.0")));
        TestBundle greetReturnsObject = TestBundle.at("0.1.0").type(GREETER, Opcodes.ACC_PUBLIC)
                .method(GREETER, Opcodes.ACC_PUBLIC, "<init>", "()V")
                .method(GREETER, Opcodes.ACC_PUBLIC, "greet", "(Ljava/lang/String;)Ljava/lang/Object;")
                .method(GREETER, Opcodes.ACC_PROTECTED, "salutation", "()Ljava/lang/String;");

        assertFalse(check.check(built(greetReturnsObject), bundle));

        assertTrue(report().contains("changed: org.example.api.Greeter: public java.lang.Object greet(java.lang.String)"),
                report());
        assertTrue(report().contains("    was: org.example.api.Greeter: public java.lang.String greet(java.lang.String)"),
                report());
        assertTrue(report().contains("to 1.0.0"), report());
    }

    @Test
    void missingApiFileFailsWithTheRecordCommand() throws IOException {
        assertFalse(check.check(built(TestBundle.greeter("0.1.0")), bundle));
        assertTrue(report().contains("no recorded API"), report());
        assertTrue(report().contains(ApiCheck.RECORD_COMMAND), report());
    }

    @Test
    void mainFailsTheBuildNamingTheBundle() throws IOException {
        TestBundle.greeter("0.1.0").writeInto(bundle);
        ApiCheck.main(new String[] {"record", apiFiles.toString(), bundle.toString()});
        TestBundle.at("0.1.0").type(GREETER, Opcodes.ACC_PUBLIC).writeInto(bundle);

        ApiCheck.ApiCheckFailure failure = assertThrows(ApiCheck.ApiCheckFailure.class,
                () -> ApiCheck.main(new String[] {"check", apiFiles.toString(), bundle.toString()}));

        assertTrue(failure.getMessage().contains("org.example.api"), failure.getMessage());
    }
}
