package org.casenotes.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.TraceSignatureVisitor;

/**
 * Reads a bundle jar's API from its class files: the public types of its API packages ({@link ExportedPackages}),
 * their public members and, for types that can be subclassed, their protected members. Synthetic and bridge methods
 * are left out; a constant's value is part of its signature (plugins compile it in).
 */
public final class ApiSignatures {

    private ApiSignatures() {
    }

    /** @return the API of the bundle jar at {@code jar} */
    public static ApiDescription of(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                throw new IOException(jar + " has no manifest");
            }
            String bundle = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            String version = manifest.getMainAttributes().getValue("Bundle-Version");
            if (bundle == null || version == null) {
                throw new IOException(jar + " is not a bundle (no Bundle-SymbolicName or Bundle-Version)");
            }
            Set<String> packages = ExportedPackages.api(manifest.getMainAttributes().getValue("Export-Package"));
            Map<String, ClassNode> classes = new HashMap<>();
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
                    continue;
                }
                int slash = name.lastIndexOf('/');
                String pkg = slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
                if (!packages.contains(pkg)) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    ClassNode node = new ClassNode();
                    new ClassReader(in).accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG);
                    classes.put(node.name, node);
                }
            }
            return new ApiDescription(bundle.split(";")[0].trim(), BundleVersion.parse(version), lines(classes));
        }
    }

    /** @return the API lines of {@code classes} (internal name to class) */
    static SortedSet<String> lines(Map<String, ClassNode> classes) {
        SortedSet<String> lines = new TreeSet<>();
        for (ClassNode node : classes.values()) {
            if (!isApi(node, classes)) {
                continue;
            }
            int access = access(node);
            String owner = node.name.replace('/', '.').replace('$', '.');
            lines.add(owner + ": " + typeLine(node, access));
            boolean extendable = (access & Opcodes.ACC_FINAL) == 0 && (access & Opcodes.ACC_ENUM) == 0;
            for (FieldNode field : node.fields) {
                if (visible(field.access, extendable) && (field.access & Opcodes.ACC_SYNTHETIC) == 0) {
                    lines.add(owner + ": " + fieldLine(field));
                }
            }
            for (MethodNode method : node.methods) {
                boolean hidden = (method.access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0
                        || method.name.equals("<clinit>");
                if (!hidden && visible(method.access, extendable)) {
                    lines.add(owner + ": " + methodLine(node, method));
                }
            }
        }
        return lines;
    }

    private static boolean visible(int access, boolean extendable) {
        return (access & Opcodes.ACC_PUBLIC) != 0 || (extendable && (access & Opcodes.ACC_PROTECTED) != 0);
    }

    /** A top-level type is API when public; a member type when it is visible and its outer type is API. */
    private static boolean isApi(ClassNode node, Map<String, ClassNode> classes) {
        InnerClassNode self = selfEntry(node);
        if (self == null) {
            return (node.access & Opcodes.ACC_PUBLIC) != 0;
        }
        if (self.outerName == null || self.innerName == null) {
            return false;
        }
        ClassNode outer = classes.get(self.outerName);
        if (outer == null || !isApi(outer, classes)) {
            return false;
        }
        boolean outerExtendable = (access(outer) & Opcodes.ACC_FINAL) == 0;
        return visible(self.access, outerExtendable);
    }

    private static InnerClassNode selfEntry(ClassNode node) {
        for (InnerClassNode inner : node.innerClasses) {
            if (inner.name.equals(node.name)) {
                return inner;
            }
        }
        return null;
    }

    /** @return the type's access flags as declared (a member type's come from its InnerClasses entry) */
    private static int access(ClassNode node) {
        InnerClassNode self = selfEntry(node);
        return self == null ? node.access : self.access | (node.access & Opcodes.ACC_SUPER);
    }

    private static String typeLine(ClassNode node, int access) {
        StringBuilder line = new StringBuilder(modifiers(access & ~Opcodes.ACC_SYNCHRONIZED, true));
        if ((access & Opcodes.ACC_ANNOTATION) != 0) {
            line.append("@interface");
        } else if ((access & Opcodes.ACC_INTERFACE) != 0) {
            line.append("interface");
        } else if ((access & Opcodes.ACC_ENUM) != 0) {
            line.append("enum");
        } else if ("java/lang/Record".equals(node.superName)) {
            line.append("record");
        } else {
            line.append("class");
        }
        if (node.signature != null) {
            TraceSignatureVisitor generic = new TraceSignatureVisitor(access);
            new SignatureReader(node.signature).accept(generic);
            line.append(generic.getDeclaration());
        } else {
            if (node.superName != null && (access & Opcodes.ACC_INTERFACE) == 0) {
                line.append(" extends ").append(node.superName.replace('/', '.'));
            }
            if (!node.interfaces.isEmpty()) {
                line.append((access & Opcodes.ACC_INTERFACE) != 0 ? " extends " : " implements ");
                List<String> names = new ArrayList<>();
                node.interfaces.forEach(i -> names.add(i.replace('/', '.')));
                line.append(String.join(", ", names));
            }
        }
        return line.toString().replace('$', '.');
    }

    private static String fieldLine(FieldNode field) {
        String type;
        if (field.signature != null) {
            TraceSignatureVisitor generic = new TraceSignatureVisitor(0);
            new SignatureReader(field.signature).acceptType(generic);
            type = generic.getDeclaration();
        } else {
            type = Type.getType(field.desc).getClassName();
        }
        String line = modifiers(field.access, false) + type.replace('$', '.') + " " + field.name;
        if (field.value != null) {
            line += " = " + (field.value instanceof String text ? '"' + escape(text) + '"' : field.value);
        }
        return line;
    }

    private static String methodLine(ClassNode owner, MethodNode method) {
        boolean constructor = method.name.equals("<init>");
        String name = constructor ? simpleName(owner) : method.name;
        String declaration;
        if (method.signature != null) {
            TraceSignatureVisitor generic = new TraceSignatureVisitor(method.access);
            new SignatureReader(method.signature).accept(generic);
            String params = generic.getDeclaration();
            String typeParams = "";
            if (params.startsWith("<")) {
                int close = params.indexOf('(');
                typeParams = params.substring(0, close) + " ";
                params = params.substring(close);
            }
            String returns = constructor ? "" : generic.getReturnType() + " ";
            declaration = typeParams + returns + name + params + throwsClause(method);
        } else {
            List<String> params = new ArrayList<>();
            for (Type argument : Type.getArgumentTypes(method.desc)) {
                params.add(argument.getClassName());
            }
            String returns = constructor ? "" : Type.getReturnType(method.desc).getClassName() + " ";
            declaration = returns + name + "(" + String.join(", ", params) + ")" + throwsClause(method);
        }
        int access = method.access;
        boolean inInterface = (owner.access & Opcodes.ACC_INTERFACE) != 0;
        String prefix = modifiers(access & ~(Opcodes.ACC_VARARGS | Opcodes.ACC_SYNCHRONIZED), false);
        if (inInterface && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0) {
            prefix += "default ";
        }
        return (prefix + declaration).replace('$', '.');
    }

    private static String throwsClause(MethodNode method) {
        if (method.exceptions.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        method.exceptions.forEach(e -> names.add(e.replace('/', '.')));
        return " throws " + String.join(", ", names);
    }

    private static String simpleName(ClassNode node) {
        String name = node.name.substring(node.name.lastIndexOf('/') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    private static String modifiers(int access, boolean type) {
        StringBuilder text = new StringBuilder();
        if ((access & Opcodes.ACC_PUBLIC) != 0) {
            text.append("public ");
        } else if ((access & Opcodes.ACC_PROTECTED) != 0) {
            text.append("protected ");
        }
        if ((access & Opcodes.ACC_STATIC) != 0) {
            text.append("static ");
        }
        boolean interfaceType = type && (access & Opcodes.ACC_INTERFACE) != 0;
        if ((access & Opcodes.ACC_ABSTRACT) != 0 && !interfaceType) {
            text.append("abstract ");
        }
        if ((access & Opcodes.ACC_FINAL) != 0) {
            text.append("final ");
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
