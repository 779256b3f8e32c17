package io.strata.forecast.model;

/** A column of a table in the model. Getters are what rules see ({@code ColumnModel(nullable == false)}). */
public final class ColumnModel {

    private String name;
    private DataType type;
    private boolean nullable = true;
    private String defaultValue;
    private boolean autoIncrement;
    private String remarks;

    public ColumnModel(String name, String type) {
        this.name = name;
        this.type = DataType.parse(type);
    }

    ColumnModel copy() {
        ColumnModel c = new ColumnModel(name, type.text());
        c.nullable = nullable;
        c.defaultValue = defaultValue;
        c.autoIncrement = autoIncrement;
        c.remarks = remarks;
        return c;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The type as written, e.g. {@code VARCHAR(200)}. */
    public String getType() {
        return type.text();
    }

    public DataType getDataType() {
        return type;
    }

    public void setType(String type) {
        this.type = DataType.parse(type);
    }

    /** Length or precision, or null. */
    public Integer getSize() {
        return type.size();
    }

    /** Scale, or null. */
    public Integer getScale() {
        return type.scale();
    }

    public boolean isNullable() {
        return nullable;
    }

    public ColumnModel setNullable(boolean nullable) {
        this.nullable = nullable;
        return this;
    }

    public String getDefaultValue() {
        return defaultValue;
    }

    public ColumnModel setDefaultValue(String defaultValue) {
        this.defaultValue = defaultValue;
        return this;
    }

    public boolean isAutoIncrement() {
        return autoIncrement;
    }

    public ColumnModel setAutoIncrement(boolean autoIncrement) {
        this.autoIncrement = autoIncrement;
        return this;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    /** {@code NAME VARCHAR(200) NOT NULL DEFAULT 'x'}. */
    public String describe() {
        return name + " " + type.text() + (nullable ? "" : " NOT NULL") + (autoIncrement ? " AUTO_INCREMENT" : "")
                + (defaultValue == null ? "" : " DEFAULT " + defaultValue);
    }

    @Override
    public String toString() {
        return describe();
    }
}
