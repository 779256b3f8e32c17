package io.strata.dsl;

import liquibase.change.custom.CustomSqlChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawSqlStatement;

/** A custom change with parameters, for the round trip of every change type. */
public class SampleCustomChange implements CustomSqlChange {

    private String tableName;
    private String columnName;
    private String newValue;

    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    public void setColumnName(String columnName) {
        this.columnName = columnName;
    }

    public void setNewValue(String newValue) {
        this.newValue = newValue;
    }

    @Override
    public SqlStatement[] generateStatements(Database database) {
        return new SqlStatement[] {new RawSqlStatement("UPDATE " + tableName + " SET " + columnName + " = '" + newValue + "'")};
    }

    @Override
    public String getConfirmationMessage() {
        return "updated " + tableName;
    }

    @Override
    public void setUp() {
        // nothing to set up
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
