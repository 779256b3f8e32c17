package io.strata.rules.ui.internal.drl;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

import io.strata.rules.RuleSet;

/**
 * The name of a new rule file as the user types it: {@code .drl} is added when it is missing;
 * names Strata would not read, names that are not portable file names, and names that clash
 * with a file of the folder (also in another case, for Windows and macOS) are refused with the
 * reason.
 *
 * @param fileName the file name to create, or {@code null} when refused
 * @param error why the name is refused, or {@code null}
 */
public record RulesFileName(String fileName, String error) {

    private static final Pattern BASE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final int MAX_LENGTH = 100;

    public boolean ok() {
        return error == null;
    }

    /**
     * @param typed what the user typed
     * @param folder the folder's path for messages, e.g. {@code Rules/Forecast}
     * @param existing the names of the files and folders already in it
     */
    public static RulesFileName check(String typed, String folder, Collection<String> existing) {
        String name = typed == null ? "" : typed.trim();
        if (name.isEmpty()) {
            return refused(Messages.get("name.empty"));
        }
        if (name.contains("/") || name.contains("\\")) {
            return refused(Messages.get("name.separator", folder));
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(RuleSet.EXTENSION) && !name.endsWith(RuleSet.EXTENSION)) {
            return refused(Messages.get("name.extensionCase", name));
        }
        if (!name.endsWith(RuleSet.EXTENSION)) {
            name = name + RuleSet.EXTENSION;
        }
        String base = name.substring(0, name.length() - RuleSet.EXTENSION.length());
        if (base.isEmpty()) {
            return refused(Messages.get("name.empty"));
        }
        if (!BASE_NAME.matcher(base).matches()) {
            return refused(Messages.get("name.characters", typed.trim()));
        }
        if (name.length() > MAX_LENGTH) {
            return refused(Messages.get("name.tooLong", MAX_LENGTH));
        }
        for (String other : existing) {
            if (other.equals(name)) {
                return refused(Messages.get("name.exists", name, folder));
            }
            if (other.equalsIgnoreCase(name)) {
                return refused(Messages.get("name.existsOtherCase", name, other, folder));
            }
        }
        return new RulesFileName(name, null);
    }

    private static RulesFileName refused(String error) {
        return new RulesFileName(null, error);
    }
}
