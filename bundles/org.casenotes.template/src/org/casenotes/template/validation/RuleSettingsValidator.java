package org.casenotes.template.validation;

import java.util.HashMap;
import java.util.Map;

import org.casenotes.template.ast.AstPackage;
import org.casenotes.template.ast.RuleSetting;
import org.casenotes.template.ast.RuleSettings;
import org.casenotes.template.ast.SeverityOverride;
import org.casenotes.template.ast.SigningWindow;
import org.casenotes.template.ast.WindowUnit;
import org.eclipse.xtext.validation.Check;

/** Per-template rule configuration: severity overrides and the signing window. */
public class RuleSettingsValidator extends NoteTemplateCheck {

    @Check
    public void checkSettings(RuleSettings settings) {
        Map<String, SeverityOverride> severities = new HashMap<>();
        int windows = 0;
        for (RuleSetting setting : settings.getSettings()) {
            if (setting instanceof SeverityOverride severity && severity.getRule() != null
                    && severities.putIfAbsent(severity.getRule(), severity) != null) {
                error("The severity of '" + severity.getRule() + "' is already set on line "
                        + Lines.of(severities.get(severity.getRule())) + ".", severity,
                        AstPackage.Literals.SEVERITY_OVERRIDE__RULE, IssueCodes.INVALID_RULE_SETTING);
            }
            if (setting instanceof SigningWindow window && ++windows > 1) {
                error("The signing window is already set; keep one 'sign within'.", window, null,
                        IssueCodes.INVALID_RULE_SETTING);
            }
        }
    }

    @Check
    public void checkSigningWindow(SigningWindow window) {
        if (window.getAmount() < 1 && !UnreadNumbers.at(window, AstPackage.Literals.SIGNING_WINDOW__AMOUNT)) {
            error("The signing window must be at least 1 " + window.getUnit() + ".", window,
                    AstPackage.Literals.SIGNING_WINDOW__AMOUNT, IssueCodes.INVALID_RULE_SETTING);
        }
        if (window.isBusiness() && window.getUnit() == WindowUnit.HOURS) {
            error("'business' applies to days: write 'sign within 3 business days' or 'sign within 72 hours'.", window,
                    AstPackage.Literals.SIGNING_WINDOW__BUSINESS, IssueCodes.INVALID_RULE_SETTING);
        }
    }

    @Check
    public void checkRuleId(SeverityOverride severity) {
        if (severity.getRule() != null && !severity.getRule().matches("[A-Za-z][\\w.-]*")) {
            error("A rule id looks like 'language.jargon': letters, digits, '.', '-' and '_'.", severity,
                    AstPackage.Literals.SEVERITY_OVERRIDE__RULE, IssueCodes.INVALID_RULE_SETTING);
        }
    }
}
