package io.strata.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options and positional arguments of one command, checked against what it accepts. */
final class Arguments {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    Arguments(String command, List<String> args, Set<String> valueOptions, Set<String> flags) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg;
                String value = null;
                int equals = arg.indexOf('=');
                if (equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                }
                if (valueOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(name + " needs a value. See 'strata " + command + " --help'.");
                        }
                        value = args.get(++i);
                    }
                    values.put(name, value);
                } else if (flags.contains(name) && value == null) {
                    values.put(name, "true");
                } else {
                    throw new UsageException("unknown option '" + arg + "' for " + command + ". See 'strata " + command + " --help'.");
                }
            } else {
                positional.add(arg);
            }
        }
    }

    String get(String option) {
        return values.get(option);
    }

    boolean has(String option) {
        return values.containsKey(option);
    }

    List<String> positional() {
        return positional;
    }
}
