package vn.baocao.core.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Maps JSON pointers of a document to the line and column where they are written. Jackson reports
 * some errors (unknown properties, and every bean-validation violation, which happens after
 * reading) without a position; a streaming pass over the same text recovers it.
 */
public final class LocationIndex {

    /** A 1-based line and column. */
    public record Position(int line, int column) {}

    private final Map<String, Position> positions;

    private LocationIndex(Map<String, Position> positions) {
        this.positions = positions;
    }

    /** Indexes as much of the text as parses; a syntax error ends the index where it occurs. */
    public static LocationIndex of(ObjectMapper mapper, String text) {
        Map<String, Position> positions = new HashMap<>();
        positions.put("", new Position(1, 1));
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                // A property's pointer is first met at its name, an array element's at its value.
                String pointer = p.streamReadContext().pathAsPointer().toString();
                TokenStreamLocation at = p.currentTokenLocation();
                positions.putIfAbsent(pointer, new Position(at.getLineNr(), at.getColumnNr()));
            }
        } catch (JacksonException e) {
            // keep what was indexed before the error; the reader reports the error itself
        }
        return new LocationIndex(positions);
    }

    /** The same index with every position moved by {@code move} (to the columns of the text as written). */
    public LocationIndex mapped(java.util.function.UnaryOperator<Position> move) {
        Map<String, Position> moved = new HashMap<>();
        positions.forEach((pointer, at) -> moved.put(pointer, move.apply(at)));
        return new LocationIndex(moved);
    }

    /** Whether the pointer names something written in the file (as opposed to a missing field). */
    public boolean contains(String pointer) {
        return positions.containsKey(pointer);
    }

    /** The position of a pointer, or of its nearest written ancestor. */
    public Position locate(String pointer) {
        String p = pointer;
        while (true) {
            Position at = positions.get(p);
            if (at != null) {
                return at;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return new Position(1, 1);
            }
            p = p.substring(0, slash);
        }
    }

    public Optional<Position> exact(String pointer) {
        return Optional.ofNullable(positions.get(pointer));
    }
}
