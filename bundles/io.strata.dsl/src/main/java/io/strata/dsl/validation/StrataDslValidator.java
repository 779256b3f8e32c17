package io.strata.dsl.validation;

/**
 * Xtext's validation hook (for the editor's resources). Strata's checks live in the engine classes
 * {@link io.strata.dsl.DslValidator} and {@link io.strata.dsl.ReferenceCheck}, which need no EMF
 * resource and also serve the CLI.
 */
public class StrataDslValidator extends AbstractStrataDslValidator {
}
