package io.strata.dsl.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.strata.dsl.ide.OutlineItem;
import io.strata.dsl.ide.Region;

/** The Outline's model: nodes that keep their identity across parses, and the item around an offset. */
class DslOutlinePageTest {

    private static OutlineItem item(String label, OutlineItem.Kind kind, int offset, int length, OutlineItem... children) {
        return new OutlineItem(label, kind, new Region(offset, length), new Region(offset + 10, 3), List.of(children));
    }

    private static List<OutlineItem> parse(int shift) {
        return List.of(
                item("create-customer (alice)", OutlineItem.Kind.CHANGE_SET, 0, 100,
                        item("createTable CUSTOMER", OutlineItem.Kind.CHANGE, 30, 60, item("ID", OutlineItem.Kind.COLUMN, 50, 10))),
                item("customer-email (alice)", OutlineItem.Kind.CHANGE_SET, 110 + shift, 50));
    }

    @Test
    void whenOnlyPlacesChangeTheNodesShownStayAndTakeTheNewPlaces() {
        DslOutlinePage page = new DslOutlinePage(null);
        page.show(parse(0));
        DslOutlinePage.Node second = page.roots().get(1);

        page.show(parse(7));

        assertSame(second, page.roots().get(1), "the same node (the tree is not touched)");
        assertEquals(117, second.item().range().offset(), "with the new place");
    }

    @Test
    void aNewChangeSetMakesNewNodesEqualToTheOldOnesByTheirPath() {
        DslOutlinePage page = new DslOutlinePage(null);
        page.show(parse(0));
        DslOutlinePage.Node first = page.roots().get(0);
        List<OutlineItem> more = new java.util.ArrayList<>(parse(0));
        more.add(item("customer-phone (bob)", OutlineItem.Kind.CHANGE_SET, 170, 40));

        page.show(more);

        assertEquals(3, page.roots().size());
        assertEquals(first, page.roots().get(0), "equal by kind and label path: expanded and selected items are found again");
    }

    @Test
    void theInnermostItemAroundAnOffset() {
        List<DslOutlinePage.Node> nodes = DslOutlinePage.nodes(parse(0), null);
        assertEquals("ID", DslOutlinePage.innermost(nodes, 55).item().label());
        assertEquals("createTable CUSTOMER", DslOutlinePage.innermost(nodes, 35).item().label());
        assertEquals("create-customer (alice)", DslOutlinePage.innermost(nodes, 5).item().label());
        assertEquals("customer-email (alice)", DslOutlinePage.innermost(nodes, 120).item().label());
        assertNull(DslOutlinePage.innermost(nodes, 105), "between change sets");
        assertEquals(3, DslOutlinePage.path(DslOutlinePage.innermost(nodes, 55)).getSegmentCount());
    }
}
