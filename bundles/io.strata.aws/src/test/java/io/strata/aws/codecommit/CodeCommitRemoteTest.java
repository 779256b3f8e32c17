package io.strata.aws.codecommit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

class CodeCommitRemoteTest {

    @Test
    void readsTheHttpsCloneUrl() {
        CodeCommitRemote remote = CodeCommitRemote.parse("https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/strata-sample", null);
        assertEquals("eu-west-1", remote.region());
        assertEquals("strata-sample", remote.name());
        assertNull(remote.profile());
        assertEquals(URI.create("https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/strata-sample"), remote.gitUrl());
    }

    @Test
    void readsGitRemoteCodecommitUrlsWithProfileAndRegion() {
        CodeCommitRemote withRegion = CodeCommitRemote.parse("codecommit::us-east-2://dba@strata-sample", "eu-west-1");
        assertEquals("us-east-2", withRegion.region());
        assertEquals("dba", withRegion.profile());
        assertEquals(URI.create("https://git-codecommit.us-east-2.amazonaws.com/v1/repos/strata-sample"), withRegion.gitUrl());

        CodeCommitRemote plain = CodeCommitRemote.parse("codecommit://strata-sample", "eu-west-1");
        assertEquals("eu-west-1", plain.region());
        assertNull(plain.profile());
        assertTrue(CodeCommitRemote.isCodeCommit("codecommit://dba@strata-sample"));
        assertFalse(CodeCommitRemote.isCodeCommit("https://example.org/repo.git"));
    }

    @Test
    void saysWhatIsWrong() {
        var noRegion = assertThrows(IllegalArgumentException.class, () -> CodeCommitRemote.parse("codecommit://dba@repo", null));
        assertTrue(noRegion.getMessage().contains("codecommit::<region>://dba@repo"), noRegion.getMessage());
        var other = assertThrows(IllegalArgumentException.class, () -> CodeCommitRemote.parse("https://example.org/repo.git", "eu-west-1"));
        assertTrue(other.getMessage().contains("not a CodeCommit repository URL"), other.getMessage());
        var region = assertThrows(IllegalArgumentException.class, () -> CodeCommitRemote.of("europe", "repo", null));
        assertTrue(region.getMessage().contains("us-east-1"), region.getMessage());
        var name = assertThrows(IllegalArgumentException.class, () -> CodeCommitRemote.of("eu-west-1", "repo.git", null));
        assertTrue(name.getMessage().contains("without the .git suffix"), name.getMessage());
    }

    @Test
    void canPointAtAnotherEndpoint() {
        CodeCommitRemote local = CodeCommitRemote.of("eu-west-1", "demo", null).at(URI.create("http://127.0.0.1:8080/"));
        assertEquals(URI.create("http://127.0.0.1:8080/v1/repos/demo"), local.gitUrl());
        assertEquals("eu-west-1", local.region());
    }
}
