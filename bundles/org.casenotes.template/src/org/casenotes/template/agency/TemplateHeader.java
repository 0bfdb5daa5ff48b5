package org.casenotes.template.agency;

import java.util.List;
import java.util.Optional;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.Template;
import org.casenotes.template.ast.TemplateFile;
import org.casenotes.template.internal.LanguageRuntime;
import org.casenotes.template.internal.TemplateWorkspace;
import org.casenotes.template.library.TemplateSource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The head of one template in a file, read by the parser (comments and strings cannot fool it): its qualified id,
 * title and version, and where the version number is written so that it can be raised.
 *
 * @param templateId    package + name, e.g. {@code agency.AgencySoap}
 * @param name          the template's own name, e.g. {@code AgencySoap}
 * @param title         what clinicians see
 * @param version       the version the text declares
 * @param abstractOnly  whether the template is {@code abstract} (a base only)
 * @param versionOffset offset of the version number in the text
 * @param versionLength length of the version number in the text
 */
record TemplateHeader(String templateId, String name, String title, int version, boolean abstractOnly,
        int versionOffset, int versionLength) {

    /** @return the head of the template called {@code name} in {@code text}, if the parser finds one */
    static Optional<TemplateHeader> of(String text, String name) {
        TemplateWorkspace workspace = new TemplateWorkspace(LanguageRuntime.injector());
        LanguageRuntime.exclusively(() -> {
            workspace.load(List.of(new TemplateSource("header.ntpl", text)));
            return null;
        });
        for (TemplateFile file : workspace.files()) {
            String prefix = file.getName() == null ? "" : file.getName() + ".";
            for (var element : file.getElements()) {
                if (element instanceof Template template && name.equals(template.getName())) {
                    List<INode> nodes = NodeModelUtils.findNodesForFeature(template, AstPackage.Literals.TEMPLATE__VERSION);
                    if (nodes.isEmpty()) {
                        return Optional.empty();
                    }
                    INode number = nodes.get(0);
                    return Optional.of(new TemplateHeader(prefix + name, name, template.getTitle(),
                            template.getVersion(), template.isAbstract(), number.getOffset(), number.getLength()));
                }
            }
        }
        return Optional.empty();
    }

    /** @return {@code text} (the text this header was read from) declaring {@code newVersion} instead */
    String withVersion(String text, int newVersion) {
        return text.substring(0, versionOffset) + newVersion + text.substring(versionOffset + versionLength);
    }
}
