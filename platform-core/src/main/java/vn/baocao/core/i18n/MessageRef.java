package vn.baocao.core.i18n;

import java.util.Arrays;
import java.util.List;

/** A message not yet put into words: a key and its arguments, rendered in whatever language is asked. */
public record MessageRef(String key, List<Object> arguments) {

    public MessageRef {
        arguments = List.copyOf(arguments);
    }

    public static MessageRef of(String key, Object... arguments) {
        return new MessageRef(key, Arrays.asList(arguments));
    }

    public String render(Messages messages) {
        Object[] rendered = arguments.stream()
                .map(a -> a instanceof MessageRef nested ? nested.render(messages)
                        : a instanceof vn.baocao.api.text.LocalizedText text ? text.in(messages.locale()) : a)
                .toArray();
        return messages.get(key, rendered);
    }
}
