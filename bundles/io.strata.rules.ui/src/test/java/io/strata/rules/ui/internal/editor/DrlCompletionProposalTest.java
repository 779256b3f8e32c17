package io.strata.rules.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.text.Document;
import org.junit.jupiter.api.Test;

import io.strata.rules.ui.internal.drl.DrlAssist;
import io.strata.rules.ui.internal.drl.DrlProposal;
import io.strata.rules.ui.internal.drl.FactTypes;

/** Applying a proposal to a JFace document: the completion, the import it needs, the cursor. */
class DrlCompletionProposalTest {

    private static final DrlAssist ASSIST = new DrlAssist(FactTypes.strataFacts(FactTypes::classesFromCodeSource));

    @Test
    void aTypeThatIsNotImportedIsCompletedAndImported() {
        String text = "package p\n\nimport io.strata.rules.Response;\n\nrule \"R\"\n    when\n        $t : TableMo";
        Document document = new Document(text);
        DrlProposal proposal = ASSIST.proposals(text, text.length()).get(0);
        DrlCompletionProposal completion = new DrlCompletionProposal(proposal);

        completion.apply(document);

        String expected = "package p\n\nimport io.strata.rules.Response;\nimport io.strata.forecast.model.TableModel;\n\n"
                + "rule \"R\"\n    when\n        $t : TableModel";
        assertEquals(expected, document.get());
        assertEquals(expected.length(), completion.getSelection(document).x, "the cursor is after TableModel");
    }

    @Test
    void aPropertyReplacesWhatWasTyped() {
        String text = "package p\nrule \"R\" when $c : CreateIndexChange(tableN == \"T\") then end";
        int offset = text.indexOf("tableN") + "tableN".length();
        Document document = new Document(text);
        DrlCompletionProposal completion = new DrlCompletionProposal(ASSIST.proposals(text, offset).get(0));

        completion.apply(document);

        assertEquals(text.replace("tableN ==", "tableName =="), document.get());
        assertEquals(document.get().indexOf("tableName") + "tableName".length(), completion.getSelection(document).x);
    }
}
