package io.strata.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrataProjectsTest {

    @TempDir
    Path temp;

    @Test
    void aDirectoryIsAProjectOnlyWithItsProjectFile() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("p"));
        assertFalse(StrataProjects.isStrataProject(dir));
        Files.writeString(dir.resolve(StrataProjects.PROJECT_FILE), "name: p\n");
        assertTrue(StrataProjects.isStrataProject(dir));
    }

    @Test
    void standardFoldersAreCreatedAndExistingContentKept() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("p"));
        Path changelog = Files.createDirectories(dir.resolve("Change Log")).resolve("changelog.xml");
        Files.writeString(changelog, "<databaseChangeLog/>");
        assertEquals(8, StrataProjects.missingFolders(dir).size(), "every standard folder but Change Log");

        StrataProjects.createStandardFolders(dir);

        assertTrue(StrataProjects.missingFolders(dir).isEmpty());
        assertTrue(Files.isDirectory(dir.resolve("Rules/PostForecast")));
        assertEquals("<databaseChangeLog/>", Files.readString(changelog));
    }

    @Test
    void copyingAProjectRestoresEmptyFoldersAndSkipsLocalState() throws IOException {
        Path source = Files.createDirectories(temp.resolve("sample"));
        Files.writeString(source.resolve(StrataProjects.PROJECT_FILE), "name: sample\n");
        Files.createDirectories(source.resolve("Rules/Forecast"));
        Files.writeString(source.resolve("Rules/Forecast/a.drl"), "package x;");
        Files.createDirectories(source.resolve(".strata/h2"));
        Files.writeString(source.resolve(".strata/h2/dev.mv.db"), "binary");

        Path copy = StrataProjects.copyProject(source, temp.resolve("ws/sample"));

        assertEquals("package x;", Files.readString(copy.resolve("Rules/Forecast/a.drl")));
        assertTrue(Files.isDirectory(copy.resolve("Reports")));
        assertFalse(Files.exists(copy.resolve(".strata")));
    }

    @Test
    void copyingNeverOverwrites() throws IOException {
        Path source = Files.createDirectories(temp.resolve("sample"));
        Files.writeString(source.resolve(StrataProjects.PROJECT_FILE), "name: sample\n");
        Path target = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(target.resolve("keep.txt"), "mine");

        assertThrows(FileAlreadyExistsException.class, () -> StrataProjects.copyProject(source, target));
        assertEquals("mine", Files.readString(target.resolve("keep.txt")));
    }

    @Test
    void copyingSomethingThatIsNotAProjectIsRefusedWithTheReason() throws IOException {
        Path notAProject = Files.createDirectories(temp.resolve("nothing"));
        IOException e = assertThrows(IOException.class,
                () -> StrataProjects.copyProject(notAProject, temp.resolve("x")));
        assertTrue(e.getMessage().contains("strata.yaml"), e.getMessage());
    }
}
