package io.strata.rules.ui.internal.editor;

import org.eclipse.swt.graphics.Color;

/** The colours of DRL text (SWT colours without OS resources: nothing to dispose). */
final class DrlColors {

    static final Color KEYWORD = new Color(127, 0, 85);
    static final Color STRING = new Color(42, 0, 255);
    static final Color COMMENT = new Color(63, 127, 95);
    static final Color NUMBER = new Color(0, 102, 153);
    static final Color VARIABLE = new Color(153, 85, 0);

    private DrlColors() {
    }
}
