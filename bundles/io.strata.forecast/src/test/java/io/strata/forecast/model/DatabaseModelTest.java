package io.strata.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DatabaseModelTest {

    @Test
    void indexAndConstraintNamesAreFoundPerSchemaAndForgottenWithTheirTable() {
        DatabaseModel model = new DatabaseModel("postgresql", null);
        TableModel orders = model.schema(null).addTable("orders");
        orders.addColumn(new ColumnModel("id", "INT"));
        orders.addIndex(new IndexModel("idx_orders", List.of("id"), false));
        orders.setPrimaryKey(new KeyModel("pk_orders", List.of("id")));
        assertEquals("public", orders.getSchema());
        assertSame(orders, model.tableWithIndex("PUBLIC", "IDX_ORDERS"));
        assertSame(orders, model.tableWithConstraint(null, "\"pk_orders\""));
        assertNull(model.tableWithIndex("other", "idx_orders"));

        DatabaseModel copy = model.copy();
        orders.removeIndexesIf(i -> true);
        assertNull(model.tableWithIndex(null, "idx_orders"));
        assertSame(copy.table(null, "ORDERS"), copy.tableWithIndex(null, "idx_orders"), "the copy keeps its own names");

        model.schema(null).removeTable("orders");
        assertNull(model.tableWithConstraint(null, "pk_orders"));
        assertFalse(copy.table(null, "orders").getIndexes().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> orders.getIndexes().add(new IndexModel("x", List.of("id"), false)),
                "lists change only through the table, which keeps the names");
    }

    @Test
    void typesKnowWhatFitsWithoutLoss() {
        assertTrue(DataType.parse("VARCHAR(100)").fitsInto(DataType.parse("varchar(200)")));
        assertFalse(DataType.parse("VARCHAR(200)").fitsInto(DataType.parse("VARCHAR(100)")));
        assertFalse(DataType.parse("DECIMAL(10,2)").fitsInto(DataType.parse("DECIMAL(10,3)")), "one digit less before the point");
        assertTrue(DataType.parse("INTEGER").fitsInto(DataType.parse("BIGINT")));
        assertFalse(DataType.parse("BIGINT").fitsInto(DataType.parse("INT")));
        assertTrue(DataType.parse("INT").fitsInto(DataType.parse("VARCHAR(11)")));
        assertFalse(DataType.parse("CLOB").fitsInto(DataType.parse("VARCHAR(4000)")));
        assertEquals("VARCHAR", DataType.parse("character varying(20)").base());
        assertEquals(Integer.valueOf(20), DataType.parse("java.sql.Types.VARCHAR(20)").size());
    }
}
