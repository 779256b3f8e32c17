package io.strata.dsl;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

/**
 * A {@code Value} is a string whether it was written bare ({@code alice}, {@code 1.0}) or quoted
 * ({@code "varchar(100)"}, {@code 'it''s'} with backslash escapes); {@link DslWriter#value} writes
 * the inverse.
 */
public class DslValueConverters extends DefaultTerminalConverters {

    @ValueConverter(rule = "Value")
    public IValueConverter<String> Value() {
        return new IValueConverter<>() {
            @Override
            public String toValue(String string, INode node) throws ValueConverterException {
                if (string == null || string.isEmpty()) {
                    return string;
                }
                char first = string.charAt(0);
                if (first == '"' || first == '\'') {
                    if (string.length() < 2 || string.charAt(string.length() - 1) != first) {
                        throw new ValueConverterException("A string is not closed: add " + first + " at its end.", node, null);
                    }
                    return Strings.convertFromJavaString(string.substring(1, string.length() - 1), true);
                }
                return string;
            }

            @Override
            public String toString(String value) {
                return DslWriter.value(value);
            }
        };
    }

    @ValueConverter(rule = "NUMBER")
    public IValueConverter<String> NUMBER() {
        return new IValueConverter<>() {
            @Override
            public String toValue(String string, INode node) {
                return string;
            }

            @Override
            public String toString(String value) {
                return value;
            }
        };
    }
}
