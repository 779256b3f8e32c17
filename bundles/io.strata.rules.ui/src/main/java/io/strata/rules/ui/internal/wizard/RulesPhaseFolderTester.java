package io.strata.rules.ui.internal.wizard;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IResource;

/** {@code io.strata.rules.ui.isRulesPhaseFolder}: the resource is Rules/PreForecast, Forecast, PostForecast or SqlRules. */
public final class RulesPhaseFolderTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return "isRulesPhaseFolder".equals(property) && receiver instanceof IResource resource
                && RulesFolders.phaseOf(resource) != null;
    }
}
