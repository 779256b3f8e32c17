package io.strata.rules.ui.internal.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitions of a DRL document: comments, strings and the rest (code). Set up on every
 * {@code .drl} document by the file buffers (extension {@code org.eclipse.core.filebuffers.documentSetup}).
 */
public final class DrlPartitions implements IDocumentSetupParticipant {

    public static final String PARTITIONING = "__drl_partitioning";
    public static final String COMMENT = "__drl_comment";
    public static final String STRING = "__drl_string";
    public static final String[] TYPES = { COMMENT, STRING };

    @Override
    public void setup(IDocument document) {
        if (document instanceof IDocumentExtension3 extension
                && extension.getDocumentPartitioner(PARTITIONING) == null) {
            FastPartitioner partitioner = new FastPartitioner(new Scanner(), TYPES);
            extension.setDocumentPartitioner(PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }

    private static final class Scanner extends RuleBasedPartitionScanner {
        Scanner() {
            IToken comment = new Token(COMMENT);
            IToken string = new Token(STRING);
            setPredicateRules(new IPredicateRule[] {
                    new EndOfLineRule("//", comment),
                    new MultiLineRule("/*", "*/", comment, (char) 0, true),
                    new SingleLineRule("\"", "\"", string, '\\'),
                    new SingleLineRule("'", "'", string, '\\') });
        }
    }
}
