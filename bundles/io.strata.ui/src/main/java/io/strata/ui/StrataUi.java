package io.strata.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The Strata IDE bundle: its id, images and preferences. */
public final class StrataUi extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "io.strata.ui";

    /** Image keys; each names a file under {@code icons/}. */
    public static final String IMG_STRATA = "strata.png";
    public static final String IMG_PLANS = "plans.png";
    public static final String IMG_CHANGE_LOG = "changelog.png";
    public static final String IMG_RULES = "rules.png";
    public static final String IMG_RULES_PHASE = "rulesphase.png";
    public static final String IMG_REPORTS = "reports.png";
    public static final String IMG_SNAPSHOTS = "snapshots.png";

    private static StrataUi instance;

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

    public static StrataUi getDefault() {
        return instance;
    }

    @Override
    protected void initializeImageRegistry(ImageRegistry registry) {
        for (String key : new String[] { IMG_STRATA, IMG_PLANS, IMG_CHANGE_LOG, IMG_RULES, IMG_RULES_PHASE,
                IMG_REPORTS, IMG_SNAPSHOTS }) {
            registry.put(key, imageDescriptorFromPlugin(PLUGIN_ID, "icons/" + key));
        }
    }

    /** A shared image; do not dispose it. */
    public static Image image(String key) {
        return getDefault().getImageRegistry().get(key);
    }

    public static ImageDescriptor descriptor(String key) {
        return getDefault().getImageRegistry().getDescriptor(key);
    }
}
