package io.strata.team.ui.internal.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the engine's messages and change set keys read in the dialogs. */
class TextsTest {

    @Test
    void anEngineMessageBecomesASentence() {
        assertEquals("Push rejected: pull first.", Texts.sentence("push rejected: pull first"));
        assertEquals("Merged origin/main.", Texts.sentence("merged origin/main"));
        assertEquals("Already a sentence.", Texts.sentence("Already a sentence."));
        assertEquals("Liquibase would refuse it (duplicate change set).", Texts.sentence("liquibase would refuse it (duplicate change set)"));
        assertEquals("", Texts.sentence(null));
    }

    @Test
    void aChangeSetKeyReadsAsIdAuthorAndFile() {
        assertEquals("team-dup (alice) in Change Log/changelog.xml", Texts.changeSet("Change Log/changelog.xml::team-dup::alice"));
        assertEquals("not-a-key", Texts.changeSet("not-a-key"));
    }
}
