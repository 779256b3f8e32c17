package io.strata.team.ui.internal.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;

/** The default author preference as a Git identity. */
class AuthorsTest {

    private static List<String> of(PersonIdent who) {
        return List.of(who.getName(), who.getEmailAddress());
    }

    @Test
    void nameWithEmail() {
        assertEquals(List.of("Ada Lovelace", "ada@example.org"), of(Authors.parse("  Ada Lovelace <ada@example.org> ")));
    }

    @Test
    void nameAloneHasNoEmail() {
        assertEquals(List.of("dba-team", ""), of(Authors.parse("dba-team")));
    }

    @Test
    void anAddressWithoutANameIsTakenAsTheName() {
        assertEquals(List.of("<ada@example.org>", ""), of(Authors.parse("<ada@example.org>")));
    }
}
