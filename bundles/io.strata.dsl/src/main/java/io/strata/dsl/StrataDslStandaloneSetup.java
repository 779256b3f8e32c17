package io.strata.dsl;

/** Creates the language's injector and registers its EMF package, outside Eclipse's workbench. */
public class StrataDslStandaloneSetup extends StrataDslStandaloneSetupGenerated {

    public static void doSetup() {
        new StrataDslStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}
