package org.casenotes.template.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.TemplateFile;
import org.casenotes.template.ast.TopLevelElement;
import org.casenotes.template.compiler.FormCompiler;
import org.casenotes.template.library.CompiledTemplate;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateSource;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Keeps a library parsed in one resource set and, when one file changes, re-parses, re-links, re-validates and
 * re-compiles only that file. The library's other files keep their links, their validation results and the caches
 * scoping keeps on them, which is what makes a keystroke cheap.
 * <p>
 * Files that refer to the changed one (directly or through other files: a template extending a template that
 * extends the changed one) hold links into its old content, so they are re-parsed too. They are found from the
 * text: a file depends on another when it mentions a name the other declares at the top level (templates, shared
 * sections, option sets, instruments). A mention in a comment only costs a needless re-parse.
 * <p>
 * The results are those of {@link LibraryCompiler} for the same sources: the same validation of the file, the same
 * {@link Compilability} rule, the same form compiler. Not thread-safe: one thread at a time.
 */
public final class IncrementalCompiler {

    private final Injector injector;
    private final XtextResourceSet resourceSet;
    private final Provider<XtextResource> resourceProvider;
    private final Map<String, TemplateSource> sources = new LinkedHashMap<>();
    private final Map<String, XtextResource> resources = new HashMap<>();
    private final Map<String, TemplateDiagnostic> loadFailures = new HashMap<>();
    private final Map<Resource, List<TemplateDiagnostic>> validated = new HashMap<>();
    private final Map<Set<String>, Set<String>> dependents = new HashMap<>();
    private String lastChanged;

    /** Parses every source; links and validation happen when a compilation needs them. */
    public IncrementalCompiler(Injector injector, List<TemplateSource> library) {
        this.injector = injector;
        this.resourceSet = injector.getInstance(XtextResourceSet.class);
        this.resourceProvider = injector.getProvider(XtextResource.class);
        for (TemplateSource source : library) {
            parse(source);
        }
    }

    /**
     * @param changed the new text of a file of the library (by its name), or a file to add to it
     * @return the file's diagnostics and the forms of its templates, as a compilation of the whole library gives
     */
    public CompiledTemplate compile(TemplateSource changed) {
        String name = changed.name();
        if (!name.equals(lastChanged)) {
            dependents.clear();
            lastChanged = name;
        }
        Set<String> declared = new HashSet<>(declaredNames(resources.get(name)));
        XtextResource resource = parse(changed);
        declared.addAll(declaredNames(resource));
        for (String dependent : dependentsOf(name, declared)) {
            parse(sources.get(dependent));
        }
        List<TemplateDiagnostic> diagnostics = diagnosticsOf(name, resource);
        List<FormDefinition> forms = new ArrayList<>();
        if (resource != null && !resource.getContents().isEmpty()
                && resource.getContents().get(0) instanceof TemplateFile file) {
            FormCompiler compiler = injector.getInstance(FormCompiler.class);
            for (TopLevelElement element : file.getElements()) {
                if (element instanceof Template template && Compilability.compilable(template, this::broken)) {
                    try {
                        forms.add(compiler.compile(template));
                    } catch (RuntimeException | StackOverflowError e) {
                        diagnostics.add(TemplateWorkspace.internal(name, e));
                    }
                }
            }
        }
        forms.sort(Comparator.comparing(FormDefinition::getId));
        return new CompiledTemplate(name, forms, diagnostics);
    }

    /** @return the sources as they are now, in library order (changed files with their latest text) */
    public List<TemplateSource> sources() {
        return List.copyOf(sources.values());
    }

    /** Parses a source into a fresh resource at its place in the resource set; null if it could not be read. */
    private XtextResource parse(TemplateSource source) {
        String name = source.name();
        sources.put(name, source);
        loadFailures.remove(name);
        XtextResource old = resources.remove(name);
        XtextResource fresh = resourceProvider.get();
        fresh.setURI(TemplateWorkspace.uriOf(name));
        EList<Resource> all = resourceSet.getResources();
        if (old != null) {
            validated.remove(old);
            old.unload();
            all.set(all.indexOf(old), fresh);
        } else {
            all.add(fresh);
        }
        try {
            fresh.load(new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            loadFailures.put(name, TemplateWorkspace.internal(name, e));
            return null;
        }
        resources.put(name, fresh);
        return fresh;
    }

    /** @return the file's diagnostics (remembered until it is parsed again); a file that could not be read has one */
    private List<TemplateDiagnostic> diagnosticsOf(String name, XtextResource resource) {
        if (resource == null) {
            return new ArrayList<>(List.of(loadFailures.get(name)));
        }
        return new ArrayList<>(validated.computeIfAbsent(resource, r -> TemplateWorkspace.validate(resource)));
    }

    private boolean broken(Resource resource) {
        if (!(resource instanceof XtextResource file) || !resources.containsValue(file)) {
            return true;
        }
        return validated.computeIfAbsent(file, r -> TemplateWorkspace.validate(file)).stream()
                .anyMatch(TemplateDiagnostic::isError);
    }

    /** @return the files that mention one of {@code names}, and the files that mention theirs, and so on */
    private Set<String> dependentsOf(String changed, Set<String> names) {
        return dependents.computeIfAbsent(Set.copyOf(names), key -> {
            Set<String> found = new LinkedHashSet<>();
            Set<String> frontier = new HashSet<>(key);
            while (!frontier.isEmpty()) {
                Pattern mention = mentionOf(frontier);
                frontier = new HashSet<>();
                for (TemplateSource source : sources.values()) {
                    if (!source.name().equals(changed) && !found.contains(source.name())
                            && mention.matcher(source.text()).find()) {
                        found.add(source.name());
                        frontier.addAll(declaredNames(resources.get(source.name())));
                    }
                }
            }
            return found;
        });
    }

    private static Pattern mentionOf(Set<String> names) {
        return Pattern.compile(names.stream().map(Pattern::quote).collect(Collectors.joining("|", "\\b(?:", ")\\b")));
    }

    /** @return the names a file declares at the top level (what other files can refer to) */
    private static Set<String> declaredNames(XtextResource resource) {
        Set<String> names = new HashSet<>();
        if (resource != null && !resource.getContents().isEmpty()
                && resource.getContents().get(0) instanceof TemplateFile file) {
            for (TopLevelElement element : file.getElements()) {
                if (element.getName() != null) {
                    names.add(element.getName());
                }
            }
        }
        return names;
    }
}
