package io.strata.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import liquibase.changelog.ChangeLogParameters;
import liquibase.exception.ChangeLogParseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.xml.AbstractChangeLogParser;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase's parser for DSL change logs ({@value #EXTENSION}): builds the {@link ParsedNode} tree
 * its XML parser would build, so Liquibase loads change sets, includes (of any format), properties
 * and preconditions exactly as from XML. Registered through {@code META-INF/services} (plain
 * Java) and by {@link #register()} (OSGi, where Liquibase's service lookup cannot see this bundle).
 */
public class DslChangeLogParser extends AbstractChangeLogParser {

    /** The DSL's file extension. */
    public static final String EXTENSION = ".strata";

    /** Makes Liquibase's parser factory know this parser; does nothing when it already does. */
    public static void register() {
        ChangeLogParserFactory factory = ChangeLogParserFactory.getInstance();
        synchronized (DslChangeLogParser.class) {
            if (factory.getParsers().stream().noneMatch(DslChangeLogParser.class::isInstance)) {
                factory.register(new DslChangeLogParser());
            }
        }
    }

    /** Whether a change log path names a DSL file. */
    public static boolean isDsl(String path) {
        return path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION);
    }

    @Override
    public boolean supports(String changeLogFile, ResourceAccessor resourceAccessor) {
        return isDsl(changeLogFile);
    }

    @Override
    public int getPriority() {
        return PRIORITY_DEFAULT;
    }

    @Override
    protected ParsedNode parseToNode(String physicalChangeLogLocation, ChangeLogParameters changeLogParameters,
            ResourceAccessor resourceAccessor) throws ChangeLogParseException {
        String text;
        try {
            Resource resource = resourceAccessor.get(physicalChangeLogLocation);
            if (resource == null || !resource.exists()) {
                throw new ChangeLogParseException(physicalChangeLogLocation + " does not exist");
            }
            try (InputStream in = resource.openInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ChangeLogParseException(physicalChangeLogLocation + " cannot be read: " + e.getMessage(), e);
        }
        DslReader.Result result = DslReader.read(text, physicalChangeLogLocation);
        if (!result.ok()) {
            throw new ChangeLogParseException(result.syntaxErrors().stream().map(DslIssue::toString)
                    .collect(Collectors.joining("\n")));
        }
        return result.root();
    }
}
