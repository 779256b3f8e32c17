package io.strata.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;

/** Strata's bindings over the generated ones: values are plain strings, quoted or not. */
public class StrataDslRuntimeModule extends AbstractStrataDslRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return DslValueConverters.class;
    }
}
