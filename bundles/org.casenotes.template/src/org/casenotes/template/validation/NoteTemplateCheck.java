package org.casenotes.template.validation;

import java.util.List;

import org.casenotes.template.ast.AstPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Base of the validators composed into {@link NoteTemplateValidator}; each covers one concern. */
public abstract class NoteTemplateCheck extends AbstractDeclarativeValidator {

    @Override
    protected List<EPackage> getEPackages() {
        return List.of(AstPackage.eINSTANCE);
    }

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into NoteTemplateValidator, which registers itself
    }
}
