package io.strata.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DslValidatorTest {

    @TempDir
    Path dir;

    @Test
    void duplicateIdsUnknownChangesAndAttributesWithTheirLines() throws Exception {
        String text = """
                changeSet one author=alice {
                    createTabel person { column id type=int; }
                }
                changeSet two author=alice {
                    createIndex idx_person tableNmae=person { column id; }
                    rollback { dropIndex idx_person tableName=person; }
                }
                changeSet one author=alice {
                    tagDatabase v1;
                }
                """;
        List<String> issues = ChangeLogConverterTest.inScope(dir, () -> DslValidator.validate(text, "people.strata"))
                .stream().map(DslIssue::toString).toList();
        assertEquals(List.of(
                "people.strata:2:1: error: 'createTabel' is not a Liquibase change: did you mean 'createTable'? [DSL_UNKNOWN_CHANGE]",
                "people.strata:5:1: error: createIndex has no attribute 'tableNmae': did you mean 'tableName'? [DSL_UNKNOWN_ATTRIBUTE]",
                "people.strata:8:1: error: change set 'one' by alice is already defined at line 1: give this one another id "
                        + "(Liquibase identifies a change set by id, author and file) [DSL_DUPLICATE_ID]"), issues);
    }

    @Test
    void referencesAreResolvedInOrderAcrossIncludedFiles() throws Exception {
        Files.writeString(dir.resolve("master.strata"), """
                changeSet person author=alice {
                    createTable person { column id type=int; column name type="varchar(10)"; }
                }
                include "more.strata" relativeToChangelogFile=true;
                changeSet late author=alice {
                    createIndex idx_late tableName=person { column code; }
                }
                """);
        Files.writeString(dir.resolve("more.strata"), """
                changeSet renamed author=bob {
                    renameColumn person oldColumnName=name newColumnName=full_name columnDataType="varchar(10)";
                }
                changeSet index author=bob {
                    createIndex idx_name tableName=person { column name; }
                    addForeignKeyConstraint fk_x baseTableName=persn baseColumnNames=id referencedTableName=person referencedColumnNames=id;
                }
                """);
        List<String> issues = ChangeLogConverterTest.inScope(dir, () -> ReferenceCheck.check(
                ChangeLogConverter.parse("master.strata", new liquibase.resource.DirectoryResourceAccessor(dir)).getChangeSets(),
                (file, id, author) -> id.equals("index") ? 4 : 5)).stream().map(DslIssue::toString).toList();
        assertEquals(List.of(
                "more.strata:4:1: warning: change set 'index': createIndex refers to column person.name, which the table does not have "
                        + "at that point [DSL_UNKNOWN_COLUMN]",
                "more.strata:4:1: warning: change set 'index': addForeignKeyConstraint refers to table persn, which no earlier change set "
                        + "creates: did you mean person? [DSL_UNKNOWN_TABLE]",
                "master.strata:5:1: warning: change set 'late': createIndex refers to column person.code, which the table does not have "
                        + "at that point [DSL_UNKNOWN_COLUMN]"), issues);
    }
}
