package io.strata.team.ui.internal.credentials;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.swt.widgets.Shell;

import io.strata.team.ui.internal.Messages;
import io.strata.ui.StrataUi;
import io.strata.ui.preferences.StrataPreferences;

/**
 * The author of commits: Strata's default author preference (Window > Preferences > Strata; "Name"
 * or "Name &lt;email&gt;"), else asked with a dialog.
 */
public final class Authors {

    private static final Pattern WITH_EMAIL = Pattern.compile("\\s*(.*?)\\s*<([^>]*)>\\s*");

    private Authors() {
    }

    /** The author for a commit (UI thread); null when the user cancelled the question. */
    public static PersonIdent author(Shell shell) {
        String preference = Platform.getPreferencesService().getString(StrataUi.PLUGIN_ID, StrataPreferences.DEFAULT_AUTHOR, "", null);
        if (preference != null && !preference.isBlank()) {
            return parse(preference);
        }
        InputDialog dialog = new InputDialog(shell, Messages.author_title, Messages.author_message, "",
                text -> text.isBlank() ? Messages.author_empty : null);
        return dialog.open() == Window.OK ? parse(dialog.getValue()) : null;
    }

    /** "Name &lt;email&gt;" or just "Name" (then without an e-mail address). */
    static PersonIdent parse(String text) {
        Matcher matcher = WITH_EMAIL.matcher(text);
        if (matcher.matches() && !matcher.group(1).isEmpty()) {
            return new PersonIdent(matcher.group(1), matcher.group(2).strip());
        }
        return new PersonIdent(text.strip(), "");
    }
}
