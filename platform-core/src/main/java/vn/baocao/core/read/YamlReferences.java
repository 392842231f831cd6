package vn.baocao.core.read;

import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;
import vn.baocao.core.i18n.MessageRef;

/**
 * Refuses YAML's aliases ({@code *name}), merge keys ({@code <<}) and tags ({@code !!binary},
 * {@code !custom}, which the reading would drop or keep as text) where they are written. The
 * parser the platform reads YAML with does not resolve them: an alias would be read as the text of
 * its name ({@code issuer: *iss} printed "của iss"), and a merge key as a field called "<<". A report
 * is a document read and compared line by line, where a value written in the place it belongs is
 * worth more than one shared between places, so the format does not take them. An anchor
 * ({@code &name}) alone changes nothing in what is read, and the parser does not report one on a
 * plain value, so it is left alone: the alias that would use it is refused.
 */
public final class YamlReferences {
    private YamlReferences() {}

    /** The problem with the parser's current token, if it is an anchor, an alias or a merge key. */
    public static Optional<ReadProblem> of(JsonParser p) {
        if (!(p instanceof YAMLParser yaml)) return Optional.empty();
        MessageRef message;
        Object tag = yaml.getTypeId();
        if (tag != null && p.currentToken() != JsonToken.PROPERTY_NAME) {
            // !!binary, !!str, !custom: the reading would drop the tag or keep its text as written
            message = MessageRef.of("yaml.tag", tag.toString().replace("tag:yaml.org,2002:", "!!"));
        } else if (yaml.isCurrentAlias()) {
            message = MessageRef.of("yaml.alias", "*" + p.getString(), p.getString());
        } else if (p.currentToken() == JsonToken.PROPERTY_NAME && "<<".equals(p.currentName())) {
            message = MessageRef.of("yaml.mergeKey");
        } else {
            return Optional.empty();
        }
        TokenStreamLocation at = p.currentTokenLocation();
        String pointer = p.streamReadContext().pathAsPointer().toString();
        return Optional.of(ReadProblem.error(message.key(), pointer, message, MessageRef.of(message.key().equals("yaml.tag") ? "yaml.tag.hint" : "yaml.references.hint"))
                .at(new LocationIndex.Position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()))));
    }
}
