package io.strata.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code strata <command> [options]}: Strata without a display. Exit codes: 0 success, 2 usage
 * error (unknown command or option).
 */
public final class StrataCli implements IApplication {

    public static final int OK = 0;
    /** Something went wrong that is not the user's doing; the message says what. */
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        List<String> arguments = args == null ? List.of() : Arrays.asList(args);
        try {
            return run(arguments, System.out, System.err);
        } catch (RuntimeException | LinkageError e) {
            System.err.println("strata: internal error: " + e + (arguments.contains("--debug") ? "" : ". Run the command again with --debug for details."));
            if (arguments.contains("--debug")) {
                e.printStackTrace();
            }
            return INTERNAL_ERROR;
        }
    }

    @Override
    public void stop() {
        // Commands are short; nothing to interrupt yet.
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            usage(out);
            return args.isEmpty() ? USAGE : OK;
        }
        String command = args.get(0);
        List<String> options = args.subList(1, args.size());
        switch (command) {
            case "version", "--version":
                out.println("Strata " + bundle().getVersion());
                return OK;
            case "bundles":
                return bundles(options, out, err);
            default:
                err.println("strata: unknown command '" + command + "'. Run 'strata --help' for the list of commands.");
                return USAGE;
        }
    }

    private int bundles(List<String> options, PrintStream out, PrintStream err) {
        String filter = null;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equals("--filter") && i + 1 < options.size()) {
                filter = options.get(++i).toLowerCase(Locale.ROOT);
            } else if (options.get(i).equals("--help")) {
                out.println("strata bundles [--filter TEXT]");
                out.println("  Lists the plug-ins installed in this Strata, with version and state.");
                return OK;
            } else {
                err.println("strata bundles: unknown option '" + options.get(i) + "'. Usage: strata bundles [--filter TEXT]");
                return USAGE;
            }
        }
        Bundle[] bundles = bundle().getBundleContext().getBundles();
        Arrays.sort(bundles, Comparator.comparing(Bundle::getSymbolicName, Comparator.nullsFirst(String::compareTo)));
        for (Bundle b : bundles) {
            String name = String.valueOf(b.getSymbolicName());
            if (filter == null || name.toLowerCase(Locale.ROOT).contains(filter)) {
                out.println(name + " " + b.getVersion() + " " + state(b.getState()));
            }
        }
        return OK;
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.INSTALLED -> "INSTALLED (not resolved)";
            default -> "STATE " + state;
        };
    }

    private static void usage(PrintStream out) {
        out.println("Usage: strata <command> [options]");
        out.println();
        out.println("Commands:");
        out.println("  version    Print Strata's version");
        out.println("  bundles    List the installed plug-ins (--filter TEXT)");
        out.println();
        out.println("Without a command, 'strata' starts the Strata IDE.");
    }

    private static Bundle bundle() {
        return FrameworkUtil.getBundle(StrataCli.class);
    }
}
