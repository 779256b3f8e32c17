package io.strata.dsl.ui.internal.editor;

import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

/** The texts of the DSL editor ({@code messages.properties}). */
final class Messages {

    private static final String BUNDLE = "io.strata.dsl.ui.internal.editor.messages";

    private Messages() {
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE);
    }

    static String get(String key) {
        return bundle().getString(key);
    }

    static String bind(String key, Object... values) {
        return NLS.bind(get(key), values);
    }
}
