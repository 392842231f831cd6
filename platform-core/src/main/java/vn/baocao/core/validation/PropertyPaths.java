package vn.baocao.core.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns a Hibernate Validator property path into a JSON pointer into the source file. */
final class PropertyPaths {
    private PropertyPaths() {}

    /**
     * {@code report.outline[1].heading} becomes {@code /report/outline/1/heading}: an index or key
     * belongs to the node after the list, and container elements ({@code <list element>}) and
     * class-level nodes add no name of their own.
     */
    static String toPointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (at != null) {
                    pointer.append('/').append(escape(at.toString()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
