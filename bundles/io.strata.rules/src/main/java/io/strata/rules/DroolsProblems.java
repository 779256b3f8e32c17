package io.strata.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.FunctionError;
import org.drools.compiler.compiler.ImportError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.jci.CompilationProblem;

/**
 * Turns Drools' builder errors for one DRL file into what a DBA can act on: one problem per
 * location, with the line and column in the .drl file and a message without Drools' follow-on
 * noise.
 *
 * <p>What Drools reports and how it is mapped:
 * <ul>
 * <li>{@link ParserError}: line and 0-based column of the offending token. The consequential
 * "Parser returned a null Package" (line 0) is dropped.</li>
 * <li>{@link RuleBuildError}: the rule's Java class failed to compile; its line is the rule's. The
 * ECJ problems it carries have lines in the generated class; lines after the consequence offset
 * are mapped back into the consequence in the .drl file.</li>
 * <li>{@link FunctionError}: the same for a {@code function}, mapped into the function's body.</li>
 * <li>{@link DescrBuildError}: the descr that failed, with its line, column and text.</li>
 * <li>{@link ImportError}: always line 1 or -1; the line of the import is looked up in the text,
 * and errors that only repeat the failed import's class are dropped.</li>
 * </ul>
 */
final class DroolsProblems {

    static final String NULL_PACKAGE = "Parser returned a null Package";

