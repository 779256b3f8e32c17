package io.strata.rules.ui.internal.drl;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Every message of the rules editor a user sees, from {@code messages.properties} next to this
 * class (one place to review and translate). Plain Java, so the logic that uses it runs without
 * the workbench.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.class.getPackageName() + ".messages");

    private Messages() {
    }

    /** The messages, for JFace actions that read their label from a bundle. */
    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /** The message with this key, its {0}, {1}... filled with the arguments. */
    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
