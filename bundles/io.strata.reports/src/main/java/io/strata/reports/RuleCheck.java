package io.strata.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.strata.rules.RuleCompilation;
import io.strata.rules.RuleProblem;
import io.strata.rules.RuleSource;

/**
 * What Check Rules found, for its report.
 *
 * @param scope what was checked ({@code Rules/Forecast}, {@code Rules}...)
 * @param started when the check started
 * @param millis how long it took
 * @param files every rule file checked (as {@link RuleProblem#source()} names them), with or without problems
 * @param problems the problems, in the order the compiler reported them
 */
public record RuleCheck(String scope, Instant started, long millis, List<String> files, List<RuleProblem> problems) {

    public RuleCheck {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** The check of these sources with the compiler's outcome. */
    public static RuleCheck of(String scope, Instant started, long millis, List<RuleSource> sources, RuleCompilation compilation) {
        List<String> names = new ArrayList<>();
        for (RuleSource source : sources) {
            names.add(source.name());
        }
        return new RuleCheck(scope, started, millis, names, compilation.problems());
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** The files in order, then any file a problem names that is not among them. */
    List<String> allFiles() {
        List<String> all = new ArrayList<>(files);
        for (RuleProblem p : problems) {
            if (!all.contains(p.source())) {
                all.add(p.source());
            }
        }
        return all;
    }

    /** The problems of one file. */
    List<RuleProblem> problemsOf(String file) {
        return problems.stream().filter(p -> file.equals(p.source())).toList();
    }
}
