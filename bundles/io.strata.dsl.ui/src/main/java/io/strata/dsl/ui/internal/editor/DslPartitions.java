package io.strata.dsl.ui.internal.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitions of a DSL document: comments, strings (which may span lines, as SQL does) and the
 * rest. Set up on every {@code .strata} document by the file buffers (extension
 * {@code org.eclipse.core.filebuffers.documentSetup}), so that colouring a changed line never
 * needs to look further than its partition.
 */
public final class DslPartitions implements IDocumentSetupParticipant {

    public static final String PARTITIONING = "__strata_dsl_partitioning";
    public static final String COMMENT = "__strata_dsl_comment";
    public static final String STRING = "__strata_dsl_string";
    public static final String[] TYPES = { COMMENT, STRING };

    @Override
    public void setup(IDocument document) {
        if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
            FastPartitioner partitioner = new FastPartitioner(new Scanner(), TYPES);
            extension.setDocumentPartitioner(PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }

    /** The partition type at an offset (the default content type outside comments and strings). */
    static String typeAt(IDocument document, int offset) {
        try {
            return document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) != null
                    ? extension.getContentType(PARTITIONING, offset, false) : IDocument.DEFAULT_CONTENT_TYPE;
        } catch (org.eclipse.jface.text.BadLocationException | org.eclipse.jface.text.BadPartitioningException e) {
            return IDocument.DEFAULT_CONTENT_TYPE;
        }
    }

    private static final class Scanner extends RuleBasedPartitionScanner {
        Scanner() {
            IToken comment = new Token(COMMENT);
            IToken string = new Token(STRING);
            setPredicateRules(new IPredicateRule[] {
                    new EndOfLineRule("//", comment),
                    new MultiLineRule("/*", "*/", comment, (char) 0, true),
                    new MultiLineRule("\"", "\"", string, '\\', true),
                    new MultiLineRule("'", "'", string, '\\', true) });
        }
    }
}
