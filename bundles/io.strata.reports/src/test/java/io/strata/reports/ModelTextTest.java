package io.strata.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.forecast.model.ColumnModel;
import io.strata.forecast.model.ForeignKeyModel;
import io.strata.forecast.model.IndexModel;
import io.strata.forecast.model.SchemaModel;
import io.strata.forecast.model.TableModel;

class ModelTextTest {

    @Test
    void numbersAndDurations() {
        assertEquals("0", ModelText.grouped(0));
        assertEquals("999", ModelText.grouped(999));
        assertEquals("1,000", ModelText.grouped(1000));
        assertEquals("1,234,567", ModelText.grouped(1_234_567));
        assertEquals("-12,345", ModelText.grouped(-12_345));
        assertEquals("850 ms", ModelText.duration(850));
        assertEquals("1.0 s", ModelText.duration(1000));
        assertEquals("2 min 5 s", ModelText.duration(125_400));
    }

    @Test
    void aTableOnOneLine() {
        TableModel t = new SchemaModel("APP").addTable("ORDERS");
        t.addColumn(new ColumnModel("ID", "BIGINT").setNullable(false));
        t.addColumn(new ColumnModel("CUSTOMER_ID", "INT"));
        t.addIndex(new IndexModel("IDX_C", List.of("CUSTOMER_ID"), true));
        t.addForeignKey(new ForeignKeyModel("FK_C", List.of("CUSTOMER_ID"), "CRM", "CUSTOMER", List.of("ID"), null));
        t.setRowCount(1_500_000L, false);
        assertEquals("(ID BIGINT NOT NULL, CUSTOMER_ID INT); unique index IDX_C (CUSTOMER_ID); "
                + "foreign key FK_C (CUSTOMER_ID) references CRM.CUSTOMER (ID); ~1,500,000 rows (estimated)", ModelText.table(t));
        t.setRowCount(null, false);
        assertEquals("rows unknown", ModelText.rows(t));
    }
}
