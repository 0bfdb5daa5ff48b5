package org.casenotes.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/** A bundle jar made on the fly: a manifest and classes with the methods a test names (bodies are not needed). */
final class TestBundle {

    static final String EXPORTS = "org.example.api,org.example.api.internal;x-internal:=true,"
            + "org.example.api.friends;x-friends:=\"org.example.a,org.example.b\"";

    private final String version;
    private final Map<String, List<Object[]>> classes = new LinkedHashMap<>();
    private final Map<String, Integer> classAccess = new LinkedHashMap<>();

    private TestBundle(String version) {
        this.version = version;
    }

    static TestBundle at(String version) {
        return new TestBundle(version);
    }

    TestBundle type(String internalName, int access) {
        classes.computeIfAbsent(internalName, k -> new ArrayList<>());
        classAccess.put(internalName, access);
        return this;
    }

    TestBundle method(String internalName, int access, String name, String descriptor) {
        classes.get(internalName).add(new Object[] {access, name, descriptor});
        return this;
    }

    /** A public class org.example.api.Greeter with greet(String) and a protected hook, as in version 0.1.0. */
    static TestBundle greeter(String version) {
        return at(version).type("org/example/api/Greeter", Opcodes.ACC_PUBLIC)
                .method("org/example/api/Greeter", Opcodes.ACC_PUBLIC, "<init>", "()V")
                .method("org/example/api/Greeter", Opcodes.ACC_PUBLIC, "greet", "(Ljava/lang/String;)Ljava/lang/String;")
                .method("org/example/api/Greeter", Opcodes.ACC_PROTECTED, "salutation", "()Ljava/lang/String;")
                .method("org/example/api/Greeter", 0, "packageOnly", "()V")
                .method("org/example/api/Greeter", Opcodes.ACC_PRIVATE, "secret", "()V")
                .type("org/example/api/internal/Engine", Opcodes.ACC_PUBLIC)
                .method("org/example/api/internal/Engine", Opcodes.ACC_PUBLIC, "run", "()V")
                .type("org/example/api/friends/Helper", Opcodes.ACC_PUBLIC)
                .method("org/example/api/friends/Helper", Opcodes.ACC_PUBLIC, "help", "()V")
                .type("org/example/api/Hidden", 0)
                .method("org/example/api/Hidden", Opcodes.ACC_PUBLIC, "shown", "()V");
    }

    /** Writes {@code <dir>/target/org.example.api-<version>.jar} and returns it. */
    Path writeInto(Path bundleDirectory) throws IOException {
        Path target = Files.createDirectories(bundleDirectory.resolve("target"));
        try (var files = Files.list(target)) {
            for (Path old : files.toList()) {
                Files.delete(old);
            }
        }
        Path jar = target.resolve("org.example.api-" + version + ".jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-SymbolicName", "org.example.api;singleton:=true");
        main.putValue("Bundle-Version", version + ".qualifier");
        main.putValue("Export-Package", EXPORTS);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, List<Object[]>> type : classes.entrySet()) {
                ClassWriter writer = new ClassWriter(0);
                writer.visit(Opcodes.V21, classAccess.get(type.getKey()) | Opcodes.ACC_SUPER, type.getKey(), null,
                        "java/lang/Object", null);
                for (Object[] m : type.getValue()) {
                    writer.visitMethod((Integer) m[0], (String) m[1], (String) m[2], null,
                            null).visitEnd();
                }
                writer.visitEnd();
                out.putNextEntry(new JarEntry(type.getKey() + ".class"));
                out.write(writer.toByteArray());
                out.closeEntry();
            }
        }
        return jar;
    }
}
