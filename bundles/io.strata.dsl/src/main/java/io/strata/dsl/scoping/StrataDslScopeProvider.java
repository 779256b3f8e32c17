package io.strata.dsl.scoping;


/** No cross references in the language yet: the default scoping. */
public class StrataDslScopeProvider extends AbstractStrataDslScopeProvider {

}
