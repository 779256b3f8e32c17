package io.strata.rules.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

import io.strata.rules.ui.internal.drl.FactTypes;

/** Lists a package through the wiring of the bundle that holds it; outside OSGi, from its jar. */
public final class BundleClassLister implements FactTypes.ClassLister {

    @Override
    public List<String> apply(Class<?> anchor) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return FactTypes.classesFromCodeSource(anchor);
        }
        String path = anchor.getPackageName().replace('.', '/');
        Collection<String> resources = wiring.listResources(path, "*.class", BundleWiring.LISTRESOURCES_LOCAL);
        List<String> names = new ArrayList<>();
        for (String resource : resources) {
            names.add(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
        }
        return names;
    }
}
