package org.casenotes.template.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.casenotes.template.library.TemplateSource;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.core.resources.IStorage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;

/** A template of an installed library (the standard library among them), opened read-only. */
public final class StandardTemplateInput extends PlatformObject implements IStorageEditorInput {

    private final TemplateSource source;

    public StandardTemplateInput(TemplateSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public TemplateSource source() {
        return source;
    }

    @Override
    public IStorage getStorage() {
        return new ReadOnlyTemplate();
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return source.name().substring(source.name().lastIndexOf('/') + 1);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return source.name() + " (installed library, read-only)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StandardTemplateInput input && input.source.name().equals(source.name());
    }

    @Override
    public int hashCode() {
        return source.name().hashCode();
    }

    private final class ReadOnlyTemplate extends PlatformObject implements IStorage {

        @Override
        public InputStream getContents() {
            return new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public IPath getFullPath() {
            return IPath.fromPortableString(source.name());
        }

        @Override
        public String getName() {
            return StandardTemplateInput.this.getName();
        }

        @Override
        public boolean isReadOnly() {
            return true;
        }
    }
}
