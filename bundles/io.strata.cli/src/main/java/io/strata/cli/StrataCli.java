package io.strata.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code strata <command> [options]}: Strata without a display. The commands are in
 * {@link StrataCommands}; this application only connects them to the process.
 */
public final class StrataCli implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        List<String> arguments = args == null ? List.of() : Arrays.asList(args);
        quietDrools(arguments.contains("--debug"));
        if (arguments.size() >= 2 && arguments.get(0).equals("daemon") && arguments.get(1).equals("run")) {
            return daemon();
        }
        return run(arguments, new StrataCommands.Environment(System.out, System.err, System.getenv(), System.console(),
                Path.of("").toAbsolutePath(), installDir(), bundle().getVersion().toString()));
    }

    /** One command, in this process or for a client of the daemon. */
    private static int run(List<String> arguments, StrataCommands.Environment env) {
        if (!arguments.isEmpty() && arguments.get(0).equals("bundles")) {
            return bundles(arguments.subList(1, arguments.size()), env.out(), env.err());
        }
        if (!arguments.isEmpty() && arguments.get(0).equals("daemon")) {
            env.err().println("strata: 'strata daemon start|stop|status' is handled by the launcher script (strata), "
                    + "not by the Strata application; run it through the script.");
            return ExitCode.USAGE;
        }
        return new StrataCommands(env).run(arguments);
    }

    /** Change sets the daemon keeps loaded in all: {@code STRATA_DAEMON_CHANGESETS}, default 20,000 (0: none). */
    static int changeLogMemory(Map<String, String> env) {
        String value = env.getOrDefault("STRATA_DAEMON_CHANGESETS", "").strip().replace(",", "").replace("_", "");
        try {
            return value.isEmpty() ? 20_000 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("STRATA_DAEMON_CHANGESETS='" + value + "' is not a number of change sets; write e.g. 20000");
        }
    }

    /**
     * {@code strata daemon run}: serves commands of clients of this installation and version until
     * stopped or idle (docs/cli.md). Started in the background by the launcher script; its output
     * goes to the log file next to its socket.
     */
    private static int daemon() {
        Map<String, String> env = System.getenv();
        Path install = installDir();
        String version = bundle().getVersion().toString();
        if (install == null) {
            System.err.println("strata: no installation folder (osgi.install.area); the daemon needs one to name its socket.");
            return ExitCode.INTERNAL_ERROR;
        }
        Path socket = DaemonServer.socket(env, install, version);
        try {
            DaemonProtocol.privateDirectory(socket.getParent());
            try (PrintStream log = new PrintStream(Files.newOutputStream(DaemonServer.log(socket)), true)) {
                System.setOut(log);
                System.setErr(log);
                try {
                    // Forecasts of an unchanged change log skip Liquibase's load (docs/cli.md, "The Strata daemon").
                    io.strata.liquibase.ChangeLogMemory.enable(changeLogMemory(env));
                    new DaemonServer(socket, install, version, DaemonServer.idleTime(env), true, StrataCli::run)
                            .afterCommand(io.strata.liquibase.ChangeLogMemory::settleShared).serve(log);
                } catch (IOException | IllegalArgumentException e) {
                    log.println("strata: the daemon cannot serve at " + socket + ": " + e.getMessage());
                    return ExitCode.FAILED;
                }
            }
            return ExitCode.OK;
        } catch (IOException e) {
            System.err.println("strata: the daemon cannot serve at " + socket + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    @Override
    public void stop() {
        // Commands are not interrupted; a killed deploy leaves a lock that release-locks clears.
    }

    /**
     * Drools logs hints through slf4j on WARN while it compiles (e.g. "eval is not
     * performance-efficient" for the reference rule): noise on a CI log next to Check Rules'
     * verdict. Only errors are shown unless --debug or the property is set already.
     */
    private static void quietDrools(boolean debug) {
        String property = "org.slf4j.simpleLogger.log.org.drools";
        if (!debug && System.getProperty(property) == null) {
            System.setProperty(property, "error");
        }
    }

    private static Path installDir() {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            return null;
        }
        try {
            return Path.of(new URL(area).toURI());
        } catch (Exception e) {
            return null;
        }
    }

    private static int bundles(List<String> options, PrintStream out, PrintStream err) {
        String filter = null;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equals("--filter") && i + 1 < options.size()) {
                filter = options.get(++i).toLowerCase(Locale.ROOT);
            } else if (options.get(i).equals("--help")) {
                out.println("strata bundles [--filter TEXT]");
                out.println("  Lists the plug-ins installed in this Strata, with version and state.");
                return ExitCode.OK;
            } else {
                err.println("strata bundles: unknown option '" + options.get(i) + "'. Usage: strata bundles [--filter TEXT]");
                return ExitCode.USAGE;
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
        return ExitCode.OK;
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

    private static Bundle bundle() {
        return FrameworkUtil.getBundle(StrataCli.class);
    }
}
