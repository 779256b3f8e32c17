package io.strata.dsl.ui.internal.editor;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.RGB;

import io.strata.dsl.ide.Highlight;

/**
 * The colours of the DSL editor: one text attribute per highlight style, shared by the lexical
 * scanner (what the text alone tells) and the semantic highlights (what the parse tells: change
 * types, change set ids, tables, columns, data types).
 */
final class DslColors {

    private DslColors() {
    }

    private static final java.util.Map<Highlight.Style, TextAttribute> ATTRIBUTES = new java.util.EnumMap<>(Highlight.Style.class);

    /** The attribute of a style; null for styles shown in the default colour. */
    static synchronized TextAttribute attribute(Highlight.Style style) {
        if (style == Highlight.Style.PUNCTUATION) {
            return null;
        }
        return ATTRIBUTES.computeIfAbsent(style, DslColors::create);
    }

    private static TextAttribute create(Highlight.Style style) {
        return switch (style) {
            case ELEMENT -> of(new RGB(127, 0, 85), SWT.BOLD);
            case CHANGE_TYPE -> of(new RGB(40, 60, 200), SWT.BOLD);
            case ATTRIBUTE_NAME -> of(new RGB(128, 64, 0), SWT.NORMAL);
            case STRING -> of(new RGB(42, 0, 255), SWT.NORMAL);
            case NUMBER -> of(new RGB(0, 128, 128), SWT.NORMAL);
            case COMMENT -> of(new RGB(63, 127, 95), SWT.ITALIC);
            case CHANGE_SET_ID -> of(new RGB(0, 0, 0), SWT.BOLD | SWT.ITALIC);
            case TABLE -> of(new RGB(0, 110, 40), SWT.BOLD);
            case COLUMN -> of(new RGB(0, 130, 80), SWT.NORMAL);
            case DATA_TYPE -> of(new RGB(150, 90, 0), SWT.ITALIC);
            case PUNCTUATION -> null;
        };
    }

    /** Whether the semantic highlights repaint a style over the lexical colours (the lexer knows the others). */
    static boolean semanticOnly(Highlight.Style style) {
        return switch (style) {
            case CHANGE_TYPE, CHANGE_SET_ID, TABLE, COLUMN, DATA_TYPE -> true;
            default -> false;
        };
    }

    /** A style range of a highlight, or null when the style has no colour. */
    static StyleRange range(Highlight highlight) {
        TextAttribute attribute = attribute(highlight.style());
        if (attribute == null) {
            return null;
        }
        return new StyleRange(highlight.offset(), highlight.length(), attribute.getForeground(), null, attribute.getStyle());
    }

    private static TextAttribute of(RGB rgb, int style) {
        return new TextAttribute(JFaceResources.getResources().create(ColorDescriptor.createFrom(rgb)), null, style);
    }
}
