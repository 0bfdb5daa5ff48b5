package org.casenotes.template;

import org.casenotes.template.conversion.DesignerSyntaxErrorMessages;
import org.casenotes.template.conversion.NoteTemplateValueConverters;
import org.casenotes.template.internal.OwnLanguageRegistry;
import org.casenotes.template.internal.TemplateResourceSet;
import org.casenotes.template.linking.DesignerLinkingMessages;
import org.casenotes.template.scoping.PackageImportScopeProvider;
import org.casenotes.template.scoping.TopLevelExportStrategy;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Guice bindings of the note template language (runtime, no UI). */
public class NoteTemplateRuntimeModule extends AbstractNoteTemplateRuntimeModule {

    @Override
    public void configureIScopeProviderDelegate(Binder binder) {
        binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
                .to(PackageImportScopeProvider.class);
    }

    /** Each injector links templates with its own services, whichever injector registered last in EMF. */
    @Override
    public IResourceServiceProvider.Registry bindIResourceServiceProvider$Registry() {
        return new OwnLanguageRegistry();
    }

    /** Templates keep the names they are given, whether or not the workspace has started (see the class). */
    @Override
    public Class<? extends XtextResourceSet> bindXtextResourceSet() {
        return TemplateResourceSet.class;
    }

    public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
        return TopLevelExportStrategy.class;
    }

    public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
        return DesignerLinkingMessages.class;
    }

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return NoteTemplateValueConverters.class;
    }

    public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
        return DesignerSyntaxErrorMessages.class;
    }
}
