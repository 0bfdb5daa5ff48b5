package org.casenotes.template.compiler;

import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.RuleConfiguration;
import org.casenotes.model.form.RuleSeverity;
import org.casenotes.model.form.SeverityOverride;
import org.casenotes.model.form.SigningWindow;
import org.casenotes.model.form.WindowUnit;
import org.casenotes.template.ast.ApprovedTerms;
import org.casenotes.template.ast.RulePacks;
import org.casenotes.template.ast.RuleSetting;
import org.casenotes.template.ast.RuleSettings;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Merges a template's {@code rules { }} block over the configuration it inherits: rule packs and approved terms
 * add up, a severity override or signing window of the template replaces the inherited one.
 */
final class RuleConfigurations {

    private static final FormFactory FORM = FormFactory.eINSTANCE;

    private RuleConfigurations() {
    }

    static RuleConfiguration merge(RuleConfiguration inherited, RuleSettings own) {
        RuleConfiguration result = inherited == null ? FORM.createRuleConfiguration() : EcoreUtil.copy(inherited);
        if (own == null) {
            return result;
        }
        for (RuleSetting setting : own.getSettings()) {
            if (setting instanceof RulePacks packs) {
                packs.getPacks().stream().filter(p -> !result.getRulePacks().contains(p)).forEach(result.getRulePacks()::add);
            } else if (setting instanceof ApprovedTerms terms) {
                terms.getTerms().stream().filter(t -> !result.getApprovedTerms().contains(t))
                        .forEach(result.getApprovedTerms()::add);
            } else if (setting instanceof org.casenotes.template.ast.SeverityOverride severity) {
                result.getSeverityOverrides().removeIf(o -> o.getRuleId().equals(severity.getRule()));
                SeverityOverride override = FORM.createSeverityOverride();
                override.setRuleId(severity.getRule());
                override.setSeverity(RuleSeverity.valueOf(severity.getSeverity().name()));
                result.getSeverityOverrides().add(override);
            } else if (setting instanceof org.casenotes.template.ast.SigningWindow window) {
                SigningWindow signing = FORM.createSigningWindow();
                signing.setAmount(window.getAmount());
                signing.setUnit(window.isBusiness() ? WindowUnit.BUSINESS_DAYS
                        : window.getUnit() == org.casenotes.template.ast.WindowUnit.HOURS ? WindowUnit.HOURS
                                : WindowUnit.DAYS);
                result.setSigningWindow(signing);
            }
        }
        return result;
    }
}
