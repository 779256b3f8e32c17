package io.strata.rules.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.strata.rules.ui.internal.drl.FactTypes;
import io.strata.rules.ui.internal.editor.BundleClassLister;

/** The rules editor bundle: the DRL editor, Create Rules File, and Check Rules markers. */
public final class RulesUi extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "io.strata.rules.ui";
    /** The DRL editor. */
    public static final String EDITOR_ID = "io.strata.rules.ui.drlEditor";
    /** The content type of {@code *.drl} files. */
    public static final String CONTENT_TYPE_ID = "io.strata.rules.ui.drl";
    /** Problem markers Check Rules puts on rule files. */
    public static final String MARKER_ID = "io.strata.rules.ui.problem";
    /** The Create Rules File wizard. */
    public static final String NEW_RULES_FILE_WIZARD_ID = "io.strata.rules.ui.newRulesFile";

    private static RulesUi instance;

    private volatile FactTypes factTypes;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static RulesUi getDefault() {
        return instance;
    }

    /** The fact types content assist offers; read once (loads Liquibase's change classes). */
    public FactTypes factTypes() {
        FactTypes types = factTypes;
        if (types == null) {
            synchronized (this) {
                types = factTypes;
                if (types == null) {
                    types = FactTypes.strataFacts(new BundleClassLister());
                    factTypes = types;
                }
            }
        }
        return types;
    }
}