    /** Lines between the "then" line and the first line of the consequence in the generated class. */
    private static final int CONSEQUENCE_LINE_SHIFT = 3;
    /** The same for a function: its declaration line is the offset line of the generated class. */
    private static final int FUNCTION_LINE_SHIFT = 0;

    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:-?\\d+ ");
    private static final Pattern ANALYSE_EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+):");
    private static final Pattern THEN = Pattern.compile("(?<![\\w$])then\\s+");
    private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\]]*)\\]");
    private static final Pattern QUOTED_NAME = Pattern.compile(
            "(?:The method |The field |The type |The import |)([A-Za-z_$][\\w$.]*)(?:\\(|\\s+(?:cannot be resolved|is undefined))");

    private final String source;
    private final String[] lines;
    private final String text;

    DroolsProblems(RuleSource source) {
        this.source = source.name();
        this.text = source.text();
        this.lines = source.text().split("\r\n|\r|\n", -1);
    }

    /** Problems for the errors Drools gave for this file, follow-ons removed, ordered by line. */
    List<RuleProblem> convert(List<? extends KnowledgeBuilderResult> errors) {
        List<Found> found = new ArrayList<>();
        Set<String> failedImports = new HashSet<>();
        boolean brokenDeclarations = false;
        for (KnowledgeBuilderResult error : errors) {
            if (error instanceof ImportError importError && find("import " + importError.getGlobal()) != null) {
                failedImports.add(importError.getGlobal());
                brokenDeclarations = true;
            }
            if (error instanceof FunctionError) {
                brokenDeclarations = true;
            }
        }
        for (KnowledgeBuilderResult error : errors) {
            List<Found> converted = convert(error);
            if (brokenDeclarations && error instanceof RuleBuildError) {
                // A consequence compiled against a missing import or a broken function: its errors
                // (unresolved variables, undefined methods) repeat that cause.
                converted = converted.stream().map(f -> new Found(f.line, f.column, f.message, true, false)).toList();
            }
            found.addAll(converted);
        }
        boolean anyLocated = found.stream().anyMatch(f -> f.line > 0 && !f.followOn);
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (f.followOn && found.stream().anyMatch(o -> !o.followOn)) {
                continue;
            }
            if (f.line <= 0 && anyLocated) {
                continue;
            }
            if (!f.isImportError && repeatsFailedImport(f.message, failedImports)) {
                continue;
            }
            kept.add(f);
        }
        if (kept.isEmpty()) {
            kept = found;
        }
        // The first real cause per location: parser errors first (they come first), then Drools' order.
        Map<Integer, Found> perLine = new LinkedHashMap<>();
        for (Found f : kept) {
            perLine.putIfAbsent(f.line, f);
        }
        return perLine.values().stream()
                .sorted(Comparator.comparingInt((Found f) -> f.line).thenComparingInt(f -> f.column))
                .map(f -> new RuleProblem(source, Math.max(0, f.line), Math.max(0, f.column), f.message))
                .toList();
    }

    private record Found(int line, int column, String message, boolean followOn, boolean isImportError) {
        Found(int line, int column, String message) {
            this(line, column, message, false, false);
        }
    }

    private List<Found> convert(KnowledgeBuilderResult error) {
        String message = error.getMessage() == null ? "" : error.getMessage().strip();
        if (error instanceof ParserError parserError) {
            if (NULL_PACKAGE.equals(message)) {
                return List.of(new Found(0, 0, message, true, false));
            }
            int line = parserError.getRow();
            int column = parserError.getCol() >= 0 && line > 0 ? parserError.getCol() + 1 : 0;
            return List.of(new Found(line, column, PARSER_PREFIX.matcher(message).replaceFirst("")));
        }
        if (error instanceof ImportError importError) {
            String name = importError.getGlobal();
            int[] at = find("import " + name);
            if (at == null) {
                at = find(name);
            }
            if (at == null) {
                // Drools' own import of a function of this file: a consequence of that function's error.
                return List.of(new Found(0, 0, "cannot import " + name, true, true));
            }
            return List.of(new Found(at[0], at[1] + "import ".length(), "cannot import " + name
                    + ": no such class (is its bundle or jar available to the rules?)", false, true));
        }
        if (error instanceof RuleBuildError ruleError && ruleError.getDescr() instanceof RuleDescr rule
                && ruleError.getObject() instanceof CompilationProblem[] problems) {
            return consequenceProblems(rule, problems);
        }
        if (error instanceof FunctionError functionError
                && functionError.getObject() instanceof CompilationProblem[] problems) {
            return functionProblems(functionError.getFunctionDescr(), problems);
        }
        if (error instanceof DescrBuildError descrError) {
            return List.of(descrProblem(descrError, message));
        }
        int[] errorLines = error.getLines();
        int line = errorLines != null && errorLines.length > 0 ? errorLines[0] : 0;
        return List.of(new Found(line, firstNonBlank(line), firstLines(message)));
    }

    private List<Found> consequenceProblems(RuleDescr rule, CompilationProblem[] problems) {
        return javaProblems(problems, "rule \"" + rule.getName() + "\": ", rule, rule.getConsequenceLine(),
                rule.getConsequenceOffset(), rule.getConsequenceOffset(), CONSEQUENCE_LINE_SHIFT);
    }

    private List<Found> functionProblems(FunctionDescr function, CompilationProblem[] problems) {
        return javaProblems(problems, "function " + function.getName() + ": ", function, function.getLine(),
                function.getOffset(), function.getOffset() - 1, FUNCTION_LINE_SHIFT);
    }

    /**
     * ECJ's problems in the class Drools generated for a rule or function. Lines up to
     * {@code headerLines} are the class's header (imports): an error there repeats an import or
     * function error of this file. Later lines map to {@code startLine + (javaLine - offset) - shift}.
     */
    private List<Found> javaProblems(CompilationProblem[] problems, String prefix, BaseDescr owner, int startLine,
            int offset, int headerLines, int shift) {
        List<Found> found = new ArrayList<>();
        for (CompilationProblem problem : problems) {
            if (!problem.isError()) {
                continue;
            }
            int javaLine = problem.getStartLine();
            String message = prefix + problem.getMessage().strip();
            if (javaLine <= headerLines) {
                found.add(new Found(owner.getLine(), owner.getColumn() + 1, message, true, false));
                continue;
            }
            int line = clamp(startLine + (javaLine - offset) - shift, startLine, Math.max(startLine, owner.getEndLine()));
            int column = column(line, problem.getMessage());
            if (line == startLine && owner instanceof RuleDescr && column == firstNonBlank(line)) {
                column = afterThen(line, column);
            }
            found.add(new Found(line, column, message));
        }
        return found;
    }

    private Found descrProblem(DescrBuildError error, String message) {
        BaseDescr descr = error.getDescr();
        String readable = readable(message);
        if (descr == null) {
            return new Found(error.getLine(), 0, readable);
        }
        int line = descr.getLine();
        List<String> texts = new ArrayList<>();
        texts.add(descr.getText());
        if (descr instanceof ExprConstraintDescr constraint) {
            texts.add(constraint.getExpression());
        }
        Matcher expression = ANALYSE_EXPRESSION.matcher(firstLines(message));
        if (expression.matches()) {
            texts.add(expression.group(1));
        }
        for (String descrText : texts) {
            if (descrText == null || descrText.isBlank()) {
                continue;
            }
            if (line > 0) {
                int index = lineText(line).indexOf(descrText.strip());
                if (index >= 0) {
                    return new Found(line, index + 1, readable);
                }
            } else {
                // A descr Drools made itself (a normalised constraint) has no location: find its text.
                int[] at = find(descrText.strip());
                if (at != null) {
                    return new Found(at[0], at[1], readable);
                }
            }
        }
        if (descr.getStartCharacter() >= 0 && descr.getStartCharacter() < text.length()) {
            int[] at = position(descr.getStartCharacter());
            if (line <= 0 || at[0] == line) {
                return new Found(at[0], at[1], readable);
            }
        }
        return new Found(line, descr.getColumn() >= 0 ? descr.getColumn() + 1 : firstNonBlank(line), readable);
    }

    /** MVEL's multi-line analysis messages, shortened to their first line and the MVEL error. */
    static String readable(String message) {
        String first = firstLines(message);
        Matcher mvel = MVEL_ERROR.matcher(message);
        if (mvel.find() && !first.contains(mvel.group(1))) {
            String head = first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
            return head + ": " + mvel.group(1).strip();
        }
        return first;
    }

    private static String firstLines(String message) {
        String first = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return first;
    }

    private static boolean repeatsFailedImport(String message, Set<String> failedImports) {
        for (String name : failedImports) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (message.contains(name) || message.contains("'" + simple + "'")) {
                return true;
            }
        }
        return false;
    }

    /** The column of the name the message is about on that line, else of its first non-blank. */
    private int column(int line, String message) {
        Matcher name = QUOTED_NAME.matcher(message);
        String lineText = lineText(line);
        if (name.find()) {
            String simple = name.group(1).substring(name.group(1).lastIndexOf('.') + 1);
            Matcher word = Pattern.compile("(?<![\\w$])" + Pattern.quote(simple) + "(?![\\w$])").matcher(lineText);
            if (word.find()) {
                return word.start() + 1;
            }
        }
        return firstNonBlank(line);
    }

    /** On a "then ... end" line, the first column of the consequence, else {@code otherwise}. */
    private int afterThen(int line, int otherwise) {
        Matcher then = THEN.matcher(lineText(line));
        return then.find() ? then.end() + 1 : otherwise;
    }

    private int firstNonBlank(int line) {
        String lineText = lineText(line);
        for (int i = 0; i < lineText.length(); i++) {
            if (!Character.isWhitespace(lineText.charAt(i))) {
                return i + 1;
            }
        }
        return line > 0 ? 1 : 0;
    }

    private String lineText(int line) {
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    /** Line and column (both 1-based) of the first occurrence of the text, or {@code null}. */
    private int[] find(String needle) {
        for (int i = 0; i < lines.length; i++) {
            int index = lines[i].indexOf(needle);
            if (index >= 0) {
                return new int[] { i + 1, index + 1 };
            }
        }
        return null;
    }

    private int[] position(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] { line, offset - lineStart + 1 };
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
